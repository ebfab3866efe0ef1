import * as core from '@actions/core';
import type { CliSettings } from '../cli-args.js';
import type { CliIO } from './io.js';
import { chainRoleArns, readTrustPolicies, renderVerifyText, runVerify, verifyScope } from './verify-run.js';

/** `infra-action verify`: the same walk from a terminal (ambient credentials / --profile) or a workflow step (OIDC). */
export async function verifyCli(settings: CliSettings, io: CliIO): Promise<number> {
  const scope = await verifyScope({
    manifestPath: settings.manifest,
    event: settings.event,
    ref: settings.ref,
    accounts: settings.accounts,
    projects: settings.projects,
  });
  const arns = chainRoleArns(scope);
  const policies = await readTrustPolicies(settings.trustPolicy, arns, '--trust-policy');
  const inActions = process.env.GITHUB_ACTIONS === 'true';
  const report = await runVerify(
    scope,
    {
      profile: settings.profile,
      // On a laptop an ::add-mask:: line would print the secret it means to hide.
      maskSecret: inActions ? core.setSecret : () => {},
      retry: { onRetry: (i) => io.stderr(`${i.what} failed (${i.error.name}); retry ${i.attempt} in ${i.delayMs} ms\n`) },
    },
    policies,
  );
  if (settings.json) io.stdout(JSON.stringify(report, null, 2) + '\n');
  else io.stdout(renderVerifyText(report) + '\n');
  return report.failures.length ? 1 : 0;
}
