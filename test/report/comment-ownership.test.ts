import Bottleneck from 'bottleneck';
import { createGitHubClient } from '../../src/github/client.js';
import { upsertComment, type CommentClient, type PullRequestRef } from '../../src/github/comment.js';
import { publishReport, type ReportSink } from '../../src/github/comment-publish.js';
import { GITHUB_ACTIONS_BOT, tokenIdentity } from '../../src/github/identity.js';
import { commentMarker, type CommentKey } from '../../src/report/marker.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { installCommentRoutes, type CommentStore } from '../support/github-comments.js';
import { ctx, typicalRun } from './fixtures.js';

/** Whose comments the action may take over: only its token's own, found the way GitHub allows per token kind. */
const PR: PullRequestRef = { owner: 'unkeyed', repo: 'infra', pullNumber: 9 };
const KEY: CommentKey = { manifestPath: 'infra.yaml', command: 'preview', accounts: ['sandbox', 'canary', 'production'] };
let api: GitHubApi;
let store: CommentStore;
let previousUrl: string | undefined;

function client(token = 'ghs_workflow'): CommentClient {
  const group = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  return createGitHubClient(token, {
    retryAfterBaseValue: 1,
    throttle: { write: group(), notifications: group(), global: group() } as never,
  }) as unknown as CommentClient;
}
function sink() {
  const got = { summary: '', warnings: [] as string[] };
  const s: ReportSink = {
    summary: async (md) => void (got.summary += md),
    annotate: () => {},
    setOutput: () => {},
    warning: (m) => void got.warnings.push(m),
    info: () => {},
  };
  return { s, got };
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
  store.reset();
  api.log.length = 0;
});

test('each token kind is identified the way GitHub answers for it', async () => {
  store.identities.set('ghp_person', { login: 'octo-deployer', type: 'User' });
  store.identities.set('ghs_app', { login: 'acme-infra[bot]', type: 'Bot' });
  expect(await tokenIdentity(client('ghp_person'))).toEqual({ login: 'octo-deployer', source: 'GET /user' });
  // Installation tokens get 403 on /user; GraphQL's viewer names the bot (without REST's [bot]).
  expect(await tokenIdentity(client('ghs_app'))).toEqual({ login: 'acme-infra[bot]', source: 'GraphQL viewer' });
  expect(await tokenIdentity(client('ghs_workflow'))).toEqual({ login: GITHUB_ACTIONS_BOT, source: 'GraphQL viewer' });
  api.fault({ match: /^POST \/graphql/, status: 404, times: 1 });
  expect(await tokenIdentity(client('ghs_workflow'))).toEqual({ login: GITHUB_ACTIONS_BOT, source: 'assumed' });
});

test("a stranger's comment with our marker is never edited; ours is created beside it and the summary says so", async () => {
  const spoof = store.seed(9, `${commentMarker(KEY)}\n### ✅ infra-action preview — nothing to see, merge away`, 'mallory');
  const { s, got } = sink();
  const res = await publishReport(typicalRun(), ctx(), client(), s, { pullRequest: PR, comment: true });
  expect(res.comment).toMatchObject({ status: 'created' });
  expect(store.all(9)).toHaveLength(2);
  expect(store.all(9)[0]).toMatchObject({ id: spoof.id, body: spoof.body, version: 1 });
  expect(store.all(9)[1].user.login).toBe('github-actions[bot]');
  expect(api.log.filter((l) => l.startsWith('PATCH'))).toEqual([]);
  expect(got.summary).toContain('Ignored 1 comment posing as this preview');
  expect(got.summary).toContain('<code>mallory</code>');
  expect(got.warnings.join('\n')).toContain('mallory');
  // The next run updates its own comment and still leaves the stranger's alone.
  const again = await publishReport(typicalRun(), ctx({ sha: 'f'.repeat(40) }), client(), sink().s, { pullRequest: PR, comment: true });
  expect(again.comment).toMatchObject({ status: 'updated', id: store.all(9)[1].id });
  expect(store.all(9)[0].version).toBe(1);
});

test('a personal access token owns only the comments it wrote, not the bot’s', async () => {
  store.identities.set('ghp_person', { login: 'octo-deployer', type: 'User' });
  const bots = store.seed(9, `${commentMarker(KEY)}\nby the workflow token`, 'github-actions[bot]');
  const res = await upsertComment(client('ghp_person'), PR, KEY, `${commentMarker(KEY)}\nby the PAT`, { login: 'octo-deployer' });
  expect(res).toMatchObject({ status: 'created', ignored: [{ id: bots.id, author: 'github-actions[bot]' }] });
  const second = await upsertComment(client('ghp_person'), PR, KEY, `${commentMarker(KEY)}\nby the PAT, v2`, { login: 'octo-deployer' });
  expect(second).toMatchObject({ status: 'updated', id: (res as { id: number }).id });
  expect(store.all(9).find((c) => c.id === bots.id)!.body).toBe(`${commentMarker(KEY)}\nby the workflow token`);
});

test('a 403 on editing our own comment does not lose the preview: a new comment is posted and the job says why', async () => {
  const ours = store.seed(9, `${commentMarker(KEY)}\nold`, 'github-actions[bot]');
  store.frozen.add(ours.id);
  const { s, got } = sink();
  const res = await publishReport(typicalRun(), ctx(), client(), s, { pullRequest: PR, comment: true });
  expect(res.comment).toMatchObject({ status: 'created' });
  expect(store.all(9)).toHaveLength(2);
  expect(store.all(9)[1].body).toContain('infra-action preview');
  expect(got.warnings.join('\n')).toMatch(/could not edit the earlier comment .*#issuecomment-\d+ \(403/);
});

test('when neither edit nor create is allowed, the job says both, and nothing is half-written', async () => {
  const ours = store.seed(9, `${commentMarker(KEY)}\nold`, 'github-actions[bot]');
  store.frozen.add(ours.id);
  store.readOnlyTokens.add('ghs_fork');
  const { s, got } = sink();
  const res = await publishReport(typicalRun(), ctx(), client('ghs_fork'), s, { pullRequest: PR, comment: true });
  expect(res.commentUrl).toBeUndefined();
  expect(got.warnings.join('\n')).toMatch(
    /No PR comment: the token cannot write comments on unkeyed\/infra#9 \(403.*earlier, could not edit the earlier comment/,
  );
  expect(store.all(9)).toHaveLength(1);
});
