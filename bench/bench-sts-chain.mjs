// The role chain against the loopback STS emulator: STS calls for 40 stacks in 3 accounts (must be 4) and wall time.
// Compiled by bench/run.mjs (tsconfig.bench.json → build/); run alone: npm run bench, or after that `node bench/bench-sts-chain.mjs`.
const { benchStsChain } = await import(new URL('../build/bench/sts-chain.js', import.meta.url).href);
await benchStsChain();
