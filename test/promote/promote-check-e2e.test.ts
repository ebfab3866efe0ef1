import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { resolve } from 'node:path';
import { loadManifest } from '../../src/manifest/load.js';
import { allStacks } from '../../src/manifest/naming.js';
import { builtinPrograms } from '../../src/programs-dir.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';
import { exampleRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { renderedText } from '../support/gfm.js';

// The bundle (`node dist/index.js`) as promote.yml's guard job runs it: command promote-check.
const GOOD = '1'.repeat(40);
const BAD = '2'.repeat(40);
let api: GitHubApi;
let store: DeploymentsStore;
// A checkout of the example repo: promote-check reads the accounts on its default branch (main).
let workspace: string;

beforeAll(async () => {
  api = await startGitHubApi();
  store = addDeploymentRoutes(api);
  workspace = exampleRepo().dir;
  // Records as `up` writes them: `covers` names the stacks a success leaves at its commit.
  const manifest = await loadManifest(resolve('examples/unkey/infra.yaml'), { builtins: builtinPrograms() });
  const stacksIn = (account: string) =>
    allStacks(manifest)
      .filter((s) => s.account === account)
      .map((s) => s.stack);
  const record = (account: string) => ({ account, stacks: stacksIn(account), covers: stacksIn(account) });
  store.seed({ sha: GOOD, environment: 'canary', states: ['in_progress', 'success'], payload: record('canary') });
  store.seed({ sha: BAD, environment: 'sandbox', states: ['in_progress', 'failure'], payload: record('sandbox') });
});
afterAll(async () => {
  await api.close();
});

const check = (inputs: Record<string, string>) =>
  runAction({
    workspace,
    event: { name: 'workflow_dispatch', payload: {} },
    env: { GITHUB_API_URL: api.url },
    inputs: {
      command: 'promote-check',
      manifest: 'infra.yaml',
      'github-token': 't',
      accounts: 'production',
      force: 'false',
      reason: '',
      ...inputs,
    },
  });

describe('promote-check through the bundle', () => {
  test('allows a commit that succeeded in canary and reports where production lives', async () => {
    const r = await check({ ref: GOOD });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.promotion!)).toMatchObject({ to: 'production', environment: 'production', sha: GOOD, allowed: true });
    expect(r.summary).toMatch(/Promotion allowed: 1111111 → production/);
  });

  test('refuses a commit that failed in sandbox: the step fails naming the stack and where it stands', async () => {
    // Fake SHAs cannot be diffed: with canary's record gone, neither account has a baseline to diff from.
    store.deployments.splice(0, store.deployments.length, ...store.deployments.filter((d) => d.environment !== 'canary'));
    const r = await check({ ref: BAD, accounts: 'canary' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::Refusing to promote 2222222 to canary: in sandbox, unkey\/[a-z-]+\/aws-canary-[a-z0-9-]+ \(never succeeded there; sandbox: no successful deployment, canary: no successful deployment\)/,
    );
    expect(r.summary).toMatch(/Promotion refused/);
    expect(JSON.parse(r.outputs.promotion!)).toMatchObject({ allowed: false });
  });

  test('force with a reason passes, warns, and records who and why in the summary', async () => {
    const r = await check({ ref: BAD, accounts: 'canary', force: 'true', reason: 'INC-42: <b>hotfix</b>' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning title=Forced promotion to canary::Forced: 2222222 goes to canary/);
    expect(r.summary).toMatch(/Forced promotion: 2222222 → canary/);
    expect(renderedText(r.summary)).toContain('INC-42: <b>hotfix</b>'); // shown, not obeyed
    expect(r.summary).toContain('Requested by @octocat');
    expect(JSON.parse(r.outputs.promotion!)).toMatchObject({ allowed: true, forced: { reason: 'INC-42: <b>hotfix</b>' } });
  });

  test('force without a reason, a branch name, or two targets are refused before any API call', async () => {
    const before = api.log.length;
    const noReason = await check({ ref: GOOD, force: 'true' });
    // Bad input: exit 2, as everywhere (src/errors.ts).
    expect(noReason.code).toBe(2);
    expect(noReason.stdout).toMatch(/Input 'force' is true but 'reason' is empty/);
    const branch = await check({ ref: 'main' });
    expect([branch.code, branch.stdout]).toEqual([2, expect.stringMatching(/"main" is not a full commit SHA/)]);
    const two = await check({ ref: GOOD, accounts: 'canary,production' });
    expect([two.code, two.stdout]).toEqual([2, expect.stringMatching(/needs exactly one target account/)]);
    expect(api.log.length).toBe(before);
  });
});
