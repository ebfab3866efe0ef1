import * as core from '@actions/core';
import { fenceCommands, needsFence, showControls } from '../report/escape.js';
import { commandToken } from './fence.js';

/**
 * Writes text that may hold untrusted parts (names, paths, engine output, error messages) to the
 * runner's log: controls made visible, and fenced with `::stop-commands::` when any line of it
 * could be read as a workflow command.
 */
export function logText(text: string): void {
  core.info(needsFence(text) ? fenceCommands(text, commandToken()) : showControls(text, true));
}

/** A warning annotation; the runner encodes newlines itself, controls and bidi overrides are shown. */
export function logWarning(message: string, properties?: core.AnnotationProperties): void {
  core.warning(showControls(message, true), properties);
}

/** An error annotation, likewise. */
export function logError(message: string, properties?: core.AnnotationProperties): void {
  core.error(showControls(message, true), properties);
}

/**
 * The engine's log in a workflow step: every line fenced, each stack's CLI output one group. The
 * CLI's output is the deployed program's, so none of it may become a workflow command.
 */
export const actionsEngineLog = {
  info: (m: string): void => logText(m),
  warning: (m: string): void => logWarning(m),
  block: (title: string, text: string): void => {
    core.startGroup(showControls(title));
    try {
      logText(text.trimEnd());
    } finally {
      core.endGroup();
    }
  },
};
