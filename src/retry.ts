/**
 * The one retry loop: bounded attempts (and optionally elapsed time), a backoff per attempt, and a
 * classifier that says why a failure is worth another try. STS calls (src/auth/retry.ts) and Pulumi
 * operations (src/engine/retry.ts) differ only in their classifier and backoff. Sleep and clock are
 * injected, so tests never wait.
 */
export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number;
  /** The wait after failed try `attempt` (1-based). */
  delayMs(attempt: number): number;
  /** Why `err` is worth another try, or undefined when it will fail the same way again. */
  retryable(err: unknown): string | undefined;
  /** Give up once the next wait would end this long after the first try. */
  maxElapsedMs?: number;
}

export interface RetryHooks {
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  now?: () => number;
  signal?: AbortSignal;
  onRetry?: (info: { attempt: number; delayMs: number; reason: string; error: unknown }) => void;
}

/** Runs `fn` until it succeeds or the policy gives up; the error thrown carries `attempts`. */
export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<{ value: T; attempts: number }> {
  const now = hooks.now ?? Date.now;
  const start = now();
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await fn(attempt), attempts: attempt };
    } catch (err) {
      const reason = policy.retryable(err);
      const delayMs = reason === undefined ? 0 : policy.delayMs(attempt);
      const outOfTime = policy.maxElapsedMs !== undefined && now() - start + delayMs > policy.maxElapsedMs;
      if (reason === undefined || attempt >= policy.attempts || outOfTime || hooks.signal?.aborted) throw withAttempts(err, attempt);
      hooks.onRetry?.({ attempt, delayMs, reason, error: err });
      await hooks.sleep(delayMs, hooks.signal);
    }
  }
}

function withAttempts(err: unknown, attempts: number): unknown {
  return Object.assign(err instanceof Error || (err !== null && typeof err === 'object') ? err : new Error(String(err)), { attempts });
}
