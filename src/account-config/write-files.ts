import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One file's change: what it held when read (undefined: it did not exist) and what it gets. */
export interface FileChange {
  /** Relative to `root`, as messages show it. */
  file: string;
  before: string | undefined;
  after: string;
}

/** The text of a file under root, or undefined when it does not exist. */
export function readIfExists(root: string, file: string): string | undefined {
  const abs = join(root, file);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
}

function replace(abs: string, text: string): void {
  mkdirSync(dirname(abs), { recursive: true });
  const tmp = `${abs}.infra-action-${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, abs);
}

/**
 * Writes every change or none: a file that changed since it was read stops everything before the
 * first write, and a failed write puts back the files already written (each by rename, so no file
 * is ever half-written). Throws naming the file and saying that nothing changed.
 */
export function writeAllOrNothing(root: string, changes: readonly FileChange[]): void {
  for (const c of changes) {
    if (readIfExists(root, c.file) !== c.before)
      throw new Error(`${c.file} changed while config set ran; nothing was written. Run the command again.`);
  }
  const done: FileChange[] = [];
  try {
    for (const c of changes) {
      replace(join(root, c.file), c.after);
      done.push(c);
    }
  } catch (err) {
    const failed = changes[done.length]!.file;
    for (const c of done.reverse()) {
      const abs = join(root, c.file);
      if (c.before === undefined) unlinkSync(abs);
      else replace(abs, c.before);
    }
    throw new Error(`could not write ${failed}: ${(err as Error).message}; the files already written were put back, nothing changed.`);
  }
}
