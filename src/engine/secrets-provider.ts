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

/**
 * The provider that encrypts one stack's `secure:` values: the stack file's own `secretsprovider`
 * (Pulumi writes it there for anything but the passphrase and Pulumi Cloud's service), else the
 * default a new stack gets.
 */
export function stackSecretsProvider(
  manifest: Pick<Manifest, 'secretsProvider'>,
  backend: string,
  account: string,
  settings: Record<string, unknown>,
): string | undefined {
  const own = settings.secretsprovider;
  return typeof own === 'string' && own.trim() !== '' ? own : defaultSecretsProvider(manifest, backend, account);
}

/**
 * The setting of a stack file that holds its encryption material under a provider: the passphrase's
 * salt, a KMS provider's encrypted data key; none for Pulumi Cloud's service (the key stays there).
 * Pulumi writes it into the stack file the first time it encrypts a value for that stack.
 */
export function encryptionSetting(provider: string | undefined): 'encryptionsalt' | 'encryptedkey' | undefined {
  if (provider === undefined || provider === 'service' || provider === 'default') return undefined;
  return provider === 'passphrase' ? 'encryptionsalt' : 'encryptedkey';
}
