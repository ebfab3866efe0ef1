import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '../manifest/types.js';
import { defaultBackendUrl } from '../settings/defaults.js';
import { EngineInputError } from './guards.js';
import type { Operation } from './types.js';

/** Operations that write state; in CI they need state that outlives the job. */
const WRITES_STATE: readonly string[] = ['up', 'refresh', 'destroy', 'import'];

/** The folder a `file://` backend URL points at (`~` is the home folder, relative paths are the manifest's). */
export function fileBackendDir(url: string, root: string): string | undefined {
  if (!url.startsWith('file://')) return undefined;
  const rest = url.slice('file://'.length).split('?')[0]!;
  if (rest === '~' || rest.startsWith('~/')) return join(homedir(), rest.slice(1));
  if (rest.startsWith('/')) {
    try {
      return fileURLToPath(`file://${rest}`);
    } catch {
      return rest;
    }
  }
  return resolve(root, rest);
}

const inside = (dir: string, parent: string): boolean => {
  const rel = relative(resolve(parent), resolve(dir));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * In GitHub Actions the workspace and the runner's temp folder are deleted when the job ends, so
 * a file backend there loses every stack's state and the next run would create every resource
 * again. Operations that write state are refused (exit 2) with the fix; a preview only warns.
 * Returns the warning to show, if any.
 */
export function checkStateBackend(
  manifest: Pick<Manifest, 'backend' | 'root' | 'file'>,
  operation: Operation | 'import',
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  const url = manifest.backend ?? defaultBackendUrl(manifest.root);
  const dir = fileBackendDir(url, manifest.root);
  if (!dir) return undefined;
  const doomed = [
    ['GITHUB_WORKSPACE', env.GITHUB_WORKSPACE],
    ['RUNNER_TEMP', env.RUNNER_TEMP],
  ].find((e): e is [string, string] => !!e[1] && inside(dir, e[1]));
  if (!doomed) return undefined;
  const what = manifest.backend
    ? `${manifest.file}: backend: ${manifest.backend}`
    : `${manifest.file} names no backend, so state would go to the default file backend ${dir}`;
  const where = `inside ${doomed[0]} (${doomed[1]}), which the runner deletes when the job ends`;
  const fix =
    'Name durable state in the manifest: `backend: s3://<bucket>/{account}?region=<region>` with the state bucket bootstrap-management creates ' +
    '(its `stateBucketName` config, stack output `backendUrl`, e.g. s3://unkey-pulumi-state/{account}?region=us-east-1; each account its own prefix), and ' +
    '`secretsProvider: awskms://alias/pulumi-{account}?region=<region>` with the per-account KMS keys it creates (stack output `secretsProvider`); or a Pulumi Cloud backend.';
  if (!WRITES_STATE.includes(operation)) {
    return `${what} is ${where}: this ${operation} runs, but against state that will not outlive the job. ${fix}`;
  }
  throw new EngineInputError(
    `Refusing to ${operation}: ${what} is ${where}; the next run would find no state and create every resource again. ${fix}`,
  );
}
