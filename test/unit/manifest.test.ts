import { parseManifest } from '../../src/manifest/load.js';
import { roleChain } from '../../src/manifest/naming.js';
import { formatProblem, ManifestError } from '../../src/manifest/types.js';

const GOOD = `org: acme
management:
  accountId: "000000000000"
  oidcRole: GitHubActionsOIDCRole
executorRole: Exec
accounts:
  - name: sandbox
    id: "111111111111"
    regions: [us-east-1]
  - name: production
    id: "333333333333"
    regions: [us-east-1, eu-west-1]
    environment: prod
projects:
  - name: network
    program: ./network
    paths: ["network/**"]
  - name: api
    program: builtin:api
    paths: ["services/api/**"]
    dependsOn: [network]
`;

function problems(text: string): string[] {
  try {
    parseManifest(text, 'infra.yaml', { builtins: ['api'] });
  } catch (err) {
    if (err instanceof ManifestError) return err.problems.map(formatProblem);
    throw err;
  }
  return [];
}

test('a good manifest loads with defaults filled in', () => {
  const m = parseManifest(GOOD, 'repo/infra.yaml', { builtins: ['api'] });
  expect(m.root).toBe('repo');
  expect(m.projects[1]).toMatchObject({
    programKind: 'builtin',
    programPath: 'api',
    config: 'stacks/api',
    accounts: ['sandbox', 'production'],
  });
  expect(m.projects[0]).toMatchObject({ programKind: 'repo', programPath: 'network', config: 'network' });
  expect(m.accounts.map((a) => a.environment)).toEqual(['sandbox', 'prod']);
  expect(m.deployRoles.oidcRoleBaseArn).toBe('arn:aws:iam::000000000000:role/GitHubActionsOIDCRole');
  expect(roleChain(m.deployRoles, m.accounts[1])).toEqual([
    'arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-production',
    'arn:aws:iam::333333333333:role/Exec',
  ]);
});

test('environment names follow GitHub’s rules and the trust model; one environment per account', () => {
  const env = (v: string) => problems(GOOD.replace('environment: prod', `environment: ${v}`));
  expect(env('"prod\\nproduction"')[0]).toMatch(/^infra\.yaml:13:18: accounts\[1\]\.environment: is not a usable GitHub environment name/);
  expect(env('"${{ github.ref }}"')[0]).toContain('accounts[1].environment: is not a usable GitHub environment name');
  expect(env('"prod:pull_request"')[0]).toContain('no ":"');
  expect(env(`"${'p'.repeat(256)}"`)[0]).toContain('1–255');
  expect(env('"Production EU"')).toEqual([]);
  expect(env('sandbox')).toEqual([
    'infra.yaml:13:18: accounts[1].environment: GitHub environment "sandbox" already deploys accounts[0] (sandbox); give each account its own environment, or one token reaches both',
  ]);
  const preview = problems(GOOD.replace('environment: prod', 'environment: prod\n    previewEnvironment: sandbox'));
  expect(preview).toEqual([
    'infra.yaml:14:25: accounts[1].previewEnvironment: "sandbox" is the deploy environment of sandbox; a preview environment must be one of its own (e.g. "prod-preview")',
  ]);
  const m = parseManifest(GOOD.replace('environment: prod', 'environment: prod\n    previewEnvironment: prod-preview'), 'infra.yaml', {
    builtins: ['api'],
  });
  expect(m.accounts[1].previewEnvironment).toBe('prod-preview');
});

test('a full role ARN is kept as written', () => {
  const m = parseManifest(
    GOOD.replace('oidcRole: GitHubActionsOIDCRole', 'oidcRole: arn:aws:iam::000000000000:role/ci/Deploy'),
    'infra.yaml',
    { builtins: ['api'] },
  );
  expect(m.deployRoles.oidcRoleBaseArn).toBe('arn:aws:iam::000000000000:role/ci/Deploy');
});

test('a role ARN is an IAM role ARN and nothing else: no newlines, workflow commands or other services', () => {
  const role = (v: string) => problems(GOOD.replace('executorRole: Exec', `executorRole: ${v}`));
  expect(role('arn:aws-cn:iam::123456789012:role/Exec')).toEqual([]);
  for (const bad of [
    '"arn:aws:iam::123456789012:role/x\\n::add-mask::hunter2"',
    '"arn:aws:iam::123456789012:role/x ${{ github.token }}"',
    'arn:aws:s3:::bucket',
    'arn:aws:iam::1234:role/x',
    '"arn:"',
  ])
    expect([bad, role(bad)[0]]).toEqual([bad, expect.stringContaining('executorRole: expected an IAM role name')]);
});

test('YAML syntax errors name the line', () => {
  const p = problems(GOOD.replace('    paths: ["network/**"]', '    paths: ["network/**"'));
  expect(p.length).toBeGreaterThan(0);
  expect(p[0]).toMatch(/^infra\.yaml:\d+:\d+: YAML syntax error/);
});

test('every problem is reported at once, each with its line and key', () => {
  const bad = GOOD.replace('id: "111111111111"', 'id: "1111"') // line 8
    .replace('regions: [us-east-1, eu-west-1]', 'regions: [us-east-1, eu-west1]') // line 12
    .replace('dependsOn: [network]', 'dependsOn: [netwrk]') // line 21
    .replace('paths: ["services/api/**"]', 'paths: ["services/api/**", "../outside/**"]'); // line 20
  expect(problems(bad)).toEqual([
    'infra.yaml:8:9: accounts[0].id: account id "1111" must be exactly 12 digits',
    'infra.yaml:12:26: accounts[1].regions[1]: "eu-west1" is not an AWS region name; did you mean "eu-west-1"?',
    'infra.yaml:20:32: projects[1].paths[1]: bad glob: "../outside/**" leaves the repository with ".."; globs are relative to the manifest\'s folder',
    'infra.yaml:21:17: projects[1].dependsOn[0]: depends on "netwrk", which is not a declared project; did you mean "network"? (projects: network, api)',
  ]);
});

test('unknown keys are named with a suggestion', () => {
  const p = problems(GOOD.replace('    dependsOn: [network]', '    dependOn: [network]'));
  expect(p).toEqual([
    expect.stringMatching(/^infra\.yaml:21:5: projects\[1\]\.dependOn: unknown key "dependOn"; did you mean "dependsOn"\?/),
  ]);
});

test('missing required keys are named', () => {
  const p = problems(GOOD.replace('executorRole: Exec\n', ''));
  expect(p).toEqual([expect.stringContaining('executorRole: required key is missing')]);
});

test('unquoted account ids with leading zeros are caught', () => {
  const p = problems(GOOD.replace('accountId: "000000000000"', 'accountId: 000000000000'));
  expect(p[0]).toContain('quote account ids');
});

test('unknown account names in a project', () => {
  const p = problems(GOOD.replace('    dependsOn: [network]', '    dependsOn: [network]\n    accounts: [sandbox, prod]'));
  expect(p).toEqual(['infra.yaml:22:25: projects[1].accounts[1]: unknown account "prod" (declared accounts: sandbox, production)']);
});

test('duplicate projects and accounts', () => {
  const p = problems(GOOD.replace('  - name: api', '  - name: network'));
  expect(p.some((x) => x.includes('projects[1].name: project "network" is declared twice'))).toBe(true);
  const q = problems(GOOD.replace('name: production', 'name: sandbox'));
  expect(q.some((x) => x.includes('accounts[1].name: account "sandbox" is declared twice'))).toBe(true);
});

test('dependency cycles are named', () => {
  const p = problems(GOOD.replace('    paths: ["network/**"]', '    paths: ["network/**"]\n    dependsOn: [api]'));
  expect(p).toEqual([expect.stringContaining('dependency cycle: network → api → network')]);
});

test('bad globs', () => {
  for (const [glob, why] of [
    ['/abs/**', 'is absolute'],
    ['net[work/**', 'unbalanced'],
    ['{a,b/**', 'unbalanced'],
    ['', 'empty glob'],
    ['a\\\\b', 'backslash'],
    // picomatch reads an inverted range as a pattern that never matches: refused, not silently dead.
    ['network/[z-a]/**', 'can never match a path'],
    ['x'.repeat(70000), 'a glob may have at most 65536'],
  ]) {
    const p = problems(GOOD.replace('paths: ["network/**"]', `paths: ["${glob}"]`));
    expect(p.join('\n')).toContain(why);
  }
});

test('unknown builtin programs list what ships', () => {
  const p = problems(GOOD.replace('builtin:api', 'builtin:apii'));
  expect(p[0]).toContain('unknown builtin program "apii"; did you mean "builtin:api"?');
});

test('the schema is the one list of known keys an unknown key is offered', async () => {
  const { knownKeys } = await import('../../src/manifest/schema.js');
  expect(knownKeys([])).toEqual([
    'org',
    'backend',
    'secretsProvider',
    'management',
    'executorRole',
    'previewRole',
    'accounts',
    'triggers',
    'projects',
  ]);
  expect(knownKeys(['management'])).toEqual(['accountId', 'oidcRole']);
  expect(knownKeys(['previewRole'])).toEqual(['oidcRole', 'executorRole']);
  expect(knownKeys(['accounts', 2])).toEqual(['name', 'id', 'regions', 'environment', 'previewEnvironment', 'protected']);
  expect(knownKeys(['projects', 0])).toEqual(['name', 'program', 'paths', 'accounts', 'dependsOn', 'config']);
  expect(knownKeys(['org'])).toEqual([]);
});

test('"{account}" in the backend only for DIY backends; the engine gives each account its own prefix', async () => {
  expect(problems(GOOD.replace('org: acme', 'org: acme\nbackend: https://api.pulumi.com/{account}'))[0]).toContain(
    'backend: "{account}" (one state prefix per account) works only in',
  );
  expect(problems(GOOD.replace('org: acme', 'org: acme\nbackend: s3://state/{account}?region=us-east-1'))).toEqual([]);
  const { forAccount } = await import('../../src/engine/stack-config.js');
  expect(forAccount('s3://state/{account}?region=us-east-1', 'canary')).toBe('s3://state/canary?region=us-east-1');
  expect(forAccount('awskms://alias/pulumi-{account}?region=us-east-1', 'canary')).toBe('awskms://alias/pulumi-canary?region=us-east-1');
});

test('a folder reached through a symlinked parent outside the repository is refused; links inside it are fine', async () => {
  const { mkdirSync, mkdtempSync, symlinkSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const repo = mkdtempSync(join(tmpdir(), 'links-repo-'));
  const outside = mkdtempSync(join(tmpdir(), 'links-outside-'));
  mkdirSync(join(outside, 'network'));
  symlinkSync(outside, join(repo, 'apps'));
  mkdirSync(join(repo, 'real-stacks', 'api'), { recursive: true });
  symlinkSync(join(repo, 'real-stacks'), join(repo, 'stacks'));
  const text = GOOD.replace('program: ./network', 'program: ./apps/network');
  let message = '';
  try {
    parseManifest(text, join(repo, 'infra.yaml'), { builtins: ['api'] });
  } catch (err) {
    message = (err as Error).message;
  }
  expect(message).toContain('projects[0].program: program folder "apps/network" resolves through a symlink to');
  expect(message).toContain('links-outside-');
  // builtin:api's config folder, stacks/api, lies under a link that stays inside the repository.
  expect(message).not.toContain('projects[1]');
});
