import { describe, expect, test } from '@jest/globals';
import { BadInput } from '../../src/errors.js';
import { trustedSourceFor, type TrustQuestion } from '../../src/github/default-branch.js';
import { bindingDifferences, bindingRefusal, parseBinding } from '../../src/manifest/deploy-binding.js';
import { parseManifest } from '../../src/manifest/load.js';

// The trusted-source rule (docs/trust-model.md, "Trusted sources"), pure: what differs, and when to check.
const MAIN = `org: acme
management: { accountId: "000000000000", oidcRole: GitHubActionsOIDCRole }
executorRole: Exec
previewRole: { oidcRole: GitHubActionsPreviewRole, executorRole: PreviewExec }
accounts:
  - { name: sandbox, id: "111111111111", regions: [us-east-1] }
  - { name: canary, id: "222222222222", regions: [us-east-1] }
  - { name: production, id: "333333333333", regions: [us-east-1], environment: production, previewEnvironment: production-preview, protected: true }
projects:
  - { name: network, program: builtin:network }
`;

const commit = (text: string) => parseManifest(text, 'infra.yaml', { builtins: ['network'] });
const trusted = parseBinding(MAIN, 'infra.yaml on main');
const diff = (text: string) => bindingDifferences(trusted, commit(text), 'main');

describe('parseBinding', () => {
  test('reads the accounts and roles with the loader’s defaults, ignoring everything else', () => {
    const b = parseBinding(`${MAIN.replace(/projects:[^]*$/, 'projects: not even a list\n')}unknownKey: 1\n`, 'infra.yaml on main');
    expect(b.accounts.map((a) => [a.name, a.environment, a.protected, a.previewEnvironment])).toEqual([
      ['sandbox', 'sandbox', false, undefined],
      ['canary', 'canary', false, undefined],
      ['production', 'production', true, 'production-preview'],
    ]);
    expect(b.deployRoles).toEqual({ oidcRoleBaseArn: 'arn:aws:iam::000000000000:role/GitHubActionsOIDCRole', executorRole: 'Exec' });
    expect(b.previewRoles?.oidcRoleBaseArn).toBe('arn:aws:iam::000000000000:role/GitHubActionsPreviewRole');
  });

  test('agrees with the full loader on the same text: no difference', () => {
    expect(diff(MAIN)).toEqual([]);
  });

  test.each([
    ['YAML syntax', 'accounts: [', /infra\.yaml on main: YAML syntax error/],
    ['no accounts', 'org: acme\n', /infra\.yaml on main does not declare its accounts and roles .*accounts/],
    ['a bad environment', MAIN.replace('environment: production,', 'environment: "prod ${{ x }}",'), /accounts\.2\.environment/],
  ])('%s on the default branch is bad input that says to fix it there', (_name, text, message) => {
    expect(() => parseBinding(text, 'infra.yaml on main')).toThrow(BadInput);
    expect(() => parseBinding(text, 'infra.yaml on main')).toThrow(message);
    expect(() => parseBinding(text, 'infra.yaml on main')).toThrow(/Fix it on the default branch first/);
  });
});

describe('bindingDifferences names each difference', () => {
  test('production first with environment sandbox (the workflow-testing attack)', () => {
    const hostile = MAIN.replace(
      /accounts:\n(?: {2}- .*\n)+/,
      `accounts:
  - { name: production, id: "333333333333", regions: [us-east-1], environment: sandbox, previewEnvironment: production-preview, protected: true }
  - { name: sandbox, id: "111111111111", regions: [us-east-1], environment: old-sandbox }
  - { name: canary, id: "222222222222", regions: [us-east-1] }
`,
    );
    expect(diff(hostile)).toEqual([
      'promotion order: production → sandbox → canary here, sandbox → canary → production on main',
      'sandbox.environment: "old-sandbox" here, "sandbox" on main',
      'production.environment: "sandbox" here, "production" on main',
    ]);
  });

  test.each([
    ['an id', MAIN.replace('"333333333333"', '"999999999999"'), ['production.id: "999999999999" here, "333333333333" on main']],
    ['protection dropped', MAIN.replace(', protected: true', ''), ['production.protected: false here, true on main']],
    [
      'a preview environment dropped',
      MAIN.replace(' previewEnvironment: production-preview,', ''),
      ['production.previewEnvironment: (none) here, "production-preview" on main'],
    ],
    [
      'a new account',
      MAIN.replace('projects:', '  - { name: staging, id: "444444444444", regions: [us-east-1] }\nprojects:'),
      ['account staging: declared here, not on main'],
    ],
    ['an account removed', MAIN.replace(/ {2}- \{ name: canary.*\n/, ''), ['account canary: declared on main, missing here']],
    [
      'a new first account',
      MAIN.replace('accounts:\n', 'accounts:\n  - { name: dev, id: "444444444444", regions: [us-east-1] }\n'),
      [
        'account dev: declared here, not on main',
        'promotion order: dev → sandbox → canary → production here, sandbox → canary → production on main',
      ],
    ],
    [
      'the deploy role',
      MAIN.replace('oidcRole: GitHubActionsOIDCRole }', 'oidcRole: Other }'),
      ['management.oidcRole: "arn:aws:iam::000000000000:role/Other" here, "arn:aws:iam::000000000000:role/GitHubActionsOIDCRole" on main'],
    ],
    ['the executor', MAIN.replace('executorRole: Exec\n', 'executorRole: Admin\n'), ['executorRole: "Admin" here, "Exec" on main']],
    [
      'the preview pair removed',
      MAIN.replace(/previewRole: .*\n/, ''),
      [
        'previewRole.oidcRole: (none) here, "arn:aws:iam::000000000000:role/GitHubActionsPreviewRole" on main',
        'previewRole.executorRole: (none) here, "PreviewExec" on main',
      ],
    ],
    [
      'the management account',
      MAIN.replace('"000000000000"', '"555555555555"'),
      expect.arrayContaining(['management.accountId: "555555555555" here, "000000000000" on main']),
    ],
  ])('%s', (_name, text, expected) => {
    expect(diff(text)).toEqual(expected);
  });

  test('regions, projects and backends are the commit’s to change', () => {
    const text = MAIN.replace(
      'regions: [us-east-1], environment: production',
      'regions: [us-east-1, eu-west-1], environment: production',
    ).replace('projects:\n', 'backend: s3://b/{account}\nprojects:\n  - { name: api, program: builtin:network }\n');
    expect(diff(text)).toEqual([]);
  });

  test('the refusal lists every difference and says to merge first', () => {
    const msg = bindingRefusal('up abc1234', 'infra.yaml', 'main', ['a', 'b']);
    expect(msg).toMatch(
      /^Refusing to up abc1234: this commit's infra\.yaml binds accounts differently from infra\.yaml on the default branch main/,
    );
    expect(msg).toContain('\n  - a\n  - b\n');
    expect(msg).toContain('deployed only after it is on main: merge it first');
  });
});

describe('trustedSourceFor: which runs check, against which branch', () => {
  const q = (over: Partial<TrustQuestion>): TrustQuestion => ({
    command: 'up',
    eventName: 'push',
    ref: 'refs/heads/main',
    sha: 'a'.repeat(40),
    defaultBranch: 'main',
    ...over,
  });
  test.each<[string, Partial<TrustQuestion>, boolean]>([
    ['up on a push to the default branch deploys it itself', {}, false],
    ['up on a push to workflow-testing', { ref: 'refs/heads/workflow-testing' }, true],
    ['up on a push to a deploy branch that is not the default', { ref: 'refs/heads/release' }, true],
    ['up of another commit on a push to main (a promotion)', { deployRef: 'b'.repeat(40) }, true],
    ['up of the pushed commit named explicitly', { deployRef: 'a'.repeat(40) }, false],
    ['up on workflow_dispatch from main', { eventName: 'workflow_dispatch' }, true],
    ['destroy on a tag', { command: 'destroy', ref: 'refs/tags/v1' }, true],
    ['refresh on schedule', { command: 'refresh', eventName: 'schedule' }, true],
    ['promote-check on a release tag', { command: 'promote-check', ref: 'refs/tags/v1.2.0' }, true],
    ['plan of a push to workflow-testing (the stages)', { command: 'plan', ref: 'refs/heads/workflow-testing' }, true],
    [
      'plan on workflow_dispatch (drift.yml: read-only jobs; a deploy checks in up)',
      { command: 'plan', eventName: 'workflow_dispatch', ref: 'refs/heads/feature' },
      false,
    ],
    ['plan of a tag push (no stages)', { command: 'plan', ref: 'refs/tags/v1' }, false],
    ['plan of a pull request (previews: IAM bounds them)', { command: 'plan', eventName: 'pull_request', ref: 'refs/pull/1/merge' }, false],
    ['up on a pull request (the engine refuses it: only preview)', { eventName: 'pull_request', ref: 'refs/pull/1/merge' }, false],
    ['promote-check on a pull request', { command: 'promote-check', eventName: 'pull_request', ref: 'refs/pull/1/merge' }, true],
    ['preview on a push', { command: 'preview', ref: 'refs/heads/workflow-testing' }, false],
    ['drift on schedule', { command: 'drift', eventName: 'schedule' }, false],
    ['verify', { command: 'verify', ref: 'refs/heads/feature' }, false],
  ])('%s', (_name, over, check) => {
    expect(trustedSourceFor(q(over)).check).toBe(check);
  });

  test('a deploy without a default branch in the payload is bad input; a non-deploy does not need one', () => {
    expect(() => trustedSourceFor(q({ ref: 'refs/heads/workflow-testing', defaultBranch: undefined }))).toThrow(BadInput);
    expect(trustedSourceFor(q({ command: 'preview', defaultBranch: undefined })).check).toBe(false);
  });
});
