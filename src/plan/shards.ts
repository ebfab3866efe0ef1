import type { Manifest } from '../manifest/types.js';
import type { StackRef } from '../manifest/naming.js';
import { connectedComponents, stackDependencies } from '../select/stack-graph.js';

/**
 * Shards: how one account's selected stacks are split into parallel jobs (pipeline.yml and drift.yml
 * run one matrix job per shard). A shard holds whole connected components of the stack dependency
 * graph — the edges the engine's scheduler waits on — so no stack ever waits for a stack in another
 * job. Accounts never share a shard: the stage slots keep them in promotion order. Pure.
 */

/** GitHub creates at most this many jobs from one matrix; the preview and drift matrices hold every shard. */
export const MAX_MATRIX_JOBS = 256;

/** Below Linux's 128 KiB cap on one environment variable (`INPUT_STACKS=…`), with room for the name. */
const MAX_INPUT_CHARS = 128 * 1024 - 64;

/** One job's stacks. */
export interface Shard {
  account: string;
  /** 1-based position among the account's shards. */
  index: number;
  /** How many shards the account has. */
  count: number;
  /** `<account>` when the account runs as one job, else `<account>.<index>`: names artifacts and concurrency groups. */
  key: string;
  /** Stack names, in plan order. */
  stacks: string[];
}

export interface ShardPlan {
  shards: Shard[];
  warnings: string[];
}

/**
 * Splits each account's selected stacks into jobs of at most `maxStacksPerJob` stacks (0: one job per
 * account). A component larger than the limit becomes a job of its own, with a warning. Packing is
 * deterministic and balanced: components largest first, each into the least-filled job with room,
 * starting from as few jobs as the limit allows. Past MAX_MATRIX_JOBS jobs in all, the limit is raised.
 */
export function planShards(
  manifest: Manifest,
  selection: { stacks: readonly StackRef[] },
  maxStacksPerJob: number,
  maxJobs = MAX_MATRIX_JOBS,
): ShardPlan {
  const deps = stackDependencies(manifest, selection);
  const accounts = manifest.accounts
    .map((a) => ({ account: a.name, stacks: selection.stacks.filter((s) => s.account === a.name).map((s) => s.stack) }))
    .filter((a) => a.stacks.length > 0);
  const components = accounts.map((a) => ({ ...a, components: connectedComponents(a.stacks, deps) }));
  const warnings: string[] = [];
  let limit = maxStacksPerJob;
  const jobsAt = (l: number) => components.reduce((n, a) => n + packComponents(a.components, l, a.stacks).length, 0);
  if (limit > 0 && jobsAt(limit) > maxJobs) {
    const asked = jobsAt(limit);
    limit = Math.max(limit, Math.ceil(selection.stacks.length / maxJobs));
    while (jobsAt(limit) > maxJobs) limit += Math.max(1, Math.floor(limit / 8));
    warnings.push(
      `max-stacks-per-job ${maxStacksPerJob} would make ${asked} jobs, but GitHub runs at most ${maxJobs} jobs from one matrix; jobs hold up to ${limit} stacks instead.`,
    );
  }
  const shards: Shard[] = [];
  for (const a of components) {
    const jobs = packComponents(a.components, limit, a.stacks);
    for (const c of a.components) {
      if (limit > 0 && c.length > limit) warnings.push(oversized(a.account, c, limit));
    }
    if (jobs.length > 1) warnings.push(...tooLongForAnInput(a.account, jobs));
    jobs.forEach((stacks, i) =>
      shards.push({
        account: a.account,
        index: i + 1,
        count: jobs.length,
        key: jobs.length === 1 ? a.account : `${a.account}.${i + 1}`,
        stacks,
      }),
    );
  }
  return { shards, warnings };
}

/** Jobs whose stack list cannot be passed as the job's `stacks` input (an account run as one job passes none). */
function tooLongForAnInput(account: string, jobs: readonly string[][]): string[] {
  return jobs.flatMap((stacks, i) => {
    const size = stacks.reduce((n, name) => n + name.length + 1, -1);
    if (size <= MAX_INPUT_CHARS) return [];
    return [
      `${account}.${i + 1}'s stack list is ${size} characters: its job's \`stacks\` input is one environment variable, which Linux caps at 128 KiB, so the job would not start. Lower max-stacks-per-job.`,
    ];
  });
}

/**
 * Packs components into jobs of at most `limit` stacks (0: one job). Each job lists its stacks in
 * `order` (default: as the components list them), and jobs come in the order of their first stack.
 */
export function packComponents(components: readonly string[][], limit: number, order: readonly string[] = components.flat()): string[][] {
  const position = new Map(order.map((s, i) => [s, i]));
  if (limit <= 0 || components.length <= 1) return components.length === 0 ? [] : [components.flat().sort(byPosition(position))];
  // Ties go by the component's first stack in `order`, so the input order of components does not matter.
  const first = (c: readonly string[]) => c.reduce((m, s) => Math.min(m, position.get(s)!), Infinity);
  const bySize = components.map((c) => ({ c, at: first(c) })).sort((a, b) => b.c.length - a.c.length || a.at - b.at);
  const fits = bySize.filter((x) => x.c.length <= limit);
  const jobs: string[][] = bySize.filter((x) => x.c.length > limit).map((x) => [...x.c]);
  // The least-filled job is the only candidate: if it has no room, none has.
  const bins = new LeastFilled(Math.ceil(fits.reduce((n, x) => n + x.c.length, 0) / limit));
  for (const { c } of fits) {
    const bin = bins.peek();
    if (bin.length + c.length <= limit) bin.push(...c);
    else bins.add([...c]);
    bins.settle();
  }
  jobs.push(...bins.all());
  for (const job of jobs) job.sort(byPosition(position));
  return jobs.sort((a, b) => position.get(a[0]!)! - position.get(b[0]!)!);
}

function byPosition(position: ReadonlyMap<string, number>): (a: string, b: string) => number {
  return (a, b) => position.get(a)! - position.get(b)!;
}

function oversized(account: string, component: readonly string[], limit: number): string {
  const shown = component.slice(0, 3).join(', ') + (component.length > 3 ? `, … (${component.length - 3} more)` : '');
  return (
    `${account}: ${component.length} stacks depend on each other (${shown}), more than max-stacks-per-job ${limit}; ` +
    'they run as one job, because a stack never waits for a stack in another job.'
  );
}

/** Jobs under construction, least filled first (ties: the older job), as a binary heap. */
class LeastFilled {
  private readonly heap: { stacks: string[]; id: number }[] = [];
  private next = 0;

  constructor(empty: number) {
    for (let i = 0; i < empty; i++) this.heap.push({ stacks: [], id: this.next++ });
  }

  /** The least-filled job (an empty one when there is none yet). */
  peek(): string[] {
    if (this.heap.length === 0) this.add([]);
    return this.heap[0]!.stacks;
  }

  add(stacks: string[]): void {
    this.heap.push({ stacks, id: this.next++ });
    for (let i = this.heap.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (!this.before(i, up)) break;
      this.swap(i, up);
      i = up;
    }
  }

  /** Restores the order after the top job grew. */
  settle(): void {
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let least = i;
      if (l < this.heap.length && this.before(l, least)) least = l;
      if (r < this.heap.length && this.before(r, least)) least = r;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  all(): string[][] {
    return this.heap.filter((b) => b.stacks.length > 0).map((b) => b.stacks);
  }

  private before(a: number, b: number): boolean {
    const [x, y] = [this.heap[a]!, this.heap[b]!];
    return x.stacks.length < y.stacks.length || (x.stacks.length === y.stacks.length && x.id < y.id);
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b]!, this.heap[a]!];
  }
}
