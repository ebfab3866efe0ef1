import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { PulumiCommand } from '@pulumi/pulumi/automation/index.js';
import { scanSecureValues } from '../engine/secure-values.js';
import { writeProjectFile } from '../engine/workspace-dir.js';
import { setSetting } from './yaml-edit.js';
import type { ProjectTarget, StackTarget } from './targets.js';

type Automation = typeof import('@pulumi/pulumi/automation/index.js');

/** What every stack of one `config set --secret` shares. */
export interface EncryptContext {
  auto: Automation;
  cmd: PulumiCommand;
  /** The CLI's environment: the account's backend URL and its management-account session. */
  env: Record<string, string>;
  /** For a stack that does not exist yet: the provider the engine would create it with. */
  secretsProvider?: string;
  value: string;
  /** The key is a path into a structured value (`pulumi config set --path`). */
  path: boolean;
  /** The manifest root, which the stack files are relative to. */
  root: string;
  /** Told when a stack did not exist and this run created it in the backend (before anything can fail after). */
  onCreated(stack: StackTarget): void;
}

/** Replaces the value wherever it shows in text that may be printed (CLI errors). */
export function redact(text: string, value: string): string {
  return value === '' ? text : text.split(value).join('[secret]');
}

/**
 * `pulumi config set --secret` for one stack, in a scratch copy of its settings file: the value
 * goes to the CLI on stdin (never in argv, where `ps` would show it) and is encrypted with the
 * stack's own key (its passphrase salt, KMS data key or Pulumi Cloud key, made on first use);
 * `nameProvider` is written into the file first when it names no provider. The repo's file is not
 * touched here; the caller writes every stack's result, or none.
 */
export async function encryptForStack(
  ctx: EncryptContext,
  target: ProjectTarget,
  stack: StackTarget,
  nameProvider?: string,
): Promise<string> {
  const workDir = mkdtempSync(join(tmpdir(), 'infra-action-config-'));
  try {
    writeProjectFile(workDir, target.programDir);
    const settingsFile = join(workDir, basename(stack.file));
    let original = '';
    try {
      original = readFileSync(join(ctx.root, stack.file), 'utf8');
    } catch {
      // a stack without a file yet: the CLI writes one
    }
    // The CLI reads the provider from the file alone; a file that names none would get the backend's default.
    if (nameProvider) original = setSetting(original, stack.file, 'secretsprovider', nameProvider);
    if (original !== '') writeFileSync(settingsFile, original);
    const ws = await ctx.auto.LocalWorkspace.create({
      workDir,
      pulumiCommand: ctx.cmd,
      envVars: ctx.env,
      secretsProvider: ctx.secretsProvider,
    });
    try {
      await ctx.auto.Stack.select(stack.backendName, ws);
    } catch (err) {
      if (!(err instanceof ctx.auto.StackNotFoundError)) throw err;
      await ctx.auto.Stack.create(stack.backendName, ws);
      ctx.onCreated(stack);
    }
    const args = [
      'config',
      'set',
      target.key,
      '--secret',
      ...(ctx.path ? ['--path'] : []),
      '--stack',
      stack.backendName,
      '--non-interactive',
    ];
    // The CLI drops one trailing newline from stdin; adding one keeps a value that ends in one intact.
    await runWithStdin(ctx.cmd.command, args, { cwd: workDir, env: { ...process.env, ...ctx.env }, input: `${ctx.value}\n` });
    const text = readFileSync(settingsFile, 'utf8');
    const scan = scanSecureValues(text);
    if (!scan?.entries.some((e) => e.key === target.key) || (ctx.value.length >= 8 && text.includes(ctx.value)))
      throw new Error(`pulumi config set did not leave ${target.key} encrypted in the stack file`);
    return text;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function runWithStdin(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; input: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => void (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`pulumi ${args.slice(0, 2).join(' ')} exited ${code}: ${output.trim().split('\n').slice(-3).join(' ') || 'no output'}`),
        );
    });
    child.stdin.on('error', () => undefined); // a CLI that exits early closes its stdin; the exit code reports it
    child.stdin.end(opts.input);
  });
}
