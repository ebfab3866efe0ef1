export const id = 129;
export const ids = [129];
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
            description: 'Route 53 hosted zone of `certificateDomain`: it receives the ACM DNS validation record and the alias record that points `certificateDomain` at the ALB.',
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
            key: 'image',
            type: 'image',
            required: true,
            secret: false,
            layer: 'global',
            description: 'Container image the API runs, pinned by digest as `ghcr.io/unkeyed/unkey@sha256:<64 hex>` (or `repo:tag@sha256:…`). Protected accounts refuse an image without a digest, and must run the digest the account before them runs at the same commit: promotion moves one artifact, never a tag (see docs/image-promotion.md).',
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

/***/ 93129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ makePlan)
/* harmony export */ });
/* harmony import */ var _manifest_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41250);
/* harmony import */ var _programs_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29432);
/* harmony import */ var _select_select_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70765);
/* harmony import */ var _engine_esc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75735);
/* harmony import */ var _engine_preflight_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27473);
/* harmony import */ var _programs_schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18009);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48720);
/* harmony import */ var _settings_defaults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9563);








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
        readOnly: req.readOnly,
    });
    const document = (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planDocument */ .N)(selection);
    // The config preflight the engine enforces (exit 2) is shown here as warnings: plan stays usable
    // for selection while config is still being written.
    // Offline: ESC environments are not opened here; keys they may hold are listed as unchecked.
    const backend = manifest.backend ?? (0,_settings_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultBackendUrl */ .B)(manifest.root);
    const esc = await (0,_engine_esc_js__WEBPACK_IMPORTED_MODULE_3__/* .openEscEnvironments */ .y2)(manifest.org, (0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_4__/* .escImportsOf */ .JG)(manifest, selection.stacks, backend), undefined, 'plan is offline; preview and up open it with PULUMI_ACCESS_TOKEN');
    for (const p of (0,_engine_preflight_js__WEBPACK_IMPORTED_MODULE_4__/* .preflight */ .Mz)(manifest, selection.stacks, backend, _programs_schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .schemas */ .j, esc)) {
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

/***/ 32313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   Pq: () => (/* binding */ touchedPaths),
/* harmony export */   bM: () => (/* binding */ parseChangedFiles),
/* harmony export */   z1: () => (/* binding */ NAME_STATUS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** git's name-status letters. */
const NAME_STATUS = {
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
            const status = NAME_STATUS[code[0]];
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
/**
 * Repository-root paths (what git and the PR files API print) → paths relative to the manifest's
 * folder `dir` (itself relative to the repository root), where the manifest's globs are rooted.
 */
function relativeTo(files, dir) {
    const d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (d === '' || d === '.')
        return files;
    const map = (p) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(d, p);
    return files.map((f) => ({ ...f, path: map(f.path), ...(f.previous ? { previous: map(f.previous) } : {}) }));
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
            // dotAll: a path with a newline in it (git allows one) matches like any other character would.
            const re = picomatch_default().makeRe(glob, select_glob/* GLOB_OPTIONS */.gu);
            const anyChar = new RegExp(re.source, re.flags.includes('s') ? re.flags : `${re.flags}s`);
            test = (p) => anyChar.test(p);
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

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
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
    const usePreviewRoles = (input.event === 'pull_request' || input.readOnly === true) && manifest.previewRoles !== undefined;
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
    else if (input.changes) {
        // A given change decides on every event, dispatch and schedule included (the changed-files input).
        selectByPaths(manifest, candidates, (0,changes/* touchedPaths */.Pq)(input.changes), add, warnings);
        addDependents(manifest, candidates, reasons);
    }
    else if (input.event === 'workflow_dispatch' || input.event === 'schedule' || wantAccounts) {
        for (const s of candidates) {
            if (wantAccounts && !wantAccounts.includes(s.account))
                continue;
            add(s.stack, input.event === 'schedule' ? 'schedule: every stack' : wantAccounts ? `requested: account ${s.account}` : 'requested: every stack');
        }
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
        if ((0,report_escape/* hasControls */.Lx)(path))
            warnings.push(`changed path "${(0,report_escape/* showControls */.mz)(path)}" contains control or bidi-override characters (shown escaped); it was matched as git names it — check that the file is meant to be there`);
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
