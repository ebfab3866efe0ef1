// Orchestration efficiency of the engine: 40 stacks (10 regions × a chain network → data → api → edge)
// on the Pulumi CLI contract double with a fixed latency per operation, through the real bundle
// (node dist/index.js). The engine schedules by dependencies, so the ideal is the dependency floor:
// max(longest chain × latency, ceil(stacks / parallel) × latency) — 100 s for the defaults, where
// running wave by wave could not beat sum over waves of ceil(wave / parallel) × latency = 120 s.
// Also: each stack's critical path (its chain's latencies) against when it really ended, and the
// fixed cost per stack (latency 0, one slot: work dir, credentials, `stack select`, CLI spawns).
// Usage: node bench/bench-engine.mjs [--latency MS] [--parallel N]   (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const here = new URL('.', import.meta.url).pathname;
const { values } = parseArgs({ options: { latency: { type: 'string', default: '10000' }, parallel: { type: 'string', default: '4' } } });
const latency = Number(values.latency);
const parallel = Number(values.parallel);
const regions = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'ap-southeast-1',
  'ap-northeast-1',
];
const projects = ['network', 'data', 'api', 'edge']; // each depends on the one before: 4 waves of 10

const root = mkdtempSync(join(tmpdir(), 'engine-bench-'));
writeFileSync(
  join(root, 'infra.yaml'),
  [
    'org: bench',
    'management: { accountId: "000000000000", oidcRole: GitHubActionsOIDCRole }',
    'executorRole: Executor',
    `accounts:\n  - { name: sandbox, id: "111111111111", regions: [${regions.join(', ')}] }`,
    'projects:',
    ...projects.map(
      (p, i) => `  - { name: ${p}, program: ./programs/${p}, paths: ["${p}/**"]${i ? `, dependsOn: [${projects[i - 1]}]` : ''} }`,
    ),
  ].join('\n') + '\n',
);
for (const p of projects) {
  mkdirSync(join(root, 'programs', p), { recursive: true });
  writeFileSync(join(root, 'programs', p, 'Pulumi.yaml'), `name: ${p}\nruntime: nodejs\n`);
}

function run(latencyMs, slots = parallel) {
  const state = mkdtempSync(join(tmpdir(), 'engine-bench-double-'));
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [
      resolve(here, '../dist/index.js'),
      'preview',
      '--manifest',
      join(root, 'infra.yaml'),
      '--project',
      projects.join(','),
      '--parallel',
      String(slots),
      '--json',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        PATH: `${resolve(here, '../test/support/pulumi-double')}:${process.env.PATH}`,
        PULUMI_DOUBLE_DIR: state,
        PULUMI_DOUBLE_LATENCY_MS: String(latencyMs),
        PULUMI_CONFIG_PASSPHRASE: 'bench',
        INFRA_ACTION_CREDENTIALS: 'ambient',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const wall = Date.now() - started;
  if (r.status !== 0) throw new Error(`engine run failed (exit ${r.status}):\n${r.stderr}`);
  const result = JSON.parse(r.stdout);
  const calls = readFileSync(join(state, 'calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const ops = calls.filter((c) => c.argv[0] === 'preview');
  let peak = 0;
  let now = 0;
  for (const [, d] of ops
    .flatMap((c) => [
      [c.started, 1],
      [c.ended, -1],
    ])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]))
    peak = Math.max(peak, (now += d));
  const t0 = Math.min(...calls.map((c) => c.started));
  const ends = new Map(ops.map((c) => [c.argv[c.argv.indexOf('--stack') + 1].split('/').slice(1).join('/'), c.ended - t0]));
  return { wall, stacks: result.stacks.length, ok: result.ok, peak, cliCalls: calls.length, ends };
}

const stacks = projects.length * regions.length;
const wavesIdeal = projects.reduce((sum) => sum + Math.ceil(regions.length / parallel) * latency, 0);
const floor = Math.max(projects.length * latency, Math.ceil(stacks / parallel) * latency);
const serial = run(0, 1);
const measured = run(latency);
console.log(
  `engine orchestration: ${measured.stacks} stacks, chains of ${projects.length} (${projects.join(' → ')}) in ${regions.length} regions, parallel ${parallel}, latency ${latency} ms per operation`,
);
console.log(
  `  fixed cost per stack (latency 0, parallel 1): ${(serial.wall / stacks).toFixed(0)} ms (${serial.wall} ms for ${stacks} stacks, ${(serial.cliCalls / stacks).toFixed(1)} CLI calls per stack)`,
);
console.log(`  measured wall time:        ${measured.wall} ms (peak concurrent operations ${measured.peak}, all ok: ${measured.ok})`);
console.log(`  ideal (dependency floor):  ${floor} ms   measured / ideal: ${(measured.wall / floor).toFixed(3)}`);
console.log(`  wave-by-wave ideal:        ${wavesIdeal} ms   measured / waves' ideal: ${(measured.wall / wavesIdeal).toFixed(3)}`);
console.log('  per-stack critical path (its chain × latency) vs measured end, median over regions:');
projects.forEach((p, i) => {
  const ends = regions
    .map((r) => measured.ends.get(`${p}/aws-sandbox-${r}`))
    .filter((e) => e !== undefined)
    .sort((a, b) => a - b);
  console.log(
    `    ${p.padEnd(8)} critical path ${String((i + 1) * latency).padStart(6)} ms, ended ${String(ends[Math.floor(ends.length / 2)]).padStart(6)} ms (first ${ends[0]}, last ${ends[ends.length - 1]})`,
  );
});
