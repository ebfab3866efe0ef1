import { BadInput } from '../errors.js';
import type { DeploymentRecord } from '../github/deployments.js';
import type { Account, Manifest } from '../manifest/types.js';

/**
 * The promotion guard, pure: a commit may go to an account only after that exact commit succeeded
 * in the account before it (manifest order), unless forced with a reason.
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
  | { allowed: true; message: string; previous?: Account; evidence?: DeploymentRecord; forced?: { reason: string } }
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
    throw new PromotionInputError(`Invalid input 'accounts' (the promotion target): "${to}" is not an account in ${manifest.file}. Expected one of: ${manifest.accounts.map((a) => a.name).join(', ')}.`);
  }
  return { target: manifest.accounts[i]!, previous: i > 0 ? manifest.accounts[i - 1] : undefined };
}

/** Checks the request's own shape before any record is read. */
export function checkRequest(req: PromotionRequest): void {
  if (!SHA.test(req.sha)) {
    throw new PromotionInputError(`Invalid input 'ref': "${req.sha}" is not a full commit SHA. Promotions name the exact commit (40 hex characters); resolve tags and branches with git rev-parse first.`);
  }
  if (req.force && req.reason.trim() === '') {
    throw new PromotionInputError(`Input 'force' is true but 'reason' is empty. A forced promotion skips the check that ${req.sha.slice(0, 7)} succeeded in the account before '${req.to}'; say why in 'reason' (it is recorded in the job summary and the deployment).`);
  }
}

/**
 * Decides from the previous account's deployments of this commit (`records`, any order) and the
 * newest deployment there of any commit (`latest`, only for the message). The newest record of the
 * commit decides: a successful re-run after a failure counts, a failed re-deploy after a success
 * does not.
 */
export function decidePromotion(req: PromotionRequest, previous: Account | undefined, records: DeploymentRecord[], latest?: DeploymentRecord): PromotionDecision {
  checkRequest(req);
  const short = req.sha.slice(0, 7);
  if (!previous) {
    return { allowed: true, message: `${req.to} is the first account in promotion order; there is no earlier account to check.` };
  }
  const mine = records.filter((r) => r.sha === req.sha).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  const newest = mine[0];
  if (newest?.state === 'success') {
    return { allowed: true, previous, evidence: newest, message: `${short} succeeded in ${previous.name} (deployment #${newest.id}, ${newest.createdAt}); promoting it to ${req.to}.` };
  }
  let why: string;
  if (!newest) {
    const last = latest && latest.sha !== req.sha ? ` (${previous.name} last ran ${latest.sha.slice(0, 7)}, deployment #${latest.id}, ${latest.state ?? 'no status'})` : '';
    why = `it was never deployed to ${previous.name} (environment "${previous.environment}")${last}`;
  } else if (newest.state === 'in_progress' || newest.state === 'queued' || newest.state === 'pending' || newest.state === undefined) {
    why = `its deployment to ${previous.name} (#${newest.id}) has not finished (${newest.state ?? 'no status yet'})`;
  } else {
    why = `its latest deployment to ${previous.name} (#${newest.id}, ${newest.createdAt}) ended in ${newest.state}`;
  }
  if (req.force) {
    return { allowed: true, previous, forced: { reason: req.reason.trim() }, message: `Forced: ${short} goes to ${req.to} although ${why}. Reason: ${req.reason.trim()}` };
  }
  return { allowed: false, previous, message: `Refusing to promote ${short} to ${req.to}: ${why}. Deploy this exact commit to ${previous.name} first, or run again with force: true and a reason.` };
}
