import * as core from '@actions/core';
import { relative, resolve } from 'node:path';
import { driftReport, renderDriftText, type DriftReport } from '../drift/model.js';
import type { Manifest } from '../manifest/types.js';
import { renderDriftSummary, type IssueLinks } from '../drift/summary.js';
import { createGitHubClient } from '../github/client.js';
import { syncDriftIssues } from '../github/drift-issues.js';
import { tokenIdentity } from '../github/identity.js';
import { runUrlFromEnv } from '../github/comment-publish.js';
import { readRunContext } from '../github/event.js';
import type { ActionSettings } from '../inputs.js';
import { redactRun } from '../report/redact.js';
import { actionsEngineLog, logText, logWarning } from '../github/log.js';
import { deployRolesWarning, planDrift, runDrift } from './drift-run.js';
import { lastManualDeployments } from './drift-manual.js';

/**
 * `command: drift` — check every stack in scope, keep one issue per drifted stack, write the job
 * summary (every stack, drifted first) and the outputs `drifted`, `has-drift` and `drift-json`.
 * Fails (exit 1) when a check failed or the issues could not be written; drift itself is a finding.
 */
export async function driftAction(settings: ActionSettings): Promise<void> {
  const ctx = readRunContext();
  const manifestPath = relative(process.cwd(), resolve(ctx.workspace, settings.manifest));
  const plan = await core.group('Planning the drift check', () =>
    planDrift({
      manifestPath,
      ref: settings.ref ?? ctx.ref,
      accounts: settings.accounts,
      projects: settings.projects,
      stacks: settings.stacks,
    }),
  );
  for (const w of [...plan.document.warnings, deployRolesWarning(plan)]) if (w) logWarning(w);
  const run = await runDrift(plan, { parallel: settings.parallel, pulumiVersion: settings.pulumiVersion }, actionsEngineLog);
  const secrets = [settings.githubToken, process.env.PULUMI_CONFIG_PASSPHRASE, process.env.PULUMI_ACCESS_TOKEN].filter(
    (s): s is string => !!s,
  );
  const report = driftReport(redactRun(run, secrets));
  logText(renderDriftText(report));
  core.setOutput('drifted', JSON.stringify(report.drifted));
  core.setOutput('has-drift', report.drifted.length > 0 ? 'true' : 'false');

  const runUrl = runUrlFromEnv();
  const { links, problems } = await keepIssues(settings, plan.manifest, report, runUrl);
  // The report with each stack's issue: drift.yml's summary job joins the accounts' reports into one table.
  core.setOutput(
    'drift-json',
    JSON.stringify({
      ...report,
      stacks: report.stacks.map((s) => ({ ...s, ...(links.has(s.stack) ? { issue: links.get(s.stack) } : {}) })),
    }),
  );
  for (const s of report.stacks.filter((x) => x.state === 'drifted'))
    logWarning(`${s.resources.length} drifted resource(s): ${s.resources.map((r) => r.name).join(', ')}`, { title: `${s.stack}: drift` });
  try {
    await core.summary.addRaw(renderDriftSummary(report, links, runUrl)).write();
  } catch (err) {
    logWarning(`Could not write the job summary: ${(err as Error).message}`);
  }
  const failed = report.stacks.filter((s) => s.state === 'failed' || s.state === 'cancelled' || s.state === 'skipped');
  if (failed.length)
    problems.unshift(
      `the drift check did not complete for ${failed.length} stack${failed.length === 1 ? '' : 's'}: ${failed.map((s) => `${s.stack} (${s.state})`).join(', ')}`,
    );
  if (problems.length) throw new Error(problems.join('; '));
}

/** One issue per drifted stack (input `issues`); returns each stack's issue and what could not be written. */
async function keepIssues(
  settings: ActionSettings,
  manifest: Manifest,
  report: DriftReport,
  runUrl: string | undefined,
): Promise<{ links: IssueLinks; problems: string[] }> {
  const links: IssueLinks = new Map();
  if (!settings.issues) {
    core.info('Drift issues are off (input issues: false).');
    return { links, problems: [] };
  }
  if (!settings.githubToken) return { links, problems: ["no GitHub token: set the input 'github-token' so drift issues can be written"] };
  const ctx = readRunContext();
  const client = createGitHubClient(settings.githubToken, { onRetry: (m) => logText(m) });
  const synced = await core.group('Updating the drift issues', async () => {
    const identity = await tokenIdentity(client);
    // Only when GitHub could not say who the token is does the input decide.
    const author = identity.source === 'assumed' ? settings.issueAuthor : identity.login;
    const manual = await lastManualDeployments(client, ctx.repository, manifest, report, (m) => logWarning(m));
    return syncDriftIssues(client, report, {
      repo: ctx.repository,
      author,
      context: { now: new Date().toISOString(), runUrl, sha: ctx.sha || undefined },
      lastManual: (a) => manual.get(a),
      log: (m) => logText(m),
    });
  });
  for (const s of synced.stacks) {
    if (s.issue) links.set(s.stack, { ...s.issue, action: s.action === 'none' ? 'open' : s.action });
    if (s.issue && s.action !== 'none') logText(`${s.stack}: issue #${s.issue.number} ${s.action}`);
  }
  if (synced.duplicatesClosed.length) core.info(`Closed duplicate drift issues: ${synced.duplicatesClosed.map((n) => `#${n}`).join(', ')}`);
  return { links, problems: [...synced.errors] };
}
