import { assumeChain } from '../src/auth/chain.js';
import { ACCOUNTS, DEPLOY, startWorld } from '../test/auth/world.js';

/**
 * The role chain for 40 stacks in 3 accounts against the loopback OIDC issuer and STS emulator
 * (real SDK, real SigV4, real trust-policy evaluation): STS calls made (must be 1 + 3) and wall time.
 */
export async function benchStsChain(): Promise<void> {
  const world = await startWorld();
  Object.assign(process.env, world.sts.env);
  try {
    const stacks = Array.from({ length: 40 }, (_, i) => ACCOUNTS[i % ACCOUNTS.length]);
    const run = async (label: string, faults: typeof world.sts.faults = []) => {
      world.sts.calls = {};
      world.sts.faults.push(...faults);
      const chain = assumeChain({ deployRoles: DEPLOY }, ACCOUNTS, DEPLOY, { mode: 'oidc', getIdToken: async () => world.issuer.token(), maskSecret: () => {}, retry: { onRetry: () => {} } });
      const t = process.hrtime.bigint();
      await Promise.all(stacks.map((a) => chain.forAccount(a)));
      const cold = Number(process.hrtime.bigint() - t) / 1e6;
      const t2 = process.hrtime.bigint();
      await Promise.all(stacks.map((a) => chain.forAccount(a)));
      const warm = Number(process.hrtime.bigint() - t2) / 1e6;
      const calls = world.sts.totalCalls();
      console.log(`${label}: ${calls} STS calls (${Object.entries(world.sts.calls).map(([k, v]) => `${k} ${v}`).join(', ')}) for 40 stacks in 3 accounts; chain ${cold.toFixed(0)} ms, cached re-run ${warm.toFixed(2)} ms`);
      return calls;
    };
    const calls = await run('Role chain');
    console.log(calls === 4 ? 'STS calls: 4 = 1 + 3 (expected 4) ✓' : `STS calls: ${calls} (expected 4) ✗`);
    await run('With 2 throttled answers', [{ kind: 'throttle', times: 2 }]);
  } finally {
    await world.close();
  }
}
