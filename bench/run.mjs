// npm run bench: compiles the pure modules once, then prints figures and ratios (nothing is asserted).
// Times are given as ratios to `node -e 0` measured in the same run (bench-start.mjs), or to an
// ideal computed from the same inputs (bench-engine.mjs); min / median / max over repeats.
// Options: --quick (fewer repeats, 2 s operations in the orchestration bench).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.bench.json')], {
  stdio: 'inherit',
});

const { benchSelection } = await import(join(root, 'build/bench/selection.js'));
benchSelection({ repeats: quick ? 3 : 5 });

const { benchPlanPreflight } = await import(join(root, 'build/bench/plan-preflight.js'));
const { bareNode } = await import(join(root, 'build/bench/stats.js'));
console.log('');
await benchPlanPreflight({ repeats: quick ? 3 : 5, bareNodeMs: bareNode(quick ? 3 : 5).median });

// Benchmarks of the other parts, each a script of its own under bench/.
const args = { 'bench-start.mjs': ['--repeats', quick ? '5' : '9'], 'bench-engine.mjs': quick ? ['--latency', '2000'] : [] };
for (const f of readdirSync(join(root, 'bench'))
  .filter((f) => /^bench-.*\.mjs$/.test(f))
  .sort()) {
  console.log(`\n--- ${f}`);
  execFileSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', join(root, 'bench', f), ...(args[f] ?? [])], {
    stdio: 'inherit',
    cwd: root,
  });
}
