import { describe, expect, it } from '@jest/globals';
import { executorTrustPolicy, previewExecutorTrustPolicy } from './policies.js';
import { isAllowed } from '../policy-eval.js';

const mgmt = 'arn:aws:iam::000000000000:role/GitHubActionsOIDCRole';
const previewRole = 'arn:aws:iam::000000000000:role/GitHubActionsPreviewRole';
const sso = 'arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_abc';
const call = (caller: string, action = 'sts:AssumeRole') => ({ action, principal: { AWS: caller }, context: {} });

describe('executor trust', () => {
  it('trusts only the management OIDC role, for AssumeRole, TagSession and SetSourceIdentity', () => {
    const p = executorTrustPolicy({ managementRoleArn: mgmt });
    expect(p.Statement).toEqual([{ Sid: 'ManagementDeployRole', Effect: 'Allow', Principal: { AWS: mgmt }, Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'] }]);
    for (const a of ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']) expect(isAllowed(p, call(mgmt, a))).toBe(true);
    expect(isAllowed(p, call(previewRole))).toBe(false);
    expect(isAllowed(p, call('arn:aws:iam::000000000000:role/Other'))).toBe(false);
    expect(isAllowed(p, call(mgmt, 'sts:AssumeRoleWithWebIdentity'))).toBe(false);
  });
  it('adds the SSO admin role when given', () => {
    const p = executorTrustPolicy({ managementRoleArn: mgmt, ssoAdminRoleArn: sso });
    expect(isAllowed(p, call(sso))).toBe(true);
    expect(isAllowed(p, call(mgmt))).toBe(true);
  });
  it('refuses account roots and wildcards', () => {
    expect(() => executorTrustPolicy({ managementRoleArn: 'arn:aws:iam::000000000000:root' })).toThrow(/role ARN/);
    expect(() => executorTrustPolicy({ managementRoleArn: '*' })).toThrow(/role ARN/);
    expect(() => executorTrustPolicy({ managementRoleArn: mgmt, ssoAdminRoleArn: 'arn:aws:iam::1:role/*' })).toThrow(/ssoAdminRoleArn/);
  });
});

describe('preview executor trust', () => {
  it('trusts only the preview role', () => {
    const p = previewExecutorTrustPolicy({ previewRoleArn: previewRole });
    expect(isAllowed(p, call(previewRole))).toBe(true);
    expect(isAllowed(p, call(mgmt))).toBe(false);
  });
});
