import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { runCliBundle } from '../support/run-action.js';
import { DOUBLE_BIN, makeInfraRepo, stackOf, useDouble, type DoubleScenario, type RepoSpec } from '../engine/fixture.js';

/**
 * Secrets shared by every stack of an account, through `node dist/index.js` and the Pulumi CLI
 * double: `config set --secret` encrypts the value into each stack's own file with that stack's key
 * (a `secure:` value in the account's global file could not be decrypted by any stack), all or
 * nothing, and the plaintext never lands in a file or in output; `preview` refuses, before any
 * Pulumi call, `secure:` values a stack cannot decrypt.
 */

const VALUE = 'postgres://app:Sup3r-s3cret-pw@db.internal:5432/main';

/** The bundle's environment: the double first on PATH; `undefined` leaves a variable out. */
function doubleEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env = {
    PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
    PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
    PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
    PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
    INFRA_ACTION_CREDENTIALS: 'ambient',
    ...extra,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** One account in two regions, one project `api` whose config lives in its program folder. */
function repo(files: Record<string, string> = {}, spec: Partial<RepoSpec> = {}): { root: string; manifest: string } {
  const manifest = makeInfraRepo({
    accounts: [{ name: 'sandbox', regions: ['us-east-1', 'eu-west-1'] }],
    projects: [{ name: 'api' }],
    files,
    ...spec,
  });
  return { root: dirname(manifest), manifest };
}

const GLOBAL = 'programs/api/Pulumi.sandbox-global.yaml';
const EAST = 'programs/api/Pulumi.aws-sandbox-us-east-1.yaml';
const WEST = 'programs/api/Pulumi.aws-sandbox-eu-west-1.yaml';

/** Every file under a folder, by relative path (the repo, the double's state). */
function allFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const doc = (root: string, file: string) =>
  parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown> & { config: Record<string, unknown> };

async function configSet(root: string, args: string[], stdin?: string, env: Record<string, string | undefined> = {}) {
  return runCliBundle(['config', 'set', '--manifest', 'infra.yaml', ...args], { cwd: root, stdin, env: doubleEnv(env) });
}

describe('preflight: secure values a stack cannot decrypt', () => {
  it('preview refuses a secure: value in the global file with file:line, key and the config set fix (exit 2)', async () => {
    const double = useDouble();
    const { root } = repo({
      [GLOBAL]: 'config:\n  api:image: x\n  api:db:\n    secure: v1:c29tZXRoaW5nIGVuY3J5cHRlZCBmb3Igb25lIHN0YWNr\n',
    });
    const r = await runCliBundle(['preview', '--manifest', 'infra.yaml', '--project', 'api'], { cwd: root, env: doubleEnv() });
    expect(r.code).toBe(2);
    for (const region of ['us-east-1', 'eu-west-1'])
      expect(r.stderr).toContain(
        `acme/api/aws-sandbox-${region}: ${GLOBAL}:3: api:db (secret): is a secure: value in the account's global file, which no stack can decrypt`,
      );
    expect(r.stderr).toContain(
      'Set it for every stack of sandbox with: infra-action config set --account sandbox --project api --secret api:db < value-file',
    );
    expect(double.operations()).toEqual([]);
  });

  it('preview refuses a secure: value in a stack file without its encryption material, per provider', async () => {
    useDouble();
    const { root } = repo(
      {
        [EAST]: 'encryptionsalt: v1:c2FsdA==:v1:Y2hlY2s=\nconfig:\n  api:db:\n    secure: v1:AAAA\n',
        // Copied from another stack: no salt, so the passphrase provider has no key for it.
        [WEST]: 'config:\n  api:cidr: 10.0.0.0/16\n  api:nested:\n    password:\n      secure: v1:AAAA\n',
      },
      {},
    );
    const r = await runCliBundle(['preview', '--manifest', 'infra.yaml', '--project', 'api'], { cwd: root, env: doubleEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `acme/api/aws-sandbox-eu-west-1: ${WEST}:4: api:nested.password (secret): is a secure: value, but the file has no encryptionsalt for the passphrase secrets provider Pulumi would use for it`,
    );
    expect(r.stderr).toContain(
      'infra-action config set --account sandbox --project api --region eu-west-1 --secret --path api:nested.password < value-file',
    );
    expect(r.stderr).not.toContain(EAST);
  });

  it('a KMS provider needs its encryptedkey, and the file must name the provider; plan shows the same problems as warnings, offline', async () => {
    useDouble();
    const { root } = repo(
      {
        [EAST]: 'secretsprovider: awskms://alias/pulumi-sandbox?region=us-east-1\nconfig:\n  api:db:\n    secure: v1:AAAA\n',
        // The CLI reads the provider from the file alone: without it, a DIY backend's default (a passphrase) applies.
        [WEST]: 'encryptedkey: a2V5\nconfig:\n  api:db:\n    secure: v1:AAAA\n',
      },
      { secretsProvider: 'awskms://alias/pulumi-{account}?region=us-east-1' },
    );
    const preview = await runCliBundle(['preview', '--manifest', 'infra.yaml', '--project', 'api'], { cwd: root, env: doubleEnv() });
    expect(preview.code).toBe(2);
    expect(preview.stderr).toContain(
      `${EAST}:3: api:db (secret): is a secure: value, but the file has no encryptedkey for the awskms://alias/pulumi-sandbox secrets provider Pulumi would use for it`,
    );
    expect(preview.stderr).toContain(
      `${WEST}:3: api:db (secret): is a secure: value, but the file has no encryptionsalt for the passphrase secrets provider Pulumi would use for it`,
    );
    const plan = await runCliBundle(['plan', '--manifest', 'infra.yaml', '--project', 'api', '--json'], { cwd: root, env: doubleEnv() });
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { warnings: string[] }).warnings).toContainEqual(
      expect.stringContaining(
        `config preflight: acme/api/aws-sandbox-us-east-1: ${EAST}:3: api:db (secret): is a secure: value, but the file has no encryptedkey`,
      ),
    );
  });
});

describe('infra-action config set', () => {
  it('--secret encrypts the stdin value into every stack file of the account with its own key; preview decrypts it in each', async () => {
    const double = useDouble();
    const { root } = repo({
      [GLOBAL]:
        '# shared by the sandbox account\nconfig:\n  api:image: x\n  api:db:\n    secure: v1:bm90IGRlY3J5cHRhYmxlIGJ5IGFueSBzdGFjaw==\n',
      [EAST]: '# us-east-1 only\nconfig:\n  api:cidr: 10.0.0.0/16\n',
    });
    const r = await configSet(root, ['--account', 'sandbox', '--secret', 'api:db'], `${VALUE}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${EAST}: set api:db (secret, encrypted for acme/api/aws-sandbox-us-east-1)`);
    expect(r.stdout).toContain(`${WEST}: set api:db (secret, encrypted for acme/api/aws-sandbox-eu-west-1)`);
    expect(r.stdout).toContain(`${GLOBAL}: removed api:db`);

    const east = doc(root, EAST);
    const west = doc(root, WEST);
    for (const d of [east, west]) {
      expect(d.config['api:db']).toEqual({ secure: expect.stringMatching(/^v1:/) });
      expect(d.encryptionsalt).toEqual(expect.any(String));
    }
    expect(east.encryptionsalt).not.toEqual(west.encryptionsalt);
    expect(east.config['api:cidr']).toBe('10.0.0.0/16');
    expect(readFileSync(join(root, EAST), 'utf8')).toContain('# us-east-1 only');
    expect(doc(root, GLOBAL).config).toEqual({ 'api:image': 'x' });
    expect(readFileSync(join(root, GLOBAL), 'utf8')).toContain('# shared by the sandbox account');

    // The value went to the CLI on stdin: no argv, file, log or output holds it.
    const config = double.calls().filter((c) => c.argv[0] === 'config');
    expect(config.map((c) => [stackOf(c), c.argv.includes('--secret'), c.exit])).toEqual([
      ['organization/api/aws-sandbox-us-east-1', true, 0],
      ['organization/api/aws-sandbox-eu-west-1', true, 0],
    ]);
    const everything = [r.stdout, r.stderr, ...Object.values(allFiles(root)), ...Object.values(allFiles(double.dir))].join('\n');
    expect(everything).not.toContain(VALUE);
    expect(everything).not.toContain('Sup3r-s3cret');

    const preview = await runCliBundle(['preview', '--manifest', 'infra.yaml', '--project', 'api'], { cwd: root, env: doubleEnv() });
    expect(preview.code).toBe(0);
    // Each stack decrypts exactly the value given (stdin's trailing newline dropped once), with its own key.
    const digest = createHash('sha256').update(VALUE).digest('hex');
    expect(
      double
        .operations()
        .map((c) => [stackOf(c), c.decryptedSha256])
        .sort(),
    ).toEqual([
      ['organization/api/aws-sandbox-eu-west-1', { 'api:db': digest }],
      ['organization/api/aws-sandbox-us-east-1', { 'api:db': digest }],
    ]);
  });

  it('the double proves the point: the same value copied between stack files does not decrypt', async () => {
    const double = useDouble();
    const { root } = repo();
    expect((await configSet(root, ['--account', 'sandbox', '--region', 'us-east-1', '--secret', 'api:db'], VALUE)).code).toBe(0);
    expect((await configSet(root, ['--account', 'sandbox', '--region', 'eu-west-1', '--secret', 'api:other'], VALUE)).code).toBe(0);
    const west = readFileSync(join(root, WEST), 'utf8');
    const eastValue = (doc(root, EAST).config['api:db'] as { secure: string }).secure;
    writeFileSync(join(root, WEST), `${west}  api:db:\n    secure: ${eastValue}\n`);
    const preview = await runCliBundle(['preview', '--manifest', 'infra.yaml', '--project', 'api'], { cwd: root, env: doubleEnv() });
    expect(preview.code).toBe(1);
    expect(preview.stdout + preview.stderr).toContain("failed to decrypt configuration key 'api:db'");
    expect(double.operations().find((c) => stackOf(c)?.endsWith('us-east-1'))?.decrypted).toEqual(['api:db']);
  });

  it('a KMS provider: each stack gets its own encryptedkey under the account key, named in its file; a new stack is created with it', async () => {
    const double = useDouble();
    const { root } = repo({}, { secretsProvider: 'awskms://alias/pulumi-{account}?region=us-east-1' });
    // us-east-1 exists already (the engine created it; its provider lives in the state, not in the repo file).
    const first = await runCliBundle(['preview', '--manifest', 'infra.yaml', '--project', 'api', '--account', 'sandbox'], {
      cwd: root,
      env: doubleEnv({ PULUMI_CONFIG_PASSPHRASE: undefined }),
    });
    expect(first.code).toBe(0);
    rmSync(join(double.dir, 'stacks', 'organization__api__aws-sandbox-eu-west-1'));
    const r = await configSet(root, ['--account', 'sandbox', '--secret', 'db'], VALUE, { PULUMI_CONFIG_PASSPHRASE: undefined });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    for (const file of [EAST, WEST]) {
      const d = doc(root, file);
      expect(d.secretsprovider).toBe('awskms://alias/pulumi-sandbox?region=us-east-1');
      expect(d.encryptedkey).toEqual(expect.any(String));
      expect(d.config['api:db']).toEqual({ secure: expect.any(String) });
    }
    expect(doc(root, EAST).encryptedkey).not.toEqual(doc(root, WEST).encryptedkey);
    const inits = double.calls().filter((c) => c.argv[0] === 'stack' && c.argv[1] === 'init' && c.cwd.includes('infra-action-config-'));
    expect(inits.map((c) => c.argv.slice(2, 5))).toEqual([
      ['organization/api/aws-sandbox-eu-west-1', '--secrets-provider', 'awskms://alias/pulumi-sandbox?region=us-east-1'],
    ]);
    const preview = await runCliBundle(['preview', '--manifest', 'infra.yaml', '--project', 'api'], {
      cwd: root,
      env: doubleEnv({ PULUMI_CONFIG_PASSPHRASE: undefined }),
    });
    expect(preview.code).toBe(0);
    expect(double.operations().filter((c) => c.decrypted?.length).length).toBe(2);
    expect(r.stdout + r.stderr + Object.values(allFiles(root)).join('')).not.toContain(VALUE);
  });

  it('Pulumi Cloud: the stacks keep their keys in the service, named with the real org', async () => {
    const double = useDouble();
    const { root } = repo({}, { backend: 'https://api.pulumi.com' });
    const env = { PULUMI_ACCESS_TOKEN: 'pul-test-token', PULUMI_CONFIG_PASSPHRASE: undefined };
    const r = await configSet(root, ['--account', 'sandbox', '--secret', 'api:db'], VALUE, env);
    expect(r.code).toBe(0);
    expect(doc(root, EAST)).toEqual({ config: { 'api:db': { secure: expect.any(String) } } });
    const preview = await runCliBundle(['preview', '--manifest', 'infra.yaml', '--project', 'api'], { cwd: root, env: doubleEnv(env) });
    expect(preview.code).toBe(0);
    expect(
      double
        .operations()
        .map((c) => [stackOf(c), c.decrypted])
        .sort(),
    ).toEqual([
      ['acme/api/aws-sandbox-eu-west-1', ['api:db']],
      ['acme/api/aws-sandbox-us-east-1', ['api:db']],
    ]);
  });

  it('all or nothing: when one stack fails, no file changes; it names the stack and the re-run, and never the value', async () => {
    useDouble({ scenario: { 'aws-sandbox-eu-west-1': { failConfigSet: 'echo' } } satisfies Record<string, DoubleScenario> });
    const { root } = repo({ [GLOBAL]: 'config:\n  api:db:\n    secure: v1:AAAA\n', [EAST]: 'config:\n  api:cidr: 10.0.0.0/16\n' });
    const before = allFiles(root);
    const r = await configSet(root, ['--account', 'sandbox', '--secret', 'api:db'], VALUE);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('could not encrypt api:db for acme/api/aws-sandbox-eu-west-1: ');
    expect(r.stderr).toContain(
      'Nothing was written: every file is as it was. Encrypted for acme/api/aws-sandbox-us-east-1, then discarded.',
    );
    expect(r.stderr).toContain(
      'Created in the backend by this run (empty; the next run selects them): acme/api/aws-sandbox-us-east-1, acme/api/aws-sandbox-eu-west-1.',
    );
    expect(r.stderr).toContain(
      'Fix the cause, then run the same command again: infra-action config set --account sandbox --secret api:db < value-file',
    );
    expect(r.stderr).toContain('[secret]');
    expect(r.stdout + r.stderr).not.toContain(VALUE);
    expect(allFiles(root)).toEqual(before);
  });

  it('never takes a secret from the command line, and needs the passphrase the deploys use', async () => {
    const double = useDouble();
    const { root } = repo();
    const argv = await configSet(root, ['--account', 'sandbox', '--secret', 'api:db', VALUE]);
    expect(argv.code).toBe(2);
    expect(argv.stderr).toContain('config set --secret takes the value on stdin, not as an argument');
    expect(argv.stderr).not.toContain(VALUE);
    const noPass = await configSet(root, ['--account', 'sandbox', '--secret', 'api:db'], VALUE, { PULUMI_CONFIG_PASSPHRASE: undefined });
    expect(noPass.code).toBe(2);
    expect(noPass.stderr).toContain('encrypt with the passphrase secrets provider: set PULUMI_CONFIG_PASSPHRASE');
    const empty = await configSet(root, ['--account', 'sandbox', '--secret', 'api:db'], '\n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('the value on stdin is empty');
    const unknown = await configSet(root, ['--account', 'prod', '--secret', 'api:db'], VALUE);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--account "prod" is not an account of infra.yaml (accounts: sandbox)');
    expect(double.calls()).toEqual([]);
  });

  it('a plain value goes into the global file and out of the stack files that would override it', async () => {
    const double = useDouble();
    const { root } = repo({
      [GLOBAL]: '# account-wide\nconfig:\n  api:image: old\n',
      [WEST]: 'config:\n  api:image: west-override # goes\n  api:cidr: 10.1.0.0/16\n',
    });
    const r = await configSet(root, ['--account', 'sandbox', 'image', 'ghcr.io/acme/api@sha256:' + 'a'.repeat(64)]);
    expect(r.code).toBe(0);
    expect(doc(root, GLOBAL).config).toEqual({ 'api:image': 'ghcr.io/acme/api@sha256:' + 'a'.repeat(64) });
    expect(readFileSync(join(root, GLOBAL), 'utf8')).toContain('# account-wide');
    expect(doc(root, WEST).config).toEqual({ 'api:cidr': '10.1.0.0/16' });
    expect(r.stdout).toContain(`${WEST}: removed api:image (it overrode the account's value)`);
    expect(double.calls()).toEqual([]);
  });
});
