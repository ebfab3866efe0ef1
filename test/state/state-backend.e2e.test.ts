import { describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runAction, runCliBundle } from '../support/run-action.js';
import { DOUBLE_BIN, makeInfraRepo, useDouble } from '../engine/fixture.js';

// State that survives: in GitHub Actions, a file backend inside the workspace (the default
// .infra-state/) or the runner's temp folder is gone when the job ends.
const env = () => ({
  PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
  PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
  PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
  PULUMI_DOUBLE_LATENCY_MS: '0',
  PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
  INFRA_ACTION_CREDENTIALS: 'ambient',
});

function repo(backend?: string | false) {
  const manifest = makeInfraRepo({ projects: [{ name: 'network' }], backend });
  const workspace = dirname(manifest);
  writeFileSync(join(workspace, 'changes.txt'), 'network/main.ts\n');
  return { manifest, workspace };
}
const inputs = (command: string) => ({
  command,
  manifest: 'infra.yaml',
  'changed-files': 'changes.txt',
  'github-token': '',
  'pulumi-version': '^3.205.0',
  confirm: 'acme/network/aws-sandbox-us-east-1',
});

describe('a file backend the runner deletes (bundle)', () => {
  it.each(['up', 'refresh', 'destroy'])(
    'action %s with no backend (default .infra-state/ in the workspace) exits 2 naming the bucket and key, before any Pulumi call',
    async (command) => {
      const double = useDouble();
      const { workspace } = repo(false);
      const r = await runAction({ inputs: inputs(command), workspace, env: env() });
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(new RegExp(`Refusing to ${command}: infra.yaml names no backend`));
      expect(r.stdout).toMatch(/inside GITHUB_WORKSPACE/);
      expect(r.stdout).toContain('stateBucketName');
      expect(r.stdout).toContain('awskms://alias/pulumi');
      expect(double.operations()).toEqual([]);
      expect(existsSync(join(workspace, '.infra-state'))).toBe(false);
    },
  );

  it('a file backend under RUNNER_TEMP is refused too; CLI up in CI exits 2', async () => {
    useDouble();
    const runnerTemp = dirname(repo(false).manifest);
    const { manifest, workspace } = repo(`file://${runnerTemp}/state`);
    const r = await runAction({ inputs: inputs('up'), workspace, env: { ...env(), RUNNER_TEMP: runnerTemp } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/backend: file:\/\/.*\/state is inside RUNNER_TEMP/);
    const cli = await runCliBundle(['up', '--manifest', manifest, '--project', 'network'], {
      cwd: workspace,
      env: { ...env(), RUNNER_TEMP: runnerTemp },
    });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/Refusing to up/);
  });

  it('preview may use the workspace backend, with a warning; a backend outside the workspace deploys', async () => {
    const double = useDouble();
    const { workspace } = repo(false);
    const preview = await runAction({ inputs: inputs('preview'), workspace, env: env() });
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(
      /::warning::infra.yaml names no backend.*this preview runs, but against state that will not outlive the job/,
    );
    const outside = repo();
    const up = await runAction({ inputs: inputs('up'), workspace: outside.workspace, env: env() });
    expect(up.code).toBe(0);
    expect(double.operations().map((c) => c.argv[0])).toEqual(['preview', 'up']);
  });
});
