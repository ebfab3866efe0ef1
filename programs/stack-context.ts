/**
 * Where a builtin program is running, derived from the stack name `aws-<account>-<region>` (or the
 * full `<org>/<project>/aws-<account>-<region>`) plus what the action passes in the environment.
 * Pure: the programs call it with pulumi.getStack() and process.env; tests call it directly.
 */

export interface StackContext {
  project: string;
  /** The stack's short name, `aws-<account>-<region>`. */
  stack: string;
  account: string;
  region: string;
  /** The 12-digit id the provider is pinned to (`allowedAccountIds`). */
  accountId: string;
  /** Protected (production) accounts: stateful resources are `protect`ed, ALB deletion protection is on. */
  production: boolean;
  /** Commit being deployed, for tags. */
  commit: string;
}

const STACK = /^(?:.*\/)?aws-([a-z0-9][a-z0-9-]*?)-([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d)$/;

/** Splits `aws-<account>-<region>`; the region is matched from the end, so account names may contain dashes. */
export function parseStackName(stack: string): { stack: string; account: string; region: string } {
  const m = STACK.exec(stack);
  if (!m)
    throw new Error(
      `stack '${stack}' is not named aws-<account>-<region> (e.g. aws-canary-us-east-1); builtin programs take the account and region from it`,
    );
  return { stack: stack.slice(stack.lastIndexOf('/') + 1), account: m[1], region: m[2] };
}

/** The 12-digit account id inside an IAM ARN, or undefined. */
export function accountIdOfArn(arn: string | undefined): string | undefined {
  return arn ? /^arn:aws[\w-]*:iam::(\d{12}):/.exec(arn)?.[1] : undefined;
}

/**
 * Environment variables the engine sets for builtin programs (all optional; see src/engine/credentials.ts):
 *  - INFRA_TARGET_ACCOUNT_ID: the manifest's account id (must agree with the config's, if any)
 *  - INFRA_TARGET_REGION: the stack's region (must agree with the stack name)
 *  - INFRA_TARGET_PROTECTED: "true"/"false", the manifest's `protected` flag for the account
 *    (without it, an account named `production` is protected)
 *  - GITHUB_SHA (or INFRA_COMMIT): the commit, for tags
 */
export interface ContextInput {
  project: string;
  stack: string;
  /** Account id from config (e.g. the account of roleToAssumeARN), used when the env has none. */
  configAccountId?: string;
  env: Record<string, string | undefined>;
}

export function resolveStackContext(input: ContextInput): StackContext {
  const { stack, account, region } = parseStackName(input.stack);
  const fromEnv = input.env.INFRA_TARGET_ACCOUNT_ID;
  if (fromEnv && input.configAccountId && fromEnv !== input.configAccountId) {
    throw new Error(
      `stack ${stack}: the config names account ${input.configAccountId} but the manifest's account ${account} is ${fromEnv}; fix the config (e.g. api:roleToAssumeARN) or infra.yaml`,
    );
  }
  const accountId = fromEnv || input.configAccountId;
  if (!accountId || !/^\d{12}$/.test(accountId)) {
    throw new Error(
      `cannot tell the account id of stack ${stack}: set INFRA_TARGET_ACCOUNT_ID or the program's account config (got '${accountId ?? ''}')`,
    );
  }
  const envRegion = input.env.INFRA_TARGET_REGION;
  if (envRegion && envRegion !== region) throw new Error(`stack ${stack} is in ${region} but the engine says ${envRegion}`);
  const flag = input.env.INFRA_TARGET_PROTECTED;
  const production = flag === undefined || flag === '' ? account === 'production' : flag === 'true';
  const commit = input.env.GITHUB_SHA || input.env.INFRA_COMMIT || 'local';
  return { project: input.project, stack, account, region, accountId, production, commit };
}

/** Tags every resource gets through the provider's defaultTags. */
export function stackTags(ctx: StackContext): Record<string, string> {
  return { project: ctx.project, stack: ctx.stack, account: ctx.account, commit: ctx.commit, 'managed-by': 'infra-action' };
}
