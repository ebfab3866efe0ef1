import type { ResourceChange, RunResult, StackResult } from '../engine/types.js';
import { escapeInline, escapePre } from './escape.js';
import { commentMarker } from './marker.js';
import {
  chainFailureTitle,
  formatDuration,
  newStackText,
  summarizeStack,
  totalsOf,
  type ReportContext,
  type StackSummary,
} from './model.js';

/** GitHub rejects comment bodies over 65,536 characters; stay a little under. */
export const COMMENT_LIMIT = 65_000;

/** How much of the report one rendering includes; the comment degrades through these in order. */
export interface DetailLevel {
  /** `<details>` for stacks without changes (diagnostics only). */
  unchangedDetails: boolean;
  /** Most resources listed per stack before "…and N more" (Infinity: all). */
  maxResources: number;
  /** `<details>` sections at all. */
  details: boolean;
  /** Most rows in the summary table (Infinity: all); only for runs of thousands of stacks. */
  maxRows: number;
}

export const FULL: DetailLevel = { unchangedDetails: true, maxResources: Infinity, details: true, maxRows: Infinity };

export interface RenderedComment {
  body: string;
  /** Which degradation step was needed: 0 full, 1 unchanged details dropped, 2 lists shortened, 3 details dropped, 4 table cut. */
  degradation: 0 | 1 | 2 | 3 | 4;
}

const OP_ICON: Partial<Record<ResourceChange['op'], string>> = {
  create: '🟢 create',
  update: '🟡 update',
  delete: '🔴 delete',
  replace: '🟣 replace',
  'create-replacement': '🟣 create-replacement',
  'delete-replaced': '🟣 delete-replaced',
  import: '🔵 import',
  read: '⚪ read',
  refresh: '⚪ refresh',
  discard: '⚪ discard',
};
const STATUS_ICON: Record<StackResult['status'], string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  cancelled: '⛔ cancelled',
};

/** Renders the PR comment for a run, degrading detail until it fits GitHub's limit. */
export function renderComment(run: RunResult, ctx: ReportContext, limit = COMMENT_LIMIT): RenderedComment {
  return fitReport(run, ctx, 'comment', limit, (s) => s.length);
}

/**
 * The most detailed rendering whose `measure` stays within `limit`, degrading in the order the
 * reader loses least: unchanged stacks' details, then the longest resource lists ("…and N more"),
 * then all details (the whole table stays), and only past that the table's tail.
 */
export function fitReport(
  run: RunResult,
  ctx: ReportContext,
  target: 'comment' | 'summary',
  limit: number,
  measure: (s: string) => number,
  prefix = '',
): RenderedComment {
  const render = (level: DetailLevel) => prefix + renderReport(run, ctx, level, target);
  const full = render(FULL);
  if (measure(full) <= limit) return { body: full, degradation: 0 };
  const noUnchanged = { ...FULL, unchangedDetails: false };
  const step1 = render(noUnchanged);
  if (measure(step1) <= limit) return { body: step1, degradation: 1 };
  const longest = Math.max(0, ...run.stacks.map((s) => s.changes.length));
  let lo = 0;
  let hi = longest;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(render({ ...noUnchanged, maxResources: mid })) <= limit) lo = mid;
    else hi = mid - 1;
  }
  // Fewer than a handful of rows per stack says little; the table alone reads better.
  if (lo >= 5) return { body: render({ ...noUnchanged, maxResources: lo }), degradation: 2 };
  const tableOnly = { ...noUnchanged, details: false };
  const step3 = render(tableOnly);
  if (measure(step3) <= limit) return { body: step3, degradation: 3 };
  let rows = run.stacks.length;
  let body = step3;
  while (measure(body) > limit && rows > 0) {
    rows = Math.floor(rows * 0.9);
    body = render({ ...tableOnly, maxRows: rows });
  }
  return { body, degradation: 4 };
}

/** The report as Markdown at a given level of detail; `comment` adds the hidden marker. */
export function renderReport(run: RunResult, ctx: ReportContext, level: DetailLevel, target: 'comment' | 'summary'): string {
  const rows = run.stacks.map((s) => summarizeStack(s, ctx));
  const totals = totalsOf(rows);
  const out: string[] = [];
  if (target === 'comment') out.push(commentMarker(ctx));
  out.push(headline(run, ctx, totals), '', contextLine(ctx, level, target), '');
  if (ctx.missingAccounts?.length) {
    out.push(
      '> [!WARNING]',
      `> **No results from ${ctx.missingAccounts.map((a) => escapeInline(a)).join(', ')}:** the preview job failed before it could report; its log in the run says why.`,
      '',
    );
  }
  out.push(...chainSection(run, level));

  const flagged = rows.filter((r) => r.destructiveInProduction);
  if (flagged.length > 0) {
    out.push(
      '> [!CAUTION]',
      `> **Production:** ${flagged.length} stack${flagged.length === 1 ? '' : 's'} delete or replace resources: ${flagged.map((r) => `<code>${escapeInline(r.stack)}</code>`).join(', ')}`,
      '',
    );
  }
  out.push(...failureSection(run, level), ...stackTable(rows, level), ...newStackSection(run));

  if (level.details) {
    for (const s of run.stacks) {
      const row = rows.find((r) => r.stack === s.stack) ?? summarizeStack(s, ctx);
      const hasDiagnostics = s.diagnostics.some((d) => d.severity !== 'info');
      if (!row.changed && !(level.unchangedDetails && hasDiagnostics)) continue;
      out.push(...stackDetails(s, row, level));
    }
  }
  if (target === 'comment') out.push('', fullOutputLine(ctx));
  return out.join('\n') + '\n';
}

function headline(run: RunResult, ctx: ReportContext, t: ReturnType<typeof totalsOf>): string {
  const icon = run.ok ? (t.changedStacks > 0 ? '🟡' : '✅') : '❌';
  const missing = ctx.missingAccounts?.length ?? 0;
  const verdict = run.ok
    ? ''
    : t.failed === 0 && missing > 0
      ? ` incomplete (no results from ${missing} account${missing === 1 ? '' : 's'})`
      : ` failed (${t.failed} of ${t.stacks} stack${t.stacks === 1 ? '' : 's'})`;
  const [c, u, d, r] =
    run.operation === 'preview' ? ['to create', 'to update', 'to delete', 'to replace'] : ['created', 'updated', 'deleted', 'replaced'];
  const changes = `${t.create} ${c}, ${t.update} ${u}, ${t.delete} ${d}, ${t.replace} ${r}`;
  return `### ${icon} infra-action ${escapeInline(ctx.command)}${verdict} — ${changes}`;
}

function contextLine(ctx: ReportContext, level: DetailLevel, target: string): string {
  const parts = [
    `manifest <code>${escapeInline(ctx.manifestPath)}</code>`,
    `accounts: ${ctx.accounts.length ? ctx.accounts.map((a) => escapeInline(a)).join(', ') : 'all'}`,
  ];
  if (ctx.sha) parts.push(`commit <code>${escapeInline(ctx.sha.slice(0, 7))}</code>`);
  const shortened =
    target === 'comment' &&
    level !== FULL &&
    (!level.details || level.maxResources !== Infinity || level.maxRows !== Infinity || !level.unchangedDetails);
  if (shortened) parts.push('**shortened to fit a comment**');
  return `<sub>${parts.join(' · ')}</sub>`;
}

function fullOutputLine(ctx: ReportContext): string {
  if (!ctx.runUrl) return '<sub>The full report is in the job summary of this run.</sub>';
  const url = safeUrl(ctx.runUrl);
  return `<sub>Full report: [job summary](${url}) · [run logs](${url})</sub>`;
}

/** Only http(s) URLs without characters that could end the Markdown link. */
function safeUrl(url: string): string {
  return /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? url : '#';
}

/** Each failed role chain, explained once (its stacks' rows only point here). */
function chainSection(run: RunResult, level: DetailLevel): string[] {
  return (run.chainFailures ?? []).flatMap((f) => [
    `**${escapeInline(chainFailureTitle(f.accounts))}:**`,
    '',
    `<pre>${escapePre(f.explanation, level.details ? 4000 : 1500)}</pre>`,
    '',
  ]);
}

function failureSection(run: RunResult, level: DetailLevel): string[] {
  const failed = run.stacks.filter((s) => s.status === 'failed' || s.status === 'cancelled');
  const skipped = run.stacks.filter((s) => s.status === 'skipped');
  if (failed.length === 0 && skipped.length === 0) return [];
  const out: string[] = [];
  // Errors shrink with the details; past that, the failures are cut like the table.
  const errorChars = level.details ? 1500 : 300;
  const cap = Math.min(failed.length, level.maxRows === Infinity ? Infinity : Math.max(1, Math.floor(level.maxRows / 4)));
  for (const s of failed.slice(0, cap)) {
    out.push(
      `**${s.status === 'failed' ? 'Failed' : 'Cancelled'}:** <code>${escapeInline(s.stack)}</code>${s.attempts > 1 ? ` after ${s.attempts} attempts` : ''}`,
      '',
    );
    const firstError = s.error ?? s.diagnostics.find((d) => d.severity === 'error')?.message;
    if (firstError) out.push(`<pre>${escapePre(firstError, errorChars)}</pre>`, '');
  }
  if (cap < failed.length) out.push(`…and ${failed.length - cap} more failed stacks (see the job summary)`, '');
  if (skipped.length > 0) {
    const names = skipped.slice(0, 50).map((s) => `<code>${escapeInline(s.stack)}</code>`);
    const more = skipped.length > 50 ? ` …and ${skipped.length - 50} more` : '';
    out.push(`**Skipped (${skipped.length}):** ${names.join(', ')}${more}`, '');
  }
  return out;
}

function stackTable(rows: StackSummary[], level: DetailLevel): string[] {
  // Skipped stacks are listed once, in the failure section; the table shows what ran.
  const shown = rows.filter((r) => (r.changed || r.status !== 'succeeded') && r.status !== 'skipped');
  const unchanged = rows.filter((r) => !r.changed && r.status === 'succeeded');
  const out: string[] = [];
  if (shown.length > 0) {
    out.push(
      '| Stack | Account | Region | Create | Update | Delete | Replace | Status | Duration |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: |',
    );
    const cap = Math.min(shown.length, level.maxRows);
    for (const r of shown.slice(0, cap)) {
      const flag = r.destructiveInProduction ? ' ⚠️' : '';
      const del = r.delete > 0 && r.destructiveInProduction ? `**${r.delete}**` : String(r.delete);
      const rep = r.replace > 0 && r.destructiveInProduction ? `**${r.replace}**` : String(r.replace);
      out.push(
        `| <code>${escapeInline(r.stack)}</code>${flag} | ${escapeInline(r.account)} | ${escapeInline(r.region)} | ${r.create} | ${r.update} | ${del} | ${rep} | ${STATUS_ICON[r.status]} | ${formatDuration(r.durationMs)} |`,
      );
    }
    if (cap < shown.length) out.push(`| …and ${shown.length - cap} more stacks (see the job summary) | | | | | | | | |`);
    out.push('');
  }
  if (unchanged.length > 0) {
    const names =
      level.maxRows === Infinity ? unchanged.map((r) => `<code>${escapeInline(r.stack)}</code>`).join(', ') : `${unchanged.length} stacks`;
    out.push(`**No changes (${unchanged.length}):** ${names}`, '');
  } else if (shown.length === 0 && rows.every((r) => r.status !== 'skipped')) {
    out.push('No stacks ran.', '');
  }
  return out;
}

/** Stacks previewed for the first time: no state yet, so the counts are everything the stack will create. */
function newStackSection(run: RunResult): string[] {
  const fresh = run.stacks.filter((s) => s.newStack && s.status === 'succeeded');
  if (fresh.length === 0) return [];
  const names = fresh.slice(0, 50).map((s) => `<code>${escapeInline(s.stack)}</code> (${newStackText(s)})`);
  const more = fresh.length > 50 ? ` …and ${fresh.length - 50} more` : '';
  return [`**New stacks (${fresh.length}), no state yet, previewed against an empty backend:** ${names.join(', ')}${more}`, ''];
}

function stackDetails(s: StackResult, row: StackSummary, level: DetailLevel): string[] {
  const counts = `${s.newStack ? `${newStackText(s)} · ` : ''}+${row.create} ~${row.update} -${row.delete} ±${row.replace}`;
  const out = ['<details>', `<summary><b>${escapeInline(s.stack)}</b> — ${counts} · ${STATUS_ICON[s.status]}</summary>`, ''];
  if (s.changes.length > 0) {
    out.push('| Operation | Type | Name | Changed keys |', '| --- | --- | --- | --- |');
    const shown = s.changes.slice(0, level.maxResources);
    for (const c of shown) {
      const keys = c.diffKeys.map((k) => (c.replaceKeys.includes(k) ? `<b>${escapeInline(k, 60)}</b>` : escapeInline(k, 60)));
      const keyText = keys.length > 8 ? `${keys.slice(0, 8).join(', ')} …+${keys.length - 8}` : keys.join(', ');
      out.push(
        `| ${OP_ICON[c.op] ?? escapeInline(c.op)} | <code>${escapeInline(c.type, 120)}</code> | <code>${escapeInline(c.name, 120)}</code> | ${keyText} |`,
      );
    }
    if (shown.length < s.changes.length) out.push(`| …and ${s.changes.length - shown.length} more | | | |`);
    out.push('');
  }
  const diags = s.diagnostics.filter((d) => d.severity !== 'info' || s.status !== 'succeeded');
  if (diags.length > 0) {
    out.push('**Diagnostics**', '');
    for (const d of diags.slice(0, 20)) out.push(`<pre>${d.severity}: ${escapePre(d.message, 1000)}</pre>`);
    if (diags.length > 20) out.push(`…and ${diags.length - 20} more diagnostics (see the job summary)`);
    out.push('');
  }
  out.push('</details>', '');
  return out;
}
