import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'native-run-'));

/** Runs a program's real entry under plain Node (no ts-jest, no ts-node), as the language host would. */
function runNative(
  program: string,
  stack: string,
  config: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(dir, `${program}.json`);
  writeFileSync(file, JSON.stringify(config));
  return new Promise((resolve) => {
    // cwd is a temp dir: the entry must not depend on where the language host starts node.
    execFile(
      process.execPath,
      [join(root, 'programs/testing/native-run.mjs'), program, stack, file],
      { cwd: dir },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('builtin programs run as plain Node TypeScript', () => {
  it.concurrent.each([
    [
      'api',
      'aws-sandbox-us-east-1',
      {
        'api:roleToAssumeARN': 'arn:aws:iam::111111111111:role/X',
        'api:awsRegion': 'us-east-1',
        'api:cidrBlock': '10.10.0.0/16',
        'api:image': 'ghcr.io/unkeyed/unkey@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        'api:hostedZoneID': 'Z0SANDBOX0000000000',
        'api:certificateDomain': 'api.example.com',
        'api:clickhouseUrl': 'https://ch.example',
        'api:OTEL_EXPORTER_OTLP_HEADERS': 'a=b',
        'api:OTEL_EXPORTER_OTLP_ENDPOINT': 'https://otel.example',
        'api:databasePrimaryDsn': 'mysql://x@y/unkey',
      },
      'aws:ecs/service:Service',
    ],
    [
      'bootstrap-management',
      'aws-management-us-east-1',
      {
        'bootstrap-management:accountId': '000000000000',
        'bootstrap-management:githubRepository': 'unkeyed/infra',
        'bootstrap-management:accounts': '[{"name":"sandbox","id":"111111111111"}]',
        'bootstrap-management:stateBucketName': 'unkey-state',
      },
      'aws:iam/openIdConnectProvider:OpenIdConnectProvider',
    ],
    [
      'bootstrap-account',
      'aws-sandbox-us-east-1',
      { 'bootstrap-account:accountId': '111111111111', 'bootstrap-account:managementAccountId': '000000000000' },
      'aws:iam/role:Role',
    ],
  ])('%s: Pulumi.yaml main loads and registers its resources', async (program, stack, config, expectedType) => {
    const r = await runNative(program, stack, config);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { types: string[]; exports: string[] };
    expect(out.types).toContain(expectedType);
    expect(out.types).toContain('pulumi:providers:aws');
    expect(out.exports.length).toBeGreaterThan(1);
  });

  it('declares the same entry in Pulumi.yaml and package.json, with only the Pulumi SDKs as dependencies', () => {
    for (const program of ['api', 'bootstrap-management', 'bootstrap-account']) {
      const project = parse(readFileSync(join(root, 'programs', program, 'Pulumi.yaml'), 'utf8')) as {
        name: string;
        main: string;
        runtime: { name: string; options: { typescript: boolean } };
      };
      const pkg = JSON.parse(readFileSync(join(root, 'programs', program, 'package.json'), 'utf8')) as {
        type: string;
        main: string;
        dependencies: Record<string, string>;
      };
      expect({ name: project.name, main: project.main, runtime: project.runtime.name, ts: project.runtime.options.typescript }).toEqual({
        name: program,
        main: 'main.mjs',
        runtime: 'nodejs',
        ts: false,
      });
      expect({ type: pkg.type, main: pkg.main, deps: Object.keys(pkg.dependencies).sort() }).toEqual({
        type: 'module',
        main: 'main.mjs',
        deps: ['@pulumi/aws', '@pulumi/pulumi'],
      });
    }
  });

  it('a missing key fails with the schema error, not a crash', async () => {
    const r = await runNative('bootstrap-account', 'aws-sandbox-us-east-1', {});
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('bootstrap-account:accountId: is required');
    expect(r.stderr).toContain('bootstrap-account:managementAccountId: is required');
  });
});
