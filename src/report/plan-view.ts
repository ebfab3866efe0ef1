import type { PlanDocument } from '../plan/plan.js';
import { escapeInline, showControls } from './escape.js';

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
    lines.push(fmt(head), ...rows.map(fmt), '', `${plan.stacks.length} stack${plan.stacks.length === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}:`);
    plan.waves.forEach((w, i) => lines.push(`  wave ${i + 1}: ${w.map(show).join(', ')}`));
  }
  for (const w of plan.warnings) lines.push(`warning: ${show(w)}`);
  return lines.join('\n') + '\n';
}

/** The job-summary view: a Markdown table of stacks and the waves. */
export function renderPlanMarkdown(plan: PlanDocument): string {
  const esc = (s: string) => escapeInline(s, 2000);
  const warnings = plan.warnings.map((w) => `> [!WARNING]\n> ${esc(w)}\n`);
  if (plan.stacks.length === 0) return ['### infra-action plan', '', 'No stacks selected by this change.', '', ...warnings].join('\n');
  const rows = plan.stacks.map((s) => `| <code>${esc(s.stack)}</code> | ${esc(s.account)} | ${esc(s.region)} | ${s.reasons.map(esc).join('<br>')} |`);
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
    ...warnings,
    '',
  ].join('\n');
}
