/**
 * What engine commands load of auth, lazily (src/commands/engine-run.ts): the role chain, and how a
 * failing hop is explained (walked for every account in scope before any stack runs, in
 * src/engine/run-engine.ts). Other modules import the auth file they need directly.
 */
export { assumeChain } from './chain.js';
export { chainExplainer } from './prepare.js';
export { rolesFor } from './roles.js';
