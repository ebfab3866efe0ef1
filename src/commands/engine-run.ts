import { schemas } from '../../shared/schemas.js';
import type { Manifest } from '../manifest/types.js';
import type { Command } from '../settings/values.js';
import { ambientCredentials } from '../engine/credentials.js';
import { actionsCache } from '../engine/dependencies.js';
import { runEngine, type EngineDeps, type EngineLog, type EngineRequest } from '../engine/run-engine.js';
import type { Operation, RunResult } from '../engine/types.js';

/** The four commands the engine runs. */
export const OPERATIONS: readonly Operation[] = ['preview', 'up', 'refresh', 'destroy'];

export function asOperation(command: Command): Operation {
  if (!(OPERATIONS as readonly string[]).includes(command)) throw new Error(`"${command}" is not an engine operation`);
  return command as Operation;
}

/**
 * The credential provider: the OIDC → management → executor role chain from src/auth (loaded lazily),
 * or, with INFRA_ACTION_CREDENTIALS=ambient, the process's own AWS environment for both hops (a job
 * that configured credentials itself; the engine tests, which have no STS). With the chain comes
 * `verify`'s explanation of a failed hop, which the engine prints once per failing account.
 */
export async function credentialProvider(
  manifest: Manifest,
  kind: 'deploy' | 'preview',
  log: Pick<EngineLog, 'info' | 'warning'>,
  profile?: string,
): Promise<Pick<EngineDeps, 'credentials' | 'explainChainFailure'>> {
  if (process.env.INFRA_ACTION_CREDENTIALS === 'ambient') {
    log.info('Credentials: ambient AWS environment for every account (INFRA_ACTION_CREDENTIALS=ambient)');
    return { credentials: ambientCredentials() };
  }
  const { assumeChain, chainExplainer, rolesFor } = await import('../auth/index.js');
  const used = rolesFor(manifest, kind);
  if (used.warning) log.warning(used.warning);
  return {
    credentials: assumeChain(manifest.accounts, used.roles, { profile }),
    explainChainFailure: chainExplainer(manifest, used.roles, used.kind),
  };
}

/** Aborts on SIGINT/SIGTERM (job cancelled, Ctrl-C) so running stacks stop gracefully. */
export function cancelOnSignals(log: (m: string) => void): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handler = (sig: NodeJS.Signals) => {
    log(`Received ${sig}: stopping the running stacks; stacks not started will not run`);
    controller.abort();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

/** Wires the engine's adapters (credentials, cache, schemas) and runs it; shared by CLI and action. */
export async function runOperation(
  req: Omit<EngineRequest, 'signal'>,
  log: EngineLog,
  opts: { profile?: string } = {},
): Promise<RunResult> {
  const cancel = cancelOnSignals(log.warning);
  try {
    return await runEngine(
      { ...req, signal: cancel.signal },
      {
        ...(await credentialProvider(req.manifest, req.selection.roles, log, opts.profile)),
        cache: await actionsCache(),
        log,
        schemas,
      },
    );
  } finally {
    cancel.dispose();
  }
}
