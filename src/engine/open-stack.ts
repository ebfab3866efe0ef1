import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { PulumiCommand } from '@pulumi/pulumi/automation/index.js';
import { parse, stringify } from 'yaml';
import type { Automation } from './request.js';
import { isDiyBackend } from './stack-config.js';
import type { Operation } from './types.js';

export type AutomationStack = Awaited<ReturnType<Automation['Stack']['select']>>;

/** Everything needed to open one stack's workspace (run-engine.ts prepares it). */
export interface StackOpening {
  auto: Automation;
  cmd: PulumiCommand;
  operation: Operation;
  /** The name the backend knows the stack by. */
  backendName: string;
  workDir: string;
  /** The stack's settings file in the work dir (writeWorkspaceDir). */
  settingsFile: string;
  /** The Pulumi process's environment; an `undefined` value removes an inherited variable. */
  envVars: Readonly<Record<string, string | undefined>>;
  /** The account's secrets provider, if the backend needs one named. */
  secretsProvider: string | undefined;
  /** Where a first preview's throwaway backend goes. */
  throwawayDir: string;
  log: (message: string) => void;
}

/** The Pulumi stack to run, and whether it had no state yet (a first preview). */
export interface OpenedStack {
  stack: AutomationStack;
  newStack: boolean;
}

/**
 * A drift check of a stack with no state: nothing was ever deployed there, so nothing can have
 * drifted, and creating it would be a write the read-only preview roles may not make.
 */
export class NeverDeployed extends Error {
  override name = 'NeverDeployed';
}

/**
 * Opens the stack. Deploys select it, or create it when it does not exist yet; a drift check only
 * selects it (NeverDeployed when it has no state). A preview never
 * creates it in the real backend: the preview roles may not write state there (docs/design.md
 * "First previews"). A stack without state on a DIY backend is previewed against an empty
 * throwaway `file://` backend instead; on Pulumi Cloud it is created as before (the token may, and
 * ESC environments resolve only there).
 */
export async function openStack(o: StackOpening): Promise<OpenedStack> {
  const { auto, backendName } = o;
  const ws = await auto.LocalWorkspace.create({
    workDir: o.workDir,
    pulumiCommand: o.cmd,
    // The SDK's type does not say that `undefined` removes a variable; execa does.
    envVars: o.envVars as Record<string, string>,
    secretsProvider: o.secretsProvider,
  });
  if (o.operation === 'drift') {
    try {
      return { stack: await auto.Stack.select(backendName, ws), newStack: false };
    } catch (err) {
      if ((err as Error).name !== 'StackNotFoundError') throw err;
      throw new NeverDeployed(
        `not deployed yet: no state in ${o.envVars.PULUMI_BACKEND_URL ?? 'the backend'}, so nothing to compare; its first up creates it`,
      );
    }
  }
  if (o.operation !== 'preview') return { stack: await auto.Stack.createOrSelect(backendName, ws), newStack: false };
  try {
    return { stack: await auto.Stack.select(backendName, ws), newStack: false };
  } catch (err) {
    if ((err as Error).name !== 'StackNotFoundError') throw err;
  }
  if (!isDiyBackend(o.envVars.PULUMI_BACKEND_URL ?? '')) return { stack: await auto.Stack.create(backendName, ws), newStack: true };
  return { stack: await throwawayStack(o), newStack: true };
}

/** Settings that name a stack's secrets provider and its key material. */
const KEY_SETTINGS = ['secretsprovider', 'encryptedkey', 'encryptionsalt'];

/** A new stack in an empty `file://` backend of its own, with secrets it can set up without writing to KMS. */
async function throwawayStack(o: StackOpening): Promise<AutomationStack> {
  mkdirSync(o.throwawayDir, { recursive: true });
  const settings = (parse(readFileSync(o.settingsFile, 'utf8')) ?? {}) as Record<string, unknown>;
  const secrets = throwawaySecrets(o.secretsProvider, settings);
  if (secrets.passphrase !== undefined) {
    // A one-off passphrase replaces a key the stack does not have yet; nothing may name it.
    const rest = Object.fromEntries(Object.entries(settings).filter(([k]) => !KEY_SETTINGS.includes(k)));
    writeFileSync(o.settingsFile, stringify(rest));
  }
  const backend = `file://${o.throwawayDir}`;
  o.log(
    `${o.backendName}: no state in ${o.envVars.PULUMI_BACKEND_URL} yet: previewing it as a new stack against an empty throwaway backend (${backend}, secrets: ${secrets.passphrase === undefined ? secrets.secretsProvider : 'a one-off passphrase'}); nothing is written to the real backend`,
  );
  const ws = await o.auto.LocalWorkspace.create({
    workDir: o.workDir,
    pulumiCommand: o.cmd,
    envVars: {
      ...o.envVars,
      PULUMI_BACKEND_URL: backend,
      ...(secrets.passphrase === undefined ? {} : { PULUMI_CONFIG_PASSPHRASE: secrets.passphrase }),
    } as Record<string, string>,
    secretsProvider: secrets.secretsProvider,
  });
  return o.auto.Stack.create(o.backendName, ws);
}

/**
 * The secrets provider of a first preview's throwaway stack, so that it decrypts what the real
 * stack would and needs no more than the preview roles hold (kms:Decrypt, never kms:Encrypt):
 * - `passphrase`: the same provider and the run's own passphrase, so `secure:` values of the stack
 *   file (under its `encryptionsalt`) decrypt exactly as they will for the real stack;
 * - a KMS (or other cloud) key, and the stack file already holds its `encryptedkey`: the same
 *   provider; the CLI only decrypts that data key;
 * - a KMS key and no `encryptedkey` yet: creating one would need kms:Encrypt, and without a data
 *   key the stack file holds no secret to decrypt, so a random one-off passphrase stands in.
 */
function throwawaySecrets(
  defaultProvider: string | undefined,
  settings: Record<string, unknown>,
): { secretsProvider: string; passphrase?: string } {
  // The stack file's own `secretsprovider` is the one its `secure:` values are under (secrets-provider.ts).
  const own = settings.secretsprovider;
  const provider = typeof own === 'string' && own.trim() !== '' ? own : defaultProvider;
  if (provider === undefined || provider === 'passphrase') return { secretsProvider: 'passphrase' };
  if (typeof settings.encryptedkey === 'string' && settings.encryptedkey !== '') return { secretsProvider: provider };
  return { secretsProvider: 'passphrase', passphrase: randomBytes(32).toString('base64url') };
}
