import type { Manifest } from '../manifest/types.js';
import { StackTable, type StackRef } from '../manifest/naming.js';
import { touchedPaths, type ChangedFile } from './changes.js';
import { addDependents } from './dependents.js';
import { matchPaths } from './path-rules.js';
import { StackReasons } from './stack-reasons.js';
import { waveGroups } from './waves.js';

export type GitHubEvent = 'pull_request' | 'push' | 'workflow_dispatch' | 'schedule';
export const EVENTS: readonly GitHubEvent[] = ['pull_request', 'push', 'workflow_dispatch', 'schedule'];

/** The branch whose runs may only ever touch the first account (sandbox). */
export const WORKFLOW_TESTING_BRANCH = 'workflow-testing';

export interface SelectionInput {
  manifest: Manifest;
  /** The change; undefined when there is none to compare (dispatch, schedule, a laptop). */
  changes?: readonly ChangedFile[];
  event?: GitHubEvent;
  /** Branch or tag: `workflow-testing` or `refs/heads/workflow-testing` limits the run to sandbox. */
  ref?: string;
  /** Explicit account names (dispatch input, `--account`). */
  accounts?: readonly string[];
  /** Explicit project names (dispatch input, `--project`): selects exactly these. */
  projects?: readonly string[];
  /** Select every stack, for this reason (a push that cannot be diffed, e.g. a new branch). */
  selectAll?: string;
  /** Read-only run (drift checks): the preview role pair, as on pull requests. */
  readOnly?: boolean;
}

export interface SelectedStack extends StackRef {
  /** Why it was selected: the paths and rules, or the dependency, or the request. */
  reasons: string[];
}

export interface Selection {
  /** Selected stacks in plan order (wave by wave; the engine starts each as its dependencies succeed). */
  stacks: SelectedStack[];
  /** Stack names grouped into waves that may run in parallel; waves run one after another. */
  waves: string[][];
  /** `preview` on pull requests; otherwise the caller's command decides. */
  mode: 'preview-only' | 'any';
  /** Which role pair the chain uses. */
  roles: 'deploy' | 'preview';
  /** Bad input (unknown account or project): nothing may run when non-empty. */
  errors: string[];
  warnings: string[];
}

/**
 * Selects and orders the stacks a change affects (docs/design.md, "Selection rules" 1–7). Pure: no I/O.
 */
export function selectStacks(input: SelectionInput): Selection {
  const { manifest } = input;
  const errors: string[] = [];
  const warnings: string[] = [];
  const usePreviewRoles = (input.event === 'pull_request' || input.readOnly === true) && manifest.previewRoles !== undefined;
  const table = new StackTable(manifest, usePreviewRoles ? manifest.previewRoles : manifest.deployRoles);
  const want = {
    accounts: checkNames(
      input.accounts,
      manifest.accounts.map((a) => a.name),
      'account',
      errors,
    ),
    projects: checkNames(
      input.projects,
      manifest.projects.map((p) => p.name),
      'project',
      errors,
    ),
  };
  const reasons = chooseStacks(input, table, want, warnings);

  let selected: SelectedStack[] = [];
  for (let i = 0; i < table.size; i++) {
    const why = reasons.get(i);
    if (why) selected.push({ ...table.stack(i), reasons: why });
  }
  if (want.accounts && !want.projects) selected = selected.filter((s) => want.accounts!.includes(s.account));
  if (isWorkflowTesting(input.ref)) {
    const first = manifest.accounts[0].name;
    const dropped = [...new Set(selected.filter((s) => s.account !== first).map((s) => s.account))];
    if (dropped.length > 0) warnings.push(`${WORKFLOW_TESTING_BRANCH} runs only touch ${first}; left out: ${dropped.join(', ')}`);
    selected = selected.filter((s) => s.account === first);
  }
  if (errors.length > 0) selected = [];

  const groups = waveGroups(manifest, selected);
  return {
    stacks: groups.flat(),
    waves: groups.map((wave) => wave.map((s) => s.stack)),
    mode: input.event === 'pull_request' ? 'preview-only' : 'any',
    roles: usePreviewRoles ? 'preview' : 'deploy',
    errors,
    warnings,
  };
}

/**
 * Which rule decides, and the stacks it picks with why: explicit projects (rule 7), a select-all
 * reason, the change (rules 1–5), or a dispatch/schedule/explicit accounts selecting every stack.
 */
function chooseStacks(
  input: SelectionInput,
  table: StackTable,
  want: { accounts?: string[]; projects?: string[] },
  warnings: string[],
): StackReasons {
  const reasons = new StackReasons(table.size);
  const { accounts, projects } = want;
  const inScope = (account: string) => !accounts || accounts.includes(account);
  if (projects && projects.length > 0) {
    // Rule 7: explicit inputs select exactly what they name, nothing more.
    input.manifest.projects.forEach((p, project) => {
      if (!projects.includes(p.name)) return;
      for (const i of table.stacksOf(project)) {
        const account = table.accountOf(i);
        if (inScope(account)) reasons.add(i, `requested: project ${p.name}${accounts ? `, account ${account}` : ''}`);
      }
    });
  } else if (input.selectAll) {
    const why = input.selectAll;
    everyStack(table, reasons, () => why);
  } else if (input.changes) {
    // A given change decides on every event, dispatch and schedule included (the changed-files input).
    matchPaths(input.manifest, table, touchedPaths(input.changes), warnings, reasons);
    addDependents(input.manifest, table, reasons);
  } else if (input.event === 'workflow_dispatch' || input.event === 'schedule' || accounts) {
    everyStack(table, reasons, (account) => {
      if (!inScope(account)) return undefined;
      return input.event === 'schedule' ? 'schedule: every stack' : accounts ? `requested: account ${account}` : 'requested: every stack';
    });
  }
  return reasons;
}

/** Selects every stack whose account has a reason; an account's stacks share one list (a monorepo has 100,000s). */
function everyStack(table: StackTable, reasons: StackReasons, why: (account: string) => string | undefined): void {
  const lists = new Map<string, string[] | undefined>();
  for (let i = 0; i < table.size; i++) {
    const account = table.accountOf(i);
    if (!lists.has(account)) {
      const reason = why(account);
      lists.set(account, reason === undefined ? undefined : [reason]);
    }
    const list = lists.get(account);
    if (list) reasons.share(i, list);
  }
}

export function isWorkflowTesting(ref: string | undefined): boolean {
  return ref === WORKFLOW_TESTING_BRANCH || ref === `refs/heads/${WORKFLOW_TESTING_BRANCH}`;
}

function checkNames(given: readonly string[] | undefined, known: string[], what: string, errors: string[]): string[] | undefined {
  if (!given || given.length === 0) return undefined;
  for (const name of given) {
    if (!known.includes(name)) errors.push(`unknown ${what} "${name}"; the manifest declares: ${known.join(', ')}`);
  }
  return given.filter((n) => known.includes(n));
}
