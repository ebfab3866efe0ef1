import type { RunResult } from '../engine/types.js';
import { fitReport } from './comment.js';
import { renderMermaid } from './mermaid.js';
import type { ReportContext } from './model.js';

/** GitHub's job summary limit is 1 MiB per step; keep room for what other steps append. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/** The job summary: the diagram, then the full report (degraded only past 1 MiB). */
export function renderJobSummary(run: RunResult, ctx: ReportContext, limitBytes = SUMMARY_LIMIT_BYTES): string {
  // Mermaid stops rendering past ~50k characters of source; a huge run gets the table only.
  const diagram = renderMermaid(run, ctx);
  const prefix = diagram.length < 45_000 ? `${diagram}\n` : '';
  return fitReport(run, ctx, 'summary', limitBytes, (s) => Buffer.byteLength(s, 'utf8'), prefix).body;
}
