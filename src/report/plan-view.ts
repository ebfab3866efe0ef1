import type { PlanDocument } from '../plan/plan.js';

/** The human view of a plan for terminals: a table of stacks, then the waves. */
export function renderPlanText(plan: PlanDocument): string {
  const lines: string[] = [];
  if (plan.stacks.length === 0) lines.push('No stacks selected.');
  else {
    const rows = plan.stacks.map((s) => [s.stack, s.account, s.region, s.reasons.join('; ')]);
    const head = ['STACK', 'ACCOUNT', 'REGION', 'WHY'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 3 ? 0 : r[i].length))));
    const fmt = (r: string[]) => r.map((c, i) => (i === 3 ? c : c.padEnd(widths[i]))).join('  ');
    lines.push(fmt(head), ...rows.map(fmt), '', `${plan.stacks.length} stack${plan.stacks.length === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}:`);
    plan.waves.forEach((w, i) => lines.push(`  wave ${i + 1}: ${w.join(', ')}`));
  }
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}

/** The job-summary view: a Markdown table of stacks and the waves. */
export function renderPlanMarkdown(plan: PlanDocument): string {
  if (plan.stacks.length === 0) return '### infra-action plan\n\nNo stacks selected by this change.\n';
  const esc = (s: string) => s.replace(/[|<>`*_[\]\\]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
  const rows = plan.stacks.map((s) => `| \`${s.stack}\` | ${esc(s.account)} | ${esc(s.region)} | ${s.reasons.map(esc).join('<br>')} |`);
  return [
    '### infra-action plan',
    '',
    `${plan.stacks.length} stack(s) in ${plan.waves.length} wave(s).`,
    '',
    '| Stack | Account | Region | Why |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...plan.waves.map((w, i) => `- **Wave ${i + 1}:** ${w.map((s) => `\`${s}\``).join(', ')}`),
    ...plan.warnings.map((w) => `> [!WARNING]\n> ${esc(w)}`),
    '',
  ].join('\n');
}
