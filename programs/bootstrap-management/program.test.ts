import { describe, expect, it } from '@jest/globals';
import { mockProgram, settle, type MockRun } from '../testing/mocks.js';
import { isAllowed } from '../testing/is-allowed.js';
import { createManagement } from './program.js';

// The condition keys AWS evaluates from a GitHub token, spelled out: the policies must use exactly these.
const SUB_KEY = 'token.actions.githubusercontent.com:sub';
const AUD_KEY = 'token.actions.githubusercontent.com:aud';

const config = {
  'bootstrap-management:accountId': '000000000000',
  'bootstrap-management:githubRepository': 'unkeyed/infra',
  'bootstrap-management:accounts': JSON.stringify([
    { name: 'sandbox', id: '111111111111' },
    { name: 'canary', id: '222222222222' },
    { name: 'production', id: '333333333333', environment: 'production', previewEnvironment: 'production-preview' },
  ]),
  'bootstrap-management:stateBucketName': 'unkey-pulumi-state',
  'bootstrap-management:humanPrincipalArns': '["arn:aws:iam::000000000000:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_1"]',
};
const doc = (r: { inputs: Record<string, unknown> }, key: string) => JSON.parse(r.inputs[key] as string);
const providerArn = 'arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com';
const token = (sub: string) => ({
  actions: ['sts:AssumeRoleWithWebIdentity'],
  principal: { type: 'Federated' as const, value: providerArn },
  context: { [SUB_KEY]: sub, [AUD_KEY]: 'sts.amazonaws.com' },
});

describe('bootstrap-management program', () => {
  let m: MockRun;
  it('builds the OIDC provider, a deploy and a preview role and a key per account, and the state bucket', async () => {
    m = await mockProgram('bootstrap-management', 'aws-management-us-east-1', config);
    await settle(m, createManagement({}));
    expect(m.one('aws:iam/openIdConnectProvider:OpenIdConnectProvider').inputs).toMatchObject({
      url: 'https://token.actions.githubusercontent.com',
      clientIdLists: ['sts.amazonaws.com'],
    });
    expect(
      m
        .ofType('aws:iam/role:Role')
        .map((r) => r.inputs.name)
        .sort(),
    ).toEqual([
      'GitHubActionsOIDCRole-canary',
      'GitHubActionsOIDCRole-production',
      'GitHubActionsOIDCRole-sandbox',
      'GitHubActionsPreviewRole-canary',
      'GitHubActionsPreviewRole-production',
      'GitHubActionsPreviewRole-sandbox',
      'Management-Admin',
      'Management-Billing',
    ]);
    expect(
      m
        .ofType('aws:kms/alias:Alias')
        .map((a) => a.inputs.name)
        .sort(),
    ).toEqual(['alias/pulumi-canary', 'alias/pulumi-management', 'alias/pulumi-production', 'alias/pulumi-sandbox']);
  });

  it('binds every resource to the one pinned provider', () => {
    const p = m.one('pulumi:providers:aws');
    expect(JSON.parse(p.inputs.allowedAccountIds as string)).toEqual(['000000000000']);
    for (const r of m.resources.filter((x) => x.type.startsWith('aws:'))) expect(r.provider?.split('::')[3]).toBe(p.name);
  });

  it('trusts each deploy role to its own environment only', () => {
    const trust = doc(m.one('aws:iam/role:Role', 'deploy-production'), 'assumeRolePolicy');
    expect(isAllowed(trust, token('repo:unkeyed/infra:environment:production'))).toBe(true);
    expect(isAllowed(trust, token('repo:unkeyed/infra:environment:sandbox'))).toBe(false);
    expect(isAllowed(trust, token('repo:unkeyed/infra:ref:refs/heads/main'))).toBe(false);
    expect(isAllowed(trust, token('repo:unkeyed/infra:pull_request'))).toBe(false);
  });

  it('gates the production preview role behind its preview environment', () => {
    const gated = doc(m.one('aws:iam/role:Role', 'preview-production'), 'assumeRolePolicy');
    expect(isAllowed(gated, token('repo:unkeyed/infra:pull_request'))).toBe(false);
    expect(isAllowed(gated, token('repo:unkeyed/infra:environment:production-preview'))).toBe(true);
    const open = doc(m.one('aws:iam/role:Role', 'preview-sandbox'), 'assumeRolePolicy');
    expect(isAllowed(open, token('repo:unkeyed/infra:pull_request'))).toBe(true);
  });

  it('lets each deploy role assume exactly its own account’s executor', () => {
    const perms = doc(m.one('aws:iam/rolePolicy:RolePolicy', 'deploy-canary'), 'policy');
    expect(perms.Statement[0]).toEqual({
      Sid: 'AssumeOwnExecutor',
      Effect: 'Allow',
      Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
      Resource: 'arn:aws:iam::222222222222:role/UnkeyPulumiAWSExecutor',
    });
  });

  it('keeps state versioned, KMS-encrypted, private and TLS-only, with rotating keys, all protected', () => {
    expect(m.one('aws:s3/bucketVersioning:BucketVersioning').inputs.versioningConfiguration).toEqual({ status: 'Enabled' });
    const sse = m.one('aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration').inputs.rules as {
      applyServerSideEncryptionByDefault: { sseAlgorithm: string };
    }[];
    expect(sse[0].applyServerSideEncryptionByDefault.sseAlgorithm).toBe('aws:kms');
    expect(m.one('aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock').inputs).toMatchObject({
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    const policy = doc(m.one('aws:s3/bucketPolicy:BucketPolicy'), 'policy');
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    for (const k of m.ofType('aws:kms/key:Key')) {
      expect(k.inputs.enableKeyRotation).toBe(true);
      expect(k.protect).toBe(true);
    }
    for (const t of ['aws:s3/bucket:Bucket', 'aws:iam/openIdConnectProvider:OpenIdConnectProvider']) expect(m.one(t).protect).toBe(true);
  });

  it('lists every missing key in one schema error', async () => {
    await mockProgram('bootstrap-management', 'aws-management-us-east-1', {});
    expect(() => createManagement({})).toThrow(
      /accountId: is required[\s\S]*githubRepository: is required[\s\S]*accounts: is required[\s\S]*stateBucketName: is required/,
    );
  });

  it("refuses a target account named management: alias/pulumi-management is the management stack's key", async () => {
    await mockProgram('bootstrap-management', 'aws-management-us-east-1', {
      ...config,
      'bootstrap-management:accounts': JSON.stringify([{ name: 'management', id: '111111111111' }]),
    });
    expect(() => createManagement({})).toThrow(/account name 'management' is reserved/);
  });

  it('refuses an environment name that would forge another subject', async () => {
    await mockProgram('bootstrap-management', 'aws-management-us-east-1', {
      ...config,
      'bootstrap-management:accounts': JSON.stringify([{ name: 'sandbox', id: '111111111111', environment: 'x:pull_request' }]),
    });
    expect(() => createManagement({})).toThrow(/accounts: .*environment must be a GitHub environment name/);
  });
});
