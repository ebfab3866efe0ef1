import type { Account } from '../manifest/types.js';
import type { AwsCredentials, CredentialProvider } from '../auth/types.js';

/**
 * Credentials from the process's AWS environment for both hops: what a laptop with an SSO profile
 * exported, or a job that configured credentials itself. The role-chain provider replaces it in CI.
 */
export function ambientCredentials(env: NodeJS.ProcessEnv = process.env): CredentialProvider {
  const read = async (): Promise<AwsCredentials> => ({
    accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '',
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
  });
  return { management: async (_account: Account) => read(), forAccount: async (_account: Account) => read() };
}

/**
 * The environment a stack's Pulumi process gets. `AWS_*` carry the management credentials (state
 * backend, KMS secrets provider); the target account's credentials travel as `INFRA_TARGET_AWS_*`
 * for the program's explicit provider (default providers are disabled), so nothing mixes them.
 * Empty values are left out so the CLI falls back to its own chain (profiles on a laptop).
 */
export function stackEnv(management: AwsCredentials, target: AwsCredentials, account: Account, region: string): Record<string, string> {
  const env: Record<string, string | undefined> = {
    AWS_ACCESS_KEY_ID: management.accessKeyId || undefined,
    AWS_SECRET_ACCESS_KEY: management.secretAccessKey || undefined,
    AWS_SESSION_TOKEN: management.sessionToken,
    INFRA_TARGET_AWS_ACCESS_KEY_ID: target.accessKeyId || undefined,
    INFRA_TARGET_AWS_SECRET_ACCESS_KEY: target.secretAccessKey || undefined,
    INFRA_TARGET_AWS_SESSION_TOKEN: target.sessionToken,
    INFRA_TARGET_ACCOUNT_ID: account.id,
    INFRA_TARGET_ACCOUNT: account.name,
    INFRA_TARGET_REGION: region,
    // The manifest's `protected`: programs protect stateful resources by it (programs/stack-context.ts).
    INFRA_TARGET_PROTECTED: account.protected ? 'true' : 'false',
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}
