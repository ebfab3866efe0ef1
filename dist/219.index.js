export const id = 219;
export const ids = [219];
export const modules = {

/***/ 76530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hh: () => (/* binding */ parseParallel),
/* harmony export */   mD: () => (/* binding */ asOperation),
/* harmony export */   xj: () => (/* binding */ runOperation)
/* harmony export */ });
/* unused harmony exports OPERATIONS, onResult, cancelOnSignals */
/* harmony import */ var _programs_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18009);
/* harmony import */ var _engine_credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83656);
/* harmony import */ var _engine_dependencies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10705);
/* harmony import */ var _engine_run_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35091);




/** The four commands the engine runs. */
const OPERATIONS = ['preview', 'up', 'refresh', 'destroy'];
function asOperation(command) {
    if (!OPERATIONS.includes(command))
        throw new Error(`"${command}" is not an engine operation`);
    return command;
}
/** Parses `parallel` (input or --parallel): a whole number ≥ 1, default 4. */
function parseParallel(raw, name) {
    if (raw === undefined || raw.trim() === '')
        return 4;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 64)
        throw new Error(`Invalid ${name}: "${raw}". Expected a whole number from 1 to 64.`);
    return n;
}
/** Listeners the reporting side registers for the whole run (PR comment, job summary). */
const resultListeners = [];
function onResult(listener) {
    resultListeners.push(listener);
}
/**
 * The credential provider: the OIDC → management → executor role chain from src/auth (loaded lazily),
 * or, with INFRA_ACTION_CREDENTIALS=ambient, the process's own AWS environment for both hops (a job
 * that configured credentials itself; the engine tests, which have no STS).
 */
async function credentialProvider(req, log, profile) {
    if (process.env.INFRA_ACTION_CREDENTIALS === 'ambient') {
        log.info('Credentials: ambient AWS environment for every account (INFRA_ACTION_CREDENTIALS=ambient)');
        return (0,_engine_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .ambientCredentials */ .j)();
    }
    const { assumeChain, rolesFor } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(695), __webpack_require__.e(600), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 37155));
    const { roles, warning } = rolesFor(req.manifest, req.selection.roles);
    if (warning)
        log.warning(warning);
    return assumeChain(req.manifest, req.manifest.accounts, roles, { profile });
}
/** Aborts on SIGINT/SIGTERM (job cancelled, Ctrl-C) so running stacks stop gracefully. */
function cancelOnSignals(log) {
    const controller = new AbortController();
    const handler = (sig) => {
        log(`Received ${sig}: stopping the running stacks; stacks not started will not run`);
        controller.abort();
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        },
    };
}
/** Wires the engine's adapters (credentials, cache, schemas) and runs it; shared by CLI and action. */
async function runOperation(req, log, opts = {}) {
    const cancel = cancelOnSignals(log.warning);
    try {
        return await (0,_engine_run_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runEngine */ .cn)({ ...req, signal: cancel.signal }, {
            credentials: await credentialProvider(req, log, opts.profile),
            cache: await (0,_engine_dependencies_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsCache */ .kW)(),
            log,
            schemas: _programs_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .schemas */ .j,
            onResult: async (run) => {
                for (const l of resultListeners)
                    await l(run);
            },
        });
    }
    finally {
        cancel.dispose();
    }
}


/***/ }),

/***/ 83656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ambientCredentials),
/* harmony export */   q: () => (/* binding */ stackEnv)
/* harmony export */ });
/**
 * Credentials from the process's AWS environment for both hops: what a laptop with an SSO profile
 * exported, or a job that configured credentials itself. The role-chain provider replaces it in CI.
 */
function ambientCredentials(env = process.env) {
    const read = async () => ({
        accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '',
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    });
    return { management: read, forAccount: async (_account) => read() };
}
/**
 * The environment a stack's Pulumi process gets. `AWS_*` carry the management credentials (state
 * backend, KMS secrets provider); the target account's credentials travel as `INFRA_TARGET_AWS_*`
 * for the program's explicit provider (default providers are disabled), so nothing mixes them.
 * Empty values are left out so the CLI falls back to its own chain (profiles on a laptop).
 */
function stackEnv(management, target, account, region) {
    const env = {
        AWS_ACCESS_KEY_ID: management.accessKeyId || undefined,
        AWS_SECRET_ACCESS_KEY: management.secretAccessKey || undefined,
        AWS_SESSION_TOKEN: management.sessionToken,
        INFRA_TARGET_AWS_ACCESS_KEY_ID: target.accessKeyId || undefined,
        INFRA_TARGET_AWS_SECRET_ACCESS_KEY: target.secretAccessKey || undefined,
        INFRA_TARGET_AWS_SESSION_TOKEN: target.sessionToken,
        INFRA_TARGET_ACCOUNT_ID: account.id,
        INFRA_TARGET_ACCOUNT: account.name,
        INFRA_TARGET_REGION: region,
    };
    return Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined && e[1] !== ''));
}


/***/ }),

/***/ 10705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ npmInstall),
/* harmony export */   NH: () => (/* binding */ restorePlugins),
/* harmony export */   ee: () => (/* binding */ ensureProgramDependencies),
/* harmony export */   kW: () => (/* binding */ actionsCache),
/* harmony export */   wt: () => (/* binding */ noCache)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);





/** No cache at all (a laptop, or a runner without the cache service). */
const noCache = { restore: async () => undefined, save: async () => undefined };
/** GitHub's cache via @actions/cache, loaded only when the runner offers the cache service. */
async function actionsCache() {
    if (!process.env.ACTIONS_RESULTS_URL && !process.env.ACTIONS_CACHE_URL)
        return noCache;
    const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(759), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 61691));
    return {
        restore: async (paths, key) => (await cache.restoreCache(paths, key)) ?? undefined,
        save: async (paths, key) => void (await cache.saveCache(paths, key)),
    };
}
const run = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const npmInstall = async (dir, command) => {
    await run(command[0], command.slice(1), { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
};
/**
 * Makes sure a program's node_modules exist: present → nothing; else restore from the cache keyed on
 * the lockfile; else install and save. Returns what happened, for the log.
 */
async function ensureProgramDependencies(dir, deps) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'package.json')))
        return 'none';
    const modules = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'node_modules');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(modules))
        return 'present';
    const lockfile = ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml'].find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, f)));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, lockfile ?? 'package.json'))).digest('hex').slice(0, 16);
    const key = `infra-action-node-modules-${process.platform}-${process.arch}-${hash}`;
    const started = Date.now();
    if (await deps.cache.restore([modules], key)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(modules)) {
            deps.log(`Restored ${dir}/node_modules from the cache (${key}) in ${Date.now() - started} ms instead of installing`);
            return 'restored';
        }
    }
    const command = lockfile === 'package-lock.json' ? ['npm', 'ci', '--no-audit', '--no-fund'] : lockfile === 'yarn.lock' ? ['yarn', 'install', '--frozen-lockfile'] : lockfile === 'pnpm-lock.yaml' ? ['pnpm', 'install', '--frozen-lockfile'] : ['npm', 'install', '--no-audit', '--no-fund'];
    deps.log(`Installing ${dir} dependencies (${command.join(' ')}); cache miss for ${key}`);
    await deps.install(dir, command);
    deps.log(`Installed in ${Date.now() - started} ms; saving to the cache as ${key}`);
    await deps.cache.save([modules], key).catch((err) => deps.log(`Could not save ${key} to the cache: ${err.message}`));
    return 'installed';
}
/** Restores Pulumi's plugin folder (keyed on the programs' lockfiles) so a warm run downloads nothing. */
async function restorePlugins(pulumiHome, programDirs, deps) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    for (const d of [...programDirs].sort()) {
        for (const f of ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'package.json'])
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(d, f)))
                h.update((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(d, f)));
    }
    const key = `infra-action-pulumi-plugins-${process.platform}-${process.arch}-${h.digest('hex').slice(0, 16)}`;
    const hit = (await deps.cache.restore([(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(pulumiHome, 'plugins')], key)) !== undefined;
    deps.log(hit ? `Restored Pulumi plugins from the cache (${key})` : `No cached Pulumi plugins for ${key}; the CLI will download them`);
    return { key, hit };
}


/***/ }),

/***/ 35091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* reexport */ EngineInputError),
  wG: () => (/* reexport */ preflight/* PreflightError */.wG),
  cn: () => (/* binding */ runEngine)
});

// UNUSED EXPORTS: backendUrl

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/engine/cjs-globals.ts


/**
 * The ESM bundle has no `__filename`/`__dirname`, but CommonJS code inside @pulumi/pulumi's
 * dependencies (write-file-atomic, typescript) reads them at call time. Defining them on globalThis
 * before the Automation API loads lets those free identifiers resolve; it changes nothing under jest
 * or plain Node CommonJS, where module-scoped values shadow these.
 */
function defineCjsGlobals() {
    const g = globalThis;
    if (g.__filename !== undefined)
        return;
    const file = (0,external_node_url_.fileURLToPath)(import.meta.url);
    g.__filename = file;
    g.__dirname = (0,external_node_path_.dirname)(file);
}

// EXTERNAL MODULE: ./src/engine/credentials.ts
var credentials = __webpack_require__(83656);
// EXTERNAL MODULE: ./src/engine/dependencies.ts
var dependencies = __webpack_require__(10705);
;// CONCATENATED MODULE: ./src/engine/events.ts
/** Steps that never show as a change of their own: the `replace` step stands for them. */
const HIDDEN_OPS = new Set(['same', 'read', 'create-replacement', 'delete-replaced', 'discard-replaced', 'remove-pending-replace']);
const REPLACE_OPS = new Set(['replace', 'create-replacement', 'delete-replaced']);
/** Folds engine events, in order, into an {@link EventDigest}. */
class EventCollector {
    changes = new Map();
    diagnostics = [];
    summary;
    cancelled = false;
    add(event) {
        const step = event.resourcePreEvent?.metadata;
        if (step && !HIDDEN_OPS.has(step.op)) {
            const diffKeys = topLevel(step.diffs ?? Object.keys(step.detailedDiff ?? {}));
            if (step.op !== 'refresh' || diffKeys.length > 0) {
                this.changes.set(step.urn, {
                    type: step.type,
                    name: step.urn.split('::').pop() ?? step.urn,
                    urn: step.urn,
                    op: step.op,
                    diffKeys,
                    replaceKeys: REPLACE_OPS.has(step.op) ? topLevel(step.keys ?? []) : [],
                });
            }
        }
        const d = event.diagnosticEvent;
        if (d && !d.ephemeral) {
            const severity = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info';
            this.diagnostics.push({ severity, message: d.message.trimEnd(), ...(d.urn ? { urn: d.urn } : {}) });
        }
        const p = event.policyEvent;
        if (p)
            this.diagnostics.push({ severity: p.enforcementLevel === 'mandatory' ? 'error' : 'warning', message: `policy ${p.policyName}: ${p.message.trimEnd()}`, ...(p.resourceUrn ? { urn: p.resourceUrn } : {}) });
        if (event.summaryEvent)
            this.summary = event.summaryEvent.resourceChanges ?? {};
        if (event.cancelEvent)
            this.cancelled = true;
    }
    digest() {
        const counts = {};
        if (this.summary) {
            for (const [op, n] of Object.entries(this.summary))
                if (n > 0)
                    counts[op] = n;
        }
        else {
            for (const c of this.changes.values())
                counts[c.op] = (counts[c.op] ?? 0) + 1;
        }
        return { counts, changes: [...this.changes.values()], diagnostics: [...this.diagnostics], cancelled: this.cancelled };
    }
}
/** `tags.team` and `tags["a"]` → `tags`: people review top-level keys. */
function topLevel(keys) {
    return [...new Set(keys.map((k) => k.split(/[.[]/)[0]).filter((k) => k !== ''))];
}
/** True when the counts say some resource changes (anything but `same`). */
function hasChanges(counts) {
    return Object.entries(counts).some(([op, n]) => op !== 'same' && op !== 'read' && (n ?? 0) > 0);
}
/** Stack outputs with every secret replaced by `[secret]`, so results can be logged and posted. */
function maskOutputs(outputs) {
    return Object.fromEntries(Object.entries(outputs).map(([k, o]) => [k, o.secret ? '[secret]' : o.value]));
}

// EXTERNAL MODULE: ./src/manifest/naming.ts
var naming = __webpack_require__(98425);
;// CONCATENATED MODULE: ./src/engine/guards.ts

/** Bad input for the engine (exit 2): the wrong operation for the event, an unconfirmed destroy. */
class EngineInputError extends Error {
    name = 'EngineInputError';
    /** Bad input: the action and the CLI exit 2. */
    exitCode = 2;
}
/**
 * What may run: pull requests only preview; destroy runs one stack, named exactly in `confirm`, never
 * in a protected account. Returns the selection to run (destroy narrows it to the confirmed stack).
 */
function guardOperation(manifest, selection, operation, confirm) {
    if (selection.errors.length > 0)
        throw new EngineInputError(selection.errors.join('\n'));
    if (selection.mode === 'preview-only' && operation !== 'preview') {
        throw new EngineInputError(`"${operation}" does not run on pull requests: they only preview. Run it on push or workflow_dispatch.`);
    }
    if (operation !== 'destroy')
        return selection;
    const names = selection.stacks.map((s) => s.stack);
    if (!confirm) {
        throw new EngineInputError(`destroy needs confirmation: set the input 'confirm' (CLI: --confirm) to the exact stack name, one of: ${names.join(', ') || '(no stack selected)'}.`);
    }
    const target = selection.stacks.find((s) => s.stack === confirm);
    if (!target)
        throw new EngineInputError(`destroy: confirm "${confirm}" is not a selected stack; selected: ${names.join(', ') || '(none)'}. Repeat the exact name.`);
    const account = manifest.accounts.find((a) => a.name === target.account);
    if (account?.protected)
        throw new EngineInputError(`destroy never runs on account "${account.name}": ${manifest.file} marks it protected.`);
    return { ...selection, stacks: [target], waves: [[target.stack]] };
}
/** Each selected stack's dependencies among the selected stacks (same account and region). */
function stackDependencies(manifest, selection) {
    const selected = new Set(selection.stacks.map((s) => s.stack));
    const deps = new Map();
    for (const s of selection.stacks) {
        const project = manifest.projects.find((p) => p.name === s.project);
        deps.set(s.stack, (project?.dependsOn ?? []).map((d) => (0,naming/* stackName */.Qx)(manifest.org, d, s.account, s.region)).filter((d) => selected.has(d)));
    }
    return deps;
}

// EXTERNAL MODULE: ./src/engine/preflight.ts + 1 modules
var preflight = __webpack_require__(69070);
;// CONCATENATED MODULE: ./src/engine/versions.ts
function parse(v) {
    const m = /^v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(v.trim());
    if (!m)
        return undefined;
    const n = (s) => (s === undefined || s === 'x' || s === '*' ? 0 : Number(s));
    return [n(m[1]), n(m[2]), n(m[3])];
}
function cmp(a, b) {
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
/** True when `version` satisfies `range`; an unparsable range or version is never satisfied. */
function satisfies(version, range) {
    const v = parse(version);
    const r = range.trim();
    const base = parse(r.replace(/^(\^|~|>=|=)/, ''));
    if (!v || !base)
        return false;
    if (r.startsWith('>='))
        return cmp(v, base) >= 0;
    if (r.startsWith('^'))
        return v[0] === base[0] && cmp(v, base) >= 0;
    if (r.startsWith('~'))
        return v[0] === base[0] && v[1] === base[1] && cmp(v, base) >= 0;
    if (/(^|\.)(x|\*)/.test(r)) {
        const parts = r.split('.');
        return parts.every((p, i) => p === 'x' || p === '*' || Number(p) === v[i]);
    }
    return cmp(v, base) === 0;
}
/** The version to install for a range: its lower bound (`^3.205.0` → `3.205.0`). */
function installVersion(range) {
    const base = parse(range.replace(/^(\^|~|>=|=)/, ''));
    if (!base)
        throw new Error(`Invalid input 'pulumi-version': "${range}". Expected a version or a range like ^3.205.0.`);
    return base.join('.');
}

;// CONCATENATED MODULE: ./src/engine/pulumi-cli.ts



/**
 * The one Pulumi CLI every stack uses: `pulumi` on PATH when its version satisfies `range` (GitHub's
 * runners ship one), else the range's lower bound installed into the tool cache.
 */
async function discoverPulumi(auto, range, log) {
    try {
        // The version check is ours (the range); the SDK's own check only knows a minimum.
        const onPath = await auto.PulumiCommand.get({ skipVersionCheck: true });
        const version = onPath.version?.toString() ?? '';
        if (satisfies(version, range)) {
            log(`Using pulumi ${version} from PATH`);
            return onPath;
        }
        log(`pulumi on PATH is ${version || 'of unknown version'}, which does not satisfy ${range}`);
    }
    catch {
        log('No pulumi on PATH');
    }
    const version = installVersion(range);
    const root = (0,external_node_path_.join)(process.env.RUNNER_TOOL_CACHE ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.pulumi', 'versions'), 'pulumi', version);
    log(`Installing pulumi ${version} into ${root}`);
    try {
        return await auto.PulumiCommand.install({ version: version, root });
    }
    catch (err) {
        throw new Error(`Could not install the Pulumi CLI ${version} into ${root}: ${err.message}. Install pulumi on PATH (https://www.pulumi.com/docs/install/) or check the pulumi-version input.`);
    }
}

;// CONCATENATED MODULE: ./src/engine/retry.ts
/**
 * Which failures are worth another attempt. Program errors and policy violations are the user's to
 * fix and never retry; the transient patterns are the seeds' list plus throttling and a held lock.
 */
const NEVER_RETRY = [/Running program failed/i, /policy violation/i, /mandatory policy/i, /ConfigError|missing required configuration/i];
const TRANSIENT = [
    { pattern: /TLS handshake timeout/i, why: 'TLS handshake timeout' },
    { pattern: /A separate request to update this alarm is in progress/i, why: 'CloudWatch alarm update in progress' },
    { pattern: /Throttl|Rate exceeded|TooManyRequests|RequestLimitExceeded/i, why: 'AWS throttling' },
    { pattern: /the stack is currently locked by|Another update is currently in progress|\[409\] Conflict/i, why: 'stack lock held by another update' },
];
/** The reason a failure message is transient, or undefined when it must not be retried. */
function transientReason(message) {
    if (NEVER_RETRY.some((p) => p.test(message)))
        return undefined;
    return TRANSIENT.find((t) => t.pattern.test(message))?.why;
}
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 2000, maxDelayMs: 30_000 };
/** Runs `fn` and retries transient failures with exponential backoff; returns the value and attempts used. */
async function withRetry(what, fn, settings, deps) {
    for (let attempt = 1;; attempt++) {
        try {
            return { value: await fn(attempt), attempts: attempt };
        }
        catch (err) {
            const reason = transientReason(errorText(err));
            if (!reason || attempt >= settings.attempts || deps.signal?.aborted) {
                throw Object.assign(err instanceof Error ? err : new Error(String(err)), { attempts: attempt });
            }
            const delay = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
            deps.log(`${what}: attempt ${attempt} of ${settings.attempts} failed (${reason}); retrying in ${Math.round(delay / 100) / 10}s`);
            await deps.sleep(delay, deps.signal);
        }
    }
}
/** The whole text of an error, including the CLI's stderr that CommandError carries. */
function errorText(err) {
    if (err instanceof Error) {
        const extra = err.commandResult?.stderr ?? '';
        return `${err.message}\n${extra}`;
    }
    return String(err);
}
/** A sleep that ends early when the signal aborts. */
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const t = setTimeout(done, ms);
        function done() {
            clearTimeout(t);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/engine/scheduler.ts
/** Results in run order (wave order, then stack order within a wave). */
async function runWaves(req) {
    const outcomes = new Map();
    const results = new Map();
    const parallel = Math.max(1, Math.floor(req.parallel));
    const signal = req.signal ?? new AbortController().signal;
    for (const wave of req.waves) {
        for (const stack of wave) {
            const blocked = (req.dependsOn.get(stack) ?? []).some((d) => outcomes.has(d) && outcomes.get(d) !== 'succeeded');
            if (!blocked && !signal.aborted)
                req.prepare?.(stack);
        }
        const queue = [...wave];
        const worker = async () => {
            for (let stack = queue.shift(); stack !== undefined; stack = queue.shift()) {
                const blocker = (req.dependsOn.get(stack) ?? []).find((d) => outcomes.has(d) && outcomes.get(d) !== 'succeeded');
                if (signal.aborted) {
                    outcomes.set(stack, 'cancelled');
                    results.set(stack, req.notRun(stack, 'cancelled', 'not started: the run was cancelled'));
                }
                else if (blocker) {
                    outcomes.set(stack, 'skipped');
                    results.set(stack, req.notRun(stack, 'skipped', `skipped: its dependency ${blocker} ${outcomes.get(blocker)}`));
                }
                else {
                    const { outcome, result } = await req.run(stack, signal);
                    outcomes.set(stack, outcome);
                    results.set(stack, result);
                }
            }
        };
        await Promise.all(Array.from({ length: Math.min(parallel, wave.length) }, worker));
    }
    return req.waves.flat().map((stack) => ({ stack, outcome: outcomes.get(stack), result: results.get(stack) }));
}

// EXTERNAL MODULE: ./src/engine/stack-config.ts
var stack_config = __webpack_require__(69153);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/engine/workspace-dir.ts




/**
 * Writes one stack's own work dir: a Pulumi.yaml that points `main` at the program folder, and the
 * stack's settings file with the layered config, so parallel stacks never share files.
 */
function writeWorkspaceDir(opts) {
    const { workDir, programDir, account, region, layered } = opts;
    (0,external_node_fs_.mkdirSync)(workDir, { recursive: true });
    const project = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(programDir, 'Pulumi.yaml'), 'utf8'));
    const main = typeof project.main === 'string' ? (0,external_node_path_.join)(programDir, project.main) : programDir;
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(workDir, 'Pulumi.yaml'), (0,dist/* stringify */.As)({ ...project, main: (0,external_node_path_.relative)(workDir, main) || '.' }));
    const config = {
        ...layered.config,
        // No default provider: a resource without an explicit provider fails instead of landing in
        // whatever account the ambient credentials point at.
        'pulumi:disable-default-providers': ['*'],
    };
    const file = (0,external_node_path_.join)(workDir, `Pulumi.${(0,naming/* stackShortName */.UT)(account, region)}.yaml`);
    (0,external_node_fs_.writeFileSync)(file, (0,dist/* stringify */.As)({ ...layered.stack.settings, config }));
    return file;
}

;// CONCATENATED MODULE: ./src/engine/run-engine.ts
















/** Where the Pulumi CLI keeps its plugins (PULUMI_HOME, default ~/.pulumi). */
function pulumiHome() {
    return process.env.PULUMI_HOME ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.pulumi');
}
/** The backend the manifest names, or a local file backend under `<manifest root>/.infra-state`. */
function backendUrl(manifest) {
    if (manifest.backend)
        return manifest.backend;
    const dir = (0,external_node_path_.join)(manifest.root, '.infra-state');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    return `file://${dir}`;
}
/**
 * Runs one operation over the selected stacks: guards, preflight (before any cloud call), then the
 * stacks in waves. Throws EngineInputError / PreflightError for bad input; a failed stack is a result.
 */
async function runEngine(req, deps) {
    const { manifest, operation } = req;
    const selection = guardOperation(manifest, req.selection, operation, req.confirm);
    const backend = backendUrl(manifest);
    const secretsProvider = manifest.secretsProvider ?? 'passphrase';
    const problems = (0,preflight/* preflight */.Mz)(manifest, selection.stacks, backend, deps.schemas);
    if (secretsProvider === 'passphrase' && process.env.PULUMI_CONFIG_PASSPHRASE === undefined && process.env.PULUMI_CONFIG_PASSPHRASE_FILE === undefined && selection.stacks.length > 0) {
        problems.push({ stack: '(all)', file: manifest.file, key: 'secretsProvider', message: 'the passphrase secrets provider needs PULUMI_CONFIG_PASSPHRASE (or _FILE) in the environment; set it from a repository secret, or name a KMS secretsProvider in the manifest' });
    }
    if (problems.length > 0)
        throw new preflight/* PreflightError */.wG(problems);
    const sleep = deps.sleep ?? abortableSleep;
    const signal = req.signal ?? new AbortController().signal;
    const workRoot = req.workRoot ?? (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), `infra-action-${process.pid}`);
    const byName = new Map(selection.stacks.map((s) => [s.stack, s]));
    const results = [];
    let pulumi;
    const cli = () => (pulumi ??= (async () => {
        defineCjsGlobals();
        const auto = await (deps.loadAutomation ?? (() => Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(689)]).then(__webpack_require__.t.bind(__webpack_require__, 17965, 23))))();
        return { auto, cmd: await discoverPulumi(auto, req.pulumiVersion ?? '^3.205.0', deps.log.info) };
    })());
    const installs = new Map();
    const ensureDeps = (dir) => {
        if (!installs.has(dir))
            installs.set(dir, (0,dependencies/* ensureProgramDependencies */.ee)(dir, { cache: deps.cache, log: deps.log.info, install: deps.install ?? dependencies/* npmInstall */.DL }));
        return installs.get(dir);
    };
    const blank = (s) => ({ stack: s.stack, project: s.project, account: s.account, region: s.region, operation, status: 'skipped', counts: {}, changes: [], diagnostics: [], durationMs: 0, outputs: {}, attempts: 0 });
    const prepared = new Map();
    /** Work dir, dependencies, credentials and `stack select` (or init) for one stack; memoized. */
    const prepare = (name) => {
        let p = prepared.get(name);
        if (!p) {
            p = (async () => {
                const s = byName.get(name);
                const project = manifest.projects.find((x) => x.name === s.project);
                const account = manifest.accounts.find((a) => a.name === s.account);
                const dir = (0,stack_config/* programDir */.gC)(manifest, project);
                await ensureDeps(dir);
                const workDir = (0,external_node_path_.join)(workRoot, s.stack.replace(/[^\w.-]+/g, '_'));
                writeWorkspaceDir({ workDir, programDir: dir, account: s.account, region: s.region, layered: (0,stack_config/* layeredConfig */.b9)(manifest, project, s.account, s.region) });
                const [management, target] = await Promise.all([deps.credentials.management(), deps.credentials.forAccount(account)]);
                const envVars = { PULUMI_BACKEND_URL: backend, PULUMI_SKIP_UPDATE_CHECK: 'true', ...(0,credentials/* stackEnv */.q)(management, target, account, s.region) };
                const backendName = (0,stack_config/* backendStackName */.CJ)(backend, manifest.org, (0,stack_config/* pulumiProjectName */.N9)(dir) ?? project.name, s.account, s.region);
                const { auto, cmd } = await cli();
                const ws = await auto.LocalWorkspace.create({ workDir, pulumiCommand: cmd, envVars, secretsProvider });
                return { auto, stack: await auto.Stack.createOrSelect(backendName, ws) };
            })();
            p.catch(() => undefined); // surfaced when the stack runs
            prepared.set(name, p);
        }
        return p;
    };
    const runStack = async (name, signal) => {
        const s = byName.get(name);
        const result = blank(s);
        const started = Date.now();
        let output = '';
        let collector = new EventCollector();
        try {
            const { stack } = await prepare(name);
            const { value, attempts } = await withRetry(name, async () => {
                collector = new EventCollector();
                // The SDK only listens for an abort that happens after it spawned the CLI.
                if (signal.aborted)
                    throw new Error('cancelled before the operation started');
                const opts = { onEvent: (e) => collector.add(e), onOutput: (t) => void (output += t), signal };
                if (operation === 'preview')
                    await stack.preview(opts);
                else if (operation === 'refresh')
                    await stack.refresh(opts);
                else if (operation === 'destroy')
                    await stack.destroy(opts);
                else
                    return maskOutputs((await stack.up(opts)).outputs);
                return {};
            }, req.retry ?? DEFAULT_RETRY, { sleep, signal, log: (m) => deps.log.warning(m) });
            Object.assign(result, collector.digest(), { status: 'succeeded', outputs: value, attempts });
        }
        catch (err) {
            const digest = collector.digest();
            const cancelled = signal.aborted || digest.cancelled;
            const errors = digest.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
            const text = errorText(err);
            const stderrError = text.split('\n').find((l) => /^\s*error:/.test(l))?.trim();
            Object.assign(result, digest, {
                status: cancelled ? 'cancelled' : 'failed',
                attempts: err.attempts ?? 1,
                error: cancelled ? `cancelled while running ${operation}` : (errors[0] ?? stderrError ?? text.split('\n')[0]).slice(0, 2000),
            });
        }
        result.durationMs = Date.now() - started;
        if (output)
            deps.log.block(`${operation} ${name}`, output);
        results.push(result);
        await deps.onStackResult?.(result);
        return { outcome: result.status, result };
    };
    const pluginCache = deps.cache === dependencies/* noCache */.wt ? undefined : await (0,dependencies/* restorePlugins */.NH)(pulumiHome(), [...new Set(selection.stacks.map((s) => (0,stack_config/* programDir */.gC)(manifest, manifest.projects.find((p) => p.name === s.project))))], { cache: deps.cache, log: deps.log.info, install: deps.install ?? dependencies/* npmInstall */.DL });
    if (!(0,stack_config/* isDiyBackend */.zE)(backend))
        deps.log.info(`Backend: Pulumi Cloud (${backend}); stack names use the org ${manifest.org}`);
    const ran = await runWaves({
        waves: selection.waves,
        dependsOn: stackDependencies(manifest, selection),
        parallel: req.parallel ?? 4,
        signal,
        run: runStack,
        prepare: (name) => void prepare(name),
        notRun: (name, outcome, reason) => ({ ...blank(byName.get(name)), status: outcome, error: reason }),
    });
    const run = { operation, stacks: ran.map((r) => r.result), ok: ran.every((r) => r.outcome === 'succeeded') };
    if (pluginCache && !pluginCache.hit && run.stacks.some((r) => r.status === 'succeeded')) {
        await deps.cache.save([(0,external_node_path_.join)(pulumiHome(), 'plugins')], pluginCache.key).catch((err) => deps.log.warning(`Could not save the Pulumi plugins to the cache: ${err.message}`));
    }
    await deps.onResult?.(run);
    return run;
}


/***/ }),

/***/ 1736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ renderRunText)
/* harmony export */ });
/* unused harmony export countsText */
const MARK = { succeeded: 'ok', failed: 'FAILED', skipped: 'skipped', cancelled: 'cancelled' };
const SIGN = { create: '+', update: '~', replace: '+-', delete: '-', refresh: 'r', import: '=' };
/** Counts as `+2 ~1 +-1 -0`, `no changes` when nothing changes. */
function countsText(r) {
    const parts = Object.entries(r.counts)
        .filter(([op, n]) => SIGN[op] && (n ?? 0) > 0)
        .map(([op, n]) => `${SIGN[op]}${n}`);
    return parts.length ? parts.join(' ') : 'no changes';
}
/** A plain-text summary for logs and the CLI; the reporting renderers do the rich views. */
function renderRunText(run) {
    const lines = [`${run.operation}: ${run.stacks.length} stack${run.stacks.length === 1 ? '' : 's'}`];
    for (const r of run.stacks) {
        const detail = r.status === 'succeeded' ? `${countsText(r)} (${(r.durationMs / 1000).toFixed(1)}s${r.attempts > 1 ? `, ${r.attempts} attempts` : ''})` : (r.error ?? '').split('\n')[0];
        lines.push(`  ${MARK[r.status].padEnd(9)} ${r.stack}  ${detail}`);
        for (const c of r.changes)
            lines.push(`      ${c.op} ${c.type} ${c.name}${c.diffKeys.length ? ` [${c.diffKeys.join(', ')}]` : ''}${c.replaceKeys.length ? ` replace: ${c.replaceKeys.join(', ')}` : ''}`);
    }
    for (const status of ['failed', 'skipped', 'cancelled', 'succeeded']) {
        const names = run.stacks.filter((s) => s.status === status).map((s) => s.stack);
        if (names.length)
            lines.push(`${status} (${names.length}): ${names.join(', ')}`);
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
