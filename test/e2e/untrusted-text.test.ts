import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { useCommentApi } from '../support/github-comments.js';
import { exampleRepo } from '../support/git-repo.js';
import { linksAndImages, renderedText } from '../support/gfm.js';
import { runAction, runCliBundle } from '../support/run-action.js';
import { workflowCommands } from '../support/workflow-commands.js';
import { DOUBLE_BIN, makeInfraRepo, useDouble } from '../engine/fixture.js';

/**
 * Text from the commit under deployment (file names, resource names, program output) reaches the
 * runner's log, the job summary and the PR comment through the bundle: none of it may become a
 * workflow command, a link, an image or a bidi trick.
 */
const gh = useCommentApi();
beforeEach(() => {
  gh.api.pulls.clear();
  gh.comments.reset();
});

const HOSTILE_PATH = 'services/api/x\n::error::pwned\n::add-mask::hunter2\n\u001b[2J\u202egnp.go';
const prEvent = (number: number) => ({
  name: 'pull_request',
  payload: { pull_request: { number, changed_files: 2, base: { sha: 'b'.repeat(40) }, head: { sha: 'c'.repeat(40) } } },
});

/** Commands the runner would run that came from the hostile text, not from the action itself. */
const injected = (stdout: string) =>
  workflowCommands(stdout).filter(
    (c) =>
      ['add-mask', 'set-output', 'save-state'].includes(c.name) ||
      /pwned|evil/.test(c.properties) ||
      (c.name === 'error' && /pwned/.test(c.message)),
  );

test('plan: a file name with newlines runs no workflow command, still selects its project, and is warned about', async () => {
  const repo = exampleRepo();
  gh.api.pulls.set(5, { files: [{ filename: HOSTILE_PATH, status: 'added' }] });
  const r = await runAction({
    inputs: { command: 'plan', 'github-token': 'ghs_test' },
    env: { GITHUB_API_URL: gh.api.url },
    event: prEvent(5),
    workspace: repo.dir,
  });
  expect(r.code).toBe(0);
  expect(injected(r.stdout)).toEqual([]);
  expect(r.stdout).toContain('::stop-commands::');
  // Selection and rendering agree: the api project's stacks are selected by that path.
  const stacks = JSON.parse(r.outputs.stacks) as { stack: string; reasons: string[] }[];
  expect(stacks.map((s) => s.stack)).toContain('unkey/api/aws-sandbox-us-east-1');
  expect(stacks[0].reasons[0]).toContain(HOSTILE_PATH);
  // The log shows the path on one line with its controls escaped, and a warning says so.
  expect(r.stdout).toContain('services/api/x\\n::error::pwned\\n::add-mask::hunter2\\n\\x1b[2J\\u202egnp.go');
  const warnings = workflowCommands(r.stdout).filter((c) => c.name === 'warning');
  expect(warnings.some((w) => w.message.includes('control or bidi-override characters'))).toBe(true);
  expect(r.stdout).not.toMatch(/[\u001b\u202e]/);
  // The job summary shows it as text.
  expect(linksAndImages(r.summary)).toEqual([]);
  expect(renderedText(r.summary)).toContain('services/api/x\\n::error::pwned');
});

test('plan: a git-quoted newline path in changed-files is matched and fenced the same way', async () => {
  const repo = exampleRepo();
  writeFileSync(join(repo.dir, 'changes.txt'), 'A\t"services/api/a\\n::error::pwned.go"\n');
  const r = await runAction({ inputs: { command: 'plan', 'changed-files': 'changes.txt' }, workspace: repo.dir });
  expect(r.code).toBe(0);
  expect(injected(r.stdout)).toEqual([]);
  expect(JSON.parse(r.outputs.stacks).length).toBeGreaterThan(0);
});

test('CLI plan in a workflow step fences its output; on a laptop it only escapes', async () => {
  const repo = exampleRepo();
  const changes = 'A\t"services/api/a\\n::error::pwned\\n::add-mask::hunter2.go"\n';
  const r = await runCliBundle(['plan', '--manifest', join(repo.dir, 'infra.yaml'), '--changed-files', '-'], {
    cwd: repo.dir,
    stdin: changes,
  });
  expect(r.code).toBe(0);
  expect(injected(r.stdout + r.stderr)).toEqual([]);
  expect(r.stdout).toContain('unkey/api/aws-sandbox-us-east-1');
  const laptop = await runCliBundle(['plan', '--manifest', join(repo.dir, 'infra.yaml'), '--changed-files', '-'], {
    cwd: repo.dir,
    stdin: changes,
    env: { GITHUB_ACTIONS: '' },
  });
  expect(laptop.stdout).not.toContain('::stop-commands::');
  expect(laptop.stdout.split('\n').some((l) => l.startsWith('::'))).toBe(false);
  expect(laptop.stdout).toContain('a\\n::error::pwned');
});

test('preview: program output and hostile resource names reach neither workflow commands nor markup in the comment', async () => {
  useDouble({
    scenario: {
      '*': {
        print: 'building…\n::add-mask::hunter2\n::error title=pwned::from the program\n::set-output name=x::evil\n',
        resources: [
          {
            op: 'update',
            type: 'aws:s3/bucket:Bucket',
            name: '[secret](https://evil.example/steal)',
            diffs: ['tags](https://evil/k) ![x](https://evil/p)'],
          },
          {
            op: 'create',
            type: 'aws:sns/topic:Topic',
            name: 'https://evil.example/bare www.evil.example \u202egnp.exe \u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007',
          },
        ],
      },
    },
  });
  const manifest = makeInfraRepo({ accounts: [{ name: 'sandbox', regions: ['us-east-1'] }], projects: [{ name: 'network' }] });
  const workspace = dirname(manifest);
  writeFileSync(join(workspace, 'changes.txt'), 'network/main.ts\n');
  const r = await runAction({
    inputs: {
      command: 'preview',
      manifest: 'infra.yaml',
      'changed-files': 'changes.txt',
      'github-token': 'ghs_test',
      'pulumi-version': '^3.205.0',
    },
    workspace,
    env: {
      PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
      PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
      PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
      PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
      INFRA_ACTION_CREDENTIALS: 'ambient',
      GITHUB_API_URL: gh.api.url,
      GITHUB_HEAD_REF: 'feature',
    },
    event: prEvent(8),
  });
  expect(r.code).toBe(0);
  // The program's output is in the log, as text.
  expect(r.stdout).toContain('::add-mask::hunter2');
  expect(injected(r.stdout)).toEqual([]);
  expect(workflowCommands(r.stdout).filter((c) => c.name === 'set-output')).toEqual([]);
  const [comment] = gh.comments.all(8);
  expect(comment).toBeDefined();
  const ours = (tag: string) => tag.includes('href="https://github.com/acme/infra/actions/runs/1234"');
  expect(linksAndImages(comment.body).filter((t) => !ours(t))).toEqual([]);
  const text = renderedText(comment.body);
  expect(text).toContain('[secret](https://evil.example/steal)');
  expect(text).toContain('tags](https://evil/k) !'); // the engine keeps a key's top level, up to its first [
  expect(text).toContain('https://evil.example/bare www.evil.example \\u202egnp.exe');
  expect(text).not.toMatch(/[\u202e\u001b\u0007]/);
  expect(linksAndImages(r.summary).filter((t) => !ours(t))).toEqual([]);
});

test("preview: a stranger's comment carrying our marker is left alone and named in the job summary", async () => {
  useDouble();
  const manifest = makeInfraRepo({ accounts: [{ name: 'sandbox', regions: ['us-east-1'] }], projects: [{ name: 'network' }] });
  const workspace = dirname(manifest);
  writeFileSync(join(workspace, 'changes.txt'), 'network/main.ts\n');
  const preview = () =>
    runAction({
      inputs: {
        command: 'preview',
        manifest: 'infra.yaml',
        'changed-files': 'changes.txt',
        'github-token': 'ghs_workflow',
        'pulumi-version': '^3.205.0',
      },
      workspace,
      env: {
        PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
        PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
        PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
        PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
        INFRA_ACTION_CREDENTIALS: 'ambient',
        GITHUB_API_URL: gh.api.url,
      },
      event: prEvent(11),
    });
  const first = await preview();
  expect(first.code).toBe(0);
  const marker = gh.comments.all(11)[0].body.split('\n')[0];
  gh.comments.reset();
  const spoof = gh.comments.seed(11, `${marker}\n### ✅ infra-action preview — no changes, merge away`, 'mallory');
  const r = await preview();
  expect(r.code).toBe(0);
  const all = gh.comments.all(11);
  expect(all).toHaveLength(2);
  expect(all[0]).toMatchObject({ id: spoof.id, body: spoof.body, version: 1 });
  expect(all[1].user.login).toBe('github-actions[bot]');
  expect(r.outputs['comment-url']).toBe(all[1].html_url);
  expect(renderedText(r.summary)).toContain('Ignored 1 comment posing as this preview');
  expect(workflowCommands(r.stdout).some((c) => c.name === 'warning' && c.message.includes('mallory'))).toBe(true);
});

test('a program folder that is a symlink out of the repository is a manifest error with file, line and key', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(outside, 'Pulumi.yaml'), 'name: stolen\nruntime: nodejs\n');
  const manifest = makeInfraRepo({
    accounts: [{ name: 'sandbox', regions: ['us-east-1'] }],
    projects: [{ name: 'web', program: './web' }],
  });
  const root = dirname(manifest);
  symlinkSync(outside, join(root, 'web'));
  const r = await runCliBundle(['plan', '--manifest', manifest], { cwd: root, env: { GITHUB_ACTIONS: '' } });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/infra\.yaml:\d+:\d+: projects\[0\]\.program: program folder "web" resolves through a symlink to .*outside-/);
  const a = await runAction({ inputs: { command: 'plan' }, workspace: root });
  expect(a.code).toBe(2);
  expect(a.stdout).toMatch(/::error title=infra\.yaml%3A projects\[0\]\.program,file=infra\.yaml,line=\d+/);
});
