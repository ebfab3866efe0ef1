import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { installCommentRoutes, type CommentStore } from '../support/github-comments.js';

/** The loopback comment routes themselves: a conflicting read-modify-write is detectable. */
let api: GitHubApi;
let store: CommentStore;
beforeAll(async () => {
  api = await startGitHubApi();
  store = installCommentRoutes(api);
});
afterAll(() => api.close());

const req = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}${path}`, { method, headers: { authorization: 'token t', 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });

test('two writers holding the same ETag: the second PATCH gets 412, updated_at moves', async () => {
  const c = store.seed(1, 'v1');
  const a = await req('GET', `/repos/o/r/issues/comments/${c.id}`);
  const b = await req('GET', `/repos/o/r/issues/comments/${c.id}`);
  const etag = a.headers.get('etag')!;
  expect(b.headers.get('etag')).toBe(etag);
  const first = await req('PATCH', `/repos/o/r/issues/comments/${c.id}`, { body: 'from a' }, { 'if-match': etag });
  expect(first.status).toBe(200);
  const second = await req('PATCH', `/repos/o/r/issues/comments/${c.id}`, { body: 'from b' }, { 'if-match': etag });
  expect(second.status).toBe(412);
  expect(store.all(1)[0].body).toBe('from a');
  expect(store.all(1)[0].updated_at > c.created_at).toBe(true);
});

test('read-only tokens get 403 on writes but may read; bodies over 65,536 characters are refused', async () => {
  store.readOnlyTokens.add('t');
  expect((await req('POST', '/repos/o/r/issues/2/comments', { body: 'x' })).status).toBe(403);
  expect((await req('GET', '/repos/o/r/issues/2/comments')).status).toBe(200);
  store.readOnlyTokens.clear();
  expect((await req('POST', '/repos/o/r/issues/2/comments', { body: 'x'.repeat(65_537) })).status).toBe(422);
  expect((await req('POST', '/repos/o/r/issues/2/comments', { body: 'x'.repeat(65_536) })).status).toBe(201);
});
