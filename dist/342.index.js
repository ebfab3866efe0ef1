export const id = 342;
export const ids = [342];
export const modules = {

/***/ 75342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/select/select.ts + 2 modules
var select_select = __webpack_require__(70765);
// EXTERNAL MODULE: ./src/settings/defaults.ts
var defaults = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/settings/values.ts
var settings_values = __webpack_require__(535);
;// CONCATENATED MODULE: ./src/cli-args.ts





/** Bad arguments: the message ends with the usage text. */
class UsageError extends errors/* BadInput */.kp {
    name = 'UsageError';
}
const USAGE = `Usage: infra-action <command> [options]

Commands:
  plan       offline: selection, order, role chains
  preview    preview the selected stacks
  up         deploy the selected stacks
  refresh    refresh the selected stacks
  destroy    destroy a stack (guarded: --confirm <exact stack name>)
  verify     walk the role chain for the selected accounts and explain failures
  drift      refresh and preview every stack (read-only roles); list what changed outside Pulumi

Options:
  --manifest FILE        the manifest (default ${defaults/* DEFAULTS */.z.manifest})
  --changed-files FILE   changed paths, one a line, or git diff --name-status lines; - for stdin
  --base REF --head REF  diff these commits instead
  --event NAME           pull_request | push | workflow_dispatch | schedule
  --ref REF              the branch or tag (workflow-testing limits the run to the first account)
  --account NAME         only this account (repeatable, or comma-separated)
  --project NAME         exactly this project (repeatable, or comma-separated)
  --json                 print the result as one JSON object
  --profile NAME         AWS profile for the first hop on a laptop
  --trust-policy FILE    verify: a trust policy (JSON, or {roleArn: policy}) to evaluate when a hop is denied
  --parallel N           stacks run at once (default ${defaults/* DEFAULTS */.z.parallel})
  --pulumi-version RANGE the Pulumi CLI to use or install (default ${defaults/* DEFAULTS */.z.pulumiVersion})
  --confirm STACK        destroy: repeat the exact stack name
  -h, --help             this help
`;
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
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
    if (!command || !settings_values/* COMMANDS */.Lo.includes(command)) {
        throw new UsageError(`${command ? `Unknown command "${command}".` : 'No command given.'} Expected one of: ${settings_values/* COMMANDS */.Lo.join(', ')}.\n\n${USAGE}`);
    }
    if (positionals.length > 1)
        throw new UsageError(`Unexpected argument "${positionals[1]}".\n\n${USAGE}`);
    if (values.event !== undefined && !select_select/* EVENTS */.qY.includes(values.event)) {
        throw new UsageError(`--event "${values.event}" is not one of: ${select_select/* EVENTS */.qY.join(', ')}.`);
    }
    if ((values.base === undefined) !== (values.head === undefined))
        throw new UsageError('--base and --head go together: pass both, or use --changed-files.');
    if (values.base !== undefined && values['changed-files'] !== undefined)
        throw new UsageError('Use either --changed-files or --base/--head, not both.');
    return {
        command: command,
        manifest: values.manifest ?? defaults/* DEFAULTS */.z.manifest,
        changedFiles: values['changed-files'],
        base: values.base,
        head: values.head,
        event: values.event,
        ref: values.ref,
        accounts: (0,settings_values/* splitList */.ry)(values.account),
        projects: (0,settings_values/* splitList */.ry)(values.project),
        json: values.json ?? false,
        profile: (0,settings_values/* optional */.lq)(values.profile),
        parallel: (0,settings_values/* parseParallel */.hh)(values.parallel, '--parallel'),
        pulumiVersion: (0,settings_values/* parsePulumiVersion */.WV)(values['pulumi-version'], '--pulumi-version'),
        confirm: (0,settings_values/* optional */.lq)(values.confirm),
        trustPolicy: (0,settings_values/* optional */.lq)(values['trust-policy']),
    };
}

// EXTERNAL MODULE: ./src/commands/plan-cli.ts + 1 modules
var plan_cli = __webpack_require__(60673);
;// CONCATENATED MODULE: ./src/commands/io.ts
const processIO = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
        const chunks = [];
        for await (const c of process.stdin)
            chunks.push(c);
        return Buffer.concat(chunks).toString('utf8');
    },
};

// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __webpack_require__(52628);
// EXTERNAL MODULE: ./src/github/log.ts
var log = __webpack_require__(53385);
;// CONCATENATED MODULE: ./src/cli.ts






const engine = async (settings, io) => (await Promise.all(/* import() */[__webpack_require__.e(734), __webpack_require__.e(541)]).then(__webpack_require__.bind(__webpack_require__, 63541))).engineCli(settings, io);
/** Commands this build can run; the engine and auth commands load their modules lazily. */
const handlers = {
    plan: plan_cli/* planCli */.G,
    verify: async (settings, io) => (await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(600), __webpack_require__.e(94)]).then(__webpack_require__.bind(__webpack_require__, 84094))).verifyCli(settings, io),
    preview: engine,
    up: engine,
    refresh: engine,
    destroy: engine,
    drift: async (settings, io) => (await Promise.all(/* import() */[__webpack_require__.e(734), __webpack_require__.e(78)]).then(__webpack_require__.bind(__webpack_require__, 90078))).driftCli(settings, io),
};
/** Runs the CLI; returns the exit code (0 ok, 1 an operation failed, 2 bad input). */
async function runCli(argv, processIo = processIO) {
    const io = inWorkflowStep() && argv[0] !== 'credentials' ? fencedIO(processIo, argv.includes('--json')) : processIo;
    try {
        // Hidden: the credential_process callback of the self-refreshing AWS profile (src/auth/credential-process.ts).
        if (argv[0] === 'credentials')
            return await (await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 85165))).credentialsCommand(argv.slice(1), io);
        const settings = parseCli(argv);
        const handler = handlers[settings.command];
        if (!handler) {
            io.stderr(`infra-action ${settings.command} is not available in this build yet.\n`);
            return 2;
        }
        return await handler(settings, io);
    }
    catch (err) {
        if (err instanceof types/* ManifestError */.S) {
            io.stderr(`${err.message}\n\nFix the manifest and run again; nothing was run.\n`);
            if (argv.includes('--json')) {
                io.stdout(JSON.stringify({ stacks: [], waves: [], errors: err.problems.map(types/* formatProblem */.V), warnings: [] }, null, 2) + '\n');
            }
        }
        else if (err instanceof errors/* BadInput */.kp) {
            io.stderr(`${err.message.trimEnd()}\n`);
        }
        else {
            io.stderr(`error: ${err.message}\n`);
        }
        return (0,errors/* exitCodeFor */.Rr)(err);
    }
}
function inWorkflowStep() {
    return process.env.GITHUB_ACTIONS === 'true';
}
/**
 * In a workflow step the CLI's output is the runner's log, and it carries names, paths and engine
 * output from the deployed commit: each write is fenced with `::stop-commands::` when any line of
 * it could be a workflow command. `--json` stdout stays as it is (JSON strings hold no newlines).
 */
function fencedIO(io, json) {
    return { stdout: json ? io.stdout : (0,log/* fenceWrites */.Ox)(io.stdout), stderr: (0,log/* fenceWrites */.Ox)(io.stderr), readStdin: () => io.readStdin() };
}


/***/ }),

/***/ 60673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ planCli),
  S: () => (/* binding */ readCliChanges)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/settings/files.ts
var files = __webpack_require__(65918);
// EXTERNAL MODULE: ./src/github/git-diff.ts
var git_diff = __webpack_require__(347);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/github/git-root.ts




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * Where the manifest's folder sits relative to the repository root, the folder changed paths are
 * written against (git and the PR files API print repo-root paths). The root is the git work tree
 * holding `manifestDir`; outside any git repository it is `fallbackRoot` (the CLI's working
 * directory, the action's workspace).
 */
async function manifestDirInRepo(manifestDir, fallbackRoot) {
    const dir = await (0,promises_.realpath)((0,external_node_path_.resolve)(manifestDir)).catch(() => (0,external_node_path_.resolve)(manifestDir));
    let root;
    try {
        const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir });
        root = await (0,promises_.realpath)(stdout.trim());
    }
    catch {
        root = await (0,promises_.realpath)((0,external_node_path_.resolve)(fallbackRoot)).catch(() => (0,external_node_path_.resolve)(fallbackRoot));
    }
    return (0,external_node_path_.relative)(root, dir).split('\\').join('/');
}

// EXTERNAL MODULE: ./src/plan/make-plan.ts
var make_plan = __webpack_require__(93129);
// EXTERNAL MODULE: ./src/report/plan-view.ts
var plan_view = __webpack_require__(78817);
// EXTERNAL MODULE: ./src/select/changes.ts
var select_changes = __webpack_require__(32313);
;// CONCATENATED MODULE: ./src/commands/plan-cli.ts







/**
 * Changed files from `--changed-files FILE|-` or `--base/--head`; undefined when neither is given.
 * Both give repository-root paths (as git prints them), returned relative to the manifest's folder.
 */
async function readCliChanges(settings, io) {
    const changes = await readRepoChanges(settings, io);
    if (changes === undefined)
        return undefined;
    return (0,select_changes/* relativeTo */.Mf)(changes, await manifestDirInRepo((0,external_node_path_.dirname)(settings.manifest), process.cwd()));
}
async function readRepoChanges(settings, io) {
    if (settings.changedFiles === '-')
        return (0,select_changes/* parseChangedFiles */.bM)(await io.readStdin());
    if (settings.changedFiles !== undefined) {
        return (0,select_changes/* parseChangedFiles */.bM)(await (0,files/* readInputFile */.j)(settings.changedFiles, '--changed-files'));
    }
    if (settings.base !== undefined && settings.head !== undefined) {
        return (0,git_diff/* gitDiff */.Y)((0,external_node_path_.dirname)(settings.manifest), settings.base, settings.head);
    }
    return undefined;
}
/** `infra-action plan`: offline selection, order and role chains. Exit 2 on bad input. */
async function planCli(settings, io) {
    const changes = await readCliChanges(settings, io);
    const { document } = await (0,make_plan/* makePlan */.C)({
        manifestPath: settings.manifest,
        changes,
        event: settings.event,
        ref: settings.ref,
        accounts: settings.accounts,
        projects: settings.projects,
    });
    if (settings.json)
        io.stdout(JSON.stringify(document, null, 2) + '\n');
    else
        io.stdout((0,plan_view/* renderPlanText */.$)(document));
    for (const e of document.errors)
        io.stderr(`error: ${e}\n`);
    if (settings.json)
        for (const w of document.warnings)
            io.stderr(`warning: ${w}\n`);
    return document.errors.length > 0 ? 2 : 0;
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _select_changes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32313);




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * `git diff --name-status` between two refs, in `cwd`. `threeDot` diffs from the merge base (what
 * a PR changes); otherwise the two commits directly (what a push changed).
 */
async function gitDiff(cwd, base, head, threeDot = false) {
    const range = threeDot ? `${base}...${head}` : `${base}..${head}`;
    try {
        const { stdout } = await run('git', ['diff', '--name-status', '--no-renames', '-z', range], { cwd, maxBuffer: 256 * 1024 * 1024 });
        return parseNameStatusZ(stdout);
    }
    catch (err) {
        const stderr = String(err.stderr ?? err.message).trim();
        const message = `Could not diff ${range} in ${cwd}: ${stderr.split('\n')[0]}. ` +
            'Both commits must be in the checkout: use actions/checkout with fetch-depth: 0 (or fetch the base commit).';
        // A ref git does not know is the caller's to fix (--base/--head, a shallow checkout); anything else failed.
        if (/unknown revision|bad revision|ambiguous argument|invalid symmetric difference|bad object|not a git repository/i.test(stderr))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BadInput */ .kp(message);
        throw new Error(message);
    }
}
/** `git diff --name-status -z` output: status and path NUL-separated, paths verbatim (no quoting). */
function parseNameStatusZ(out) {
    const fields = out.split('\0');
    const files = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const status = _select_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .NAME_STATUS */ .z1[fields[i][0]];
        if (status)
            files.push({ status, path: (0,_select_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePath */ .Fd)(fields[i + 1]) });
    }
    return files;
}


/***/ }),

/***/ 78817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText),
/* harmony export */   d: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

/**
 * The human view of a plan for terminals and logs: a table of stacks, then the waves. Names and
 * paths show their control characters as escapes, so every row stays one line.
 */
function renderPlanText(plan) {
    const lines = [];
    const show = (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .showControls */ .mz)(s);
    if (plan.stacks.length === 0)
        lines.push('No stacks selected.');
    else {
        const rows = plan.stacks.map((s) => [show(s.stack), show(s.account), show(s.region), s.reasons.map(show).join('; ')]);
        const head = ['STACK', 'ACCOUNT', 'REGION', 'WHY'];
        const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 3 ? 0 : r[i].length))));
        const fmt = (r) => r.map((c, i) => (i === 3 ? c : c.padEnd(widths[i]))).join('  ');
        lines.push(fmt(head), ...rows.map(fmt), '', `${plan.stacks.length} stack${plan.stacks.length === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}:`);
        plan.waves.forEach((w, i) => lines.push(`  wave ${i + 1}: ${w.map(show).join(', ')}`));
    }
    for (const w of plan.warnings)
        lines.push(`warning: ${show(w)}`);
    return lines.join('\n') + '\n';
}
/** The job-summary view: a Markdown table of stacks and the waves. */
function renderPlanMarkdown(plan) {
    const esc = (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(s, 2000);
    const warnings = plan.warnings.map((w) => `> [!WARNING]\n> ${esc(w)}\n`);
    if (plan.stacks.length === 0)
        return ['### infra-action plan', '', 'No stacks selected by this change.', '', ...warnings].join('\n');
    const rows = plan.stacks.map((s) => `| <code>${esc(s.stack)}</code> | ${esc(s.account)} | ${esc(s.region)} | ${s.reasons.map(esc).join('<br>')} |`);
    return [
        '### infra-action plan',
        '',
        `${plan.stacks.length} stack(s) in ${plan.waves.length} wave(s).`,
        '',
        '| Stack | Account | Region | Why |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        ...plan.waves.map((w, i) => `- **Wave ${i + 1}:** ${w.map((s) => `<code>${esc(s)}</code>`).join(', ')}`),
        '',
        ...warnings,
        '',
    ].join('\n');
}


/***/ }),

/***/ 65918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** Reads a file an input or option names (`where`); a file that cannot be read is bad input naming both. */
async function readInputFile(file, where, expected = '') {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'a folder, not a file' : err.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInput */ .kp(`Invalid ${where}: ${file}: ${why}.${expected ? ` ${expected}` : ''}`);
    }
}


/***/ })

};
