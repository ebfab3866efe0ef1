import { delimiter, dirname } from 'node:path';

/** Builtin programs run their TypeScript by Node's type stripping, unflagged from this version on. */
const MIN_PROGRAM_NODE: readonly [number, number] = [22, 18];

/**
 * The PATH the Pulumi CLI gets. The CLI starts each program's language host with the first `node`
 * on PATH, and a runner's first `node` is often older than the action's own (Node 20 on many
 * images), so the action's Node goes first: programs run on the Node this bundle runs on.
 */
export function pathWithOwnNode(execPath: string = process.execPath, path: string = process.env.PATH ?? ''): string {
  const own = dirname(execPath);
  return [own, ...path.split(delimiter).filter((p) => p !== '' && p !== own)].join(delimiter);
}

/** The log line saying which Node runs programs, and a warning when it is too old for builtin programs. */
export function programNodeReport(
  execPath: string = process.execPath,
  version: string = process.version,
): { info: string; warning?: string } {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  const tooOld = major < MIN_PROGRAM_NODE[0] || (major === MIN_PROGRAM_NODE[0] && minor < MIN_PROGRAM_NODE[1]);
  return {
    info: `Programs run with Node ${version} (${execPath}), first on the Pulumi CLI's PATH`,
    ...(tooOld
      ? {
          warning: `Node ${version} is older than ${MIN_PROGRAM_NODE.join('.')}: builtin programs (TypeScript run by type stripping) need Node >= ${MIN_PROGRAM_NODE.join('.')}; run infra-action with a newer Node`,
        }
      : {}),
  };
}
