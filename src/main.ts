import * as core from '@actions/core';
import { relative } from 'node:path';
import type { Command } from './cli-args.js';
import { planAction } from './commands/plan-action.js';
import { promoteCheckAction } from './promote/promote-action.js';
import { getInputs, type ActionSettings } from './inputs.js';
import { ManifestError } from './manifest/types.js';

type ActionHandler = (settings: ActionSettings) => Promise<void>;

const engineAction: ActionHandler = async (settings) => (await import('./commands/engine-action.js')).engineAction(settings);

/** Commands this build can run as an action; engine and auth commands load their modules lazily. */
const handlers: Partial<Record<Command, ActionHandler>> = {
  plan: planAction,
  verify: async (settings) => (await import('./commands/verify-action.js')).verifyAction(settings),
  preview: engineAction,
  up: engineAction,
  refresh: engineAction,
  destroy: engineAction,
  'promote-check': promoteCheckAction,
};

/** The action's entry: read inputs, dispatch, and fail the step once with a message for people. */
export async function run(): Promise<void> {
  try {
    const settings = getInputs();
    const handler = handlers[settings.command];
    if (!handler) throw new Error(`Invalid input 'command': "${settings.command}" is not available in this build yet.`);
    await handler(settings);
  } catch (err) {
    if (err instanceof ManifestError) {
      for (const p of err.problems) {
        core.error(p.message, { title: `infra.yaml: ${p.key || 'manifest'}`, file: relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), p.file), startLine: p.line || undefined, startColumn: p.column || undefined });
      }
    }
    core.setFailed((err as Error).message);
    process.exitCode = (err as { exitCode?: number }).exitCode ?? (err instanceof ManifestError ? 2 : 1);
  }
}
