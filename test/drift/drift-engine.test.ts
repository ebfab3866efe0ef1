import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { schemas } from '../../shared/schemas.js';
import { planDrift } from '../../src/commands/drift-run.js';
import { driftFirst, driftReport, renderDriftText } from '../../src/drift/model.js';
import { ambientCredentials } from '../../src/engine/credentials.js';
import { noCache } from '../../src/engine/dependencies.js';
import { runEngine, type EngineDeps } from '../../src/engine/run-engine.js';
import { makeInfraRepo, stackOf, useDouble } from '../engine/fixture.js';

const deps = (): EngineDeps => ({
  credentials: ambientCredentials({}),
  cache: noCache,
  schemas,
  log: { info: () => undefined, warning: () => undefined, block: () => undefined },
  sleep: async () => undefined,
  install: async () => {
    throw new Error('tests never install packages');
  },
});

const repo = () =>
  makeInfraRepo({
    accounts: [{ name: 'sandbox', regions: ['us-east-1', 'eu-west-1'] }],
    projects: [{ name: 'network' }, { name: 'api', dependsOn: ['network'] }],
  });

async function drift(manifestPath: string, narrow: { accounts?: string[]; projects?: string[] } = {}) {
  const plan = await planDrift({ manifestPath, accounts: narrow.accounts ?? [], projects: narrow.projects ?? [] });
  return runEngine({ operation: 'drift', manifest: plan.manifest, selection: plan.selection }, deps());
}

describe('drift over the Pulumi CLI double', () => {
  it('refresh-previews every stack expecting no changes; what differs is drift, with its property paths', async () => {
    const double = useDouble({
      deployed: true,
      scenario: {
        'aws-sandbox-eu-west-1': {
          drift: [
            { name: 'logs', properties: { 'tags.team': 'update', versioning: 'delete' } },
            { name: 'vpc', deleted: true },
          ],
        },
      },
    });
    const run = await drift(repo());
    const report = driftReport(run);
    expect(report.ok).toBe(true);
    expect(report.stacks.map((s) => [s.stack, s.state])).toEqual([
      ['acme/network/aws-sandbox-us-east-1', 'in-sync'],
      ['acme/network/aws-sandbox-eu-west-1', 'drifted'],
      ['acme/api/aws-sandbox-us-east-1', 'in-sync'],
      ['acme/api/aws-sandbox-eu-west-1', 'drifted'],
    ]);
    const drifted = report.stacks[1];
    expect(drifted.resources).toEqual([
      expect.objectContaining({ type: 'aws:ec2/vpc:Vpc', name: 'vpc', op: 'create' }),
      expect.objectContaining({
        type: 'aws:s3/bucket:Bucket',
        name: 'logs',
        op: 'update',
        keys: ['tags', 'versioning'],
        properties: [
          { path: 'tags.team', kind: 'update' },
          { path: 'versioning', kind: 'delete' },
        ],
      }),
    ]);
    expect(report.stacks[0].resources).toEqual([]);
    // Every check is one `preview --refresh --expect-no-changes`; nothing else runs.
    const ops = double.operations();
    expect(ops).toHaveLength(4);
    for (const op of ops) expect(op.argv).toEqual(expect.arrayContaining(['preview', '--refresh', '--expect-no-changes']));
    // Dependencies first, as for previews.
    const net = ops.find((c) => stackOf(c) === 'organization/network/aws-sandbox-eu-west-1')!;
    const api = ops.find((c) => stackOf(c) === 'organization/api/aws-sandbox-eu-west-1')!;
    expect(net.ended).toBeLessThanOrEqual(api.started);
    expect(renderDriftText(report)).toMatch(
      /^drift: 4 stacks checked, 2 drifted\n {2}drifted {3}acme\/network\/aws-sandbox-eu-west-1\n {6}aws:ec2\/vpc:Vpc vpc: missing/,
    );
  });

  it('a failed check is a failure, not drift; its dependents are skipped and the rest still checked', async () => {
    useDouble({ deployed: true, scenario: { 'aws-sandbox-us-east-1': { fail: 'program' } } });
    const report = driftReport(await drift(repo()));
    expect(report.ok).toBe(false);
    expect(report.drifted).toEqual([]);
    expect(Object.fromEntries(report.stacks.map((s) => [s.stack, s.state]))).toEqual({
      'acme/network/aws-sandbox-us-east-1': 'failed',
      'acme/network/aws-sandbox-eu-west-1': 'in-sync',
      'acme/api/aws-sandbox-us-east-1': 'skipped',
      'acme/api/aws-sandbox-eu-west-1': 'in-sync',
    });
    expect(report.stacks[0].error).toMatch(/missing required configuration/);
    expect(driftFirst(report.stacks).map((s) => s.state)).toEqual(['failed', 'skipped', 'in-sync', 'in-sync']);
  });

  it('checks every stack whatever changed, narrowed by account and project, with the read-only preview roles', async () => {
    const manifest = repo();
    writeFileSync(
      manifest,
      `${readFileSync(manifest, 'utf8')}previewRole: { oidcRole: GitHubActionsPreviewRole, executorRole: PreviewExecutor }\n`,
    );
    const plan = await planDrift({ manifestPath: manifest, accounts: [], projects: ['api'] });
    expect(plan.selection.roles).toBe('preview');
    expect(plan.selection.stacks.map((s) => s.stack)).toEqual(['acme/api/aws-sandbox-us-east-1', 'acme/api/aws-sandbox-eu-west-1']);
    expect(plan.selection.stacks[0].roleChain[1]).toBe('arn:aws:iam::111111111111:role/PreviewExecutor');
    const all = await planDrift({ manifestPath: manifest, accounts: [], projects: [] });
    expect(all.selection.stacks).toHaveLength(4);
    expect(all.selection.stacks[0].reasons).toEqual(['drift: every stack']);
  });
});
