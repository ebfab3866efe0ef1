import { join } from 'node:path';
import type { ConfigSchema } from '../../shared/config-schema.js';
import { isImageError, parseImageRef, pinHint } from '../../shared/image-ref.js';
import { globalConfigFile, stackConfigFile } from '../manifest/naming.js';
import type { Manifest, Project } from '../manifest/types.js';
import type { SelectedStack } from '../select/select.js';
import type { PreflightProblem } from './preflight.js';
import { ConfigFiles } from './config-files.js';
import { layeredConfig, type LayeredConfig } from './stack-config.js';

/**
 * The immutable-artifact rule for container images (config keys of type `image`), checked from the
 * commit's own stack files before anything runs:
 *  1. a protected account runs only an image pinned by digest;
 *  2. and only the digest that the project's previous account (manifest order) runs at the same
 *     commit. The promotion guard already demands that the stack succeeded there at this commit or
 *     at one whose diff does not touch the stack (same stack files), so the digest about to reach a
 *     protected account is one that already ran in the account before it.
 * Registries may differ between accounts (a per-account mirror); the digest may not.
 * See docs/image-promotion.md.
 */
export function imagePromotionProblems(
  manifest: Manifest,
  stacks: readonly SelectedStack[],
  schemas: Record<string, ConfigSchema>,
  files: ConfigFiles = new ConfigFiles(),
): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const projects = new Map(manifest.projects.map((p) => [p.name, p]));
  for (const s of stacks) {
    const project = projects.get(s.project);
    const schema = project?.programKind === 'builtin' ? schemas[project.programPath] : undefined;
    const account = manifest.accounts.find((a) => a.name === s.account);
    if (!project || !schema || !account?.protected) continue;
    const layered = layeredConfig(manifest, project, s.account, s.region, files.stackFile);
    for (const k of schema.keys.filter((key) => key.type === 'image')) {
      const key = `${schema.project}:${k.key}`;
      const value = layered.config[key];
      if (typeof value !== 'string') continue; // missing or malformed: the schema check reports it
      const ref = parseImageRef(value);
      if (isImageError(ref)) continue;
      const file = fileOf(
        layered,
        key,
        join(project.config, k.layer === 'global' ? globalConfigFile(s.account) : stackConfigFile(s.account, s.region)),
      );
      if (!ref.digest) {
        problems.push({
          stack: s.stack,
          file,
          key,
          message: `'${value}' has no digest, and ${s.account} is a protected account: it runs only images pinned by digest (a tag can move after it was tested); ${pinHint(ref)}`,
        });
        continue;
      }
      const previous = previousAccount(manifest, project, s.account);
      if (!previous) continue;
      const region = previous.regions.includes(s.region) ? s.region : previous.regions[0]!;
      const before = layeredConfig(manifest, project, previous.name, region, files.stackFile);
      const beforeFile = fileOf(
        before,
        key,
        join(project.config, k.layer === 'global' ? globalConfigFile(previous.name) : stackConfigFile(previous.name, region)),
      );
      const beforeValue = before.config[key];
      const beforeRef = typeof beforeValue === 'string' ? parseImageRef(beforeValue) : undefined;
      if (beforeRef && !isImageError(beforeRef) && beforeRef.digest === ref.digest) continue;
      const runs = typeof beforeValue === 'string' ? `'${beforeValue}'` : 'no image';
      problems.push({
        stack: s.stack,
        file,
        key,
        message:
          `runs ${ref.digest.slice(0, 19)}…, but ${previous.name}, the account before ${s.account}, runs ${runs} at this commit (${beforeFile}); ` +
          `a protected account runs only the digest the account before it ran. Promote the artifact: set ${key} in ${beforeFile} to the same digest ` +
          `(this commit then deploys it to ${previous.name} first), or set it here to the digest ${previous.name} runs.`,
      });
    }
  }
  return problems;
}

/** The file a key's value comes from: the stack file wins over the account's global file. */
function fileOf(layered: LayeredConfig, key: string, fallback: string): string {
  if (Object.prototype.hasOwnProperty.call(layered.stack.config, key)) return layered.stack.file;
  if (Object.prototype.hasOwnProperty.call(layered.global.config, key)) return layered.global.file;
  return fallback;
}

/** The account before `name` among the project's accounts, in manifest (promotion) order. */
function previousAccount(manifest: Manifest, project: Project, name: string) {
  const ordered = manifest.accounts.filter((a) => project.accounts.includes(a.name));
  const i = ordered.findIndex((a) => a.name === name);
  return i > 0 ? ordered[i - 1] : undefined;
}
