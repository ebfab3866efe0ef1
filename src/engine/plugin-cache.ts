import { homedir } from 'node:os';
import { join } from 'node:path';
import { noCache, npmInstall, restorePlugins } from './dependencies.js';
import type { EngineSession } from './session.js';
import type { RunResult } from './types.js';
import { programDir } from './stack-config.js';

/** Where the Pulumi CLI keeps its plugins (PULUMI_HOME, default ~/.pulumi). */
function pulumiHome(): string {
  return process.env.PULUMI_HOME ?? join(homedir(), '.pulumi');
}

export type PluginCache = Awaited<ReturnType<typeof restorePlugins>>;

/** Restores the Pulumi plugins the selected programs need from the cache (none without a cache). */
export async function restorePluginCache(session: EngineSession): Promise<PluginCache | undefined> {
  const { manifest, selection, deps } = session;
  if (deps.cache === noCache) return undefined;
  const dirs = new Set(
    selection.stacks.map((s) =>
      programDir(
        manifest,
        manifest.projects.find((p) => p.name === s.project)!,
      ),
    ),
  );
  return restorePlugins(pulumiHome(), [...dirs], { cache: deps.cache, log: deps.log.info, install: deps.install ?? npmInstall });
}

/** Saves the plugins after a run that missed the cache, once a stack succeeded (so they are complete). */
export async function savePluginCache(session: EngineSession, cache: PluginCache | undefined, run: RunResult): Promise<void> {
  if (!cache || cache.hit || !run.stacks.some((r) => r.status === 'succeeded')) return;
  await session.deps.cache
    .save([join(pulumiHome(), 'plugins')], cache.key)
    .catch((err: Error) => session.deps.log.warning(`Could not save the Pulumi plugins to the cache: ${err.message}`));
}
