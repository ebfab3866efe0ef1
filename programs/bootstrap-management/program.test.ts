import { describe, expect, it } from '@jest/globals';
import { mockProgram, settle, type MockRun } from '../testing/mocks.js';
import { isAllowed } from '../policy-eval.js';
import { AUD_KEY, SUB_KEY } from './policies.js';
import { createManagement } from './program.js';

const config = {
  'bootstrap-management:accountId': '000000000000',
  'bootstrap-management:githubRepository': 'unkeyed/infra',
  'bootstrap-management:deployRefs': '["main","workflow-testing"]',
  'bootstrap-management:deployEnvironments': '["sandbox","canary","production"]',
  'bootstrap-management:targetAccountIds': '["111111111111","222222222222","333333333333"]',
  'bootstrap-management:stateBucketName': 'unkey-pulumi-state',
  'bootstrap-management:humanPrincipalArns': '["arn:aws:iam::000000000000:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_1"]',
};
const doc = (r: { inputs: Record<string, unknown> }, key: string) => JSON.parse(r.inputs[key] as string);
const providerArn = 'arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com';
const token = (sub: string) => ({ action: 'sts:AssumeRoleWithWebIdentity', principal: { Federated: providerArn }, context: { [SUB_KEY]: sub, [AUD_KEY]: 'sts.amazonaws.com' } });

describe('bootstrap-management program', () => {
  let m: MockRun;
  it('builds the OIDC provider, both roles, the state bucket and the key', async () => {
    m = await mockProgram('bootstrap-management', 'aws-management-us-east-1', config);
    await settle(m, createManagement({}));
    expect(m.one('aws:iam/openIdConnectProvider:OpenIdConnectProvider').inputs).toMatchObject({ url: 'https://token.actions.githubusercontent.com', clientIdLists: ['sts.amazonaws.com'] });
    expect(m.ofType('aws:iam/role:Role').map((r) => r.inputs.name).sort()).toEqual(['GitHubActionsOIDCRole', 'GitHubActionsPreviewRole', 'Management-Admin', 'Management-Billing']);
  });

  it('binds every resource to the one pinned provider', () => {
    const p = m.one('pulumi:providers:aws');
    expect(JSON.parse(p.inputs.allowedAccountIds as string)).toEqual(['000000000000']);
    for (const r of m.resources.filter((x) => x.type.startsWith('aws:'))) expect(r.provider?.split('::')[3]).toBe(p.name);
  });

  it('trusts the deploy role to the repository’s refs and environments only', () => {
    const trust = doc(m.one('aws:iam/role:Role', 'deploy'), 'assumeRolePolicy');
    expect(trust.Statement[0].Principal).toEqual({ Federated: providerArn });
    expect(isAllowed(trust, token('repo:unkeyed/infra:environment:production'))).toBe(true);
    expect(isAllowed(trust, token('repo:unkeyed/infra:ref:refs/heads/workflow-testing'))).toBe(true);
    expect(isAllowed(trust, token('repo:someone/infra:ref:refs/heads/main'))).toBe(false);
    expect(isAllowed(trust, token('repo:unkeyed/infra:pull_request'))).toBe(false);
  });

  it('trusts the preview role to pull_request tokens only, and lets it reach preview executors only', () => {
    const trust = doc(m.one('aws:iam/role:Role', 'preview'), 'assumeRolePolicy');
    expect(isAllowed(trust, token('repo:unkeyed/infra:pull_request'))).toBe(true);
    expect(isAllowed(trust, token('repo:unkeyed/infra:ref:refs/heads/main'))).toBe(false);
    const perms = doc(m.one('aws:iam/rolePolicy:RolePolicy', 'preview'), 'policy');
    const call = (resource: string) => ({ action: 'sts:AssumeRole', principal: {}, context: {}, resource });
    expect(isAllowed(perms, call('arn:aws:iam::111111111111:role/UnkeyPulumiAWSPreviewExecutor'))).toBe(true);
    expect(isAllowed(perms, call('arn:aws:iam::111111111111:role/UnkeyPulumiAWSExecutor'))).toBe(false);
  });

  it('lets the deploy role assume exactly the executors of the listed accounts', () => {
    const perms = doc(m.one('aws:iam/rolePolicy:RolePolicy', 'deploy'), 'policy');
    expect(perms.Statement[0]).toEqual({
      Sid: 'AssumeExecutors',
      Effect: 'Allow',
      Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
      Resource: ['111111111111', '222222222222', '333333333333'].map((a) => `arn:aws:iam::${a}:role/UnkeyPulumiAWSExecutor`),
    });
  });

  it('keeps state versioned, KMS-encrypted, private and TLS-only, with a rotating key, all protected', () => {
    expect(m.one('aws:s3/bucketVersioning:BucketVersioning').inputs.versioningConfiguration).toEqual({ status: 'Enabled' });
    const sse = m.one('aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration').inputs.rules as { applyServerSideEncryptionByDefault: { sseAlgorithm: string } }[];
    expect(sse[0].applyServerSideEncryptionByDefault.sseAlgorithm).toBe('aws:kms');
    expect(m.one('aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock').inputs).toMatchObject({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
    const policy = doc(m.one('aws:s3/bucketPolicy:BucketPolicy'), 'policy');
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    expect(m.one('aws:kms/key:Key').inputs.enableKeyRotation).toBe(true);
    for (const t of ['aws:s3/bucket:Bucket', 'aws:kms/key:Key', 'aws:iam/openIdConnectProvider:OpenIdConnectProvider']) expect(m.one(t).protect).toBe(true);
  });

  it('lists every missing key in one schema error', async () => {
    await mockProgram('bootstrap-management', 'aws-management-us-east-1', {});
    expect(() => createManagement({})).toThrow(/accountId: is required[\s\S]*githubRepository: is required[\s\S]*deployRefs: is required[\s\S]*targetAccountIds: is required[\s\S]*stateBucketName: is required/);
  });
});
