import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * What preflight knows about one imported ESC environment: its `pulumiConfig` values (opened through
 * the Pulumi CLI), why it was not opened (no token, plan is offline), or why opening failed.
 */
export type EscEnvironment =
  | { name: string; state: 'opened'; config: Record<string, unknown> }
  | { name: string; state: 'unchecked'; reason: string }
  | { name: string; state: 'failed'; error: string };

/** Imported environments by the name the stack file gives. */
export type EscEnvironments = ReadonlyMap<string, EscEnvironment>;

/**
 * The full `<org>/<project>/<env>` name `pulumi env open` needs for a stack file's import: imports
 * may leave out the org (`api/canary-global`, the stack's own org) or, for environments made before
 * ESC had projects, the project too (they live in the `default` project).
 */
export function escEnvironmentName(org: string, imported: string): string {
  const parts = imported.split('/');
  if (parts.length >= 3) return imported;
  if (parts.length === 2) return `${org}/${imported}`;
  return `${org}/default/${imported}`;
}

/** Opens ESC environments with the Pulumi CLI (`pulumi env open <name> --format json`). */
export function cliEscOpener(command: string, env: NodeJS.ProcessEnv): (name: string) => Promise<Record<string, unknown>> {
  return async (name) => {
    let stdout: string;
    try {
      ({ stdout } = await run(command, ['env', 'open', name, '--format', 'json', '--non-interactive'], {
        env,
        maxBuffer: 64 * 1024 * 1024,
      }));
    } catch (err) {
      const stderr = String((err as { stderr?: string }).stderr ?? '').trim();
      throw new Error(
        (stderr.split('\n').find((l) => /error/i.test(l)) ?? stderr.split('\n')[0] ?? (err as Error).message).replace(/^error:\s*/i, ''),
      );
    }
    const value = JSON.parse(stdout) as { pulumiConfig?: unknown };
    const config = value.pulumiConfig;
    return config && typeof config === 'object' && !Array.isArray(config) ? (config as Record<string, unknown>) : {};
  };
}

/**
 * Opens every environment in `imports` once. Without a way to open them (`open` undefined: no
 * PULUMI_ACCESS_TOKEN, or plan, which is offline) each is `unchecked` with `reason`.
 */
export async function openEscEnvironments(
  org: string,
  imports: Iterable<string>,
  open: ((name: string) => Promise<Record<string, unknown>>) | undefined,
  reason: string,
): Promise<Map<string, EscEnvironment>> {
  const names = [...new Set(imports)];
  const opened = await Promise.all(
    names.map(async (imported): Promise<EscEnvironment> => {
      const name = escEnvironmentName(org, imported);
      if (!open) return { name, state: 'unchecked', reason };
      try {
        return { name, state: 'opened', config: await open(name) };
      } catch (err) {
        return { name, state: 'failed', error: (err as Error).message };
      }
    }),
  );
  return new Map(names.map((n, i) => [n, opened[i]]));
}

/**
 * ESC `pulumiConfig` keys as stack files spell them: a key without a namespace belongs to the
 * project (as Pulumi reads it).
 */
export function qualifiedEscConfig(config: Record<string, unknown>, project: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k.includes(':') ? k : `${project}:${k}`, v]));
}
