import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { parseCli } from '../../src/cli-args.js';
import { BadInput } from '../../src/errors.js';
import { getInputs } from '../../src/inputs.js';
import { DEFAULTS } from '../../src/settings/defaults.js';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const action = parse(readFileSync(resolve(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };

/** The inputs as the runner passes them: action.yml's defaults, overridden. */
const reader =
  (given: Record<string, string> = {}) =>
  (name: string) =>
    given[name] ?? action.inputs[name]?.default ?? '';

test('getInputs reads every input action.yml declares, and no other', () => {
  const read: string[] = [];
  getInputs((name) => (read.push(name), reader()(name)));
  expect(read.sort()).toEqual(Object.keys(action.inputs).sort());
});

test("action.yml's defaults are the code's defaults", () => {
  const s = getInputs(reader({ 'github-token': 't' }));
  expect(s).toMatchObject({
    command: DEFAULTS.command,
    manifest: DEFAULTS.manifest,
    parallel: DEFAULTS.parallel,
    pulumiVersion: DEFAULTS.pulumiVersion,
    comment: true,
    force: false,
    exportCredentials: false,
  });
  // An input left empty (a caller passing '') falls back to the same defaults.
  expect(getInputs(() => '')).toMatchObject({
    command: 'plan',
    manifest: 'infra.yaml',
    parallel: 4,
    pulumiVersion: '^3.205.0',
    comment: true,
    force: false,
  });
});

test.each(['true', 'True', 'TRUE'])('boolean inputs take YAML 1.2 %s', (v) => {
  expect(getInputs(reader({ comment: v, force: v, reason: 'INC-1', 'export-credentials': v }))).toMatchObject({
    comment: true,
    force: true,
    exportCredentials: true,
  });
});

test.each(['false', 'False', 'FALSE'])('boolean inputs take YAML 1.2 %s', (v) => {
  expect(getInputs(reader({ comment: v, force: v, 'export-credentials': v }))).toMatchObject({
    comment: false,
    force: false,
    exportCredentials: false,
  });
});

test.each([
  ['comment', 'yes'],
  ['comment', 'off'],
  ['force', '1'],
  ['export-credentials', 'tRuE'],
  ['parallel', 'many'],
  ['parallel', '0'],
  ['max-stacks-per-job', '-1'],
  ['max-stacks-per-job', 'ten'],
  ['pulumi-version', 'latest'],
  ['command', 'deploy'],
])('input %s: %p is bad input naming the input', (name, value) => {
  let err: unknown;
  try {
    getInputs(reader({ [name]: value }));
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(BadInput);
  expect((err as Error).message).toContain(`input '${name}'`);
  expect((err as Error).message).toContain(value);
});

test('CLI options are typed and validated up front, with the same defaults', () => {
  expect(parseCli(['up'])).toMatchObject({
    command: 'up',
    manifest: DEFAULTS.manifest,
    parallel: DEFAULTS.parallel,
    pulumiVersion: DEFAULTS.pulumiVersion,
    json: false,
  });
  expect(
    parseCli(['up', '--parallel', '2', '--pulumi-version', '~3.210.0', '--profile', 'p', '--confirm', 'a/b/c', '--trust-policy', 't.json']),
  ).toMatchObject({
    parallel: 2,
    pulumiVersion: '~3.210.0',
    profile: 'p',
    confirm: 'a/b/c',
    trustPolicy: 't.json',
  });
  expect(() => parseCli(['up', '--parallel', 'x'])).toThrow(/--parallel: "x"/);
  expect(() => parseCli(['up', '--pulumi-version', 'newest'])).toThrow(BadInput);
});
