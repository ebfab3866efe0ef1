import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const EXAMPLE = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../examples/unkey');

/**
 * A throwaway git repository seeded with the example infra repo (at its root, or in the folder
 * `under`); returns helpers to commit changes (paths relative to the repository root).
 */
export function exampleRepo(under = ''): {
  dir: string;
  git: (...args: string[]) => string;
  commit: (files: Record<string, string>, message: string) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'infra-repo-'));
  cpSync(EXAMPLE, join(dir, under), { recursive: true });
  return initGitRepo(dir);
}

/** A git repository in `dir` with everything in it committed as `message`; helpers to commit more. */
export function initGitRepo(
  dir: string,
  message = 'initial',
): { dir: string; git: (...args: string[]) => string; commit: (files: Record<string, string>, message: string) => string } {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', message);
  const commit = (files: Record<string, string>, message: string) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  return { dir, git, commit };
}

/**
 * A checkout as actions/checkout with fetch-depth: 0 leaves one: a clone of `origin` on `branch`,
 * every branch of origin under refs/remotes/origin/, and no local branch but `branch`.
 */
export function checkoutOf(origin: string, branch: string): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'infra-checkout-'));
  execFileSync('git', ['clone', '-q', '--branch', branch, origin, dir]);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  return { dir, git };
}
