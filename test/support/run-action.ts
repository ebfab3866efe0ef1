import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BUNDLE = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../dist/index.js');

/** What dist/closure-serializer-stub.cjs writes to stderr when anything uses it. */
export const BUNDLE_STUB_MARKER = 'infra-action: bundle stub reached';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Step outputs written to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** The job summary written to GITHUB_STEP_SUMMARY. */
  summary: string;
}

/**
 * Runs the real bundle (`node dist/index.js`) the way the runner does: inputs as INPUT_* variables,
 * the event payload in a file, outputs and summary in files.
 */
export async function runAction(opts: {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  event?: { name: string; payload: unknown };
  workspace: string;
  args?: string[];
  stdin?: string;
  /** Kill the bundle after this long (a hang guard; default 150 s, under jest's testTimeout). */
  timeoutMs?: number;
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(withRepository(opts.event?.payload ?? {})));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    ...Object.fromEntries(Object.entries(opts.inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...(opts.env ?? {}),
  };
  const child = spawn(process.execPath, [BUNDLE, ...(opts.args ?? [])], { cwd: opts.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  if (opts.stdin !== undefined) child.stdin.end(opts.stdin);
  else child.stdin.end();
  // A hang guard only, under jest's testTimeout so the failure shows the bundle's output.
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 150_000);
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
  clearTimeout(timer);
  // dist/ leaves out @pulumi/pulumi's closure serializer (scripts/build.mjs); its stub says so on
  // stderr when reached. No path through the bundle may reach it, so every e2e test checks.
  if (stderr.includes(BUNDLE_STUB_MARKER)) throw new Error(`the bundle reached its closure-serializer stub:\n${stderr}`);
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/**
 * The runner writes `repository` (with `default_branch`) into every push, pull_request and
 * workflow_dispatch payload; a test payload without one gets acme/infra's, default branch main.
 */
function withRepository(payload: unknown): unknown {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload) || 'repository' in payload) return payload;
  return { ...payload, repository: { name: 'infra', full_name: 'acme/infra', owner: { login: 'acme' }, default_branch: 'main' } };
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` records @actions/core writes. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/** Runs the CLI entry of the bundle. */
export async function runCliBundle(
  args: string[],
  opts: { cwd: string; stdin?: string; env?: Record<string, string> },
): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runAction({ inputs: {}, workspace: opts.cwd, args, stdin: opts.stdin, env: opts.env });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}
