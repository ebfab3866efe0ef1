import type { ConfigSchema } from '../config-schema.js';

/**
 * Config of the `api` program: exactly the keys the seed stack files carry. Pure data (no pulumi
 * import) so the engine's preflight and the docs generator can read it without loading a program.
 */
export const configSchema: ConfigSchema = {
  project: 'api',
  description: 'The API service: VPC, ALB with HTTPS, ECS Fargate service, ElastiCache Serverless (Valkey), secrets in Secrets Manager.',
  keys: [
    {
      key: 'roleToAssumeARN',
      type: 'arn',
      required: true,
      secret: false,
      layer: 'stack',
      pattern: '^arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]+$',
      description:
        'Executor role of the target account. Its account id pins the provider (`allowedAccountIds`); the action assumes it before the program runs.',
    },
    {
      key: 'cidrBlock',
      type: 'cidr',
      required: true,
      secret: false,
      layer: 'stack',
      description: 'CIDR of the VPC (a /16 to /24); the public subnets are carved from it, one per availability zone.',
    },
    {
      key: 'hostedZoneID',
      type: 'string',
      required: true,
      secret: false,
      layer: 'stack',
      pattern: '^Z[A-Z0-9]{6,31}$',
      description:
        'Route 53 hosted zone of `certificateDomain`: it receives the ACM DNS validation record and the alias record that points `certificateDomain` at the ALB.',
    },
    {
      key: 'certificateDomain',
      type: 'domain',
      required: true,
      secret: false,
      layer: 'stack',
      description: 'Domain name of the ACM certificate served by the HTTPS listener.',
    },
    {
      key: 'image',
      type: 'image',
      required: true,
      secret: false,
      layer: 'global',
      description:
        'Container image the API runs, pinned by digest as `ghcr.io/unkeyed/unkey@sha256:<64 hex>` (or `repo:tag@sha256:…`). Protected accounts refuse an image without a digest, and must run the digest the account before them runs at the same commit: promotion moves one artifact, never a tag (see docs/image-promotion.md).',
    },
    {
      key: 'awsRegion',
      type: 'region',
      required: true,
      secret: false,
      layer: 'stack',
      description: 'AWS region; must match the region in the stack name `aws-<account>-<region>`.',
    },
    {
      key: 'clickhouseUrl',
      type: 'url',
      required: true,
      secret: true,
      layer: 'stack',
      description: 'ClickHouse URL; stored in Secrets Manager and handed to the container as a secret.',
    },
    {
      key: 'OTEL_EXPORTER_OTLP_HEADERS',
      type: 'string',
      required: true,
      secret: true,
      layer: 'stack',
      description: 'OpenTelemetry exporter headers (credentials); stored in Secrets Manager.',
    },
    {
      key: 'OTEL_EXPORTER_OTLP_ENDPOINT',
      type: 'url',
      required: true,
      secret: true,
      layer: 'stack',
      description: 'OpenTelemetry exporter endpoint; stored in Secrets Manager.',
    },
    {
      key: 'databasePrimaryDsn',
      type: 'string',
      required: true,
      secret: true,
      layer: 'global',
      description:
        'DSN of the primary database (PlanetScale `unkey`/`main`, role `readwriter`); one value per account, encrypted into each of its stack files by `infra-action config set --account <account> --secret`.',
    },
    {
      key: 'databaseReplicaDsn',
      type: 'string',
      required: false,
      secret: true,
      layer: 'global',
      description:
        'DSN of the read replica (role `reader`). Ignored on canary stacks, which never get a replica; omit it to run without one.',
    },
  ],
};
