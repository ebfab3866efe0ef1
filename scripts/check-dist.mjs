// Checks that the committed dist/ is what `npm run build` makes of the committed src/.
// ncc names lazily-loaded chunks by a number that can change with the order the file system lists
// node_modules, though their code does not; so chunks are compared by content with those numbers
// blanked out, and every other file byte for byte.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const committed = mkdtempSync(join(tmpdir(), 'dist-committed-'));
cpSync(join(root, 'dist'), committed, { recursive: true });
execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });

function files(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}
const isChunk = (f) => /^\d+\.index\.js$/.test(f);
// Minified: `export const id=42`, and the loader is whatever name the minifier gave it (`t.e(42)`).
const canonical = (text) =>
  text.replace(/export const ids? ?= ?\[?\d+\]?/g, 'export const id = #').replace(/\b([\w$]+)\.e\(\d+\)/g, '$1.e(#)');
function summary(dir) {
  const all = files(dir);
  return {
    chunks: all
      .filter(isChunk)
      .map((f) => canonical(readFileSync(join(dir, f), 'utf8')))
      .sort(),
    others: Object.fromEntries(
      all
        .filter((f) => !isChunk(f))
        .map((f) => [f, f.endsWith('.js') ? canonical(readFileSync(join(dir, f), 'utf8')) : readFileSync(join(dir, f), 'utf8')]),
    ),
  };
}
const a = summary(committed);
const b = summary(join(root, 'dist'));
const problems = [];
if (a.chunks.length !== b.chunks.length || a.chunks.some((c, i) => c !== b.chunks[i])) problems.push('lazily-loaded chunks differ');
for (const f of new Set([...Object.keys(a.others), ...Object.keys(b.others)])) {
  if (a.others[f] !== b.others[f]) problems.push(`${f} differs`);
}
rmSync(committed, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(`dist/ is stale (${problems.slice(0, 5).join('; ')}): run 'npm run build' and commit dist/.`);
  process.exit(1);
}
console.log('dist/ matches a fresh build of src/.');
