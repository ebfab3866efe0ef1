import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { runAction, runCliBundle } from '../support/run-action.js';
import { exampleRepo } from '../support/git-repo.js';

// The `changed-files` input and `--changed-files` take repository-root paths, as git and the PR files
// API print them, and decide the selection on every event (they override what the event says).

const stacksOf = (json: string) => (JSON.parse(json) as { stack: string }[]).map((s) => s.stack);

/** `plan` of a push through the action, the example manifest in `infra/`, with this changed-files input. */
function planSubfolderManifest(changes: string) {
  const repo = exampleRepo('infra');
  writeFileSync(join(repo.dir, 'changes.txt'), changes);
  return runAction({
    inputs: { command: 'plan', manifest: 'infra/infra.yaml', 'changed-files': 'changes.txt' },
    event: { name: 'push', payload: {} },
    workspace: repo.dir,
  });
}

test('changed-files input: repo-root paths select stacks of a manifest in a subfolder', async () => {
  const r = await planSubfolderManifest('M\tinfra/stacks/api/Pulumi.aws-canary-us-east-1.yaml\nM\tREADME.md\n');
  expect(r.code).toBe(0);
  expect(stacksOf(r.outputs.stacks)).toEqual(['unkey/api/aws-canary-us-east-1']);
  expect(JSON.parse(r.outputs.stacks)[0].reasons).toEqual(['stack config: stacks/api/Pulumi.aws-canary-us-east-1.yaml']);
  expect(r.stdout).not.toContain('none of the');
});

test('changed-files input written against the manifest folder: the log says why nothing was selected', async () => {
  const r = await planSubfolderManifest('stacks/api/Pulumi.aws-canary-us-east-1.yaml\n');
  expect(r.code).toBe(0);
  expect(r.outputs['has-stacks']).toBe('false');
  expect(r.stdout).toContain('stacks/api/Pulumi.aws-canary-us-east-1.yaml would be infra/stacks/api/Pulumi.aws-canary-us-east-1.yaml');
});

test.each(['workflow_dispatch', 'schedule'])('changed-files input is honoured on %s, not replaced by every stack', async (event) => {
  const repo = exampleRepo();
  writeFileSync(join(repo.dir, 'changes.txt'), 'stacks/api/Pulumi.production-global.yaml\n');
  const r = await runAction({
    inputs: { command: 'plan', 'changed-files': 'changes.txt' },
    event: { name: event, payload: { inputs: {} } },
    workspace: repo.dir,
  });
  expect(r.code).toBe(0);
  expect(stacksOf(r.outputs.stacks)).toEqual(['unkey/api/aws-production-us-east-1', 'unkey/api/aws-production-eu-west-1']);
});

test('workflow_dispatch: changed-files with an accounts input keeps only that account', async () => {
  const repo = exampleRepo();
  writeFileSync(join(repo.dir, 'changes.txt'), 'services/api/main.go\n');
  const r = await runAction({
    inputs: { command: 'plan', 'changed-files': 'changes.txt', accounts: 'canary' },
    event: { name: 'workflow_dispatch', payload: { inputs: {} } },
    workspace: repo.dir,
  });
  expect(r.code).toBe(0);
  expect(stacksOf(r.outputs.stacks)).toEqual(['unkey/api/aws-canary-us-east-1']);
});

test('CLI --changed-files takes the paths git prints, from the repository root', async () => {
  const repo = exampleRepo('deploy/infra');
  const r = await runCliBundle(
    ['plan', '--manifest', join(repo.dir, 'deploy/infra/infra.yaml'), '--changed-files', '-', '--event', 'schedule', '--json'],
    {
      cwd: join(repo.dir, 'deploy'),
      stdin: 'M\tdeploy/infra/network/index.js\nM\tdeploy/other/unrelated.txt\n',
    },
  );
  expect(r.code).toBe(0);
  const plan = JSON.parse(r.stdout);
  expect(plan.stacks.filter((s: { project: string }) => s.project === 'network')).toHaveLength(4);
  expect(plan.stacks[0].reasons).toEqual(['path: network/index.js (matches network/**)']);
});

test('CLI --changed-files written against a subfolder manifest instead of the repository root: nothing selected, and a note says why', async () => {
  const repo = exampleRepo('deploy/infra');
  const r = await runCliBundle(['plan', '--manifest', join(repo.dir, 'deploy/infra/infra.yaml'), '--changed-files', '-', '--json'], {
    cwd: repo.dir,
    stdin: 'network/index.js\nservices/api/main.go\n',
  });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).stacks).toEqual([]);
  expect(r.stderr).toContain('none of the 2 changed paths lies under deploy/infra/');
  expect(r.stderr).toContain('network/index.js would be deploy/infra/network/index.js');
  // A change that does reach the manifest's folder gets no note.
  const inside = await runCliBundle(['plan', '--manifest', join(repo.dir, 'deploy/infra/infra.yaml'), '--changed-files', '-', '--json'], {
    cwd: repo.dir,
    stdin: 'deploy/infra/network/index.js\nREADME.md\n',
  });
  expect(inside.stderr).not.toContain('none of the');
});

test('CLI --base/--head in a subfolder manifest: git diff paths are mapped to the manifest folder', async () => {
  const repo = exampleRepo('infra');
  const base = repo.git('rev-parse', 'HEAD');
  const head = repo.commit({ 'infra/stacks/api/Pulumi.sandbox-global.yaml': 'config: {}\n' }, 'sandbox global');
  const r = await runCliBundle(['plan', '--manifest', join(repo.dir, 'infra/infra.yaml'), '--base', base, '--head', head, '--json'], {
    cwd: repo.dir,
  });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).stacks.map((s: { stack: string }) => s.stack)).toEqual(['unkey/api/aws-sandbox-us-east-1']);
});
