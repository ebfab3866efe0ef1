/**
 * Retries for STS calls: throttling, 5xx and network failures are worth another try; a denial or a
 * validation error will fail the same way again, so it never retries. Sleep, clock and randomness
 * are injectable so tests run in milliseconds.
 */

import { retry, type RetryPolicy } from '../retry.js';

export interface RetryOptions {
  /** Total tries, the first included (default 5). */
  attempts?: number;
  /** Stop retrying once this much time has passed since the first try (default 60 s). */
  maxElapsedMs?: number;
  /** First backoff ceiling (default 250 ms); doubles each retry up to capMs (default 8 s). */
  baseMs?: number;
  capMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  onRetry?: (info: { what: string; attempt: number; delayMs: number; error: Error }) => void;
}

const THROTTLE_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'SlowDown',
  'IDPCommunicationError',
  'ServiceUnavailable',
  'InternalFailure',
  'InternalError',
]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
]);

/** Thrown when one call got no answer in time. */
export class CallTimeoutError extends Error {
  override name = 'CallTimeoutError';
}

interface ErrorLike {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number };
  cause?: unknown;
}

/** The AWS error code of an SDK error (`AccessDenied`, `Throttling`, …), or the Node error code. */
export function errorCode(err: unknown): string {
  const e = err as ErrorLike;
  return e?.Code ?? (e?.name && e.name !== 'Error' ? e.name : undefined) ?? e?.code ?? '';
}

export function httpStatus(err: unknown): number | undefined {
  const e = err as ErrorLike;
  return e?.$metadata?.httpStatusCode ?? e?.$response?.statusCode;
}

/** Throttling, 5xx, timeouts and network errors: yes. Everything else (AccessDenied, validation): no. */
export function isRetryable(err: unknown): boolean {
  const e = err as ErrorLike;
  const code = errorCode(err);
  if (err instanceof CallTimeoutError || code === 'TimeoutError' || code === 'RequestTimeout') return true;
  if (THROTTLE_CODES.has(code) || NETWORK_CODES.has(code) || NETWORK_CODES.has(e?.code ?? '')) return true;
  const status = httpStatus(err);
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  if (status === undefined && /socket hang up|ECONNRESET|ECONNREFUSED|network/i.test(e?.message ?? '')) return true;
  return e?.cause !== undefined && e.cause !== err ? isRetryable(e.cause) : false;
}

/** Runs `fn`, retrying retryable failures with full-jitter exponential backoff, bounded in count and time (src/retry.ts). */
export async function withRetry<T>(what: string, fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const base = opts.baseMs ?? 250;
  const cap = opts.capMs ?? 8_000;
  const random = opts.random ?? Math.random;
  const policy: RetryPolicy = {
    attempts: opts.attempts ?? 5,
    maxElapsedMs: opts.maxElapsedMs ?? 60_000,
    delayMs: (attempt) => Math.floor(random() * Math.min(cap, base * 2 ** (attempt - 1))),
    retryable: (err) => (isRetryable(err) ? errorCode(err) || 'retryable' : undefined),
  };
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const { value } = await retry(fn, policy, {
    sleep,
    now: opts.now,
    onRetry: (i) => opts.onRetry?.({ what, attempt: i.attempt, delayMs: i.delayMs, error: i.error as Error }),
  });
  return value;
}

/** Rejects with CallTimeoutError when `fn` does not settle within `ms`; the signal lets it abort its request. */
export async function withTimeout<T>(what: string, ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ctl = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Reject first: the race must report the timeout, not the abort error it causes.
      reject(new CallTimeoutError(`${what} got no answer within ${ms / 1000} s`));
      ctl.abort();
    }, ms);
  });
  try {
    return await Promise.race([fn(ctl.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
