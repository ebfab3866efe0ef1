import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mayWriteGolden } from '../support/golden.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GALLERY } from './gallery.js';
import { markdownToHtml } from './markdown-html.js';

/**
 * Renders the typical PR comment in headless Chromium: the page must have the summary table,
 * and the screenshot is the gallery's picture (copied there with UPDATE_GALLERY=1).
 * CI installs Chromium with: apt-get update && apt-get install -y chromium
 */
const run = promisify(execFile);
const CANDIDATES = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
  (p): p is string => Boolean(p),
);
const CHROMIUM = CANDIDATES.find((p) => existsSync(p));
const GALLERY_PNG = join(process.cwd(), 'examples', 'comments', 'preview-typical.png');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'comment-png-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function chromium(args: string[]) {
  if (!CHROMIUM)
    throw new Error(
      `Chromium not found (looked for ${CANDIDATES.join(', ')}; set CHROMIUM to its path). Install it with: apt-get update && apt-get install -y chromium fonts-noto-color-emoji`,
    );
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${join(dir, 'profile')}`,
  ];
  return run(CHROMIUM, [...flags, ...args], { timeout: 150_000, maxBuffer: 16 * 1024 * 1024 });
}

test('the typical comment renders in Chromium with its summary table and details, and screenshots to PNG', async () => {
  const entry = GALLERY.find((g) => g.file === 'preview-typical.md')!;
  // The first stack's details open, as a reader would click it.
  const html = markdownToHtml(entry.render()).replace('<details>', '<details open>');
  const page = join(dir, 'comment.html');
  writeFileSync(page, html);

  const { stdout: dom } = await chromium(['--dump-dom', `file://${page}`]);
  expect(dom).toMatch(/<th[^>]*>Stack<\/th>/);
  expect(dom).toContain('<code>unkey/api/aws-production-us-east-1</code> ⚠️');
  expect((dom.match(/<details/g) ?? []).length).toBe(4);
  expect(dom).not.toContain('<script');

  const png = join(dir, 'comment.png');
  await chromium([`--screenshot=${png}`, '--window-size=1000,950', `file://${page}`]);
  const bytes = readFileSync(png);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(1000); // width from the IHDR chunk
  expect(bytes.length).toBeGreaterThan(20_000); // a real page, not a blank one
  if (mayWriteGolden(GALLERY_PNG)) copyFileSync(png, GALLERY_PNG);
  expect([GALLERY_PNG, existsSync(GALLERY_PNG)]).toEqual([GALLERY_PNG, true]); // under CI a missing picture fails
});

test('hostile names parsed by a real browser: no script or img elements, the details stay closed and balanced', async () => {
  const entry = GALLERY.find((g) => g.file === 'hostile-names.md')!;
  const page = join(dir, 'hostile.html');
  writeFileSync(page, markdownToHtml(entry.render()));
  const { stdout: dom } = await chromium(['--dump-dom', `file://${page}`]);
  const body = dom.slice(dom.indexOf('<body'));
  expect(body).not.toMatch(/<script|<img|<details open/);
  // The only links are ours, to the run: names and messages make none.
  expect(body.match(/<a\b[^>]*>/g)?.every((a) => a.includes('href="https://github.com/unkeyed/infra/actions/runs/123456789"'))).toBe(true);
  expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
  expect((body.match(/<details>/g) ?? []).length).toBe(1);
  expect(body).toContain('&lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  expect((body.match(/<tr>/g) ?? []).length).toBe(3 + 8); // stack table: header + 2; resource table: header + 7
});
