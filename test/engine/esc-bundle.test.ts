import { describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCliBundle } from '../support/run-action.js';
import { DOUBLE_BIN, makeInfraRepo, useDouble } from './fixture.js';

// A stack file that imports ESC environments on Pulumi Cloud: preflight opens them through the
// Pulumi CLI with the run's token (or names what it could not check), and the default secrets
// provider is the service's, so no passphrase is asked for.

const CLOUD = 'https://api.pulumi.com';
const STACK = [
  'environment:',
  '  - api/sandbox-global',
  'config:',
  '  api:roleToAssumeARN: arn:aws:iam::111111111111:role/Executor',
  '  api:awsRegion: us-east-1',
  '  api:cidrBlock: 10.10.0.0/16',
  '  api:hostedZoneID: Z0SANDBOX0000000000',
  '  api:certificateDomain: api.sandbox.unkey.example',
  '',
].join('\n');
// Unkey keeps the secrets and the account-wide values in ESC; the regional one imports nothing else.
const ESC_GLOBAL = [
  'imports: [api/shared]',
  'values:',
  '  clickhouse: https://clickhouse.internal.example',
  '  pulumiConfig:',
  '    api:clickhouseUrl: { fn::secret: "${clickhouse}" }',
  '    OTEL_EXPORTER_OTLP_ENDPOINT: { fn::secret: https://otel.example }',
  '    api:OTEL_EXPORTER_OTLP_HEADERS: { fn::secret: "authorization=Bearer s3cr3t-otel" }',
  '    api:databasePrimaryDsn: { fn::secret: "mysql://u:p4ss@db.example/unkey" }',
  '',
].join('\n');
const ESC_SHARED =
  'values:\n  pulumiConfig:\n    api:image: ghcr.io/unkeyed/unkey@sha256:4f3c2b1a09e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29180f7e6d5c4b3a29180\n';

function cloudRepo(stack = STACK) {
  return makeInfraRepo({
    org: 'unkey',
    backend: CLOUD,
    accounts: [{ name: 'sandbox', regions: ['us-east-1'] }],
    projects: [{ name: 'api', program: 'builtin:api', config: 'stacks/api' }],
    files: { 'stacks/api/Pulumi.aws-sandbox-us-east-1.yaml': stack },
  });
}

function serveEsc(doubleDir: string, envs: Record<string, string>) {
  for (const [name, text] of Object.entries(envs)) {
    mkdirSync(dirname(join(doubleDir, 'esc', name)), { recursive: true });
    writeFileSync(join(doubleDir, 'esc', `${name}.yaml`), text);
  }
}

/** The bundle's environment: the double first on PATH, no passphrase, ambient AWS credentials. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
    PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
    PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
    INFRA_ACTION_CREDENTIALS: 'ambient',
    ...extra,
  };
}

describe('ESC environments on Pulumi Cloud, through node dist/index.js', () => {
  it('with a token: opens the imported environments, finds the keys there, needs no passphrase, and previews', async () => {
    const double = useDouble();
    serveEsc(double.dir, { 'unkey/api/sandbox-global': ESC_GLOBAL, 'unkey/api/shared': ESC_SHARED });
    const manifest = cloudRepo();
    const r = await runCliBundle(['preview', '--manifest', manifest, '--project', 'api', '--json'], {
      cwd: dirname(manifest),
      env: env({ PULUMI_ACCESS_TOKEN: 'pul-test-token' }),
    });
    expect(r.stderr).not.toMatch(/PULUMI_CONFIG_PASSPHRASE|config preflight/);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stacks.map((s: { stack: string; status: string }) => [s.stack, s.status])).toEqual([
      ['unkey/api/aws-sandbox-us-east-1', 'succeeded'],
    ]);
    expect(
      double
        .calls()
        .filter((c) => c.argv[0] === 'env')
        .map((c) => c.argv.slice(0, 3)),
    ).toEqual([['env', 'open', 'unkey/api/sandbox-global']]);
    // Pulumi Cloud's own secrets provider: the stack was created without --secrets-provider passphrase.
    const created = readdirSync(join(double.dir, 'stacks')).map((f) => JSON.parse(readFileSync(join(double.dir, 'stacks', f), 'utf8')));
    expect(created).toEqual([{ name: 'unkey/api/aws-sandbox-us-east-1', secretsProvider: 'service' }]);
    expect(r.stdout + r.stderr).not.toMatch(/s3cr3t-otel|p4ss/);
  });

  it('with a token: a key neither the files nor the environments set is a problem naming both (exit 2)', async () => {
    const double = useDouble();
    serveEsc(double.dir, {
      'unkey/api/sandbox-global': ESC_GLOBAL.replace(/ {4}api:databasePrimaryDsn.*\n/, ''),
      'unkey/api/shared': ESC_SHARED,
    });
    const manifest = cloudRepo();
    const r = await runCliBundle(['preview', '--manifest', manifest, '--project', 'api'], {
      cwd: dirname(manifest),
      env: env({ PULUMI_ACCESS_TOKEN: 'pul-test-token' }),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Preflight found 1 problem in 1 stack/);
    expect(r.stderr).toContain(
      'unkey/api/aws-sandbox-us-east-1: stacks/api/Pulumi.aws-sandbox-us-east-1.yaml: api:databasePrimaryDsn (secret): is required',
    );
    expect(r.stderr).toContain('the ESC environment unkey/api/sandbox-global does not set it either');
    expect(double.operations()).toEqual([]);
  });

  it('with a token: an environment that does not exist is a problem in the stack file (exit 2)', async () => {
    const double = useDouble();
    const manifest = cloudRepo();
    const r = await runCliBundle(['preview', '--manifest', manifest, '--project', 'api'], {
      cwd: dirname(manifest),
      env: env({ PULUMI_ACCESS_TOKEN: 'pul-test-token' }),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'stacks/api/Pulumi.aws-sandbox-us-east-1.yaml: environment: imports the ESC environment unkey/api/sandbox-global, which could not be opened: [404] Not Found',
    );
    expect(double.operations()).toEqual([]);
  });

  it('plan (offline) names every key it could not check and the environment it may come from, and exits 0', async () => {
    useDouble();
    const manifest = cloudRepo();
    const r = await runCliBundle(['plan', '--manifest', manifest, '--project', 'api', '--json'], { cwd: dirname(manifest), env: env() });
    expect(r.code).toBe(0);
    const warnings: string[] = JSON.parse(r.stdout).warnings;
    for (const key of ['api:clickhouseUrl (secret)', 'api:databasePrimaryDsn (secret)', 'api:image']) {
      expect(warnings).toContainEqual(
        expect.stringContaining(
          `${key}: not in the repo files, so not checked: it may come from the ESC environment unkey/api/sandbox-global (not opened: plan is offline`,
        ),
      );
    }
  });

  it('a DIY backend refuses the import: file, key and the fix (exit 2)', async () => {
    const double = useDouble();
    const manifest = makeInfraRepo({
      org: 'unkey',
      backend: 's3://unkey-pulumi-state?region=us-east-1',
      projects: [{ name: 'network' }],
      files: { 'programs/network/Pulumi.aws-sandbox-us-east-1.yaml': 'environment:\n  - api/sandbox-global\n' },
    });
    const r = await runCliBundle(['preview', '--manifest', manifest, '--project', 'network'], {
      cwd: dirname(manifest),
      env: env({ PULUMI_CONFIG_PASSPHRASE: 'x' }),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'programs/network/Pulumi.aws-sandbox-us-east-1.yaml: environment: imports ESC environments (api/sandbox-global), which only work on the Pulumi Cloud backend',
    );
    expect(r.stderr).toContain('Move the values into the stack files or use Pulumi Cloud as the backend');
    expect(double.calls().filter((c) => c.argv[0] !== 'version')).toEqual([]);
  });
});
