import type { PolicyDocument, PolicyStatement } from '../../shared/iam-types.js';
import { checkEnvironment } from '../../shared/trust-policies.js';

/**
 * What the management account's roles may do, as pure functions (no Pulumi import) so that the
 * program, its tests and the STS emulator (test/support) all evaluate the very same JSON. Who may
 * assume them (the trust policies) is shared with `verify`: shared/trust-policies.ts.
 *
 * Each account's deploy role may assume exactly that account's executor and touch exactly that
 * account's state prefix and KMS key (docs/trust-model.md).
 */

/** Account names, as in the manifest: lowercase letters, digits and dashes, starting with a letter. */
const ACCOUNT_NAME = /^[a-z][a-z0-9-]*$/;

/** One target account as the management account sees it. */
export interface TargetAccount {
  name: string;
  id: string;
  /** The GitHub environment whose jobs deploy here (default: the account name). */
  environment?: string;
  /**
   * A GitHub environment for this account's pull-request previews. When set, the preview role
   * trusts only jobs in it (so approval can be required) and no longer trusts pull_request tokens.
   */
  previewEnvironment?: string;
}

/** The name in the management stack's own key alias, `alias/pulumi-management`: no target account may take it. */
export const MANAGEMENT_KEY = 'management';

export function checkAccount(a: TargetAccount): void {
  if (!ACCOUNT_NAME.test(a.name))
    throw new Error(`account name '${a.name}' must be lowercase letters, digits and dashes, starting with a letter`);
  if (a.name === MANAGEMENT_KEY)
    throw new Error(`account name '${a.name}' is reserved: ${secretsKeyAlias(MANAGEMENT_KEY)} is the management stack's own key`);
  if (!/^\d{12}$/.test(a.id)) throw new Error(`account ${a.name}: id '${a.id}' must be 12 digits`);
  checkEnvironment(`account ${a.name}: environment`, a.environment ?? a.name);
  if (a.previewEnvironment !== undefined) {
    checkEnvironment(`account ${a.name}: previewEnvironment`, a.previewEnvironment);
    if (a.previewEnvironment === (a.environment ?? a.name))
      throw new Error(
        `account ${a.name}: previewEnvironment must differ from the deploy environment '${a.previewEnvironment}', or previews would get deploy rights`,
      );
  }
}

/** `GitHubActionsOIDCRole` + `sandbox` → `GitHubActionsOIDCRole-sandbox`: the per-account role names. */
export function perAccountRoleName(base: string, account: string): string {
  const name = `${base}-${account}`;
  if (name.length > 64)
    throw new Error(`role name '${name}' is longer than IAM's 64 characters; shorten the base name or the account name`);
  return name;
}

/**
 * The state layout: account `<name>` keeps its Pulumi state under `s3://<bucket>/<name>/` (the
 * manifest's backend `s3://<bucket>/{account}?region=…`), so `.pulumi/stacks`, `.pulumi/locks`,
 * `.pulumi/history` and `.pulumi/backups` of one account all sit under that prefix.
 */
export function statePrefix(account: string): string {
  return `${account}/`;
}

/** Alias of the account's own KMS key for Pulumi secrets (`awskms://alias/pulumi-{account}`). */
export function secretsKeyAlias(account: string): string {
  return `alias/pulumi-${account}`;
}

const EXECUTOR_HOP_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];

function stateListStatement(sid: string, bucketArn: string, account: string): PolicyStatement {
  // Listing is scoped by the request's prefix: Pulumi lists only under <account>/.pulumi/…
  return {
    Sid: sid,
    Effect: 'Allow',
    Action: 's3:ListBucket',
    Resource: bucketArn,
    Condition: { StringLike: { 's3:prefix': [account, `${statePrefix(account)}*`] } },
  };
}

export interface DeployRolePermissionArgs {
  /** The account whose state and executor this role reaches. */
  account: string;
  /** That account's executor role ARN. */
  executorRoleArn: string;
  stateBucketArn: string;
  /** That account's KMS key for Pulumi secrets. */
  kmsKeyArn: string;
}

/**
 * What `GitHubActionsOIDCRole-<account>` may do: hop into that account's executor (with session
 * tags and source identity), read and write that account's state prefix, use that account's key.
 * This session is what the Pulumi process holds for the backend, so it can reach nothing else.
 */
export function deployRolePermissionPolicy(args: DeployRolePermissionArgs): PolicyDocument {
  const objects = `${args.stateBucketArn}/${statePrefix(args.account)}*`;
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AssumeOwnExecutor', Effect: 'Allow', Action: EXECUTOR_HOP_ACTIONS, Resource: args.executorRoleArn },
      { Sid: 'StateBucket', Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:GetBucketVersioning'], Resource: args.stateBucketArn },
      stateListStatement('StateList', args.stateBucketArn, args.account),
      { Sid: 'StateObjects', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: objects },
      {
        Sid: 'SecretsKey',
        Effect: 'Allow',
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
        Resource: args.kmsKeyArn,
      },
    ],
  };
}

export interface PreviewRolePermissionArgs {
  account: string;
  /** That account's preview executor role ARN. */
  previewExecutorRoleArn: string;
  stateBucketArn: string;
  kmsKeyArn: string;
}

/**
 * What `GitHubActionsPreviewRole-<account>` may do: hop into that account's read-only preview
 * executor, read that account's state, write only its lock files (a DIY backend locks the stack even
 * for a preview), and decrypt (never encrypt) with that account's key.
 */
export function previewRolePermissionPolicy(args: PreviewRolePermissionArgs): PolicyDocument {
  const prefix = `${args.stateBucketArn}/${statePrefix(args.account)}`;
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AssumeOwnPreviewExecutor', Effect: 'Allow', Action: EXECUTOR_HOP_ACTIONS, Resource: args.previewExecutorRoleArn },
      { Sid: 'StateBucket', Effect: 'Allow', Action: 's3:GetBucketLocation', Resource: args.stateBucketArn },
      stateListStatement('StateList', args.stateBucketArn, args.account),
      { Sid: 'StateRead', Effect: 'Allow', Action: 's3:GetObject', Resource: `${prefix}*` },
      { Sid: 'StateLocks', Effect: 'Allow', Action: ['s3:PutObject', 's3:DeleteObject'], Resource: `${prefix}.pulumi/locks/*` },
      { Sid: 'SecretsKeyDecrypt', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: args.kmsKeyArn },
    ],
  };
}

/** Bucket policy for the state bucket: refuse any request not made over TLS. */
export function stateBucketTlsOnlyPolicy(bucketArn: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [bucketArn, `${bucketArn}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
}

/** Trust for a human role in the management account, assumable by the given principals (SSO roles, users). */
export function humanRoleTrustPolicy(principalArns: string[]): PolicyDocument {
  if (principalArns.length === 0) throw new Error('a human role needs at least one principal ARN');
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Humans', Effect: 'Allow', Principal: { AWS: principalArns }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'] }],
  };
}
