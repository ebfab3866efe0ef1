import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BadInput } from '../errors.js';
import { NAME_STATUS, normalizePath, type ChangedFile } from '../select/changes.js';

const run = promisify(execFile);

/**
 * `git diff --name-status` between two refs, in `cwd`. `threeDot` diffs from the merge base (what
 * a PR changes); otherwise the two commits directly (what a push changed).
 */
export async function gitDiff(cwd: string, base: string, head: string, threeDot = false): Promise<ChangedFile[]> {
  const range = threeDot ? `${base}...${head}` : `${base}..${head}`;
  try {
    const { stdout } = await run('git', ['diff', '--name-status', '--no-renames', '-z', range], { cwd, maxBuffer: 256 * 1024 * 1024 });
    return parseNameStatusZ(stdout);
  } catch (err) {
    const stderr = String((err as { stderr?: string }).stderr ?? (err as Error).message).trim();
    const message =
      `Could not diff ${range} in ${cwd}: ${stderr.split('\n')[0]}. ` +
      'Both commits must be in the checkout: use actions/checkout with fetch-depth: 0 (or fetch the base commit).';
    // A ref git does not know is the caller's to fix (--base/--head, a shallow checkout); anything else failed.
    if (/unknown revision|bad revision|ambiguous argument|invalid symmetric difference|bad object|not a git repository/i.test(stderr))
      throw new BadInput(message);
    throw new Error(message);
  }
}

/** `git diff --name-status -z` output: status and path NUL-separated, paths verbatim (no quoting). */
function parseNameStatusZ(out: string): ChangedFile[] {
  const fields = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = NAME_STATUS[fields[i][0]];
    if (status) files.push({ status, path: normalizePath(fields[i + 1]) });
  }
  return files;
}
