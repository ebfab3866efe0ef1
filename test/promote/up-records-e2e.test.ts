import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeInfraRepo, useDouble, doubleEnv } from '../engine/fixture.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';
import { initGitRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';

// `up` through the bundle with the Pulumi CLI double: the deployment records promotions read later.
let api: GitHubApi;
let store: DeploymentsStore;
beforeAll(async () => {
  api = await startGitHubApi();
  store = addDeploymentRoutes(api);
});
afterAll(async () => {
  await api.close();
});

function upIn(account: string, inputs: Record<string, string> = {}) {
  const manifest = makeInfraRepo({
    accounts: [
      { name: 'sandbox', regions: ['us-east-1'] },
      { name: 'canary', regions: ['us-east-1'] },
    ],
    projects: [{ name: 'network' }],
  });
  const workspace = dirname(manifest);
  writeFileSync(join(workspace, 'changes.txt'), 'network/main.ts\n');
  // A checkout: a promotion (`ref`) reads the accounts on the default branch from it.
  initGitRepo(workspace);
  return runAction({
    workspace,
    inputs: {
      command: 'up',
      manifest: 'infra.yaml',
      'changed-files': 'changes.txt',
      accounts: account,
      'github-token': 't',
      'pulumi-version': '^3.205.0',
      ...inputs,
    },
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_SHA: 'c'.repeat(40),
      ...doubleEnv(),
    },
  });
}

describe('up records GitHub Deployments (bundle)', () => {
  test('a successful up in sandbox: in_progress then success for the sandbox environment at GITHUB_SHA', async () => {
    useDouble();
    const r = await upIn('sandbox');
    expect(r.code).toBe(0);
    const d = store.deployments.at(-1)!;
    expect(d).toMatchObject({
      sha: 'c'.repeat(40),
      environment: 'sandbox',
      payload: { account: 'sandbox', stacks: ['acme/network/aws-sandbox-us-east-1'] },
    });
    expect(d.statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);
    expect(d.statuses[0]!.log_url).toBe('https://github.com/acme/infra/actions/runs/1234');
  });

  test('a failed up records failure; a promotion passes its guarded commit and forced reason through', async () => {
    useDouble({ scenario: { 'aws-canary-us-east-1': { fail: 'program' } } });
    const failed = await upIn('canary');
    expect(failed.code).toBe(1);
    expect(store.deployments.at(-1)!.statuses.map((s) => s.state)).toEqual(['failure', 'in_progress']);
    useDouble();
    const forced = await upIn('canary', { ref: 'd'.repeat(40), force: 'true', reason: 'INC-7' });
    expect(forced.code).toBe(0);
    expect(store.deployments.at(-1)).toMatchObject({
      sha: 'd'.repeat(40),
      environment: 'canary',
      description: 'forced promotion: INC-7',
      payload: { forced: { reason: 'INC-7', actor: 'octocat' } },
    });
    const noReason = await upIn('canary', { force: 'true' });
    expect(noReason.code).toBe(2); // bad input (src/errors.ts)
    expect(noReason.stdout).toMatch(/'force' is true but 'reason' is empty/);
  });
});
