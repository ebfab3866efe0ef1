import type { Manifest } from '../manifest/types.js';
import { forAccount, isDiyBackend } from './stack-config.js';

/**
 * The secrets provider a new stack is created with: the manifest's (`{account}` filled in), or a
 * passphrase on DIY backends; undefined on Pulumi Cloud, which keeps each stack's data key itself.
 */
export function defaultSecretsProvider(manifest: Pick<Manifest, 'secretsProvider'>, backend: string, account?: string): string | undefined {
  const provider = manifest.secretsProvider ?? (isDiyBackend(backend) ? 'passphrase' : undefined);
  return provider === undefined || account === undefined ? provider : forAccount(provider, account);
}

const named = (settings: Record<string, unknown>): string | undefined => {
  const own = settings.secretsprovider;
  return typeof own === 'string' && own !== '' && own !== 'default' ? own : undefined;
};

/**
 * The provider Pulumi decrypts a stack's `secure:` values with, read from its settings file the way
 * the CLI's secrets manager loader does: the file's `secretsprovider` (a KMS URL, with its
 * `encryptedkey`), else the passphrase when the file has an `encryptionsalt`, else the backend's
 * default — a fresh passphrase salt on DIY backends, the service's key on Pulumi Cloud. The state's
 * own provider is not consulted (only with PULUMI_FALLBACK_TO_STATE_SECRETS_MANAGER).
 */
export function fileSecretsProvider(settings: Record<string, unknown>, backend: string): string {
  const own = named(settings);
  if (own) return own;
  if (typeof settings.encryptionsalt === 'string') return 'passphrase';
  return isDiyBackend(backend) ? 'passphrase' : 'service';
}

/**
 * The `secretsprovider` a stack file must name before a secret is encrypted into it: the manifest's
 * KMS provider for the account, when the file names no provider and has no passphrase salt (a stack
 * the engine created keeps its provider in the state, not in the repo file, and without it the CLI
 * would fall back to the backend's default). Undefined when the file already decides.
 */
export function providerToName(
  manifest: Pick<Manifest, 'secretsProvider'>,
  backend: string,
  account: string,
  settings: Record<string, unknown>,
): string | undefined {
  if (named(settings) || typeof settings.encryptionsalt === 'string') return undefined;
  const provider = defaultSecretsProvider(manifest, backend, account);
  return provider === 'passphrase' ? undefined : provider;
}

/**
 * The setting of a stack file that holds its encryption material under a provider: the passphrase's
 * salt, a KMS provider's encrypted data key; none for Pulumi Cloud's service (the key stays there).
 * Pulumi writes it into the stack file the first time it encrypts a value for that stack.
 */
export function encryptionSetting(provider: string): 'encryptionsalt' | 'encryptedkey' | undefined {
  if (provider === 'service') return undefined;
  return provider === 'passphrase' ? 'encryptionsalt' : 'encryptedkey';
}
