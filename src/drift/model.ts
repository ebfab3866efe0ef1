import type { ChainFailureReport, PropertyDiff, ResourceOp, RunResult, StackResult } from '../engine/types.js';
import { showControls } from '../report/escape.js';
import { chainFailureTitle } from '../report/model.js';

/**
 * What a drift run found, per stack: pure, from the engine's RunResult of the `drift` operation.
 * The CLI's `--json`, the action's `drift` output, the job summary and the issues all read this.
 */

/** `not-deployed`: the stack has no state yet (added to the manifest, not yet deployed there): nothing to check, not a failure. */
export type DriftState = 'drifted' | 'in-sync' | 'not-deployed' | 'failed' | 'skipped' | 'cancelled';

export interface DriftedResource {
  type: string;
  name: string;
  urn: string;
  /** What the refreshing preview would do about it: `update` puts properties back, `create` re-creates a resource deleted outside, `refresh` only records a change outside. */
  op: ResourceOp;
  /** Top-level keys that differ. */
  keys: string[];
  /** Property paths that differ, with the engine's diff kind, when it sent a detailed diff. */
  properties: PropertyDiff[];
}

export interface DriftStack {
  stack: string;
  project: string;
  account: string;
  region: string;
  state: DriftState;
  resources: DriftedResource[];
  /** Why the check failed or did not run. */
  error?: string;
}

export interface DriftReport {
  stacks: DriftStack[];
  /** Names of the drifted stacks. */
  drifted: string[];
  /** True when every stack was checked (drifted or not); false when a check failed. */
  ok: boolean;
  /** Role chains that failed before any check ran in their accounts, explained once each. */
  chainFailures?: ChainFailureReport[];
}

/** How a preview's step reads in a drift report. */
export const DRIFT_OP_TEXT: Partial<Record<ResourceOp, string>> = {
  update: 'changed outside Pulumi',
  refresh: 'changed outside Pulumi (the program accepts it)',
  create: 'missing (deleted outside Pulumi?)',
  delete: 'not in the program any more',
  replace: 'changed outside Pulumi; needs a replacement',
};

function stateOf(s: StackResult): DriftState {
  if (s.status === 'succeeded' && s.notDeployed) return 'not-deployed';
  if (s.status === 'succeeded') return s.drifted || s.changes.length > 0 ? 'drifted' : 'in-sync';
  return s.status;
}

/** The drift report of a `drift` run; drifted stacks keep the engine's order. */
export function driftReport(run: RunResult): DriftReport {
  const stacks = run.stacks.map((s): DriftStack => ({
    stack: s.stack,
    project: s.project,
    account: s.account,
    region: s.region,
    state: stateOf(s),
    resources: s.changes.map((c) => ({
      type: c.type,
      name: c.name,
      urn: c.urn,
      op: c.op,
      keys: c.diffKeys,
      properties: c.properties ?? [],
    })),
    ...(s.error ? { error: s.error } : {}),
  }));
  return {
    stacks,
    drifted: stacks.filter((s) => s.state === 'drifted').map((s) => s.stack),
    ok: run.ok,
    ...(run.chainFailures?.length ? { chainFailures: run.chainFailures } : {}),
  };
}

const ORDER: Record<DriftState, number> = { drifted: 0, failed: 1, cancelled: 2, skipped: 3, 'not-deployed': 4, 'in-sync': 5 };

/** Stacks for tables: drifted first, then failed ones, then the rest, each group in run order. */
export function driftFirst(stacks: readonly DriftStack[]): DriftStack[] {
  return stacks
    .map((s, i) => ({ s, i }))
    .sort((a, b) => ORDER[a.s.state] - ORDER[b.s.state] || a.i - b.i)
    .map((x) => x.s);
}

/** `tags.team (update), description (add)`, or the top-level keys when there is no detailed diff. */
export function propertiesText(r: DriftedResource): string {
  if (r.properties.length > 0) return r.properties.map((p) => `${p.path} (${p.kind})`).join(', ');
  return r.keys.join(', ');
}

/** Plain text for the CLI and logs; names from the cloud with their control characters shown, not obeyed. */
export function renderDriftText(report: DriftReport): string {
  const lines = [`drift: ${report.stacks.length} stack${report.stacks.length === 1 ? '' : 's'} checked, ${report.drifted.length} drifted`];
  for (const s of driftFirst(report.stacks)) {
    lines.push(`  ${s.state.padEnd(9)} ${s.stack}${s.error ? `  ${s.error.split('\n')[0]}` : ''}`);
    for (const r of s.resources)
      lines.push(`      ${r.type} ${r.name}: ${DRIFT_OP_TEXT[r.op] ?? r.op}${propertiesText(r) ? ` [${propertiesText(r)}]` : ''}`);
  }
  for (const f of report.chainFailures ?? []) lines.push('', `${chainFailureTitle(f.accounts)}:`, f.explanation);
  return showControls(lines.join('\n'), true) + '\n';
}
