import type { PolicyDocument } from '../../shared/iam-types.js';
import { checkRoleArn } from '../../shared/trust-policies.js';

/**
 * The human roles' trust and the preview executor's permissions in each target account, as pure
 * functions (no Pulumi import). The executors' trust is shared with `verify`:
 * shared/trust-policies.ts.
 */

/** Trust of an optional human role (Admin, Billing) in the account: the given management/SSO roles. */
export function humanAccountRoleTrustPolicy(principalArns: string[]): PolicyDocument {
  if (principalArns.length === 0) throw new Error('a human role needs at least one principal ARN');
  principalArns.forEach((a) => checkRoleArn('principal', a));
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Humans', Effect: 'Allow', Principal: { AWS: principalArns }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'] }],
  };
}

/**
 * What a `pulumi preview` (no `--refresh`) calls with the preview executor's credentials: the AWS
 * provider's account check and the data sources the builtin programs read. Plans and diffs are
 * computed from state, so nothing else is needed; repo programs with other data sources add their
 * read actions with `bootstrap-account:previewActions`. Reading secrets, objects or tables is not in
 * the list, so a pull request cannot read them through this role.
 */
export const PREVIEW_ACTIONS = ['sts:GetCallerIdentity', 'ec2:DescribeAvailabilityZones', 'ec2:DescribeRegions'] as const;

/** Read actions only: `Describe*`, `Get*`, `List*` of a service, nothing that writes. */
const READ_ACTION = /^[a-z0-9-]+:(Describe|Get|List)[A-Za-z0-9*]*$/;

/** The preview executor's only permission policy: {@link PREVIEW_ACTIONS} plus the extra read actions. */
export function previewExecutorPermissionPolicy(extraActions: string[] = []): PolicyDocument {
  for (const a of extraActions) {
    if (!READ_ACTION.test(a))
      throw new Error(`previewActions: '${a}' is not a read action (service:Describe…, Get… or List…); previews must not change anything`);
  }
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'PreviewReads', Effect: 'Allow', Action: [...new Set([...PREVIEW_ACTIONS, ...extraActions])], Resource: '*' }],
  };
}
