import type { GitHubClient } from '../github/client.js';
import { listDeployments, type RepoRef } from '../github/deployments.js';
import type { Manifest } from '../manifest/types.js';
import { checkRequest, decidePromotion, promotionPath, type PromotionDecision, type PromotionRequest } from './guard.js';

/** Reads the previous account's deployment records from GitHub and applies the guard. */
export async function checkPromotion(client: GitHubClient, repo: RepoRef, manifest: Manifest, req: PromotionRequest): Promise<PromotionDecision> {
  checkRequest(req);
  const { previous } = promotionPath(manifest, req.to);
  if (!previous) return decidePromotion(req, undefined, []);
  const records = await listDeployments(client, repo, { environment: previous.environment, sha: req.sha });
  let latest;
  if (records.length === 0) {
    const page = await client.rest.repos.listDeployments({ ...repo, environment: previous.environment, per_page: 1 });
    const d = page.data[0];
    if (d) {
      const s = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
      latest = { id: d.id, sha: d.sha, ref: d.ref, environment: previous.environment, createdAt: d.created_at, payload: {}, state: s.data[0]?.state };
    }
  }
  return decidePromotion(req, previous, records, latest);
}
