import type { CommentClient } from './comment.js';

/** Who the token acts as: the login its comments carry (`user.login` in the REST API). */
export interface TokenIdentity {
  login: string;
  /** How it was found, for the log. */
  source: 'GET /user' | 'GraphQL viewer' | 'assumed';
}

/** The workflow's GITHUB_TOKEN (the GitHub Actions app's installation token) writes as this bot. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/**
 * Finds the identity the token writes comments as. A user token (PAT, OAuth) answers `GET /user`.
 * A GitHub App installation token — the workflow's GITHUB_TOKEN, or an app token from
 * actions/create-github-app-token — gets 403 "Resource not accessible by integration" there, but
 * GraphQL's `viewer` names the app's bot (`github-actions`, which REST spells
 * `github-actions[bot]`). When neither answers, the token is taken to be GITHUB_TOKEN.
 */
export async function tokenIdentity(client: CommentClient): Promise<TokenIdentity> {
  try {
    const res = await client.request('GET /user');
    const login = (res.data as { login?: unknown }).login;
    if (typeof login === 'string' && login) return { login, source: 'GET /user' };
  } catch {
    // Installation tokens cannot read /user; GraphQL can say who they are.
  }
  try {
    const res = await client.request('POST /graphql', { query: 'query { viewer { __typename login } }' });
    const viewer = (res.data as { data?: { viewer?: { __typename?: string; login?: string } } }).data?.viewer;
    if (viewer?.login)
      return {
        login: viewer.__typename === 'Bot' && !viewer.login.endsWith('[bot]') ? `${viewer.login}[bot]` : viewer.login,
        source: 'GraphQL viewer',
      };
  } catch {
    // Neither works on some GHES versions for app tokens; GITHUB_TOKEN is by far the common case.
  }
  return { login: GITHUB_ACTIONS_BOT, source: 'assumed' };
}

/** True when a comment's author is the token's identity (logins compare case-insensitively, as GitHub's do). */
export function writtenBy(comment: { user?: { login?: string } | null }, identity: Pick<TokenIdentity, 'login'>): boolean {
  return typeof comment.user?.login === 'string' && comment.user.login.toLowerCase() === identity.login.toLowerCase();
}
