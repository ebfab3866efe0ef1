import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { resolve } from 'node:path';
import Bottleneck from 'bottleneck';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { Manifest } from '../../src/manifest/types.js';
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
  return createGitHubClient('t', { retryAfterBaseValue: 1, throttle: { write: group(), notifications: group(), global: group() } as never });
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

const check = (to: string, sha: string, force = false, reason = '') => checkPromotion(client, repo, manifest, { to, sha, force, reason });

describe('promotion guard against the GitHub Deployments API', () => {
  test('allows the commit that succeeded in the previous account', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['in_progress', 'success'] });
    const d = await check('production', A);
    expect(d.allowed).toBe(true);
    expect(d.message).toMatch(/aaaaaaa succeeded in canary \(deployment #1/);
  });

  test('refuses the commit whose deployment in the previous account failed', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['in_progress', 'failure'] });
    const d = await check('production', A);
    expect(d.allowed).toBe(false);
    expect(d.message).toMatch(/Refusing to promote aaaaaaa to production: its latest deployment to canary \(#1, .*\) ended in failure/);
  });

  test('refuses a commit never deployed to the previous account', async () => {
    store.seed({ sha: A, environment: 'sandbox', states: ['success'] }); // the wrong account does not count
    const d = await check('production', A);
    expect(d.allowed).toBe(false);
    expect(d.message).toMatch(/never deployed to canary \(environment "canary"\)\. Deploy this exact commit to canary first/);
  });

  test('refuses when only a later commit succeeded there, and says what ran', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['failure'] });
    store.seed({ sha: B, environment: 'canary', states: ['success'] });
    expect((await check('production', B)).allowed).toBe(true);
    const d = await check('production', 'c'.repeat(40));
    expect(d.allowed).toBe(false);
    expect(d.message).toMatch(/never deployed to canary .*canary last ran bbbbbbb, deployment #2, success/);
  });

  test('the newest record of the commit decides: a successful re-run counts, a failed re-deploy does not', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['failure'] });
    store.seed({ sha: A, environment: 'canary', states: ['success'] });
    expect((await check('production', A)).allowed).toBe(true);
    store.seed({ sha: A, environment: 'canary', states: ['in_progress', 'failure'] });
    expect((await check('production', A)).allowed).toBe(false);
  });

  test('a deployment still in progress is not a success', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['in_progress'] });
    const d = await check('production', A);
    expect(d.allowed).toBe(false);
    expect(d.message).toMatch(/has not finished \(in_progress\)/);
  });

  test('reads records across pages', async () => {
    store.seed({ sha: A, environment: 'canary', states: ['success'] });
    for (let i = 0; i < 120; i++) store.seed({ sha: A, environment: 'canary', states: ['failure'] });
    store.seed({ sha: A, environment: 'canary', states: ['success'] });
    expect((await check('production', A)).allowed).toBe(true);
    expect(api.log.filter((l) => l.startsWith('GET /repos/acme/infra/deployments?')).length).toBeGreaterThan(1);
  });

  test('force with a reason lets a refused commit through and carries the reason', async () => {
    const d = await check('production', A, true, '  hotfix for INC-42  ');
    expect(d).toMatchObject({ allowed: true, forced: { reason: 'hotfix for INC-42' } });
    expect(d.message).toMatch(/^Forced: aaaaaaa goes to production although it was never deployed to canary.*Reason: hotfix for INC-42$/);
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
