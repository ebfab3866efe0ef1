import type { Manifest } from '../manifest/types.js';
import { stackName, type StackRef } from '../manifest/naming.js';
import { transitiveDependencies } from './graph.js';

/**
 * Groups selected stacks into waves. Accounts run in manifest order (every wave of one account
 * before the next account's first); inside an account a stack's wave is one past the deepest
 * selected stack its project depends on, directly or transitively, in the same region.
 */
export function computeWaves(manifest: Manifest, selected: readonly StackRef[]): string[][] {
  const deps = transitiveDependencies(new Map(manifest.projects.map((p) => [p.name, p.dependsOn])));
  const projectOrder = new Map(manifest.projects.map((p, i) => [p.name, i]));
  const waves: string[][] = [];
  for (const account of manifest.accounts) {
    const here = selected.filter((s) => s.account === account.name);
    if (here.length === 0) continue;
    const level = new Map<string, number>();
    // By the names the stacks hold already: no key string per stack (monorepos select 100,000s).
    const byName = new Map(here.map((s) => [s.stack, s]));
    const levelOf = (s: StackRef): number => {
      const known = level.get(s.stack);
      if (known !== undefined) return known;
      let l = 0;
      for (const d of deps.get(s.project) ?? []) {
        const dep = byName.get(stackName(manifest.org, d, s.account, s.region));
        if (dep) l = Math.max(l, levelOf(dep) + 1);
      }
      level.set(s.stack, l);
      return l;
    };
    const local: StackRef[][] = [];
    for (const s of here) (local[levelOf(s)] ??= []).push(s);
    for (const wave of local) {
      if (!wave) continue;
      wave.sort(
        (a, b) =>
          projectOrder.get(a.project)! - projectOrder.get(b.project)! ||
          account.regions.indexOf(a.region) - account.regions.indexOf(b.region),
      );
      waves.push(wave.map((s) => s.stack));
    }
  }
  return waves;
}
