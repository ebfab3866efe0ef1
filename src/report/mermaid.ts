import type { RunResult, StackResult } from '../engine/types.js';
import { escapeMermaid } from './escape.js';
import { summarizeStack, type ReportContext } from './model.js';

const CLASSES = [
  'classDef changed fill:#fff4c2,stroke:#b58900,color:#222',
  'classDef unchanged fill:#e6f4ea,stroke:#2e7d32,color:#222',
  'classDef failed fill:#fde7e9,stroke:#c62828,color:#222',
  'classDef skipped fill:#eeeeee,stroke:#9e9e9e,color:#555,stroke-dasharray: 4 3',
];

function classOf(s: StackResult): string {
  if (s.status === 'failed' || s.status === 'cancelled') return 'failed';
  if (s.status === 'skipped') return 'skipped';
  return summarizeStack(s, {}).changed ? 'changed' : 'unchanged';
}

/**
 * A mermaid flowchart of the run: one box per account in promotion order, inside it the waves in
 * order, each stack a node coloured by its result.
 */
export function renderMermaid(run: RunResult, ctx: ReportContext): string {
  const byName = new Map(run.stacks.map((s) => [s.stack, s]));
  const order = [...(ctx.promotionOrder ?? ctx.accounts)];
  for (const s of run.stacks) if (!order.includes(s.account)) order.push(s.account);
  const waves = ctx.waves ?? order.map((a) => run.stacks.filter((s) => s.account === a).map((s) => s.stack));
  const ids = new Map<string, string>();
  const id = (stack: string) => ids.get(stack) ?? (ids.set(stack, `s${ids.size}`), ids.get(stack)!);
  const lines = ['```mermaid', 'flowchart LR'];
  const accountIds: string[] = [];
  order.forEach((account, ai) => {
    const accountWaves = waves
      .map((w, wi) => ({ wi, stacks: w.map((n) => byName.get(n)).filter((s): s is StackResult => s?.account === account) }))
      .filter((w) => w.stacks.length > 0);
    if (accountWaves.length === 0) return;
    const aid = `a${ai}`;
    accountIds.push(aid);
    lines.push(`  subgraph ${aid}["${escapeMermaid(account)}"]`, '    direction LR');
    const waveIds: string[] = [];
    for (const w of accountWaves) {
      const wid = `${aid}w${w.wi}`;
      waveIds.push(wid);
      lines.push(`    subgraph ${wid}["wave ${w.wi + 1}"]`);
      for (const s of w.stacks) {
        const label = `${s.project} · ${s.region}${s.status === 'succeeded' ? '' : ` · ${s.status}`}`;
        lines.push(`      ${id(s.stack)}["${escapeMermaid(label)}"]:::${classOf(s)}`);
      }
      lines.push('    end');
    }
    for (let i = 1; i < waveIds.length; i++) lines.push(`    ${waveIds[i - 1]} --> ${waveIds[i]}`);
    lines.push('  end');
  });
  for (let i = 1; i < accountIds.length; i++) lines.push(`  ${accountIds[i - 1]} ==> ${accountIds[i]}`);
  lines.push(...CLASSES.map((c) => `  ${c}`), '```');
  return lines.join('\n') + '\n';
}
