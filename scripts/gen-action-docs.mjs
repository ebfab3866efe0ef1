// Generates the README's action inputs/outputs tables from action.yml; --check fails when stale, or
// when action.yml's defaults differ from the ones the code uses (src/settings/defaults.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
// Node ≥ 22.18 loads TypeScript by stripping types; npm scripts run the Node 24 from node_modules.
const { DEFAULTS } = await import('../src/settings/defaults.ts').catch((err) => {
  console.error(
    `Cannot load src/settings/defaults.ts with Node ${process.version} (${err.code ?? err.message}): run it through npm (npm run docs:check), which uses the project's Node 24.`,
  );
  process.exit(2);
});

const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8'));
const expected = {
  command: DEFAULTS.command,
  manifest: DEFAULTS.manifest,
  parallel: String(DEFAULTS.parallel),
  'pulumi-version': DEFAULTS.pulumiVersion,
  'max-stacks-per-job': String(DEFAULTS.maxStacksPerJob),
};
const wrong = Object.entries(expected).filter(([k, v]) => action.inputs[k]?.default !== v);
if (wrong.length) {
  console.error(
    wrong
      .map(
        ([k, v]) =>
          `action.yml: input '${k}' defaults to ${JSON.stringify(action.inputs[k]?.default)}, but src/settings/defaults.ts says ${JSON.stringify(v)}; make them agree.`,
      )
      .join('\n'),
  );
  process.exit(1);
}
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim();
const lines = [
  '<!-- action-inputs:start -->',
  '<!-- Generated from action.yml by scripts/gen-action-docs.mjs; do not edit by hand. -->',
  '### Action inputs',
  '',
  '| input | default | description |',
  '|---|---|---|',
  ...Object.entries(action.inputs).map(
    ([k, v]) => `| \`${k}\` | ${v.default === undefined || v.default === '' ? '' : `\`${cell(v.default)}\``} | ${cell(v.description)} |`,
  ),
  '',
  '### Action outputs',
  '',
  '| output | description |',
  '|---|---|',
  ...Object.entries(action.outputs).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`),
  '<!-- action-inputs:end -->',
];
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const re = /<!-- action-inputs:start -->[\s\S]*?<!-- action-inputs:end -->/;
if (!re.test(readme)) throw new Error('README.md lacks the <!-- action-inputs:start/end --> markers');
const next = readme.replace(re, lines.join('\n'));
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md action inputs are stale: run `npm run docs:action` and commit README.md.');
    process.exit(1);
  }
  console.log('README action inputs are up to date.');
} else {
  writeFileSync(readmeUrl, next);
}
