import { realpathSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { Manifest } from './types.js';
import type { PathProblem } from './validate.js';

/**
 * Program and config folders that resolve, through symlinks, outside the manifest's folder (the
 * repository as the manifest sees it). The deployed commit controls its symlinks: a program folder
 * linked to `/home/runner/…` or another checkout would run code, or read config, from outside the
 * commit under review. Folders that do not exist are not this check's business.
 */
export function symlinkEscapes(manifest: Manifest): PathProblem[] {
  let root: string;
  try {
    root = realpathSync.native(manifest.root);
  } catch {
    return [];
  }
  const problems: PathProblem[] = [];
  manifest.projects.forEach((p, i) => {
    const folders: [string, string][] = [];
    if (p.programKind === 'repo') folders.push(['program', p.programPath]);
    if (p.programKind === 'builtin' || p.config !== p.programPath) folders.push(['config', p.config]);
    for (const [key, folder] of folders) {
      let real: string;
      try {
        real = realpathSync.native(join(manifest.root, folder));
      } catch {
        continue;
      }
      const rel = relative(root, real);
      if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) continue;
      problems.push({
        path: ['projects', i, key],
        message: `${key} folder "${folder || '.'}" resolves through a symlink to ${real}, outside the manifest's folder ${root}; point it at a real folder inside the repository`,
      });
    }
  });
  return problems;
}
