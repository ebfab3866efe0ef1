import { describe, expect, it } from '@jest/globals';
import { runWaves, type Outcome } from '../../src/engine/scheduler.js';

type R = { stack: string; outcome: Outcome; note?: string };

function schedule(opts: { waves: string[][]; deps?: Record<string, string[]>; parallel: number; fail?: string[]; signal?: AbortSignal; onStart?: (s: string) => void }) {
  const log: string[] = [];
  let running = 0;
  let peak = 0;
  const promise = runWaves<R>({
    waves: opts.waves,
    dependsOn: new Map(Object.entries(opts.deps ?? {})),
    parallel: opts.parallel,
    signal: opts.signal,
    run: async (stack) => {
      log.push(`start ${stack}`);
      opts.onStart?.(stack);
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      log.push(`end ${stack}`);
      const outcome: Outcome = opts.fail?.includes(stack) ? 'failed' : 'succeeded';
      return { outcome, result: { stack, outcome } };
    },
    notRun: (stack, outcome, note) => ({ stack, outcome, note }),
  });
  return { promise, log, peak: () => peak };
}

describe('runWaves', () => {
  it('runs waves in order and bounds concurrency within a wave', async () => {
    const s = schedule({ waves: [['a1', 'a2', 'a3', 'a4', 'a5'], ['b1', 'b2']], parallel: 2 });
    const results = await s.promise;
    expect(results.map((r) => r.stack)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2']);
    expect(s.peak()).toBe(2);
    const lastA = Math.max(...['a1', 'a2', 'a3', 'a4', 'a5'].map((x) => s.log.indexOf(`end ${x}`)));
    expect(s.log.indexOf('start b1')).toBeGreaterThan(lastA);
  });

  it('skips dependents of a failure, transitively, and finishes the rest', async () => {
    const s = schedule({ waves: [['n1', 'n2'], ['a1', 'a2'], ['w1']], deps: { a1: ['n1'], a2: ['n2'], w1: ['a1'] }, parallel: 4, fail: ['n1'] });
    const results = await s.promise;
    expect(results.map((r) => [r.stack, r.outcome])).toEqual([
      ['n1', 'failed'],
      ['n2', 'succeeded'],
      ['a1', 'skipped'],
      ['a2', 'succeeded'],
      ['w1', 'skipped'],
    ]);
    expect(results[4].result.note).toBe('skipped: its dependency a1 skipped');
    expect(s.log).not.toContain('start a1');
  });

  it('marks stacks not yet started as cancelled once the signal aborts', async () => {
    const controller = new AbortController();
    const s = schedule({ waves: [['a', 'b'], ['c']], parallel: 1, signal: controller.signal, onStart: (x) => x === 'a' && controller.abort() });
    const results = await s.promise;
    expect(results.map((r) => [r.stack, r.outcome])).toEqual([
      ['a', 'succeeded'],
      ['b', 'cancelled'],
      ['c', 'cancelled'],
    ]);
  });

  it('prepares every runnable stack of a wave as the wave starts, outside the bound', async () => {
    const prepared: string[] = [];
    const started: string[] = [];
    await runWaves<string>({
      waves: [['n1', 'n2', 'n3'], ['a1', 'a2']],
      dependsOn: new Map([['a1', ['n1']], ['a2', ['n2']]]),
      parallel: 1,
      prepare: (s) => void prepared.push(`${s} (running: ${started.join(',') || 'none'})`),
      run: async (s) => {
        started.push(s);
        return { outcome: s === 'n1' ? 'failed' : 'succeeded', result: s };
      },
      notRun: (s) => s,
    });
    expect(prepared).toEqual(['n1 (running: none)', 'n2 (running: none)', 'n3 (running: none)', 'a2 (running: n1,n2,n3)']);
  });
});
