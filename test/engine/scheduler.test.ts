import { describe, expect, it } from '@jest/globals';
import { runGraph, type Outcome, type ScheduleGroup } from '../../src/engine/scheduler.js';

type R = { stack: string; outcome: Outcome; note?: string };

/** Lets every promise callback that is already due run (no timers involved). */
const settle = () => new Promise<void>((r) => setImmediate(r));

/**
 * Drives the scheduler by events: each started stack waits until the test finishes it, and a
 * virtual clock (advanced only by the test) says when things happened.
 */
function harness(opts: {
  groups: ScheduleGroup[];
  deps?: Record<string, string[]>;
  parallel: number;
  signal?: AbortSignal;
  stopAfterFailedGroup?: boolean;
}) {
  const pending = new Map<string, (o: Outcome) => void>();
  const log: string[] = [];
  const prepared: string[] = [];
  let running = 0;
  let peak = 0;
  const promise = runGraph<R>({
    groups: opts.groups,
    dependsOn: new Map(Object.entries(opts.deps ?? {})),
    parallel: opts.parallel,
    signal: opts.signal,
    stopAfterFailedGroup: opts.stopAfterFailedGroup ?? true,
    prepare: (s) => void prepared.push(s),
    run: (stack) =>
      new Promise((resolve) => {
        log.push(`start ${stack}`);
        peak = Math.max(peak, ++running);
        pending.set(stack, (outcome) => {
          running--;
          log.push(`end ${stack}`);
          resolve({ outcome, result: { stack, outcome } });
        });
      }),
    notRun: (stack, outcome, note) => ({ stack, outcome, note }),
  });
  return {
    promise,
    log,
    prepared,
    peak: () => peak,
    running: () => [...pending.keys()],
    async finish(stack: string, outcome: Outcome = 'succeeded') {
      const f = pending.get(stack);
      if (!f) throw new Error(`${stack} is not running (running: ${[...pending.keys()].join(', ') || 'none'})`);
      pending.delete(stack);
      f(outcome);
      await settle();
    },
  };
}

const one = (...stacks: string[]): ScheduleGroup[] => [{ name: 'sandbox', stacks }];

/** A discrete-event run: every stack takes `duration(stack)` virtual seconds; returns the makespan. */
async function simulate(groups: ScheduleGroup[], deps: Record<string, string[]>, parallel: number, duration: (s: string) => number) {
  const h = harness({ groups, deps, parallel });
  const ends = new Map<string, number>();
  let now = 0;
  const startedAt = new Map<string, number>();
  let finished = false;
  void h.promise.then(() => (finished = true));
  await settle();
  while (!finished) {
    for (const s of h.running()) if (!startedAt.has(s)) startedAt.set(s, now);
    const next = h.running().sort((a, b) => startedAt.get(a)! + duration(a) - (startedAt.get(b)! + duration(b)))[0];
    if (next === undefined) break;
    now = startedAt.get(next)! + duration(next);
    ends.set(next, now);
    await h.finish(next);
  }
  await h.promise;
  return { makespan: now, ends, startedAt, peak: h.peak() };
}

describe('runGraph', () => {
  it('starts a stack as soon as its own dependencies succeeded, not when its wave would', async () => {
    // api-east depends on net-east only; a slow net-west must not hold it back.
    const h = harness({
      groups: one('net-east', 'net-west', 'api-east', 'api-west'),
      deps: { 'api-east': ['net-east'], 'api-west': ['net-west'] },
      parallel: 4,
    });
    await settle();
    expect(h.running()).toEqual(['net-east', 'net-west']);
    await h.finish('net-east');
    expect(h.running()).toEqual(['net-west', 'api-east']);
    await h.finish('api-east');
    await h.finish('net-west');
    await h.finish('api-west');
    expect((await h.promise).map((r) => r.outcome)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
  });

  it('never runs more than `parallel` stacks, and prefers the stack with the longest chain behind it', async () => {
    const h = harness({ groups: one('lone-1', 'lone-2', 'net', 'data', 'api'), deps: { data: ['net'], api: ['data'] }, parallel: 1 });
    await settle();
    expect(h.running()).toEqual(['net']);
    await h.finish('net');
    expect(h.running()).toEqual(['data']);
    await h.finish('data');
    // Equal chains behind them: the listed order decides.
    expect(h.running()).toEqual(['lone-1']);
    await h.finish('lone-1');
    await h.finish('lone-2');
    await h.finish('api');
    await h.promise;
    expect(h.peak()).toBe(1);
  });

  it('results come in the listed order whatever order stacks finished in', async () => {
    const h = harness({ groups: one('a', 'b', 'c'), parallel: 3 });
    await settle();
    await h.finish('c');
    await h.finish('a');
    await h.finish('b');
    expect((await h.promise).map((r) => r.stack)).toEqual(['a', 'b', 'c']);
  });

  it('skips only the dependents of a failure, transitively, and finishes the rest', async () => {
    const h = harness({ groups: one('n1', 'n2', 'a1', 'a2', 'w1'), deps: { a1: ['n1'], a2: ['n2'], w1: ['a1'] }, parallel: 4 });
    await settle();
    await h.finish('n1', 'failed');
    expect(h.running()).toEqual(['n2']);
    await h.finish('n2');
    await h.finish('a2');
    const results = await h.promise;
    expect(results.map((r) => [r.stack, r.outcome])).toEqual([
      ['n1', 'failed'],
      ['n2', 'succeeded'],
      ['a1', 'skipped'],
      ['a2', 'succeeded'],
      ['w1', 'skipped'],
    ]);
    expect(results[2].result.note).toBe('skipped: its dependency n1 failed');
    expect(results[4].result.note).toBe('skipped: its dependency a1 skipped');
    expect(h.log).not.toContain('start a1');
  });

  it('runs accounts strictly one after another', async () => {
    const h = harness({
      groups: [
        { name: 'sandbox', stacks: ['s1', 's2'] },
        { name: 'canary', stacks: ['c1'] },
      ],
      parallel: 4,
    });
    await settle();
    await h.finish('s1');
    expect(h.running()).toEqual(['s2']);
    await h.finish('s2');
    expect(h.running()).toEqual(['c1']);
    await h.finish('c1');
    await h.promise;
  });

  it('a failure in an account skips every later account and says which account failed', async () => {
    const groups = [
      { name: 'sandbox', stacks: ['s-net', 's-api', 's-other'] },
      { name: 'canary', stacks: ['c-net'] },
      { name: 'production', stacks: ['p-net', 'p-api'] },
    ];
    const h = harness({ groups, deps: { 's-api': ['s-net'], 'p-api': ['p-net'] }, parallel: 4 });
    await settle();
    await h.finish('s-net', 'failed');
    await h.finish('s-other');
    const results = await h.promise;
    expect(results.map((r) => [r.stack, r.outcome, r.result.note])).toEqual([
      ['s-net', 'failed', undefined],
      ['s-api', 'skipped', 'skipped: its dependency s-net failed'],
      ['s-other', 'succeeded', undefined],
      ['c-net', 'skipped', 'skipped: sandbox failed'],
      ['p-net', 'skipped', 'skipped: sandbox failed'],
      ['p-api', 'skipped', 'skipped: sandbox failed'],
    ]);
    expect(h.log.filter((l) => l.startsWith('start'))).toEqual(['start s-net', 'start s-other']);
  });

  it('without stopAfterFailedGroup (previews, drift) every account runs after a failure', async () => {
    const h = harness({
      groups: [
        { name: 'sandbox', stacks: ['s1'] },
        { name: 'canary', stacks: ['c1'] },
      ],
      parallel: 2,
      stopAfterFailedGroup: false,
    });
    await settle();
    await h.finish('s1', 'failed');
    await h.finish('c1');
    expect((await h.promise).map((r) => r.outcome)).toEqual(['failed', 'succeeded']);
  });

  it('marks stacks not yet started as cancelled once the signal aborts, in this and later accounts', async () => {
    const controller = new AbortController();
    const h = harness({
      groups: [
        { name: 'sandbox', stacks: ['a', 'b', 'dep'] },
        { name: 'canary', stacks: ['c'] },
      ],
      deps: { dep: ['a'] },
      parallel: 1,
      signal: controller.signal,
    });
    await settle();
    controller.abort();
    await h.finish('a', 'cancelled');
    const results = await h.promise;
    expect(results.map((r) => [r.stack, r.outcome])).toEqual([
      ['a', 'cancelled'],
      ['b', 'cancelled'],
      ['dep', 'cancelled'],
      ['c', 'cancelled'],
    ]);
    expect(results[1].result.note).toBe('not started: the run was cancelled');
  });

  it('prepares ready stacks waiting for a slot, at most `parallel` ahead, never a blocked one', async () => {
    const h = harness({ groups: one('n1', 'n2', 'n3', 'n4', 'a1', 'a2'), deps: { a1: ['n1'], a2: ['n2'] }, parallel: 1 });
    await settle();
    // n1 runs; n2 (the next in line) is prepared meanwhile; a1/a2 wait for their dependencies.
    expect(h.running()).toEqual(['n1']);
    expect(h.prepared).toEqual(['n2']);
    await h.finish('n1', 'failed');
    expect(h.running()).toEqual(['n2']);
    expect(h.prepared).toEqual(['n2', 'n3']);
    await h.finish('n2');
    await h.finish('n3');
    await h.finish('n4');
    expect(h.running()).toEqual(['a2']);
    await h.finish('a2');
    await h.promise;
    expect(h.prepared).toEqual(['n2', 'n3', 'n4', 'a2']);
  });

  it('reaches the dependency floor where waves cannot: 10 chains of 4, parallel 4, 10 s each', async () => {
    // The bench's shape (bench/bench-engine.mjs): waves need 4 × ceil(10/4) × 10 = 120 s; the floor is
    // max(critical path 40 s, 40 stacks × 10 s / 4 slots = 100 s).
    const regions = Array.from({ length: 10 }, (_, i) => `r${i}`);
    const projects = ['network', 'data', 'api', 'edge'];
    const stacks = projects.flatMap((p) => regions.map((r) => `${p}-${r}`));
    const deps = Object.fromEntries(projects.slice(1).flatMap((p, i) => regions.map((r) => [`${p}-${r}`, [`${projects[i]}-${r}`]])));
    const sim = await simulate(one(...stacks), deps, 4, () => 10);
    expect(sim.makespan).toBe(100);
    expect(sim.peak).toBe(4);
  });

  it('one slow stack delays only the stacks behind it', async () => {
    // net-b takes 50 s; api-a (behind the 10 s net-a) ends at 20 s, not after net-b.
    const sim = await simulate(one('net-a', 'net-b', 'api-a', 'api-b'), { 'api-a': ['net-a'], 'api-b': ['net-b'] }, 4, (s) =>
      s === 'net-b' ? 50 : 10,
    );
    expect(sim.ends.get('api-a')).toBe(20);
    expect(sim.ends.get('api-b')).toBe(60);
    expect(sim.makespan).toBe(60);
  });
});
