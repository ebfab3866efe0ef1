import type { Manifest } from '../manifest/types.js';
import { globalConfigFile, stackConfigFile, type StackTable } from '../manifest/naming.js';
import { hasControls, showControls } from '../report/escape.js';
import { escapeGlob } from './glob.js';
import { GlobIndex } from './matcher.js';
import type { StackReasons } from './stack-reasons.js';

/** How many paths a stack lists per rule before summarising the rest. */
const MAX_PATH_REASONS = 10;

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

/** What a glob selects: a project (its index) or, for a trigger, every project. */
const TRIGGER = -1;

/** A stack or global config file name in a config folder, and the stacks (indices) it selects. */
type ConfigFile = { project: number; stacks: number[]; kind: 'stack config' | 'account config' };

/** What the changed paths hit: triggers and projects counted once each, config files per stack. */
interface Hits {
  triggers: HitList;
  projects: (HitList | undefined)[];
  config: Map<number, Hit[]>;
}

const reasonText = (h: Hit) => (h.glob === undefined ? `${h.kind}: ${h.path}` : `${h.kind}: ${h.path} (matches ${h.glob})`);

/**
 * Rules 1–4: triggers, project paths and program folders, stack and global config files. Linear in
 * paths × the globs under each path's literal folders (GlobIndex), plus stacks: a trigger or project
 * hit is counted once for the trigger or project, not once per stack, and only the reasons a stack
 * keeps (the first MAX_PATH_REASONS path reasons) are ever formatted, once per project. Stacks a
 * project's paths select share that project's list.
 */
export function matchPaths(manifest: Manifest, table: StackTable, paths: string[], warnings: string[], reasons: StackReasons): void {
  const { index, configDirs } = ruleIndex(manifest);
  const hits = collectHits(paths, index, configDirs, configFileNames(manifest, table, configDirs), warnings);
  formatReasons(manifest, table, hits, reasons);
}

/** Every glob of rules 1–3 by its literal folder, and each config folder's projects (rule 4). */
function ruleIndex(manifest: Manifest): { index: GlobIndex<number>; configDirs: Map<string, number[]> } {
  const index = new GlobIndex<number>();
  for (const g of manifest.triggers) index.add(g, TRIGGER);
  const configDirs = new Map<string, number[]>();
  manifest.projects.forEach((p, i) => {
    for (const g of p.paths) index.add(g, i);
    // Folders are literal names: `svc[1]/` is not a character class.
    if (p.programKind === 'repo') index.add(p.programPath === '' ? '**' : `${escapeGlob(p.programPath)}/**`, i);
    if (p.config !== p.programPath || p.programKind === 'builtin') index.add(p.config === '' ? '**' : `${escapeGlob(p.config)}/**`, i);
    const dir = p.config === '' ? '' : `${p.config}/`;
    const list = configDirs.get(dir);
    if (list) list.push(i);
    else configDirs.set(dir, [i]);
  });
  return { index, configDirs };
}

/** The stack and global config file names of a folder, built only for folders a changed path lies in. */
function configFileNames(
  manifest: Manifest,
  table: StackTable,
  configDirs: Map<string, number[]>,
): (dir: string) => Map<string, ConfigFile[]> {
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
    for (const project of configDirs.get(dir) ?? []) {
      const inAccount = new Map<string, number[]>(manifest.projects[project].accounts.map((a) => [a, []]));
      for (const i of table.stacksOf(project)) {
        const account = table.accountOf(i);
        add(stackConfigFile(account, table.regionOf(i)), { project, stacks: [i], kind: 'stack config' });
        inAccount.get(account)?.push(i);
      }
      for (const [account, stacks] of inAccount) add(globalConfigFile(account), { project, stacks, kind: 'account config' });
    }
    built.set(dir, here);
    return here;
  };
}

function collectHits(
  paths: string[],
  index: GlobIndex<number>,
  configDirs: Map<string, number[]>,
  configFilesOf: (dir: string) => Map<string, ConfigFile[]>,
  warnings: string[],
): Hits {
  let seq = 0;
  const hits: Hits = { triggers: { kept: [], count: 0 }, projects: [], config: new Map() };
  // Counts every hit; builds the Hit only for the first MAX_PATH_REASONS a list keeps.
  const record = (list: HitList, hit: () => Hit) => {
    list.count++;
    if (list.kept.length < MAX_PATH_REASONS) list.kept.push(hit());
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
        const list = hits.config.get(s);
        if (list) list.push(hit);
        else hits.config.set(s, [hit]);
      }
    }
    const orphan = asConfig.length === 0 && looksLikeStackFile(path, configDirs);
    if (orphan) warnings.push(`${path} looks like a stack config file but names no stack in the manifest; it selects nothing`);
    index.match(path, (glob, targets) => {
      // One hit per path and glob, shared by every project the glob selects.
      let hit: Hit | undefined;
      for (const target of targets) {
        if (target === TRIGGER) record(hits.triggers, () => ({ seq: seq++, kind: 'trigger', path, glob }));
        else if (!orphan && !asConfig.some((c) => c.project === target))
          record((hits.projects[target] ??= { kept: [], count: 0 }), () => (hit ??= { seq: seq++, kind: 'path', path, glob }));
      }
    });
  }
  return hits;
}

/** The capped path/trigger reasons once per project (shared by its stacks), config reasons per stack. */
function formatReasons(manifest: Manifest, table: StackTable, hits: Hits, reasons: StackReasons): void {
  const texts = new Map<Hit, string>();
  const text = (h: Hit) => {
    let t = texts.get(h);
    if (t === undefined) texts.set(h, (t = reasonText(h)));
    return t;
  };
  const withMore = (hitList: Hit[], more: number) => {
    const list = hitList.map(text);
    if (more > 0) list.push(`…and ${more} more changed paths`);
    return list;
  };
  const perProject: ({ kept: Hit[]; more: number } | undefined)[] = [];
  manifest.projects.forEach((_, p) => {
    const lists = [hits.triggers, hits.projects[p]].filter((l): l is HitList => l !== undefined && l.count > 0);
    if (lists.length === 0) return;
    const fromPaths = (perProject[p] = capped(lists));
    const shared = withMore(fromPaths.kept, fromPaths.more);
    for (const s of table.stacksOf(p)) reasons.share(s, shared);
  });
  for (const [s, fromConfig] of hits.config) {
    const fromPaths = perProject[table.projectOf[s]];
    const kept = [...(fromPaths?.kept ?? []), ...fromConfig].sort((a, b) => a.seq - b.seq);
    reasons.set(s, withMore(kept, fromPaths?.more ?? 0));
  }
}

/** The first MAX_PATH_REASONS hits of the lists together, in path order, and how many were left out. */
function capped(lists: HitList[]): { kept: Hit[]; more: number } {
  const all = lists.length === 1 ? lists[0].kept : lists.flatMap((l) => l.kept).sort((a, b) => a.seq - b.seq);
  const kept = all.slice(0, MAX_PATH_REASONS);
  return { kept, more: lists.reduce((n, l) => n + l.count, 0) - kept.length };
}

function looksLikeStackFile(path: string, configDirs: Map<string, unknown>): boolean {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  return configDirs.has(dir) && /^Pulumi\.(aws-.+|.+-global)\.yaml$/.test(path.slice(slash + 1));
}
