import { describe, expect, it } from '@jest/globals';
import { mockProgram, settle } from '../testing/mocks.js';
import { isAllowed } from '../testing/is-allowed.js';
import { createAccount } from './program.js';

const base = { 'bootstrap-account:accountId': '222222222222', 'bootstrap-account:managementAccountId': '000000000000' };
const doc = (r: { inputs: Record<string, unknown> }, key = 'assumeRolePolicy') => JSON.parse(r.inputs[key] as string);
const call = (caller: string) => ({ actions: ['sts:AssumeRole'], principal: { type: 'AWS' as const, value: caller } });
const OWN = 'arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-canary';
const OTHER = 'arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-sandbox';
const PREVIEW = 'arn:aws:iam::000000000000:role/GitHubActionsPreviewRole-canary';

describe('bootstrap-account program', () => {
  it('creates an executor trusted only by this account’s deploy role, and a preview executor limited to preview calls', async () => {
    const m = await mockProgram('bootstrap-account', 'aws-canary-us-east-1', base);
    await settle(m, createAccount({}));
    const executor = m.one('aws:iam/role:Role', 'executor');
    expect(executor.inputs.name).toBe('UnkeyPulumiAWSExecutor');
    expect(doc(executor).Statement).toEqual([
      {
        Sid: 'ManagementDeployRole',
        Effect: 'Allow',
        Principal: { AWS: OWN },
        Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
      },
    ]);
    expect(isAllowed(doc(executor), call(OTHER))).toBe(false);
    expect(isAllowed(doc(executor), call(PREVIEW))).toBe(false);
    const preview = m.one('aws:iam/role:Role', 'preview-executor');
    expect(isAllowed(doc(preview), call(PREVIEW))).toBe(true);
    expect(isAllowed(doc(preview), call(OWN))).toBe(false);
    expect(m.ofType('aws:iam/rolePolicyAttachment:RolePolicyAttachment').map((a) => a.inputs.policyArn)).toEqual([
      'arn:aws:iam::aws:policy/AdministratorAccess',
    ]);
    const perms = doc(m.one('aws:iam/rolePolicy:RolePolicy', 'preview-executor'), 'policy');
    expect(perms.Statement[0].Action).toEqual(['sts:GetCallerIdentity', 'ec2:DescribeAvailabilityZones', 'ec2:DescribeRegions']);
    expect(m.ofType('aws:iam/role:Role')).toHaveLength(2);
    const p = m.one('pulumi:providers:aws');
    expect(JSON.parse(p.inputs.allowedAccountIds as string)).toEqual(['222222222222']);
    for (const r of m.resources.filter((x) => x.type.startsWith('aws:'))) expect(r.provider?.split('::')[3]).toBe(p.name);
  });

  it('adds the SSO admin role and the human roles when configured', async () => {
    const sso = 'arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_abc';
    const m = await mockProgram('bootstrap-account', 'aws-canary-us-east-1', {
      ...base,
      'bootstrap-account:ssoAdminRoleArn': sso,
      'bootstrap-account:humanRoles': 'true',
    });
    await settle(m, createAccount({}));
    expect(isAllowed(doc(m.one('aws:iam/role:Role', 'executor')), call(sso))).toBe(true);
    const admin = m.ofType('aws:iam/role:Role').find((r) => r.inputs.name === 'Admin')!;
    expect(isAllowed(doc(admin), call('arn:aws:iam::000000000000:role/Management-Admin'))).toBe(true);
    expect(isAllowed(doc(admin), call('arn:aws:iam::000000000000:role/Management-Billing'))).toBe(false);
  });

  it('refuses a config without account ids, naming both keys', async () => {
    await mockProgram('bootstrap-account', 'aws-canary-us-east-1', { 'bootstrap-account:ssoAdminRoleArn': 'not-an-arn' });
    expect(() => createAccount({})).toThrow(
      /accountId: is required[\s\S]*managementAccountId: is required[\s\S]*ssoAdminRoleArn: expected an ARN/,
    );
  });
});
