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
  const out: StackRef[] = [];
  for (const account of manifest.accounts) {
    // One chain per account, shared by its stacks (read-only): a monorepo has 100,000s of stacks.
    const chain = roleChain(roles, account);
    for (const project of manifest.projects) {
      if (!project.accounts.includes(account.name)) continue;
      for (const region of account.regions) out.push(makeStack(manifest, project, account, region, chain));
    }
  }
  return out;
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
