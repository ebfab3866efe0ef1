import { showControls } from '../report/escape.js';
import { chainFailureTitle, newStackText } from '../report/model.js';
import type { RunResult, StackResult } from './types.js';

const MARK: Record<StackResult['status'], string> = { succeeded: 'ok', failed: 'FAILED', skipped: 'skipped', cancelled: 'cancelled' };
const SIGN: Record<string, string> = { create: '+', update: '~', replace: '+-', delete: '-', refresh: 'r', import: '=' };

/** Counts as `+2 ~1 +-1 -0`, `no changes` when nothing changes. */
export function countsText(r: StackResult): string {
  const parts = Object.entries(r.counts)
    .filter(([op, n]) => SIGN[op] && (n ?? 0) > 0)
    .map(([op, n]) => `${SIGN[op]}${n}`);
  return parts.length ? parts.join(' ') : 'no changes';
}

/** A plain-text summary for logs and the CLI (names and errors with their controls shown); the reporting renderers do the rich views. */
export function renderRunText(run: RunResult): string {
  const show = (s: string) => showControls(s);
  const lines = [`${run.operation}: ${run.stacks.length} stack${run.stacks.length === 1 ? '' : 's'}`];
  for (const r of run.stacks) {
    const detail =
      r.status === 'succeeded'
        ? `${r.newStack ? `${newStackText(r)}: ` : ''}${countsText(r)} (${(r.durationMs / 1000).toFixed(1)}s${r.attempts > 1 ? `, ${r.attempts} attempts` : ''})`
        : show((r.error ?? '').split('\n')[0]);
    lines.push(`  ${MARK[r.status].padEnd(9)} ${show(r.stack)}  ${detail}`);
    for (const c of r.changes)
      lines.push(
        `      ${show(c.op)} ${show(c.type)} ${show(c.name)}${c.diffKeys.length ? ` [${c.diffKeys.map(show).join(', ')}]` : ''}${c.replaceKeys.length ? ` replace: ${c.replaceKeys.map(show).join(', ')}` : ''}`,
      );
  }
  for (const status of ['failed', 'skipped', 'cancelled', 'succeeded'] as const) {
    const names = run.stacks.filter((s) => s.status === status).map((s) => show(s.stack));
    if (names.length) lines.push(`${status} (${names.length}): ${names.join(', ')}`);
  }
  for (const f of run.chainFailures ?? []) lines.push('', `${chainFailureTitle(f.accounts)}:`, showControls(f.explanation, true));
  return lines.join('\n') + '\n';
}
