import type { EngineLog } from '../engine/run-engine.js';
import type { RunResult } from '../engine/types.js';
import { makePlan, type PlanResult } from '../plan/make-plan.js';
import { runOperation } from './engine-run.js';

export interface DriftPlanRequest {
  manifestPath: string;
  ref?: string;
  accounts: string[];
  projects: string[];
  /** One shard job's stacks (the plan's `shards` output); empty: every stack in scope. */
  stacks?: string[];
}

/**
 * What a drift run checks: every stack (narrowed by accounts and projects, and to the first
 * account on workflow-testing), whatever the event says changed, with the read-only preview roles.
 */
export function planDrift(req: DriftPlanRequest): Promise<PlanResult> {
  return makePlan({
    manifestPath: req.manifestPath,
    selectAll: 'drift: every stack',
    ref: req.ref,
    accounts: req.accounts,
    projects: req.projects,
    stacks: req.stacks,
    readOnly: true,
  });
}

/** The warning a drift run gives when the manifest has no read-only role pair. */
export function deployRolesWarning(plan: PlanResult): string | undefined {
  if (plan.manifest.previewRoles) return undefined;
  return 'Drift checks run with the deploy roles because infra.yaml names no read-only `previewRole` pair; a drift check only reads, so name one (bootstrap creates it).';
}

/** Runs the drift operation over the plan: the same engine, waves and concurrency as previews. */
export function runDrift(
  plan: PlanResult,
  opts: { parallel: number; pulumiVersion: string; profile?: string },
  log: EngineLog,
): Promise<RunResult> {
  return runOperation(
    { operation: 'drift', manifest: plan.manifest, selection: plan.selection, parallel: opts.parallel, pulumiVersion: opts.pulumiVersion },
    log,
    { profile: opts.profile },
  );
}
