import { parseManifest } from '../../src/manifest/load.js';
import { parseChangedFiles } from '../../src/select/changes.js';
import { selectStacks, type SelectionInput } from '../../src/select/select.js';

const MANIFEST = `org: acme
management: { accountId: "000000000000", oidcRole: GitHubActionsOIDCRole }
executorRole: Exec
accounts:
  - { name: sandbox, id: "111111111111", regions: [us-east-1] }
  - { name: canary, id: "222222222222", regions: [us-east-1] }
  - { name: production, id: "333333333333", regions: [us-east-1, eu-west-1] }
triggers: [".github/workflows/**", "infra.yaml"]
projects:
  - { name: network, program: ./network, paths: ["network/**"] }
  - { name: api, program: builtin:api, paths: ["services/api/**", "shared/**"], dependsOn: [network] }
  - { name: worker, program: ./worker, dependsOn: [api], accounts: [sandbox, production] }
  - { name: dns, program: ./dns }
`;
const manifest = parseManifest(MANIFEST, 'infra.yaml', { builtins: ['api'] });

function select(changes: string, extra: Partial<SelectionInput> = {}) {
  return selectStacks({ manifest, changes: parseChangedFiles(changes), ...extra });
}
const names = (sel: ReturnType<typeof select>) => sel.stacks.map((s) => s.stack);
const reasonsOf = (sel: ReturnType<typeof select>, stack: string) => sel.stacks.find((s) => s.stack === stack)?.reasons ?? [];

describe('rule 1: triggers select every stack', () => {
  test('a workflow change selects all stacks of all projects', () => {
    const sel = select('.github/workflows/infra.yml\n');
    expect(sel.stacks).toHaveLength(4 + 4 + 3 + 4); // network, api, worker (sandbox + 2 production), dns
    expect(reasonsOf(sel, 'acme/dns/aws-canary-us-east-1')[0]).toContain('.github/workflows/infra.yml');
  });
  test('the manifest itself is a trigger', () => {
    expect(select('infra.yaml\n').stacks.length).toBeGreaterThan(10);
  });
});

describe('rule 2: project paths and program folders', () => {
  test('a path glob selects every stack of the project, with dependents', () => {
    const sel = select('shared/util.ts\n');
    expect(names(sel).filter((n) => n.includes('/api/'))).toEqual([
      'acme/api/aws-sandbox-us-east-1',
      'acme/api/aws-canary-us-east-1',
      'acme/api/aws-production-us-east-1',
      'acme/api/aws-production-eu-west-1',
    ]);
    expect(names(sel).some((n) => n.includes('/network/'))).toBe(false);
    expect(reasonsOf(sel, 'acme/api/aws-canary-us-east-1')).toEqual(['path: shared/util.ts (matches shared/**)']);
  });
  test('a file under a repo program folder selects the project even without paths', () => {
    expect(names(select('dns/index.ts\n'))).toEqual([
      'acme/dns/aws-sandbox-us-east-1',
      'acme/dns/aws-canary-us-east-1',
      'acme/dns/aws-production-us-east-1',
      'acme/dns/aws-production-eu-west-1',
    ]);
  });
  test('an unrelated path selects nothing', () => {
    expect(select('docs/README.md\n').stacks).toEqual([]);
  });
  test('a project Pulumi.yaml in the config folder falls under rule 2', () => {
    expect(names(select('stacks/api/Pulumi.yaml\n'))).toContain('acme/api/aws-production-eu-west-1');
  });
});

describe('rule 3: stack and global config files', () => {
  test('a stack config file selects only that stack, even under the project paths', () => {
    const sel = select('network/Pulumi.aws-canary-us-east-1.yaml\n');
    expect(names(sel).filter((n) => n.includes('/network/'))).toEqual(['acme/network/aws-canary-us-east-1']);
    expect(reasonsOf(sel, 'acme/network/aws-canary-us-east-1')).toEqual(['stack config: network/Pulumi.aws-canary-us-east-1.yaml']);
  });
  test('a builtin project reads its stack files from stacks/<project>', () => {
    const sel = select('stacks/api/Pulumi.aws-production-eu-west-1.yaml\n');
    expect(names(sel)).toEqual(['acme/api/aws-production-eu-west-1', 'acme/worker/aws-production-eu-west-1']);
  });
  test('a global config file selects the project in that account only', () => {
    const sel = select('network/Pulumi.production-global.yaml\n');
    expect(names(sel).filter((n) => n.includes('/network/'))).toEqual([
      'acme/network/aws-production-us-east-1',
      'acme/network/aws-production-eu-west-1',
    ]);
  });
  test('a stack file for a stack the manifest does not declare selects nothing and warns', () => {
    const sel = select('network/Pulumi.aws-staging-us-east-1.yaml\n');
    expect(sel.stacks).toEqual([]);
    expect(sel.warnings.join('\n')).toContain('network/Pulumi.aws-staging-us-east-1.yaml');
  });
});

describe('rule 4: deletes and renames count by old and new path', () => {
  test('a rename out of a project still selects it by its old path', () => {
    const sel = select('R100\tnetwork/vpc.ts\tarchive/vpc.ts\n');
    expect(names(sel)).toContain('acme/network/aws-sandbox-us-east-1');
  });
  test('a rename into a project selects it by its new path', () => {
    expect(names(select('R087\tarchive/x.ts\tdns/x.ts\n'))).toContain('acme/dns/aws-sandbox-us-east-1');
  });
  test('a deleted file counts', () => {
    expect(names(select('D\tdns/old.ts\n'))).toContain('acme/dns/aws-canary-us-east-1');
  });
});

describe('rule 5: dependents follow, transitively, same account and region', () => {
  test('network change selects api and worker with the dependency as reason', () => {
    const sel = select('network/vpc.ts\n');
    expect(names(sel)).toContain('acme/worker/aws-production-eu-west-1');
    expect(names(sel)).not.toContain('acme/worker/aws-canary-us-east-1'); // worker is not in canary
    expect(reasonsOf(sel, 'acme/api/aws-canary-us-east-1')).toEqual(['dependency: depends on acme/network/aws-canary-us-east-1']);
    expect(reasonsOf(sel, 'acme/worker/aws-sandbox-us-east-1')).toEqual(['dependency: depends on acme/api/aws-sandbox-us-east-1']);
  });
  test('a stack-file change pulls in only the dependents in that account and region', () => {
    expect(names(select('network/Pulumi.aws-sandbox-us-east-1.yaml\n'))).toEqual([
      'acme/network/aws-sandbox-us-east-1',
      'acme/api/aws-sandbox-us-east-1',
      'acme/worker/aws-sandbox-us-east-1',
    ]);
  });
});

test('a dependency reason reaches only the stack it concerns, though its project’s path reasons are one list', () => {
  const sel = select('services/api/x.ts\nnetwork/Pulumi.aws-production-eu-west-1.yaml\n');
  expect(reasonsOf(sel, 'acme/api/aws-production-eu-west-1')).toEqual([
    'path: services/api/x.ts (matches services/api/**)',
    'dependency: depends on acme/network/aws-production-eu-west-1',
  ]);
  for (const other of ['acme/api/aws-production-us-east-1', 'acme/api/aws-sandbox-us-east-1'])
    expect(reasonsOf(sel, other)).toEqual(['path: services/api/x.ts (matches services/api/**)']);
});

test('a program folder whose name has glob characters is matched literally', () => {
  const odd = parseManifest(MANIFEST.replace('program: ./dns', 'program: "./dns[1]"'), 'infra.yaml', { builtins: ['api'] });
  const pick = (path: string) => selectStacks({ manifest: odd, changes: parseChangedFiles(path) }).stacks.map((s) => s.project);
  expect(new Set(pick('dns[1]/index.ts'))).toEqual(new Set(['dns']));
  expect(pick('dns1/index.ts')).toEqual([]);
});

describe('rule 7: branch and event scope', () => {
  test('workflow-testing keeps only the first account', () => {
    for (const ref of ['workflow-testing', 'refs/heads/workflow-testing']) {
      const sel = select('.github/workflows/x.yml\n', { ref, event: 'push' });
      expect(new Set(sel.stacks.map((s) => s.account))).toEqual(new Set(['sandbox']));
    }
  });
  test('pull requests are preview-only', () => {
    expect(select('dns/a.ts\n', { event: 'pull_request' }).mode).toBe('preview-only');
    expect(select('dns/a.ts\n', { event: 'push' }).mode).toBe('any');
  });
  test('explicit projects and accounts select exactly what they name', () => {
    const sel = selectStacks({ manifest, event: 'workflow_dispatch', projects: ['network'], accounts: ['canary'] });
    expect(names(sel)).toEqual(['acme/network/aws-canary-us-east-1']);
  });
  test('an explicit account filters a change', () => {
    const sel = select('dns/a.ts\n', { accounts: ['production'] });
    expect(names(sel)).toEqual(['acme/dns/aws-production-us-east-1', 'acme/dns/aws-production-eu-west-1']);
  });
  test('unknown names are errors and select nothing', () => {
    const sel = selectStacks({ manifest, projects: ['apii'] });
    expect(sel.errors[0]).toContain('unknown project "apii"');
    expect(sel.stacks).toEqual([]);
  });
});

describe('waves and order', () => {
  test('dependencies first, accounts in manifest order', () => {
    const sel = select('infra.yaml\n');
    const waveOf = (s: string) => sel.waves.findIndex((w) => w.includes(s));
    for (const acc of ['sandbox-us-east-1', 'production-eu-west-1']) {
      expect(waveOf(`acme/network/aws-${acc}`)).toBeLessThan(waveOf(`acme/api/aws-${acc}`));
      expect(waveOf(`acme/api/aws-${acc}`)).toBeLessThan(waveOf(`acme/worker/aws-${acc}`));
    }
    expect(waveOf('acme/worker/aws-sandbox-us-east-1')).toBeLessThan(waveOf('acme/dns/aws-canary-us-east-1'));
    expect(waveOf('acme/api/aws-canary-us-east-1')).toBeLessThan(waveOf('acme/network/aws-production-us-east-1'));
    expect([...sel.waves[0]].sort()).toEqual(['acme/dns/aws-sandbox-us-east-1', 'acme/network/aws-sandbox-us-east-1']);
    expect(sel.stacks.map((s) => s.stack)).toEqual(sel.waves.flat());
  });
  test('exact selection of a project and its transitive dependent keeps their order', () => {
    const sel = selectStacks({ manifest, projects: ['worker', 'network'], accounts: ['sandbox'] });
    expect(sel.waves).toEqual([['acme/network/aws-sandbox-us-east-1'], ['acme/worker/aws-sandbox-us-east-1']]);
  });
});

describe('role chains', () => {
  test('the account’s own management role, then the executor in the target account', () => {
    const s = select('dns/a.ts\n').stacks.find((x) => x.account === 'canary')!;
    expect(s.roleChain).toEqual(['arn:aws:iam::000000000000:role/GitHubActionsOIDCRole-canary', 'arn:aws:iam::222222222222:role/Exec']);
  });
  test('pull requests use the preview roles when the manifest names them', () => {
    const withPreview = parseManifest(
      MANIFEST.replace('executorRole: Exec', 'executorRole: Exec\npreviewRole: { oidcRole: PreviewRole, executorRole: PreviewExec }'),
      'infra.yaml',
      { builtins: ['api'] },
    );
    const sel = selectStacks({ manifest: withPreview, changes: parseChangedFiles('dns/a.ts'), event: 'pull_request' });
    expect(sel.roles).toBe('preview');
    expect(sel.stacks[0].roleChain).toEqual([
      'arn:aws:iam::000000000000:role/PreviewRole-sandbox',
      'arn:aws:iam::111111111111:role/PreviewExec',
    ]);
  });
});

test('thousands of paths selecting one stack keep the reasons short', () => {
  const paths = Array.from({ length: 500 }, (_, i) => `dns/f${i}.ts`).join('\n');
  const reasons = reasonsOf(select(paths), 'acme/dns/aws-sandbox-us-east-1');
  expect(reasons).toHaveLength(11);
  expect(reasons[10]).toBe('…and 490 more changed paths');
});
