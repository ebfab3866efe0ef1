import type { ChainFailure } from '../auth/prepare.js';
import type { StackStatus } from './types.js';

/** Why the stacks of an account did not start after the chain walk. */
export interface Blocked {
  status: Extract<StackStatus, 'failed' | 'skipped'>;
  error: string;
}

/**
 * What may start once every account's chain was walked (README "The engine"). A stack never starts
 * in an account whose chain failed. Previews and drift checks still cover the accounts that work.
 * What changes (up, refresh, destroy) starts nowhere: the failure is known before anything changed,
 * and deploying the earlier accounts would leave a promotion half done for a reason a re-run after
 * the fix avoids; a later account can never run after an earlier one failed.
 */
export function chainGate(failures: readonly ChainFailure[], changesState: boolean): (account: string) => Blocked | undefined {
  const byAccount = new Map(failures.flatMap((f) => f.accounts.map((a) => [a, f] as const)));
  const failed = failures.flatMap((f) => f.accounts);
  return (account) => {
    const own = byAccount.get(account);
    if (own) return { status: 'failed', error: `not started: the role chain to ${account} failed: ${own.summary}` };
    if (changesState && failed.length > 0)
      return {
        status: 'skipped',
        error: `skipped: the role chain to ${failed.join(', ')} failed; a deploy starts only when it reaches every account it covers`,
      };
    return undefined;
  };
}
