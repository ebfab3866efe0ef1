import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac, createPublicKey, randomBytes, randomUUID, verify, type JsonWebKey } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluatePolicy, type Policy } from '../../src/auth/policy-eval.js';

/**
 * A loopback STS that speaks the AWS query protocol (form-encoded POST, XML answers) to the real
 * @aws-sdk/client-sts. It verifies OIDC tokens against the issuer's JWKS (signature, aud, expiry),
 * evaluates each role's trust policy — and, for AssumeRole, the caller's own permission policies —
 * with src/auth/policy-eval.ts (the project's one evaluator), verifies the SigV4 signature of
 * AssumeRole/GetCallerIdentity with the secret it issued, enforces the 1-hour role-chaining limit,
 * and can inject throttling, 5xx and hangs. Load the bootstrap programs' real rendered policies with
 * `loadWorld` (programs/testing/bootstrap-world.ts renders them).
 */

export interface OidcProviderConfig {
  /** Issuer URL (`iss`) of the tokens. */
  issuer: string;
  jwksUrl: string;
  /** IAM ARN of the provider, the `Federated` principal of trust policies. */
  arn: string;
  /** Prefix of the condition keys, e.g. `token.actions.githubusercontent.com`. */
  keyPrefix: string;
  /** Accepted audiences (client ids). */
  clientIds?: string[];
}

export interface Fault {
  kind: 'throttle' | '5xx' | 'hang';
  /** Only for this action (default any). */
  action?: string;
  /** How many requests it hits (default 1; Infinity for always). */
  times?: number;
}

export interface IssuedSession {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  roleArn: string;
  sessionArn: string;
  expiration: Date;
  chained: boolean;
  sourceIdentity?: string;
  tags: Record<string, string>;
  sessionName: string;
}

export interface StsEmulator {
  url: string;
  /** Env that points the SDK here. */
  env: Record<string, string>;
  roles: Map<string, Policy>;
  /**
   * Permission policies of a role, by role ARN. A caller whose role is listed here may AssumeRole
   * only what these allow (both sides must agree, as in AWS); a role not listed (an SSO session in
   * laptop tests) is treated as allowed to call sts:AssumeRole anywhere.
   */
  permissions: Map<string, Policy[]>;
  providers: OidcProviderConfig[];
  faults: Fault[];
  /** Requests received per action (faulted ones included). */
  calls: Record<string, number>;
  totalCalls(): number;
  sessions: IssuedSession[];
  /** Issue sessions of this many seconds regardless of what was asked (e.g. 60 for refresh tests). */
  sessionSeconds?: number;
  /** Every secret value it handed out (for "never printed" assertions). */
  secrets(): string[];
  /** A session for a role as if a person had signed in (SSO): the ambient credentials of laptop mode. */
  issueSession(roleArn: string, sessionName: string): IssuedSession;
  close(): Promise<void>;
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

class StsFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

class NodeSha256 {
  private h;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.h = secret
      ? createHmac(
          'sha256',
          typeof secret === 'string'
            ? secret
            : ArrayBuffer.isView(secret)
              ? new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength)
              : new Uint8Array(secret),
        )
      : createHash('sha256');
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.h.update(
      typeof data === 'string'
        ? data
        : ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : new Uint8Array(data),
    );
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }
}

const roleOfSession = (sessionArn: string): string => {
  const m = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(sessionArn);
  return m ? `arn:aws:iam::${m[1]}:role/${m[2]}` : sessionArn;
};

/** Loads rendered roles (trust + permission policies) into the emulator, replacing same-named ones. */
export function loadRoles(emu: StsEmulator, roles: Iterable<{ arn: string; trust: Policy; policies: Policy[] }>): void {
  for (const r of roles) {
    emu.roles.set(r.arn, r.trust);
    emu.permissions.set(r.arn, r.policies);
  }
}

export async function startStsEmulator(
  opts: { providers?: OidcProviderConfig[]; roles?: Record<string, Policy> } = {},
): Promise<StsEmulator> {
  const jwksCache = new Map<string, JsonWebKey[]>();
  const hanging = new Set<ServerResponse>();

  async function jwks(url: string): Promise<JsonWebKey[]> {
    if (!jwksCache.has(url)) jwksCache.set(url, ((await (await fetch(url)).json()) as { keys: JsonWebKey[] }).keys);
    return jwksCache.get(url)!;
  }

  async function verifyToken(jwt: string): Promise<{ claims: Record<string, unknown>; provider: OidcProviderConfig }> {
    const [h, p, s] = jwt.split('.');
    if (!h || !p || !s) throw new StsFault(400, 'InvalidIdentityToken', 'The ID token is not a JWT.');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as { kid?: string; alg?: string };
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const provider = emu.providers.find((x) => x.issuer === claims.iss);
    if (!provider)
      throw new StsFault(400, 'InvalidIdentityToken', `No OpenIDConnect provider found in your account for ${String(claims.iss)}`);
    const key = (await jwks(provider.jwksUrl)).find((k) => (k as { kid?: string }).kid === header.kid);
    if (
      header.alg !== 'RS256' ||
      !key ||
      !verify('RSA-SHA256', Buffer.from(`${h}.${p}`), createPublicKey({ key, format: 'jwk' }), Buffer.from(s, 'base64url'))
    ) {
      throw new StsFault(400, 'InvalidIdentityToken', 'Signature verification of the token failed.');
    }
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.some((a) => (provider.clientIds ?? ['sts.amazonaws.com']).includes(String(a))))
      throw new StsFault(400, 'InvalidIdentityToken', 'Incorrect token audience');
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now())
      throw new StsFault(400, 'ExpiredTokenException', 'Token expired: current date/time must be before the expiration date/time');
    return { claims, provider };
  }

  async function verifySignature(req: IncomingMessage, body: string): Promise<IssuedSession> {
    const auth = req.headers.authorization ?? '';
    const m =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)$/.exec(
        auth,
      );
    if (!m) throw new StsFault(400, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
    const [, akid, , region, service, signed] = m;
    const session = emu.sessions.find((x) => x.accessKeyId === akid);
    if (!session) throw new StsFault(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');
    if (req.headers['x-amz-security-token'] !== session.sessionToken)
      throw new StsFault(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.');
    if (session.expiration.getTime() < Date.now())
      throw new StsFault(403, 'ExpiredToken', 'The security token included in the request is expired');
    const headers: Record<string, string> = {};
    for (const name of signed.split(';')) headers[name] = String(req.headers[name] ?? '');
    const amzDate = headers['x-amz-date'] ?? '';
    const signingDate = new Date(
      `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
    );
    const signer = new SignatureV4({
      credentials: { accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken },
      region,
      service,
      sha256: NodeSha256,
      applyChecksum: false,
    });
    const url = new URL(req.url ?? '/', 'http://x');
    const resigned = await signer.sign(
      {
        method: req.method ?? 'POST',
        protocol: 'http:',
        hostname: '127.0.0.1',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body,
      },
      { signingDate },
    );
    if (resigned.headers.authorization !== auth)
      throw new StsFault(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
    return session;
  }

  function issue(
    roleArn: string,
    sessionName: string,
    seconds: number,
    chained: boolean,
    extra: Partial<IssuedSession> = {},
  ): IssuedSession {
    const [, account, roleName] = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn) ?? [];
    const s: IssuedSession = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `FwoG${randomBytes(48).toString('base64')}`,
      roleArn,
      sessionArn: `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`,
      expiration: new Date(Math.floor(Date.now() / 1000) * 1000 + (emu.sessionSeconds ?? seconds) * 1000),
      chained,
      tags: {},
      sessionName,
      ...extra,
    };
    emu.sessions.push(s);
    return s;
  }

  const credsXml = (s: IssuedSession): string =>
    `<Credentials><AccessKeyId>${s.accessKeyId}</AccessKeyId><SecretAccessKey>${esc(s.secretAccessKey)}</SecretAccessKey><SessionToken>${esc(s.sessionToken)}</SessionToken><Expiration>${s.expiration.toISOString()}</Expiration></Credentials>` +
    `<AssumedRoleUser><Arn>${esc(s.sessionArn)}</Arn><AssumedRoleId>AROA${createHash('md5').update(s.roleArn).digest('hex').slice(0, 17).toUpperCase()}:${esc(s.sessionName)}</AssumedRoleId></AssumedRoleUser>`;

  function checkCommon(p: URLSearchParams): { roleArn: string; sessionName: string; duration: number } {
    const roleArn = p.get('RoleArn') ?? '';
    const sessionName = p.get('RoleSessionName') ?? '';
    const duration = Number(p.get('DurationSeconds') ?? 3600);
    if (!/^[\w+=,.@-]{2,64}$/.test(sessionName))
      throw new StsFault(
        400,
        'ValidationError',
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint`,
      );
    if (!(duration >= 900 && duration <= 43200))
      throw new StsFault(
        400,
        'ValidationError',
        `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint`,
      );
    return { roleArn, sessionName, duration };
  }

  async function handle(action: string, p: URLSearchParams, req: IncomingMessage, body: string): Promise<string> {
    if (action === 'AssumeRoleWithWebIdentity') {
      const { roleArn, sessionName, duration } = checkCommon(p);
      const { claims, provider } = await verifyToken(p.get('WebIdentityToken') ?? '');
      const trust = emu.roles.get(roleArn);
      const context = { [`${provider.keyPrefix}:sub`]: String(claims.sub), [`${provider.keyPrefix}:aud`]: String(claims.aud) };
      if (
        !trust ||
        !evaluatePolicy(trust, {
          actions: ['sts:AssumeRoleWithWebIdentity'],
          principal: { type: 'Federated', value: provider.arn },
          context,
        }).allowed
      ) {
        throw new StsFault(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
      }
      const s = issue(roleArn, sessionName, duration, false);
      return `<SubjectFromWebIdentityToken>${esc(String(claims.sub))}</SubjectFromWebIdentityToken><Audience>${esc(String(claims.aud))}</Audience>${credsXml(s)}<Provider>${esc(provider.arn)}</Provider>`;
    }
    const caller = await verifySignature(req, body);
    if (action === 'GetCallerIdentity') {
      const account = /::(\d{12}):/.exec(caller.sessionArn)?.[1] ?? '';
      return `<Arn>${esc(caller.sessionArn)}</Arn><UserId>AROA:${esc(caller.sessionName)}</UserId><Account>${account}</Account>`;
    }
    if (action === 'AssumeRole') {
      const { roleArn, sessionName, duration } = checkCommon(p);
      if (duration > 3600)
        throw new StsFault(
          400,
          'ValidationError',
          'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
        );
      const tags: Record<string, string> = {};
      for (let i = 1; p.has(`Tags.member.${i}.Key`); i++) {
        const value = p.get(`Tags.member.${i}.Value`) ?? '';
        if (!/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u.test(value))
          throw new StsFault(400, 'ValidationError', `Tag value '${value}' has characters STS does not accept`);
        tags[p.get(`Tags.member.${i}.Key`)!] = value;
      }
      const sourceIdentity = p.get('SourceIdentity') ?? undefined;
      const actions = [
        'sts:AssumeRole',
        ...(Object.keys(tags).length ? ['sts:TagSession'] : []),
        ...(sourceIdentity ? ['sts:SetSourceIdentity'] : []),
      ];
      const trust = emu.roles.get(roleArn);
      const principal = roleOfSession(caller.sessionArn);
      const context = {
        'aws:PrincipalArn': principal,
        'sts:RoleSessionName': sessionName,
        ...(sourceIdentity ? { 'sts:SourceIdentity': sourceIdentity } : {}),
      };
      const own = emu.permissions.get(principal);
      const mayCall = !own || own.some((p) => evaluatePolicy(p, { actions, resource: roleArn, context }).allowed);
      if (!mayCall || !trust || !evaluatePolicy(trust, { actions, principal: { type: 'AWS', value: principal }, context }).allowed) {
        throw new StsFault(
          403,
          'AccessDenied',
          `User: ${caller.sessionArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
        );
      }
      return credsXml(issue(roleArn, sessionName, duration, true, { tags, sourceIdentity }));
    }
    throw new StsFault(400, 'InvalidAction', `Could not find operation ${action} for version 2011-06-15`);
  }

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const p = new URLSearchParams(body);
      const action = p.get('Action') ?? '';
      emu.calls[action] = (emu.calls[action] ?? 0) + 1;
      const send = (status: number, xml: string): void => {
        res.statusCode = status;
        res.setHeader('content-type', 'text/xml');
        res.setHeader('x-amzn-requestid', randomUUID());
        res.end(xml);
      };
      const error = (f: StsFault): void =>
        send(
          f.status,
          `<ErrorResponse xmlns="${NS}"><Error><Type>${f.status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${f.code}</Code><Message>${esc(f.message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
        );
      const fault = emu.faults.find((f) => (f.times ?? 1) > 0 && (!f.action || f.action === action));
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.kind === 'hang') {
          hanging.add(res);
          return;
        }
        error(
          fault.kind === 'throttle'
            ? new StsFault(400, 'Throttling', 'Rate exceeded')
            : new StsFault(503, 'ServiceUnavailable', 'Service is unavailable'),
        );
        return;
      }
      handle(action, p, req, body).then(
        (inner) =>
          send(
            200,
            `<${action}Response xmlns="${NS}"><${action}Result>${inner}</${action}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`,
          ),
        (err: unknown) => error(err instanceof StsFault ? err : new StsFault(500, 'InternalFailure', String(err))),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const emu: StsEmulator = {
    url,
    env: { AWS_ENDPOINT_URL_STS: url, AWS_REGION: 'us-east-1' },
    roles: new Map(Object.entries(opts.roles ?? {})),
    permissions: new Map(),
    providers: opts.providers ?? [],
    faults: [],
    calls: {},
    totalCalls: () => Object.values(emu.calls).reduce((a, b) => a + b, 0),
    sessions: [],
    secrets: () => emu.sessions.flatMap((s) => [s.accessKeyId, s.secretAccessKey, s.sessionToken]),
    issueSession: (roleArn, sessionName) => issue(roleArn, sessionName, 3600, false),
    close: () =>
      new Promise((r) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  return emu;
}
