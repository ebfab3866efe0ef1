import type { RunResult, StackResult } from './types.js';

const MARK: Record<StackResult['status'], string> = { succeeded: 'ok', failed: 'FAILED', skipped: 'skipped', cancelled: 'cancelled' };
const SIGN: Record<string, string> = { create: '+', update: '~', replace: '+-', delete: '-', refresh: 'r', import: '=' };

/** Counts as `+2 ~1 +-1 -0`, `no changes` when nothing changes. */
export function countsText(r: StackResult): string {
  const parts = Object.entries(r.counts)
    .filter(([op, n]) => SIGN[op] && (n ?? 0) > 0)
    .map(([op, n]) => `${SIGN[op]}${n}`);
  return parts.length ? parts.join(' ') : 'no changes';
}

/** A plain-text summary for logs and the CLI; the reporting renderers do the rich views. */
export function renderRunText(run: RunResult): string {
  const lines = [`${run.operation}: ${run.stacks.length} stack${run.stacks.length === 1 ? '' : 's'}`];
  for (const r of run.stacks) {
    const detail = r.status === 'succeeded' ? `${countsText(r)} (${(r.durationMs / 1000).toFixed(1)}s${r.attempts > 1 ? `, ${r.attempts} attempts` : ''})` : (r.error ?? '').split('\n')[0];
    lines.push(`  ${MARK[r.status].padEnd(9)} ${r.stack}  ${detail}`);
    for (const c of r.changes) lines.push(`      ${c.op} ${c.type} ${c.name}${c.diffKeys.length ? ` [${c.diffKeys.join(', ')}]` : ''}${c.replaceKeys.length ? ` replace: ${c.replaceKeys.join(', ')}` : ''}`);
  }
  for (const status of ['failed', 'skipped', 'cancelled', 'succeeded'] as const) {
    const names = run.stacks.filter((s) => s.status === status).map((s) => s.stack);
    if (names.length) lines.push(`${status} (${names.length}): ${names.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
