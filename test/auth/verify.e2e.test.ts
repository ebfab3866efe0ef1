import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployRoleTrustPolicy } from '../../shared/trust-policies.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { DEPLOY, inEnvironment, PROVIDER_ARN, startWorld, type World } from './world.js';
import { renderedText } from '../support/gfm.js';

/** `command: verify` through the real bundle (build first), against the loopback OIDC issuer and STS. */

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => world.close());
beforeEach(() => {
  world.sts.faults.length = 0;
  world.sts.calls = {};
  world.issuer.claims = inEnvironment('production');
});

function workspace(opts: { preview?: boolean; canaryId?: string; accounts?: string[] } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  mkdirSync(join(dir, 'network'));
  writeFileSync(join(dir, 'network', 'Pulumi.yaml'), 'name: network\nruntime: nodejs\n');
  writeFileSync(
    join(dir, 'infra.yaml'),
    [
      'org: acme',
      'management: { accountId: "000000000000", oidcRole: InfraDeployRole }',
      'executorRole: UnkeyPulumiAWSExecutor',
      ...(opts.preview ? ['previewRole: { oidcRole: InfraPreviewRole, executorRole: UnkeyPulumiAWSPreview }'] : []),
      'accounts:',
      ...(opts.accounts ?? [
        '  - { name: sandbox, id: "111111111111", regions: [us-east-1] }',
        `  - { name: canary, id: "${opts.canaryId ?? '222222222222'}", regions: [us-east-1] }`,
        '  - { name: production, id: "333333333333", regions: [us-east-1, eu-west-1], previewEnvironment: production-preview }',
      ]),
      'projects:',
      '  - { name: network, program: ./network, paths: ["network/**"] }',
      '',
    ].join('\n'),
  );
  return dir;
}

async function verify(
  opts: { ws?: string; event?: string; env?: Record<string, string>; inputs?: Record<string, string>; token?: boolean } = {},
): Promise<ActionRun> {
  const env = { ...world.sts.env, ...(opts.token === false ? {} : world.issuer.env), ...(opts.env ?? {}) };
  const event =
    opts.event === 'pull_request'
      ? { name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: 'b'.repeat(40) }, head: { sha: 'c'.repeat(40) } } } }
      : { name: 'push', payload: {} };
  return runAction({
    inputs: { command: 'verify', manifest: 'infra.yaml', ...(opts.inputs ?? {}) },
    env,
    event,
    workspace: opts.ws ?? workspace(),
  });
}

/** No secret may appear anywhere except in the runner's own `::add-mask::` commands. */
function expectNoSecrets(run: ActionRun): void {
  const secrets = [...world.sts.secrets(), ...world.issuer.issued];
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const everything = [stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join('\n');
  for (const s of secrets) expect(everything.includes(s)).toBe(false);
  // Credentials stay in this step: nothing exported to later steps without export-credentials: true.
  expect(run.stdout).not.toMatch(/::set-env|AWS_SECRET_ACCESS_KEY/);
}

test('happy path: a job in environment production walks production’s 1 + 1 hops; a table with the assumed identities, secrets masked first', async () => {
  const run = await verify();
  expect(run.code).toBe(0);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1, AssumeRole: 1, GetCallerIdentity: 2 });
  expect(run.stdout).toContain('arn:aws:sts::000000000000:assumed-role/InfraDeployRole-production/infra-action-1234-1');
  expect(run.stdout).toContain('arn:aws:sts::333333333333:assumed-role/UnkeyPulumiAWSExecutor/infra-action-1234-1');
  expect(run.summary).toMatch(/\| ✓ 2 \| production \| [^|]+ \| [^|]+ \|/);
  expect(renderedText(run.summary)).toMatch(
    /✓ 2\s+production\s+arn:aws:iam::333333333333:role\/UnkeyPulumiAWSExecutor\s+arn:aws:sts::333333333333:assumed-role\//,
  );
  expect(run.stdout).toContain(
    'This job runs in GitHub environment "production", so its token can reach production only; not checked: sandbox, canary',
  );
  const hop1 = world.sts.sessions.filter((s) => !s.chained).at(-1)!;
  expect(run.stdout).toContain(`::add-mask::${hop1.secretAccessKey}`);
  expect(run.stdout.indexOf(`::add-mask::${hop1.secretAccessKey}`)).toBeLessThan(run.stdout.indexOf('Role chain ('));
  expectNoSecrets(run);
});

test('a sandbox-environment token is refused by the production deploy role, and verify names the failing condition', async () => {
  world.issuer.claims = inEnvironment('sandbox');
  const run = await verify({ inputs: { accounts: 'production' } });
  expect(run.code).not.toBe(0);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1 });
  expect(run.stdout).toContain(
    "GitHub's token was refused by the trust policy of arn:aws:iam::000000000000:role/InfraDeployRole-production",
  );
  expect(run.stdout).toContain('The trust bootstrap-management gives InfraDeployRole-production (docs/trust-model.md) refuses it:');
  expect(run.stdout).toContain(
    '✗ GitHubActionsDeploy (sts:AssumeRoleWithWebIdentity): StringEquals token.actions.githubusercontent.com:sub: the request has "repo:acme/infra:environment:sandbox"; the policy allows "repo:acme/infra:environment:production"',
  );
  expect(run.stdout).toContain('This job runs in GitHub environment "sandbox"');
  expect(run.stdout).toContain('Account production deploys only from jobs in environment "production"');
  expect(renderedText(run.summary)).toMatch(/✗ 1\s+production\s+arn:aws:iam::000000000000:role\/InfraDeployRole-production/);
  expectNoSecrets(run);
});

test('a manifest that names production’s account id "sandbox" is refused by production’s executor, and verify says why', async () => {
  world.issuer.claims = inEnvironment('sandbox');
  const ws = workspace({ accounts: ['  - { name: sandbox, id: "333333333333", regions: [us-east-1] }'] });
  const before = world.sts.sessions.length;
  const run = await verify({ ws });
  expect(run.code).not.toBe(0);
  expect(world.sts.calls).toMatchObject({ AssumeRoleWithWebIdentity: 1, AssumeRole: 1 });
  expect(run.stdout).toContain(
    'The executor role arn:aws:iam::333333333333:role/UnkeyPulumiAWSExecutor in account sandbox (333333333333) refused arn:aws:iam::000000000000:role/InfraDeployRole-sandbox',
  );
  expect(run.stdout).toContain('the account id is wrong (an executor trusts only its own account');
  expect(world.sts.sessions.slice(before).filter((s) => s.chained)).toEqual([]);
  expectNoSecrets(run);
});

test('main without an environment reaches no account: every hop 1 says to bind the job to the account’s environment', async () => {
  world.issuer.claims = { shape: 'push' };
  const run = await verify();
  expect(run.code).not.toBe(0);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 3 });
  expect(run.stdout).toContain('This job has no GitHub environment (sub "repo:acme/infra:ref:refs/heads/main")');
  expect(run.stdout).toContain('`environment: canary`');
  expectNoSecrets(run);
});

test('no id-token: write: the explanation shows the YAML, nothing reaches STS, exit non-zero', async () => {
  const run = await verify({ token: false });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain('id-token: write');
  expect(run.stdout).toContain('fork PRs');
  expect(renderedText(run.summary)).toContain('id-token: write');
  expect(world.sts.totalCalls()).toBe(0);
});

test('a token from another repository: claims beside what the policy allows, and the failing condition', async () => {
  world.issuer.claims = { ...inEnvironment('production'), repository: 'evil/infra' };
  const ws = workspace();
  const policy = deployRoleTrustPolicy({ providerArn: PROVIDER_ARN, repository: 'acme/infra', environment: 'production' });
  writeFileSync(join(ws, 'trust.json'), JSON.stringify({ [`${DEPLOY.oidcRoleBaseArn}-production`]: policy }));
  const run = await verify({ ws, inputs: { 'trust-policy': 'trust.json' } });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain('sub               repo:evil/infra:environment:production');
  expect(run.stdout).toContain('The trust policy you gave refuses it:');
  expect(run.stdout).toContain(
    '✗ GitHubActionsDeploy (sts:AssumeRoleWithWebIdentity): StringEquals token.actions.githubusercontent.com:sub: the request has "repo:evil/infra:environment:production"',
  );
  expect(run.stdout).toContain('names another repository');
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1 });
  expectNoSecrets(run);
});

test('a PR token against a deploy-only role is refused, with the previewRoles advice', async () => {
  world.issuer.claims = { shape: 'pull_request' };
  const run = await verify({ event: 'pull_request' });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain('repo:acme/infra:pull_request');
  expect(run.stdout).toContain('read-only `previewRole` pair');
  expect(renderedText(run.summary)).toContain('Previews use the deploy roles');
  expectNoSecrets(run);
});

test('a PR token with a preview role pair walks the ungated accounts’ preview chains; production’s needs its preview environment', async () => {
  world.issuer.claims = { shape: 'pull_request' };
  const run = await verify({ event: 'pull_request', ws: workspace({ preview: true }) });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Role chain (preview roles)');
  expect(run.stdout).toContain('arn:aws:sts::111111111111:assumed-role/UnkeyPulumiAWSPreview/');
  expect(run.stdout).toContain('not checked: production');
  const gated = await verify({ event: 'pull_request', ws: workspace({ preview: true }), inputs: { accounts: 'production' } });
  expect(gated.code).not.toBe(0);
  expect(gated.stdout).toContain('Previews of account production run only in GitHub environment "production-preview"');
  world.issuer.claims = inEnvironment('production-preview');
  const approved = await verify({ event: 'pull_request', ws: workspace({ preview: true }) });
  expect(approved.code).toBe(0);
  expect(approved.stdout).toContain('arn:aws:sts::333333333333:assumed-role/UnkeyPulumiAWSPreview/');
  expectNoSecrets(run);
});

test('a wrong executor account id: that hop fails with the executor-trust checklist', async () => {
  world.issuer.claims = inEnvironment('canary');
  const run = await verify({ ws: workspace({ canaryId: '444444444444' }) });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain(
    'arn:aws:iam::444444444444:role/UnkeyPulumiAWSExecutor in account canary (444444444444) refused arn:aws:iam::000000000000:role/InfraDeployRole-canary',
  );
  expect(run.stdout).toContain('a wrong account id');
  expect(run.stdout).toContain('sts:SetSourceIdentity');
  expect(run.stdout).toContain('assumed-role/InfraDeployRole-canary/infra-action-1234-1'); // hop 1 passed
  expectNoSecrets(run);
});

test('throttling recovers with backoff', async () => {
  world.sts.faults.push({ kind: 'throttle', times: 2 });
  const run = await verify();
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/AssumeRoleWithWebIdentity failed \(Throttling\); retry 1 in \d+ ms/);
  expect(world.sts.calls.AssumeRoleWithWebIdentity).toBe(3);
  expectNoSecrets(run);
});

test('a hang times out with a clear message', async () => {
  world.sts.faults.push({ kind: 'hang', action: 'AssumeRole', times: Infinity });
  const before = world.sts.calls.AssumeRole ?? 0;
  const run = await verify({ env: { INFRA_ACTION_STS_TIMEOUT_MS: '200' }, inputs: { accounts: 'production' } });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain(`STS AssumeRole (${world.sts.url}) got no answer within 0.2 s after 5 attempt(s)`);
  expect(run.stdout).toContain('This is not a permissions problem');
  // Bounded by attempts, not by a wall-clock budget: exactly five calls reached the emulator.
  expect((world.sts.calls.AssumeRole ?? 0) - before).toBe(5);
});

test('the CLI verify runs the same chain in a workflow step', async () => {
  const ws = workspace();
  const run = await runAction({
    inputs: {},
    args: ['verify', '--account', 'production'],
    env: { ...world.sts.env, ...world.issuer.env },
    workspace: ws,
  });
  expect(run.code).toBe(0);
  expect(world.sts.calls).toEqual({ AssumeRoleWithWebIdentity: 1, AssumeRole: 1, GetCallerIdentity: 2 });
  const none = await runAction({ inputs: {}, args: ['verify'], env: world.sts.env, workspace: ws });
  expect(none.code).toBe(1);
  expect(none.stdout).toContain('id-token: write');
});

test('export-credentials: true hands the one verified account’s executor session to later steps, masked before it is written', async () => {
  const envFile = join(mkdtempSync(join(tmpdir(), 'verify-env-')), 'env');
  writeFileSync(envFile, '');
  const run = await verify({ env: { GITHUB_ENV: envFile }, inputs: { 'export-credentials': 'true' } });
  expect(run.code).toBe(0);
  const target = world.sts.sessions.filter((s) => s.chained).at(-1)!;
  const exported = readFileSync(envFile, 'utf8');
  expect(exported).toContain(target.accessKeyId);
  expect(exported).toContain(target.secretAccessKey);
  expect(exported).toMatch(/AWS_REGION<<[\s\S]*us-east-1/);
  expect(run.stdout).toContain(`::add-mask::${target.secretAccessKey}`);
  expect(run.stdout).toContain("Exported production's executor credentials to later steps");
  // Only the target account's session leaves the step; the management hop stays inside.
  const hop1 = world.sts.sessions.filter((s) => !s.chained).at(-1)!;
  expect(exported).not.toContain(hop1.secretAccessKey);
});
