/**
 * Runs stacks by their dependencies, not in waves: inside one group (an account), a stack starts as
 * soon as every stack it depends on succeeded and one of `parallel` slots is free, so one slow stack
 * holds back only its own dependents. Groups run strictly one after another, and for deploys a
 * failure in one group skips every later group (a change that broke sandbox never reaches production). A stack
 * whose dependency failed, was skipped or was cancelled is skipped; unrelated stacks keep going.
 * Pure orchestration: the work is injected, and nothing here reads a clock.
 */
export type Outcome = 'succeeded' | 'failed' | 'skipped' | 'cancelled';

/** Stacks that run together (one account), listed in the order to prefer when slots are scarce. */
export interface ScheduleGroup {
  name: string;
  stacks: string[];
}

export interface ScheduleRequest<R> {
  /** Groups in the order they run (accounts in promotion order). */
  groups: ScheduleGroup[];
  /** Each stack's dependencies (stacks that must succeed first); others than the group's are ignored. */
  dependsOn: ReadonlyMap<string, readonly string[]>;
  /** Stacks running at once. */
  parallel: number;
  /** Does one stack; resolves with its result and outcome (never rejects on a failed stack). */
  run(stack: string, signal: AbortSignal): Promise<{ outcome: Outcome; result: R }>;
  /** The result for a stack that never ran. */
  notRun(stack: string, outcome: 'skipped' | 'cancelled', reason: string): R;
  /**
   * Called, outside the concurrency bound, for up to `parallel` stacks that are ready and waiting for
   * a slot, so their set-up (work dir, `stack select`) overlaps the running operations. Never called
   * for a stack that cannot run (a dependency failed) or before its dependencies succeeded.
   */
  prepare?(stack: string): void;
  /** A failure in a group skips every later group (deploys); false: every group runs (previews, drift checks). */
  stopAfterFailedGroup: boolean;
  signal?: AbortSignal;
}

export interface Scheduled<R> {
  stack: string;
  outcome: Outcome;
  result: R;
}

/** Results in the order the groups list the stacks (stable, whatever order they finished in). */
export async function runGraph<R>(req: ScheduleRequest<R>): Promise<Scheduled<R>[]> {
  const signal = req.signal ?? new AbortController().signal;
  const parallel = Math.max(1, Math.floor(req.parallel));
  const done = new Map<string, { outcome: Outcome; result: R }>();
  let failedGroup: string | undefined;

  for (const group of req.groups) {
    if (failedGroup !== undefined || signal.aborted) {
      const outcome = signal.aborted ? 'cancelled' : 'skipped';
      const reason = signal.aborted ? 'not started: the run was cancelled' : `skipped: ${failedGroup} failed`;
      for (const stack of group.stacks) done.set(stack, { outcome, result: req.notRun(stack, outcome, reason) });
      continue;
    }
    await runGroup(group.stacks, req, parallel, signal, done);
    if (req.stopAfterFailedGroup && group.stacks.some((s) => done.get(s)?.outcome === 'failed')) failedGroup = group.name;
  }
  return req.groups.flatMap((g) => g.stacks.map((stack) => ({ stack, ...done.get(stack)! })));
}

/** One group: a ready queue ordered by how much waits behind each stack, fed as stacks finish. */
function runGroup<R>(
  stacks: string[],
  req: ScheduleRequest<R>,
  parallel: number,
  signal: AbortSignal,
  done: Map<string, { outcome: Outcome; result: R }>,
): Promise<void> {
  const order = new Map(stacks.map((s, i) => [s, i]));
  const { waitingOn, dependents } = groupGraph(stacks, req.dependsOn);
  const height = heights(stacks, dependents);
  // Longest chain behind a stack first: starting it early shortens the critical path.
  const before = (a: string, b: string) => height.get(b)! - height.get(a)! || order.get(a)! - order.get(b)!;
  const ready = stacks.filter((s) => waitingOn.get(s) === 0).sort(before);
  const prepared = new Set<string>();
  const running = new Set<string>();
  const notRun = (stack: string, outcome: 'skipped' | 'cancelled', reason: string) =>
    done.set(stack, { outcome, result: req.notRun(stack, outcome, reason) });

  const skipDependents = (stack: string, outcome: Outcome) => {
    for (const d of dependents.get(stack)!) {
      if (done.has(d)) continue;
      notRun(d, 'skipped', `skipped: its dependency ${stack} ${outcome}`);
      skipDependents(d, 'skipped');
    }
  };

  return new Promise<void>((resolve, reject) => {
    const pump = () => {
      if (signal.aborted) {
        ready.length = 0;
        for (const s of stacks) if (!done.has(s) && !running.has(s)) notRun(s, 'cancelled', 'not started: the run was cancelled');
      }
      while (running.size < parallel && ready.length > 0) start(ready.shift()!);
      for (const s of ready.slice(0, parallel)) {
        if (prepared.has(s)) continue;
        prepared.add(s);
        req.prepare?.(s);
      }
      if (running.size > 0 || ready.length > 0) return;
      // Only a dependency cycle (which the manifest rejects) leaves stacks waiting here.
      for (const s of stacks) if (!done.has(s)) notRun(s, 'skipped', 'skipped: it waits on itself through a dependency cycle');
      resolve();
    };
    const start = (stack: string) => {
      running.add(stack);
      req.run(stack, signal).then(
        ({ outcome, result }) => {
          running.delete(stack);
          done.set(stack, { outcome, result });
          if (outcome === 'succeeded') {
            for (const d of dependents.get(stack)!) {
              const left = waitingOn.get(d)! - 1;
              waitingOn.set(d, left);
              if (left === 0 && !done.has(d)) insertSorted(ready, d, before);
            }
          } else if (!signal.aborted) skipDependents(stack, outcome);
          pump();
        },
        (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))),
      );
    };
    pump();
  });
}

/** Within one group: how many dependencies each stack waits on, and who waits on each. */
function groupGraph(stacks: string[], dependsOn: ReadonlyMap<string, readonly string[]>) {
  const inGroup = new Set(stacks);
  const waitingOn = new Map<string, number>();
  const dependents = new Map<string, string[]>(stacks.map((s) => [s, []]));
  for (const s of stacks) {
    const deps = [...new Set(dependsOn.get(s) ?? [])].filter((d) => inGroup.has(d) && d !== s);
    waitingOn.set(s, deps.length);
    for (const d of deps) dependents.get(d)!.push(s);
  }
  return { waitingOn, dependents };
}

/** Stacks on the longest chain of dependents below each stack, the stack itself included. */
function heights(stacks: string[], dependents: Map<string, string[]>): Map<string, number> {
  const memo = new Map<string, number>();
  const walk = (s: string): number => {
    const known = memo.get(s);
    if (known !== undefined) return known;
    memo.set(s, 1); // a cycle (rejected by the manifest) cannot recurse forever
    const h = 1 + Math.max(0, ...dependents.get(s)!.map(walk));
    memo.set(s, h);
    return h;
  };
  for (const s of stacks) walk(s);
  return memo;
}

function insertSorted(list: string[], item: string, before: (a: string, b: string) => number): void {
  let i = list.length;
  while (i > 0 && before(item, list[i - 1]) < 0) i--;
  list.splice(i, 0, item);
}
