#!/usr/bin/env node
/**
 * One bundle, two entries: `infra-action <command> …` (arguments given) is the CLI; `node
 * dist/index.js` with no arguments, as the runner starts an action, is the action.
 */
if (process.argv.length > 2) {
  const { runCli } = await import('./cli.js');
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const { run } = await import('./main.js');
  await run();
}
