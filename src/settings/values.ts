import semver from 'semver';
import { BadInput } from '../errors.js';
import { DEFAULTS } from './defaults.js';

/**
 * Parsers for the values both entries accept (action inputs, CLI options). `where` names the
 * input or option in the message ("input 'parallel'", "--parallel"), so a bad value says what,
 * where, and what was expected.
 */

export const COMMANDS = ['plan', 'preview', 'up', 'refresh', 'destroy', 'verify', 'promote-check', 'drift', 'comment'] as const;
export type Command = (typeof COMMANDS)[number];

export function parseCommand(raw: string, where: string): Command {
  const command = raw.trim() || DEFAULTS.command;
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new BadInput(`Invalid ${where}: "${command}". Expected one of: ${COMMANDS.join(', ')}.`);
  return command as Command;
}

/** `parallel`: a whole number from 1 to 64; empty means the default. */
export function parseParallel(raw: string | undefined, where: string): number {
  if (raw === undefined || raw.trim() === '') return DEFAULTS.parallel;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new BadInput(`Invalid ${where}: "${raw}". Expected a whole number from 1 to 64.`);
  return n;
}

/** `max-stacks-per-job`: a whole number from 0 (one job per account) to 100,000; empty means the default. */
export function parseMaxStacksPerJob(raw: string | undefined, where: string): number {
  if (raw === undefined || raw.trim() === '') return DEFAULTS.maxStacksPerJob;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 100_000)
    throw new BadInput(`Invalid ${where}: "${raw}". Expected a whole number of stacks per job, or 0 for one job per account.`);
  return n;
}

/** `pulumi-version`: a semver version or range; empty means the default. */
export function parsePulumiVersion(raw: string | undefined, where: string): string {
  const range = raw?.trim() || DEFAULTS.pulumiVersion;
  if (semver.validRange(range) === null)
    throw new BadInput(`Invalid ${where}: "${range}". Expected a version or a range like ${DEFAULTS.pulumiVersion}.`);
  return range;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** A boolean input as YAML 1.2's core schema spells it (what `core.getBooleanInput` accepts); empty means `fallback`. */
export function parseBoolean(raw: string, where: string, fallback: boolean): boolean {
  const value = raw.trim();
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new BadInput(`Invalid ${where}: "${value}". Expected true or false (YAML 1.2: ${[...TRUE, ...FALSE].join(', ')}).`);
}

/** `--account a --account b,c` → [a, b, c] */
export function splitList(values: string[] | string | undefined): string[] {
  const list = Array.isArray(values) ? values : values ? [values] : [];
  return list.flatMap((v) => v.split(/[,\s]+/)).filter((v) => v !== '');
}

/** A value that is empty or only blanks counts as not given. */
export function optional(raw: string | undefined): string | undefined {
  const v = raw?.trim();
  return v ? v : undefined;
}
