import type { RunResult } from '../engine/types.js';
import { stripAnsi } from './escape.js';
import { summarizeStack, type ReportContext } from './model.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  /** Shown as the annotation's title: the stack it is about. */
  title: string;
  message: string;
}

/** GitHub shows at most 10 error and 10 warning annotations per step; the rest would be lost. */
const PER_LEVEL = 10;

/**
 * Annotations for the run, named by stack: failures and error diagnostics as errors, warnings
 * and production deletes/replacements as warnings. Plain text (annotations are not Markdown).
 */
export function annotationsFor(run: RunResult, ctx: Pick<ReportContext, 'productionAccounts'> = {}): Annotation[] {
  const errors: Annotation[] = [];
  const warnings: Annotation[] = [];
  for (const s of run.stacks) {
    const title = s.stack;
    if (s.status === 'failed' || s.status === 'cancelled')
      errors.push({ level: 'error', title, message: clean(s.error ?? `${s.operation} ${s.status}`) });
    for (const d of s.diagnostics) {
      if (d.severity === 'error' && clean(d.message) !== clean(s.error ?? ''))
        errors.push({ level: 'error', title, message: clean(d.message) });
      if (d.severity === 'warning') warnings.push({ level: 'warning', title, message: clean(d.message) });
    }
    const row = summarizeStack(s, ctx);
    if (row.destructiveInProduction)
      warnings.push({
        level: 'warning',
        title,
        message: `${s.operation} deletes ${row.delete} and replaces ${row.replace} resource(s) in production account ${s.account}`,
      });
  }
  const cap = (list: Annotation[]) =>
    list.length <= PER_LEVEL
      ? list
      : [
          ...list.slice(0, PER_LEVEL - 1),
          { ...list[0], title: 'infra-action', message: `${list.length - PER_LEVEL + 1} more ${list[0].level}s: see the job summary` },
        ];
  return [...cap(errors), ...cap(warnings)];
}

function clean(text: string): string {
  const t = stripAnsi(text).trim();
  return t.length > 2000 ? `${t.slice(0, 2000)}…` : t;
}
