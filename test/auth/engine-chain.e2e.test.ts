import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOUBLE_BIN, stackOf, useDouble } from '../engine/fixture.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { installCommentRoutes, type CommentStore } from '../support/github-comments.js';
import { renderedText } from '../support/gfm.js';
import { runAction, runCliBundle, type ActionRun } from '../support/run-action.js';
import { inEnvironment, startWorld, type World } from './world.js';

/**
 * Engine commands walk every selected account's role chain before any stack runs, and a failing
 * hop is explained once per account in verify's words, through the bundle against the loopback
 * OIDC issuer, the STS emulator and the Pulumi CLI double.
 */

let world: World;
let api: GitHubApi;
let comments: CommentStore;
beforeAll(async () => {
  world = await startWorld();
  api = await startGitHubApi();
  comments = installCommentRoutes(api);
});
afterAll(async () => {
  await world.close();
  await api.close();
});
beforeEach(() => {
  world.sts.faults.length = 0;
  world.sts.calls = {};
  world.issuer.claims = inEnvironment('production');
});

const SUB_REFUSED =
  '✗ GitHubActionsDeploy (sts:AssumeRoleWithWebIdentity): StringEquals token.actions.githubusercontent.com:sub: the request has "repo:acme/infra:environment:sandbox"; the policy allows "repo:acme/infra:environment:production"';

/**
 * An infra repo on the world's roles: three accounts, production in two regions, one repo program.
 * `previews`: the manifest also names the preview role pair and production's preview environment.
 */
function workspace(opts: { previews?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'engine-chain-'));
  mkdirSync(join(dir, 'network'));
  writeFileSync(join(dir, 'network', 'Pulumi.yaml'), 'name: network\nruntime: nodejs\n');
  writeFileSync(join(dir, 'changes.txt'), 'network/main.ts\n');
  writeFileSync(
    join(dir, 'infra.yaml'),
    [
      'org: acme',
      `backend: file://${mkdtempSync(join(tmpdir(), 'engine-chain-state-'))}`,
      'management: { accountId: "000000000000", oidcRole: InfraDeployRole }',
      'executorRole: UnkeyPulumiAWSExecutor',
      ...(opts.previews ? ['previewRole: { oidcRole: InfraPreviewRole, executorRole: UnkeyPulumiAWSPreview }'] : []),
      'accounts:',
      '  - { name: sandbox, id: "111111111111", regions: [us-east-1] }',
      '  - { name: canary, id: "222222222222", regions: [us-east-1] }',
      `  - { name: production, id: "333333333333", regions: [us-east-1, eu-west-1], protected: true${opts.previews ? ', previewEnvironment: production-preview' : ''} }`,
      'projects:',
      '  - { name: network, program: ./network, paths: ["network/**"] }',
      '',
    ].join('\n'),
  );
  return dir;
}

function env(): Record<string, string> {
  return {
    ...world.issuer.env,
    ...world.sts.env,
    PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
    PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
    PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
    PULUMI_DOUBLE_DEPLOYED: process.env.PULUMI_DOUBLE_DEPLOYED ?? '',
    PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
  };
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** Neither the STS error document nor a stack trace reaches people; no session secret anywhere. */
function expectClean(run: { stdout: string; stderr: string; summary?: string; outputs?: Record<string, string> }): void {
  const all = [run.stdout, run.stderr, run.summary ?? '', JSON.stringify(run.outputs ?? {})].join('\n');
  expect(all).not.toMatch(/<ErrorResponse|<\?xml|<Error>/);
  expect(all).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
  // `::add-mask::<secret>` is the runner swallowing the secret, never printing it (stdout, or stderr under --json).
  const unmasked = (text: string) =>
    text
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
  for (const s of [...world.sts.secrets(), ...world.issuer.issued])
    expect([unmasked(run.stdout), unmasked(run.stderr), run.summary ?? ''].join('\n')).not.toContain(s);
}

test('up in production from a job in environment sandbox: one explanation naming the sub condition, no stack reaches Pulumi, exit 1', async () => {
  world.issuer.claims = inEnvironment('sandbox');
  const double = useDouble();
  const run: ActionRun = await runAction({
    inputs: { command: 'up', manifest: 'infra.yaml', accounts: 'production', 'changed-files': 'changes.txt', 'github-token': '' },
    env: env(),
    workspace: workspace(),
  });
  expect(run.code).toBe(1);
  // One walk of the chain: the refused hop 1 is asked once, not once per stack, and not retried.
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1 });
  expect(double.calls().filter((c) => stackOf(c) || c.argv[0] === 'stack')).toEqual([]);
  expect(double.operations()).toEqual([]);
  // verify's words, once: which hop and role, the refused condition, why, and the fix.
  expect(occurrences(run.stdout, SUB_REFUSED)).toBe(1);
  expect(
    occurrences(run.stdout, "GitHub's token was refused by the trust policy of arn:aws:iam::000000000000:role/InfraDeployRole-production"),
  ).toBe(1);
  expect(run.stdout).toContain('The role chain to production failed; no stack started there:');
  expect(run.stdout).toContain('Account production deploys only from jobs in environment "production"');
  expect(run.stdout).toMatch(
    /FAILED +acme\/network\/aws-production-us-east-1 +not started: the role chain to production failed: Hop 1 \(AssumeRoleWithWebIdentity → arn:aws:iam::000000000000:role\/InfraDeployRole-production\) failed: AccessDenied/,
  );
  expect(run.stdout).toMatch(/::error::up did not complete for 2 stacks \(the role chain to production failed: explained above\)/);
  // The job summary and the outputs carry the same single explanation.
  expect(occurrences(renderedText(run.summary), SUB_REFUSED)).toBe(1);
  const summary = JSON.parse(run.outputs['summary-json']);
  expect(summary.stacks.map((s: { status: string }) => s.status)).toEqual(['failed', 'failed']);
  expect(summary.chainFailures).toEqual([{ accounts: ['production'], explanation: expect.stringContaining(SUB_REFUSED) }]);
  expectClean(run);
});

test('a deploy over every account from a canary job starts nowhere: sandbox and production explained once each, canary skipped', async () => {
  world.issuer.claims = inEnvironment('canary');
  const double = useDouble();
  const ws = workspace();
  const r = await runCliBundle(['up', '--manifest', join(ws, 'infra.yaml'), '--project', 'network'], { cwd: ws, env: env() });
  expect(r.code).toBe(1);
  expect(double.calls().filter((c) => stackOf(c))).toEqual([]);
  expect(r.stdout).toMatch(/skipped +acme\/network\/aws-canary-us-east-1 +skipped: the role chain to sandbox, production failed/);
  expect(occurrences(r.stdout, 'The role chain to sandbox failed; no stack started there:')).toBe(1);
  expect(occurrences(r.stdout, 'The role chain to production failed; no stack started there:')).toBe(1);
  expect(occurrences(r.stdout, 'Account production deploys only from jobs in environment "production"')).toBe(1);
  expectClean(r);
});

test('a preview from a sandbox job covers the account its token reaches; canary and production are explained once each', async () => {
  world.issuer.claims = inEnvironment('sandbox');
  const double = useDouble();
  const ws = workspace();
  const r = await runCliBundle(['preview', '--manifest', join(ws, 'infra.yaml'), '--project', 'network', '--json'], {
    cwd: ws,
    env: env(),
  });
  expect(r.code).toBe(1);
  // In a job, --json stdout is the document alone: the session masks go to stderr, where the runner reads them too.
  const run = JSON.parse(r.stdout);
  expect(r.stderr).toMatch(/^::add-mask::/m);
  expect(run.stacks.map((s: { stack: string; status: string }) => [s.stack, s.status])).toEqual([
    ['acme/network/aws-sandbox-us-east-1', 'succeeded'],
    ['acme/network/aws-canary-us-east-1', 'failed'],
    ['acme/network/aws-production-us-east-1', 'failed'],
    ['acme/network/aws-production-eu-west-1', 'failed'],
  ]);
  expect(run.chainFailures.map((f: { accounts: string[] }) => f.accounts)).toEqual([['canary'], ['production']]);
  expect(double.operations().map(stackOf)).toEqual(['organization/network/aws-sandbox-us-east-1']);
  // The explanation is on stderr for people, once per account, beside the JSON.
  expect(occurrences(r.stderr, 'The role chain to production failed; no stack started there:')).toBe(1);
  expect(occurrences(r.stderr, SUB_REFUSED)).toBe(1);
  expectClean(r);
});

test('a pull request preview of production on the deploy roles: the one PR comment explains the refused hop once', async () => {
  world.issuer.claims = { shape: 'pull_request' };
  const double = useDouble();
  const ws = workspace();
  const artifacts = mkdtempSync(join(tmpdir(), 'engine-chain-artifacts-'));
  const pr = {
    name: 'pull_request',
    payload: { pull_request: { number: 31, changed_files: 1, base: { sha: 'b'.repeat(40) }, head: { sha: 'a'.repeat(40) } } },
  };
  const preview = await runAction({
    inputs: {
      command: 'preview',
      manifest: 'infra.yaml',
      accounts: 'production',
      'changed-files': 'changes.txt',
      comment: 'false',
      'report-dir': join(artifacts, 'infra-report-production'),
      'github-token': 'ghs_workflow',
    },
    env: { ...env(), GITHUB_API_URL: api.url },
    workspace: ws,
    event: pr,
  });
  expect(preview.code).toBe(1);
  expect(double.operations()).toEqual([]);
  const merged = await runAction({
    inputs: { command: 'comment', manifest: 'infra.yaml', accounts: 'production', 'report-dir': artifacts, 'github-token': 'ghs_workflow' },
    env: { GITHUB_API_URL: api.url },
    workspace: mkdtempSync(join(tmpdir(), 'no-checkout-')),
    event: pr,
  });
  expect(merged.code).toBe(0);
  const [comment] = comments.all(31);
  const text = renderedText(comment.body);
  expect(occurrences(text, 'The role chain to production failed; no stack started there:')).toBe(1);
  expect(
    occurrences(text, "GitHub's token was refused by the trust policy of arn:aws:iam::000000000000:role/InfraDeployRole-production"),
  ).toBe(1);
  expect(text).toContain('This is a pull_request token');
  expect(text).toContain('read-only `previewRole` pair');
  expect(text).not.toMatch(/<ErrorResponse|<\?xml/);
  expectClean(preview);
});

describe('scheduled drift checks from the default branch (drift.yml: no environment, or the preview environment)', () => {
  const drift = (ws: string) =>
    runAction({
      inputs: { command: 'drift', manifest: 'infra.yaml', issues: 'false', 'github-token': '' },
      env: env(),
      workspace: ws,
      event: { name: 'schedule', payload: {} },
    });

  test('a main job without an environment reads the accounts without a preview environment; production is explained once', async () => {
    world.issuer.claims = { shape: 'push', ref: 'refs/heads/main' };
    const double = useDouble({ deployed: true });
    const run = await drift(workspace({ previews: true }));
    expect(run.code).toBe(1);
    expect(world.sts.calls.AssumeRoleWithWebIdentity).toBe(3);
    const report = JSON.parse(run.outputs['drift-json']);
    expect(report.stacks.map((s: { stack: string; state: string }) => [s.stack, s.state])).toEqual([
      ['acme/network/aws-sandbox-us-east-1', 'in-sync'],
      ['acme/network/aws-canary-us-east-1', 'in-sync'],
      ['acme/network/aws-production-us-east-1', 'failed'],
      ['acme/network/aws-production-eu-west-1', 'failed'],
    ]);
    expect(double.operations().map(stackOf)).toEqual([
      'organization/network/aws-sandbox-us-east-1',
      'organization/network/aws-canary-us-east-1',
    ]);
    expect(occurrences(run.stdout, 'The role chain to production failed; no stack started there:')).toBe(1);
    expect(run.stdout).toContain('Previews of account production run only in GitHub environment "production-preview"');
    expect(run.stdout).toContain('A drift check of production must run in that environment');
    expectClean(run);
  });

  test('the same check from the preview environment reads production; a feature branch reads nothing and is told why', async () => {
    world.issuer.claims = inEnvironment('production-preview');
    useDouble({ deployed: true });
    const gated = await drift(workspace({ previews: true }));
    const report = JSON.parse(gated.outputs['drift-json']);
    expect(report.stacks.filter((s: { state: string }) => s.state === 'in-sync').map((s: { stack: string }) => s.stack)).toEqual([
      'acme/network/aws-production-us-east-1',
      'acme/network/aws-production-eu-west-1',
    ]);

    world.issuer.claims = { shape: 'push', ref: 'refs/heads/feature' };
    const double = useDouble({ deployed: true });
    const branch = await drift(workspace({ previews: true }));
    expect(branch.code).toBe(1);
    expect(double.operations()).toEqual([]);
    expect(occurrences(branch.stdout, 'The role chain to sandbox failed; no stack started there:')).toBe(1);
    expect(branch.stdout).toContain(
      'Jobs without an environment reach the preview roles only on the default branch that bootstrap-management trusts (its `defaultBranch`, default "main"); this job runs on "refs/heads/feature".',
    );
    expectClean(branch);
  });
});
