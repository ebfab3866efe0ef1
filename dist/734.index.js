export const id = 734;
export const ids = [734];
export const modules = {

/***/ 77734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mD: () => (/* binding */ asOperation),
  xj: () => (/* binding */ runOperation)
});

// UNUSED EXPORTS: OPERATIONS, cancelOnSignals, onResult

// EXTERNAL MODULE: ./programs/schemas.ts + 3 modules
var schemas = __webpack_require__(18009);
;// CONCATENATED MODULE: ./src/engine/credentials.ts
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/engine/dependencies.ts





/** No cache at all (a laptop, or a runner without the cache service). */
const noCache = { restore: async () => undefined, save: async () => undefined };
/** GitHub's cache via @actions/cache, loaded only when the runner offers the cache service. */
async function actionsCache() {
    if (!process.env.ACTIONS_RESULTS_URL && !process.env.ACTIONS_CACHE_URL)
        return noCache;
    const cache = await Promise.all(/* import() */[__webpack_require__.e(878), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 61691));
    return {
        restore: async (paths, key) => (await cache.restoreCache(paths, key)) ?? undefined,
        save: async (paths, key) => void (await cache.saveCache(paths, key)),
    };
}
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const npmInstall = async (dir, command) => {
    await run(command[0], command.slice(1), { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
};
/**
 * Makes sure a program's node_modules exist: present → nothing; else restore from the cache keyed on
 * the lockfile; else install and save. Returns what happened, for the log.
 */
async function ensureProgramDependencies(dir, deps) {
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'package.json')))
        return 'none';
    const modules = (0,external_node_path_.join)(dir, 'node_modules');
    if ((0,external_node_fs_.existsSync)(modules))
        return 'present';
    const lockfile = ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml'].find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f)));
    const hash = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, lockfile ?? 'package.json'))).digest('hex').slice(0, 16);
    const key = `infra-action-node-modules-${process.platform}-${process.arch}-${hash}`;
    const started = Date.now();
    if (await deps.cache.restore([modules], key)) {
        if ((0,external_node_fs_.existsSync)(modules)) {
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
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const d of [...programDirs].sort()) {
        for (const f of ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'package.json'])
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, f)))
                h.update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(d, f)));
    }
    const key = `infra-action-pulumi-plugins-${process.platform}-${process.arch}-${h.digest('hex').slice(0, 16)}`;
    const hit = (await deps.cache.restore([(0,external_node_path_.join)(pulumiHome, 'plugins')], key)) !== undefined;
    deps.log(hit ? `Restored Pulumi plugins from the cache (${key})` : `No cached Pulumi plugins for ${key}; the CLI will download them`);
    return { key, hit };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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

;// CONCATENATED MODULE: ./src/engine/events.ts
/** Steps that never show as a change of their own: the `replace` step stands for them. */
const HIDDEN_OPS = new Set(['same', 'read', 'create-replacement', 'delete-replaced', 'discard-replaced', 'remove-pending-replace']);
const REPLACE_OPS = new Set(['replace', 'create-replacement', 'delete-replaced']);
/** Folds engine events, in order, into an {@link EventDigest}. */
class EventCollector {
    options;
    changes = new Map();
    diagnostics = [];
    summary;
    cancelled = false;
    /** `properties`: also keep each change's detailed property paths (drift reports show them). */
    constructor(options = {}) {
        this.options = options;
    }
    add(event) {
        const step = event.resourcePreEvent?.metadata;
        if (step && !HIDDEN_OPS.has(step.op)) {
            const diffKeys = topLevel(step.diffs ?? Object.keys(step.detailedDiff ?? {}));
            if (step.op !== 'refresh' || diffKeys.length > 0) {
                // A refreshing preview sends a resource twice (its refresh, then the step that would undo
                // the drift): keep the later step and every key either of them names.
                const earlier = this.changes.get(step.urn);
                const properties = this.options.properties ? mergeProperties(earlier?.properties, propertyDiffs(step.detailedDiff)) : [];
                this.changes.set(step.urn, {
                    type: step.type,
                    name: step.urn.split('::').pop() ?? step.urn,
                    urn: step.urn,
                    op: step.op,
                    diffKeys: [...new Set([...(earlier?.diffKeys ?? []), ...diffKeys])],
                    replaceKeys: REPLACE_OPS.has(step.op) ? topLevel(step.keys ?? []) : [],
                    ...(properties.length > 0 ? { properties } : {}),
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
/** The detailed diff's paths and kinds (`{"tags.team": {diffKind: "update"}}`). */
function propertyDiffs(detailed) {
    return Object.entries(detailed ?? {}).map(([path, d]) => ({ path, kind: String(d?.diffKind ?? 'update') }));
}
function mergeProperties(a = [], b) {
    const byPath = new Map(a.map((p) => [p.path, p]));
    for (const p of b)
        byPath.set(p.path, p);
    return [...byPath.values()];
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

// EXTERNAL MODULE: ./src/engine/guards.ts
var guards = __webpack_require__(32046);
// EXTERNAL MODULE: ./src/engine/esc.ts
var esc = __webpack_require__(75735);
// EXTERNAL MODULE: ./src/engine/preflight.ts + 3 modules
var preflight = __webpack_require__(27473);
;// CONCATENATED MODULE: ./src/engine/program-node.ts

/** Builtin programs run their TypeScript by Node's type stripping, unflagged from this version on. */
const MIN_PROGRAM_NODE = [22, 18];
/**
 * The PATH the Pulumi CLI gets. The CLI starts each program's language host with the first `node`
 * on PATH, and a runner's first `node` is often older than the action's own (Node 20 on many
 * images), so the action's Node goes first: programs run on the Node this bundle runs on.
 */
function pathWithOwnNode(execPath = process.execPath, path = process.env.PATH ?? '') {
    const own = (0,external_node_path_.dirname)(execPath);
    return [own, ...path.split(external_node_path_.delimiter).filter((p) => p !== '' && p !== own)].join(external_node_path_.delimiter);
}
/** The log line saying which Node runs programs, and a warning when it is too old for builtin programs. */
function programNodeReport(execPath = process.execPath, version = process.version) {
    const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
    const tooOld = major < MIN_PROGRAM_NODE[0] || (major === MIN_PROGRAM_NODE[0] && minor < MIN_PROGRAM_NODE[1]);
    return {
        info: `Programs run with Node ${version} (${execPath}), first on the Pulumi CLI's PATH`,
        ...(tooOld ? { warning: `Node ${version} is older than ${MIN_PROGRAM_NODE.join('.')}: builtin programs (TypeScript run by type stripping) need Node >= ${MIN_PROGRAM_NODE.join('.')}; run infra-action with a newer Node` } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/engine/versions.ts


/** The `pulumi-version` range check, with the semver package (already in the bundle through @actions/cache). */
/** True when `version` (as `pulumi version` prints it, `v3.205.0`) satisfies `range`; an unparsable one never does. */
function satisfies(version, range) {
    const v = semver_default().valid(semver_default().clean(version.trim()));
    return v !== null && semver_default().validRange(range) !== null && semver_default().satisfies(v, range);
}
/** The version to install for a range: its lower bound (`^3.205.0` → `3.205.0`). */
function installVersion(range) {
    const min = semver_default().validRange(range) === null ? null : semver_default().minVersion(range);
    if (!min)
        throw new errors/* BadInput */.kp(`Invalid input 'pulumi-version': "${range}". Expected a version or a range like ^3.205.0.`);
    return min.version;
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

// EXTERNAL MODULE: ./src/engine/state-backend.ts
var state_backend = __webpack_require__(89714);
// EXTERNAL MODULE: ./src/engine/stack-config.ts
var stack_config = __webpack_require__(69153);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/manifest/naming.ts
var naming = __webpack_require__(98425);
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

// EXTERNAL MODULE: ./src/settings/defaults.ts
var defaults = __webpack_require__(9563);
;// CONCATENATED MODULE: ./src/engine/run-engine.ts




















/** Where the Pulumi CLI keeps its plugins (PULUMI_HOME, default ~/.pulumi). */
function pulumiHome() {
    return process.env.PULUMI_HOME ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.pulumi');
}
/** The backend the manifest names, or a local file backend under `<manifest root>/.infra-state` (refused for deploys in CI). */
function backendUrl(manifest) {
    if (manifest.backend)
        return manifest.backend;
    const url = (0,defaults/* defaultBackendUrl */.B)(manifest.root);
    (0,external_node_fs_.mkdirSync)(url.slice('file://'.length), { recursive: true });
    return url;
}
/** The CLI's answer to `--expect-no-changes` when there are changes (wording varies by version and command). */
const NO_CHANGES_EXPECTED = /no changes were expected (?:for \S+ )?but changes (?:were proposed|occurred)/;
/**
 * Drift check of one stack: `preview --refresh --expect-no-changes`. Refreshing reads the real
 * resources first, so the preview compares the program with what is actually there. Returns true
 * when the CLI reports changes (drift); any other failure throws as usual.
 */
async function driftPreview(stack, opts) {
    try {
        await stack.preview({ ...opts, refresh: true, expectNoChanges: true });
        return false;
    }
    catch (err) {
        if (NO_CHANGES_EXPECTED.test(errorText(err)))
            return true;
        throw err;
    }
}
/**
 * Opens the ESC environments the stacks import through the Pulumi CLI, with the run's
 * PULUMI_ACCESS_TOKEN; without a token they stay unchecked and preflight names them in warnings.
 */
async function openEscImports(manifest, imports, backend, command) {
    if (imports.length === 0)
        return new Map();
    if (!process.env.PULUMI_ACCESS_TOKEN)
        return (0,esc/* openEscEnvironments */.y2)(manifest.org, imports, undefined, 'no PULUMI_ACCESS_TOKEN in the environment');
    const open = (0,esc/* cliEscOpener */.pC)(await command(), { ...process.env, PULUMI_BACKEND_URL: backend, PULUMI_SKIP_UPDATE_CHECK: 'true' });
    return (0,esc/* openEscEnvironments */.y2)(manifest.org, imports, open, '');
}
/**
 * Runs one operation over the selected stacks: guards, preflight (before any cloud call), then the
 * stacks in waves. Throws EngineInputError / PreflightError for bad input; a failed stack is a result.
 */
async function runEngine(req, deps) {
    const { manifest, operation } = req;
    const selection = (0,guards/* guardOperation */.ZH)(manifest, req.selection, operation, req.confirm);
    const stateWarning = (0,state_backend/* checkStateBackend */._)(manifest, operation);
    if (stateWarning)
        deps.log.warning(stateWarning);
    const backend = backendUrl(manifest);
    let pulumi;
    const cli = () => (pulumi ??= (async () => {
        defineCjsGlobals();
        const auto = await (deps.loadAutomation ?? (() => Promise.all(/* import() */[__webpack_require__.e(878), __webpack_require__.e(689)]).then(__webpack_require__.t.bind(__webpack_require__, 17965, 23))))();
        return { auto, cmd: await discoverPulumi(auto, req.pulumiVersion ?? defaults/* DEFAULTS */.z.pulumiVersion, deps.log.info) };
    })());
    // Pulumi Cloud keeps each stack's data key itself; DIY backends need a provider: the manifest's, or a passphrase.
    const secretsProvider = manifest.secretsProvider ?? ((0,stack_config/* isDiyBackend */.zE)(backend) ? 'passphrase' : undefined);
    const esc = await openEscImports(manifest, (0,preflight/* escImportsOf */.JG)(manifest, selection.stacks, backend), backend, async () => (await cli()).cmd.command);
    const found = (0,preflight/* preflight */.Mz)(manifest, selection.stacks, backend, deps.schemas, esc);
    for (const w of found.filter((p) => p.warning))
        deps.log.warning(`config preflight: ${w.stack}: ${w.file}: ${w.key ? `${w.key}${w.secret ? ' (secret)' : ''}: ` : ''}${w.message}`);
    const problems = (0,preflight/* blockingProblems */.gO)(found);
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
    const installs = new Map();
    const ensureDeps = (dir) => {
        if (!installs.has(dir))
            installs.set(dir, ensureProgramDependencies(dir, { cache: deps.cache, log: deps.log.info, install: deps.install ?? npmInstall }));
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
                const envVars = { PULUMI_BACKEND_URL: backend, PULUMI_SKIP_UPDATE_CHECK: 'true', PATH: pathWithOwnNode(), ...stackEnv(management, target, account, s.region) };
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
        let collector = new EventCollector({ properties: operation === 'drift' });
        try {
            const { stack } = await prepare(name);
            let expectedNoChanges = false;
            const { value, attempts } = await withRetry(name, async () => {
                collector = new EventCollector({ properties: operation === 'drift' });
                // The SDK only listens for an abort that happens after it spawned the CLI.
                if (signal.aborted)
                    throw new Error('cancelled before the operation started');
                const opts = { onEvent: (e) => collector.add(e), onOutput: (t) => void (output += t), signal };
                if (operation === 'preview')
                    await stack.preview(opts);
                else if (operation === 'drift')
                    expectedNoChanges = await driftPreview(stack, opts);
                else if (operation === 'refresh')
                    await stack.refresh(opts);
                else if (operation === 'destroy')
                    await stack.destroy(opts);
                else
                    return maskOutputs((await stack.up(opts)).outputs);
                return {};
            }, req.retry ?? DEFAULT_RETRY, { sleep, signal, log: (m) => deps.log.warning(m) });
            const digest = collector.digest();
            Object.assign(result, digest, { status: 'succeeded', outputs: value, attempts });
            if (operation === 'drift')
                result.drifted = expectedNoChanges || digest.changes.length > 0;
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
    const pluginCache = deps.cache === noCache ? undefined : await restorePlugins(pulumiHome(), [...new Set(selection.stacks.map((s) => (0,stack_config/* programDir */.gC)(manifest, manifest.projects.find((p) => p.name === s.project))))], { cache: deps.cache, log: deps.log.info, install: deps.install ?? npmInstall });
    const node = programNodeReport();
    deps.log.info(node.info);
    if (node.warning)
        deps.log.warning(node.warning);
    if (!(0,stack_config/* isDiyBackend */.zE)(backend))
        deps.log.info(`Backend: Pulumi Cloud (${backend}); stack names use the org ${manifest.org}`);
    const ran = await runWaves({
        waves: selection.waves,
        dependsOn: (0,guards/* stackDependencies */.yX)(manifest, selection),
        parallel: req.parallel ?? defaults/* DEFAULTS */.z.parallel,
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

;// CONCATENATED MODULE: ./src/commands/engine-run.ts




/** The four commands the engine runs. */
const OPERATIONS = ['preview', 'up', 'refresh', 'destroy'];
function asOperation(command) {
    if (!OPERATIONS.includes(command))
        throw new Error(`"${command}" is not an engine operation`);
    return command;
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
        return ambientCredentials();
    }
    const { assumeChain, rolesFor } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(600), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 37155));
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
        return await runEngine({ ...req, signal: cancel.signal }, {
            credentials: await credentialProvider(req, log, opts.profile),
            cache: await actionsCache(),
            log,
            schemas: schemas/* schemas */.j,
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

/***/ 32046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZH: () => (/* binding */ guardOperation),
/* harmony export */   bP: () => (/* binding */ EngineInputError),
/* harmony export */   yX: () => (/* binding */ stackDependencies)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _manifest_naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98425);


/** Bad input for the engine (exit 2): the wrong operation for the event, an unconfirmed destroy. */
class EngineInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInput */ .kp {
    name = 'EngineInputError';
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
        deps.set(s.stack, (project?.dependsOn ?? []).map((d) => (0,_manifest_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .stackName */ .Qx)(manifest.org, d, s.account, s.region)).filter((d) => selected.has(d)));
    }
    return deps;
}


/***/ }),

/***/ 89714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ checkStateBackend)
/* harmony export */ });
/* unused harmony export fileBackendDir */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _settings_defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9563);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32046);





/** Operations that write state; in CI they need state that outlives the job. */
const WRITES_STATE = ['up', 'refresh', 'destroy', 'import'];
/** The folder a `file://` backend URL points at (`~` is the home folder, relative paths are the manifest's). */
function fileBackendDir(url, root) {
    if (!url.startsWith('file://'))
        return undefined;
    const rest = url.slice('file://'.length).split('?')[0];
    if (rest === '~' || rest.startsWith('~/'))
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), rest.slice(1));
    if (rest.startsWith('/')) {
        try {
            return (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(`file://${rest}`);
        }
        catch {
            return rest;
        }
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, rest);
}
const inside = (dir, parent) => {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir));
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
};
/**
 * In GitHub Actions the workspace and the runner's temp folder are deleted when the job ends, so
 * a file backend there loses every stack's state and the next run would create every resource
 * again. Operations that write state are refused (exit 2) with the fix; a preview only warns.
 * Returns the warning to show, if any.
 */
function checkStateBackend(manifest, operation, env = process.env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return undefined;
    const url = manifest.backend ?? (0,_settings_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultBackendUrl */ .B)(manifest.root);
    const dir = fileBackendDir(url, manifest.root);
    if (!dir)
        return undefined;
    const doomed = [
        ['GITHUB_WORKSPACE', env.GITHUB_WORKSPACE],
        ['RUNNER_TEMP', env.RUNNER_TEMP],
    ].find((e) => !!e[1] && inside(dir, e[1]));
    if (!doomed)
        return undefined;
    const what = manifest.backend ? `${manifest.file}: backend: ${manifest.backend}` : `${manifest.file} names no backend, so state would go to the default file backend ${dir}`;
    const where = `inside ${doomed[0]} (${doomed[1]}), which the runner deletes when the job ends`;
    const fix = 'Name durable state in the manifest: `backend: s3://<bucket>?region=<region>` with the state bucket bootstrap-management creates ' +
        '(its `stateBucketName` config, stack output `stateBucket`, e.g. s3://unkey-pulumi-state?region=us-east-1), and ' +
        '`secretsProvider: awskms://alias/pulumi?region=<region>` with the KMS key it creates (alias `alias/pulumi`, stack output `kmsKeyArn`); or a Pulumi Cloud backend.';
    if (!WRITES_STATE.includes(operation)) {
        return `${what} is ${where}: this ${operation} runs, but against state that will not outlive the job. ${fix}`;
    }
    throw new _guards_js__WEBPACK_IMPORTED_MODULE_4__/* .EngineInputError */ .bP(`Refusing to ${operation}: ${what} is ${where}; the next run would find no state and create every resource again. ${fix}`);
}


/***/ })

};
