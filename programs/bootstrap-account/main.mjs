// Entry the Pulumi language host loads (Pulumi.yaml and package.json `main`). Plain JavaScript, so
// running the program needs no TypeScript tooling: install the `./x.js` → `./x.ts` import mapping,
// then load the TypeScript program, which Node runs by type stripping (Node >= 22.18; 24 in the action).
// The import is dynamic on purpose: static imports are all resolved before the mapping exists.
import '../ts-resolve.mjs';

const program = await import('./index.ts');

/** Pulumi calls a default-exported function and uses what it returns as the stack outputs. */
export default () => ({ ...program });
