// Type-only: the program passes its own @pulumi/aws and @pulumi/pulumi in, so this shared file needs
// no node_modules of its own when a program runs from programs/<name>/ with its own install.
import type * as Aws from '@pulumi/aws';
import type * as Pulumi from '@pulumi/pulumi';
import { stackTags, type StackContext } from './stack-context.js';

/**
 * The target account's credentials as the engine hands them over (src/engine/credentials.ts):
 * `AWS_*` in the Pulumi process are the management account's (state backend, KMS), the target's
 * travel as `INFRA_TARGET_AWS_*` for this provider only.
 */
export function targetCredentials(
  env: Record<string, string | undefined>,
): { accessKey: string; secretKey: string; token?: string } | undefined {
  const accessKey = env.INFRA_TARGET_AWS_ACCESS_KEY_ID;
  const secretKey = env.INFRA_TARGET_AWS_SECRET_ACCESS_KEY;
  if (!accessKey || !secretKey) return undefined;
  return { accessKey, secretKey, ...(env.INFRA_TARGET_AWS_SESSION_TOKEN ? { token: env.INFRA_TARGET_AWS_SESSION_TOKEN } : {}) };
}

/**
 * The one provider every resource of a builtin program uses: region from the stack name, pinned to
 * the manifest's account so credentials for another account fail before any change, tags on
 * everything, and the target account's credentials when the engine passes them (otherwise the
 * ambient AWS chain, for someone running `pulumi` by hand). The default provider is never used.
 */
export function createProvider(
  aws: typeof Aws,
  pulumi: typeof Pulumi,
  ctx: StackContext,
  env: Record<string, string | undefined>,
): Aws.Provider {
  const creds = targetCredentials(env);
  return new aws.Provider(`aws-${ctx.account}-${ctx.region}`, {
    region: ctx.region as Aws.Region,
    allowedAccountIds: [ctx.accountId],
    defaultTags: { tags: stackTags(ctx) },
    // Secret so the short-lived session never lands in plain text in the state's provider inputs.
    ...(creds
      ? {
          accessKey: pulumi.secret(creds.accessKey),
          secretKey: pulumi.secret(creds.secretKey),
          ...(creds.token ? { token: pulumi.secret(creds.token) } : {}),
        }
      : {}),
  });
}
