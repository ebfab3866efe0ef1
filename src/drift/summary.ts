import { escapeInline, escapePre } from '../report/escape.js';
import { chainFailureTitle } from '../report/model.js';
import { driftFirst, propertiesText, type DriftReport } from './model.js';

const STATE_TEXT = {
  drifted: '⚠️ drifted',
  'in-sync': '✅ in sync',
  failed: '❌ check failed',
  skipped: '⏭️ skipped',
  'not-deployed': '🆕 not deployed yet',
  cancelled: '⏹️ cancelled',
} as const;

/** Links to each stack's drift issue, when the run wrote or found one. */
export type IssueLinks = Map<string, { number: number; url: string; action: string }>;

/** The job summary of a drift run: one table of every stack, drifted first. */
export function renderDriftSummary(report: DriftReport, issues: IssueLinks = new Map(), runUrl?: string): string {
  const lines = [
    `## Drift: ${report.drifted.length} of ${report.stacks.length} stack${report.stacks.length === 1 ? '' : 's'} drifted`,
    '',
    '| Stack | Account | Region | State | Drifted resources | Issue |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const s of driftFirst(report.stacks)) {
    const resources = s.resources
      .slice(0, 10)
      .map((r) => `${escapeInline(r.name, 80)}${propertiesText(r) ? ` (${escapeInline(propertiesText(r), 200)})` : ''}`);
    if (s.resources.length > 10) resources.push(`… ${s.resources.length - 10} more`);
    const issue = issues.get(s.stack);
    const detail =
      s.state === 'failed' || s.state === 'skipped' || s.state === 'cancelled' || s.state === 'not-deployed'
        ? escapeInline(s.error ?? '', 200)
        : resources.join('<br>');
    lines.push(
      `| ${escapeInline(s.stack)} | ${escapeInline(s.account)} | ${escapeInline(s.region)} | ${STATE_TEXT[s.state]} | ${detail || '–'} | ${issue ? `[#${issue.number}](${encodeURI(issue.url)}) ${issue.action}` : '–'} |`,
    );
  }
  for (const f of report.chainFailures ?? [])
    lines.push('', `**${escapeInline(chainFailureTitle(f.accounts))}:**`, '', `<pre>${escapePre(f.explanation)}</pre>`);
  if (runUrl) lines.push('', `[Run log](${encodeURI(runUrl)})`);
  return lines.join('\n') + '\n';
}
