import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliBundle } from '../support/run-action.js';
import { EXAMPLE, exampleRepo } from '../support/git-repo.js';

const manifest = join(EXAMPLE, 'infra.yaml');

test('plan --json prints the contract shape for the README sample change', async () => {
  const r = await runCliBundle(['plan', '--manifest', manifest, '--changed-files', join(EXAMPLE, 'sample-change.txt'), '--json'], {
    cwd: EXAMPLE,
  });
  expect(r.code).toBe(0);
  const plan = JSON.parse(r.stdout);
  expect(Object.keys(plan)).toEqual(expect.arrayContaining(['stacks', 'waves', 'errors']));
  expect(plan.errors).toEqual([]);
  expect(plan.stacks[0]).toEqual({
    stack: 'unkey/api/aws-sandbox-us-east-1',
    project: 'api',
    account: 'sandbox',
    accountId: '111111111111',
    region: 'us-east-1',
    roleChain: ['arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-sandbox', 'arn:aws:iam::111111111111:role/UnkeyPulumiAWSExecutor'],
    reasons: ['path: services/api/main.go (matches services/api/**)'],
  });
  expect(plan.waves).toEqual([
    ['unkey/api/aws-sandbox-us-east-1'],
    ['unkey/api/aws-canary-us-east-1'],
    ['unkey/api/aws-production-us-east-1', 'unkey/api/aws-production-eu-west-1'],
  ]);
});

test('plan reads name-status lines from stdin and prints the human table', async () => {
  const r = await runCliBundle(['plan', '--manifest', manifest, '--changed-files', '-'], {
    cwd: EXAMPLE,
    stdin: 'M\texamples/unkey/network/index.js\n',
  });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^STACK\s+ACCOUNT\s+REGION\s+WHY/m);
  expect(r.stdout).toContain('unkey/network/aws-canary-us-east-1');
  expect(r.stdout).toContain('dependency: depends on unkey/network/aws-canary-us-east-1');
  expect(r.stdout).toContain('8 stacks in 6 waves');
});

test('plan --base/--head diffs the two commits', async () => {
  const repo = exampleRepo();
  const base = repo.git('rev-parse', 'HEAD');
  const head = repo.commit({ 'stacks/api/Pulumi.production-global.yaml': 'config: {}\n' }, 'production global config');
  const r = await runCliBundle(['plan', '--manifest', join(repo.dir, 'infra.yaml'), '--base', base, '--head', head, '--json'], {
    cwd: repo.dir,
  });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).stacks.map((s: { stack: string }) => s.stack)).toEqual([
    'unkey/api/aws-production-us-east-1',
    'unkey/api/aws-production-eu-west-1',
  ]);
});

test('a bad manifest exits 2 with every problem and its line, and nothing else runs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-manifest-'));
  writeFileSync(
    join(dir, 'infra.yaml'),
    `org: acme
management: { accountId: "000000000000", oidcRole: R }
executorRole: E
accounts:
  - { name: sandbox, id: "12345", regions: [us-east-1] }
projects:
  - { name: api, program: ./api, dependsOn: [db] }
  - { name: api, program: ./api2 }
`,
  );
  const r = await runCliBundle(['plan', '--manifest', join(dir, 'infra.yaml'), '--json'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('infra.yaml:5:');
  expect(r.stderr).toContain('must be exactly 12 digits');
  expect(r.stderr).toContain('infra.yaml:7:');
  expect(r.stderr).toContain('"db", which is not a declared project');
  expect(r.stderr).toContain('infra.yaml:8:');
  expect(r.stderr).toContain('declared twice');
  expect(JSON.parse(r.stdout)).toMatchObject({ stacks: [], waves: [] });
});

test('bad arguments exit 2 with usage', async () => {
  const r = await runCliBundle(['plan', '--event', 'merge_group'], { cwd: EXAMPLE });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--event "merge_group" is not one of');
  const u = await runCliBundle(['plan', '--manifest', manifest, '--project', 'nope'], { cwd: EXAMPLE });
  expect(u.code).toBe(2);
  expect(u.stderr).toContain('unknown project "nope"');
});

test('plan shows the config preflight as warnings: every missing key, its file, secret or not', async () => {
  const repo = exampleRepo();
  repo.commit(
    {
      'stacks/api/Pulumi.aws-canary-us-east-1.yaml': 'config:\n  api:awsRegion: us-east-1\n',
    },
    'drop most canary config',
  );
  const r = await runCliBundle(['plan', '--manifest', join(repo.dir, 'infra.yaml'), '--changed-files', '-', '--json'], {
    cwd: repo.dir,
    stdin: 'services/api/x.go\n',
  });
  expect(r.code).toBe(0);
  const warnings: string[] = JSON.parse(r.stdout).warnings;
  const canary = warnings.filter((w) => w.includes('unkey/api/aws-canary-us-east-1'));
  expect(canary.some((w) => w.includes('stacks/api/Pulumi.aws-canary-us-east-1.yaml: api:cidrBlock'))).toBe(true);
  expect(canary.some((w) => w.includes('api:clickhouseUrl (secret)'))).toBe(true);
  expect(warnings.filter((w) => w.includes('aws-sandbox-us-east-1'))).toEqual([]);
});
