import { parseArgs } from 'node:util';
import { EVENTS, type GitHubEvent } from './select/select.js';

export const COMMANDS = ['plan', 'preview', 'up', 'refresh', 'destroy', 'verify', 'promote-check'] as const;
export type Command = (typeof COMMANDS)[number];

/** Everything the CLI was asked, typed; the only place argv is read. */
export interface CliSettings {
  command: Command;
  manifest: string;
  changedFiles?: string;
  base?: string;
  head?: string;
  event?: GitHubEvent;
  ref?: string;
  accounts: string[];
  projects: string[];
  json: boolean;
  /** Engine and auth options, passed through to those commands. */
  options: Record<string, string | boolean | undefined>;
}

export class UsageError extends Error {}

export const USAGE = `Usage: infra-action <command> [options]

Commands:
  plan       offline: selection, order, role chains
  preview    preview the selected stacks
  up         deploy the selected stacks
  refresh    refresh the selected stacks
  destroy    destroy a stack (guarded: --confirm <exact stack name>)
  verify     walk the role chain for the selected accounts and explain failures

Options:
  --manifest FILE        the manifest (default infra.yaml)
  --changed-files FILE   changed paths, one a line, or git diff --name-status lines; - for stdin
  --base REF --head REF  diff these commits instead
  --event NAME           pull_request | push | workflow_dispatch | schedule
  --ref REF              the branch or tag (workflow-testing limits the run to the first account)
  --account NAME         only this account (repeatable, or comma-separated)
  --project NAME         exactly this project (repeatable, or comma-separated)
  --json                 print the result as one JSON object
  --profile NAME         AWS profile for the first hop on a laptop
  --trust-policy FILE    verify: a trust policy (JSON, or {roleArn: policy}) to evaluate when a hop is denied
  --parallel N           stacks run at once (default 4)
  --confirm STACK        destroy: repeat the exact stack name
  -h, --help             this help
`;

export function parseCli(argv: string[]): CliSettings {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        manifest: { type: 'string' },
        'changed-files': { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        event: { type: 'string' },
        ref: { type: 'string' },
        account: { type: 'string', multiple: true },
        project: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        profile: { type: 'string' },
        parallel: { type: 'string' },
        confirm: { type: 'string' },
        'pulumi-version': { type: 'string' },
        'trust-policy': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help && !command) throw new UsageError(USAGE);
  if (!command || !(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`${command ? `Unknown command "${command}".` : 'No command given.'} Expected one of: ${COMMANDS.join(', ')}.\n\n${USAGE}`);
  }
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}".\n\n${USAGE}`);
  if (values.event !== undefined && !(EVENTS as readonly string[]).includes(values.event)) {
    throw new UsageError(`--event "${values.event}" is not one of: ${EVENTS.join(', ')}.`);
  }
  if ((values.base === undefined) !== (values.head === undefined)) throw new UsageError('--base and --head go together: pass both, or use --changed-files.');
  if (values.base !== undefined && values['changed-files'] !== undefined) throw new UsageError('Use either --changed-files or --base/--head, not both.');
  return {
    command: command as Command,
    manifest: values.manifest ?? 'infra.yaml',
    changedFiles: values['changed-files'],
    base: values.base,
    head: values.head,
    event: values.event as GitHubEvent | undefined,
    ref: values.ref,
    accounts: splitList(values.account),
    projects: splitList(values.project),
    json: values.json ?? false,
    options: { profile: values.profile, parallel: values.parallel, confirm: values.confirm, 'pulumi-version': values['pulumi-version'], 'trust-policy': values['trust-policy'] },
  };
}

/** `--account a --account b,c` → [a, b, c] */
export function splitList(values: string[] | string | undefined): string[] {
  const list = Array.isArray(values) ? values : values ? [values] : [];
  return list.flatMap((v) => v.split(/[,\s]+/)).filter((v) => v !== '');
}
