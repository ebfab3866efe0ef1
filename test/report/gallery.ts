import type { RunResult } from '../../src/engine/types.js';
import { renderComment } from '../../src/report/comment.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import type { ReportContext } from '../../src/report/model.js';
import { ctx, hostileRun, hugeRun, sixtyStackRun, typicalRun, typicalWaves } from './fixtures.js';

/** The rendered examples kept in examples/comments/, so a reader sees what the comment looks like. */
export interface GalleryEntry {
  file: string;
  title: string;
  render: () => string;
}

const comment = (run: RunResult, c: ReportContext) => () => renderComment(run, c).body;

export const GALLERY: GalleryEntry[] = [
  {
    file: 'preview-typical.md',
    title: 'PR preview: api and network in three accounts, a production replace',
    render: comment(typicalRun(), ctx({ waves: typicalWaves() })),
  },
  {
    file: 'up-failed-60-stacks.md',
    title: 'up of 60 stacks: canary fails, production is skipped',
    render: comment(sixtyStackRun(), ctx({ command: 'up' })),
  },
  {
    file: 'preview-5000-resources.md',
    title: 'A 5,000-resource diff, shortened to fit 65,536 characters',
    render: comment(hugeRun(), ctx()),
  },
  { file: 'hostile-names.md', title: 'Hostile resource names, ANSI and secrets, rendered harmless', render: comment(hostileRun(), ctx()) },
  {
    file: 'job-summary-typical.md',
    title: 'The job summary for the typical preview (mermaid diagram + full report)',
    render: () => renderJobSummary(typicalRun(), ctx({ waves: typicalWaves() })),
  },
];
