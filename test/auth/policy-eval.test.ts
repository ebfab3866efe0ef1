import { expect, test } from '@jest/globals';
import { deployRoleTrustPolicy, executorTrustPolicy, previewRoleTrustPolicy } from '../../shared/trust-policies.js';
import { evaluatePolicy, globMatch, type Policy } from '../../src/auth/policy-eval.js';
import { PROVIDER_ARN } from './world.js';

const SUB = 'token.actions.githubusercontent.com:sub';
const AUD = 'token.actions.githubusercontent.com:aud';
const web = (sub: string, aud = 'sts.amazonaws.com') => ({
  actions: ['sts:AssumeRoleWithWebIdentity'],
  principal: { type: 'Federated' as const, value: PROVIDER_ARN },
  context: { [SUB]: sub, [AUD]: aud },
});
const deploy = deployRoleTrustPolicy({ providerArn: PROVIDER_ARN, repository: 'acme/infra', environment: 'production' });

test('a deploy role admits its environment and nothing else, naming the failing condition', () => {
  expect(evaluatePolicy(deploy, web('repo:acme/infra:environment:production')).allowed).toBe(true);
  for (const sub of [
    'repo:acme/infra:pull_request',
    'repo:Acme/infra:environment:production',
    'repo:acme/infra:ref:refs/heads/main',
    'repo:acme/infra:environment:sandbox',
  ]) {
    const d = evaluatePolicy(deploy, web(sub));
    expect(d.allowed).toBe(false);
    expect(d.reasons.join('\n')).toContain(
      `StringEquals ${SUB}: the request has "${sub}"; the policy allows "repo:acme/infra:environment:production"`,
    );
  }
  expect(evaluatePolicy(deploy, web('repo:acme/infra:environment:production', 'https://github.com/acme')).reasons[0]).toContain(
    `StringEquals ${AUD}`,
  );
  const other = evaluatePolicy(deploy, {
    ...web('repo:acme/infra:environment:production'),
    principal: { type: 'Federated', value: 'arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com' },
  });
  expect(other.reasons[0]).toContain('Principal: the caller is Federated');
});

test('the preview role admits only pull_request tokens', () => {
  const preview = previewRoleTrustPolicy({ providerArn: PROVIDER_ARN, repository: 'acme/infra' });
  expect(evaluatePolicy(preview, web('repo:acme/infra:pull_request')).allowed).toBe(true);
  expect(evaluatePolicy(preview, web('repo:acme/infra:ref:refs/heads/main')).allowed).toBe(false);
});

test('identity policies: resources, NotAction, Null and negated operators on missing keys', () => {
  const p: Policy = {
    Statement: [
      { Sid: 'Objects', Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::b/sandbox/*' },
      {
        Sid: 'List',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::b',
        Condition: { StringLike: { 's3:prefix': 'sandbox/*' } },
      },
      {
        Sid: 'NoPlainHttp',
        Effect: 'Deny',
        NotAction: 's3:ListBucket',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
      {
        Sid: 'NeedsTag',
        Effect: 'Deny',
        Action: 's3:GetObjectTagging',
        Resource: '*',
        Condition: { Null: { 'aws:RequestTag/team': 'true' } },
      },
      {
        Sid: 'Others',
        Effect: 'Deny',
        Action: 's3:GetObjectAcl',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:PrincipalAccount': '000000000000' } },
      },
    ],
  };
  const ask = (action: string, resource: string, context: Record<string, string> = {}) =>
    evaluatePolicy(p, { actions: [action], resource, context });
  expect(ask('s3:GetObject', 'arn:aws:s3:::b/sandbox/x').allowed).toBe(true);
  expect(ask('s3:GetObject', 'arn:aws:s3:::b/production/x').reasons).toEqual([
    'Objects (s3:GetObject): Resource: "arn:aws:s3:::b/production/x" is not among "arn:aws:s3:::b/sandbox/*"',
  ]);
  expect(ask('s3:GetObject', 'arn:aws:s3:::b/sandbox/x', { 'aws:SecureTransport': 'false' }).reasons).toEqual([
    'NoPlainHttp denies s3:GetObject',
  ]);
  expect(ask('s3:ListBucket', 'arn:aws:s3:::b', { 's3:prefix': 'sandbox/.pulumi/' }).allowed).toBe(true);
  expect(ask('s3:ListBucket', 'arn:aws:s3:::b').allowed).toBe(false);
  expect(ask('s3:GetObjectTagging', 'arn:aws:s3:::b/sandbox/x').reasons).toEqual(['NeedsTag denies s3:GetObjectTagging']);
  expect(ask('s3:GetObjectTagging', 'arn:aws:s3:::b/sandbox/x', { 'aws:RequestTag/team': 'a' }).allowed).toBe(true);
  // A missing key satisfies StringNotEquals, as in IAM: the Deny applies.
  expect(ask('s3:GetObjectAcl', 'arn:aws:s3:::b/sandbox/x').reasons).toEqual(['Others denies s3:GetObjectAcl']);
  expect(ask('s3:GetObjectAcl', 'arn:aws:s3:::b/sandbox/x', { 'aws:PrincipalAccount': '000000000000' }).allowed).toBe(true);
});

test('executor trust needs the management role and all three actions', () => {
  const mgmt = 'arn:aws:iam::000000000000:role/InfraDeployRole';
  const trust = executorTrustPolicy({ managementRoleArn: mgmt });
  const req = (value: string, actions = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']) => ({
    actions,
    principal: { type: 'AWS' as const, value },
    context: {},
  });
  expect(evaluatePolicy(trust, req(mgmt)).allowed).toBe(true);
  expect(evaluatePolicy(trust, req('arn:aws:iam::000000000000:role/Other')).allowed).toBe(false);
  const noTags: Policy = { Statement: [{ Effect: 'Allow', Principal: { AWS: mgmt }, Action: 'sts:AssumeRole' }] };
  expect(evaluatePolicy(noTags, req(mgmt)).reasons).toEqual([
    'no statement allows sts:TagSession',
    'no statement allows sts:SetSourceIdentity',
  ]);
  const root: Policy = { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'sts:*' }] };
  expect(evaluatePolicy(root, req(mgmt)).allowed).toBe(true);
  const deny: Policy = {
    Statement: [...(root.Statement as []), { Sid: 'NoTags', Effect: 'Deny', Principal: '*', Action: 'sts:TagSession' }],
  };
  expect(evaluatePolicy(deny, req(mgmt)).reasons).toEqual(['NoTags denies sts:TagSession']);
});

test('ArnLike, IfExists and globs', () => {
  const p: Policy = {
    Statement: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 'sts:AssumeRole',
        Condition: {
          ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Infra*' },
          StringEqualsIfExists: { 'sts:SourceIdentity': 'octocat' },
        },
      },
    ],
  };
  const r = (arn: string, context: Record<string, string> = {}) =>
    evaluatePolicy(p, {
      actions: ['sts:AssumeRole'],
      principal: { type: 'AWS', value: arn },
      context: { 'aws:PrincipalArn': arn, ...context },
    });
  expect(r('arn:aws:iam::000000000000:role/InfraDeployRole').allowed).toBe(true);
  expect(r('arn:aws:iam::000000000000:role/Admin').allowed).toBe(false);
  expect(r('arn:aws:iam::000000000000:role/InfraDeployRole', { 'sts:SourceIdentity': 'mallory' }).allowed).toBe(false);
  expect(globMatch('repo:a/b:ref:refs/heads/?ain', 'repo:a/b:ref:refs/heads/main')).toBe(true);
  expect(globMatch('repo:a/b.c', 'repo:a/bxc')).toBe(false);
});
