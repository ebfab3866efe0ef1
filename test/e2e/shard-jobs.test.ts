import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { makeInfraRepo, stackOf, useDouble, doubleEnv } from '../engine/fixture.js';
import { useCommentApi } from '../support/github-comments.js';
import { renderedText } from '../support/gfm.js';
import { runAction } from '../support/run-action.js';

/**
 * Shard jobs through the bundle, as pipeline.yml runs them: `plan` splits an account into jobs
 * (the `shards` output), each preview job runs only its shard's stacks (`stacks`, `shard`) and
 * leaves its results under its key, and the comment job merges every job into the one PR comment.
 */
const gh = useCommentApi();

const pr = (n: number) => ({
  name: 'pull_request',
  payload: { pull_request: { number: n, changed_files: 3, base: { sha: 'b'.repeat(40) }, head: { sha: 'a'.repeat(40) } } },
});

/** sandbox in two regions; api waits for network, dns stands alone: four components of 2, 2, 1, 1 stacks. */
function repo(): string {
  const manifest = makeInfraRepo({
    accounts: [
      { name: 'sandbox', regions: ['us-east-1', 'eu-west-1'] },
      { name: 'canary', regions: ['us-east-1'] },
    ],
    projects: [{ name: 'network' }, { name: 'api', dependsOn: ['network'] }, { name: 'dns' }],
  });
  writeFileSync(join(dirname(manifest), 'changes.txt'), 'network/main.ts\napi/main.ts\ndns/main.ts\n');
  return dirname(manifest);
}

function env(): Record<string, string> {
  return {
    ...doubleEnv(),
    GITHUB_API_URL: gh.api.url,
  };
}

interface ShardEntry {
  account: string;
  key: string;
  index: number;
  count: number;
  stacks: string;
}

describe('shard jobs (bundle)', () => {
  test('each preview job runs only its shard; the comment job merges every shard into one comment and names a missing one', async () => {
    const double = useDouble();
    const workspace = repo();
    const plan = await runAction({
      inputs: { command: 'plan', manifest: 'infra.yaml', 'changed-files': 'changes.txt', 'max-stacks-per-job': '2', 'github-token': '' },
      workspace,
      env: env(),
      event: pr(41),
    });
    expect(plan.code).toBe(0);
    const shards = (JSON.parse(plan.outputs.shards!) as { include: ShardEntry[] }).include;
    // 6 sandbox stacks in jobs of at most 2, components whole; canary's 3 stacks likewise.
    expect(shards.map((s) => s.key)).toEqual(['sandbox.1', 'sandbox.2', 'sandbox.3', 'canary.1', 'canary.2']);
    for (const s of shards.filter((x) => x.stacks.includes('/api/'))) expect(s.stacks).toMatch(/\/network\//);

    const artifacts = mkdtempSync(join(tmpdir(), 'shard-artifacts-'));
    for (const s of shards) {
      const before = double.operations().length;
      const r = await runAction({
        inputs: {
          command: 'preview',
          manifest: 'infra.yaml',
          'changed-files': 'changes.txt',
          accounts: s.account,
          stacks: s.stacks,
          shard: s.key,
          comment: 'false',
          'report-dir': join(artifacts, `infra-report-${s.key}`),
          'github-token': 'ghs_workflow',
        },
        workspace,
        env: env(),
        event: pr(41),
      });
      expect(r.code).toBe(0);
      // Exactly the shard's stacks ran in this job.
      const ran = double
        .operations()
        .slice(before)
        .map((c) => stackOf(c)!.replace('organization/', 'acme/'));
      expect(ran.sort()).toEqual(s.stacks.split(',').sort());
      expect(readdirSync(join(artifacts, `infra-report-${s.key}`))).toEqual([`${s.key}.json`]);
    }
    const comment = () =>
      runAction({
        inputs: {
          command: 'comment',
          manifest: 'infra.yaml',
          accounts: shards.map((s) => s.key).join(','),
          'report-dir': artifacts,
          'github-token': 'ghs_workflow',
        },
        workspace: mkdtempSync(join(tmpdir(), 'no-checkout-')),
        env: { GITHUB_API_URL: gh.api.url },
        event: pr(41),
      });
    const merged = await comment();
    expect(merged.code).toBe(0);
    expect(gh.comments.all(41)).toHaveLength(1);
    const text = renderedText(gh.comments.all(41)[0].body);
    for (const s of shards.flatMap((x) => x.stacks.split(','))) expect(text).toContain(s);
    expect(text).not.toContain('No results from');

    // A shard job that failed before it reported is named; the others' stacks are still shown.
    rmSync(join(artifacts, 'infra-report-sandbox.2'), { recursive: true });
    expect((await comment()).code).toBe(0);
    const again = renderedText(gh.comments.all(41)[0].body);
    expect(again).toContain('No results from sandbox.2');
    expect(again).toContain(shards[0].stacks.split(',')[0]);
  });

  test('bad stacks are refused before anything runs: unknown, outside the accounts, or splitting a dependency (exit 2)', async () => {
    const double = useDouble();
    const workspace = repo();
    const run = (stacks: string, accounts = 'sandbox') =>
      runAction({
        inputs: {
          command: 'preview',
          manifest: 'infra.yaml',
          'changed-files': 'changes.txt',
          accounts,
          stacks,
          comment: 'false',
          'github-token': '',
        },
        workspace,
        env: env(),
        event: pr(42),
      });
    const unknown = await run('acme/network/aws-sandbox-us-east-1,acme/netwrk/aws-sandbox-us-east-1');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain(`"acme/netwrk/aws-sandbox-us-east-1" is not a stack of infra.yaml`);
    const outside = await run('acme/dns/aws-canary-us-east-1');
    expect(outside.code).toBe(2);
    expect(outside.stdout).toContain('"acme/dns/aws-canary-us-east-1" is in account canary, outside this run\'s accounts (sandbox)');
    const split = await run('acme/api/aws-sandbox-us-east-1');
    expect(split.code).toBe(2);
    expect(split.stdout).toContain(
      "Input 'stacks' splits stacks that depend on each other: acme/api/aws-sandbox-us-east-1 depends on acme/network/aws-sandbox-us-east-1.",
    );
    expect(double.operations()).toEqual([]);
  });
});
