import { z } from 'zod';
import type { RunResult } from '../engine/types.js';

/**
 * One preview job's results, as the `comment` command reads them back (`report-dir`). The preview
 * job ran the pull request's own program on the same runner, so a file may have been rewritten by
 * it: every field is checked here, and everything is escaped again when the comment is rendered.
 */
const OPS = [
  'create',
  'update',
  'delete',
  'replace',
  'same',
  'read',
  'refresh',
  'create-replacement',
  'delete-replaced',
  'import',
  'discard',
] as const;
const text = z.string().max(100_000);
const stackSchema = z.object({
  stack: text,
  project: text,
  account: text,
  region: text,
  operation: z.enum(['preview', 'up', 'refresh', 'destroy', 'drift']),
  status: z.enum(['succeeded', 'failed', 'skipped', 'cancelled']),
  counts: z.partialRecord(z.enum(OPS), z.number().int().nonnegative()),
  changes: z
    .array(z.object({ type: text, name: text, urn: text, op: z.enum(OPS), diffKeys: z.array(text), replaceKeys: z.array(text) }))
    .max(100_000),
  diagnostics: z.array(z.object({ severity: z.enum(['error', 'warning', 'info']), message: text, urn: text.optional() })).max(10_000),
  durationMs: z.number().nonnegative(),
  outputs: z.record(z.string(), z.unknown()),
  error: text.optional(),
  attempts: z.number().int().nonnegative(),
  newStack: z.boolean().optional(),
});
export const reportFileSchema = z.object({
  infraActionReport: z.literal(1),
  account: text,
  /** The job's shard key (`<account>.<index>`) when the account's stacks ran in several jobs. */
  shard: text.optional(),
  run: z.object({
    operation: z.enum(['preview', 'up', 'refresh', 'destroy', 'drift']),
    ok: z.boolean(),
    stacks: z.array(stackSchema).max(20_000),
    chainFailures: z
      .array(z.object({ accounts: z.array(text).max(1000), explanation: text }))
      .max(1000)
      .optional(),
  }),
  promotionOrder: z.array(text).max(1000).optional(),
  productionAccounts: z.array(text).max(1000).optional(),
  waves: z.array(z.array(text)).max(10_000).optional(),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/** The file a preview job writes: its (already redacted) run, and what the renderers need to show it. */
export function reportFile(
  account: string,
  run: RunResult,
  ctx: { promotionOrder?: string[]; productionAccounts?: string[]; waves?: string[][] },
  shard?: string,
): ReportFile {
  return {
    infraActionReport: 1,
    account,
    ...(shard ? { shard } : {}),
    run: {
      operation: run.operation,
      ok: run.ok,
      stacks: run.stacks.map(({ drifted: _d, ...s }) => ({ ...s, changes: s.changes.map(({ properties: _p, ...c }) => c) })),
      ...(run.chainFailures ? { chainFailures: run.chainFailures } : {}),
    },
    promotionOrder: ctx.promotionOrder,
    productionAccounts: ctx.productionAccounts,
    waves: ctx.waves,
  };
}

export interface MergedReport {
  run: RunResult;
  promotionOrder: string[];
  productionAccounts: string[];
  waves: string[][];
  /** Accounts the plan expected results from that sent none (their job failed before reporting). */
  missing: string[];
}

/**
 * Merges the per-job results into one run, accounts in promotion order: the one comment per pull
 * request. An account's stacks may come from several jobs (shards, keyed `<account>.<index>`).
 * `expected` names accounts, or shard keys; one without a file makes the run not ok and is listed
 * as missing.
 */
export function mergeReports(files: ReportFile[], expected: string[]): MergedReport {
  const order = files.find((f) => f.promotionOrder?.length)?.promotionOrder ?? [];
  const rank = (a: string) => (order.includes(a) ? order.indexOf(a) : order.length);
  const sorted = [...files].sort(
    (a, b) => rank(a.account) - rank(b.account) || a.account.localeCompare(b.account) || (a.shard ?? '').localeCompare(b.shard ?? ''),
  );
  const seen = new Set(sorted.flatMap((f) => (f.shard ? [f.account, f.shard] : [f.account])));
  const missing = expected.filter((a) => !seen.has(a));
  // A file speaks for its own account only (a program in one account's job could write another's),
  // and a stack is shown once even if two files name it.
  const shown = new Set<string>();
  const stacks = sorted
    .flatMap((f) => (f.account === 'all' ? f.run.stacks : f.run.stacks.filter((s) => s.account === f.account)))
    .filter((s) => !shown.has(s.stack) && shown.add(s.stack));
  // Every job of an account explains the same failed chain: once is enough.
  const explained = new Set<string>();
  const chainFailures = sorted.flatMap((f) =>
    (f.run.chainFailures ?? []).flatMap((c) => {
      const accounts = f.account === 'all' ? c.accounts : c.accounts.filter((a) => a === f.account);
      const key = `${accounts.join(',')}\0${c.explanation}`;
      if (accounts.length === 0 || explained.has(key)) return [];
      explained.add(key);
      return [{ accounts, explanation: c.explanation }];
    }),
  );
  return {
    run: {
      operation: sorted[0]?.run.operation ?? 'preview',
      stacks,
      ok: missing.length === 0 && sorted.every((f) => f.run.ok),
      ...(chainFailures.length ? { chainFailures } : {}),
    },
    promotionOrder: order,
    productionAccounts: [...new Set(sorted.flatMap((f) => f.productionAccounts ?? []))],
    waves: sorted.flatMap((f) => f.waves ?? []),
    missing,
  };
}
