import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { useCommentApi } from '../support/github-comments.js';
import { renderedText } from '../support/gfm.js';
import { runAction } from '../support/run-action.js';
import { DOUBLE_BIN, makeInfraRepo, useDouble } from '../engine/fixture.js';
import { commentMarker } from '../../src/report/marker.js';

/**
 * One comment per pull request, through the bundle: each account's preview job writes its results
 * (report-dir), the comment job merges them into one comment, also when a preview sent nothing,
 * retires the per-account comments of earlier runs, and marks the comment outdated once the pull
 * request stops touching any stack.
 */
const gh = useCommentApi();

const pr = {
  name: 'pull_request',
  payload: { pull_request: { number: 21, changed_files: 1, base: { sha: 'b'.repeat(40) }, head: { sha: 'a'.repeat(40) } } },
};

test('previews of three accounts, one failing before it reports, become one comment; old per-account comments are retired', async () => {
  useDouble({ scenario: { 'aws-canary-us-east-1': { fail: 'program' } } });
  const manifest = makeInfraRepo({
    accounts: [
      { name: 'sandbox', regions: ['us-east-1'] },
      { name: 'canary', regions: ['us-east-1'] },
      { name: 'production', regions: ['us-east-1'] },
    ],
    projects: [{ name: 'network' }],
  });
  const workspace = dirname(manifest);
  writeFileSync(join(workspace, 'changes.txt'), 'network/main.ts\n');
  const artifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
  const env = {
    PATH: `${DOUBLE_BIN}:${process.env.PATH}`,
    PULUMI_DOUBLE_DIR: process.env.PULUMI_DOUBLE_DIR!,
    PULUMI_DOUBLE_SCENARIO: process.env.PULUMI_DOUBLE_SCENARIO!,
    PULUMI_CONFIG_PASSPHRASE: 'test-passphrase',
    INFRA_ACTION_CREDENTIALS: 'ambient',
    GITHUB_API_URL: gh.api.url,
  };
  // An earlier version of the pipeline left one comment per account.
  const old = gh.comments.seed(
    21,
    `${commentMarker({ manifestPath: 'infra.yaml', command: 'preview', accounts: ['sandbox'] })}\nsandbox preview from the per-account days`,
    'github-actions[bot]',
  );
  const stranger = gh.comments.seed(
    21,
    `${commentMarker({ manifestPath: 'infra.yaml', command: 'preview', accounts: ['canary'] })}\nnot ours`,
    'mallory',
  );
  for (const account of ['sandbox', 'canary']) {
    const r = await runAction({
      inputs: {
        command: 'preview',
        manifest: 'infra.yaml',
        'changed-files': 'changes.txt',
        accounts: account,
        comment: 'false',
        'report-dir': join(artifacts, `infra-report-${account}`),
        'github-token': 'ghs_workflow',
        'pulumi-version': '^3.205.0',
      },
      workspace,
      env,
      event: pr,
    });
    expect(r.code).toBe(account === 'canary' ? 1 : 0);
  }
  expect(gh.comments.all(21)).toHaveLength(2); // the previews wrote no comment
  // The sandbox job's program tries to speak for production too; it is not believed.
  const sandboxFile = join(artifacts, 'infra-report-sandbox', 'sandbox.json');
  const forged = { ...JSON.parse(readFileSync(sandboxFile, 'utf8')), account: 'production' };
  writeFileSync(join(artifacts, 'infra-report-sandbox', 'production.json'), JSON.stringify(forged));
  mkdirSync(join(artifacts, 'infra-report-production'), { recursive: true });

  const r = await runAction({
    inputs: {
      command: 'comment',
      manifest: 'infra.yaml',
      accounts: 'sandbox,canary,production',
      'report-dir': artifacts,
      'github-token': 'ghs_workflow',
    },
    workspace: mkdtempSync(join(tmpdir(), 'no-checkout-')),
    env: { GITHUB_API_URL: gh.api.url },
    event: pr,
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const ours = gh.comments.all(21).filter((c) => c.user.login === 'github-actions[bot]' && c.id !== old.id);
  expect(ours).toHaveLength(1);
  const body = ours[0].body;
  expect(body.length).toBeLessThanOrEqual(65_536);
  expect(r.outputs['comment-url']).toBe(ours[0].html_url);
  const text = renderedText(body);
  expect(text).toContain('acme/network/aws-sandbox-us-east-1');
  expect(text).toContain('acme/network/aws-canary-us-east-1');
  expect(text).toContain('missing required configuration variable'); // canary's failure, in the same comment
  expect(text).toContain('No results from production');
  expect(text).toMatch(/infra-action preview failed \(1 of 2 stacks\)/);
  expect(r.stdout).toMatch(/Ignoring infra-report-sandbox\/production\.json in report-dir: it claims account production/);
  // The per-account comment of earlier runs is marked outdated; the stranger's is not touched.
  expect(gh.comments.all(21).find((c) => c.id === old.id)!.body).toContain('Outdated');
  expect(gh.comments.all(21).find((c) => c.id === stranger.id)!.body).toContain('not ours');

  // A later push touches no stack: the plan's matrix is empty, no preview ran; the comment says it is outdated.
  const none = await runAction({
    inputs: {
      command: 'comment',
      manifest: 'infra.yaml',
      accounts: '',
      'report-dir': mkdtempSync(join(tmpdir(), 'empty-')),
      'github-token': 'ghs_workflow',
    },
    workspace: mkdtempSync(join(tmpdir(), 'no-checkout-')),
    env: { GITHUB_API_URL: gh.api.url, GITHUB_SHA: 'c'.repeat(40) },
    event: pr,
  });
  expect(none.code).toBe(0);
  expect(renderedText(gh.comments.all(21).find((c) => c.id === ours[0].id)!.body)).toMatch(
    /Outdated: as of commit ccccccc this pull request changes no stacks/,
  );
});
