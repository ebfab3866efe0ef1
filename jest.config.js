import { availableParallelism } from 'node:os';

/** ESM jest: @actions/core 3 and @actions/github 9 ship only ESM. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Transpile only (tsconfig's isolatedModules): `npm run typecheck` checks the types.
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/programs/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Most of a test file's time is spent waiting on other processes (the bundle, the Pulumi double,
  // git, Chromium) and on the GitHub client's write spacing, not on jest's CPU: one worker more
  // than there are cores keeps the cores busy while a file waits (jest's default is one fewer).
  maxWorkers: availableParallelism() + 1,
  // Only catches a hang: on a busy machine (two suites at once, other jobs) a correct test must not
  // fail for being slow, so no test sets a shorter one (test/support/run-action.ts kills a bundle
  // that runs past 150 s, to fail with its output rather than time out).
  testTimeout: 180_000,
  // Rebuilds a stale dist/ before tests that run the bundle (see the file).
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
};
