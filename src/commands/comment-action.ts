import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitHubClient } from '../github/client.js';
import { pullRequestOf, publishReport, runUrlFromEnv } from '../github/comment-publish.js';
import { retireStaleComments } from '../github/comment-retire.js';
import { actionsReportSink } from '../github/comment-sink.js';
import { readRunContext } from '../github/event.js';
import { tokenIdentity } from '../github/identity.js';
import { logText, logWarning } from '../github/log.js';
import { BadInput } from '../errors.js';
import type { ActionSettings } from '../inputs.js';
import { mergeReports, reportFileSchema, type ReportFile } from '../report/merge.js';
import type { ReportContext } from '../report/model.js';

/**
 * `command: comment` — the pipeline's last pull_request job: merges every account's preview
 * results (`report-dir`, one file per preview job, several per account when it ran in shards) into
 * ONE PR comment, also when some previews failed (`accounts` names the jobs expected, by account or
 * shard key; one without a file is shown as missing). It runs no
 * program and checks out nothing, so the token that writes the comment never meets the pull
 * request's code. Comments an earlier version wrote per account are retired with a note.
 */
export async function commentAction(settings: ActionSettings): Promise<void> {
  if (!settings.reportDir)
    throw new BadInput(
      "Input 'report-dir' is required with command: comment: the folder holding the preview jobs' result files (actions/download-artifact with merge-multiple).",
    );
  const files = await readReports(settings.reportDir);
  const merged = mergeReports(files, settings.accounts);
  const run = readRunContext();
  const pr = pullRequestOf(run);
  if (!pr) {
    logWarning('command: comment only writes on pull_request runs; nothing to do.');
    return;
  }
  const client = createGitHubClient(settings.githubToken, { onRetry: (m) => logText(m) });
  const identity = await tokenIdentity(client);
  const sha = process.env.GITHUB_SHA ?? '';
  const ctx: ReportContext = {
    manifestPath: settings.manifest,
    command: 'preview',
    accounts: [],
    promotionOrder: merged.promotionOrder,
    productionAccounts: merged.productionAccounts,
    waves: merged.waves,
    runUrl: runUrlFromEnv(),
    sha,
    missingAccounts: merged.missing,
  };
  if (merged.run.stacks.length === 0 && merged.missing.length === 0) {
    // The pull request no longer touches any stack: an earlier preview comment would still look current.
    const retired = await retireStaleComments(client, pr, { manifestPath: settings.manifest, command: 'preview' }, [], sha, identity);
    logText(`No stacks to preview; ${retired.retired.length} earlier preview comment(s) marked outdated.`);
    return;
  }
  const result = await publishReport(merged.run, ctx, client, actionsReportSink(), {
    pullRequest: pr,
    comment: true,
    annotate: false,
    secrets: [settings.githubToken],
  });
  if (result.commentUrl) {
    const retired = await retireStaleComments(client, pr, { manifestPath: settings.manifest, command: 'preview' }, [ctx], sha, identity);
    if (retired.retired.length)
      logText(`Marked ${retired.retired.length} earlier per-account preview comment(s) outdated: this comment replaces them.`);
  }
}

/**
 * Every result file: `<dir>/infra-report-<key>/<file>.json` as actions/download-artifact lays
 * out one artifact per preview job (key: the account, or `<account>.<index>` for one of its shards),
 * or `<dir>/<file>.json`. A file in an artifact's folder counts only when it speaks for that
 * artifact's account and shard: one job's program cannot stand in for another job's results. Unreadable or malformed files are warned about and left out (the account then
 * shows as missing).
 */
async function readReports(dir: string): Promise<ReportFile[]> {
  let entries: { path: string; artifactKey?: string }[];
  try {
    entries = [];
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isFile() && e.name.endsWith('.json')) entries.push({ path: e.name });
      const artifact = /^infra-report-(.+)$/.exec(e.name);
      if (e.isDirectory() && artifact)
        for (const n of (await readdir(join(dir, e.name))).filter((x) => x.endsWith('.json')).sort())
          entries.push({ path: join(e.name, n), artifactKey: artifact[1] });
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: ReportFile[] = [];
  for (const { path: name, artifactKey } of entries) {
    try {
      const parsed = reportFileSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
      const artifactAccount = artifactKey?.replace(/\.\d+$/, '');
      if (
        parsed.success &&
        artifactKey !== undefined &&
        (parsed.data.account !== artifactAccount || (parsed.data.shard ?? parsed.data.account) !== artifactKey)
      )
        logWarning(
          `Ignoring ${name} in report-dir: it claims ${parsed.data.shard ? `job ${parsed.data.shard} of ` : ''}account ${parsed.data.account}, but came from the preview job ${artifactKey}`,
        );
      else if (parsed.success) out.push(parsed.data);
      else
        logWarning(
          `Ignoring ${name} in report-dir: not an infra-action result file (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'})`,
        );
    } catch (err) {
      logWarning(`Ignoring ${name} in report-dir: ${(err as Error).message}`);
    }
  }
  return out;
}
