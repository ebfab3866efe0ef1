export const id = 108;
export const ids = [108];
export const modules = {

/***/ 42108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/cli-args.ts
var cli_args = __webpack_require__(87391);
// EXTERNAL MODULE: ./src/commands/plan-cli.ts
var plan_cli = __webpack_require__(90192);
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
;// CONCATENATED MODULE: ./src/cli.ts




const engine = async (settings, io) => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(541)]).then(__webpack_require__.bind(__webpack_require__, 63541))).engineCli(settings, io);
/** Commands this build can run; the engine and auth commands load their modules lazily. */
const handlers = {
    plan: plan_cli/* planCli */.Gg,
    verify: async (settings, io) => (await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(695), __webpack_require__.e(600), __webpack_require__.e(94)]).then(__webpack_require__.bind(__webpack_require__, 84094))).verifyCli(settings, io),
    preview: engine,
    up: engine,
    refresh: engine,
    destroy: engine,
};
/** Runs the CLI; returns the exit code (0 ok, 1 an operation failed, 2 bad input). */
async function runCli(argv, io = processIO) {
    try {
        // Hidden: the credential_process callback of the self-refreshing AWS profile (src/auth/credential-process.ts).
        if (argv[0] === 'credentials')
            return await (await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(695), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 85165))).credentialsCommand(argv.slice(1), io);
        const settings = (0,cli_args/* parseCli */.wE)(argv);
        const handler = handlers[settings.command];
        if (!handler) {
            io.stderr(`infra-action ${settings.command} is not available in this build yet.\n`);
            return 2;
        }
        return await handler(settings, io);
    }
    catch (err) {
        if (err instanceof cli_args/* UsageError */.eb || err instanceof plan_cli/* InputError */.dz) {
            io.stderr(`${err.message.trimEnd()}\n`);
            return 2;
        }
        if (err instanceof types/* ManifestError */.S) {
            io.stderr(`${err.message}\n\nFix the manifest and run again; nothing was run.\n`);
            if (argv.includes('--json')) {
                io.stdout(JSON.stringify({ stacks: [], waves: [], errors: err.problems.map(types/* formatProblem */.V), warnings: [] }, null, 2) + '\n');
            }
            return 2;
        }
        io.stderr(`error: ${err.message}\n`);
        return 1;
    }
}


/***/ }),

/***/ 90192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ planCli),
/* harmony export */   SL: () => (/* binding */ readCliChanges),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_git_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(347);
/* harmony import */ var _plan_make_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93129);
/* harmony import */ var _report_plan_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78817);
/* harmony import */ var _select_changes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32313);






/** Changed files from `--changed-files FILE|-` or `--base/--head`; undefined when neither is given. */
async function readCliChanges(settings, io) {
    if (settings.changedFiles === '-')
        return (0,_select_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChangedFiles */ .bM)(await io.readStdin());
    if (settings.changedFiles !== undefined) {
        try {
            return (0,_select_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChangedFiles */ .bM)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(settings.changedFiles, 'utf8'));
        }
        catch (err) {
            throw new InputError(`--changed-files ${settings.changedFiles}: ${err.code === 'ENOENT' ? 'file not found' : err.message}`);
        }
    }
    if (settings.base !== undefined && settings.head !== undefined) {
        return (0,_github_git_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .gitDiff */ .Y)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(settings.manifest), settings.base, settings.head);
    }
    return undefined;
}
/** Bad input that is not the manifest's fault (arguments, files): exit 2. */
class InputError extends Error {
}
/** `infra-action plan`: offline selection, order and role chains. Exit 2 on bad input. */
async function planCli(settings, io) {
    const changes = await readCliChanges(settings, io);
    const { document } = await (0,_plan_make_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .makePlan */ .C)({
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
        io.stdout((0,_report_plan_view_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanText */ .$)(document));
    for (const e of document.errors)
        io.stderr(`error: ${e}\n`);
    if (settings.json)
        for (const w of document.warnings)
            io.stderr(`warning: ${w}\n`);
    return document.errors.length > 0 ? 2 : 0;
}


/***/ })

};
