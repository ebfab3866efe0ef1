import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The ESM bundle has no `__filename`/`__dirname`, but CommonJS code inside @pulumi/pulumi's
 * dependencies (write-file-atomic, typescript) reads them at call time. Defining them on globalThis
 * before the Automation API loads lets those free identifiers resolve; it changes nothing under jest
 * or plain Node CommonJS, where module-scoped values shadow these.
 */
export function defineCjsGlobals(): void {
  const g = globalThis as { __filename?: string; __dirname?: string };
  if (g.__filename !== undefined) return;
  const file = fileURLToPath(import.meta.url);
  g.__filename = file;
  g.__dirname = dirname(file);
}
