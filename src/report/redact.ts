import type { RunResult } from '../engine/types.js';

/** Secrets shorter than this are not redacted: replacing "a" or "on" everywhere would garble text. */
const MIN_SECRET = 4;

/**
 * Replaces every occurrence of the given secret values in a run's text with `***`. The runner
 * masks registered secrets in logs only; a PR comment, a job summary and step outputs are not
 * masked by GitHub, so the report masks them itself before rendering anything.
 */
export function redactRun(run: RunResult, secrets: readonly string[]): RunResult {
  const values = [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= MIN_SECRET))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return run;
  const scrub = (text: string) => values.reduce((t, v) => t.split(v).join('***'), text);
  const deep = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(deep);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [scrub(k), deep(x)]));
    return v;
  };
  return deep(run) as RunResult;
}
