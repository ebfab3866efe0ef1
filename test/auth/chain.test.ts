import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { assumeChain, type ChainOptions } from '../../src/auth/chain.js';
import { ChainError } from '../../src/auth/errors.js';
import { ACCOUNTS, DEPLOY, PREVIEW, startWorld, type World } from './world.js';

let world: World;
const saved = { ...process.env };
const masked: string[] = [];

beforeAll(async () => {
  world = await startWorld();
  Object.assign(process.env, world.sts.env);
});
afterAll(async () => {
  process.env = saved;
  await world.close();
});
beforeEach(() => {
  world.sts.faults.length = 0;
  world.sts.calls = {};
  world.sts.sessionSeconds = undefined;
  world.issuer.claims = {};
  masked.length = 0;
});

const ctx = { runId: '99', runAttempt: '2', repository: 'acme/infra', workflow: 'infra / deploy', ref: 'refs/heads/feature/x#1', sha: 'b'.repeat(40), actor: 'dependabot[bot]' };
const options = (extra: ChainOptions = {}): ChainOptions => ({
  mode: 'oidc',
  context: ctx,
  getIdToken: async () => world.issuer.token(),
  maskSecret: (v) => masked.push(v),
  retry: { sleep: async () => {} },
  ...extra,
});

test('40 stacks in 3 accounts make 1 + 3 STS calls, with session name, tags and source identity on hop 2', async () => {
  const chain = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, options());
  const stacks = Array.from({ length: 40 }, (_, i) => ACCOUNTS[i % 3]);
  const creds = await Promise.all(stacks.map((a) => chain.forAccount(a)));
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1, AssumeRole: 3 });
  expect(new Set(creds.map((c) => c.accessKeyId)).size).toBe(3);
  const hop2 = world.sts.sessions.filter((s) => s.chained).slice(-3);
  expect(hop2.map((s) => s.roleArn)).toEqual(ACCOUNTS.map((a) => `arn:aws:iam::${a.id}:role/UnkeyPulumiAWSExecutor`));
  expect(hop2[0].sessionName).toBe('infra-action-99-2');
  expect(hop2[0].sourceIdentity).toBe('dependabot-bot-');
  expect(hop2[0].tags).toMatchObject({ repository: 'acme/infra', workflow: 'infra / deploy', ref: 'refs/heads/feature/x_1', actor: 'dependabot_bot_', 'run-id': '99' });
  for (const c of creds) expect(masked).toEqual(expect.arrayContaining([c.accessKeyId, c.secretAccessKey, c.sessionToken]));
  const who = await chain.whoAmI(creds[2]);
  expect(who).toMatchObject({ account: '333333333333', arn: 'arn:aws:sts::333333333333:assumed-role/UnkeyPulumiAWSExecutor/infra-action-99-2' });
});

test('cached sessions are refreshed before they expire', async () => {
  world.sts.sessionSeconds = 60;
  let now = Date.now();
  const chain = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, options({ now: () => now }));
  const first = await chain.forAccount(ACCOUNTS[0]);
  await chain.forAccount(ACCOUNTS[0]);
  expect(world.sts.calls.AssumeRole).toBe(1);
  now += 45_000; // 15 s left of 60: inside the refresh margin
  const second = await chain.forAccount(ACCOUNTS[0]);
  expect(second.accessKeyId).not.toBe(first.accessKeyId);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 2, AssumeRole: 2 });
});

test('throttling and 5xx are retried; AccessDenied is not', async () => {
  world.sts.faults.push({ kind: 'throttle', times: 2 }, { kind: '5xx', action: 'AssumeRole', times: 1 });
  const chain = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, options());
  await chain.forAccount(ACCOUNTS[0]);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 3, AssumeRole: 2 });

  world.sts.calls = {};
  world.issuer.claims = { shape: 'pull_request' };
  const denied = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, options());
  const err = (await denied.management().catch((e: unknown) => e)) as ChainError;
  expect(err).toBeInstanceOf(ChainError);
  expect(err.hop).toBe(1);
  expect(err.details.code).toBe('AccessDenied');
  expect(err.details.claims?.sub).toBe('repo:acme/infra:pull_request');
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1 });
});

test('retries stop at the attempt bound', async () => {
  world.sts.faults.push({ kind: 'throttle', times: Infinity });
  const sleeps: number[] = [];
  const chain = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, options({ retry: { attempts: 4, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 } }));
  const err = (await chain.management().catch((e: unknown) => e)) as ChainError;
  expect(err.details.code).toBe('Throttling');
  expect(world.sts.calls.AssumeRoleWithWebIdentity).toBe(4);
  expect(sleeps).toEqual([125, 250, 500]);
});

test('a hang times out per call with a message naming the endpoint', async () => {
  world.sts.faults.push({ kind: 'hang', times: Infinity });
  const chain = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, options({ callTimeoutMs: 150, retry: { attempts: 2, sleep: async () => {} } }));
  const err = (await chain.management().catch((e: unknown) => e)) as ChainError;
  expect(err.message).toContain(`got no answer within 0.15 s after 2 attempt(s)`);
  expect(err.message).toContain(world.sts.url);
});

test('a PR token gets the preview roles; the deploy executor refuses the preview role', async () => {
  world.issuer.claims = { shape: 'pull_request' };
  const preview = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, PREVIEW, options());
  await preview.forAccount(ACCOUNTS[1]);
  const crossed = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, { ...PREVIEW, executorRole: DEPLOY.executorRole }, options());
  const err = (await crossed.forAccount(ACCOUNTS[1]).catch((e: unknown) => e)) as ChainError;
  expect(err.hop).toBe(2);
  expect(err.details.code).toBe('AccessDenied');
});

test('hop 2 never asks for more than an hour; STS refuses a longer chained session and the explanation says why', async () => {
  const chain = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, options({ durationSeconds: 7200 }));
  const creds = await chain.forAccount(ACCOUNTS[0]);
  expect(creds.expiration!.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
  const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts');
  const mgmt = await chain.management();
  const raw = await new STSClient({ region: 'us-east-1', credentials: mgmt, maxAttempts: 1 })
    .send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNTS[0].id}:role/${DEPLOY.executorRole}`, RoleSessionName: 'too-long', DurationSeconds: 7200 }))
    .catch((e: unknown) => e as Error);
  expect(raw).toMatchObject({ name: 'ValidationError' });
  const { explainFailure } = await import('../../src/auth/explain.js');
  expect(explainFailure(new ChainError('Hop 2 failed', 2, { code: 'ValidationError', cause: raw }))).toContain('DurationSeconds must be ≤ 3600');
});

test('a reusable-workflow token (job_workflow_ref of another repository) still has the caller repository in sub', async () => {
  world.issuer.claims = { shape: 'reusable' };
  const chain = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, options());
  await chain.forAccount(ACCOUNTS[2]);
  expect(chain.claims()).toMatchObject({ sub: 'repo:acme/infra:ref:refs/heads/main', job_workflow_ref: expect.stringMatching(/^unkeyed\/infra-action\//) });
});

test('a token for the wrong audience is refused by STS itself and not retried', async () => {
  const chain = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, options({ getIdToken: async () => world.issuer.token('https://github.com/acme') }));
  const err = (await chain.management().catch((e: unknown) => e)) as ChainError;
  expect(err.details.code).toBe('InvalidIdentityToken');
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1 });
});

test('prepareChain walks every hop up front and stops with the explanation', async () => {
  const { prepareChain, ChainFailure } = await import('../../src/auth/prepare.js');
  const { chain, warning } = await prepareChain({ deployRoles: DEPLOY }, ACCOUNTS, 'preview', options());
  expect(warning).toContain('Previews use the deploy roles');
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1, AssumeRole: 3 });
  await chain.forAccount(ACCOUNTS[1]);
  expect(world.sts.calls.AssumeRole).toBe(3);
  const wrong = [{ ...ACCOUNTS[0], id: '444444444444' }];
  const err = (await prepareChain({ deployRoles: DEPLOY }, wrong, 'deploy', options()).catch((e: unknown) => e)) as Error;
  expect(err).toBeInstanceOf(ChainFailure);
  expect(err.message).toContain('a wrong account id');
});
