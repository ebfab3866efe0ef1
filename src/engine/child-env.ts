/**
 * What the processes that run the deployed commit's code inherit: the Pulumi CLI (and so every
 * program, provider plugin and policy pack it starts), `pulumi env open`, and the package manager
 * installing a program's dependencies (its lifecycle scripts). They get this process's environment
 * without the secrets only the action itself needs (docs/trust-model.md, "What the Pulumi process
 * holds").
 */

/** Names removed from every such child's environment. */
const SCRUBBED_NAMES = new Set([
  // The job's OIDC endpoint: whoever holds both can mint tokens for the job's environment.
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  // The runner's service tokens (cache, artifacts, results).
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  // GitHub API tokens a workflow commonly puts in the environment.
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_PAT',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
]);

/** Every action input (`github-token` among them) reaches the action as INPUT_<NAME>. */
const SCRUBBED_PREFIXES = ['INPUT_'];

/**
 * This process's own AWS identity and where the SDKs would look for one. A child that is served its
 * credentials gets profiles of its own instead; left in place, static keys would win over them.
 */
const AWS_IDENTITY = new Set([
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_ROLE_SESSION_NAME',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
]);

export interface ScrubOptions {
  /**
   * Keep this process's AWS identity (`INFRA_ACTION_CREDENTIALS=ambient`: the child uses it as it
   * is). Otherwise it is removed, and the child gets only what it is served.
   */
  keepAws?: boolean;
}

/** True for a variable no child process may inherit. */
export function isScrubbed(name: string, opts: ScrubOptions = {}): boolean {
  const upper = name.toUpperCase();
  if (SCRUBBED_NAMES.has(upper) || SCRUBBED_PREFIXES.some((p) => upper.startsWith(p))) return true;
  return !opts.keepAws && AWS_IDENTITY.has(upper);
}

/**
 * Overrides that remove the scrubbed variables from a child started by the Automation API. The SDK
 * always merges `process.env` under the workspace's `envVars` (execa's `extendEnv`, see
 * node_modules/@pulumi/pulumi/automation/cmd.js), so nothing can be left out by omission; a key set
 * to `undefined` survives that merge and Node's spawn skips it. The e2e tests check what the Pulumi
 * CLI double actually receives.
 */
export function scrubOverrides(env: NodeJS.ProcessEnv = process.env, opts: ScrubOptions = {}): Record<string, undefined> {
  return Object.fromEntries(
    Object.keys(env)
      .filter((k) => isScrubbed(k, opts))
      .map((k) => [k, undefined]),
  );
}

/** A complete environment for a child this process spawns itself: `env` without the scrubbed variables, plus `extra`. */
export function childEnv(extra: Record<string, string | undefined> = {}, opts: ScrubOptions = {}, env: NodeJS.ProcessEnv = process.env) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !isScrubbed(k, opts)) out[k] = v;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}
