import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCredentialProcessConfig, type CredentialProcessSetup } from '../../src/auth/credential-process.js';
import { BUNDLE } from '../support/run-action.js';
import { ACCOUNTS, DEPLOY, inEnvironment, startWorld, type World } from './world.js';

/** The self-refreshing profile: credential_process calls back into the real bundle (build first). */

let world: World;
let setup: CredentialProcessSetup;
const saved = { ...process.env };

beforeAll(async () => {
  world = await startWorld();
  setup = await writeCredentialProcessConfig({
    dir: mkdtempSync(join(tmpdir(), 'creds-')),
    roles: DEPLOY,
    accounts: ACCOUNTS,
    mode: 'oidc',
    bundle: BUNDLE,
    node: process.execPath,
  });
  Object.assign(process.env, world.env, { GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1', GITHUB_ACTOR: 'octocat' });
  for (const k of setup.unset) delete process.env[k];
});
afterAll(async () => {
  process.env = saved;
  await world.close();
});
beforeEach(() => {
  world.sts.calls = {};
  world.issuer.claims = inEnvironment('sandbox');
  world.sts.sessionSeconds = 60;
});

function runProfileCommand(profile: string): Promise<{ stdout: string; stderr: string }> {
  return readFile(setup.configFile, 'utf8').then((ini) => {
    const section = ini.split('[profile ').find((s) => s.startsWith(`${profile}]`))!;
    const command = /credential_process = (.*)/.exec(section)![1];
    // The SDK runs it through a shell, with the Pulumi process's env: our profile is the active one.
    return new Promise((resolve, reject) =>
      execFile('sh', ['-c', command], { env: { ...process.env, ...setup.envFor(ACCOUNTS[0]) } }, (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve({ stdout, stderr }),
      ),
    );
  });
}

test('credential_process prints only the Version 1 JSON of a fresh 60-second chained session', async () => {
  const { stdout } = await runProfileCommand('infra-action-sandbox');
  expect(stdout.trim().split('\n')).toHaveLength(1);
  const json = JSON.parse(stdout) as {
    Version: number;
    AccessKeyId: string;
    SecretAccessKey: string;
    SessionToken: string;
    Expiration: string;
  };
  const issued = world.sts.sessions.at(-1)!;
  expect(json).toEqual({
    Version: 1,
    AccessKeyId: issued.accessKeyId,
    SecretAccessKey: issued.secretAccessKey,
    SessionToken: issued.sessionToken,
    Expiration: issued.expiration.toISOString(),
  });
  expect(issued.roleArn).toBe('arn:aws:iam::111111111111:role/UnkeyPulumiAWSExecutor');
  expect(new Date(json.Expiration).getTime() - Date.now()).toBeLessThanOrEqual(60_000);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1, AssumeRole: 1 });
  const mgmt = JSON.parse((await runProfileCommand('infra-action-sandbox-management')).stdout) as { AccessKeyId: string };
  expect(world.sts.sessions.find((s) => s.accessKeyId === mgmt.AccessKeyId)?.roleArn).toBe(`${DEPLOY.oidcRoleBaseArn}-sandbox`);
});

/** Like Pulumi's provider: a separate process with the profile env, that calls AWS twice, 2.2 s apart. */
const SDK_SCRIPT = `
const { createRequire } = require('node:module');
const { STSClient, GetCallerIdentityCommand } = createRequire(process.env.ROOT + '/package.json')('@aws-sdk/client-sts');
(async () => {
  const sdk = new STSClient({ region: 'us-east-1' });
  const first = await sdk.send(new GetCallerIdentityCommand({}));
  await new Promise((r) => setTimeout(r, 2200));
  const second = await sdk.send(new GetCallerIdentityCommand({}));
  console.log(JSON.stringify([first.Arn, second.Arn]));
})().catch((e) => { console.error(e); process.exit(1); });
`;

test('an AWS SDK process using the profile outlives its sessions: expired credentials are replaced by the profile', async () => {
  world.sts.sessionSeconds = 2;
  world.issuer.claims = inEnvironment('production');
  const before = world.sts.sessions.length;
  const env = { ...process.env, ...setup.envFor(ACCOUNTS[2]), ROOT: process.cwd() };
  const out = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ['-e', SDK_SCRIPT], { env }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
  const arn = 'arn:aws:sts::333333333333:assumed-role/UnkeyPulumiAWSExecutor/infra-action-77-1';
  expect(JSON.parse(out)).toEqual([arn, arn]);
  const sessions = world.sts.sessions.slice(before).filter((s) => s.chained);
  expect(world.sts.calls.AssumeRole).toBeGreaterThanOrEqual(2);
  const stale = new STSClient({ region: 'us-east-1', credentials: sessions[0], maxAttempts: 1 });
  await expect(stale.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'ExpiredToken' });
});
