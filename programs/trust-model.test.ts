import { beforeAll, describe, expect, it } from '@jest/globals';
import { isAllowed } from './testing/is-allowed.js';
import { renderBootstrap, type BootstrapWorld, type RenderedRole } from './testing/bootstrap-world.js';

// The condition keys AWS evaluates from a GitHub token, spelled out: the policies must use exactly these.
const SUB_KEY = 'token.actions.githubusercontent.com:sub';
const AUD_KEY = 'token.actions.githubusercontent.com:aud';

/**
 * The trust model as AWS would enforce it: the bootstrap programs' real rendered policies, evaluated
 * with the project's one evaluator (src/auth/policy-eval.ts). For every kind of GitHub token, which
 * management roles it assumes (hop 1), which account roles those reach (hop 2), and which accounts'
 * state and secrets they can read or write. docs/trust-model.md has the same table.
 */

const REPO = 'unkeyed/infra';
const HOP2 = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];
let world: BootstrapWorld;

beforeAll(async () => {
  world = await renderBootstrap({ repository: REPO });
});

const roleName = (arn: string) => arn.split('/').pop()!;
const accountOf = (arn: string) => /::(\d{12}):/.exec(arn)![1];
const mgmtRoles = () => [...world.roles.values()].filter((r) => accountOf(r.arn) === world.managementAccountId);
const targetRoles = () => [...world.roles.values()].filter((r) => accountOf(r.arn) !== world.managementAccountId);

function hop1(sub: string): RenderedRole[] {
  return mgmtRoles().filter((r) =>
    isAllowed(r.trust, {
      actions: ['sts:AssumeRoleWithWebIdentity'],
      principal: { type: 'Federated', value: world.providerArn },
      context: { [SUB_KEY]: sub, [AUD_KEY]: 'sts.amazonaws.com' },
    }),
  );
}

/** Both sides must agree, as in AWS: the caller's permissions and the target's trust. */
function canAssume(from: RenderedRole, to: RenderedRole): boolean {
  const mayCall = from.policies.some((p) => isAllowed(p, { actions: HOP2, resource: to.arn }));
  const trusted = isAllowed(to.trust, {
    actions: HOP2,
    principal: { type: 'AWS', value: from.arn },
    context: { 'aws:PrincipalArn': from.arn },
  });
  return mayCall && trusted;
}

function can(role: RenderedRole, action: string, resource: string, context: Record<string, string> = {}): boolean {
  return role.policies.some((p) => isAllowed(p, { actions: [action], resource, context }));
}

const stateKey = (account: string) => `${world.bucketArn}/${account}/.pulumi/stacks/organization/api/aws-${account}-us-east-1.json`;
const lockKey = (account: string) => `${world.bucketArn}/${account}/.pulumi/locks/organization/api/aws-${account}-us-east-1/x.json`;

interface Reach {
  hop1: string[];
  hop2: string[];
  stateRead: string[];
  stateWrite: string[];
  locks: string[];
  list: string[];
  decrypt: string[];
  encrypt: string[];
}

function reach(sub: string): Reach {
  const first = hop1(sub);
  const accounts = Object.keys(world.keyArns);
  const any = (f: (r: RenderedRole, a: string) => boolean) => accounts.filter((a) => first.some((r) => f(r, a)));
  return {
    hop1: first.map((r) => roleName(r.arn)).sort(),
    hop2: targetRoles()
      .filter((t) => first.some((f) => canAssume(f, t)))
      .map((t) => `${accountOf(t.arn)}:${roleName(t.arn)}`)
      .sort(),
    stateRead: any((r, a) => can(r, 's3:GetObject', stateKey(a))),
    stateWrite: any((r, a) => can(r, 's3:PutObject', stateKey(a))),
    locks: any((r, a) => can(r, 's3:PutObject', lockKey(a))),
    list: any((r, a) => can(r, 's3:ListBucket', world.bucketArn, { 's3:prefix': `${a}/.pulumi/stacks/` })),
    decrypt: any((r, a) => can(r, 'kms:Decrypt', world.keyArns[a])),
    encrypt: any((r, a) => can(r, 'kms:Encrypt', world.keyArns[a])),
  };
}

const nothing: Reach = { hop1: [], hop2: [], stateRead: [], stateWrite: [], locks: [], list: [], decrypt: [], encrypt: [] };
const deployOf = (account: string, id: string): Reach => ({
  hop1: [`GitHubActionsOIDCRole-${account}`],
  hop2: [`${id}:UnkeyPulumiAWSExecutor`],
  stateRead: [account],
  stateWrite: [account],
  locks: [account],
  list: [account],
  decrypt: [account],
  encrypt: [account],
});

const IDS: Record<string, string> = { sandbox: '111111111111', canary: '222222222222', production: '333333333333' };
/** Read-only reach: the preview roles and preview executors of these accounts, their state read and locks, decrypt only. */
const previewOf = (accounts: string[]): Reach => ({
  hop1: accounts.map((a) => `GitHubActionsPreviewRole-${a}`).sort(),
  hop2: accounts.map((a) => `${IDS[a]}:UnkeyPulumiAWSPreviewExecutor`).sort(),
  stateRead: accounts,
  stateWrite: [],
  locks: accounts,
  list: accounts,
  decrypt: accounts,
  encrypt: [],
});

describe('reachability of every kind of GitHub token', () => {
  it.each<[string, string, Reach]>([
    ['a job in environment sandbox (main or workflow-testing)', `repo:${REPO}:environment:sandbox`, deployOf('sandbox', '111111111111')],
    ['a job in environment canary', `repo:${REPO}:environment:canary`, deployOf('canary', '222222222222')],
    ['a job in environment production', `repo:${REPO}:environment:production`, deployOf('production', '333333333333')],
    ['a workflow-testing job without an environment', `repo:${REPO}:ref:refs/heads/workflow-testing`, nothing],
    // drift.yml's scheduled checks: what a pull request reaches, never production behind its preview environment.
    ['a main job without an environment (a drift check)', `repo:${REPO}:ref:refs/heads/main`, previewOf(['sandbox', 'canary'])],
    ['a release tag job without an environment', `repo:${REPO}:ref:refs/tags/v1.2.3`, nothing],
    ['a feature branch', `repo:${REPO}:ref:refs/heads/feature`, nothing],
    ['an unknown environment', `repo:${REPO}:environment:staging`, nothing],
    ['a pull request', `repo:${REPO}:pull_request`, previewOf(['sandbox', 'canary'])],
    ['a job on a branch named like main with a suffix', `repo:${REPO}:ref:refs/heads/main-evil`, nothing],
    ['a main job of a fork', 'repo:attacker/infra:ref:refs/heads/main', nothing],
    [
      'a job in the production-preview environment (approved)',
      `repo:${REPO}:environment:production-preview`,
      {
        hop1: ['GitHubActionsPreviewRole-production'],
        hop2: ['333333333333:UnkeyPulumiAWSPreviewExecutor'],
        stateRead: ['production'],
        stateWrite: [],
        locks: ['production'],
        list: ['production'],
        decrypt: ['production'],
        encrypt: [],
      },
    ],
    ['a fork’s pull request (another repository)', 'repo:attacker/infra:pull_request', nothing],
    ['a fork in environment production', 'repo:attacker/infra:environment:production', nothing],
    ['another repository of the org', 'repo:unkeyed/website:environment:production', nothing],
    ['a repository whose name extends ours', `repo:${REPO}-evil:environment:production`, nothing],
    ['the org name in another case', 'repo:Unkeyed/infra:environment:production', nothing],
  ])('%s', (_kind, sub, expected) => {
    expect(reach(sub)).toEqual(expected);
  });

  it('refuses a token for another audience or from another provider', () => {
    const role = world.roles.get(`arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-sandbox`)!;
    const sub = `repo:${REPO}:environment:sandbox`;
    expect(
      isAllowed(role.trust, {
        actions: ['sts:AssumeRoleWithWebIdentity'],
        principal: { type: 'Federated', value: world.providerArn },
        context: { [SUB_KEY]: sub, [AUD_KEY]: 'https://github.com/unkeyed' },
      }),
    ).toBe(false);
    const other = 'arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com';
    expect(
      isAllowed(role.trust, {
        actions: ['sts:AssumeRoleWithWebIdentity'],
        principal: { type: 'Federated', value: other },
        context: { [SUB_KEY]: sub, [AUD_KEY]: 'sts.amazonaws.com' },
      }),
    ).toBe(false);
  });
});

describe('the default branch bootstrap-management trusts for drift checks (defaultBranch)', () => {
  it('follows the configured branch, and an empty one trusts no branch at all', async () => {
    const saved = world;
    try {
      world = await renderBootstrap({ repository: REPO, defaultBranch: 'trunk' });
      expect(reach(`repo:${REPO}:ref:refs/heads/trunk`)).toEqual(previewOf(['sandbox', 'canary']));
      expect(reach(`repo:${REPO}:ref:refs/heads/main`)).toEqual(nothing);
      world = await renderBootstrap({ repository: REPO, defaultBranch: '' });
      expect(reach(`repo:${REPO}:ref:refs/heads/main`)).toEqual(nothing);
      expect(reach(`repo:${REPO}:pull_request`)).toEqual(previewOf(['sandbox', 'canary']));
    } finally {
      world = saved;
    }
  });
});

describe("the management stack's own state and key", () => {
  it('no management role any GitHub token reaches can read management/ or use alias/pulumi-management', () => {
    for (const r of mgmtRoles()) {
      for (const action of ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'])
        expect([roleName(r.arn), action, can(r, action, world.managementKeyArn)]).toEqual([roleName(r.arn), action, false]);
      expect([roleName(r.arn), can(r, 's3:GetObject', `${world.bucketArn}/management/.pulumi/meta.yaml`)]).toEqual([
        roleName(r.arn),
        false,
      ]);
    }
  });
});

describe('hop 2 from each management role', () => {
  it('each executor trusts only its own account’s deploy role, each preview executor only its own preview role', () => {
    for (const target of targetRoles()) {
      const trusted = mgmtRoles().filter((m) => isAllowed(target.trust, { actions: HOP2, principal: { type: 'AWS', value: m.arn } }));
      const account = Object.entries({ '111111111111': 'sandbox', '222222222222': 'canary', '333333333333': 'production' }).find(
        ([id]) => id === accountOf(target.arn),
      )![1];
      const want =
        roleName(target.arn) === 'UnkeyPulumiAWSExecutor' ? `GitHubActionsOIDCRole-${account}` : `GitHubActionsPreviewRole-${account}`;
      expect(trusted.map((r) => roleName(r.arn))).toEqual([want]);
    }
  });

  it('the sandbox deploy session (what a sandbox Pulumi process holds) cannot assume production’s executor, even if production trusted it', () => {
    const sandbox = world.roles.get('arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-sandbox')!;
    expect(can(sandbox, 'sts:AssumeRole', 'arn:aws:iam::333333333333:role/UnkeyPulumiAWSExecutor')).toBe(false);
    expect(can(sandbox, 'sts:AssumeRole', 'arn:aws:iam::111111111111:role/UnkeyPulumiAWSExecutor')).toBe(true);
    expect(can(sandbox, 's3:GetObject', `${world.bucketArn}/production/.pulumi/meta.yaml`)).toBe(false);
    expect(can(sandbox, 's3:ListBucket', world.bucketArn, { 's3:prefix': 'production/.pulumi/' })).toBe(false);
    expect(can(sandbox, 's3:ListBucket', world.bucketArn, {})).toBe(false); // no prefix = the whole bucket
    // The old shared layout (state at the bucket root) is out of reach too.
    expect(can(sandbox, 's3:GetObject', `${world.bucketArn}/.pulumi/stacks/organization/api/aws-production-us-east-1.json`)).toBe(false);
  });

  it('the preview executor may call only what a preview calls', () => {
    const preview = world.roles.get('arn:aws:iam::111111111111:role/UnkeyPulumiAWSPreviewExecutor')!;
    expect(preview.managed).toEqual([]);
    for (const a of ['sts:GetCallerIdentity', 'ec2:DescribeAvailabilityZones']) expect(can(preview, a, '*')).toBe(true);
    for (const a of [
      's3:GetObject',
      'secretsmanager:GetSecretValue',
      'ssm:GetParameter',
      'dynamodb:Scan',
      'ec2:RunInstances',
      'iam:PassRole',
    ])
      expect(can(preview, a, '*')).toBe(false);
    const executor = world.roles.get('arn:aws:iam::111111111111:role/UnkeyPulumiAWSExecutor')!;
    expect(executor.managed).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess']);
  });
});
