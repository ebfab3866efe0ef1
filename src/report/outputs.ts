import type { RunResult } from '../engine/types.js';
import { stripAnsi } from './escape.js';
import { summarizeStack, type ReportContext } from './model.js';

/** The step outputs the report sets (`comment-url` is added by whoever writes the comment). */
export interface ReportOutputs {
  'has-changes': 'true' | 'false';
  'summary-json': string;
}

/**
 * Machine-readable results: one entry per stack with its counts and its stack outputs (secret
 * values already `[secret]`, so later steps can read e.g. a service URL), no diffs.
 */
export function reportOutputs(run: RunResult, ctx: Pick<ReportContext, 'productionAccounts'> = {}): ReportOutputs {
  const stacks = run.stacks.map((s) => {
    const r = summarizeStack(s, ctx);
    return {
      stack: s.stack,
      project: s.project,
      account: s.account,
      region: s.region,
      operation: s.operation,
      status: s.status,
      create: r.create,
      update: r.update,
      delete: r.delete,
      replace: r.replace,
      changed: r.changed,
      durationMs: s.durationMs,
      outputs: s.outputs,
      ...(s.newStack ? { newStack: true } : {}),
      ...(s.error ? { error: stripAnsi(s.error) } : {}),
    };
  });
  return {
    'has-changes': stacks.some((s) => s.changed) ? 'true' : 'false',
    'summary-json': JSON.stringify({
      operation: run.operation,
      ok: run.ok,
      stacks,
      ...(run.chainFailures?.length
        ? { chainFailures: run.chainFailures.map((f) => ({ ...f, explanation: stripAnsi(f.explanation) })) }
        : {}),
    }),
  };
}
