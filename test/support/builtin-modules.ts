import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Marks the builtin programs' dependencies as installed, so the engine does not `npm install` them
 * (30 s and the registry) in tests that run them against the Pulumi CLI double, which never loads a
 * program. Node would resolve their packages from the repository's node_modules anyway (that is how
 * programs/testing/native-run.test.ts runs the real entries). The folder is gitignored; creating it
 * is idempotent, so concurrent suites agree.
 */
export function markBuiltinDependenciesInstalled(...programs: string[]): void {
  for (const p of programs) mkdirSync(join(resolve('programs'), p, 'node_modules'), { recursive: true });
}
