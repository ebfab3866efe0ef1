import { paginate, type ApiRequest, type ApiResponse, type GitHubApi } from './github-api.js';
import type { CommentStore } from './github-comments.js';

/**
 * Issues for the loopback GitHub API, shaped like GitHub's REST answers: list (filters state,
 * labels — every one must match —, creator; newest first; paginated; pull requests are listed too,
 * with a `pull_request` key, as GitHub does), create (labels made on the fly, as GitHub does for
 * a writer), get, update (title, body, state, state_reason, labels), who writes is the
 * comment routes' token identity (`GET /user` and GraphQL `viewer` live there too). Comments on issues are the
 * comment routes' (issues and PRs share numbers on GitHub). Who writes is decided by the token.
 */

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull_request?: { url: string };
}

export interface IssueStore {
  issues: StoredIssue[];
  labels: Set<string>;
  /** Adds an issue directly (someone else's, or an old one of ours). */
  seed(issue: Partial<StoredIssue> & { title: string; body: string; login?: string }): StoredIssue;
  get(n: number): StoredIssue | undefined;
  /** Every write (POST/PATCH) served, in order: "POST /issues", "PATCH /issues/3". */
  writes: string[];
}

const BASE = /^\/repos\/([^/]+)\/([^/]+)\/issues$/;
const ONE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/;

export function installIssueRoutes(api: GitHubApi, comments: CommentStore): IssueStore {
  let clock = Date.parse('2026-11-30T09:00:00Z');
  const now = () => new Date((clock += 60_000)).toISOString();
  // Issue numbers continue after the highest PR/comment thread number in use.
  const nextNumber = () => Math.max(0, ...store.issues.map((i) => i.number), ...comments.issues.keys()) + 1;
  const store: IssueStore = {
    issues: [],
    labels: new Set(),
    writes: [],
    seed: ({ login = 'github-actions[bot]', ...rest }) =>
      create({ state: 'open', state_reason: null, labels: [], ...rest, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } }),
    get: (n) => store.issues.find((i) => i.number === n),
  };
  function create(f: Omit<StoredIssue, 'number' | 'created_at' | 'updated_at' | 'closed_at'> & Partial<StoredIssue>): StoredIssue {
    const t = now();
    const issue: StoredIssue = { closed_at: null, ...f, number: nextNumber(), created_at: t, updated_at: t };
    for (const l of issue.labels) store.labels.add(l);
    store.issues.push(issue);
    comments.issues.set(issue.number, comments.issues.get(issue.number) ?? []);
    return issue;
  }
  const tokenOf = (req: ApiRequest) => String(req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
  const loginOf = (req: ApiRequest) => comments.identities.get(tokenOf(req))?.login ?? 'github-actions[bot]';
  const view = (i: StoredIssue, owner: string, repo: string) => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name) => ({ name })),
    user: i.user,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    html_url: `https://github.test/${owner}/${repo}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
    ...(i.pull_request ? { pull_request: i.pull_request } : {}),
  });
  const invalid = (message: string): ApiResponse => ({ status: 422, body: { message: `Validation Failed: ${message}` } });
  const labelList = (raw: unknown): string[] | undefined =>
    Array.isArray(raw) ? raw.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name))) : undefined;

  api.route('GET', BASE, (req, [owner, repo]) => {
    const q = req.query;
    const state = q.get('state') ?? 'open';
    const labels = (q.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    const creator = q.get('creator');
    const list = store.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
      .filter((i) => !creator || i.user.login.toLowerCase() === creator.toLowerCase())
      .sort((a, b) => b.number - a.number)
      .map((i) => view(i, owner, repo));
    return paginate(req, api.url, list);
  });

  api.route('POST', BASE, (req, [owner, repo]) => {
    const b = (req.body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown };
    if (typeof b.title !== 'string' || b.title.trim() === '') return invalid('title is missing');
    if (b.body !== undefined && (typeof b.body !== 'string' || b.body.length > 65536))
      return invalid('body is too long (maximum is 65536 characters)');
    store.writes.push('POST /issues');
    const login = loginOf(req);
    const issue = create({
      title: b.title,
      body: (b.body as string | undefined) ?? '',
      state: 'open',
      state_reason: null,
      labels: labelList(b.labels) ?? [],
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    });
    return { status: 201, body: view(issue, owner, repo) };
  });

  api.route('GET', ONE, (req, [owner, repo, n]) => {
    const i = store.get(Number(n));
    return i ? { status: 200, body: view(i, owner, repo) } : { status: 404, body: { message: 'Not Found' } };
  });

  api.route('PATCH', ONE, (req, [owner, repo, n]) => {
    const i = store.get(Number(n));
    if (!i) return { status: 404, body: { message: 'Not Found' } };
    const b = (req.body ?? {}) as { title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown; labels?: unknown };
    if (b.body !== undefined && (typeof b.body !== 'string' || b.body.length > 65536))
      return invalid('body is too long (maximum is 65536 characters)');
    if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed')
      return invalid(`state "${String(b.state)}" is not open or closed`);
    if (b.state_reason !== undefined && !['completed', 'not_planned', 'reopened', null].includes(b.state_reason as string | null))
      return invalid(`state_reason "${String(b.state_reason)}"`);
    store.writes.push(`PATCH /issues/${i.number}`);
    if (typeof b.title === 'string') i.title = b.title;
    if (typeof b.body === 'string') i.body = b.body;
    const labels = labelList(b.labels);
    if (labels) {
      i.labels = labels;
      for (const l of labels) store.labels.add(l);
    }
    if (b.state === 'closed' && i.state === 'open') {
      i.state = 'closed';
      i.closed_at = now();
      i.state_reason = (b.state_reason as string | undefined) ?? 'completed';
    } else if (b.state === 'open' && i.state === 'closed') {
      i.state = 'open';
      i.closed_at = null;
      i.state_reason = 'reopened';
    }
    i.updated_at = now();
    return { status: 200, body: view(i, owner, repo) };
  });
  return store;
}
