import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseChangedFiles, type ChangedFile } from '../select/changes.js';

const run = promisify(execFile);

/**
 * `git diff --name-status` between two refs, in `cwd`. `threeDot` diffs from the merge base (what
 * a PR changes); otherwise the two commits directly (what a push changed).
 */
export async function gitDiff(cwd: string, base: string, head: string, threeDot = false): Promise<ChangedFile[]> {
  const range = threeDot ? `${base}...${head}` : `${base}..${head}`;
  try {
    const { stdout } = await run('git', ['-c', 'core.quotePath=true', 'diff', '--name-status', '--no-renames', range], {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
    });
    return parseChangedFiles(stdout);
  } catch (err) {
    const stderr = String((err as { stderr?: string }).stderr ?? (err as Error).message).trim();
    throw new Error(
      `Could not diff ${range} in ${cwd}: ${stderr.split('\n')[0]}. ` +
        'Both commits must be in the checkout: use actions/checkout with fetch-depth: 0 (or fetch the base commit).',
    );
  }
}
