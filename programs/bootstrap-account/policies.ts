import type { PolicyDocument } from '../iam-types.js';

/**
 * Trust policies of the roles in each target account, as pure functions (no Pulumi import): the
 * bootstrap-account program creates them and the STS emulator in test/support evaluates them.
 */

/** The actions the second hop needs: session tags and source identity can only be set on AssumeRole. */
export const EXECUTOR_TRUST_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'] as const;

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

function checkRoleArn(name: string, arn: string): void {
  if (!ROLE_ARN.test(arn)) throw new Error(`${name} '${arn}' is not an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>); wildcards and account roots are refused`);
}

export interface ExecutorTrustArgs {
  /** The management account's OIDC deploy role, e.g. arn:aws:iam::000000000000:role/GitHubActionsOIDCRole. */
  managementRoleArn: string;
  /** Optional SSO admin role for people running the CLI during an incident. */
  ssoAdminRoleArn?: string;
}

/** Trust of the executor role: only the management OIDC role (and the optional SSO admin role). */
export function executorTrustPolicy(args: ExecutorTrustArgs): PolicyDocument {
  checkRoleArn('managementRoleArn', args.managementRoleArn);
  const principals = [args.managementRoleArn];
  if (args.ssoAdminRoleArn) {
    checkRoleArn('ssoAdminRoleArn', args.ssoAdminRoleArn);
    principals.push(args.ssoAdminRoleArn);
  }
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ManagementDeployRole', Effect: 'Allow', Principal: { AWS: principals.length === 1 ? principals[0] : principals }, Action: [...EXECUTOR_TRUST_ACTIONS] }],
  };
}

export interface PreviewExecutorTrustArgs {
  /** The management account's preview role (pull_request tokens only). */
  previewRoleArn: string;
}

/** Trust of the read-only preview executor: only the management preview role. */
export function previewExecutorTrustPolicy(args: PreviewExecutorTrustArgs): PolicyDocument {
  checkRoleArn('previewRoleArn', args.previewRoleArn);
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ManagementPreviewRole', Effect: 'Allow', Principal: { AWS: args.previewRoleArn }, Action: [...EXECUTOR_TRUST_ACTIONS] }],
  };
}

/** Trust of an optional human role (Admin, Billing) in the account: the given management/SSO roles. */
export function humanAccountRoleTrustPolicy(principalArns: string[]): PolicyDocument {
  if (principalArns.length === 0) throw new Error('a human role needs at least one principal ARN');
  principalArns.forEach((a) => checkRoleArn('principal', a));
  return { Version: '2012-10-17', Statement: [{ Sid: 'Humans', Effect: 'Allow', Principal: { AWS: principalArns }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'] }] };
}
