import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import Bottleneck from 'bottleneck';
import { resolve } from 'node:path';
import type { RunResult, StackResult } from '../../src/engine/types.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { Manifest } from '../../src/manifest/types.js';
import { builtinPrograms } from '../../src/programs-dir.js';
import { recordUp, type RecordContext } from '../../src/promote/record-deployments.js';
import { selectStacks, type Selection } from '../../src/select/select.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';

const A = 'a'.repeat(40);
let api: GitHubApi;
let store: DeploymentsStore;
let manifest: Manifest;
let warnings: string[];

function fastClient(): GitHubClient {
  const group = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  return createGitHubClient('t', {
    retryAfterBaseValue: 1,
    retries: 1,
    throttle: { write: group(), notifications: group(), global: group() } as never,
  });
}
const ctx = (over: Partial<RecordContext> = {}): RecordContext => ({
  client: fastClient(),
  repo: { owner: 'acme', repo: 'infra' },
  sha: A,
  logUrl: 'https://github.com/acme/infra/actions/runs/9',
  warn: (m) => warnings.push(m),
  ...over,
});
const select = (accounts: string[]): Selection =>
  selectStacks({ manifest, event: 'push', ref: 'refs/heads/main', accounts, selectAll: 'test' });
const result = (sel: Selection, status: (s: string) => StackResult['status'], outputs: Record<string, unknown> = {}): RunResult => {
  const stacks = sel.stacks.map((s) => ({
    stack: s.stack,
    project: s.project,
    account: s.account,
    region: s.region,
    operation: 'up' as const,
    status: status(s.stack),
    counts: {},
    changes: [],
    diagnostics: [],
    durationMs: 1,
    outputs,
    attempts: 1,
  }));
  return { operation: 'up', stacks, ok: stacks.every((s) => s.status === 'succeeded') };
};

beforeAll(async () => {
  manifest = await loadManifest(resolve('examples/unkey/infra.yaml'), { builtins: builtinPrograms() });
});
beforeEach(async () => {
  await api?.close();
  api = await startGitHubApi();
  store = addDeploymentRoutes(api);
  process.env.GITHUB_API_URL = api.url;
  warnings = [];
});
afterAll(async () => {
  await api?.close();
});

describe('up records one deployment per account', () => {
  test('in_progress while running, then success with the URL the stacks export', async () => {
    const sel = select(['production']);
    await recordUp(ctx(), manifest, sel, async () => {
      expect(store.deployments.map((d) => [d.environment, d.statuses.map((s) => s.state)])).toEqual([['production', ['in_progress']]]);
      return result(sel, () => 'succeeded', { url: 'https://api.unkey.dev' });
    });
    const d = store.deployments[0]!;
    expect(d).toMatchObject({
      sha: A,
      environment: 'production',
      production_environment: true,
      payload: { account: 'production', stacks: sel.stacks.map((s) => s.stack) },
    });
    expect([...(d.payload as { stacks: string[] }).stacks].sort()).toEqual([
      'unkey/api/aws-production-eu-west-1',
      'unkey/api/aws-production-us-east-1',
      'unkey/network/aws-production-eu-west-1',
      'unkey/network/aws-production-us-east-1',
    ]);
    expect(d.statuses[0]).toMatchObject({
      state: 'success',
      environment_url: 'https://api.unkey.dev',
      log_url: 'https://github.com/acme/infra/actions/runs/9',
    });
    expect(warnings).toEqual([]);
  });

  test('each account is judged by its own stacks; a throw fails every record and still propagates', async () => {
    const sel = select(['sandbox', 'canary']);
    await recordUp(ctx(), manifest, sel, async () =>
      result(sel, (s) => (s.includes('canary') && s.includes('/api/') ? 'failed' : 'succeeded'), { url: 'https://x.example' }),
    );
    expect(
      store.deployments.map((d) => [d.environment, d.production_environment, d.statuses[0]!.state, d.statuses[0]!.environment_url]),
    ).toEqual([
      ['sandbox', false, 'success', 'https://x.example'],
      ['canary', false, 'failure', ''],
    ]);
    await expect(
      recordUp(ctx(), manifest, sel, async () => {
        throw new Error('engine crashed');
      }),
    ).rejects.toThrow('engine crashed');
    expect(store.deployments.slice(2).map((d) => d.statuses[0]!.state)).toEqual(['failure', 'failure']);
  });

  test('a token that cannot write deployments warns and the run still happens; no client records nothing', async () => {
    api.fault({
      match: /^POST \/repos\/acme\/infra\/deployments$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: 5,
    });
    const sel = select(['sandbox']);
    let ran = 0;
    const r = await recordUp(ctx(), manifest, sel, async () => (ran++, result(sel, () => 'succeeded')));
    expect([ran, r.ok]).toEqual([1, true]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /Could not record a GitHub deployment \(Resource not accessible by integration.*Give the job 'deployments: write'/,
      ),
    ]);
    await recordUp(ctx({ client: undefined }), manifest, sel, async () => result(sel, () => 'succeeded'));
    expect(store.deployments).toEqual([]);
  });

  test('a forced promotion carries its reason into the record', async () => {
    const sel = select(['production']);
    await recordUp(ctx({ forced: { reason: 'INC-42', actor: 'octocat' } }), manifest, sel, async () => result(sel, () => 'succeeded'));
    expect(store.deployments[0]).toMatchObject({
      description: 'forced promotion: INC-42',
      payload: { forced: { reason: 'INC-42', actor: 'octocat' } },
    });
  });
});
