import { parseManifest } from '../../src/manifest/load.js';
import { selectStacks } from '../../src/select/select.js';
import { parseChangedFiles } from '../../src/select/changes.js';

const manifest = parseManifest(
  `org: acme
management: { accountId: "000000000000", oidcRole: GitHubActionsOIDCRole }
executorRole: Exec
accounts:
  - { name: sandbox, id: "111111111111", regions: [us-east-1] }
projects:
  - { name: api, program: ./api, paths: ["services/**"] }
`,
  'infra.yaml',
  { builtins: [] },
);

test('a change under a project path selects its stack', () => {
  const sel = selectStacks({ manifest, changes: parseChangedFiles('services/x.go\n') });
  expect(sel.stacks.map((s) => s.stack)).toEqual(['acme/api/aws-sandbox-us-east-1']);
});
