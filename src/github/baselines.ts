import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { StackBaseline, Ancestry } from '../select/baseline.js';
import type { GitHubClient } from './client.js';
import type { DeploymentRecord, RepoRef } from './deployments.js';

const run = promisify(execFile);

/** How many deployments of one environment are read, newest first, looking for each stack's last success. */
const MAX_RECORDS = 300;

/** The stacks a record says are at its commit: `covers` (newer records), else the stacks it ran. */
export function coveredStacks(record: Pick<DeploymentRecord, 'payload'>): string[] {
  const p = record.payload as { covers?: unknown; stacks?: unknown };
  const list = Array.isArray(p.covers) ? p.covers : Array.isArray(p.stacks) ? p.stacks : [];
  return list.filter((s): s is string => typeof s === 'string');
}

/**
 * Each stack's newest successful deployment in one environment, read newest first and stopping as
 * soon as every stack has one (or after MAX_RECORDS). A failed or unfinished record covers nothing.
 */
export async function readStackBaselines(
  client: GitHubClient,
  repo: RepoRef,
  environment: string,
  stacks: readonly string[],
): Promise<{ baselines: StackBaseline[]; newest?: DeploymentRecord }> {
  const found = new Map<string, StackBaseline>();
  let read = 0;
  let newest: DeploymentRecord | undefined;
  for await (const page of client.paginate.iterator(client.rest.repos.listDeployments, { ...repo, environment, per_page: 100 })) {
    for (const d of page.data) {
      const statuses = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
      const record: DeploymentRecord = {
        id: d.id,
        sha: d.sha,
        ref: d.ref,
        environment: d.environment ?? environment,
        createdAt: d.created_at,
        payload: (typeof d.payload === 'object' && d.payload !== null ? d.payload : {}) as DeploymentRecord['payload'],
        state: statuses.data[0]?.state as DeploymentRecord['state'],
      };
      newest ??= record;
      if (record.state === 'success') {
        for (const s of coveredStacks(record))
          if (stacks.includes(s) && !found.has(s)) found.set(s, { stack: s, sha: record.sha.toLowerCase(), deployment: record.id });
      }
      if (++read >= MAX_RECORDS || stacks.every((s) => found.has(s)))
        return { baselines: stacks.map((s) => found.get(s) ?? { stack: s }), newest };
    }
  }
  return { baselines: stacks.map((s) => found.get(s) ?? { stack: s }), newest };
}

/** `git merge-base --is-ancestor` both ways, in the checkout. */
export async function ancestry(cwd: string, head: string, base: string): Promise<Ancestry> {
  if (head === base) return 'same';
  await ensureCommit(cwd, base);
  if (await isAncestor(cwd, base, head)) return 'descendant';
  if (await isAncestor(cwd, head, base)) return 'older';
  return 'diverged';
}

async function isAncestor(cwd: string, a: string, b: string): Promise<boolean> {
  try {
    await run('git', ['merge-base', '--is-ancestor', a, b], { cwd });
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 1) return false;
    throw err;
  }
}

async function ensureCommit(cwd: string, sha: string): Promise<void> {
  try {
    await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd });
  } catch {
    throw new Error(
      `Commit ${sha}, the last one that succeeded in this account, is not in the checkout at ${cwd}. ` +
        'Deploys diff from it: use actions/checkout with fetch-depth: 0.',
    );
  }
}
