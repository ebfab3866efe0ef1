import { beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCliBundle } from '../support/run-action.js';
import { markBuiltinDependenciesInstalled } from '../support/builtin-modules.js';
import { DOUBLE_BIN, useDouble } from '../engine/fixture.js';

/**
 * The app image is promoted like the infrastructure: through `node dist/index.js`, the preflight
 * refuses a protected account's image without a digest, or with a digest the account before it
 * does not run at the same commit, before any Pulumi call (exit 2, file, key and fix).
 */

const DIGEST = 'sha256:4f3c2b1a09e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29180f7e6d5c4b3a29180';
const OTHER = `sha256:${'9'.repeat(64)}`;

function exampleRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'unkey-example-'));
  cpSync(resolve('examples/unkey'), root, { recursive: true });
  return root;
}

function setImage(root: string, account: string, image: string): void {
  const file = join(root, 'stacks/api', `Pulumi.${account}-global.yaml`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/api:image: .*/, `api:image: ${image}`));
}

async function preview(root: string, account: string) {
  const double = useDouble();
  const r = await runCliBundle(['preview', '--manifest', 'infra.yaml', '--account', account, '--project', 'api'], {
    cwd: root,
    env: {
      PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
      PULUMI_DOUBLE_DIR: double.dir,
      PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
      PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
      INFRA_ACTION_CREDENTIALS: 'ambient',
    },
  });
  return { ...r, pulumiCalls: double.calls() };
}

describe('the app image through the bundle', () => {
  beforeAll(() => markBuiltinDependenciesInstalled('api'));

  it('production previews the digest canary runs', async () => {
    const r = await preview(exampleRepo(), 'production');
    expect(r.stderr).not.toContain('Preflight found');
    expect(r.code).toBe(0);
    expect(r.pulumiCalls.some((c) => c.argv[0] === 'preview')).toBe(true);
  });

  it('production refuses an image without a digest, naming the file, the key and how to pin it', async () => {
    const root = exampleRepo();
    setImage(root, 'production', 'ghcr.io/unkeyed/unkey:v2.3.1');
    const r = await preview(root, 'production');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "unkey/api/aws-production-us-east-1: stacks/api/Pulumi.production-global.yaml: api:image: 'ghcr.io/unkeyed/unkey:v2.3.1' has no digest, and production is a protected account",
    );
    expect(r.stderr).toContain('pin it by digest: ghcr.io/unkeyed/unkey@sha256:<digest>');
    expect(r.stderr).toContain('unkey/api/aws-production-eu-west-1: stacks/api/Pulumi.production-global.yaml: api:image:');
    expect(r.pulumiCalls).toEqual([]);
  });

  it('production refuses a digest canary does not run at the same commit', async () => {
    const root = exampleRepo();
    setImage(root, 'production', `ghcr.io/unkeyed/unkey@${OTHER}`);
    const r = await preview(root, 'production');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `api:image: runs ${OTHER.slice(0, 19)}…, but canary, the account before production, runs 'ghcr.io/unkeyed/unkey@${DIGEST}' at this commit (stacks/api/Pulumi.canary-global.yaml)`,
    );
    expect(r.stderr).toContain('set api:image in stacks/api/Pulumi.canary-global.yaml to the same digest');
    expect(r.pulumiCalls).toEqual([]);
  });

  it('a per-account mirror is the same artifact: the registry may differ, the digest may not', async () => {
    const root = exampleRepo();
    setImage(root, 'production', `123456789012.dkr.ecr.us-east-1.amazonaws.com/unkey:v2.3.1@${DIGEST}`);
    const r = await preview(root, 'production');
    expect(r.stderr).not.toContain('Preflight found');
    expect(r.code).toBe(0);
  });

  it('an unprotected account may run a tag; the account after it then cannot take it', async () => {
    const root = exampleRepo();
    setImage(root, 'canary', 'ghcr.io/unkeyed/unkey:main');
    expect((await preview(root, 'canary')).code).toBe(0);
    const prod = await preview(root, 'production');
    expect(prod.code).toBe(2);
    expect(prod.stderr).toContain("but canary, the account before production, runs 'ghcr.io/unkeyed/unkey:main' at this commit");
  });

  it('plan shows the same refusal as a warning, before anything runs', async () => {
    const root = exampleRepo();
    setImage(root, 'production', 'ghcr.io/unkeyed/unkey:latest');
    const r = await runCliBundle(['plan', '--manifest', 'infra.yaml', '--account', 'production', '--project', 'api', '--json'], {
      cwd: root,
    });
    const plan = JSON.parse(r.stdout) as { warnings: string[] };
    expect(plan.warnings.some((w) => w.includes("api:image: 'ghcr.io/unkeyed/unkey:latest' has no digest"))).toBe(true);
  });
});
