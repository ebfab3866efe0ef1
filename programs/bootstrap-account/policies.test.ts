import { describe, expect, it } from '@jest/globals';
import { executorTrustPolicy, previewExecutorTrustPolicy } from '../../shared/trust-policies.js';
import { previewExecutorPermissionPolicy } from './policies.js';
import { isAllowed } from '../testing/is-allowed.js';

const own = 'arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-canary';
const otherAccounts = 'arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-sandbox';
const previewRole = 'arn:aws:iam::000000000000:role/GitHubActionsPreviewRole-canary';
const sso = 'arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_abc';
const call = (caller: string, action = 'sts:AssumeRole') => ({ actions: [action], principal: { type: 'AWS' as const, value: caller } });

describe('executor trust', () => {
  it('trusts only its account’s deploy role, for AssumeRole, TagSession and SetSourceIdentity', () => {
    const p = executorTrustPolicy({ managementRoleArn: own });
    expect(p.Statement).toEqual([
      {
        Sid: 'ManagementDeployRole',
        Effect: 'Allow',
        Principal: { AWS: own },
        Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
      },
    ]);
    for (const a of ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']) expect(isAllowed(p, call(own, a))).toBe(true);
    expect(isAllowed(p, call(otherAccounts))).toBe(false);
    expect(isAllowed(p, call(previewRole))).toBe(false);
    expect(isAllowed(p, call(own, 'sts:AssumeRoleWithWebIdentity'))).toBe(false);
  });
  it('adds the SSO admin role when given', () => {
    const p = executorTrustPolicy({ managementRoleArn: own, ssoAdminRoleArn: sso });
    expect(isAllowed(p, call(sso))).toBe(true);
    expect(isAllowed(p, call(own))).toBe(true);
  });
  it('refuses account roots and wildcards', () => {
    expect(() => executorTrustPolicy({ managementRoleArn: 'arn:aws:iam::000000000000:root' })).toThrow(/role ARN/);
    expect(() => executorTrustPolicy({ managementRoleArn: '*' })).toThrow(/role ARN/);
    expect(() => executorTrustPolicy({ managementRoleArn: own, ssoAdminRoleArn: 'arn:aws:iam::1:role/*' })).toThrow(/ssoAdminRoleArn/);
  });
});

describe('preview executor', () => {
  it('trusts only its account’s preview role', () => {
    const p = previewExecutorTrustPolicy({ previewRoleArn: previewRole });
    expect(isAllowed(p, call(previewRole))).toBe(true);
    expect(isAllowed(p, call(own))).toBe(false);
  });
  it('may call only the preview list plus extra read actions', () => {
    const p = previewExecutorPermissionPolicy(['route53:GetHostedZone']);
    const ask = (a: string) => ({ actions: [a], resource: '*' });
    expect(isAllowed(p, ask('ec2:DescribeAvailabilityZones'))).toBe(true);
    expect(isAllowed(p, ask('route53:GetHostedZone'))).toBe(true);
    expect(isAllowed(p, ask('s3:GetObject'))).toBe(false);
    expect(() => previewExecutorPermissionPolicy(['s3:PutObject'])).toThrow(/not a read action/);
  });
});
