import type { ConfigSchema } from '../config-schema.js';

const ACCOUNT_ID = '^\\d{12}$';
const ROLE_NAME = '^[\\w+=,.@-]{1,64}$';

/** Config of `bootstrap-management`: the OIDC provider, the deploy and preview roles, state bucket and KMS key. */
export const configSchema: ConfigSchema = {
  project: 'bootstrap-management',
  description:
    'The management account: GitHub OIDC provider, the deploy and preview roles the workflows assume, the Pulumi state bucket and the KMS key for Pulumi secrets.',
  keys: [
    { key: 'accountId', type: 'string', required: true, secret: false, layer: 'global', pattern: ACCOUNT_ID, description: 'Management account id; the provider is pinned to it.' },
    { key: 'githubRepository', type: 'string', required: true, secret: false, layer: 'global', pattern: '^[A-Za-z0-9][A-Za-z0-9-]*(@\\d+)?/[A-Za-z0-9._-]+(@\\d+)?$', description: 'The one repository whose workflows may assume the roles, `owner/repo` (no wildcards).' },
    { key: 'deployRefs', type: 'string-list', required: true, secret: false, layer: 'global', description: 'Branches (or full refs) whose jobs without an environment may deploy, e.g. `[main, workflow-testing]`.' },
    { key: 'deployEnvironments', type: 'string-list', required: true, secret: false, layer: 'global', description: 'GitHub environments whose jobs may deploy, e.g. `[sandbox, canary, production]`.' },
    { key: 'targetAccountIds', type: 'string-list', required: true, secret: false, layer: 'global', description: 'Account ids whose executor roles the deploy role may assume.' },
    { key: 'stateBucketName', type: 'string', required: true, secret: false, layer: 'global', pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$', description: 'Name of the Pulumi state bucket (versioned, KMS-encrypted, TLS only).' },
    { key: 'oidcRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: ROLE_NAME, default: 'GitHubActionsOIDCRole', description: 'Name of the deploy role (the manifest\'s `management.oidcRole`).' },
    { key: 'previewRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: ROLE_NAME, default: 'GitHubActionsPreviewRole', description: 'Name of the pull-request preview role.' },
    { key: 'executorRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: ROLE_NAME, default: 'UnkeyPulumiAWSExecutor', description: 'Executor role name in every target account (the manifest\'s `executorRole`).' },
    { key: 'previewExecutorRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: ROLE_NAME, default: 'UnkeyPulumiAWSPreviewExecutor', description: 'Read-only preview executor role name in every target account.' },
    { key: 'humanPrincipalArns', type: 'string-list', required: false, secret: false, layer: 'global', description: 'When set, creates Management-Admin and Management-Billing roles assumable by these principals (SSO roles), mapped to the Admin and Billing roles of the target accounts.' },
  ],
};
