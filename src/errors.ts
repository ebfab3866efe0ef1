/**
 * The error taxonomy (docs/design.md, "Errors and exit codes"): a `BadInput` is the user's to fix
 * (the manifest, a stack config, an input, an argument, the event payload) and exits 2; any other
 * error is an operation that failed and exits 1. main.ts and cli.ts map errors to exit codes once,
 * with `exitCodeFor`; nothing else sets process.exitCode.
 */
export class BadInput extends Error {
  override name = 'BadInput';
}

/** Exit codes of the CLI and the action's process. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

/** 2 for bad input (anywhere in the cause chain of a wrapped error), 1 for everything else. */
export function exitCodeFor(err: unknown): 1 | 2 {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof BadInput) return EXIT.badInput;
  }
  return EXIT.failed;
}
