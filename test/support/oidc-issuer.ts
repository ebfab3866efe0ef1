import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback GitHub OIDC issuer: serves the token endpoint the runner exposes as
 * ACTIONS_ID_TOKEN_REQUEST_URL (bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, `&audience=`), a JWKS, and
 * signs RS256 JWTs with GitHub's claim shapes.
 */

export type TokenShape = 'push' | 'pull_request' | 'environment' | 'reusable';

export interface ClaimOptions {
  shape?: TokenShape;
  repository?: string;
  owner?: string;
  ref?: string;
  environment?: string;
  /** Use the immutable `repo:ORG@OWNER_ID/REPO@REPO_ID:` form of sub. */
  immutable?: boolean;
  /** Seconds until expiry (default 300). */
  ttlSeconds?: number;
  extra?: Record<string, unknown>;
}

/** GitHub's claims for a job of the given shape. */
export function githubClaims(
  iss: string,
  aud: string,
  o: ClaimOptions = {},
  nowSec = Math.floor(Date.now() / 1000),
): Record<string, unknown> {
  const repository = o.repository ?? 'acme/infra';
  const [owner, repo] = repository.split('/');
  const shape = o.shape ?? 'push';
  const ref = o.ref ?? (shape === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main');
  const environment = shape === 'environment' ? (o.environment ?? 'production') : undefined;
  const prefix = o.immutable ? `repo:${owner}@1001/${repo}@2002` : `repo:${repository}`;
  const sub = environment
    ? `${prefix}:environment:${environment}`
    : shape === 'pull_request'
      ? `${prefix}:pull_request`
      : `${prefix}:ref:${ref}`;
  const workflowRef = `${repository}/.github/workflows/infra.yml@${ref}`;
  return {
    jti: randomUUID(),
    sub,
    aud,
    ref,
    sha: 'a'.repeat(40),
    repository,
    repository_owner: owner,
    repository_owner_id: '1001',
    repository_id: '2002',
    repository_visibility: 'private',
    actor: 'octocat',
    actor_id: '42',
    workflow: 'infra',
    workflow_ref: workflowRef,
    job_workflow_ref: shape === 'reusable' ? 'unkeyed/infra-action/.github/workflows/pipeline.yml@refs/tags/v1' : workflowRef,
    event_name: shape === 'pull_request' ? 'pull_request' : 'push',
    ref_type: 'branch',
    run_id: '1234',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    ...(environment ? { environment } : {}),
    iss,
    nbf: nowSec - 5,
    iat: nowSec,
    exp: nowSec + (o.ttlSeconds ?? 300),
    ...(o.extra ?? {}),
  };
}

export interface OidcIssuer {
  /** The issuer URL (`iss`), e.g. http://127.0.0.1:1234 */
  url: string;
  jwksUrl: string;
  /** Env the runner gives a job with `id-token: write`. */
  env: Record<string, string>;
  /** Claim options for the next tokens the endpoint hands out. */
  claims: ClaimOptions;
  /** Signs a token directly. */
  sign(payload: Record<string, unknown>): string;
  token(aud?: string, o?: ClaimOptions): string;
  requests: number;
  /** Every token handed out by the endpoint (for "never printed" assertions). */
  issued: string[];
  close(): Promise<void>;
}

const b64 = (v: unknown): string => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

export function signJwt(payload: Record<string, unknown>, key: KeyObject, kid: string): string {
  const head = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(payload)}`;
  return `${head}.${createSign('RSA-SHA256').update(head).sign(key).toString('base64url')}`;
}

export async function startOidcIssuer(claims: ClaimOptions = {}): Promise<OidcIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const requestToken = `req-${randomUUID()}`;
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/.well-known/jwks') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] }));
      return;
    }
    if (u.pathname === '/token') {
      issuer.requests++;
      if (req.headers.authorization !== `Bearer ${requestToken}`) {
        res.statusCode = 401;
        res.end('{"message":"bad request token"}');
        return;
      }
      res.setHeader('content-type', 'application/json');
      const jwt = issuer.token(u.searchParams.get('audience') ?? 'https://github.com/acme');
      issuer.issued.push(jwt);
      res.end(JSON.stringify({ value: jwt }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer: OidcIssuer = {
    url,
    jwksUrl: `${url}/.well-known/jwks`,
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    claims,
    requests: 0,
    issued: [],
    sign: (payload) => signJwt(payload, privateKey, kid),
    token: (aud = 'sts.amazonaws.com', o) => signJwt(githubClaims(url, aud, o ?? issuer.claims), privateKey, kid),
    close: () => new Promise((r) => server.close(() => r())),
  };
  return issuer;
}
