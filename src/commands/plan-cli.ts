import { dirname } from 'node:path';
import type { CliSettings } from '../cli-args.js';
import { readInputFile } from '../settings/files.js';
import { gitDiff } from '../github/git-diff.js';
import { manifestDirInRepo } from '../github/git-root.js';
import { makePlan } from '../plan/make-plan.js';
import { renderPlanText } from '../report/plan-view.js';
import { outsideManifestNote, parseChangedFiles, relativeTo, type ChangedFile } from '../select/changes.js';
import type { CliIO } from './io.js';

/**
 * Changed files from `--changed-files FILE|-` or `--base/--head`; undefined when neither is given.
 * Both give repository-root paths (as git prints them), returned relative to the manifest's folder.
 */
export async function readCliChanges(settings: CliSettings, io: CliIO): Promise<ChangedFile[] | undefined> {
  const changes = await readRepoChanges(settings, io);
  if (changes === undefined) return undefined;
  const dir = await manifestDirInRepo(dirname(settings.manifest), process.cwd());
  const relative = relativeTo(changes, dir);
  const note = outsideManifestNote(relative, dir);
  if (note) io.stderr(`note: ${note}\n`);
  return relative;
}

async function readRepoChanges(settings: CliSettings, io: CliIO): Promise<ChangedFile[] | undefined> {
  if (settings.changedFiles === '-') return parseChangedFiles(await io.readStdin());
  if (settings.changedFiles !== undefined) {
    return parseChangedFiles(await readInputFile(settings.changedFiles, '--changed-files'));
  }
  if (settings.base !== undefined && settings.head !== undefined) {
    return gitDiff(dirname(settings.manifest), settings.base, settings.head);
  }
  return undefined;
}

/** `infra-action plan`: offline selection, order and role chains. Exit 2 on bad input. */
export async function planCli(settings: CliSettings, io: CliIO): Promise<number> {
  const changes = await readCliChanges(settings, io);
  const { document } = await makePlan({
    manifestPath: settings.manifest,
    changes,
    event: settings.event,
    ref: settings.ref,
    accounts: settings.accounts,
    projects: settings.projects,
    maxStacksPerJob: settings.maxStacksPerJob,
  });
  if (settings.json) io.stdout(JSON.stringify(document, null, 2) + '\n');
  else io.stdout(renderPlanText(document));
  for (const e of document.errors) io.stderr(`error: ${e}\n`);
  if (settings.json) for (const w of document.warnings) io.stderr(`warning: ${w}\n`);
  return document.errors.length > 0 ? 2 : 0;
}
