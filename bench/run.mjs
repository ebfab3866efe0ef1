// npm run bench: compiles the pure modules once, then prints figures and ratios (nothing is asserted).
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.bench.json')], { stdio: 'inherit' });

const { benchSelection } = await import(join(root, 'build/bench/selection.js'));
benchSelection();

// The bundle: size, and cold start of `plan` (spawn → first line on stdout).
const dist = join(root, 'dist');
const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
const total = files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
console.log(`\nBundle: dist/index.js ${(statSync(join(dist, 'index.js')).size / 1024).toFixed(1)} KiB; all chunks ${(total / 1024 / 1024).toFixed(2)} MiB (${files.length} files; the engine's chunks load only for engine commands)`);

function firstLine(args) {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root });
    child.stdout.once('data', () => resolve(Number(process.hrtime.bigint() - t) / 1e6));
    child.on('close', () => resolve(Number(process.hrtime.bigint() - t) / 1e6));
  });
}
async function median(args, runs = 9) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await firstLine(args));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
const bare = await median(['-e', 'console.log(1)']);
const plan = await median([join(dist, 'index.js'), 'plan', '--manifest', 'examples/unkey/infra.yaml', '--changed-files', 'examples/unkey/sample-change.txt']);
console.log(`Cold start (Node ${process.versions.node}), spawn → first line, median of 9: plan ${plan.toFixed(0)} ms; bare node ${bare.toFixed(0)} ms; plan's own share ${(plan - bare).toFixed(0)} ms`);
console.log('Reference: pulumi/actions\' ncc bundle is 4.9 MB and prints its first line in 262 ms (Node 20, this machine).');

// Benchmarks of the other parts, each a script of its own under bench/.
for (const f of readdirSync(join(root, 'bench')).filter((f) => /^bench-.*\.mjs$/.test(f)).sort()) {
  console.log(`\n--- ${f}`);
  execFileSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', join(root, 'bench', f)], { stdio: 'inherit', cwd: root });
}
