// Imported first by each builtin program's main.mjs: Node runs
// the programs' TypeScript natively (type stripping, Node >= 22.18 / 24), but the sources import
// `./x.js` as TypeScript's NodeNext resolution wants; map such an import to `./x.ts` when no .js exists.
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

function toTs(specifier, parentURL) {
  if (
    !parentURL ||
    !parentURL.endsWith('.ts') ||
    !specifier.endsWith('.js') ||
    !(specifier.startsWith('./') || specifier.startsWith('../'))
  )
    return undefined;
  const url = new URL(specifier, parentURL);
  if (existsSync(fileURLToPath(url))) return undefined;
  const ts = new URL(url.href.slice(0, -3) + '.ts');
  return existsSync(fileURLToPath(ts)) ? ts.href : undefined;
}

if (typeof nodeModule.registerHooks === 'function') {
  nodeModule.registerHooks({
    resolve(specifier, context, next) {
      return next(toTs(specifier, context.parentURL) ?? specifier, context);
    },
  });
} else {
  const source = `import { existsSync } from 'node:fs'; import { fileURLToPath } from 'node:url';
const toTs = ${toTs.toString()};
export async function resolve(specifier, context, next) { return next(toTs(specifier, context.parentURL) ?? specifier, context); }`;
  nodeModule.register(`data:text/javascript,${encodeURIComponent(source)}`);
}
