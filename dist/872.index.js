export const id = 872;
export const ids = [872];
export const modules = {

/***/ 70872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planAction: () => (/* binding */ planAction),
  planForAction: () => (/* binding */ planForAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/settings/files.ts
var files = __webpack_require__(65918);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
// EXTERNAL MODULE: ./src/select/changes.ts
var select_changes = __webpack_require__(32313);
// EXTERNAL MODULE: ./src/github/git-diff.ts
var git_diff = __webpack_require__(347);
;// CONCATENATED MODULE: ./src/github/pr-files.ts
/** GitHub's PR files API lists at most this many files; past it, a git diff is the only truth. */
const PR_FILES_CAP = 3000;
/** Lists a PR's changed files, page by page; reports `capped` when GitHub's 3,000-file cap was hit. */
async function listPullRequestFiles(client, owner, repo, pull) {
    const files = [];
    const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner,
        repo,
        pull_number: pull,
        per_page: 100,
    });
    for await (const page of pages) {
        for (const f of page.data)
            files.push(toChangedFile(f));
    }
    if (files.length >= PR_FILES_CAP)
        return { capped: true, listed: files.length };
    return { files, capped: false };
}
function toChangedFile(f) {
    const status = { added: 'added', removed: 'deleted', modified: 'modified', renamed: 'renamed', copied: 'copied' }[f.status] ?? 'changed';
    return f.previous_filename ? { path: f.filename, previous: f.previous_filename, status } : { path: f.filename, status };
}

;// CONCATENATED MODULE: ./src/github/event-changes.ts



const ZERO_SHA = /^0+$/;
/**
 * Finds the changed paths for the run: the PR files API (a git diff past its 3,000-file cap), a
 * push's before..after, or the dispatch inputs. Paths come back relative to the manifest folder.
 */
async function changesFromEvent(ctx, client, manifestDir, explicit) {
    const rel = (files) => (0,select_changes/* relativeTo */.Mf)(files, manifestDir);
    const ref = ctx.ref || undefined;
    switch (ctx.eventName) {
        case 'pull_request': {
            const pr = ctx.payload.pull_request;
            if (!pr)
                throw new Error('The pull_request event payload has no pull_request; is GITHUB_EVENT_PATH the real payload?');
            const headRef = process.env.GITHUB_HEAD_REF ? `refs/heads/${process.env.GITHUB_HEAD_REF}` : ref;
            if ((pr.changed_files ?? 0) < PR_FILES_CAP && client) {
                const listed = await listPullRequestFiles(client, ctx.repository.owner, ctx.repository.repo, pr.number);
                if (!listed.capped)
                    return { event: 'pull_request', ref: headRef, changes: rel(listed.files), source: `PR #${pr.number} files API (${listed.files.length} files)`, ...explicitOf(explicit) };
            }
            const files = await (0,git_diff/* gitDiff */.Y)(ctx.workspace, pr.base.sha, pr.head.sha, true);
            return { event: 'pull_request', ref: headRef, changes: rel(files), source: `git diff ${event_changes_short(pr.base.sha)}...${event_changes_short(pr.head.sha)} (PR #${pr.number} has ${pr.changed_files ?? 'too many'} files; the files API stops at ${PR_FILES_CAP})`, ...explicitOf(explicit) };
        }
        case 'push': {
            const { before, after } = ctx.payload;
            if (!before || !after || ZERO_SHA.test(before)) {
                return { event: 'push', ref, selectAll: 'push: new branch, no earlier commit to compare with', source: 'new branch: every stack', ...explicitOf(explicit) };
            }
            const files = await (0,git_diff/* gitDiff */.Y)(ctx.workspace, before, after);
            return { event: 'push', ref, changes: rel(files), source: `git diff ${event_changes_short(before)}..${event_changes_short(after)}`, ...explicitOf(explicit) };
        }
        case 'workflow_dispatch': {
            const inputs = ctx.payload.inputs ?? {};
            const list = (v) => String(v ?? '').split(/[,\s]+/).filter(Boolean);
            return {
                event: 'workflow_dispatch',
                ref,
                projects: explicit.projects.length > 0 ? explicit.projects : list(inputs.projects),
                accounts: explicit.accounts.length > 0 ? explicit.accounts : list(inputs.accounts),
                source: 'workflow_dispatch inputs',
            };
        }
        case 'schedule':
            return { event: 'schedule', ref, source: 'schedule: every stack', ...explicitOf(explicit) };
        default:
            return { ref, selectAll: `${ctx.eventName || 'unknown'} event: every stack`, source: `${ctx.eventName} event: every stack`, ...explicitOf(explicit) };
    }
}
function explicitOf(explicit) {
    return {
        projects: explicit.projects.length > 0 ? explicit.projects : undefined,
        accounts: explicit.accounts.length > 0 ? explicit.accounts : undefined,
    };
}
function event_changes_short(sha) {
    return sha.slice(0, 7);
}

// EXTERNAL MODULE: ./src/plan/make-plan.ts
var make_plan = __webpack_require__(93129);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(48720);
// EXTERNAL MODULE: ./src/report/plan-view.ts
var plan_view = __webpack_require__(78817);
// EXTERNAL MODULE: ./src/github/log.ts
var log = __webpack_require__(53385);
;// CONCATENATED MODULE: ./src/commands/plan-action.ts












/** Resolves what the event selects and plans it; shared by `plan` and the engine commands. */
async function planForAction(settings) {
    const ctx = (0,github_event/* readRunContext */.$)();
    // Relative to the working directory so messages and annotations name `infra.yaml:12:5`.
    const manifestPath = (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(ctx.workspace, settings.manifest));
    const manifestDir = (0,external_node_path_.relative)(ctx.workspace, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(manifestPath)));
    let selection;
    if (settings.changedFiles) {
        // Repository-root paths, like git and the PR files API print them; honoured on every event.
        const changes = (0,select_changes/* relativeTo */.Mf)((0,select_changes/* parseChangedFiles */.bM)(await (0,files/* readInputFile */.j)((0,external_node_path_.resolve)(ctx.workspace, settings.changedFiles), "input 'changed-files'")), manifestDir);
        selection = { event: eventOf(ctx.eventName), ref: ctx.ref, changes, source: `changed-files input (${changes.length} paths)` };
        if (settings.projects.length)
            selection.projects = settings.projects;
        if (settings.accounts.length)
            selection.accounts = settings.accounts;
    }
    else {
        const client = settings.githubToken ? (0,github_client/* createGitHubClient */.L)(settings.githubToken) : undefined;
        selection = await changesFromEvent(ctx, client, manifestDir, { projects: settings.projects, accounts: settings.accounts });
    }
    if (settings.ref)
        selection.ref = settings.ref;
    (0,log/* logText */.kc)(`Changes from ${selection.source}`);
    const result = await (0,make_plan/* makePlan */.C)({ manifestPath, ...selection });
    return { ...result, source: selection.source };
}
function eventOf(name) {
    return name === 'pull_request' || name === 'push' || name === 'workflow_dispatch' || name === 'schedule' ? name : undefined;
}
/** `command: plan` — selection and order as step outputs, a job summary with the table. */
async function planAction(settings) {
    const { manifest, selection, document } = await core/* group */.Os('Planning the stacks', async () => {
        const planned = await planForAction(settings);
        (0,log/* logText */.kc)((0,plan_view/* renderPlanText */.$)(planned.document));
        return planned;
    });
    for (const w of document.warnings)
        (0,log/* logWarning */.FF)(w);
    core/* setOutput */.uH('stacks', JSON.stringify(document.stacks));
    core/* setOutput */.uH('waves', JSON.stringify(document.waves));
    core/* setOutput */.uH('matrix', JSON.stringify((0,plan/* planMatrix */.T)(manifest, selection)));
    core/* setOutput */.uH('has-stacks', document.stacks.length > 0 ? 'true' : 'false');
    core/* setOutput */.uH('plan', JSON.stringify(document));
    await core/* summary */.z.addRaw((0,plan_view/* renderPlanMarkdown */.d)(document)).write();
    if (document.errors.length > 0)
        throw new errors/* BadInput */.kp(document.errors.join('\n'));
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);



/**
 * An Octokit for the GitHub API the run talks to (GITHUB_API_URL: github.com, GHES, or a test
 * server), with back-off retries for 5xx answers and for primary and secondary rate limits.
 */
function createGitHubClient(token, options = {}) {
    const retries = options.retries ?? 3;
    const base = options.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, req, _octokit, retryCount) => {
        options.onRetry?.(`GitHub ${kind} rate limit on ${req.method} ${req.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${retries})`);
        return retryCount < retries;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        retry: { retries, retryAfterBaseValue: base },
        throttle: {
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...options.throttle,
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
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
