/** What the engine reports per stack; the reporting renderers take exactly these. */

/** `drift` is a refreshing preview that expects no changes: what differs has drifted. */
export type Operation = 'preview' | 'up' | 'refresh' | 'destroy' | 'drift';
export type ResourceOp =
  | 'create'
  | 'update'
  | 'delete'
  | 'replace'
  | 'same'
  | 'read'
  | 'refresh'
  | 'create-replacement'
  | 'delete-replaced'
  | 'import'
  | 'discard';
export type StackStatus = 'succeeded' | 'failed' | 'skipped' | 'cancelled';

export interface ResourceChange {
  /** Pulumi type token, e.g. `aws:ec2/vpc:Vpc`. */
  type: string;
  /** Logical name. */
  name: string;
  urn: string;
  op: ResourceOp;
  /** Top-level keys that change. */
  diffKeys: string[];
  /** Keys that force a replacement. */
  replaceKeys: string[];
  /** Property paths that differ (`tags.team`) and how, when the engine sent a detailed diff. */
  properties?: PropertyDiff[];
}

export interface PropertyDiff {
  path: string;
  /** The engine's diff kind: add, update, delete, or their `-replace` forms. */
  kind: string;
}

export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Resource the diagnostic is about, when the engine says. */
  urn?: string;
}

export interface StackResult {
  stack: string;
  project: string;
  account: string;
  region: string;
  operation: Operation;
  status: StackStatus;
  /** Counts by resource operation, from the engine's summary. */
  counts: Partial<Record<ResourceOp, number>>;
  /** Resources that change (never the unchanged ones). */
  changes: ResourceChange[];
  diagnostics: Diagnostic[];
  durationMs: number;
  /** Stack outputs; secret values are replaced by `[secret]`. */
  outputs: Record<string, unknown>;
  /** Why the stack failed or was skipped, for people. */
  error?: string;
  /** How many attempts the operation took (retries of transient failures). */
  attempts: number;
  /** preview only: the stack had no state yet (a first preview; on a DIY backend it ran against an empty throwaway backend). */
  newStack?: boolean;
  /** drift only: the stack's real state differs from its program (see `changes`). */
  drifted?: boolean;
  /** drift only: the stack has no state (never deployed), so there was nothing to check; `error` says so. */
  notDeployed?: boolean;
}

/** Accounts whose role chain failed before any stack ran there, with `verify`'s explanation (once per failure). */
export interface ChainFailureReport {
  accounts: string[];
  explanation: string;
}

export interface RunResult {
  operation: Operation;
  stacks: StackResult[];
  /** True when every stack succeeded. */
  ok: boolean;
  /** Role chains that failed in the walk before any stack started (absent when every chain worked). */
  chainFailures?: ChainFailureReport[];
}
