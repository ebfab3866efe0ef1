export const id = 541;
export const ids = [541];
export const modules = {

/***/ 63541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   engineCli: () => (/* binding */ engineCli)
/* harmony export */ });
/* harmony import */ var _engine_run_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35091);
/* harmony import */ var _engine_summary_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1736);
/* harmony import */ var _plan_make_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93129);
/* harmony import */ var _plan_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90192);
/* harmony import */ var _engine_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76530);





/** `infra-action preview|up|refresh|destroy`: plan, then run. Exit 0 ok, 1 a stack failed, 2 bad input. */
async function engineCli(settings, io) {
    const operation = (0,_engine_run_js__WEBPACK_IMPORTED_MODULE_4__/* .asOperation */ .mD)(settings.command);
    let parallel;
    try {
        parallel = (0,_engine_run_js__WEBPACK_IMPORTED_MODULE_4__/* .parseParallel */ .hh)(settings.options.parallel, '--parallel');
    }
    catch (err) {
        throw new _plan_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(err.message);
    }
    const changes = await (0,_plan_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .readCliChanges */ .SL)(settings, io);
    const { manifest, selection } = await (0,_plan_make_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .makePlan */ .C)({ manifestPath: settings.manifest, changes, event: settings.event, ref: settings.ref, accounts: settings.accounts, projects: settings.projects });
    try {
        const run = await (0,_engine_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runOperation */ .xj)({ operation, manifest, selection, parallel, confirm: settings.options.confirm, pulumiVersion: settings.options['pulumi-version'] ?? '^3.205.0' }, { info: (m) => io.stderr(`${m}\n`), warning: (m) => io.stderr(`warning: ${m}\n`), block: (title, text) => io.stderr(`--- ${title}\n${text.trimEnd()}\n---\n`) }, { profile: settings.options.profile });
        if (settings.json)
            io.stdout(JSON.stringify(run, null, 2) + '\n');
        else
            io.stdout((0,_engine_summary_text_js__WEBPACK_IMPORTED_MODULE_1__/* .renderRunText */ .z)(run));
        return run.ok ? 0 : 1;
    }
    catch (err) {
        if (err instanceof _engine_run_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG || err instanceof _engine_run_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .EngineInputError */ .bP) {
            io.stderr(`${err.message}\n`);
            return 2;
        }
        throw err;
    }
}


/***/ })

};
