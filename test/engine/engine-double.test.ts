import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemas } from '../../shared/schemas.js';
import { ambientCredentials } from '../../src/engine/credentials.js';
import { noCache } from '../../src/engine/dependencies.js';
import { EngineInputError } from '../../src/engine/guards.js';
import { PreflightError } from '../../src/engine/preflight.js';
import { runEngine, type EngineDeps } from '../../src/engine/run-engine.js';
import type { Operation } from '../../src/engine/types.js';
import { makeInfraRepo, planAll, stackOf, useDouble } from './fixture.js';

function testDeps(extra: Partial<EngineDeps> = {}) {
  const sleeps: number[] = [];
  const logs: string[] = [];
  const deps: EngineDeps = {
    credentials: ambientCredentials({}),
    cache: noCache,
    schemas,
    log: { info: (m) => logs.push(m), warning: (m) => logs.push(`warning: ${m}`), block: () => undefined },
    sleep: async (ms) => void sleeps.push(ms),
    install: async () => {
      throw new Error('tests never install packages');
    },
    ...extra,
  };
  return { deps, sleeps, logs };
}

async function run(
  manifestPath: string,
  operation: Operation,
  extra: { parallel?: number; signal?: AbortSignal; confirm?: string; event?: 'push' | 'pull_request' } = {},
  deps = testDeps().deps,
) {
  const { manifest, selection } = await planAll(manifestPath, extra.event);
  return runEngine({ operation, manifest, selection, parallel: extra.parallel, signal: extra.signal, confirm: extra.confirm }, deps);
}

const twoProjects = (regions = ['us-east-1']) => ({
  accounts: [{ name: 'sandbox', regions }],
  projects: [{ name: 'network' }, { name: 'api', dependsOn: ['network'] }],
});

describe('engine over the Pulumi CLI contract double', () => {
  it('previews in dependency order with results built from engine events', async () => {
    const double = useDouble();
    const manifest = makeInfraRepo({
      ...twoProjects(),
      backend: false,
      files: {
        'programs/network/Pulumi.sandbox-global.yaml': 'config:\n  network:tier: global\n  network:owner: platform\n',
        'programs/network/Pulumi.aws-sandbox-us-east-1.yaml': 'encryptionsalt: v1:abc\nconfig:\n  network:tier: stack\n',
      },
    });
    const result = await run(manifest, 'preview');
    expect(result.ok).toBe(true);
    expect(result.stacks.map((s) => [s.stack, s.status])).toEqual([
      ['acme/network/aws-sandbox-us-east-1', 'succeeded'],
      ['acme/api/aws-sandbox-us-east-1', 'succeeded'],
    ]);
    const net = result.stacks[0];
    expect(net.counts).toEqual({ same: 1, create: 1, update: 1, replace: 1 });
    expect(net.changes).toEqual([
      expect.objectContaining({ type: 'aws:ec2/vpc:Vpc', name: 'vpc', op: 'create', diffKeys: [], replaceKeys: [] }),
      expect.objectContaining({ type: 'aws:s3/bucket:Bucket', name: 'logs', op: 'update', diffKeys: ['tags'] }),
      expect.objectContaining({
        type: 'aws:ec2/subnet:Subnet',
        name: 'private',
        op: 'replace',
        diffKeys: ['cidrBlock', 'tags'],
        replaceKeys: ['cidrBlock'],
      }),
    ]);
    expect(net.diagnostics).toContainEqual({ severity: 'info', message: 'preview of aws-sandbox-us-east-1 done' });
    const ops = double.operations();
    // DIY backend: the org is spelled `organization`; the name people see keeps `acme`.
    expect(ops.map(stackOf)).toEqual(['organization/network/aws-sandbox-us-east-1', 'organization/api/aws-sandbox-us-east-1']);
    // The dependency finished before its dependent started (by event order, not timestamps).
    expect(double.timeline().map((e) => `${e.ev} ${e.stack.split('/')[1]}`)).toEqual([
      'start network',
      'end network',
      'start api',
      'end api',
    ]);
    expect(ops[0].argv).toEqual(expect.arrayContaining(['--exec-kind', 'auto.local', '--event-log', '--non-interactive']));
    // Never deployed: `stack select` asked the real backend (and found nothing), the preview ran
    // against an empty throwaway backend, and nothing was created in the real one.
    const selects = double.calls().filter((c) => c.argv[0] === 'stack' && c.argv[1] === 'select');
    expect(selects.map((c) => c.backend)).toEqual([
      expect.stringMatching(/^file:\/\/.*\.infra-state$/),
      expect.stringMatching(/\.infra-state$/),
    ]);
    expect(ops[0].backend).toMatch(/^file:\/\/.*\/first-preview\/acme_network_aws-sandbox-us-east-1$/);
    expect(result.stacks.map((s) => s.newStack)).toEqual([true, true]);
    // One work dir per stack, config layered global-under-stack, default providers off.
    expect(ops[0].cwd).not.toBe(ops[1].cwd);
    expect(ops[0].config).toContain('network:tier: stack');
    expect(ops[0].config).toContain('network:owner: platform');
    expect(ops[0].config).toContain('encryptionsalt: v1:abc');
    expect(ops[0].config).toMatch(/pulumi:disable-default-providers:\s*\n\s*- "\*"/);
  });

  it('gives each account its own state prefix: {account} in the backend becomes the account name', async () => {
    const double = useDouble();
    const state = mkdtempSync(join(tmpdir(), 'state-'));
    const manifest = makeInfraRepo({
      backend: `file://${state}/{account}`,
      accounts: [
        { name: 'sandbox', regions: ['us-east-1'] },
        { name: 'canary', regions: ['us-east-1'] },
      ],
      projects: [{ name: 'network' }],
    });
    const result = await run(manifest, 'up');
    expect(result.ok).toBe(true);
    expect(
      double
        .operations()
        .map((o) => [stackOf(o), o.backend])
        .sort(),
    ).toEqual([
      ['organization/network/aws-canary-us-east-1', `file://${state}/canary`],
      ['organization/network/aws-sandbox-us-east-1', `file://${state}/sandbox`],
    ]);
  });

  it('masks secret outputs after up', async () => {
    useDouble();
    const result = await run(makeInfraRepo({ projects: [{ name: 'network' }] }), 'up');
    expect(result.stacks[0].outputs).toEqual({ vpcId: 'vpc-0abc', dbPassword: '[secret]' });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('skips the dependents of a failed stack, lets unrelated stacks finish, and never retries a program error', async () => {
    const double = useDouble({ scenario: { 'aws-sandbox-us-east-1': { fail: 'program' } } });
    const { deps, sleeps } = testDeps();
    const manifest = makeInfraRepo(twoProjects(['us-east-1', 'eu-west-1']));
    const result = await run(manifest, 'up', {}, deps);
    const status = Object.fromEntries(result.stacks.map((s) => [s.stack, s.status]));
    expect(status).toEqual({
      'acme/network/aws-sandbox-us-east-1': 'failed',
      'acme/network/aws-sandbox-eu-west-1': 'succeeded',
      'acme/api/aws-sandbox-us-east-1': 'skipped',
      'acme/api/aws-sandbox-eu-west-1': 'succeeded',
    });
    expect(result.ok).toBe(false);
    const failed = result.stacks.find((s) => s.status === 'failed')!;
    expect(failed.attempts).toBe(1);
    expect(failed.error).toMatch(/missing required configuration variable/);
    expect(result.stacks.find((s) => s.status === 'skipped')!.error).toMatch(/dependency acme\/network\/aws-sandbox-us-east-1 failed/);
    expect(sleeps).toEqual([]);
    expect(double.operations().map(stackOf)).not.toContain('organization/api/aws-sandbox-us-east-1');
  });

  it.each([['transient'], ['lock'], ['throttle']])('retries a %s failure with backoff and succeeds', async (fail) => {
    useDouble({ scenario: { '*': { fail, times: 1 } } });
    const { deps, sleeps, logs } = testDeps();
    const result = await run(makeInfraRepo({ projects: [{ name: 'network' }] }), 'up', {}, deps);
    expect(result.stacks[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(sleeps).toEqual([2000]);
    expect(logs.join('\n')).toMatch(
      /attempt 1 of 3 failed \((TLS handshake timeout|stack lock held by another update|AWS throttling)\); retrying in 2s/,
    );
  });

  it('gives up on a lock that stays held after the bounded attempts', async () => {
    const double = useDouble({ scenario: { '*': { fail: 'lock' } } });
    const { deps, sleeps } = testDeps();
    const result = await run(makeInfraRepo({ projects: [{ name: 'network' }] }), 'up', {}, deps);
    expect(result.stacks[0]).toMatchObject({ status: 'failed', attempts: 3 });
    expect(result.stacks[0].error).toMatch(/locked/);
    expect(sleeps).toEqual([2000, 4000]);
    expect(double.operations()).toHaveLength(3);
  });

  it('never runs more stacks at once than `parallel`', async () => {
    // The double holds operations until two have started, then gives a third the chance to start.
    const double = useDouble({ overlap: 2 });
    const manifest = makeInfraRepo({
      accounts: [{ name: 'sandbox', regions: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1'] }],
      projects: [{ name: 'network' }],
    });
    const result = await run(manifest, 'preview', { parallel: 2 });
    expect(result.ok).toBe(true);
    expect(double.maxConcurrent()).toBe(2);
    expect(double.timeline().filter((e) => e.ev === 'start')).toHaveLength(5);
  });

  it('cancels running stacks on abort and reports what finished', async () => {
    const double = useDouble({ scenario: { 'aws-sandbox-eu-west-1': { fail: 'hang' } } });
    const manifest = makeInfraRepo(twoProjects(['us-east-1', 'eu-west-1']));
    const controller = new AbortController();
    // Abort once the engine itself has recorded us-east-1's result (not when the double exits: the
    // engine may not have read it yet) and the hanging eu-west-1 has started.
    let recorded = false;
    const deps = testDeps({
      onStackResult: (r) => void (recorded ||= r.stack === 'acme/network/aws-sandbox-us-east-1' && r.status === 'succeeded'),
    }).deps;
    const watcher = setInterval(() => {
      if (recorded && double.started().includes('organization/network/aws-sandbox-eu-west-1')) controller.abort();
    }, 50);
    // One slot: network eu-west-1 (longer chain behind it than api us-east-1) runs next and hangs, so
    // neither api stack has started when the abort comes, however busy the machine.
    const result = await run(manifest, 'preview', { signal: controller.signal, parallel: 1 }, deps).finally(() => clearInterval(watcher));
    const status = Object.fromEntries(result.stacks.map((s) => [s.stack, s.status]));
    expect({ status, errors: result.stacks.map((s) => s.error) }).toMatchObject({
      status: {
        'acme/network/aws-sandbox-us-east-1': 'succeeded',
        'acme/network/aws-sandbox-eu-west-1': 'cancelled',
        'acme/api/aws-sandbox-us-east-1': 'cancelled',
        'acme/api/aws-sandbox-eu-west-1': 'cancelled',
      },
    });
    expect(result.ok).toBe(false);
    expect(double.operations().find((c) => c.cancelled)).toBeDefined();
  });
});

describe('engine preflight and guards', () => {
  it('reports every missing or invalid key of every stack before any CLI call', async () => {
    const double = useDouble();
    const manifest = makeInfraRepo({
      accounts: [{ name: 'sandbox', regions: ['us-east-1', 'eu-west-1'] }],
      projects: [{ name: 'api', program: 'builtin:api', config: 'stacks/api' }, { name: 'network' }],
      files: {
        'stacks/api/Pulumi.aws-sandbox-us-east-1.yaml': 'config:\n  api:cidrBlock: 10.0.0.1/16\n',
        'programs/network/Pulumi.aws-sandbox-eu-west-1.yaml': 'environment:\n  - acme/network/aws-sandbox-eu-west-1\n',
      },
    });
    const err = await run(manifest, 'preview').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PreflightError);
    const problems = (err as PreflightError).problems;
    const stacks = new Set(problems.map((p) => p.stack));
    expect(stacks).toEqual(
      new Set(['acme/api/aws-sandbox-us-east-1', 'acme/api/aws-sandbox-eu-west-1', 'acme/network/aws-sandbox-eu-west-1']),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        stack: 'acme/api/aws-sandbox-us-east-1',
        file: 'stacks/api/Pulumi.aws-sandbox-us-east-1.yaml',
        key: 'api:cidrBlock',
        message: expect.stringMatching(/host bits/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        stack: 'acme/api/aws-sandbox-eu-west-1',
        key: 'api:roleToAssumeARN',
        file: 'stacks/api/Pulumi.aws-sandbox-eu-west-1.yaml',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ key: 'environment', message: expect.stringMatching(/only work on the Pulumi Cloud backend/) }),
    );
    expect((err as Error).message).toMatch(/^Preflight found \d+ problems in 3 stacks; nothing was run/);
    expect(double.calls()).toEqual([]);
  });

  it('runs only preview on pull requests', async () => {
    useDouble();
    const err = await run(makeInfraRepo({ projects: [{ name: 'network' }] }), 'up', { event: 'pull_request' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineInputError);
    expect((err as Error).message).toMatch(/only preview/);
  });

  it('destroys only the confirmed stack and never in a protected account', async () => {
    const double = useDouble();
    const repo = makeInfraRepo({
      accounts: [
        { name: 'sandbox', regions: ['us-east-1', 'eu-west-1'] },
        { name: 'production', regions: ['us-east-1'], protected: true },
      ],
      projects: [{ name: 'network' }],
    });
    await expect(run(repo, 'destroy')).rejects.toThrow(/set the input 'confirm' \(CLI: --confirm\) to the exact stack name/);
    await expect(run(repo, 'destroy', { confirm: 'acme/network/aws-sandbox' })).rejects.toThrow(/is not a selected stack/);
    await expect(run(repo, 'destroy', { confirm: 'acme/network/aws-production-us-east-1' })).rejects.toThrow(/protected/);
    expect(double.calls()).toEqual([]);
    const result = await run(repo, 'destroy', { confirm: 'acme/network/aws-sandbox-eu-west-1' });
    expect(result.stacks.map((s) => [s.stack, s.status, s.counts])).toEqual([
      ['acme/network/aws-sandbox-eu-west-1', 'succeeded', { delete: 1 }],
    ]);
    expect(double.operations().map((c) => c.argv.slice(0, 3))).toEqual([['destroy', '--yes', '--skip-preview']]);
  });
});
