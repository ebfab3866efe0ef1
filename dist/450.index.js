export const id = 450;
export const ids = [450];
export const modules = {

/***/ 75735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aE: () => (/* binding */ qualifiedEscConfig),
/* harmony export */   mo: () => (/* binding */ escEnvironmentName),
/* harmony export */   pC: () => (/* binding */ cliEscOpener),
/* harmony export */   y2: () => (/* binding */ openEscEnvironments)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * The full `<org>/<project>/<env>` name `pulumi env open` needs for a stack file's import: imports
 * may leave out the org (`api/canary-global`, the stack's own org) or, for environments made before
 * ESC had projects, the project too (they live in the `default` project).
 */
function escEnvironmentName(org, imported) {
    const parts = imported.split('/');
    if (parts.length >= 3)
        return imported;
    if (parts.length === 2)
        return `${org}/${imported}`;
    return `${org}/default/${imported}`;
}
/** Opens ESC environments with the Pulumi CLI (`pulumi env open <name> --format json`). */
function cliEscOpener(command, env) {
    return async (name) => {
        let stdout;
        try {
            ({ stdout } = await run(command, ['env', 'open', name, '--format', 'json', '--non-interactive'], { env, maxBuffer: 64 * 1024 * 1024 }));
        }
        catch (err) {
            const stderr = String(err.stderr ?? '').trim();
            throw new Error((stderr.split('\n').find((l) => /error/i.test(l)) ?? stderr.split('\n')[0] ?? err.message).replace(/^error:\s*/i, ''));
        }
        const value = JSON.parse(stdout);
        const config = value.pulumiConfig;
        return config && typeof config === 'object' && !Array.isArray(config) ? config : {};
    };
}
/**
 * Opens every environment in `imports` once. Without a way to open them (`open` undefined: no
 * PULUMI_ACCESS_TOKEN, or plan, which is offline) each is `unchecked` with `reason`.
 */
async function openEscEnvironments(org, imports, open, reason) {
    const names = [...new Set(imports)];
    const opened = await Promise.all(names.map(async (imported) => {
        const name = escEnvironmentName(org, imported);
        if (!open)
            return { name, state: 'unchecked', reason };
        try {
            return { name, state: 'opened', config: await open(name) };
        }
        catch (err) {
            return { name, state: 'failed', error: err.message };
        }
    }));
    return new Map(names.map((n, i) => [n, opened[i]]));
}
/**
 * ESC `pulumiConfig` keys as stack files spell them: a key without a namespace belongs to the
 * project (as Pulumi reads it).
 */
function qualifiedEscConfig(config, project) {
    return Object.fromEntries(Object.entries(config).map(([k, v]) => [k.includes(':') ? k : `${project}:${k}`, v]));
}


/***/ }),

/***/ 27473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wG: () => (/* binding */ PreflightError),
  gO: () => (/* binding */ blockingProblems),
  JG: () => (/* binding */ escImportsOf),
  Mz: () => (/* binding */ preflight)
});

// UNUSED EXPORTS: formatPreflight

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./programs/image-ref.ts
/**
 * Container image references (`registry/repo[:tag][@sha256:<64 hex>]`), pure. The builtin programs
 * and the engine's preflight share it: protected accounts run only images pinned by digest, and a
 * digest is what promotion carries from account to account (a tag can move under you; a digest
 * cannot).
 */
// Docker's reference grammar, simplified: an optional registry host (with a dot or a port, or
// `localhost`), then lowercase path components; a tag of up to 128 word characters; a sha256 digest.
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\\d+)?/)?';
const PATH = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*';
const REF = new RegExp(`^(${HOST}${PATH})(?::([\\w][\\w.-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$`);
/** Parses an image reference, or returns why it is not one (for config errors). */
function parseImageRef(value) {
    const m = REF.exec(value);
    if (!m) {
        const hint = /@sha256:/.test(value) ? 'a digest is sha256: followed by 64 lowercase hex characters' : 'expected registry/repository[:tag][@sha256:<64 hex>]';
        return { error: `'${value}' is not a container image reference (${hint}), e.g. ghcr.io/unkeyed/unkey@sha256:${'0'.repeat(64)}` };
    }
    return { repository: m[1], ...(m[2] ? { tag: m[2] } : {}), ...(m[3] ? { digest: m[3] } : {}) };
}
/** True when `parseImageRef` failed. */
function isImageError(r) {
    return 'error' in r;
}
/** How to pin a tag: the command that prints its digest, for error messages. */
function pinHint(ref) {
    const tagged = `${ref.repository}:${ref.tag ?? 'latest'}`;
    return `pin it by digest: ${ref.repository}@sha256:<digest> (find the digest with \`docker buildx imagetools inspect ${tagged}\` or \`crane digest ${tagged}\`)`;
}

;// CONCATENATED MODULE: ./programs/config-validate.ts

const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;
const DOMAIN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const ARN = /^arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12})?:.+$/;
function isSecure(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.secure === 'string';
}
/** Checks a CIDR like `10.0.0.0/16`: four octets, a prefix of 16–28, no host bits set. */
function checkCidr(value) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
    if (!m)
        return `expected an IPv4 CIDR like 10.0.0.0/16, got '${value}'`;
    const octets = m.slice(1, 5).map(Number);
    if (octets.some((o) => o > 255))
        return `'${value}' has an octet above 255`;
    const prefix = Number(m[5]);
    if (prefix < 16 || prefix > 24)
        return `prefix /${prefix} is outside /16–/24 (two subnets must fit)`;
    const ip = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    const hostBits = prefix === 32 ? 0 : (2 ** (32 - prefix) - 1);
    if ((ip & hostBits) !== 0)
        return `'${value}' has host bits set; use the network address`;
    return undefined;
}
function checkType(k, v) {
    const kind = k.type;
    if (kind === 'number')
        return typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) ? undefined : `expected a number, got '${String(v)}'`;
    if (kind === 'boolean')
        return typeof v === 'boolean' || v === 'true' || v === 'false' ? undefined : `expected true or false, got '${String(v)}'`;
    if (kind === 'string-list')
        return Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'expected a list of strings';
    if (typeof v !== 'string')
        return `expected a string, got ${Array.isArray(v) ? 'a list' : typeof v}`;
    if (v.trim() === '')
        return 'is empty';
    switch (kind) {
        case 'cidr':
            return checkCidr(v);
        case 'arn':
            return ARN.test(v) ? undefined : `expected an ARN like arn:aws:iam::123456789012:role/Name, got '${v}'`;
        case 'url':
            try {
                new URL(v);
                return undefined;
            }
            catch {
                return 'expected an absolute URL (scheme://host…)';
            }
        case 'domain':
            return DOMAIN.test(v) ? undefined : `expected a domain name like api.example.com, got '${v}'`;
        case 'region':
            return REGION.test(v) ? undefined : `expected an AWS region like us-east-1, got '${v}'`;
        case 'image': {
            const ref = parseImageRef(v);
            return isImageError(ref) ? ref.error : undefined;
        }
        default:
            return undefined;
    }
}
/**
 * Validates config values against a schema. `values` may be keyed `<project>:<key>` (as in stack
 * files) or by the bare key. Secret values are never echoed in messages.
 */
function validateConfig(schema, values, options = {}) {
    const mustBeSecure = options.secretsMustBeSecure ?? true;
    const problems = [];
    const prefix = `${schema.project}:`;
    const byKey = new Map();
    for (const [raw, value] of Object.entries(values)) {
        if (raw.includes(':') && !raw.startsWith(prefix))
            continue; // another namespace (aws:region, …)
        const key = raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
        if (!schema.keys.some((k) => k.key === key)) {
            if (options.rejectUnknown ?? true)
                problems.push({ key: prefix + key, message: `is not a config key of ${schema.project} (known: ${schema.keys.map((k) => k.key).join(', ')})` });
            continue;
        }
        byKey.set(key, value);
    }
    for (const k of schema.keys) {
        const full = prefix + k.key;
        const v = byKey.get(k.key);
        const where = k.layer === 'global' ? 'Pulumi.<account>-global.yaml' : 'Pulumi.aws-<account>-<region>.yaml';
        const setCmd = `pulumi config set ${k.secret ? '--secret ' : ''}${full} <value>`;
        if (v === undefined || v === null || v === '') {
            if (k.required && k.default === undefined)
                problems.push({ key: full, message: `is required (${k.description.split('.')[0]}); set it in ${where}: ${setCmd}` });
            continue;
        }
        if (isSecure(v)) {
            if (!k.secret)
                problems.push({ key: full, message: 'is encrypted but is not a secret; set it as a plain value' });
            continue;
        }
        if (k.secret && mustBeSecure) {
            problems.push({ key: full, message: `is a secret but stored in plain text; re-set it with: ${setCmd}` });
            continue;
        }
        const typeProblem = checkType(k, v);
        if (typeProblem) {
            problems.push({ key: full, message: k.secret ? `is not a valid ${k.type}` : typeProblem });
            continue;
        }
        if (k.pattern && typeof v === 'string' && !new RegExp(k.pattern).test(v)) {
            problems.push({ key: full, message: k.secret ? `does not match ${k.pattern}` : `'${v}' does not match ${k.pattern}` });
        }
    }
    return problems;
}
/** One message listing every problem, for the program's error or the CLI's stderr. */
function formatConfigProblems(schema, problems) {
    return `Config of ${schema.project} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `  ${p.key}: ${p.message}`).join('\n');
}
/** Thrown by a program whose config does not validate; carries every problem. */
class ConfigError extends Error {
    // Plain fields, not parameter properties: Node's type stripping runs these files as they are.
    schema;
    problems;
    constructor(schema, problems) {
        super(formatConfigProblems(schema, problems));
        this.name = 'ConfigError';
        this.schema = schema;
        this.problems = problems;
    }
}

// EXTERNAL MODULE: ./src/manifest/naming.ts
var naming = __webpack_require__(98425);
// EXTERNAL MODULE: ./src/engine/esc.ts
var engine_esc = __webpack_require__(75735);
// EXTERNAL MODULE: ./src/engine/stack-config.ts
var stack_config = __webpack_require__(69153);
;// CONCATENATED MODULE: ./src/engine/image-promotion.ts




/**
 * The immutable-artifact rule for container images (config keys of type `image`), checked from the
 * commit's own stack files before anything runs:
 *  1. a protected account runs only an image pinned by digest;
 *  2. and only the digest that the project's previous account (manifest order) runs at the same
 *     commit. The promotion guard already demands that this exact commit succeeded there, so the
 *     digest about to reach a protected account is one that already ran in the account before it.
 * Registries may differ between accounts (a per-account mirror); the digest may not.
 * See docs/image-promotion.md.
 */
function imagePromotionProblems(manifest, stacks, schemas) {
    const problems = [];
    for (const s of stacks) {
        const project = manifest.projects.find((p) => p.name === s.project);
        const schema = project?.programKind === 'builtin' ? schemas[project.programPath] : undefined;
        const account = manifest.accounts.find((a) => a.name === s.account);
        if (!project || !schema || !account?.protected)
            continue;
        const layered = (0,stack_config/* layeredConfig */.b9)(manifest, project, s.account, s.region);
        for (const k of schema.keys.filter((key) => key.type === 'image')) {
            const key = `${schema.project}:${k.key}`;
            const value = layered.config[key];
            if (typeof value !== 'string')
                continue; // missing or malformed: the schema check reports it
            const ref = parseImageRef(value);
            if (isImageError(ref))
                continue;
            const file = fileOf(layered, key, (0,external_node_path_.join)(project.config, k.layer === 'global' ? (0,naming/* globalConfigFile */.WF)(s.account) : (0,naming/* stackConfigFile */.h3)(s.account, s.region)));
            if (!ref.digest) {
                problems.push({ stack: s.stack, file, key, message: `'${value}' has no digest, and ${s.account} is a protected account: it runs only images pinned by digest (a tag can move after it was tested); ${pinHint(ref)}` });
                continue;
            }
            const previous = previousAccount(manifest, project, s.account);
            if (!previous)
                continue;
            const region = previous.regions.includes(s.region) ? s.region : previous.regions[0];
            const before = (0,stack_config/* layeredConfig */.b9)(manifest, project, previous.name, region);
            const beforeFile = fileOf(before, key, (0,external_node_path_.join)(project.config, k.layer === 'global' ? (0,naming/* globalConfigFile */.WF)(previous.name) : (0,naming/* stackConfigFile */.h3)(previous.name, region)));
            const beforeValue = before.config[key];
            const beforeRef = typeof beforeValue === 'string' ? parseImageRef(beforeValue) : undefined;
            if (beforeRef && !isImageError(beforeRef) && beforeRef.digest === ref.digest)
                continue;
            const runs = typeof beforeValue === 'string' ? `'${beforeValue}'` : 'no image';
            problems.push({
                stack: s.stack,
                file,
                key,
                message: `runs ${ref.digest.slice(0, 19)}…, but ${previous.name}, the account before ${s.account}, runs ${runs} at this commit (${beforeFile}); ` +
                    `a protected account runs only the digest the account before it ran. Promote the artifact: set ${key} in ${beforeFile} to the same digest ` +
                    `(this commit then deploys it to ${previous.name} first), or set it here to the digest ${previous.name} runs.`,
            });
        }
    }
    return problems;
}
/** The file a key's value comes from: the stack file wins over the account's global file. */
function fileOf(layered, key, fallback) {
    if (Object.prototype.hasOwnProperty.call(layered.stack.config, key))
        return layered.stack.file;
    if (Object.prototype.hasOwnProperty.call(layered.global.config, key))
        return layered.global.file;
    return fallback;
}
/** The account before `name` among the project's accounts, in manifest (promotion) order. */
function previousAccount(manifest, project, name) {
    const ordered = manifest.accounts.filter((a) => project.accounts.includes(a.name));
    const i = ordered.findIndex((a) => a.name === name);
    return i > 0 ? ordered[i - 1] : undefined;
}

;// CONCATENATED MODULE: ./src/engine/preflight.ts








/** The problems that stop a run (everything but warnings). */
function blockingProblems(problems) {
    return problems.filter((p) => !p.warning);
}
/** Thrown when the preflight finds problems; carries all of them (exit 2). */
class PreflightError extends errors/* BadInput */.kp {
    problems;
    constructor(problems) {
        super(formatPreflight(problems));
        this.problems = problems;
        this.name = 'PreflightError';
    }
}
function formatPreflight(problems) {
    const stacks = new Set(problems.map((p) => p.stack)).size;
    const lines = problems.map((p) => `  ${p.stack}: ${p.file}: ${p.key ? `${p.key}${p.secret ? ' (secret)' : ''}: ` : ''}${p.message}`);
    return `Preflight found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${stacks} stack${stacks === 1 ? '' : 's'}; nothing was run:\n${lines.join('\n')}`;
}
/**
 * Checks every selected stack before any cloud call: the program exists, the stack files parse,
 * ESC imports only on Pulumi Cloud, the config — the account's global file, under the ESC
 * environments the stack imports (`esc`, opened by the caller), under the stack file — satisfies the
 * builtin program's schema, and protected accounts run only promoted image digests
 * (image-promotion.ts). Keys that may come from an environment that was not opened are warnings
 * naming it. Returns every problem of every stack at once.
 */
function preflight(manifest, stacks, backendUrl, schemas, esc = new Map()) {
    const problems = [];
    for (const s of stacks) {
        const project = manifest.projects.find((p) => p.name === s.project);
        if (!project)
            continue;
        const dir = (0,stack_config/* programDir */.gC)(manifest, project);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'Pulumi.yaml'))) {
            problems.push({ stack: s.stack, file: project.programKind === 'builtin' ? `builtin:${project.programPath}` : (0,stack_config/* shown */.SP)(manifest, dir), message: `no Pulumi.yaml in the program folder ${dir}; check the project's program in ${manifest.file}` });
        }
        const layered = (0,stack_config/* layeredConfig */.b9)(manifest, project, s.account, s.region);
        for (const f of [layered.global, layered.stack])
            if (f.error)
                problems.push({ stack: s.stack, file: f.file, message: f.error });
        const diy = (0,stack_config/* isDiyBackend */.zE)(backendUrl);
        if (layered.escImports.length > 0 && diy) {
            problems.push({
                stack: s.stack,
                file: layered.stack.file,
                key: 'environment',
                message: `imports ESC environments (${layered.escImports.join(', ')}), which only work on the Pulumi Cloud backend; this run uses ${backendUrl.split('?')[0]}. Move the values into the stack files or use Pulumi Cloud as the backend.`,
            });
        }
        const schema = project.programKind === 'builtin' ? schemas[project.programPath] : undefined;
        const envs = diy ? [] : layered.escImports.map((i) => esc.get(i) ?? { name: (0,engine_esc/* escEnvironmentName */.mo)(manifest.org, i), state: 'unchecked', reason: 'not opened' });
        for (const e of envs) {
            if (e.state === 'failed')
                problems.push({ stack: s.stack, file: layered.stack.file, key: 'environment', message: `imports the ESC environment ${e.name}, which could not be opened: ${e.error}. Check the name in the stack file and that the run's PULUMI_ACCESS_TOKEN may open it.` });
        }
        if (!schema)
            continue;
        // The global file, then each opened environment in import order, then the stack file (it wins).
        const fromEsc = new Map();
        const values = { ...layered.global.config };
        for (const e of envs) {
            if (e.state !== 'opened')
                continue;
            for (const [k, v] of Object.entries((0,engine_esc/* qualifiedEscConfig */.aE)(e.config, schema.project))) {
                // A secret kept in ESC is ESC's to protect; preflight only needs to know it is there.
                const secret = schema.keys.find((x) => `${schema.project}:${x.key}` === k)?.secret;
                values[k] = secret ? { secure: 'esc' } : v;
                fromEsc.set(k, e.name);
            }
        }
        for (const k of Object.keys(layered.stack.config))
            fromEsc.delete(k);
        Object.assign(values, layered.stack.config);
        const unchecked = envs.filter((e) => e.state === 'unchecked');
        const opened = envs.filter((e) => e.state === 'opened').map((e) => e.name);
        for (const p of validateConfig(schema, values, { rejectUnknown: false })) {
            const bare = p.key.slice(schema.project.length + 1);
            const key = schema.keys.find((k) => k.key === bare);
            const inStack = Object.prototype.hasOwnProperty.call(layered.stack.config, p.key);
            const inGlobal = Object.prototype.hasOwnProperty.call(layered.global.config, p.key);
            const escName = fromEsc.get(p.key);
            const file = escName ? `ESC environment ${escName}` : inStack ? layered.stack.file : inGlobal ? layered.global.file : (0,external_node_path_.join)(project.config, key?.layer === 'global' ? (0,naming/* globalConfigFile */.WF)(s.account) : (0,naming/* stackConfigFile */.h3)(s.account, s.region));
            const missing = !inStack && !inGlobal && !escName;
            if (missing && unchecked.length > 0) {
                const names = unchecked.map((e) => e.name).join(', ');
                problems.push({ stack: s.stack, file, key: p.key, secret: key?.secret ?? false, warning: true, message: `not in the repo files, so not checked: it may come from the ESC environment${unchecked.length === 1 ? '' : 's'} ${names} (not opened: ${unchecked[0].reason})` });
            }
            else {
                const alsoEsc = missing && opened.length > 0 ? ` (the ESC environment${opened.length === 1 ? '' : 's'} ${opened.join(', ')} ${opened.length === 1 ? 'does' : 'do'} not set it either)` : '';
                problems.push({ stack: s.stack, file, key: p.key, secret: key?.secret ?? false, message: p.message + alsoEsc });
            }
        }
    }
    problems.push(...imagePromotionProblems(manifest, stacks, schemas));
    return problems;
}
/** The ESC environments the stacks' files import, when the backend is Pulumi Cloud (DIY backends refuse them). */
function escImportsOf(manifest, stacks, backendUrl) {
    if ((0,stack_config/* isDiyBackend */.zE)(backendUrl))
        return [];
    return [...new Set(stacks.flatMap((s) => {
            const project = manifest.projects.find((p) => p.name === s.project);
            return project ? (0,stack_config/* layeredConfig */.b9)(manifest, project, s.account, s.region).escImports : [];
        }))];
}


/***/ }),

/***/ 69153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ backendStackName),
/* harmony export */   N9: () => (/* binding */ pulumiProjectName),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   b9: () => (/* binding */ layeredConfig),
/* harmony export */   gC: () => (/* binding */ programDir),
/* harmony export */   zE: () => (/* binding */ isDiyBackend)
/* harmony export */ });
/* unused harmony export readStackFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _manifest_naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98425);
/* harmony import */ var _programs_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29432);





function readStackFile(root, rel) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
        return { file: rel, exists: false, config: {}, settings: {} };
    try {
        const doc = ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8')) ?? {});
        if (typeof doc !== 'object' || Array.isArray(doc))
            return { file: rel, exists: true, config: {}, settings: {}, error: 'expected a mapping at the top level' };
        const { config, ...settings } = doc;
        return { file: rel, exists: true, config: (config ?? {}), settings };
    }
    catch (err) {
        return { file: rel, exists: true, config: {}, settings: {}, error: `YAML syntax error: ${err.message.split('\n')[0]}` };
    }
}
/** Config for one stack: `Pulumi.<account>-global.yaml` under `Pulumi.aws-<account>-<region>.yaml`. */
function layeredConfig(manifest, project, account, region) {
    const global = readStackFile(manifest.root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(project.config, (0,_manifest_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .globalConfigFile */ .WF)(account)));
    const stack = readStackFile(manifest.root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(project.config, (0,_manifest_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .stackConfigFile */ .h3)(account, region)));
    const env = stack.settings.environment;
    const escImports = Array.isArray(env) ? env.map(String) : env && typeof env === 'object' && Array.isArray(env.imports) ? (env.imports).map(String) : [];
    return { global, stack, config: { ...global.config, ...stack.config }, escImports };
}
/** The folder of a project's Pulumi program: `programs/<name>` of the action, or the user's folder. */
function programDir(manifest, project) {
    return project.programKind === 'builtin' ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_programs_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .programsDir */ .L)(), project.programPath) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(manifest.root, project.programPath);
}
/** The project name in the program's Pulumi.yaml (config keys are namespaced by it). */
function pulumiProjectName(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Pulumi.yaml');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    return typeof doc?.name === 'string' ? doc.name : undefined;
}
/** True for DIY backends (file://, s3://, gs://, azblob://): no ESC, org spelled `organization`. */
function isDiyBackend(url) {
    return /^(file|s3|gs|azblob):\/\//.test(url);
}
/**
 * The name the backend accepts for `<org>/<project>/aws-<account>-<region>`: DIY backends take
 * `organization/<project>/<stack>` only; Pulumi Cloud takes the real org.
 */
function backendStackName(backendUrl, org, pulumiProject, account, region) {
    return `${isDiyBackend(backendUrl) ? 'organization' : org}/${pulumiProject}/${(0,_manifest_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .stackShortName */ .UT)(account, region)}`;
}
/** Path relative to the manifest root, for messages. */
function shown(manifest, abs) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(manifest.root, abs) || '.';
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   kp: () => (/* binding */ BadInput)
/* harmony export */ });
/**
 * The error taxonomy (docs/design.md, "Errors and exit codes"): a `BadInput` is the user's to fix
 * (the manifest, a stack config, an input, an argument, the event payload) and exits 2; any other
 * error is an operation that failed and exits 1. main.ts and cli.ts map errors to exit codes once,
 * with `exitCodeFor`; nothing else sets process.exitCode.
 */
class BadInput extends Error {
    name = 'BadInput';
}
/** Exit codes of the CLI and the action's process. */
const EXIT = { ok: 0, failed: 1, badInput: 2 };
/** 2 for bad input (anywhere in the cause chain of a wrapped error), 1 for everything else. */
function exitCodeFor(err) {
    for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e instanceof BadInput)
            return EXIT.badInput;
    }
    return EXIT.failed;
}


/***/ }),

/***/ 53385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ logWarning),
/* harmony export */   Ox: () => (/* binding */ fenceWrites),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   vV: () => (/* binding */ logError)
/* harmony export */ });
/* unused harmony export commandToken */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14031);



/** A fresh, unguessable `::stop-commands::` token: text from the deployed commit cannot end the fence. */
function commandToken() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString('hex');
}
/**
 * Writes text that may hold untrusted parts (names, paths, engine output, error messages) to the
 * runner's log: controls made visible, and fenced with `::stop-commands::` when any line of it
 * could be read as a workflow command.
 */
function logText(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .needsFence */ .r)(text) ? (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .fenceCommands */ .Qp)(text, commandToken()) : (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .showControls */ .mz)(text, true));
}
/** A warning annotation; the runner encodes newlines itself, controls and bidi overrides are shown. */
function logWarning(message, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .showControls */ .mz)(message, true), properties);
}
/** An error annotation, likewise. */
function logError(message, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .showControls */ .mz)(message, true), properties);
}
/** Output for a CLI run inside a workflow step: every write fenced, since the step's output is the log. */
function fenceWrites(write) {
    return (text) => {
        if (!(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .needsFence */ .r)(text))
            return write((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .showControls */ .mz)(text, true));
        const trailing = text.endsWith('\n') ? '\n' : '';
        write((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .fenceCommands */ .Qp)(text, commandToken()) + (trailing || '\n'));
    };
}


/***/ }),

/***/ 98425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ roleChain),
/* harmony export */   Qx: () => (/* binding */ stackName),
/* harmony export */   UT: () => (/* binding */ stackShortName),
/* harmony export */   WF: () => (/* binding */ globalConfigFile),
/* harmony export */   h3: () => (/* binding */ stackConfigFile),
/* harmony export */   p0: () => (/* binding */ allStacks)
/* harmony export */ });
/* unused harmony export escEnvironments */
/** `aws-<account>-<region>`: the stack's short name, and the middle of its config file name. */
function stackShortName(account, region) {
    return `aws-${account}-${region}`;
}
function stackName(org, project, account, region) {
    return `${org}/${project}/${stackShortName(account, region)}`;
}
/** `Pulumi.aws-<account>-<region>.yaml` */
function stackConfigFile(account, region) {
    return `Pulumi.${stackShortName(account, region)}.yaml`;
}
/** `Pulumi.<account>-global.yaml`: config shared by every region of one account. */
function globalConfigFile(account) {
    return `Pulumi.${account}-global.yaml`;
}
/** ESC environments: regional `<org>/<project>/aws-<account>-<region>`, global `<org>/<project>/<account>-global`. */
function escEnvironments(org, project, account, region) {
    return { global: `${org}/${project}/${account}-global`, regional: stackName(org, project, account, region) };
}
function roleChain(roles, account) {
    const executor = roles.executorRole.startsWith('arn:') ? roles.executorRole : `arn:aws:iam::${account.id}:role/${roles.executorRole}`;
    return [roles.oidcRoleArn, executor];
}
/** Every stack the manifest declares, in manifest order (account, then project, then region). */
function allStacks(manifest, roles = manifest.deployRoles) {
    const out = [];
    for (const account of manifest.accounts) {
        for (const project of manifest.projects) {
            if (!project.accounts.includes(account.name))
                continue;
            for (const region of account.regions)
                out.push(makeStack(manifest, project, account, region, roles));
        }
    }
    return out;
}
function makeStack(manifest, project, account, region, roles) {
    return {
        stack: stackName(manifest.org, project.name, account.name, region),
        project: project.name,
        account: account.name,
        accountId: account.id,
        region,
        roleChain: roleChain(roles, account),
    };
}


/***/ }),

/***/ 52628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ManifestError),
/* harmony export */   V: () => (/* binding */ formatProblem)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** Formats a problem the way compilers do, so editors and CI logs can link to it. */
function formatProblem(p) {
    const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
    return p.key ? `${where}: ${p.key}: ${p.message}` : `${where}: ${p.message}`;
}
/** Thrown when a manifest has problems; carries all of them. */
class ManifestError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInput */ .kp {
    problems;
    constructor(problems) {
        super(`${problems[0]?.file ?? 'manifest'} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
            problems.map((p) => `  ${formatProblem(p)}`).join('\n'));
        this.problems = problems;
        this.name = 'ManifestError';
    }
}


/***/ }),

/***/ 29432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ builtinPrograms),
/* harmony export */   L: () => (/* binding */ programsDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The action's `programs/` folder, found relative to this code (the bundle in dist/, or src/ in
 * tests), never the working directory, which is the user's repository.
 */
function programsDir() {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (const candidate of [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, '..', 'programs'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, '..', '..', 'programs')]) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, '..', 'programs');
}
/** Names of the builtin programs: folders of programs/ with a Pulumi.yaml. */
function builtinPrograms(dir = programsDir()) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, d.name, 'Pulumi.yaml')))
        .map((d) => d.name)
        .sort();
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ escapeMermaid),
/* harmony export */   Lx: () => (/* binding */ hasControls),
/* harmony export */   Qp: () => (/* binding */ fenceCommands),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   j2: () => (/* binding */ escapePre),
/* harmony export */   mz: () => (/* binding */ showControls),
/* harmony export */   r: () => (/* binding */ needsFence)
/* harmony export */ });
/**
 * The one place untrusted text (changed paths, names from the manifest and the engine, engine and
 * CLI output, error messages from the deployed commit) is made safe for where it is shown:
 * - `showControls` makes control characters and bidi overrides visible (`\n`, `\x1b`, `\u202e`)
 *   instead of letting them reach a terminal, the runner's log or a reader's screen as effects;
 * - `escapeInline` / `escapePre` turn it into Markdown/HTML that renders as exactly that text: no
 *   element, link, image, autolink, mention or emoji can come out of it;
 * - `escapeMermaid` does the same inside a mermaid label;
 * - `fenceCommands` wraps a block for the runner's log so no line of it is a workflow command.
 */
// Colour and style (SGR) sequences and OSC 8 hyperlinks (their text stays): formatting the Pulumi
// CLI emits, removed from engine output.
const SGR = /\u001b\[[0-9;:]*m|\u009b[0-9;:]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// C0 and C1 controls, DEL, the bidi embeddings/overrides/isolates and marks (Trojan Source), and the
// Unicode line and paragraph separators. Tab and newline are matched too; callers decide on them.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visible(c) {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}
/** True when `text` holds a character `showControls` would rewrite (other than tab/newline when `multiline`). */
function hasControls(text, multiline = false) {
    for (const m of text.matchAll(CONTROLS))
        if (!(multiline && (m[0] === '\n' || m[0] === '\t')))
            return true;
    return false;
}
/**
 * Control characters and bidi overrides as visible escapes. Names and paths (`multiline` false)
 * keep nothing: a newline in a file name becomes `\n`. Messages (`multiline` true) keep newlines and
 * tabs, turn `\r\n` into `\n`, and lose their colour codes; every other control is shown.
 */
function showControls(text, multiline = false) {
    const base = multiline ? text.replace(/\r\n/g, '\n').replace(SGR, '') : text;
    return base.replace(CONTROLS, (c) => (multiline && (c === '\n' || c === '\t') ? c : visible(c)));
}
/** Engine output without its colour codes, every other control shown (for logs and step outputs). */
function stripAnsi(text) {
    return showControls(text, true);
}
/**
 * Every character Markdown (GFM), GitHub's extensions or HTML could read as syntax, as an entity:
 * the browser shows the same character. `:`, `.` and `//` break autolinks (`https://…`, `www.…`,
 * `evil.com` for linkifiers that guess domains), `@`
 * mentions and email links, `#` issue references, `:` emoji, `$` math, `( ) [ ] !` links and images.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '!': '&#33;',
    '\\': '&#92;',
    '~': '&#126;',
    '@': '&#64;',
    '#': '&#35;',
    $: '&#36;',
    ':': '&#58;',
    '.': '&#46;',
};
const MARKUP = /[&<>"'|`*_[\]()!\\~@#$:.]/g;
function entities(text) {
    // `//` starts a protocol-relative link for linkifiers (markdown-it's linkify-it).
    return text.replace(MARKUP, (c) => ENTITIES[c]).replace(/\/\//g, '&#47;&#47;');
}
/**
 * Escapes text for a single line of Markdown or HTML (a table cell, a summary, a list item):
 * controls and newlines shown as escapes, every markup character an entity, cut at `maxLength`.
 */
function escapeInline(text, maxLength = 300) {
    const flat = showControls(text.trim());
    const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
    return entities(cut);
}
/**
 * Escapes multi-line text for a `<pre>` block. Everything is entity-escaped, so nothing inside can
 * close the block or the surrounding `<details>`, and a renderer that does not treat `<pre>` as
 * HTML still shows text, not links.
 */
function escapePre(text, maxLength = 4000) {
    const clean = showControls(text, true).replace(/\n{3,}/g, '\n\n').trim();
    const cut = clean.length > maxLength ? `${clean.slice(0, maxLength)}\n… (${clean.length - maxLength} more characters in the job log)` : clean;
    return entities(cut);
}
/** Escapes a label for a mermaid node (inside double quotes). */
function escapeMermaid(text) {
    return showControls(text).replace(/["<>&#;`|[\]{}()]/g, (c) => `#${c.charCodeAt(0)};`);
}
/** True when a log line of `text` could be read as a workflow command (`::name::`), or it spans lines. */
function needsFence(text) {
    return text.includes('::') || /[\r\n\u2028\u2029]/.test(text.replace(/\n+$/, ''));
}
/**
 * A block of untrusted text for the runner's log: controls shown, and the whole block between
 * `::stop-commands::<token>` and `::<token>::`, so a line such as `::add-mask::x` or `::error::`
 * inside it is printed, never run. `token` must be unguessable (a fresh random value per block).
 */
function fenceCommands(text, token) {
    return `::stop-commands::${token}\n${showControls(text, true).replace(/\n+$/, '')}\n::${token}::`;
}


/***/ }),

/***/ 9563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ defaultBackendUrl),
/* harmony export */   z: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Defaults shared by both entries (action.yml's inputs, the CLI's options), the engine and the
 * docs, stated once: scripts/gen-action-docs.mjs --check and test/unit/settings.test.ts fail when
 * action.yml says otherwise. No imports, so scripts can load this file with Node's type stripping.
 */
const DEFAULTS = {
    command: 'plan',
    manifest: 'infra.yaml',
    /** Stacks run at once within a wave. */
    parallel: 4,
    /** The Pulumi CLI range: the first version whose event log the Automation API reads from a file. */
    pulumiVersion: '^3.205.0',
    /** The state folder, under the manifest's root, of the file backend used when the manifest names none. */
    stateDir: '.infra-state',
};
/** The state backend when the manifest names none: a local file backend under the manifest root. */
function defaultBackendUrl(manifestRoot) {
    return `file://${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(manifestRoot, DEFAULTS.stateDir)}`;
}


/***/ }),

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   WV: () => (/* binding */ parsePulumiVersion),
/* harmony export */   hh: () => (/* binding */ parseParallel),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9563);



/**
 * Parsers for the values both entries accept (action inputs, CLI options). `where` names the
 * input or option in the message ("input 'parallel'", "--parallel"), so a bad value says what,
 * where, and what was expected.
 */
const COMMANDS = ['plan', 'preview', 'up', 'refresh', 'destroy', 'verify', 'promote-check', 'drift'];
function parseCommand(raw, where) {
    const command = raw.trim() || _defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULTS */ .z.command;
    if (!COMMANDS.includes(command))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInput */ .kp(`Invalid ${where}: "${command}". Expected one of: ${COMMANDS.join(', ')}.`);
    return command;
}
/** `parallel`: a whole number from 1 to 64; empty means the default. */
function parseParallel(raw, where) {
    if (raw === undefined || raw.trim() === '')
        return _defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULTS */ .z.parallel;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 64)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInput */ .kp(`Invalid ${where}: "${raw}". Expected a whole number from 1 to 64.`);
    return n;
}
/** `pulumi-version`: a semver version or range; empty means the default. */
function parsePulumiVersion(raw, where) {
    const range = raw?.trim() || _defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULTS */ .z.pulumiVersion;
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(range) === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInput */ .kp(`Invalid ${where}: "${range}". Expected a version or a range like ${_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULTS */ .z.pulumiVersion}.`);
    return range;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A boolean input as YAML 1.2's core schema spells it (what `core.getBooleanInput` accepts); empty means `fallback`. */
function parseBoolean(raw, where, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInput */ .kp(`Invalid ${where}: "${value}". Expected true or false (YAML 1.2: ${[...TRUE, ...FALSE].join(', ')}).`);
}
/** `--account a --account b,c` → [a, b, c] */
function splitList(values) {
    const list = Array.isArray(values) ? values : values ? [values] : [];
    return list.flatMap((v) => v.split(/[,\s]+/)).filter((v) => v !== '');
}
/** A value that is empty or only blanks counts as not given. */
function optional(raw) {
    const v = raw?.trim();
    return v ? v : undefined;
}


/***/ })

};
