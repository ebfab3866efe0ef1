export const id = 854;
export const ids = [854];
export const modules = {

/***/ 85015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext),
/* harmony export */   N: () => (/* binding */ readEventPayload)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        repository: { owner, repo },
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        payload: readEventPayload(env),
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    };
}
/**
 * The event payload at GITHUB_EVENT_PATH ({} when unset). main.ts reads it before anything imports
 * @actions/github, whose `context` parses the same file at import and would crash with a stack trace.
 */
function readEventPayload(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    const fix = 'The runner writes this file; a step that sets GITHUB_EVENT_PATH itself must point it at the JSON event payload.';
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInput */ .kp(`GITHUB_EVENT_PATH (${path}): cannot read the event payload (${err.code ?? err.message}). ${fix}`);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInput */ .kp(`GITHUB_EVENT_PATH (${path}): the event payload is not JSON (${err.message}). ${fix}`);
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInput */ .kp(`GITHUB_EVENT_PATH (${path}): the event payload is ${Array.isArray(payload) ? 'an array' : String(payload)}, not a JSON object. ${fix}`);
    }
    return payload;
}


/***/ }),

/***/ 46854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/preflight.ts + 3 modules
var preflight = __webpack_require__(27473);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
// EXTERNAL MODULE: ./src/settings/defaults.ts
var defaults = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/settings/values.ts
var values = __webpack_require__(535);
;// CONCATENATED MODULE: ./src/inputs.ts




/** Builds the settings from the inputs; throws BadInput naming the input for a value it cannot take. */
function getInputs(read = (name) => core/* getInput */.V4(name)) {
    const input = (name) => `input '${name}'`;
    const settings = {
        command: (0,values/* parseCommand */.RM)(read('command'), input('command')),
        manifest: (0,values/* optional */.lq)(read('manifest')) ?? defaults/* DEFAULTS */.z.manifest,
        githubToken: read('github-token'),
        projects: (0,values/* splitList */.ry)(read('projects')),
        accounts: (0,values/* splitList */.ry)(read('accounts')),
        ref: (0,values/* optional */.lq)(read('ref')),
        changedFiles: (0,values/* optional */.lq)(read('changed-files')),
        parallel: (0,values/* parseParallel */.hh)(read('parallel'), input('parallel')),
        pulumiVersion: (0,values/* parsePulumiVersion */.WV)(read('pulumi-version'), input('pulumi-version')),
        confirm: (0,values/* optional */.lq)(read('confirm')),
        exportCredentials: (0,values/* parseBoolean */.yG)(read('export-credentials'), input('export-credentials'), false),
        trustPolicy: (0,values/* optional */.lq)(read('trust-policy')),
        comment: (0,values/* parseBoolean */.yG)(read('comment'), input('comment'), true),
        force: (0,values/* parseBoolean */.yG)(read('force'), input('force'), false),
        reason: read('reason').trim(),
        issues: (0,values/* parseBoolean */.yG)(read('issues'), input('issues'), true),
        issueAuthor: (0,values/* optional */.lq)(read('issue-author')) ?? 'github-actions[bot]',
    };
    if (settings.force && settings.reason === '') {
        throw new errors/* BadInput */.kp("Input 'force' is true but 'reason' is empty: say why the promotion guard is skipped; the reason is recorded in the job summary and the deployment.");
    }
    return settings;
}

// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __webpack_require__(52628);
// EXTERNAL MODULE: ./src/github/log.ts
var log = __webpack_require__(53385);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/main.ts









const engineAction = async (settings) => (await Promise.all(/* import() */[__webpack_require__.e(652), __webpack_require__.e(239), __webpack_require__.e(250), __webpack_require__.e(129), __webpack_require__.e(734), __webpack_require__.e(910), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 83145))).engineAction(settings);
/**
 * Commands as an action. Every handler loads its module lazily: only the command's code loads, and
 * nothing imports @actions/github before run() has checked the event payload.
 */
const handlers = {
    plan: async (settings) => (await Promise.all(/* import() */[__webpack_require__.e(652), __webpack_require__.e(239), __webpack_require__.e(250), __webpack_require__.e(129), __webpack_require__.e(872)]).then(__webpack_require__.bind(__webpack_require__, 70872))).planAction(settings),
    verify: async (settings) => (await Promise.all(/* import() */[__webpack_require__.e(652), __webpack_require__.e(695), __webpack_require__.e(250), __webpack_require__.e(129), __webpack_require__.e(600), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 12584))).verifyAction(settings),
    preview: engineAction,
    up: engineAction,
    refresh: engineAction,
    destroy: engineAction,
    'promote-check': async (settings) => (await Promise.all(/* import() */[__webpack_require__.e(652), __webpack_require__.e(239), __webpack_require__.e(250), __webpack_require__.e(565)]).then(__webpack_require__.bind(__webpack_require__, 40565))).promoteCheckAction(settings),
    drift: async (settings) => (await Promise.all(/* import() */[__webpack_require__.e(652), __webpack_require__.e(239), __webpack_require__.e(250), __webpack_require__.e(129), __webpack_require__.e(734), __webpack_require__.e(910), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 83315))).driftAction(settings),
};
/** Annotations for bad input the user can click to: manifest problems at their line, config problems at their file. */
function annotate(err) {
    if (err instanceof types/* ManifestError */.S) {
        for (const p of err.problems) {
            (0,log/* logError */.vV)(p.message, { title: `infra.yaml: ${p.key || 'manifest'}`, file: (0,external_node_path_.relative)(process.env.GITHUB_WORKSPACE ?? process.cwd(), p.file), startLine: p.line || undefined, startColumn: p.column || undefined });
        }
    }
    else if (err instanceof preflight/* PreflightError */.wG) {
        for (const p of err.problems)
            (0,log/* logError */.vV)(`${p.key ? `${p.key}${p.secret ? ' (secret)' : ''}: ` : ''}${p.message}`, { title: `${p.stack}: config`, file: p.file });
    }
}
/**
 * The action's entry: read inputs, dispatch, and fail the step once with a message for people.
 * Exit code: 2 for bad input (errors.ts BadInput), 1 for a failed operation.
 */
async function run() {
    try {
        const settings = getInputs();
        (0,github_event/* readEventPayload */.N)();
        await handlers[settings.command](settings);
    }
    catch (err) {
        annotate(err);
        core/* setFailed */.C1((0,report_escape/* showControls */.mz)(err.message, true));
        process.exitCode = (0,errors/* exitCodeFor */.Rr)(err);
    }
}


/***/ })

};
