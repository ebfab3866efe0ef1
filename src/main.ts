import * as core from '@actions/core';
import { relative } from 'node:path';
import { PreflightError } from './engine/preflight.js';
import { exitCodeFor } from './errors.js';
import { readEventPayload } from './github/event.js';
import { getInputs, type ActionSettings } from './inputs.js';
import { ManifestError } from './manifest/types.js';
import type { Command } from './settings/values.js';
import { logError } from './github/log.js';
import { showControls } from './report/escape.js';

type ActionHandler = (settings: ActionSettings) => Promise<void>;

const engine: ActionHandler = async (settings) => import('./commands/engine-action.js').then(({ engineAction }) => engineAction(settings));

/**
 * Commands as an action. Every handler loads its module lazily: only the command's code loads, and
 * nothing imports @actions/github before run() has checked the event payload.
 */
const handlers: Record<Command, ActionHandler> = {
  plan: async (settings) => import('./commands/plan-action.js').then(({ planAction }) => planAction(settings)),
  verify: async (settings) => import('./commands/verify-action.js').then(({ verifyAction }) => verifyAction(settings)),
  preview: engine,
  up: engine,
  refresh: engine,
  destroy: engine,
  'promote-check': async (settings) => import('./promote/promote-action.js').then(({ promoteCheckAction }) => promoteCheckAction(settings)),
  drift: async (settings) => import('./commands/drift-action.js').then(({ driftAction }) => driftAction(settings)),
  comment: async (settings) => import('./commands/comment-action.js').then(({ commentAction }) => commentAction(settings)),
};

/** Annotations for bad input the user can click to: manifest problems at their line, config problems at their file. */
function annotate(err: unknown): void {
  if (err instanceof ManifestError) {
    for (const p of err.problems) {
      logError(p.message, {
        title: `infra.yaml: ${p.key || 'manifest'}`,
        file: relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), p.file),
        startLine: p.line || undefined,
        startColumn: p.column || undefined,
      });
    }
  } else if (err instanceof PreflightError) {
    for (const p of err.problems)
      logError(`${p.key ? `${p.key}${p.secret ? ' (secret)' : ''}: ` : ''}${p.message}`, { title: `${p.stack}: config`, file: p.file });
  }
}

/**
 * The action's entry: read inputs, dispatch, and fail the step once with a message for people.
 * Exit code: 2 for bad input (errors.ts BadInput), 1 for a failed operation.
 */
export async function run(): Promise<void> {
  try {
    const settings = getInputs();
    readEventPayload();
    await handlers[settings.command](settings);
  } catch (err) {
    annotate(err);
    core.setFailed(showControls((err as Error).message, true));
    process.exitCode = exitCodeFor(err);
  }
}
