import type { CliSettings } from '../cli-args.js';
import { renderRunText } from '../engine/summary-text.js';
import { showControls } from '../report/escape.js';
import { chainFailureTitle } from '../report/model.js';
import { EXIT } from '../errors.js';
import { dirname } from 'node:path';
import { manifestDirInRepo } from '../github/git-root.js';
import type { Manifest } from '../manifest/types.js';
import { readBaselines } from '../plan/deploy-baseline.js';
import { makePlan } from '../plan/make-plan.js';
import type { Selection } from '../select/select.js';
import type { CliIO } from './io.js';
import { readCliChanges } from './plan-cli.js';
import { asOperation, runOperation } from './engine-run.js';
import { manualRecordContext } from './manual-deploy.js';
import { recordUp, type RecordContext } from '../promote/record-deployments.js';

/** `infra-action preview|up|refresh|destroy`: plan, then run. Exit 0 ok, 1 a stack failed, 2 bad input. */
export async function engineCli(settings: CliSettings, io: CliIO): Promise<number> {
  const operation = asOperation(settings.command);
  const changes = await readCliChanges(settings, io);
  const { manifest, selection } = await makePlan({
    manifestPath: settings.manifest,
    changes,
    event: settings.event,
    ref: settings.ref,
    accounts: settings.accounts,
    projects: settings.projects,
    stacks: settings.stacks,
  });
  const warn = (m: string) => io.stderr(`warning: ${m}\n`);
  const runIt = () =>
    runOperation(
      { operation, manifest, selection, parallel: settings.parallel, confirm: settings.confirm, pulumiVersion: settings.pulumiVersion },
      { info: (m) => io.stderr(`${m}\n`), warning: warn, block: (title, text) => io.stderr(`--- ${title}\n${text.trimEnd()}\n---\n`) },
      { profile: settings.profile },
    );
  // A laptop `up` warns about the checkout and is recorded as a GitHub deployment per account.
  const manual = operation === 'up' ? await manualRecordContext(settings, manifest, warn) : undefined;
  if (manual) await warnAboutOrder(manual, manifest, selection, settings.accounts);
  const run = manual ? await recordUp(manual, manifest, selection, runIt) : await runIt();
  if (settings.json) {
    io.stdout(JSON.stringify(run, null, 2) + '\n');
    // The explanation is for people: on stderr too, where a terminal shows it beside the JSON.
    for (const f of run.chainFailures ?? []) io.stderr(`${chainFailureTitle(f.accounts)}:\n${showControls(f.explanation, true)}\n`);
  } else io.stdout(renderRunText(run));
  return run.ok ? EXIT.ok : EXIT.failed;
}

/**
 * A laptop `up` over a newer (or unrelated) commit that already succeeded in an account: said, not
 * refused — on a laptop the person's own credentials decide, and an incident rollback is exactly
 * that. The pipeline refuses the same thing (docs/deploy-baselines.md). Unreadable records only warn.
 */
async function warnAboutOrder(manual: RecordContext, manifest: Manifest, selection: Selection, accounts: string[]): Promise<void> {
  if (!manual.client) return;
  const workspace = dirname(manifest.file);
  try {
    const { problems } = await readBaselines({
      manifest,
      client: manual.client,
      repo: manual.repo,
      head: manual.sha,
      workspace,
      manifestDir: await manifestDirInRepo(workspace, workspace),
      accounts,
      only: selection.stacks.map((s) => s.stack),
    });
    for (const p of problems)
      manual.warn(
        `${p.account}: ${p.message.replace(/ Nothing was deployed\..*$/, '')} This manual up deploys ${manual.sha.slice(0, 7)} over it anyway.`,
      );
  } catch (err) {
    manual.warn(`Could not check the deploy order against GitHub Deployments: ${(err as Error).message}`);
  }
}
