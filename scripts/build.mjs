// npm run build: bundles src/index.ts into dist/ with ncc, then shapes the output (post-build.mjs).
//
// Two things keep dist/ small (issue #14: 49 MB → under 5 MB, engine start 2.9 s → under 1 s here):
// - The ncc CLI only externalizes by name; its API also maps a request to another module, which is
//   how @pulumi/pulumi's closure serializer and what only it needs (TypeScript twice, @npmcli/arborist)
//   become one small stub (scripts/stubs/closure-serializer.cjs) — the idea of pulumi/actions'
//   `-e typescript` plus a rewritten require, without editing the bundle afterwards.
// - Every .js file is minified the way `ncc --minify` minifies the entry (terser without compress,
//   names of functions and classes kept so stack traces stay readable), chunks included, which
//   `ncc --minify` leaves alone. Legal notices are in dist/licenses.txt.
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';
import { minify } from 'terser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** File name of the stub inside dist/; chunks require it relative to themselves. */
const STUB = 'closure-serializer-stub.cjs';
/**
 * Requests that resolve to the stub. Keys are what the code asks for (ncc matches the request
 * string; `/…/` is a pattern): @pulumi/pulumi's runtime asks for `./closure/serializeClosure` and
 * `./closure/codePaths`; the other three are what only those need (`typescript-shim` falls back to the
 * SDK's vendored TypeScript 3.8), listed too so that no other path pulls them back in.
 */
const STUBBED = Object.fromEntries(
  ['/^\\.\\/closure\\/(serializeClosure|codePaths)$/', '/(^|\\/)typescript-shim$/', 'typescript', '@npmcli/arborist'].map((request) => [
    request,
    `./${STUB}`,
  ]),
);

rmSync(dist, { recursive: true, force: true });
const { code, assets, symlinks } = await ncc(join(root, 'src/index.ts'), {
  externals: STUBBED,
  license: 'licenses.txt',
  target: 'es2022',
  quiet: true,
});
const files = { 'index.js': { source: code }, ...assets };
mkdirSync(dist, { recursive: true });
for (const [name, asset] of Object.entries(files)) {
  let source = asset.source;
  if (name.endsWith('.js')) {
    const text = String(source);
    // ncc emits a module that throws at load when it cannot parse one; never ship such a bundle.
    const broken = /throw new Error\("Module parse failed: ([^"\n]{0,200})/.exec(text);
    if (broken) throw new Error(`ncc could not bundle a module in ${name}: ${broken[1]}`);
    const result = await minify(text, {
      module: true,
      compress: false,
      mangle: { keep_classnames: true, keep_fnames: true },
      format: { comments: false },
    });
    source = result.code;
  }
  mkdirSync(dirname(join(dist, name)), { recursive: true });
  writeFileSync(join(dist, name), source, { mode: asset.permissions });
}
for (const [name, target] of Object.entries(symlinks ?? {})) symlinkSync(target, join(dist, name));
copyFileSync(join(root, 'scripts/stubs/closure-serializer.cjs'), join(dist, STUB));
await import('./post-build.mjs');
