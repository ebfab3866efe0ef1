// ncc keeps the entry's code but the CLI needs to be executable through npm's bin link.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
const dist = new URL('../dist/', import.meta.url);
const file = new URL('../dist/index.js', import.meta.url);
let text = readFileSync(file, 'utf8');
if (!text.startsWith('#!')) text = '#!/usr/bin/env node\n' + text;
writeFileSync(file, text);
chmodSync(file, 0o755);

// ncc's --license output picks one copy of a package that is installed at several versions, and
// which one varies from build to build, so CI's freshness check would flap. The notices are
// rebuilt here in a stable order: one block per bundled package name and version, sorted.
const licensesFile = new URL('licenses.txt', dist);
const licenses = readFileSync(licensesFile, 'utf8');
const blocks = new Map();
let current;
const lines = licenses.split('\n');
lines.forEach((line, i) => {
  // A block is "name\nSPDX-id\nnotice…", after a blank line.
  const starts =
    (i === 0 || lines[i - 1] === '') &&
    /^[@a-z0-9][a-z0-9@/._-]*$/.test(line) &&
    /^[A-Za-z0-9.+()-]+( (OR|AND) [A-Za-z0-9.+()-]+)*$/.test(lines[i + 1] ?? '');
  if (starts) {
    current = { body: [] };
    if (!blocks.has(line)) blocks.set(line, []);
    blocks.get(line).push(current);
  } else if (current) current.body.push(line);
});
const out = [...blocks.keys()].sort().map((name) => {
  // Several versions of one package: keep the longest notice, which does not depend on order.
  const best = blocks
    .get(name)
    .map((b) => b.body.join('\n').trim())
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
  return `${name}\n${best}\n`;
});
writeFileSync(licensesFile, out.join('\n'));

// What this bundle was built from (scripts/dist-inputs.mjs): lets `npm test` see a stale dist/.
import { distInputsHash } from './dist-inputs.mjs';
writeFileSync(new URL('inputs.sha256', dist), distInputsHash(new URL('..', import.meta.url).pathname) + '\n');
