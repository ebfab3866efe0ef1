import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifest } from '../../src/manifest/load.js';
import { allStacks } from '../../src/manifest/naming.js';
import { builtinPrograms } from '../../src/programs-dir.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';
import { checkoutOf, EXAMPLE, exampleRepo, initGitRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';

// Issue #10 item 3, through the bundle: the accounts, their order and GitHub environments that decide
// a deploy come from the manifest on the default branch, never from the commit being deployed.
let api: GitHubApi;
let store: DeploymentsStore;
beforeAll(async () => {
  api = await startGitHubApi();
  store = addDeploymentRoutes(api);
});
afterAll(async () => {
  await api.close();
});

const EXAMPLE_MANIFEST = readFileSync(join(EXAMPLE, 'infra.yaml'), 'utf8');
const ACCOUNTS = /^accounts:\n(?: {2}- .*\n)+/m;
const withAccounts = (lines: string[]) => EXAMPLE_MANIFEST.replace(ACCOUNTS, `accounts:\n${lines.map((l) => `  - ${l}\n`).join('')}`);

/** production first, bound to sandbox's environment: the attack of issue #10. */
const PRODUCTION_AS_SANDBOX = withAccounts([
  '{ name: production, id: "333333333333", regions: [us-east-1, eu-west-1], environment: sandbox, protected: true }',
  '{ name: sandbox,    id: "111111111111", regions: [us-east-1], environment: sandbox-retired }',
  '{ name: canary,     id: "222222222222", regions: [us-east-1] }',
]);

/** The example repo on main, a branch with `files` committed on top, and the checkout a job of that branch gets. */
function branchCheckout(branch: string, files: Record<string, string>) {
  const origin = exampleRepo();
  const base = origin.git('rev-parse', 'HEAD');
  origin.git('checkout', '-q', '-b', branch);
  const head = origin.commit(files, `${branch}: change`);
  const checkout = checkoutOf(origin.dir, branch);
  return { base, head, checkout };
}

const pushTo = (branch: string, c: ReturnType<typeof branchCheckout>, inputs: Record<string, string>) =>
  runAction({
    workspace: c.checkout.dir,
    event: { name: 'push', payload: { before: c.base, after: c.head } },
    env: { GITHUB_REF: `refs/heads/${branch}`, GITHUB_SHA: c.head },
    inputs: { manifest: 'infra.yaml', 'github-token': '', ...inputs },
  });

describe('workflow-testing cannot rebind production to sandbox (bundle)', () => {
  test("plan refuses a commit listing production first with environment sandbox (exit 2, each difference named); its local main can't help it", async () => {
    const c = branchCheckout('workflow-testing', { 'infra.yaml': PRODUCTION_AS_SANDBOX, 'network/vpc.ts': 'export {};\n' });
    // A local branch named main holding the hostile manifest: the remote-tracking origin/main is what counts.
    c.checkout.git('branch', 'main', 'HEAD');
    const r = await pushTo('workflow-testing', c, { command: 'plan' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `::error::Refusing to plan the deploy of ${c.head.slice(0, 7)}: this commit's infra.yaml binds accounts differently from infra.yaml on the default branch main`,
    );
    expect(r.stdout).toContain('promotion order: production → sandbox → canary here, sandbox → canary → production on main');
    expect(r.stdout).toContain('production.environment: "sandbox" here, "production" on main');
    expect(r.stdout).toContain('sandbox.environment: "sandbox-retired" here, "sandbox" on main');
    expect(r.stdout).toContain('merge it first');
    // No matrix reaches the stage slots.
    expect(r.outputs.matrix).toBeUndefined();
  });

  test('up in the workflow-testing stage refuses the same commit before any deployment record', async () => {
    const c = branchCheckout('workflow-testing', { 'infra.yaml': PRODUCTION_AS_SANDBOX, 'network/vpc.ts': 'export {};\n' });
    const before = store.deployments.length;
    const r = await runAction({
      workspace: c.checkout.dir,
      event: { name: 'push', payload: { before: c.base, after: c.head } },
      env: { GITHUB_REF: 'refs/heads/workflow-testing', GITHUB_SHA: c.head, GITHUB_API_URL: api.url, INFRA_ACTION_CREDENTIALS: 'ambient' },
      inputs: { command: 'up', manifest: 'infra.yaml', accounts: 'production', 'github-token': 't' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`Refusing to up ${c.head.slice(0, 7)}:`);
    expect(r.stdout).toContain('production.environment: "sandbox" here, "production" on main');
    expect(store.deployments.length).toBe(before);
  });

  test('an unchanged binding plans the first account with its own environment, read from origin/main', async () => {
    const c = branchCheckout('workflow-testing', { 'network/vpc.ts': 'export {};\n' });
    const r = await pushTo('workflow-testing', c, { command: 'plan' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Accounts, order and environments: as on main (refs/remotes/origin/main).');
    const matrix = JSON.parse(r.outputs.matrix!) as { include: { account: string; environment: string }[] };
    expect(matrix.include.map((m) => [m.account, m.environment])).toEqual([['sandbox', 'sandbox']]);
  });

  test('a push to main deploys main itself: its manifest is the trusted one (a new account plans)', async () => {
    const origin = exampleRepo();
    const base = origin.git('rev-parse', 'HEAD');
    const head = origin.commit(
      {
        'infra.yaml': EXAMPLE_MANIFEST.replace(ACCOUNTS, (m) => `${m}  - { name: staging, id: "444444444444", regions: [us-east-1] }\n`),
        'network/vpc.ts': 'export {};\n',
      },
      'add staging',
    );
    const r = await runAction({
      workspace: checkoutOf(origin.dir, 'main').dir,
      event: { name: 'push', payload: { before: base, after: head } },
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: head },
      inputs: { command: 'plan', manifest: 'infra.yaml', 'github-token': '' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.matrix!).include.map((m: { account: string }) => m.account)).toEqual([
      'sandbox',
      'canary',
      'production',
      'staging',
    ]);
  });
});

describe('promote-check takes order and environment from the default branch (bundle)', () => {
  const stacksIn = async (account: string) =>
    allStacks(await loadManifest(join(EXAMPLE, 'infra.yaml'), { builtins: builtinPrograms() }))
      .filter((s) => s.account === account)
      .map((s) => s.stack);

  const promote = (dir: string, sha: string) =>
    runAction({
      workspace: dir,
      event: { name: 'workflow_dispatch', payload: { inputs: { ref: sha, to: 'production' } } },
      env: { GITHUB_API_URL: api.url, GITHUB_REF: 'refs/heads/main' },
      inputs: {
        command: 'promote-check',
        manifest: 'infra.yaml',
        'github-token': 't',
        accounts: 'production',
        ref: sha,
        force: 'false',
        reason: '',
      },
    });

  test('a commit that rebinds environments is refused before any record is read, even with canary covering it', async () => {
    const c = branchCheckout('feature', {
      'infra.yaml': withAccounts([
        '{ name: sandbox,    id: "111111111111", regions: [us-east-1] }',
        '{ name: canary,     id: "222222222222", regions: [us-east-1], environment: production }',
        '{ name: production, id: "333333333333", regions: [us-east-1, eu-west-1], environment: canary, protected: true }',
      ]),
    });
    c.checkout.git('checkout', '-q', '--detach', c.head);
    const canary = await stacksIn('canary');
    store.seed({ sha: c.head, environment: 'canary', states: ['success'], payload: { account: 'canary', stacks: canary, covers: canary } });
    const reads = api.log.length;
    const r = await promote(c.checkout.dir, c.head);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `Refusing to promote ${c.head.slice(0, 7)} to production: this commit's infra.yaml binds accounts differently`,
    );
    expect(r.stdout).toContain('production.environment: "canary" here, "production" on main');
    expect(r.stdout).toContain('canary.environment: "production" here, "canary" on main');
    expect(r.outputs.promotion).toBeUndefined();
    expect(api.log.length).toBe(reads);
  });

  test("an unchanged binding passes to the coverage check, and the output carries main's environment", async () => {
    const c = branchCheckout('feature', { 'README.md': 'docs only\n' });
    c.checkout.git('checkout', '-q', '--detach', c.head);
    const canary = await stacksIn('canary');
    store.seed({ sha: c.head, environment: 'canary', states: ['success'], payload: { account: 'canary', stacks: canary, covers: canary } });
    const r = await promote(c.checkout.dir, c.head);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.promotion!)).toMatchObject({ to: 'production', environment: 'production', allowed: true });
  });
});

describe("pull request previews run in the default branch's preview environments (bundle)", () => {
  const GATED = withAccounts([
    '{ name: sandbox,    id: "111111111111", regions: [us-east-1] }',
    '{ name: canary,     id: "222222222222", regions: [us-east-1] }',
    '{ name: production, id: "333333333333", regions: [us-east-1, eu-west-1], environment: production, previewEnvironment: production-preview, protected: true }',
  ]);
  const planPr = (dir: string, base: string, head: string) => {
    writeFileSync(join(dir, 'changes.txt'), 'network/vpc.ts\n');
    return runAction({
      workspace: dir,
      event: { name: 'pull_request', payload: { pull_request: { number: 3, base: { sha: base }, head: { sha: head } } } },
      env: { GITHUB_REF: 'refs/pull/3/merge', GITHUB_SHA: head },
      inputs: { command: 'plan', manifest: 'infra.yaml', 'changed-files': 'changes.txt', 'github-token': '' },
    });
  };
  const previewEnvs = (r: { outputs: Record<string, string> }) =>
    (JSON.parse(r.outputs.matrix!) as { include: { account: string; previewEnvironment: string }[] }).include.map((m) => [
      m.account,
      m.previewEnvironment,
    ]);

  test("the matrix carries main's previewEnvironment; a PR that moves or drops it is overruled and named", async () => {
    const origin = exampleRepo();
    origin.commit({ 'infra.yaml': GATED }, 'gate production previews');
    const base = origin.git('rev-parse', 'HEAD');
    origin.git('checkout', '-q', '-b', 'feature');
    const head = origin.commit(
      {
        'infra.yaml': withAccounts([
          '{ name: sandbox,    id: "111111111111", regions: [us-east-1], previewEnvironment: anything-goes }',
          '{ name: canary,     id: "222222222222", regions: [us-east-1] }',
          '{ name: production, id: "333333333333", regions: [us-east-1, eu-west-1], environment: production, protected: true }',
        ]),
        'network/vpc.ts': 'export {};\n',
      },
      'PR: move the preview gate',
    );
    const r = await planPr(checkoutOf(origin.dir, 'feature').dir, base, head);
    expect(r.code).toBe(0);
    expect(previewEnvs(r)).toEqual([
      ['sandbox', ''],
      ['canary', ''],
      ['production', 'production-preview'],
    ]);
    expect(r.stdout).toContain('sandbox: this pull request sets previewEnvironment to "anything-goes"; previews use "" from main');
    expect(r.stdout).toContain('production: this pull request sets previewEnvironment to ""; previews use "production-preview" from main');
  });

  test('an unchanged manifest previews production in production-preview', async () => {
    const origin = exampleRepo();
    origin.commit({ 'infra.yaml': GATED }, 'gate production previews');
    const base = origin.git('rev-parse', 'HEAD');
    origin.git('checkout', '-q', '-b', 'feature');
    const head = origin.commit({ 'network/vpc.ts': 'export {};\n' }, 'PR');
    const r = await planPr(checkoutOf(origin.dir, 'feature').dir, base, head);
    expect(r.code).toBe(0);
    expect(previewEnvs(r)).toEqual([
      ['sandbox', ''],
      ['canary', ''],
      ['production', 'production-preview'],
    ]);
    expect(r.stdout).not.toMatch(/::warning::.*previewEnvironment/);
  });
});

describe('first adoption and missing facts fail closed (bundle)', () => {
  test('no manifest on the default branch yet: up of a branch commit is refused with how to adopt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'infra-adopt-'));
    writeFileSync(join(dir, 'README.md'), 'an empty repository\n');
    const origin = initGitRepo(dir);
    origin.git('checkout', '-q', '-b', 'adopt');
    origin.commit({ 'infra.yaml': EXAMPLE_MANIFEST, 'network/index.ts': 'export {};\n' }, 'adopt infra-action');
    const checkout = checkoutOf(dir, 'adopt');
    const r = await runAction({
      workspace: checkout.dir,
      event: { name: 'workflow_dispatch', payload: {} },
      env: { GITHUB_REF: 'refs/heads/adopt', INFRA_ACTION_CREDENTIALS: 'ambient' },
      inputs: { command: 'up', manifest: 'infra.yaml', 'github-token': '' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/infra\.yaml does not exist on the default branch main \(refs\/remotes\/origin\/main\) yet/);
    expect(r.stdout).toContain('merge the manifest first');
    // Its pull request still plans; previews run without a preview environment until main has one.
    writeFileSync(join(checkout.dir, 'changes.txt'), 'network/index.ts\n');
    const pr = await runAction({
      workspace: checkout.dir,
      event: {
        name: 'pull_request',
        payload: { pull_request: { number: 1, base: { sha: 'b'.repeat(40) }, head: { sha: 'c'.repeat(40) } } },
      },
      env: { GITHUB_REF: 'refs/pull/1/merge' },
      inputs: { command: 'plan', manifest: 'infra.yaml', 'changed-files': 'changes.txt', 'github-token': '' },
    });
    expect(pr.code).toBe(0);
    expect(pr.stdout).toContain('Previews run without a preview environment: the default branch main has no manifest yet.');
  });

  test('an event payload without repository.default_branch is refused for a deploy', async () => {
    const c = branchCheckout('workflow-testing', { 'network/vpc.ts': 'export {};\n' });
    const r = await runAction({
      workspace: c.checkout.dir,
      event: { name: 'push', payload: { before: c.base, after: c.head, repository: { full_name: 'acme/infra' } } },
      env: { GITHUB_REF: 'refs/heads/workflow-testing', GITHUB_SHA: c.head },
      inputs: { command: 'plan', manifest: 'infra.yaml', 'github-token': '' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('names no repository.default_branch');
  });

  test('a workspace that is not a git checkout cannot deploy a branch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'infra-nogit-'));
    writeFileSync(join(dir, 'infra.yaml'), EXAMPLE_MANIFEST);
    const r = await runAction({
      workspace: dir,
      event: { name: 'workflow_dispatch', payload: {} },
      env: { GITHUB_REF: 'refs/heads/feature', INFRA_ACTION_CREDENTIALS: 'ambient' },
      inputs: { command: 'up', manifest: 'infra.yaml', 'github-token': '', accounts: 'sandbox' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/is not a git checkout .*actions\/checkout/);
  });
});
