import { describe, expect, it } from '@jest/globals';
import {
  AUD_KEY,
  SUB_KEY,
  oidcRolePermissionPolicy,
  oidcRoleTrustPolicy,
  previewRolePermissionPolicy,
  previewRoleTrustPolicy,
  stateBucketTlsOnlyPolicy,
} from './policies.js';
import { isAllowed } from '../policy-eval.js';

const providerArn = 'arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com';
const deploy = oidcRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra', refs: ['main', 'workflow-testing'], environments: ['sandbox', 'canary', 'production'] });
const preview = previewRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra' });

function token(sub: string, aud = 'sts.amazonaws.com', provider = providerArn) {
  return { action: 'sts:AssumeRoleWithWebIdentity', principal: { Federated: provider }, context: { [SUB_KEY]: sub, [AUD_KEY]: aud } };
}

describe('GitHubActionsOIDCRole trust', () => {
  it('names exactly the provider, the audience and the subjects', () => {
    expect(deploy.Statement).toHaveLength(1);
    const s = deploy.Statement[0];
    expect(s.Principal).toEqual({ Federated: providerArn });
    expect(s.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(s.Condition).toEqual({
      StringEquals: {
        [AUD_KEY]: 'sts.amazonaws.com',
        [SUB_KEY]: [
          'repo:unkeyed/infra:ref:refs/heads/main',
          'repo:unkeyed/infra:ref:refs/heads/workflow-testing',
          'repo:unkeyed/infra:environment:sandbox',
          'repo:unkeyed/infra:environment:canary',
          'repo:unkeyed/infra:environment:production',
        ],
      },
    });
  });

  it.each([
    ['repo:unkeyed/infra:ref:refs/heads/main'],
    ['repo:unkeyed/infra:environment:production'],
  ])('admits %s', (sub) => expect(isAllowed(deploy, token(sub))).toBe(true));

  it.each([
    ['a fork', 'repo:attacker/infra:ref:refs/heads/main'],
    ['another repo of the org', 'repo:unkeyed/website:environment:production'],
    ['a repo whose name extends ours', 'repo:unkeyed/infra-evil:ref:refs/heads/main'],
    ['a pull request', 'repo:unkeyed/infra:pull_request'],
    ['an unlisted branch', 'repo:unkeyed/infra:ref:refs/heads/feature'],
    ['an unlisted environment', 'repo:unkeyed/infra:environment:staging'],
    ['a tag', 'repo:unkeyed/infra:ref:refs/tags/main'],
  ])('refuses %s', (_why, sub) => expect(isAllowed(deploy, token(sub))).toBe(false));

  it('refuses a wrong audience and another provider', () => {
    expect(isAllowed(deploy, token('repo:unkeyed/infra:ref:refs/heads/main', 'https://github.com/unkeyed'))).toBe(false);
    expect(isAllowed(deploy, token('repo:unkeyed/infra:ref:refs/heads/main', 'sts.amazonaws.com', 'arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com'))).toBe(false);
  });

  it('uses StringLike only for ref patterns, keeping the audience exact', () => {
    const p = oidcRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra', refs: ['refs/tags/v*'], environments: [] });
    expect(p.Statement[0].Condition).toEqual({ StringEquals: { [AUD_KEY]: 'sts.amazonaws.com' }, StringLike: { [SUB_KEY]: ['repo:unkeyed/infra:ref:refs/tags/v*'] } });
    expect(isAllowed(p, token('repo:unkeyed/infra:ref:refs/tags/v1.2.3'))).toBe(true);
    expect(isAllowed(p, token('repo:other/infra:ref:refs/tags/v1.2.3'))).toBe(false);
  });

  it('refuses wildcard repositories, sub-forging names and empty lists', () => {
    expect(() => oidcRoleTrustPolicy({ providerArn, repository: 'unkeyed/*', refs: ['main'], environments: [] })).toThrow(/owner\/repo/);
    expect(() => oidcRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra', refs: ['main:environment:x'], environments: [] })).toThrow(/ref/);
    expect(() => oidcRoleTrustPolicy({ providerArn, repository: 'unkeyed/infra', refs: [], environments: [] })).toThrow(/at least one/);
    expect(() => oidcRoleTrustPolicy({ providerArn: 'arn:aws:iam::0:oidc-provider/evil.example', repository: 'unkeyed/infra', refs: ['main'], environments: [] })).toThrow(/OIDC provider/);
  });
});

describe('preview role trust', () => {
  it('admits only pull_request tokens of the repository', () => {
    expect(preview.Statement[0].Condition).toEqual({ StringEquals: { [AUD_KEY]: 'sts.amazonaws.com', [SUB_KEY]: ['repo:unkeyed/infra:pull_request'] } });
    expect(isAllowed(preview, token('repo:unkeyed/infra:pull_request'))).toBe(true);
    expect(isAllowed(preview, token('repo:unkeyed/infra:ref:refs/heads/main'))).toBe(false);
    expect(isAllowed(preview, token('repo:attacker/infra:pull_request'))).toBe(false);
  });
});

describe('permission policies', () => {
  const bucket = 'arn:aws:s3:::unkey-pulumi-state';
  const key = 'arn:aws:kms:us-east-1:000000000000:key/1234';
  const exec = ['arn:aws:iam::111111111111:role/UnkeyPulumiAWSExecutor'];
  it('lets the deploy role assume only the listed executors, with tags and source identity', () => {
    const p = oidcRolePermissionPolicy({ executorRoleArns: exec, stateBucketArn: bucket, kmsKeyArn: key });
    const caller = { principal: {}, context: {} };
    for (const action of ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']) expect(isAllowed(p, { ...caller, action, resource: exec[0] })).toBe(true);
    expect(isAllowed(p, { ...caller, action: 'sts:AssumeRole', resource: 'arn:aws:iam::444444444444:role/UnkeyPulumiAWSExecutor' })).toBe(false);
    expect(isAllowed(p, { ...caller, action: 's3:PutObject', resource: `${bucket}/.pulumi/stacks/x.json` })).toBe(true);
    expect(isAllowed(p, { ...caller, action: 's3:PutObject', resource: 'arn:aws:s3:::other/x' })).toBe(false);
  });
  it('lets the preview role write only lock files', () => {
    const p = previewRolePermissionPolicy({ previewExecutorRoleArns: exec, stateBucketArn: bucket, kmsKeyArn: key });
    const caller = { principal: {}, context: {} };
    expect(isAllowed(p, { ...caller, action: 's3:PutObject', resource: `${bucket}/.pulumi/locks/organization/api/x.json` })).toBe(true);
    expect(isAllowed(p, { ...caller, action: 's3:PutObject', resource: `${bucket}/.pulumi/stacks/organization/api/x.json` })).toBe(false);
    expect(isAllowed(p, { ...caller, action: 'kms:Encrypt', resource: key })).toBe(false);
  });
  it('denies plain-HTTP access to the state bucket', () => {
    const p = stateBucketTlsOnlyPolicy(bucket);
    expect(p.Statement[0]).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });
});
