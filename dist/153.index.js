export const id = 153;
export const ids = [153];
export const modules = {

/***/ 18009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ schemas)
});

;// CONCATENATED MODULE: ./programs/api/schema.ts
/**
 * Config of the `api` program: exactly the keys the seed stack files carry. Pure data (no pulumi
 * import) so the engine's preflight and the docs generator can read it without loading a program.
 */
const configSchema = {
    project: 'api',
    description: 'The API service: VPC, ALB with HTTPS, ECS Fargate service, ElastiCache Serverless (Valkey), secrets in Secrets Manager.',
    keys: [
        {
            key: 'roleToAssumeARN',
            type: 'arn',
            required: true,
            secret: false,
            layer: 'stack',
            pattern: '^arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]+$',
            description: 'Executor role of the target account. Its account id pins the provider (`allowedAccountIds`); the action assumes it before the program runs.',
        },
        {
            key: 'cidrBlock',
            type: 'cidr',
            required: true,
            secret: false,
            layer: 'stack',
            description: 'CIDR of the VPC (a /16 to /24); the public subnets are carved from it, one per availability zone.',
        },
        {
            key: 'hostedZoneID',
            type: 'string',
            required: true,
            secret: false,
            layer: 'stack',
            pattern: '^Z[A-Z0-9]{6,31}$',
            description: 'Route 53 hosted zone that receives the ACM DNS validation records.',
        },
        {
            key: 'certificateDomain',
            type: 'domain',
            required: true,
            secret: false,
            layer: 'stack',
            description: 'Domain name of the ACM certificate served by the HTTPS listener.',
        },
        {
            key: 'awsRegion',
            type: 'region',
            required: true,
            secret: false,
            layer: 'stack',
            description: 'AWS region; must match the region in the stack name `aws-<account>-<region>`.',
        },
        {
            key: 'clickhouseUrl',
            type: 'url',
            required: true,
            secret: true,
            layer: 'stack',
            description: 'ClickHouse URL; stored in Secrets Manager and handed to the container as a secret.',
        },
        {
            key: 'OTEL_EXPORTER_OTLP_HEADERS',
            type: 'string',
            required: true,
            secret: true,
            layer: 'stack',
            description: 'OpenTelemetry exporter headers (credentials); stored in Secrets Manager.',
        },
        {
            key: 'OTEL_EXPORTER_OTLP_ENDPOINT',
            type: 'url',
            required: true,
            secret: true,
            layer: 'stack',
            description: 'OpenTelemetry exporter endpoint; stored in Secrets Manager.',
        },
        {
            key: 'databasePrimaryDsn',
            type: 'string',
            required: true,
            secret: true,
            layer: 'global',
            description: 'DSN of the primary database (PlanetScale `unkey`/`main`, role `readwriter`); one value per account in `Pulumi.<account>-global.yaml`.',
        },
        {
            key: 'databaseReplicaDsn',
            type: 'string',
            required: false,
            secret: true,
            layer: 'global',
            description: 'DSN of the read replica (role `reader`). Ignored on canary stacks, which never get a replica; omit it to run without one.',
        },
    ],
};

;// CONCATENATED MODULE: ./programs/bootstrap-account/schema.ts
const ACCOUNT_ID = '^\\d{12}$';
const ROLE_NAME = '^[\\w+=,.@-]{1,64}$';
/** Config of `bootstrap-account`: the roles the management account's roles hop into. */
const schema_configSchema = {
    project: 'bootstrap-account',
    description: 'Each target account: the executor role (deploys), the read-only preview executor, and optional Admin and Billing roles for people.',
    keys: [
        { key: 'accountId', type: 'string', required: true, secret: false, layer: 'global', pattern: ACCOUNT_ID, description: 'This account\'s id; the provider is pinned to it.' },
        { key: 'managementAccountId', type: 'string', required: true, secret: false, layer: 'global', pattern: ACCOUNT_ID, description: 'Management account id, home of the OIDC deploy and preview roles.' },
        { key: 'oidcRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: ROLE_NAME, default: 'GitHubActionsOIDCRole', description: 'Deploy role in the management account, the only workflow principal the executor trusts.' },
        { key: 'previewRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: ROLE_NAME, default: 'GitHubActionsPreviewRole', description: 'Preview role in the management account, the only principal the preview executor trusts.' },
        { key: 'executorRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: ROLE_NAME, default: 'UnkeyPulumiAWSExecutor', description: 'Name of the executor role created here.' },
        { key: 'previewExecutorRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: ROLE_NAME, default: 'UnkeyPulumiAWSPreviewExecutor', description: 'Name of the read-only preview executor role created here.' },
        { key: 'ssoAdminRoleArn', type: 'arn', required: false, secret: false, layer: 'global', pattern: '^arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]+$', description: 'Optional SSO admin role allowed to assume the executor (the CLI during an incident).' },
        { key: 'humanRoles', type: 'boolean', required: false, secret: false, layer: 'global', default: false, description: 'Create Admin and Billing roles assumable from the management account\'s Management-Admin and Management-Billing roles.' },
    ],
};

;// CONCATENATED MODULE: ./programs/bootstrap-management/schema.ts
const schema_ACCOUNT_ID = '^\\d{12}$';
const schema_ROLE_NAME = '^[\\w+=,.@-]{1,64}$';
/** Config of `bootstrap-management`: the OIDC provider, the deploy and preview roles, state bucket and KMS key. */
const bootstrap_management_schema_configSchema = {
    project: 'bootstrap-management',
    description: 'The management account: GitHub OIDC provider, the deploy and preview roles the workflows assume, the Pulumi state bucket and the KMS key for Pulumi secrets.',
    keys: [
        { key: 'accountId', type: 'string', required: true, secret: false, layer: 'global', pattern: schema_ACCOUNT_ID, description: 'Management account id; the provider is pinned to it.' },
        { key: 'githubRepository', type: 'string', required: true, secret: false, layer: 'global', pattern: '^[A-Za-z0-9][A-Za-z0-9-]*(@\\d+)?/[A-Za-z0-9._-]+(@\\d+)?$', description: 'The one repository whose workflows may assume the roles, `owner/repo` (no wildcards).' },
        { key: 'deployRefs', type: 'string-list', required: true, secret: false, layer: 'global', description: 'Branches (or full refs) whose jobs without an environment may deploy, e.g. `[main, workflow-testing]`.' },
        { key: 'deployEnvironments', type: 'string-list', required: true, secret: false, layer: 'global', description: 'GitHub environments whose jobs may deploy, e.g. `[sandbox, canary, production]`.' },
        { key: 'targetAccountIds', type: 'string-list', required: true, secret: false, layer: 'global', description: 'Account ids whose executor roles the deploy role may assume.' },
        { key: 'stateBucketName', type: 'string', required: true, secret: false, layer: 'global', pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$', description: 'Name of the Pulumi state bucket (versioned, KMS-encrypted, TLS only).' },
        { key: 'oidcRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: schema_ROLE_NAME, default: 'GitHubActionsOIDCRole', description: 'Name of the deploy role (the manifest\'s `management.oidcRole`).' },
        { key: 'previewRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: schema_ROLE_NAME, default: 'GitHubActionsPreviewRole', description: 'Name of the pull-request preview role.' },
        { key: 'executorRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: schema_ROLE_NAME, default: 'UnkeyPulumiAWSExecutor', description: 'Executor role name in every target account (the manifest\'s `executorRole`).' },
        { key: 'previewExecutorRoleName', type: 'string', required: false, secret: false, layer: 'global', pattern: schema_ROLE_NAME, default: 'UnkeyPulumiAWSPreviewExecutor', description: 'Read-only preview executor role name in every target account.' },
        { key: 'humanPrincipalArns', type: 'string-list', required: false, secret: false, layer: 'global', description: 'When set, creates Management-Admin and Management-Billing roles assumable by these principals (SSO roles), mapped to the Admin and Billing roles of the target accounts.' },
    ],
};

;// CONCATENATED MODULE: ./programs/schemas.ts



/**
 * The config schema of every builtin program, keyed by program name (`builtin:<name>`). Pure data:
 * the engine's preflight and scripts/gen-config-docs.mjs import it without loading Pulumi.
 */
const schemas = {
    api: configSchema,
    'bootstrap-account': schema_configSchema,
    'bootstrap-management': bootstrap_management_schema_configSchema,
};


/***/ }),

/***/ 87391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   wE: () => (/* binding */ parseCli)
/* harmony export */ });
/* unused harmony export USAGE */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _select_select_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70765);


const COMMANDS = ['plan', 'preview', 'up', 'refresh', 'destroy', 'verify', 'promote-check'];
class UsageError extends Error {
}
const USAGE = `Usage: infra-action <command> [options]

Commands:
  plan       offline: selection, order, role chains
  preview    preview the selected stacks
  up         deploy the selected stacks
  refresh    refresh the selected stacks
  destroy    destroy a stack (guarded: --confirm <exact stack name>)
  verify     walk the role chain for the selected accounts and explain failures

Options:
  --manifest FILE        the manifest (default infra.yaml)
  --changed-files FILE   changed paths, one a line, or git diff --name-status lines; - for stdin
  --base REF --head REF  diff these commits instead
  --event NAME           pull_request | push | workflow_dispatch | schedule
  --ref REF              the branch or tag (workflow-testing limits the run to the first account)
  --account NAME         only this account (repeatable, or comma-separated)
  --project NAME         exactly this project (repeatable, or comma-separated)
  --json                 print the result as one JSON object
  --profile NAME         AWS profile for the first hop on a laptop
  --trust-policy FILE    verify: a trust policy (JSON, or {roleArn: policy}) to evaluate when a hop is denied
  --parallel N           stacks run at once (default 4)
  --confirm STACK        destroy: repeat the exact stack name
  -h, --help             this help
`;
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                manifest: { type: 'string' },
                'changed-files': { type: 'string' },
                base: { type: 'string' },
                head: { type: 'string' },
                event: { type: 'string' },
                ref: { type: 'string' },
                account: { type: 'string', multiple: true },
                project: { type: 'string', multiple: true },
                json: { type: 'boolean' },
                profile: { type: 'string' },
                parallel: { type: 'string' },
                confirm: { type: 'string' },
                'pulumi-version': { type: 'string' },
                'trust-policy': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (err) {
        throw new UsageError(`${err.message}\n\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    const command = positionals[0];
    if (values.help && !command)
        throw new UsageError(USAGE);
    if (!command || !COMMANDS.includes(command)) {
        throw new UsageError(`${command ? `Unknown command "${command}".` : 'No command given.'} Expected one of: ${COMMANDS.join(', ')}.\n\n${USAGE}`);
    }
    if (positionals.length > 1)
        throw new UsageError(`Unexpected argument "${positionals[1]}".\n\n${USAGE}`);
    if (values.event !== undefined && !_select_select_js__WEBPACK_IMPORTED_MODULE_1__/* .EVENTS */ .qY.includes(values.event)) {
        throw new UsageError(`--event "${values.event}" is not one of: ${_select_select_js__WEBPACK_IMPORTED_MODULE_1__/* .EVENTS */ .qY.join(', ')}.`);
    }
    if ((values.base === undefined) !== (values.head === undefined))
        throw new UsageError('--base and --head go together: pass both, or use --changed-files.');
    if (values.base !== undefined && values['changed-files'] !== undefined)
        throw new UsageError('Use either --changed-files or --base/--head, not both.');
    return {
        command: command,
        manifest: values.manifest ?? 'infra.yaml',
        changedFiles: values['changed-files'],
        base: values.base,
        head: values.head,
        event: values.event,
        ref: values.ref,
        accounts: splitList(values.account),
        projects: splitList(values.project),
        json: values.json ?? false,
        options: { profile: values.profile, parallel: values.parallel, confirm: values.confirm, 'pulumi-version': values['pulumi-version'], 'trust-policy': values['trust-policy'] },
    };
}
/** `--account a --account b,c` → [a, b, c] */
function splitList(values) {
    const list = Array.isArray(values) ? values : values ? [values] : [];
    return list.flatMap((v) => v.split(/[,\s]+/)).filter((v) => v !== '');
}


/***/ }),

/***/ 69070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wG: () => (/* binding */ PreflightError),
  Mz: () => (/* binding */ preflight)
});

// UNUSED EXPORTS: formatPreflight

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
// EXTERNAL MODULE: ./src/engine/stack-config.ts
var stack_config = __webpack_require__(69153);
;// CONCATENATED MODULE: ./src/engine/preflight.ts





/** Thrown when the preflight finds problems; carries all of them (exit 2). */
class PreflightError extends Error {
    problems;
    /** Bad input: the action and the CLI exit 2. */
    exitCode = 2;
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
 * ESC imports only on Pulumi Cloud, and the config satisfies the builtin program's schema.
 * Returns every problem of every stack at once.
 */
function preflight(manifest, stacks, backendUrl, schemas) {
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
        if (layered.escImports.length > 0 && (0,stack_config/* isDiyBackend */.zE)(backendUrl)) {
            problems.push({
                stack: s.stack,
                file: layered.stack.file,
                key: 'environment',
                message: `imports ESC environments (${layered.escImports.join(', ')}), which only work on the Pulumi Cloud backend; this run uses ${backendUrl.split('?')[0]}. Move the values into the stack files or use Pulumi Cloud as the backend.`,
            });
        }
        const schema = project.programKind === 'builtin' ? schemas[project.programPath] : undefined;
        if (!schema)
            continue;
        for (const p of validateConfig(schema, layered.config, { rejectUnknown: false })) {
            const bare = p.key.slice(schema.project.length + 1);
            const key = schema.keys.find((k) => k.key === bare);
            const inStack = Object.prototype.hasOwnProperty.call(layered.stack.config, p.key);
            const inGlobal = Object.prototype.hasOwnProperty.call(layered.global.config, p.key);
            const file = inStack ? layered.stack.file : inGlobal ? layered.global.file : (0,external_node_path_.join)(project.config, key?.layer === 'global' ? (0,naming/* globalConfigFile */.WF)(s.account) : (0,naming/* stackConfigFile */.h3)(s.account, s.region));
            problems.push({ stack: s.stack, file, key: p.key, secret: key?.secret ?? false, message: p.message });
        }
    }
    return problems;
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

/***/ 347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ gitDiff)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _select_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32313);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * `git diff --name-status` between two refs, in `cwd`. `threeDot` diffs from the merge base (what
 * a PR changes); otherwise the two commits directly (what a push changed).
 */
async function gitDiff(cwd, base, head, threeDot = false) {
    const range = threeDot ? `${base}...${head}` : `${base}..${head}`;
    try {
        const { stdout } = await run('git', ['-c', 'core.quotePath=true', 'diff', '--name-status', '--no-renames', range], {
            cwd,
            maxBuffer: 256 * 1024 * 1024,
        });
        return (0,_select_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChangedFiles */ .bM)(stdout);
    }
    catch (err) {
        const stderr = String(err.stderr ?? err.message).trim();
        throw new Error(`Could not diff ${range} in ${cwd}: ${stderr.split('\n')[0]}. ` +
            'Both commits must be in the checkout: use actions/checkout with fetch-depth: 0 (or fetch the base commit).');
    }
}


/***/ }),

/***/ 99978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ loadManifest)
});

// UNUSED EXPORTS: parseManifest

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
;// CONCATENATED MODULE: ./src/manifest/schema.ts

/**
 * The manifest's shape. Cross-references (account names, dependsOn, cycles, globs) are checked
 * afterwards in `validate.ts`, where every problem can be collected rather than the first.
 */
const NAME = /^[a-z][a-z0-9-]*$/;
const PROJECT = /^[A-Za-z][A-Za-z0-9._-]*$/;
const ROLE_NAME = /^[\w+=,.@/-]{1,512}$/;
const accountId = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform((v, ctx) => {
    // An unquoted YAML number loses leading zeros, so only a 12-digit number is safe to accept.
    const s = typeof v === 'number' ? String(v) : v;
    if (!/^\d{12}$/.test(s)) {
        ctx.addIssue({
            code: 'custom',
            message: typeof v === 'number'
                ? `account id ${v} is not 12 digits; quote account ids ("012345678901") so YAML keeps leading zeros`
                : `account id "${v}" must be exactly 12 digits`,
        });
        return core/* NEVER */.tm;
    }
    return s;
});
const roleName = schemas/* string */.YjP()
    .min(1)
    .refine((s) => s.startsWith('arn:') || ROLE_NAME.test(s), {
    message: 'expected an IAM role name (letters, digits and +=,.@_-) or a full role ARN',
});
const region = schemas/* string */.YjP();
const accountSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(NAME, 'account names are lowercase letters, digits and dashes, starting with a letter'),
    id: accountId,
    regions: schemas/* array */.YOg(region).min(1, 'an account needs at least one region'),
    environment: schemas/* string */.YjP().min(1).optional(),
    protected: schemas/* boolean */.zMY().optional(),
});
const projectSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(PROJECT, 'project names are letters, digits, ".", "_" and "-", starting with a letter'),
    program: schemas/* string */.YjP().min(1),
    paths: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    accounts: schemas/* array */.YOg(schemas/* string */.YjP()).min(1).optional(),
    dependsOn: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    config: schemas/* string */.YjP().min(1).optional(),
});
const manifestSchema = schemas/* strictObject */.rej({
    org: schemas/* string */.YjP().regex(PROJECT, 'org is a Pulumi organisation name: letters, digits, ".", "_" and "-"'),
    backend: schemas/* string */.YjP().min(1).optional(),
    secretsProvider: schemas/* string */.YjP().min(1).optional(),
    management: schemas/* strictObject */.rej({
        accountId,
        oidcRole: roleName,
    }),
    executorRole: roleName,
    previewRole: schemas/* strictObject */.rej({
        oidcRole: roleName,
        executorRole: roleName,
    })
        .optional(),
    accounts: schemas/* array */.YOg(accountSchema).min(1, 'declare at least one account'),
    triggers: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    projects: schemas/* array */.YOg(projectSchema).min(1, 'declare at least one project'),
});

;// CONCATENATED MODULE: ./src/manifest/regions.ts
/** AWS region names: known ones, plus the pattern new regions follow. */
const KNOWN = [
    'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-east-1', 'ap-east-2',
    'ap-south-1', 'ap-south-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
    'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
    'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2',
    'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-south-1', 'eu-south-2', 'eu-north-1', 'il-central-1',
    'me-south-1', 'me-central-1', 'mx-central-1', 'sa-east-1', 'us-gov-east-1', 'us-gov-west-1',
    'cn-north-1', 'cn-northwest-1',
];
const PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-(central|north|south|east|west|northeast|northwest|southeast|southwest)-[1-9]$/;
function isRegion(name) {
    return KNOWN.includes(name) || PATTERN.test(name);
}
/** The closest known region, for "did you mean" hints (`us-east1` → `us-east-1`). */
function suggestRegion(name) {
    const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    return KNOWN.find((r) => squash(r) === squash(name)) ?? closest(name, KNOWN);
}
/** The candidate within edit distance 2, if any. */
function closest(name, candidates) {
    let best;
    let bestD = 3;
    for (const c of candidates) {
        const d = distance(name.toLowerCase(), c.toLowerCase());
        if (d < bestD)
            [best, bestD] = [c, d];
    }
    return best;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

// EXTERNAL MODULE: ./src/select/glob.ts
var glob = __webpack_require__(5848);
// EXTERNAL MODULE: ./src/select/graph.ts
var select_graph = __webpack_require__(91236);
;// CONCATENATED MODULE: ./src/manifest/validate.ts




/**
 * Checks what a schema cannot: references between accounts and projects, cycles, globs, regions,
 * paths. Collects every problem; returns a manifest only when there are none.
 */
function validateManifest(raw, opts) {
    const problems = [];
    const report = (path, message) => problems.push({ path, message });
    const accounts = checkAccounts(raw, report);
    const accountNames = accounts.map((a) => a.name);
    const triggers = checkGlobs(raw.triggers ?? [], ['triggers'], report);
    const projects = checkProjects(raw, accountNames, opts, report);
    if (problems.length > 0)
        return { problems };
    const deployRoles = {
        oidcRoleArn: roleArn(raw.management.accountId, raw.management.oidcRole),
        executorRole: raw.executorRole,
    };
    const previewRoles = raw.previewRole && {
        oidcRoleArn: roleArn(raw.management.accountId, raw.previewRole.oidcRole),
        executorRole: raw.previewRole.executorRole,
    };
    return {
        problems,
        manifest: {
            file: opts.file,
            root: opts.root,
            org: raw.org,
            backend: raw.backend,
            secretsProvider: raw.secretsProvider,
            management: { accountId: raw.management.accountId, oidcRole: raw.management.oidcRole },
            deployRoles,
            previewRoles,
            accounts,
            triggers,
            projects,
        },
    };
}
/** `Name` → `arn:aws:iam::<account>:role/Name`; a full ARN is kept as written. */
function roleArn(accountId, role) {
    return role.startsWith('arn:') ? role : `arn:aws:iam::${accountId}:role/${role}`;
}
function checkAccounts(raw, report) {
    const seenNames = new Map();
    const seenIds = new Map();
    return raw.accounts.map((a, i) => {
        const dupName = seenNames.get(a.name);
        if (dupName !== undefined)
            report(['accounts', i, 'name'], `account "${a.name}" is declared twice (also accounts[${dupName}])`);
        else
            seenNames.set(a.name, i);
        const dupId = seenIds.get(a.id);
        if (dupId !== undefined)
            report(['accounts', i, 'id'], `account id ${a.id} is already used by accounts[${dupId}]; each account needs its own id`);
        else
            seenIds.set(a.id, i);
        const regions = new Set();
        a.regions.forEach((r, j) => {
            if (!isRegion(r)) {
                const hint = suggestRegion(r);
                report(['accounts', i, 'regions', j], `"${r}" is not an AWS region name${hint ? `; did you mean "${hint}"?` : ' (expected e.g. us-east-1)'}`);
            }
            else if (regions.has(r))
                report(['accounts', i, 'regions', j], `region "${r}" is listed twice`);
            regions.add(r);
        });
        return {
            name: a.name,
            id: a.id,
            regions: a.regions,
            environment: a.environment ?? a.name,
            protected: a.protected ?? false,
        };
    });
}
function checkGlobs(globs, at, report) {
    const out = [];
    globs.forEach((g, i) => {
        const r = (0,glob/* normalizeGlob */.er)(g);
        if ('error' in r)
            report([...at, i], `bad glob: ${r.error}`);
        else
            out.push(r.glob);
    });
    return out;
}
/** A repo-relative folder, normalised; undefined when it escapes the repository. */
function repoPath(p) {
    if (p.startsWith('/') || p.includes('\\'))
        return undefined;
    const n = external_node_path_.posix.normalize(p).replace(/\/+$/, '');
    if (n === '..' || n.startsWith('../'))
        return undefined;
    return n === '.' ? '' : n;
}
function checkProjects(raw, accountNames, opts, report) {
    const names = raw.projects.map((p) => p.name);
    const firstIndex = new Map();
    const projects = raw.projects.map((p, i) => {
        const at = ['projects', i];
        if (firstIndex.has(p.name))
            report([...at, 'name'], `project "${p.name}" is declared twice (also projects[${firstIndex.get(p.name)}]); project names must be unique`);
        else
            firstIndex.set(p.name, i);
        let programKind = 'repo';
        let programPath = '';
        if (p.program.startsWith('builtin:')) {
            programKind = 'builtin';
            programPath = p.program.slice('builtin:'.length);
            if (!opts.builtins.includes(programPath)) {
                const hint = closest(programPath, opts.builtins);
                report([...at, 'program'], `unknown builtin program "${programPath}"${hint ? `; did you mean "builtin:${hint}"?` : ''} (this action ships: ${opts.builtins.map((b) => `builtin:${b}`).join(', ')})`);
            }
        }
        else {
            const n = repoPath(p.program);
            if (n === undefined)
                report([...at, 'program'], `program "${p.program}" must be a folder inside the repository (relative to the manifest) or builtin:<name>`);
            else
                programPath = n;
        }
        const accounts = p.accounts ?? accountNames;
        (p.accounts ?? []).forEach((a, j) => {
            if (!accountNames.includes(a)) {
                const hint = closest(a, accountNames);
                report([...at, 'accounts', j], `unknown account "${a}"${hint ? `; did you mean "${hint}"?` : ''} (declared accounts: ${accountNames.join(', ')})`);
            }
            else if (p.accounts.indexOf(a) !== j)
                report([...at, 'accounts', j], `account "${a}" is listed twice`);
        });
        const dependsOn = p.dependsOn ?? [];
        dependsOn.forEach((d, j) => {
            if (d === p.name)
                report([...at, 'dependsOn', j], `project "${p.name}" depends on itself`);
            else if (!names.includes(d)) {
                const hint = closest(d, names);
                report([...at, 'dependsOn', j], `depends on "${d}", which is not a declared project${hint ? `; did you mean "${hint}"?` : ''} (projects: ${names.join(', ')})`);
            }
        });
        let config = programKind === 'builtin' ? `stacks/${p.name}` : programPath;
        if (p.config !== undefined) {
            const n = repoPath(p.config);
            if (n === undefined)
                report([...at, 'config'], `config folder "${p.config}" must be a folder inside the repository, relative to the manifest`);
            else
                config = n;
        }
        const paths = checkGlobs(p.paths ?? [], [...at, 'paths'], report);
        return {
            name: p.name,
            program: p.program,
            programKind,
            programPath,
            paths,
            // Manifest order, whatever order the project lists them in.
            accounts: accountNames.filter((a) => accounts.includes(a)),
            dependsOn,
            config,
        };
    });
    const graph = new Map(raw.projects.map((p) => [p.name, (p.dependsOn ?? []).filter((d) => d !== p.name && names.includes(d))]));
    const cycle = (0,select_graph/* findCycle */.u8)(graph);
    if (cycle) {
        const i = names.indexOf(cycle[0]);
        report(['projects', i, 'dependsOn'], `dependency cycle: ${cycle.join(' → ')}; remove one of these dependsOn entries`);
    }
    return projects;
}

// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __webpack_require__(52628);
;// CONCATENATED MODULE: ./src/manifest/load.ts






/** Reads, parses and validates a manifest file; throws ManifestError with every problem. */
async function loadManifest(file, opts) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'file not found; pass --manifest (CLI) or the manifest input (action) with its path' : err.message;
        throw new types/* ManifestError */.S([{ file, line: 0, column: 0, key: '', message: why }]);
    }
    return parseManifest(text, file, opts);
}
/** Parses manifest text; `file` names it in messages and its folder is the root for relative paths. */
function parseManifest(text, file, opts) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => lines.linePos(offset);
    if (doc.errors.length > 0) {
        throw new types/* ManifestError */.S(doc.errors.map((e) => {
            const { line, col } = at(e.pos[0]);
            return { file, line, column: col, key: '', message: `YAML syntax error: ${e.message.split('\n')[0]}` };
        }));
    }
    const locate = (p, atKey = false) => {
        const { offset, key } = findOffset(doc, p.path, atKey);
        const { line, col } = at(offset);
        return { file, line, column: col, key: key || formatPath(p.path), message: p.message };
    };
    const raw = doc.toJS() ?? {};
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = [];
        for (const issue of parsed.error.issues) {
            const path = issue.path.filter((s) => typeof s !== 'symbol');
            if (issue.code === 'unrecognized_keys') {
                for (const k of issue.keys)
                    problems.push(locate({ path: [...path, k], message: unknownKeyMessage(k, path) }, true));
            }
            else {
                problems.push(locate({ path, message: schemaMessage(issue.message, issue.code, path, doc) }));
            }
        }
        // Cross-reference checks still run on what could be read, so every problem shows at once.
        const seen = new Set(problems.map((p) => p.key));
        const more = validateManifest(lenient(raw), { file, root: (0,external_node_path_.dirname)(file), builtins: opts.builtins }).problems.map((p) => locate(p));
        throw new types/* ManifestError */.S(sortProblems([...problems, ...more.filter((p) => !seen.has(p.key))]));
    }
    const { manifest, problems } = validateManifest(parsed.data, { file, root: (0,external_node_path_.dirname)(file), builtins: opts.builtins });
    if (!manifest)
        throw new types/* ManifestError */.S(sortProblems(problems.map((p) => locate(p))));
    return manifest;
}
const KNOWN_KEYS = {
    '': ['org', 'backend', 'secretsProvider', 'management', 'executorRole', 'previewRole', 'accounts', 'triggers', 'projects'],
    management: ['accountId', 'oidcRole'],
    previewRole: ['oidcRole', 'executorRole'],
    accounts: ['name', 'id', 'regions', 'environment', 'protected'],
    projects: ['name', 'program', 'paths', 'accounts', 'dependsOn', 'config'],
};
function unknownKeyMessage(key, parent) {
    const known = KNOWN_KEYS[String(parent[0] ?? '')] ?? [];
    const lower = key.toLowerCase();
    const hint = known.find((k) => k.toLowerCase() === lower || k.toLowerCase().startsWith(lower.slice(0, 4)));
    return `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} (allowed here: ${known.join(', ')})`;
}
function schemaMessage(message, code, path, doc) {
    if (code === 'invalid_type' && doc.getIn(path) === undefined)
        return `required key is missing`;
    return message.replace(/^Invalid input: /, '');
}
function formatPath(path) {
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
/**
 * Offset of the node at `path`; for a key that does not exist, the nearest existing parent. Keys
 * point at the key itself so "unknown key" lands on the right line.
 */
function findOffset(doc, path, atKey) {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const seg of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === seg);
            if (!pair)
                break;
            offset = pair.key.range?.[0] ?? offset;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (!item)
                break;
            node = item;
            offset = item.range?.[0] ?? offset;
        }
        else {
            return { offset, key: formatPath(path) };
        }
    }
    if (!atKey && node?.range)
        offset = node.range[0];
    return { offset, key: formatPath(path) };
}
function sortProblems(problems) {
    return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
/** A best-effort typed view of a manifest that failed the schema, for the cross-reference checks. */
function lenient(raw) {
    const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
    const str = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
    const strs = (v) => (Array.isArray(v) ? v.map(str) : []);
    const r = obj(raw);
    const m = obj(r.management);
    return {
        org: str(r.org),
        management: { accountId: str(m.accountId), oidcRole: str(m.oidcRole) },
        executorRole: str(r.executorRole),
        triggers: strs(r.triggers),
        accounts: (Array.isArray(r.accounts) ? r.accounts : []).map((a) => {
            const o = obj(a);
            return { name: str(o.name), id: str(o.id), regions: strs(o.regions) };
        }),
        projects: (Array.isArray(r.projects) ? r.projects : []).map((p) => {
            const o = obj(p);
            return {
                name: str(o.name),
                program: str(o.program) || 'builtin:?',
                paths: strs(o.paths),
                accounts: Array.isArray(o.accounts) ? strs(o.accounts) : undefined,
                dependsOn: strs(o.dependsOn),
                config: typeof o.config === 'string' ? o.config : undefined,
            };
        }),
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
/** The validated manifest (`infra.yaml`): the single source of truth for accounts and stacks. */
/** Formats a problem the way compilers do, so editors and CI logs can link to it. */
function formatProblem(p) {
    const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
    return p.key ? `${where}: ${p.key}: ${p.message}` : `${where}: ${p.message}`;
}
/** Thrown when a manifest has problems; carries all of them. */
class ManifestError extends Error {
    problems;
    constructor(problems) {
        super(`${problems[0]?.file ?? 'manifest'} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
            problems.map((p) => `  ${formatProblem(p)}`).join('\n'));
        this.problems = problems;
        this.name = 'ManifestError';
    }
}


/***/ }),

/***/ 93129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ makePlan)
/* harmony export */ });
/* harmony import */ var _manifest_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99978);
/* harmony import */ var _programs_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29432);
/* harmony import */ var _select_select_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70765);
/* harmony import */ var _engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69070);
/* harmony import */ var _programs_schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18009);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48720);






/** Loads the manifest and selects; the one path both the action and the CLI take. Throws ManifestError. */
async function makePlan(req) {
    const manifest = await (0,_manifest_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadManifest */ .e)(req.manifestPath, { builtins: (0,_programs_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinPrograms */ .J)() });
    const selection = (0,_select_select_js__WEBPACK_IMPORTED_MODULE_2__/* .selectStacks */ .wf)({
        manifest,
        changes: req.changes,
        selectAll: req.selectAll,
        event: req.event,
        ref: req.ref,
        accounts: req.accounts,
        projects: req.projects,
    });
    const document = (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .planDocument */ .N)(selection);
    // The config preflight the engine enforces (exit 2) is shown here as warnings: plan stays usable
    // for selection while config is still being written.
    for (const p of (0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .preflight */ .Mz)(manifest, selection.stacks, manifest.backend ?? 'file://.infra-state', _programs_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .schemas */ .j)) {
        document.warnings.push(`config preflight: ${p.stack}: ${p.file}${p.key ? `: ${p.key}${p.secret ? ' (secret)' : ''}` : ''}: ${p.message}`);
    }
    return { manifest, selection, document };
}


/***/ }),

/***/ 48720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ planDocument),
/* harmony export */   T: () => (/* binding */ planMatrix)
/* harmony export */ });
function planDocument(selection) {
    return { stacks: selection.stacks, waves: selection.waves, errors: selection.errors, warnings: selection.warnings };
}
function planMatrix(manifest, selection) {
    const include = [];
    for (const account of manifest.accounts) {
        const stacks = selection.stacks.filter((s) => s.account === account.name);
        if (stacks.length === 0)
            continue;
        include.push({
            account: account.name,
            accountId: account.id,
            environment: account.environment,
            projects: unique(stacks.map((s) => s.project)).join(','),
            regions: unique(stacks.map((s) => s.region)).join(','),
            stacks: stacks.map((s) => s.stack).join(','),
        });
    }
    return { include };
}
function unique(xs) {
    return [...new Set(xs)];
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

/***/ 78817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText),
/* harmony export */   d: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/** The human view of a plan for terminals: a table of stacks, then the waves. */
function renderPlanText(plan) {
    const lines = [];
    if (plan.stacks.length === 0)
        lines.push('No stacks selected.');
    else {
        const rows = plan.stacks.map((s) => [s.stack, s.account, s.region, s.reasons.join('; ')]);
        const head = ['STACK', 'ACCOUNT', 'REGION', 'WHY'];
        const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 3 ? 0 : r[i].length))));
        const fmt = (r) => r.map((c, i) => (i === 3 ? c : c.padEnd(widths[i]))).join('  ');
        lines.push(fmt(head), ...rows.map(fmt), '', `${plan.stacks.length} stack${plan.stacks.length === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}:`);
        plan.waves.forEach((w, i) => lines.push(`  wave ${i + 1}: ${w.join(', ')}`));
    }
    for (const w of plan.warnings)
        lines.push(`warning: ${w}`);
    return lines.join('\n') + '\n';
}
/** The job-summary view: a Markdown table of stacks and the waves. */
function renderPlanMarkdown(plan) {
    if (plan.stacks.length === 0)
        return '### infra-action plan\n\nNo stacks selected by this change.\n';
    const esc = (s) => s.replace(/[|<>`*_[\]\\]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
    const rows = plan.stacks.map((s) => `| \`${s.stack}\` | ${esc(s.account)} | ${esc(s.region)} | ${s.reasons.map(esc).join('<br>')} |`);
    return [
        '### infra-action plan',
        '',
        `${plan.stacks.length} stack(s) in ${plan.waves.length} wave(s).`,
        '',
        '| Stack | Account | Region | Why |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        ...plan.waves.map((w, i) => `- **Wave ${i + 1}:** ${w.map((s) => `\`${s}\``).join(', ')}`),
        ...plan.warnings.map((w) => `> [!WARNING]\n> ${esc(w)}`),
        '',
    ].join('\n');
}


/***/ }),

/***/ 32313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pq: () => (/* binding */ touchedPaths),
/* harmony export */   bM: () => (/* binding */ parseChangedFiles)
/* harmony export */ });
/* unused harmony export normalizePath */
/**
 * Changed paths from any of the sources we accept: plain paths, `git diff --name-status` lines
 * (`M\tpath`, `D\tpath`, `R100\told\tnew`), or the PR files API. Deleted and renamed files count
 * by their old and their new path (selection rule 4).
 */
const STATUS = {
    A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied', T: 'changed', U: 'changed', X: 'changed',
};
/** Parses one path a line, or name-status lines; blank lines are ignored. */
function parseChangedFiles(text) {
    const out = [];
    for (const rawLine of text.split(/\r?\n/)) {
        if (rawLine.trim() === '')
            continue;
        const fields = rawLine.split('\t');
        const code = fields[0].trim();
        if (fields.length >= 2 && /^[AMDRCTUX]\d*$/.test(code)) {
            const status = STATUS[code[0]];
            if ((status === 'renamed' || status === 'copied') && fields.length >= 3) {
                out.push({ status, previous: normalizePath(unquote(fields[1])), path: normalizePath(unquote(fields[2])) });
            }
            else {
                out.push({ status, path: normalizePath(unquote(fields[1])) });
            }
        }
        else {
            out.push({ status: 'modified', path: normalizePath(unquote(rawLine.trim())) });
        }
    }
    return out;
}
/** Every path a change touches: old and new names alike, without duplicates. */
function touchedPaths(files) {
    const set = new Set();
    for (const f of files) {
        set.add(f.path);
        if (f.previous)
            set.add(f.previous);
    }
    return [...set];
}
function normalizePath(p) {
    let s = p.replace(/\\/g, '/');
    while (s.startsWith('./'))
        s = s.slice(2);
    return s.replace(/^\/+/, '');
}
/** Undoes git's C-style quoting of unusual paths (`"dir/na\303\257ve.txt"`). */
function unquote(s) {
    if (!(s.length >= 2 && s.startsWith('"') && s.endsWith('"')))
        return s;
    const bytes = [];
    const body = s.slice(1, -1);
    const simple = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[i + 1];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}


/***/ }),

/***/ 5848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   er: () => (/* binding */ normalizeGlob),
/* harmony export */   gu: () => (/* binding */ GLOB_OPTIONS),
/* harmony export */   t: () => (/* binding */ literalBase)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/** Options shared by every glob we compile: dotfiles match (`.github/**` is a common trigger). */
const GLOB_OPTIONS = { dot: true };
/**
 * Checks a manifest glob and returns it normalised, or the reason it is unusable.
 * A trailing `/` means "everything below" (`network/` → `network/**`); a leading `./` is dropped.
 */
function normalizeGlob(raw) {
    let g = raw.trim();
    if (g === '')
        return { error: 'empty glob' };
    if (g.includes('\\'))
        return { error: `"${raw}" uses a backslash; globs use forward slashes (services/api/**)` };
    if (g.startsWith('/'))
        return { error: `"${raw}" is absolute; globs are relative to the manifest's folder (drop the leading /)` };
    while (g.startsWith('./'))
        g = g.slice(2);
    if (g.split('/').includes('..'))
        return { error: `"${raw}" leaves the repository with ".."; globs are relative to the manifest's folder` };
    const unbalanced = findUnbalanced(g);
    if (unbalanced)
        return { error: `"${raw}" has an unbalanced "${unbalanced}"` };
    if (g.endsWith('/'))
        g += '**';
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(g, GLOB_OPTIONS);
    }
    catch (err) {
        return { error: `"${raw}" is not a valid glob: ${err.message}` };
    }
    return { glob: g };
}
function findUnbalanced(g) {
    const pairs = { ']': '[', '}': '{', ')': '(' };
    const stack = [];
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[' || c === '{' || c === '(')
            stack.push(c);
        else if (c === ']' || c === '}' || c === ')') {
            if (stack.pop() !== pairs[c])
                return c;
        }
    }
    return stack.pop();
}
/**
 * The literal folder a glob starts with (`services/api/**` → `services/api`), used to index globs
 * so each changed path is only tested against globs that could match it.
 */
function literalBase(glob) {
    const segments = glob.split('/');
    const literal = [];
    // The last segment is a file-name pattern even when literal, so it never becomes part of the base.
    for (const seg of segments.slice(0, -1)) {
        if (/[*?[\]{}()!+@]/.test(seg))
            break;
        literal.push(seg);
    }
    return literal.join('/');
}


/***/ }),

/***/ 91236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ dependents),
/* harmony export */   hH: () => (/* binding */ transitiveDependencies),
/* harmony export */   u8: () => (/* binding */ findCycle)
/* harmony export */ });
/** Dependency-graph helpers over project names (pure). */
/**
 * The first cycle found, as a closed walk (`[a, b, a]`), or undefined. Nodes are visited in map
 * order so the cycle named is stable from run to run.
 */
function findCycle(graph) {
    const state = new Map();
    const stack = [];
    const visit = (node) => {
        state.set(node, 'visiting');
        stack.push(node);
        for (const next of graph.get(node) ?? []) {
            const s = state.get(next);
            if (s === 'visiting')
                return [...stack.slice(stack.indexOf(next)), next];
            if (s === undefined) {
                const found = visit(next);
                if (found)
                    return found;
            }
        }
        stack.pop();
        state.set(node, 'done');
        return undefined;
    };
    for (const node of graph.keys()) {
        if (!state.has(node)) {
            const found = visit(node);
            if (found)
                return found;
        }
    }
    return undefined;
}
/** Every project each project depends on, directly or through others (graph must be acyclic). */
function transitiveDependencies(graph) {
    const memo = new Map();
    const walk = (node) => {
        const known = memo.get(node);
        if (known)
            return known;
        const all = new Set();
        memo.set(node, all);
        for (const dep of graph.get(node) ?? []) {
            all.add(dep);
            for (const d of walk(dep))
                all.add(d);
        }
        return all;
    };
    for (const node of graph.keys())
        walk(node);
    return memo;
}
/** Inverts a dependency graph: project → projects that depend on it directly. */
function dependents(graph) {
    const out = new Map([...graph.keys()].map((k) => [k, []]));
    for (const [node, deps] of graph)
        for (const d of deps)
            out.get(d)?.push(node);
    return out;
}


/***/ }),

/***/ 70765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qY: () => (/* binding */ EVENTS),
  wf: () => (/* binding */ selectStacks)
});

// UNUSED EXPORTS: WORKFLOW_TESTING_BRANCH, isWorkflowTesting

// EXTERNAL MODULE: ./src/manifest/naming.ts
var naming = __webpack_require__(98425);
// EXTERNAL MODULE: ./src/select/changes.ts
var changes = __webpack_require__(32313);
// EXTERNAL MODULE: ./src/select/graph.ts
var select_graph = __webpack_require__(91236);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/select/glob.ts
var select_glob = __webpack_require__(5848);
;// CONCATENATED MODULE: ./src/select/matcher.ts


/**
 * Matches many paths against many globs without testing every pair: globs are indexed by their
 * literal leading folder, so a path is only tested against globs whose folder it lies in (plus the
 * few that start with a wildcard). Identical globs are compiled once.
 */
class GlobIndex {
    byBase = new Map();
    compiled = new Map();
    add(glob, value) {
        let test = this.compiled.get(glob);
        if (!test) {
            test = picomatch_default()(glob, select_glob/* GLOB_OPTIONS */.gu);
            this.compiled.set(glob, test);
        }
        const base = (0,select_glob/* literalBase */.t)(glob);
        const list = this.byBase.get(base) ?? [];
        list.push({ glob, test, value });
        this.byBase.set(base, list);
    }
    /** Calls `onMatch` for every (glob, value) that matches `path`. */
    match(path, onMatch) {
        const cache = new Map();
        const visit = (base) => {
            for (const e of this.byBase.get(base) ?? []) {
                let hit = cache.get(e.glob);
                if (hit === undefined) {
                    hit = e.test(path);
                    cache.set(e.glob, hit);
                }
                if (hit)
                    onMatch(e.glob, e.value);
            }
        };
        visit('');
        let slash = path.indexOf('/');
        while (slash !== -1) {
            visit(path.slice(0, slash));
            slash = path.indexOf('/', slash + 1);
        }
        // `dir/**` also matches `dir` itself.
        visit(path);
    }
}

;// CONCATENATED MODULE: ./src/select/waves.ts

/**
 * Groups selected stacks into waves. Accounts run in manifest order (every wave of one account
 * before the next account's first); inside an account a stack's wave is one past the deepest
 * selected stack its project depends on, directly or transitively, in the same region.
 */
function computeWaves(manifest, selected) {
    const deps = (0,select_graph/* transitiveDependencies */.hH)(new Map(manifest.projects.map((p) => [p.name, p.dependsOn])));
    const projectOrder = new Map(manifest.projects.map((p, i) => [p.name, i]));
    const waves = [];
    for (const account of manifest.accounts) {
        const here = selected.filter((s) => s.account === account.name);
        if (here.length === 0)
            continue;
        const level = new Map();
        const byKey = new Map(here.map((s) => [`${s.project}|${s.region}`, s]));
        const levelOf = (s) => {
            const known = level.get(s.stack);
            if (known !== undefined)
                return known;
            let l = 0;
            for (const d of deps.get(s.project) ?? []) {
                const dep = byKey.get(`${d}|${s.region}`);
                if (dep)
                    l = Math.max(l, levelOf(dep) + 1);
            }
            level.set(s.stack, l);
            return l;
        };
        const local = [];
        for (const s of here)
            (local[levelOf(s)] ??= []).push(s);
        for (const wave of local) {
            if (!wave)
                continue;
            wave.sort((a, b) => projectOrder.get(a.project) - projectOrder.get(b.project) || account.regions.indexOf(a.region) - account.regions.indexOf(b.region));
            waves.push(wave.map((s) => s.stack));
        }
    }
    return waves;
}

;// CONCATENATED MODULE: ./src/select/select.ts





const EVENTS = ['pull_request', 'push', 'workflow_dispatch', 'schedule'];
/** The branch whose runs may only ever touch the first account (sandbox). */
const WORKFLOW_TESTING_BRANCH = 'workflow-testing';
/** How many paths a stack lists per rule before summarising the rest. */
const MAX_PATH_REASONS = 10;
/**
 * Selects and orders the stacks a change affects (DESIGN.md's selection rules 1–7). Pure: no I/O.
 */
function selectStacks(input) {
    const { manifest } = input;
    const errors = [];
    const warnings = [];
    const usePreviewRoles = input.event === 'pull_request' && manifest.previewRoles !== undefined;
    const candidates = (0,naming/* allStacks */.p0)(manifest, usePreviewRoles ? manifest.previewRoles : manifest.deployRoles);
    const accountNames = manifest.accounts.map((a) => a.name);
    const projectNames = manifest.projects.map((p) => p.name);
    const wantAccounts = checkNames(input.accounts, accountNames, 'account', errors);
    const wantProjects = checkNames(input.projects, projectNames, 'project', errors);
    const reasons = new Map();
    const morePaths = new Map();
    const add = (stack, reason) => {
        const list = reasons.get(stack) ?? [];
        if (list.includes(reason))
            return;
        if (isPathReason(reason) && list.filter(isPathReason).length >= MAX_PATH_REASONS) {
            morePaths.set(stack, (morePaths.get(stack) ?? 0) + 1);
            return;
        }
        list.push(reason);
        reasons.set(stack, list);
    };
    if (wantProjects && wantProjects.length > 0) {
        // Rule 7: explicit inputs select exactly what they name, nothing more.
        for (const s of candidates) {
            if (wantProjects.includes(s.project) && (!wantAccounts || wantAccounts.includes(s.account))) {
                add(s.stack, `requested: project ${s.project}${wantAccounts ? `, account ${s.account}` : ''}`);
            }
        }
    }
    else if (input.selectAll) {
        for (const s of candidates)
            add(s.stack, input.selectAll);
    }
    else if (input.event === 'workflow_dispatch' || input.event === 'schedule' || (wantAccounts && !input.changes)) {
        for (const s of candidates) {
            if (wantAccounts && !wantAccounts.includes(s.account))
                continue;
            add(s.stack, input.event === 'schedule' ? 'schedule: every stack' : wantAccounts ? `requested: account ${s.account}` : 'requested: every stack');
        }
    }
    else if (input.changes) {
        selectByPaths(manifest, candidates, (0,changes/* touchedPaths */.Pq)(input.changes), add, warnings);
        addDependents(manifest, candidates, reasons);
    }
    let selected = candidates.filter((s) => reasons.has(s.stack));
    if (wantAccounts && !wantProjects)
        selected = selected.filter((s) => wantAccounts.includes(s.account));
    if (isWorkflowTesting(input.ref)) {
        const first = manifest.accounts[0].name;
        const dropped = [...new Set(selected.filter((s) => s.account !== first).map((s) => s.account))];
        if (dropped.length > 0)
            warnings.push(`${WORKFLOW_TESTING_BRANCH} runs only touch ${first}; left out: ${dropped.join(', ')}`);
        selected = selected.filter((s) => s.account === first);
    }
    if (errors.length > 0)
        selected = [];
    const waves = computeWaves(manifest, selected);
    const position = new Map(waves.flat().map((name, i) => [name, i]));
    const stacks = selected
        .map((s) => ({ ...s, reasons: withMore(reasons.get(s.stack) ?? [], morePaths.get(s.stack) ?? 0) }))
        .sort((a, b) => (position.get(a.stack) ?? 0) - (position.get(b.stack) ?? 0));
    return {
        stacks,
        waves,
        mode: input.event === 'pull_request' ? 'preview-only' : 'any',
        roles: usePreviewRoles ? 'preview' : 'deploy',
        errors,
        warnings,
    };
}
function isWorkflowTesting(ref) {
    return ref === WORKFLOW_TESTING_BRANCH || ref === `refs/heads/${WORKFLOW_TESTING_BRANCH}`;
}
function checkNames(given, known, what, errors) {
    if (!given || given.length === 0)
        return undefined;
    for (const name of given) {
        if (!known.includes(name))
            errors.push(`unknown ${what} "${name}"; the manifest declares: ${known.join(', ')}`);
    }
    return given.filter((n) => known.includes(n));
}
/** Rules 1–4: triggers, project paths and program folders, stack and global config files. */
function selectByPaths(manifest, candidates, paths, add, warnings) {
    const index = new GlobIndex();
    for (const g of manifest.triggers)
        index.add(g, { kind: 'trigger' });
    const configFiles = new Map();
    const addConfigFile = (file, entry) => {
        const list = configFiles.get(file) ?? [];
        list.push(entry);
        configFiles.set(file, list);
    };
    const configDirs = new Map();
    for (const p of manifest.projects) {
        const target = { kind: 'project', project: p.name };
        for (const g of p.paths)
            index.add(g, target);
        if (p.programKind === 'repo')
            index.add(p.programPath === '' ? '**' : `${p.programPath}/**`, target);
        if (p.config !== p.programPath || p.programKind === 'builtin')
            index.add(p.config === '' ? '**' : `${p.config}/**`, target);
        const dir = p.config === '' ? '' : `${p.config}/`;
        configDirs.set(dir, [...(configDirs.get(dir) ?? []), p.name]);
        const own = candidates.filter((s) => s.project === p.name);
        for (const s of own)
            addConfigFile(dir + (0,naming/* stackConfigFile */.h3)(s.account, s.region), { project: p.name, stacks: [s], kind: 'stack' });
        for (const account of p.accounts) {
            addConfigFile(dir + (0,naming/* globalConfigFile */.WF)(account), { project: p.name, stacks: own.filter((s) => s.account === account), kind: 'global' });
        }
    }
    const allByProject = new Map();
    for (const s of candidates)
        allByProject.set(s.project, [...(allByProject.get(s.project) ?? []), s]);
    for (const path of paths) {
        const asConfig = configFiles.get(path) ?? [];
        for (const c of asConfig) {
            for (const s of c.stacks)
                add(s.stack, `${c.kind === 'stack' ? 'stack config' : 'account config'}: ${path}`);
        }
        const configOf = new Set(asConfig.map((c) => c.project));
        const orphan = asConfig.length === 0 && looksLikeStackFile(path, configDirs);
        if (orphan)
            warnings.push(`${path} looks like a stack config file but names no stack in the manifest; it selects nothing`);
        index.match(path, (glob, target) => {
            if (target.kind === 'trigger') {
                for (const s of candidates)
                    add(s.stack, `trigger: ${path} (matches ${glob})`);
            }
            else if (!configOf.has(target.project) && !orphan) {
                for (const s of allByProject.get(target.project) ?? [])
                    add(s.stack, `path: ${path} (matches ${glob})`);
            }
        });
    }
}
function looksLikeStackFile(path, configDirs) {
    const slash = path.lastIndexOf('/');
    const dir = path.slice(0, slash + 1);
    return configDirs.has(dir) && /^Pulumi\.(aws-.+|.+-global)\.yaml$/.test(path.slice(slash + 1));
}
/** Rule 5: stacks whose project depends on a selected stack's project, same account and region. */
function addDependents(manifest, candidates, reasons) {
    const graph = new Map(manifest.projects.map((p) => [p.name, p.dependsOn]));
    const down = (0,select_graph/* dependents */.Fc)(graph);
    const byKey = new Map(candidates.map((s) => [`${s.project}|${s.account}|${s.region}`, s]));
    const queue = candidates.filter((s) => reasons.has(s.stack));
    while (queue.length > 0) {
        const s = queue.shift();
        for (const dependent of down.get(s.project) ?? []) {
            const d = byKey.get(`${dependent}|${s.account}|${s.region}`);
            if (!d)
                continue;
            const list = reasons.get(d.stack);
            const reason = `dependency: depends on ${s.stack}`;
            if (!list) {
                reasons.set(d.stack, [reason]);
                queue.push(d);
            }
            else if (!list.includes(reason))
                list.push(reason);
        }
    }
}
function isPathReason(r) {
    return r.startsWith('path: ') || r.startsWith('trigger: ');
}
/** Keeps reasons readable when thousands of paths select one stack. */
function withMore(list, more) {
    return more > 0 ? [...list, `…and ${more} more changed paths`] : list;
}


/***/ })

};
