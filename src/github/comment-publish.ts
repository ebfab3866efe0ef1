import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RunResult } from '../engine/types.js';
import { reportFile } from '../report/merge.js';
import { annotationsFor, type Annotation } from '../report/annotations.js';
import { renderComment } from '../report/comment.js';
import { renderJobSummary } from '../report/job-summary.js';
import type { ReportContext } from '../report/model.js';
import { reportOutputs } from '../report/outputs.js';
import { redactRun } from '../report/redact.js';
import type { RunContext } from './event.js';
import { upsertComment, type CommentClient, type ForeignComment, type PullRequestRef, type UpsertResult } from './comment.js';
import { tokenIdentity } from './identity.js';
import { escapeInline } from '../report/escape.js';

/** Where the report goes besides the PR: the job summary, annotations, outputs, the log. */
export interface ReportSink {
  summary(markdown: string): Promise<void>;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  warning(message: string): void;
  info(message: string): void;
}

export interface PublishOptions {
  /** The PR to comment on; absent outside pull_request runs (no comment then). */
  pullRequest?: PullRequestRef;
  /** The `comment` input; false skips the comment but keeps the summary. */
  comment: boolean;
  /** Secret values (tokens, passphrases, credentials) to mask as `***` in everything published. */
  secrets?: readonly string[];
  /** Also write the (redacted) results here, for `command: comment` to merge into one PR comment. */
  reportFile?: { path: string; account: string; shard?: string };
  /** Annotations per stack (default true; the merging comment job leaves them to the preview jobs). */
  annotate?: boolean;
}

export interface PublishResult {
  commentUrl?: string;
  comment?: UpsertResult;
  /** Characters of the comment body, and which degradation step it needed. */
  commentChars?: number;
  degradation?: number;
}

/**
 * Publishes a run's results: job summary (with the diagram), annotations per stack, the outputs
 * `has-changes`, `summary-json` and `comment-url`, and the PR comment. A comment that cannot be
 * written (read-only token, API down after retries) is a warning, never a failed job.
 */
export async function publishReport(
  engineResult: RunResult,
  ctx: ReportContext,
  client: CommentClient | undefined,
  sink: ReportSink,
  options: PublishOptions,
): Promise<PublishResult> {
  const run = redactRun(engineResult, options.secrets ?? []);
  const outputs = reportOutputs(run, ctx);
  sink.setOutput('has-changes', outputs['has-changes']);
  sink.setOutput('summary-json', outputs['summary-json']);
  if (options.annotate !== false) for (const a of annotationsFor(run, ctx)) sink.annotate(a);
  if (options.reportFile) {
    await mkdir(dirname(options.reportFile.path), { recursive: true });
    await writeFile(options.reportFile.path, JSON.stringify(reportFile(options.reportFile.account, run, ctx, options.reportFile.shard)));
  }
  try {
    await sink.summary(renderJobSummary(run, ctx));
  } catch (err) {
    sink.warning(`Could not write the job summary: ${(err as Error).message}`);
  }
  const result: PublishResult = {};
  if (options.comment && options.pullRequest && client) {
    const rendered = renderComment(run, ctx);
    result.commentChars = rendered.body.length;
    result.degradation = rendered.degradation;
    const identity = await tokenIdentity(client);
    const upsert = await upsertComment(client, options.pullRequest, ctx, rendered.body, identity);
    result.comment = upsert;
    if (upsert.ignored.length > 0) await noteForeignComments(upsert.ignored, identity.login, sink);
    if ('note' in upsert && upsert.note) sink.warning(`PR comment: ${upsert.note}`);
    if (!('url' in upsert)) {
      sink.warning(`No PR comment: ${upsert.message}. The results are in the job summary${ctx.runUrl ? ` (${ctx.runUrl})` : ''}.`);
    } else {
      result.commentUrl = upsert.url;
      sink.info(`PR comment ${upsert.status}: ${upsert.url} (${rendered.body.length} characters, ${upsert.apiCalls} API calls)`);
    }
  }
  sink.setOutput('comment-url', result.commentUrl ?? '');
  return result;
}

/**
 * Comments that carry our hidden marker but were written by someone else are left alone: the job
 * summary says so (a reader may be looking at a forged "preview"), and so does a warning.
 */
async function noteForeignComments(ignored: ForeignComment[], login: string, sink: ReportSink): Promise<void> {
  const list = ignored.map((c) => `<code>${escapeInline(c.author)}</code> (comment ${c.id})`).join(', ');
  sink.warning(
    `Ignored ${ignored.length} PR comment(s) that carry infra-action's marker but were not written by ${login}: ${ignored.map((c) => `${c.author} (${c.id})`).join(', ')}`,
  );
  try {
    await sink.summary(
      `\n> [!WARNING]\n> **Ignored ${ignored.length} comment${ignored.length === 1 ? '' : 's'} posing as this preview:** they carry infra-action's hidden marker but were written by ${list}, not by <code>${escapeInline(login)}</code>, the identity of this workflow's token. Only comments written by that identity are ever updated; those were left as they are.\n`,
    );
  } catch (err) {
    sink.warning(`Could not write the job summary: ${(err as Error).message}`);
  }
}

/** The run's URL from the runner's environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID). */
export function runUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}

/** The PR a pull_request run comments on; undefined for other events. */
export function pullRequestOf(run: Pick<RunContext, 'eventName' | 'repository' | 'payload'>): PullRequestRef | undefined {
  const pr = run.payload.pull_request;
  if (!pr || !run.repository.owner || !run.repository.repo) return undefined;
  return { owner: run.repository.owner, repo: run.repository.repo, pullNumber: pr.number };
}
