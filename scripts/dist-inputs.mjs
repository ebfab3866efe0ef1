// What dist/ is built from, as one hash: post-build.mjs writes it to dist/inputs.sha256, and the test
// suite's global setup (test/support/global-setup.mjs) compares it with the working tree to decide
// whether dist/ is stale before the tests that run the bundle. It hashes what the bundle is made of
// (src/ and shared/, the build scripts and the dependency lock), not how ncc happened to number its
// chunks. programs/ is not bundled: the engine runs it from the action's checkout.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCES = ['src', 'shared'];
const FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/stubs/closure-serializer.cjs',
  'scripts/post-build.mjs',
  'scripts/dist-inputs.mjs',
];
const skip = (name) => name === 'node_modules' || name.startsWith('.') || /\.test\.ts$/.test(name);

function walk(dir) {
  return readdirSync(dir)
    .filter((name) => !skip(name))
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** sha256 over the path and content of every build input under `root`, in a stable order. */
export function distInputsHash(root) {
  const files = [...SOURCES.flatMap((d) => walk(join(root, d))), ...FILES.map((f) => join(root, f))]
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(`${f}\0`)
      .update(readFileSync(join(root, f)))
      .update('\0');
  return hash.digest('hex');
}
