import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, exampleRepo } from '../support/git-repo.js';
import { runAction, runCliBundle } from '../support/run-action.js';

/**
 * Every class of bad input, through the bundle in both modes: exit 2, a message that names what is
 * wrong and where, and no stack trace (src/errors.ts: BadInput; docs/design.md "Errors and exit codes").
 */

const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const manifest = join(EXAMPLE, 'infra.yaml');
const aliasBomb = file(
  'bomb.yaml',
  [
    'org: acme',
    'a: &a [x, x, x, x, x, x, x, x, x, x]',
    ...'bcdefg'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
  ].join('\n') + '\n',
);
const badSchema = file(
  'schema.yaml',
  'org: acme\nmanagement: { accountId: "1", oidcRole: R }\nexecutorRole: E\naccounts: []\nprojects: []\n',
);
const badSyntax = file('syntax.yaml', 'org: acme\naccounts: [\n');
const garbageJson = file('garbage.json', '{ "Statement": [ nope');
const arrayJson = file('array.json', '[1, 2]');
const notPolicy = file('not-policy.json', '{ "arn:aws:iam::1:role/x": 42 }');
const repo = exampleRepo();

/** A stack trace line (`    at fn (file:1:2)`) anywhere in the output means an error escaped the taxonomy. */
const STACK_TRACE = /^\s+at .+[:(]\d+/m;

const cliCases: [string, string[], RegExp][] = [
  ['unknown command', ['deploy'], /Unknown command "deploy"/],
  ['unknown option', ['plan', '--manifset', manifest], /--manifset/],
  ['bad --event', ['plan', '--manifest', manifest, '--event', 'tag'], /--event "tag" is not one of/],
  ['bad --parallel', ['up', '--manifest', manifest, '--parallel', 'many'], /Invalid --parallel: "many"/],
  ['bad --pulumi-version', ['preview', '--manifest', manifest, '--pulumi-version', 'newest'], /Invalid --pulumi-version: "newest"/],
  ['--base without --head', ['plan', '--manifest', manifest, '--base', 'HEAD'], /--base and --head go together/],
  [
    'unknown --base ref',
    ['plan', '--manifest', join(repo.dir, 'infra.yaml'), '--base', 'no-such-ref', '--head', 'HEAD'],
    /Could not diff no-such-ref\.\.HEAD/,
  ],
  [
    'missing --changed-files',
    ['plan', '--manifest', manifest, '--changed-files', join(dir, 'nope.txt')],
    /Invalid --changed-files: .*nope\.txt: file not found/,
  ],
  ['missing manifest', ['plan', '--manifest', join(dir, 'missing.yaml')], /missing\.yaml.*file not found/],
  ['manifest schema', ['plan', '--manifest', badSchema], /schema\.yaml:2:\d+: management\.accountId/],
  ['manifest YAML syntax', ['plan', '--manifest', badSyntax], /syntax\.yaml:\d+:\d+: YAML syntax error/],
  ['manifest alias bomb', ['plan', '--manifest', aliasBomb], /bomb\.yaml:3:\d+: YAML aliases expand too far/],
  ['unknown --account', ['plan', '--manifest', manifest, '--account', 'staging'], /staging/],
  [
    'missing --trust-policy',
    ['verify', '--manifest', manifest, '--trust-policy', join(dir, 'nope.json')],
    /Invalid --trust-policy: .*nope\.json: file not found/,
  ],
  [
    'garbage --trust-policy',
    ['verify', '--manifest', manifest, '--trust-policy', garbageJson],
    /Invalid --trust-policy: .*garbage\.json is not JSON/,
  ],
  [
    '--trust-policy not a policy',
    ['verify', '--manifest', manifest, '--trust-policy', arrayJson],
    /Invalid --trust-policy: .*array\.json holds an array/,
  ],
  [
    '--trust-policy map without policies',
    ['verify', '--manifest', manifest, '--trust-policy', notPolicy],
    /is not a policy with a Statement/,
  ],
  [
    'destroy without --confirm',
    ['destroy', '--manifest', manifest, '--account', 'sandbox', '--project', 'api'],
    /destroy needs confirmation/,
  ],
];

test.concurrent.each(cliCases)('CLI: %s exits 2 with the reason', async (_name, args, message) => {
  const r = await runCliBundle(args, { cwd: dir, env: { INFRA_ACTION_CREDENTIALS: 'ambient' } });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(message) });
  expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
});

type ActionCase = [string, Record<string, string>, RegExp, { env?: Record<string, string>; event?: string }?];
const actionCases: ActionCase[] = [
  ['unknown command', { command: 'deploy' }, /Invalid input 'command': "deploy"/],
  ['bad parallel', { command: 'plan', parallel: 'many' }, /Invalid input 'parallel': "many"/],
  ['bad pulumi-version', { command: 'plan', 'pulumi-version': 'latest' }, /Invalid input 'pulumi-version': "latest"/],
  ['comment: yes (not YAML 1.2)', { command: 'plan', comment: 'yes' }, /Invalid input 'comment': "yes". Expected true or false/],
  ['force: 1', { command: 'plan', force: '1' }, /Invalid input 'force': "1"/],
  ['export-credentials: on', { command: 'plan', 'export-credentials': 'on' }, /Invalid input 'export-credentials': "on"/],
  ['missing changed-files', { command: 'plan', 'changed-files': 'nope.txt' }, /Invalid input 'changed-files': .*nope\.txt: file not found/],
  ['missing manifest', { command: 'plan', manifest: 'missing.yaml' }, /missing\.yaml.*file not found/],
  ['unknown account', { command: 'plan', 'changed-files': 'sample-change.txt', accounts: 'staging' }, /staging/],
  ['garbage trust-policy', { command: 'verify', 'trust-policy': garbageJson }, /Invalid input 'trust-policy': .*is not JSON/],
  [
    'promote-check without one target',
    { command: 'promote-check', ref: 'a'.repeat(40), accounts: 'canary,production' },
    /needs exactly one target account/,
  ],
  [
    'promote-check force without reason',
    { command: 'promote-check', ref: 'a'.repeat(40), accounts: 'canary', force: 'true' },
    /'reason' is empty/,
  ],
  ['up force without reason', { command: 'up', force: 'True' }, /'reason' is empty/],
  [
    'promote-check without a token',
    { command: 'promote-check', ref: 'a'.repeat(40), accounts: 'canary' },
    /Invalid input 'github-token': empty/,
  ],
  ['up on a pull request', { command: 'up', 'changed-files': 'sample-change.txt' }, /only preview/, { event: 'pull_request' }],
  [
    'garbage GITHUB_EVENT_PATH',
    { command: 'plan' },
    /GITHUB_EVENT_PATH .*: the event payload is not JSON/,
    { env: { GITHUB_EVENT_PATH: garbageJson } },
  ],
  [
    'missing GITHUB_EVENT_PATH file',
    { command: 'plan' },
    /GITHUB_EVENT_PATH .*: cannot read the event payload \(ENOENT\)/,
    { env: { GITHUB_EVENT_PATH: join(dir, 'no-event.json') } },
  ],
  [
    'GITHUB_EVENT_PATH not an object',
    { command: 'plan' },
    /GITHUB_EVENT_PATH .*: the event payload is an array/,
    { env: { GITHUB_EVENT_PATH: arrayJson } },
  ],
];

test.concurrent.each(actionCases)('action: %s exits 2 with the reason', async (_name, inputs, message, opts) => {
  const r = await runAction({
    inputs: { 'github-token': '', ...inputs },
    workspace: EXAMPLE,
    event: { name: opts?.event ?? 'push', payload: {} },
    env: { INFRA_ACTION_CREDENTIALS: 'ambient', PULUMI_CONFIG_PASSPHRASE: 'x', ...opts?.env },
  });
  expect({ code: r.code, stdout: r.stdout }).toEqual({
    code: 2,
    stdout: expect.stringMatching(new RegExp(`::error::.*${message.source}`)),
  });
  expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
});

test('action: a manifest problem is an annotation at its line, and exits 2', async () => {
  const r = await runAction({ inputs: { command: 'plan', manifest: aliasBomb }, workspace: dir });
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(/::error title=infra\.yaml%3A manifest,file=bomb\.yaml,line=3,col=\d+::YAML aliases expand too far/);
});
