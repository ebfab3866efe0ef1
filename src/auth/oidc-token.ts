import * as core from '@actions/core';

/** The GitHub OIDC claims `verify` shows when hop 1 is denied. */
export interface TokenClaims {
  sub?: string;
  aud?: string | string[];
  iss?: string;
  ref?: string;
  environment?: string;
  job_workflow_ref?: string;
  repository?: string;
  repository_owner?: string;
  repository_id?: string;
  repository_owner_id?: string;
  event_name?: string;
  exp?: number;
  [claim: string]: unknown;
}

export const STS_AUDIENCE = 'sts.amazonaws.com';

/** Thrown when the job cannot ask for an OIDC token at all (no `id-token: write`, or a fork PR). */
export class NoTokenEndpointError extends Error {
  override name = 'NoTokenEndpointError';
}

/** Decodes a JWT's payload without verifying it: for explanations only, never for decisions. */
export function decodeClaims(jwt: string): TokenClaims {
  const part = jwt.split('.')[1];
  if (!part) return {};
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    return {};
  }
}

/** Fetches the job's OIDC token for STS; @actions/core masks it. */
export async function fetchIdToken(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new NoTokenEndpointError('This job has no OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL is not set).');
  }
  return core.getIDToken(STS_AUDIENCE);
}
