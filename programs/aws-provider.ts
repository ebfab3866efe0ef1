// Type-only: the program passes its own @pulumi/aws in, so this shared file needs no node_modules
// of its own when a program runs from programs/<name>/ with its own install.
import type * as Aws from '@pulumi/aws';
import { stackTags, type StackContext } from './stack-context.js';

/**
 * The one provider every resource of a builtin program uses: region from the stack name, pinned to
 * the manifest's account so credentials for another account fail before any change, and tags on
 * everything. The default provider is never used (the programs pass this one explicitly).
 */
export function createProvider(aws: typeof Aws, ctx: StackContext): Aws.Provider {
  return new aws.Provider(`aws-${ctx.account}-${ctx.region}`, {
    region: ctx.region as Aws.Region,
    allowedAccountIds: [ctx.accountId],
    defaultTags: { tags: stackTags(ctx) },
  });
}
