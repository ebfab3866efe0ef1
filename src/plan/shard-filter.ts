import { BadInput } from '../errors.js';
import { allStacks } from '../manifest/naming.js';
import type { Manifest } from '../manifest/types.js';
import type { Selection } from '../select/select.js';
import { stackDependencies } from '../select/stack-graph.js';
import { computeWaves } from '../select/waves.js';

/**
 * One shard job's part of its run (the `stacks` input / `--stack`, taken from the plan's `shards`
 * output): the stacks of the run's own selection that the list names. The run still selects for
 * itself (a deploy from each stack's baseline at the time it runs), so a listed stack the run no
 * longer selects is not needed; a stack the run selects but no shard lists is left for the next run
 * (its baseline has not moved). Names are checked before anything runs: unknown ones, ones outside
 * the requested accounts, and a list that splits a dependency are bad input (exit 2).
 */
export function selectShard(
  manifest: Manifest,
  selection: Selection,
  stacks: readonly string[],
  accounts: readonly string[],
): { selection: Selection; notNeeded: string[] } {
  checkNames(manifest, stacks, accounts);
  const listed = new Set(stacks);
  const kept = selection.stacks.filter((s) => listed.has(s.stack));
  const deps = stackDependencies(manifest, selection);
  const split = kept.flatMap((s) => (deps.get(s.stack) ?? []).filter((d) => !listed.has(d)).map((d) => `${s.stack} depends on ${d}`));
  if (split.length > 0)
    throw new BadInput(
      `Input 'stacks' splits stacks that depend on each other: ${split.join('; ')}. This run selects both, and a stack never waits for one in another job: list whole dependency components (the plan's shards output does), or leave 'stacks' empty.`,
    );
  const selected = new Set(selection.stacks.map((s) => s.stack));
  return {
    selection: { ...selection, stacks: kept, waves: computeWaves(manifest, kept) },
    notNeeded: stacks.filter((s) => !selected.has(s)),
  };
}

function checkNames(manifest: Manifest, stacks: readonly string[], accounts: readonly string[]): void {
  const known = new Map(allStacks(manifest).map((s) => [s.stack, s.account]));
  const problems: string[] = [];
  for (const name of stacks) {
    const account = known.get(name);
    if (account === undefined)
      problems.push(`"${name}" is not a stack of ${manifest.file} (names are <org>/<project>/aws-<account>-<region>)`);
    else if (accounts.length > 0 && !accounts.includes(account))
      problems.push(`"${name}" is in account ${account}, outside this run's accounts (${accounts.join(', ')})`);
  }
  if (problems.length > 0)
    throw new BadInput(`Input 'stacks': ${problems.join('; ')}. Pass the stacks of one entry of the plan's shards output.`);
}
