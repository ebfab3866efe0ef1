import type { ResourceChange, ResourceOp, RunResult, StackResult } from '../../src/engine/types.js';
import type { ReportContext } from '../../src/report/model.js';

/** Realistic engine results for the renderer tests and the gallery (deterministic). */

const TYPES = [
  'aws:ec2/securityGroup:SecurityGroup',
  'aws:ec2/subnet:Subnet',
  'aws:ecs/service:Service',
  'aws:ecs/taskDefinition:TaskDefinition',
  'aws:iam/role:Role',
  'aws:iam/rolePolicy:RolePolicy',
  'aws:lb/targetGroup:TargetGroup',
  'aws:rds/cluster:Cluster',
  'aws:s3/bucketV2:BucketV2',
  'aws:cloudwatch/logGroup:LogGroup',
];
const KEYS = [
  'tags',
  'ingress',
  'egress',
  'containerDefinitions',
  'desiredCount',
  'policy',
  'cidrBlock',
  'engineVersion',
  'retentionInDays',
  'healthCheck',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function change(op: ResourceOp, type: string, name: string, diffKeys: string[] = [], replaceKeys: string[] = []): ResourceChange {
  const project = 'api';
  return { op, type, name, urn: `urn:pulumi:stack::${project}::${type}::${name}`, diffKeys, replaceKeys };
}

export function changes(n: number, seed = 1, ops: ResourceOp[] = ['create', 'update', 'update', 'delete', 'replace']): ResourceChange[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const op = ops[Math.floor(r() * ops.length)];
    const type = TYPES[Math.floor(r() * TYPES.length)];
    const keys = op === 'update' || op === 'replace' ? KEYS.filter(() => r() < 0.25).slice(0, 3) : [];
    const short = type.split(':').pop()!.toLowerCase();
    return change(
      op,
      type,
      `${short}-${i}`,
      keys.length ? keys : op === 'update' ? ['tags'] : [],
      op === 'replace' ? keys.slice(0, 1) : [],
    );
  });
}

export function stack(project: string, account: string, region: string, over: Partial<StackResult> = {}): StackResult {
  const list = over.changes ?? [];
  const counts: StackResult['counts'] = {};
  for (const c of list) counts[c.op] = (counts[c.op] ?? 0) + 1;
  counts.same = 40;
  return {
    stack: `unkey/${project}/aws-${account}-${region}`,
    project,
    account,
    region,
    operation: 'preview',
    status: 'succeeded',
    counts,
    changes: list,
    diagnostics: [],
    durationMs: 4200 + project.length * 731,
    outputs: {},
    attempts: 1,
    ...over,
  };
}

export const ACCOUNTS = ['sandbox', 'canary', 'production'];

export function ctx(over: Partial<ReportContext> = {}): ReportContext {
  return {
    manifestPath: 'infra.yaml',
    command: 'preview',
    accounts: ACCOUNTS,
    promotionOrder: ACCOUNTS,
    productionAccounts: ['production'],
    runUrl: 'https://github.com/unkeyed/infra/actions/runs/123456789',
    sha: '3f2c9e1d8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d',
    ...over,
  };
}

/** A typical PR preview: network + api in three accounts, a few changes, a production replace. */
export function typicalRun(): RunResult {
  const stacks = [
    stack('network', 'sandbox', 'us-east-1'),
    stack('api', 'sandbox', 'us-east-1', {
      changes: [
        change('create', 'aws:ecs/service:Service', 'api-worker'),
        change('update', 'aws:ecs/taskDefinition:TaskDefinition', 'api', ['containerDefinitions']),
        change('update', 'aws:iam/rolePolicy:RolePolicy', 'api-task', ['policy']),
      ],
      diagnostics: [
        { severity: 'warning', message: 'aws:ecs/service:Service resource "api-worker": desiredCount is ignored while autoscaling is on' },
      ],
    }),
    stack('network', 'canary', 'us-east-1'),
    stack('api', 'canary', 'us-east-1', {
      changes: [
        change('update', 'aws:ecs/taskDefinition:TaskDefinition', 'api', ['containerDefinitions']),
        change('update', 'aws:iam/rolePolicy:RolePolicy', 'api-task', ['policy']),
      ],
    }),
    stack('network', 'production', 'us-east-1'),
    stack('network', 'production', 'eu-west-1'),
    stack('api', 'production', 'us-east-1', {
      changes: [
        change('update', 'aws:ecs/taskDefinition:TaskDefinition', 'api', ['containerDefinitions']),
        change('replace', 'aws:lb/targetGroup:TargetGroup', 'api-tg', ['healthCheck', 'port'], ['port']),
      ],
    }),
    stack('api', 'production', 'eu-west-1', {
      changes: [
        change('update', 'aws:ecs/taskDefinition:TaskDefinition', 'api', ['containerDefinitions']),
        change('delete', 'aws:cloudwatch/logGroup:LogGroup', 'api-legacy-logs'),
      ],
    }),
  ];
  return { operation: 'preview', stacks, ok: true };
}

export function typicalWaves(): string[][] {
  const run = typicalRun();
  const waves: string[][] = [];
  for (const a of ACCOUNTS) {
    waves.push(run.stacks.filter((s) => s.account === a && s.project === 'network').map((s) => s.stack));
    waves.push(run.stacks.filter((s) => s.account === a && s.project === 'api').map((s) => s.stack));
  }
  return waves;
}

/** 60 stacks: 10 projects × 3 accounts × 2 regions; a third change, one fails, its dependents skip. */
export function sixtyStackRun(): RunResult {
  const projects = ['network', 'dns', 'api', 'worker', 'billing', 'auth', 'audit', 'cache', 'queue', 'web'];
  const stacks: StackResult[] = [];
  let seed = 7;
  for (const account of ACCOUNTS) {
    for (const region of ['us-east-1', 'eu-west-1']) {
      for (const p of projects) {
        seed++;
        const changed = seed % 3 === 0;
        stacks.push(
          stack(p, account, region, {
            operation: 'up',
            changes: changed ? changes(3 + (seed % 17), seed) : [],
            durationMs: 3000 + seed * 977,
          }),
        );
      }
    }
  }
  const failing = stacks.find((s) => s.stack === 'unkey/api/aws-canary-us-east-1')!;
  failing.status = 'failed';
  failing.error =
    'error: 1 error occurred:\n\t* creating ECS Service (api): InvalidParameterException: The target group with targetGroupArn arn:aws:elasticloadbalancing:us-east-1:222222222222:targetgroup/api/abc does not have an associated load balancer.';
  failing.diagnostics = [
    { severity: 'error', message: failing.error, urn: 'urn:pulumi:aws-canary-us-east-1::api::aws:ecs/service:Service::api' },
  ];
  for (const s of stacks)
    if (s.account === 'production')
      Object.assign(s, {
        status: 'skipped',
        changes: [],
        counts: {},
        durationMs: 0,
        error: 'skipped: canary failed, production is not promoted',
      });
  return { operation: 'up', stacks, ok: false };
}

/** One stack with 5,000 changed resources plus a few small ones. */
export function hugeRun(): RunResult {
  return {
    operation: 'preview',
    ok: true,
    stacks: [
      stack('network', 'sandbox', 'us-east-1', { changes: changes(5000, 42) }),
      stack('api', 'sandbox', 'us-east-1', { changes: changes(12, 3) }),
      stack('api', 'canary', 'us-east-1', {
        diagnostics: [{ severity: 'warning', message: 'deprecated: aws.s3.Bucket is deprecated, use BucketV2' }],
      }),
      stack('api', 'production', 'us-east-1', { changes: changes(40, 9, ['delete', 'replace', 'update']) }),
    ],
  };
}

/** Names and messages chosen to break a careless renderer. */
export function hostileRun(): RunResult {
  return {
    operation: 'preview',
    ok: false,
    stacks: [
      stack('api', 'sandbox', 'us-east-1', {
        changes: [
          change('create', 'aws:s3/bucketV2:BucketV2', '</details><script>alert(1)</script>'),
          change('update', 'aws:iam/role:Role', '`rm -rf` | ```fence``` | <img src=x onerror=alert(1)>', ['tags', 'a|b']),
          change('create', 'aws:ssm/parameter:Parameter', '[click](javascript:alert(1)) @octocat #1 **bold** _it_ ~~s~~ $x$'),
          change('update', 'aws:ssm/parameter:Parameter', 'db-password', ['value']),
          change('create', 'aws:s3/bucketObject:BucketObject', '[secret](https://evil.example/steal) ![x](https://evil.example/p.png)', [
            '[k](https://evil.example/k)',
          ]),
          change(
            'create',
            'aws:s3/bucketObject:BucketObject',
            'https://evil.example/bare www.evil.example <https://evil.example/a> x@evil.example //evil.example',
          ),
          change('create', 'aws:sns/topic:Topic', 'ok\u202Egnp.exe\u001b[2J\u0007\u009b31m'),
        ],
        diagnostics: [
          { severity: 'warning', message: '\u001b[31mred warning\u001b[0m with password [secret] and token ***' },
          { severity: 'warning', message: '</pre></details><details open><summary>pwned</summary>' },
        ],
        outputs: { password: '[secret]' },
      }),
      stack('web', 'sandbox', 'us-east-1', {
        status: 'failed',
        error:
          '\u001b[1m\u001b[31merror:\u001b[0m </pre></details> update failed: secret value [secret]\r\n<!-- infra-action:comment key=x -->\n```\n|table|',
      }),
    ],
  };
}
