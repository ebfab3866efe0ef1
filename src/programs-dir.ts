import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The action's `programs/` folder, found relative to this code (the bundle in dist/, or src/ in
 * tests), never the working directory, which is the user's repository.
 */
export function programsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'programs'), join(here, '..', '..', 'programs')]) {
    if (existsSync(candidate)) return candidate;
  }
  return join(here, '..', 'programs');
}

/** Names of the builtin programs: folders of programs/ with a Pulumi.yaml. */
export function builtinPrograms(dir = programsDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'Pulumi.yaml')))
    .map((d) => d.name)
    .sort();
}
