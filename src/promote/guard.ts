import { BadInput } from '../errors.js';
import type { Account, Manifest } from '../manifest/types.js';

/**
 * The promotion guard's request, decision and input checks, pure. The rule (coverage of every stack
 * the commit would deploy) is applied in check.ts, which reads the records and the diffs.
 */

export interface PromotionRequest {
  /** Target account name. */
  to: string;
  /** The exact commit, 40 hex characters. */
  sha: string;
  force: boolean;
  reason: string;
}

export type PromotionDecision =
  | { allowed: true; message: string; previous?: Account; forced?: { reason: string } }
  | { allowed: false; message: string; previous?: Account };

/** Thrown for requests that cannot be judged (unknown account, bad SHA, force without reason). */
export class PromotionInputError extends BadInput {
  override name = 'PromotionInputError';
}

const SHA = /^[0-9a-f]{40}$/;

/** The target account and the one before it in promotion order (undefined for the first). */
export function promotionPath(manifest: Manifest, to: string): { target: Account; previous?: Account } {
  const i = manifest.accounts.findIndex((a) => a.name === to);
  if (i < 0) {
    throw new PromotionInputError(
      `Invalid input 'accounts' (the promotion target): "${to}" is not an account in ${manifest.file}. Expected one of: ${manifest.accounts.map((a) => a.name).join(', ')}.`,
    );
  }
  return { target: manifest.accounts[i]!, previous: i > 0 ? manifest.accounts[i - 1] : undefined };
}

/** Checks the request's own shape before any record is read. */
export function checkRequest(req: PromotionRequest): void {
  if (!SHA.test(req.sha)) {
    throw new PromotionInputError(
      `Invalid input 'ref': "${req.sha}" is not a full commit SHA. Promotions name the exact commit (40 hex characters); resolve tags and branches with git rev-parse first.`,
    );
  }
  if (req.force && req.reason.trim() === '') {
    throw new PromotionInputError(
      `Input 'force' is true but 'reason' is empty. A forced promotion skips the check that the account before '${req.to}' runs every stack ${req.sha.slice(0, 7)} would deploy there; say why in 'reason' (it is recorded in the job summary and the deployment).`,
    );
  }
}
