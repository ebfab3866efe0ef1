import { paginate, type ApiRequest, type ApiResponse, type GitHubApi } from './github-api.js';

/**
 * Issue-comment routes for the loopback GitHub API: list (paginated, oldest first, as GitHub
 * does), create, get (with an ETag), update (honours If-Match, so a conflicting read-modify-write
 * is detectable), delete. Tokens in `readOnlyTokens` get GitHub's 403 on writes, as a fork PR's
 * GITHUB_TOKEN does. `latencyMs` holds every answer back to widen race windows.
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
    seed: (issue, body, login = 'someone') => create(issue, body, 'o', 'r', login),
    all: (issue) => store.issues.get(issue) ?? [],
    reset: () => {
      store.issues.clear();
      store.readOnlyTokens.clear();
      store.latencyMs = 0;
    },
  };
  function create(issue: number, body: string, owner: string, repo: string, login: string): StoredComment {
    const id = nextId++;
    const t = now();
    const c: StoredComment = { id, body, html_url: `https://github.test/${owner}/${repo}/pull/${issue}#issuecomment-${id}`, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, created_at: t, updated_at: t, version: 1 };
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
  const view = (c: StoredComment) => ({ id: c.id, body: c.body, html_url: c.html_url, user: c.user, created_at: c.created_at, updated_at: c.updated_at });
  const token = (req: ApiRequest) => String(req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
  const forbidden = (req: ApiRequest): ApiResponse | undefined =>
    store.readOnlyTokens.has(token(req)) ? { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' } } : undefined;
  const slow = async <T>(v: T): Promise<T> => {
    if (store.latencyMs > 0) await new Promise((r) => setTimeout(r, store.latencyMs));
    return v;
  };

  api.route('GET', ISSUE, (req, [, , n]) => slow(paginate(req, api.url, store.all(Number(n)).map(view))));
  api.route('POST', ISSUE, (req, [owner, repo, n]) => {
    const denied = forbidden(req);
    if (denied) return slow(denied);
    const body = (req.body as { body?: unknown })?.body;
    if (typeof body !== 'string' || body.length === 0) return slow({ status: 422, body: { message: 'Validation Failed: body is missing' } });
    if (body.length > 65536) return slow({ status: 422, body: { message: 'Validation Failed: body is too long (maximum is 65536 characters)' } });
    const c = create(Number(n), body, owner, repo, 'github-actions[bot]');
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
    const ifMatch = req.headers['if-match'];
    if (ifMatch && ifMatch !== etag(c)) return slow({ status: 412, body: { message: 'Precondition Failed' } });
    const body = (req.body as { body?: unknown })?.body;
    if (typeof body !== 'string' || body.length > 65536) return slow({ status: 422, body: { message: 'Validation Failed: body is missing or too long (maximum is 65536 characters)' } });
    c.body = body;
    c.version++;
    c.updated_at = now();
    return slow({ status: 200, body: view(c), headers: { etag: etag(c) } });
  });
  api.route('DELETE', ONE, (req, [, , id]) => {
    const denied = forbidden(req);
    if (denied) return slow(denied);
    for (const [n, list] of store.issues) {
      if (list.some((x) => x.id === Number(id))) {
        store.issues.set(n, list.filter((x) => x.id !== Number(id)));
        return slow({ status: 204 });
      }
    }
    return slow({ status: 404, body: { message: 'Not Found' } });
  });
  return store;
}
