'use strict';
// Stands in, inside dist/, for @pulumi/pulumi's closure serializer (runtime/closure/serializeClosure
// and codePaths) and what only it needs: TypeScript (the SDK's vendored 3.8 and our dev dependency)
// and @npmcli/arborist. The SDK's runtime loads them at import time; the Automation API uses them
// only for inline programs, and the engine runs local programs (a work dir with Pulumi.yaml) whose
// language host loads @pulumi/pulumi from the program's own node_modules. Leaving them out keeps
// ~40 MB and ~100 MiB of memory out of the engine. Loading this module, and reading names from it,
// is harmless; calling, constructing or looking inside anything from it fails loudly.
const MARKER = 'infra-action: bundle stub reached';

function reached(path) {
  const message =
    `${MARKER}: '${path}' was used, but dist/ leaves out @pulumi/pulumi's closure serializer, TypeScript and @npmcli/arborist ` +
    '(only inline Automation API programs need them; the engine runs local programs). ' +
    'This is a bug in infra-action: please report it with the command you ran.';
  // Written as well as thrown: the SDK may catch the error, and the line must still reach the log.
  process.stderr.write(`${message}\n`);
  return new Error(message);
}

/** A name read from a stubbed module: may be held and passed around, never used. */
function member(path) {
  return new Proxy(function stubbed() {}, {
    get(_target, key) {
      if (typeof key === 'symbol' || key === 'then') return undefined;
      throw reached(`${path}.${key}`);
    },
    apply() {
      throw reached(`${path}()`);
    },
    construct() {
      throw reached(`new ${path}()`);
    },
  });
}

module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      // What interop helpers (`__importStar`, webpack's externals) probe while loading.
      if (key === '__esModule') return true;
      if (typeof key === 'symbol' || key === 'then') return undefined;
      return member(String(key));
    },
    set(_target, key) {
      throw reached(String(key));
    },
  },
);
