import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { childEnv } from './child-env.js';

/** Somewhere folders survive between runs (GitHub's cache in CI); injected so tests stay offline. */
export interface DependencyCache {
  /** Restores `paths` for `key`; returns the key that hit, or undefined on a miss. */
  restore(paths: string[], key: string): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

/** No cache at all (a laptop, or a runner without the cache service). */
export const noCache: DependencyCache = { restore: async () => undefined, save: async () => undefined };

/** GitHub's cache via @actions/cache, loaded only when the runner offers the cache service. */
export async function actionsCache(): Promise<DependencyCache> {
  if (!process.env.ACTIONS_RESULTS_URL && !process.env.ACTIONS_CACHE_URL) return noCache;
  const cache = await import('@actions/cache');
  return {
    restore: async (paths, key) => (await cache.restoreCache(paths, key)) ?? undefined,
    save: async (paths, key) => void (await cache.saveCache(paths, key)),
  };
}

export interface InstallDeps {
  cache: DependencyCache;
  log(message: string): void;
  /** Runs the package manager in `dir`; injectable so tests do not touch the network. */
  install(dir: string, command: string[]): Promise<void>;
}

const run = promisify(execFile);
/** The package manager runs the program's dependencies' install scripts: they get no secret of the action (child-env.ts). */
export const npmInstall: InstallDeps['install'] = async (dir, command) => {
  await run(command[0], command.slice(1), { cwd: dir, env: childEnv(), maxBuffer: 64 * 1024 * 1024 });
};

/**
 * Makes sure a program's node_modules exist: present → nothing; else restore from the cache keyed on
 * the lockfile; else install and save. Returns what happened, for the log.
 */
export async function ensureProgramDependencies(dir: string, deps: InstallDeps): Promise<'present' | 'restored' | 'installed' | 'none'> {
  if (!existsSync(join(dir, 'package.json'))) return 'none';
  const modules = join(dir, 'node_modules');
  if (existsSync(modules)) return 'present';
  const lockfile = ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml'].find((f) => existsSync(join(dir, f)));
  const hash = createHash('sha256')
    .update(readFileSync(join(dir, lockfile ?? 'package.json')))
    .digest('hex')
    .slice(0, 16);
  const key = `infra-action-node-modules-${process.platform}-${process.arch}-${hash}`;
  const started = Date.now();
  if (await deps.cache.restore([modules], key)) {
    if (existsSync(modules)) {
      deps.log(`Restored ${dir}/node_modules from the cache (${key}) in ${Date.now() - started} ms instead of installing`);
      return 'restored';
    }
  }
  const command =
    lockfile === 'package-lock.json'
      ? ['npm', 'ci', '--no-audit', '--no-fund']
      : lockfile === 'yarn.lock'
        ? ['yarn', 'install', '--frozen-lockfile']
        : lockfile === 'pnpm-lock.yaml'
          ? ['pnpm', 'install', '--frozen-lockfile']
          : ['npm', 'install', '--no-audit', '--no-fund'];
  deps.log(`Installing ${dir} dependencies (${command.join(' ')}); cache miss for ${key}`);
  await deps.install(dir, command);
  deps.log(`Installed in ${Date.now() - started} ms; saving to the cache as ${key}`);
  await deps.cache.save([modules], key).catch((err: Error) => deps.log(`Could not save ${key} to the cache: ${err.message}`));
  return 'installed';
}

/** Restores Pulumi's plugin folder (keyed on the programs' lockfiles) so a warm run downloads nothing. */
export async function restorePlugins(pulumiHome: string, programDirs: string[], deps: InstallDeps): Promise<{ key: string; hit: boolean }> {
  const h = createHash('sha256');
  for (const d of [...programDirs].sort()) {
    for (const f of ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'package.json'])
      if (existsSync(join(d, f))) h.update(readFileSync(join(d, f)));
  }
  const key = `infra-action-pulumi-plugins-${process.platform}-${process.arch}-${h.digest('hex').slice(0, 16)}`;
  const hit = (await deps.cache.restore([join(pulumiHome, 'plugins')], key)) !== undefined;
  deps.log(hit ? `Restored Pulumi plugins from the cache (${key})` : `No cached Pulumi plugins for ${key}; the CLI will download them`);
  return { key, hit };
}
