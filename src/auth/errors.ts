import type { TokenClaims } from './oidc-token.js';

/** Which step of the chain failed: 0 the OIDC token, 1 the management role, 2 the executor role. */
export type Hop = 0 | 1 | 2;

/** A failed hop, with what `explainFailure` needs to say why and how to fix it. */
export class ChainError extends Error {
  override name = 'ChainError';
  constructor(
    message: string,
    readonly hop: Hop,
    readonly details: {
      roleArn?: string;
      /** The role assumed from (hop 2): the management role ARN. */
      fromRoleArn?: string;
      account?: { name: string; id: string };
      code?: string;
      claims?: TokenClaims;
      durationSeconds?: number;
      attempts?: number;
      endpoint?: string;
      mode?: 'oidc' | 'ambient';
      cause?: unknown;
    },
  ) {
    super(message);
  }
}
