export const id = 250;
export const ids = [250];
export const modules = {

/***/ 41250:
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/manifest/real-paths.ts


/**
 * Program and config folders that resolve, through symlinks, outside the manifest's folder (the
 * repository as the manifest sees it). The deployed commit controls its symlinks: a program folder
 * linked to `/home/runner/…` or another checkout would run code, or read config, from outside the
 * commit under review. Folders that do not exist are not this check's business.
 */
function symlinkEscapes(manifest) {
    let root;
    try {
        root = (0,external_node_fs_.realpathSync)(manifest.root);
    }
    catch {
        return [];
    }
    const problems = [];
    manifest.projects.forEach((p, i) => {
        const folders = [];
        if (p.programKind === 'repo')
            folders.push(['program', p.programPath]);
        if (p.programKind === 'builtin' || p.config !== p.programPath)
            folders.push(['config', p.config]);
        for (const [key, folder] of folders) {
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(manifest.root, folder));
            }
            catch {
                continue;
            }
            const rel = (0,external_node_path_.relative)(root, real);
            if (rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel)))
                continue;
            problems.push({ path: ['projects', i, key], message: `${key} folder "${folder || '.'}" resolves through a symlink to ${real}, outside the manifest's folder ${root}; point it at a real folder inside the repository` });
        }
    });
    return problems;
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
    let raw;
    try {
        raw = doc.toJS() ?? {};
    }
    catch (err) {
        // yaml refuses aliases that expand past its limit (an alias bomb) rather than eating the memory.
        let offset = 0;
        (0,dist/* visit */.YR)(doc, {
            Alias(_, node) {
                offset = node.range?.[0] ?? 0;
                return dist/* visit */.YR.BREAK;
            },
        });
        const { line, col } = at(offset);
        const message = `YAML aliases expand too far (${err.message}); write the values out instead of nesting anchors`;
        throw new types/* ManifestError */.S([{ file, line, column: col, key: '', message }]);
    }
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
    const escapes = symlinkEscapes(manifest);
    if (escapes.length > 0)
        throw new types/* ManifestError */.S(sortProblems(escapes.map((p) => locate(p))));
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


/***/ })

};
