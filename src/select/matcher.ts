import { compileGlob, literalBase } from './glob.js';

/**
 * Matches many paths against many globs without testing every pair: globs are indexed by their
 * literal leading folder, so a path is only tested against globs whose folder it lies in (plus the
 * few that start with a wildcard). A glob many values share (`libs/**` in a thousand projects) is
 * one entry, tested once per path; globs are compiled the first time a path reaches them.
 */
export class GlobIndex<T> {
  private readonly byBase = new Map<string, Map<string, Entry<T>>>();

  add(glob: string, value: T): void {
    const base = literalBase(glob);
    let bucket = this.byBase.get(base);
    if (!bucket) this.byBase.set(base, (bucket = new Map()));
    const entry = bucket.get(glob);
    if (!entry) return void bucket.set(glob, { glob, values: [value] });
    // A set only for the globs many values share: most globs belong to one project.
    if (!entry.members && entry.values.length >= 16) entry.members = new Set(entry.values);
    if (entry.members ? entry.members.has(value) : entry.values.includes(value)) return;
    entry.members?.add(value);
    entry.values.push(value);
  }

  /** Calls `onMatch` once for every glob that matches `path`, with the values added under it (each once). */
  match(path: string, onMatch: (glob: string, values: readonly T[]) => void): void {
    const visit = (base: string) => {
      const bucket = this.byBase.get(base);
      if (!bucket) return;
      for (const e of bucket.values()) if ((e.test ??= compileGlob(e.glob))(path)) onMatch(e.glob, e.values);
    };
    visit('');
    let slash = path.indexOf('/');
    while (slash !== -1) {
      visit(path.slice(0, slash));
      slash = path.indexOf('/', slash + 1);
    }
    // `dir/**` also matches `dir` itself.
    visit(path);
  }
}

interface Entry<T> {
  glob: string;
  test?: (p: string) => boolean;
  values: T[];
  members?: Set<T>;
}
