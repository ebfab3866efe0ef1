import * as core from '@actions/core';
import type { ReportSink } from './comment-publish.js';
import { logError, logText, logWarning } from './log.js';
import { showControls } from '../report/escape.js';

/** The report sink of a GitHub Actions step: job summary, annotations, outputs, log. */
export function actionsReportSink(): ReportSink {
  return {
    summary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (a) =>
      a.level === 'error'
        ? logError(a.message, { title: a.title })
        : a.level === 'warning'
          ? logWarning(a.message, { title: a.title })
          : core.notice(showControls(a.message, true), { title: a.title }),
    setOutput: (name, value) => core.setOutput(name, value),
    warning: (message) => logWarning(message),
    info: (message) => logText(message),
  };
}
