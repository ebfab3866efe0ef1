import * as core from '@actions/core';
import { COMMANDS, splitList, type Command } from './cli-args.js';

/** The action's inputs, typed and checked; the only file that reads them. */
export interface ActionSettings {
  /** What to run: plan, preview, up, refresh, destroy or verify. */
  command: Command;
  /** Path of the manifest, relative to the workspace. */
  manifest: string;
  /** Token for the GitHub API (PR files, comments, deployments). */
  githubToken: string;
  /** Explicit projects (workflow_dispatch); empty means "from the change". */
  projects: string[];
  /** Explicit accounts; empty means every account the change touches. */
  accounts: string[];
  /** Overrides the ref the run is for (workflow_dispatch promotions). */
  ref?: string;
  /** A file of changed paths that overrides what the event says (tests, unusual events). */
  changedFiles?: string;
  /** Every input, raw, for the engine and auth commands' own settings readers. */
  raw: (name: string) => string;
}

export function getInputs(): ActionSettings {
  const command = (core.getInput('command') || 'plan').trim();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new Error(`Invalid input 'command': "${command}". Expected one of: ${COMMANDS.join(', ')}.`);
  }
  return {
    command: command as Command,
    manifest: core.getInput('manifest') || 'infra.yaml',
    githubToken: core.getInput('github-token'),
    projects: splitList(core.getInput('projects')),
    accounts: splitList(core.getInput('accounts')),
    ref: core.getInput('ref') || undefined,
    changedFiles: core.getInput('changed-files') || undefined,
    raw: (name) => core.getInput(name),
  };
}
