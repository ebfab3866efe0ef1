import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoFromRemote } from '../../src/commands/manual-deploy.js';
import { doubleEnv, makeInfraRepo, setScenario, useDouble } from '../engine/fixture.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { installCommentRoutes } from '../support/github-comments.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';
import { installIssueRoutes, type IssueStore } from '../support/github-issues.js';
import { runAction } from '../support/run-action.js';

// The manual path through the bundle: `infra-action up` on a laptop (no GITHUB_ACTIONS) warns
// about the checkout and records a GitHub deployment; the next drift issue names it.
let api: GitHubApi;
let deployments: DeploymentsStore;
let issues: IssueStore;
beforeAll(async () => {
  api = await startGitHubApi();
  deployments = addDeploymentRoutes(api);
  issues = installIssueRoutes(api, installCommentRoutes(api));
});
afterAll(async () => {
  await api.close();
});

const runEnv = () => ({
  GITHUB_API_URL: api.url,
  ...doubleEnv(),
});

/** An infra repo in git with an origin whose main is the first commit; returns the repo and a git runner. */
function checkout() {
  const manifest = makeInfraRepo({
    accounts: [
      { name: 'sandbox', regions: ['us-east-1'] },
      { name: 'canary', regions: ['us-east-1'] },
    ],
    projects: [{ name: 'network' }],
  });
  const dir = dirname(manifest);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Dana',
    GIT_AUTHOR_EMAIL: 'dana@acme.test',
    GIT_COMMITTER_NAME: 'Dana',
    GIT_COMMITTER_EMAIL: 'dana@acme.test',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env }).trim();
  writeFileSync(join(dir, '.gitignore'), '.infra-state/\n');
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Dana');
  git('config', 'user.email', 'dana@acme.test');
  git('add', '-A');
  git('commit', '-q', '-m', 'initial');
  const origin = join(mkdtempSync(join(tmpdir(), 'origin-')), 'infra.git');
  execFileSync('git', ['clone', '-q', '--bare', dir, origin]);
  git('remote', 'add', 'origin', origin);
  git('fetch', '-q', 'origin');
  return { manifest, dir, git };
}

describe('infra-action up on a laptop', () => {
  it('warns about a dirty tree and a commit off main, records who/which commit/which stacks; the drift issue names it', async () => {
    useDouble();
    const { manifest, dir, git } = checkout();
    git('checkout', '-q', '-b', 'hotfix');
    writeFileSync(join(dir, 'network.txt'), 'hotfix\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'hotfix');
    const head = git('rev-parse', 'HEAD');
    writeFileSync(join(dir, 'scratch.txt'), 'not committed\n');

    const up = await runAction({
      workspace: dir,
      inputs: {},
      args: ['up', '--manifest', manifest, '--account', 'canary', '--repo', 'acme/infra'],
      env: { ...runEnv(), GITHUB_ACTIONS: '', GITHUB_TOKEN: 'ghp_dana' },
    });
    expect(up.code).toBe(0);
    expect(up.stderr).toContain('warning: The working tree has uncommitted changes');
    expect(up.stderr).toContain(`warning: HEAD (${head.slice(0, 7)}) is not a commit on origin/main`);
    const d = deployments.deployments.at(-1)!;
    expect(d).toMatchObject({
      sha: head,
      environment: 'canary',
      description: 'manual up by Dana <dana@acme.test>: 1 stack(s)',
      payload: {
        account: 'canary',
        stacks: ['acme/network/aws-canary-us-east-1'],
        manual: { actor: 'Dana <dana@acme.test>', dirty: true, onDefaultBranch: false },
      },
    });
    expect(d.statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);

    // The next scheduled drift run finds canary changed and names the manual deploy as a likely cause.
    setScenario({ 'aws-canary-us-east-1': { drift: [{ name: 'logs', properties: { 'tags.team': 'update' } }] } });
    const drift = await runAction({
      workspace: dir,
      event: { name: 'schedule', payload: {} },
      inputs: { command: 'drift', manifest: 'infra.yaml', 'github-token': 'ghs_installation' },
      env: { ...runEnv(), GITHUB_EVENT_NAME: 'schedule' },
    });
    expect(drift.code).toBe(0);
    const issue = issues.issues.find((i) => i.title === 'Drift: acme/network/aws-canary-us-east-1')!;
    expect(issue.body).toContain('**Last manual deployment:** Dana &lt;dana&#64;acme&#46;test&gt; ran `up` on ');
    expect(issue.body).toContain(
      `at commit ${head.slice(0, 7)} (including this stack), from a working tree with uncommitted changes and of a commit that is not on the default branch`,
    );
  });

  it('a clean commit on main: no checkout warning; --actor names the person; no token: not recorded, and says how', async () => {
    useDouble();
    const { manifest, dir, git } = checkout();
    const before = deployments.deployments.length;
    const up = await runAction({
      workspace: dir,
      inputs: {},
      args: ['up', '--manifest', manifest, '--account', 'sandbox', '--repo', 'acme/infra', '--actor', 'oncall-dana'],
      env: { ...runEnv(), GITHUB_ACTIONS: '', GITHUB_TOKEN: 'ghp_dana' },
    });
    expect(up.code).toBe(0);
    expect(up.stderr).not.toMatch(/uncommitted|is not a commit on/);
    expect(deployments.deployments.at(-1)).toMatchObject({
      sha: git('rev-parse', 'HEAD'),
      environment: 'sandbox',
      payload: { manual: { actor: 'oncall-dana', dirty: false, onDefaultBranch: true } },
    });
    const unrecorded = await runAction({
      workspace: dir,
      inputs: {},
      args: ['up', '--manifest', manifest, '--account', 'sandbox'],
      env: { ...runEnv(), GITHUB_ACTIONS: '', GITHUB_TOKEN: '' },
    });
    expect(unrecorded.code).toBe(0);
    expect(unrecorded.stderr).toContain('not recorded as a GitHub deployment: set GITHUB_TOKEN or pass --github-token');
    expect(deployments.deployments.length).toBe(before + 1);
  });

  it('an up of an older commit than the last success says so (the pipeline would refuse it) and still deploys', async () => {
    useDouble();
    const { manifest, dir, git } = checkout();
    const older = git('rev-parse', 'HEAD');
    mkdirSync(join(dir, 'network'), { recursive: true });
    writeFileSync(join(dir, 'network', 'main.ts'), 'v2\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'v2');
    const args = ['up', '--manifest', manifest, '--account', 'sandbox', '--repo', 'acme/infra', '--changed-files', '-'];
    const env = { ...runEnv(), GITHUB_ACTIONS: '', GITHUB_TOKEN: 'ghp_dana' };
    const newer = await runAction({ workspace: dir, inputs: {}, args, stdin: 'network/main.ts\n', env });
    expect(newer.code).toBe(0);
    expect(newer.stderr).not.toContain('over it anyway');
    git('checkout', '-q', older);
    const rollback = await runAction({ workspace: dir, inputs: {}, args, stdin: 'network/main.ts\n', env });
    expect(rollback.code).toBe(0);
    expect(rollback.stderr).toContain(`sandbox: a newer commit, ${git('rev-parse', '--short=7', 'main')} (deployment #`);
    expect(rollback.stderr).toContain(`This manual up deploys ${older.slice(0, 7)} over it anyway.`);
  });

  it('reads owner/name from GitHub remotes', () => {
    expect(repoFromRemote('git@github.com:acme/infra.git')).toEqual({ owner: 'acme', repo: 'infra' });
    expect(repoFromRemote('https://github.com/acme/infra')).toEqual({ owner: 'acme', repo: 'infra' });
    expect(repoFromRemote('ssh://git@github.com/acme/infra.git')).toEqual({ owner: 'acme', repo: 'infra' });
    expect(repoFromRemote('/tmp/origin/infra.git')).toBeUndefined();
  });
});
