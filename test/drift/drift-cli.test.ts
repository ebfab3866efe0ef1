import { describe, expect, it } from '@jest/globals';
import { dirname } from 'node:path';
import { runCliBundle } from '../support/run-action.js';
import { doubleEnv, makeInfraRepo, useDouble } from '../engine/fixture.js';

// `infra-action drift` through the bundle (node dist/index.js) against the Pulumi CLI double.
const env = doubleEnv;

/** One project, network, in sandbox and canary (one region each). */
const twoAccountRepo = () =>
  makeInfraRepo({
    accounts: [
      { name: 'sandbox', regions: ['us-east-1'] },
      { name: 'canary', regions: ['us-east-1'] },
    ],
    projects: [{ name: 'network' }],
  });

describe('infra-action drift (bundle)', () => {
  it('lists drifted stacks and properties; exit 0 when every stack was checked, 1 when a check failed', async () => {
    const double = useDouble({
      deployed: true,
      scenario: { 'aws-canary-us-east-1': { drift: [{ name: 'logs', properties: { 'tags.team': 'update' } }] } },
    });
    const manifest = twoAccountRepo();
    const r = await runCliBundle(['drift', '--manifest', manifest, '--json'], { cwd: dirname(manifest), env: env() });
    expect(r.stderr).toContain('Drift checks run with the deploy roles');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.drifted).toEqual(['acme/network/aws-canary-us-east-1']);
    expect(report.stacks.find((s: { state: string }) => s.state === 'drifted').resources).toEqual([
      {
        type: 'aws:s3/bucket:Bucket',
        name: 'logs',
        urn: 'urn:pulumi:aws-canary-us-east-1::proj::aws:s3/bucket:Bucket::logs',
        op: 'update',
        keys: ['tags'],
        properties: [{ path: 'tags.team', kind: 'update' }],
      },
    ]);
    expect(double.operations()).toHaveLength(2);

    const text = await runCliBundle(['drift', '--manifest', manifest, '--account', 'canary'], { cwd: dirname(manifest), env: env() });
    expect(text.code).toBe(0);
    // Inside a workflow step the CLI fences its output (::stop-commands::); the lines in between are the report.
    expect(
      text.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::'))
        .join('\n'),
    ).toBe(
      'drift: 1 stack checked, 1 drifted\n  drifted   acme/network/aws-canary-us-east-1\n      aws:s3/bucket:Bucket logs: changed outside Pulumi [tags.team (update)]\n',
    );

    useDouble({ deployed: true, scenario: { 'aws-sandbox-us-east-1': { fail: 'program' } } });
    const failed = await runCliBundle(['drift', '--manifest', manifest], { cwd: dirname(manifest), env: env() });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/failed +acme\/network\/aws-sandbox-us-east-1 +.*missing required configuration/);
    expect(failed.stdout).toMatch(/in-sync +acme\/network\/aws-canary-us-east-1/);

    const bad = await runCliBundle(['drift', '--manifest', manifest, '--changed-files', 'x.txt'], { cwd: dirname(manifest), env: env() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/narrow it with --account and --project/);
  });

  it('a stack that was never deployed is reported not-deployed, not failed, and nothing is created in the backend', async () => {
    // Only canary has state; sandbox's stack is in the manifest but its first up has not run yet.
    const double = useDouble({
      scenario: { 'aws-canary-us-east-1': { drift: [{ name: 'logs', properties: { 'tags.team': 'update' } }] } },
    });
    const manifest = twoAccountRepo();
    const deployed = await runCliBundle(['up', '--manifest', manifest, '--account', 'canary'], { cwd: dirname(manifest), env: env() });
    expect(deployed.code).toBe(0);
    const before = double.calls().length;
    const r = await runCliBundle(['drift', '--manifest', manifest, '--json'], { cwd: dirname(manifest), env: env() });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.stacks.map((s: { stack: string; state: string }) => [s.stack, s.state])).toEqual([
      ['acme/network/aws-sandbox-us-east-1', 'not-deployed'],
      ['acme/network/aws-canary-us-east-1', 'drifted'],
    ]);
    expect(report.stacks[0].error).toMatch(/^not deployed yet: no state in .*, so nothing to compare; its first up creates it$/);
    // A drift check runs with the read-only preview roles: it never writes a stack into the backend.
    expect(
      double
        .calls()
        .slice(before)
        .filter((c) => c.argv[0] === 'stack' && c.argv[1] === 'init'),
    ).toEqual([]);
  });
});
