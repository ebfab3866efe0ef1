import Bottleneck from 'bottleneck';
import { GITHUB_ACTIONS_BOT } from '../../src/github/identity.js';
import { upsertComment, type CommentClient, type PullRequestRef } from '../../src/github/comment.js';
import { publishReport, runUrlFromEnv, type ReportSink } from '../../src/github/comment-publish.js';
import { createGitHubClient } from '../../src/github/client.js';
import type { Annotation } from '../../src/report/annotations.js';
import { commentMarker, type CommentKey } from '../../src/report/marker.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { installCommentRoutes, type CommentStore } from '../support/github-comments.js';
import { ctx, sixtyStackRun, typicalRun } from './fixtures.js';

const PR: PullRequestRef = { owner: 'unkeyed', repo: 'infra', pullNumber: 7 };
const KEY: CommentKey = { manifestPath: 'infra.yaml', command: 'preview', accounts: ['sandbox', 'canary', 'production'] };

const BOT = { login: GITHUB_ACTIONS_BOT };
let api: GitHubApi;
let store: CommentStore;
let previousUrl: string | undefined;

// Octokit's throttling spaces writes 1-3 s apart process-wide (GitHub's advice for real traffic);
// tests get their own limiter groups so concurrent writers really overlap.
function client(token = 'rw-token'): CommentClient {
  const group = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  return createGitHubClient(token, {
    retryAfterBaseValue: 1,
    throttle: { write: group(), notifications: group(), global: group() } as never,
  }) as unknown as CommentClient;
}

beforeAll(async () => {
  previousUrl = process.env.GITHUB_API_URL;
  api = await startGitHubApi();
  store = installCommentRoutes(api);
  process.env.GITHUB_API_URL = api.url;
});
afterAll(async () => {
  if (previousUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = previousUrl;
  await api.close();
});
beforeEach(() => {
  api.log.length = 0;
  store.reset();
});

/** Requests this test made to the comment routes. */
const calls = () => api.log.filter((l) => /\/comments/.test(l));

describe('upsertComment against the loopback GitHub API', () => {
  test('creates the comment, then updates it in place with 2 API calls', async () => {
    const c = client();
    const body1 = `${commentMarker(KEY)}\nfirst`;
    const created = await upsertComment(c, PR, KEY, body1, BOT);
    expect(created).toMatchObject({ status: 'created' });
    expect(store.all(7)).toHaveLength(1);

    api.log.length = 0;
    const updated = await upsertComment(c, PR, KEY, `${commentMarker(KEY)}\nsecond`, BOT);
    expect(updated).toMatchObject({ status: 'updated', apiCalls: 2 });
    expect(calls()).toEqual([
      `GET /repos/unkeyed/infra/issues/7/comments?per_page=100`,
      expect.stringMatching(/^PATCH \/repos\/unkeyed\/infra\/issues\/comments\/\d+$/),
    ]);
    expect(store.all(7).map((x) => x.body)).toEqual([`${commentMarker(KEY)}\nsecond`]);

    api.log.length = 0;
    expect(await upsertComment(c, PR, KEY, `${commentMarker(KEY)}\nsecond`, BOT)).toMatchObject({ status: 'unchanged', apiCalls: 1 });
  });

  test('finds its comment across pages and touches nothing else', async () => {
    for (let i = 0; i < 250; i++) store.seed(7, `review comment ${i}`);
    const otherWorkflow = store.seed(
      7,
      `${commentMarker({ ...KEY, manifestPath: 'other/infra.yaml' })}\nother workflow`,
      'github-actions[bot]',
    );
    const otherAccounts = store.seed(7, `${commentMarker({ ...KEY, accounts: ['sandbox'] })}\nsandbox only`, 'github-actions[bot]');
    for (let i = 0; i < 60; i++) store.seed(7, `more discussion ${i}`);
    const ours = store.seed(7, `${commentMarker(KEY)}\nold`, 'github-actions[bot]');
    const before = JSON.stringify(store.all(7).filter((x) => x.id !== ours.id));

    const res = await upsertComment(client(), PR, KEY, `${commentMarker(KEY)}\nnew`, BOT);
    expect(res).toMatchObject({ status: 'updated', id: ours.id, apiCalls: 5 }); // 4 pages of 100 + PATCH
    expect(calls().filter((l) => l.startsWith('GET'))).toHaveLength(4);
    expect(JSON.stringify(store.all(7).filter((x) => x.id !== ours.id))).toBe(before);
    expect(otherWorkflow.body).toContain('other workflow');
    expect(otherAccounts.body).toContain('sandbox only');
    expect(store.all(7).find((x) => x.id === ours.id)!.body).toBe(`${commentMarker(KEY)}\nnew`);
  });

  test('two matrix jobs (one per account) writing at once: two comments, neither loses anything', async () => {
    store.latencyMs = 15; // both list before either creates
    const sandbox = { ...KEY, accounts: ['sandbox'] };
    const canary = { ...KEY, accounts: ['canary'] };
    const [a, b] = await Promise.all([
      upsertComment(client(), PR, sandbox, `${commentMarker(sandbox)}\nsandbox results`, BOT),
      upsertComment(client(), PR, canary, `${commentMarker(canary)}\ncanary results`, BOT),
    ]);
    expect(a.status).toBe('created');
    expect(b.status).toBe('created');
    expect(
      store
        .all(7)
        .map((x) => x.body)
        .sort(),
    ).toEqual([`${commentMarker(canary)}\ncanary results`, `${commentMarker(sandbox)}\nsandbox results`]);
    // And again, both updating concurrently: still two, each current.
    const [c, d] = await Promise.all([
      upsertComment(client(), PR, sandbox, `${commentMarker(sandbox)}\nsandbox v2`, BOT),
      upsertComment(client(), PR, canary, `${commentMarker(canary)}\ncanary v2`, BOT),
    ]);
    expect([c.status, d.status]).toEqual(['updated', 'updated']);
    expect(
      store
        .all(7)
        .map((x) => x.body.split('\n')[1])
        .sort(),
    ).toEqual(['canary v2', 'sandbox v2']);
  });

  test('two writers of the same key racing to create end with one comment', async () => {
    store.latencyMs = 15;
    const results = await Promise.all([1, 2, 3].map((n) => upsertComment(client(), PR, KEY, `${commentMarker(KEY)}\nwriter ${n}`, BOT)));
    expect(calls().filter((l) => l.startsWith('POST'))).toHaveLength(3); // they really raced
    const left = store.all(7);
    expect(left).toHaveLength(1);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
    expect(new Set(results.map((r) => ('id' in r ? r.id : 0)))).toEqual(new Set([left[0].id]));
  });

  test('5xx answers are retried with back-off', async () => {
    store.seed(7, `${commentMarker(KEY)}\nold`, 'github-actions[bot]');
    api.fault({ match: /^GET .*\/comments$/, status: 502, times: 2 });
    api.fault({ match: /^PATCH /, status: 503, times: 1 });
    const res = await upsertComment(client(), PR, KEY, `${commentMarker(KEY)}\nnew`, BOT);
    expect(res.status).toBe('updated');
    expect(calls()).toHaveLength(5); // 3 GETs + 2 PATCHes on the wire; 2 logical calls
    expect(res.apiCalls).toBe(2);
  });

  test('secondary rate limits wait for retry-after and retry', async () => {
    api.fault({
      match: /^POST /,
      status: 403,
      times: 1,
      headers: { 'retry-after': '2' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    api.fault({
      match: /^GET /,
      status: 429,
      times: 1,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    const res = await upsertComment(client(), PR, KEY, `${commentMarker(KEY)}\nbody`, BOT);
    expect(res.status).toBe('created');
    expect(store.all(7)).toHaveLength(1);
    expect(calls().filter((l) => l.startsWith('POST'))).toHaveLength(2);
  });

  test('a primary rate limit (remaining 0) waits for the reset and retries', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 2);
    api.fault({
      match: /^GET /,
      status: 403,
      times: 1,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const res = await upsertComment(client(), PR, KEY, `${commentMarker(KEY)}\nbody`, BOT);
    expect(res.status).toBe('created');
    expect(calls().filter((l) => l.startsWith('GET'))).toHaveLength(3); // limited, retried, then the duplicate check
  });

  test('a 5xx that never clears is an error result, not a throw', async () => {
    api.fault({ match: /comments/, status: 500, times: 4 });
    const res = await upsertComment(client(), PR, KEY, `${commentMarker(KEY)}\nbody`, BOT);
    expect(res.status).toBe('error');
    expect(calls()).toHaveLength(4); // 1 + 3 retries
  });

  test('a read-only token (fork PR) gets a forbidden result and the job only warns', async () => {
    store.readOnlyTokens.add('fork-token');
    const res = await upsertComment(client('fork-token'), PR, KEY, `${commentMarker(KEY)}\nbody`, BOT);
    expect(res.status).toBe('forbidden');
    expect(calls().filter((l) => l.startsWith('POST'))).toHaveLength(1); // 403 is not retried
    expect(store.all(7)).toHaveLength(0);
  });
});

describe('publishReport', () => {
  function sink() {
    const got = {
      summary: '',
      annotations: [] as Annotation[],
      outputs: {} as Record<string, string>,
      warnings: [] as string[],
      info: [] as string[],
    };
    const s: ReportSink = {
      summary: async (md) => void (got.summary += md),
      annotate: (a) => void got.annotations.push(a),
      setOutput: (n, v) => void (got.outputs[n] = v),
      warning: (m) => void got.warnings.push(m),
      info: (m) => void got.info.push(m),
    };
    return { s, got };
  }

  test('writes summary, annotations, outputs and the comment', async () => {
    const { s, got } = sink();
    const res = await publishReport(typicalRun(), ctx(), client(), s, { pullRequest: PR, comment: true });
    expect(res.commentUrl).toMatch(/^https:\/\/github\.test\/unkeyed\/infra\/pull\/7#issuecomment-\d+$/);
    expect(got.outputs['comment-url']).toBe(res.commentUrl);
    expect(got.outputs['has-changes']).toBe('true');
    expect(JSON.parse(got.outputs['summary-json']).stacks).toHaveLength(8);
    expect(got.summary).toContain('```mermaid');
    expect(got.annotations.length).toBeGreaterThan(0);
    expect(got.warnings).toEqual([]);
    expect(
      store
        .all(7)[0]
        .body.startsWith(commentMarker({ manifestPath: 'infra.yaml', command: 'preview', accounts: ['sandbox', 'canary', 'production'] })),
    ).toBe(true);
  });

  test('a failed run still comments; a read-only token warns and the summary is still written', async () => {
    store.readOnlyTokens.add('fork-token');
    const { s, got } = sink();
    const res = await publishReport(sixtyStackRun(), ctx({ command: 'up' }), client('fork-token'), s, { pullRequest: PR, comment: true });
    expect(res.commentUrl).toBeUndefined();
    expect(got.outputs['comment-url']).toBe('');
    expect(got.warnings.join('\n')).toMatch(/No PR comment: the token cannot write comments on unkeyed\/infra#7 \(403/);
    expect(got.summary).toContain('does not have an associated load balancer');
    const { s: s2 } = sink();
    const ok = await publishReport(sixtyStackRun(), ctx({ command: 'up' }), client(), s2, { pullRequest: PR, comment: true });
    expect(store.all(7)[0].body).toContain('❌ infra-action up failed');
    expect(ok.comment).toMatchObject({ status: 'created' });
  });

  test('runUrlFromEnv', () => {
    expect(
      runUrlFromEnv({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'unkeyed/infra',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2',
      }),
    ).toBe('https://github.com/unkeyed/infra/actions/runs/42/attempts/2');
    expect(runUrlFromEnv({})).toBeUndefined();
  });
});
