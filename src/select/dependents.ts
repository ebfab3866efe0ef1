import type { Manifest } from '../manifest/types.js';
import type { StackTable } from '../manifest/naming.js';
import { dependents } from './graph.js';
import type { StackReasons } from './stack-reasons.js';

/**
 * Rule 5: stacks whose project depends on a selected stack's project, same account and region.
 * By table index: a monorepo has 100,000s of stacks, and no name is built per dependency edge.
 */
export function addDependents(manifest: Manifest, table: StackTable, reasons: StackReasons): void {
  const projectIndex = new Map(manifest.projects.map((p, i) => [p.name, i]));
  const down = [...dependents(new Map(manifest.projects.map((p) => [p.name, p.dependsOn]))).values()].map((names) =>
    names.map((n) => projectIndex.get(n)!),
  );
  const queue: number[] = [];
  for (let i = 0; i < table.size; i++) if (reasons.has(i)) queue.push(i);
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    const below = down[table.projectOf[i]];
    if (below.length === 0) continue;
    const reason = `dependency: depends on ${table.stack(i).stack}`;
    for (const p of below) {
      const d = table.grid[p * table.cells + table.cellOf[i]];
      if (d < 0) continue;
      if (!reasons.has(d)) queue.push(d);
      reasons.add(d, reason);
    }
  }
}
