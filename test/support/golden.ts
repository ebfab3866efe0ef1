import { existsSync } from 'node:fs';

/**
 * Whether a test may (re)write its golden file: when asked (UPDATE_GALLERY=1), or to create a
 * missing one on a developer's machine. Never under CI (CI=true): there a missing or stale golden
 * file is a failure, so a test cannot pass against a file it has just written.
 */
export function mayWriteGolden(path: string): boolean {
  if (process.env.CI === 'true') return false;
  return process.env.UPDATE_GALLERY === '1' || !existsSync(path);
}
