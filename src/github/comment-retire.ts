import { commentKeyId, commentMarker, parseMarker, type CommentKey } from '../report/marker.js';
import { escapeInline } from '../report/escape.js';
import { commentPages, type CommentClient, type PullRequestRef } from './comment.js';
import { writtenBy, type TokenIdentity } from './identity.js';

/** A body starts with this line once retired, so a retired comment is not rewritten every run. */
const RETIRED = '> [!NOTE]';

export interface RetireResult {
  retired: number[];
  apiCalls: number;
}

/**
 * With one comment per account, a push that stops touching an account would leave that account's
 * earlier preview on the PR as if it were current. The plan job, which knows every account this
 * commit selects, calls this to replace such comments (same manifest and command, a key not in
 * `active`) with a short note. Other workflows' and other commands' comments are left alone.
 */
export async function retireStaleComments(
  client: CommentClient,
  pr: PullRequestRef,
  scope: Omit<CommentKey, 'accounts'>,
  active: CommentKey[],
  sha: string,
  identity: Pick<TokenIdentity, 'login'>,
): Promise<RetireResult> {
  const activeIds = new Set(active.map(commentKeyId));
  const result: RetireResult = { retired: [], apiCalls: 0 };
  for await (const items of commentPages<{ id: number; body?: string | null; user?: { login?: string } | null }>(client, pr)) {
    result.apiCalls++;
    for (const c of items) {
      // Only our own comments: a stranger's marker is theirs to keep.
      const key = writtenBy(c, identity) ? parseMarker(c.body) : undefined;
      if (!key || key.manifestPath !== scope.manifestPath || key.command !== scope.command || activeIds.has(commentKeyId(key))) continue;
      if ((c.body ?? '').split('\n')[1] === RETIRED) continue;
      const accounts = key.accounts.length ? key.accounts.map((a) => escapeInline(a)).join(', ') : 'all accounts';
      const body = [
        commentMarker(key),
        RETIRED,
        `> **Outdated:** as of commit <code>${escapeInline(sha.slice(0, 7))}</code> this pull request changes no stacks in ${accounts}; the earlier ${escapeInline(key.command)} shown here no longer applies.`,
        '',
      ].join('\n');
      result.apiCalls++;
      await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: pr.owner,
        repo: pr.repo,
        comment_id: c.id,
        body,
      });
      result.retired.push(c.id);
    }
  }
  return result;
}
