export const id = 600;
export const ids = [600];
export const modules = {

/***/ 7421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ assumeChain)
});

// UNUSED EXPORTS: CHAINED_MAX_SECONDS

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(71695);
// EXTERNAL MODULE: ./src/manifest/naming.ts
var naming = __webpack_require__(98425);
// EXTERNAL MODULE: ./src/auth/errors.ts
var errors = __webpack_require__(25439);
;// CONCATENATED MODULE: ./src/auth/oidc-token.ts

const STS_AUDIENCE = 'sts.amazonaws.com';
/** Thrown when the job cannot ask for an OIDC token at all (no `id-token: write`, or a fork PR). */
class NoTokenEndpointError extends Error {
    name = 'NoTokenEndpointError';
}
/** Decodes a JWT's payload without verifying it: for explanations only, never for decisions. */
function decodeClaims(jwt) {
    const part = jwt.split('.')[1];
    if (!part)
        return {};
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
/** Fetches the job's OIDC token for STS; @actions/core masks it. */
async function fetchIdToken(env = process.env) {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new NoTokenEndpointError('This job has no OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL is not set).');
    }
    return core/* getIDToken */.V9(STS_AUDIENCE);
}

;// CONCATENATED MODULE: ./src/auth/retry.ts
/**
 * Retries for STS calls: throttling, 5xx and network failures are worth another try; a denial or a
 * validation error will fail the same way again, so it never retries. Sleep, clock and randomness
 * are injectable so tests run in milliseconds.
 */
const THROTTLE_CODES = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException', 'RequestThrottled', 'SlowDown', 'IDPCommunicationError', 'ServiceUnavailable', 'InternalFailure', 'InternalError']);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET']);
/** Thrown when one call got no answer in time. */
class CallTimeoutError extends Error {
    name = 'CallTimeoutError';
}
/** The AWS error code of an SDK error (`AccessDenied`, `Throttling`, …), or the Node error code. */
function errorCode(err) {
    const e = err;
    return e?.Code ?? (e?.name && e.name !== 'Error' ? e.name : undefined) ?? e?.code ?? '';
}
function httpStatus(err) {
    const e = err;
    return e?.$metadata?.httpStatusCode ?? e?.$response?.statusCode;
}
/** Throttling, 5xx, timeouts and network errors: yes. Everything else (AccessDenied, validation): no. */
function isRetryable(err) {
    const e = err;
    const code = errorCode(err);
    if (err instanceof CallTimeoutError || code === 'TimeoutError' || code === 'RequestTimeout')
        return true;
    if (THROTTLE_CODES.has(code) || NETWORK_CODES.has(code) || NETWORK_CODES.has(e?.code ?? ''))
        return true;
    const status = httpStatus(err);
    if (status !== undefined && (status >= 500 || status === 429))
        return true;
    if (status === undefined && /socket hang up|ECONNRESET|ECONNREFUSED|network/i.test(e?.message ?? ''))
        return true;
    return e?.cause !== undefined && e.cause !== err ? isRetryable(e.cause) : false;
}
/** Runs `fn`, retrying retryable failures with full-jitter exponential backoff, bounded in count and time. */
async function withRetry(what, fn, opts = {}) {
    const attempts = opts.attempts ?? 5;
    const maxElapsed = opts.maxElapsedMs ?? 60_000;
    const base = opts.baseMs ?? 250;
    const cap = opts.capMs ?? 8_000;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const now = opts.now ?? Date.now;
    const random = opts.random ?? Math.random;
    const start = now();
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            if (!isRetryable(err) || attempt >= attempts)
                throw annotate(err, attempt);
            const delayMs = Math.floor(random() * Math.min(cap, base * 2 ** (attempt - 1)));
            if (now() - start + delayMs > maxElapsed)
                throw annotate(err, attempt);
            opts.onRetry?.({ what, attempt, delayMs, error: err });
            await sleep(delayMs);
        }
    }
}
function annotate(err, attempts) {
    if (err && typeof err === 'object')
        err.attempts = attempts;
    return err;
}
/** Rejects with CallTimeoutError when `fn` does not settle within `ms`; the signal lets it abort its request. */
async function withTimeout(what, ms, fn) {
    const ctl = new AbortController();
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            // Reject first: the race must report the timeout, not the abort error it causes.
            reject(new CallTimeoutError(`${what} got no answer within ${ms / 1000} s`));
            ctl.abort();
        }, ms);
    });
    try {
        return await Promise.race([fn(ctl.signal), timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/auth/sanitize.ts
/**
 * What STS accepts in names and tags. Values come from GitHub (branch names, actors) and may hold
 * characters STS refuses; an invalid name would fail the hop with a validation error, so we map
 * them rather than pass them through.
 */
/** Role session names: `[\w+=,.@-]`, 2–64 characters. */
function sanitizeSessionName(name) {
    const clean = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
    return clean.length >= 2 ? clean : `${clean}--`.slice(0, 2);
}
/** `infra-action-<run id>-<attempt>`: CloudTrail shows which workflow run held the session. */
function sessionName(ctx) {
    return sanitizeSessionName(`infra-action-${ctx.runId || 'local'}-${ctx.runAttempt || '1'}`);
}
/** Session tag values: letters, digits, spaces and `_.:/=+-@`, at most 256 characters. */
function sanitizeTagValue(value) {
    return value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, 256);
}
/** Source identity: 2–64 characters of `[\w+=,.@-]` (GitHub logins fit; bots' `[bot]` suffix does not). */
function sanitizeSourceIdentity(actor) {
    return sanitizeSessionName(actor || 'unknown');
}
/** The session tags of hop 2 (STS refuses tags on the web-identity hop). Empty values are left out. */
function sessionTags(ctx) {
    const pairs = [
        ['repository', ctx.repository],
        ['workflow', ctx.workflow],
        ['ref', ctx.ref],
        ['sha', ctx.sha],
        ['actor', ctx.actor],
        ['run-id', ctx.runId],
    ];
    return pairs.filter(([, v]) => v).map(([Key, v]) => ({ Key, Value: sanitizeTagValue(v) }));
}
/** Reads the session context from the runner's environment (the CLI on a laptop gets local defaults). */
function sessionContextFromEnv(env = process.env) {
    return {
        runId: env.GITHUB_RUN_ID ?? 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        repository: env.GITHUB_REPOSITORY ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        actor: env.GITHUB_ACTOR ?? env.USER ?? env.USERNAME ?? 'unknown',
    };
}

;// CONCATENATED MODULE: ./src/auth/chain.ts







/** Role chaining caps the second hop at one hour; asking for more fails the call. */
const CHAINED_MAX_SECONDS = 3600;
/**
 * The role chain for one job: the OIDC token once, hop 1 once (refreshed when it nears expiry),
 * hop 2 once per account, cached; concurrent requests for the same account share one call.
 */
function assumeChain(manifest, accounts, roles = manifest.deployRoles, options = {}) {
    const env = options.env ?? process.env;
    const mode = options.mode ?? (env.GITHUB_ACTIONS === 'true' ? 'oidc' : 'ambient');
    const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
    const ctx = options.context ?? sessionContextFromEnv(env);
    const now = options.now ?? Date.now;
    const mask = options.maskSecret ?? core/* setSecret */.Pq;
    const timeoutMs = options.callTimeoutMs ?? (Number(env.INFRA_ACTION_STS_TIMEOUT_MS) || 30_000);
    const duration = Math.min(options.durationSeconds ?? CHAINED_MAX_SECONDS, CHAINED_MAX_SECONDS);
    const endpoint = env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL ?? `https://sts.${region}.amazonaws.com`;
    const known = new Map(accounts.map((a) => [a.id, a]));
    let token;
    const management = {};
    const perAccount = new Map();
    const fresh = (slot) => {
        const c = slot.creds;
        if (!c)
            return false;
        if (!c.expiration)
            return true;
        const left = c.expiration.getTime() - now();
        const lifetime = c.expiration.getTime() - (slot.at ?? now());
        return left > Math.min(options.refreshMarginMs ?? 300_000, lifetime / 2);
    };
    const cached = (slot, fetch) => {
        if (fresh(slot) && slot.creds)
            return Promise.resolve(slot.creds);
        const at = now();
        slot.pending ??= fetch()
            .then((c) => {
            slot.at = at;
            return (slot.creds = c);
        })
            .finally(() => (slot.pending = undefined));
        return slot.pending;
    };
    async function call(hop, action, fn, details) {
        try {
            return await withRetry(action, () => {
                options.onCall?.(action);
                return withTimeout(`STS ${action} (${endpoint})`, timeoutMs, fn);
            }, { ...options.retry, onRetry: options.retry?.onRetry ?? ((i) => core/* info */.pq(`${i.what} failed (${errorCode(i.error) || i.error.message}); retry ${i.attempt} in ${i.delayMs} ms`)) });
        }
        catch (err) {
            const code = errorCode(err);
            const attempts = err.attempts;
            const what = code === 'CallTimeoutError' ? `${err.message} after ${attempts ?? 1} attempt(s)` : `${code ? `${code}: ` : ''}${err.message}`;
            throw new errors/* ChainError */.I(`Hop ${hop} (${action} → ${details.roleArn}) failed: ${what}`, hop, { ...details, code, attempts, endpoint, mode, cause: err });
        }
    }
    const client = (credentials) => new dist_cjs/* STSClient */.iM({ region, maxAttempts: 1, ...(credentials ? { credentials } : mode === 'ambient' && options.profile ? { profile: options.profile } : {}) });
    const toCreds = (c, what) => {
        if (!c?.AccessKeyId || !c.SecretAccessKey)
            throw new Error(`${what}: STS answered without credentials`);
        const creds = { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
        maskCreds(creds);
        return creds;
    };
    const maskCreds = (c) => {
        mask(c.accessKeyId);
        mask(c.secretAccessKey);
        if (c.sessionToken)
            mask(c.sessionToken);
    };
    async function idToken() {
        const exp = token?.claims.exp;
        if (token && (exp === undefined || exp * 1000 - now() > 30_000))
            return token;
        try {
            const jwt = await (options.getIdToken ?? (() => fetchIdToken(env)))();
            mask(jwt);
            token = { jwt, claims: decodeClaims(jwt) };
            return token;
        }
        catch (err) {
            const noEndpoint = err instanceof NoTokenEndpointError;
            throw new errors/* ChainError */.I(`Hop 0 (the GitHub OIDC token) failed: ${err.message}`, 0, { code: noEndpoint ? 'NoTokenEndpoint' : errorCode(err), mode, cause: err });
        }
    }
    async function assumeManagement() {
        if (mode === 'ambient') {
            try {
                const creds = await client().config.credentials();
                const out = { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken, expiration: creds.expiration };
                maskCreds(out);
                return out;
            }
            catch (err) {
                throw new errors/* ChainError */.I(`Hop 1 (ambient AWS credentials${options.profile ? `, profile ${options.profile}` : ''}) failed: ${err.message}`, 1, { code: 'NoAmbientCredentials', mode, cause: err });
            }
        }
        const t = await idToken();
        const roleArn = roles.oidcRoleArn;
        const out = await call(1, 'AssumeRoleWithWebIdentity', (abortSignal) => client().send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({ RoleArn: roleArn, RoleSessionName: sessionName(ctx), WebIdentityToken: t.jwt, DurationSeconds: CHAINED_MAX_SECONDS }), { abortSignal }), { roleArn, claims: t.claims });
        return toCreds(out.Credentials, roleArn);
    }
    async function assumeExecutor(account) {
        const from = await cached(management, assumeManagement);
        const roleArn = (0,naming/* roleChain */.CR)(roles, account)[1];
        const out = await call(2, 'AssumeRole', (abortSignal) => client(from).send(new dist_cjs/* AssumeRoleCommand */.QL({ RoleArn: roleArn, RoleSessionName: sessionName(ctx), DurationSeconds: duration, Tags: sessionTags(ctx), SourceIdentity: sanitizeSourceIdentity(ctx.actor) }), { abortSignal }), { roleArn, fromRoleArn: mode === 'oidc' ? roles.oidcRoleArn : undefined, account: { name: account.name, id: account.id }, durationSeconds: duration });
        return toCreds(out.Credentials, roleArn);
    }
    return {
        roles,
        mode,
        claims: () => token?.claims,
        management: () => cached(management, assumeManagement),
        forAccount(account) {
            const target = known.get(account.id) ?? account;
            let slot = perAccount.get(target.id);
            if (!slot)
                perAccount.set(target.id, (slot = {}));
            return cached(slot, () => assumeExecutor(target));
        },
        async whoAmI(creds) {
            const out = await call(creds === management.creds ? 1 : 2, 'GetCallerIdentity', (abortSignal) => client(creds).send(new dist_cjs/* GetCallerIdentityCommand */.zI({}), { abortSignal }), {});
            return { arn: out.Arn ?? '', account: out.Account ?? '', userId: out.UserId ?? '' };
        },
    };
}


/***/ }),

/***/ 25439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ ChainError)
/* harmony export */ });
/** A failed hop, with what `explainFailure` needs to say why and how to fix it. */
class ChainError extends Error {
    hop;
    details;
    name = 'ChainError';
    constructor(message, hop, details) {
        super(message);
        this.hop = hop;
        this.details = details;
    }
}


/***/ }),

/***/ 52920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ explainFailure)
});

// UNUSED EXPORTS: hop1Traps

// EXTERNAL MODULE: ./src/auth/errors.ts
var errors = __webpack_require__(25439);
;// CONCATENATED MODULE: ./src/auth/trust-policy.ts
/**
 * A small evaluator for the IAM operators trust policies use (StringEquals, StringLike,
 * StringNotEquals, ArnEquals, ArnLike, Bool, principals, actions). The npm IAM simulators are
 * AGPL-3.0, which a bundled action cannot carry. `verify` uses it to name the failing condition;
 * the STS emulator in test/support uses the very same code to decide.
 */
const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** IAM glob: `*` any run of characters, `?` one character; case-sensitive. */
function globMatch(pattern, value) {
    const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${re}$`, 's').test(value);
}
function principalMatches(statement, p) {
    if (statement.Principal === '*')
        return undefined;
    const allowed = list(statement.Principal?.[p.type]);
    if (allowed.includes('*'))
        return undefined;
    const account = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(p.value)?.[1];
    for (const a of allowed) {
        if (a === p.value)
            return undefined;
        if (p.type === 'AWS' && account && (a === account || a === `arn:aws:iam::${account}:root`))
            return undefined;
    }
    const want = allowed.length ? allowed.map((a) => `"${a}"`).join(', ') : `no ${p.type} principal`;
    return `Principal: the caller is ${p.type} "${p.value}"; the statement names ${want}`;
}
function conditionFailure(operator, key, wanted, actual) {
    const ifExists = operator.endsWith('IfExists');
    const setOp = /^(ForAnyValue|ForAllValues):/.exec(operator)?.[1];
    const base = operator.replace(/IfExists$/, '').replace(/^(ForAnyValue|ForAllValues):/, '');
    const values = list(actual);
    if (values.length === 0) {
        if (ifExists || setOp === 'ForAllValues')
            return undefined;
        return `${operator} ${key}: the request has no ${key}; the policy wants ${fmt(wanted)}`;
    }
    const one = (v) => {
        switch (base) {
            case 'StringEquals':
            case 'ArnEquals':
                return base === 'ArnEquals' ? wanted.some((w) => globMatch(w, v)) : wanted.includes(v);
            case 'StringEqualsIgnoreCase':
                return wanted.some((w) => w.toLowerCase() === v.toLowerCase());
            case 'StringLike':
            case 'ArnLike':
                return wanted.some((w) => globMatch(w, v));
            case 'StringNotEquals':
                return !wanted.includes(v);
            case 'StringNotLike':
            case 'ArnNotLike':
                return !wanted.some((w) => globMatch(w, v));
            case 'Bool':
                return wanted.some((w) => w.toLowerCase() === v.toLowerCase());
            default:
                return false;
        }
    };
    const ok = setOp === 'ForAllValues' ? values.every(one) : values.some(one);
    if (ok)
        return undefined;
    return `${operator} ${key}: the request has ${fmt(values)}; the policy allows ${fmt(wanted)}`;
}
const fmt = (v) => (v.length === 1 ? `"${v[0]}"` : `one of ${v.map((x) => `"${x}"`).join(', ')}`);
function actionCovered(patterns, action) {
    return patterns.some((p) => globMatch(p.toLowerCase(), action.toLowerCase()));
}
/** Evaluates one statement against the request. */
function evaluateStatement(s, req, index = 0) {
    const failures = [];
    const principal = principalMatches(s, req.principal);
    if (principal)
        failures.push(principal);
    for (const [operator, keys] of Object.entries(s.Condition ?? {})) {
        for (const [key, wanted] of Object.entries(keys)) {
            const f = conditionFailure(operator, key, list(wanted), req.context[key]);
            if (f)
                failures.push(f);
        }
    }
    const patterns = list(s.Action);
    return { sid: s.Sid ?? `Statement[${index}]`, effect: s.Effect, failures, actions: req.actions.filter((a) => actionCovered(patterns, a)) };
}
/**
 * Decides whether the trust policy lets the principal do every requested action: each action needs
 * an applicable Allow, and an applicable Deny on any of them refuses the whole request.
 */
function evaluateTrustPolicy(policy, req) {
    const statements = list(policy.Statement).length ? (Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]) : [];
    const verdicts = statements.map((s, i) => evaluateStatement(s, req, i));
    const reasons = [];
    for (const v of verdicts) {
        if (v.effect === 'Deny' && v.failures.length === 0 && v.actions.length > 0)
            reasons.push(`${v.sid} denies ${v.actions.join(', ')}`);
    }
    for (const action of req.actions) {
        const candidates = verdicts.filter((v) => v.effect === 'Allow' && v.actions.includes(action));
        if (candidates.some((v) => v.failures.length === 0))
            continue;
        if (candidates.length === 0)
            reasons.push(`no statement allows ${action}`);
        else
            for (const c of candidates)
                reasons.push(...c.failures.map((f) => `${c.sid} (${action}): ${f}`));
    }
    return { allowed: reasons.length === 0, reasons: [...new Set(reasons)], statements: verdicts };
}

;// CONCATENATED MODULE: ./src/auth/explain.ts


const OIDC_HOST = 'token.actions.githubusercontent.com';
const ID_TOKEN_YAML = `permissions:
  id-token: write   # lets the job ask GitHub for an OIDC token
  contents: read`;
/**
 * Says which hop failed, why, and the fix, for people reading a job log or a terminal. Knows the
 * traps users hit with GitHub OIDC and role chaining.
 */
function explainFailure(err, policies = {}) {
    if (!(err instanceof errors/* ChainError */.I))
        return `The role chain failed: ${err?.message ?? String(err)}`;
    const d = err.details;
    const lines = [err.message, ''];
    if (d.code === 'CallTimeoutError' || d.code === 'Throttling' || d.code === 'ServiceUnavailable' || d.code === 'InternalFailure') {
        lines.push(`STS (${d.endpoint}) kept failing after ${d.attempts ?? 1} attempt(s). This is not a permissions problem: check the network path to STS (proxy, VPC endpoint, AWS_ENDPOINT_URL_STS) and AWS health, then re-run.`);
        return lines.join('\n');
    }
    if (err.hop === 0)
        return [...lines, ...explainNoToken(err)].join('\n');
    if (err.hop === 1)
        return [...lines, ...explainHop1(err, policies)].join('\n');
    return [...lines, ...explainHop2(err, policies)].join('\n');
}
function explainNoToken(err) {
    if (err.details.code !== 'NoTokenEndpoint') {
        return ['GitHub did not hand out an OIDC token. The token service answered with an error (see above); re-run the job, and check https://www.githubstatus.com.'];
    }
    return [
        'The job cannot ask GitHub for an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set.',
        'Cause 1: the workflow (or the job) lacks the id-token permission. Add to the calling job:',
        '',
        ...ID_TOKEN_YAML.split('\n').map((l) => `    ${l}`),
        '',
        '  A reusable workflow gets only what its caller grants, so the caller job needs it too.',
        'Cause 2: a pull request from a fork. GitHub gives fork PRs no OIDC token (and no secrets), by design;',
        '  run previews of fork PRs after a maintainer review (for example a labelled pull_request_target job that checks out the trusted base), or skip them.',
    ];
}
function claimLines(c) {
    if (!c)
        return ['  (the token could not be decoded)'];
    const keys = ['sub', 'aud', 'ref', 'environment', 'job_workflow_ref', 'repository', 'event_name'];
    return keys.filter((k) => c[k] !== undefined).map((k) => `  ${k.padEnd(17)} ${String(c[k])}`);
}
function explainHop1(err, policies) {
    const d = err.details;
    if (d.mode === 'ambient') {
        return [
            'No usable AWS credentials on this machine for the first hop.',
            'Sign in first (e.g. `aws sso login --profile NAME`) and pass `--profile NAME`, or export AWS credentials for a role the executor roles trust.',
        ];
    }
    const c = d.claims;
    const sub = c?.sub ?? '';
    const out = [`GitHub's token was refused by the trust policy of ${d.roleArn}.`, '', 'The token says:', ...claimLines(c), ''];
    if (d.code === 'InvalidIdentityToken' || d.code === 'ExpiredTokenException') {
        out.push(`STS did not accept the token itself (${d.code}): the management account needs an IAM OIDC provider for https://${OIDC_HOST} with audience (client id) "sts.amazonaws.com"; the bootstrap-management program creates it.`);
        return out;
    }
    out.push('A trust policy must allow, for the Federated principal arn:aws:iam::<management>:oidc-provider/token.actions.githubusercontent.com:');
    out.push(`  StringEquals ${OIDC_HOST}:aud = "sts.amazonaws.com"`);
    out.push(`  StringEquals (or StringLike) ${OIDC_HOST}:sub = "${sub}"`);
    const policy = d.roleArn ? policies[d.roleArn] : undefined;
    if (policy && c) {
        const decision = evaluateTrustPolicy(policy, {
            actions: ['sts:AssumeRoleWithWebIdentity'],
            principal: { type: 'Federated', value: findFederated(policy) ?? `oidc-provider/${OIDC_HOST}` },
            context: { [`${OIDC_HOST}:sub`]: c.sub, [`${OIDC_HOST}:aud`]: Array.isArray(c.aud) ? c.aud : c.aud },
        });
        out.push('', decision.allowed ? 'The trust policy you gave allows this token; the role in AWS must have a different one (re-run the bootstrap).' : 'The trust policy you gave refuses it:');
        out.push(...decision.reasons.map((r) => `  ✗ ${r}`));
    }
    out.push('', ...hop1Traps(c, d.roleArn ?? '', d.roleArn ? policies[d.roleArn] : undefined));
    return out;
}
function findFederated(policy) {
    for (const s of Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]) {
        const f = s.Principal !== '*' ? s.Principal?.Federated : undefined;
        if (f)
            return Array.isArray(f) ? f[0] : f;
    }
    return undefined;
}
/** The known ways a correct-looking setup still fails hop 1. */
function hop1Traps(c, roleArn, policy) {
    const sub = c?.sub ?? '';
    const allowed = JSON.stringify(policy ?? {});
    const traps = ['Common causes:'];
    if (c?.environment)
        traps.push(`- The job runs in environment "${c.environment}", so sub is "…:environment:${c.environment}", not "…:ref:…". Allow that environment in the trust policy (bootstrap-management \`environments\`).`);
    if (c?.event_name === 'pull_request' || sub.endsWith(':pull_request')) {
        traps.push('- This is a pull_request token (sub "…:pull_request"). The deploy role must not trust PRs: name a read-only `previewRole` pair in infra.yaml for previews, trusted for pull_request only.');
    }
    if (/^repo:[^/]+@\d+\//.test(sub))
        traps.push('- The repository uses the immutable sub form "repo:ORG@OWNER_ID/REPO@REPO_ID:…" (repositories created after 2026-07-15). The trust policy must use that form.');
    else if (allowed.includes('@') && /repo:[^"/]+@\d+/.test(allowed))
        traps.push('- The trust policy uses the immutable "repo:ORG@OWNER_ID/REPO@REPO_ID" form but this token uses "repo:ORG/REPO".');
    const policySubs = [...allowed.matchAll(/repo:[^"]+/g)].map((m) => m[0]);
    const repoOf = (s) => /^repo:([^:]+):/.exec(s)?.[1] ?? '';
    if (policySubs.some((p) => repoOf(p).toLowerCase() === repoOf(sub).toLowerCase() && repoOf(p) !== repoOf(sub)))
        traps.push('- Case: the policy names the organisation or repository in a different case. sub matching is case-sensitive; copy the exact case from the token above.');
    if (c?.repository && policySubs.length && !policySubs.some((p) => p.toLowerCase().startsWith(`repo:${c.repository.toLowerCase()}:`) || /repo:[^/]+@\d+/.test(p))) {
        traps.push(`- The trust policy names another repository; this token comes from ${c.repository}. A fork or a copy of the repository is a different repository.`);
    }
    if (c?.job_workflow_ref && c.repository && !c.job_workflow_ref.startsWith(`${c.repository}/`)) {
        traps.push(`- The job runs a reusable workflow (${c.job_workflow_ref}); sub still names the calling repository, so trust the caller's repository (job_workflow_ref is not a condition key IAM offers).`);
    }
    if (/github/i.test(roleArn.split('/').pop() ?? '')) {
        traps.push('- The role name contains "GitHub"; this has been reported to fail with a misleading AssumeRoleWithWebIdentity denial (configure-aws-credentials #953, #1093). If the policy looks right, try a role name without it.');
    }
    traps.push('- The aud claim must be "sts.amazonaws.com" and the OIDC provider must list it as a client id.');
    return traps;
}
function explainHop2(err, policies) {
    const d = err.details;
    const from = d.fromRoleArn ?? 'your ambient (SSO) role';
    const out = [];
    if (d.code === 'ValidationError' && /DurationSeconds|1 hour/i.test(String(d.cause?.message ?? err.message))) {
        return ['A role assumed from another role (role chaining) lasts at most 1 hour: DurationSeconds must be ≤ 3600 on this hop. Long runs get fresh sessions through the credential_process profile instead.'];
    }
    const accountInArn = /arn:aws[\w-]*:iam::(\d{12}):/.exec(d.roleArn ?? '')?.[1];
    out.push(`The executor role ${d.roleArn} in account ${d.account?.name ?? '?'} (${d.account?.id ?? accountInArn ?? '?'}) refused ${from}.`);
    const policy = d.roleArn ? policies[d.roleArn] : undefined;
    if (policy && d.fromRoleArn) {
        const decision = evaluateTrustPolicy(policy, { actions: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'], principal: { type: 'AWS', value: d.fromRoleArn }, context: { 'aws:PrincipalArn': d.fromRoleArn } });
        out.push(decision.allowed ? 'The trust policy you gave allows it; the role in AWS must have a different one (re-run bootstrap-account).' : 'The trust policy you gave refuses it:', ...decision.reasons.map((r) => `  ✗ ${r}`));
    }
    out.push('Check, in this order:', `- Does the role exist in that account? The manifest says account ${d.account?.name ?? '?'} is ${d.account?.id ?? '?'}; a wrong account id (or a role name typo in executorRole) gives exactly this denial.`, `- Its trust policy must name the management role as principal: "Principal": {"AWS": "${d.fromRoleArn ?? '<your role ARN>'}"}.`, '- …and allow all three actions: "sts:AssumeRole", "sts:TagSession" (session tags) and "sts:SetSourceIdentity" (the GitHub actor as source identity). Missing either of the last two fails the whole call.', `- The management role's own permissions must allow sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity on ${d.roleArn}.`);
    return out;
}


/***/ }),

/***/ 18151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ rolesFor)
/* harmony export */ });
/**
 * The role pair a run uses: the read-only preview pair for pull_request runs when the manifest
 * names one, else the deploy pair (previews then hold deploy rights: say so in the summary).
 */
function rolesFor(manifest, kind) {
    if (kind === 'preview' && manifest.previewRoles)
        return { roles: manifest.previewRoles };
    if (kind === 'preview') {
        return { roles: manifest.deployRoles, warning: 'Previews use the deploy roles: code in a pull request can then act with deploy rights. Name a read-only `previewRole` pair in infra.yaml (bootstrap creates it).' };
    }
    return { roles: manifest.deployRoles };
}


/***/ })

};
