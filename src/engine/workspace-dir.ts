import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { stackShortName } from '../manifest/naming.js';
import type { LayeredConfig } from './stack-config.js';

/**
 * Writes one stack's own work dir: a Pulumi.yaml that points `main` at the program folder, and the
 * stack's settings file with the layered config, so parallel stacks never share files.
 */
export function writeWorkspaceDir(opts: {
  workDir: string;
  programDir: string;
  account: string;
  region: string;
  layered: LayeredConfig;
}): string {
  const { workDir, programDir, account, region, layered } = opts;
  writeProjectFile(workDir, programDir);
  const config: Record<string, unknown> = {
    ...layered.config,
    // No default provider: a resource without an explicit provider fails instead of landing in
    // whatever account the ambient credentials point at.
    'pulumi:disable-default-providers': ['*'],
  };
  const file = join(workDir, `Pulumi.${stackShortName(account, region)}.yaml`);
  writeFileSync(file, stringify({ ...layered.stack.settings, config }));
  return file;
}

/** A work dir's Pulumi.yaml: the program's, with `main` pointing back at the program folder. */
export function writeProjectFile(workDir: string, programDir: string): void {
  mkdirSync(workDir, { recursive: true });
  const project = parse(readFileSync(join(programDir, 'Pulumi.yaml'), 'utf8')) as Record<string, unknown>;
  const main = typeof project.main === 'string' ? join(programDir, project.main) : programDir;
  writeFileSync(join(workDir, 'Pulumi.yaml'), stringify({ ...project, main: relative(workDir, main) || '.' }));
}
