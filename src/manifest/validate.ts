import { posix } from 'node:path';
import type { RawManifest } from './schema.js';
import { partitionOf, roleArn } from './arn.js';
import type { Account, Manifest, Project, RolePair } from './types.js';
import { closest, isRegion, suggestRegion } from './regions.js';
import { normalizeGlob } from '../select/glob.js';
import { findCycle } from '../select/graph.js';

/** A problem located by its key path in the YAML document; the loader turns paths into lines. */
export interface PathProblem {
  path: (string | number)[];
  message: string;
}

export interface ValidateOptions {
  file: string;
  root: string;
  /** Names of the programs this action ships (`builtin:<name>`). */
  builtins: readonly string[];
}

/**
 * Checks what a schema cannot: references between accounts and projects, cycles, globs, regions,
 * paths. Collects every problem; returns a manifest only when there are none.
 */
export function validateManifest(raw: RawManifest, opts: ValidateOptions): { manifest?: Manifest; problems: PathProblem[] } {
  const problems: PathProblem[] = [];
  const report = (path: (string | number)[], message: string) => problems.push({ path, message });

  const accounts = checkAccounts(raw, report);
  checkBindings(raw, accounts, report);
  if (raw.backend?.includes('{account}') && !/^(file|s3|gs|azblob):\/\//.test(raw.backend)) {
    report(
      ['backend'],
      '"{account}" (one state prefix per account) works only in file://, s3://, gs:// and azblob:// backends; Pulumi Cloud keeps stacks apart by name',
    );
  }
  const accountNames = accounts.map((a) => a.name);
  const triggers = checkGlobs(raw.triggers ?? [], ['triggers'], report);
  const projects = checkProjects(raw, accountNames, opts, report);

  if (problems.length > 0) return { problems };
  const { deployRoles, previewRoles } = rolePairs(raw, accounts);
  return {
    problems,
    manifest: {
      file: opts.file,
      root: opts.root,
      org: raw.org,
      backend: raw.backend,
      secretsProvider: raw.secretsProvider,
      management: { accountId: raw.management.accountId, oidcRole: raw.management.oidcRole },
      deployRoles,
      previewRoles,
      accounts,
      triggers,
      projects,
    },
  };
}

type Report = (path: (string | number)[], message: string) => void;

/** The deploy and preview role pairs the manifest names, as ARNs. */
export function rolePairs(
  raw: Pick<RawManifest, 'management' | 'executorRole' | 'previewRole'>,
  accounts: readonly Account[],
): { deployRoles: RolePair; previewRoles?: RolePair } {
  // The management account lives in the partition of the accounts it reaches (IAM chains within one).
  const partition = partitionOf(accounts[0]?.regions[0] ?? '');
  const deployRoles: RolePair = {
    oidcRoleBaseArn: roleArn(raw.management.accountId, raw.management.oidcRole, partition),
    executorRole: raw.executorRole,
  };
  const previewRoles: RolePair | undefined = raw.previewRole && {
    oidcRoleBaseArn: roleArn(raw.management.accountId, raw.previewRole.oidcRole, partition),
    executorRole: raw.previewRole.executorRole,
  };
  return { deployRoles, previewRoles };
}

/** An account as written → the account with its defaults (environment: its name; not protected). */
export function accountFrom(a: RawManifest['accounts'][number]): Account {
  return {
    name: a.name,
    id: a.id,
    regions: a.regions,
    environment: a.environment ?? a.name,
    ...(a.previewEnvironment !== undefined ? { previewEnvironment: a.previewEnvironment } : {}),
    protected: a.protected ?? false,
  };
}

function checkAccounts(raw: RawManifest, report: Report): Account[] {
  const seenNames = new Map<string, number>();
  const seenIds = new Map<string, number>();
  return raw.accounts.map((a, i) => {
    const dupName = seenNames.get(a.name);
    if (dupName !== undefined) report(['accounts', i, 'name'], `account "${a.name}" is declared twice (also accounts[${dupName}])`);
    else seenNames.set(a.name, i);
    const dupId = seenIds.get(a.id);
    if (dupId !== undefined)
      report(['accounts', i, 'id'], `account id ${a.id} is already used by accounts[${dupId}]; each account needs its own id`);
    else seenIds.set(a.id, i);
    const regions = new Set<string>();
    a.regions.forEach((r, j) => {
      if (!isRegion(r)) {
        const hint = suggestRegion(r);
        report(
          ['accounts', i, 'regions', j],
          `"${r}" is not an AWS region name${hint ? `; did you mean "${hint}"?` : ' (expected e.g. us-east-1)'}`,
        );
      } else if (regions.has(r)) report(['accounts', i, 'regions', j], `region "${r}" is listed twice`);
      regions.add(r);
    });
    return accountFrom(a);
  });
}

/**
 * Each account needs its own GitHub environment, and previews never share a deploy environment:
 * the OIDC subject names only the environment, so a shared one would let one token reach two
 * accounts (or previews reach deploy rights). Role names `<base>-<account>` must fit IAM's 64.
 */
function checkBindings(raw: RawManifest, accounts: Account[], report: Report): void {
  const owner = new Map<string, number>();
  accounts.forEach((a, i) => {
    const at = raw.accounts[i].environment !== undefined ? ['accounts', i, 'environment'] : ['accounts', i, 'name'];
    const other = owner.get(a.environment.toLowerCase());
    if (other !== undefined)
      report(
        at,
        `GitHub environment "${a.environment}" already deploys accounts[${other}] (${accounts[other].name}); give each account its own environment, or one token reaches both`,
      );
    else owner.set(a.environment.toLowerCase(), i);
  });
  accounts.forEach((a, i) => {
    if (a.previewEnvironment === undefined) return;
    const other = owner.get(a.previewEnvironment.toLowerCase());
    if (other !== undefined)
      report(
        ['accounts', i, 'previewEnvironment'],
        `"${a.previewEnvironment}" is the deploy environment of ${accounts[other].name}; a preview environment must be one of its own (e.g. "${a.environment}-preview")`,
      );
  });
  const bases: [string, (string | number)[]][] = [[raw.management.oidcRole, ['management', 'oidcRole']]];
  if (raw.previewRole) bases.push([raw.previewRole.oidcRole, ['previewRole', 'oidcRole']]);
  for (const [base, at] of bases) {
    const name = base.slice(base.lastIndexOf('/') + 1);
    const longest = accounts.reduce((m, a) => (a.name.length > m.length ? a.name : m), '');
    if (`${name}-${longest}`.length > 64)
      report(
        at,
        `role "${name}-${longest}" (one per account: <role>-<account>) is longer than IAM's 64 characters; shorten the role or the account name`,
      );
  }
}

function checkGlobs(globs: string[], at: (string | number)[], report: Report): string[] {
  const out: string[] = [];
  globs.forEach((g, i) => {
    const r = normalizeGlob(g);
    if ('error' in r) report([...at, i], `bad glob: ${r.error}`);
    else out.push(r.glob);
  });
  return out;
}

/** A repo-relative folder, normalised; undefined when it escapes the repository. */
function repoPath(p: string): string | undefined {
  if (p.startsWith('/') || p.includes('\\')) return undefined;
  const n = posix.normalize(p).replace(/\/+$/, '');
  if (n === '..' || n.startsWith('../')) return undefined;
  return n === '.' ? '' : n;
}

function checkProjects(raw: RawManifest, accountNames: string[], opts: ValidateOptions, report: Report): Project[] {
  const names = raw.projects.map((p) => p.name);
  // A set, not the list: a monorepo's manifest declares thousands of projects.
  const declared = new Set(names);
  const firstIndex = new Map<string, number>();
  const projects = raw.projects.map((p, i): Project => {
    const at = ['projects', i];
    if (firstIndex.has(p.name))
      report(
        [...at, 'name'],
        `project "${p.name}" is declared twice (also projects[${firstIndex.get(p.name)}]); project names must be unique`,
      );
    else firstIndex.set(p.name, i);
    const { programKind, programPath } = checkProgram(p.program, at, opts, report);
    checkProjectAccounts(p.accounts ?? [], at, accountNames, report);
    const dependsOn = p.dependsOn ?? [];
    checkDependsOn(p.name, dependsOn, at, { names, declared }, report);
    const accounts = p.accounts ?? accountNames;
    return {
      name: p.name,
      program: p.program,
      programKind,
      programPath,
      paths: checkGlobs(p.paths ?? [], [...at, 'paths'], report),
      // Manifest order, whatever order the project lists them in.
      accounts: accountNames.filter((a) => accounts.includes(a)),
      dependsOn,
      config: configFolder(p, programKind, programPath, at, report),
    };
  });

  const graph = new Map(raw.projects.map((p) => [p.name, (p.dependsOn ?? []).filter((d) => d !== p.name && declared.has(d))]));
  const cycle = findCycle(graph);
  if (cycle) {
    const i = names.indexOf(cycle[0]);
    report(['projects', i, 'dependsOn'], `dependency cycle: ${cycle.join(' → ')}; remove one of these dependsOn entries`);
  }
  return projects;
}

/** `builtin:<name>` of a program this action ships, or a folder inside the repository. */
function checkProgram(
  program: string,
  at: (string | number)[],
  opts: ValidateOptions,
  report: Report,
): Pick<Project, 'programKind' | 'programPath'> {
  if (program.startsWith('builtin:')) {
    const programPath = program.slice('builtin:'.length);
    if (!opts.builtins.includes(programPath)) {
      const hint = closest(programPath, opts.builtins);
      report(
        [...at, 'program'],
        `unknown builtin program "${programPath}"${hint ? `; did you mean "builtin:${hint}"?` : ''} (this action ships: ${opts.builtins.map((b) => `builtin:${b}`).join(', ')})`,
      );
    }
    return { programKind: 'builtin', programPath };
  }
  const n = repoPath(program);
  if (n === undefined)
    report([...at, 'program'], `program "${program}" must be a folder inside the repository (relative to the manifest) or builtin:<name>`);
  return { programKind: 'repo', programPath: n ?? '' };
}

function checkProjectAccounts(listed: string[], at: (string | number)[], accountNames: string[], report: Report): void {
  listed.forEach((a, j) => {
    if (!accountNames.includes(a)) {
      const hint = closest(a, accountNames);
      report(
        [...at, 'accounts', j],
        `unknown account "${a}"${hint ? `; did you mean "${hint}"?` : ''} (declared accounts: ${accountNames.join(', ')})`,
      );
    } else if (listed.indexOf(a) !== j) report([...at, 'accounts', j], `account "${a}" is listed twice`);
  });
}

function checkDependsOn(
  name: string,
  dependsOn: string[],
  at: (string | number)[],
  projects: { names: string[]; declared: ReadonlySet<string> },
  report: Report,
): void {
  dependsOn.forEach((d, j) => {
    if (d === name) report([...at, 'dependsOn', j], `project "${name}" depends on itself`);
    else if (!projects.declared.has(d)) {
      const hint = closest(d, projects.names);
      report(
        [...at, 'dependsOn', j],
        `depends on "${d}", which is not a declared project${hint ? `; did you mean "${hint}"?` : ''} (projects: ${projects.names.join(', ')})`,
      );
    }
  });
}

/** Where the project's stack files live: `config`, else the program's folder (`stacks/<name>` for builtins). */
function configFolder(
  p: RawManifest['projects'][number],
  programKind: Project['programKind'],
  programPath: string,
  at: (string | number)[],
  report: Report,
): string {
  const fallback = programKind === 'builtin' ? `stacks/${p.name}` : programPath;
  if (p.config === undefined) return fallback;
  const n = repoPath(p.config);
  if (n === undefined)
    report([...at, 'config'], `config folder "${p.config}" must be a folder inside the repository, relative to the manifest`);
  return n ?? fallback;
}
