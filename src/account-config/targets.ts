import { join } from 'node:path';
import { BadInput } from '../errors.js';
import { globalConfigFile, stackConfigFile, stackName } from '../manifest/naming.js';
import type { Account, Manifest, Project } from '../manifest/types.js';
import { backendStackName, programDir, pulumiProjectName } from '../engine/stack-config.js';

/** One stack `config set` writes: the name people see, the one the backend takes, its file. */
export interface StackTarget {
  stack: string;
  backendName: string;
  region: string;
  /** Settings file relative to the manifest root. */
  file: string;
}

/** One project's share of a `config set`: its key (namespaced), its global file, its stacks. */
export interface ProjectTarget {
  project: Project;
  /** The program folder (for its Pulumi.yaml). */
  programDir: string;
  /** `<namespace>:<name>`: a bare key takes the project's Pulumi project name, as `pulumi config set` does. */
  key: string;
  globalFile: string;
  stacks: StackTarget[];
}

/** What was asked, before it is checked against the manifest. */
export interface TargetRequest {
  account: string;
  /** Empty: the project whose Pulumi project name is the key's namespace. */
  projects: string[];
  /** Empty: every region of the account (the value is account-wide). */
  regions: string[];
  key: string;
}

/** The account, projects and stacks a `config set` writes; BadInput (exit 2) naming what is unknown. */
export function configTargets(manifest: Manifest, backend: string, req: TargetRequest): { account: Account; targets: ProjectTarget[] } {
  const account = manifest.accounts.find((a) => a.name === req.account);
  if (!account)
    throw new BadInput(
      `--account "${req.account}" is not an account of ${manifest.file} (accounts: ${manifest.accounts.map((a) => a.name).join(', ')}).`,
    );
  const deployed = manifest.projects.filter((p) => p.accounts.includes(account.name));
  const names = deployed.map((p) => p.name).join(', ') || '(none)';
  for (const r of req.regions)
    if (!account.regions.includes(r))
      throw new BadInput(`--region "${r}" is not a region of account ${account.name} (regions: ${account.regions.join(', ')}).`);
  for (const p of req.projects)
    if (!deployed.some((d) => d.name === p))
      throw new BadInput(`--project "${p}" is not a project deployed to account ${account.name} (projects: ${names}).`);
  const withNamespace = deployed.map((project) => {
    const dir = programDir(manifest, project);
    return { project, dir, namespace: pulumiProjectName(dir) ?? project.name };
  });
  const chosen =
    req.projects.length > 0 ? withNamespace.filter((p) => req.projects.includes(p.project.name)) : byNamespace(withNamespace, req.key);
  if (chosen.length === 0 || (req.projects.length === 0 && chosen.length > 1)) {
    const why =
      chosen.length > 1
        ? `more than one project (${chosen.map((p) => p.project.name).join(', ')}) uses the namespace of "${req.key}"`
        : req.key.includes(':')
          ? `"${req.key}" names no project's namespace`
          : `"${req.key}" has no namespace`;
    throw new BadInput(`config set: ${why}; name the project with --project (projects in ${account.name}: ${names}).`);
  }
  const regions = req.regions.length > 0 ? req.regions : account.regions;
  const targets = chosen.map(({ project, dir, namespace }) => ({
    project,
    programDir: dir,
    key: req.key.includes(':') ? req.key : `${namespace}:${req.key}`,
    globalFile: join(project.config, globalConfigFile(account.name)),
    stacks: regions.map((region) => ({
      stack: stackName(manifest.org, project.name, account.name, region),
      backendName: backendStackName(backend, manifest.org, namespace, account.name, region),
      region,
      file: join(project.config, stackConfigFile(account.name, region)),
    })),
  }));
  return { account, targets };
}

/** The project a key names by its namespace; a bare key, the account's only project. */
function byNamespace<T extends { namespace: string }>(projects: T[], key: string): T[] {
  const colon = key.indexOf(':');
  if (colon < 0) return projects.length === 1 ? projects : [];
  return projects.filter((p) => p.namespace === key.slice(0, colon));
}
