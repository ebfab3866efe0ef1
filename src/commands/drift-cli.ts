import type { CliSettings } from '../cli-args.js';
import { driftReport, renderDriftText } from '../drift/model.js';
import { BadInput, EXIT } from '../errors.js';
import type { CliIO } from './io.js';
import { deployRolesWarning, planDrift, runDrift } from './drift-run.js';

/**
 * `infra-action drift`: refresh-and-preview every stack in scope, expecting no changes. Exit 0 when
 * every stack was checked, drifted or not (the report says which drifted); 1 when a check failed;
 * 2 for bad input.
 */
export async function driftCli(settings: CliSettings, io: CliIO): Promise<number> {
  if (settings.changedFiles !== undefined || settings.base !== undefined)
    throw new BadInput('drift checks every stack in scope; narrow it with --account and --project, not --changed-files or --base/--head.');
  const plan = await planDrift({
    manifestPath: settings.manifest,
    ref: settings.ref,
    accounts: settings.accounts,
    projects: settings.projects,
    stacks: settings.stacks,
  });
  const warning = deployRolesWarning(plan);
  if (warning) io.stderr(`warning: ${warning}\n`);
  const run = await runDrift(
    plan,
    { parallel: settings.parallel, pulumiVersion: settings.pulumiVersion, profile: settings.profile },
    {
      info: (m) => io.stderr(`${m}\n`),
      warning: (m) => io.stderr(`warning: ${m}\n`),
      block: (title, text) => io.stderr(`--- ${title}\n${text.trimEnd()}\n---\n`),
    },
  );
  const report = driftReport(run);
  if (settings.json) io.stdout(JSON.stringify(report, null, 2) + '\n');
  else io.stdout(renderDriftText(report));
  return report.ok ? EXIT.ok : EXIT.failed;
}
