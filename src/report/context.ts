import type { Manifest } from '../manifest/types.js';
import type { ReportContext } from './model.js';

export interface ReportContextInput {
  /** The `manifest` input as given (relative to the workspace). */
  manifestPath: string;
  command: string;
  manifest: Pick<Manifest, 'accounts'>;
  /**
   * The accounts the run was asked for (the `accounts` input; empty = every account). The comment
   * is keyed on this, not on the accounts a change happens to select, so a later push that touches
   * more accounts updates the same comment instead of leaving a stale one beside a new one.
   */
  requestedAccounts: string[];
  waves?: string[][];
  runUrl?: string;
  sha?: string;
}

const PRODUCTION = /^prod(uction)?\b/i;

/** Builds the renderers' context from the manifest and the run's inputs (pure). */
export function reportContextFor(input: ReportContextInput): ReportContext {
  const order = input.manifest.accounts.map((a) => a.name);
  return {
    manifestPath: input.manifestPath,
    command: input.command,
    accounts:
      input.requestedAccounts.length > 0
        ? order.filter((a) => input.requestedAccounts.includes(a)).concat(input.requestedAccounts.filter((a) => !order.includes(a)))
        : [],
    promotionOrder: order,
    // Protected accounts and anything named or guarded like production get their deletes flagged.
    productionAccounts: input.manifest.accounts
      .filter((a) => a.protected || PRODUCTION.test(a.name) || PRODUCTION.test(a.environment))
      .map((a) => a.name),
    waves: input.waves,
    runUrl: input.runUrl,
    sha: input.sha,
  };
}
