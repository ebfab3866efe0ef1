import { afterAll, beforeAll } from '@jest/globals';
import { paginate, startGitHubApi, type ApiRequest, type ApiResponse, type GitHubApi } from './github-api.js';

/**
 * Issue-comment routes for the loopback GitHub API: list (paginated, oldest first, as GitHub
 * does), create, get (with an ETag), update (honours If-Match, so a conflicting read-modify-write
 * is detectable), delete. Tokens in `readOnlyTokens` get GitHub's 403 on writes, as a fork PR's
 * GITHUB_TOKEN does. `latencyMs` holds every answer back to widen race windows.
 *
 * Who a token is follows GitHub: comments are written as the token's identity. A user token (PAT)
 * answers `GET /user` with its login; an app installation token — the workflow's GITHUB_TOKEN,
 * `github-actions[bot]`, the default for unknown tokens — gets 403 "Resource not accessible by
 * integration" there, and GraphQL's `viewer` names it as a Bot without the `[bot]` suffix.
 */

export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  /** Bumped on every write; the ETag is derived from it. */
  version: number;
}

export interface CommentStore {
  /** Comments by issue/PR number, oldest first. */
  issues: Map<number, StoredComment[]>;
  readOnlyTokens: Set<string>;
  latencyMs: number;
  /** Token → identity; tokens not listed act as `github-actions[bot]` (GITHUB_TOKEN). */
  identities: Map<string, { login: string; type: 'User' | 'Bot' }>;
  /** Tokens that may edit anyone's comment (repository admins; GITHUB_TOKEN is not one). */
  maintainers: Set<string>;
  /** Comment ids whose edit is refused with 403 even for their author (a locked or hidden comment). */
  frozen: Set<number>;
  /** Adds a comment directly (seeding a PR with other people's comments). */
  seed(issue: number, body: string, login?: string): StoredComment;
  all(issue: number): StoredComment[];
  /** Forgets every comment, read-only token and latency (between tests). */
  reset(): void;
}

const ISSUE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const ONE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;

export function installCommentRoutes(api: GitHubApi): CommentStore {
  let nextId = 1000;
  let clock = Date.parse('2026-11-23T10:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString();
  const store: CommentStore = {
    issues: new Map(),
    readOnlyTokens: new Set(),
    latencyMs: 0,
    identities: new Map(),
    maintainers: new Set(),
    frozen: new Set(),
    seed: (issue, body, login = 'someone') => create(issue, body, 'o', 'r', login),
    all: (issue) => store.issues.get(issue) ?? [],
    reset: () => {
      store.issues.clear();
      store.readOnlyTokens.clear();
      store.identities.clear();
      store.maintainers.clear();
      store.frozen.clear();
      store.latencyMs = 0;
    },
  };
  function create(issue: number, body: string, owner: string, repo: string, login: string): StoredComment {
    const id = nextId++;
    const t = now();
    const c: StoredComment = {
      id,
      body,
      html_url: `https://github.test/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: t,
      updated_at: t,
      version: 1,
    };
    store.issues.set(issue, [...store.all(issue), c]);
    return c;
  }
  const find = (id: number) => {
    for (const list of store.issues.values()) {
      const c = list.find((x) => x.id === id);
      if (c) return c;
    }
    return undefined;
  };
  const etag = (c: StoredComment) => `"${c.id}-${c.version}"`;
  const view = (c: StoredComment) => ({
    id: c.id,
    body: c.body,
    html_url: c.html_url,
    user: c.user,
    created_at: c.created_at,
    updated_at: c.updated_at,
  });
  const token = (req: ApiRequest) => String(req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
  const forbidden = (req: ApiRequest): ApiResponse | undefined =>
    store.readOnlyTokens.has(token(req))
      ? {
          status: 403,
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
            status: '403',
          },
        }
      : undefined;
  const slow = async <T>(v: T): Promise<T> => {
    if (store.latencyMs > 0) await new Promise((r) => setTimeout(r, store.latencyMs));
    return v;
  };

  const identity = (req: ApiRequest) => store.identities.get(token(req)) ?? { login: 'github-actions[bot]', type: 'Bot' as const };
  api.route('GET', /^\/user$/, (req) => {
    const who = identity(req);
    if (who.type === 'Bot')
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403',
        },
      };
    return { status: 200, body: { login: who.login, id: 4242, type: 'User' } };
  });
  api.route('POST', /^\/graphql$/, (req) => {
    const query = String((req.body as { query?: unknown })?.query ?? '');
    if (!/\bviewer\b/.test(query)) return { status: 200, body: { errors: [{ message: 'only viewer is emulated' }] } };
    const who = identity(req);
    return { status: 200, body: { data: { viewer: { __typename: who.type, login: who.login.replace(/\[bot\]$/, '') } } } };
  });
  api.route('GET', ISSUE, (req, [, , n]) => slow(paginate(req, api.url, store.all(Number(n)).map(view))));
  api.route('POST', ISSUE, (req, [owner, repo, n]) => {
    const denied = forbidden(req);
    if (denied) return slow(denied);
    const body = (req.body as { body?: unknown })?.body;
    if (typeof body !== 'string' || body.length === 0)
      return slow({ status: 422, body: { message: 'Validation Failed: body is missing' } });
    if (body.length > 65536)
      return slow({ status: 422, body: { message: 'Validation Failed: body is too long (maximum is 65536 characters)' } });
    const c = create(Number(n), body, owner, repo, identity(req).login);
    return slow({ status: 201, body: view(c), headers: { etag: etag(c) } });
  });
  api.route('GET', ONE, (req, [, , id]) => {
    const c = find(Number(id));
    if (!c) return slow({ status: 404, body: { message: 'Not Found' } });
    if (req.headers['if-none-match'] === etag(c)) return slow({ status: 304 });
    return slow({ status: 200, body: view(c), headers: { etag: etag(c) } });
  });
  api.route('PATCH', ONE, (req, [, , id]) => {
    const denied = forbidden(req);
    if (denied) return slow(denied);
    const c = find(Number(id));
    if (!c) return slow({ status: 404, body: { message: 'Not Found' } });
    if (store.frozen.has(c.id) || (c.user.login !== identity(req).login && !store.maintainers.has(token(req))))
      return slow({ status: 403, body: { message: 'Resource not accessible by integration', status: '403' } });
    const ifMatch = req.headers['if-match'];
    if (ifMatch && ifMatch !== etag(c)) return slow({ status: 412, body: { message: 'Precondition Failed' } });
    const body = (req.body as { body?: unknown })?.body;
    if (typeof body !== 'string' || body.length > 65536)
      return slow({ status: 422, body: { message: 'Validation Failed: body is missing or too long (maximum is 65536 characters)' } });
    c.body = body;
    c.version++;
    c.updated_at = now();
    return slow({ status: 200, body: view(c), headers: { etag: etag(c) } });
  });
  api.route('DELETE', ONE, (req, [, , id]) => {
    const denied = forbidden(req);
    if (denied) return slow(denied);
    for (const [n, list] of store.issues) {
      const c = list.find((x) => x.id === Number(id));
      if (c && c.user.login !== identity(req).login && !store.maintainers.has(token(req)))
        return slow({ status: 403, body: { message: 'Resource not accessible by integration', status: '403' } });
      if (c) {
        store.issues.set(
          n,
          list.filter((x) => x.id !== Number(id)),
        );
        return slow({ status: 204 });
      }
    }
    return slow({ status: 404, body: { message: 'Not Found' } });
  });
  return store;
}

/**
 * A loopback GitHub API with the comment routes for the whole test file: started before its tests,
 * closed after them. Read `api` and `comments` inside tests (they exist once beforeAll ran).
 */
export function useCommentApi(): { readonly api: GitHubApi; readonly comments: CommentStore } {
  const gh = {} as { api: GitHubApi; comments: CommentStore };
  beforeAll(async () => {
    gh.api = await startGitHubApi();
    gh.comments = installCommentRoutes(gh.api);
  });
  afterAll(() => gh.api.close());
  return gh;
}
