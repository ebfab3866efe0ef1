import { ancestry, readStackBaselines } from '../github/baselines.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/deployments.js';
import { gitDiff } from '../github/git-diff.js';
import type { Account, Manifest } from '../manifest/types.js';
import { accountStacks, orderingProblem, selectSinceBaselines, type AccountBaseline, type Ancestry } from '../select/baseline.js';
import { relativeTo, type ChangedFile } from '../select/changes.js';
import { isWorkflowTesting, type GitHubEvent, type Selection } from '../select/select.js';
import { computeWaves } from '../select/waves.js';

/** Refused: the commit would overwrite newer work in an account (exit 1; force with a reason to roll back). */
export class OrderingError extends Error {
  override name = 'OrderingError';
}

export interface BaselineRequest {
  manifest: Manifest;
  client: GitHubClient;
  repo: RepoRef;
  /** The exact commit being deployed. */
  head: string;
  /** The checkout (git runs here). */
  workspace: string;
  /** The manifest's folder relative to the checkout (globs are rooted there). */
  manifestDir: string;
  event?: GitHubEvent;
  ref?: string;
  /** Accounts in scope (the `accounts` input); default every account (workflow-testing: the first). */
  accounts: string[];
  /** Stacks to check ordering for when the selection does not come from baselines (explicit projects). */
  only?: readonly string[];
}

/** Each account's baselines, checked for ordering: newest success per stack, and how `head` relates to it. */
export async function readBaselines(
  req: BaselineRequest,
): Promise<{ baselines: AccountBaseline[]; problems: { account: string; message: string }[] }> {
  const baselines: AccountBaseline[] = [];
  const problems: { account: string; message: string }[] = [];
  for (const { account, stacks } of baselineScope(req)) {
    const { baselines: found } = await readStackBaselines(req.client, req.repo, account.environment, stacks);
    const relation = new Map<string, Ancestry>();
    for (const sha of new Set(found.map((b) => b.sha).filter((x): x is string => !!x)))
      relation.set(sha, await ancestry(req.workspace, req.head, sha));
    const problem = orderingProblem(account.name, req.head, found, relation);
    if (problem) problems.push({ account: account.name, message: problem });
    baselines.push({ account: account.name, head: req.head, stacks: found });
  }
  return { baselines, problems };
}

type ScopeRequest = Pick<BaselineRequest, 'manifest' | 'accounts' | 'ref' | 'only'>;

/** The accounts a deploy may touch (workflow-testing: the first only) and their stacks. */
function baselineScope(req: ScopeRequest): { account: Account; stacks: string[] }[] {
  const { manifest } = req;
  let scope = req.accounts.length > 0 ? manifest.accounts.filter((a) => req.accounts.includes(a.name)) : manifest.accounts;
  if (isWorkflowTesting(req.ref)) scope = scope.filter((a) => a.name === manifest.accounts[0]!.name);
  return scope
    .map((account) => ({ account, stacks: accountStacks(manifest, account.name).filter((s) => !req.only || req.only.includes(s)) }))
    .filter((a) => a.stacks.length > 0);
}

/**
 * Baselines when GitHub Deployments cannot be read: no stack has a known last success, so every
 * stack of every account in scope deploys — slower, but no change a superseded run left is lost.
 */
export function unknownBaselines(req: ScopeRequest & { head: string }): AccountBaseline[] {
  return baselineScope(req).map(({ account, stacks }) => ({
    account: account.name,
    head: req.head,
    stacks: stacks.map((stack) => ({ stack })),
  }));
}

/** What `up` deploys: per account, the stacks `head` changes since each stack's own baseline. */
export async function selectFromBaselines(
  req: Omit<BaselineRequest, 'client' | 'repo'>,
  baselines: AccountBaseline[],
  base: Selection,
): Promise<Selection> {
  const diffs = new Map<string, ChangedFile[]>();
  const stacks = [];
  for (const b of baselines) {
    for (const sha of new Set(b.stacks.map((s) => s.sha).filter((x): x is string => !!x && x !== req.head))) {
      if (!diffs.has(sha)) diffs.set(sha, relativeTo(await gitDiff(req.workspace, sha, req.head), req.manifestDir));
    }
    stacks.push(
      ...selectSinceBaselines({
        manifest: req.manifest,
        account: b.account,
        head: req.head,
        baselines: b.stacks,
        diffs,
        event: req.event,
        ref: req.ref,
      }),
    );
  }
  const waves = computeWaves(req.manifest, stacks);
  const order = new Map(waves.flat().map((n, i) => [n, i]));
  stacks.sort((a, b) => order.get(a.stack)! - order.get(b.stack)!);
  return { ...base, stacks, waves, mode: 'any', roles: 'deploy' };
}
