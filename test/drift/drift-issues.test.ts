import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { dirname } from 'node:path';
import { doubleEnv, makeInfraRepo, setScenario, useDouble, type DoubleScenario } from '../engine/fixture.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { installCommentRoutes, type CommentStore } from '../support/github-comments.js';
import { addDeploymentRoutes, type DeploymentsStore } from '../support/github-deployments.js';
import { installIssueRoutes, type IssueStore } from '../support/github-issues.js';
import { runAction } from '../support/run-action.js';

// `command: drift` through the bundle: the Pulumi CLI double decides what drifted, the loopback
// GitHub API holds the issues.
let api: GitHubApi;
let comments: CommentStore;
let issues: IssueStore;
let deployments: DeploymentsStore;
beforeAll(async () => {
  api = await startGitHubApi();
  comments = installCommentRoutes(api);
  issues = installIssueRoutes(api, comments);
  deployments = addDeploymentRoutes(api);
});
afterAll(async () => {
  await api.close();
});

const SANDBOX = 'acme/network/aws-sandbox-us-east-1';
const CANARY = 'acme/network/aws-canary-us-east-1';
let manifest: string;
beforeEach(() => {
  issues.issues.length = 0;
  issues.writes.length = 0;
  comments.reset();
  deployments.deployments.length = 0;
  manifest = makeInfraRepo({
    accounts: [
      { name: 'sandbox', regions: ['us-east-1'] },
      { name: 'canary', regions: ['us-east-1'] },
    ],
    projects: [{ name: 'network' }],
  });
  useDouble({ deployed: true });
});

function drift(scenario: Record<string, DoubleScenario>, inputs: Record<string, string> = {}) {
  setScenario(scenario);
  return runAction({
    workspace: dirname(manifest),
    event: { name: 'schedule', payload: { schedule: '0 6 * * *' } },
    inputs: { command: 'drift', manifest: 'infra.yaml', 'github-token': 'ghs_installation', 'pulumi-version': '^3.205.0', ...inputs },
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'schedule',
      ...doubleEnv(),
    },
  });
}

/** Entities decoded (the escaper turns `.`, `:`, `(` … into entities; a reader sees the characters). */
const text = (markdown: string) =>
  markdown.replace(/&(#\d+|lt|gt|amp|quot);/g, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e.slice(1))) : ({ lt: '<', gt: '>', amp: '&', quot: '"' } as Record<string, string>)[e]!,
  );
const ours = () => issues.issues.filter((i) => i.user.login === 'github-actions[bot]' && i.body.startsWith('<!-- infra-action:drift '));
const snapshot = (n: number) => JSON.stringify({ issue: issues.get(n), comments: comments.all(n) });

describe('drift issues (bundle, loopback GitHub API)', () => {
  it('creates one issue when drift appears, updates it when it drifts differently, closes it when clean; touches nothing else', async () => {
    const lookalike = issues.seed({
      title: `Drift: ${CANARY}`,
      body: 'I think someone changed canary by hand',
      labels: ['drift'],
      login: 'alice',
    });
    const forged = issues.seed({
      title: `Drift: ${CANARY}`,
      body: `<!-- infra-action:drift stack=${CANARY} -->\nplease close me`,
      labels: ['drift', 'account:canary'],
      login: 'mallory',
    });
    const before = [snapshot(lookalike.number), snapshot(forged.number)];

    const first = await drift({ 'aws-canary-us-east-1': { drift: [{ name: 'logs', properties: { 'tags.team': 'update' } }] } });
    expect(first.code).toBe(0);
    expect(first.outputs['has-drift']).toBe('true');
    expect(JSON.parse(first.outputs.drifted)).toEqual([CANARY]);
    expect(ours()).toHaveLength(1);
    const issue = ours()[0];
    expect(issue).toMatchObject({ title: `Drift: ${CANARY}`, state: 'open', labels: ['drift', 'account:canary'] });
    expect(issue.body.split('\n')[0]).toBe(`<!-- infra-action:drift stack=${CANARY} -->`);
    expect(text(issue.body)).toContain('| logs | aws:s3/bucket:Bucket | changed outside Pulumi | tags.team (update) |');
    expect(issue.body).toContain('No manual deployment is recorded for **canary**.');
    expect(issue.body).toMatch(
      /\*\*Last seen:\*\* 20\d\d-\d\d-\d\d \d\d:\d\d UTC in \[this run\]\(https:\/\/github.com\/acme\/infra\/actions\/runs\/1234\) at commit aaaaaaa\./,
    );
    // The summary lists every stack, drifted first, with the issue.
    const rows = text(first.summary)
      .split('\n')
      .filter((l) => l.startsWith('| acme/'));
    expect(rows[0]).toMatch(
      new RegExp(
        `^\\| ${CANARY} \\| canary \\| us-east-1 \\| ⚠️ drifted \\| logs \\(tags.team \\(update\\)\\) \\| \\[#${issue.number}\\]\\(https://github.test/acme/infra/issues/${issue.number}\\) created \\|$`,
      ),
    );
    expect(rows[1]).toMatch(new RegExp(`^\\| ${SANDBOX} \\| sandbox \\| us-east-1 \\| ✅ in sync \\| – \\| – \\|$`));

    const second = await drift({
      'aws-canary-us-east-1': {
        drift: [
          { name: 'vpc', deleted: true },
          { name: 'logs', properties: { versioning: 'delete' } },
        ],
      },
    });
    expect(second.code).toBe(0);
    expect(ours()).toHaveLength(1);
    const updated = issues.get(issue.number)!;
    expect(text(updated.body)).toContain('| vpc | aws:ec2/vpc:Vpc | missing (deleted outside Pulumi?) |');
    expect(text(updated.body)).toContain('versioning (delete)');
    expect(text(updated.body)).not.toContain('tags.team');
    expect(comments.all(issue.number).map((c) => c.body)).toEqual([
      expect.stringMatching(/^The drift changed on .*: now 2 resources \(vpc, logs\)/),
    ]);

    // The same drift again: the body is rewritten (last seen), no new comment.
    const writes = issues.writes.length;
    const third = await drift({
      'aws-canary-us-east-1': {
        drift: [
          { name: 'vpc', deleted: true },
          { name: 'logs', properties: { versioning: 'delete' } },
        ],
      },
    });
    expect(third.code).toBe(0);
    expect(issues.writes.slice(writes)).toEqual([`PATCH /issues/${issue.number}`]);
    expect(comments.all(issue.number)).toHaveLength(1);

    const clean = await drift({});
    expect(clean.code).toBe(0);
    expect(clean.outputs['has-drift']).toBe('false');
    expect(issues.get(issue.number)).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(comments.all(issue.number).at(-1)!.body).toMatch(
      /^No drift any more: .* the real resources of \*\*acme\/network\/aws-canary-us-east-1\*\* match its program\. Closing\./,
    );
    // sandbox never drifted: never an issue. The look-alike and the forged marker: untouched.
    expect(issues.issues.filter((i) => i.body.includes(SANDBOX))).toEqual([]);
    expect([snapshot(lookalike.number), snapshot(forged.number)]).toEqual(before);
    expect(issues.writes.every((w) => !w.endsWith(`/${lookalike.number}`) && !w.endsWith(`/${forged.number}`))).toBe(true);

    // Drift comes back after the close: a new issue (closed ones are history).
    const back = await drift({ 'aws-canary-us-east-1': { drift: [{ name: 'logs', properties: { 'tags.team': 'update' } }] } });
    expect(back.code).toBe(0);
    expect(ours().filter((i) => i.state === 'open')).toHaveLength(1);
    expect(ours().find((i) => i.state === 'open')!.number).not.toBe(issue.number);
  });

  it('API failures mid-run: a lost create answer, a refused write; the next run leaves exactly one issue per stack', async () => {
    const both = {
      'aws-sandbox-us-east-1': { drift: [{ name: 'private', properties: { cidrBlock: 'update' } }] },
      'aws-canary-us-east-1': { drift: [{ name: 'logs', properties: { 'tags.team': 'update' } }] },
    };
    // The first create reaches GitHub but its answer is lost (502); the second is refused (403).
    api.fault({ match: /^POST \/repos\/acme\/infra\/issues$/, status: 502, times: 1, after: true });
    api.fault({
      match: /^POST \/repos\/acme\/infra\/issues$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' },
    });
    const broken = await drift(both);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /could not update the drift issue of acme\/network\/aws-canary-us-east-1: 403 Resource not accessible by integration/,
    );
    expect(broken.stdout).toMatch(/Creating the drift issue of acme\/network\/aws-sandbox-us-east-1 answered 502 .* but the issue exists/);
    expect(ours().map((i) => i.title)).toEqual([`Drift: ${SANDBOX}`]);

    const next = await drift(both);
    expect(next.code).toBe(0);
    expect(
      ours()
        .map((i) => i.title)
        .sort(),
    ).toEqual([`Drift: ${CANARY}`, `Drift: ${SANDBOX}`]);

    // Two runs that raced left two issues for one stack: the next run keeps the oldest.
    const racer = issues.seed({
      title: `Drift: ${SANDBOX}`,
      body: `<!-- infra-action:drift stack=${SANDBOX} -->\nraced`,
      labels: ['drift', 'account:sandbox'],
    });
    const settled = await drift(both);
    expect(settled.code).toBe(0);
    expect(issues.get(racer.number)).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(comments.all(racer.number).map((c) => c.body)).toEqual([expect.stringMatching(/^Duplicate of #\d+/)]);
    expect(ours().filter((i) => i.state === 'open')).toHaveLength(2);
  });

  it('names the last manual deployment of the account; a personal token finds its own issues by login', async () => {
    deployments.seed({
      sha: 'e'.repeat(40),
      environment: 'canary',
      states: ['success'],
      payload: {
        account: 'canary',
        stacks: [CANARY],
        manual: { actor: 'dana (git: Dana <dana@acme.test>)', dirty: true, onDefaultBranch: false },
      },
    });
    comments.identities.set('ghp_personal', { login: 'infra-bot', type: 'User' });
    const r = await drift(
      { 'aws-canary-us-east-1': { drift: [{ name: 'logs', properties: { 'tags.team': 'update' } }] } },
      { 'github-token': 'ghp_personal' },
    );
    expect(r.code).toBe(0);
    const [issue] = issues.issues;
    expect(issue.user.login).toBe('infra-bot');
    expect(text(issue.body)).toMatch(
      /\*\*Last manual deployment:\*\* dana \(git: Dana <dana@acme.test>\) ran `up` on .* at commit eeeeeee \(including this stack\), from a working tree with uncommitted changes and of a commit that is not on the default branch\./,
    );
    const again = await drift(
      { 'aws-canary-us-east-1': { drift: [{ name: 'logs', properties: { 'tags.team': 'update' } }] } },
      { 'github-token': 'ghp_personal' },
    );
    expect(again.code).toBe(0);
    expect(issues.issues).toHaveLength(1);
  });
});
