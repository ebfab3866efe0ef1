import { describe, expect, it } from '@jest/globals';
import { ENVIRONMENT_NAME, deployRoleTrustPolicy, previewRoleTrustPolicy } from '../../shared/trust-policies.js';
import { deployRolePermissionPolicy, perAccountRoleName, previewRolePermissionPolicy, stateBucketTlsOnlyPolicy } from './policies.js';
import { isAllowed } from '../testing/is-allowed.js';

// The condition keys AWS evaluates from a GitHub token, spelled out: the policies must use exactly these.
const SUB_KEY = 'token.actions.githubusercontent.com:sub';
const AUD_KEY = 'token.actions.githubusercontent.com:aud';

const providerArn = 'arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com';
const deploy = deployRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra', environment: 'production' });
const preview = previewRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra' });

function token(sub: string, aud = 'sts.amazonaws.com', provider = providerArn) {
  return {
    actions: ['sts:AssumeRoleWithWebIdentity'],
    principal: { type: 'Federated' as const, value: provider },
    context: { [SUB_KEY]: sub, [AUD_KEY]: aud },
  };
}

describe('GitHubActionsOIDCRole-<account> trust', () => {
  it('names exactly the provider, the audience and the one environment subject', () => {
    expect(deploy.Statement).toEqual([
      {
        Sid: 'GitHubActionsDeploy',
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [AUD_KEY]: 'sts.amazonaws.com', [SUB_KEY]: 'repo:unkeyed/infra:environment:production' } },
      },
    ]);
    expect(isAllowed(deploy, token('repo:unkeyed/infra:environment:production'))).toBe(true);
  });

  it.each([
    ['a fork', 'repo:attacker/infra:environment:production'],
    ['another environment', 'repo:unkeyed/infra:environment:sandbox'],
    ['main without an environment', 'repo:unkeyed/infra:ref:refs/heads/main'],
    ['a pull request', 'repo:unkeyed/infra:pull_request'],
    ['a tag', 'repo:unkeyed/infra:ref:refs/tags/v1'],
  ])('refuses %s', (_why, sub) => expect(isAllowed(deploy, token(sub))).toBe(false));

  it('refuses wildcard repositories, sub-forging environment names and foreign providers', () => {
    expect(() => deployRoleTrustPolicy({ providerArn, repository: 'unkeyed/*', environment: 'x' })).toThrow(/owner\/repo/);
    expect(() => deployRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra', environment: 'x:pull_request' })).toThrow(/environment/);
    expect(() => deployRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra', environment: 'prod*' })).toThrow(/environment/);
    expect(() =>
      deployRoleTrustPolicy({ providerArn: 'arn:aws:iam::0:oidc-provider/evil.example', repository: 'unkeyed/infra', environment: 'x' }),
    ).toThrow(/OIDC provider/);
  });

  it('accepts GitHub-style environment names and refuses newlines, ${{ and overlong names', () => {
    for (const ok of ['production', 'Production EU', 'prod.eu-1_a']) expect(ENVIRONMENT_NAME.test(ok)).toBe(true);
    for (const bad of ['', 'a\nb', '${{ x }}', 'a/b', ' lead', 'x'.repeat(256)]) expect(ENVIRONMENT_NAME.test(bad)).toBe(false);
  });

  it('names per-account roles <base>-<account>, within 64 characters', () => {
    expect(perAccountRoleName('GitHubActionsOIDCRole', 'sandbox')).toBe('GitHubActionsOIDCRole-sandbox');
    expect(() => perAccountRoleName('GitHubActionsOIDCRole', 'a'.repeat(50))).toThrow(/64/);
  });
});

describe('GitHubActionsPreviewRole-<account> trust', () => {
  it('admits only pull_request tokens of the repository', () => {
    expect(isAllowed(preview, token('repo:unkeyed/infra:pull_request'))).toBe(true);
    expect(isAllowed(preview, token('repo:unkeyed/infra:ref:refs/heads/main'))).toBe(false);
    expect(isAllowed(preview, token('repo:attacker/infra:pull_request'))).toBe(false);
  });
  it('with a preview environment admits only jobs in it, no longer plain pull requests', () => {
    const gated = previewRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra', previewEnvironment: 'production-preview' });
    expect(isAllowed(gated, token('repo:unkeyed/infra:environment:production-preview'))).toBe(true);
    expect(isAllowed(gated, token('repo:unkeyed/infra:pull_request'))).toBe(false);
  });
});

describe('permission policies', () => {
  const bucket = 'arn:aws:s3:::unkey-pulumi-state';
  const key = 'arn:aws:kms:us-east-1:000000000000:key/sandbox';
  const exec = 'arn:aws:iam::111111111111:role/UnkeyPulumiAWSExecutor';
  const ask = (action: string, resource: string, context: Record<string, string> = {}) => ({ actions: [action], resource, context });
  it('lets a deploy role assume only its executor and touch only its state prefix and key', () => {
    const p = deployRolePermissionPolicy({ account: 'sandbox', executorRoleArn: exec, stateBucketArn: bucket, kmsKeyArn: key });
    for (const action of ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']) expect(isAllowed(p, ask(action, exec))).toBe(true);
    expect(isAllowed(p, ask('sts:AssumeRole', 'arn:aws:iam::333333333333:role/UnkeyPulumiAWSExecutor'))).toBe(false);
    expect(isAllowed(p, ask('s3:PutObject', `${bucket}/sandbox/.pulumi/stacks/x.json`))).toBe(true);
    expect(isAllowed(p, ask('s3:PutObject', `${bucket}/production/.pulumi/stacks/x.json`))).toBe(false);
    expect(isAllowed(p, ask('s3:PutObject', `${bucket}/sandboxy/.pulumi/stacks/x.json`))).toBe(false);
    expect(isAllowed(p, ask('s3:ListBucket', bucket, { 's3:prefix': 'sandbox/.pulumi/' }))).toBe(true);
    expect(isAllowed(p, ask('s3:ListBucket', bucket, { 's3:prefix': 'production/' }))).toBe(false);
    expect(isAllowed(p, ask('kms:Decrypt', 'arn:aws:kms:us-east-1:000000000000:key/production'))).toBe(false);
  });
  it('lets a preview role read its state, write only its lock files and only decrypt', () => {
    const p = previewRolePermissionPolicy({ account: 'sandbox', previewExecutorRoleArn: exec, stateBucketArn: bucket, kmsKeyArn: key });
    expect(isAllowed(p, ask('s3:PutObject', `${bucket}/sandbox/.pulumi/locks/organization/api/x.json`))).toBe(true);
    expect(isAllowed(p, ask('s3:PutObject', `${bucket}/sandbox/.pulumi/stacks/organization/api/x.json`))).toBe(false);
    expect(isAllowed(p, ask('s3:GetObject', `${bucket}/canary/.pulumi/stacks/organization/api/x.json`))).toBe(false);
    expect(isAllowed(p, ask('kms:Encrypt', key))).toBe(false);
    expect(isAllowed(p, ask('kms:Decrypt', key))).toBe(true);
  });
  it('denies plain-HTTP access to the state bucket', () => {
    const p = stateBucketTlsOnlyPolicy(bucket);
    expect(p.Statement[0]).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });
});
