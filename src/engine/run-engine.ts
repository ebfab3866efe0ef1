import { walkChains, type ChainFailure } from '../auth/prepare.js';
import { stackDependencies } from '../select/stack-graph.js';
import { DEFAULTS } from '../settings/defaults.js';
import { chainGate, type Blocked } from './chain-gate.js';
import { runPreflight } from './preflight-run.js';
import { programNodeReport } from './program-node.js';
import { restorePluginCache, savePluginCache } from './plugin-cache.js';
import { stackPreparer } from './prepare-stack.js';
import { changesState, type EngineDeps, type EngineRequest } from './request.js';
import { errorText } from './retry.js';
import { blankResult, runStack } from './run-stack.js';
import { runGraph, type ScheduleGroup, type Scheduled } from './scheduler.js';
import { serveCredentials } from './served-credentials.js';
import { openSession, type EngineSession } from './session.js';
import { isDiyBackend } from './stack-config.js';
import type { RunResult, StackResult } from './types.js';

export type { EngineDeps, EngineLog, EngineRequest } from './request.js';
export { backendUrl } from './session.js';

/**
 * Runs one operation over the selected stacks (docs/design.md "The engine: order of work"): guards
 * and preflight (bad input, before any cloud call), the role chain of every account in scope
 * (explained once per failure; chain-gate.ts decides what still runs), then the stacks by their
 * dependencies, account after account. Throws EngineInputError / PreflightError for bad input; a
 * failed stack or chain is a result.
 */
export async function runEngine(req: EngineRequest, deps: EngineDeps): Promise<RunResult> {
  const session = openSession(req, deps);
  await runPreflight(session);
  const { manifest, selection } = session;
  const accounts = manifest.accounts.filter((a) => selection.stacks.some((s) => s.account === a.name));
  const chainFailures = await walkChains(deps.credentials, accounts, deps.explainChainFailure ?? ((err) => errorText(err).trim()));
  const blocked = chainGate(chainFailures, changesState(req.operation));
  const groups = accountGroups(session);
  const runnable = groups.filter((g) => !blocked(g.name));
  const plugins = runnable.length === 0 ? undefined : await restorePluginCache(session);
  announce(session);
  const ran = await runStacks(session, runnable);
  const run = runResult(session, groups, ran, blocked, chainFailures);
  await savePluginCache(session, plugins, run);
  return run;
}

/** The selected stacks by account, accounts in promotion (manifest) order. */
function accountGroups({ manifest, selection }: EngineSession): ScheduleGroup[] {
  return manifest.accounts
    .map((a) => ({ name: a.name, stacks: selection.stacks.filter((s) => s.account === a.name).map((s) => s.stack) }))
    .filter((g) => g.stacks.length > 0);
}

/** Which Node runs the programs, and the Pulumi Cloud org, said once before the stacks start. */
function announce({ backend, manifest, deps }: EngineSession): void {
  const node = programNodeReport();
  deps.log.info(node.info);
  if (node.warning) deps.log.warning(node.warning);
  if (!isDiyBackend(backend)) deps.log.info(`Backend: Pulumi Cloud (${backend}); stack names use the org ${manifest.org}`);
}

/** The stacks of the given accounts, by their dependencies (scheduler.ts), each prepared once. */
async function runStacks(session: EngineSession, groups: ScheduleGroup[]): Promise<Scheduled<StackResult>[]> {
  const { manifest, selection, operation, req, deps } = session;
  // Each stack's Pulumi process is served its account's sessions; the chain stays here.
  const served = await serveCredentials(deps.credentials, { dir: session.workRoot, log: deps.log.info });
  const prepare = stackPreparer(session, served);
  return runGraph<StackResult>({
    groups,
    dependsOn: stackDependencies(manifest, selection),
    parallel: req.parallel ?? DEFAULTS.parallel,
    // What changes an account stops at the first failed one; previews and drift checks cover them all.
    stopAfterFailedGroup: changesState(operation),
    signal: session.signal,
    run: (name, signal) => runStack(session, prepare, name, signal),
    prepare: (name) => void prepare(name),
    notRun: (name, outcome, reason) => ({ ...blankResult(session.stack(name), operation), status: outcome, error: reason }),
  }).finally(() => served.close());
}

/** Every selected stack's result in account order: what ran, or why its account did not start. */
function runResult(
  session: EngineSession,
  groups: ScheduleGroup[],
  ran: Scheduled<StackResult>[],
  blocked: (account: string) => Blocked | undefined,
  chainFailures: ChainFailure[],
): RunResult {
  const results = new Map(ran.map((r) => [r.stack, r.result]));
  const notStarted = (name: string, account: string): StackResult => ({
    ...blankResult(session.stack(name), session.operation),
    ...blocked(account),
  });
  return {
    operation: session.operation,
    stacks: groups.flatMap((g) => g.stacks.map((name) => results.get(name) ?? notStarted(name, g.name))),
    ok: chainFailures.length === 0 && ran.every((r) => r.outcome === 'succeeded'),
    ...(chainFailures.length ? { chainFailures: chainFailures.map(({ accounts, explanation }) => ({ accounts, explanation })) } : {}),
  };
}
