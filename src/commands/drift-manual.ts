import type { ManualDeploymentNote } from '../drift/issue.js';
import type { DriftReport } from '../drift/model.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/deployments.js';
import type { Manifest } from '../manifest/types.js';

/** What a laptop `up` adds to its deployment's payload (src/commands/manual-deploy.ts writes it). */
export interface ManualPayload {
  actor: string;
  dirty: boolean;
  onDefaultBranch: boolean | null;
}

interface ListedDeployment {
  sha: string;
  created_at: string;
  payload?: unknown;
}

/**
 * The newest manual deployment of each account with drifted stacks: one page (the 100 newest
 * deployments) of that account's environment. Read failures are warnings: the issue then says
 * nothing is recorded rather than failing the drift run.
 */
export async function lastManualDeployments(
  client: GitHubClient,
  repo: RepoRef,
  manifest: Manifest,
  report: DriftReport,
  warn: (m: string) => void,
): Promise<Map<string, ManualDeploymentNote>> {
  const found = new Map<string, ManualDeploymentNote>();
  const accounts = new Set(report.stacks.filter((s) => s.state === 'drifted').map((s) => s.account));
  for (const account of manifest.accounts.filter((a) => accounts.has(a.name))) {
    try {
      const res = await client.request('GET /repos/{owner}/{repo}/deployments', {
        ...repo,
        environment: account.environment,
        per_page: 100,
      });
      for (const d of res.data as ListedDeployment[]) {
        const payload = (typeof d.payload === 'object' && d.payload !== null ? d.payload : {}) as {
          manual?: Partial<ManualPayload>;
          stacks?: unknown;
        };
        if (!payload.manual || typeof payload.manual.actor !== 'string') continue;
        found.set(account.name, {
          actor: payload.manual.actor,
          sha: d.sha,
          at: d.created_at,
          stacks: Array.isArray(payload.stacks) ? payload.stacks.filter((x): x is string => typeof x === 'string') : [],
          dirty: payload.manual.dirty === true,
          offDefaultBranch: payload.manual.onDefaultBranch === false,
        });
        break;
      }
    } catch (err) {
      warn(
        `Could not read the deployments of ${account.environment} (${(err as Error).message}); the drift issue cannot name the last manual deployment.`,
      );
    }
  }
  return found;
}
