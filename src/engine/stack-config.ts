import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseDocument, type Document } from 'yaml';
import { globalConfigFile, stackConfigFile, stackShortName } from '../manifest/naming.js';
import type { Manifest, Project } from '../manifest/types.js';
import { programsDir } from '../programs-dir.js';

/** A parsed `Pulumi.*.yaml` stack settings file; only the parts the engine uses. */
export interface StackFile {
  /** Path relative to the manifest root, as people see it. */
  file: string;
  exists: boolean;
  config: Record<string, unknown>;
  /** Top-level settings other than `config` (secretsprovider, encryptedkey, encryptionsalt, environment). */
  settings: Record<string, unknown>;
  /** A YAML error, for the preflight to report. */
  error?: string;
}

/** The global file under the stack file, and their merge (stack file wins, key by key). */
export interface LayeredConfig {
  global: StackFile;
  stack: StackFile;
  config: Record<string, unknown>;
  /** ESC environments the stack file imports (`environment:`), if any. */
  escImports: string[];
}

export function readStackFile(root: string, rel: string): StackFile {
  const abs = join(root, rel);
  if (!existsSync(abs)) return absentStackFile(rel);
  return stackFileOf(rel, parseDocument(readFileSync(abs, 'utf8')));
}

export const absentStackFile = (rel: string): StackFile => ({ file: rel, exists: false, config: {}, settings: {} });

/** The stack file `rel` from its parsed YAML document. */
export function stackFileOf(rel: string, parsed: Document): StackFile {
  const error = parsed.errors[0];
  if (error) return { file: rel, exists: true, config: {}, settings: {}, error: `YAML syntax error: ${error.message.split('\n')[0]}` };
  const doc = (parsed.toJS() ?? {}) as Record<string, unknown>;
  if (typeof doc !== 'object' || Array.isArray(doc))
    return { file: rel, exists: true, config: {}, settings: {}, error: 'expected a mapping at the top level' };
  const { config, ...settings } = doc;
  return { file: rel, exists: true, config: (config ?? {}) as Record<string, unknown>, settings };
}

/**
 * Config for one stack: `Pulumi.<account>-global.yaml` under `Pulumi.aws-<account>-<region>.yaml`.
 * `read` is how files are read: a preflight pass shares one ConfigFiles (config-files.ts).
 */
export function layeredConfig(
  manifest: Manifest,
  project: Project,
  account: string,
  region: string,
  read: (root: string, rel: string) => StackFile = readStackFile,
): LayeredConfig {
  const global = read(manifest.root, join(project.config, globalConfigFile(account)));
  const stack = read(manifest.root, join(project.config, stackConfigFile(account, region)));
  const env = stack.settings.environment;
  const escImports = Array.isArray(env)
    ? env.map(String)
    : env && typeof env === 'object' && Array.isArray((env as { imports?: unknown }).imports)
      ? (env as { imports: unknown[] }).imports.map(String)
      : [];
  return { global, stack, config: { ...global.config, ...stack.config }, escImports };
}

/** The folder of a project's Pulumi program: `programs/<name>` of the action, or the user's folder. */
export function programDir(manifest: Manifest, project: Project): string {
  return project.programKind === 'builtin' ? join(programsDir(), project.programPath) : join(manifest.root, project.programPath);
}

/** The project name in the program's Pulumi.yaml (config keys are namespaced by it). */
export function pulumiProjectName(dir: string): string | undefined {
  const file = join(dir, 'Pulumi.yaml');
  if (!existsSync(file)) return undefined;
  const doc = parse(readFileSync(file, 'utf8')) as { name?: unknown } | null;
  return typeof doc?.name === 'string' ? doc.name : undefined;
}

/** True for DIY backends (file://, s3://, gs://, azblob://): no ESC, org spelled `organization`. */
export function isDiyBackend(url: string): boolean {
  return /^(file|s3|gs|azblob):\/\//.test(url);
}

/**
 * The name the backend accepts for `<org>/<project>/aws-<account>-<region>`: DIY backends take
 * `organization/<project>/<stack>` only; Pulumi Cloud takes the real org.
 */
export function backendStackName(backendUrl: string, org: string, pulumiProject: string, account: string, region: string): string {
  return `${isDiyBackend(backendUrl) ? 'organization' : org}/${pulumiProject}/${stackShortName(account, region)}`;
}

/**
 * `{account}` in the manifest's `backend` or `secretsProvider` becomes the account name: each
 * account keeps its state under its own prefix (`s3://bucket/{account}`) and its secrets under its
 * own key (`awskms://alias/pulumi-{account}`), which is all its roles can reach (docs/trust-model.md).
 */
export function forAccount(url: string, account: string): string {
  return url.split('{account}').join(account);
}

/** Path relative to the manifest root, for messages. */
export function shown(manifest: Manifest, abs: string): string {
  return relative(manifest.root, abs) || '.';
}
