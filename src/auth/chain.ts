import * as core from '@actions/core';
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials,
} from '@aws-sdk/client-sts';
import { stsEndpoint } from '../manifest/arn.js';
import { executorRoleArn, hop1RoleArn } from '../manifest/naming.js';
import type { Account, RolePair } from '../manifest/types.js';
import { ChainError, type Hop } from './errors.js';
import { decodeClaims, fetchIdToken, NoTokenEndpointError, type TokenClaims } from './oidc-token.js';
import { errorCode, withRetry, withTimeout, type RetryOptions } from './retry.js';
import { sanitizeSourceIdentity, sessionContextFromEnv, sessionName, sessionTags, type SessionContext } from './sanitize.js';
import { sessionCache } from './session-cache.js';
import type { AwsCredentials, CredentialProvider } from './types.js';

/** Role chaining caps the second hop at one hour; asking for more fails the call. */
export const CHAINED_MAX_SECONDS = 3600;

export interface ChainOptions {
  /** `oidc` in GitHub Actions (the default there), `ambient` on a laptop (SDK default chain / profile). */
  mode?: 'oidc' | 'ambient';
  /** AWS profile for the ambient mode. */
  profile?: string;
  region?: string;
  context?: SessionContext;
  /** Hop 2 session length; capped at one hour (role chaining). */
  durationSeconds?: number;
  /** Per-call timeout (default 30 s, or INFRA_ACTION_STS_TIMEOUT_MS). */
  callTimeoutMs?: number;
  retry?: RetryOptions;
  /** The clock of the session cache (src/auth/session-cache.ts). */
  now?: () => number;
  /** The OIDC token source (default: @actions/core getIDToken). */
  getIdToken?: () => Promise<string>;
  /**
   * Masks a secret before anything can print it (default: core.setSecret in GitHub Actions; nothing
   * elsewhere, where `::add-mask::<secret>` would itself print the secret on a terminal).
   */
  maskSecret?: (value: string) => void;
  /** Called once per STS request sent (retries included), for counts. */
  onCall?: (action: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** The chain's provider, plus what `verify` and the benchmarks need to look inside. */
export interface ChainProvider extends CredentialProvider {
  readonly roles: RolePair;
  readonly mode: 'oidc' | 'ambient';
  /** The claims of the last OIDC token fetched (oidc mode). */
  claims(): TokenClaims | undefined;
  /** The claims of a valid OIDC token (fetched when there is none); undefined in ambient mode. */
  fetchClaims(): Promise<TokenClaims | undefined>;
  /** The role hop 1 assumes for this account (`ambient credentials` on a laptop). */
  hop1Role(account: Account): string;
  /** The assumed identity (GetCallerIdentity) of some credentials. */
  whoAmI(creds: AwsCredentials): Promise<{ arn: string; account: string; userId: string }>;
}

/** Everything one chain's calls share, resolved once from the options and the environment. */
interface Chain {
  roles: RolePair;
  options: ChainOptions;
  env: NodeJS.ProcessEnv;
  mode: 'oidc' | 'ambient';
  region: string;
  ctx: SessionContext;
  mask: (value: string) => void;
  timeoutMs: number;
  duration: number;
  endpoint: string;
}

function resolveChain(roles: RolePair, options: ChainOptions): Chain {
  const env = options.env ?? process.env;
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  return {
    roles,
    options,
    env,
    mode: options.mode ?? (env.GITHUB_ACTIONS === 'true' ? 'oidc' : 'ambient'),
    region,
    ctx: options.context ?? sessionContextFromEnv(env),
    mask: options.maskSecret ?? (env.GITHUB_ACTIONS === 'true' ? core.setSecret : () => {}),
    timeoutMs: options.callTimeoutMs ?? (Number(env.INFRA_ACTION_STS_TIMEOUT_MS) || 30_000),
    duration: Math.min(options.durationSeconds ?? CHAINED_MAX_SECONDS, CHAINED_MAX_SECONDS),
    endpoint: env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL ?? stsEndpoint(region),
  };
}

function stsClient(c: Chain, credentials?: AwsCredentials): STSClient {
  const profile = c.mode === 'ambient' && c.options.profile ? { profile: c.options.profile } : {};
  return new STSClient({ region: c.region, maxAttempts: 1, ...(credentials ? { credentials } : profile) });
}

type ErrorDetails = ConstructorParameters<typeof ChainError>[2];

/** One STS call with the chain's timeout and retries; a final failure names the hop and the role. */
async function stsCall<T>(c: Chain, hop: Hop, action: string, fn: (signal: AbortSignal) => Promise<T>, details: ErrorDetails): Promise<T> {
  const { retry, onCall } = c.options;
  const onRetry =
    retry?.onRetry ??
    ((i: { what: string; attempt: number; delayMs: number; error: Error }) =>
      core.info(`${i.what} failed (${errorCode(i.error) || i.error.message}); retry ${i.attempt} in ${i.delayMs} ms`));
  try {
    return await withRetry(
      action,
      () => {
        onCall?.(action);
        return withTimeout(`STS ${action} (${c.endpoint})`, c.timeoutMs, fn);
      },
      { ...retry, onRetry },
    );
  } catch (err) {
    const code = errorCode(err);
    const attempts = (err as { attempts?: number }).attempts;
    const what =
      code === 'CallTimeoutError'
        ? `${(err as Error).message} after ${attempts ?? 1} attempt(s)`
        : `${code ? `${code}: ` : ''}${(err as Error).message}`;
    throw new ChainError(`Hop ${hop} (${action} → ${details.roleArn}) failed: ${what}`, hop, {
      ...details,
      code,
      attempts,
      endpoint: c.endpoint,
      mode: c.mode,
      cause: err,
    });
  }
}

/** Masks a session before anything can print it. */
function masked(c: Chain, creds: AwsCredentials): AwsCredentials {
  c.mask(creds.accessKeyId);
  c.mask(creds.secretAccessKey);
  if (creds.sessionToken) c.mask(creds.sessionToken);
  return creds;
}

function sessionOf(c: Chain, out: Credentials | undefined, what: string): AwsCredentials {
  if (!out?.AccessKeyId || !out.SecretAccessKey) throw new Error(`${what}: STS answered without credentials`);
  return masked(c, {
    accessKeyId: out.AccessKeyId,
    secretAccessKey: out.SecretAccessKey,
    sessionToken: out.SessionToken,
    expiration: out.Expiration,
  });
}

interface IdToken {
  jwt: string;
  claims: TokenClaims;
}

/**
 * The job's OIDC tokens. Every hop-1 call gets a freshly fetched one: a session renewed hours into
 * a run cannot rely on the token fetched at its start (GitHub's tokens live minutes).
 */
function oidcTokens(c: Chain): { fresh(): Promise<IdToken>; valid(now: number): Promise<IdToken>; last(): IdToken | undefined } {
  let last: IdToken | undefined;
  const fresh = async (): Promise<IdToken> => {
    try {
      const jwt = await (c.options.getIdToken ?? (() => fetchIdToken(c.env)))();
      c.mask(jwt);
      return (last = { jwt, claims: decodeClaims(jwt) });
    } catch (err) {
      const noEndpoint = err instanceof NoTokenEndpointError;
      throw new ChainError(`Hop 0 (the GitHub OIDC token) failed: ${(err as Error).message}`, 0, {
        code: noEndpoint ? 'NoTokenEndpoint' : errorCode(err),
        mode: c.mode,
        cause: err,
      });
    }
  };
  const valid = (now: number): Promise<IdToken> => {
    const exp = last?.claims.exp;
    return last && (exp === undefined || exp * 1000 - now > 30_000) ? Promise.resolve(last) : fresh();
  };
  return { fresh, valid, last: () => last };
}

/** Hop 1 on a laptop: the SDK's default chain or the named profile (an SSO session). */
async function ambientSession(c: Chain): Promise<AwsCredentials> {
  try {
    const creds = await stsClient(c).config.credentials();
    const { accessKeyId, secretAccessKey, sessionToken, expiration } = creds;
    return masked(c, { accessKeyId, secretAccessKey, sessionToken, expiration });
  } catch (err) {
    const which = c.options.profile ? `, profile ${c.options.profile}` : '';
    throw new ChainError(`Hop 1 (ambient AWS credentials${which}) failed: ${(err as Error).message}`, 1, {
      code: 'NoAmbientCredentials',
      mode: c.mode,
      cause: err,
    });
  }
}

/** Hop 1 in CI: the job's OIDC token for the account's own management-account role. */
async function assumeHop1(c: Chain, token: IdToken, account: Account): Promise<AwsCredentials> {
  const roleArn = hop1RoleArn(c.roles, account);
  const out = await stsCall(
    c,
    1,
    'AssumeRoleWithWebIdentity',
    (abortSignal) =>
      stsClient(c).send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: roleArn,
          RoleSessionName: sessionName(c.ctx),
          WebIdentityToken: token.jwt,
          DurationSeconds: CHAINED_MAX_SECONDS,
        }),
        { abortSignal },
      ),
    { roleArn, claims: token.claims, account: { name: account.name, id: account.id } },
  );
  return sessionOf(c, out.Credentials, roleArn);
}

/** Hop 2: the account's executor, from its hop-1 session, tagged with who and what runs. */
async function assumeHop2(c: Chain, from: AwsCredentials, account: Account): Promise<AwsCredentials> {
  const roleArn = executorRoleArn(c.roles, account);
  const out = await stsCall(
    c,
    2,
    'AssumeRole',
    (abortSignal) =>
      stsClient(c, from).send(
        new AssumeRoleCommand({
          RoleArn: roleArn,
          RoleSessionName: sessionName(c.ctx),
          DurationSeconds: c.duration,
          Tags: sessionTags(c.ctx),
          SourceIdentity: sanitizeSourceIdentity(c.ctx.actor),
        }),
        { abortSignal },
      ),
    {
      roleArn,
      fromRoleArn: c.mode === 'oidc' ? hop1RoleArn(c.roles, account) : undefined,
      account: { name: account.name, id: account.id },
      durationSeconds: c.duration,
    },
  );
  return sessionOf(c, out.Credentials, roleArn);
}

/** Cached sessions by key, each renewed before it runs short (src/auth/session-cache.ts). */
function sessionsBy(now: (() => number) | undefined): (key: string, obtain: () => Promise<AwsCredentials>) => Promise<AwsCredentials> {
  const caches = new Map<string, () => Promise<AwsCredentials>>();
  return (key, obtain) => {
    let get = caches.get(key);
    if (!get) caches.set(key, (get = sessionCache(obtain, now)));
    return get();
  };
}

/**
 * The role chain for one job: hop 1 once per account's management role, hop 2 once per account,
 * each cached and renewed (with a freshly fetched OIDC token) before it runs short; concurrent
 * requests for the same account share one call. Each account's chain starts from its own role, so
 * a job's token reaches only the accounts whose roles trust it (a job in environment X: account X).
 */
export function assumeChain(accounts: Account[], roles: RolePair, options: ChainOptions = {}): ChainProvider {
  const c = resolveChain(roles, options);
  const known = new Map(accounts.map((a) => [a.id, a]));
  const tokens = oidcTokens(c);
  const hop1Sessions = new Set<AwsCredentials>();
  const cached = sessionsBy(options.now);
  const hop1Role = (account: Account): string => (c.mode === 'ambient' ? 'ambient credentials' : hop1RoleArn(roles, account));
  const management = (account: Account): Promise<AwsCredentials> => {
    const target = known.get(account.id) ?? account;
    return cached(`hop1 ${hop1Role(target)}`, async () => {
      const creds = c.mode === 'ambient' ? await ambientSession(c) : await assumeHop1(c, await tokens.fresh(), target);
      hop1Sessions.add(creds);
      return creds;
    });
  };
  const forAccount = (account: Account): Promise<AwsCredentials> => {
    const target = known.get(account.id) ?? account;
    return cached(`hop2 ${target.id}`, async () => assumeHop2(c, await management(target), target));
  };
  return {
    roles,
    mode: c.mode,
    claims: () => tokens.last()?.claims,
    fetchClaims: async () => (c.mode === 'oidc' ? (await tokens.valid((options.now ?? Date.now)())).claims : undefined),
    hop1Role,
    management,
    forAccount,
    async whoAmI(creds: AwsCredentials) {
      const hop = hop1Sessions.has(creds) ? 1 : 2;
      const out = await stsCall(
        c,
        hop,
        'GetCallerIdentity',
        (abortSignal) => stsClient(c, creds).send(new GetCallerIdentityCommand({}), { abortSignal }),
        {},
      );
      return { arn: out.Arn ?? '', account: out.Account ?? '', userId: out.UserId ?? '' };
    },
  };
}
