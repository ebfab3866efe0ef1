import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { dirname } from 'node:path';
import { makeInfraRepo } from '../engine/fixture.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';
import { initGitRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';

// promote-check by coverage, through the bundle: a commit goes to production only when canary runs
// every stack it would deploy there at that commit, or at one whose diff to it does not touch them.
let api: GitHubApi;
let store: DeploymentsStore;
beforeAll(async () => {
  api = await startGitHubApi();
  store = addDeploymentRoutes(api);
});
afterAll(async () => {
  await api.close();
});

const ACCOUNTS = ['sandbox', 'canary', 'production'];
const stacksIn = (account: string) => [`acme/network/aws-${account}-us-east-1`, `acme/api/aws-${account}-us-east-1`];

function gitRepo() {
  const manifest = makeInfraRepo({
    accounts: ACCOUNTS.map((name) => ({ name, regions: ['us-east-1'] })),
    projects: [{ name: 'network' }, { name: 'api' }],
    files: { 'network/main.ts': 'v1\n', 'api/main.ts': 'v1\n', 'README.md': 'hi\n' },
  });
  const dir = dirname(manifest);
  const { git, commit } = initGitRepo(dir, 'A');
  return { dir, commit, head: () => git('rev-parse', 'HEAD') };
}

const check = (dir: string, sha: string, to = 'production') =>
  runAction({
    workspace: dir,
    event: { name: 'push', payload: {} },
    env: { GITHUB_API_URL: api.url, GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_SHA: sha },
    inputs: { command: 'promote-check', manifest: 'infra.yaml', 'github-token': 't', accounts: to, ref: sha, force: 'false', reason: '' },
  });

describe('promote-check checks coverage (bundle)', () => {
  test("a tag on C is refused while canary runs only C's api (B's network is untested there); allowed once canary covers both", async () => {
    const repo = gitRepo();
    const a = repo.head();
    for (const acc of ACCOUNTS)
      store.seed({
        sha: a,
        environment: acc,
        states: ['in_progress', 'success'],
        payload: { account: acc, stacks: stacksIn(acc), covers: stacksIn(acc) },
      });
    repo.commit({ 'network/main.ts': 'v2\n' }, 'B: network');
    const c = repo.commit({ 'api/main.ts': 'v2\n' }, 'C: api');
    // The old per-push pipeline: B's run superseded, C's deployed only api to canary.
    store.seed({
      sha: c,
      environment: 'canary',
      states: ['in_progress', 'success'],
      payload: { account: 'canary', stacks: ['acme/api/aws-canary-us-east-1'] },
    });
    const refused = await check(repo.dir, c);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      `Refusing to promote ${c.slice(0, 7)} to production: in canary, acme/network/aws-production-us-east-1 (its last success there is ${a.slice(0, 7)}, whose diff to ${c.slice(0, 7)} touches it: path: network/main.ts (matches network/**); canary: at ${a.slice(0, 7)}`,
    );
    expect(refused.stdout).not.toContain('acme/api/aws-production-us-east-1 (');
    expect(JSON.parse(refused.outputs.promotion!)).toMatchObject({ allowed: false });

    store.seed({
      sha: c,
      environment: 'canary',
      states: ['in_progress', 'success'],
      payload: { account: 'canary', stacks: stacksIn('canary'), covers: stacksIn('canary') },
    });
    const allowed = await check(repo.dir, c);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain(
      `canary runs every stack ${c.slice(0, 7)} would deploy to production at ${c.slice(0, 7)} or an equivalent commit`,
    );

    // A release tag on a commit that changed no stack itself: canary is at an equivalent commit.
    const d = repo.commit({ 'README.md': 'release notes\n' }, 'D: docs');
    const tag = await check(repo.dir, d);
    expect(tag.code).toBe(0);
    expect(JSON.parse(tag.outputs.promotion!)).toMatchObject({ sha: d, allowed: true });
  });
});
