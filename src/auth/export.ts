import * as core from '@actions/core';
import { credentialEnv } from './credential-process.js';
import type { AwsCredentials } from './types.js';

/**
 * Exports credentials to later steps (GITHUB_ENV) only when the user asked with
 * `export-credentials: true`; otherwise they stay inside this step's child processes.
 */
export function maybeExportCredentials(enabled: boolean, creds: AwsCredentials, region?: string): boolean {
  if (!enabled) return false;
  core.setSecret(creds.accessKeyId);
  core.setSecret(creds.secretAccessKey);
  if (creds.sessionToken) core.setSecret(creds.sessionToken);
  for (const [k, v] of Object.entries(credentialEnv(creds, region))) core.exportVariable(k, v);
  return true;
}
