import type { PolicyDocument, PolicyStatement } from '../iam-types.js';

/**
 * The IAM documents of the management account, as pure functions (no Pulumi import) so that the
 * program, its tests and the STS emulator (test/support) all evaluate the very same JSON.
 *
 * The trust model (docs/trust-model.md): one deploy role per target account,
 * `GitHubActionsOIDCRole-<account>`, trusting exactly one OIDC subject,
 * `repo:ORG/REPO:environment:<that account's GitHub environment>`, and allowed to assume exactly
 * that account's executor and to touch exactly that account's state prefix and KMS key. No role
 * trusts a `ref:` subject, so a job without an environment (main, workflow-testing, a tag) reaches
 * nothing; GitHub's environment rules (deployment branches, reviewers) decide which refs get which
 * environment's subject. Pull-request tokens (`repo:ORG/REPO:pull_request`) reach only the preview
 * roles of accounts that have no preview environment; an account with one is previewed only from a
 * job in that environment (which can require approval).
 *
 * GitHub OIDC conventions (token.actions.githubusercontent.com):
 *  - `sub` is `repo:ORG/REPO:environment:NAME` when the job has an environment (it wins over the
 *    ref), `repo:ORG/REPO:pull_request` for pull requests, `repo:ORG/REPO:ref:refs/heads/X` otherwise.
 *  - `aud` is what the workflow asked for; the action asks for `sts.amazonaws.com`.
 *  - AWS evaluates only `sub` and `aud` (and `amr`) from a GitHub token; other claims such as
 *    `job_workflow_ref` can be pinned only by customising the repository's subject template.
 */

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
export const GITHUB_OIDC_URL = `https://${GITHUB_OIDC_HOST}`;
export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
export const SUB_KEY = `${GITHUB_OIDC_HOST}:sub`;
export const AUD_KEY = `${GITHUB_OIDC_HOST}:aud`;

/**
 * `owner/repo`, or the post-2026-07-15 immutable form `owner@OWNER_ID/repo@REPO_ID`. No wildcards:
 * a `*` here would admit other repositories (and forks are other repositories).
 */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:@\d+)?\/[A-Za-z0-9._-]{1,100}(?:@\d+)?$/;

/**
 * GitHub environment names as the trust policies accept them: at most 255 characters of letters,
 * digits, space, `.`, `_` and `-`, not starting or ending with a space. No `:` (it would forge
 * another sub form), no `*`/`?` (IAM globs), no `/`, newlines or `${{`. The manifest schema
 * (src/manifest/schema.ts) enforces the same rule; a test keeps the two equal.
 */
export const ENVIRONMENT_NAME = /^(?! )[A-Za-z0-9._\- ]{1,255}(?<! )$/;

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

export function checkRepository(repository: string): void {
  if (!REPOSITORY.test(repository)) {
    throw new Error(`repository '${repository}' must be 'owner/repo' (no wildcards), e.g. 'unkeyed/infra'`);
  }
}

export function checkEnvironment(what: string, env: string): void {
  if (!ENVIRONMENT_NAME.test(env)) {
    throw new Error(
      `${what} '${env}' is not a GitHub environment name this trust model accepts: 1–255 letters, digits, spaces, '.', '_' or '-'`,
    );
  }
}

export function checkAccount(a: TargetAccount): void {
  if (!ACCOUNT_NAME.test(a.name))
    throw new Error(`account name '${a.name}' must be lowercase letters, digits and dashes, starting with a letter`);
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

/** The `sub` of a job in `environment`, or of a pull request when no environment is given. */
export function subjectFor(repository: string, environment?: string): string {
  checkRepository(repository);
  if (environment === undefined) return `repo:${repository}:pull_request`;
  checkEnvironment('environment', environment);
  return `repo:${repository}:environment:${environment}`;
}

function webIdentityStatement(providerArn: string, sub: string, audience: string | undefined, sid: string): PolicyStatement {
  if (!providerArn.startsWith('arn:') || !providerArn.includes(`oidc-provider/${GITHUB_OIDC_HOST}`)) {
    throw new Error(`providerArn '${providerArn}' is not the ARN of the ${GITHUB_OIDC_HOST} OIDC provider`);
  }
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { Federated: providerArn },
    Action: 'sts:AssumeRoleWithWebIdentity',
    // StringEquals, never StringLike: one exact subject, no patterns.
    Condition: { StringEquals: { [AUD_KEY]: audience ?? DEFAULT_AUDIENCE, [SUB_KEY]: sub } },
  };
}

export interface DeployRoleTrustArgs {
  /** ARN of the GitHub OIDC identity provider in the management account. */
  providerArn: string;
  /** The one repository allowed, `owner/repo`. */
  repository: string;
  /** The account's GitHub environment: the only subject admitted. */
  environment: string;
  /** Token audience; default `sts.amazonaws.com`. */
  audience?: string;
}

/**
 * Trust of `GitHubActionsOIDCRole-<account>`: tokens for `audience` from exactly `repository`, and
 * only from jobs bound to that account's environment. A fork is another repository, a pull request
 * or a job without an environment has another subject: none of them match.
 */
export function deployRoleTrustPolicy(args: DeployRoleTrustArgs): PolicyDocument {
  const sub = subjectFor(args.repository, args.environment);
  return { Version: '2012-10-17', Statement: [webIdentityStatement(args.providerArn, sub, args.audience, 'GitHubActionsDeploy')] };
}

export interface PreviewRoleTrustArgs {
  providerArn: string;
  repository: string;
  /** When given, only jobs in this environment (an approval gate); else pull_request tokens. */
  previewEnvironment?: string;
  audience?: string;
}

/** Trust of `GitHubActionsPreviewRole-<account>`: pull_request tokens, or the account's preview environment. */
export function previewRoleTrustPolicy(args: PreviewRoleTrustArgs): PolicyDocument {
  const sub = subjectFor(args.repository, args.previewEnvironment);
  return { Version: '2012-10-17', Statement: [webIdentityStatement(args.providerArn, sub, args.audience, 'GitHubActionsPreview')] };
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
