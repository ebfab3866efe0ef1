/**
 * The hidden marker that makes a PR comment ours and says which pipeline owns it: the manifest
 * path, the command and the account set. Comments with another key (another workflow, another
 * account set) or without a marker are never touched.
 */

const PREFIX = '<!-- infra-action:comment ';

export interface CommentKey {
  manifestPath: string;
  command: string;
  accounts: string[];
}

/** A stable identifier for the key: order of accounts does not matter, case of names does. */
export function commentKeyId(key: CommentKey): string {
  const accounts = [...new Set(key.accounts)].sort().join(',');
  return encodeURIComponent(`${key.manifestPath}|${key.command}|${accounts || '*'}`);
}

/** The first line of every comment this action writes. */
export function commentMarker(key: CommentKey): string {
  return `${PREFIX}key=${commentKeyId(key)} -->`;
}

/** True when `body` is a comment written for exactly this key. */
export function hasMarker(body: string | undefined | null, key: CommentKey): boolean {
  return typeof body === 'string' && body.startsWith(commentMarker(key));
}

/** The key a comment body was written for, or undefined when it is not one of ours. */
export function parseMarker(body: string | undefined | null): CommentKey | undefined {
  if (typeof body !== 'string' || !body.startsWith(`${PREFIX}key=`)) return undefined;
  const end = body.indexOf(' -->');
  if (end < 0) return undefined;
  let raw: string;
  try {
    raw = decodeURIComponent(body.slice(PREFIX.length + 4, end));
  } catch {
    return undefined;
  }
  const last = raw.lastIndexOf('|');
  const mid = raw.lastIndexOf('|', last - 1);
  if (mid < 0) return undefined;
  const accounts = raw.slice(last + 1);
  return { manifestPath: raw.slice(0, mid), command: raw.slice(mid + 1, last), accounts: accounts === '*' ? [] : accounts.split(',') };
}
