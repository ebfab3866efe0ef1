import picomatch from 'picomatch';

/** Options shared by every glob we compile: dotfiles match (`.github/**` is a common trigger). */
export const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true };

/**
 * Checks a manifest glob and returns it normalised, or the reason it is unusable.
 * A trailing `/` means "everything below" (`network/` → `network/**`); a leading `./` is dropped.
 */
export function normalizeGlob(raw: string): { glob: string } | { error: string } {
  let g = raw.trim();
  if (g === '') return { error: 'empty glob' };
  if (g.includes('\\')) return { error: `"${raw}" uses a backslash; globs use forward slashes (services/api/**)` };
  if (g.startsWith('/')) return { error: `"${raw}" is absolute; globs are relative to the manifest's folder (drop the leading /)` };
  while (g.startsWith('./')) g = g.slice(2);
  if (g.split('/').includes('..'))
    return { error: `"${raw}" leaves the repository with ".."; globs are relative to the manifest's folder` };
  const unbalanced = findUnbalanced(g);
  if (unbalanced) return { error: `"${raw}" has an unbalanced "${unbalanced}"` };
  if (g.endsWith('/')) g += '**';
  if (g.length > MAX_GLOB_LENGTH)
    return { error: `"${raw.slice(0, 40)}…" is ${g.length} characters; a glob may have at most ${MAX_GLOB_LENGTH}` };
  // Literal characters with `*` and `?` cannot be misread: those compile when a path first reaches
  // them (a monorepo manifest has 100,000s of globs). Ranges, braces and extglobs compile now.
  if (!SYNTAX.test(g)) return { glob: g };
  try {
    compileGlob(g);
  } catch (err) {
    return { error: `"${raw}" is not a valid glob: ${(err as Error).message}` };
  }
  return { glob: g };
}

/** picomatch's own limit. */
const MAX_GLOB_LENGTH = 65536;
const SYNTAX = /[[\]{}()!+@]/;

/** Compiled globs, shared by validation and every index: a glob means the same thing everywhere. */
const compiled = new Map<string, (path: string) => boolean>();

/** A glob's matcher; throws, saying why, for a glob that can never match (picomatch reads `[z-a]` so). */
export function compileGlob(glob: string): (path: string) => boolean {
  let test = compiled.get(glob);
  if (!test) {
    const re = picomatch.makeRe(glob, GLOB_OPTIONS);
    if (re.source === '$^')
      throw new Error('it can never match a path (an inverted range such as [z-a], or a brace picomatch cannot expand)');
    // dotAll: a path with a newline in it (git allows one) matches like any other character would.
    const anyChar = new RegExp(re.source, re.flags.includes('s') ? re.flags : `${re.flags}s`);
    test = (path: string) => anyChar.test(path);
    compiled.set(glob, test);
  }
  return test;
}

function findUnbalanced(g: string): string | undefined {
  const pairs: Record<string, string> = { ']': '[', '}': '{', ')': '(' };
  const stack: string[] = [];
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[' || c === '{' || c === '(') stack.push(c);
    else if (c === ']' || c === '}' || c === ')') {
      if (stack.pop() !== pairs[c]) return c;
    }
  }
  return stack.pop();
}

/** A folder name as a glob that matches it literally: `svc[1]` is a folder here, not a character class. */
export function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

/**
 * The literal folder a glob starts with (`services/api/**` → `services/api`), used to index globs
 * so each changed path is only tested against globs that could match it.
 */
export function literalBase(glob: string): string {
  // Up to the folder of the first wildcard, or of the last segment: a file-name pattern is never
  // part of the base, even when literal.
  const wildcard = glob.search(WILDCARD);
  const slash = glob.lastIndexOf('/', wildcard === -1 ? glob.length : wildcard);
  return slash === -1 ? '' : glob.slice(0, slash);
}

const WILDCARD = /[*?[\]{}()!+@]/;
