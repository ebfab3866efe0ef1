import * as core from '@actions/core';
import { join } from 'node:path';
import { createGitHubClient } from '../github/client.js';
import { pullRequestOf, publishReport, runUrlFromEnv } from '../github/comment-publish.js';
import { actionsReportSink } from '../github/comment-sink.js';
import { readRunContext } from '../github/event.js';
import { reportContextFor } from '../report/context.js';
import { checkStateBackend } from '../engine/state-backend.js';
import { renderRunText } from '../engine/summary-text.js';
import { baselineLines, baselineMarkdown } from '../report/plan-view.js';
import type { ActionSettings } from '../inputs.js';
import { planForAction } from './plan-action.js';
import { asOperation, runOperation } from './engine-run.js';
import { recordUpDeployments } from '../promote/record-deployments.js';
import { actionsEngineLog, logText, logWarning } from '../github/log.js';

/** `command: preview|up|refresh|destroy` — plan from the event, run, set outputs, fail on any failure. */
export async function engineAction(settings: ActionSettings): Promise<void> {
  const operation = asOperation(settings.command);
  const { manifest, selection, document, covers } = await core.group('Planning the stacks', () => planForAction(settings));
  for (const w of document.warnings) logWarning(w);
  if (document.baselines?.length) {
    // Why each stack runs: the baseline it was diffed from (the reasons in the report name it too).
    for (const l of baselineLines(document.baselines)) logText(l);
    await core.summary.addRaw(['### Baselines', '', ...baselineMarkdown(document.baselines), ''].join('\n')).write();
  }
  // Refused before a deployment record is opened (runEngine checks again and logs a preview's warning).
  checkStateBackend(manifest, operation);
  // `up` is recorded as one GitHub Deployment per account: the records promotions check.
  const run = await recordUpDeployments(
    settings,
    manifest,
    selection,
    operation,
    () =>
      runOperation(
        { operation, manifest, selection, parallel: settings.parallel, confirm: settings.confirm, pulumiVersion: settings.pulumiVersion },
        actionsEngineLog,
      ),
    (m) => logWarning(m),
    covers,
  );
  logText(renderRunText(run));
  // Before failing: a failed run still reports (summary, annotations, the PR comment).
  const report = reportContextFor({
    manifestPath: settings.manifest,
    command: operation,
    manifest,
    requestedAccounts: settings.accounts,
    waves: selection.waves,
    runUrl: runUrlFromEnv(),
    sha: process.env.GITHUB_SHA,
  });
  const client = settings.githubToken ? createGitHubClient(settings.githubToken, { onRetry: (m) => logText(m) }) : undefined;
  await publishReport(run, report, client, actionsReportSink(), {
    pullRequest: pullRequestOf(readRunContext()),
    comment: settings.comment,
    reportFile: settings.reportDir ? reportFileIn(settings.reportDir, settings.accounts, settings.shard) : undefined,
    secrets: [settings.githubToken, process.env.PULUMI_CONFIG_PASSPHRASE, process.env.PULUMI_ACCESS_TOKEN].filter((s): s is string => !!s),
  });
  if (!run.ok) {
    const failed = run.stacks.filter((s) => s.status !== 'succeeded').map((s) => `${s.stack} (${s.status})`);
    const chains = (run.chainFailures ?? []).flatMap((f) => f.accounts);
    const why = chains.length ? ` (the role chain to ${chains.join(', ')} failed: explained above)` : '';
    throw new Error(
      `${operation} did not complete for ${failed.length} stack${failed.length === 1 ? '' : 's'}${why}: ${failed.join(', ')}`,
    );
  }
}

/** Where a preview job leaves its results for the comment job: one file per account set, or per shard. */
function reportFileIn(dir: string, accounts: string[], shard: string | undefined): { path: string; account: string; shard?: string } {
  const account = accounts.join(',') || 'all';
  return { path: join(dir, `${(shard ?? account).replace(/[^\w.-]+/g, '_')}.json`), account, ...(shard ? { shard } : {}) };
}
