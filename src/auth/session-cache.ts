import type { AwsCredentials } from './types.js';

/**
 * The least time a session has left whenever it is handed out (to a stack's Pulumi process, through
 * the credential server, or to `verify`). Against the 1-hour chained sessions this is 15 minutes:
 * an SDK that got the session keeps using it until it expires and only then asks again, so every
 * call it signs in between has at least this long to complete.
 */
export const SESSION_MARGIN_MS = 15 * 60_000;

/**
 * The margin for a session that lived `lifetimeMs` when obtained: SESSION_MARGIN_MS, or half the
 * session's life when STS grants shorter sessions (the STS emulator's 20-second sessions get 10 s),
 * so that a fresh session is always usable.
 */
export function marginFor(lifetimeMs: number): number {
  return Math.min(SESSION_MARGIN_MS, lifetimeMs / 2);
}

/**
 * A session and when it arrived: what it had left then is its lifetime, which sets its margin (STS
 * may grant less than asked, and an ambient SSO session may arrive half used).
 */
export interface HeldSession {
  creds: AwsCredentials;
  obtainedAt: number;
}

/** True while a held session has at least its margin left; a session without an expiry never runs out. */
export function usable(held: HeldSession, now: number): boolean {
  const expires = held.creds.expiration?.getTime();
  if (expires === undefined) return true;
  return expires - now >= marginFor(expires - held.obtainedAt);
}

/**
 * One cached session: answers the held session while it is usable, otherwise obtains a new one
 * (callers that ask meanwhile share that one request). A session is never handed out with less
 * than its margin left: a fresh one has its whole measured life ahead of it.
 */
export function sessionCache(obtain: () => Promise<AwsCredentials>, now: () => number = Date.now): () => Promise<AwsCredentials> {
  let held: HeldSession | undefined;
  let pending: Promise<AwsCredentials> | undefined;
  return () => {
    if (held && usable(held, now())) return Promise.resolve(held.creds);
    pending ??= (async () => {
      try {
        const creds = await obtain();
        held = { creds, obtainedAt: now() };
        return creds;
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };
}
