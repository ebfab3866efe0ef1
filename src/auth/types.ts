import type { Account } from '../manifest/types.js';

/** Temporary AWS credentials from one hop of the role chain. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/**
 * Where the engine gets credentials. An account's management-account session (hop 1) serves its
 * state backend prefix and secrets key; its executor session serves its resources; nothing mixes
 * them, and no session reaches another account (docs/trust-model.md).
 */
export interface CredentialProvider {
  /** Hop 1 for this account: its own management-account role (OIDC in CI, the ambient profile on a laptop). */
  management(account: Account): Promise<AwsCredentials>;
  /** Hop 2: the executor role in the target account; cached per account and refreshed before expiry. */
  forAccount(account: Account): Promise<AwsCredentials>;
  /**
   * True when the Pulumi processes should use this process's own AWS environment as it is
   * (`INFRA_ACTION_CREDENTIALS=ambient`); otherwise they are served these sessions
   * (src/engine/served-credentials.ts).
   */
  readonly inherit?: boolean;
}
