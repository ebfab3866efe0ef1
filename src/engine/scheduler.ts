/**
 * Runs stacks wave by wave with a concurrency bound. A stack whose dependency failed, was skipped or
 * was cancelled is skipped; unrelated stacks keep going. Pure orchestration: the work is injected.
 */
export type Outcome = 'succeeded' | 'failed' | 'skipped' | 'cancelled';

export interface ScheduleRequest<R> {
  /** Stack names in waves; waves run one after another. */
  waves: string[][];
  /** Each stack's direct dependencies (stacks that must succeed first). */
  dependsOn: ReadonlyMap<string, readonly string[]>;
  /** Stacks at once within a wave. */
  parallel: number;
  /** Does one stack; resolves with its result and outcome (never rejects on a failed stack). */
  run(stack: string, signal: AbortSignal): Promise<{ outcome: Outcome; result: R }>;
  /** The result for a stack that never ran. */
  notRun(stack: string, outcome: 'skipped' | 'cancelled', reason: string): R;
  /**
   * Called for every stack of a wave as the wave starts, outside the concurrency bound, so set-up
   * (work dir, stack select) of the stacks waiting for a slot overlaps the running operations.
   */
  prepare?(stack: string): void;
  signal?: AbortSignal;
}

/** Results in run order (wave order, then stack order within a wave). */
export async function runWaves<R>(req: ScheduleRequest<R>): Promise<{ stack: string; outcome: Outcome; result: R }[]> {
  const outcomes = new Map<string, Outcome>();
  const results = new Map<string, R>();
  const parallel = Math.max(1, Math.floor(req.parallel));
  const signal = req.signal ?? new AbortController().signal;

  for (const wave of req.waves) {
    for (const stack of wave) {
      const blocked = (req.dependsOn.get(stack) ?? []).some((d) => outcomes.has(d) && outcomes.get(d) !== 'succeeded');
      if (!blocked && !signal.aborted) req.prepare?.(stack);
    }
    const queue = [...wave];
    const worker = async () => {
      for (let stack = queue.shift(); stack !== undefined; stack = queue.shift()) {
        const blocker = (req.dependsOn.get(stack) ?? []).find((d) => outcomes.has(d) && outcomes.get(d) !== 'succeeded');
        if (signal.aborted) {
          outcomes.set(stack, 'cancelled');
          results.set(stack, req.notRun(stack, 'cancelled', 'not started: the run was cancelled'));
        } else if (blocker) {
          outcomes.set(stack, 'skipped');
          results.set(stack, req.notRun(stack, 'skipped', `skipped: its dependency ${blocker} ${outcomes.get(blocker)}`));
        } else {
          const { outcome, result } = await req.run(stack, signal);
          outcomes.set(stack, outcome);
          results.set(stack, result);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, wave.length) }, worker));
  }
  return req.waves.flat().map((stack) => ({ stack, outcome: outcomes.get(stack)!, result: results.get(stack)! }));
}
