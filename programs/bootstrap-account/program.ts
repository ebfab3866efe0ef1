import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { createProvider } from '../aws-provider.js';
import { loadConfig } from '../load-config.js';
import { resolveStackContext } from '../stack-context.js';
import { configSchema } from './schema.js';
import { executorTrustPolicy, humanAccountRoleTrustPolicy, previewExecutorTrustPolicy } from './policies.js';

const json = (v: unknown) => JSON.stringify(v);
const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;

/**
 * One target account: the executor the deploy role hops into (it deploys anything, so it is
 * trusted by exactly one principal), the read-only preview executor, and optional human roles.
 */
export function createAccount(env: Record<string, string | undefined> = process.env) {
  const c = loadConfig(pulumi, configSchema);
  const ctx = resolveStackContext({ project: pulumi.getProject(), stack: pulumi.getStack(), configAccountId: c.accountId as string, env });
  const provider = createProvider(aws, pulumi, ctx, env);
  const root = new pulumi.ComponentResource('infra-action:bootstrap:Account', `account-${ctx.account}`, {}, { provider });
  const opts = { parent: root };
  const mgmt = c.managementAccountId as string;
  const mgmtRole = (name: string) => `arn:aws:iam::${mgmt}:role/${name}`;

  const executor = new aws.iam.Role(
    'executor',
    {
      name: c.executorRoleName as string,
      description: 'Pulumi deploys from the management account deploy role',
      maxSessionDuration: 3600,
      assumeRolePolicy: json(executorTrustPolicy({ managementRoleArn: mgmtRole(c.oidcRoleName as string), ssoAdminRoleArn: c.ssoAdminRoleArn as string | undefined })),
    },
    opts,
  );
  // The executor deploys arbitrary stacks; what it may do is bounded by who may assume it.
  new aws.iam.RolePolicyAttachment('executor-admin', { role: executor.name, policyArn: managed('AdministratorAccess') }, opts);

  const previewExecutor = new aws.iam.Role(
    'preview-executor',
    {
      name: c.previewExecutorRoleName as string,
      description: 'Read-only Pulumi previews for pull requests',
      maxSessionDuration: 3600,
      assumeRolePolicy: json(previewExecutorTrustPolicy({ previewRoleArn: mgmtRole(c.previewRoleName as string) })),
    },
    opts,
  );
  new aws.iam.RolePolicyAttachment('preview-executor-readonly', { role: previewExecutor.name, policyArn: managed('ReadOnlyAccess') }, opts);

  if (c.humanRoles === true || c.humanRoles === 'true') {
    for (const [name, from, policy] of [
      ['Admin', 'Management-Admin', 'AdministratorAccess'],
      ['Billing', 'Management-Billing', 'job-function/Billing'],
    ] as const) {
      const role = new aws.iam.Role(name, { name, maxSessionDuration: 3600, assumeRolePolicy: json(humanAccountRoleTrustPolicy([mgmtRole(from)])) }, opts);
      new aws.iam.RolePolicyAttachment(`${name}-policy`, { role: role.name, policyArn: managed(policy) }, opts);
    }
  }

  return { executorRoleArn: executor.arn, previewExecutorRoleArn: previewExecutor.arn };
}
