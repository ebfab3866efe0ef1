import { existsSync } from 'node:fs';
import { BadInput } from '../errors.js';
import { join } from 'node:path';
import type { ConfigSchema } from '../../programs/config-schema.js';
import { validateConfig, type ConfigValue } from '../../programs/config-validate.js';
import { globalConfigFile, stackConfigFile } from '../manifest/naming.js';
import type { Manifest } from '../manifest/types.js';
import type { SelectedStack } from '../select/select.js';
import { imagePromotionProblems } from './image-promotion.js';
import { isDiyBackend, layeredConfig, programDir, shown } from './stack-config.js';

/** One thing to fix before anything may run. */
export interface PreflightProblem {
  stack: string;
  /** The file to put the fix in, relative to the manifest root. */
  file: string;
  /** Fully qualified config key, when the problem is about one. */
  key?: string;
  /** True when the key must be set with `pulumi config set --secret`. */
  secret?: boolean;
  message: string;
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
 * ESC imports only on Pulumi Cloud, the config satisfies the builtin program's schema, and
 * protected accounts run only promoted image digests (image-promotion.ts).
 * Returns every problem of every stack at once.
 */
export function preflight(manifest: Manifest, stacks: readonly SelectedStack[], backendUrl: string, schemas: Record<string, ConfigSchema>): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  for (const s of stacks) {
    const project = manifest.projects.find((p) => p.name === s.project);
    if (!project) continue;
    const dir = programDir(manifest, project);
    if (!existsSync(join(dir, 'Pulumi.yaml'))) {
      problems.push({ stack: s.stack, file: project.programKind === 'builtin' ? `builtin:${project.programPath}` : shown(manifest, dir), message: `no Pulumi.yaml in the program folder ${dir}; check the project's program in ${manifest.file}` });
    }
    const layered = layeredConfig(manifest, project, s.account, s.region);
    for (const f of [layered.global, layered.stack]) if (f.error) problems.push({ stack: s.stack, file: f.file, message: f.error });
    if (layered.escImports.length > 0 && isDiyBackend(backendUrl)) {
      problems.push({
        stack: s.stack,
        file: layered.stack.file,
        key: 'environment',
        message: `imports ESC environments (${layered.escImports.join(', ')}), which only work on the Pulumi Cloud backend; this run uses ${backendUrl.split('?')[0]}. Move the values into the stack files or use Pulumi Cloud as the backend.`,
      });
    }
    const schema = project.programKind === 'builtin' ? schemas[project.programPath] : undefined;
    if (!schema) continue;
    for (const p of validateConfig(schema, layered.config as Record<string, ConfigValue>, { rejectUnknown: false })) {
      const bare = p.key.slice(schema.project.length + 1);
      const key = schema.keys.find((k) => k.key === bare);
      const inStack = Object.prototype.hasOwnProperty.call(layered.stack.config, p.key);
      const inGlobal = Object.prototype.hasOwnProperty.call(layered.global.config, p.key);
      const file = inStack ? layered.stack.file : inGlobal ? layered.global.file : join(project.config, key?.layer === 'global' ? globalConfigFile(s.account) : stackConfigFile(s.account, s.region));
      problems.push({ stack: s.stack, file, key: p.key, secret: key?.secret ?? false, message: p.message });
    }
  }
  problems.push(...imagePromotionProblems(manifest, stacks, schemas));
  return problems;
}
