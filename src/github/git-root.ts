import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Where the manifest's folder sits relative to the repository root, the folder changed paths are
 * written against (git and the PR files API print repo-root paths). The root is the git work tree
 * holding `manifestDir`; outside any git repository it is `fallbackRoot` (the CLI's working
 * directory, the action's workspace).
 */
export async function manifestDirInRepo(manifestDir: string, fallbackRoot: string): Promise<string> {
  const dir = await realpath(resolve(manifestDir)).catch(() => resolve(manifestDir));
  let root: string;
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir });
    root = await realpath(stdout.trim());
  } catch {
    root = await realpath(resolve(fallbackRoot)).catch(() => resolve(fallbackRoot));
  }
  return relative(root, dir).split('\\').join('/');
}
