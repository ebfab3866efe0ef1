import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { assumeChain, type ChainOptions } from '../../src/auth/chain.js';
import { ChainError } from '../../src/auth/errors.js';
import { ACCOUNTS, DEPLOY, inEnvironment, PREVIEW, startWorld, type World } from './world.js';

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
  world.issuer.claims = inEnvironment('production');
  masked.length = 0;
});

const ctx = {
  runId: '99',
  runAttempt: '2',
  repository: 'acme/infra',
  workflow: 'infra / deploy',
  ref: 'refs/heads/feature/x#1',
  sha: 'b'.repeat(40),
  actor: 'dependabot[bot]',
};
const options = (extra: ChainOptions = {}): ChainOptions => ({
  mode: 'oidc',
  context: ctx,
  getIdToken: async () => world.issuer.token(),
  maskSecret: (v) => masked.push(v),
  retry: { sleep: async () => {} },
  ...extra,
});

test('40 stacks in one account make 1 + 1 STS calls, with session name, tags and source identity on hop 2', async () => {
  const chain = assumeChain(ACCOUNTS, DEPLOY, options());
  const creds = await Promise.all(Array.from({ length: 40 }, () => chain.forAccount(ACCOUNTS[2])));
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1, AssumeRole: 1 });
  expect(new Set(creds.map((c) => c.accessKeyId)).size).toBe(1);
  const hop1 = world.sts.sessions.filter((s) => !s.chained).at(-1)!;
  expect(hop1.roleArn).toBe('arn:aws:iam::000000000000:role/InfraDeployRole-production');
  const hop2 = world.sts.sessions.filter((s) => s.chained).at(-1)!;
  expect(hop2.roleArn).toBe('arn:aws:iam::333333333333:role/UnkeyPulumiAWSExecutor');
  expect(hop2.sessionName).toBe('infra-action-99-2');
  expect(hop2.sourceIdentity).toBe('dependabot-bot-');
  expect(hop2.tags).toMatchObject({
    repository: 'acme/infra',
    workflow: 'infra / deploy',
    ref: 'refs/heads/feature/x_1',
    actor: 'dependabot_bot_',
    'run-id': '99',
  });
  expect(masked).toEqual(expect.arrayContaining([creds[0].accessKeyId, creds[0].secretAccessKey, creds[0].sessionToken]));
  const who = await chain.whoAmI(creds[0]);
  expect(who).toMatchObject({
    account: '333333333333',
    arn: 'arn:aws:sts::333333333333:assumed-role/UnkeyPulumiAWSExecutor/infra-action-99-2',
  });
});

test('a job in environment sandbox reaches sandbox only: AWS refuses production at hop 1, and at hop 2 from the sandbox session', async () => {
  world.issuer.claims = inEnvironment('sandbox');
  const chain = assumeChain(ACCOUNTS, DEPLOY, options());
  await chain.forAccount(ACCOUNTS[0]);
  const err = (await chain.forAccount(ACCOUNTS[2]).catch((e: unknown) => e)) as ChainError;
  expect(err).toBeInstanceOf(ChainError);
  expect(err.hop).toBe(1);
  expect(err.details).toMatchObject({
    code: 'AccessDenied',
    roleArn: 'arn:aws:iam::000000000000:role/InfraDeployRole-production',
    account: { name: 'production' },
  });
  // The sandbox session (what a sandbox Pulumi process holds for its backend) cannot hop into production.
  const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts');
  const sandboxHop1 = await chain.management(ACCOUNTS[0]);
  const raw = await new STSClient({ region: 'us-east-1', credentials: sandboxHop1, maxAttempts: 1 })
    .send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::333333333333:role/UnkeyPulumiAWSExecutor', RoleSessionName: 'sneak' }))
    .catch((e: unknown) => e as Error);
  expect(raw).toMatchObject({ name: 'AccessDenied' });
  // A manifest that calls production's id "sandbox" still meets production's executor, which trusts only production's role.
  const renamed = { ...ACCOUNTS[0], id: ACCOUNTS[2].id };
  const err2 = (await assumeChain([renamed], DEPLOY, options())
    .forAccount(renamed)
    .catch((e: unknown) => e)) as ChainError;
  expect(err2.hop).toBe(2);
  expect(err2.details.code).toBe('AccessDenied');
});

test('main without an environment reaches no account', async () => {
  world.issuer.claims = { shape: 'push' };
  const chain = assumeChain(ACCOUNTS, DEPLOY, options());
  for (const a of ACCOUNTS) expect(((await chain.management(a).catch((e: unknown) => e)) as ChainError).details.code).toBe('AccessDenied');
});

test('cached sessions are refreshed before they expire', async () => {
  world.sts.sessionSeconds = 60;
  let now = Date.now();
  const chain = assumeChain(ACCOUNTS, DEPLOY, options({ now: () => now }));
  const first = await chain.forAccount(ACCOUNTS[2]);
  await chain.forAccount(ACCOUNTS[2]);
  expect(world.sts.calls.AssumeRole).toBe(1);
  now += 45_000; // 15 s left of 60: inside the refresh margin
  const second = await chain.forAccount(ACCOUNTS[2]);
  expect(second.accessKeyId).not.toBe(first.accessKeyId);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 2, AssumeRole: 2 });
});

test('throttling and 5xx are retried; AccessDenied is not', async () => {
  world.sts.faults.push({ kind: 'throttle', times: 2 }, { kind: '5xx', action: 'AssumeRole', times: 1 });
  const chain = assumeChain(ACCOUNTS, DEPLOY, options());
  await chain.forAccount(ACCOUNTS[2]);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 3, AssumeRole: 2 });

  world.sts.calls = {};
  world.issuer.claims = { shape: 'pull_request' };
  const denied = assumeChain(ACCOUNTS, DEPLOY, options());
  const err = (await denied.management(ACCOUNTS[0]).catch((e: unknown) => e)) as ChainError;
  expect(err).toBeInstanceOf(ChainError);
  expect(err.hop).toBe(1);
  expect(err.details.code).toBe('AccessDenied');
  expect(err.details.claims?.sub).toBe('repo:acme/infra:pull_request');
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1 });
});

test('retries stop at the attempt bound', async () => {
  world.sts.faults.push({ kind: 'throttle', times: Infinity });
  const sleeps: number[] = [];
  const chain = assumeChain(
    ACCOUNTS,
    DEPLOY,
    options({ retry: { attempts: 4, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 } }),
  );
  const err = (await chain.management(ACCOUNTS[2]).catch((e: unknown) => e)) as ChainError;
  expect(err.details.code).toBe('Throttling');
  expect(world.sts.calls.AssumeRoleWithWebIdentity).toBe(4);
  expect(sleeps).toEqual([125, 250, 500]);
});

test('a hang times out per call with a message naming the endpoint', async () => {
  world.sts.faults.push({ kind: 'hang', times: Infinity });
  const chain = assumeChain(ACCOUNTS, DEPLOY, options({ callTimeoutMs: 150, retry: { attempts: 2, sleep: async () => {} } }));
  const err = (await chain.management(ACCOUNTS[2]).catch((e: unknown) => e)) as ChainError;
  expect(err.message).toContain(`got no answer within 0.15 s after 2 attempt(s)`);
  expect(err.message).toContain(world.sts.url);
});

test('a PR token gets the preview roles of ungated accounts only; the deploy executor refuses a preview role', async () => {
  world.issuer.claims = { shape: 'pull_request' };
  const preview = assumeChain(ACCOUNTS, PREVIEW, options());
  await preview.forAccount(ACCOUNTS[0]);
  await preview.forAccount(ACCOUNTS[1]);
  const gated = (await preview.forAccount(ACCOUNTS[2]).catch((e: unknown) => e)) as ChainError;
  expect(gated.details).toMatchObject({ code: 'AccessDenied', roleArn: 'arn:aws:iam::000000000000:role/InfraPreviewRole-production' });
  const crossed = assumeChain(ACCOUNTS, { ...PREVIEW, executorRole: DEPLOY.executorRole }, options());
  const err = (await crossed.forAccount(ACCOUNTS[1]).catch((e: unknown) => e)) as ChainError;
  expect(err.hop).toBe(2);
  expect(err.details.code).toBe('AccessDenied');
  world.issuer.claims = inEnvironment('production-preview');
  await assumeChain(ACCOUNTS, PREVIEW, options()).forAccount(ACCOUNTS[2]);
});

test('hop 2 never asks for more than an hour; STS refuses a longer chained session and the explanation says why', async () => {
  const chain = assumeChain(ACCOUNTS, DEPLOY, options({ durationSeconds: 7200 }));
  const creds = await chain.forAccount(ACCOUNTS[2]);
  expect(creds.expiration!.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
  const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts');
  const mgmt = await chain.management(ACCOUNTS[2]);
  const raw = await new STSClient({ region: 'us-east-1', credentials: mgmt, maxAttempts: 1 })
    .send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${ACCOUNTS[2].id}:role/${DEPLOY.executorRole}`,
        RoleSessionName: 'too-long',
        DurationSeconds: 7200,
      }),
    )
    .catch((e: unknown) => e as Error);
  expect(raw).toMatchObject({ name: 'ValidationError' });
  const { explainFailure } = await import('../../src/auth/explain.js');
  expect(explainFailure(new ChainError('Hop 2 failed', 2, { code: 'ValidationError', cause: raw }))).toContain(
    'DurationSeconds must be ≤ 3600',
  );
});

test('a reusable-workflow token (job_workflow_ref of another repository) still has the caller repository in sub', async () => {
  world.issuer.claims = { shape: 'reusable' };
  const chain = assumeChain(ACCOUNTS, DEPLOY, options());
  const claims = await chain.fetchClaims();
  expect(claims).toMatchObject({
    sub: 'repo:acme/infra:ref:refs/heads/main',
    job_workflow_ref: expect.stringMatching(/^unkeyed\/infra-action\//),
  });
  // Without an environment the reusable workflow's job reaches nothing: job_workflow_ref is not a key AWS evaluates.
  expect(((await chain.forAccount(ACCOUNTS[2]).catch((e: unknown) => e)) as ChainError).details.code).toBe('AccessDenied');
});

test('a token for the wrong audience is refused by STS itself and not retried', async () => {
  const chain = assumeChain(ACCOUNTS, DEPLOY, options({ getIdToken: async () => world.issuer.token('https://github.com/acme') }));
  const err = (await chain.management(ACCOUNTS[2]).catch((e: unknown) => e)) as ChainError;
  expect(err.details.code).toBe('InvalidIdentityToken');
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1 });
});

test('walkChains walks both hops of each account once (cached for the stacks) and explains each failing account once', async () => {
  const { walkChains, chainExplainer } = await import('../../src/auth/prepare.js');
  const manifest = { management: { accountId: '000000000000', oidcRole: 'InfraDeployRole' }, accounts: ACCOUNTS };
  const explain = chainExplainer(manifest, DEPLOY, 'deploy');
  const chain = assumeChain(ACCOUNTS, DEPLOY, options());
  expect(await walkChains(chain, [ACCOUNTS[2]], explain)).toEqual([]);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1, AssumeRole: 1 });
  await chain.forAccount(ACCOUNTS[2]);
  expect(world.sts.calls.AssumeRole).toBe(1);
  const wrong = [{ ...ACCOUNTS[2], id: '444444444444' }];
  const [badId] = await walkChains(assumeChain(wrong, DEPLOY, options()), wrong, explain);
  expect(badId.accounts).toEqual(['production']);
  expect(badId.explanation).toContain('a wrong account id');
  world.issuer.claims = inEnvironment('sandbox');
  const denied = await walkChains(assumeChain(ACCOUNTS, DEPLOY, options()), ACCOUNTS, explain);
  expect(denied.map((f) => f.accounts)).toEqual([['canary'], ['production']]);
  expect(denied[1].summary).toMatch(
    /^Hop 1 \(AssumeRoleWithWebIdentity → arn:aws:iam::000000000000:role\/InfraDeployRole-production\) failed: AccessDenied/,
  );
  expect(denied[1].explanation).toContain('This job runs in GitHub environment "sandbox"');
  expect(denied[1].explanation).toContain(
    `StringEquals token.actions.githubusercontent.com:sub: the request has "repo:acme/infra:environment:sandbox"; the policy allows "repo:acme/infra:environment:production"`,
  );
});
