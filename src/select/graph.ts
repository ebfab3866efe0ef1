/** Dependency-graph helpers over project names (pure). */

/**
 * The first cycle found, as a closed walk (`[a, b, a]`), or undefined. Nodes are visited in map
 * order so the cycle named is stable from run to run.
 */
export function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const s = state.get(next);
      if (s === 'visiting') return [...stack.slice(stack.indexOf(next)), next];
      if (s === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return undefined;
}

/** Every project each project depends on, directly or through others (graph must be acyclic). */
export function transitiveDependencies(graph: Map<string, string[]>): Map<string, Set<string>> {
  const memo = new Map<string, Set<string>>();
  const walk = (node: string): Set<string> => {
    const known = memo.get(node);
    if (known) return known;
    const all = new Set<string>();
    memo.set(node, all);
    for (const dep of graph.get(node) ?? []) {
      all.add(dep);
      for (const d of walk(dep)) all.add(d);
    }
    return all;
  };
  for (const node of graph.keys()) walk(node);
  return memo;
}

/** Inverts a dependency graph: project → projects that depend on it directly. */
export function dependents(graph: Map<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>([...graph.keys()].map((k) => [k, []]));
  for (const [node, deps] of graph) for (const d of deps) out.get(d)?.push(node);
  return out;
}
