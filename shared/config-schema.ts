/**
 * The shape every builtin program's config schema takes. The engine's preflight checks stack
 * config against it before any cloud call, and the README's config reference is generated from it.
 * Plain TypeScript with no imports: the bundle, the programs and the docs generator all read it.
 */
export interface ConfigKey {
  /** Key without the project prefix (`cidrBlock` for `api:cidrBlock`). */
  key: string;
  type: 'string' | 'number' | 'boolean' | 'cidr' | 'arn' | 'url' | 'domain' | 'region' | 'image' | 'string-list' | 'account-list';
  required: boolean;
  /** Must be a `secure:` value, set with `infra-action config set --secret` (encrypted for each stack). */
  secret: boolean;
  /** Where it belongs: the account-wide global file, or the per-region stack file. */
  layer: 'global' | 'stack';
  description: string;
  /** Extra check for string values. */
  pattern?: string;
  default?: string | number | boolean;
}

/**
 * One entry of an `account-list` key (bootstrap-management:accounts), mirroring the manifest's
 * `accounts`: `{ name, id, environment?, previewEnvironment? }`.
 */
export interface AccountEntry {
  name: string;
  id: string;
  environment?: string;
  previewEnvironment?: string;
}

export interface ConfigSchema {
  /** The Pulumi project name the keys are namespaced with. */
  project: string;
  description: string;
  keys: ConfigKey[];
}
