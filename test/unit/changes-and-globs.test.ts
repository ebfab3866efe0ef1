import picomatch from 'picomatch';
import { parseChangedFiles, touchedPaths } from '../../src/select/changes.js';
import { GLOB_OPTIONS, literalBase, normalizeGlob } from '../../src/select/glob.js';
import { GlobIndex } from '../../src/select/matcher.js';

test('name-status lines, plain paths, CRLF and git-quoted names', () => {
  const files = parseChangedFiles(
    'M\tsrc/a.ts\r\nD\told/b.ts\nR100\tx/old.ts\tx/new.ts\n./plain/c.ts\n\n"dir/na\\303\\257ve \\"q\\".txt"\nC75\ta.ts\tb.ts\n',
  );
  expect(files).toEqual([
    { status: 'modified', path: 'src/a.ts' },
    { status: 'deleted', path: 'old/b.ts' },
    { status: 'renamed', previous: 'x/old.ts', path: 'x/new.ts' },
    { status: 'modified', path: 'plain/c.ts' },
    { status: 'modified', path: 'dir/naïve "q".txt' },
    { status: 'copied', previous: 'a.ts', path: 'b.ts' },
  ]);
  expect(touchedPaths(files)).toContain('x/old.ts');
});

test('globs are normalised or rejected with a reason', () => {
  expect(normalizeGlob('./network/')).toEqual({ glob: 'network/**' });
  expect(normalizeGlob('services/*/src/**/*.{ts,tsx}')).toEqual({ glob: 'services/*/src/**/*.{ts,tsx}' });
  expect(normalizeGlob('a/../b')).toHaveProperty('error');
  expect(literalBase('services/api/**')).toBe('services/api');
  expect(literalBase('infra/svc-1/*.yaml')).toBe('infra/svc-1');
  expect(literalBase('**/*.tf')).toBe('');
  expect(literalBase('infra.yaml')).toBe('');
});

test('the glob index finds exactly what a naive every-glob matcher finds', () => {
  const globs = [
    'services/api/**',
    'services/*/Dockerfile',
    '**/*.tf',
    'libs/{a,b}/**',
    'infra.yaml',
    '.github/workflows/**',
    'docs/**/*.md',
    'a/b/c/d.txt',
    'x/[ab]/y/**',
    'network/',
  ];
  const normalised = globs.map((g) => (normalizeGlob(g) as { glob: string }).glob);
  const index = new GlobIndex<string>();
  for (const g of normalised) index.add(g, g);
  const naive = normalised.map((g) => [g, picomatch(g, GLOB_OPTIONS)] as const);
  const segs = [
    'services',
    'api',
    'web',
    'libs',
    'a',
    'b',
    'c',
    'x',
    'y',
    'docs',
    '.github',
    'workflows',
    'network',
    'main.tf',
    'Dockerfile',
    'README.md',
    'infra.yaml',
    'd.txt',
  ];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  let compared = 0;
  for (let i = 0; i < 3000; i++) {
    const path = Array.from({ length: 1 + rand(5) }, () => segs[rand(segs.length)]).join('/');
    const found: string[] = [];
    index.match(path, (g) => found.push(g));
    const expected = naive.filter(([, m]) => m(path)).map(([g]) => g);
    expect(found.sort()).toEqual(expected.sort());
    compared += expected.length;
  }
  expect(compared).toBeGreaterThan(100);
});
