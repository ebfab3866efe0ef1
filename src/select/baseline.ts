import type { Manifest } from '../manifest/types.js';
import { allStacks, StackTable } from '../manifest/naming.js';
import type { ChangedFile } from './changes.js';
import { addDependents } from './dependents.js';
import { selectStacks, type GitHubEvent, type SelectedStack } from './select.js';
import { StackReasons } from './stack-reasons.js';
import { waveGroups } from './waves.js';

/**
 * Per-account baselines (docs/deploy-baselines.md): what `up` deploys to an account is what changed
 * since the last commit that succeeded there, stack by stack — not the push's before..after, so a
 * superseded or cancelled run loses nothing. Pure: the records and the diffs are read elsewhere.
 */

/** Where one stack stands in one account: the newest successful deployment that covers it. */
export interface StackBaseline {
  stack: string;
  /** The commit of that deployment; undefined when no record covers the stack (first deploy). */
  sha?: string;
  /** The deployment's id, for people. */
  deployment?: number;
}

/** One account's baselines and what a deploy of `head` selects from them. */
export interface AccountBaseline {
  account: string;
  head: string;
  stacks: StackBaseline[];
}

export interface BaselineSelectionInput {
  manifest: Manifest;
  account: string;
  head: string;
  baselines: readonly StackBaseline[];
  /** `git diff <sha>..<head>` for every distinct baseline commit. */
  diffs: ReadonlyMap<string, readonly ChangedFile[]>;
  event?: GitHubEvent;
  ref?: string;
}

const short = (sha: string) => sha.slice(0, 7);

/**
 * The account's stacks that `head` changes relative to their own baseline (selection rules 1–6 over
 * each baseline's diff), plus their dependents (rule 5), each with the baseline in its reasons.
 */
export function selectSinceBaselines(input: BaselineSelectionInput): SelectedStack[] {
  const { manifest, account } = input;
  const table = new StackTable(manifest);
  const inAccount = new Map<string, number>();
  for (let i = 0; i < table.size; i++) if (table.accountOf(i) === account) inAccount.set(table.stack(i).stack, i);
  const byStack = new Map(input.baselines.map((b) => [b.stack, b]));
  const reasons = new StackReasons(table.size);
  for (const [stack, i] of inAccount) {
    if (!byStack.get(stack)?.sha) reasons.add(i, `no successful deployment of this stack recorded in ${account}: deploying it`);
  }
  const shas = [...new Set(input.baselines.map((b) => b.sha).filter((x): x is string => !!x))];
  for (const sha of shas) {
    if (sha === input.head) continue;
    const changes = input.diffs.get(sha);
    if (!changes) throw new Error(`no diff for baseline ${sha}`);
    const picked = selectStacks({ manifest, changes, event: input.event, ref: input.ref, accounts: [account] });
    for (const s of picked.stacks) {
      const i = inAccount.get(s.stack);
      if (i === undefined || byStack.get(s.stack)?.sha !== sha) continue;
      for (const r of s.reasons) {
        if (!r.startsWith('dependency: ')) reasons.add(i, `since ${short(sha)} (last success in ${account}): ${r}`);
      }
    }
  }
  // Rule 5 across baselines: a dependent follows its selected dependency whatever its own baseline.
  addDependents(manifest, table, reasons);
  const selected: SelectedStack[] = [];
  for (const i of inAccount.values()) {
    const why = reasons.get(i);
    if (why) selected.push({ ...table.stack(i), reasons: why });
  }
  return waveGroups(manifest, selected).flat();
}

/** Every stack of the account (the stacks a successful baseline deploy leaves at `head`). */
export function accountStacks(manifest: Manifest, account: string): string[] {
  return allStacks(manifest)
    .filter((s) => s.account === account)
    .map((s) => s.stack);
}

/** How the commit under deployment relates to a baseline commit, from `git merge-base --is-ancestor`. */
export type Ancestry = 'same' | 'descendant' | 'older' | 'diverged';

/**
 * Refuses what would overwrite newer work: a head older than (an ancestor of) a commit that already
 * succeeded in the account, or one that does not descend from it. Returns the message, or undefined.
 */
export function orderingProblem(
  account: string,
  head: string,
  baselines: readonly StackBaseline[],
  ancestry: ReadonlyMap<string, Ancestry>,
): string | undefined {
  for (const b of baselines) {
    if (!b.sha) continue;
    const a = ancestry.get(b.sha);
    if (a === 'older') {
      return `a newer commit, ${short(b.sha)} (deployment #${b.deployment}), already succeeded in ${account} for ${b.stack}; deploying ${short(head)} would overwrite it with older code. Nothing was deployed. To roll back on purpose, run again with force: true and a reason.`;
    }
    if (a === 'diverged') {
      return `${short(head)} does not descend from ${short(b.sha)}, the last commit that succeeded in ${account} for ${b.stack} (deployment #${b.deployment}); deploying it would drop that commit's changes. Nothing was deployed. Merge it first, or roll back on purpose with force: true and a reason.`;
    }
  }
  return undefined;
}
