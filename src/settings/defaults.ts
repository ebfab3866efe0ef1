import { join } from 'node:path';

/**
 * Defaults shared by both entries (action.yml's inputs, the CLI's options), the engine and the
 * docs, stated once: scripts/gen-action-docs.mjs --check and test/unit/settings.test.ts fail when
 * action.yml says otherwise. No imports, so scripts can load this file with Node's type stripping.
 */
export const DEFAULTS = {
  command: 'plan',
  manifest: 'infra.yaml',
  /** Stacks running at once in an account (a stack starts when its dependencies succeeded). */
  parallel: 4,
  /** The Pulumi CLI range: the first version whose event log the Automation API reads from a file. */
  pulumiVersion: '^3.205.0',
  /** Stacks per job when the workflows split an account's stacks into parallel jobs; 0: one job per account. */
  maxStacksPerJob: 0,
  /** The state folder, under the manifest's root, of the file backend used when the manifest names none. */
  stateDir: '.infra-state',
} as const;

/** The state backend when the manifest names none: a local file backend under the manifest root. */
export function defaultBackendUrl(manifestRoot: string): string {
  return `file://${join(manifestRoot, DEFAULTS.stateDir)}`;
}
