import Bottleneck from 'bottleneck';
import { createGitHubClient } from '../../src/github/client.js';
import { GITHUB_ACTIONS_BOT } from '../../src/github/identity.js';
import { upsertComment, type CommentClient } from '../../src/github/comment.js';
import { retireStaleComments } from '../../src/github/comment-retire.js';
import { commentMarker, parseMarker, type CommentKey } from '../../src/report/marker.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { installCommentRoutes, type CommentStore } from '../support/github-comments.js';

const BOT = { login: GITHUB_ACTIONS_BOT };
let api: GitHubApi;
let store: CommentStore;
const saved = process.env.GITHUB_API_URL;
beforeAll(async () => {
  api = await startGitHubApi();
  store = installCommentRoutes(api);
  process.env.GITHUB_API_URL = api.url;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = saved;
  await api.close();
});
const group = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
const client = () =>
  createGitHubClient('t', {
    retryAfterBaseValue: 1,
    throttle: { write: group(), notifications: group() } as never,
  }) as unknown as CommentClient;
const key = (accounts: string[], over: Partial<CommentKey> = {}): CommentKey => ({
  manifestPath: 'infra.yaml',
  command: 'preview',
  accounts,
  ...over,
});
const PR = { owner: 'o', repo: 'r', pullNumber: 5 };

test('parseMarker reads back every key', () => {
  for (const k of [key(['sandbox']), key([]), key(['canary', 'sandbox'], { manifestPath: 'a|b/infra.yaml' })])
    expect(parseMarker(`${commentMarker(k)}\nbody`)).toEqual(k);
  expect(parseMarker('<!-- something else -->')).toBeUndefined();
  expect(parseMarker('<!-- infra-action:comment key=%E0%A4%A -->')).toBeUndefined();
});

test('comments of accounts this commit no longer touches are marked outdated, once; others are untouched', async () => {
  for (const a of ['sandbox', 'canary', 'production'])
    await upsertComment(client(), PR, key([a]), `${commentMarker(key([a]))}\n${a} preview`, BOT);
  const otherManifest = store.seed(5, `${commentMarker(key(['canary'], { manifestPath: 'other.yaml' }))}\nother`);
  const upComment = store.seed(5, `${commentMarker(key(['canary'], { command: 'up' }))}\nup`);
  const human = store.seed(5, 'LGTM');

  const res = await retireStaleComments(
    client(),
    PR,
    { manifestPath: 'infra.yaml', command: 'preview' },
    [key(['sandbox'])],
    'abcdef1234',
    BOT,
  );
  expect(res.retired).toHaveLength(2);
  const bodies = store.all(5).map((c) => c.body);
  expect(bodies.find((b) => b.includes('sandbox preview'))).toBeDefined();
  expect(bodies.filter((b) => b.includes('**Outdated:** as of commit <code>abcdef1</code>'))).toHaveLength(2);
  expect(otherManifest.body).toContain('other');
  expect(upComment.body).toContain('\nup');
  expect(human.body).toBe('LGTM');

  const again = await retireStaleComments(
    client(),
    PR,
    { manifestPath: 'infra.yaml', command: 'preview' },
    [key(['sandbox'])],
    'abcdef1234',
    BOT,
  );
  expect(again).toEqual({ retired: [], apiCalls: 1 });
  // The account comes back: its comment is found by its marker and updated in place.
  const back = await upsertComment(client(), PR, key(['canary']), `${commentMarker(key(['canary']))}\ncanary again`, BOT);
  expect(back.status).toBe('updated');
  expect(
    store.all(5).filter((c) => parseMarker(c.body)?.command === 'preview' && parseMarker(c.body)?.manifestPath === 'infra.yaml'),
  ).toHaveLength(3);
});
