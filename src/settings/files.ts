import { readFile } from 'node:fs/promises';
import { BadInput } from '../errors.js';

/** Reads a file an input or option names (`where`); a file that cannot be read is bad input naming both. */
export async function readInputFile(file: string, where: string, expected = ''): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'a folder, not a file' : (err as Error).message;
    throw new BadInput(`Invalid ${where}: ${file}: ${why}.${expected ? ` ${expected}` : ''}`);
  }
}
