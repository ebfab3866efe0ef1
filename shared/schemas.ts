import type { ConfigSchema } from './config-schema.js';
import { configSchema as api } from './schemas/api.js';
import { configSchema as bootstrapAccount } from './schemas/bootstrap-account.js';
import { configSchema as bootstrapManagement } from './schemas/bootstrap-management.js';

/**
 * The config schema of every builtin program, keyed by program name (`builtin:<name>`). Pure data:
 * the engine's preflight and scripts/gen-config-docs.mjs import it without loading Pulumi.
 */
export const schemas: Record<string, ConfigSchema> = {
  api,
  'bootstrap-account': bootstrapAccount,
  'bootstrap-management': bootstrapManagement,
};
