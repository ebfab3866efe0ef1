import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mayWriteGolden } from '../support/golden.js';
import { join } from 'node:path';
import { COMMENT_LIMIT } from '../../src/report/comment.js';
import { GALLERY } from './gallery.js';

/**
 * examples/comments/ is generated from the fixtures: this test fails when it is stale.
 * Regenerate with `UPDATE_GALLERY=1 npm test -- test/report/gallery.test.ts`; under CI (CI=true) a
 * missing file fails instead of being written.
 */
const DIR = join(process.cwd(), 'examples', 'comments');

describe('examples/comments gallery', () => {
  test.each(GALLERY.map((g) => [g.file, g] as const))('%s is the current rendering', (_file, g) => {
    const body = g.render();
    const path = join(DIR, g.file);
    if (mayWriteGolden(path)) writeFileSync(path, body);
    expect(existsSync(path) ? readFileSync(path, 'utf8') : `${path} is missing (CI never creates golden files)`).toBe(body);
    if (!g.file.startsWith('job-summary')) expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });

  test('the gallery index lists every example with its size', () => {
    const lines = [
      '# What the comment looks like',
      '',
      'Rendered from `test/report/fixtures.ts` by `test/report/gallery.test.ts` (regenerate with `npm run gallery`, which also re-shoots the PNG in headless Chromium).',
      '',
      '![The typical PR preview comment, rendered in headless Chromium](preview-typical.png)',
      '',
      '| Example | What it shows | Characters |',
      '| --- | --- | ---: |',
    ];
    for (const g of GALLERY) lines.push(`| [${g.file}](${g.file}) | ${g.title} | ${g.render().length.toLocaleString('en-US')} |`);
    const index = lines.join('\n') + '\n';
    const path = join(DIR, 'README.md');
    if (mayWriteGolden(path)) writeFileSync(path, index);
    expect(existsSync(path) ? readFileSync(path, 'utf8') : `${path} is missing (CI never creates golden files)`).toBe(index);
  });
});
