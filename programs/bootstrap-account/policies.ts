import type { PolicyDocument } from '../iam-types.js';

/**
 * Trust policies of the roles in each target account, as pure functions (no Pulumi import): the
 * bootstrap-account program creates them and the STS emulator in test/support evaluates them.
 */

/** The actions the second hop needs: session tags and source identity can only be set on AssumeRole. */
export const EXECUTOR_TRUST_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'] as const;

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

function checkRoleArn(name: string, arn: string): void {
  if (!ROLE_ARN.test(arn))
    throw new Error(
      `${name} '${arn}' is not an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>); wildcards and account roots are refused`,
    );
}

export interface ExecutorTrustArgs {
  /**
   * This account's own deploy role in the management account,
   * e.g. arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-canary — never another account's.
   */
  managementRoleArn: string;
  /** Optional SSO admin role for people running the CLI during an incident. */
  ssoAdminRoleArn?: string;
}

/** Trust of the executor role: only this account's deploy role (and the optional SSO admin role). */
export function executorTrustPolicy(args: ExecutorTrustArgs): PolicyDocument {
  checkRoleArn('managementRoleArn', args.managementRoleArn);
  const principals = [args.managementRoleArn];
  if (args.ssoAdminRoleArn) {
    checkRoleArn('ssoAdminRoleArn', args.ssoAdminRoleArn);
    principals.push(args.ssoAdminRoleArn);
  }
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ManagementDeployRole',
        Effect: 'Allow',
        Principal: { AWS: principals.length === 1 ? principals[0] : principals },
        Action: [...EXECUTOR_TRUST_ACTIONS],
      },
    ],
  };
}

export interface PreviewExecutorTrustArgs {
  /** This account's own preview role in the management account (`GitHubActionsPreviewRole-<account>`). */
  previewRoleArn: string;
}

/** Trust of the read-only preview executor: only this account's preview role. */
export function previewExecutorTrustPolicy(args: PreviewExecutorTrustArgs): PolicyDocument {
  checkRoleArn('previewRoleArn', args.previewRoleArn);
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ManagementPreviewRole', Effect: 'Allow', Principal: { AWS: args.previewRoleArn }, Action: [...EXECUTOR_TRUST_ACTIONS] },
    ],
  };
}

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
