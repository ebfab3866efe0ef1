import picomatch from 'picomatch';
import { GLOB_OPTIONS, literalBase } from './glob.js';

/** Compiled globs, shared by every index: a glob means the same thing in every selection. */
const compiled = new Map<string, (p: string) => boolean>();

/**
 * Matches many paths against many globs without testing every pair: globs are indexed by their
 * literal leading folder, so a path is only tested against globs whose folder it lies in (plus the
 * few that start with a wildcard). Identical globs are compiled once.
 */
export class GlobIndex<T> {
  private readonly byBase = new Map<string, Entry<T>[]>();

  add(glob: string, value: T): void {
    let test = compiled.get(glob);
    if (!test) {
      // dotAll: a path with a newline in it (git allows one) matches like any other character would.
      const re = picomatch.makeRe(glob, GLOB_OPTIONS);
      const anyChar = new RegExp(re.source, re.flags.includes('s') ? re.flags : `${re.flags}s`);
      test = (p: string) => anyChar.test(p);
      compiled.set(glob, test);
    }
    const base = literalBase(glob);
    const list = this.byBase.get(base) ?? [];
    list.push({ glob, test, value });
    this.byBase.set(base, list);
  }

  /** Calls `onMatch` for every (glob, value) that matches `path`. */
  match(path: string, onMatch: (glob: string, value: T) => void): void {
    const cache = new Map<string, boolean>();
    const visit = (base: string) => {
      for (const e of this.byBase.get(base) ?? []) {
        let hit = cache.get(e.glob);
        if (hit === undefined) {
          hit = e.test(path);
          cache.set(e.glob, hit);
        }
        if (hit) onMatch(e.glob, e.value);
      }
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
  test: (p: string) => boolean;
  value: T;
}
