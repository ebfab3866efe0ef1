export const id = 541;
export const ids = [541];
export const modules = {

/***/ 63541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   engineCli: () => (/* binding */ engineCli)
/* harmony export */ });
/* harmony import */ var _engine_summary_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1736);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _plan_make_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93129);
/* harmony import */ var _plan_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60673);
/* harmony import */ var _engine_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77734);





/** `infra-action preview|up|refresh|destroy`: plan, then run. Exit 0 ok, 1 a stack failed, 2 bad input. */
async function engineCli(settings, io) {
    const operation = (0,_engine_run_js__WEBPACK_IMPORTED_MODULE_4__/* .asOperation */ .mD)(settings.command);
    const changes = await (0,_plan_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .readCliChanges */ .S)(settings, io);
    const { manifest, selection } = await (0,_plan_make_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .makePlan */ .C)({ manifestPath: settings.manifest, changes, event: settings.event, ref: settings.ref, accounts: settings.accounts, projects: settings.projects });
    const run = await (0,_engine_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runOperation */ .xj)({ operation, manifest, selection, parallel: settings.parallel, confirm: settings.confirm, pulumiVersion: settings.pulumiVersion }, { info: (m) => io.stderr(`${m}\n`), warning: (m) => io.stderr(`warning: ${m}\n`), block: (title, text) => io.stderr(`--- ${title}\n${text.trimEnd()}\n---\n`) }, { profile: settings.profile });
    if (settings.json)
        io.stdout(JSON.stringify(run, null, 2) + '\n');
    else
        io.stdout((0,_engine_summary_text_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRunText */ .z)(run));
    return run.ok ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.failed;
}


/***/ }),

/***/ 1736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ renderRunText)
/* harmony export */ });
/* unused harmony export countsText */
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

const MARK = { succeeded: 'ok', failed: 'FAILED', skipped: 'skipped', cancelled: 'cancelled' };
const SIGN = { create: '+', update: '~', replace: '+-', delete: '-', refresh: 'r', import: '=' };
/** Counts as `+2 ~1 +-1 -0`, `no changes` when nothing changes. */
function countsText(r) {
    const parts = Object.entries(r.counts)
        .filter(([op, n]) => SIGN[op] && (n ?? 0) > 0)
        .map(([op, n]) => `${SIGN[op]}${n}`);
    return parts.length ? parts.join(' ') : 'no changes';
}
/** A plain-text summary for logs and the CLI (names and errors with their controls shown); the reporting renderers do the rich views. */
function renderRunText(run) {
    const show = (s) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .showControls */ .mz)(s);
    const lines = [`${run.operation}: ${run.stacks.length} stack${run.stacks.length === 1 ? '' : 's'}`];
    for (const r of run.stacks) {
        const detail = r.status === 'succeeded' ? `${countsText(r)} (${(r.durationMs / 1000).toFixed(1)}s${r.attempts > 1 ? `, ${r.attempts} attempts` : ''})` : show((r.error ?? '').split('\n')[0]);
        lines.push(`  ${MARK[r.status].padEnd(9)} ${show(r.stack)}  ${detail}`);
        for (const c of r.changes)
            lines.push(`      ${show(c.op)} ${show(c.type)} ${show(c.name)}${c.diffKeys.length ? ` [${c.diffKeys.map(show).join(', ')}]` : ''}${c.replaceKeys.length ? ` replace: ${c.replaceKeys.map(show).join(', ')}` : ''}`);
    }
    for (const status of ['failed', 'skipped', 'cancelled', 'succeeded']) {
        const names = run.stacks.filter((s) => s.status === status).map((s) => show(s.stack));
        if (names.length)
            lines.push(`${status} (${names.length}): ${names.join(', ')}`);
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
