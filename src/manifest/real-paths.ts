import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Manifest } from './types.js';
import type { PathProblem } from './validate.js';

/**
 * Program and config folders that resolve, through symlinks, outside the manifest's folder (the
 * repository as the manifest sees it). The deployed commit controls its symlinks: a program folder
 * linked to `/home/runner/…` or another checkout would run code, or read config, from outside the
 * commit under review. Folders that do not exist are not this check's business.
 */
export function symlinkEscapes(manifest: Manifest): PathProblem[] {
  const real = realFolders();
  const root = real(resolve(manifest.root));
  if (root === undefined) return [];
  const problems: PathProblem[] = [];
  manifest.projects.forEach((p, i) => {
    const folders: [string, string][] = [];
    if (p.programKind === 'repo') folders.push(['program', p.programPath]);
    if (p.programKind === 'builtin' || p.config !== p.programPath) folders.push(['config', p.config]);
    for (const [key, folder] of folders) {
      const target = real(resolve(manifest.root, folder));
      if (target === undefined) continue;
      const rel = relative(root, target);
      if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) continue;
      problems.push({
        path: ['projects', i, key],
        message: `${key} folder "${folder || '.'}" resolves through a symlink to ${target}, outside the manifest's folder ${root}; point it at a real folder inside the repository`,
      });
    }
  });
  return problems;
}

/**
 * Real paths of folders, one lstat per folder and its parents: a monorepo's projects share their
 * parents, and a folder that does not exist costs no exception (undefined).
 */
function realFolders(): (path: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  const real = (path: string): string | undefined => {
    if (known.has(path)) return known.get(path);
    const parent = dirname(path);
    let found: string | undefined = path;
    if (parent !== path) {
      const up = real(parent);
      const stat = up === undefined ? undefined : lstatSync(path, { throwIfNoEntry: false });
      found = !stat ? undefined : stat.isSymbolicLink() ? realOrUndefined(path) : join(up!, basename(path));
    }
    known.set(path, found);
    return found;
  };
  return real;
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}
