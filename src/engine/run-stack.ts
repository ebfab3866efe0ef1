import type { PreviewOptions } from '@pulumi/pulumi/automation/index.js';
import type { SelectedStack } from '../select/select.js';
import { EventCollector, maskOutputs, type EngineEventLike, type EventDigest } from './events.js';
import { NeverDeployed, type AutomationStack } from './open-stack.js';
import type { StackPreparer } from './prepare-stack.js';
import { abortableSleep, DEFAULT_RETRY, errorText, withRetry } from './retry.js';
import type { EngineSession } from './session.js';
import type { Operation, StackResult, StackStatus } from './types.js';

/** What the scheduler gets back from one stack. */
export interface StackRun {
  outcome: StackStatus;
  result: StackResult;
}

/** A stack's result before (or without) running: skipped, nothing counted. */
export function blankResult(s: SelectedStack, operation: Operation): StackResult {
  return {
    stack: s.stack,
    project: s.project,
    account: s.account,
    region: s.region,
    operation,
    status: 'skipped',
    counts: {},
    changes: [],
    diagnostics: [],
    durationMs: 0,
    outputs: {},
    attempts: 0,
  };
}

/**
 * Runs the operation on one stack, retrying known transient failures, and builds its result from
 * the engine's events. Never throws: a failed or cancelled stack is a result.
 */
export async function runStack(session: EngineSession, prepare: StackPreparer, name: string, signal: AbortSignal): Promise<StackRun> {
  const { operation, deps } = session;
  const result = blankResult(session.stack(name), operation);
  const started = Date.now();
  let output = '';
  let collector = new EventCollector({ properties: operation === 'drift' });
  try {
    const { stack, newStack } = await prepare(name);
    if (newStack) result.newStack = true;
    const { value, attempts } = await withRetry(
      name,
      async () => {
        collector = new EventCollector({ properties: operation === 'drift' });
        // The SDK only listens for an abort that happens after it spawned the CLI.
        if (signal.aborted) throw new Error('cancelled before the operation started');
        const opts = { onEvent: (e: EngineEventLike) => collector.add(e), onOutput: (t: string) => void (output += t), signal };
        return operate(stack, operation, opts);
      },
      session.req.retry ?? DEFAULT_RETRY,
      { sleep: deps.sleep ?? abortableSleep, signal, log: (m) => deps.log.warning(m) },
    );
    const digest = collector.digest();
    Object.assign(result, digest, { status: 'succeeded', outputs: value.outputs, attempts });
    if (operation === 'drift') result.drifted = value.expectedNoChanges || digest.changes.length > 0;
  } catch (err) {
    // Not a failed check: the stack simply has nothing deployed yet (drift reports it as not-deployed).
    if (err instanceof NeverDeployed) Object.assign(result, { status: 'succeeded', drifted: false, notDeployed: true, error: err.message });
    else Object.assign(result, failure(err, collector.digest(), signal, operation));
  }
  result.durationMs = Date.now() - started;
  if (output) deps.log.block(`${operation} ${name}`, output);
  await deps.onStackResult?.(result);
  return { outcome: result.status, result };
}

/** The Automation API call for the operation; `up` returns the stack outputs (secrets masked). */
async function operate(
  stack: AutomationStack,
  operation: Operation,
  opts: PreviewOptions,
): Promise<{ outputs: Record<string, unknown>; expectedNoChanges: boolean }> {
  const none = { outputs: {}, expectedNoChanges: false };
  if (operation === 'preview') await stack.preview(opts);
  else if (operation === 'drift') return { outputs: {}, expectedNoChanges: await driftPreview(stack, opts) };
  else if (operation === 'refresh') await stack.refresh(opts);
  else if (operation === 'destroy') await stack.destroy(opts);
  else return { outputs: maskOutputs((await stack.up(opts)).outputs), expectedNoChanges: false };
  return none;
}

/** The CLI's answer to `--expect-no-changes` when there are changes (wording varies by version and command). */
const NO_CHANGES_EXPECTED = /no changes were expected (?:for \S+ )?but changes (?:were proposed|occurred)/;

/**
 * Drift check of one stack: `preview --refresh --expect-no-changes`. Refreshing reads the real
 * resources first, so the preview compares the program with what is actually there. Returns true
 * when the CLI reports changes (drift); any other failure throws as usual.
 */
async function driftPreview(stack: { preview(opts: PreviewOptions): Promise<unknown> }, opts: PreviewOptions): Promise<boolean> {
  try {
    await stack.preview({ ...opts, refresh: true, expectNoChanges: true });
    return false;
  } catch (err) {
    if (NO_CHANGES_EXPECTED.test(errorText(err))) return true;
    throw err;
  }
}

/** A failed or cancelled stack: the first error diagnostic, else the CLI's `error:` line, else the message. */
function failure(err: unknown, digest: EventDigest, signal: AbortSignal, operation: Operation): Partial<StackResult> {
  const cancelled = signal.aborted || digest.cancelled;
  const errors = digest.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
  const text = errorText(err);
  const stderrError = text
    .split('\n')
    .find((l) => /^\s*error:/.test(l))
    ?.trim();
  return {
    ...digest,
    status: cancelled ? 'cancelled' : 'failed',
    attempts: (err as { attempts?: number }).attempts ?? 1,
    error: cancelled ? `cancelled while running ${operation}` : (errors[0] ?? stderrError ?? text.split('\n')[0]).slice(0, 2000),
  };
}
