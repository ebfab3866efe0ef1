import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { runAction } from '../support/run-action.js';
import { exampleRepo } from '../support/git-repo.js';

let api: GitHubApi;
beforeAll(async () => {
  api = await startGitHubApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.log.length = 0;
  api.pulls.clear();
});

const prEvent = (number: number, changed: number, base = 'b'.repeat(40), head = 'c'.repeat(40)) => ({
  name: 'pull_request',
  payload: { pull_request: { number, changed_files: changed, base: { sha: base }, head: { sha: head } } },
});

test('pull_request: reads every page of the PR files API and sets the outputs', async () => {
  const repo = exampleRepo();
  const files = Array.from({ length: 250 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'modified' }));
  files[137] = { filename: 'network/vpc.ts', status: 'renamed', previous_filename: 'network/old-vpc.ts' } as (typeof files)[number];
  api.pulls.set(7, { files });
  const r = await runAction({
    inputs: { command: 'plan', manifest: 'infra.yaml', 'github-token': 'ghs_test' },
    env: { GITHUB_API_URL: api.url, GITHUB_HEAD_REF: 'feature' },
    event: prEvent(7, 250),
    workspace: repo.dir,
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(api.log.filter((l) => l.includes('/pulls/7/files'))).toHaveLength(3);
  const stacks = JSON.parse(r.outputs.stacks);
  expect(stacks.map((s: { stack: string }) => s.stack)).toContain('unkey/network/aws-production-eu-west-1');
  // Previews use the read-only preview roles the example manifest names.
  expect(stacks[0].roleChain[0]).toBe(`arn:aws:iam::000000000000:role/GitHubActionsPreviewRole-${stacks[0].account}`);
  expect(r.outputs['has-stacks']).toBe('true');
  const matrix = JSON.parse(r.outputs.matrix);
  expect(matrix.include.map((m: { account: string }) => m.account)).toEqual(['sandbox', 'canary', 'production']);
  expect(matrix.include[2]).toMatchObject({ environment: 'production', regions: 'us-east-1,eu-west-1', projects: 'network,api' });
  expect(r.summary).toContain('| <code>unkey/network/aws-sandbox-us-east-1</code> | sandbox | us-east-1 |');
});

test('pull_request past the 3,000-file cap falls back to a git diff of base...head', async () => {
  const repo = exampleRepo();
  const base = repo.git('rev-parse', 'HEAD');
  const many: Record<string, string> = { 'stacks/api/Pulumi.aws-canary-us-east-1.yaml': 'config: {}\n' };
  for (let i = 0; i < 3100; i++) many[`docs/generated/f${i}.md`] = `${i}\n`;
  const head = repo.commit(many, 'a very large PR');
  // The API would only ever list the first 3,000, none of which is the stack file.
  api.pulls.set(9, { files: Array.from({ length: 3100 }, (_, i) => ({ filename: `docs/generated/f${i}.md`, status: 'added' })) });
  const r = await runAction({
    inputs: { command: 'plan', 'github-token': 'ghs_test' },
    env: { GITHUB_API_URL: api.url },
    event: prEvent(9, 3101, base, head),
    workspace: repo.dir,
  });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('the files API stops at 3000');
  expect(JSON.parse(r.outputs.stacks).map((s: { stack: string }) => s.stack)).toEqual(['unkey/api/aws-canary-us-east-1']);
});

test('pull_request whose listing hits the cap also falls back, even if changed_files is missing', async () => {
  const repo = exampleRepo();
  const base = repo.git('rev-parse', 'HEAD');
  const head = repo.commit({ 'shared/lib.ts': 'x\n' }, 'shared code');
  api.pulls.set(10, { files: Array.from({ length: 3005 }, (_, i) => ({ filename: `f${i}`, status: 'added' })) });
  const r = await runAction({
    inputs: { command: 'plan', 'github-token': 'ghs_test' },
    env: { GITHUB_API_URL: api.url },
    event: { name: 'pull_request', payload: { pull_request: { number: 10, base: { sha: base }, head: { sha: head } } } },
    workspace: repo.dir,
  });
  expect(r.code).toBe(0);
  expect(api.log.filter((l) => l.includes('/pulls/10/files'))).toHaveLength(30);
  expect(JSON.parse(r.outputs.stacks)).toHaveLength(4);
});

test('push diffs before..after; workflow-testing stays in sandbox', async () => {
  const repo = exampleRepo();
  const before = repo.git('rev-parse', 'HEAD');
  const after = repo.commit({ '.github/workflows/infra.yml': 'on: push\n' }, 'workflow change');
  const r = await runAction({
    inputs: { command: 'plan' },
    env: { GITHUB_REF: 'refs/heads/workflow-testing' },
    event: { name: 'push', payload: { before, after } },
    workspace: repo.dir,
  });
  expect(r.code).toBe(0);
  const stacks = JSON.parse(r.outputs.stacks);
  expect(new Set(stacks.map((s: { account: string }) => s.account))).toEqual(new Set(['sandbox']));
  expect(stacks.map((s: { stack: string }) => s.stack)).toEqual(['unkey/network/aws-sandbox-us-east-1', 'unkey/api/aws-sandbox-us-east-1']);
  expect(JSON.parse(r.outputs.matrix).include).toHaveLength(1);
});

test('workflow_dispatch selects exactly the requested projects and accounts', async () => {
  const repo = exampleRepo();
  const r = await runAction({
    inputs: { command: 'plan' },
    event: { name: 'workflow_dispatch', payload: { inputs: { projects: 'api', accounts: 'canary' } } },
    workspace: repo.dir,
  });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.outputs.stacks).map((s: { stack: string }) => s.stack)).toEqual(['unkey/api/aws-canary-us-east-1']);
});

test('a bad manifest fails the step with an annotation per problem and no outputs', async () => {
  const repo = exampleRepo();
  repo.commit(
    { 'infra.yaml': 'org: unkey\nmanagement: { accountId: "1", oidcRole: R }\nexecutorRole: E\naccounts: []\nprojects: []\n' },
    'break it',
  );
  const r = await runAction({ inputs: { command: 'plan' }, event: { name: 'schedule', payload: {} }, workspace: repo.dir });
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(
    /::error title=infra.yaml%3A management.accountId,file=infra.yaml,line=2,col=26::account id "1" must be exactly 12 digits/,
  );
  expect(r.stdout).toContain('::error::infra.yaml has 3 problems');
  expect(r.stdout).toContain('declare at least one account');
  expect(r.outputs.stacks).toBeUndefined();
});
