import { join } from 'node:path';
import { BadInput } from '../errors.js';
import { globalConfigFile, stackName } from '../manifest/naming.js';
import type { Account, Manifest, Project } from '../manifest/types.js';
import type { SelectedStack, Selection } from '../select/select.js';

/**
 * `infra-action bootstrap`, the pure part: which stacks run in which order, and the config each gets
 * from infra.yaml. The bootstrap programs are not projects of the manifest; this builds a small
 * manifest of its own (the management account plus the manifest's accounts, the two builtin
 * programs) that the engine runs like any other. See docs/bootstrap.md.
 */

/** Bad input for bootstrap (exit 2). */
export class BootstrapInputError extends BadInput {
  override name = 'BootstrapInputError';
}

/** The account name the management stack is named with: `<org>/bootstrap-management/aws-management-<region>`. */
export const MANAGEMENT = 'management';
export const MANAGEMENT_PROJECT = 'bootstrap-management';
export const ACCOUNT_PROJECT = 'bootstrap-account';
/** The role AWS Organizations creates in every member account it creates. */
export const DEFAULT_BOOTSTRAP_ROLE = 'OrganizationAccountAccessRole';

export interface BootstrapRequest {
  manifest: Manifest;
  /** Only these member accounts (the management stack always runs first). Empty: all. */
  accounts: readonly string[];
}

export interface BootstrapPlan {
  /** The state bucket bootstrap-management creates (from the manifest's `backend: s3://…`). */
  bucket: string;
  /** Region of the bucket, and of the bootstrap stacks (IAM is global; one stack per account). */
  region: string;
  management: Account;
  /** Member accounts, in manifest order. */
  members: Account[];
  /** Config derived from infra.yaml, per stack config file (relative to the manifest root). */
  derived: Map<string, Record<string, unknown>>;
  /** The manifest of the two bootstrap programs (root and backend filled in by the runner). */
  manifest(root: string, backend: string, secretsProvider: string | undefined): Manifest;
  /** The management stack alone, then every member account's stack, one wave per account. */
  managementSelection: Selection;
  membersSelection: Selection;
}

/** `s3://bucket?region=r` → bucket and region; anything else cannot be bootstrapped. */
export function parseStateBucket(manifest: Manifest): { bucket: string; region: string } {
  const m = manifest.backend ? /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/[^?]*)?(?:\?(.*))?$/.exec(manifest.backend) : null;
  if (!m) {
    throw new BootstrapInputError(
      `${manifest.file}: backend: bootstrap creates the Pulumi state bucket, so the manifest must name it: backend: s3://<bucket>?region=<region> (e.g. s3://${manifest.org}-pulumi-state?region=us-east-1); got ${manifest.backend ?? 'no backend'}.`,
    );
  }
  const region = new URLSearchParams(m[2] ?? '').get('region') ?? 'us-east-1';
  return { bucket: m[1]!, region };
}

const roleName = (arnOrName: string): string =>
  arnOrName
    .replace(/^arn:aws[\w-]*:iam::\d{12}:role\//, '')
    .split('/')
    .pop()!;

/** Refuses `--account` names the manifest does not have, and an account named like the management stack. */
function checkAccounts(req: BootstrapRequest): void {
  const { manifest } = req;
  const unknown = req.accounts.filter((a) => !manifest.accounts.some((x) => x.name === a));
  if (unknown.length > 0) {
    throw new BootstrapInputError(
      `--account: ${unknown.map((a) => `"${a}"`).join(', ')} is not an account in ${manifest.file}. Expected one of: ${manifest.accounts.map((a) => a.name).join(', ')}.`,
    );
  }
  if (manifest.accounts.some((a) => a.name === MANAGEMENT)) {
    throw new BootstrapInputError(
      `${manifest.file}: accounts: an account is named "${MANAGEMENT}", the name bootstrap gives the management account's stack; rename it.`,
    );
  }
}

const MANAGEMENT_CONFIG = join('stacks', MANAGEMENT_PROJECT);
const ACCOUNT_CONFIG = join('stacks', ACCOUNT_PROJECT);

/** The config infra.yaml decides for each bootstrap stack, per global config file. */
function deriveConfig(manifest: Manifest, management: Account, members: Account[], bucket: string): Map<string, Record<string, unknown>> {
  const deploy = manifest.deployRoles;
  const preview = manifest.previewRoles;
  const names = {
    oidcRoleName: roleName(deploy.oidcRoleBaseArn),
    executorRoleName: deploy.executorRole,
    ...(preview ? { previewRoleName: roleName(preview.oidcRoleBaseArn), previewExecutorRoleName: preview.executorRole } : {}),
  };
  const prefixed = (project: string, values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [`${project}:${k}`, v]));
  const derived = new Map<string, Record<string, unknown>>();
  derived.set(
    join(MANAGEMENT_CONFIG, globalConfigFile(MANAGEMENT)),
    prefixed(MANAGEMENT_PROJECT, {
      accountId: management.id,
      // Every account of the manifest, not only the ones this run bootstraps: dropping one from the
      // list would delete its deploy and preview roles and its KMS key.
      accounts: manifest.accounts.map((a) => ({
        name: a.name,
        id: a.id,
        environment: a.environment,
        ...(a.previewEnvironment ? { previewEnvironment: a.previewEnvironment } : {}),
      })),
      stateBucketName: bucket,
      ...names,
    }),
  );
  for (const a of members) {
    derived.set(
      join(ACCOUNT_CONFIG, globalConfigFile(a.name)),
      prefixed(ACCOUNT_PROJECT, { accountId: a.id, managementAccountId: management.id, ...names }),
    );
  }
  return derived;
}

/** A bootstrap program as a project of the bootstrap manifest. */
const bootstrapProject = (name: string, accounts: string[], config: string): Project => ({
  name,
  program: `builtin:${name}`,
  programKind: 'builtin',
  programPath: name,
  paths: [],
  accounts,
  dependsOn: [],
  config,
});

/** One stack per account, each its own wave: the engine runs them in order. */
function selectionOf(org: string, project: string, accounts: Account[]): Selection {
  const stacks = accounts.map((a): SelectedStack => ({
    stack: stackName(org, project, a.name, a.regions[0]!),
    project,
    account: a.name,
    accountId: a.id,
    region: a.regions[0]!,
    roleChain: ['(admin session)', `arn:aws:iam::${a.id}:role/(bootstrap role)`],
    reasons: ['bootstrap'],
  }));
  return { stacks, waves: stacks.map((s) => [s.stack]), mode: 'any', roles: 'deploy', errors: [], warnings: [] };
}

export function planBootstrap(req: BootstrapRequest): BootstrapPlan {
  const { manifest } = req;
  const { bucket, region } = parseStateBucket(manifest);
  checkAccounts(req);
  const management: Account = {
    name: MANAGEMENT,
    id: manifest.management.accountId,
    regions: [region],
    environment: MANAGEMENT,
    protected: true,
  };
  const members = manifest.accounts
    .filter((a) => req.accounts.length === 0 || req.accounts.includes(a.name))
    .map((a) => ({ ...a, regions: [a.regions.includes(region) ? region : a.regions[0]!] }));
  return {
    bucket,
    region,
    management,
    members,
    derived: deriveConfig(manifest, management, members, bucket),
    manifest: (root, backend, secretsProvider) => ({
      ...manifest,
      root,
      backend,
      secretsProvider,
      accounts: [management, ...members],
      triggers: [],
      projects: [
        bootstrapProject(MANAGEMENT_PROJECT, [MANAGEMENT], MANAGEMENT_CONFIG),
        bootstrapProject(
          ACCOUNT_PROJECT,
          members.map((a) => a.name),
          ACCOUNT_CONFIG,
        ),
      ],
    }),
    managementSelection: selectionOf(manifest.org, MANAGEMENT_PROJECT, [management]),
    membersSelection: selectionOf(manifest.org, ACCOUNT_PROJECT, members),
  };
}

/**
 * Merges the repo's bootstrap config files over what infra.yaml decides. A file that contradicts the
 * manifest is bad input (the chain would not match the manifest); keys the manifest does not decide
 * (githubRepository, humanPrincipalArns, …) come from the files.
 */
export function mergeDerived(
  file: string,
  derived: Record<string, unknown>,
  repo: Record<string, unknown>,
  manifestFile: string,
): { config: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(derived)) {
    if (!(key in repo)) continue;
    if (JSON.stringify(repo[key]) !== JSON.stringify(value)) {
      problems.push(
        `${file}: ${key}: is ${JSON.stringify(repo[key])}, but ${manifestFile} says ${JSON.stringify(value)}; remove the key (bootstrap derives it from ${manifestFile}) or change ${manifestFile}.`,
      );
    }
  }
  return { config: { ...repo, ...derived }, problems };
}
