import { expect, test } from '@jest/globals';
import { marginFor, SESSION_MARGIN_MS, sessionCache } from '../../src/auth/session-cache.js';
import type { AwsCredentials } from '../../src/auth/types.js';

/** The session cache under an injected clock: STS is a counter that issues sessions of a given length. */
function sts(lengthMs: number, clock: { now: number }) {
  const issued: AwsCredentials[] = [];
  const obtain = async (): Promise<AwsCredentials> => {
    const creds = { accessKeyId: `ASIA${issued.length}`, secretAccessKey: 's', expiration: new Date(clock.now + lengthMs) };
    issued.push(creds);
    return creds;
  };
  return { issued, obtain };
}

const left = (c: AwsCredentials, now: number) => c.expiration!.getTime() - now;

test('the margin is 15 minutes against 1-hour sessions and half the life of shorter ones', () => {
  expect(SESSION_MARGIN_MS).toBe(15 * 60_000);
  expect(marginFor(3_600_000)).toBe(15 * 60_000);
  expect(marginFor(20_000)).toBe(10_000);
});

test('never hands out a 1-hour session with less than 15 minutes left, and renews it only then', async () => {
  const clock = { now: 1_000_000 };
  const s = sts(3_600_000, clock);
  const get = sessionCache(s.obtain, () => clock.now);
  const first = await get();
  for (const step of [0, 60_000, 44 * 60_000, 45 * 60_000]) {
    clock.now = 1_000_000 + step;
    expect(await get()).toBe(first);
    expect(left(first, clock.now)).toBeGreaterThanOrEqual(SESSION_MARGIN_MS);
  }
  clock.now = 1_000_000 + 45 * 60_000 + 1; // 1 ms under the margin
  const second = await get();
  expect(second).not.toBe(first);
  expect(left(second, clock.now)).toBe(3_600_000);
  expect(s.issued).toHaveLength(2);
});

test('20-second sessions (the STS emulator): handed out with at least 10 s left, whatever the clock does', async () => {
  const clock = { now: 0 };
  const s = sts(20_000, clock);
  const get = sessionCache(s.obtain, () => clock.now);
  for (let t = 0; t <= 120_000; t += 1_000) {
    clock.now = t;
    expect(left(await get(), t)).toBeGreaterThanOrEqual(10_000);
  }
  expect(s.issued.length).toBe(11); // renewed every 11 s of the 121 s: at 0, 11, 22, …, 110 s
});

test('callers that ask while a session is being obtained share that one request; a failure is not cached', async () => {
  const clock = { now: 0 };
  let calls = 0;
  let release: () => void = () => {};
  const get = sessionCache(
    async () => {
      calls++;
      if (calls === 1) throw new Error('throttled');
      await new Promise<void>((r) => (release = r));
      return { accessKeyId: 'ASIA', secretAccessKey: 's', expiration: new Date(clock.now + 60_000) };
    },
    () => clock.now,
  );
  await expect(get()).rejects.toThrow('throttled');
  const [a, b] = [get(), get()];
  release();
  expect(await a).toBe(await b);
  expect(calls).toBe(2);
});

test('a session that arrives half used (an ambient SSO session) gets the margin of what it had left', async () => {
  const clock = { now: 0 };
  const get = sessionCache(
    async () => ({ accessKeyId: 'ASIA', secretAccessKey: 's', expiration: new Date(clock.now + 8 * 60_000) }),
    () => clock.now,
  );
  const first = await get();
  clock.now = 4 * 60_000; // 4 of 8 minutes left: still its margin
  expect(await get()).toBe(first);
  clock.now = 4 * 60_000 + 1;
  expect(await get()).not.toBe(first);
  // Static keys never expire.
  const forever = sessionCache(
    async () => ({ accessKeyId: 'AKIA', secretAccessKey: 's' }),
    () => clock.now,
  );
  const keys = await forever();
  clock.now = Number.MAX_SAFE_INTEGER;
  expect(await forever()).toBe(keys);
});
