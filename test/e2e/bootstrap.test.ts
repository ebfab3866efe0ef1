import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { executorTrustPolicy } from '../../shared/trust-policies.js';
import type { Policy } from '../../src/auth/policy-eval.js';
import { markBuiltinDependenciesInstalled } from '../support/builtin-modules.js';
import { runCliBundle } from '../support/run-action.js';
import { startStsEmulator, type IssuedSession, type StsEmulator } from '../support/sts-emulator.js';
import { DOUBLE_BIN, type DoubleCall } from '../engine/fixture.js';

/**
 * A new organisation, following only the README and docs/bootstrap.md: `infra-action bootstrap
 * --profile admin-sso` from an admin SSO session in the management account, against the STS
 * emulator (OrganizationAccountAccessRole in each member account) and the Pulumi CLI double in its
 * stateful mode (state per backend; the S3 bucket exists once bootstrap-management created it).
 * Then a second run changes nothing, and the example previews through the role chain it set up.
 */

const MGMT = '000000000000';
const SSO_ROLE = `arn:aws:iam::${MGMT}:role/AWSReservedSSO_AdministratorAccess_0123`;
const ACCOUNTS = { sandbox: '111111111111', canary: '222222222222', production: '333333333333' };
/** The manifest's per-account backend, with the account name put into `{account}`. */
const backendOf = (account: string) => `s3://unkey-pulumi-state/${account}?region=us-east-1`;
const BUCKET = backendOf('management');
const MGMT_STACK = 'organization/bootstrap-management/aws-management-us-east-1';
/** The manifest's per-account secretsProvider for the management stack: bootstrap-management's own key. */
const MGMT_KEY = 'awskms://alias/pulumi-management?region=us-east-1';
const orgAccess: Policy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MGMT}:root` }, Action: 'sts:AssumeRole' }],
};

let sts: StsEmulator;
let sso: IssuedSession;
let repo: string;
let home: string;
let doubleDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  markBuiltinDependenciesInstalled('bootstrap-management', 'bootstrap-account', 'api');
  sts = await startStsEmulator({
    roles: Object.fromEntries(Object.values(ACCOUNTS).map((id) => [`arn:aws:iam::${id}:role/OrganizationAccountAccessRole`, orgAccess])),
  });
  sso = sts.issueSession(SSO_ROLE, 'jane@unkey.example');
  repo = mkdtempSync(join(tmpdir(), 'unkey-infra-'));
  cpSync(resolve('examples/unkey'), repo, { recursive: true });
  mkdirSync(join(repo, 'network', 'node_modules')); // the example's own program: no npm install here
  home = mkdtempSync(join(tmpdir(), 'home-'));
  doubleDir = mkdtempSync(join(tmpdir(), 'pulumi-double-'));
  const credentials = join(home, 'credentials');
  writeFileSync(
    credentials,
    `[admin-sso]\naws_access_key_id = ${sso.accessKeyId}\naws_secret_access_key = ${sso.secretAccessKey}\naws_session_token = ${sso.sessionToken}\n`,
  );
  env = {
    ...sts.env,
    PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
    HOME: home,
    GITHUB_ACTIONS: '',
    AWS_SHARED_CREDENTIALS_FILE: credentials,
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_EC2_METADATA_DISABLED: 'true',
    PULUMI_DOUBLE_DIR: doubleDir,
    PULUMI_DOUBLE_STATEFUL: '1',
  };
});
afterAll(async () => sts.close());

const calls = (): DoubleCall[] & { accessKeyId?: string; targetAccessKeyId?: string }[] =>
  readFileSync(join(doubleDir, 'calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const ups = () => calls().filter((c) => c.argv[0] === 'up') as (DoubleCall & { targetAccessKeyId?: string; accessKeyId?: string })[];
const moves = () =>
  existsSync(join(doubleDir, 'moves.jsonl'))
    ? readFileSync(join(doubleDir, 'moves.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : [];
const stackOf = (c: DoubleCall) => c.argv[c.argv.indexOf('--stack') + 1];
const roleOfKey = (key: string | undefined) => sts.sessions.find((s) => s.accessKeyId === key)?.roleArn;
const bootstrap = (...extra: string[]) =>
  runCliBundle(['bootstrap', '--manifest', 'infra.yaml', '--profile', 'admin-sso', ...extra], { cwd: repo, env });

describe('infra-action bootstrap, end to end', () => {
  it('first run: management on a local backend, its state moved into the bucket it created, then every account in manifest order', async () => {
    const r = await bootstrap();
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const local = `file://${join(home, '.infra-action', 'bootstrap', 'unkey')}`;
    const all = ups();
    expect(all.map((c) => [stackOf(c), c.backend])).toEqual([
      ['organization/bootstrap-management/aws-management-us-east-1', local],
      ['organization/bootstrap-account/aws-sandbox-us-east-1', backendOf('sandbox')],
      ['organization/bootstrap-account/aws-canary-us-east-1', backendOf('canary')],
      ['organization/bootstrap-account/aws-production-us-east-1', backendOf('production')],
    ]);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.ended).toBeLessThanOrEqual(all[i]!.started);
    expect(moves()).toEqual([
      { op: 'export', stack: MGMT_STACK, backend: local, resources: 3 },
      { op: 'import', stack: MGMT_STACK, backend: BUCKET, resources: 3 },
      // bootstrap-management created alias/pulumi-management ({account} → management): the stack leaves the empty passphrase.
      { op: 'change-secrets-provider', stack: MGMT_STACK, backend: BUCKET, from: 'passphrase', to: MGMT_KEY },
    ]);
    expect(r.stdout).toContain(
      `State: first run; the management stack ran on ${local} and now lives in ${BUCKET} (secrets provider ${MGMT_KEY}).`,
    );
    expect(readFileSync(join(home, '.infra-action', 'bootstrap', 'unkey', 'MOVED.txt'), 'utf8')).toContain(
      'is a backup and is never used again',
    );
  });

  it('assumes OrganizationAccountAccessRole into each member account; the management stack runs on the admin session itself', () => {
    const byStack = new Map(ups().map((c) => [stackOf(c)!.split('/').pop(), c]));
    expect(roleOfKey(byStack.get('aws-management-us-east-1')!.targetAccessKeyId)).toBe(SSO_ROLE);
    for (const [name, id] of Object.entries(ACCOUNTS)) {
      const c = byStack.get(`aws-${name}-us-east-1`)!;
      expect(roleOfKey(c.targetAccessKeyId)).toBe(`arn:aws:iam::${id}:role/OrganizationAccountAccessRole`);
      // The bucket and the KMS key are the management account's: the backend keeps the admin session.
      expect(roleOfKey(c.accessKeyId)).toBe(SSO_ROLE);
    }
    expect(sts.calls.AssumeRole).toBe(3);
  });

  it('passes the programs the config infra.yaml decides, merged with the repo files', () => {
    const byStack = new Map(ups().map((c) => [stackOf(c)!.split('/').pop(), c.config ?? '']));
    const mgmt = byStack.get('aws-management-us-east-1')!;
    expect(mgmt).toContain('bootstrap-management:accountId: "000000000000"');
    expect(mgmt).toContain('bootstrap-management:stateBucketName: unkey-pulumi-state');
    expect(mgmt).toContain('bootstrap-management:githubRepository: unkeyed/infra');
    expect(mgmt).toMatch(
      /bootstrap-management:accounts:\n\s+- name: sandbox\n\s+id: "111111111111"\n\s+environment: sandbox\n\s+- name: canary\n\s+id: "222222222222"\n\s+environment: canary\n\s+- name: production\n\s+id: "333333333333"\n\s+environment: production\n/,
    );
    expect(mgmt).not.toContain('deployRefs');
    expect(mgmt).toContain('bootstrap-management:oidcRoleName: GitHubActionsOIDCRole');
    expect(mgmt).toContain('bootstrap-management:previewRoleName: GitHubActionsPreviewRole');
    const canary = byStack.get('aws-canary-us-east-1')!;
    expect(canary).toContain('bootstrap-account:accountId: "222222222222"');
    expect(canary).toContain('bootstrap-account:managementAccountId: "000000000000"');
    expect(canary).toContain('bootstrap-account:executorRoleName: UnkeyPulumiAWSExecutor');
    expect(canary).toContain(`bootstrap-account:ssoAdminRoleArn: ${SSO_ROLE}`);
  });

  it('second run: everything is already in the bucket, nothing moves and nothing changes', async () => {
    const before = ups().length;
    const r = await bootstrap();
    expect(r.code).toBe(0);
    const again = ups().slice(before);
    expect(again.map((c) => c.backend)).toEqual([BUCKET, backendOf('sandbox'), backendOf('canary'), backendOf('production')]);
    // Only a read: the provider the state records is already the management key.
    expect(moves().slice(3)).toEqual([{ op: 'export', stack: MGMT_STACK, backend: BUCKET, resources: expect.any(Number) }]);
    expect(r.stdout).toContain('State: every bootstrap stack is in s3://unkey-pulumi-state/{account}?region=us-east-1.\n');
    const lines = r.stdout.match(/^\s+ok .*$/gm) ?? [];
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l).toContain('no changes');
    for (const s of sts.sessions) {
      expect(r.stdout + r.stderr).not.toContain(s.secretAccessKey);
      expect(r.stdout + r.stderr).not.toContain(s.sessionToken);
    }
  });

  it('an org bootstrapped before alias/pulumi-management: the next run moves the management stack off the empty passphrase', async () => {
    // What an earlier release left in the bucket: the management stack on the passphrase provider.
    execFileSync('pulumi', ['stack', 'change-secrets-provider', 'passphrase', '--stack', MGMT_STACK], {
      env: { ...process.env, ...env, PULUMI_BACKEND_URL: BUCKET },
    });
    const before = moves().length;
    const r = await bootstrap();
    expect(r.code).toBe(0);
    expect(moves().slice(before)).toEqual([
      { op: 'export', stack: MGMT_STACK, backend: BUCKET, resources: expect.any(Number) },
      { op: 'change-secrets-provider', stack: MGMT_STACK, backend: BUCKET, from: 'passphrase', to: MGMT_KEY },
    ]);
    expect(r.stdout).toContain(`The management stack's secrets moved from passphrase to ${MGMT_KEY}.`);
  });

  it('then the example previews through the role chain bootstrap set up, from the same SSO profile', async () => {
    // What bootstrap-account created (the double does not run programs): each executor trusts its own account's deploy role and the SSO admin.
    for (const [name, id] of Object.entries(ACCOUNTS)) {
      sts.roles.set(
        `arn:aws:iam::${id}:role/UnkeyPulumiAWSExecutor`,
        executorTrustPolicy({ managementRoleArn: `arn:aws:iam::${MGMT}:role/GitHubActionsOIDCRole-${name}`, ssoAdminRoleArn: SSO_ROLE }),
      );
    }
    const r = await runCliBundle(
      ['preview', '--manifest', 'infra.yaml', '--account', 'sandbox', '--project', 'network,api', '--profile', 'admin-sso'],
      { cwd: repo, env },
    );
    expect(r.stderr).not.toContain('Preflight found');
    expect(r.code).toBe(0);
    // Nothing deployed there yet: each stack is looked up in its account's bucket prefix and, not
    // found, previewed against an empty throwaway backend; nothing is created in the bucket.
    const previews = calls().filter((c) => c.argv[0] === 'preview');
    const selects = calls().filter(
      (c) => c.argv[0] === 'stack' && c.argv[1] === 'select' && /\/(network|api)\/aws-sandbox-/.test(stackOf(c) ?? ''),
    );
    expect(selects.map((c) => [stackOf(c), c.backend])).toEqual([
      ['organization/network/aws-sandbox-us-east-1', backendOf('sandbox')],
      ['organization/api/aws-sandbox-us-east-1', backendOf('sandbox')],
    ]);
    expect(previews.map((c) => [stackOf(c), c.backend])).toEqual([
      [
        'organization/network/aws-sandbox-us-east-1',
        expect.stringMatching(/^file:\/\/.*\/first-preview\/unkey_network_aws-sandbox-us-east-1$/),
      ],
      ['organization/api/aws-sandbox-us-east-1', expect.stringMatching(/^file:\/\/.*\/first-preview\/unkey_api_aws-sandbox-us-east-1$/)],
    ]);
    const inits = calls().filter((c) => c.argv[0] === 'stack' && c.argv[1] === 'init' && /\/(network|api)\//.test(c.argv[2] ?? ''));
    expect(inits.map((c) => c.backend)).toEqual([expect.stringContaining('/first-preview/'), expect.stringContaining('/first-preview/')]);
    expect(r.stdout).toMatch(/ok +unkey\/network\/aws-sandbox-us-east-1 +new stack: 3 to create/);
    for (const c of previews as { targetAccessKeyId?: string }[])
      expect(roleOfKey(c.targetAccessKeyId)).toBe('arn:aws:iam::111111111111:role/UnkeyPulumiAWSExecutor');
  });

  it('refuses a repo file that contradicts infra.yaml, naming the file and key, before anything runs', async () => {
    const file = join(repo, 'stacks/bootstrap-account/Pulumi.canary-global.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}  bootstrap-account:executorRoleName: SomethingElse\n`);
    const before = calls().length;
    try {
      const r = await bootstrap();
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        'stacks/bootstrap-account/Pulumi.canary-global.yaml: bootstrap-account:executorRoleName: is "SomethingElse", but infra.yaml says "UnkeyPulumiAWSExecutor"; remove the key',
      );
      expect(calls().length).toBe(before);
    } finally {
      writeFileSync(file, original);
    }
  });
});
