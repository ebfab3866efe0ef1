import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { dirname } from 'node:path';
import { makeInfraRepo, stackOf, useDouble, doubleEnv } from '../engine/fixture.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';
import { initGitRepo } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';

// The merge race of issue #11, replayed through the bundle against the loopback GitHub API: push B
// changes network, push C changes api, B's pending deploy is superseded by C's (GitHub keeps one
// pending run per concurrency group). Per-account baselines make C's run carry B's change.
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

function gitRepo() {
  const manifest = makeInfraRepo({
    accounts: ACCOUNTS.map((name) => ({ name, regions: ['us-east-1'] })),
    projects: [{ name: 'network' }, { name: 'api' }],
    files: { 'network/main.ts': 'v1\n', 'api/main.ts': 'v1\n' },
  });
  const dir = dirname(manifest);
  const { git, commit } = initGitRepo(dir, 'A');
  return { dir, git, commit, head: () => git('rev-parse', 'HEAD') };
}

function pushRun(dir: string, command: string, push: { before: string; after: string }, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: dir,
    event: { name: 'push', payload: push },
    inputs: { command, manifest: 'infra.yaml', 'github-token': 't', 'pulumi-version': '^3.205.0', ...inputs },
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_SHA: push.after,
      ...doubleEnv(),
    },
  });
}

const upStacks = (double: ReturnType<typeof useDouble>, from = 0) =>
  double
    .operations()
    .slice(from)
    .filter((c) => c.argv[0] === 'up' && !c.exit)
    .map((c) => stackOf(c)!.replace('organization/', ''));

describe('per-account baselines (bundle, loopback GitHub Deployments)', () => {
  test('the merge race: C carries superseded B to every account in order; an older re-run is refused; force rolls back', async () => {
    const double = useDouble();
    const repo = gitRepo();
    const a = repo.head();
    store.deployments.length = 0;
    // First deploy of A: no record in any account, so every stack of each account deploys.
    for (const account of ACCOUNTS) {
      const r = await pushRun(repo.dir, 'up', { before: '0'.repeat(40), after: a }, { accounts: account });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        `baseline ${account}: acme/network/aws-${account}-us-east-1, acme/api/aws-${account}-us-east-1 → no successful deployment recorded`,
      );
    }
    expect(upStacks(double)).toHaveLength(6);
    const b = repo.commit({ 'network/main.ts': 'v2\n' }, 'B: network');
    const c = repo.commit({ 'api/main.ts': 'v2\n' }, 'C: api');

    // B's stages never run (superseded). C's plan job builds the stages from the baselines.
    const plan = await pushRun(repo.dir, 'plan', { before: b, after: c });
    expect(plan.code).toBe(0);
    const matrix = JSON.parse(plan.outputs.matrix!) as { include: { account: string; stacks: string }[] };
    expect(matrix.include.map((m) => [m.account, m.stacks])).toEqual(
      ACCOUNTS.map((acc) => [acc, `acme/network/aws-${acc}-us-east-1,acme/api/aws-${acc}-us-east-1`]),
    );
    expect(plan.summary).toContain('Baselines');
    expect(plan.summary).toContain(
      `baseline sandbox&#58; acme/network/aws-sandbox-us-east-1, acme/api/aws-sandbox-us-east-1 → ${a.slice(0, 7)} &#40;deployment &#35;1&#41;`,
    );
    const stacks = JSON.parse(plan.outputs.stacks!) as { stack: string; reasons: string[] }[];
    expect(stacks.find((s) => s.stack === 'acme/network/aws-sandbox-us-east-1')!.reasons).toEqual([
      `since ${a.slice(0, 7)} (last success in sandbox): path: network/main.ts (matches network/**)`,
    ]);

    // Account by account, in order (the stages); within an account the two stacks run in parallel.
    for (const account of ACCOUNTS) {
      const before = double.operations().length;
      const r = await pushRun(repo.dir, 'up', { before: b, after: c }, { accounts: account });
      expect(r.code).toBe(0);
      expect(r.summary).toContain('Baselines');
      expect(upStacks(double, before).sort()).toEqual([`api/aws-${account}-us-east-1`, `network/aws-${account}-us-east-1`]);
    }
    const last = store.deployments.at(-1)!;
    expect(last).toMatchObject({
      sha: c,
      environment: 'production',
      payload: { covers: ['acme/network/aws-production-us-east-1', 'acme/api/aws-production-us-east-1'] },
    });

    // Re-running B's old stage now would put older code over C: refused before any record or Pulumi call.
    const records = store.deployments.length;
    const ops = double.operations().length;
    const rerun = await pushRun(repo.dir, 'up', { before: a, after: b }, { accounts: 'sandbox' });
    expect(rerun.code).toBe(1);
    expect(rerun.stdout).toMatch(
      new RegExp(`Refusing to deploy to sandbox: a newer commit, ${c.slice(0, 7)} \\(deployment #\\d+\\), already succeeded in sandbox`),
    );
    expect(store.deployments.length).toBe(records);
    expect(double.operations().length).toBe(ops);

    // A rollback is explicit: force with a reason deploys what differs between C and B (api only).
    const rollback = await pushRun(
      repo.dir,
      'up',
      { before: a, after: b },
      { accounts: 'sandbox', force: 'true', reason: 'INC-9: api v2 breaks logins' },
    );
    expect(rollback.code).toBe(0);
    expect(rollback.stdout).toMatch(/::warning title=Forced deploy to sandbox::Forced \(INC-9: api v2 breaks logins\): a newer commit/);
    expect(upStacks(double, ops)).toEqual(['api/aws-sandbox-us-east-1']);
  }, 300_000);

  test('a commit that does not descend from the last success is refused', async () => {
    useDouble();
    const repo = gitRepo();
    const a = repo.head();
    store.deployments.length = 0;
    const b = repo.commit({ 'network/main.ts': 'v2\n' }, 'B');
    const up = await pushRun(repo.dir, 'up', { before: a, after: b }, { accounts: 'sandbox' });
    expect(up.code).toBe(0);
    repo.git('checkout', '-q', '-b', 'side', a);
    const side = repo.commit({ 'api/main.ts': 'side\n' }, 'side');
    const r = await pushRun(repo.dir, 'up', { before: a, after: side }, { accounts: 'sandbox' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${side.slice(0, 7)} does not descend from ${b.slice(0, 7)}, the last commit that succeeded in sandbox`);
  });

  test('when Deployments cannot be read (no token, or a 403), up deploys every stack of its account, not only the push', async () => {
    const double = useDouble();
    const repo = gitRepo();
    const a = repo.head();
    const b = repo.commit({ 'network/main.ts': 'v2\n' }, 'B: network');
    store.deployments.length = 0;
    // B's push changed network only; api may carry a change a superseded run never deployed.
    api.fault({
      match: /^GET \/repos\/[^/]+\/[^/]+\/deployments$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: 1,
    });
    const denied = await pushRun(repo.dir, 'up', { before: a, after: b }, { accounts: 'sandbox' });
    expect(denied.code).toBe(0);
    expect(denied.stdout).toContain(
      "Cannot read GitHub Deployments (403: give the job 'deployments: read'), so this up deploys every stack of the accounts it may touch (no change is lost) and does not check deploy order.",
    );
    expect(upStacks(double).sort()).toEqual(['api/aws-sandbox-us-east-1', 'network/aws-sandbox-us-east-1']);

    const before = double.operations().length;
    const tokenless = await pushRun(repo.dir, 'up', { before: a, after: b }, { accounts: 'canary', 'github-token': '' });
    expect(tokenless.code).toBe(0);
    expect(tokenless.stdout).toContain(
      'No github-token: cannot read which commits succeeded in each account (GitHub Deployments), so this up deploys every stack',
    );
    expect(upStacks(double, before).sort()).toEqual(['api/aws-canary-us-east-1', 'network/aws-canary-us-east-1']);
  });

  test('a shard job records only what it deployed: the next run still deploys the shard that failed', async () => {
    const double = useDouble({ scenario: { 'organization/network/aws-sandbox-us-east-1': { fail: 'program' } } });
    const repo = gitRepo();
    const a = repo.head();
    store.deployments.length = 0;
    // Two independent projects: two shards of one stack each; network's job fails, api's succeeds.
    const jobs = ['acme/network/aws-sandbox-us-east-1', 'acme/api/aws-sandbox-us-east-1'];
    const runs = [];
    for (const [i, stack] of jobs.entries())
      runs.push(
        await pushRun(
          repo.dir,
          'up',
          { before: '0'.repeat(40), after: a },
          { accounts: 'sandbox', stacks: stack, shard: `sandbox.${i + 1}` },
        ),
      );
    expect(runs.map((r) => r.code)).toEqual([1, 0]);
    const ok = store.deployments.filter((d) => d.statuses[0]?.state === 'success');
    expect(ok.map((d) => d.payload)).toEqual([expect.objectContaining({ covers: ['acme/api/aws-sandbox-us-east-1'] })]);
    expect(upStacks(double)).toEqual(['api/aws-sandbox-us-east-1']);

    // The next push changes no stack, yet network never succeeded at any commit: it deploys now, api does not.
    const b = repo.commit({ 'README.md': 'docs\n' }, 'docs');
    const fixed = useDouble();
    const next = await pushRun(repo.dir, 'up', { before: a, after: b }, { accounts: 'sandbox' });
    expect(next.code).toBe(0);
    expect(upStacks(fixed)).toEqual(['network/aws-sandbox-us-east-1']);
  });
});
