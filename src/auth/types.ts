import type { Account } from '../manifest/types.js';

/** Temporary AWS credentials from one hop of the role chain. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/**
 * Where the engine gets credentials. The management credentials serve the state backend and the
 * secrets provider; an account's credentials serve that account's resources; nothing mixes them.
 */
export interface CredentialProvider {
  /** Hop 1: the management-account role (OIDC in CI, the ambient profile on a laptop). */
  management(): Promise<AwsCredentials>;
  /** Hop 2: the executor role in the target account; cached per account and refreshed before expiry. */
  forAccount(account: Account): Promise<AwsCredentials>;
}
