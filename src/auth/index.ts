/**
 * What the engine and the commands use from auth. Every engine command runs the chain first:
 *
 *   const { chain, warning } = await prepareChain(manifest, accounts, selection.roles);  // throws ChainFailure
 *   // (warning: previews on the deploy roles, for the job summary)
 *   const profiles = await writeCredentialProcessConfig({ dir: RUNNER_TEMP, roles, accounts, mode: chain.mode });
 *   env = { ...profiles.envFor(account) } minus profiles.unset  // self-refreshing, for runs over an hour
 */
export { assumeChain, CHAINED_MAX_SECONDS, type ChainOptions, type ChainProvider } from './chain.js';
export { credentialEnv, writeCredentialProcessConfig, type CredentialProcessSetup } from './credential-process.js';
export { ChainError } from './errors.js';
export { explainFailure, type KnownTrustPolicies } from './explain.js';
export { maybeExportCredentials } from './export.js';
export { ChainFailure, prepareChain } from './prepare.js';
export { rolesFor } from './roles.js';
export type { AwsCredentials, CredentialProvider } from './types.js';
