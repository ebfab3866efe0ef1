import { hasMarker, type CommentKey } from '../report/marker.js';

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
}

export type UpsertResult =
  | { status: 'created' | 'updated' | 'unchanged'; url: string; id: number; apiCalls: number }
  | { status: 'forbidden' | 'error'; message: string; apiCalls: number };

const PER_PAGE = 100;

/** Finds our comment for `key`, page by page, stopping at the first (oldest) match. */
export async function findComment(client: CommentClient, pr: PullRequestRef, key: CommentKey, count: { calls: number } = { calls: 0 }): Promise<IssueComment[]> {
  const found: IssueComment[] = [];
  for (let page = 1; ; page++) {
    count.calls++;
    const res = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.pullNumber,
      per_page: PER_PAGE,
      page,
    });
    const items = res.data as IssueComment[];
    found.push(...items.filter((c) => hasMarker(c.body, key)));
    const link = String(res.headers.link ?? '');
    if (found.length > 0 || items.length < PER_PAGE || !/rel="next"/.test(link)) return found;
  }
}

/**
 * Creates or updates the comment for `key` with `body`. Costs one list call per page up to the
 * comment plus one PATCH (none when the body is unchanged); a create costs a second list to catch
 * a concurrent duplicate. Never throws for API errors: a read-only token gives `forbidden`.
 */
export async function upsertComment(client: CommentClient, pr: PullRequestRef, key: CommentKey, body: string): Promise<UpsertResult> {
  const count = { calls: 0 };
  try {
    const [existing] = await findComment(client, pr, key, count);
    if (existing) {
      if (existing.body === body) return { status: 'unchanged', url: existing.html_url, id: existing.id, apiCalls: count.calls };
      const updated = await patch(client, pr, existing.id, body, count);
      return { status: 'updated', url: updated.html_url, id: updated.id, apiCalls: count.calls };
    }
    count.calls++;
    const res = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: pr.owner, repo: pr.repo, issue_number: pr.pullNumber, body });
    const created = res.data as IssueComment;
    // Another job with the same key may have created its comment at the same moment.
    const all = await findAll(client, pr, key, count);
    const oldest = all.reduce<IssueComment | undefined>((a, c) => (!a || c.id < a.id ? c : a), undefined);
    if (oldest && oldest.id !== created.id) {
      count.calls++;
      await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: pr.owner, repo: pr.repo, comment_id: created.id });
      const kept = await patch(client, pr, oldest.id, body, count);
      return { status: 'updated', url: kept.html_url, id: kept.id, apiCalls: count.calls };
    }
    return { status: 'created', url: created.html_url, id: created.id, apiCalls: count.calls };
  } catch (err) {
    const e = err as { status?: number; message?: string };
    if (e.status === 403 || e.status === 404) {
      return { status: 'forbidden', message: `the token cannot write comments on ${pr.owner}/${pr.repo}#${pr.pullNumber} (${e.status}: ${e.message ?? 'forbidden'}); fork PRs get a read-only GITHUB_TOKEN, or the job lacks \`permissions: pull-requests: write\``, apiCalls: count.calls };
    }
    return { status: 'error', message: `could not write the PR comment on ${pr.owner}/${pr.repo}#${pr.pullNumber}: ${e.status ? `${e.status} ` : ''}${e.message ?? String(err)}`, apiCalls: count.calls };
  }
}

async function patch(client: CommentClient, pr: PullRequestRef, id: number, body: string, count: { calls: number }): Promise<IssueComment> {
  count.calls++;
  const res = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: pr.owner, repo: pr.repo, comment_id: id, body });
  return res.data as IssueComment;
}

/** Every comment with the key, all pages (only after a create, to settle duplicates). */
async function findAll(client: CommentClient, pr: PullRequestRef, key: CommentKey, count: { calls: number }): Promise<IssueComment[]> {
  const found: IssueComment[] = [];
  for (let page = 1; ; page++) {
    count.calls++;
    const res = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: pr.owner, repo: pr.repo, issue_number: pr.pullNumber, per_page: PER_PAGE, page });
    const items = res.data as IssueComment[];
    found.push(...items.filter((c) => hasMarker(c.body, key)));
    if (items.length < PER_PAGE || !/rel="next"/.test(String(res.headers.link ?? ''))) return found;
  }
}
