import { expect, test } from '@jest/globals';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { useCommentApi } from '../support/github-comments.js';
import { renderedText } from '../support/gfm.js';
import { runAction, runCliBundle } from '../support/run-action.js';
import { DOUBLE_BIN, makeInfraRepo, stackOf, useDouble, type DoubleCall } from './fixture.js';

/**
 * First previews, through the bundle: a stack that was never deployed has no state, and the
 * preview roles cannot `stack init` in the state bucket (the double's read-only backend). The
 * preview looks the stack up without creating it, previews it against an empty throwaway backend
 * and says "new stack: N to create"; `up` still creates the stack where it belongs.
 */

const gh = useCommentApi();

/** The double as the preview roles see a DIY state backend: stateful, read-only, KMS decrypt only. */
function doubleEnv(opts: { readOnly?: string; passphrase?: boolean } = {}): Record<string, string> {
  return {
    PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
    PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
    PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
    PULUMI_DOUBLE_STATEFUL: '1',
    PULUMI_DOUBLE_KMS: 'decrypt-only',
    ...(opts.readOnly ? { PULUMI_DOUBLE_READONLY_BACKEND: opts.readOnly } : {}),
    ...(opts.passphrase === false ? {} : { PULUMI_CONFIG_PASSPHRASE: 'test-passphrase' }),
    INFRA_ACTION_CREDENTIALS: 'ambient',
  };
}

const backendOf = (manifest: string) => /^backend: (\S+)$/m.exec(readFileSync(manifest, 'utf8'))![1]!;
const stackCalls = (calls: DoubleCall[], sub: string) => calls.filter((c) => c.argv[0] === 'stack' && c.argv[1] === sub);

test('a pull request previews a never-deployed stack on the read-only roles: one comment says "new stack: 3 to create"', async () => {
  const double = useDouble();
  const manifest = makeInfraRepo({ accounts: [{ name: 'sandbox', regions: ['us-east-1'] }], projects: [{ name: 'network' }] });
  const workspace = dirname(manifest);
  const backend = backendOf(manifest);
  writeFileSync(join(workspace, 'changes.txt'), 'network/main.ts\n');
  const artifacts = mkdtempSync(join(tmpdir(), 'first-preview-artifacts-'));
  const pr = {
    name: 'pull_request',
    payload: { pull_request: { number: 41, changed_files: 1, base: { sha: 'b'.repeat(40) }, head: { sha: 'a'.repeat(40) } } },
  };
  const preview = await runAction({
    inputs: {
      command: 'preview',
      manifest: 'infra.yaml',
      'changed-files': 'changes.txt',
      accounts: 'sandbox',
      comment: 'false',
      'report-dir': join(artifacts, 'infra-report-sandbox'),
      'github-token': 'ghs_workflow',
    },
    workspace,
    env: { ...doubleEnv({ readOnly: backend }), GITHUB_API_URL: gh.api.url },
    event: pr,
  });
  expect(preview.code).toBe(0);
  // Looked up in the real backend (not found), never created there; previewed in a throwaway backend.
  const calls = double.calls();
  expect(stackCalls(calls, 'select').map((c) => [stackOf(c), c.backend, c.exit])).toEqual([
    ['organization/network/aws-sandbox-us-east-1', backend, 255],
  ]);
  const inits = stackCalls(calls, 'init');
  expect(inits.map((c) => c.backend)).toEqual([expect.stringMatching(/^file:\/\/.*\/first-preview\/acme_network_aws-sandbox-us-east-1$/)]);
  expect(inits[0].argv).toEqual(expect.arrayContaining(['--secrets-provider', 'passphrase']));
  expect(double.operations().map((c) => [c.argv[0], c.backend])).toEqual([['preview', inits[0].backend]]);
  expect(preview.stdout).toContain(
    'organization/network/aws-sandbox-us-east-1: no state in ' +
      backend +
      ' yet: previewing it as a new stack against an empty throwaway backend',
  );
  expect(preview.stdout).toMatch(/ok +acme\/network\/aws-sandbox-us-east-1 +new stack: 3 to create: \+3/);
  const [stack] = JSON.parse(preview.outputs['summary-json']).stacks;
  expect(stack).toMatchObject({ status: 'succeeded', newStack: true, create: 3, update: 0, delete: 0, replace: 0 });
  expect(renderedText(preview.summary)).toContain('acme/network/aws-sandbox-us-east-1 (new stack: 3 to create)');

  const merged = await runAction({
    inputs: { command: 'comment', manifest: 'infra.yaml', accounts: 'sandbox', 'report-dir': artifacts, 'github-token': 'ghs_workflow' },
    workspace: mkdtempSync(join(tmpdir(), 'no-checkout-')),
    env: { GITHUB_API_URL: gh.api.url },
    event: pr,
  });
  expect(merged.code).toBe(0);
  const text = renderedText(gh.comments.all(41)[0].body);
  expect(text).toMatch(/infra-action preview — 3 to create, 0 to update, 0 to delete, 0 to replace/);
  expect(text).toContain(
    'New stacks (1), no state yet, previewed against an empty backend: acme/network/aws-sandbox-us-east-1 (new stack: 3 to create)',
  );
});

test('up creates the stack in the real backend as before; the next preview finds it there and it is no longer new', async () => {
  const double = useDouble();
  const manifest = makeInfraRepo({ accounts: [{ name: 'sandbox', regions: ['us-east-1'] }], projects: [{ name: 'network' }] });
  const backend = backendOf(manifest);
  const cwd = dirname(manifest);
  const up = await runCliBundle(['up', '--manifest', manifest, '--project', 'network', '--json'], { cwd, env: doubleEnv() });
  expect(up.code).toBe(0);
  expect(stackCalls(double.calls(), 'init').map((c) => c.backend)).toEqual([backend]);
  expect(JSON.parse(up.stdout).stacks[0].newStack).toBeUndefined();
  const preview = await runCliBundle(['preview', '--manifest', manifest, '--project', 'network', '--json'], {
    cwd,
    env: doubleEnv({ readOnly: backend }),
  });
  expect(preview.code).toBe(0);
  const [stack] = JSON.parse(preview.stdout).stacks;
  expect(stack.newStack).toBeUndefined();
  expect(stack.changes).toEqual([]);
  expect(double.operations().map((c) => [c.argv[0], c.backend])).toEqual([
    ['up', backend],
    ['preview', backend],
  ]);
});

test('a KMS secrets provider: a stack file with its encryptedkey keeps its KMS key (decrypt only); one without gets a one-off passphrase', async () => {
  const double = useDouble();
  const manifest = makeInfraRepo({
    accounts: [
      { name: 'sandbox', regions: ['us-east-1'] },
      { name: 'canary', regions: ['us-east-1'] },
    ],
    projects: [{ name: 'network' }],
    files: {
      'programs/network/Pulumi.aws-sandbox-us-east-1.yaml':
        'secretsprovider: awskms://alias/sandbox-legacy?region=us-east-1\nencryptedkey: AQICAHhKMSdatakey\nconfig:\n  network:token:\n    secure: v1:c2VjcmV0\n',
    },
  });
  appendFileSync(manifest, 'secretsProvider: awskms://alias/pulumi-{account}?region=us-east-1\n');
  const backend = backendOf(manifest);
  // The preview roles: no passphrase in the job (KMS holds the keys), read-only state, kms:Decrypt only.
  const r = await runCliBundle(['preview', '--manifest', manifest, '--project', 'network', '--json'], {
    cwd: dirname(manifest),
    env: doubleEnv({ readOnly: backend, passphrase: false }),
  });
  expect(r.stderr).not.toContain('kms:Encrypt');
  expect(r.code).toBe(0);
  const run = JSON.parse(r.stdout);
  expect(run.stacks.map((s: { stack: string; newStack?: boolean }) => [s.stack, s.newStack])).toEqual([
    ['acme/network/aws-sandbox-us-east-1', true],
    ['acme/network/aws-canary-us-east-1', true],
  ]);
  const providerOf = (stack: string) => {
    const init = stackCalls(double.calls(), 'init').find((c) => c.argv[2] === stack)!;
    return init.argv[init.argv.indexOf('--secrets-provider') + 1];
  };
  // The stack file names its own key: its secure values are under that one, not the manifest's.
  expect(providerOf('organization/network/aws-sandbox-us-east-1')).toBe('awskms://alias/sandbox-legacy?region=us-east-1');
  expect(providerOf('organization/network/aws-canary-us-east-1')).toBe('passphrase');
  expect(stackCalls(double.calls(), 'init').filter((c) => c.backend === backend)).toEqual([]);
});
