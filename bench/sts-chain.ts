import { assumeChain } from '../src/auth/chain.js';
import { ACCOUNTS, DEPLOY, inEnvironment, startWorld } from '../test/auth/world.js';

/**
 * The role chain for 40 stacks in one account (a deploy job is bound to one account's environment,
 * and its token reaches only that account) against the loopback OIDC issuer and STS emulator (real
 * SDK, real SigV4, the bootstrap programs' real policies): STS calls made (must be 1 + 1) and wall time.
 */
export async function benchStsChain(): Promise<void> {
  const world = await startWorld();
  Object.assign(process.env, world.sts.env);
  try {
    world.issuer.claims = inEnvironment('production');
    const stacks = Array.from({ length: 40 }, () => ACCOUNTS[2]);
    const run = async (label: string, faults: typeof world.sts.faults = []) => {
      world.sts.calls = {};
      world.sts.faults.push(...faults);
      const chain = assumeChain(ACCOUNTS, DEPLOY, {
        mode: 'oidc',
        getIdToken: async () => world.issuer.token(),
        maskSecret: () => {},
        retry: { onRetry: () => {} },
      });
      const t = process.hrtime.bigint();
      await Promise.all(stacks.map((a) => chain.forAccount(a)));
      const cold = Number(process.hrtime.bigint() - t) / 1e6;
      const t2 = process.hrtime.bigint();
      await Promise.all(stacks.map((a) => chain.forAccount(a)));
      const warm = Number(process.hrtime.bigint() - t2) / 1e6;
      const calls = world.sts.totalCalls();
      console.log(
        `${label}: ${calls} STS calls (${Object.entries(world.sts.calls)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}) for 40 stacks in one account; chain ${cold.toFixed(0)} ms, cached re-run ${warm.toFixed(2)} ms`,
      );
      return calls;
    };
    const calls = await run('Role chain');
    console.log(calls === 2 ? 'STS calls: 2 = 1 + 1 (expected 2) ✓' : `STS calls: ${calls} (expected 2) ✗`);
    await run('With 2 throttled answers', [{ kind: 'throttle', times: 2 }]);
  } finally {
    await world.close();
  }
}
