import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Account } from '../manifest/types.js';
import { credentialProcessJson } from './credential-process.js';
import type { AwsCredentials, CredentialProvider } from './types.js';

/**
 * The sessions a stack's Pulumi process may fetch: `state` is the account's hop-1 session (its
 * state prefix and secrets key in the management account), `target` its executor session.
 */
export type SessionKind = 'state' | 'target';

/** What one Pulumi process is given: where to ask, and the bearer token that answers for one account's session of one kind. */
export interface CredentialGrant {
  url: string;
  token: string;
}

export interface CredentialServer {
  readonly url: string;
  /** The grant for this account's session of this kind (one random token per pair, made on first use). */
  grant(account: Account, kind: SessionKind): CredentialGrant;
  /** Stops answering; every token dies with it. */
  close(): Promise<void>;
}

export interface CredentialServerOptions {
  /** Called when a session is handed out that differs from the last one for that grant (a renewal), for the log. */
  onSession?(account: Account, kind: SessionKind, creds: AwsCredentials): void;
}

interface Grant {
  account: Account;
  kind: SessionKind;
  path: string;
  lastKeyId?: string;
}

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Serves the run's sessions to its Pulumi processes over loopback, so that the role chain (the
 * OIDC request token, the hop-1 sessions that make executor sessions) stays in this process and
 * every session is renewed through it, however long a stack runs (docs/trust-model.md). A request
 * is `GET /v1/<account>/<kind>` with `Authorization: Bearer <token>`; the token must be the one
 * granted for exactly that account and kind. The answer is the `credential_process` JSON.
 */
export async function startCredentialServer(provider: CredentialProvider, opts: CredentialServerOptions = {}): Promise<CredentialServer> {
  const grants = new Map<string, Grant>();
  const byPair = new Map<string, CredentialGrant>();
  const server = createServer((req, res) => void answer(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  // Never what keeps the process alive: the Pulumi processes it serves do that while they run.
  server.unref();
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `http://${host}`;

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: string): void => {
      res.writeHead(status, { 'content-type': status === 200 ? 'application/json' : 'text/plain', 'cache-control': 'no-store' });
      res.end(body);
    };
    // A browser page cannot set Authorization without a preflight we never answer; the Host check
    // also stops a DNS-rebound name from reaching us.
    if (req.method !== 'GET' || req.headers.host !== host) return send(400, 'bad request');
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const grant = token === undefined ? undefined : grants.get(digest(token));
    if (!grant) return send(401, 'unknown token');
    if (grant.path !== req.url) return send(403, `this token answers only for ${grant.path}`);
    try {
      const creds = await (grant.kind === 'state' ? provider.management(grant.account) : provider.forAccount(grant.account));
      if (creds.accessKeyId !== grant.lastKeyId) {
        grant.lastKeyId = creds.accessKeyId;
        opts.onSession?.(grant.account, grant.kind, creds);
      }
      send(200, credentialProcessJson(creds));
    } catch (err) {
      send(502, `${grant.account.name} ${grant.kind} session: ${(err as Error).message}`);
    }
  }

  return {
    url,
    grant(account, kind) {
      const pair = `${account.name}\n${kind}`;
      let g = byPair.get(pair);
      if (!g) {
        const path = `/v1/${encodeURIComponent(account.name)}/${kind}`;
        const token = randomBytes(32).toString('base64url');
        grants.set(digest(token), { account, kind, path });
        byPair.set(pair, (g = { url: `${url}${path}`, token }));
      }
      return g;
    },
    close: () =>
      new Promise<void>((resolve) => {
        grants.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
