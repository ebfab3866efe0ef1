import * as core from '@actions/core';
import { resolve } from 'node:path';
import { maybeExportCredentials } from '../auth/export.js';
import { BadInput } from '../errors.js';
import { readRunContext } from '../github/event.js';
import { logText, logWarning } from '../github/log.js';
import type { ActionSettings } from '../inputs.js';
import type { GitHubEvent } from '../select/select.js';
import {
  chainRoleArns,
  readTrustPolicies,
  renderVerifyMarkdown,
  renderVerifyText,
  runVerify,
  verifyScope,
  type VerifyReport,
} from './verify-run.js';

const EVENTS = ['pull_request', 'push', 'workflow_dispatch', 'schedule'];

/** `command: verify` — walks the chain for every account in scope; the table goes to the log and the job summary. */
export async function verifyAction(settings: ActionSettings): Promise<void> {
  const ctx = readRunContext();
  const scope = await verifyScope({
    manifestPath: resolve(ctx.workspace, settings.manifest),
    event: EVENTS.includes(ctx.eventName) ? (ctx.eventName as GitHubEvent) : undefined,
    ref: settings.ref ?? ctx.ref,
    accounts: settings.accounts,
    projects: settings.projects,
  });
  const arns = chainRoleArns(scope);
  const policies = await readTrustPolicies(
    settings.trustPolicy ? resolve(ctx.workspace, settings.trustPolicy) : undefined,
    arns,
    "input 'trust-policy'",
  );
  const report = await core.group('Verifying the role chain', () => runVerify(scope, { mode: 'oidc' }, policies));
  logText(renderVerifyText(report));
  for (const w of report.warnings) logWarning(w);
  await core.summary.addRaw(renderVerifyMarkdown(report)).write();
  if (report.failures.length) {
    const firstLines = report.failures.map((f) => `- ${f.split('\n')[0]}`).join('\n');
    throw new Error(
      `The role chain failed at ${report.failures.length} hop(s); the explanation is above and in the job summary.\n${firstLines}`,
    );
  }
  if (settings.exportCredentials) exportTargetCredentials(report);
}

/** `export-credentials: true`: the one verified account's executor session goes to later steps (masked first). */
function exportTargetCredentials(report: VerifyReport): void {
  if (report.sessions.length !== 1) {
    const names = report.sessions.map((s) => s.account.name).join(', ') || 'none';
    throw new BadInput(
      `Invalid input 'export-credentials': later steps can hold one account's credentials, but this job verified ${report.sessions.length} (${names}). Set input 'accounts' to the one account whose credentials the next steps need.`,
    );
  }
  const [{ account, credentials }] = report.sessions;
  maybeExportCredentials(true, credentials, account.regions[0]);
  core.info(
    `Exported ${account.name}'s executor credentials to later steps (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION); they expire at ${credentials.expiration?.toISOString() ?? 'an unknown time'}.`,
  );
}
