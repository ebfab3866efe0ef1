import { hasMarker, type CommentKey } from '../report/marker.js';
import { writtenBy, type TokenIdentity } from './identity.js';

/**
 * The PR comment adapter. Design: one comment per PR per key (manifest, command, account set).
 * A matrix job per account therefore owns its own comment outright, so parallel jobs never
 * read-modify-write the same body and cannot lose each other's results; a job over every account
 * writes one comment. Two writers of the same key (a re-run racing the original) are settled
 * after the create: the oldest comment wins, the newer one is deleted.
 */

/** The part of Octokit the adapter uses, so tests hand in a client pointed at a loopback API. */
export interface CommentClient {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>;
  /** Octokit's paginate: follows the Link header's rel="next" a page at a time. */
  paginate: { iterator(route: string, params: Record<string, unknown>): AsyncIterable<{ data: unknown }> };
}

/** A pull request's comments, oldest first, one page (up to 100) at a time. */
export async function* commentPages<T = IssueComment>(client: CommentClient, pr: PullRequestRef): AsyncIterable<T[]> {
  const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.pullNumber,
    per_page: 100,
  });
  for await (const page of pages) yield page.data as T[];
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login?: string } | null;
}

/** A comment that carries our marker but was written by someone else: never edited, reported. */
export interface ForeignComment {
  id: number;
  author: string;
  url: string;
}

export type UpsertResult =
  | { status: 'created' | 'updated' | 'unchanged'; url: string; id: number; apiCalls: number; ignored: ForeignComment[]; note?: string }
  | { status: 'forbidden' | 'error'; message: string; apiCalls: number; ignored: ForeignComment[] };

interface Found {
  ours: IssueComment[];
  foreign: ForeignComment[];
}

/**
 * Finds our comment for `key`, page by page, stopping at the first (oldest) match. Only comments
 * the token's own identity wrote count: anyone can paste the hidden marker into a comment, and
 * editing theirs would put our results under their name (or fail with 403 and lose the preview).
 */
export async function findComment(
  client: CommentClient,
  pr: PullRequestRef,
  key: CommentKey,
  identity: Pick<TokenIdentity, 'login'>,
  count: { calls: number } = { calls: 0 },
  all = false,
): Promise<Found> {
  const found: Found = { ours: [], foreign: [] };
  for await (const items of commentPages(client, pr)) {
    count.calls++;
    for (const c of items.filter((x) => hasMarker(x.body, key))) {
      if (writtenBy(c, identity)) found.ours.push(c);
      else found.foreign.push({ id: c.id, author: c.user?.login ?? 'unknown', url: c.html_url });
    }
    if (!all && found.ours.length > 0) return found;
  }
  return found;
}

const status = (err: unknown) => (err as { status?: number }).status;

/**
 * Creates or updates the comment for `key` with `body`, as `identity`. Costs one list call per
 * page up to the comment plus one PATCH (none when the body is unchanged); a create costs a second
 * list to catch a concurrent duplicate. When our earlier comment cannot be edited (403), a new one
 * is posted and `note` says so. Never throws for API errors: a read-only token gives `forbidden`.
 */
export async function upsertComment(
  client: CommentClient,
  pr: PullRequestRef,
  key: CommentKey,
  body: string,
  identity: Pick<TokenIdentity, 'login'>,
): Promise<UpsertResult> {
  const count = { calls: 0 };
  let ignored: ForeignComment[] = [];
  let note: string | undefined;
  const where = `${pr.owner}/${pr.repo}#${pr.pullNumber}`;
  try {
    const found = await findComment(client, pr, key, identity, count);
    ignored = found.foreign;
    const [existing] = found.ours;
    if (existing) {
      if (existing.body === body) return { status: 'unchanged', url: existing.html_url, id: existing.id, apiCalls: count.calls, ignored };
      try {
        const updated = await patch(client, pr, existing.id, body, count);
        return { status: 'updated', url: updated.html_url, id: updated.id, apiCalls: count.calls, ignored };
      } catch (err) {
        if (status(err) !== 403 && status(err) !== 404) throw err;
        note = `could not edit the earlier comment ${existing.html_url} (${status(err)}: ${(err as Error).message}); posted the results as a new comment instead`;
      }
    }
    const written = await createKeepingOldest(client, pr, key, identity, body, count, !note);
    return { ...written, apiCalls: count.calls, ignored, ...(note ? { note } : {}) };
  } catch (err) {
    return { ...writeFailure(err, where, note), apiCalls: count.calls, ignored };
  }
}

/**
 * Posts the comment; unless `dedupe` is off, lists again, and when another job with the same key
 * created its comment at the same moment, keeps the oldest (updated with `body`) and deletes ours.
 */
async function createKeepingOldest(
  client: CommentClient,
  pr: PullRequestRef,
  key: CommentKey,
  identity: Pick<TokenIdentity, 'login'>,
  body: string,
  count: { calls: number },
  dedupe: boolean,
): Promise<{ status: 'created' | 'updated'; url: string; id: number }> {
  count.calls++;
  const res = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.pullNumber,
    body,
  });
  const created = res.data as IssueComment;
  if (!dedupe) return { status: 'created', url: created.html_url, id: created.id };
  const { ours } = await findComment(client, pr, key, identity, count, true);
  const oldest = ours.reduce<IssueComment | undefined>((a, c) => (!a || c.id < a.id ? c : a), undefined);
  if (!oldest || oldest.id === created.id) return { status: 'created', url: created.html_url, id: created.id };
  // Keep the oldest; only once it holds the results is the duplicate deleted.
  const kept = await patch(client, pr, oldest.id, body, count);
  count.calls++;
  await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
    owner: pr.owner,
    repo: pr.repo,
    comment_id: created.id,
  });
  return { status: 'updated', url: kept.html_url, id: kept.id };
}

/** An API error as a result: `forbidden` (read-only token, fork PRs) or `error`, with what happened earlier. */
function writeFailure(err: unknown, where: string, note: string | undefined): { status: 'forbidden' | 'error'; message: string } {
  const e = err as { status?: number; message?: string };
  const earlier = note ? `; earlier, ${note.replace(/; posted.*$/, '')}` : '';
  if (e.status === 403 || e.status === 404) {
    return {
      status: 'forbidden',
      message: `the token cannot write comments on ${where} (${e.status}: ${e.message ?? 'forbidden'})${earlier}; fork PRs get a read-only GITHUB_TOKEN, or the job lacks \`permissions: pull-requests: write\``,
    };
  }
  return {
    status: 'error',
    message: `could not write the PR comment on ${where}: ${e.status ? `${e.status} ` : ''}${e.message ?? String(err)}${earlier}`,
  };
}

async function patch(client: CommentClient, pr: PullRequestRef, id: number, body: string, count: { calls: number }): Promise<IssueComment> {
  count.calls++;
  const res = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
    owner: pr.owner,
    repo: pr.repo,
    comment_id: id,
    body,
  });
  return res.data as IssueComment;
}
