export const id = 94;
export const ids = [94];
export const modules = {

/***/ 84094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCli: () => (/* binding */ verifyCli)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _verify_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72949);


/** `infra-action verify`: the same walk from a terminal (ambient credentials / --profile) or a workflow step (OIDC). */
async function verifyCli(settings, io) {
    const scope = await (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyScope */ .es)({ manifestPath: settings.manifest, event: settings.event, ref: settings.ref, accounts: settings.accounts, projects: settings.projects });
    const arns = [scope.roles.oidcRoleArn, ...scope.accounts.map((a) => `arn:aws:iam::${a.id}:role/${scope.roles.executorRole}`)];
    const policies = await (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_1__/* .readTrustPolicies */ .Nf)(settings.trustPolicy, arns, '--trust-policy');
    const inActions = process.env.GITHUB_ACTIONS === 'true';
    const report = await (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runVerify */ .R9)(scope, {
        profile: settings.profile,
        // On a laptop an ::add-mask:: line would print the secret it means to hide.
        maskSecret: inActions ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq : () => { },
        retry: { onRetry: (i) => io.stderr(`${i.what} failed (${i.error.name}); retry ${i.attempt} in ${i.delayMs} ms\n`) },
    }, policies);
    if (settings.json)
        io.stdout(JSON.stringify(report, null, 2) + '\n');
    else
        io.stdout((0,_verify_run_js__WEBPACK_IMPORTED_MODULE_1__/* .renderVerifyText */ .vs)(report) + '\n');
    return report.failures.length ? 1 : 0;
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


/***/ })

};
