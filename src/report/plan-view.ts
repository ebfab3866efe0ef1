import type { PlanDocument } from '../plan/plan.js';
import type { AccountBaseline } from '../select/baseline.js';
import { escapeInline, showControls } from './escape.js';

/** Where each account's stacks stand: the commit each stack's selection was diffed from. */
export function baselineLines(baselines: readonly AccountBaseline[]): string[] {
  return baselines.map((b) => {
    const groups = new Map<string, string[]>();
    for (const s of b.stacks) {
      const at = s.sha
        ? `${s.sha.slice(0, 7)} (deployment #${s.deployment}${s.sha === b.head ? ', already this commit' : ''})`
        : 'no successful deployment recorded';
      groups.set(at, [...(groups.get(at) ?? []), s.stack]);
    }
    return `baseline ${b.account}: ${[...groups.entries()].map(([at, stacks]) => `${stacks.join(', ')} → ${at}`).join('; ')}`;
  });
}

/** The job-summary lines for baselines (empty when the plan has none). */
export function baselineMarkdown(baselines: readonly AccountBaseline[] | undefined): string[] {
  if (!baselines?.length) return [];
  return [
    `**Baselines** (deploying <code>${baselines[0]!.head.slice(0, 7)}</code>; each stack is diffed from the last commit that succeeded in its account):`,
    '',
    ...baselineLines(baselines).map((l) => `- ${escapeInline(l, 2000)}`),
    '',
  ];
}

/** How the accounts' stacks split into parallel jobs; undefined when every account runs as one job. */
export function shardLine(plan: Pick<PlanDocument, 'shards'>): string | undefined {
  if (!plan.shards.some((s) => s.count > 1)) return undefined;
  const accounts = [...new Set(plan.shards.map((s) => s.account))].map((a) => {
    const sizes = plan.shards.filter((s) => s.account === a).map((s) => s.stacks.length);
    return `${a} ${sizes.length} (${sizes.join(', ')} stacks)`;
  });
  return `Jobs per account (max-stacks-per-job): ${accounts.join('; ')}`;
}

/**
 * The human view of a plan for terminals and logs: a table of stacks, then the waves. Names and
 * paths show their control characters as escapes, so every row stays one line.
 */
export function renderPlanText(plan: PlanDocument): string {
  const lines: string[] = [];
  const show = (s: string) => showControls(s);
  if (plan.stacks.length === 0) lines.push('No stacks selected.');
  else {
    const rows = plan.stacks.map((s) => [show(s.stack), show(s.account), show(s.region), s.reasons.map(show).join('; ')]);
    const head = ['STACK', 'ACCOUNT', 'REGION', 'WHY'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 3 ? 0 : r[i].length))));
    const fmt = (r: string[]) => r.map((c, i) => (i === 3 ? c : c.padEnd(widths[i]))).join('  ');
    lines.push(
      fmt(head),
      ...rows.map(fmt),
      '',
      `${plan.stacks.length} stack${plan.stacks.length === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}:`,
    );
    plan.waves.forEach((w, i) => lines.push(`  wave ${i + 1}: ${w.map(show).join(', ')}`));
    const jobs = shardLine(plan);
    if (jobs) lines.push(show(jobs));
  }
  if (plan.baselines?.length)
    lines.push(
      '',
      `Deploying ${plan.baselines[0]!.head.slice(0, 7)}; each stack is diffed from the last commit that succeeded in its account:`,
      ...baselineLines(plan.baselines).map((l) => `  ${show(l)}`),
    );
  for (const w of plan.warnings) lines.push(`warning: ${show(w)}`);
  return lines.join('\n') + '\n';
}

/** The job-summary view: a Markdown table of stacks and the waves. */
export function renderPlanMarkdown(plan: PlanDocument): string {
  const esc = (s: string) => escapeInline(s, 2000);
  const warnings = plan.warnings.map((w) => `> [!WARNING]\n> ${esc(w)}\n`);
  const baselines = baselineMarkdown(plan.baselines);
  if (plan.stacks.length === 0)
    return ['### infra-action plan', '', 'No stacks selected by this change.', '', ...baselines, ...warnings].join('\n');
  const rows = plan.stacks.map(
    (s) => `| <code>${esc(s.stack)}</code> | ${esc(s.account)} | ${esc(s.region)} | ${s.reasons.map(esc).join('<br>')} |`,
  );
  return [
    '### infra-action plan',
    '',
    `${plan.stacks.length} stack(s) in ${plan.waves.length} wave(s).`,
    '',
    '| Stack | Account | Region | Why |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...plan.waves.map((w, i) => `- **Wave ${i + 1}:** ${w.map((s) => `<code>${esc(s)}</code>`).join(', ')}`),
    '',
    ...(shardLine(plan) ? [esc(shardLine(plan)!), ''] : []),
    ...baselines,
    ...warnings,
    '',
  ].join('\n');
}
