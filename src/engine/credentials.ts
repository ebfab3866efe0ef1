import type { Account } from '../manifest/types.js';
import type { AwsCredentials, CredentialProvider } from '../auth/types.js';

/**
 * Credentials from the process's AWS environment for both hops: what a laptop with an SSO profile
 * exported, or a job that configured credentials itself. The Pulumi processes inherit that
 * environment as it is (`inherit`); the role-chain provider replaces it in CI.
 */
export function ambientCredentials(env: NodeJS.ProcessEnv = process.env): CredentialProvider {
  const read = async (): Promise<AwsCredentials> => ({
    accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '',
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
  });
  return { management: async (_account: Account) => read(), forAccount: async (_account: Account) => read(), inherit: true };
}

/**
 * What a stack's Pulumi process is told about its target (programs/stack-context.ts reads it); its
 * AWS credentials come from src/engine/served-credentials.ts.
 */
export function targetEnv(account: Account, region: string): Record<string, string> {
  return {
    INFRA_TARGET_ACCOUNT_ID: account.id,
    INFRA_TARGET_ACCOUNT: account.name,
    INFRA_TARGET_REGION: region,
    // The manifest's `protected`: programs protect stateful resources by it (programs/stack-context.ts).
    INFRA_TARGET_PROTECTED: account.protected ? 'true' : 'false',
  };
}
