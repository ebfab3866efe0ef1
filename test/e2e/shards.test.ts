import { describe, expect, test } from '@jest/globals';
import { dirname } from 'node:path';
import { makeInfraRepo } from '../engine/fixture.js';
import { initGitRepo } from '../support/git-repo.js';
import { runAction, runCliBundle } from '../support/run-action.js';

/**
 * Sharding through the bundle: `plan` splits each account's stacks into parallel jobs of at most
 * `max-stacks-per-job`, never splitting stacks that wait for each other.
 */

const ACCOUNTS = ['sandbox', 'canary', 'production'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];

/** 84 projects in chains of 6 (p0 ← p1 ← … ← p5, p6 ← …) × 3 accounts × 4 regions = 1,008 stacks. */
function bigRepo(): { manifest: string; dependsOn: Map<string, string | undefined> } {
  const projects = Array.from({ length: 84 }, (_, i) => ({ name: `p${i}`, dependsOn: i % 6 === 0 ? [] : [`p${i - 1}`] }));
  const manifest = makeInfraRepo({ accounts: ACCOUNTS.map((name) => ({ name, regions: REGIONS })), projects });
  return { manifest, dependsOn: new Map(projects.map((p) => [p.name, p.dependsOn[0]])) };
}

interface Shard {
  account: string;
  index: number;
  count: number;
  key: string;
  stacks: string[];
}

describe('plan emits shards', () => {
  test('CLI: a 1,008-stack plan in jobs of at most 40, components whole, accounts in order', async () => {
    const { manifest, dependsOn } = bigRepo();
    const r = await runCliBundle(['plan', '--manifest', manifest, '--event', 'workflow_dispatch', '--max-stacks-per-job', '40', '--json'], {
      cwd: dirname(manifest),
    });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { stacks: { stack: string }[]; shards: Shard[]; warnings: string[] };
    expect(Object.keys(plan)).toEqual(['stacks', 'waves', 'shards', 'errors', 'warnings']);
    expect(plan.stacks).toHaveLength(1008);
    const { shards } = plan;
    // Every stack in exactly one job; no job over the limit.
    expect(shards.flatMap((s) => s.stacks).sort()).toEqual(plan.stacks.map((s) => s.stack).sort());
    for (const s of shards) expect(s.stacks.length).toBeLessThanOrEqual(40);
    // A stack and the stack it depends on (same account and region) share a job.
    const jobOf = new Map(shards.flatMap((s) => s.stacks.map((n) => [n, s.key])));
    for (const name of jobOf.keys()) {
      const [, project, short] = name.split('/') as [string, string, string];
      const dep = dependsOn.get(project);
      if (dep) expect([name, jobOf.get(`acme/${dep}/${short}`)]).toEqual([name, jobOf.get(name)]);
    }
    // Accounts in promotion order, each job within one account, keys account.index.
    expect([...new Set(shards.map((s) => s.account))]).toEqual(ACCOUNTS);
    const sandbox = shards.filter((s) => s.account === 'sandbox');
    expect(sandbox.map((s) => s.key)).toEqual(sandbox.map((_, i) => `sandbox.${i + 1}`));
    expect(sandbox.every((s) => s.count === sandbox.length && s.stacks.every((n) => n.includes('/aws-sandbox-')))).toBe(true);
    // Balanced: 336 stacks in 56 chains of 6 fill 9 jobs of 36 and one of 12 at most; none runs nearly empty.
    expect(Math.min(...sandbox.map((s) => s.stacks.length))).toBeGreaterThanOrEqual(12);
    expect(plan.warnings).toEqual([]);
    // The same plan again: deterministic.
    const again = await runCliBundle(
      ['plan', '--manifest', manifest, '--event', 'workflow_dispatch', '--max-stacks-per-job', '40', '--json'],
      {
        cwd: dirname(manifest),
      },
    );
    expect(JSON.parse(again.stdout).shards).toEqual(shards);
  });

  test('CLI: without --max-stacks-per-job each account is one job; the text view names the split when there is one', async () => {
    const { manifest } = bigRepo();
    const whole = await runCliBundle(['plan', '--manifest', manifest, '--event', 'workflow_dispatch', '--account', 'canary', '--json'], {
      cwd: dirname(manifest),
    });
    expect(JSON.parse(whole.stdout).shards.map((s: Shard) => [s.key, s.index, s.count, s.stacks.length])).toEqual([['canary', 1, 1, 336]]);
    const text = await runCliBundle(
      ['plan', '--manifest', manifest, '--event', 'workflow_dispatch', '--account', 'canary', '--max-stacks-per-job', '100'],
      {
        cwd: dirname(manifest),
      },
    );
    expect(text.stdout).toMatch(/^Jobs per account \(max-stacks-per-job\): canary 4 \(\d+, \d+, \d+, \d+ stacks\)$/m);
  });

  test('a chain longer than the limit runs as one job, with a warning', async () => {
    const { manifest } = bigRepo();
    const r = await runCliBundle(
      ['plan', '--manifest', manifest, '--event', 'workflow_dispatch', '--account', 'sandbox', '--max-stacks-per-job', '4', '--json'],
      { cwd: dirname(manifest) },
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { shards: Shard[]; warnings: string[] };
    expect(plan.shards.every((s) => s.stacks.length === 6)).toBe(true);
    expect(plan.warnings[0]).toMatch(
      /^sandbox: 6 stacks depend on each other \(acme\/p0\/aws-sandbox-us-east-1, acme\/p1\/aws-sandbox-us-east-1, acme\/p2\/aws-sandbox-us-east-1, … \(3 more\)\), more than max-stacks-per-job 4; they run as one job/,
    );
    expect(r.stderr).toContain('warning: sandbox: 6 stacks depend on each other');
  });

  test('--max-stacks-per-job takes whole numbers only (exit 2 naming the option)', async () => {
    const { manifest } = bigRepo();
    for (const bad of ['--max-stacks-per-job=-3', '--max-stacks-per-job=2.5', '--max-stacks-per-job=many']) {
      const r = await runCliBundle(['plan', '--manifest', manifest, bad], { cwd: dirname(manifest) });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `Invalid --max-stacks-per-job: "${bad.split('=')[1]}". Expected a whole number of stacks per job, or 0 for one job per account.`,
      );
    }
  });

  test('action: the shards output is a strategy.matrix of jobs; matrix entries list their account’s jobs', async () => {
    const { manifest } = bigRepo();
    // A checkout: a dispatch plans deploys, whose accounts come from the default branch.
    initGitRepo(dirname(manifest));
    const r = await runAction({
      inputs: { command: 'plan', manifest: 'infra.yaml', 'max-stacks-per-job': '100' },
      event: { name: 'workflow_dispatch', payload: {} },
      workspace: dirname(manifest),
    });
    expect(r.code).toBe(0);
    const shards = JSON.parse(r.outputs.shards!) as { include: (Record<string, string | number> & { stacks: string })[] };
    expect(shards.include.map((e) => e.key)).toEqual(ACCOUNTS.flatMap((a) => [1, 2, 3, 4].map((i) => `${a}.${i}`)));
    expect(shards.include[0]).toMatchObject({ account: 'sandbox', accountId: '111111111111', environment: 'sandbox', index: 1, count: 4 });
    expect(shards.include.reduce((n, e) => n + e.stacks.split(',').length, 0)).toBe(1008);
    for (const e of shards.include) {
      const stacks = e.stacks.split(',');
      expect(String(e.projects).split(',').sort()).toEqual([...new Set(stacks.map((s) => s.split('/')[1]!))].sort());
    }
    const matrix = JSON.parse(r.outputs.matrix!) as {
      include: { account: string; stacks: string; shards: { key: string; stacks: string }[] }[];
    };
    expect(matrix.include.map((e) => [e.account, e.shards.map((s) => s.key)])).toEqual(
      ACCOUNTS.map((a) => [a, [1, 2, 3, 4].map((i) => `${a}.${i}`)]),
    );
    expect(
      matrix.include[1]!.shards.map((s) => s.stacks)
        .join(',')
        .split(',')
        .sort(),
    ).toEqual(matrix.include[1]!.stacks.split(',').sort());
    expect(JSON.parse(r.outputs.plan!).shards).toHaveLength(12);

    // An account run as one job gets no list: the job runs every stack it selects there, and no
    // list can outgrow the runner's limit on one input.
    const whole = await runAction({
      inputs: { command: 'plan', manifest: 'infra.yaml' },
      event: { name: 'workflow_dispatch', payload: {} },
      workspace: dirname(manifest),
    });
    expect(JSON.parse(whole.outputs.shards!).include.map((e: { key: string; stacks: string }) => [e.key, e.stacks])).toEqual(
      ACCOUNTS.map((a) => [a, '']),
    );
    expect(r.summary.includes('Jobs per account &#40;max-stacks-per-job&#41;&#58; sandbox 4 &#40;84, 84, 84, 84 stacks')).toBe(true);
  });

  test('action: a matrix output past the 1 MB GitHub keeps in a job output is named in a warning', async () => {
    // 1,300 projects × 2 accounts × 12 regions = 31,200 stacks: the matrix names each once.
    const regions = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1'];
    regions.push('ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1');
    const manifest = makeInfraRepo({
      accounts: ['sandbox', 'canary'].map((name) => ({ name, regions })),
      projects: Array.from({ length: 1300 }, (_, i) => ({ name: `project-${i}` })),
    });
    const r = await runAction({
      inputs: { command: 'plan', manifest: 'infra.yaml' },
      event: { name: 'schedule', payload: {} },
      workspace: dirname(manifest),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::The matrix output is 1\.\d MiB, and GitHub keeps at most 1 MB in one job output/);
    // The shards output lists no names for accounts run as one job, so it stays small.
    expect(r.stdout).not.toContain('The shards output is');
  });
});
