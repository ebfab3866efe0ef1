import type { Manifest, Project } from '../manifest/types.js';
import { allStacks, globalConfigFile, stackConfigFile, stackName, type StackRef } from '../manifest/naming.js';
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
  const { reasons, morePaths } = chooseStacks(input, candidates, want, warnings);

  let selected = candidates.filter((s) => reasons.has(s.stack));
  if (want.accounts && !want.projects) selected = selected.filter((s) => want.accounts!.includes(s.account));
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

/**
 * Which rule decides, and the stacks it picks with why: explicit projects (rule 7), a select-all
 * reason, the change (rules 1–5), or a dispatch/schedule/explicit accounts selecting every stack.
 */
function chooseStacks(
  input: SelectionInput,
  candidates: StackRef[],
  want: { accounts?: string[]; projects?: string[] },
  warnings: string[],
): { reasons: Map<string, string[]>; morePaths: Map<string, number> } {
  const reasons = new Map<string, string[]>();
  const morePaths = new Map<string, number>();
  const add = (stack: string, reason: string) => {
    const list = reasons.get(stack);
    if (!list) reasons.set(stack, [reason]);
    else if (!list.includes(reason)) list.push(reason);
  };
  const { accounts, projects } = want;
  if (projects && projects.length > 0) {
    // Rule 7: explicit inputs select exactly what they name, nothing more.
    for (const s of candidates) {
      if (projects.includes(s.project) && (!accounts || accounts.includes(s.account)))
        add(s.stack, `requested: project ${s.project}${accounts ? `, account ${s.account}` : ''}`);
    }
  } else if (input.selectAll) {
    for (const s of candidates) add(s.stack, input.selectAll);
  } else if (input.changes) {
    // A given change decides on every event, dispatch and schedule included (the changed-files input).
    const hits = matchPaths(input.manifest, candidates, touchedPaths(input.changes), warnings);
    for (const [stack, list] of hits.reasons) reasons.set(stack, list);
    for (const [stack, n] of hits.more) morePaths.set(stack, n);
    addDependents(input.manifest, candidates, reasons);
  } else if (input.event === 'workflow_dispatch' || input.event === 'schedule' || accounts) {
    const why = (s: StackRef) =>
      input.event === 'schedule' ? 'schedule: every stack' : accounts ? `requested: account ${s.account}` : 'requested: every stack';
    for (const s of candidates) if (!accounts || accounts.includes(s.account)) add(s.stack, why(s));
  }
  return { reasons, morePaths };
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

/** A changed path that hit a rule; becomes a reason string only if a stack keeps it. */
interface Hit {
  /** Order found (path order, then rule order), so merged reasons keep the order of the paths. */
  seq: number;
  kind: 'trigger' | 'path' | 'stack config' | 'account config';
  path: string;
  glob?: string;
}

/** The first MAX_PATH_REASONS hits of one kind, and how many there were in all. */
interface HitList {
  kept: Hit[];
  count: number;
}

const reasonText = (h: Hit) => (h.glob === undefined ? `${h.kind}: ${h.path}` : `${h.kind}: ${h.path} (matches ${h.glob})`);

/**
 * Rules 1–4: triggers, project paths and program folders, stack and global config files. Linear in
 * paths × the globs under each path's literal folders (GlobIndex), plus stacks: a trigger or project
 * hit is counted once for the trigger or project, not once per stack, and only the reasons a stack
 * keeps (the first MAX_PATH_REASONS path reasons) are ever formatted, once per project.
 */
function matchPaths(
  manifest: Manifest,
  candidates: StackRef[],
  paths: string[],
  warnings: string[],
): { reasons: Map<string, string[]>; more: Map<string, number> } {
  const { index, configDirs } = ruleIndex(manifest);
  const hits = collectHits(paths, index, configDirs, configFileNames(manifest, candidates, configDirs), warnings);
  return formatReasons(manifest, candidates, hits);
}

type Target = { kind: 'project'; project: string } | { kind: 'trigger' };
type ConfigFile = { project: string; stacks: StackRef[]; kind: 'stack config' | 'account config' };

/** Every glob of rules 1–3 by its literal folder, and each config folder's projects (rule 4). */
function ruleIndex(manifest: Manifest): { index: GlobIndex<Target>; configDirs: Map<string, Project[]> } {
  const index = new GlobIndex<Target>();
  for (const g of manifest.triggers) index.add(g, { kind: 'trigger' });
  const configDirs = new Map<string, Project[]>();
  for (const p of manifest.projects) {
    const target: Target = { kind: 'project', project: p.name };
    for (const g of p.paths) index.add(g, target);
    if (p.programKind === 'repo') index.add(p.programPath === '' ? '**' : `${p.programPath}/**`, target);
    if (p.config !== p.programPath || p.programKind === 'builtin') index.add(p.config === '' ? '**' : `${p.config}/**`, target);
    const dir = p.config === '' ? '' : `${p.config}/`;
    const list = configDirs.get(dir);
    if (list) list.push(p);
    else configDirs.set(dir, [p]);
  }
  return { index, configDirs };
}

/** The stack and global config file names of a folder, built only for folders a changed path lies in. */
function configFileNames(
  manifest: Manifest,
  candidates: StackRef[],
  configDirs: Map<string, Project[]>,
): (dir: string) => Map<string, ConfigFile[]> {
  const byProject = new Map<string, StackRef[]>(manifest.projects.map((p) => [p.name, []]));
  for (const s of candidates) byProject.get(s.project)?.push(s);
  const built = new Map<string, Map<string, ConfigFile[]>>();
  return (dir) => {
    let files = built.get(dir);
    if (files) return files;
    const here = (files = new Map<string, ConfigFile[]>());
    const add = (name: string, entry: ConfigFile) => {
      const list = here.get(name);
      if (list) list.push(entry);
      else here.set(name, [entry]);
    };
    for (const p of configDirs.get(dir) ?? []) {
      const inAccount = new Map<string, StackRef[]>(p.accounts.map((a) => [a, []]));
      for (const s of byProject.get(p.name)!) {
        add(stackConfigFile(s.account, s.region), { project: p.name, stacks: [s], kind: 'stack config' });
        inAccount.get(s.account)?.push(s);
      }
      for (const [account, stacks] of inAccount) add(globalConfigFile(account), { project: p.name, stacks, kind: 'account config' });
    }
    built.set(dir, here);
    return here;
  };
}

/** What the changed paths hit: triggers and projects counted once each, config files per stack. */
interface Hits {
  triggers: HitList;
  projects: Map<string, HitList>;
  config: Map<string, Hit[]>;
}

function collectHits(
  paths: string[],
  index: GlobIndex<Target>,
  configDirs: Map<string, Project[]>,
  configFilesOf: (dir: string) => Map<string, ConfigFile[]>,
  warnings: string[],
): Hits {
  let seq = 0;
  const hits: Hits = { triggers: { kept: [], count: 0 }, projects: new Map(), config: new Map() };
  const record = (list: HitList, hit: Hit) => {
    list.count++;
    if (list.kept.length < MAX_PATH_REASONS) list.kept.push(hit);
  };
  for (const path of paths) {
    if (hasControls(path))
      warnings.push(
        `changed path "${showControls(path)}" contains control or bidi-override characters (shown escaped); it was matched as git names it — check that the file is meant to be there`,
      );
    const slash = path.lastIndexOf('/');
    const dir = path.slice(0, slash + 1);
    const asConfig = configDirs.has(dir) ? (configFilesOf(dir).get(path.slice(slash + 1)) ?? []) : [];
    for (const c of asConfig) {
      const hit: Hit = { seq: seq++, kind: c.kind, path };
      for (const s of c.stacks) {
        const list = hits.config.get(s.stack);
        if (list) list.push(hit);
        else hits.config.set(s.stack, [hit]);
      }
    }
    const orphan = asConfig.length === 0 && looksLikeStackFile(path, configDirs);
    if (orphan) warnings.push(`${path} looks like a stack config file but names no stack in the manifest; it selects nothing`);
    const seen = new Set<string>();
    index.match(path, (glob, target) => {
      const key = target.kind === 'trigger' ? `\0${glob}` : `${target.project}\0${glob}`;
      if (seen.has(key)) return;
      seen.add(key);
      if (target.kind === 'trigger') return record(hits.triggers, { seq: seq++, kind: 'trigger', path, glob });
      if (orphan || asConfig.some((c) => c.project === target.project)) return;
      let list = hits.projects.get(target.project);
      if (!list) hits.projects.set(target.project, (list = { kept: [], count: 0 }));
      record(list, { seq: seq++, kind: 'path', path, glob });
    });
  }
  return hits;
}

/** The capped path/trigger reasons once per project (shared by its stacks), config reasons per stack. */
function formatReasons(
  manifest: Manifest,
  candidates: StackRef[],
  hits: Hits,
): { reasons: Map<string, string[]>; more: Map<string, number> } {
  const reasons = new Map<string, string[]>();
  const more = new Map<string, number>();
  const capped = (lists: HitList[]): { kept: Hit[]; more: number } => {
    const all = lists.flatMap((l) => l.kept).sort((a, b) => a.seq - b.seq);
    const kept = all.slice(0, MAX_PATH_REASONS);
    return { kept, more: lists.reduce((n, l) => n + l.count, 0) - kept.length };
  };
  const perProject = new Map<string, { kept: Hit[]; more: number }>();
  for (const p of manifest.projects) {
    const lists = [hits.triggers, hits.projects.get(p.name)].filter((l): l is HitList => l !== undefined && l.count > 0);
    if (lists.length > 0) perProject.set(p.name, capped(lists));
  }
  const texts = new Map<Hit, string>();
  const text = (h: Hit) => {
    let t = texts.get(h);
    if (t === undefined) texts.set(h, (t = reasonText(h)));
    return t;
  };
  for (const s of candidates) {
    const fromPaths = perProject.get(s.project);
    const fromConfig = hits.config.get(s.stack);
    if (!fromPaths && !fromConfig) continue;
    const kept = fromConfig ? [...(fromPaths?.kept ?? []), ...fromConfig].sort((a, b) => a.seq - b.seq) : fromPaths!.kept;
    reasons.set(s.stack, kept.map(text));
    if (fromPaths && fromPaths.more > 0) more.set(s.stack, fromPaths.more);
  }
  return { reasons, more };
}

function looksLikeStackFile(path: string, configDirs: Map<string, unknown>): boolean {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  return configDirs.has(dir) && /^Pulumi\.(aws-.+|.+-global)\.yaml$/.test(path.slice(slash + 1));
}

/** Rule 5: stacks whose project depends on a selected stack's project, same account and region. */
function addDependents(manifest: Manifest, candidates: StackRef[], reasons: Map<string, string[]>): void {
  const graph = new Map(manifest.projects.map((p) => [p.name, p.dependsOn]));
  const down = dependents(graph);
  // Keyed by the stack names the candidates already hold: no key string per candidate, and a
  // lookup builds one name per dependency edge (a monorepo has hundreds of thousands of stacks).
  const byName = new Map(candidates.map((s) => [s.stack, s]));
  const queue = candidates.filter((s) => reasons.has(s.stack));
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i];
    const below = down.get(s.project);
    if (!below?.length) continue;
    const reason = `dependency: depends on ${s.stack}`;
    for (const dependent of below) {
      const d = byName.get(stackName(manifest.org, dependent, s.account, s.region));
      if (!d) continue;
      const list = reasons.get(d.stack);
      if (!list) {
        reasons.set(d.stack, [reason]);
        queue.push(d);
      } else if (!list.includes(reason)) list.push(reason);
    }
  }
}

/** Keeps reasons readable when thousands of paths select one stack. */
function withMore(list: string[], more: number): string[] {
  return more > 0 ? [...list, `…and ${more} more changed paths`] : list;
}
