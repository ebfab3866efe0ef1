import * as core from '@actions/core';
import { dirname, relative, resolve } from 'node:path';
import { BadInput } from '../errors.js';
import { readInputFile } from '../settings/files.js';
import type { ActionSettings } from '../inputs.js';
import { createGitHubClient } from '../github/client.js';
import { readRunContext } from '../github/event.js';
import { changesFromEvent, type EventSelection } from '../github/event-changes.js';
import { makePlan, type PlanResult } from '../plan/make-plan.js';
import { planMatrix } from '../plan/plan.js';
import { renderPlanMarkdown, renderPlanText } from '../report/plan-view.js';
import { parseChangedFiles, relativeTo } from '../select/changes.js';
import { logText, logWarning } from '../github/log.js';

/** Resolves what the event selects and plans it; shared by `plan` and the engine commands. */
export async function planForAction(settings: ActionSettings): Promise<PlanResult & { source: string }> {
  const ctx = readRunContext();
  // Relative to the working directory so messages and annotations name `infra.yaml:12:5`.
  const manifestPath = relative(process.cwd(), resolve(ctx.workspace, settings.manifest));
  const manifestDir = relative(ctx.workspace, dirname(resolve(manifestPath)));
  let selection: EventSelection;
  if (settings.changedFiles) {
    // Repository-root paths, like git and the PR files API print them; honoured on every event.
    const changes = relativeTo(parseChangedFiles(await readInputFile(resolve(ctx.workspace, settings.changedFiles), "input 'changed-files'")), manifestDir);
    selection = { event: eventOf(ctx.eventName), ref: ctx.ref, changes, source: `changed-files input (${changes.length} paths)` };
    if (settings.projects.length) selection.projects = settings.projects;
    if (settings.accounts.length) selection.accounts = settings.accounts;
  } else {
    const client = settings.githubToken ? createGitHubClient(settings.githubToken) : undefined;
    selection = await changesFromEvent(ctx, client, manifestDir, { projects: settings.projects, accounts: settings.accounts });
  }
  if (settings.ref) selection.ref = settings.ref;
  logText(`Changes from ${selection.source}`);
  const result = await makePlan({ manifestPath, ...selection });
  return { ...result, source: selection.source };
}

function eventOf(name: string): EventSelection['event'] {
  return name === 'pull_request' || name === 'push' || name === 'workflow_dispatch' || name === 'schedule' ? name : undefined;
}

/** `command: plan` — selection and order as step outputs, a job summary with the table. */
export async function planAction(settings: ActionSettings): Promise<void> {
  const { manifest, selection, document } = await core.group('Planning the stacks', async () => {
    const planned = await planForAction(settings);
    logText(renderPlanText(planned.document));
    return planned;
  });
  for (const w of document.warnings) logWarning(w);
  core.setOutput('stacks', JSON.stringify(document.stacks));
  core.setOutput('waves', JSON.stringify(document.waves));
  core.setOutput('matrix', JSON.stringify(planMatrix(manifest, selection)));
  core.setOutput('has-stacks', document.stacks.length > 0 ? 'true' : 'false');
  core.setOutput('plan', JSON.stringify(document));
  await core.summary.addRaw(renderPlanMarkdown(document)).write();
  if (document.errors.length > 0) throw new BadInput(document.errors.join('\n'));
}
