import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/run-action.js';
import { startWorld, type World } from './world.js';

/** `infra-action verify` on a laptop: no OIDC; hop 1 is the ambient (SSO) session, then the same hop 2. */

const SSO_ROLE = 'arn:aws:iam::000000000000:role/AWSReservedSSO_AdministratorAccess_0123';
let world: World;
let ws: string;
beforeAll(async () => {
  world = await startWorld('acme/infra', { ssoAdminRoleArns: { sandbox: SSO_ROLE } });
  ws = mkdtempSync(join(tmpdir(), 'laptop-'));
  mkdirSync(join(ws, 'network'));
  writeFileSync(join(ws, 'network', 'Pulumi.yaml'), 'name: network\nruntime: nodejs\n');
  writeFileSync(
    join(ws, 'infra.yaml'),
    'org: acme\nmanagement: { accountId: "000000000000", oidcRole: InfraDeployRole }\nexecutorRole: UnkeyPulumiAWSExecutor\naccounts:\n  - { name: sandbox, id: "111111111111", regions: [us-east-1] }\n  - { name: canary, id: "222222222222", regions: [us-east-1] }\nprojects:\n  - { name: network, program: ./network, paths: ["network/**"] }\n',
  );
});
afterAll(async () => world.close());

const laptop = { GITHUB_ACTIONS: '', AWS_CONFIG_FILE: '/nonexistent', AWS_EC2_METADATA_DISABLED: 'true' };

test('--profile: the SSO session is hop 1, hop 2 carries the same session name rules, and nothing secret is printed', async () => {
  const sso = world.sts.issueSession(SSO_ROLE, 'jane@acme.com');
  const credsFile = join(ws, 'credentials');
  writeFileSync(
    credsFile,
    `[incident]\naws_access_key_id = ${sso.accessKeyId}\naws_secret_access_key = ${sso.secretAccessKey}\naws_session_token = ${sso.sessionToken}\n`,
  );
  world.sts.calls = {};
  const run = await runAction({
    inputs: {},
    args: ['verify', '--account', 'sandbox', '--profile', 'incident'],
    workspace: ws,
    env: { ...world.sts.env, ...laptop, AWS_SHARED_CREDENTIALS_FILE: credsFile, USER: 'jane' },
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(new RegExp(`✓ 1 +management +ambient credentials +${sso.sessionArn.replace(/[.+]/g, '\\$&')} `));
  expect(run.stdout).toContain('arn:aws:sts::111111111111:assumed-role/UnkeyPulumiAWSExecutor/infra-action-1234-1');
  expect(world.sts.calls).toEqual({ GetCallerIdentity: 2, AssumeRole: 1 });
  for (const s of world.sts.secrets()) expect(run.stdout + run.stderr).not.toContain(s);
});

test('no ambient credentials: hop 1 says to sign in; an executor that does not trust the SSO role says so', async () => {
  const none = await runAction({
    inputs: {},
    args: ['verify'],
    workspace: ws,
    env: { ...world.sts.env, ...laptop, AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' },
  });
  expect(none.code).toBe(1);
  expect(none.stdout).toContain('aws sso login --profile NAME');
  const sso = world.sts.issueSession(SSO_ROLE, 'jane@acme.com');
  const env = {
    ...world.sts.env,
    ...laptop,
    AWS_ACCESS_KEY_ID: sso.accessKeyId,
    AWS_SECRET_ACCESS_KEY: sso.secretAccessKey,
    AWS_SESSION_TOKEN: sso.sessionToken,
  };
  const canary = await runAction({ inputs: {}, args: ['verify', '--account', 'canary'], workspace: ws, env });
  expect(canary.code).toBe(1);
  expect(canary.stdout).toContain('refused your ambient (SSO) role');
});
