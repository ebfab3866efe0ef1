import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUNDLE, runAction, runCliBundle } from '../support/run-action.js';
import { DOUBLE_BIN, makeInfraRepo, stackOf, useDouble } from './fixture.js';

/** The environment the bundle gets: the double first on PATH, its state and scenario. */
function doubleEnv(): Record<string, string> {
  return {
    PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
    PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
    PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
    PULUMI_DOUBLE_LATENCY_MS: process.env.PULUMI_DOUBLE_LATENCY_MS!,
    PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
    // No STS here: both hops use the process's AWS environment (the role chain has its own tests).
    INFRA_ACTION_CREDENTIALS: 'ambient',
  };
}

const repo = (files: Record<string, string> = {}) =>
  makeInfraRepo({
    accounts: [{ name: 'sandbox', regions: ['us-east-1', 'eu-west-1'] }],
    projects: [{ name: 'network' }, { name: 'api', dependsOn: ['network'] }],
    files,
  });

describe('engine through node dist/index.js', () => {
  it('CLI preview runs the waves and prints the RunResult as JSON', async () => {
    const double = useDouble();
    const manifest = repo();
    const r = await runCliBundle(['preview', '--manifest', manifest, '--project', 'network,api', '--json'], {
      cwd: dirname(manifest),
      env: doubleEnv(),
    });
    expect(r.stderr).toContain('Using pulumi 3.205.0 from PATH');
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout);
    expect(run.ok).toBe(true);
    expect(run.stacks.map((s: { stack: string }) => s.stack)).toEqual([
      'acme/network/aws-sandbox-us-east-1',
      'acme/network/aws-sandbox-eu-west-1',
      'acme/api/aws-sandbox-us-east-1',
      'acme/api/aws-sandbox-eu-west-1',
    ]);
    expect(run.stacks[0].counts).toEqual({ same: 1, create: 1, update: 1, replace: 1 });
    const ops = double.operations();
    const lastNetwork = Math.max(...ops.filter((c) => stackOf(c)!.includes('/network/')).map((c) => c.ended));
    const firstApi = Math.min(...ops.filter((c) => stackOf(c)!.includes('/api/')).map((c) => c.started));
    expect(lastNetwork).toBeLessThanOrEqual(firstApi);
  });

  it('CLI exits 1 with failed, skipped and succeeded lists when a stack fails', async () => {
    useDouble({ scenario: { 'aws-sandbox-us-east-1': { fail: 'program' } } });
    const manifest = repo();
    const r = await runCliBundle(['up', '--manifest', manifest, '--project', 'network,api'], { cwd: dirname(manifest), env: doubleEnv() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('failed (1): acme/network/aws-sandbox-us-east-1\n');
    expect(r.stdout).toContain('skipped (1): acme/api/aws-sandbox-us-east-1');
    expect(r.stdout).toContain('succeeded (2): acme/network/aws-sandbox-eu-west-1, acme/api/aws-sandbox-eu-west-1');
  });

  it('CLI up across accounts stops at the first failed account: canary and production never run', async () => {
    const double = useDouble({ scenario: { 'aws-sandbox-us-east-1': { fail: 'program' } } });
    const manifest = makeInfraRepo({
      accounts: ['sandbox', 'canary', 'production'].map((name) => ({ name, regions: ['us-east-1'] })),
      projects: [{ name: 'network' }, { name: 'api', dependsOn: ['network'] }],
    });
    const r = await runCliBundle(['up', '--manifest', manifest, '--project', 'network,api', '--json'], {
      cwd: dirname(manifest),
      env: doubleEnv(),
    });
    expect(r.code).toBe(1);
    const run = JSON.parse(r.stdout);
    expect(run.stacks.map((s: { stack: string; status: string; error?: string }) => [s.stack, s.status, s.error])).toEqual([
      ['acme/network/aws-sandbox-us-east-1', 'failed', expect.any(String)],
      ['acme/api/aws-sandbox-us-east-1', 'skipped', 'skipped: its dependency acme/network/aws-sandbox-us-east-1 failed'],
      ['acme/network/aws-canary-us-east-1', 'skipped', 'skipped: sandbox failed'],
      ['acme/api/aws-canary-us-east-1', 'skipped', 'skipped: sandbox failed'],
      ['acme/network/aws-production-us-east-1', 'skipped', 'skipped: sandbox failed'],
      ['acme/api/aws-production-us-east-1', 'skipped', 'skipped: sandbox failed'],
    ]);
    // Not even `stack select` ran outside sandbox.
    expect(double.calls().filter((c) => c.argv.some((a) => /aws-(canary|production)-/.test(a)))).toEqual([]);
    const text = await runCliBundle(['up', '--manifest', manifest, '--project', 'network'], { cwd: dirname(manifest), env: doubleEnv() });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/skipped +acme\/network\/aws-canary-us-east-1 +skipped: sandbox failed/);
  });

  it('CLI preflight exits 2 listing every problem, before any Pulumi call', async () => {
    const double = useDouble();
    const manifest = makeInfraRepo({
      accounts: [{ name: 'sandbox', regions: ['us-east-1', 'eu-west-1'] }],
      projects: [{ name: 'api', program: 'builtin:api', config: 'stacks/api' }],
    });
    const r = await runCliBundle(['preview', '--manifest', manifest, '--project', 'api'], { cwd: dirname(manifest), env: doubleEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Preflight found \d+ problems in 2 stacks; nothing was run/);
    expect(r.stderr).toContain('acme/api/aws-sandbox-eu-west-1: stacks/api/Pulumi.aws-sandbox-eu-west-1.yaml: api:cidrBlock: is required');
    expect(double.calls()).toEqual([]);
  });

  it('CLI stops on SIGINT: running stacks are cancelled and the rest never start', async () => {
    const double = useDouble({ scenario: { 'aws-sandbox-eu-west-1': { fail: 'hang' } } });
    const manifest = repo();
    const child = spawn(process.execPath, [BUNDLE, 'preview', '--manifest', manifest, '--project', 'network,api'], {
      cwd: dirname(manifest),
      env: { ...process.env, ...doubleEnv() },
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const watcher = setInterval(() => {
      if (double.started().includes('organization/network/aws-sandbox-eu-west-1')) {
        clearInterval(watcher);
        child.kill('SIGINT');
      }
    }, 50);
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
    clearInterval(watcher);
    expect(code).toBe(1);
    expect(stdout).toMatch(/cancelled +acme\/network\/aws-sandbox-eu-west-1 +cancelled while running preview/);
    expect(stdout).toMatch(/cancelled \(\d\): .*acme\/api\/aws-sandbox-eu-west-1/);
    expect(double.operations().some((c) => c.cancelled)).toBe(true);
  });

  it('action up sets has-changes and summary-json; a pull request may not run up (exit 2)', async () => {
    useDouble();
    const manifest = repo();
    const workspace = dirname(manifest);
    writeFileSync(join(workspace, 'changes.txt'), 'network/main.ts\n');
    const inputs = {
      command: 'up',
      manifest: 'infra.yaml',
      'changed-files': 'changes.txt',
      parallel: '2',
      'pulumi-version': '^3.205.0',
      'github-token': '',
    };
    const r = await runAction({ inputs, workspace, env: doubleEnv() });
    expect(r.code).toBe(0);
    expect(r.outputs['has-changes']).toBe('true');
    const run = JSON.parse(r.outputs['summary-json']);
    expect(run.stacks).toHaveLength(4);
    expect(run.stacks[0].outputs).toEqual({ vpcId: 'vpc-0abc', dbPassword: '[secret]' });
    expect(r.stdout + r.outputs['summary-json']).not.toContain('hunter2');
    const pr = await runAction({
      inputs,
      workspace,
      env: doubleEnv(),
      event: {
        name: 'pull_request',
        payload: { pull_request: { number: 1, base: { sha: 'b'.repeat(40) }, head: { sha: 'a'.repeat(40) } } },
      },
    });
    expect(pr.code).toBe(2);
    expect(pr.stdout).toMatch(/only preview/);
  });

  it("programs run on the action's own Node even when an older node is first on the runner's PATH", async () => {
    const double = useDouble();
    const manifest = repo();
    // A Node 20 first on PATH, as on many runner images (the machine's /usr/bin/node where it is one).
    const old = mkdtempSync(join(tmpdir(), 'node20-'));
    const node20 = existsSync('/usr/bin/node') ? '/usr/bin/node' : undefined;
    if (node20) symlinkSync(node20, join(old, 'node'));
    else
      writeFileSync(join(old, 'node'), `#!/bin/sh\n[ "$1" = --version ] && { echo v20.19.2; exit 0; }\nexec "${process.execPath}" "$@"\n`, {
        mode: 0o755,
      });
    const env = { ...doubleEnv(), PATH: `${DOUBLE_BIN}:${old}:/usr/bin:/bin` };
    const r = await runCliBundle(['preview', '--manifest', manifest, '--project', 'network'], { cwd: dirname(manifest), env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Programs run with Node ${process.version} (${process.execPath}), first on the Pulumi CLI's PATH`);
    const seen = double.operations().map((c) => c.programNode);
    expect(seen).toHaveLength(2);
    for (const n of seen) expect(n).toEqual({ path: join(dirname(process.execPath), 'node'), version: process.version });
  });

  it("tells each stack's programs whether its account is protected (INFRA_TARGET_PROTECTED from the manifest)", async () => {
    const double = useDouble();
    const manifest = makeInfraRepo({
      accounts: [
        { name: 'sandbox', regions: ['us-east-1'] },
        { name: 'canary', regions: ['us-east-1'], protected: true },
      ],
      projects: [{ name: 'network' }],
    });
    const r = await runCliBundle(['preview', '--manifest', manifest, '--project', 'network'], { cwd: dirname(manifest), env: doubleEnv() });
    expect(r.code).toBe(0);
    expect(
      double
        .operations()
        .map((c) => c.target)
        .sort((a, b) => String(a?.account).localeCompare(String(b?.account))),
    ).toEqual([
      { account: 'canary', protected: 'true' },
      { account: 'sandbox', protected: 'false' },
    ]);
  });
});
