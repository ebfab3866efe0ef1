export const id = 78;
export const ids = [78];
export const modules = {

/***/ 90078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftCli: () => (/* binding */ driftCli)
/* harmony export */ });
/* harmony import */ var _drift_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38374);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _drift_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41525);



/**
 * `infra-action drift`: refresh-and-preview every stack in scope, expecting no changes. Exit 0 when
 * every stack was checked, drifted or not (the report says which drifted); 1 when a check failed;
 * 2 for bad input.
 */
async function driftCli(settings, io) {
    if (settings.changedFiles !== undefined || settings.base !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BadInput */ .kp('drift checks every stack in scope; narrow it with --account and --project, not --changed-files or --base/--head.');
    const plan = await (0,_drift_run_js__WEBPACK_IMPORTED_MODULE_2__/* .planDrift */ .nv)({ manifestPath: settings.manifest, ref: settings.ref, accounts: settings.accounts, projects: settings.projects });
    const warning = (0,_drift_run_js__WEBPACK_IMPORTED_MODULE_2__/* .deployRolesWarning */ .jl)(plan);
    if (warning)
        io.stderr(`warning: ${warning}\n`);
    const run = await (0,_drift_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runDrift */ .le)(plan, { parallel: settings.parallel, pulumiVersion: settings.pulumiVersion, profile: settings.profile }, { info: (m) => io.stderr(`${m}\n`), warning: (m) => io.stderr(`warning: ${m}\n`), block: (title, text) => io.stderr(`--- ${title}\n${text.trimEnd()}\n---\n`) });
    const report = (0,_drift_model_js__WEBPACK_IMPORTED_MODULE_0__/* .driftReport */ .CP)(run);
    if (settings.json)
        io.stdout(JSON.stringify(report, null, 2) + '\n');
    else
        io.stdout((0,_drift_model_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDriftText */ .j0)(report));
    return report.ok ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.failed;
}


/***/ }),

/***/ 41525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jl: () => (/* binding */ deployRolesWarning),
/* harmony export */   le: () => (/* binding */ runDrift),
/* harmony export */   nv: () => (/* binding */ planDrift)
/* harmony export */ });
/* harmony import */ var _plan_make_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93129);
/* harmony import */ var _engine_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77734);


/**
 * What a drift run checks: every stack (narrowed by accounts and projects, and to the first
 * account on workflow-testing), whatever the event says changed, with the read-only preview roles.
 */
function planDrift(req) {
    return (0,_plan_make_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .makePlan */ .C)({ manifestPath: req.manifestPath, selectAll: 'drift: every stack', ref: req.ref, accounts: req.accounts, projects: req.projects, readOnly: true });
}
/** The warning a drift run gives when the manifest has no read-only role pair. */
function deployRolesWarning(plan) {
    if (plan.manifest.previewRoles)
        return undefined;
    return 'Drift checks run with the deploy roles because infra.yaml names no read-only `previewRole` pair; a drift check only reads, so name one (bootstrap creates it).';
}
/** Runs the drift operation over the plan: the same engine, waves and concurrency as previews. */
function runDrift(plan, opts, log) {
    return (0,_engine_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runOperation */ .xj)({ operation: 'drift', manifest: plan.manifest, selection: plan.selection, parallel: opts.parallel, pulumiVersion: opts.pulumiVersion }, log, { profile: opts.profile });
}


/***/ }),

/***/ 38374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ driftReport),
/* harmony export */   Si: () => (/* binding */ DRIFT_OP_TEXT),
/* harmony export */   Vt: () => (/* binding */ propertiesText),
/* harmony export */   j0: () => (/* binding */ renderDriftText),
/* harmony export */   uV: () => (/* binding */ driftFirst)
/* harmony export */ });
/** How a preview's step reads in a drift report. */
const DRIFT_OP_TEXT = {
    update: 'changed outside Pulumi',
    refresh: 'changed outside Pulumi (the program accepts it)',
    create: 'missing (deleted outside Pulumi?)',
    delete: 'not in the program any more',
    replace: 'changed outside Pulumi; needs a replacement',
};
function stateOf(s) {
    if (s.status === 'succeeded')
        return s.drifted || s.changes.length > 0 ? 'drifted' : 'in-sync';
    return s.status;
}
/** The drift report of a `drift` run; drifted stacks keep the engine's order. */
function driftReport(run) {
    const stacks = run.stacks.map((s) => ({
        stack: s.stack,
        project: s.project,
        account: s.account,
        region: s.region,
        state: stateOf(s),
        resources: s.changes.map((c) => ({ type: c.type, name: c.name, urn: c.urn, op: c.op, keys: c.diffKeys, properties: c.properties ?? [] })),
        ...(s.error ? { error: s.error } : {}),
    }));
    return { stacks, drifted: stacks.filter((s) => s.state === 'drifted').map((s) => s.stack), ok: run.ok };
}
const ORDER = { drifted: 0, failed: 1, cancelled: 2, skipped: 3, 'in-sync': 4 };
/** Stacks for tables: drifted first, then failed ones, then the rest, each group in run order. */
function driftFirst(stacks) {
    return stacks.map((s, i) => ({ s, i })).sort((a, b) => ORDER[a.s.state] - ORDER[b.s.state] || a.i - b.i).map((x) => x.s);
}
/** `tags.team (update), description (add)`, or the top-level keys when there is no detailed diff. */
function propertiesText(r) {
    if (r.properties.length > 0)
        return r.properties.map((p) => `${p.path} (${p.kind})`).join(', ');
    return r.keys.join(', ');
}
/** Plain text for the CLI and logs. */
function renderDriftText(report) {
    const lines = [`drift: ${report.stacks.length} stack${report.stacks.length === 1 ? '' : 's'} checked, ${report.drifted.length} drifted`];
    for (const s of driftFirst(report.stacks)) {
        lines.push(`  ${s.state.padEnd(9)} ${s.stack}${s.error ? `  ${s.error.split('\n')[0]}` : ''}`);
        for (const r of s.resources)
            lines.push(`      ${r.type} ${r.name}: ${DRIFT_OP_TEXT[r.op] ?? r.op}${propertiesText(r) ? ` [${propertiesText(r)}]` : ''}`);
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
