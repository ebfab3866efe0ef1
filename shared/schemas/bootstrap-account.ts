import type { ConfigSchema } from '../config-schema.js';

const ACCOUNT_ID = '^\\d{12}$';
const ROLE_NAME = '^[\\w+=,.@-]{1,64}$';

/** Config of `bootstrap-account`: the roles the management account's roles hop into. */
export const configSchema: ConfigSchema = {
  project: 'bootstrap-account',
  description:
    "Each target account: the executor role (deploys, trusted only by this account's deploy role), the preview executor (only what a preview calls), and optional Admin and Billing roles for people.",
  keys: [
    {
      key: 'accountId',
      type: 'string',
      required: true,
      secret: false,
      layer: 'global',
      pattern: ACCOUNT_ID,
      description: "This account's id; the provider is pinned to it.",
    },
    {
      key: 'managementAccountId',
      type: 'string',
      required: true,
      secret: false,
      layer: 'global',
      pattern: ACCOUNT_ID,
      description: 'Management account id, home of the OIDC deploy and preview roles.',
    },
    {
      key: 'oidcRoleName',
      type: 'string',
      required: false,
      secret: false,
      layer: 'global',
      pattern: ROLE_NAME,
      default: 'GitHubActionsOIDCRole',
      description: "Base name of the deploy roles in the management account; the executor trusts only `<base>-<account>` (this account's).",
    },
    {
      key: 'previewRoleName',
      type: 'string',
      required: false,
      secret: false,
      layer: 'global',
      pattern: ROLE_NAME,
      default: 'GitHubActionsPreviewRole',
      description: 'Base name of the preview roles in the management account; the preview executor trusts only `<base>-<account>`.',
    },
    {
      key: 'executorRoleName',
      type: 'string',
      required: false,
      secret: false,
      layer: 'global',
      pattern: ROLE_NAME,
      default: 'UnkeyPulumiAWSExecutor',
      description: 'Name of the executor role created here.',
    },
    {
      key: 'previewExecutorRoleName',
      type: 'string',
      required: false,
      secret: false,
      layer: 'global',
      pattern: ROLE_NAME,
      default: 'UnkeyPulumiAWSPreviewExecutor',
      description: 'Name of the preview executor role created here.',
    },
    {
      key: 'previewActions',
      type: 'string-list',
      required: false,
      secret: false,
      layer: 'global',
      description:
        'Extra read actions (`service:Describe*|Get*|List*`) the preview executor may call, for data sources of repo programs; the base list is `sts:GetCallerIdentity`, `ec2:DescribeAvailabilityZones`, `ec2:DescribeRegions`.',
    },
    {
      key: 'ssoAdminRoleArn',
      type: 'arn',
      required: false,
      secret: false,
      layer: 'global',
      pattern: '^arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]+$',
      description: 'Optional SSO admin role allowed to assume the executor (the CLI during an incident).',
    },
    {
      key: 'humanRoles',
      type: 'boolean',
      required: false,
      secret: false,
      layer: 'global',
      default: false,
      description: "Create Admin and Billing roles assumable from the management account's Management-Admin and Management-Billing roles.",
    },
  ],
};
