import { parseArgs } from 'node:util';
import { BadInput } from './errors.js';
import { EVENTS, type GitHubEvent } from './select/select.js';
import { DEFAULTS } from './settings/defaults.js';
import { COMMANDS, optional, parseMaxStacksPerJob, parseParallel, parsePulumiVersion, splitList, type Command } from './settings/values.js';

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
  /** Only these stacks of the selection: one job of the plan's shards. */
  stacks: string[];
  /** plan: split each account's stacks into jobs of at most this many (`shards` in --json); 0: one job per account. */
  maxStacksPerJob: number;
  json: boolean;
  /** AWS profile for the first hop on a laptop. */
  profile?: string;
  /** Stacks running at once in an account (a stack starts when its dependencies succeeded). */
  parallel: number;
  /** Pulumi CLI version range (validated). */
  pulumiVersion: string;
  /** destroy: the exact stack name, repeated to confirm. */
  confirm?: string;
  /** verify: a trust-policy JSON file. */
  trustPolicy?: string;
  /** up on a laptop: who deploys, for the GitHub deployment record (default: git's user). */
  actor?: string;
  /** up on a laptop: token for recording the deployment (default: GITHUB_TOKEN). */
  githubToken?: string;
  /** up on a laptop: owner/name of the GitHub repository (default: from the git remote origin). */
  repo?: string;
}

/** Bad arguments: the message ends with the usage text. */
export class UsageError extends BadInput {
  override name = 'UsageError';
}

export const USAGE = `Usage: infra-action <command> [options]

Commands:
  plan       offline: selection, order, role chains
  preview    preview the selected stacks
  up         deploy the selected stacks
  refresh    refresh the selected stacks
  destroy    destroy a stack (guarded: --confirm <exact stack name>)
  verify     walk the role chain for the selected accounts and explain failures
  drift      refresh and preview every stack (read-only roles); list what changed outside Pulumi
  bootstrap  set up a new organisation from an admin session (infra-action bootstrap --help)
  config     config set: one value (or secret) for every stack of an account (infra-action config --help)

Options:
  --manifest FILE        the manifest (default ${DEFAULTS.manifest})
  --changed-files FILE   changed paths, one a line, or git diff --name-status lines; - for stdin
  --base REF --head REF  diff these commits instead
  --event NAME           pull_request | push | workflow_dispatch | schedule
  --ref REF              the branch or tag (workflow-testing limits the run to the first account)
  --account NAME         only this account (repeatable, or comma-separated)
  --project NAME         exactly this project (repeatable, or comma-separated)
  --stack NAME           run only these of the selected stacks: one job of plan's shards (repeatable,
                         or comma-separated; whole dependency components)
  --max-stacks-per-job N plan: split each account's stacks into jobs of at most N, keeping dependent
                         stacks together (default ${DEFAULTS.maxStacksPerJob}: one job per account)
  --json                 print the result as one JSON object
  --profile NAME         AWS profile for the first hop on a laptop
  --trust-policy FILE    verify: a trust policy (JSON, or {roleArn: policy}) to evaluate when a hop is denied
  --parallel N           stacks run at once (default ${DEFAULTS.parallel})
  --pulumi-version RANGE the Pulumi CLI to use or install (default ${DEFAULTS.pulumiVersion})
  --confirm STACK        destroy: repeat the exact stack name
  --actor NAME           up outside GitHub Actions: who deploys (default: git user.name <user.email>)
  --github-token TOKEN   up outside GitHub Actions: record the run as a GitHub deployment (default: GITHUB_TOKEN)
  --repo OWNER/NAME      up outside GitHub Actions: the GitHub repository (default: from git remote origin)
  -h, --help             this help
`;

/** The CLI's options, as node:util parseArgs reads them. */
const OPTIONS = {
  manifest: { type: 'string' },
  'changed-files': { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  event: { type: 'string' },
  ref: { type: 'string' },
  account: { type: 'string', multiple: true },
  project: { type: 'string', multiple: true },
  stack: { type: 'string', multiple: true },
  'max-stacks-per-job': { type: 'string' },
  json: { type: 'boolean' },
  profile: { type: 'string' },
  parallel: { type: 'string' },
  confirm: { type: 'string' },
  'pulumi-version': { type: 'string' },
  'trust-policy': { type: 'string' },
  actor: { type: 'string' },
  'github-token': { type: 'string' },
  repo: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCli(argv: string[]): CliSettings {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const command = checkCommand(positionals, values.help ?? false);
  checkCombinations(values);
  return {
    command,
    manifest: values.manifest ?? DEFAULTS.manifest,
    changedFiles: values['changed-files'],
    base: values.base,
    head: values.head,
    event: values.event as GitHubEvent | undefined,
    ref: values.ref,
    accounts: splitList(values.account),
    projects: splitList(values.project),
    stacks: splitList(values.stack),
    maxStacksPerJob: parseMaxStacksPerJob(values['max-stacks-per-job'], '--max-stacks-per-job'),
    json: values.json ?? false,
    profile: optional(values.profile),
    parallel: parseParallel(values.parallel, '--parallel'),
    pulumiVersion: parsePulumiVersion(values['pulumi-version'], '--pulumi-version'),
    confirm: optional(values.confirm),
    trustPolicy: optional(values['trust-policy']),
    actor: optional(values.actor),
    githubToken: optional(values['github-token']),
    repo: optional(values.repo),
  };
}

/** The one positional: a known command (usage errors name the choices). */
function checkCommand(positionals: string[], help: boolean): Command {
  const command = positionals[0];
  if (help && !command) throw new UsageError(USAGE);
  if (!command || !(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `${command ? `Unknown command "${command}".` : 'No command given.'} Expected one of: ${COMMANDS.join(', ')}.\n\n${USAGE}`,
    );
  }
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}".\n\n${USAGE}`);
  return command as Command;
}

/** Options that must go together, or not together, and values with a fixed form. */
function checkCombinations(values: { event?: string; base?: string; head?: string; repo?: string; 'changed-files'?: string }): void {
  if (values.event !== undefined && !(EVENTS as readonly string[]).includes(values.event)) {
    throw new UsageError(`--event "${values.event}" is not one of: ${EVENTS.join(', ')}.`);
  }
  if ((values.base === undefined) !== (values.head === undefined))
    throw new UsageError('--base and --head go together: pass both, or use --changed-files.');
  if (values.repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.repo))
    throw new UsageError(`--repo "${values.repo}": expected owner/name, e.g. acme/infra.`);
  if (values.base !== undefined && values['changed-files'] !== undefined)
    throw new UsageError('Use either --changed-files or --base/--head, not both.');
}
