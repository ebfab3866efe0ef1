import type { Manifest } from '../manifest/types.js';
import type { Selection, SelectedStack } from '../select/select.js';
import type { AccountBaseline } from '../select/baseline.js';
import { planShards, type Shard } from './shards.js';

/** The `plan --json` document (docs/design.md, "The CLI contract"). */
export interface PlanDocument {
  stacks: SelectedStack[];
  waves: string[][];
  /** Each account's stacks split into parallel jobs (`max-stacks-per-job`); one per account by default. */
  shards: Shard[];
  errors: string[];
  warnings: string[];
  /** Deploys: where each stack stands in each account, the commit its selection was diffed from. */
  baselines?: AccountBaseline[];
}

/** One job of an account in a `strategy.matrix`: its stacks as the `stacks` input takes them. */
export interface MatrixShard {
  key: string;
  index: number;
  count: number;
  /** Comma-separated stack names. */
  stacks: string;
}

/** One `strategy.matrix` entry per account that has selected stacks, in promotion order. */
export interface MatrixEntry {
  account: string;
  accountId: string;
  environment: string;
  /**
   * The GitHub environment the account's pull-request previews run in ('' for none: a plain
   * pull_request token). pipeline.yml's preview job binds to it; on pull requests it is the default
   * branch's value (docs/trust-model.md, "Trusted sources").
   */
  previewEnvironment: string;
  /** Comma-separated project names, ready for the `projects` input of the next job. */
  projects: string;
  regions: string;
  stacks: string;
  /** The account's jobs (deploy-account.yml runs one matrix job per entry). */
  shards: MatrixShard[];
}

/** One `strategy.matrix` entry per shard: the account's fields, and the shard's own stacks, projects and regions. */
export type ShardMatrixEntry = Omit<MatrixEntry, 'shards'> & Omit<MatrixShard, 'stacks'>;

/** The plan document of a selection; the shards' warnings join the selection's. */
export function planDocument(manifest: Manifest, selection: Selection, maxStacksPerJob = 0): PlanDocument {
  const { shards, warnings } = planShards(manifest, selection, maxStacksPerJob);
  return {
    stacks: selection.stacks,
    waves: selection.waves,
    shards,
    errors: selection.errors,
    warnings: [...selection.warnings, ...warnings],
  };
}

/**
 * `previewEnvironments` overrides each account's preview environment (an account it does not name
 * gets none); without it the manifest's own values are used. `shards` are the account's jobs
 * (default: one per account).
 */
export function planMatrix(
  manifest: Manifest,
  selection: Selection,
  opts: { previewEnvironments?: ReadonlyMap<string, string>; shards?: readonly Shard[] } = {},
): { include: MatrixEntry[] } {
  const shards = opts.shards ?? planShards(manifest, selection, 0).shards;
  const include: MatrixEntry[] = [];
  for (const account of manifest.accounts) {
    const stacks = selection.stacks.filter((s) => s.account === account.name);
    if (stacks.length === 0) continue;
    include.push({
      account: account.name,
      accountId: account.id,
      environment: account.environment,
      previewEnvironment: opts.previewEnvironments
        ? (opts.previewEnvironments.get(account.name) ?? '')
        : (account.previewEnvironment ?? ''),
      ...describe(stacks),
      shards: shards
        .filter((s) => s.account === account.name)
        .map((s) => ({ key: s.key, index: s.index, count: s.count, stacks: jobStacks(s) })),
    });
  }
  return { include };
}

/** The `shards` output: one matrix entry per job, accounts in promotion order. */
export function shardMatrix(
  manifest: Manifest,
  selection: Selection,
  opts: { previewEnvironments?: ReadonlyMap<string, string>; shards: readonly Shard[] },
): { include: ShardMatrixEntry[] } {
  const { shards } = opts;
  const byName = new Map(selection.stacks.map((s) => [s.stack, s]));
  const accounts = new Map(planMatrix(manifest, selection, opts).include.map(({ shards: _, ...entry }) => [entry.account, entry]));
  return {
    include: shards.map((s) => ({
      ...accounts.get(s.account)!,
      ...describe(s.stacks.map((n) => byName.get(n)!)),
      stacks: jobStacks(s),
      key: s.key,
      index: s.index,
      count: s.count,
    })),
  };
}

/**
 * A job's `stacks` input: empty when the account runs as one job (the job runs every stack it
 * selects there), else the shard's names. The runner passes an input as one environment variable,
 * which Linux caps at 128 KiB: a whole account's names (3,000 stacks) would not start the job.
 */
function jobStacks(shard: Shard): string {
  return shard.count === 1 ? '' : shard.stacks.join(',');
}

function describe(stacks: readonly SelectedStack[]): { projects: string; regions: string; stacks: string } {
  return {
    projects: unique(stacks.map((s) => s.project)).join(','),
    regions: unique(stacks.map((s) => s.region)).join(','),
    stacks: stacks.map((s) => s.stack).join(','),
  };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
