import { describe, expect, test } from '@jest/globals';
import { parseManifest } from '../../src/manifest/load.js';
import { packComponents, planShards, type Shard } from '../../src/plan/shards.js';
import { selectStacks } from '../../src/select/select.js';
import { connectedComponents, stackDependencies } from '../../src/select/stack-graph.js';

/**
 * A monorepo: `chains` groups of projects, each a chain of `depth` projects (p<g>-0 ← p<g>-1 ← …),
 * plus `loose` projects depending on nothing, in three accounts with two regions each.
 */
function monorepo(chains: number, depth: number, loose: number) {
  const projects: string[] = [];
  for (let g = 0; g < chains; g++)
    for (let d = 0; d < depth; d++)
      projects.push(`  - { name: c${g}-${d}, program: ./c${g}-${d}${d > 0 ? `, dependsOn: [c${g}-${d - 1}]` : ''} }`);
  for (let i = 0; i < loose; i++) projects.push(`  - { name: l${i}, program: ./l${i} }`);
  const text = [
    'org: acme',
    'management: { accountId: "000000000000", oidcRole: GitHubActionsOIDCRole }',
    'executorRole: Exec',
    'accounts:',
    '  - { name: sandbox, id: "111111111111", regions: [us-east-1, eu-west-1] }',
    '  - { name: canary, id: "222222222222", regions: [us-east-1, eu-west-1] }',
    '  - { name: production, id: "333333333333", regions: [us-east-1, eu-west-1] }',
    'projects:',
    ...projects,
  ].join('\n');
  const manifest = parseManifest(text + '\n', 'infra.yaml', { builtins: [] });
  return { manifest, selection: selectStacks({ manifest, selectAll: 'test', event: 'push', ref: 'refs/heads/main' }) };
}

const sizes = (shards: Shard[], account: string) => shards.filter((s) => s.account === account).map((s) => s.stacks.length);

describe('planShards', () => {
  test('0 = one job per account, keyed by the account, stacks in plan order', () => {
    const { manifest, selection } = monorepo(2, 3, 4);
    const { shards, warnings } = planShards(manifest, selection, 0);
    expect(warnings).toEqual([]);
    expect(shards.map((s) => [s.key, s.index, s.count, s.stacks.length])).toEqual([
      ['sandbox', 1, 1, 20],
      ['canary', 1, 1, 20],
      ['production', 1, 1, 20],
    ]);
    const order = selection.stacks.filter((s) => s.account === 'canary').map((s) => s.stack);
    expect(shards[1]!.stacks).toEqual(order);
  });

  test('a component never spans two jobs; every job respects the limit; every stack is in exactly one job', () => {
    // Per account and region: 5 chains of 3 (components of 3) and 9 loose stacks: 24 stacks, 14 components.
    const { manifest, selection } = monorepo(5, 3, 9);
    const { shards, warnings } = planShards(manifest, selection, 5);
    expect(warnings).toEqual([]);
    const deps = stackDependencies(manifest, selection);
    const jobOf = new Map(shards.flatMap((s) => s.stacks.map((stack) => [stack, s.key])));
    for (const [stack, on] of deps) for (const d of on) expect([stack, d, jobOf.get(d)]).toEqual([stack, d, jobOf.get(stack)]);
    for (const s of shards) expect(s.stacks.length).toBeLessThanOrEqual(5);
    expect(shards.flatMap((s) => s.stacks).sort()).toEqual(selection.stacks.map((s) => s.stack).sort());
    expect(new Set(jobOf.values()).size).toBe(shards.length);
  });

  test('balanced: as few jobs as the limit allows, filled evenly', () => {
    const { manifest, selection } = monorepo(0, 0, 5); // 10 loose stacks per account
    const { shards } = planShards(manifest, selection, 4);
    expect(sizes(shards, 'sandbox')).toEqual([4, 3, 3]);
    expect(shards.filter((s) => s.account === 'sandbox').map((s) => [s.key, s.index, s.count])).toEqual([
      ['sandbox.1', 1, 3],
      ['sandbox.2', 2, 3],
      ['sandbox.3', 3, 3],
    ]);
  });

  test('accounts stay in promotion order and never share a job', () => {
    const { manifest, selection } = monorepo(3, 2, 6);
    const { shards } = planShards(manifest, selection, 4);
    const accounts = shards.map((s) => s.account);
    expect([...new Set(accounts)]).toEqual(['sandbox', 'canary', 'production']);
    expect(accounts).toEqual(
      [...accounts].sort((a, b) => ['sandbox', 'canary', 'production'].indexOf(a) - ['sandbox', 'canary', 'production'].indexOf(b)),
    );
    for (const s of shards) expect(new Set(s.stacks.map((n) => n.split('/')[2]!.split('-')[1])).size).toBe(1);
  });

  test('deterministic: the same plan twice, and whatever order the components come in', () => {
    const { manifest, selection } = monorepo(7, 3, 11);
    const a = planShards(manifest, selection, 6);
    const b = planShards(manifest, { stacks: [...selection.stacks] }, 6);
    expect(b).toEqual(a);
    const comps = connectedComponents(
      a.shards.flatMap((s) => s.stacks),
      stackDependencies(manifest, selection),
    );
    const order = comps.flat();
    expect(packComponents([...comps].reverse(), 6, order)).toEqual(packComponents(comps, 6, order));
  });

  test('a component larger than the limit is a job of its own, with a warning naming it', () => {
    const { manifest, selection } = monorepo(1, 6, 4); // a chain of 6 and 4 loose stacks per account and region
    const { shards, warnings } = planShards(manifest, selection, 4);
    const sandbox = shards.filter((s) => s.account === 'sandbox');
    expect(sandbox.map((s) => s.stacks.length).sort((x, y) => y - x)).toEqual([6, 6, 4, 4]);
    expect(warnings).toHaveLength(6); // two regions in three accounts
    expect(warnings[0]).toMatch(
      /^sandbox: 6 stacks depend on each other \(acme\/c0-0\/aws-sandbox-us-east-1, .*\), more than max-stacks-per-job 4; they run as one job/,
    );
  });

  test('past 256 jobs in all the limit is raised, with a warning', () => {
    const { manifest, selection } = monorepo(0, 0, 100); // 600 loose stacks
    const { shards, warnings } = planShards(manifest, selection, 1);
    expect(shards.length).toBeLessThanOrEqual(256);
    expect(Math.max(...shards.map((s) => s.stacks.length))).toBe(3);
    expect(warnings).toEqual([
      'max-stacks-per-job 1 would make 600 jobs, but GitHub runs at most 256 jobs from one matrix; jobs hold up to 3 stacks instead.',
    ]);
  });

  test('a dependency through an unselected project still joins the two stacks', () => {
    const { manifest } = monorepo(1, 3, 0);
    const all = selectStacks({ manifest, selectAll: 'test', event: 'push', ref: 'refs/heads/main' });
    // c0-0 and c0-2 only: c0-2 waits for c0-0 through c0-1, so they share a job.
    const picked = { stacks: all.stacks.filter((s) => s.account === 'sandbox' && s.region === 'us-east-1' && s.project !== 'c0-1') };
    expect(planShards(manifest, picked, 1).shards.map((s) => s.stacks)).toEqual([
      ['acme/c0-0/aws-sandbox-us-east-1', 'acme/c0-2/aws-sandbox-us-east-1'],
    ]);
  });

  test('no selected stacks, no shards', () => {
    const { manifest } = monorepo(1, 1, 1);
    expect(planShards(manifest, { stacks: [] }, 3)).toEqual({ shards: [], warnings: [] });
  });
});

describe('connectedComponents', () => {
  test('edges both ways, edges leaving the list ignored, components in order of their first stack', () => {
    const deps = new Map([
      ['d', ['a']],
      ['b', ['x']],
      ['e', ['b']],
    ]);
    expect(connectedComponents(['a', 'b', 'c', 'd', 'e'], deps)).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
  });
  test('a 5,000-stack chain', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `s${i}`);
    const deps = new Map(names.map((n, i) => [n, i > 0 ? [names[i - 1]!] : []]));
    expect(connectedComponents(names, deps)).toEqual([names]);
  });
});

describe('shard inputs', () => {
  test('a job whose stack list would not fit in one input (128 KiB) is named, with the fix', () => {
    // 5,000 loose projects, 10,000 stacks an account, names of ~33 characters: jobs of ~3,300 are
    // ~110,000 characters of names each, and two jobs of 5,000 are ~165,000.
    const { manifest, selection } = monorepo(0, 0, 5000);
    const fits = planShards(manifest, selection, 4000);
    expect(fits.warnings.filter((w) => w.includes('128 KiB'))).toEqual([]);
    const { warnings } = planShards(manifest, selection, 9999);
    expect(warnings.find((w) => w.includes('128 KiB'))).toMatch(
      /^sandbox\.1's stack list is \d{6} characters: its job's `stacks` input is one environment variable, which Linux caps at 128 KiB, so the job would not start\. Lower max-stacks-per-job\.$/,
    );
  });
});
