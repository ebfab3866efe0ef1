import type { PolicyDocument } from '../../shared/iam-types.js';
import { createAccount } from '../bootstrap-account/program.js';
import { createManagement } from '../bootstrap-management/program.js';
import { mockProgram, settle, type RecordedResource } from './mocks.js';

/**
 * The IAM world the bootstrap programs create, read off their real rendered output (under
 * `pulumi.runtime.setMocks`): every role's trust policy and permission policies, keyed by the ARN
 * AWS would give it. The reachability tests evaluate it with src/auth/policy-eval.ts, and the STS
 * emulator's test worlds load their roles from it, so nothing hand-writes a policy twice.
 */

export interface WorldAccount {
  name: string;
  id: string;
  environment?: string;
  previewEnvironment?: string;
}

export interface RenderedRole {
  arn: string;
  trust: PolicyDocument;
  /** Inline permission policies. */
  policies: PolicyDocument[];
  /** Managed policy ARNs attached (AdministratorAccess on the executor). */
  managed: string[];
}

export interface BootstrapWorld {
  managementAccountId: string;
  repository: string;
  providerArn: string;
  bucketArn: string;
  /** Per account name: the KMS key ARN for its Pulumi secrets. */
  keyArns: Record<string, string>;
  /** The management stack's own key (alias/pulumi-management). */
  managementKeyArn: string;
  roles: Map<string, RenderedRole>;
}

export interface RenderOptions {
  repository?: string;
  managementAccountId?: string;
  accounts?: WorldAccount[];
  oidcRoleName?: string;
  previewRoleName?: string;
  executorRoleName?: string;
  previewExecutorRoleName?: string;
  stateBucketName?: string;
  /** Per account name: its bootstrap-account ssoAdminRoleArn. */
  ssoAdminRoleArns?: Record<string, string>;
  /** bootstrap-management's defaultBranch (unset: the schema's default, main). */
  defaultBranch?: string;
}

const DEFAULT_ACCOUNTS: WorldAccount[] = [
  { name: 'sandbox', id: '111111111111' },
  { name: 'canary', id: '222222222222' },
  { name: 'production', id: '333333333333', previewEnvironment: 'production-preview' },
];

const parse = (r: RecordedResource, key: string): PolicyDocument => JSON.parse(r.inputs[key] as string) as PolicyDocument;

function collectRoles(resources: RecordedResource[], accountId: string, into: Map<string, RenderedRole>): void {
  const byName = new Map<string, RenderedRole>();
  for (const r of resources.filter((x) => x.type === 'aws:iam/role:Role')) {
    const role: RenderedRole = {
      arn: `arn:aws:iam::${accountId}:role/${String(r.inputs.name)}`,
      trust: parse(r, 'assumeRolePolicy'),
      policies: [],
      managed: [],
    };
    byName.set(String(r.inputs.name), role);
    into.set(role.arn, role);
  }
  // The mocks resolve `role: role.name` to the role's name, so attachments find their role by it.
  for (const r of resources.filter((x) => x.type === 'aws:iam/rolePolicy:RolePolicy'))
    byName.get(String(r.inputs.role))?.policies.push(parse(r, 'policy'));
  for (const r of resources.filter((x) => x.type === 'aws:iam/rolePolicyAttachment:RolePolicyAttachment'))
    byName.get(String(r.inputs.role))?.managed.push(String(r.inputs.policyArn));
}

/** Runs bootstrap-management once and bootstrap-account once per account, and collects their IAM. */
export async function renderBootstrap(opts: RenderOptions = {}): Promise<BootstrapWorld> {
  const mgmt = opts.managementAccountId ?? '000000000000';
  const repository = opts.repository ?? 'unkeyed/infra';
  const accounts = opts.accounts ?? DEFAULT_ACCOUNTS;
  const names: Record<string, string> = {
    ...(opts.oidcRoleName ? { oidcRoleName: opts.oidcRoleName } : {}),
    ...(opts.previewRoleName ? { previewRoleName: opts.previewRoleName } : {}),
    ...(opts.executorRoleName ? { executorRoleName: opts.executorRoleName } : {}),
    ...(opts.previewExecutorRoleName ? { previewExecutorRoleName: opts.previewExecutorRoleName } : {}),
  };
  const branch: Record<string, string> = opts.defaultBranch !== undefined ? { defaultBranch: opts.defaultBranch } : {};
  const roles = new Map<string, RenderedRole>();
  const prefixed = (project: string, o: Record<string, string>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [`${project}:${k}`, v]));

  const m = await mockProgram(
    'bootstrap-management',
    'aws-management-us-east-1',
    prefixed('bootstrap-management', {
      accountId: mgmt,
      githubRepository: repository,
      accounts: JSON.stringify(accounts),
      stateBucketName: opts.stateBucketName ?? 'unkey-pulumi-state',
      ...names,
      ...branch,
    }),
  );
  await settle(m, createManagement({}));
  collectRoles(m.resources, mgmt, roles);
  // The ARNs the mocks give the bucket and the keys (see fakeState in mocks.ts).
  const bucketArn = `arn:aws:s3:::${String(m.one('aws:s3/bucket:Bucket').inputs.bucket)}`;
  const keyArns = Object.fromEntries(
    accounts.map((a) => [a.name, `arn:aws:kms:us-east-1:000000000000:key/${m.one('aws:kms/key:Key', `pulumi-secrets-${a.name}`).name}`]),
  );

  for (const a of accounts) {
    const { executorRoleName, previewExecutorRoleName, oidcRoleName, previewRoleName } = names;
    const r = await mockProgram(
      'bootstrap-account',
      `aws-${a.name}-us-east-1`,
      prefixed('bootstrap-account', {
        accountId: a.id,
        managementAccountId: mgmt,
        ...(oidcRoleName ? { oidcRoleName } : {}),
        ...(previewRoleName ? { previewRoleName } : {}),
        ...(executorRoleName ? { executorRoleName } : {}),
        ...(previewExecutorRoleName ? { previewExecutorRoleName } : {}),
        ...(opts.ssoAdminRoleArns?.[a.name] ? { ssoAdminRoleArn: opts.ssoAdminRoleArns[a.name] } : {}),
      }),
    );
    await settle(r, createAccount({}));
    collectRoles(r.resources, a.id, roles);
  }
  return {
    managementAccountId: mgmt,
    repository,
    providerArn: `arn:aws:iam::${mgmt}:oidc-provider/token.actions.githubusercontent.com`,
    bucketArn,
    keyArns,
    managementKeyArn: `arn:aws:kms:us-east-1:000000000000:key/${m.one('aws:kms/key:Key', 'pulumi-secrets-management').name}`,
    roles,
  };
}
