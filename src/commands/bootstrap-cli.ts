import { parseArgs } from 'node:util';
import { setSecret } from '@actions/core';
import { schemas } from '../../shared/schemas.js';
import { DEFAULT_BOOTSTRAP_ROLE } from '../bootstrap/bootstrap-plan.js';
import { bootstrapCredentials } from '../bootstrap/credentials.js';
import { runBootstrap, type BootstrapResult } from '../bootstrap/run-bootstrap.js';
import { UsageError } from '../cli-args.js';
import { noCache } from '../engine/dependencies.js';
import { renderRunText } from '../engine/summary-text.js';
import { EXIT } from '../errors.js';
import { loadManifest } from '../manifest/load.js';
import { builtinPrograms } from '../programs-dir.js';
import { DEFAULTS } from '../settings/defaults.js';
import { optional, parsePulumiVersion, splitList } from '../settings/values.js';
import { cancelOnSignals } from './engine-run.js';
import type { CliIO } from './io.js';

export const BOOTSTRAP_USAGE = `Usage: infra-action bootstrap [options]

Runs bootstrap-management in the management account, then bootstrap-account in every account of
the manifest (manifest order), from an admin session in the management account. Safe to re-run.

Options:
  --manifest FILE     the manifest (default ${DEFAULTS.manifest}); its backend must be s3://<bucket>?region=<region>
  --profile NAME      AWS profile of the admin SSO session (default: the AWS environment)
  --account NAME      only these member accounts (repeatable, or comma-separated); management always runs
  --role NAME         role assumed in each member account (default ${DEFAULT_BOOTSTRAP_ROLE})
  --state-dir DIR     first run only: local state until the bucket exists (default ~/.infra-action/bootstrap/<org>)
  --pulumi-version RANGE  the Pulumi CLI to use or install (default ${DEFAULTS.pulumiVersion})
  -h, --help          this help
`;

/** The bootstrap command's options, as node:util parseArgs reads them. */
const BOOTSTRAP_OPTIONS = {
  manifest: { type: 'string' },
  profile: { type: 'string' },
  account: { type: 'string', multiple: true },
  role: { type: 'string' },
  'state-dir': { type: 'string' },
  'pulumi-version': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `infra-action bootstrap`: the procedure of docs/bootstrap.md. Exit 0 ok, 1 a stack failed, 2 bad input. */
export async function bootstrapCli(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: BOOTSTRAP_OPTIONS }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${BOOTSTRAP_USAGE}`);
  }
  if (values.help) {
    io.stdout(BOOTSTRAP_USAGE);
    return EXIT.ok;
  }
  const role = optional(values.role) ?? DEFAULT_BOOTSTRAP_ROLE;
  if (!/^[\w+=,.@-]{1,64}$/.test(role)) throw new UsageError(`--role "${role}" is not an IAM role name.\n\n${BOOTSTRAP_USAGE}`);
  const manifest = await loadManifest(values.manifest ?? DEFAULTS.manifest, { builtins: builtinPrograms() });
  const log = {
    info: (m: string) => io.stderr(`${m}\n`),
    warning: (m: string) => io.stderr(`warning: ${m}\n`),
    block: (title: string, text: string) => io.stderr(`--- ${title}\n${text.trimEnd()}\n---\n`),
  };
  const cancel = cancelOnSignals(log.warning);
  try {
    const result = await runBootstrap(
      {
        manifest,
        accounts: splitList(values.account),
        stateDir: optional(values['state-dir']),
        pulumiVersion: parsePulumiVersion(values['pulumi-version'], '--pulumi-version'),
        signal: cancel.signal,
      },
      {
        // Masking prints `::add-mask::<value>`, which only a runner swallows; on a terminal it would show the secret.
        credentials: bootstrapCredentials({
          profile: optional(values.profile),
          managementAccountId: manifest.management.accountId,
          role,
          mask: process.env.GITHUB_ACTIONS === 'true' ? setSecret : () => undefined,
        }),
        cache: noCache,
        log,
        schemas,
      },
    );
    for (const run of result.runs) io.stdout(renderRunText(run));
    io.stdout(stateLine(result.state));
    return result.ok ? EXIT.ok : EXIT.failed;
  } finally {
    cancel.dispose();
  }
}

/** Where the bootstrap stacks' state is now, in one line. */
function stateLine(s: BootstrapResult['state']): string {
  if (s.kind === 'bucket')
    return `State: every bootstrap stack is in ${s.backend}.${s.switchedFrom ? ` The management stack's secrets moved from ${s.switchedFrom} to ${s.secretsProvider}.` : ''}\n`;
  return s.movedTo
    ? `State: first run; the management stack ran on ${s.local} and now lives in ${s.movedTo} (secrets provider ${s.secretsProvider}).\n`
    : `State: first run stopped before the bucket existed; the management stack's state stays in ${s.local}. Fix the failure and run bootstrap again.\n`;
}
