import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { promisify } from 'node:util';
import { BadInput } from '../errors.js';
import type { Command } from '../settings/values.js';

const run = promisify(execFile);

/** The run, as far as deciding whether its accounts must come from the default branch. */
export interface TrustQuestion {
  command: Command;
  eventName: string;
  /** GITHUB_REF and GITHUB_SHA: what the event is for. */
  ref: string;
  sha: string;
  /** The action's `ref` input: the commit a promotion deploys (empty: the event's commit). */
  deployRef?: string;
  /** `repository.default_branch` from the event payload (written by the runner, not the commit). */
  defaultBranch?: string;
}

export type TrustedSource = { check: false; why: string } | { check: true; branch: string };

/**
 * Commands whose accounts and environments decide a deploy: `plan` of a branch push (its matrix
 * feeds pipeline.yml's stage slots and their `environment:`), and the writing commands always. A
 * dispatched `plan` feeds drift.yml's read-only jobs; a deploy after it checks again in `up`.
 */
function decidesDeploys(q: TrustQuestion): boolean {
  // Pull requests only preview: the engine refuses anything else there (src/engine/guards.ts), with its own message.
  if (q.eventName === 'pull_request' && q.command !== 'promote-check') return false;
  if (q.command === 'up' || q.command === 'refresh' || q.command === 'destroy' || q.command === 'promote-check') return true;
  return q.command === 'plan' && q.eventName === 'push' && q.ref.startsWith('refs/heads/');
}

/**
 * Whether this run must check its manifest's account binding against the default branch's
 * (docs/trust-model.md, "Trusted sources"). A push to the default branch deploys the default branch
 * itself: its manifest is the trusted one. Pure.
 */
export function trustedSourceFor(q: TrustQuestion): TrustedSource {
  if (!decidesDeploys(q)) return { check: false, why: `${q.command} on ${q.eventName || 'this event'} deploys nothing` };
  const branch = q.defaultBranch?.trim();
  if (!branch) {
    throw new BadInput(
      `The event payload (GITHUB_EVENT_PATH) names no repository.default_branch: ${q.command} takes the accounts, their order and GitHub environments from the manifest on the default branch and cannot tell which branch that is. The runner writes it for every push and workflow_dispatch; a step that rewrites the payload must keep it.`,
    );
  }
  if (q.eventName === 'push' && q.ref === `refs/heads/${branch}` && (!q.deployRef || q.deployRef === q.sha))
    return { check: false, why: `a push to ${branch} deploys ${branch} itself` };
  return { check: true, branch };
}

/** The manifest's text on `branch`, or which ref lacks it (a repository adopting the action). */
export type AtBranch = { text: string; ref: string } | { missing: string };

/**
 * Reads `manifestPath` as committed on `branch` from the checkout: `refs/remotes/origin/<branch>`
 * (what actions/checkout fetched from GitHub before any step of the commit ran), else the local
 * `refs/heads/<branch>`. `git cat-file blob` prints the object as stored (no filters, no textconv
 * from the commit's .gitattributes).
 */
export async function readAtBranch(manifestPath: string, branch: string): Promise<AtBranch> {
  const cwd = dirname(manifestPath);
  const git = (...args: string[]) => run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 }).then((r) => r.stdout);
  try {
    await git('rev-parse', '--show-toplevel');
  } catch (err) {
    throw new BadInput(
      `${cwd} is not a git checkout (${firstLine(err)}): deploys read the manifest on the default branch ${branch} from the checkout. Check out the repository with actions/checkout (fetch-depth: 0).`,
    );
  }
  for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
    const exists = await git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).then(
      () => true,
      () => false,
    );
    if (!exists) continue;
    try {
      return { text: await git('cat-file', 'blob', `${ref}:./${basename(manifestPath)}`), ref };
    } catch {
      return { missing: ref };
    }
  }
  throw new BadInput(
    `The checkout in ${cwd} has neither origin/${branch} nor ${branch}: deploys read the manifest on the default branch ${branch} to know the accounts and their GitHub environments. Check out with actions/checkout and fetch-depth: 0 (it fetches every branch).`,
  );
}

function firstLine(err: unknown): string {
  return String((err as { stderr?: string }).stderr || (err as Error).message)
    .trim()
    .split('\n')[0];
}
