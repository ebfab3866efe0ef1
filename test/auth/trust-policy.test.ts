import { expect, test } from '@jest/globals';
import { oidcRoleTrustPolicy, previewRoleTrustPolicy } from '../../programs/bootstrap-management/policies.js';
import { executorTrustPolicy } from '../../programs/bootstrap-account/policies.js';
import { evaluateTrustPolicy, globMatch, type TrustPolicy } from '../../src/auth/trust-policy.js';
import { PROVIDER_ARN } from './world.js';

const SUB = 'token.actions.githubusercontent.com:sub';
const AUD = 'token.actions.githubusercontent.com:aud';
const web = (sub: string, aud = 'sts.amazonaws.com') => ({ actions: ['sts:AssumeRoleWithWebIdentity'], principal: { type: 'Federated' as const, value: PROVIDER_ARN }, context: { [SUB]: sub, [AUD]: aud } });
const deploy = oidcRoleTrustPolicy({ providerArn: PROVIDER_ARN, repository: 'acme/infra', refs: ['main', 'refs/tags/v*'], environments: ['production'] });

test('the deploy role admits main, tags and its environment, and nothing else', () => {
  expect(evaluateTrustPolicy(deploy, web('repo:acme/infra:ref:refs/heads/main')).allowed).toBe(true);
  expect(evaluateTrustPolicy(deploy, web('repo:acme/infra:ref:refs/tags/v1.2.0')).allowed).toBe(true);
  expect(evaluateTrustPolicy(deploy, web('repo:acme/infra:environment:production')).allowed).toBe(true);
  for (const sub of ['repo:acme/infra:pull_request', 'repo:Acme/infra:ref:refs/heads/main', 'repo:acme/infra-fork:ref:refs/heads/main', 'repo:acme/infra:environment:staging']) {
    const d = evaluateTrustPolicy(deploy, web(sub));
    expect(d.allowed).toBe(false);
    expect(d.reasons.join('\n')).toContain(`StringLike ${SUB}: the request has "${sub}"`);
  }
  expect(evaluateTrustPolicy(deploy, web('repo:acme/infra:ref:refs/heads/main', 'https://github.com/acme')).reasons[0]).toContain(`StringEquals ${AUD}`);
  const other = evaluateTrustPolicy(deploy, { ...web('repo:acme/infra:ref:refs/heads/main'), principal: { type: 'Federated', value: 'arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com' } });
  expect(other.reasons[0]).toContain('Principal: the caller is Federated');
});

test('the preview role admits only pull_request tokens', () => {
  const preview = previewRoleTrustPolicy({ providerArn: PROVIDER_ARN, repository: 'acme/infra' });
  expect(evaluateTrustPolicy(preview, web('repo:acme/infra:pull_request')).allowed).toBe(true);
  expect(evaluateTrustPolicy(preview, web('repo:acme/infra:ref:refs/heads/main')).allowed).toBe(false);
});

test('executor trust needs the management role and all three actions', () => {
  const mgmt = 'arn:aws:iam::000000000000:role/InfraDeployRole';
  const trust = executorTrustPolicy({ managementRoleArn: mgmt });
  const req = (value: string, actions = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']) => ({ actions, principal: { type: 'AWS' as const, value }, context: {} });
  expect(evaluateTrustPolicy(trust, req(mgmt)).allowed).toBe(true);
  expect(evaluateTrustPolicy(trust, req('arn:aws:iam::000000000000:role/Other')).allowed).toBe(false);
  const noTags: TrustPolicy = { Statement: [{ Effect: 'Allow', Principal: { AWS: mgmt }, Action: 'sts:AssumeRole' }] };
  expect(evaluateTrustPolicy(noTags, req(mgmt)).reasons).toEqual(['no statement allows sts:TagSession', 'no statement allows sts:SetSourceIdentity']);
  const root: TrustPolicy = { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'sts:*' }] };
  expect(evaluateTrustPolicy(root, req(mgmt)).allowed).toBe(true);
  const deny: TrustPolicy = { Statement: [...(root.Statement as []), { Sid: 'NoTags', Effect: 'Deny', Principal: '*', Action: 'sts:TagSession' }] };
  expect(evaluateTrustPolicy(deny, req(mgmt)).reasons).toEqual(['NoTags denies sts:TagSession']);
});

test('ArnLike, IfExists and globs', () => {
  const p: TrustPolicy = { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Infra*' }, StringEqualsIfExists: { 'sts:SourceIdentity': 'octocat' } } }] };
  const r = (arn: string, context: Record<string, string> = {}) => evaluateTrustPolicy(p, { actions: ['sts:AssumeRole'], principal: { type: 'AWS', value: arn }, context: { 'aws:PrincipalArn': arn, ...context } });
  expect(r('arn:aws:iam::000000000000:role/InfraDeployRole').allowed).toBe(true);
  expect(r('arn:aws:iam::000000000000:role/Admin').allowed).toBe(false);
  expect(r('arn:aws:iam::000000000000:role/InfraDeployRole', { 'sts:SourceIdentity': 'mallory' }).allowed).toBe(false);
  expect(globMatch('repo:a/b:ref:refs/heads/?ain', 'repo:a/b:ref:refs/heads/main')).toBe(true);
  expect(globMatch('repo:a/b.c', 'repo:a/bxc')).toBe(false);
});
