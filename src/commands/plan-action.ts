import * as core from '@actions/core';
import { dirname, relative, resolve } from 'node:path';
import { BadInput } from '../errors.js';
import { readInputFile } from '../settings/files.js';
import type { ActionSettings } from '../inputs.js';
import { createGitHubClient } from '../github/client.js';
import { deploymentSha } from '../github/deployments.js';
import { readRunContext, type RunContext } from '../github/event.js';
import { OrderingError, readBaselines, selectFromBaselines, unknownBaselines } from '../plan/deploy-baseline.js';
import { changesFromEvent, type EventSelection } from '../github/event-changes.js';
import { documentFor, makePlan, shardOf, type PlanResult } from '../plan/make-plan.js';
import { planMatrix, shardMatrix } from '../plan/plan.js';
import { renderPlanMarkdown, renderPlanText } from '../report/plan-view.js';
import { outsideManifestNote, parseChangedFiles, relativeTo } from '../select/changes.js';
import { logText, logWarning } from '../github/log.js';
import { accountStacks } from '../select/baseline.js';
import { checkDeployBinding, trustedPreviewEnvironments } from './check-binding.js';

/** Resolves what the event selects and plans it; shared by `plan` and the engine commands. */
export async function planForAction(
  settings: ActionSettings,
): Promise<PlanResult & { source: string; previewEnvironments?: Map<string, string> }> {
  const ctx = readRunContext();
  // Relative to the working directory so messages and annotations name `infra.yaml:12:5`.
  const manifestPath = relative(process.cwd(), resolve(ctx.workspace, settings.manifest));
  const manifestDir = relative(ctx.workspace, dirname(resolve(manifestPath)));
  let selection: EventSelection;
  if (settings.changedFiles) {
    // Repository-root paths, like git and the PR files API print them; honoured on every event.
    const changes = relativeTo(
      parseChangedFiles(await readInputFile(resolve(ctx.workspace, settings.changedFiles), "input 'changed-files'")),
      manifestDir,
    );
    const note = outsideManifestNote(changes, manifestDir);
    if (note) logText(`Note: ${note}`);
    selection = { event: eventOf(ctx.eventName), ref: ctx.ref, changes, source: `changed-files input (${changes.length} paths)` };
    if (settings.projects.length) selection.projects = settings.projects;
    if (settings.accounts.length) selection.accounts = settings.accounts;
  } else {
    const client = settings.githubToken ? createGitHubClient(settings.githubToken) : undefined;
    selection = await changesFromEvent(ctx, client, manifestDir, { projects: settings.projects, accounts: settings.accounts });
  }
  if (settings.ref) selection.ref = settings.ref;
  logText(`Changes from ${selection.source}`);
  const result = await makePlan({ manifestPath, ...selection, maxStacksPerJob: settings.maxStacksPerJob });
  const sha = (settings.ref ?? ctx.sha).slice(0, 7);
  await checkDeployBinding({
    command: settings.command,
    ctx,
    deployRef: settings.ref,
    manifest: result.manifest,
    manifestPath,
    what: settings.command === 'plan' ? `plan the deploy of ${sha}` : `${settings.command} ${sha}`,
  });
  const planned = narrowToShard(settings, await withBaselines(settings, ctx, manifestDir, result, selection));
  const source = planned.baselines ? 'the last successful deployment of each stack in each account' : selection.source;
  if (settings.command !== 'plan' || ctx.eventName !== 'pull_request') return { ...planned, source };
  // The preview jobs' GitHub environments: the default branch's, not the pull request's.
  const preview = await trustedPreviewEnvironments({ ctx, manifest: result.manifest, manifestPath });
  return {
    ...planned,
    source,
    document: { ...planned.document, warnings: [...planned.document.warnings, ...preview.warnings] },
    previewEnvironments: preview.environments,
  };
}

/**
 * A shard job (the `stacks` input): its stacks of the run's selection. Its deployment record covers
 * the account's stacks except those this run selected for other jobs, which record their own.
 */
function narrowToShard(settings: ActionSettings, planned: PlanResult): PlanResult {
  if (settings.command === 'plan' || settings.stacks.length === 0) return planned;
  const { selection, warnings } = shardOf(planned.manifest, planned.selection, settings.stacks, settings.accounts);
  const kept = new Set(selection.stacks.map((s) => s.stack));
  const elsewhere = new Set(planned.selection.stacks.filter((s) => !kept.has(s.stack)).map((s) => s.stack));
  const covers = planned.covers
    ? Object.fromEntries(Object.entries(planned.covers).map(([account, stacks]) => [account, stacks.filter((s) => !elsewhere.has(s))]))
    : undefined;
  return {
    ...planned,
    selection,
    ...(covers ? { covers } : {}),
    document: {
      ...planned.document,
      stacks: selection.stacks,
      waves: selection.waves,
      warnings: [...planned.document.warnings, ...warnings],
    },
  };
}

/**
 * Deploys (`up`, and `plan` of a push, which builds the deploy stages) select per account from each
 * stack's last success (GitHub Deployments), not from the push; every `up` first checks that it would
 * not overwrite a newer or unrelated commit that already succeeded there (force with a reason to roll back).
 */
async function withBaselines(
  settings: ActionSettings,
  ctx: RunContext,
  manifestDir: string,
  result: PlanResult,
  event: EventSelection,
): Promise<PlanResult> {
  const up = settings.command === 'up';
  const fromBaselines =
    (ctx.eventName === 'push' || (up && ctx.eventName === 'workflow_dispatch')) && !settings.changedFiles && settings.projects.length === 0;
  if (!up && !(settings.command === 'plan' && fromBaselines && ctx.eventName === 'push')) return result;
  if (up && settings.force && settings.reason === '')
    throw new Error("Input 'force' is true but 'reason' is empty: say why the promotion is forced; it is recorded in the deployment.");
  if (result.selection.errors.length > 0) return result;
  const { manifest } = result;
  const scope = {
    manifest,
    head: deploymentSha(settings.ref),
    workspace: ctx.workspace,
    manifestDir,
    event: event.event,
    ref: event.ref,
    accounts: settings.accounts,
    only: fromBaselines ? undefined : result.selection.stacks.map((s) => s.stack),
  };
  const unreadable = async (why: string): Promise<PlanResult> => {
    if (!(up && fromBaselines)) {
      logWarning(`${why}, so this ${settings.command} uses ${event.source} and does not check deploy order.`);
      return result;
    }
    // The push's own diff could miss what a superseded run never deployed: deploy everything instead.
    logWarning(`${why}, so this up deploys every stack of the accounts it may touch (no change is lost) and does not check deploy order.`);
    const selection = await selectFromBaselines(scope, unknownBaselines(scope), result.selection);
    return { manifest, selection, document: await documentFor(manifest, selection, settings.maxStacksPerJob) };
  };
  if (!settings.githubToken) return unreadable('No github-token: cannot read which commits succeeded in each account (GitHub Deployments)');
  const req = { ...scope, client: createGitHubClient(settings.githubToken, { onRetry: (m) => core.info(m) }), repo: ctx.repository };
  let read;
  try {
    read = await readBaselines(req);
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status !== 403 && status !== 404) throw err;
    return unreadable(`Cannot read GitHub Deployments (${status}: give the job 'deployments: read')`);
  }
  checkOrdering(settings, read.problems);
  if (!fromBaselines) return { ...result, baselines: read.baselines, document: { ...result.document, baselines: read.baselines } };
  const selection = await selectFromBaselines(req, read.baselines, result.selection);
  // A successful deploy leaves every stack of the account at head: the selected ones were deployed,
  // the others did not change since their own baseline. The record says so, for the next baseline.
  const covers = Object.fromEntries(read.baselines.map((b) => [b.account, accountStacks(manifest, b.account)]));
  return {
    manifest,
    selection,
    baselines: read.baselines,
    covers,
    document: { ...(await documentFor(manifest, selection, settings.maxStacksPerJob)), baselines: read.baselines },
  };
}

/** An older or unrelated commit than the account's last success: `up` refuses it unless forced; `plan` warns. */
function checkOrdering(settings: ActionSettings, problems: readonly { account: string; message: string }[]): void {
  for (const p of problems) {
    if (settings.command !== 'up') logWarning(`${p.account}: ${p.message}`);
    else if (settings.force)
      logWarning(`Forced (${settings.reason}): ${p.message.replace(/ Nothing was deployed\..*$/, '')}`, {
        title: `Forced deploy to ${p.account}`,
      });
    else throw new OrderingError(`Refusing to deploy to ${p.account}: ${p.message}`);
  }
}

function eventOf(name: string): EventSelection['event'] {
  return name === 'pull_request' || name === 'push' || name === 'workflow_dispatch' || name === 'schedule' ? name : undefined;
}

/** GitHub's limit on one job output. */
const MAX_JOB_OUTPUT_BYTES = 1_000_000;

/** `command: plan` — selection and order as step outputs, a job summary with the table. */
export async function planAction(settings: ActionSettings): Promise<void> {
  const { manifest, selection, document, previewEnvironments } = await core.group('Planning the stacks', async () => {
    const planned = await planForAction(settings);
    logText(renderPlanText(planned.document));
    return planned;
  });
  for (const w of document.warnings) logWarning(w);
  core.setOutput('stacks', JSON.stringify(document.stacks));
  core.setOutput('waves', JSON.stringify(document.waves));
  const matrices = {
    matrix: JSON.stringify(planMatrix(manifest, selection, { previewEnvironments, shards: document.shards })),
    shards: JSON.stringify(shardMatrix(manifest, selection, { previewEnvironments, shards: document.shards })),
  };
  for (const [name, json] of Object.entries(matrices)) {
    core.setOutput(name, json);
    // pipeline.yml and drift.yml hand these on as job outputs, which GitHub caps at 1 MB each.
    const bytes = Buffer.byteLength(json);
    if (bytes > MAX_JOB_OUTPUT_BYTES)
      logWarning(
        `The ${name} output is ${(bytes / 2 ** 20).toFixed(1)} MiB, and GitHub keeps at most 1 MB in one job output: a workflow that passes it from job to job (pipeline.yml, drift.yml) will not see it. Narrow the change (accounts, projects) or split it.`,
      );
  }
  core.setOutput('has-stacks', document.stacks.length > 0 ? 'true' : 'false');
  core.setOutput('plan', JSON.stringify(document));
  await core.summary.addRaw(renderPlanMarkdown(document)).write();
  if (document.errors.length > 0) throw new BadInput(document.errors.join('\n'));
}
