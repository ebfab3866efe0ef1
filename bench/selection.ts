import picomatch from 'picomatch';
import { parseManifest } from '../src/manifest/load.js';
import { parseChangedFiles } from '../src/select/changes.js';
import { GLOB_OPTIONS } from '../src/select/glob.js';
import { selectStacks } from '../src/select/select.js';
import { bareNode, fmt, stats, type Stats } from './stats.js';

/**
 * Selection on a generated monorepo: 300 projects × 3 accounts × 4 regions, globs of the shapes
 * real repos use, 20,000 changed paths. Compared with a naive every-path × every-glob matcher.
 */
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];

function generateManifest(PROJECTS: number): string {
  const lines = [
    'org: bench',
    'management: { accountId: "000000000000", oidcRole: GitHubActionsOIDCRole }',
    'executorRole: Exec',
    'accounts:',
    ...['sandbox', 'canary', 'production'].map(
      (a, i) => `  - { name: ${a}, id: "${String(i + 1).repeat(12)}", regions: [${REGIONS.join(', ')}] }`,
    ),
    'triggers: [".github/workflows/**", "infra.yaml"]',
    'projects:',
  ];
  for (let i = 0; i < PROJECTS; i++) {
    const team = `team-${i % 20}`;
    const globs = [`services/${team}/svc-${i}/**`, `libs/${team}/**/*.ts`, `infra/svc-${i}/*.{yaml,json}`, `proto/svc-${i}/**/*.proto`];
    const deps = i % 10 === 0 || i === 0 ? '' : `, dependsOn: [p${i - (i % 10)}]`;
    lines.push(`  - { name: p${i}, program: ./programs/p${i}, paths: [${globs.map((g) => `"${g}"`).join(', ')}]${deps} }`);
  }
  return lines.join('\n') + '\n';
}

function generatePaths(PROJECTS: number, n: number, seed = 1): string[] {
  let x = seed;
  const rand = (m: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % m);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = rand(PROJECTS);
    const team = `team-${p % 20}`;
    switch (rand(8)) {
      case 0:
        out.push(`services/${team}/svc-${p}/src/handler-${i}.go`);
        break;
      case 1:
        out.push(`libs/${team}/util/deep/mod-${i}.ts`);
        break;
      case 2:
        out.push(`infra/svc-${p}/values-${i}.yaml`);
        break;
      case 3:
        out.push(`proto/svc-${p}/v1/api-${i}.proto`);
        break;
      case 4:
        out.push(`programs/p${p}/Pulumi.aws-canary-us-west-2.yaml`);
        break;
      default:
        out.push(`docs/section-${rand(50)}/page-${i}.md`);
    }
  }
  return out;
}

/**
 * Times fn `runs` times after `warmup` runs, so the timed runs are not the JIT's cold one; `first`
 * is the first warm-up run's time (what a one-shot `plan` process pays).
 */
function time<T>(fn: () => T, runs: number, warmup = 2): { ms: Stats; first: number; result: T } {
  let result!: T;
  let first = 0;
  for (let i = 0; i < warmup; i++) {
    const t = process.hrtime.bigint();
    result = fn();
    if (i === 0) first = Number(process.hrtime.bigint() - t) / 1e6;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: stats(times), first, result };
}

export function benchSelection(opts: { repeats: number }): void {
  const { repeats } = opts;
  const bare = bareNode(repeats);
  console.log(`node -e 0 in this process's run: ${fmt(bare, 0)} ms; selection times below also as × node -e 0 (median / median)`);
  const small = parseManifest(generateManifest(300), 'infra.yaml', { builtins: [] });
  const globs = small.projects.flatMap((p) => [...p.paths, `${p.programPath}/**`]);
  console.log(
    `Selection: 300 projects × 3 accounts × ${REGIONS.length} regions = ${300 * 3 * REGIONS.length} stacks, ${globs.length} globs; ${repeats} timed runs after 2 warm-up runs`,
  );
  let t20 = 0;
  for (const n of [5000, 10000, 20000]) {
    const changes = parseChangedFiles(generatePaths(300, n).join('\n'));
    const { ms, result } = time(() => selectStacks({ manifest: small, changes }), repeats);
    if (n === 20000) t20 = ms.median;
    const reasons = result.stacks.reduce((k, s) => k + s.reasons.length, 0);
    console.log(
      `  ${String(n).padStart(6)} paths: ${fmt(ms)} ms, ${((ms.median / n) * 1000).toFixed(2)} µs/path  (${result.stacks.length} stacks, ${reasons} reasons kept)`,
    );
  }
  const paths = generatePaths(300, 20000);
  const naive = time(
    () => {
      const matchers = globs.map((g) => picomatch(g, GLOB_OPTIONS));
      let hits = 0;
      for (const p of paths) for (const m of matchers) if (m(p)) hits++;
      return hits;
    },
    Math.min(3, repeats),
    1,
  );
  console.log(`  naive every-path × every-glob matcher, 20000 paths: ${fmt(naive.ms)} ms (${naive.result} matches; matching only)`);
  console.log(`  ratio naive / indexed selection: ${(naive.ms.median / t20).toFixed(1)}×`);

  for (const projects of [2000, 20000]) {
    const text = generateManifest(projects);
    const parse = time(() => parseManifest(text, 'infra.yaml', { builtins: [] }), Math.min(3, repeats), 1);
    const big = parse.result;
    const changes = parseChangedFiles(generatePaths(projects, 20000).join('\n'));
    const { ms, first, result } = time(() => selectStacks({ manifest: big, changes }), Math.min(3, repeats), 1);
    console.log(
      `Selection at ${projects} projects (${projects * 3 * REGIONS.length} stacks), 20000 paths: ${fmt(ms, 0)} ms = ${(ms.median / bare.median).toFixed(1)}× node -e 0 (${result.stacks.length} stacks selected); first run ${first.toFixed(0)} ms`,
    );
    console.log(
      `  reading that manifest (${(text.length / 1e6).toFixed(1)} MB of YAML: parse, schema, cross-references): ${fmt(parse.ms, 0)} ms; first run ${parse.first.toFixed(0)} ms`,
    );
  }
}
