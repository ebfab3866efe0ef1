import type { GitHubClient } from './client.js';

/**
 * GitHub Deployments: the record of what ran where. `up` in an account writes one deployment for
 * that account's environment (in_progress → success | failure); promotion checks read them back.
 */

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** What `up` stores in the deployment's payload; promotion checks and people read it. */
export interface DeploymentPayload {
  /** Manifest account name (the environment may be named differently). */
  account: string;
  /** The stacks this deploy ran. */
  stacks: string[];
  /**
   * Every stack a success leaves at this commit (those it ran, and those unchanged since their own
   * baseline); the next deploy's baseline and the promotion guard read it. Absent: `stacks`.
   */
  covers?: string[];
  /** Set when a promotion skipped the guard (`force: true`). */
  forced?: { reason: string; actor: string };
  /** Set when `up` ran outside GitHub Actions (a laptop): who, and the state of their checkout. */
  manual?: ManualRun;
}

/** A laptop `up`: drift issues name it as a likely cause. */
export interface ManualRun {
  /** `--actor`, else git's user.name <user.email>, else the OS user. */
  actor: string;
  /** The working tree had uncommitted changes. */
  dirty: boolean;
  /** HEAD is on the default branch (null: could not tell). */
  onDefaultBranch: boolean | null;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  createdAt: string;
  payload: Partial<DeploymentPayload>;
  /** The newest status, or undefined when none was ever written. */
  state?: DeploymentState;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface StartDeployment {
  account: string;
  environment: string;
  /** The exact commit being deployed (promotions compare SHAs, never branch names). */
  sha: string;
  stacks: string[];
  /** See DeploymentPayload.covers; default `stacks`. */
  covers?: string[];
  /** Marks the environment as production in GitHub's UI (the last account in the manifest). */
  production: boolean;
  /** Link to the run, shown on the deployment. */
  logUrl?: string;
  forced?: { reason: string; actor: string };
  manual?: ManualRun;
}

/** An open deployment; finish it exactly once. */
export interface DeploymentHandle {
  id: number;
  finish(ok: boolean, environmentUrl?: string): Promise<void>;
}

/** Creates the deployment for one account and marks it in_progress. */
export async function startDeployment(client: GitHubClient, repo: RepoRef, d: StartDeployment): Promise<DeploymentHandle> {
  const payload: DeploymentPayload = {
    account: d.account,
    stacks: d.stacks,
    covers: d.covers ?? d.stacks,
    ...(d.forced ? { forced: d.forced } : {}),
    ...(d.manual ? { manual: d.manual } : {}),
  };
  const description = d.forced
    ? `forced promotion: ${d.forced.reason}`
    : d.manual
      ? `manual up by ${d.manual.actor}: ${d.stacks.length} stack(s)`
      : `infra-action up: ${d.stacks.length} stack(s)`;
  const created = await client.rest.repos.createDeployment({
    ...repo,
    ref: d.sha,
    environment: d.environment,
    // The pipeline itself is the gate; GitHub's commit-status check would refuse the deploy (409).
    required_contexts: [],
    auto_merge: false,
    production_environment: d.production,
    transient_environment: false,
    description: description.slice(0, 140),
    payload: payload as unknown as Record<string, unknown>,
  });
  if (created.status !== 201 || !('id' in created.data)) {
    throw new Error(`GitHub did not create a deployment for environment "${d.environment}" at ${d.sha}: ${JSON.stringify(created.data)}`);
  }
  const id = created.data.id;
  const status = (state: DeploymentState, environmentUrl?: string) =>
    client.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state,
      ...(d.logUrl ? { log_url: d.logUrl } : {}),
      ...(environmentUrl ? { environment_url: environmentUrl } : {}),
      description: description.slice(0, 140),
    });
  await status('in_progress');
  let finished = false;
  return {
    id,
    finish: async (ok, environmentUrl) => {
      if (finished) return;
      finished = true;
      await status(ok ? 'success' : 'failure', environmentUrl);
    },
  };
}

/** Output names a stack can export to give its environment a URL, in order of preference. */
export const URL_OUTPUTS = ['environmentUrl', 'url', 'endpoint'] as const;

/** The environment URL from stack outputs: the first http(s) value of a known output name. */
export function environmentUrl(outputs: Record<string, unknown>[]): string | undefined {
  for (const name of URL_OUTPUTS) {
    for (const o of outputs) {
      const v = o[name];
      if (typeof v === 'string' && /^https?:\/\/\S+$/.test(v)) return v;
    }
  }
  return undefined;
}

/**
 * The commit a deployment records: the `ref` input when it is a full SHA (promote.yml passes the
 * guarded commit, while GITHUB_SHA is the dispatching branch's head), else GITHUB_SHA.
 */
export function deploymentSha(refInput: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const ref = (refInput ?? '').trim().toLowerCase();
  if (/^[0-9a-f]{40}$/.test(ref)) return ref;
  const sha = env.GITHUB_SHA ?? '';
  if (!/^[0-9a-f]{40}$/i.test(sha))
    throw new Error(`Cannot record a deployment: GITHUB_SHA ("${sha}") is not a commit SHA and the 'ref' input is not one either.`);
  return sha.toLowerCase();
}
