import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOUBLE_BIN, type DoubleCall } from '../engine/fixture.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { addDeploymentRoutes } from '../support/github-deployments.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { inEnvironment, startWorld, type World } from './world.js';

/**
 * What a stack's Pulumi process holds, through the real bundle (build first): the loopback OIDC
 * issuer and STS (the bootstrap programs' roles), the Pulumi CLI double resolving the served
 * profiles the way the AWS SDKs do (test/support/pulumi-double/aws-credentials.mjs) and checking,
 * at every resource step, that its sessions are unexpired and the target's is its own account's.
 */

jest.setTimeout(180_000);

const SSO_ROLE = 'arn:aws:iam::000000000000:role/AWSReservedSSO_AdministratorAccess_0123';
let world: World;
let api: GitHubApi;
beforeAll(async () => {
  world = await startWorld('acme/infra', { ssoAdminRoleArns: { sandbox: SSO_ROLE, production: SSO_ROLE } });
  api = await startGitHubApi();
  addDeploymentRoutes(api);
});
afterAll(async () => {
  await api.close();
  await world.close();
});

interface CredentialStep {
  step: string;
  state?: { accessKeyId: string; arn?: string; account?: string };
  target?: { accessKeyId: string; arn?: string; account?: string };
}
interface Call extends DoubleCall {
  credentialSteps?: CredentialStep[];
  credentialRuns?: { state: number; target: number };
  firstTargetNow?: { error?: string };
  probe?: { account: string; kind: string; status: number }[];
  env?: Record<string, string>;
}

function infraRepo(): string {
  const ws = mkdtempSync(join(tmpdir(), 'served-'));
  mkdirSync(join(ws, 'network'));
  writeFileSync(join(ws, 'network', 'Pulumi.yaml'), 'name: network\nruntime: nodejs\n');
  writeFileSync(join(ws, 'changes.txt'), 'network/main.ts\n');
  writeFileSync(
    join(ws, 'infra.yaml'),
    [
      'org: acme',
      `backend: file://${mkdtempSync(join(tmpdir(), 'served-state-'))}`,
      'management: { accountId: "000000000000", oidcRole: InfraDeployRole }',
      'executorRole: UnkeyPulumiAWSExecutor',
      'accounts:',
      '  - { name: sandbox, id: "111111111111", regions: [us-east-1] }',
      '  - { name: canary, id: "222222222222", regions: [us-east-1] }',
      '  - { name: production, id: "333333333333", regions: [us-east-1] }',
      'projects:',
      '  - { name: network, program: ./network, paths: ["network/**"] }',
      '',
    ].join('\n'),
  );
  return ws;
}

function doubleEnv(extra: Record<string, string> = {}): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'pulumi-double-'));
  return {
    dir,
    env: {
      PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
      PULUMI_DOUBLE_DIR: dir,
      PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
      ...world.sts.env,
      ...extra,
    },
  };
}

const callsIn = (dir: string): Call[] =>
  readFileSync(join(dir, 'calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Call);

const noSecretsIn = (run: ActionRun): void => {
  const printed = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary].join('\n');
  for (const s of [...world.sts.secrets(), ...world.issuer.issued]) expect(printed.includes(s)).toBe(false);
};

describe('sessions served to the Pulumi process', () => {
  test('an up longer than one session: the double re-runs the profile near expiry and every step holds a live session of its own account', async () => {
    world.issuer.claims = inEnvironment('sandbox');
    world.sts.sessionSeconds = 20;
    const before = { sessions: world.sts.sessions.length, tokens: world.issuer.requests };
    const { dir, env } = doubleEnv({ ...world.issuer.env, PULUMI_DOUBLE_OUTLIVE: '1', GITHUB_API_URL: api.url });
    try {
      const run = await runAction({
        workspace: infraRepo(),
        inputs: { command: 'up', manifest: 'infra.yaml', 'changed-files': 'changes.txt', accounts: 'sandbox', 'github-token': 't' },
        env,
        timeoutMs: 170_000,
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      noSecretsIn(run);
      const up = callsIn(dir).find((c) => c.argv[0] === 'up')!;
      expect(up.exit).toBe(0);
      const steps = up.credentialSteps!;
      expect(steps.length).toBe(5); // the start and 4 resource steps
      for (const s of steps) {
        expect(s.target).toMatchObject({ account: '111111111111', arn: expect.stringContaining(':assumed-role/UnkeyPulumiAWSExecutor/') });
        // The backend's identity: sandbox's own deploy role, which reaches sandbox's state and key only.
        expect(s.state?.arn).toContain(':assumed-role/InfraDeployRole-sandbox/');
      }
      // The last step ran after every session held before it had expired, on sessions the server renewed.
      expect(steps.at(-1)!.target!.accessKeyId).not.toBe(steps[0]!.target!.accessKeyId);
      expect(steps.at(-1)!.state!.accessKeyId).not.toBe(steps[0]!.state!.accessKeyId);
      expect(up.firstTargetNow?.error).toMatch(/^ExpiredToken/);
      expect(up.credentialRuns!.target).toBeGreaterThanOrEqual(2);
      const issued = world.sts.sessions.slice(before.sessions);
      expect(issued.filter((s) => s.chained && s.roleArn.endsWith(':role/UnkeyPulumiAWSExecutor')).length).toBeGreaterThanOrEqual(2);
      expect(issued.filter((s) => !s.chained).length).toBeGreaterThanOrEqual(2);
      // Each renewal of hop 1 asked GitHub for a fresh OIDC token.
      expect(world.issuer.requests - before.tokens).toBeGreaterThanOrEqual(2);
      expect(run.stdout).toMatch(/Credentials: serving sandbox's executor \(hop 2\) session, valid until/);
    } finally {
      world.sts.sessionSeconds = undefined;
    }
  });

  test("the Pulumi process inherits no action secret; the tokens it holds fetch only its own account's sessions", async () => {
    world.issuer.claims = inEnvironment('sandbox');
    const secrets = {
      'INPUT_GITHUB-TOKEN': 'ghs_input_sentinel',
      GITHUB_TOKEN: 'ghs_env_sentinel',
      GH_TOKEN: 'gho_cli_sentinel',
      ACTIONS_RUNTIME_TOKEN: 'runtime_sentinel',
      ACTIONS_RUNTIME_URL: 'http://127.0.0.1:9/runtime-sentinel/',
      AWS_ACCESS_KEY_ID: 'AKIAPARENTSENTINEL',
      AWS_SECRET_ACCESS_KEY: 'parent_secret_sentinel',
      AWS_SESSION_TOKEN: 'parent_token_sentinel',
      AWS_PROFILE: 'parent-profile-sentinel',
    };
    const { dir, env } = doubleEnv({
      ...world.issuer.env,
      ...secrets,
      PULUMI_ACCESS_TOKEN: 'pul-must-reach-the-cli',
      PULUMI_DOUBLE_RECORD_ENV: '1',
      PULUMI_DOUBLE_PROBE: 'production,canary',
    });
    const run = await runAction({
      workspace: infraRepo(),
      inputs: {
        command: 'preview',
        manifest: 'infra.yaml',
        'changed-files': 'changes.txt',
        accounts: 'sandbox',
        'github-token': secrets['INPUT_GITHUB-TOKEN'],
      },
      env,
      timeoutMs: 120_000,
    });
    expect(run.code).toBe(0);
    // Every call but `pulumi version`: the SDK's probe of the CLI binary itself, run before any
    // workspace exists with this process's environment (no program, plugin or backend runs there).
    const calls = callsIn(dir).filter((c) => c.env && c.argv[0] !== 'version');
    expect(calls.map((c) => c.argv[0])).toEqual(expect.arrayContaining(['stack', 'preview']));
    const forbidden = [
      ...Object.values(secrets),
      world.issuer.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!,
      ...world.sts.secrets(),
      ...world.issuer.issued,
    ];
    for (const c of calls) {
      const names = Object.keys(c.env!);
      expect(
        names.filter((n) =>
          /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RUNTIME_|ACTIONS_CACHE_|ACTIONS_RESULTS_)|^(GITHUB_TOKEN|GH_TOKEN)$/.test(n),
        ),
      ).toEqual([]);
      expect(names.filter((n) => /^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)$/.test(n))).toEqual([]);
      const values = Object.values(c.env!).join('\n');
      for (const s of forbidden) expect(values.includes(s)).toBe(false);
      expect(c.env).toMatchObject({
        PULUMI_ACCESS_TOKEN: 'pul-must-reach-the-cli',
        PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
        AWS_PROFILE: 'infra-action-state',
        INFRA_TARGET_AWS_PROFILE: 'infra-action-target',
        INFRA_TARGET_ACCOUNT_ID: '111111111111',
      });
    }
    const preview = calls.find((c) => c.argv[0] === 'preview')!;
    // sandbox's tokens against production's and canary's sessions: refused by the server itself.
    expect(preview.probe!.map((p) => [p.account, p.kind, p.status])).toEqual([
      ['production', 'state', 403],
      ['production', 'target', 403],
      ['canary', 'state', 403],
      ['canary', 'target', 403],
      ['own, no token', 'target', 401],
    ]);
    expect(preview.credentialSteps!.every((s) => s.target?.account === '111111111111')).toBe(true);
  });

  test('on a laptop (--profile) one run serves each account to its own stacks: sandbox cannot fetch production, production gets its own', async () => {
    const sso = world.sts.issueSession(SSO_ROLE, 'jane@acme.com');
    const home = mkdtempSync(join(tmpdir(), 'home-'));
    const credentials = join(home, 'credentials');
    writeFileSync(
      credentials,
      `[incident]\naws_access_key_id = ${sso.accessKeyId}\naws_secret_access_key = ${sso.secretAccessKey}\naws_session_token = ${sso.sessionToken}\n`,
    );
    const { dir, env } = doubleEnv({
      GITHUB_ACTIONS: '',
      HOME: home,
      AWS_CONFIG_FILE: '/nonexistent',
      AWS_SHARED_CREDENTIALS_FILE: credentials,
      AWS_EC2_METADATA_DISABLED: 'true',
      PULUMI_DOUBLE_PROBE: 'production',
    });
    const ws = infraRepo();
    const run = await runAction({
      workspace: ws,
      inputs: {},
      args: [
        'preview',
        '--manifest',
        'infra.yaml',
        '--changed-files',
        'changes.txt',
        '--account',
        'sandbox,production',
        '--profile',
        'incident',
      ],
      env,
      timeoutMs: 120_000,
    });
    expect(run.code).toBe(0);
    const previews = callsIn(dir).filter((c) => c.argv[0] === 'preview');
    const byAccount = new Map(previews.map((c) => [c.target?.account, c]));
    expect([...byAccount.keys()].sort()).toEqual(['production', 'sandbox']);
    expect(
      byAccount
        .get('sandbox')!
        .probe!.filter((p) => p.account === 'production')
        .map((p) => p.status),
    ).toEqual([403, 403]);
    // Production's own target token answers for production's executor session only.
    expect(
      byAccount
        .get('production')!
        .probe!.filter((p) => p.account === 'production')
        .map((p) => p.status),
    ).toEqual([403, 200]);
    for (const [account, id] of [
      ['sandbox', '111111111111'],
      ['production', '333333333333'],
    ] as const) {
      const steps = byAccount.get(account)!.credentialSteps!;
      expect(steps.every((s) => s.target?.account === id && s.state?.arn === sso.sessionArn)).toBe(true);
    }
    // Outside GitHub Actions nothing is masked (`::add-mask::` would print the secret on a terminal) and nothing is printed.
    for (const s of world.sts.secrets()) expect(run.stdout + run.stderr).not.toContain(s);
  });
});
