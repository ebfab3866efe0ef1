import { retry, type RetryPolicy } from '../retry.js';

/**
 * Which failures are worth another attempt. Program errors and policy violations are the user's to
 * fix and never retry; the transient patterns are the seeds' list plus throttling and a held lock.
 */
const NEVER_RETRY: RegExp[] = [
  /Running program failed/i,
  /policy violation/i,
  /mandatory policy/i,
  /ConfigError|missing required configuration/i,
];

const TRANSIENT: { pattern: RegExp; why: string }[] = [
  { pattern: /TLS handshake timeout/i, why: 'TLS handshake timeout' },
  { pattern: /A separate request to update this alarm is in progress/i, why: 'CloudWatch alarm update in progress' },
  { pattern: /Throttl|Rate exceeded|TooManyRequests|RequestLimitExceeded/i, why: 'AWS throttling' },
  {
    pattern: /the stack is currently locked by|Another update is currently in progress|\[409\] Conflict/i,
    why: 'stack lock held by another update',
  },
];

/** The reason a failure message is transient, or undefined when it must not be retried. */
export function transientReason(message: string): string | undefined {
  if (NEVER_RETRY.some((p) => p.test(message))) return undefined;
  return TRANSIENT.find((t) => t.pattern.test(message))?.why;
}

export interface RetrySettings {
  /** Total attempts including the first (default 3). */
  attempts: number;
  /** First backoff; doubles each retry (default 2 s). */
  baseDelayMs: number;
  /** Upper bound on one backoff (default 30 s). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetrySettings = { attempts: 3, baseDelayMs: 2000, maxDelayMs: 30_000 };

export interface RetryDeps {
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  log(message: string): void;
  signal?: AbortSignal;
}

/** Runs `fn` and retries transient failures with exponential backoff (src/retry.ts); returns the value and attempts used. */
export async function withRetry<T>(
  what: string,
  fn: (attempt: number) => Promise<T>,
  settings: RetrySettings,
  deps: RetryDeps,
): Promise<{ value: T; attempts: number }> {
  const policy: RetryPolicy = {
    attempts: settings.attempts,
    delayMs: (attempt) => Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1)),
    retryable: (err) => transientReason(errorText(err)),
  };
  return retry(fn, policy, {
    sleep: (ms, signal) => deps.sleep(ms, signal),
    signal: deps.signal,
    onRetry: (i) =>
      deps.log(
        `${what}: attempt ${i.attempt} of ${settings.attempts} failed (${i.reason}); retrying in ${Math.round(i.delayMs / 100) / 10}s`,
      ),
  });
}

/** The whole text of an error, including the CLI's stderr that CommandError carries. */
export function errorText(err: unknown): string {
  if (err instanceof Error) {
    const extra = (err as Error & { commandResult?: { stderr?: string } }).commandResult?.stderr ?? '';
    return `${err.message}\n${extra}`;
  }
  return String(err);
}

/** A sleep that ends early when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
