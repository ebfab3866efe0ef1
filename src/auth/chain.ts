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
  /** Refresh a cached session this long before it expires (default 5 min, at most half its life). */
  refreshMarginMs?: number;
  /** Per-call timeout (default 30 s, or INFRA_ACTION_STS_TIMEOUT_MS). */
  callTimeoutMs?: number;
  retry?: RetryOptions;
  now?: () => number;
  /** The OIDC token source (default: @actions/core getIDToken). */
  getIdToken?: () => Promise<string>;
  /** Masks a secret before anything can print it (default core.setSecret). */
  maskSecret?: (value: string) => void;
  /** Called once per STS request sent (retries included), for counts. */
  onCall?: (action: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** The chain's provider, plus what `verify` and the benchmarks need to look inside. */
export interface ChainProvider extends CredentialProvider {
  readonly roles: RolePair;
  readonly mode: 'oidc' | 'ambient';
  /** The OIDC token's claims, once fetched (oidc mode). */
  claims(): TokenClaims | undefined;
  /** Fetches the OIDC token (once) and returns its claims; undefined in ambient mode. */
  fetchClaims(): Promise<TokenClaims | undefined>;
  /** The role hop 1 assumes for this account (`ambient credentials` on a laptop). */
  hop1Role(account: Account): string;
  /** The assumed identity (GetCallerIdentity) of some credentials. */
  whoAmI(creds: AwsCredentials): Promise<{ arn: string; account: string; userId: string }>;
}

interface Cached {
  creds?: AwsCredentials;
  /** When the session was obtained: its lifetime sets the refresh margin (STS may grant less than asked). */
  at?: number;
  pending?: Promise<AwsCredentials>;
}

/**
 * The role chain for one job: the OIDC token once, hop 1 once per account's management role
 * (refreshed when it nears expiry), hop 2 once per account, cached; concurrent requests for the same
 * account share one call. Each account's chain starts from its own role, so a job's token reaches
 * only the accounts whose roles trust it (a job in environment X: account X).
 */
export function assumeChain(accounts: Account[], roles: RolePair, options: ChainOptions = {}): ChainProvider {
  const env = options.env ?? process.env;
  const mode = options.mode ?? (env.GITHUB_ACTIONS === 'true' ? 'oidc' : 'ambient');
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const ctx = options.context ?? sessionContextFromEnv(env);
  const now = options.now ?? Date.now;
  const mask = options.maskSecret ?? core.setSecret;
  const timeoutMs = options.callTimeoutMs ?? (Number(env.INFRA_ACTION_STS_TIMEOUT_MS) || 30_000);
  const duration = Math.min(options.durationSeconds ?? CHAINED_MAX_SECONDS, CHAINED_MAX_SECONDS);
  const endpoint = env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL ?? stsEndpoint(region);
  const known = new Map(accounts.map((a) => [a.id, a]));
  let token: { jwt: string; claims: TokenClaims } | undefined;
  /** Hop 1 sessions by role ARN (ambient mode: one slot). */
  const management = new Map<string, Cached>();
  const slotFor = (roleArn: string): Cached => {
    let slot = management.get(roleArn);
    if (!slot) management.set(roleArn, (slot = {}));
    return slot;
  };
  const hop1Role = (account: Account): string => (mode === 'ambient' ? 'ambient credentials' : hop1RoleArn(roles, account));
  const perAccount = new Map<string, Cached>();

  const fresh = (slot: Cached): boolean => {
    const c = slot.creds;
    if (!c) return false;
    if (!c.expiration) return true;
    const left = c.expiration.getTime() - now();
    const lifetime = c.expiration.getTime() - (slot.at ?? now());
    return left > Math.min(options.refreshMarginMs ?? 300_000, lifetime / 2);
  };

  const cached = (slot: Cached, fetch: () => Promise<AwsCredentials>): Promise<AwsCredentials> => {
    if (fresh(slot) && slot.creds) return Promise.resolve(slot.creds);
    const at = now();
    slot.pending ??= fetch()
      .then((c) => {
        slot.at = at;
        return (slot.creds = c);
      })
      .finally(() => (slot.pending = undefined));
    return slot.pending;
  };

  async function call<T>(
    hop: Hop,
    action: string,
    fn: (signal: AbortSignal) => Promise<T>,
    details: ConstructorParameters<typeof ChainError>[2],
  ): Promise<T> {
    try {
      return await withRetry(
        action,
        () => {
          options.onCall?.(action);
          return withTimeout(`STS ${action} (${endpoint})`, timeoutMs, fn);
        },
        {
          ...options.retry,
          onRetry:
            options.retry?.onRetry ??
            ((i) => core.info(`${i.what} failed (${errorCode(i.error) || i.error.message}); retry ${i.attempt} in ${i.delayMs} ms`)),
        },
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
        endpoint,
        mode,
        cause: err,
      });
    }
  }

  const client = (credentials?: AwsCredentials): STSClient =>
    new STSClient({
      region,
      maxAttempts: 1,
      ...(credentials ? { credentials } : mode === 'ambient' && options.profile ? { profile: options.profile } : {}),
    });

  const toCreds = (c: Credentials | undefined, what: string): AwsCredentials => {
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`${what}: STS answered without credentials`);
    const creds = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
    maskCreds(creds);
    return creds;
  };
  const maskCreds = (c: AwsCredentials): void => {
    mask(c.accessKeyId);
    mask(c.secretAccessKey);
    if (c.sessionToken) mask(c.sessionToken);
  };

  async function idToken(): Promise<{ jwt: string; claims: TokenClaims }> {
    const exp = token?.claims.exp;
    if (token && (exp === undefined || exp * 1000 - now() > 30_000)) return token;
    try {
      const jwt = await (options.getIdToken ?? (() => fetchIdToken(env)))();
      mask(jwt);
      token = { jwt, claims: decodeClaims(jwt) };
      return token;
    } catch (err) {
      const noEndpoint = err instanceof NoTokenEndpointError;
      throw new ChainError(`Hop 0 (the GitHub OIDC token) failed: ${(err as Error).message}`, 0, {
        code: noEndpoint ? 'NoTokenEndpoint' : errorCode(err),
        mode,
        cause: err,
      });
    }
  }

  async function assumeManagement(account: Account): Promise<AwsCredentials> {
    if (mode === 'ambient') {
      try {
        const creds = await client().config.credentials();
        const out = {
          accessKeyId: creds.accessKeyId,
          secretAccessKey: creds.secretAccessKey,
          sessionToken: creds.sessionToken,
          expiration: creds.expiration,
        };
        maskCreds(out);
        return out;
      } catch (err) {
        throw new ChainError(
          `Hop 1 (ambient AWS credentials${options.profile ? `, profile ${options.profile}` : ''}) failed: ${(err as Error).message}`,
          1,
          { code: 'NoAmbientCredentials', mode, cause: err },
        );
      }
    }
    const t = await idToken();
    const roleArn = hop1RoleArn(roles, account);
    const out = await call(
      1,
      'AssumeRoleWithWebIdentity',
      (abortSignal) =>
        client().send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: roleArn,
            RoleSessionName: sessionName(ctx),
            WebIdentityToken: t.jwt,
            DurationSeconds: CHAINED_MAX_SECONDS,
          }),
          { abortSignal },
        ),
      { roleArn, claims: t.claims, account: { name: account.name, id: account.id } },
    );
    return toCreds(out.Credentials, roleArn);
  }

  async function assumeExecutor(account: Account): Promise<AwsCredentials> {
    const from = await managementFor(account);
    const roleArn = executorRoleArn(roles, account);
    const out = await call(
      2,
      'AssumeRole',
      (abortSignal) =>
        client(from).send(
          new AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: sessionName(ctx),
            DurationSeconds: duration,
            Tags: sessionTags(ctx),
            SourceIdentity: sanitizeSourceIdentity(ctx.actor),
          }),
          { abortSignal },
        ),
      {
        roleArn,
        fromRoleArn: mode === 'oidc' ? hop1RoleArn(roles, account) : undefined,
        account: { name: account.name, id: account.id },
        durationSeconds: duration,
      },
    );
    return toCreds(out.Credentials, roleArn);
  }

  function managementFor(account: Account): Promise<AwsCredentials> {
    const target = known.get(account.id) ?? account;
    return cached(slotFor(hop1Role(target)), () => assumeManagement(target));
  }

  const hop1Sessions = (): AwsCredentials[] => [...management.values()].flatMap((s) => (s.creds ? [s.creds] : []));

  return {
    roles,
    mode,
    claims: () => token?.claims,
    fetchClaims: async () => (mode === 'oidc' ? (await idToken()).claims : undefined),
    hop1Role,
    management: managementFor,
    forAccount(account: Account) {
      const target = known.get(account.id) ?? account;
      let slot = perAccount.get(target.id);
      if (!slot) perAccount.set(target.id, (slot = {}));
      return cached(slot, () => assumeExecutor(target));
    },
    async whoAmI(creds: AwsCredentials) {
      const out = await call(
        hop1Sessions().includes(creds) ? 1 : 2,
        'GetCallerIdentity',
        (abortSignal) => client(creds).send(new GetCallerIdentityCommand({}), { abortSignal }),
        {},
      );
      return { arn: out.Arn ?? '', account: out.Account ?? '', userId: out.UserId ?? '' };
    },
  };
}
