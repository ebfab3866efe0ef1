import type { Account, Manifest } from '../manifest/types.js';
import { assumeChain, type ChainOptions, type ChainProvider } from './chain.js';
import { explainFailure, type KnownTrustPolicies } from './explain.js';
import { rolesFor } from './roles.js';

/** The chain failed before any Pulumi work: the message is the full explanation (which hop, why, the fix). */
export class ChainFailure extends Error {
  override name = 'ChainFailure';
}

/**
 * What every engine command does first: walk every hop for the accounts in scope (2 STS calls per
 * account, cached for the run) and stop with `verify`'s explanation when one fails.
 */
export async function prepareChain(
  manifest: Pick<Manifest, 'deployRoles' | 'previewRoles' | 'management'>,
  accounts: Account[],
  kind: 'deploy' | 'preview',
  options: ChainOptions = {},
  policies: KnownTrustPolicies = {},
): Promise<{ chain: ChainProvider; warning?: string }> {
  const { roles, warning, kind: used } = rolesFor(manifest, kind);
  const chain = assumeChain(accounts, roles, options);
  try {
    for (const account of accounts) {
      await chain.management(account);
      await chain.forAccount(account);
    }
  } catch (err) {
    throw new ChainFailure(
      explainFailure(err, policies, { kind: used, managementAccountId: manifest.management.accountId, roles, accounts }),
    );
  }
  return { chain, warning };
}
