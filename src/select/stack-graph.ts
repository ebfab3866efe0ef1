import type { Manifest } from '../manifest/types.js';
import { stackName, type StackRef } from '../manifest/naming.js';

/** The dependency graph between selected stacks (pure): the engine's scheduler and the plan's shards share it. */

/**
 * Each selected stack's dependencies among the selected stacks (same account and region). A project
 * that is not selected is looked through: with `api → data → network` and only api and network
 * selected, api still waits for network.
 */
export function stackDependencies(manifest: Manifest, selection: { stacks: readonly StackRef[] }): Map<string, string[]> {
  const selected = new Set(selection.stacks.map((s) => s.stack));
  const dependsOn = new Map(manifest.projects.map((p) => [p.name, p.dependsOn]));
  const deps = new Map<string, string[]>();
  for (const s of selection.stacks) {
    const found = new Set<string>();
    const seen = new Set<string>();
    const visit = (project: string) => {
      for (const d of dependsOn.get(project) ?? []) {
        if (seen.has(d)) continue;
        seen.add(d);
        const name = stackName(manifest.org, d, s.account, s.region);
        if (selected.has(name)) found.add(name);
        else visit(d);
      }
    };
    visit(s.project);
    deps.set(s.stack, [...found]);
  }
  return deps;
}

/**
 * The connected components of `stacks` under `dependsOn` (edges taken both ways, edges to stacks
 * outside the list ignored): stacks that must run in one place because one waits for another.
 * Each component lists its stacks in the order given; components come in the order of their first stack.
 */
export function connectedComponents(stacks: readonly string[], dependsOn: ReadonlyMap<string, readonly string[]>): string[][] {
  const parent = new Map(stacks.map((s) => [s, s]));
  const root = (s: string): string => {
    let r = s;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Path compression: a long chain of dependencies stays cheap to walk.
    for (let x = s; x !== r;) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const s of stacks) {
    for (const d of dependsOn.get(s) ?? []) {
      if (!parent.has(d)) continue;
      const a = root(s);
      const b = root(d);
      if (a !== b) parent.set(b, a);
    }
  }
  const byRoot = new Map<string, string[]>();
  for (const s of stacks) {
    const r = root(s);
    const list = byRoot.get(r);
    if (list) list.push(s);
    else byRoot.set(r, [s]);
  }
  return [...byRoot.values()];
}
