import type { DriftReport, DriftStack } from '../drift/model.js';
import {
  accountLabel,
  DRIFT_LABEL,
  driftChangedComment,
  driftIssueBody,
  driftIssueTitle,
  driftResolvedComment,
  driftSignature,
  parseDriftMarker,
  parseDriftSignature,
  type DriftIssueContext,
  type ManualDeploymentNote,
} from '../drift/issue.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './deployments.js';

/**
 * Keeps one GitHub issue per drifted stack: created when drift appears, updated while it lasts,
 * closed with a comment once the stack is in sync. An issue is ours only when it is open, labelled
 * `drift`, written by our own identity and starts with our marker; nothing else is ever touched.
 * Stacks whose check failed or did not run keep their issue as it is.
 */

export interface DriftIssue {
  number: number;
  url: string;
  stack: string;
  body: string;
}

export type IssueAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'none' | 'error';

export interface StackIssueResult {
  stack: string;
  action: IssueAction;
  issue?: { number: number; url: string };
  message?: string;
}

export interface SyncResult {
  stacks: StackIssueResult[];
  /** Issues closed because another issue of ours already covers the stack. */
  duplicatesClosed: number[];
  errors: string[];
}

export interface SyncOptions {
  repo: RepoRef;
  /** Our own login: issues by anyone else are never touched. */
  author: string;
  context: DriftIssueContext;
  /** The last manual deployment per account, for the issue text. */
  lastManual?: (account: string) => ManualDeploymentNote | undefined;
  log?: (message: string) => void;
}

interface ListedIssue {
  number: number;
  html_url: string;
  body?: string | null;
  user?: { login?: string } | null;
  pull_request?: unknown;
  labels?: (string | { name?: string })[];
}

const sameLogin = (a: string | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();

/** Our open drift issues by stack, oldest first; every page of the list. */
export async function findDriftIssues(client: GitHubClient, repo: RepoRef, author: string): Promise<Map<string, DriftIssue[]>> {
  const listed = (await client.paginate('GET /repos/{owner}/{repo}/issues', {
    ...repo,
    state: 'open',
    labels: DRIFT_LABEL,
    creator: author,
    per_page: 100,
  })) as ListedIssue[];
  const byStack = new Map<string, DriftIssue[]>();
  for (const i of listed) {
    // The creator filter is GitHub's; the author check is ours, so a wrong filter cannot hand us someone else's issue.
    if (i.pull_request || !sameLogin(i.user?.login ?? undefined, author)) continue;
    const stack = parseDriftMarker(i.body);
    if (!stack) continue;
    byStack.set(stack, [...(byStack.get(stack) ?? []), { number: i.number, url: i.html_url, stack, body: i.body ?? '' }]);
  }
  for (const list of byStack.values()) list.sort((a, b) => a.number - b.number);
  return byStack;
}

/** Applies a drift report to the issues; per-stack API failures are collected, never thrown. */
export async function syncDriftIssues(client: GitHubClient, report: DriftReport, opts: SyncOptions): Promise<SyncResult> {
  const { repo } = opts;
  const result: SyncResult = { stacks: [], duplicatesClosed: [], errors: [] };
  const open = await findDriftIssues(client, repo, opts.author);
  const ctxFor = (s: DriftStack): DriftIssueContext => ({
    ...opts.context,
    lastManual: opts.lastManual?.(s.account) ?? opts.context.lastManual,
  });

  for (const s of report.stacks) {
    if (s.state !== 'drifted' && s.state !== 'in-sync') {
      const kept = open.get(s.stack)?.[0];
      result.stacks.push({
        stack: s.stack,
        action: 'none',
        ...(kept ? { issue: { number: kept.number, url: kept.url } } : {}),
        message: `not checked (${s.state}); its issue is left as it is`,
      });
      continue;
    }
    try {
      const [issue, ...duplicates] = open.get(s.stack) ?? [];
      // A second issue for one stack can only come from two runs racing; keep the oldest.
      for (const d of duplicates) {
        await comment(client, repo, d.number, `Duplicate of #${issue!.number}, which tracks the drift of this stack. Closing.`);
        await close(client, repo, d.number, 'not_planned');
        result.duplicatesClosed.push(d.number);
      }
      if (s.state === 'drifted') result.stacks.push(await upsert(client, s, issue, ctxFor(s), opts));
      else if (issue) {
        await comment(client, repo, issue.number, driftResolvedComment(s, ctxFor(s)));
        await close(client, repo, issue.number, 'completed');
        result.stacks.push({ stack: s.stack, action: 'closed', issue: { number: issue.number, url: issue.url } });
      } else result.stacks.push({ stack: s.stack, action: 'none' });
    } catch (err) {
      const message = `could not update the drift issue of ${s.stack}: ${describe(err)}`;
      result.errors.push(message);
      result.stacks.push({ stack: s.stack, action: 'error', message });
    }
  }
  return result;
}

async function upsert(
  client: GitHubClient,
  s: DriftStack,
  issue: DriftIssue | undefined,
  ctx: DriftIssueContext,
  opts: SyncOptions,
): Promise<StackIssueResult> {
  const { repo } = opts;
  const body = driftIssueBody(s, ctx);
  if (issue) {
    const changed = parseDriftSignature(issue.body) !== driftSignature(s);
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: issue.number,
      body,
      title: driftIssueTitle(s),
    });
    if (changed) await comment(client, repo, issue.number, driftChangedComment(s, ctx));
    return { stack: s.stack, action: 'updated', issue: { number: issue.number, url: issue.url } };
  }
  const labels = [DRIFT_LABEL, accountLabel(s.account)];
  let created: ListedIssue;
  try {
    // No automatic retry: a create whose answer was lost may have happened, and a retry would open a second issue.
    const res = await client.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: driftIssueTitle(s),
      body,
      labels,
      request: { retries: 0 },
    });
    created = res.data as ListedIssue;
  } catch (err) {
    const again = (await findDriftIssues(client, repo, opts.author)).get(s.stack)?.[0];
    if (!again) throw err;
    opts.log?.(`Creating the drift issue of ${s.stack} answered ${describe(err)}, but the issue exists (#${again.number}); using it.`);
    return { stack: s.stack, action: 'created', issue: { number: again.number, url: again.url } };
  }
  const names = (created.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name));
  if (!names.includes(DRIFT_LABEL)) {
    // GitHub drops labels silently for tokens without push access; without the label the next run cannot find the issue.
    throw new Error(
      `issue #${created.number} was created without the '${DRIFT_LABEL}' label (the token may not set labels), so later runs cannot find it; give the job 'issues: write'`,
    );
  }
  return { stack: s.stack, action: 'created', issue: { number: created.number, url: created.html_url } };
}

async function comment(client: GitHubClient, repo: RepoRef, issue: number, body: string): Promise<void> {
  await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, body });
}

async function close(client: GitHubClient, repo: RepoRef, issue: number, reason: 'completed' | 'not_planned'): Promise<void> {
  await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    ...repo,
    issue_number: issue,
    state: 'closed',
    state_reason: reason,
  });
}

function describe(err: unknown): string {
  const e = err as { status?: number; message?: string };
  return `${e.status ? `${e.status} ` : ''}${e.message ?? String(err)}`;
}
