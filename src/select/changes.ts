import { posix } from 'node:path';

/**
 * Changed paths from any of the sources we accept: plain paths, `git diff --name-status` lines
 * (`M\tpath`, `D\tpath`, `R100\told\tnew`), or the PR files API. Deleted and renamed files count
 * by their old and their new path (selection rule 4).
 */

export interface ChangedFile {
  path: string;
  /** For renames and copies: the path before. */
  previous?: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'changed';
}

/** git's name-status letters. */
export const NAME_STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
  U: 'changed',
  X: 'changed',
};

/** Parses one path a line, or name-status lines; blank lines are ignored. */
export function parseChangedFiles(text: string): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '') continue;
    const fields = rawLine.split('\t');
    const code = fields[0].trim();
    if (fields.length >= 2 && /^[AMDRCTUX]\d*$/.test(code)) {
      const status = NAME_STATUS[code[0]];
      if ((status === 'renamed' || status === 'copied') && fields.length >= 3) {
        out.push({ status, previous: normalizePath(unquote(fields[1])), path: normalizePath(unquote(fields[2])) });
      } else {
        out.push({ status, path: normalizePath(unquote(fields[1])) });
      }
    } else {
      out.push({ status: 'modified', path: normalizePath(unquote(rawLine.trim())) });
    }
  }
  return out;
}

/** Every path a change touches: old and new names alike, without duplicates. */
export function touchedPaths(files: readonly ChangedFile[]): string[] {
  const set = new Set<string>();
  for (const f of files) {
    set.add(f.path);
    if (f.previous) set.add(f.previous);
  }
  return [...set];
}

export function normalizePath(p: string): string {
  let s = p.replace(/\\/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  return s.replace(/^\/+/, '');
}

/** Undoes git's C-style quoting of unusual paths (`"dir/na\303\257ve.txt"`). */
function unquote(s: string): string {
  if (!(s.length >= 2 && s.startsWith('"') && s.endsWith('"'))) return s;
  const bytes: number[] = [];
  const body = s.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Repository-root paths (what git and the PR files API print) → paths relative to the manifest's
 * folder `dir` (itself relative to the repository root), where the manifest's globs are rooted.
 */
export function relativeTo(files: ChangedFile[], dir: string): ChangedFile[] {
  const d = posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (d === '' || d === '.') return files;
  const map = (p: string) => posix.relative(d, p);
  return files.map((f) => ({ ...f, path: map(f.path), ...(f.previous ? { previous: map(f.previous) } : {}) }));
}

/**
 * A note when every changed path lies outside the manifest's folder (`dir`, repo-relative): nothing
 * is selected, which is right for a change elsewhere in a monorepo, and also what paths written
 * against the manifest's folder instead of the repository root get.
 */
export function outsideManifestNote(relative: readonly ChangedFile[], dir: string): string | undefined {
  const outside = (p: string | undefined) => p === undefined || p.startsWith('../');
  if (dir === '' || dir === '.' || relative.length === 0) return undefined;
  if (!relative.every((f) => outside(f.path) && outside(f.previous))) return undefined;
  const asGiven = posix.join(dir, relative[0].path);
  return `none of the ${relative.length} changed paths lies under ${dir}/, the manifest's folder in the repository, so they select nothing; changed paths are read from the repository root, as git prints them (${asGiven} would be ${dir}/${asGiven})`;
}
