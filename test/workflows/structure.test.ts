import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadManifest } from '../../src/manifest/load.js';
import type { Manifest } from '../../src/manifest/types.js';
import { planMatrix, type MatrixEntry } from '../../src/plan/plan.js';
import { builtinPrograms } from '../../src/programs-dir.js';
import { selectStacks } from '../../src/select/select.js';
import { evaluate, isTrue, unwrap, type Value } from './expression.js';

/** The workflows as the runner reads them, parsed; `raw` keeps comments (pins are checked there). */
interface Step {
  uses?: string;
  if?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  id?: string;
}
interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  uses?: string;
  'timeout-minutes'?: unknown;
  permissions?: Record<string, string>;
  environment?: { name: string } | string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  steps?: Step[];
  strategy?: Record<string, unknown>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const FILES = [
  '.github/workflows/pipeline.yml',
  '.github/workflows/promote.yml',
  '.github/workflows/deploy-account.yml',
  '.github/workflows/drift.yml',
  '.github/workflows/ci.yml',
  'examples/unkey/.github/workflows/infra.yml',
  'examples/unkey/.github/workflows/promote.yml',
  'examples/unkey/.github/workflows/drift.yml',
];
const REUSABLE = FILES.slice(0, 4);
const raw = Object.fromEntries(FILES.map((f) => [f, readFileSync(f, 'utf8')]));
const wf = Object.fromEntries(FILES.map((f) => [f, parse(raw[f]!) as Workflow]));
const pipeline = wf['.github/workflows/pipeline.yml']!;
const promote = wf['.github/workflows/promote.yml']!;
const deployAccount = wf['.github/workflows/deploy-account.yml']!;
const driftWf = wf['.github/workflows/drift.yml']!;
const DEPLOY_ACCOUNT = 'unkeyed/infra-action/.github/workflows/deploy-account.yml@v1';
const jobsOf = (files = FILES) => files.flatMap((f) => Object.entries(wf[f]!.jobs).map(([id, job]) => ({ file: f, id, job })));
const needsOf = (j: Job) => (j.needs === undefined ? [] : Array.isArray(j.needs) ? j.needs : [j.needs]);
const ACTION_COMMANDS_ASSUMING_ROLES = ['preview', 'up', 'refresh', 'destroy', 'verify', 'drift'];
/** The jobs a job runs: its own steps, or the jobs of the workflow of ours it calls. */
const calledJobs = (j: Job): Job[] => {
  const m = /^unkeyed\/infra-action\/(\.github\/workflows\/[\w-]+\.yml)@v\d+$/.exec(j.uses ?? '');
  return m ? Object.values(wf[m[1]!]!.jobs) : [j];
};
const actionSteps = (j: Job) => calledJobs(j).flatMap((c) => (c.steps ?? []).filter((s) => s.uses?.startsWith('unkeyed/infra-action@')));
const assumesRoles = (j: Job) => actionSteps(j).some((s) => ACTION_COMMANDS_ASSUMING_ROLES.includes(s.with?.command ?? 'plan'));
const deploys = (j: Job) => actionSteps(j).some((s) => ['up', 'destroy', 'refresh'].includes(s.with?.command ?? ''));
const stageIds = Object.keys(pipeline.jobs).filter((id) => /^stage-\d+$/.test(id));

let manifest: Manifest;
beforeAll(async () => {
  manifest = await loadManifest(resolve('examples/unkey/infra.yaml'), { builtins: builtinPrograms() });
});

/** Contexts for evaluating the pipeline's expressions as GitHub would for one event. */
function ctx(event: string, ref: string, matrix: { include: unknown[] }): Record<string, Value> {
  return {
    github: { event_name: event, ref, repository: 'unkeyed/unkey-infra', sha: 'a'.repeat(40) },
    inputs: { 'deploy-branch': 'main', 'release-tag-prefix': 'v', 'release-account': 'production', manifest: 'infra.yaml' },
    needs: {
      plan: {
        result: 'success',
        outputs: {
          matrix: JSON.stringify(matrix),
          // The plan's shards output: one entry per job (the account's fields and the shard's).
          shards: JSON.stringify({
            include: matrix.include.flatMap((e) => {
              const entry = e as { account: string; shards?: Record<string, unknown>[] };
              return (entry.shards ?? [{ key: entry.account }]).map((sh) => ({ ...entry, ...sh }));
            }),
          }),
          count: String(matrix.include.length),
          'has-stacks': matrix.include.length ? 'true' : 'false',
        },
      },
    },
  } as Record<string, Value>;
}
/** Which jobs of pipeline.yml run for an event: `if` true and every needed job ran. */
function runningJobs(event: string, ref: string, matrix: { include: unknown[] }): string[] {
  const c = ctx(event, ref, matrix);
  const ran = new Set<string>();
  for (const [id, job] of Object.entries(pipeline.jobs)) {
    if (!needsOf(job).every((n) => ran.has(n))) continue;
    if (job.if === undefined || isTrue(job.if, c)) ran.add(id);
  }
  return [...ran];
}
const envName = (j: Job) => (typeof j.environment === 'string' ? j.environment : (j.environment?.name ?? ''));
/** The environment a job deploys to: its own, or the one it passes to deploy-account.yml. */
const deployEnv = (j: Job) => (j.uses === DEPLOY_ACCOUNT ? String(j.with?.environment ?? '') : envName(j));
const everything = () => planMatrix(manifest, selectStacks({ manifest, event: 'push', ref: 'refs/heads/main', selectAll: 'test' }));

describe('safe defaults in every workflow', () => {
  test('permissions: {} at the top; no pull_request_target anywhere', () => {
    for (const f of FILES) {
      expect([f, wf[f]!.permissions]).toEqual([f, {}]);
      expect([f, Object.keys(wf[f]!.on)]).toEqual([f, expect.not.arrayContaining(['pull_request_target'])]);
      expect(raw[f]).not.toMatch(/^\s*pull_request_target\s*:/m);
    }
  });

  test('every job that runs steps has a timeout; jobs calling a reusable workflow inherit its timeouts', () => {
    for (const { file, id, job } of jobsOf()) {
      if (job.uses) {
        expect([file, id, job.uses]).toEqual([
          file,
          id,
          expect.stringMatching(/^unkeyed\/infra-action\/\.github\/workflows\/(pipeline|promote|deploy-account|drift)\.yml@v\d+$/),
        ]);
        continue;
      }
      expect([file, id, job['timeout-minutes'] !== undefined]).toEqual([file, id, true]);
    }
  });

  test('id-token: write exactly on the jobs that assume roles', () => {
    for (const { file, id, job } of jobsOf(REUSABLE)) {
      expect([file, id, job.permissions?.['id-token'] === 'write']).toEqual([file, id, assumesRoles(job) || job.uses !== undefined]);
    }
    expect(stageIds.length).toBeGreaterThanOrEqual(3);
    for (const id of [...stageIds, 'preview']) expect(assumesRoles(pipeline.jobs[id]!)).toBe(true);
    expect(assumesRoles(promote.jobs.promote!)).toBe(true);
    expect(assumesRoles(promote.jobs.guard!)).toBe(false);
  });

  test('no job holds more than it needs', () => {
    for (const { file, id, job } of jobsOf()) {
      const p = job.permissions ?? {};
      const comments = actionSteps(job).some((s) => s.with?.command === 'comment');
      const allowed: Record<string, string[]> = {
        contents: ['read'],
        'id-token': assumesRoles(job) || job.uses ? ['write'] : [],
        'pull-requests':
          comments || (job.uses ?? '').endsWith('pipeline.yml@v1') ? ['write'] : id === 'plan' || id === 'preview' ? ['read'] : [],
        // plan reads the accounts' baselines (Deployments) to build a push's deploy stages.
        deployments:
          deploys(job) || (job.uses && !job.uses.includes('/drift.yml@'))
            ? ['write']
            : actionSteps(job).some((s) => ['promote-check', 'drift'].includes(s.with?.command ?? '')) || id === 'plan'
              ? ['read']
              : [],
        // Only drift checks write issues (one per drifted stack).
        issues: actionSteps(job).some((s) => s.with?.command === 'drift') ? ['write'] : [],
      };
      for (const [scope, level] of Object.entries(p)) {
        expect([file, id, scope, level, (allowed[scope] ?? []).includes(level)]).toEqual([file, id, scope, level, true]);
      }
      expect([file, id, typeof job.permissions]).toEqual([file, id, 'object']); // always explicit
    }
  });

  test('deploys never overlap and are never cancelled: one group per repository and account (or shard of it), shared by both workflows', () => {
    // One job deploys: deploy-account.yml's; every stage slot and promote.yml's promote job call it.
    const stepJobs = jobsOf(REUSABLE).filter(({ job }) => !job.uses && deploys(job));
    expect(stepJobs.map((j) => `${j.file}#${j.id}`)).toEqual(['.github/workflows/deploy-account.yml#up']);
    const callers = jobsOf(REUSABLE).filter(({ job }) => job.uses === DEPLOY_ACCOUNT);
    expect(callers.map((j) => j.id).sort()).toEqual(['promote', ...stageIds].sort());
    const up = deployAccount.jobs.up!;
    // The shard key is the account itself unless the plan split the account into jobs (promote.yml passes none).
    expect(up.concurrency).toEqual({
      group: 'infra-deploy-${{ github.repository }}-${{ inputs.shard || inputs.account }}',
      'cancel-in-progress': false,
    });
    expect(actionSteps(up).map((s) => [s.with?.stacks, s.with?.shard])).toEqual([['${{ inputs.stacks }}', '${{ inputs.shard }}']]);
    expect(up.concurrency?.group).not.toMatch(/github\.workflow/); // the caller's name inside a called workflow
    expect(envName(up)).toBe('${{ inputs.environment }}');
    expect(actionSteps(up).map((s) => s.with?.accounts)).toEqual(['${{ inputs.account }}']);
    // Both callers name the same account for the same target.
    const stage3 = evaluate(unwrap(String(pipeline.jobs['stage-3']!.with!.account)), ctx('push', 'refs/heads/main', everything()));
    const prom = evaluate(unwrap(String(promote.jobs.promote!.with!.account)), { inputs: { to: 'production' } });
    expect([stage3, prom]).toEqual(['production', 'production']);
  });

  test('no ${{ }} inside run: — event values reach the shell through env:', () => {
    for (const { file, id, job } of jobsOf()) {
      for (const s of job.steps ?? [])
        if (s.run !== undefined) expect([file, id, s.run]).toEqual([file, id, expect.not.stringContaining('${{')]);
    }
  });

  test('third-party actions are pinned to a full SHA with a version comment; ours by an explicit major tag', () => {
    const major = `v${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version.split('.')[0]}`;
    for (const f of FILES) {
      for (const line of raw[f]!.split('\n')) {
        const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
        if (!m) continue;
        const [, ref, rest] = m;
        expect(ref).not.toMatch(/^\.\//); // inside a called workflow ./ is the caller's repository
        if (ref!.startsWith('unkeyed/infra-action')) expect([f, ref]).toEqual([f, expect.stringMatching(new RegExp(`@${major}$`))]);
        else
          expect([f, ref, rest!.trim()]).toEqual([
            f,
            expect.stringMatching(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/),
            expect.stringMatching(/^# v\d+(\.\d+)*$/),
          ]);
      }
    }
  });
});

describe('promotion through fixed stage slots', () => {
  test('stage-N needs stage-(N-1), takes matrix entry N-1 for its environment, concurrency and account, one job per shard of it', () => {
    expect(stageIds).toEqual(stageIds.map((_, i) => `stage-${i + 1}`));
    stageIds.forEach((id, i) => {
      const job = pipeline.jobs[id]!;
      expect(needsOf(job)).toEqual(i === 0 ? ['plan'] : ['plan', `stage-${i}`]);
      expect(job.uses).toBe(DEPLOY_ACCOUNT); // the stage logic exists once
      expect(job.with).toMatchObject({
        environment: `\${{ fromJSON(needs.plan.outputs.matrix).include[${i}].environment }}`,
        account: `\${{ fromJSON(needs.plan.outputs.matrix).include[${i}].account }}`,
      });
      // The matrix runs one account's shards side by side (never accounts: no matrix ordering is relied on);
      // a failing shard does not cancel the others mid-deploy, and stage N+1 needs every one of them.
      expect(job.strategy).toEqual({
        'fail-fast': false,
        matrix: { include: `\${{ fromJSON(needs.plan.outputs.matrix).include[${i}].shards }}` },
      });
      expect(job.with).toMatchObject({ stacks: '${{ matrix.stacks }}', shard: '${{ matrix.key }}' });
    });
  });

  test('the production job is bound to the production environment and needs the canary job (example manifest)', () => {
    const m = everything();
    const c = ctx('push', 'refs/heads/main', m);
    const envOf = (id: string) => evaluate(unwrap(deployEnv(pipeline.jobs[id]!)), c);
    const prodJob = stageIds.find((id) => envOf(id) === 'production')!;
    const canaryJob = stageIds.find((id) => envOf(id) === 'canary')!;
    const sandboxJob = stageIds.find((id) => envOf(id) === 'sandbox')!;
    expect([sandboxJob, canaryJob, prodJob]).toEqual(['stage-1', 'stage-2', 'stage-3']);
    expect(needsOf(pipeline.jobs[prodJob]!)).toContain(canaryJob);
    expect(needsOf(pipeline.jobs[canaryJob]!)).toContain(sandboxJob);
    expect(runningJobs('push', 'refs/heads/main', m)).toEqual(['plan', 'stage-1', 'stage-2', 'stage-3']);
  });

  test('a change that selects only later accounts still runs them in order, without empty stages', () => {
    const m = planMatrix(
      manifest,
      selectStacks({ manifest, event: 'push', ref: 'refs/heads/main', accounts: ['canary', 'production'], selectAll: 'test' }),
    );
    const c = ctx('push', 'refs/heads/main', m);
    expect(runningJobs('push', 'refs/heads/main', m)).toEqual(['plan', 'stage-1', 'stage-2']);
    expect(['stage-1', 'stage-2'].map((id) => evaluate(unwrap(deployEnv(pipeline.jobs[id]!)), c))).toEqual(['canary', 'production']);
  });

  test('workflow-testing can never reach canary or production', () => {
    // What the action plans for that branch: the first account only.
    const planned = planMatrix(manifest, selectStacks({ manifest, event: 'push', ref: 'refs/heads/workflow-testing', selectAll: 'test' }));
    expect(planned.include.map((e) => e.account)).toEqual(['sandbox']);
    expect(runningJobs('push', 'refs/heads/workflow-testing', planned)).toEqual(['plan', 'stage-1']);
    // Even if a plan listed every account, no later stage's condition admits the branch …
    expect(runningJobs('push', 'refs/heads/workflow-testing', everything())).toEqual(['plan', 'stage-1']);
    // … nor when a caller names workflow-testing as its deploy branch.
    const c = ctx('push', 'refs/heads/workflow-testing', everything());
    (c.inputs as Record<string, Value>)['deploy-branch'] = 'workflow-testing';
    for (const id of stageIds.slice(1)) expect([id, isTrue(pipeline.jobs[id]!.if!, c)]).toEqual([id, false]);
    // … and the plan job itself refuses a workflow-testing plan with more than one account.
    const guard = pipeline.jobs.plan!.steps!.find((s) => s.id === 'stages')!;
    expect(guard.run).toMatch(/"\$REF" = "refs\/heads\/workflow-testing" \] && \[ "\$count" -gt 1 \][\s\S]*exit 1/);
    expect(guard.env?.REF).toBe('${{ github.ref }}');
  });

  test('pull requests only preview; other branches only plan; release tags only promote', () => {
    const m = everything();
    expect(runningJobs('pull_request', 'refs/pull/7/merge', m)).toEqual(['plan', 'preview', 'comment']);
    expect(actionSteps(pipeline.jobs.preview!).map((s) => s.with?.command)).toEqual(['preview']);
    expect(runningJobs('push', 'refs/heads/feature-x', m)).toEqual(['plan']);
    expect(runningJobs('push', 'refs/tags/v1.4.0', m)).toEqual(['plan', 'release']);
    expect(runningJobs('push', 'refs/tags/nightly', m)).toEqual(['plan']);
    expect(pipeline.jobs.release!.uses).toBe('unkeyed/infra-action/.github/workflows/promote.yml@v1');
    expect(pipeline.jobs.release!.with).toMatchObject({ ref: '${{ github.sha }}', to: '${{ inputs.release-account }}' });
  });

  test("preview jobs run in the account's preview environment from the plan's matrix; none without one", () => {
    const job = pipeline.jobs.preview!;
    expect(envName(job)).toBe('${{ matrix.previewEnvironment }}');
    const gated: Manifest = {
      ...manifest,
      accounts: manifest.accounts.map((a) => (a.name === 'production' ? { ...a, previewEnvironment: 'production-preview' } : a)),
    };
    const selection = selectStacks({ manifest: gated, event: 'pull_request', selectAll: 'test' });
    const envOf = (m: { include: MatrixEntry[] }) =>
      m.include.map((entry) =>
        evaluate(unwrap(envName(job)), { ...ctx('pull_request', 'refs/pull/7/merge', m), matrix: entry as unknown as Value }),
      );
    // '' is no environment: GitHub runs the job with a plain pull_request token.
    expect(envOf(planMatrix(gated, selection))).toEqual(['', '', 'production-preview']);
    // On pull requests the action passes the default branch's values: the PR's own manifest does not count.
    expect(envOf(planMatrix(gated, selection, { previewEnvironments: new Map([['production', 'production-approval']]) }))).toEqual([
      '',
      '',
      'production-approval',
    ]);
  });

  test('one comment per pull request: previews hand their results to one comment job, which runs no PR code', () => {
    const { preview, comment } = pipeline.jobs as { preview: Job; comment: Job };
    // Each preview writes its results and uploads them even when it failed; it never comments.
    const [run] = actionSteps(preview);
    expect(run!.with).toMatchObject({ command: 'preview', comment: 'false', 'report-dir': '${{ runner.temp }}/infra-report' });
    const upload = preview.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toBe('always()');
    expect(upload.with).toMatchObject({
      name: 'infra-report-${{ matrix.key }}',
      path: '${{ runner.temp }}/infra-report',
      'if-no-files-found': 'ignore',
    });
    expect(preview.permissions?.['pull-requests']).toBe('read');
    // The comment job waits for every preview, runs also when one failed, and only on pull requests.
    expect(needsOf(comment)).toEqual(['plan', 'preview']);
    const c = (previewResult: string, event = 'pull_request', plan = 'success') =>
      ({
        ...ctx(event, 'refs/pull/7/merge', everything()),
        needs: {
          ...(ctx(event, 'refs/pull/7/merge', everything()).needs as Record<string, Value>),
          plan: { ...(ctx(event, 'refs/pull/7/merge', everything()).needs as { plan: Record<string, Value> }).plan, result: plan },
          preview: { result: previewResult },
        },
      }) as Record<string, Value>;
    expect(isTrue(comment.if!, c('failure'))).toBe(true);
    expect(isTrue(comment.if!, c('skipped'))).toBe(true); // no stacks: the old comment is marked outdated
    expect(isTrue(comment.if!, c('success', 'push'))).toBe(false);
    expect(isTrue(comment.if!, c('success', 'pull_request', 'failure'))).toBe(false);
    expect(comment.permissions).toEqual({ 'pull-requests': 'write' });
    expect(comment.steps!.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    const download = comment.steps!.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with).toEqual({ pattern: 'infra-report-*', path: '${{ runner.temp }}/infra-report' }); // one folder per artifact: results are attributed to their job
    const [merge] = actionSteps(comment);
    expect(merge!.with).toMatchObject({
      command: 'comment',
      'report-dir': '${{ runner.temp }}/infra-report',
      manifest: '${{ inputs.manifest }}',
    });
    expect(evaluate(unwrap(merge!.with!.accounts!), ctx('pull_request', 'refs/pull/7/merge', everything()))).toBe(
      'sandbox,canary,production',
    );
  });

  test('promote.yml: the deploy needs the read-only guard, runs the guarded commit, and carries force/reason', () => {
    const { guard, promote: up } = promote.jobs as { guard: Job; promote: Job };
    expect(needsOf(up)).toEqual(['guard']);
    expect(actionSteps(guard).map((s) => s.with)).toEqual([
      expect.objectContaining({
        command: 'promote-check',
        accounts: '${{ inputs.to }}',
        ref: '${{ steps.commit.outputs.sha }}',
        force: '${{ inputs.force }}',
        reason: '${{ inputs.reason }}',
      }),
    ]);
    expect(guard.permissions).toEqual({ contents: 'read', deployments: 'read' });
    expect(up.uses).toBe(DEPLOY_ACCOUNT);
    expect(up.with).toMatchObject({
      environment: '${{ needs.guard.outputs.environment }}',
      account: '${{ inputs.to }}',
      ref: '${{ needs.guard.outputs.sha }}',
      force: '${{ inputs.force }}',
      reason: '${{ inputs.reason }}',
    });
    // deploy-account.yml checks out and deploys exactly the ref it is given, with force/reason.
    const job = deployAccount.jobs.up!;
    expect((job.steps ?? [])[0]!.with?.ref).toBe('${{ inputs.ref }}');
    expect(actionSteps(job)[0]!.with).toMatchObject({
      command: 'up',
      accounts: '${{ inputs.account }}',
      ref: '${{ inputs.ref }}',
      force: '${{ inputs.force }}',
      reason: '${{ inputs.reason }}',
    });
  });

  test('the consumer example calls both with one line each and the example accounts', () => {
    const infra = wf['examples/unkey/.github/workflows/infra.yml']!;
    expect(Object.values(infra.jobs).map((j) => j.uses)).toEqual(['unkeyed/infra-action/.github/workflows/pipeline.yml@v1']);
    expect(infra.on).toMatchObject({ push: { branches: ['main', 'workflow-testing'] } });
    const form = wf['examples/unkey/.github/workflows/promote.yml']!;
    const dispatch = (form.on.workflow_dispatch as { inputs: Record<string, { options?: string[] }> }).inputs;
    expect(dispatch.to!.options).toEqual(manifest.accounts.map((a) => a.name));
    expect(Object.keys(dispatch).sort()).toEqual(['force', 'projects', 'reason', 'ref', 'to']);
  });
});

describe('drift.yml: scheduled, read-only, one job per account', () => {
  test('one drift job per account of the plan matrix, side by side, read-only roles, only a preview environment, no overlap per account', () => {
    const job = driftWf.jobs.drift!;
    expect(needsOf(job)).toEqual(['plan']);
    expect(job.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.plan.outputs.shards) }}' });
    expect(actionSteps(job).map((s) => [s.with?.command, s.with?.accounts, s.with?.stacks, s.with?.shard])).toEqual([
      ['drift', '${{ matrix.account }}', '${{ matrix.stacks }}', '${{ matrix.key }}'],
    ]);
    // Read-only: the account's preview environment (the only subject its preview role trusts when it
    // has one), else none (the default branch's subject); never a deploy environment's subject.
    expect(job.environment).toBe('${{ matrix.previewEnvironment }}');
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write', issues: 'write', deployments: 'read' });
    expect(job.concurrency).toEqual({ group: 'infra-drift-${{ github.repository }}-${{ matrix.key }}', 'cancel-in-progress': false });
    expect(isTrue(job.if!, ctx('schedule', 'refs/heads/main', everything()))).toBe(true);
    expect(isTrue(job.if!, ctx('schedule', 'refs/heads/main', { include: [] }))).toBe(false);
    // The example manifest: one job per account, in manifest order.
    expect(everything().include.map((e) => (e as { account: string }).account)).toEqual(manifest.accounts.map((a) => a.name));
    // Nothing in drift.yml deploys or writes anything but issues.
    for (const { id, job: j } of jobsOf(['.github/workflows/drift.yml'])) {
      expect([
        id,
        actionSteps(j)
          .map((s) => s.with?.command ?? 'plan')
          .filter((c) => c !== 'plan' && c !== 'drift'),
      ]).toEqual([id, []]);
      expect([id, Object.entries(j.permissions ?? {}).filter(([k, v]) => v === 'write' && k !== 'issues' && k !== 'id-token')]).toEqual([
        id,
        [],
      ]);
    }
  });

  test('the summary job joins every account into one table, drifted first, escaping names from the cloud', () => {
    const job = driftWf.jobs.summary!;
    expect(needsOf(job)).toEqual(['plan', 'drift']);
    expect(job.if).toMatch(/^always\(\) && /); // a failed account still gets its row
    expect(job.permissions).toEqual({});
    const script = job.steps!.find((s) => s.run)!.run!;
    const dir = mkdtempSync(join(tmpdir(), 'drift-summary-'));
    mkdirSync(join(dir, 'drift-reports'));
    const stack = (name: string, account: string, state: string, resources: string[] = [], issue?: object) => ({
      stack: name,
      account,
      region: 'us-east-1',
      state,
      resources: resources.map((n) => ({ name: n })),
      ...(issue ? { issue } : {}),
    });
    writeFileSync(
      join(dir, 'drift-reports', 'drift-sandbox.json'),
      JSON.stringify({
        stacks: [
          stack('unkey/api/aws-sandbox-us-east-1', 'sandbox', 'in-sync'),
          stack('unkey/network/aws-sandbox-us-east-1', 'sandbox', 'failed'),
        ],
      }),
    );
    writeFileSync(
      join(dir, 'drift-reports', 'drift-production.json'),
      JSON.stringify({
        stacks: [
          stack('unkey/api/aws-production-us-east-1', 'production', 'drifted', ['api-sg', '</td><img src=x>|@team'], {
            number: 12,
            action: 'updated',
          }),
        ],
      }),
    );
    const summary = join(dir, 'summary.md');
    execFileSync('bash', ['-c', script], { cwd: dir, env: { ...process.env, GITHUB_STEP_SUMMARY: summary } });
    const rows = readFileSync(summary, 'utf8').split('\n');
    expect(rows[0]).toBe('## Drift: 1 of 3 stacks drifted');
    expect(rows.filter((r) => r.startsWith('| unkey/'))).toEqual([
      '| unkey/api/aws-production-us-east-1 | production | us-east-1 | drifted | api-sg, &lt;/td&gt;&lt;img src=x&gt;&#124;&#64;team | #12 updated |',
      '| unkey/network/aws-sandbox-us-east-1 | sandbox | us-east-1 | failed | – | – |',
      '| unkey/api/aws-sandbox-us-east-1 | sandbox | us-east-1 | in-sync | – | – |',
    ]);
  });

  test('the consumer example calls drift.yml on a schedule with the permissions its jobs need', () => {
    const caller = wf['examples/unkey/.github/workflows/drift.yml']!;
    expect(Object.keys(caller.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const [job] = Object.values(caller.jobs);
    expect(job!.uses).toBe('unkeyed/infra-action/.github/workflows/drift.yml@v1');
    expect(job!.permissions).toEqual({ contents: 'read', 'id-token': 'write', issues: 'write', deployments: 'read' });
  });
});
