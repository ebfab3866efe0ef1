import { describe, expect, it } from '@jest/globals';
import { mockProgram, promiseOf, settle, type MockRun } from '../testing/mocks.js';
import { createApi } from './program.js';
import { TLS_POLICY } from './edge.js';

const SECRET_VALUES = {
  'api:clickhouseUrl': 'https://default:ch-secret-pw@clickhouse.example:8443',
  'api:OTEL_EXPORTER_OTLP_HEADERS': 'Authorization=Basic b3RlbC1zZWNyZXQ=',
  'api:OTEL_EXPORTER_OTLP_ENDPOINT': 'https://otel.example/v1',
  'api:databasePrimaryDsn': 'mysql://rw:pscale_pw_primary@aws.connect.psdb.cloud/unkey',
  'api:databaseReplicaDsn': 'mysql://ro:pscale_pw_replica@aws.connect.psdb.cloud/unkey',
};

const DIGEST = `sha256:${'ab12'.repeat(16)}`;
const PINNED = `ghcr.io/unkeyed/unkey@${DIGEST}`;

function configFor(account: string, id: string, region = 'us-east-1'): Record<string, string> {
  return {
    'api:image': PINNED,
    'api:roleToAssumeARN': `arn:aws:iam::${id}:role/UnkeyPulumiAWSExecutor`,
    'api:awsRegion': region,
    'api:cidrBlock': '10.20.0.0/16',
    'api:hostedZoneID': 'Z0CANARY00000000000',
    'api:certificateDomain': `api.${account}.unkey.example`,
    ...SECRET_VALUES,
  };
}

let lastOutputs: ReturnType<typeof createApi>;
async function run(account: string, id: string, env: Record<string, string> = {}, config = configFor(account, id)): Promise<MockRun> {
  const mock = await mockProgram('api', `aws-${account}-us-east-1`, config, Object.keys(SECRET_VALUES));
  lastOutputs = createApi({ GITHUB_SHA: 'abc1234', ...env });
  await settle(mock, lastOutputs);
  return mock;
}

const AWS_PROVIDER = 'pulumi:providers:aws';
/** Provider inputs reach the engine JSON-encoded. */
const decoded = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
const CONTAINER = (m: MockRun) => JSON.parse(m.one('aws:ecs/taskDefinition:TaskDefinition').inputs.containerDefinitions as string)[0];

describe('api program (sandbox)', () => {
  let m: MockRun;
  it('builds the graph', async () => {
    m = await run('sandbox', '111111111111');
    const types = new Set(m.resources.map((r) => r.type));
    for (const t of [
      'aws:ec2/vpc:Vpc',
      'aws:ec2/subnet:Subnet',
      'aws:elasticache/serverlessCache:ServerlessCache',
      'aws:lb/loadBalancer:LoadBalancer',
      'aws:lb/targetGroup:TargetGroup',
      'aws:lb/listener:Listener',
      'aws:acm/certificate:Certificate',
      'aws:acm/certificateValidation:CertificateValidation',
      'aws:route53/record:Record',
      'aws:ecs/cluster:Cluster',
      'aws:ecs/taskDefinition:TaskDefinition',
      'aws:ecs/service:Service',
      'aws:secretsmanager/secret:Secret',
      'aws:cloudwatch/logGroup:LogGroup',
    ])
      expect(types).toContain(t);
  });

  it('uses one explicit provider, pinned to the account, with tags, for every resource', () => {
    const providers = m.ofType(AWS_PROVIDER);
    expect(providers).toHaveLength(1);
    const p = providers[0];
    expect(decoded(p.inputs.allowedAccountIds)).toEqual(['111111111111']);
    expect(p.inputs.region).toBe('us-east-1');
    expect(decoded(p.inputs.defaultTags)).toEqual({
      tags: { project: 'api', stack: 'aws-sandbox-us-east-1', account: 'sandbox', commit: 'abc1234', 'managed-by': 'infra-action' },
    });
    const custom = m.resources.filter((r) => r.type.startsWith('aws:'));
    expect(custom.length).toBeGreaterThan(30);
    for (const r of custom) expect({ name: r.name, provider: r.provider?.split('::')[3] }).toEqual({ name: r.name, provider: p.name });
  });

  it('puts public subnets in two availability zones carved from cidrBlock', () => {
    const subnets = m.ofType('aws:ec2/subnet:Subnet');
    expect(subnets.map((s) => s.inputs.cidrBlock)).toEqual(['10.20.0.0/17', '10.20.128.0/17']);
    expect(new Set(subnets.map((s) => s.inputs.availabilityZone)).size).toBe(2);
    expect(m.one('aws:ec2/vpc:Vpc').inputs.cidrBlock).toBe('10.20.0.0/16');
  });

  it('chains security groups: internet → ALB 80/443 → tasks 8080 → Valkey 6379', () => {
    const sg = (n: string) => `${n}-id`;
    const ingress = m.ofType('aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule').map((r) => r.inputs);
    const egress = m.ofType('aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule').map((r) => r.inputs);
    const alb = sg('api-sandbox-alb');
    const tasks = sg('api-sandbox-tasks');
    const valkey = sg('api-sandbox-valkey');
    const open = ingress.filter((r) => r.cidrIpv4 === '0.0.0.0/0' || r.cidrIpv6 === '::/0');
    expect(open.every((r) => r.securityGroupId === alb)).toBe(true);
    expect(open.map((r) => r.fromPort).sort()).toEqual([443, 443, 80, 80]);
    expect(open.every((r) => r.fromPort === r.toPort)).toBe(true);
    expect(ingress.filter((r) => r.securityGroupId === tasks)).toEqual([
      expect.objectContaining({ fromPort: 8080, toPort: 8080, referencedSecurityGroupId: alb }),
    ]);
    expect(ingress.filter((r) => r.securityGroupId === valkey)).toEqual([
      expect.objectContaining({ fromPort: 6379, toPort: 6379, referencedSecurityGroupId: tasks }),
    ]);
    expect(egress.filter((r) => r.securityGroupId === valkey)).toEqual([]);
    expect(egress.filter((r) => r.securityGroupId === alb)).toEqual([
      expect.objectContaining({ fromPort: 8080, referencedSecurityGroupId: tasks }),
    ]);
    for (const g of m.ofType('aws:ec2/securityGroup:SecurityGroup')) {
      expect(g.inputs.ingress ?? []).toEqual([]);
      expect(g.inputs.egress ?? []).toEqual([]);
    }
  });

  it('runs an encrypted Valkey serverless cache behind its group', () => {
    const cache = m.one('aws:elasticache/serverlessCache:ServerlessCache');
    expect(cache.inputs).toMatchObject({ engine: 'valkey', securityGroupIds: ['api-sandbox-valkey-id'] });
    expect(cache.inputs.kmsKeyId).toMatch(/arn:/);
    expect(m.one('aws:kms/key:Key').inputs.enableKeyRotation).toBe(true);
  });

  it('redirects HTTP to HTTPS and serves HTTPS on a modern TLS policy with the validated certificate', () => {
    const listeners = m.ofType('aws:lb/listener:Listener');
    const http = listeners.find((l) => l.inputs.port === 80)!;
    const https = listeners.find((l) => l.inputs.port === 443)!;
    expect(http.inputs.defaultActions).toEqual([
      expect.objectContaining({
        type: 'redirect',
        redirect: expect.objectContaining({ protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' }),
      }),
    ]);
    expect(https.inputs).toMatchObject({ protocol: 'HTTPS', sslPolicy: TLS_POLICY });
    expect(TLS_POLICY).toMatch(/TLS13/);
    expect(m.one('aws:acm/certificate:Certificate').inputs).toMatchObject({
      domainName: 'api.sandbox.unkey.example',
      validationMethod: 'DNS',
    });
    expect(m.one('aws:route53/record:Record', 'cert-validation').inputs).toMatchObject({ zoneId: 'Z0CANARY00000000000', type: 'CNAME' });
    const validation = m.one('aws:acm/certificateValidation:CertificateValidation');
    expect(https.inputs.certificateArn).toBe(validation.inputs.certificateArn);
    expect(m.one('aws:lb/targetGroup:TargetGroup').inputs).toMatchObject({
      port: 8080,
      targetType: 'ip',
      healthCheck: expect.objectContaining({ path: '/v1/liveness' }),
    });
  });

  it("the url's name has an alias record to the ALB, in the configured hosted zone", async () => {
    const alb = m.one('aws:lb/loadBalancer:LoadBalancer');
    const alias = m.one('aws:route53/record:Record', 'alias');
    expect(alias.inputs).toMatchObject({ zoneId: 'Z0CANARY00000000000', name: 'api.sandbox.unkey.example', type: 'A' });
    expect(alias.inputs.aliases).toEqual([
      { name: `${alb.name}.us-east-1.elb.amazonaws.com`, zoneId: 'Z35SXDOTRQ7X7K', evaluateTargetHealth: true },
    ]);
    expect(alias.inputs.records).toBeUndefined();
    expect(await promiseOf(lastOutputs.url)).toBe('https://api.sandbox.unkey.example');
  });

  it('runs exactly the configured image, not a moving tag', () => {
    expect(CONTAINER(m).image).toBe(PINNED);
    expect(lastOutputs.image).toBe(PINNED);
    expect(JSON.stringify(m.resources.map((r) => r.inputs))).not.toContain(':latest');
  });

  it('hands secrets only through Secrets Manager, never as plain environment', () => {
    const c = CONTAINER(m);
    const plain = JSON.stringify(c.environment);
    for (const v of Object.values(SECRET_VALUES)) expect(plain).not.toContain(v);
    const taskDef = JSON.stringify(m.one('aws:ecs/taskDefinition:TaskDefinition').inputs);
    for (const v of Object.values(SECRET_VALUES)) expect(taskDef).not.toContain(v);
    expect(c.environment.map((e: { name: string }) => e.name).sort()).toEqual(['AWS_REGION', 'PORT', 'VALKEY_URL']);
    expect(c.secrets.map((s: { name: string }) => s.name).sort()).toEqual([
      'CLICKHOUSE_URL',
      'DATABASE_PRIMARY_DSN',
      'DATABASE_READONLY_REPLICA_DSN',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'OTEL_EXPORTER_OTLP_HEADERS',
    ]);
    const secretArns = m.ofType('aws:secretsmanager/secret:Secret').map((s) => `arn:aws:mock:us-east-1:111111111111:Secret/${s.name}`);
    expect(c.secrets.map((s: { valueFrom: string }) => s.valueFrom).sort()).toEqual([...secretArns].sort());
    expect(
      m
        .ofType('aws:secretsmanager/secretVersion:SecretVersion')
        .map((v) => v.inputs.secretString)
        .sort(),
    ).toEqual(Object.values(SECRET_VALUES).sort());
    expect(m.ofType('aws:secretsmanager/secretVersion:SecretVersion').every((v) => v.secretInputs.includes('secretString'))).toBe(true);
    expect(m.one('aws:ecs/taskDefinition:TaskDefinition').secretInputs).toEqual([]);
  });

  it('lets the execution role read exactly those secrets and write its log group', () => {
    const policy = JSON.parse(m.one('aws:iam/rolePolicy:RolePolicy').inputs.policy as string);
    const read = policy.Statement.find((s: { Sid: string }) => s.Sid === 'ReadOwnSecrets');
    expect(read.Action).toEqual(['secretsmanager:GetSecretValue']);
    expect([...read.Resource].sort()).toEqual(
      CONTAINER(m)
        .secrets.map((s: { valueFrom: string }) => s.valueFrom)
        .sort(),
    );
    expect(JSON.stringify(policy)).not.toContain('"*"');
    expect(m.ofType('aws:iam/rolePolicyAttachment:RolePolicyAttachment')).toEqual([]);
  });

  it('keeps logs with a retention and rolls back failed deployments', () => {
    expect(m.one('aws:cloudwatch/logGroup:LogGroup').inputs.retentionInDays).toBe(30);
    expect(m.one('aws:ecs/service:Service').inputs).toMatchObject({
      launchType: 'FARGATE',
      deploymentCircuitBreaker: { enable: true, rollback: true },
    });
  });

  it('does not protect a sandbox', () => {
    expect(m.resources.filter((r) => r.protect)).toEqual([]);
    expect(m.one('aws:lb/loadBalancer:LoadBalancer').inputs.enableDeletionProtection).toBe(false);
  });
});

describe('api program (canary and production)', () => {
  it('never gives canary a replica, even when a replica DSN is configured', async () => {
    const m = await run('canary', '222222222222');
    const names = CONTAINER(m).secrets.map((s: { name: string }) => s.name);
    expect(names).not.toContain('DATABASE_READONLY_REPLICA_DSN');
    expect(names).toContain('DATABASE_PRIMARY_DSN');
    expect(JSON.stringify(m.resources.map((r) => r.inputs))).not.toContain('pscale_pw_replica');
  });

  it('runs without a replica when none is configured', async () => {
    const config = configFor('sandbox', '111111111111');
    delete config['api:databaseReplicaDsn'];
    const m = await run('sandbox', '111111111111', {}, config);
    expect(CONTAINER(m).secrets.map((s: { name: string }) => s.name)).not.toContain('DATABASE_READONLY_REPLICA_DSN');
  });

  it('protects stateful resources and the ALB in production', async () => {
    const m = await run('production', '333333333333');
    const protectedTypes = new Set(m.resources.filter((r) => r.protect).map((r) => r.type));
    for (const t of [
      'aws:elasticache/serverlessCache:ServerlessCache',
      'aws:secretsmanager/secret:Secret',
      'aws:cloudwatch/logGroup:LogGroup',
      'aws:kms/key:Key',
    ])
      expect(protectedTypes).toContain(t);
    expect(m.ofType('aws:secretsmanager/secret:Secret').every((s) => s.protect)).toBe(true);
    expect(m.one('aws:lb/loadBalancer:LoadBalancer').inputs.enableDeletionProtection).toBe(true);
    expect(decoded(m.one(AWS_PROVIDER).inputs.allowedAccountIds)).toEqual(['333333333333']);
    expect(CONTAINER(m).secrets.map((s: { name: string }) => s.name)).toContain('DATABASE_READONLY_REPLICA_DSN');
  });

  it("gives the provider the engine's target profile and never a key of the process", async () => {
    const m = await run('sandbox', '111111111111', {
      INFRA_TARGET_AWS_PROFILE: 'infra-action-target',
      AWS_PROFILE: 'infra-action-state',
      AWS_ACCESS_KEY_ID: 'ASIAMGMT',
    });
    const p = m.one(AWS_PROVIDER);
    expect(p.inputs.profile).toBe('infra-action-target');
    // No key and no per-run file path in the provider's inputs (the state): only the profile's name.
    for (const key of ['accessKey', 'secretKey', 'token', 'sharedConfigFiles']) expect(p.inputs).not.toHaveProperty(key);
    expect(JSON.stringify(m.resources.map((r) => r.inputs))).not.toContain('ASIAMGMT');
  });

  it('sandbox may run a tag while it tries out a build', async () => {
    const m = await run(
      'sandbox',
      '111111111111',
      {},
      { ...configFor('sandbox', '111111111111'), 'api:image': 'ghcr.io/unkeyed/unkey:main' },
    );
    expect(CONTAINER(m).image).toBe('ghcr.io/unkeyed/unkey:main');
  });

  it('production refuses an image without a digest', async () => {
    for (const image of ['ghcr.io/unkeyed/unkey:latest', 'ghcr.io/unkeyed/unkey:v2.3.1', 'ghcr.io/unkeyed/unkey']) {
      await mockProgram(
        'api',
        'aws-production-us-east-1',
        { ...configFor('production', '333333333333'), 'api:image': image },
        Object.keys(SECRET_VALUES),
      );
      expect(() => createApi({})).toThrow(
        new RegExp(
          `api:image is '${image}' in protected stack aws-production-us-east-1: protected accounts run only images pinned by digest; pin it by digest: ghcr.io/unkeyed/unkey@sha256:<digest>`,
        ),
      );
    }
  });

  it('production runs a tag that also names its digest, exactly as written', async () => {
    const image = `ghcr.io/unkeyed/unkey:v2.3.1@${DIGEST}`;
    const m = await run('production', '333333333333', {}, { ...configFor('production', '333333333333'), 'api:image': image });
    expect(CONTAINER(m).image).toBe(image);
  });

  it('an account the manifest protects refuses a tag even when it is not named production', async () => {
    await mockProgram(
      'api',
      'aws-sandbox-us-east-1',
      { ...configFor('sandbox', '111111111111'), 'api:image': 'ghcr.io/unkeyed/unkey:main' },
      Object.keys(SECRET_VALUES),
    );
    expect(() => createApi({ INFRA_TARGET_PROTECTED: 'true' })).toThrow(/protected accounts run only images pinned by digest/);
  });

  it('takes protection from the manifest flag when the engine passes it', async () => {
    const m = await run('sandbox', '111111111111', { INFRA_TARGET_PROTECTED: 'true', INFRA_TARGET_ACCOUNT_ID: '111111111111' });
    expect(m.one('aws:lb/loadBalancer:LoadBalancer').inputs.enableDeletionProtection).toBe(true);
  });
});

describe('api program config errors', () => {
  it('lists every missing key in one schema error instead of crashing on the first', async () => {
    await mockProgram('api', 'aws-sandbox-us-east-1', { 'api:awsRegion': 'us-east-1', 'api:cidrBlock': '10.0.0.1/16' });
    let error: Error | undefined;
    try {
      createApi({});
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('ConfigError');
    for (const key of [
      'roleToAssumeARN',
      'image',
      'hostedZoneID',
      'certificateDomain',
      'clickhouseUrl',
      'OTEL_EXPORTER_OTLP_HEADERS',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'databasePrimaryDsn',
    ]) {
      expect(error?.message).toContain(`api:${key}: is required`);
    }
    expect(error?.message).toContain("api:cidrBlock: '10.0.0.1/16' has host bits set");
    expect(error?.message).not.toContain('databaseReplicaDsn');
  });

  it('refuses an image reference that is not one, naming the key', async () => {
    await mockProgram(
      'api',
      'aws-sandbox-us-east-1',
      { ...configFor('sandbox', '111111111111'), 'api:image': 'ghcr.io/unkeyed/unkey@sha256:short' },
      Object.keys(SECRET_VALUES),
    );
    expect(() => createApi({})).toThrow(
      /api:image: 'ghcr.io\/unkeyed\/unkey@sha256:short' is not a container image reference \(a digest is sha256: followed by 64 lowercase hex characters\)/,
    );
  });

  it('refuses a region that disagrees with the stack name', async () => {
    await mockProgram('api', 'aws-sandbox-us-east-1', configFor('sandbox', '111111111111', 'eu-west-1'));
    expect(() => createApi({})).toThrow(/awsRegion is 'eu-west-1' but stack aws-sandbox-us-east-1 is in us-east-1/);
  });
});
