import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePlan } from '../src/plan/make-plan.js';
import { planDocument } from '../src/plan/plan.js';
import { parseChangedFiles } from '../src/select/changes.js';
import { selectStacks } from '../src/select/select.js';
import { fmt, stats, type Stats } from './stats.js';

/**
 * `plan` on a generated monorepo on disk: 300 repo programs × 3 accounts × 4 regions = 3,600
 * stacks, each with its stack file, each account with its global file, and a change to infra.yaml
 * (a trigger: every stack is selected) plus 199 program paths. Measures the whole plan (manifest,
 * selection, the config preflight over every stack, the document) and how many files the preflight
 * reads: each file once is the goal, not once per stack and check.
 */
const PROJECTS = 300;
const ACCOUNTS = ['sandbox', 'canary', 'production'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];

function generateRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-monorepo-'));
  const lines = [
    'org: bench',
    'backend: file://./.state',
    'management: { accountId: "000000000000", oidcRole: GitHubActionsOIDCRole }',
    'executorRole: Exec',
    'accounts:',
    ...ACCOUNTS.map((a, i) => `  - { name: ${a}, id: "${String(i + 1).repeat(12)}", regions: [${REGIONS.join(', ')}] }`),
    'triggers: ["infra.yaml"]',
    'projects:',
  ];
  for (let i = 0; i < PROJECTS; i++) {
    const dir = join(root, 'programs', `p${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Pulumi.yaml'), `name: p${i}\nruntime: nodejs\n`);
    for (const a of ACCOUNTS) {
      writeFileSync(join(dir, `Pulumi.${a}-global.yaml`), `config:\n  p${i}:team: team-${i % 20}\n  p${i}:tier: ${a}\n`);
      for (const r of REGIONS)
        writeFileSync(
          join(dir, `Pulumi.aws-${a}-${r}.yaml`),
          `config:\n  aws:region: ${r}\n  p${i}:size: ${i % 7}\n  p${i}:tags:\n    owner: team-${i % 20}\n`,
        );
    }
    lines.push(
      `  - { name: p${i}, program: ./programs/p${i}, paths: ["services/p${i}/**"]${i % 10 === 0 ? '' : `, dependsOn: [p${i - (i % 10)}]`} }`,
    );
  }
  writeFileSync(join(root, 'infra.yaml'), lines.join('\n') + '\n');
  return root;
}

const fmt0 = (st: Stats) => fmt(st, 0);

async function timed(fn: () => Promise<unknown>, runs: number): Promise<Stats> {
  await fn(); // the JIT's cold run is not a sample
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return stats(times);
}

/** Counts file reads and existence checks while `fn` runs (ESM named imports see the patched builtins). */
async function countingFs<T>(fn: () => Promise<T>): Promise<{ reads: Map<string, number>; exists: Map<string, number>; result: T }> {
  const reads = new Map<string, number>();
  const exists = new Map<string, number>();
  const { readFileSync, existsSync } = fs;
  const bump = (m: Map<string, number>, p: unknown) => m.set(String(p), (m.get(String(p)) ?? 0) + 1);
  fs.readFileSync = ((p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    bump(reads, p);
    return (readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readFileSync;
  fs.existsSync = ((p: fs.PathLike) => {
    bump(exists, p);
    return existsSync(p);
  }) as typeof fs.existsSync;
  syncBuiltinESMExports();
  try {
    return { reads, exists, result: await fn() };
  } finally {
    fs.readFileSync = readFileSync;
    fs.existsSync = existsSync;
    syncBuiltinESMExports();
  }
}

export async function benchPlanPreflight(opts: { repeats: number; bareNodeMs: number }): Promise<void> {
  const root = generateRepo();
  try {
    const manifestPath = join(root, 'infra.yaml');
    const paths = ['infra.yaml', ...Array.from({ length: 199 }, (_, i) => `services/p${(i * 37) % PROJECTS}/src/f${i}.ts`)];
    const changes = parseChangedFiles(paths.join('\n'));
    const plan = () => makePlan({ manifestPath, changes, event: 'push' });
    const { reads, exists, result } = await countingFs(plan);
    const stacks = result.selection.stacks.length;
    const files = PROJECTS * ACCOUNTS.length * (REGIONS.length + 1);
    const configReads = [...reads].filter(([p]) => /Pulumi\.[^/]+\.yaml$/.test(p) && !p.endsWith('/Pulumi.yaml'));
    const pulumiYaml = [...exists].filter(([p]) => p.endsWith('/Pulumi.yaml'));
    const sum = (xs: [string, number][]) => xs.reduce((n, [, k]) => n + k, 0);
    console.log(
      `Plan with the config preflight: ${PROJECTS} repo programs × ${ACCOUNTS.length} accounts × ${REGIONS.length} regions, ${paths.length} changed paths (infra.yaml selects all ${stacks} stacks); ${opts.repeats} timed runs after 1 warm-up run`,
    );
    console.log(
      `  stack settings files: ${sum(configReads)} reads of ${configReads.length} files (${files} on disk); Pulumi.yaml: ${sum(pulumiYaml)} lookups for ${pulumiYaml.length} folders`,
    );
    const whole = await timed(plan, opts.repeats);
    const manifest = result.manifest;
    const without = await timed(async () => planDocument(manifest, selectStacks({ manifest, changes, event: 'push' })), opts.repeats);
    console.log(`  whole plan: ${fmt0(whole)} ms = ${(whole.median / opts.bareNodeMs).toFixed(1)}× node -e 0`);
    console.log(
      `  selection and document alone: ${fmt0(without)} ms; the preflight (and manifest load) is ${(((whole.median - without.median) / whole.median) * 100).toFixed(0)}% of the plan`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
