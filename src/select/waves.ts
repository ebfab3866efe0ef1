import type { Manifest } from '../manifest/types.js';
import type { StackRef } from '../manifest/naming.js';
import { transitiveDependencies } from './graph.js';

/**
 * Groups selected stacks into waves. Accounts run in manifest order (every wave of one account
 * before the next account's first); inside an account a stack's wave is one past the deepest
 * selected stack its project depends on, directly or transitively, in the same region.
 */
export function computeWaves(manifest: Manifest, selected: readonly StackRef[]): string[][] {
  return waveGroups(manifest, selected).map((wave) => wave.map((s) => s.stack));
}

/** The waves of computeWaves, as the stacks themselves; inside a wave, in project then region order. */
export function waveGroups<T extends StackRef>(manifest: Manifest, selected: readonly T[]): T[][] {
  const deps = transitiveDependencies(new Map(manifest.projects.map((p) => [p.name, p.dependsOn])));
  const projectOrder = new Map(manifest.projects.map((p, i) => [p.name, i]));
  const byAccount = new Map<string, T[]>(manifest.accounts.map((a) => [a.name, []]));
  for (const s of selected) byAccount.get(s.account)?.push(s);
  const waves: T[][] = [];
  for (const account of manifest.accounts) {
    const here = byAccount.get(account.name)!;
    if (here.length === 0) continue;
    const regionOrder = new Map(account.regions.map((r, i) => [r, i]));
    // Each stack's place in a wave: project order, then region order.
    const rank = here.map((s) => (projectOrder.get(s.project) ?? -1) * (account.regions.length + 1) + (regionOrder.get(s.region) ?? -1));
    const level = accountLevels(here, deps);
    const local: number[][] = [];
    here.forEach((_, i) => (local[level[i]] ??= []).push(i));
    for (const wave of local) {
      if (!wave) continue;
      // Selection hands stacks over in this order already; sorting 100,000s again is not free.
      if (wave.some((x, k) => k > 0 && rank[wave[k - 1]] > rank[x])) wave.sort((a, b) => rank[a] - rank[b]);
      waves.push(wave.map((i) => here[i]));
    }
  }
  return waves;
}

/** One account's stacks' levels: 0 without a selected dependency, else one past the deepest. */
function accountLevels(here: readonly StackRef[], deps: Map<string, Set<string>>): Int32Array {
  // Region → project → position: a dependency is found by the names the stacks hold, with no key
  // string built per lookup (monorepos select 100,000s of stacks).
  const byRegion = new Map<string, Map<string, number>>();
  here.forEach((s, i) => {
    const inRegion = byRegion.get(s.region);
    if (inRegion) inRegion.set(s.project, i);
    else byRegion.set(s.region, new Map([[s.project, i]]));
  });
  const level = new Int32Array(here.length).fill(-1);
  const levelOf = (i: number): number => {
    if (level[i] >= 0) return level[i];
    const s = here[i];
    const inRegion = byRegion.get(s.region)!;
    let l = 0;
    for (const d of deps.get(s.project) ?? []) {
      const dep = inRegion.get(d);
      if (dep !== undefined) l = Math.max(l, levelOf(dep) + 1);
    }
    return (level[i] = l);
  };
  here.forEach((_, i) => levelOf(i));
  return level;
}
