// Start-up figures of the bundle, each as a ratio to `node -e 0` measured in the same run, with
// min / median / max over repeats (runs interleaved, so load on the machine hits both alike):
// - `plan` cold start: spawn → exit of `node dist/index.js plan` on the example repo;
// - engine start: spawn → the engine's first Pulumi CLI call (`pulumi version`, made right after the
//   Automation API loaded), and the engine's peak RSS at that moment (bench/support/pulumi records it);
// - dist/ size and file count.
// pulumi/actions' own figures cannot be measured here (its dist/ is not in what this machine can
// fetch), so they are printed as quoted from issue #14, labelled as such.
// Usage: node bench/bench-start.mjs [--repeats N]   (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(new URL('.', import.meta.url).pathname, '..');
const dist = join(root, 'dist');
const { values } = parseArgs({ options: { repeats: { type: 'string', default: '9' } } });
const repeats = Number(values.repeats);

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const fmt = (st, unit, digits = 0) =>
  `median ${st.median.toFixed(digits)}${unit} (min ${st.min.toFixed(digits)}, max ${st.max.toFixed(digits)})`;
const ratio = (num, den) => stats(num.map((n, i) => n / den[i]));

function files(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

const repo = mkdtempSync(join(tmpdir(), 'bench-start-'));
writeFileSync(
  join(repo, 'infra.yaml'),
  'org: bench\nmanagement: { accountId: "000000000000", oidcRole: R }\nexecutorRole: E\naccounts:\n  - { name: sandbox, id: "111111111111", regions: [us-east-1] }\nprojects:\n  - { name: net, program: ./net, paths: ["net/**"] }\n',
);
mkdirSync(join(repo, 'net'));
writeFileSync(join(repo, 'net', 'Pulumi.yaml'), 'name: net\nruntime: nodejs\n');
const mark = join(repo, 'mark');
const env = {
  ...process.env,
  PATH: `${join(root, 'bench/support')}:${process.env.PATH}`,
  BENCH_MARK_FILE: mark,
  PULUMI_CONFIG_PASSPHRASE: 'bench',
  INFRA_ACTION_CREDENTIALS: 'ambient',
};

const bare = [];
const bareRss = [];
const plan = [];
const engine = [];
const engineRss = [];
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
for (let i = 0; i < repeats; i++) {
  let t = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  bare.push(ms(t));
  // The same bare process, reading its own peak RSS as it exits.
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      "process.on('exit',()=>process.stdout.write(/VmHWM:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1]))",
    ],
    { encoding: 'utf8' },
  );
  bareRss.push(Number(r.stdout) / 1024);

  t = process.hrtime.bigint();
  spawnSync(
    process.execPath,
    [join(dist, 'index.js'), 'plan', '--manifest', 'examples/unkey/infra.yaml', '--changed-files', 'examples/unkey/sample-change.txt'],
    { cwd: root },
  );
  plan.push(ms(t));

  rmSync(mark, { force: true });
  const wall = Date.now();
  t = process.hrtime.bigint();
  spawnSync(process.execPath, [join(dist, 'index.js'), 'preview', '--manifest', join(repo, 'infra.yaml'), '--project', 'net'], {
    cwd: repo,
    env,
  });
  const [ns, kb] = readFileSync(mark, 'utf8').trim().split('\n')[0].split(' ');
  engine.push(Number(BigInt(ns) / 1000000n) - wall);
  engineRss.push(Number(kb) / 1024);
}

const all = files(dist);
const bytes = all.reduce((n, f) => n + statSync(f).size, 0);
console.log(`Start-up, Node ${process.versions.node}, ${repeats} interleaved runs each:`);
console.log(`  node -e 0:             ${fmt(stats(bare), ' ms')}; peak RSS ${fmt(stats(bareRss), ' MiB')}`);
console.log(`  plan cold start:       ${fmt(ratio(plan, bare), '× node -e 0', 2)}  [${fmt(stats(plan), ' ms')}]`);
console.log(`  engine start:          ${fmt(ratio(engine, bare), '× node -e 0', 2)}  [${fmt(stats(engine), ' ms')}]`);
console.log(
  `  engine peak RSS:       ${fmt(stats(engineRss), ' MiB')} (${stats(engineRss).median / stats(bareRss).median >= 0 ? (stats(engineRss).median / stats(bareRss).median).toFixed(1) : '?'}× node -e 0's)`,
);
console.log(`  dist/:                 ${(bytes / 1e6).toFixed(2)} MB in ${all.length} files`);
console.log('  From issue #14, not measured here: pulumi/actions starts in 4.6× node -e 0, peaks at 91 MiB, dist/ 5.1 MB;');
console.log('  configure-aws-credentials starts in 3.5× node -e 0, dist/ 3.1 MB.');
rmSync(repo, { recursive: true, force: true });
