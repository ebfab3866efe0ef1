export const id = 165;
export const ids = [165];
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

/***/ 85165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   credentialEnv: () => (/* binding */ credentialEnv),
/* harmony export */   credentialProcessJson: () => (/* binding */ credentialProcessJson),
/* harmony export */   credentialsCommand: () => (/* binding */ credentialsCommand),
/* harmony export */   writeCredentialProcessConfig: () => (/* binding */ writeCredentialProcessConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7421);



const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Writes the spec and the AWS config file under `dir`; returns what the engine puts in a stack's env. */
async function writeCredentialProcessConfig(opts) {
    const env = opts.env ?? process.env;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(opts.dir, { recursive: true });
    const spec = {
        roles: opts.roles,
        accounts: opts.accounts,
        mode: opts.mode,
        profile: opts.profile,
        region: opts.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
        sourceConfigFile: env.AWS_CONFIG_FILE,
        sourceProfile: env.AWS_PROFILE,
    };
    const specFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.dir, 'infra-action-credentials.json');
    const configFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.dir, 'infra-action-aws-config');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(specFile, JSON.stringify(spec, null, 2));
    const command = (target) => [opts.node ?? process.execPath, opts.bundle ?? process.argv[1], 'credentials', '--spec', specFile, '--account', target].map(quote).join(' ');
    const profileFor = (a) => `infra-action-${a === 'management' ? 'management' : a.name}`;
    const sections = ['management', ...opts.accounts].map((a) => `[profile ${profileFor(a)}]\ncredential_process = ${command(a === 'management' ? 'management' : a.name)}\nregion = ${spec.region}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(configFile, sections.join('\n'), { mode: 0o600 });
    return {
        configFile,
        profileFor,
        envFor: (a) => ({ AWS_CONFIG_FILE: configFile, AWS_PROFILE: profileFor(a), AWS_SDK_LOAD_CONFIG: '1' }),
        unset: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_DEFAULT_PROFILE'],
    };
}
/** Plain env credentials, for short runs or `export-credentials: true`. */
function credentialEnv(creds, region) {
    return {
        AWS_ACCESS_KEY_ID: creds.accessKeyId,
        AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
        ...(creds.sessionToken ? { AWS_SESSION_TOKEN: creds.sessionToken } : {}),
        ...(region ? { AWS_REGION: region } : {}),
    };
}
/** The credential_process answer (Version 1). */
function credentialProcessJson(c) {
    return JSON.stringify({ Version: 1, AccessKeyId: c.accessKeyId, SecretAccessKey: c.secretAccessKey, SessionToken: c.sessionToken, ...(c.expiration ? { Expiration: c.expiration.toISOString() } : {}) });
}
/**
 * `infra-action credentials --spec FILE --account NAME|management`: the hidden command the profile
 * runs. Its stdout belongs to the AWS SDK, so nothing but the JSON may reach it (@actions/core
 * would print `::add-mask::` lines there; the parent job already masked these values).
 */
async function credentialsCommand(argv, io) {
    const arg = (name) => {
        const i = argv.indexOf(`--${name}`);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const specFile = arg('spec');
    const target = arg('account');
    if (!specFile || !target) {
        io.stderr('usage: infra-action credentials --spec FILE --account NAME|management\n');
        return 2;
    }
    const spec = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(specFile, 'utf8'));
    restore('AWS_CONFIG_FILE', spec.sourceConfigFile);
    restore('AWS_PROFILE', spec.sourceProfile);
    const account = spec.accounts.find((a) => a.name === target);
    if (target !== 'management' && !account) {
        io.stderr(`credentials: account "${target}" is not in ${specFile}\n`);
        return 2;
    }
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((..._args) => true);
    let creds;
    try {
        const chain = (0,_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .assumeChain */ .I)({ deployRoles: spec.roles }, spec.accounts, spec.roles, {
            mode: spec.mode,
            profile: spec.profile,
            region: spec.region,
            maskSecret: () => { },
            retry: { onRetry: (i) => io.stderr(`${i.what}: retry ${i.attempt} in ${i.delayMs} ms\n`) },
        });
        creds = account ? await chain.forAccount(account) : await chain.management();
    }
    catch (err) {
        process.stdout.write = write;
        io.stderr(`infra-action credentials: ${err.message}\n`);
        return 1;
    }
    process.stdout.write = write;
    io.stdout(credentialProcessJson(creds) + '\n');
    return 0;
}
function restore(name, value) {
    if (value === undefined)
        delete process.env[name];
    else
        process.env[name] = value;
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


/***/ })

};
