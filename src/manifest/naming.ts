import { partitionOf, roleArn } from './arn.js';
import type { Account, Manifest, Project, RolePair } from './types.js';

/** One stack: a project deployed to one account and region. */
export interface StackRef {
  /** `<org>/<project>/aws-<account>-<region>`, the name people see. */
  stack: string;
  project: string;
  account: string;
  accountId: string;
  region: string;
  /** Management role ARN, then the executor role ARN in the target account. */
  roleChain: [string, string];
}

/** `aws-<account>-<region>`: the stack's short name, and the middle of its config file name. */
export function stackShortName(account: string, region: string): string {
  return `aws-${account}-${region}`;
}

export function stackName(org: string, project: string, account: string, region: string): string {
  return `${org}/${project}/${stackShortName(account, region)}`;
}

/** `Pulumi.aws-<account>-<region>.yaml` */
export function stackConfigFile(account: string, region: string): string {
  return `Pulumi.${stackShortName(account, region)}.yaml`;
}

/** `Pulumi.<account>-global.yaml`: config shared by every region of one account. */
export function globalConfigFile(account: string): string {
  return `Pulumi.${account}-global.yaml`;
}

/** Hop 1 of an account's chain: its own management-account role, `<base>-<account name>`. */
export function hop1RoleArn(roles: RolePair, account: Pick<Account, 'name'>): string {
  return `${roles.oidcRoleBaseArn}-${account.name}`;
}

/** Hop 2: the executor role in the target account. */
export function executorRoleArn(roles: RolePair, account: Pick<Account, 'id' | 'regions'>): string {
  return roleArn(account.id, roles.executorRole, partitionOf(account.regions[0] ?? ''));
}

export function roleChain(roles: RolePair, account: Account): [string, string] {
  return [hop1RoleArn(roles, account), executorRoleArn(roles, account)];
}

/** Every stack the manifest declares, in manifest order (account, then project, then region). */
export function allStacks(manifest: Manifest, roles: RolePair = manifest.deployRoles): StackRef[] {
  const table = new StackTable(manifest, roles);
  return Array.from({ length: table.size }, (_, i) => table.stack(i));
}

/**
 * Every stack, numbered in allStacks' order, with integer coordinates: its project (index in
 * `manifest.projects`) and its cell (each account's regions in manifest order, numbered across
 * accounts). Selection at monorepo scale finds "project P in this stack's account and region" by
 * index, and builds a stack's name and object only when it is selected.
 */
export class StackTable {
  readonly size: number;
  readonly projectOf: Int32Array;
  readonly cellOf: Int32Array;
  readonly cells: number;
  /** `grid[project * cells + cell]`: that stack's index, or -1 where the project is not deployed. */
  readonly grid: Int32Array;
  private readonly cellAccount: number[] = [];
  private readonly cellRegion: string[] = [];
  private readonly chains: [string, string][];
  private readonly made: (StackRef | undefined)[];

  constructor(
    private readonly manifest: Manifest,
    roles: RolePair = manifest.deployRoles,
  ) {
    manifest.accounts.forEach((account, a) => {
      for (const region of account.regions) {
        this.cellAccount.push(a);
        this.cellRegion.push(region);
      }
    });
    // One chain per account, shared by its stacks (read-only).
    this.chains = manifest.accounts.map((account) => roleChain(roles, account));
    this.cells = this.cellRegion.length;
    const capacity = manifest.projects.length * this.cells;
    this.projectOf = new Int32Array(capacity);
    this.cellOf = new Int32Array(capacity);
    this.grid = new Int32Array(capacity).fill(-1);
    let size = 0;
    let firstCell = 0;
    for (const account of manifest.accounts) {
      manifest.projects.forEach((project, p) => {
        if (!project.accounts.includes(account.name)) return;
        for (let r = 0; r < account.regions.length; r++) {
          this.grid[p * this.cells + firstCell + r] = size;
          this.projectOf[size] = p;
          this.cellOf[size++] = firstCell + r;
        }
      });
      firstCell += account.regions.length;
    }
    this.size = size;
    this.made = new Array<StackRef | undefined>(size).fill(undefined);
  }

  stack(i: number): StackRef {
    let s = this.made[i];
    if (!s) {
      const a = this.cellAccount[this.cellOf[i]];
      const account = this.manifest.accounts[a];
      const project = this.manifest.projects[this.projectOf[i]];
      s = this.made[i] = makeStack(this.manifest, project, account, this.cellRegion[this.cellOf[i]], this.chains[a]);
    }
    return s;
  }

  accountOf(i: number): string {
    return this.manifest.accounts[this.cellAccount[this.cellOf[i]]].name;
  }

  regionOf(i: number): string {
    return this.cellRegion[this.cellOf[i]];
  }

  /** The indices of a project's stacks, in table order (cells are numbered in that order). */
  stacksOf(project: number): number[] {
    const out: number[] = [];
    for (let c = 0, row = project * this.cells; c < this.cells; c++) if (this.grid[row + c] >= 0) out.push(this.grid[row + c]);
    return out;
  }
}

function makeStack(manifest: Manifest, project: Project, account: Account, region: string, chain: [string, string]): StackRef {
  return {
    stack: stackName(manifest.org, project.name, account.name, region),
    project: project.name,
    account: account.name,
    accountId: account.id,
    region,
    roleChain: chain,
  };
}
