import type { ResourceOp, StackResult } from '../engine/types.js';

/** What the renderers need beyond the engine's result: where the run is and how to link to it. */
export interface ReportContext {
  /** Manifest path, relative to the workspace (part of the comment's key). */
  manifestPath: string;
  /** The command that ran: preview, up, refresh, destroy. */
  command: string;
  /** The accounts this run covers, in promotion order (part of the comment's key). */
  accounts: string[];
  /** Every account of the manifest in promotion order, for the diagram (defaults to `accounts`). */
  promotionOrder?: string[];
  /** Accounts whose deletes and replacements are flagged (default: accounts named `production`). */
  productionAccounts?: string[];
  /** Stack names grouped in waves, as the plan ran them; when absent, one wave per account. */
  waves?: string[][];
  /** The workflow run (`…/actions/runs/<id>`), where the job summary and logs are. */
  runUrl?: string;
  /** Commit the run is for. */
  sha?: string;
  /** One comment for many jobs: accounts whose job sent no results (it failed before reporting). */
  missingAccounts?: string[];
}

/** One stack's numbers, as the table shows them. */
export interface StackSummary {
  stack: string;
  account: string;
  region: string;
  status: StackResult['status'];
  create: number;
  update: number;
  delete: number;
  replace: number;
  durationMs: number;
  changed: boolean;
  /** A delete or replace in a production account. */
  destructiveInProduction: boolean;
}

const REPLACE_OPS: ResourceOp[] = ['replace', 'create-replacement', 'delete-replaced'];

function count(s: StackResult, op: ResourceOp): number {
  const fromCounts = s.counts[op];
  if (typeof fromCounts === 'number') return fromCounts;
  return s.changes.filter((c) => c.op === op).length;
}

/** The heading of one role chain failure's explanation, in the log, the job summary and the comment. */
export function chainFailureTitle(accounts: readonly string[]): string {
  return `The role chain to ${accounts.join(', ')} failed; no stack started there`;
}

/** How a first preview reads: the stack has no state yet, so everything in it is to create. */
export function newStackText(s: StackResult): string {
  return `new stack: ${count(s, 'create') + count(s, 'import')} to create`;
}

/** True when the account's deletes and replacements deserve a flag. */
export function isProduction(account: string, ctx: Pick<ReportContext, 'productionAccounts'>): boolean {
  return ctx.productionAccounts ? ctx.productionAccounts.includes(account) : account === 'production';
}

/** The table row for one stack; replacements count once (not as create + delete). */
export function summarizeStack(s: StackResult, ctx: Pick<ReportContext, 'productionAccounts'>): StackSummary {
  const replace = s.counts.replace ?? s.changes.filter((c) => REPLACE_OPS.includes(c.op)).length;
  const summary = {
    stack: s.stack,
    account: s.account,
    region: s.region,
    status: s.status,
    create: count(s, 'create') + count(s, 'import'),
    update: count(s, 'update'),
    delete: count(s, 'delete'),
    replace,
    durationMs: s.durationMs,
  };
  const changed = summary.create + summary.update + summary.delete + summary.replace > 0;
  return { ...summary, changed, destructiveInProduction: isProduction(s.account, ctx) && summary.delete + summary.replace > 0 };
}

export interface RunTotals {
  stacks: number;
  changedStacks: number;
  create: number;
  update: number;
  delete: number;
  replace: number;
  failed: number;
  skipped: number;
}

export function totalsOf(rows: StackSummary[]): RunTotals {
  const sum = (k: 'create' | 'update' | 'delete' | 'replace') => rows.reduce((n, r) => n + r[k], 0);
  return {
    stacks: rows.length,
    changedStacks: rows.filter((r) => r.changed).length,
    create: sum('create'),
    update: sum('update'),
    delete: sum('delete'),
    replace: sum('replace'),
    failed: rows.filter((r) => r.status === 'failed' || r.status === 'cancelled').length,
    skipped: rows.filter((r) => r.status === 'skipped').length,
  };
}

/** Formats a duration the way people read it: 850ms, 12.3s, 4m05s. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '–';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return `${m}m${String(s).padStart(2, '0')}s`;
}
