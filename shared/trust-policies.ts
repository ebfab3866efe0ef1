import type { PolicyDocument, PolicyStatement } from './iam-types.js';

/**
 * Who may assume each role of an account's chain, as pure functions (no Pulumi import): the
 * bootstrap programs create these trust policies, `verify` (src/auth/trust-model.ts) rebuilds them
 * from the manifest to name the condition a refused hop fails, and the STS emulator in test/support
 * evaluates them. What each role may do once assumed stays with the programs
 * (each bootstrap program's policies.ts).
 *
 * The trust model (docs/trust-model.md): one deploy role per target account,
 * `GitHubActionsOIDCRole-<account>`, trusting exactly one OIDC subject,
 * `repo:ORG/REPO:environment:<that account's GitHub environment>`; each account's executor trusts
 * only that account's deploy role. No deploy role trusts a `ref:` subject, so a job without an
 * environment (main, workflow-testing, a tag) deploys nowhere; GitHub's environment rules (deployment
 * branches, reviewers) decide which refs get which environment's subject. Pull-request tokens
 * (`repo:ORG/REPO:pull_request`) and default-branch jobs without an environment (scheduled drift
 * checks) reach only the read-only preview roles of accounts that have no preview environment; an
 * account with one is previewed only from a job in that environment (which can require approval).
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
/** bootstrap-management's `defaultBranch` unless configured: the branch whose drift checks the preview roles trust. */
export const DEFAULT_BRANCH = 'main';
const SUB_KEY = `${GITHUB_OIDC_HOST}:sub`;
const AUD_KEY = `${GITHUB_OIDC_HOST}:aud`;

/**
 * `owner/repo`, or the post-2026-07-15 immutable form `owner@OWNER_ID/repo@REPO_ID`. No wildcards:
 * a `*` here would admit other repositories (and forks are other repositories).
 */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:@\d+)?\/[A-Za-z0-9._-]{1,100}(?:@\d+)?$/;

/**
 * GitHub environment names as the trust policies accept them: at most 255 characters of letters,
 * digits, space, `.`, `_` and `-`, not starting or ending with a space. No `:` (it would forge
 * another sub form), no `*`/`?` (IAM globs), no `/`, newlines or `${{`. The manifest schema
 * (src/manifest/schema.ts) and the bootstrap config validation use this same expression.
 */
export const ENVIRONMENT_NAME = /^(?! )[A-Za-z0-9._\- ]{1,255}(?<! )$/;

/** Throws unless `repository` is one exact `owner/repo` (or its immutable form). */
export function checkRepository(repository: string): void {
  if (!REPOSITORY.test(repository)) {
    throw new Error(`repository '${repository}' must be 'owner/repo' (no wildcards), e.g. 'unkeyed/infra'`);
  }
}

/** Throws unless `env` is a GitHub environment name the trust policies accept. */
export function checkEnvironment(what: string, env: string): void {
  if (!ENVIRONMENT_NAME.test(env)) {
    throw new Error(
      `${what} '${env}' is not a GitHub environment name this trust model accepts: 1–255 letters, digits, spaces, '.', '_' or '-'`,
    );
  }
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
  /**
   * The repository's default branch. Without a preview environment, its jobs without an environment
   * (scheduled drift checks, drift.yml) are trusted too: they are reviewed code and get no more than
   * any pull request of the repository already reaches. Never trusted when `previewEnvironment` is
   * set (the gate would be moot); undefined or empty trusts no branch.
   */
  defaultBranch?: string;
  audience?: string;
}

/**
 * Branch names as the preview roles accept them (git's rules, narrowed): no `*`/`?` (IAM globs), no
 * `:` (another sub form), no `..`, no leading or trailing `/`.
 */
const BRANCH_NAME = /^(?!\/)(?!.*\.\.)(?!.*\/$)[A-Za-z0-9._\/-]{1,255}$/;

function checkBranch(what: string, branch: string): void {
  if (!BRANCH_NAME.test(branch))
    throw new Error(
      `${what} '${branch}' is not a branch name this trust model accepts: letters, digits, '.', '_', '-' and '/' (no wildcards)`,
    );
}

/** The `sub` of a job on `branch` without an environment. */
function branchSubject(repository: string, branch: string): string {
  checkRepository(repository);
  checkBranch('default branch', branch);
  return `repo:${repository}:ref:refs/heads/${branch}`;
}

/**
 * Trust of `GitHubActionsPreviewRole-<account>`: the account's preview environment alone, or else
 * pull_request tokens and jobs on the default branch without an environment (drift checks).
 */
export function previewRoleTrustPolicy(args: PreviewRoleTrustArgs): PolicyDocument {
  const sub = subjectFor(args.repository, args.previewEnvironment);
  const statement = webIdentityStatement(args.providerArn, sub, args.audience, 'GitHubActionsPreview');
  if (args.previewEnvironment === undefined && args.defaultBranch) {
    // One statement, two exact subjects: StringEquals with a list matches any one of them.
    statement.Condition = {
      StringEquals: { [AUD_KEY]: args.audience ?? DEFAULT_AUDIENCE, [SUB_KEY]: [sub, branchSubject(args.repository, args.defaultBranch)] },
    };
  }
  return { Version: '2012-10-17', Statement: [statement] };
}

/** The actions the second hop needs: session tags and source identity can only be set on AssumeRole. */
export const EXECUTOR_TRUST_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'] as const;

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export function checkRoleArn(name: string, arn: string): void {
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
