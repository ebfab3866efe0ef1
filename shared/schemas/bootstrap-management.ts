import type { ConfigSchema } from '../config-schema.js';
import { DEFAULT_BRANCH } from '../trust-policies.js';

const ACCOUNT_ID = '^\\d{12}$';
const ROLE_NAME = '^[\\w+=,.@-]{1,64}$';

/** Config of `bootstrap-management`: the OIDC provider, per-account deploy and preview roles, state bucket and KMS keys. */
export const configSchema: ConfigSchema = {
  project: 'bootstrap-management',
  description:
    "The management account: GitHub OIDC provider, one deploy role and one preview role per target account, the Pulumi state bucket (one prefix per account), one KMS key per account for Pulumi secrets, and the management stack's own key alias/pulumi-management.",
  keys: [
    {
      key: 'accountId',
      type: 'string',
      required: true,
      secret: false,
      layer: 'global',
      pattern: ACCOUNT_ID,
      description: 'Management account id; the provider is pinned to it.',
    },
    {
      key: 'githubRepository',
      type: 'string',
      required: true,
      secret: false,
      layer: 'global',
      pattern: '^[A-Za-z0-9][A-Za-z0-9-]*(@\\d+)?/[A-Za-z0-9._-]+(@\\d+)?$',
      description: 'The one repository whose workflows may assume the roles, `owner/repo` (no wildcards).',
    },
    {
      key: 'accounts',
      type: 'account-list',
      required: true,
      secret: false,
      layer: 'global',
      description:
        'The target accounts, named as in the manifest: `[{ name, id, environment?, previewEnvironment? }]`. Each gets its own deploy role `<oidcRoleName>-<name>` trusting only jobs in `environment` (default the name), its own preview role `<previewRoleName>-<name>` trusting pull requests or, with `previewEnvironment`, only jobs in that environment, its own state prefix `<name>/` and its own KMS key `alias/pulumi-<name>`.',
    },
    {
      key: 'defaultBranch',
      type: 'string',
      required: false,
      secret: false,
      layer: 'global',
      pattern: '^$|^(?!/)(?!.*\\.\\.)(?!.*/$)[A-Za-z0-9._/-]{1,255}$',
      default: DEFAULT_BRANCH,
      description:
        "The repository's default branch. The preview roles of accounts without `previewEnvironment` also trust its jobs without an environment (`repo:<owner>/<repo>:ref:refs/heads/<branch>`), which is how drift.yml's scheduled checks read state: read-only, and no more than a pull request reaches. Empty: no branch is trusted (drift checks then need a `previewEnvironment`).",
    },
    {
      key: 'stateBucketName',
      type: 'string',
      required: true,
      secret: false,
      layer: 'global',
      pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
      description: 'Name of the Pulumi state bucket (versioned, KMS-encrypted, TLS only).',
    },
    {
      key: 'oidcRoleName',
      type: 'string',
      required: false,
      secret: false,
      layer: 'global',
      pattern: ROLE_NAME,
      default: 'GitHubActionsOIDCRole',
      description: "Base name of the per-account deploy roles, `<base>-<account>` (the manifest's `management.oidcRole`).",
    },
    {
      key: 'previewRoleName',
      type: 'string',
      required: false,
      secret: false,
      layer: 'global',
      pattern: ROLE_NAME,
      default: 'GitHubActionsPreviewRole',
      description: "Base name of the per-account preview roles, `<base>-<account>` (the manifest's `previewRole.oidcRole`).",
    },
    {
      key: 'executorRoleName',
      type: 'string',
      required: false,
      secret: false,
      layer: 'global',
      pattern: ROLE_NAME,
      default: 'UnkeyPulumiAWSExecutor',
      description: "Executor role name in every target account (the manifest's `executorRole`).",
    },
    {
      key: 'previewExecutorRoleName',
      type: 'string',
      required: false,
      secret: false,
      layer: 'global',
      pattern: ROLE_NAME,
      default: 'UnkeyPulumiAWSPreviewExecutor',
      description: 'Read-only preview executor role name in every target account.',
    },
    {
      key: 'humanPrincipalArns',
      type: 'string-list',
      required: false,
      secret: false,
      layer: 'global',
      description:
        'When set, creates Management-Admin and Management-Billing roles assumable by these principals (SSO roles), mapped to the Admin and Billing roles of the target accounts.',
    },
  ],
};
