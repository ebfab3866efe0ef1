// Type-only: the program passes its own @pulumi/aws in, so this shared file needs
// no node_modules of its own when a program runs from programs/<name>/ with its own install.
import type * as Aws from '@pulumi/aws';
import { stackTags, type StackContext } from './stack-context.js';

/**
 * The one provider every resource of a builtin program uses: region from the stack name, pinned to
 * the manifest's account so credentials for another account fail before any change, tags on
 * everything, and the target account's executor session through the profile the engine names in
 * INFRA_TARGET_AWS_PROFILE (src/engine/served-credentials.ts). That profile's `credential_process`
 * fetches the session from the engine and again whenever it expires, so a deploy may outlast any
 * one session. The file is found through AWS_CONFIG_FILE: naming it here would store a per-run path
 * in the provider's inputs, and every run would show the provider as changed. Without the variable
 * (someone running `pulumi` by hand, or INFRA_ACTION_CREDENTIALS=ambient) the provider uses the
 * ambient AWS chain. The default provider is never used.
 */
export function createProvider(aws: typeof Aws, ctx: StackContext, env: Record<string, string | undefined>): Aws.Provider {
  const profile = env.INFRA_TARGET_AWS_PROFILE;
  return new aws.Provider(`aws-${ctx.account}-${ctx.region}`, {
    region: ctx.region as Aws.Region,
    allowedAccountIds: [ctx.accountId],
    defaultTags: { tags: stackTags(ctx) },
    ...(profile ? { profile } : {}),
  });
}
