import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { resolve } from 'node:path';
import Bottleneck from 'bottleneck';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { Manifest } from '../../src/manifest/types.js';
import { allStacks } from '../../src/manifest/naming.js';
import { builtinPrograms } from '../../src/programs-dir.js';
import { checkPromotion } from '../../src/promote/check.js';
import { PromotionInputError } from '../../src/promote/guard.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';

const repo = { owner: 'acme', repo: 'infra' };
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
let api: GitHubApi;
let store: DeploymentsStore;
let client: GitHubClient;
let manifest: Manifest;

beforeAll(async () => {
  manifest = await loadManifest(resolve('examples/unkey/infra.yaml'), { builtins: builtinPrograms() });
});
// Octokit's throttling spaces writes ~1 s apart process-wide; tests get their own limiter groups.
function fastClient(): GitHubClient {
  const group = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  return createGitHubClient('t', {
    retryAfterBaseValue: 1,
    throttle: { write: group(), notifications: group(), global: group() } as never,
  });
}

beforeEach(async () => {
  await api?.close();
  api = await startGitHubApi();
  store = addDeploymentRoutes(api);
  process.env.GITHUB_API_URL = api.url;
  client = fastClient();
});
afterAll(async () => {
  await api?.close();
});

// Fake SHAs and no git: every case here is decided without a diff (the previous account is at the
// commit itself, or has no success); diffs between real commits are in promote-coverage.e2e.test.ts.
const check = (to: string, sha: string, force = false, reason = '') =>
  checkPromotion({ client, repo, manifest, workspace: resolve('examples/unkey'), manifestDir: '' }, { to, sha, force, reason });
const stacksIn = (account: string) =>
  allStacks(manifest)
    .filter((s) => s.account === account)
    .map((s) => s.stack);
const covering = (account: string, stacks = stacksIn(account)) => ({ account, stacks, covers: stacks });

describe('promotion guard (coverage) against the GitHub Deployments API', () => {
  test('allows a commit the previous account runs for every stack it would deploy', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['in_progress', 'success'], payload: covering('canary') });
    const d = await check('production', A);
    expect(d.allowed).toBe(true);
    expect(d.message).toMatch(
      /^canary runs every stack aaaaaaa would deploy to production at aaaaaaa or an equivalent commit \(unkey\/.*production-us-east-1/,
    );
  });

  test('refuses when the deploy in the previous account failed, naming the stack and where it stands in each account', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['in_progress', 'failure'], payload: covering('canary') });
    const d = await check('production', A);
    expect(d.allowed).toBe(false);
    const stack = stacksIn('production')[0]!;
    expect(d.message).toContain(
      `Refusing to promote aaaaaaa to production: in canary, ${stack} (never succeeded there; canary: no successful deployment, production: no successful deployment)`,
    );
    expect(d.message).toMatch(/Deploy aaaaaaa to canary first, or run again with force: true and a reason\.$/);
  });

  test('a success that covers only some stacks blocks on the others; the wrong account does not count', async () => {
    const [first, ...rest] = stacksIn('canary');
    store.seed({ sha: A, environment: 'sandbox', states: ['success'], payload: covering('sandbox') });
    store.seed({ sha: A, environment: 'canary', states: ['success'], payload: covering('canary', [first!]) });
    const d = await check('production', A);
    expect(d.allowed).toBe(false);
    const project = (name: string) => name.split('/')[1]!;
    const blocked = rest.map(project);
    for (const p of blocked) expect(d.message).toMatch(new RegExp(`unkey/${p}/aws-production-[a-z0-9-]+ \\(never succeeded there`));
    expect(d.message).not.toMatch(new RegExp(`unkey/${project(first!)}/aws-production-[a-z0-9-]+ \\(`));
  });

  test('a deployment still in progress is not a success', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['in_progress'], payload: covering('canary') });
    const d = await check('production', A);
    expect(d.allowed).toBe(false);
    expect(d.message).toMatch(/never succeeded there/);
  });

  test('a successful re-run after a failure counts', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['failure'], payload: covering('canary') });
    store.seed({ sha: A, environment: 'canary', states: ['success'], payload: covering('canary') });
    expect((await check('production', A)).allowed).toBe(true);
  });

  test('an account already at the commit for every stack has nothing to promote', async () => {
    store.seed({ sha: B, environment: 'production', states: ['success'], payload: covering('production') });
    const d = await check('production', B);
    expect(d).toMatchObject({ allowed: true });
    expect(d.message).toBe('bbbbbbb changes no stack of production since what succeeded there; nothing to promote.');
  });

  test('reads records across pages', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['success'], payload: covering('canary') });
    for (let i = 0; i < 120; i++) store.seed({ sha: A, environment: 'canary', states: ['failure'], payload: covering('canary') });
    expect((await check('production', A)).allowed).toBe(true);
    expect(api.log.filter((l) => l.startsWith('GET /repos/acme/infra/deployments?')).length).toBeGreaterThan(1);
  });

  test('force with a reason lets a refused commit through and carries the reason', async () => {
    const d = await check('production', A, true, '  hotfix for INC-42  ');
    expect(d).toMatchObject({ allowed: true, forced: { reason: 'hotfix for INC-42' } });
    expect(d.message).toMatch(
      /^Forced: aaaaaaa goes to production although in canary, .*never succeeded there.*Reason: hotfix for INC-42$/,
    );
  });

  test('force without a reason is refused before any record is read', async () => {
    await expect(check('production', A, true, ' ')).rejects.toThrow(PromotionInputError);
    await expect(check('production', A, true, '')).rejects.toThrow(/'force' is true but 'reason' is empty/);
    expect(api.log).toEqual([]);
  });

  test('the first account has nothing before it; unknown accounts and non-SHA refs are input errors', async () => {
    expect((await check('sandbox', A)).allowed).toBe(true);
    await expect(check('staging', A)).rejects.toThrow(/"staging" is not an account in .*Expected one of: sandbox, canary, production/);
    await expect(check('production', 'main')).rejects.toThrow(/"main" is not a full commit SHA/);
  });
});
