import * as pulumi from '@pulumi/pulumi';

/**
 * Test support for the builtin programs: `pulumi.runtime.setMocks` with a recorder of every
 * resource (type, name, inputs, provider reference) and of its `protect` option (seen through a
 * stack transformation, since mocks do not receive options). No Pulumi CLI, no cloud.
 */

export interface RecordedResource {
  type: string;
  name: string;
  /** Inputs as the engine would receive them (secrets unwrapped). */
  inputs: Record<string, unknown>;
  /** `urn::id` of the provider the resource is bound to, for custom resources. */
  provider?: string;
  /** Top-level input names that arrived as secrets. */
  secretInputs: string[];
  protect: boolean;
}

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getProtect(): boolean | undefined;
}

export interface MockRun {
  resources: RecordedResource[];
  ofType(type: string): RecordedResource[];
  /** The one resource of `type` named exactly `nameIncludes`, else the one whose name contains it. */
  one(type: string, nameIncludes?: string): RecordedResource;
}

const SECRET_SIG = '4dabf18193072939515e22adb298388d';

/** Replaces Pulumi's secret envelopes with their values, so assertions see what AWS would receive. */
export function unwrapSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrapSecrets);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o[SECRET_SIG] === '1b47061264138c4ac30d75fd1eb44270') return unwrapSecrets(o.value);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, unwrapSecrets(x)]));
  }
  return v;
}

function secretKeysOf(inputs: Record<string, unknown>): string[] {
  return Object.entries(inputs)
    .filter(
      ([, v]) => v !== null && typeof v === 'object' && (v as Record<string, unknown>)[SECRET_SIG] === '1b47061264138c4ac30d75fd1eb44270',
    )
    .map(([k]) => k);
}

/** Fake cloud-side state for the outputs the programs read. */
function fakeState(type: string, name: string, inputs: Record<string, unknown>): Record<string, unknown> {
  const arn = `arn:aws:mock:us-east-1:111111111111:${type.split(':').pop()}/${name}`;
  const extra: Record<string, unknown> = { arn };
  if (type === 'aws:acm/certificate:Certificate') {
    extra.domainValidationOptions = [
      {
        domainName: inputs.domainName,
        resourceRecordName: `_x.${String(inputs.domainName)}.`,
        resourceRecordType: 'CNAME',
        resourceRecordValue: '_y.acm-validations.aws.',
      },
    ];
  }
  if (type === 'aws:acm/certificateValidation:CertificateValidation') extra.certificateArn = inputs.certificateArn;
  if (type === 'aws:route53/record:Record') extra.fqdn = inputs.name;
  if (type === 'aws:elasticache/serverlessCache:ServerlessCache')
    extra.endpoints = [{ address: `${name}.serverless.use1.cache.amazonaws.com`, port: 6379 }];
  if (type === 'aws:lb/loadBalancer:LoadBalancer')
    Object.assign(extra, { dnsName: `${name}.us-east-1.elb.amazonaws.com`, zoneId: 'Z35SXDOTRQ7X7K' });
  if (
    type === 'aws:iam/role:Role' ||
    type === 'aws:ecs/cluster:Cluster' ||
    type === 'aws:cloudwatch/logGroup:LogGroup' ||
    type === 'aws:ecs/service:Service'
  )
    extra.name = inputs.name ?? name;
  if (type === 'aws:iam/openIdConnectProvider:OpenIdConnectProvider')
    extra.arn = `arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com`;
  if (type === 'aws:iam/role:Role') extra.arn = `arn:aws:iam::000000000000:role/${String(inputs.name ?? name)}`;
  // Real ARN shapes where policies embed them, so evaluated policies read like AWS's.
  if (type === 'aws:s3/bucket:Bucket') extra.arn = `arn:aws:s3:::${String(inputs.bucket ?? name)}`;
  if (type === 'aws:kms/key:Key') Object.assign(extra, { arn: `arn:aws:kms:us-east-1:000000000000:key/${name}`, keyId: name });
  return { ...inputs, ...extra };
}

/**
 * Installs mocks and config for one program run. Call before invoking the program;
 * then `await settle(run)` to let every registration finish.
 */
export async function mockProgram(
  project: string,
  stack: string,
  config: Record<string, string>,
  secretKeys: string[] = [],
): Promise<MockRun> {
  const resources: RecordedResource[] = [];
  const protectedNames = new Set<string>();
  await pulumi.runtime.setMocks(
    {
      newResource(args: pulumi.runtime.MockResourceArgs) {
        resources.push({
          type: args.type,
          name: args.name,
          inputs: unwrapSecrets(args.inputs) as Record<string, unknown>,
          provider: args.provider,
          secretInputs: secretKeysOf(args.inputs as Record<string, unknown>),
          protect: false,
        });
        return { id: `${args.name}-id`, state: fakeState(args.type, args.name, args.inputs as Record<string, unknown>) };
      },
      call(args: pulumi.runtime.MockCallArgs) {
        if (args.token === 'aws:index/getAvailabilityZones:getAvailabilityZones')
          return { names: ['us-east-1a', 'us-east-1b', 'us-east-1c'], zoneIds: ['use1-az1', 'use1-az2', 'use1-az4'] };
        if (args.token === 'aws:index/getCallerIdentity:getCallerIdentity') return { accountId: '111111111111' };
        return {};
      },
    },
    project,
    stack,
    false,
  );
  pulumi.runtime.setAllConfig(config, secretKeys);
  // Mocks never see resource options, and a stack transformation needs a root stack resource that
  // mocked runs lack; so read `protect` off the register request the mock monitor receives.
  const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource(req: RegisterRequest, cb: unknown): unknown };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    if (req.getProtect()) protectedNames.add(`${req.getType()}::${req.getName()}`);
    return register(req, cb);
  };
  const snapshot = (): RecordedResource[] => resources.map((r) => ({ ...r, protect: protectedNames.has(`${r.type}::${r.name}`) }));
  const ofType = (type: string) => snapshot().filter((r) => r.type === type);
  const run: MockRun = {
    get resources() {
      return snapshot();
    },
    ofType,
    one(type, nameIncludes) {
      const all = ofType(type);
      const exact = all.filter((r) => r.name === nameIncludes);
      const found = exact.length > 0 ? exact : all.filter((r) => nameIncludes === undefined || r.name.includes(nameIncludes));
      if (found.length !== 1)
        throw new Error(
          `expected one ${type}${nameIncludes ? ` named *${nameIncludes}*` : ''}, found ${found.length}: ${found.map((r) => r.name).join(', ')}`,
        );
      return found[0];
    },
  };
  return run;
}

/** Waits until no new resource has been registered for a few event-loop turns. */
export async function settle(run: MockRun, outputs: Record<string, unknown> = {}): Promise<void> {
  await Promise.all(Object.values(outputs).map((o) => (pulumi.Output.isInstance(o) ? new Promise((resolve) => o.apply(resolve)) : o)));
  let last = -1;
  let stable = 0;
  while (stable < 3) {
    await new Promise((r) => setTimeout(r, 5));
    const n = run.resources.length;
    stable = n === last ? stable + 1 : 0;
    last = n;
  }
}

/** The value of an Output, for assertions. */
export function promiseOf<T>(o: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => o.apply(resolve));
}
