import type { PolicyDocument, PolicyStatement } from '../iam-types.js';

/**
 * The IAM documents of the management account, as pure functions (no Pulumi import) so that the
 * program, its tests and the STS emulator (test/support) all evaluate the very same JSON.
 *
 * GitHub OIDC conventions (token.actions.githubusercontent.com):
 *  - `sub` is `repo:ORG/REPO:environment:NAME` when the job has an environment (it wins over the
 *    ref), `repo:ORG/REPO:pull_request` for pull requests, `repo:ORG/REPO:ref:refs/heads/X` otherwise.
 *  - `aud` is what the workflow asked for; configure-aws-credentials asks for `sts.amazonaws.com`.
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
/** Ref and environment names: no `:` (it would forge another sub form), `*`/`?` allowed only in refs. */
const REF = /^[A-Za-z0-9._\-/*?]+$/;
const ENVIRONMENT = /^[A-Za-z0-9._\- ]+$/;

export interface OidcRoleTrustArgs {
  /** ARN of the GitHub OIDC identity provider in the management account. */
  providerArn: string;
  /** The one repository allowed, `owner/repo`. */
  repository: string;
  /** Branches (`main`) or full refs (`refs/tags/v*`) whose non-environment jobs may assume the role. */
  refs: string[];
  /** GitHub environments (`production`) whose jobs may assume the role. */
  environments: string[];
  /** Token audience; default `sts.amazonaws.com`. */
  audience?: string;
}

export interface PreviewRoleTrustArgs {
  providerArn: string;
  repository: string;
  audience?: string;
}

function checkRepository(repository: string): void {
  if (!REPOSITORY.test(repository)) {
    throw new Error(`repository '${repository}' must be 'owner/repo' (no wildcards), e.g. 'unkeyed/infra'`);
  }
}

/** `main` → `refs/heads/main`; full refs are kept. */
export function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
}

/** The exact `sub` values a trust policy admits for these refs and environments. */
export function allowedSubjects(repository: string, refs: string[], environments: string[]): string[] {
  checkRepository(repository);
  const subs: string[] = [];
  for (const ref of refs) {
    if (!REF.test(ref) || ref.includes('..')) throw new Error(`ref '${ref}' has characters a branch or tag name cannot have`);
    subs.push(`repo:${repository}:ref:${fullRef(ref)}`);
  }
  for (const env of environments) {
    if (!ENVIRONMENT.test(env)) throw new Error(`environment '${env}' has characters a GitHub environment name cannot have`);
    subs.push(`repo:${repository}:environment:${env}`);
  }
  return subs;
}

function webIdentityStatement(providerArn: string, subs: string[], audience: string | undefined, sid: string): PolicyStatement {
  if (!providerArn.startsWith('arn:') || !providerArn.includes(`oidc-provider/${GITHUB_OIDC_HOST}`)) {
    throw new Error(`providerArn '${providerArn}' is not the ARN of the ${GITHUB_OIDC_HOST} OIDC provider`);
  }
  if (subs.length === 0) throw new Error('a trust policy needs at least one ref or environment; an empty list would admit nothing');
  // StringLike is needed only for ref patterns; mixing operators on `sub` would AND them, so pick one.
  const operator = subs.some((s) => /[*?]/.test(s)) ? 'StringLike' : 'StringEquals';
  const condition: PolicyStatement['Condition'] =
    operator === 'StringEquals'
      ? { StringEquals: { [AUD_KEY]: audience ?? DEFAULT_AUDIENCE, [SUB_KEY]: subs } }
      : { StringEquals: { [AUD_KEY]: audience ?? DEFAULT_AUDIENCE }, StringLike: { [SUB_KEY]: subs } };
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { Federated: providerArn },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: condition,
  };
}

/**
 * Trust policy of `GitHubActionsOIDCRole`: tokens for `audience` from exactly `repository`, and
 * only for the listed refs and environments. A fork is another repository, so its sub never matches.
 */
export function oidcRoleTrustPolicy(args: OidcRoleTrustArgs): PolicyDocument {
  const subs = allowedSubjects(args.repository, args.refs, args.environments);
  return { Version: '2012-10-17', Statement: [webIdentityStatement(args.providerArn, subs, args.audience, 'GitHubActionsDeploy')] };
}

/** Trust policy of the preview role: only `repo:<repository>:pull_request` tokens. */
export function previewRoleTrustPolicy(args: PreviewRoleTrustArgs): PolicyDocument {
  checkRepository(args.repository);
  const subs = [`repo:${args.repository}:pull_request`];
  return { Version: '2012-10-17', Statement: [webIdentityStatement(args.providerArn, subs, args.audience, 'GitHubActionsPreview')] };
}

export interface OidcRolePermissionArgs {
  /** Executor role ARNs, one per target account. */
  executorRoleArns: string[];
  stateBucketArn: string;
  kmsKeyArn: string;
}

/** What the deploy role may do: hop into the executors (with session tags and source identity), use state and the key. */
export function oidcRolePermissionPolicy(args: OidcRolePermissionArgs): PolicyDocument {
  if (args.executorRoleArns.length === 0) throw new Error('executorRoleArns is empty: the role could assume nothing');
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AssumeExecutors', Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'], Resource: args.executorRoleArns },
      { Sid: 'StateBucketList', Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation', 's3:GetBucketVersioning'], Resource: args.stateBucketArn },
      { Sid: 'StateObjects', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: `${args.stateBucketArn}/*` },
      { Sid: 'SecretsKey', Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'], Resource: args.kmsKeyArn },
    ],
  };
}

export interface PreviewRolePermissionArgs {
  /** Preview executor role ARNs, one per target account. */
  previewExecutorRoleArns: string[];
  stateBucketArn: string;
  kmsKeyArn: string;
}

/**
 * What the preview role may do: hop into the read-only preview executors, read state, and write
 * only the backend's lock files (a DIY backend locks the stack even for a preview).
 */
export function previewRolePermissionPolicy(args: PreviewRolePermissionArgs): PolicyDocument {
  if (args.previewExecutorRoleArns.length === 0) throw new Error('previewExecutorRoleArns is empty: the role could assume nothing');
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AssumePreviewExecutors', Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'], Resource: args.previewExecutorRoleArns },
      { Sid: 'StateBucketList', Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: args.stateBucketArn },
      { Sid: 'StateRead', Effect: 'Allow', Action: ['s3:GetObject'], Resource: `${args.stateBucketArn}/*` },
      { Sid: 'StateLocks', Effect: 'Allow', Action: ['s3:PutObject', 's3:DeleteObject'], Resource: `${args.stateBucketArn}/.pulumi/locks/*` },
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
  return { Version: '2012-10-17', Statement: [{ Sid: 'Humans', Effect: 'Allow', Principal: { AWS: principalArns }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'] }] };
}
