import { afterAll, beforeEach, describe, expect, test } from '@jest/globals';
import Bottleneck from 'bottleneck';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { deploymentSha, environmentUrl, startDeployment } from '../../src/github/deployments.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';

const repo = { owner: 'acme', repo: 'infra' };
const A = 'a'.repeat(40);
let api: GitHubApi;
let store: DeploymentsStore;
let client: GitHubClient;
const base = {
  account: 'canary',
  environment: 'canary',
  sha: A,
  stacks: ['unkey/api/aws-canary-us-east-1'],
  production: false,
  logUrl: 'https://github.com/acme/infra/actions/runs/1',
};

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

describe('deployment records for up', () => {
  test('in_progress then success with the environment URL a stack exports', async () => {
    const h = await startDeployment(client, repo, base);
    expect(store.deployments[0]!.statuses.map((s) => s.state)).toEqual(['in_progress']);
    await h.finish(true, environmentUrl([{ vpcId: 'vpc-1' }, { url: 'https://api.canary.unkey.dev' }]));
    const d = store.deployments[0]!;
    expect(d).toMatchObject({
      sha: A,
      ref: A,
      environment: 'canary',
      production_environment: false,
      payload: { account: 'canary', stacks: base.stacks },
    });
    expect(d.statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);
    expect(d.statuses[0]).toMatchObject({ environment_url: 'https://api.canary.unkey.dev', log_url: base.logUrl });
  });

  test('failure without an environment URL', async () => {
    const h = await startDeployment(client, repo, base);
    await h.finish(false);
    expect(store.deployments.map((d) => d.statuses.map((s) => s.state))).toEqual([['failure', 'in_progress']]);
    expect(store.deployments[0]!.statuses[0]!.environment_url).toBe('');
  });

  test('a forced promotion records its reason in the description and payload; finish is idempotent', async () => {
    const h = await startDeployment(client, repo, {
      ...base,
      environment: 'production',
      account: 'production',
      production: true,
      forced: { reason: 'INC-42 hotfix', actor: 'octocat' },
    });
    await h.finish(true);
    await h.finish(false);
    const d = store.deployments[0]!;
    expect(d.description).toBe('forced promotion: INC-42 hotfix');
    expect(d.payload).toMatchObject({ forced: { reason: 'INC-42 hotfix', actor: 'octocat' } });
    expect(d.production_environment).toBe(true);
    expect(d.statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);
  });

  test('environmentUrl prefers environmentUrl, then url, then endpoint, and only http(s)', () => {
    expect(environmentUrl([{ url: 'https://a.example' }, { environmentUrl: 'https://b.example' }])).toBe('https://b.example');
    expect(environmentUrl([{ url: 'ftp://a' }, { endpoint: 'http://c.example/x' }])).toBe('http://c.example/x');
    expect(environmentUrl([{ url: '[secret]' }, {}])).toBeUndefined();
  });

  test('deploymentSha: a full-SHA ref input (promotions) wins over GITHUB_SHA; otherwise GITHUB_SHA', () => {
    expect(deploymentSha('B'.repeat(40), { GITHUB_SHA: A })).toBe('b'.repeat(40));
    expect(deploymentSha('refs/heads/main', { GITHUB_SHA: A })).toBe(A);
    expect(deploymentSha(undefined, { GITHUB_SHA: A })).toBe(A);
    expect(() => deploymentSha('v1.2.3', {})).toThrow(/GITHUB_SHA \(""\) is not a commit SHA/);
  });
});
