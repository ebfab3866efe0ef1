import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { createProvider } from '../aws-provider.js';
import { loadConfig } from '../load-config.js';
import { resolveStackContext } from '../stack-context.js';
import { configSchema } from '../../shared/schemas/bootstrap-account.js';
import { perAccountRoleName } from '../bootstrap-management/policies.js';
import { executorTrustPolicy, previewExecutorTrustPolicy } from '../../shared/trust-policies.js';
import { humanAccountRoleTrustPolicy, previewExecutorPermissionPolicy } from './policies.js';

const json = (v: unknown) => JSON.stringify(v);
const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;

/**
 * One target account: the executor this account's deploy role hops into (it deploys anything, so
 * it is trusted by exactly one workflow principal, `<oidcRoleName>-<account>`), the preview executor
 * (trusted by `<previewRoleName>-<account>` only, allowed only what a preview calls), and optional
 * human roles. The account name comes from the stack name `aws-<account>-<region>`.
 */
export function createAccount(env: Record<string, string | undefined> = process.env) {
  const c = loadConfig(pulumi, configSchema);
  const ctx = resolveStackContext({ project: pulumi.getProject(), stack: pulumi.getStack(), configAccountId: c.accountId as string, env });
  const provider = createProvider(aws, ctx, env);
  const root = new pulumi.ComponentResource('infra-action:bootstrap:Account', `account-${ctx.account}`, {}, { provider });
  const opts = { parent: root };
  const mgmt = c.managementAccountId as string;
  const mgmtRole = (name: string) => `arn:aws:iam::${mgmt}:role/${name}`;

  const executor = new aws.iam.Role(
    'executor',
    {
      name: c.executorRoleName as string,
      description: `Pulumi deploys from the management account's ${ctx.account} deploy role`,
      maxSessionDuration: 3600,
      assumeRolePolicy: json(
        executorTrustPolicy({
          managementRoleArn: mgmtRole(perAccountRoleName(c.oidcRoleName as string, ctx.account)),
          ssoAdminRoleArn: c.ssoAdminRoleArn as string | undefined,
        }),
      ),
    },
    opts,
  );
  // The executor deploys arbitrary stacks; what it may do is bounded by who may assume it.
  new aws.iam.RolePolicyAttachment('executor-admin', { role: executor.name, policyArn: managed('AdministratorAccess') }, opts);

  const previewExecutor = new aws.iam.Role(
    'preview-executor',
    {
      name: c.previewExecutorRoleName as string,
      description: 'Pulumi previews for pull requests: only what a preview calls',
      maxSessionDuration: 3600,
      assumeRolePolicy: json(
        previewExecutorTrustPolicy({ previewRoleArn: mgmtRole(perAccountRoleName(c.previewRoleName as string, ctx.account)) }),
      ),
    },
    opts,
  );
  // Not ReadOnlyAccess: that reads S3 objects, SSM parameters and table items, which PR code could dump.
  new aws.iam.RolePolicy(
    'preview-executor',
    { role: previewExecutor.name, policy: json(previewExecutorPermissionPolicy((c.previewActions as string[] | undefined) ?? [])) },
    opts,
  );

  if (c.humanRoles === true || c.humanRoles === 'true') {
    for (const [name, from, policy] of [
      ['Admin', 'Management-Admin', 'AdministratorAccess'],
      ['Billing', 'Management-Billing', 'job-function/Billing'],
    ] as const) {
      const role = new aws.iam.Role(
        name,
        { name, maxSessionDuration: 3600, assumeRolePolicy: json(humanAccountRoleTrustPolicy([mgmtRole(from)])) },
        opts,
      );
      new aws.iam.RolePolicyAttachment(`${name}-policy`, { role: role.name, policyArn: managed(policy) }, opts);
    }
  }

  return { executorRoleArn: executor.arn, previewExecutorRoleArn: previewExecutor.arn };
}
