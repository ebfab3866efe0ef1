import type { CliSettings } from '../cli-args.js';
import { EngineInputError, PreflightError } from '../engine/run-engine.js';
import { renderRunText } from '../engine/summary-text.js';
import { makePlan } from '../plan/make-plan.js';
import type { CliIO } from './io.js';
import { InputError, readCliChanges } from './plan-cli.js';
import { asOperation, parseParallel, runOperation } from './engine-run.js';

/** `infra-action preview|up|refresh|destroy`: plan, then run. Exit 0 ok, 1 a stack failed, 2 bad input. */
export async function engineCli(settings: CliSettings, io: CliIO): Promise<number> {
  const operation = asOperation(settings.command);
  let parallel: number;
  try {
    parallel = parseParallel(settings.options.parallel as string | undefined, '--parallel');
  } catch (err) {
    throw new InputError((err as Error).message);
  }
  const changes = await readCliChanges(settings, io);
  const { manifest, selection } = await makePlan({ manifestPath: settings.manifest, changes, event: settings.event, ref: settings.ref, accounts: settings.accounts, projects: settings.projects });
  try {
    const run = await runOperation(
      { operation, manifest, selection, parallel, confirm: settings.options.confirm as string | undefined, pulumiVersion: (settings.options['pulumi-version'] as string | undefined) ?? '^3.205.0' },
      { info: (m) => io.stderr(`${m}\n`), warning: (m) => io.stderr(`warning: ${m}\n`), block: (title, text) => io.stderr(`--- ${title}\n${text.trimEnd()}\n---\n`) },
      { profile: settings.options.profile as string | undefined },
    );
    if (settings.json) io.stdout(JSON.stringify(run, null, 2) + '\n');
    else io.stdout(renderRunText(run));
    return run.ok ? 0 : 1;
  } catch (err) {
    if (err instanceof PreflightError || err instanceof EngineInputError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
