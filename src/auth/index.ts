/**
 * What the engine and the commands use from auth. Every engine command walks the chain of each
 * account in scope before any stack runs (src/engine/run-engine.ts), and explains a failure once:
 *
 *   const failures = await walkChains(chain, accounts, chainExplainer(manifest, roles, kind));
 *   const profiles = await writeCredentialProcessConfig({ dir: RUNNER_TEMP, roles, accounts, mode: chain.mode });
 *   env = { ...profiles.envFor(account) } minus profiles.unset  // self-refreshing, for runs over an hour
 */
export { assumeChain, CHAINED_MAX_SECONDS, type ChainOptions, type ChainProvider } from './chain.js';
export { credentialEnv, writeCredentialProcessConfig, type CredentialProcessSetup } from './credential-process.js';
export { ChainError } from './errors.js';
export { explainFailure, type KnownTrustPolicies } from './explain.js';
export { maybeExportCredentials } from './export.js';
export { chainExplainer, walkChains, type ChainFailure } from './prepare.js';
export { rolesFor } from './roles.js';
export type { AwsCredentials, CredentialProvider } from './types.js';
