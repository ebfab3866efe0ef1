import { BadInput } from '../errors.js';
import { join } from 'node:path';
import type { ConfigSchema } from '../../shared/config-schema.js';
import { validateConfig, type ConfigValue } from '../../shared/config-validate.js';
import { globalConfigFile, stackConfigFile } from '../manifest/naming.js';
import type { Manifest, Project } from '../manifest/types.js';
import type { SelectedStack } from '../select/select.js';
import { escEnvironmentName, qualifiedEscConfig, type EscEnvironment, type EscEnvironments } from './esc.js';
import { imagePromotionProblems } from './image-promotion.js';
import { undecryptableSecrets } from './secure-values.js';
import { ConfigFiles } from './config-files.js';
import { isDiyBackend, layeredConfig, programDir, shown, type LayeredConfig } from './stack-config.js';

/** One thing to fix before anything may run. */
export interface PreflightProblem {
  stack: string;
  /** The file to put the fix in, relative to the manifest root. */
  file: string;
  /** Fully qualified config key, when the problem is about one. */
  key?: string;
  /** True when the key must be a `secure:` value (`infra-action config set --secret`). */
  secret?: boolean;
  message: string;
  /** Not a problem yet, only unchecked (a key that may come from an ESC environment nobody opened): reported, never fatal. */
  warning?: boolean;
}

/** The problems that stop a run (everything but warnings). */
export function blockingProblems(problems: readonly PreflightProblem[]): PreflightProblem[] {
  return problems.filter((p) => !p.warning);
}

/** Thrown when the preflight finds problems; carries all of them (exit 2). */
export class PreflightError extends BadInput {
  constructor(readonly problems: PreflightProblem[]) {
    super(formatPreflight(problems));
    this.name = 'PreflightError';
  }
}

export function formatPreflight(problems: PreflightProblem[]): string {
  const stacks = new Set(problems.map((p) => p.stack)).size;
  const lines = problems.map((p) => `  ${p.stack}: ${p.file}: ${p.key ? `${p.key}${p.secret ? ' (secret)' : ''}: ` : ''}${p.message}`);
  return `Preflight found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${stacks} stack${stacks === 1 ? '' : 's'}; nothing was run:\n${lines.join('\n')}`;
}

/**
 * Checks every selected stack before any cloud call: the program exists, the stack files parse,
 * ESC imports only on Pulumi Cloud, the config — the account's global file, under the ESC
 * environments the stack imports (`esc`, opened by the caller), under the stack file — satisfies the
 * builtin program's schema, every `secure:` value can be decrypted by the stack (secure-values.ts),
 * and protected accounts run only promoted image digests (image-promotion.ts). Keys that may come
 * from an environment that was not opened are warnings naming it. Returns every problem of every
 * stack at once. Each file is read once per pass (`files`, shared with escImportsOf).
 */
export function preflight(
  manifest: Manifest,
  stacks: readonly SelectedStack[],
  backendUrl: string,
  schemas: Record<string, ConfigSchema>,
  esc: EscEnvironments = new Map(),
  files: ConfigFiles = new ConfigFiles(),
): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const projects = new Map(manifest.projects.map((p) => [p.name, p]));
  const pass: Pass = { manifest, backendUrl, diy: isDiyBackend(backendUrl), schemas, esc, files };
  for (const s of stacks) {
    const project = projects.get(s.project);
    if (project) problems.push(...stackProblems(pass, project, s));
  }
  problems.push(...imagePromotionProblems(manifest, stacks, schemas, files));
  return problems;
}

/** What every stack's check of one preflight pass shares. */
interface Pass {
  manifest: Manifest;
  backendUrl: string;
  diy: boolean;
  schemas: Record<string, ConfigSchema>;
  esc: EscEnvironments;
  files: ConfigFiles;
}

/** One stack: its program, its files, its secrets, its ESC imports, then its config against the schema. */
function stackProblems(pass: Pass, project: Project, s: SelectedStack): PreflightProblem[] {
  const { manifest, backendUrl, files } = pass;
  const problems: PreflightProblem[] = [];
  const dir = programDir(manifest, project);
  if (!files.hasPulumiYaml(dir)) {
    problems.push({
      stack: s.stack,
      file: project.programKind === 'builtin' ? `builtin:${project.programPath}` : shown(manifest, dir),
      message: `no Pulumi.yaml in the program folder ${dir}; check the project's program in ${manifest.file}`,
    });
  }
  const layered = layeredConfig(manifest, project, s.account, s.region, files.stackFile);
  for (const f of [layered.global, layered.stack]) if (f.error) problems.push({ stack: s.stack, file: f.file, message: f.error });
  problems.push(...undecryptableSecrets(manifest, project, s, backendUrl, files.secureScan));
  if (layered.escImports.length > 0 && pass.diy) {
    problems.push({
      stack: s.stack,
      file: layered.stack.file,
      key: 'environment',
      message: `imports ESC environments (${layered.escImports.join(', ')}), which only work on the Pulumi Cloud backend; this run uses ${backendUrl.split('?')[0]}. Move the values into the stack files or use Pulumi Cloud as the backend.`,
    });
  }
  const envs = pass.diy
    ? []
    : layered.escImports.map(
        (i): EscEnvironment => pass.esc.get(i) ?? { name: escEnvironmentName(manifest.org, i), state: 'unchecked', reason: 'not opened' },
      );
  for (const e of envs) {
    if (e.state === 'failed')
      problems.push({
        stack: s.stack,
        file: layered.stack.file,
        key: 'environment',
        message: `imports the ESC environment ${e.name}, which could not be opened: ${e.error}. Check the name in the stack file and that the run's PULUMI_ACCESS_TOKEN may open it.`,
      });
  }
  const schema = project.programKind === 'builtin' ? pass.schemas[project.programPath] : undefined;
  if (schema) problems.push(...configProblems(schema, project, s, layered, envs));
  return problems;
}

/** The stack's config — global file, then each opened environment in import order, then the stack file (it wins) — against the schema. */
function configProblems(
  schema: ConfigSchema,
  project: Project,
  s: SelectedStack,
  layered: LayeredConfig,
  envs: EscEnvironment[],
): PreflightProblem[] {
  const fromEsc = new Map<string, string>();
  const values: Record<string, unknown> = { ...layered.global.config };
  for (const e of envs) {
    if (e.state !== 'opened') continue;
    for (const [k, v] of Object.entries(qualifiedEscConfig(e.config, schema.project))) {
      // A secret kept in ESC is ESC's to protect; preflight only needs to know it is there.
      const secret = schema.keys.find((x) => `${schema.project}:${x.key}` === k)?.secret;
      values[k] = secret ? { secure: 'esc' } : v;
      fromEsc.set(k, e.name);
    }
  }
  for (const k of Object.keys(layered.stack.config)) fromEsc.delete(k);
  Object.assign(values, layered.stack.config);
  const unchecked = envs.filter((e): e is Extract<EscEnvironment, { state: 'unchecked' }> => e.state === 'unchecked');
  const opened = envs.filter((e) => e.state === 'opened').map((e) => e.name);
  return validateConfig(schema, values as Record<string, ConfigValue>, { rejectUnknown: false }).map((p) => {
    const key = schema.keys.find((k) => k.key === p.key.slice(schema.project.length + 1));
    const escName = fromEsc.get(p.key);
    const file = problemFile(project, s, layered, p.key, escName, key);
    const missing = file.missing;
    if (missing && unchecked.length > 0) {
      const names = unchecked.map((e) => e.name).join(', ');
      return {
        stack: s.stack,
        file: file.name,
        key: p.key,
        secret: key?.secret ?? false,
        warning: true,
        message: `not in the repo files, so not checked: it may come from the ESC environment${unchecked.length === 1 ? '' : 's'} ${names} (not opened: ${unchecked[0].reason})`,
      };
    }
    const alsoEsc =
      missing && opened.length > 0
        ? ` (the ESC environment${opened.length === 1 ? '' : 's'} ${opened.join(', ')} ${opened.length === 1 ? 'does' : 'do'} not set it either)`
        : '';
    // The schema's fix says `<account>`/`<region>`; here the stack is known.
    const message = p.message.replaceAll('<account>', s.account).replaceAll('<region>', s.region);
    return { stack: s.stack, file: file.name, key: p.key, secret: key?.secret ?? false, message: message + alsoEsc };
  });
}

/** Where a key's fix goes: the layer that sets it, else the file the schema says it belongs in. */
function problemFile(
  project: Project,
  s: SelectedStack,
  layered: LayeredConfig,
  key: string,
  escName: string | undefined,
  schemaKey: ConfigSchema['keys'][number] | undefined,
): { name: string; missing: boolean } {
  const has = (config: Record<string, unknown>) => Object.prototype.hasOwnProperty.call(config, key);
  if (escName) return { name: `ESC environment ${escName}`, missing: false };
  if (has(layered.stack.config)) return { name: layered.stack.file, missing: false };
  if (has(layered.global.config)) return { name: layered.global.file, missing: false };
  // A secret lives in each stack file, whatever its layer: no stack decrypts the global file's.
  const global = schemaKey?.layer === 'global' && !schemaKey.secret;
  return { name: join(project.config, global ? globalConfigFile(s.account) : stackConfigFile(s.account, s.region)), missing: true };
}

/** The ESC environments the stacks' files import, when the backend is Pulumi Cloud (DIY backends refuse them). */
export function escImportsOf(
  manifest: Manifest,
  stacks: readonly SelectedStack[],
  backendUrl: string,
  files: ConfigFiles = new ConfigFiles(),
): string[] {
  if (isDiyBackend(backendUrl)) return [];
  const projects = new Map(manifest.projects.map((p) => [p.name, p]));
  return [
    ...new Set(
      stacks.flatMap((s) => {
        const project = projects.get(s.project);
        return project ? layeredConfig(manifest, project, s.account, s.region, files.stackFile).escImports : [];
      }),
    ),
  ];
}
