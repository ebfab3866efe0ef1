export const id = 584;
export const ids = [584];
export const modules = {

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


/***/ }),

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
/* harmony import */ var _verify_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72949);




const EVENTS = ['pull_request', 'push', 'workflow_dispatch', 'schedule'];
/** `command: verify` — walks the chain for every account in scope; the table goes to the log and the job summary. */
async function verifyAction(settings) {
    const ctx = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_2__/* .readRunContext */ .$)();
    const scope = await (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyScope */ .es)({
        manifestPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.workspace, settings.manifest),
        event: EVENTS.includes(ctx.eventName) ? ctx.eventName : undefined,
        ref: settings.ref ?? ctx.ref,
        accounts: settings.accounts,
        projects: settings.projects,
    });
    const policyFile = settings.raw('trust-policy');
    const arns = [scope.roles.oidcRoleArn, ...scope.accounts.map((a) => `arn:aws:iam::${a.id}:role/${scope.roles.executorRole}`)];
    const policies = await (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_3__/* .readTrustPolicies */ .Nf)(policyFile ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.workspace, policyFile) : undefined, arns);
    const report = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Verifying the role chain', () => (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runVerify */ .R9)(scope, { mode: 'oidc' }, policies));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_verify_run_js__WEBPACK_IMPORTED_MODULE_3__/* .renderVerifyText */ .vs)(report));
    for (const w of report.warnings)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(w);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_verify_run_js__WEBPACK_IMPORTED_MODULE_3__/* .renderVerifyMarkdown */ .HD)(report)).write();
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _auth_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7421);
/* harmony import */ var _auth_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52920);
/* harmony import */ var _auth_roles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18151);
/* harmony import */ var _plan_make_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93129);
/* harmony import */ var _plan_cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90192);






/**
 * The accounts `verify` walks: those the event's scope selects (all stacks, narrowed by explicit
 * accounts/projects and the workflow-testing rule), or every account when nothing is selected.
 */
async function verifyScope(req) {
    const { manifest, selection } = await (0,_plan_make_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .makePlan */ .C)({ ...req, selectAll: 'verify: every stack in scope' });
    if (selection.errors.length)
        throw new _plan_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(selection.errors.join('\n'));
    const names = new Set(selection.stacks.map((s) => s.account));
    const accounts = names.size ? manifest.accounts.filter((a) => names.has(a.name)) : manifest.accounts;
    const kind = selection.roles === 'preview' || req.event === 'pull_request' ? 'preview' : 'deploy';
    const { roles, warning } = (0,_auth_roles_js__WEBPACK_IMPORTED_MODULE_5__/* .rolesFor */ .Z)(manifest, kind);
    return { manifest, accounts, roles, roleKind: kind, warnings: [...selection.warnings, ...(warning ? [warning] : [])] };
}
/** Reads a trust-policy file: one policy document (for every role), or `{ "<role ARN>": policy }`. */
async function readTrustPolicies(file, roleArns) {
    if (!file)
        return {};
    const data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    if ('Statement' in data)
        return Object.fromEntries(roleArns.map((arn) => [arn, data]));
    return data;
}
/** Walks the chain for every account in scope; never throws for a denied hop, it reports it. */
async function runVerify(scope, chainOptions, policies = {}) {
    const chain = (0,_auth_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .assumeChain */ .I)(scope.manifest, scope.accounts, scope.roles, chainOptions);
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
        failures.push((0,_auth_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainFailure */ .S)(err, policies));
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
            failures.push((0,_auth_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainFailure */ .S)(err, policies));
        }
    }
    return { rows, failures, warnings: scope.warnings, roles: scope.roleKind };
}
const HEAD = ['hop', 'account', 'role', 'assumed identity', 'expires'];
const cells = (r) => [`${r.ok ? '✓' : '✗'} ${r.hop}`, r.account, r.role, r.identity, r.expires];
/** A fixed-width table for logs and terminals. */
function renderVerifyText(report) {
    const table = [HEAD, ...report.rows.map(cells)];
    const widths = HEAD.map((_, i) => Math.max(...table.map((row) => row[i].length)));
    const lines = table.map((row) => row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
    const out = [`Role chain (${report.roles} roles):`, ...lines];
    for (const w of report.warnings)
        out.push('', `warning: ${w}`);
    for (const f of report.failures)
        out.push('', f);
    out.push('', report.failures.length ? `✗ ${report.failures.length} hop(s) failed.` : '✓ Every hop works.');
    return out.join('\n');
}
/** The job summary: the same table in Markdown, explanations in code blocks. */
function renderVerifyMarkdown(report) {
    const md = [`## Role chain check (${report.roles} roles): ${report.failures.length ? '✗ failed' : '✓ ok'}`, '', `| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`];
    for (const r of report.rows)
        md.push(`| ${cells(r).map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
    for (const w of report.warnings)
        md.push('', `> [!WARNING]\n> ${w}`);
    for (const f of report.failures)
        md.push('', '```text', f, '```');
    return md.join('\n') + '\n';
}


/***/ })

};
