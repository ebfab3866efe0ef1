import picomatch from 'picomatch';
import { parseManifest } from '../src/manifest/load.js';
import { parseChangedFiles } from '../src/select/changes.js';
import { GLOB_OPTIONS } from '../src/select/glob.js';
import { selectStacks } from '../src/select/select.js';

/**
 * Selection on a generated monorepo: 300 projects × 3 accounts × 4 regions, globs of the shapes
 * real repos use, 20,000 changed paths. Compared with a naive every-path × every-glob matcher.
 */
const PROJECTS = 300;
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];

function generateManifest(): string {
  const lines = [
    'org: bench',
    'management: { accountId: "000000000000", oidcRole: GitHubActionsOIDCRole }',
    'executorRole: Exec',
    'accounts:',
    ...['sandbox', 'canary', 'production'].map((a, i) => `  - { name: ${a}, id: "${String(i + 1).repeat(12)}", regions: [${REGIONS.join(', ')}] }`),
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

function generatePaths(n: number, seed = 1): string[] {
  let x = seed;
  const rand = (m: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % m);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = rand(PROJECTS);
    const team = `team-${p % 20}`;
    switch (rand(8)) {
      case 0: out.push(`services/${team}/svc-${p}/src/handler-${i}.go`); break;
      case 1: out.push(`libs/${team}/util/deep/mod-${i}.ts`); break;
      case 2: out.push(`infra/svc-${p}/values-${i}.yaml`); break;
      case 3: out.push(`proto/svc-${p}/v1/api-${i}.proto`); break;
      case 4: out.push(`programs/p${p}/Pulumi.aws-canary-us-west-2.yaml`); break;
      default: out.push(`docs/section-${rand(50)}/page-${i}.md`);
    }
  }
  return out;
}

function time<T>(fn: () => T, runs = 5): { ms: number; result: T } {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}

export function benchSelection(): void {
  const manifest = parseManifest(generateManifest(), 'infra.yaml', { builtins: [] });
  const globs = manifest.projects.flatMap((p) => [...p.paths, `${p.programPath}/**`]);
  console.log(`Selection: ${manifest.projects.length} projects × ${manifest.accounts.length} accounts × ${REGIONS.length} regions = ${manifest.projects.length * manifest.accounts.length * REGIONS.length} stacks, ${globs.length} globs`);
  let t20 = 0;
  for (const n of [5000, 10000, 20000]) {
    const changes = parseChangedFiles(generatePaths(n).join('\n'));
    const { ms, result } = time(() => selectStacks({ manifest, changes }));
    if (n === 20000) t20 = ms;
    console.log(`  ${String(n).padStart(6)} paths: ${ms.toFixed(1).padStart(7)} ms  (${result.stacks.length} stacks selected, ${result.waves.length} waves)  ${(ms / n * 1000).toFixed(2)} µs/path`);
  }
  const paths = generatePaths(20000);
  const naive = time(() => {
    const matchers = globs.map((g) => picomatch(g, GLOB_OPTIONS));
    let hits = 0;
    for (const p of paths) for (const m of matchers) if (m(p)) hits++;
    return hits;
  }, 3);
  console.log(`  naive every-path × every-glob matcher, 20000 paths: ${naive.ms.toFixed(1)} ms (${naive.result} matches; matching only, no selection)`);
  console.log(`  ratio naive / indexed selection: ${(naive.ms / t20).toFixed(1)}×`);
}
