import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { createProvider } from '../aws-provider.js';
import { loadConfig } from '../load-config.js';
import { resolveStackContext } from '../stack-context.js';
import { configSchema } from './schema.js';
import {
  DEFAULT_AUDIENCE,
  GITHUB_OIDC_URL,
  humanRoleTrustPolicy,
  oidcRolePermissionPolicy,
  oidcRoleTrustPolicy,
  previewRolePermissionPolicy,
  previewRoleTrustPolicy,
  stateBucketTlsOnlyPolicy,
} from './policies.js';

const json = (v: unknown) => JSON.stringify(v);

/**
 * The management account. Everything here is precious (losing the bucket loses all state, losing
 * the key loses every secret), so the bucket and key are always protected.
 */
export function createManagement(env: Record<string, string | undefined> = process.env) {
  const c = loadConfig(pulumi, configSchema);
  const ctx = resolveStackContext({ project: pulumi.getProject(), stack: pulumi.getStack(), configAccountId: c.accountId as string, env });
  const provider = createProvider(aws, pulumi, ctx, env);
  const root = new pulumi.ComponentResource('infra-action:bootstrap:Management', 'management', {}, { provider });
  const opts = { parent: root };
  const precious = { parent: root, protect: true };
  const partition = 'aws';
  const targets = c.targetAccountIds as string[];
  const roleArn = (account: string, name: string) => `arn:${partition}:iam::${account}:role/${name}`;

  const oidc = new aws.iam.OpenIdConnectProvider('github', { url: GITHUB_OIDC_URL, clientIdLists: [DEFAULT_AUDIENCE] }, precious);

  const key = new aws.kms.Key('pulumi-secrets', { description: 'Pulumi secrets provider', enableKeyRotation: true, deletionWindowInDays: 30 }, precious);
  new aws.kms.Alias('pulumi-secrets', { name: 'alias/pulumi', targetKeyId: key.keyId }, opts);

  const bucket = new aws.s3.Bucket('state', { bucket: c.stateBucketName as string, forceDestroy: false }, precious);
  new aws.s3.BucketVersioning('state', { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } }, opts);
  new aws.s3.BucketServerSideEncryptionConfiguration(
    'state',
    { bucket: bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: key.arn }, bucketKeyEnabled: true }] },
    opts,
  );
  const publicAccess = new aws.s3.BucketPublicAccessBlock('state', { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }, opts);
  new aws.s3.BucketPolicy('state-tls-only', { bucket: bucket.id, policy: bucket.arn.apply((arn) => json(stateBucketTlsOnlyPolicy(arn))) }, { ...opts, dependsOn: [publicAccess] });

  const repository = c.githubRepository as string;
  const deployRole = new aws.iam.Role(
    'deploy',
    {
      name: c.oidcRoleName as string,
      description: `GitHub Actions deploys from ${repository}`,
      maxSessionDuration: 3600,
      assumeRolePolicy: oidc.arn.apply((providerArn) =>
        json(oidcRoleTrustPolicy({ providerArn, repository, refs: c.deployRefs as string[], environments: c.deployEnvironments as string[] })),
      ),
    },
    opts,
  );
  new aws.iam.RolePolicy(
    'deploy',
    {
      role: deployRole.name,
      policy: pulumi.all([bucket.arn, key.arn]).apply(([stateBucketArn, kmsKeyArn]) =>
        json(oidcRolePermissionPolicy({ executorRoleArns: targets.map((a) => roleArn(a, c.executorRoleName as string)), stateBucketArn, kmsKeyArn })),
      ),
    },
    opts,
  );

  const previewRole = new aws.iam.Role(
    'preview',
    {
      name: c.previewRoleName as string,
      description: `GitHub Actions pull-request previews from ${repository} (read-only)`,
      maxSessionDuration: 3600,
      assumeRolePolicy: oidc.arn.apply((providerArn) => json(previewRoleTrustPolicy({ providerArn, repository }))),
    },
    opts,
  );
  new aws.iam.RolePolicy(
    'preview',
    {
      role: previewRole.name,
      policy: pulumi.all([bucket.arn, key.arn]).apply(([stateBucketArn, kmsKeyArn]) =>
        json(previewRolePermissionPolicy({ previewExecutorRoleArns: targets.map((a) => roleArn(a, c.previewExecutorRoleName as string)), stateBucketArn, kmsKeyArn })),
      ),
    },
    opts,
  );

  const humans = (c.humanPrincipalArns as string[] | undefined) ?? [];
  for (const [name, target] of [
    ['Management-Admin', 'Admin'],
    ['Management-Billing', 'Billing'],
  ] as const) {
    if (humans.length === 0) break;
    const role = new aws.iam.Role(name, { name, assumeRolePolicy: json(humanRoleTrustPolicy(humans)), maxSessionDuration: 3600 }, opts);
    new aws.iam.RolePolicy(
      name,
      { role: role.name, policy: json({ Version: '2012-10-17', Statement: [{ Sid: `Assume${target}`, Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'], Resource: targets.map((a) => roleArn(a, target)) }] }) },
      opts,
    );
  }

  return {
    oidcProviderArn: oidc.arn,
    deployRoleArn: deployRole.arn,
    previewRoleArn: previewRole.arn,
    stateBucket: bucket.bucket,
    backendUrl: pulumi.interpolate`s3://${bucket.bucket}?region=${ctx.region}`,
    secretsProvider: `awskms://alias/pulumi?region=${ctx.region}`,
    kmsKeyArn: key.arn,
  };
}
