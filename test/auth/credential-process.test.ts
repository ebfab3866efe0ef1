import { afterAll, beforeAll, beforeEach, expect, jest, test } from '@jest/globals';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assumeChain } from '../../src/auth/chain.js';
import { serveCredentials, type PulumiEnv, type ServedCredentials } from '../../src/engine/served-credentials.js';
import { BUNDLE } from '../support/run-action.js';
import { ACCOUNTS, DEPLOY, inEnvironment, startWorld, type World } from './world.js';

// The bundle's `credentials` command and a child SDK process: slower than a unit test on a busy machine.
jest.setTimeout(90_000);

/**
 * The served profiles (src/engine/served-credentials.ts): the chain stays in this process, behind a
 * loopback server; a Pulumi process gets an AWS config file whose profiles run the real bundle's
 * `credentials` command (build first), and one bearer token per session kind of its own account.
 */

let world: World;
let served: ServedCredentials;
let dir: string;
const saved = { ...process.env };

/** The job's chain, as the action builds it (the SDK finds the STS emulator through AWS_ENDPOINT_URL_STS). */
const chainOf = () =>
  assumeChain(ACCOUNTS, DEPLOY, {
    mode: 'oidc',
    context: {
      runId: '77',
      runAttempt: '1',
      repository: 'acme/infra',
      workflow: 'deploy',
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      actor: 'octocat',
    },
    getIdToken: async () => world.issuer.token(),
    maskSecret: () => {},
  });

beforeAll(async () => {
  world = await startWorld();
  world.issuer.claims = inEnvironment('production');
  Object.assign(process.env, world.sts.env);
  dir = mkdtempSync(join(tmpdir(), 'served-'));
  served = await serveCredentials(chainOf(), { dir, bundle: BUNDLE, node: process.execPath });
});
afterAll(async () => {
  process.env = saved;
  await served.close();
  await world.close();
});
beforeEach(() => {
  world.sts.sessionSeconds = undefined;
});

const PRODUCTION = ACCOUNTS[2];

/** A child with the served environment, as the Pulumi CLI's SDKs and providers would run (undefined = left out). */
function childEnv(served: PulumiEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...world.sts.env, ...served, ...extra };
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(file, args, { env }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr })),
  );
}

const commandOf = (configFile: string, profile: string): string =>
  new RegExp(`\\[profile ${profile}\\]\\ncredential_process = (.*)`).exec(readFileSync(configFile, 'utf8'))![1]!;

test("a profile's command prints only the Version 1 JSON of the account's session, and the file holds no secret", async () => {
  const env = await served.envFor(PRODUCTION);
  const configFile = env.AWS_CONFIG_FILE!;
  expect(statSync(configFile).mode & 0o777).toBe(0o600);
  expect(statSync(join(dir, 'aws')).mode & 0o777).toBe(0o700);
  // The SDKs run it through a shell, with the Pulumi process's environment.
  const target = await run('sh', ['-c', commandOf(configFile, env.INFRA_TARGET_AWS_PROFILE!)], childEnv(env));
  expect(target.stderr).toBe('');
  expect(target.stdout.trim().split('\n')).toHaveLength(1);
  const json = JSON.parse(target.stdout) as Record<string, unknown>;
  const issued = world.sts.sessions.find((s) => s.accessKeyId === json.AccessKeyId)!;
  expect(json).toEqual({
    Version: 1,
    AccessKeyId: issued.accessKeyId,
    SecretAccessKey: issued.secretAccessKey,
    SessionToken: issued.sessionToken,
    Expiration: issued.expiration.toISOString(),
  });
  expect(issued.roleArn).toBe('arn:aws:iam::333333333333:role/UnkeyPulumiAWSExecutor');
  const state = JSON.parse((await run('sh', ['-c', commandOf(configFile, env.AWS_PROFILE!)], childEnv(env))).stdout) as Record<
    string,
    string
  >;
  expect(world.sts.sessions.find((s) => s.accessKeyId === state.AccessKeyId)?.roleArn).toBe(`${DEPLOY.oidcRoleBaseArn}-production`);
  const file = readFileSync(configFile, 'utf8');
  for (const secret of [...world.sts.secrets(), env.INFRA_ACTION_STATE_CREDENTIALS_TOKEN!, env.INFRA_ACTION_TARGET_CREDENTIALS_TOKEN!])
    expect(file).not.toContain(secret);
});

test('a token answers only for its own account and kind; the command refuses anything but loopback; close ends every token', async () => {
  const env = await served.envFor(PRODUCTION);
  const { url } = { url: /--url '([^']+)'/.exec(commandOf(env.AWS_CONFIG_FILE!, 'infra-action-target'))![1]! };
  const ask = (u: string, token?: string) => fetch(u, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect((await ask(url, env.INFRA_ACTION_TARGET_CREDENTIALS_TOKEN)).status).toBe(200);
  expect((await ask(url.replace('/production/', '/sandbox/'), env.INFRA_ACTION_TARGET_CREDENTIALS_TOKEN)).status).toBe(403);
  expect((await ask(url.replace(/target$/, 'state'), env.INFRA_ACTION_TARGET_CREDENTIALS_TOKEN)).status).toBe(403);
  expect((await ask(url)).status).toBe(401);
  expect((await ask(url, 'guess')).status).toBe(401);
  const elsewhere = await run(
    process.execPath,
    [BUNDLE, 'credentials', '--url', 'http://example.com/v1/production/target', '--token-env', 'T'],
    {
      ...process.env,
      T: env.INFRA_ACTION_TARGET_CREDENTIALS_TOKEN!,
    },
  );
  expect(elsewhere.code).toBe(2);
  expect(elsewhere.stdout).toBe('');
  const other = await serveCredentials(chainOf(), { dir: mkdtempSync(join(tmpdir(), 'served-')), bundle: BUNDLE });
  const otherEnv = await other.envFor(PRODUCTION);
  const otherCommand = commandOf(otherEnv.AWS_CONFIG_FILE!, 'infra-action-target');
  await other.close();
  const closed = await run('sh', ['-c', otherCommand], childEnv(otherEnv));
  expect(closed.code).toBe(1);
  expect(closed.stdout).toBe('');
  expect(closed.stderr).toContain('infra-action credentials:');
});

/** Like Pulumi's provider: a separate process on the target profile that calls AWS twice, past its first session's expiry. */
const SDK_SCRIPT = `
const { createRequire } = require('node:module');
const { STSClient, GetCallerIdentityCommand } = createRequire(process.env.ROOT + '/package.json')('@aws-sdk/client-sts');
(async () => {
  const sdk = new STSClient({ region: 'us-east-1', profile: process.env.INFRA_TARGET_AWS_PROFILE });
  const first = await sdk.send(new GetCallerIdentityCommand({}));
  const until = Number(process.env.UNTIL);
  while (Date.now() <= until) await new Promise((r) => setTimeout(r, 50));
  const second = await sdk.send(new GetCallerIdentityCommand({}));
  console.log(JSON.stringify([first.Arn, second.Arn]));
})().catch((e) => { console.error(e); process.exit(1); });
`;

test('an AWS SDK process on the profile outlives its session: the server renews it through the chain', async () => {
  // 10-second sessions: the server hands each out with at least 5 s left (session-cache.ts).
  world.sts.sessionSeconds = 10;
  const account = ACCOUNTS[2];
  const fresh = await serveCredentials(chainOf(), { dir: mkdtempSync(join(tmpdir(), 'served-')), bundle: BUNDLE });
  try {
    const before = world.sts.sessions.length;
    const env = await fresh.envFor(account);
    const first = world.sts.sessions.slice(before).find((s) => s.chained)!;
    // Wait (in the child) until the first executor session has expired: the second call needs a new one.
    const out = await run(
      process.execPath,
      ['-e', SDK_SCRIPT],
      childEnv(env, { ROOT: process.cwd(), UNTIL: String(first.expiration.getTime()) }),
    );
    expect(out.stderr).toBe('');
    const arn = 'arn:aws:sts::333333333333:assumed-role/UnkeyPulumiAWSExecutor/infra-action-77-1';
    expect(JSON.parse(out.stdout)).toEqual([arn, arn]);
    expect(world.sts.sessions.slice(before).filter((s) => s.chained).length).toBeGreaterThanOrEqual(2);
    const stale = new STSClient({ region: 'us-east-1', credentials: first, maxAttempts: 1 });
    await expect(stale.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'ExpiredToken' });
  } finally {
    await fresh.close();
  }
});
