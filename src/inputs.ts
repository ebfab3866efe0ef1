import * as core from '@actions/core';
import { BadInput } from './errors.js';
import { DEFAULTS } from './settings/defaults.js';
import {
  optional,
  parseBoolean,
  parseCommand,
  parseMaxStacksPerJob,
  parseParallel,
  parsePulumiVersion,
  splitList,
  type Command,
} from './settings/values.js';

/** The action's inputs (action.yml), typed and checked up front; the only file that reads them. */
export interface ActionSettings {
  /** What to run: plan, preview, up, refresh, destroy, verify or promote-check. */
  command: Command;
  /** Path of the manifest, relative to the workspace. */
  manifest: string;
  /** Token for the GitHub API (PR files, comments, deployments). */
  githubToken: string;
  /** Explicit projects (workflow_dispatch); empty means "from the change". */
  projects: string[];
  /** Explicit accounts; empty means every account the change touches. */
  accounts: string[];
  /** preview/up/refresh/destroy/drift: only these of the selected stacks (one entry of the plan's `shards` output). */
  stacks: string[];
  /** That entry's key (`<account>` or `<account>.<index>`): names the job's result file for the PR comment. */
  shard?: string;
  /** plan: split each account's stacks into jobs of at most this many (the `shards` output); 0: one job per account. */
  maxStacksPerJob: number;
  /** Overrides the ref the run is for (workflow_dispatch promotions). */
  ref?: string;
  /** A file of changed paths that overrides what the event says (tests, unusual events). */
  changedFiles?: string;
  /** Stacks running at once in an account (a stack starts when its dependencies succeeded). */
  parallel: number;
  /** Pulumi CLI version range (validated). */
  pulumiVersion: string;
  /** destroy: the exact stack name, repeated to confirm. */
  confirm?: string;
  /** Also export the target account's credentials to later steps. */
  exportCredentials: boolean;
  /** verify: a trust-policy JSON file in the workspace. */
  trustPolicy?: string;
  /** Upsert the PR comment (pull_request runs). */
  comment: boolean;
  /** preview…: write the results into this folder; comment: merge the result files found here. */
  reportDir?: string;
  /** promote-check and up: skip the promotion guard (needs `reason`). */
  force: boolean;
  /** Why a promotion is forced. */
  reason: string;
  /** drift: keep one GitHub issue per drifted stack. */
  issues: boolean;
  /** drift: the login that writes the drift issues when the token cannot say (installation tokens); GITHUB_TOKEN's is github-actions[bot]. */
  issueAuthor: string;
}

/** Reads one input by its action.yml name ('' when unset). */
export type InputReader = (name: string) => string;

/** Builds the settings from the inputs; throws BadInput naming the input for a value it cannot take. */
export function getInputs(read: InputReader = (name) => core.getInput(name)): ActionSettings {
  const input = (name: string) => `input '${name}'`;
  const settings: ActionSettings = {
    command: parseCommand(read('command'), input('command')),
    manifest: optional(read('manifest')) ?? DEFAULTS.manifest,
    githubToken: read('github-token'),
    projects: splitList(read('projects')),
    accounts: splitList(read('accounts')),
    stacks: splitList(read('stacks')),
    shard: parseShardKey(read('shard'), input('shard')),
    maxStacksPerJob: parseMaxStacksPerJob(read('max-stacks-per-job'), input('max-stacks-per-job')),
    ref: optional(read('ref')),
    changedFiles: optional(read('changed-files')),
    parallel: parseParallel(read('parallel'), input('parallel')),
    pulumiVersion: parsePulumiVersion(read('pulumi-version'), input('pulumi-version')),
    confirm: optional(read('confirm')),
    exportCredentials: parseBoolean(read('export-credentials'), input('export-credentials'), false),
    trustPolicy: optional(read('trust-policy')),
    comment: parseBoolean(read('comment'), input('comment'), true),
    reportDir: optional(read('report-dir')),
    force: parseBoolean(read('force'), input('force'), false),
    reason: read('reason').trim(),
    issues: parseBoolean(read('issues'), input('issues'), true),
    issueAuthor: optional(read('issue-author')) ?? 'github-actions[bot]',
  };
  if (settings.force && settings.reason === '') {
    throw new BadInput(
      "Input 'force' is true but 'reason' is empty: say why the promotion guard is skipped; the reason is recorded in the job summary and the deployment.",
    );
  }
  return settings;
}

/** A shard key as plan writes it: an account name, or `<account>.<index>`. */
function parseShardKey(value: string, what: string): string | undefined {
  const key = optional(value);
  if (key !== undefined && !/^[a-z][a-z0-9-]*(\.[1-9]\d{0,2})?$/.test(key))
    throw new BadInput(
      `${what} "${key}" is not a shard key: pass the key of an entry of the plan's shards output, e.g. sandbox or sandbox.2.`,
    );
  return key;
}
