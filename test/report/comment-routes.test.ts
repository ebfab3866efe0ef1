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
  fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: 'token t', 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

test('two writers holding the same ETag: the second PATCH gets 412, updated_at moves', async () => {
  const c = store.seed(1, 'v1', 'github-actions[bot]');
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

test("only a comment's author edits or deletes it, as on GitHub; /user and GraphQL say who a token is", async () => {
  const theirs = store.seed(3, 'by someone');
  expect((await req('PATCH', `/repos/o/r/issues/comments/${theirs.id}`, { body: 'x' })).status).toBe(403);
  expect((await req('DELETE', `/repos/o/r/issues/comments/${theirs.id}`)).status).toBe(403);
  expect(store.all(3)[0].body).toBe('by someone');
  expect((await req('GET', '/user')).status).toBe(403); // an installation token
  const viewer = await (await req('POST', '/graphql', { query: 'query { viewer { __typename login } }' })).json();
  expect(viewer).toEqual({ data: { viewer: { __typename: 'Bot', login: 'github-actions' } } });
  store.identities.set('t', { login: 'octocat', type: 'User' });
  expect(await (await req('GET', '/user')).json()).toMatchObject({ login: 'octocat' });
  const mine = (await (await req('POST', '/repos/o/r/issues/3/comments', { body: 'by octocat' })).json()) as { user: { login: string } };
  expect(mine.user.login).toBe('octocat');
  store.identities.clear();
});
