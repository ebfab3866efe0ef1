import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { createProvider } from '../aws-provider.js';
import { loadConfig } from '../load-config.js';
import { resolveStackContext } from '../stack-context.js';
import { configSchema } from '../../shared/schemas/bootstrap-management.js';
import type { AccountEntry } from '../../shared/config-schema.js';
import { DEFAULT_AUDIENCE, deployRoleTrustPolicy, GITHUB_OIDC_URL, previewRoleTrustPolicy } from '../../shared/trust-policies.js';
import {
  checkAccount,
  MANAGEMENT_KEY,
  deployRolePermissionPolicy,
  humanRoleTrustPolicy,
  perAccountRoleName,
  previewRolePermissionPolicy,
  secretsKeyAlias,
  stateBucketTlsOnlyPolicy,
} from './policies.js';

const json = (v: unknown) => JSON.stringify(v);

/**
 * The management account. Everything here is precious (losing the bucket loses all state, losing
 * a key loses that account's secrets), so the bucket and keys are always protected. Per target
 * account: a deploy role, a preview role and a KMS key, each reaching only that account
 * (docs/trust-model.md).
 */
export function createManagement(env: Record<string, string | undefined> = process.env) {
  const c = loadConfig(pulumi, configSchema);
  const ctx = resolveStackContext({ project: pulumi.getProject(), stack: pulumi.getStack(), configAccountId: c.accountId as string, env });
  const targets = c.accounts as AccountEntry[];
  // Every account is checked before any resource is declared.
  targets.forEach(checkAccount);
  const provider = createProvider(aws, ctx, env);
  const root = new pulumi.ComponentResource('infra-action:bootstrap:Management', 'management', {}, { provider });
  const opts = { parent: root };
  const precious = { parent: root, protect: true };
  const partition = 'aws';
  const roleArn = (account: string, name: string) => `arn:${partition}:iam::${account}:role/${name}`;

  const oidc = new aws.iam.OpenIdConnectProvider('github', { url: GITHUB_OIDC_URL, clientIdLists: [DEFAULT_AUDIENCE] }, precious);

  const bucket = new aws.s3.Bucket('state', { bucket: c.stateBucketName as string, forceDestroy: false }, precious);
  new aws.s3.BucketVersioning('state', { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } }, opts);
  // SSE-KMS with the AWS-managed aws/s3 key: S3 permissions alone decide who reads which prefix, and
  // the per-account keys below stay for Pulumi secrets only.
  new aws.s3.BucketServerSideEncryptionConfiguration(
    'state',
    { bucket: bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' }, bucketKeyEnabled: true }] },
    opts,
  );
  const publicAccess = new aws.s3.BucketPublicAccessBlock(
    'state',
    { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
    opts,
  );
  new aws.s3.BucketPolicy(
    'state-tls-only',
    { bucket: bucket.id, policy: bucket.arn.apply((arn) => json(stateBucketTlsOnlyPolicy(arn))) },
    { ...opts, dependsOn: [publicAccess] },
  );

  // The management stack's own Pulumi secrets (its state sits under management/ in the bucket): a key
  // no deploy or preview role names, so only the management account's admins can use it. bootstrap
  // moves the management stack onto it once it exists (docs/bootstrap.md).
  const managementKey = new aws.kms.Key(
    'pulumi-secrets-management',
    { description: 'Pulumi secrets of the management stack (bootstrap-management)', enableKeyRotation: true, deletionWindowInDays: 30 },
    precious,
  );
  new aws.kms.Alias('pulumi-secrets-management', { name: secretsKeyAlias(MANAGEMENT_KEY), targetKeyId: managementKey.keyId }, opts);

  const repository = c.githubRepository as string;
  const deployRoleArns: Record<string, pulumi.Output<string>> = {};
  const previewRoleArns: Record<string, pulumi.Output<string>> = {};
  const kmsKeyArns: Record<string, pulumi.Output<string>> = {};
  for (const t of targets) {
    // One key per account: a session scoped to one account's key cannot decrypt another's secrets.
    const key = new aws.kms.Key(
      `pulumi-secrets-${t.name}`,
      { description: `Pulumi secrets of account ${t.name}`, enableKeyRotation: true, deletionWindowInDays: 30 },
      precious,
    );
    new aws.kms.Alias(`pulumi-secrets-${t.name}`, { name: secretsKeyAlias(t.name), targetKeyId: key.keyId }, opts);
    kmsKeyArns[t.name] = key.arn;

    const deployRole = new aws.iam.Role(
      `deploy-${t.name}`,
      {
        name: perAccountRoleName(c.oidcRoleName as string, t.name),
        description: `GitHub Actions deploys from ${repository} to account ${t.name}, environment ${t.environment ?? t.name} only`,
        maxSessionDuration: 3600,
        assumeRolePolicy: oidc.arn.apply((providerArn) =>
          json(deployRoleTrustPolicy({ providerArn, repository, environment: t.environment ?? t.name })),
        ),
      },
      opts,
    );
    new aws.iam.RolePolicy(
      `deploy-${t.name}`,
      {
        role: deployRole.name,
        policy: pulumi.all([bucket.arn, key.arn]).apply(([stateBucketArn, kmsKeyArn]) =>
          json(
            deployRolePermissionPolicy({
              account: t.name,
              executorRoleArn: roleArn(t.id, c.executorRoleName as string),
              stateBucketArn,
              kmsKeyArn,
            }),
          ),
        ),
      },
      opts,
    );
    deployRoleArns[t.name] = deployRole.arn;

    const previewRole = new aws.iam.Role(
      `preview-${t.name}`,
      {
        name: perAccountRoleName(c.previewRoleName as string, t.name),
        description: `GitHub Actions previews from ${repository} of account ${t.name} (read-only)`,
        maxSessionDuration: 3600,
        assumeRolePolicy: oidc.arn.apply((providerArn) =>
          json(
            previewRoleTrustPolicy({
              providerArn,
              repository,
              previewEnvironment: t.previewEnvironment,
              defaultBranch: c.defaultBranch as string,
            }),
          ),
        ),
      },
      opts,
    );
    new aws.iam.RolePolicy(
      `preview-${t.name}`,
      {
        role: previewRole.name,
        policy: pulumi.all([bucket.arn, key.arn]).apply(([stateBucketArn, kmsKeyArn]) =>
          json(
            previewRolePermissionPolicy({
              account: t.name,
              previewExecutorRoleArn: roleArn(t.id, c.previewExecutorRoleName as string),
              stateBucketArn,
              kmsKeyArn,
            }),
          ),
        ),
      },
      opts,
    );
    previewRoleArns[t.name] = previewRole.arn;
  }

  const humans = (c.humanPrincipalArns as string[] | undefined) ?? [];
  for (const [name, target] of [
    ['Management-Admin', 'Admin'],
    ['Management-Billing', 'Billing'],
  ] as const) {
    if (humans.length === 0) break;
    const role = new aws.iam.Role(name, { name, assumeRolePolicy: json(humanRoleTrustPolicy(humans)), maxSessionDuration: 3600 }, opts);
    new aws.iam.RolePolicy(
      name,
      {
        role: role.name,
        policy: json({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: `Assume${target}`,
              Effect: 'Allow',
              Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'],
              Resource: targets.map((a) => roleArn(a.id, target)),
            },
          ],
        }),
      },
      opts,
    );
  }

  return {
    oidcProviderArn: oidc.arn,
    deployRoleArns,
    previewRoleArns,
    stateBucket: bucket.bucket,
    // The manifest's `backend` and `secretsProvider`: the engine puts the account name in `{account}`.
    backendUrl: pulumi.interpolate`s3://${bucket.bucket}/{account}?region=${ctx.region}`,
    secretsProvider: `awskms://alias/pulumi-{account}?region=${ctx.region}`,
    kmsKeyArns,
    managementKeyArn: managementKey.arn,
  };
}
