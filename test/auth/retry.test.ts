import { expect, test } from '@jest/globals';
import { CallTimeoutError, isRetryable, withRetry, withTimeout } from '../../src/auth/retry.js';

const awsError = (name: string, status: number) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

test('throttling, 5xx, timeouts and network errors retry; denials and validation errors never do', () => {
  for (const e of [
    awsError('Throttling', 400),
    awsError('InternalFailure', 500),
    awsError('Unknown', 503),
    new CallTimeoutError('x'),
    Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
  ]) {
    expect(isRetryable(e)).toBe(true);
  }
  for (const e of [
    awsError('AccessDenied', 403),
    awsError('ValidationError', 400),
    awsError('InvalidIdentityToken', 400),
    awsError('ExpiredTokenException', 400),
    new Error('boom'),
  ]) {
    expect(isRetryable(e)).toBe(false);
  }
});

test('the time bound stops retries before the count bound (fake clock)', async () => {
  let now = 0;
  let calls = 0;
  const err = await withRetry(
    'x',
    async () => {
      calls++;
      now += 10_000;
      throw awsError('Throttling', 400);
    },
    { attempts: 10, maxElapsedMs: 25_000, random: () => 1, baseMs: 1000, sleep: async (ms) => void (now += ms), now: () => now },
  ).catch((e: unknown) => e as Error & { attempts: number });
  // 10 s + 1 s + 10 s + 2 s + 10 s = 33 s; the next 4 s wait would end past 25 s
  expect(calls).toBe(3);
  expect(err.attempts).toBe(3);
});

test('withTimeout aborts the call and says how long it waited', async () => {
  let aborted = false;
  const err: Error = await withTimeout(
    'STS AssumeRole',
    20,
    (signal) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => ((aborted = true), reject(new Error('aborted'))))),
  ).catch((e: unknown) => e as Error);
  expect(err).toBeInstanceOf(CallTimeoutError);
  expect(err.message).toBe('STS AssumeRole got no answer within 0.02 s');
  expect(aborted).toBe(true);
});
