// Type-only: the program passes its own @pulumi/pulumi in (one runtime instance, no shared install).
import type * as Pulumi from '@pulumi/pulumi';
import type { ConfigSchema } from '../shared/config-schema.js';
import { ConfigError, validateConfig, type ConfigValue } from '../shared/config-validate.js';

/**
 * Reads every schema key from the stack config and validates them together, so a missing key gives
 * one error listing all problems instead of the first `config.require` crash. Returns plain values;
 * callers wrap secrets with `config.requireSecret` where they use them.
 */
export function loadConfig(pulumi: typeof Pulumi, schema: ConfigSchema): Record<string, ConfigValue> {
  const config = new pulumi.Config(schema.project);
  const values: Record<string, ConfigValue> = {};
  for (const k of schema.keys) {
    const v = k.type === 'string-list' || k.type === 'account-list' ? config.getObject<ConfigValue>(k.key) : config.get(k.key);
    if (v !== undefined) values[k.key] = v;
  }
  const problems = validateConfig(schema, values, { secretsMustBeSecure: false, rejectUnknown: false });
  if (problems.length > 0) throw new ConfigError(schema, problems);
  for (const k of schema.keys) if (values[k.key] === undefined && k.default !== undefined) values[k.key] = k.default;
  return values;
}
