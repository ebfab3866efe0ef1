import type { GitHubClient } from '../github/client.js';
import {
  deploymentSha,
  startDeployment,
  environmentUrl,
  type DeploymentHandle,
  type ManualRun,
  type RepoRef,
} from '../github/deployments.js';
import { readRunContext } from '../github/event.js';
import type { RunResult } from '../engine/types.js';
import type { ActionSettings } from '../inputs.js';
import type { Manifest } from '../manifest/types.js';
import type { Selection } from '../select/select.js';

/** Everything recording needs besides the run; `client` undefined means "do not record". */
export interface RecordContext {
  client?: GitHubClient;
  repo: RepoRef;
  sha: string;
  logUrl?: string;
  forced?: { reason: string; actor: string };
  /** A laptop run (src/commands/manual-deploy.ts). */
  manual?: ManualRun;
  /** Per account, the stacks a success leaves at `sha` (deploys from baselines); default the stacks run. */
  covers?: Record<string, string[]>;
  warn: (message: string) => void;
}

/**
 * Wraps an `up` in one GitHub Deployment per selected account (usually one: the pipeline runs a
 * stage per account): in_progress before, success/failure per account after (failure for all
 * when the run throws), with the environment URL a successful account's stacks export. Recording
 * never decides the run: a token that cannot write deployments (fork PRs, read-only tokens) gives a
 * warning and the run goes on unrecorded.
 */
export async function recordUp<T extends RunResult>(
  ctx: RecordContext,
  manifest: Manifest,
  selection: Selection,
  run: () => Promise<T>,
): Promise<T> {
  const accounts = manifest.accounts.filter((a) => selection.stacks.some((s) => s.account === a.name));
  const last = manifest.accounts[manifest.accounts.length - 1]?.name;
  const handles: { account: string; handle: DeploymentHandle }[] = [];
  if (ctx.client) {
    try {
      for (const a of accounts) {
        const handle = await startDeployment(ctx.client, ctx.repo, {
          account: a.name,
          environment: a.environment,
          sha: ctx.sha,
          stacks: selection.stacks.filter((s) => s.account === a.name).map((s) => s.stack),
          covers: ctx.covers?.[a.name],
          production: a.protected || a.name === last,
          logUrl: ctx.logUrl,
          forced: ctx.forced,
          manual: ctx.manual,
        });
        handles.push({ account: a.name, handle });
      }
    } catch (err) {
      ctx.warn(
        `Could not record a GitHub deployment (${(err as Error).message}); the run goes on, but promotions cannot see it. Give the job 'deployments: write'.`,
      );
    }
  }
  const finish = async (ok: (account: string) => boolean, url: (account: string) => string | undefined) => {
    for (const { account, handle } of handles) {
      try {
        await handle.finish(ok(account), url(account));
      } catch (err) {
        ctx.warn(`Could not finish the GitHub deployment for ${account} (${(err as Error).message}).`);
      }
    }
  };
  let result: T;
  try {
    result = await run();
  } catch (err) {
    await finish(
      () => false,
      () => undefined,
    );
    throw err;
  }
  const stacksOf = (account: string) => result.stacks.filter((s) => s.account === account);
  const succeeded = (account: string) => stacksOf(account).length > 0 && stacksOf(account).every((s) => s.status === 'succeeded');
  await finish(succeeded, (account) => (succeeded(account) ? environmentUrl(stacksOf(account).map((s) => s.outputs)) : undefined));
  return result;
}

/** recordUp for the action: `up` only, token from the inputs, commit from `ref` or GITHUB_SHA. */
export async function recordUpDeployments<T extends RunResult>(
  settings: ActionSettings,
  manifest: Manifest,
  selection: Selection,
  operation: string,
  run: () => Promise<T>,
  warn: (m: string) => void,
  covers?: Record<string, string[]>,
): Promise<T> {
  if (operation !== 'up') return run();
  const env = process.env;
  const { force, reason } = settings;
  const ctx = readRunContext();
  let sha = '';
  try {
    sha = deploymentSha(settings.ref, env);
  } catch (err) {
    warn((err as Error).message);
  }
  const record: RecordContext = {
    client: settings.githubToken && sha ? await gitHubClient(settings.githubToken, warn) : undefined,
    repo: ctx.repository,
    sha,
    logUrl: env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined,
    forced: force ? { reason, actor: env.GITHUB_ACTOR ?? 'unknown' } : undefined,
    covers,
    warn,
  };
  return recordUp(record, manifest, selection, run);
}

/** Loaded when a run records: the GitHub client (Octokit and its HTTP stack) is a fifth of the engine's start. */
export async function gitHubClient(token: string, warn: (m: string) => void): Promise<GitHubClient> {
  const { createGitHubClient } = await import('../github/client.js');
  return createGitHubClient(token, { onRetry: warn });
}
