import { relativeTo, type ChangedFile } from '../select/changes.js';
import type { GitHubEvent } from '../select/select.js';
import type { RunContext } from './event.js';
import { gitDiff } from './git-diff.js';
import { listPullRequestFiles, PR_FILES_CAP, type PullFilesClient } from './pr-files.js';

/** What the event says should be planned, ready for `makePlan`. */
export interface EventSelection {
  event?: GitHubEvent;
  ref?: string;
  changes?: ChangedFile[];
  selectAll?: string;
  projects?: string[];
  accounts?: string[];
  /** How the changes were found, for the log. */
  source: string;
}

const ZERO_SHA = /^0+$/;

type Explicit = { projects: string[]; accounts: string[] };

/**
 * Finds the changed paths for the run: the PR files API (a git diff past its 3,000-file cap), a
 * push's before..after, or the dispatch inputs. Paths come back relative to the manifest folder.
 */
export async function changesFromEvent(
  ctx: RunContext,
  client: PullFilesClient | undefined,
  manifestDir: string,
  explicit: Explicit,
): Promise<EventSelection> {
  const rel = (files: ChangedFile[]) => relativeTo(files, manifestDir);
  const ref = ctx.ref || undefined;
  switch (ctx.eventName) {
    case 'pull_request':
      return { ...(await pullRequestChanges(ctx, client, ref, rel)), ...explicitOf(explicit) };
    case 'push':
      return { ...(await pushChanges(ctx, ref, rel)), ...explicitOf(explicit) };
    case 'workflow_dispatch': {
      const inputs = ctx.payload.inputs ?? {};
      const list = (v: unknown) =>
        String(v ?? '')
          .split(/[,\s]+/)
          .filter(Boolean);
      return {
        event: 'workflow_dispatch',
        ref,
        projects: explicit.projects.length > 0 ? explicit.projects : list(inputs.projects),
        accounts: explicit.accounts.length > 0 ? explicit.accounts : list(inputs.accounts),
        source: 'workflow_dispatch inputs',
      };
    }
    case 'schedule':
      return { event: 'schedule', ref, source: 'schedule: every stack', ...explicitOf(explicit) };
    default:
      return {
        ref,
        selectAll: `${ctx.eventName || 'unknown'} event: every stack`,
        source: `${ctx.eventName} event: every stack`,
        ...explicitOf(explicit),
      };
  }
}

/** A pull request's files: the files API, or a git diff of base...head past the API's cap. */
async function pullRequestChanges(
  ctx: RunContext,
  client: PullFilesClient | undefined,
  ref: string | undefined,
  rel: (files: ChangedFile[]) => ChangedFile[],
): Promise<EventSelection> {
  const pr = ctx.payload.pull_request;
  if (!pr) throw new Error('The pull_request event payload has no pull_request; is GITHUB_EVENT_PATH the real payload?');
  const headRef = process.env.GITHUB_HEAD_REF ? `refs/heads/${process.env.GITHUB_HEAD_REF}` : ref;
  if ((pr.changed_files ?? 0) < PR_FILES_CAP && client) {
    const listed = await listPullRequestFiles(client, ctx.repository.owner, ctx.repository.repo, pr.number);
    if (!listed.capped)
      return {
        event: 'pull_request',
        ref: headRef,
        changes: rel(listed.files),
        source: `PR #${pr.number} files API (${listed.files.length} files)`,
      };
  }
  const files = await gitDiff(ctx.workspace, pr.base.sha, pr.head.sha, true);
  return {
    event: 'pull_request',
    ref: headRef,
    changes: rel(files),
    source: `git diff ${short(pr.base.sha)}...${short(pr.head.sha)} (PR #${pr.number} has ${pr.changed_files ?? 'too many'} files; the files API stops at ${PR_FILES_CAP})`,
  };
}

/** A push's before..after, or every stack for a new branch (nothing to compare with). */
async function pushChanges(
  ctx: RunContext,
  ref: string | undefined,
  rel: (files: ChangedFile[]) => ChangedFile[],
): Promise<EventSelection> {
  const { before, after } = ctx.payload;
  if (!before || !after || ZERO_SHA.test(before)) {
    return { event: 'push', ref, selectAll: 'push: new branch, no earlier commit to compare with', source: 'new branch: every stack' };
  }
  const files = await gitDiff(ctx.workspace, before, after);
  return { event: 'push', ref, changes: rel(files), source: `git diff ${short(before)}..${short(after)}` };
}

function explicitOf(explicit: Explicit): { projects?: string[]; accounts?: string[] } {
  return {
    projects: explicit.projects.length > 0 ? explicit.projects : undefined,
    accounts: explicit.accounts.length > 0 ? explicit.accounts : undefined,
  };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
