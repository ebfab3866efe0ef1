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
  try {
    picomatch.makeRe(g, GLOB_OPTIONS);
  } catch (err) {
    return { error: `"${raw}" is not a valid glob: ${(err as Error).message}` };
  }
  return { glob: g };
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
