import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Bottleneck from 'bottleneck';
import { createGitHubClient } from '../../src/github/client.js';
import type { CommentClient } from '../../src/github/comment.js';
import { publishReport } from '../../src/github/comment-publish.js';
import { actionsReportSink } from '../../src/github/comment-sink.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { installCommentRoutes, type CommentStore } from '../support/github-comments.js';
import { renderedText } from '../support/gfm.js';
import { ctx, typicalRun } from './fixtures.js';

/** publishReport through the real @actions/core sink: the runner's files and workflow commands. */
let api: GitHubApi;
let store: CommentStore;
let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  api = await startGitHubApi();
  store = installCommentRoutes(api);
  dir = mkdtempSync(join(tmpdir(), 'publish-'));
});
afterAll(async () => {
  process.env = saved;
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

test('outputs, job summary, annotations and the comment land where the runner reads them, with secrets masked', async () => {
  const out = join(dir, 'output');
  const summary = join(dir, 'summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  Object.assign(process.env, { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, GITHUB_API_URL: api.url });
  const passphrase = 'correct-horse-battery-staple';
  const run = typicalRun();
  run.stacks[1].diagnostics.push({ severity: 'warning', message: `config passphrase ${passphrase} is weak` });

  const group = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  const client = createGitHubClient('t', {
    retryAfterBaseValue: 1,
    throttle: { write: group(), notifications: group() } as never,
  }) as unknown as CommentClient;
  const written: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => (written.push(String(chunk)), true)) as typeof process.stdout.write;
  let result;
  try {
    result = await publishReport(run, ctx(), client, actionsReportSink(), {
      pullRequest: { owner: 'unkeyed', repo: 'infra', pullNumber: 3 },
      comment: true,
      secrets: [passphrase],
    });
  } finally {
    process.stdout.write = write;
  }
  const stdout = written.join('');
  const outputs = readFileSync(out, 'utf8');
  const md = readFileSync(summary, 'utf8');
  const comment = store.all(3)[0].body;

  expect(outputs).toMatch(/^has-changes<<(ghadelimiter_[\w-]+)\ntrue\n\1$/m);
  expect(outputs).toContain(`comment-url<<`);
  expect(outputs).toContain(result.commentUrl);
  expect(md).toContain('```mermaid');
  expect(md).toContain('| Stack | Account | Region |');
  expect(stdout).toMatch(
    /^::warning title=unkey\/api\/aws-production-us-east-1::preview deletes 0 and replaces 1 resource\(s\) in production account production$/m,
  );
  expect(stdout).toContain('PR comment created: https://github.test/unkeyed/infra/pull/3#issuecomment-');
  for (const text of [stdout, outputs, md, comment]) {
    expect(text).not.toContain(passphrase);
  }
  expect(renderedText(comment)).toContain('config passphrase *** is weak');
});
