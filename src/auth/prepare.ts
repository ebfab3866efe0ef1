import type { Account, Manifest, RolePair } from '../manifest/types.js';
import { explainFailure } from './explain.js';
import type { CredentialProvider } from './types.js';

/** Accounts whose role chain failed the same way, with `verify`'s explanation (which hop, why, the fix). */
export interface ChainFailure {
  accounts: string[];
  explanation: string;
  /** The failed hop's one-line error (`Hop 1 (AssumeRoleWithWebIdentity → arn…) failed: AccessDenied: …`). */
  summary: string;
}

/**
 * What every engine command does before any stack runs: walks hop 1 and hop 2 for each account in
 * scope (in order; the provider caches the sessions for the stacks) and explains each failure
 * once. Accounts that fail identically (one ambient hop 1 on a laptop) share one explanation.
 * Never throws: the caller decides what runs.
 */
export async function walkChains(
  credentials: CredentialProvider,
  accounts: readonly Account[],
  explain: (err: unknown) => string,
): Promise<ChainFailure[]> {
  const failures: ChainFailure[] = [];
  for (const account of accounts) {
    try {
      await credentials.management(account);
      await credentials.forAccount(account);
    } catch (err) {
      const explanation = explain(err);
      const same = failures.find((f) => f.explanation === explanation);
      if (same) same.accounts.push(account.name);
      else failures.push({ accounts: [account.name], explanation, summary: firstLine(err) });
    }
  }
  return failures;
}

/** `verify`'s explanation for a failed hop of this manifest's chain (the roles the run uses). */
export function chainExplainer(
  manifest: Pick<Manifest, 'management' | 'accounts'>,
  roles: RolePair,
  kind: 'deploy' | 'preview',
): (err: unknown) => string {
  const context = { kind, managementAccountId: manifest.management.accountId, roles, accounts: manifest.accounts };
  return (err) => explainFailure(err, {}, context);
}

function firstLine(err: unknown): string {
  return ((err as Error)?.message ?? String(err)).split('\n')[0]!.trim();
}
