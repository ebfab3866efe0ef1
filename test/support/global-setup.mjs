// Jest global setup: the bundle tests run dist/index.js, so a dist/ that is stale for the working
// tree would test old code. When the run includes such a test and dist/inputs.sha256 does not match
// the sources (scripts/dist-inputs.mjs), rebuild first — once, even with two test runs at once (a
// lock). CI builds in its freshness check first, so its hash matches and nothing is built twice.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distInputsHash } from '../../scripts/dist-inputs.mjs';

const root = new URL('../..', import.meta.url).pathname;
const stamp = join(root, 'dist', 'inputs.sha256');
const fresh = () => existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === distInputsHash(root);

/** True when a test file this run selects runs the bundle (through test/support/run-action.ts). */
function runsBundle(globalConfig) {
  const patterns = [globalConfig.testPathPattern].filter(Boolean).map((p) => new RegExp(p, 'i'));
  const tests = ['test', 'programs'].flatMap(function walk(dir) {
    return readdirSync(join(root, dir)).flatMap((name) => {
      if (name === 'node_modules') return [];
      const rel = `${dir}/${name}`;
      return statSync(join(root, rel)).isDirectory() ? walk(rel) : rel.endsWith('.test.ts') ? [rel] : [];
    });
  });
  return tests.some(
    (t) =>
      (patterns.length === 0 || patterns.some((p) => p.test(join(root, t)))) &&
      /support\/run-action/.test(readFileSync(join(root, t), 'utf8')),
  );
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export default function globalSetup(globalConfig) {
  if (process.env.INFRA_ACTION_SKIP_DIST_CHECK === '1' || !runsBundle(globalConfig) || fresh()) return;
  const lock = join(tmpdir(), `infra-action-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another run is building; a lock older than 10 minutes belongs to a run that died.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    if (fresh()) return;
    process.stderr.write(
      '\ndist/ is stale for the working tree: running `npm run build` before the bundle tests (INFRA_ACTION_SKIP_DIST_CHECK=1 skips this).\n',
    );
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
