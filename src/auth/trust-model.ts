import {
  DEFAULT_BRANCH,
  deployRoleTrustPolicy,
  executorTrustPolicy,
  GITHUB_OIDC_HOST,
  previewExecutorTrustPolicy,
  previewRoleTrustPolicy,
} from '../../shared/trust-policies.js';
import { executorRoleArn, hop1RoleArn } from '../manifest/naming.js';
import type { Account, RolePair } from '../manifest/types.js';
import type { TokenClaims } from './oidc-token.js';
import type { Policy } from './policy-eval.js';

/**
 * The trust policies the bootstrap programs give each role of an account's chain, rebuilt from the
 * manifest with the programs' own pure policy functions (docs/trust-model.md). `verify` evaluates
 * them when a hop is refused, so it can name the condition that fails without reading IAM.
 */

export type RoleKind = 'deploy' | 'preview';

/** `repo:ORG/REPO` (or the immutable `repo:ORG@ID/REPO@ID`) of a token's sub. */
export function repositoryOfSub(sub: string | undefined): string | undefined {
  return sub ? /^repo:([^:]+):/.exec(sub)?.[1] : undefined;
}

/**
 * Expected trust, keyed by role ARN, for the accounts' hop 1 and hop 2 roles. The repository comes
 * from the token (the bootstrap config's repository is not in the manifest), so a token from
 * another repository is explained by the trap list, not by this policy.
 */
export function expectedTrustPolicies(opts: {
  managementAccountId: string;
  roles: RolePair;
  kind: RoleKind;
  accounts: Account[];
  claims?: TokenClaims;
}): Record<string, Policy> {
  const out: Record<string, Policy> = {};
  const providerArn = `arn:aws:iam::${opts.managementAccountId}:oidc-provider/${GITHUB_OIDC_HOST}`;
  const repository = repositoryOfSub(opts.claims?.sub) ?? opts.claims?.repository;
  for (const a of opts.accounts) {
    const hop1 = hop1RoleArn(opts.roles, a);
    try {
      if (repository) {
        out[hop1] =
          opts.kind === 'deploy'
            ? deployRoleTrustPolicy({ providerArn, repository, environment: a.environment })
            : // bootstrap-management's defaultBranch is not in the manifest: compare with its default.
              previewRoleTrustPolicy({ providerArn, repository, previewEnvironment: a.previewEnvironment, defaultBranch: DEFAULT_BRANCH });
      }
      out[executorRoleArn(opts.roles, a)] =
        opts.kind === 'deploy' ? executorTrustPolicy({ managementRoleArn: hop1 }) : previewExecutorTrustPolicy({ previewRoleArn: hop1 });
    } catch {
      // A name the programs would refuse (the manifest validates them too): nothing to compare with.
    }
  }
  return out;
}

/** People-facing lines: why this token cannot reach this account, in terms of environments. */
export function bindingHint(claims: TokenClaims | undefined, account: Account, kind: RoleKind): string[] {
  const env = claims?.environment;
  if (kind === 'deploy') {
    const want = account.environment;
    if (env === want) return [];
    if (env) {
      return [
        `- This job runs in GitHub environment "${env}", so its token can assume only the deploy role of the account bound to "${env}".`,
        `  Account ${account.name} deploys only from jobs in environment "${want}" (its reviewers and branch rules apply there). Run this account's job with \`environment: ${want}\`.`,
      ];
    }
    return [
      `- This job has no GitHub environment (sub "${claims?.sub ?? '…'}"). No deploy role trusts a job without one: main, workflow-testing and tags reach no account by themselves.`,
      `  Bind the job to account ${account.name}'s environment: \`environment: ${want}\`.`,
    ];
  }
  if (account.previewEnvironment && env !== account.previewEnvironment) {
    return [
      `- Previews of account ${account.name} run only in GitHub environment "${account.previewEnvironment}" (which can require approval); this token is for ${env ? `environment "${env}"` : claims?.sub?.includes(':ref:') ? `"${claims.ref ?? claims.sub}" without an environment` : 'a plain pull request'}.`,
      ...(claims?.sub?.includes(':ref:')
        ? [
            `  A drift check of ${account.name} must run in that environment (drift.yml does: \`environment: \${{ matrix.previewEnvironment }}\`).`,
          ]
        : []),
    ];
  }
  if (!env && claims?.sub?.includes(':ref:')) {
    return [
      `- Jobs without an environment reach the preview roles only on the default branch that bootstrap-management trusts (its \`defaultBranch\`, default "${DEFAULT_BRANCH}"); this job runs on "${claims.ref ?? claims.sub}". Run drift checks from the default branch, or set \`defaultBranch\` to yours and re-run bootstrap-management.`,
    ];
  }
  return [];
}
