export const id = 584;
export const ids = [584];
export const modules = {

/***/ 12584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyAction: () => (/* binding */ verifyAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85015);
/* harmony import */ var _github_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53385);
/* harmony import */ var _verify_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72949);





const EVENTS = ['pull_request', 'push', 'workflow_dispatch', 'schedule'];
/** `command: verify` — walks the chain for every account in scope; the table goes to the log and the job summary. */
async function verifyAction(settings) {
    const ctx = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_2__/* .readRunContext */ .$)();
    const scope = await (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyScope */ .es)({
        manifestPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.workspace, settings.manifest),
        event: EVENTS.includes(ctx.eventName) ? ctx.eventName : undefined,
        ref: settings.ref ?? ctx.ref,
        accounts: settings.accounts,
        projects: settings.projects,
    });
    const arns = [scope.roles.oidcRoleArn, ...scope.accounts.map((a) => `arn:aws:iam::${a.id}:role/${scope.roles.executorRole}`)];
    const policies = await (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_4__/* .readTrustPolicies */ .Nf)(settings.trustPolicy ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.workspace, settings.trustPolicy) : undefined, arns, "input 'trust-policy'");
    const report = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Verifying the role chain', () => (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runVerify */ .R9)(scope, { mode: 'oidc' }, policies));
    (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)((0,_verify_run_js__WEBPACK_IMPORTED_MODULE_4__/* .renderVerifyText */ .vs)(report));
    for (const w of report.warnings)
        (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .logWarning */ .FF)(w);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_verify_run_js__WEBPACK_IMPORTED_MODULE_4__/* .renderVerifyMarkdown */ .HD)(report)).write();
    if (report.failures.length) {
        const firstLines = report.failures.map((f) => `- ${f.split('\n')[0]}`).join('\n');
        throw new Error(`The role chain failed at ${report.failures.length} hop(s); the explanation is above and in the job summary.\n${firstLines}`);
    }
}


/***/ }),

/***/ 72949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ renderVerifyMarkdown),
/* harmony export */   Nf: () => (/* binding */ readTrustPolicies),
/* harmony export */   R9: () => (/* binding */ runVerify),
/* harmony export */   es: () => (/* binding */ verifyScope),
/* harmony export */   vs: () => (/* binding */ renderVerifyText)
/* harmony export */ });
/* harmony import */ var _auth_chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7421);
/* harmony import */ var _auth_explain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52920);
/* harmony import */ var _auth_roles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18151);
/* harmony import */ var _plan_make_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93129);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _settings_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65918);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14031);







/**
 * The accounts `verify` walks: those the event's scope selects (all stacks, narrowed by explicit
 * accounts/projects and the workflow-testing rule), or every account when nothing is selected.
 */
async function verifyScope(req) {
    const { manifest, selection } = await (0,_plan_make_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .makePlan */ .C)({ ...req, selectAll: 'verify: every stack in scope' });
    if (selection.errors.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInput */ .kp(selection.errors.join('\n'));
    const names = new Set(selection.stacks.map((s) => s.account));
    const accounts = names.size ? manifest.accounts.filter((a) => names.has(a.name)) : manifest.accounts;
    const kind = selection.roles === 'preview' || req.event === 'pull_request' ? 'preview' : 'deploy';
    const { roles, warning } = (0,_auth_roles_js__WEBPACK_IMPORTED_MODULE_6__/* .rolesFor */ .Z)(manifest, kind);
    return { manifest, accounts, roles, roleKind: kind, warnings: [...selection.warnings, ...(warning ? [warning] : [])] };
}
/** Reads a trust-policy file: one policy document (for every role), or `{ "<role ARN>": policy }`. */
async function readTrustPolicies(file, roleArns, where) {
    if (!file)
        return {};
    const expected = 'Expected a JSON trust policy ({"Version": …, "Statement": […]}) or an object {"<role ARN>": policy}.';
    const text = await (0,_settings_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputFile */ .j)(file, where, expected);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInput */ .kp(`Invalid ${where}: ${file} is not JSON (${err.message}). ${expected}`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInput */ .kp(`Invalid ${where}: ${file} holds ${Array.isArray(data) ? 'an array' : String(data)}. ${expected}`);
    if ('Statement' in data)
        return Object.fromEntries(roleArns.map((arn) => [arn, data]));
    const notPolicies = Object.entries(data).filter(([, v]) => v === null || typeof v !== 'object' || !('Statement' in v)).map(([k]) => k);
    if (notPolicies.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInput */ .kp(`Invalid ${where}: ${file}: ${notPolicies.map((k) => JSON.stringify(k)).join(', ')} ${notPolicies.length === 1 ? 'is' : 'are'} not a policy with a Statement. ${expected}`);
    return data;
}
/** Walks the chain for every account in scope; never throws for a denied hop, it reports it. */
async function runVerify(scope, chainOptions, policies = {}) {
    const chain = (0,_auth_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .assumeChain */ .I)(scope.manifest, scope.accounts, scope.roles, chainOptions);
    const rows = [];
    const failures = [];
    const expires = (d) => (d ? d.toISOString().replace('.000Z', 'Z') : 'does not expire');
    const mgmtRole = chain.mode === 'oidc' ? scope.roles.oidcRoleArn : 'ambient credentials';
    try {
        const mgmt = await chain.management();
        const who = await chain.whoAmI(mgmt);
        rows.push({ hop: 1, account: 'management', role: mgmtRole, identity: who.arn, expires: expires(mgmt.expiration), ok: true });
    }
    catch (err) {
        rows.push({ hop: 1, account: 'management', role: mgmtRole, identity: '—', expires: '—', ok: false });
        failures.push((0,_auth_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .explainFailure */ .S)(err, policies));
        return { rows, failures, warnings: scope.warnings, roles: scope.roleKind };
    }
    for (const account of scope.accounts) {
        const role = chain.roles.executorRole.startsWith('arn:') ? chain.roles.executorRole : `arn:aws:iam::${account.id}:role/${chain.roles.executorRole}`;
        try {
            const creds = await chain.forAccount(account);
            const who = await chain.whoAmI(creds);
            const ok = who.account === account.id;
            rows.push({ hop: 2, account: account.name, role, identity: who.arn, expires: expires(creds.expiration), ok });
            if (!ok)
                failures.push(`Account ${account.name}: the executor session belongs to account ${who.account}, but infra.yaml says ${account.id}. Fix the account id in infra.yaml or the executorRole ARN.`);
        }
        catch (err) {
            rows.push({ hop: 2, account: account.name, role, identity: '—', expires: '—', ok: false });
            failures.push((0,_auth_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .explainFailure */ .S)(err, policies));
        }
    }
    return { rows, failures, warnings: scope.warnings, roles: scope.roleKind };
}
const HEAD = ['hop', 'account', 'role', 'assumed identity', 'expires'];
const cells = (r) => [`${r.ok ? '✓' : '✗'} ${r.hop}`, r.account, r.role, r.identity, r.expires].map((c) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .showControls */ .mz)(c));
/** A fixed-width table for logs and terminals. */
function renderVerifyText(report) {
    const table = [HEAD, ...report.rows.map(cells)];
    const widths = HEAD.map((_, i) => Math.max(...table.map((row) => row[i].length)));
    const lines = table.map((row) => row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
    const out = [`Role chain (${report.roles} roles):`, ...lines];
    for (const w of report.warnings)
        out.push('', `warning: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .showControls */ .mz)(w)}`);
    for (const f of report.failures)
        out.push('', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .showControls */ .mz)(f, true));
    out.push('', report.failures.length ? `✗ ${report.failures.length} hop(s) failed.` : '✓ Every hop works.');
    return out.join('\n');
}
/** The job summary: the same table in Markdown, explanations in code blocks. */
function renderVerifyMarkdown(report) {
    const md = [`## Role chain check (${report.roles} roles): ${report.failures.length ? '✗ failed' : '✓ ok'}`, '', `| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`];
    for (const r of report.rows)
        md.push(`| ${cells(r).map((c) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(c, 2000)).join(' | ')} |`);
    for (const w of report.warnings)
        md.push('', `> [!WARNING]\n> ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeInline */ .VV)(w, 2000)}`);
    for (const f of report.failures)
        md.push('', `<pre>${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapePre */ .j2)(f)}</pre>`);
    return md.join('\n') + '\n';
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
