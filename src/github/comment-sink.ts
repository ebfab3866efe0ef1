import * as core from '@actions/core';
import type { ReportSink } from './comment-publish.js';

/** The report sink of a GitHub Actions step: job summary, annotations, outputs, log. */
export function actionsReportSink(): ReportSink {
  return {
    summary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (a) => (a.level === 'error' ? core.error(a.message, { title: a.title }) : a.level === 'warning' ? core.warning(a.message, { title: a.title }) : core.notice(a.message, { title: a.title })),
    setOutput: (name, value) => core.setOutput(name, value),
    warning: (message) => core.warning(message),
    info: (message) => core.info(message),
  };
}
