import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { createProvider } from '../aws-provider.js';
import { isImageError, parseImageRef, pinHint } from '../../shared/image-ref.js';
import { loadConfig } from '../load-config.js';
import { accountIdOfArn, resolveStackContext, type StackContext } from '../stack-context.js';
import { Edge } from './edge.js';
import { Network } from './network.js';
import { configSchema } from '../../shared/schemas/api.js';
import { SecurityGroups, VALKEY_PORT } from './security-groups.js';
import { ApiService, type SecretEnv } from './service.js';

export const CONTAINER_PORT = 8080;

/** The seed's replica rule: canary stacks never get a read replica; others get one when a DSN is set. */
export function hasReplica(ctx: Pick<StackContext, 'account'>, replicaDsn: unknown): boolean {
  return ctx.account !== 'canary' && typeof replicaDsn === 'string' && replicaDsn !== '';
}

/**
 * The API service stack. Reads and validates all config first (one error listing every problem),
 * then builds everything with one explicit provider pinned to the stack's account.
 */
export function createApi(env: Record<string, string | undefined> = process.env) {
  const values = loadConfig(pulumi, configSchema);
  const config = new pulumi.Config(configSchema.project);
  const ctx = resolveStackContext({
    project: pulumi.getProject(),
    stack: pulumi.getStack(),
    configAccountId: accountIdOfArn(values.roleToAssumeARN as string),
    env,
  });
  if (values.awsRegion !== ctx.region) {
    throw new Error(`api:awsRegion is '${String(values.awsRegion)}' but stack ${ctx.stack} is in ${ctx.region}; make them agree`);
  }
  const image = values.image as string;
  const ref = parseImageRef(image);
  // The preflight says the same before any cloud call; this holds for runs that bypass it (a laptop's `pulumi up`).
  if (!isImageError(ref) && ctx.production && !ref.digest) {
    throw new Error(
      `api:image is '${image}' in protected stack ${ctx.stack}: protected accounts run only images pinned by digest; ${pinHint(ref)}`,
    );
  }
  const provider = createProvider(aws, ctx, env);
  const name = `api-${ctx.account}`;
  const root = new pulumi.ComponentResource('infra-action:api:Stack', name, {}, { provider });
  const opts = { parent: root };
  const stateful = { parent: root, protect: ctx.production };

  const zones = aws.getAvailabilityZonesOutput({ state: 'available' }, { provider, parent: root }).names;
  const network = new Network(name, { cidrBlock: values.cidrBlock as string, zones, zoneCount: 2 }, opts);
  const subnetIds = network.subnets.map((s) => s.id);
  const groups = new SecurityGroups(name, { vpcId: network.vpc.id, containerPort: CONTAINER_PORT }, opts);

  const cacheKey = new aws.kms.Key(
    `${name}-valkey`,
    { description: `Valkey encryption for ${ctx.stack}`, enableKeyRotation: true, deletionWindowInDays: 30 },
    stateful,
  );
  const cache = new aws.elasticache.ServerlessCache(
    `${name}-valkey`,
    {
      engine: 'valkey',
      majorEngineVersion: '8',
      subnetIds,
      securityGroupIds: [groups.valkey.id],
      kmsKeyId: cacheKey.arn,
      description: `Valkey for ${ctx.stack}`,
    },
    stateful,
  );
  const valkeyUrl = cache.endpoints.apply((e) => `rediss://${e[0]?.address}:${e[0]?.port ?? VALKEY_PORT}`);

  const edge = new Edge(
    name,
    {
      vpcId: network.vpc.id,
      subnetIds,
      securityGroupId: groups.alb.id,
      certificateDomain: values.certificateDomain as string,
      hostedZoneId: values.hostedZoneID as string,
      containerPort: CONTAINER_PORT,
      deletionProtection: ctx.production,
    },
    opts,
  );

  const secrets: SecretEnv[] = [
    { name: 'CLICKHOUSE_URL', value: config.requireSecret('clickhouseUrl') },
    { name: 'OTEL_EXPORTER_OTLP_HEADERS', value: config.requireSecret('OTEL_EXPORTER_OTLP_HEADERS') },
    { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: config.requireSecret('OTEL_EXPORTER_OTLP_ENDPOINT') },
    { name: 'DATABASE_PRIMARY_DSN', value: config.requireSecret('databasePrimaryDsn') },
  ];
  const replica = hasReplica(ctx, values.databaseReplicaDsn);
  if (replica) secrets.push({ name: 'DATABASE_READONLY_REPLICA_DSN', value: config.requireSecret('databaseReplicaDsn') });

  const api = new ApiService(
    name,
    {
      region: ctx.region,
      image,
      containerPort: CONTAINER_PORT,
      environment: { AWS_REGION: ctx.region, PORT: String(CONTAINER_PORT), VALKEY_URL: valkeyUrl },
      secrets,
      subnetIds,
      securityGroupId: groups.tasks.id,
      targetGroupArn: edge.targetGroup.arn,
      desiredCount: ctx.production ? 3 : 1,
      logRetentionDays: ctx.production ? 90 : 30,
      protect: ctx.production,
      dependsOn: [edge.httpsListener],
    },
    opts,
  );

  return {
    // Through the alias record, so the output exists only once the name resolves to the ALB.
    url: pulumi.interpolate`https://${edge.alias.name}`,
    image,
    albDnsName: edge.loadBalancer.dnsName,
    clusterName: api.cluster.name,
    serviceName: api.service.name,
    valkeyEndpoint: valkeyUrl,
    hasReplica: replica,
  };
}
