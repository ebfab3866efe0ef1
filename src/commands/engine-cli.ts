import type { CliSettings } from '../cli-args.js';
import { renderRunText } from '../engine/summary-text.js';
import { EXIT } from '../errors.js';
import { makePlan } from '../plan/make-plan.js';
import type { CliIO } from './io.js';
import { readCliChanges } from './plan-cli.js';
import { asOperation, runOperation } from './engine-run.js';

/** `infra-action preview|up|refresh|destroy`: plan, then run. Exit 0 ok, 1 a stack failed, 2 bad input. */
export async function engineCli(settings: CliSettings, io: CliIO): Promise<number> {
  const operation = asOperation(settings.command);
  const changes = await readCliChanges(settings, io);
  const { manifest, selection } = await makePlan({ manifestPath: settings.manifest, changes, event: settings.event, ref: settings.ref, accounts: settings.accounts, projects: settings.projects });
  const run = await runOperation(
    { operation, manifest, selection, parallel: settings.parallel, confirm: settings.confirm, pulumiVersion: settings.pulumiVersion },
    { info: (m) => io.stderr(`${m}\n`), warning: (m) => io.stderr(`warning: ${m}\n`), block: (title, text) => io.stderr(`--- ${title}\n${text.trimEnd()}\n---\n`) },
    { profile: settings.profile },
  );
  if (settings.json) io.stdout(JSON.stringify(run, null, 2) + '\n');
  else io.stdout(renderRunText(run));
  return run.ok ? EXIT.ok : EXIT.failed;
}
