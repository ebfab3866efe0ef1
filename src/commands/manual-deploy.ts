import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import type { CliSettings } from '../cli-args.js';
import type { ManualRun, RepoRef } from '../github/deployments.js';
import type { Manifest } from '../manifest/types.js';
import { gitHubClient, type RecordContext } from '../promote/record-deployments.js';

/**
 * The manual path: `infra-action up` outside GitHub Actions (a laptop during an incident). It warns
 * when the checkout is not what main describes (uncommitted changes, HEAD not on the default
 * branch) and, when a token and the repository are known, records the run as a GitHub deployment
 * per account (who, which commit, which stacks), so the next drift run can name it.
 */

type Git = (...args: string[]) => string | undefined;

function gitIn(dir: string): Git {
  return (...args) => {
    try {
      return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
}

/** `owner/name` from a GitHub remote URL (https, ssh, git@host:owner/name.git). */
export function repoFromRemote(url: string | undefined): RepoRef | undefined {
  const m = /^(?:https?:\/\/(?:[^@/]+@)?[^/]+\/|ssh:\/\/(?:[^@/]+@)?[^/]+\/|[^@/]+@[^:/]+:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
    (url ?? '').trim(),
  );
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

/** The default branch as a remote ref (`origin/main`), from origin's HEAD, else origin/main or origin/master when present. */
function defaultBranch(git: Git): string | undefined {
  const head = git('symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD');
  if (head) return head;
  return ['origin/main', 'origin/master'].find((b) => git('rev-parse', '--verify', '--quiet', `${b}^{commit}`) !== undefined);
}

/** Whether `sha` is on `branch` (git merge-base --is-ancestor): true, false, or null when git cannot say. */
function isAncestor(dir: string, sha: string, branch: string): boolean | null {
  try {
    execFileSync('git', ['merge-base', '--is-ancestor', sha, branch], { cwd: dir, stdio: 'ignore' });
    return true;
  } catch (err) {
    return (err as { status?: number }).status === 1 ? false : null;
  }
}

/**
 * What a laptop `up` records, with its warnings; undefined inside GitHub Actions (the workflow
 * records its own deployments). A deployment needs a token and the repository: without them the
 * run goes on with a warning saying how to record it.
 */
export async function manualRecordContext(
  settings: CliSettings,
  manifest: Manifest,
  warn: (m: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RecordContext | undefined> {
  if (env.GITHUB_ACTIONS === 'true') return undefined;
  const dir = dirname(manifest.file);
  const git = gitIn(dir);
  const sha = git('rev-parse', 'HEAD');
  if (!sha) {
    warn(`${dir} is not a git checkout: this manual up cannot say which commit it deploys, and is not recorded as a GitHub deployment.`);
    return undefined;
  }
  const dirty = (git('status', '--porcelain') ?? '') !== '';
  if (dirty)
    warn('The working tree has uncommitted changes: this up deploys code that is on no commit, and the next drift check will report it.');
  const branch = defaultBranch(git);
  const onDefaultBranch = branch ? isAncestor(dir, sha, branch) : null;
  if (onDefaultBranch === false)
    warn(
      `HEAD (${sha.slice(0, 7)}) is not a commit on ${branch}: the pipeline will deploy ${branch} over it, and the next drift check will report the difference. Merge it first if it should stay.`,
    );
  if (onDefaultBranch === null)
    warn('Cannot tell whether HEAD is on the default branch (no origin/HEAD, origin/main or origin/master): fetch first.');
  const name = git('config', 'user.name');
  const email = git('config', 'user.email');
  const actor = settings.actor ?? (name ? `${name}${email ? ` <${email}>` : ''}` : userInfo().username);
  const manual: ManualRun = { actor, dirty, onDefaultBranch };
  const token = settings.githubToken ?? env.GITHUB_TOKEN;
  const repo = settings.repo
    ? { owner: settings.repo.split('/')[0]!, repo: settings.repo.split('/')[1]! }
    : repoFromRemote(git('remote', 'get-url', 'origin'));
  if (!token || !repo) {
    warn(
      `This manual up is not recorded as a GitHub deployment: ${!token ? 'set GITHUB_TOKEN or pass --github-token' : 'pass --repo owner/name (origin is not a GitHub remote)'} so it shows on the repository's Environments page and drift issues can name it.`,
    );
    return undefined;
  }
  return { client: await gitHubClient(token, warn), repo, sha, manual, warn };
}
