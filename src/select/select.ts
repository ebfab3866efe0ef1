import type { Manifest } from '../manifest/types.js';
import { allStacks, globalConfigFile, stackConfigFile, type StackRef } from '../manifest/naming.js';
import { touchedPaths, type ChangedFile } from './changes.js';
import { dependents } from './graph.js';
import { GlobIndex } from './matcher.js';
import { hasControls, showControls } from '../report/escape.js';
import { computeWaves } from './waves.js';

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
  /** Selected stacks in run order (wave by wave). */
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

/** How many paths a stack lists per rule before summarising the rest. */
const MAX_PATH_REASONS = 10;

/**
 * Selects and orders the stacks a change affects (docs/design.md, "Selection rules" 1–7). Pure: no I/O.
 */
export function selectStacks(input: SelectionInput): Selection {
  const { manifest } = input;
  const errors: string[] = [];
  const warnings: string[] = [];
  const usePreviewRoles = (input.event === 'pull_request' || input.readOnly === true) && manifest.previewRoles !== undefined;
  const candidates = allStacks(manifest, usePreviewRoles ? manifest.previewRoles : manifest.deployRoles);

  const accountNames = manifest.accounts.map((a) => a.name);
  const projectNames = manifest.projects.map((p) => p.name);
  const wantAccounts = checkNames(input.accounts, accountNames, 'account', errors);
  const wantProjects = checkNames(input.projects, projectNames, 'project', errors);

  const reasons = new Map<string, string[]>();
  const morePaths = new Map<string, number>();
  const add = (stack: string, reason: string) => {
    const list = reasons.get(stack) ?? [];
    if (list.includes(reason)) return;
    if (isPathReason(reason) && list.filter(isPathReason).length >= MAX_PATH_REASONS) {
      morePaths.set(stack, (morePaths.get(stack) ?? 0) + 1);
      return;
    }
    list.push(reason);
    reasons.set(stack, list);
  };

  if (wantProjects && wantProjects.length > 0) {
    // Rule 7: explicit inputs select exactly what they name, nothing more.
    for (const s of candidates) {
      if (wantProjects.includes(s.project) && (!wantAccounts || wantAccounts.includes(s.account))) {
        add(s.stack, `requested: project ${s.project}${wantAccounts ? `, account ${s.account}` : ''}`);
      }
    }
  } else if (input.selectAll) {
    for (const s of candidates) add(s.stack, input.selectAll);
  } else if (input.changes) {
    // A given change decides on every event, dispatch and schedule included (the changed-files input).
    selectByPaths(manifest, candidates, touchedPaths(input.changes), add, warnings);
    addDependents(manifest, candidates, reasons);
  } else if (input.event === 'workflow_dispatch' || input.event === 'schedule' || wantAccounts) {
    for (const s of candidates) {
      if (wantAccounts && !wantAccounts.includes(s.account)) continue;
      add(s.stack, input.event === 'schedule' ? 'schedule: every stack' : wantAccounts ? `requested: account ${s.account}` : 'requested: every stack');
    }
  }

  let selected = candidates.filter((s) => reasons.has(s.stack));
  if (wantAccounts && !wantProjects) selected = selected.filter((s) => wantAccounts.includes(s.account));
  if (isWorkflowTesting(input.ref)) {
    const first = manifest.accounts[0].name;
    const dropped = [...new Set(selected.filter((s) => s.account !== first).map((s) => s.account))];
    if (dropped.length > 0) warnings.push(`${WORKFLOW_TESTING_BRANCH} runs only touch ${first}; left out: ${dropped.join(', ')}`);
    selected = selected.filter((s) => s.account === first);
  }
  if (errors.length > 0) selected = [];

  const waves = computeWaves(manifest, selected);
  const position = new Map(waves.flat().map((name, i) => [name, i]));
  const stacks = selected
    .map((s) => ({ ...s, reasons: withMore(reasons.get(s.stack) ?? [], morePaths.get(s.stack) ?? 0) }))
    .sort((a, b) => (position.get(a.stack) ?? 0) - (position.get(b.stack) ?? 0));
  return {
    stacks,
    waves,
    mode: input.event === 'pull_request' ? 'preview-only' : 'any',
    roles: usePreviewRoles ? 'preview' : 'deploy',
    errors,
    warnings,
  };
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

type Target = { kind: 'project'; project: string } | { kind: 'trigger' };

/** Rules 1–4: triggers, project paths and program folders, stack and global config files. */
function selectByPaths(
  manifest: Manifest,
  candidates: StackRef[],
  paths: string[],
  add: (stack: string, reason: string) => void,
  warnings: string[],
): void {
  const index = new GlobIndex<Target>();
  for (const g of manifest.triggers) index.add(g, { kind: 'trigger' });
  const configFiles = new Map<string, { project: string; stacks: StackRef[]; kind: 'stack' | 'global' }[]>();
  const addConfigFile = (file: string, entry: { project: string; stacks: StackRef[]; kind: 'stack' | 'global' }) => {
    const list = configFiles.get(file) ?? [];
    list.push(entry);
    configFiles.set(file, list);
  };
  const configDirs = new Map<string, string[]>();
  for (const p of manifest.projects) {
    const target: Target = { kind: 'project', project: p.name };
    for (const g of p.paths) index.add(g, target);
    if (p.programKind === 'repo') index.add(p.programPath === '' ? '**' : `${p.programPath}/**`, target);
    if (p.config !== p.programPath || p.programKind === 'builtin') index.add(p.config === '' ? '**' : `${p.config}/**`, target);
    const dir = p.config === '' ? '' : `${p.config}/`;
    configDirs.set(dir, [...(configDirs.get(dir) ?? []), p.name]);
    const own = candidates.filter((s) => s.project === p.name);
    for (const s of own) addConfigFile(dir + stackConfigFile(s.account, s.region), { project: p.name, stacks: [s], kind: 'stack' });
    for (const account of p.accounts) {
      addConfigFile(dir + globalConfigFile(account), { project: p.name, stacks: own.filter((s) => s.account === account), kind: 'global' });
    }
  }
  const allByProject = new Map<string, StackRef[]>();
  for (const s of candidates) allByProject.set(s.project, [...(allByProject.get(s.project) ?? []), s]);

  for (const path of paths) {
    if (hasControls(path)) warnings.push(`changed path "${showControls(path)}" contains control or bidi-override characters (shown escaped); it was matched as git names it — check that the file is meant to be there`);
    const asConfig = configFiles.get(path) ?? [];
    for (const c of asConfig) {
      for (const s of c.stacks) add(s.stack, `${c.kind === 'stack' ? 'stack config' : 'account config'}: ${path}`);
    }
    const configOf = new Set(asConfig.map((c) => c.project));
    const orphan = asConfig.length === 0 && looksLikeStackFile(path, configDirs);
    if (orphan) warnings.push(`${path} looks like a stack config file but names no stack in the manifest; it selects nothing`);
    index.match(path, (glob, target) => {
      if (target.kind === 'trigger') {
        for (const s of candidates) add(s.stack, `trigger: ${path} (matches ${glob})`);
      } else if (!configOf.has(target.project) && !orphan) {
        for (const s of allByProject.get(target.project) ?? []) add(s.stack, `path: ${path} (matches ${glob})`);
      }
    });
  }
}

function looksLikeStackFile(path: string, configDirs: Map<string, string[]>): boolean {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  return configDirs.has(dir) && /^Pulumi\.(aws-.+|.+-global)\.yaml$/.test(path.slice(slash + 1));
}

/** Rule 5: stacks whose project depends on a selected stack's project, same account and region. */
function addDependents(manifest: Manifest, candidates: StackRef[], reasons: Map<string, string[]>): void {
  const graph = new Map(manifest.projects.map((p) => [p.name, p.dependsOn]));
  const down = dependents(graph);
  const byKey = new Map(candidates.map((s) => [`${s.project}|${s.account}|${s.region}`, s]));
  const queue = candidates.filter((s) => reasons.has(s.stack));
  while (queue.length > 0) {
    const s = queue.shift()!;
    for (const dependent of down.get(s.project) ?? []) {
      const d = byKey.get(`${dependent}|${s.account}|${s.region}`);
      if (!d) continue;
      const list = reasons.get(d.stack);
      const reason = `dependency: depends on ${s.stack}`;
      if (!list) {
        reasons.set(d.stack, [reason]);
        queue.push(d);
      } else if (!list.includes(reason)) list.push(reason);
    }
  }
}

function isPathReason(r: string): boolean {
  return r.startsWith('path: ') || r.startsWith('trigger: ');
}

/** Keeps reasons readable when thousands of paths select one stack. */
function withMore(list: string[], more: number): string[] {
  return more > 0 ? [...list, `…and ${more} more changed paths`] : list;
}
