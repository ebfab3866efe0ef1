import type { AccountEntry, ConfigKey, ConfigSchema } from './config-schema.js';
import { isImageError, parseImageRef } from './image-ref.js';
import { ENVIRONMENT_NAME } from './trust-policies.js';

/**
 * Pure config validation for the builtin programs. Used by the engine's preflight (values read from
 * the stack files, where secrets are still `{ secure: … }`) and by each program at start-up (values
 * already decrypted by Pulumi). Returns every problem at once, never throws.
 */

/** A config value as it appears in a stack file or in the program's decrypted config. */
export type ConfigValue = string | number | boolean | string[] | AccountEntry[] | { secure: string } | null | undefined;

export interface ConfigProblem {
  /** Fully qualified key, `<project>:<key>`. */
  key: string;
  message: string;
}

export interface ValidateOptions {
  /**
   * Secrets must be `secure:` values (true for stack files; false inside a program, where Pulumi
   * has already decrypted them). Default true.
   */
  secretsMustBeSecure?: boolean;
  /** Report keys the schema does not know. Default true. */
  rejectUnknown?: boolean;
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;
const DOMAIN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const ARN = /^arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12})?:.+$/;

function isSecure(v: ConfigValue): v is { secure: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { secure?: unknown }).secure === 'string';
}

/** Checks a CIDR like `10.0.0.0/16`: four octets, a prefix of 16–28, no host bits set. */
export function checkCidr(value: string): string | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
  if (!m) return `expected an IPv4 CIDR like 10.0.0.0/16, got '${value}'`;
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return `'${value}' has an octet above 255`;
  const prefix = Number(m[5]);
  if (prefix < 16 || prefix > 24) return `prefix /${prefix} is outside /16–/24 (two subnets must fit)`;
  const ip = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const hostBits = prefix === 32 ? 0 : 2 ** (32 - prefix) - 1;
  if ((ip & hostBits) !== 0) return `'${value}' has host bits set; use the network address`;
  return undefined;
}

/** `[{ name, id, environment?, previewEnvironment? }, …]`, names and ids unique. */
function checkAccountList(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length === 0) return 'expected a list of accounts: [{ name: sandbox, id: "111111111111" }, …]';
  const seen = new Set<string>();
  for (const [i, a] of (v as unknown[]).entries()) {
    if (typeof a !== 'object' || a === null || Array.isArray(a))
      return `entry ${i}: expected { name, id, environment?, previewEnvironment? }`;
    const e = a as Record<string, unknown>;
    const unknown = Object.keys(e).filter((k) => !['name', 'id', 'environment', 'previewEnvironment'].includes(k));
    if (unknown.length) return `entry ${i}: unknown key ${unknown.join(', ')} (known: name, id, environment, previewEnvironment)`;
    if (typeof e.name !== 'string' || !/^[a-z][a-z0-9-]*$/.test(e.name))
      return `entry ${i}: name must be lowercase letters, digits and dashes, as in infra.yaml`;
    if (typeof e.id !== 'string' || !/^\d{12}$/.test(e.id)) return `entry ${i} (${e.name}): id must be 12 digits, quoted`;
    for (const k of ['environment', 'previewEnvironment']) {
      if (e[k] !== undefined && (typeof e[k] !== 'string' || !ENVIRONMENT_NAME.test(e[k])))
        return `entry ${i} (${e.name}): ${k} must be a GitHub environment name (1–255 letters, digits, spaces, '.', '_' or '-')`;
    }
    if (seen.has(e.name) || seen.has(e.id)) return `entry ${i}: account ${e.name} (${e.id}) is listed twice`;
    seen.add(e.name);
    seen.add(e.id);
  }
  return undefined;
}

function checkType(k: ConfigKey, v: Exclude<ConfigValue, { secure: string } | null | undefined>): string | undefined {
  const kind = k.type;
  if (kind === 'number')
    return typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
      ? undefined
      : `expected a number, got '${String(v)}'`;
  if (kind === 'boolean')
    return typeof v === 'boolean' || v === 'true' || v === 'false' ? undefined : `expected true or false, got '${String(v)}'`;
  if (kind === 'string-list') return Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'expected a list of strings';
  if (kind === 'account-list') return checkAccountList(v);
  if (typeof v !== 'string') return `expected a string, got ${Array.isArray(v) ? 'a list' : typeof v}`;
  if (v.trim() === '') return 'is empty';
  switch (kind) {
    case 'cidr':
      return checkCidr(v);
    case 'arn':
      return ARN.test(v) ? undefined : `expected an ARN like arn:aws:iam::123456789012:role/Name, got '${v}'`;
    case 'url':
      try {
        new URL(v);
        return undefined;
      } catch {
        return 'expected an absolute URL (scheme://host…)';
      }
    case 'domain':
      return DOMAIN.test(v) ? undefined : `expected a domain name like api.example.com, got '${v}'`;
    case 'region':
      return REGION.test(v) ? undefined : `expected an AWS region like us-east-1, got '${v}'`;
    case 'image': {
      const ref = parseImageRef(v);
      return isImageError(ref) ? ref.error : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * How to set a key (`infra-action config set`, docs/design.md): `<account>` and `<region>` are left
 * for the caller to fill in. A secret is written encrypted into each stack file of the account (or
 * of the region), never into the global file, which no stack could decrypt; its value is read from
 * stdin, so it stays out of shell history.
 */
function setCommand(k: ConfigKey, full: string): string {
  const region = k.layer === 'stack' ? ' --region <region>' : '';
  return k.secret
    ? `infra-action config set --account <account>${region} --secret ${full} < value-file`
    : `infra-action config set --account <account>${region} ${full} <value>`;
}

/**
 * Validates config values against a schema. `values` may be keyed `<project>:<key>` (as in stack
 * files) or by the bare key. Secret values are never echoed in messages.
 */
export function validateConfig(schema: ConfigSchema, values: Record<string, ConfigValue>, options: ValidateOptions = {}): ConfigProblem[] {
  const mustBeSecure = options.secretsMustBeSecure ?? true;
  const problems: ConfigProblem[] = [];
  const prefix = `${schema.project}:`;
  const byKey = new Map<string, ConfigValue>();
  for (const [raw, value] of Object.entries(values)) {
    if (raw.includes(':') && !raw.startsWith(prefix)) continue; // another namespace (aws:region, …)
    const key = raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
    if (!schema.keys.some((k) => k.key === key)) {
      if (options.rejectUnknown ?? true)
        problems.push({
          key: prefix + key,
          message: `is not a config key of ${schema.project} (known: ${schema.keys.map((k) => k.key).join(', ')})`,
        });
      continue;
    }
    byKey.set(key, value);
  }
  for (const k of schema.keys) {
    const full = prefix + k.key;
    const v = byKey.get(k.key);
    const where =
      k.layer === 'stack'
        ? 'Pulumi.aws-<account>-<region>.yaml'
        : k.secret
          ? 'each stack file of the account (Pulumi.aws-<account>-*.yaml)'
          : 'Pulumi.<account>-global.yaml';
    const setCmd = setCommand(k, full);
    if (v === undefined || v === null || v === '') {
      if (k.required && k.default === undefined)
        problems.push({ key: full, message: `is required (${firstSentence(k.description)}); set it in ${where}: ${setCmd}` });
      continue;
    }
    if (isSecure(v)) {
      if (!k.secret) problems.push({ key: full, message: 'is encrypted but is not a secret; set it as a plain value' });
      continue;
    }
    if (k.secret && mustBeSecure) {
      problems.push({ key: full, message: `is a secret but stored in plain text; re-set it with: ${setCmd}` });
      continue;
    }
    const typeProblem = checkType(k, v);
    if (typeProblem) {
      problems.push({ key: full, message: k.secret ? `is not a valid ${k.type}` : typeProblem });
      continue;
    }
    if (k.pattern && typeof v === 'string' && !new RegExp(k.pattern).test(v)) {
      problems.push({ key: full, message: k.secret ? `does not match ${k.pattern}` : `'${v}' does not match ${k.pattern}` });
    }
  }
  return problems;
}

/** One message listing every problem, for the program's error or the CLI's stderr. */
export function formatConfigProblems(schema: ConfigSchema, problems: ConfigProblem[]): string {
  return (
    `Config of ${schema.project} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
    problems.map((p) => `  ${p.key}: ${p.message}`).join('\n')
  );
}

/** Thrown by a program whose config does not validate; carries every problem. */
export class ConfigError extends Error {
  // Plain fields, not parameter properties: Node's type stripping runs these files as they are.
  readonly schema: ConfigSchema;
  readonly problems: ConfigProblem[];
  constructor(schema: ConfigSchema, problems: ConfigProblem[]) {
    super(formatConfigProblems(schema, problems));
    this.name = 'ConfigError';
    this.schema = schema;
    this.problems = problems;
  }
}

/** A description's first sentence: up to the first full stop that ends a sentence, not one inside `ghcr.io` or `1.2`. */
function firstSentence(text: string): string {
  return text.split(/\.(?=\s|$)/)[0]!;
}
