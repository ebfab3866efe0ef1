export const id = 145;
export const ids = [145];
export const modules = {

/***/ 83145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  engineAction: () => (/* binding */ engineAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/comment-publish.ts + 8 modules
var comment_publish = __webpack_require__(86187);
// EXTERNAL MODULE: ./src/github/log.ts
var log = __webpack_require__(53385);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/github/comment-sink.ts



/** The report sink of a GitHub Actions step: job summary, annotations, outputs, log. */
function actionsReportSink() {
    return {
        summary: async (markdown) => {
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        annotate: (a) => (a.level === 'error' ? (0,log/* logError */.vV)(a.message, { title: a.title }) : a.level === 'warning' ? (0,log/* logWarning */.FF)(a.message, { title: a.title }) : core/* notice */.lm((0,report_escape/* showControls */.mz)(a.message, true), { title: a.title })),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        warning: (message) => (0,log/* logWarning */.FF)(message),
        info: (message) => (0,log/* logText */.kc)(message),
    };
}

// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
;// CONCATENATED MODULE: ./src/report/context.ts
const PRODUCTION = /^prod(uction)?\b/i;
/** Builds the renderers' context from the manifest and the run's inputs (pure). */
function reportContextFor(input) {
    const order = input.manifest.accounts.map((a) => a.name);
    return {
        manifestPath: input.manifestPath,
        command: input.command,
        accounts: input.requestedAccounts.length > 0 ? order.filter((a) => input.requestedAccounts.includes(a)).concat(input.requestedAccounts.filter((a) => !order.includes(a))) : [],
        promotionOrder: order,
        // Protected accounts and anything named or guarded like production get their deletes flagged.
        productionAccounts: input.manifest.accounts.filter((a) => a.protected || PRODUCTION.test(a.name) || PRODUCTION.test(a.environment)).map((a) => a.name),
        waves: input.waves,
        runUrl: input.runUrl,
        sha: input.sha,
    };
}

// EXTERNAL MODULE: ./src/engine/state-backend.ts
var state_backend = __webpack_require__(89714);
// EXTERNAL MODULE: ./src/engine/summary-text.ts
var summary_text = __webpack_require__(1736);
// EXTERNAL MODULE: ./src/commands/plan-action.ts + 2 modules
var plan_action = __webpack_require__(70872);
// EXTERNAL MODULE: ./src/commands/engine-run.ts + 11 modules
var engine_run = __webpack_require__(77734);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(16887);
;// CONCATENATED MODULE: ./src/promote/record-deployments.ts



/**
 * Wraps an `up` in one GitHub Deployment per selected account (usually one: the pipeline runs a
 * stage per account): in_progress before, success/failure per account after (failure for all
 * when the run throws), with the environment URL a successful account's stacks export. Recording
 * never decides the run: a token that cannot write deployments (fork PRs, read-only tokens) gives a
 * warning and the run goes on unrecorded.
 */
async function recordUp(ctx, manifest, selection, run) {
    const accounts = manifest.accounts.filter((a) => selection.stacks.some((s) => s.account === a.name));
    const last = manifest.accounts[manifest.accounts.length - 1]?.name;
    const handles = [];
    if (ctx.client) {
        try {
            for (const a of accounts) {
                const handle = await (0,deployments/* startDeployment */.i4)(ctx.client, ctx.repo, {
                    account: a.name,
                    environment: a.environment,
                    sha: ctx.sha,
                    stacks: selection.stacks.filter((s) => s.account === a.name).map((s) => s.stack),
                    production: a.protected || a.name === last,
                    logUrl: ctx.logUrl,
                    forced: ctx.forced,
                });
                handles.push({ account: a.name, handle });
            }
        }
        catch (err) {
            ctx.warn(`Could not record a GitHub deployment (${err.message}); the run goes on, but promotions cannot see it. Give the job 'deployments: write'.`);
        }
    }
    const finish = async (ok, url) => {
        for (const { account, handle } of handles) {
            try {
                await handle.finish(ok(account), url(account));
            }
            catch (err) {
                ctx.warn(`Could not finish the GitHub deployment for ${account} (${err.message}).`);
            }
        }
    };
    let result;
    try {
        result = await run();
    }
    catch (err) {
        await finish(() => false, () => undefined);
        throw err;
    }
    const stacksOf = (account) => result.stacks.filter((s) => s.account === account);
    const succeeded = (account) => stacksOf(account).length > 0 && stacksOf(account).every((s) => s.status === 'succeeded');
    await finish(succeeded, (account) => (succeeded(account) ? (0,deployments/* environmentUrl */.fw)(stacksOf(account).map((s) => s.outputs)) : undefined));
    return result;
}
/** recordUp for the action: `up` only, token from the inputs, commit from `ref` or GITHUB_SHA. */
async function recordUpDeployments(settings, manifest, selection, operation, run, warn) {
    if (operation !== 'up')
        return run();
    const env = process.env;
    const { force, reason } = settings;
    const ctx = (0,github_event/* readRunContext */.$)();
    let sha = '';
    try {
        sha = (0,deployments/* deploymentSha */.qc)(settings.ref, env);
    }
    catch (err) {
        warn(err.message);
    }
    const record = {
        client: settings.githubToken && sha ? (0,github_client/* createGitHubClient */.L)(settings.githubToken, { onRetry: warn }) : undefined,
        repo: ctx.repository,
        sha,
        logUrl: env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        forced: force ? { reason, actor: env.GITHUB_ACTOR ?? 'unknown' } : undefined,
        warn,
    };
    return recordUp(record, manifest, selection, run);
}

;// CONCATENATED MODULE: ./src/commands/engine-action.ts













/** `command: preview|up|refresh|destroy` — plan from the event, run, set outputs, fail on any failure. */
async function engineAction(settings) {
    const operation = (0,engine_run/* asOperation */.mD)(settings.command);
    const { manifest, selection, document } = await core/* group */.Os('Planning the stacks', () => (0,plan_action.planForAction)(settings));
    for (const w of document.warnings)
        (0,log/* logWarning */.FF)(w);
    // Refused before a deployment record is opened (runEngine checks again and logs a preview's warning).
    (0,state_backend/* checkStateBackend */._)(manifest, operation);
    // `up` is recorded as one GitHub Deployment per account: the records promotions check.
    const run = await recordUpDeployments(settings, manifest, selection, operation, () => (0,engine_run/* runOperation */.xj)({ operation, manifest, selection, parallel: settings.parallel, confirm: settings.confirm, pulumiVersion: settings.pulumiVersion }, {
        info: (m) => (0,log/* logText */.kc)(m),
        warning: (m) => (0,log/* logWarning */.FF)(m),
        block: (title, text) => {
            core/* startGroup */.Oh((0,report_escape/* showControls */.mz)(title));
            try {
                // The CLI's output is the deployed program's: fenced, so none of it is a workflow command.
                (0,log/* logText */.kc)(text.trimEnd());
            }
            finally {
                core/* endGroup */.N4();
            }
        },
    }), (m) => (0,log/* logWarning */.FF)(m));
    (0,log/* logText */.kc)((0,summary_text/* renderRunText */.z)(run));
    // Before failing: a failed run still reports (summary, annotations, the PR comment).
    const report = reportContextFor({
        manifestPath: settings.manifest,
        command: operation,
        manifest,
        requestedAccounts: settings.accounts,
        waves: selection.waves,
        runUrl: (0,comment_publish/* runUrlFromEnv */.kk)(),
        sha: process.env.GITHUB_SHA,
    });
    const client = settings.githubToken ? (0,github_client/* createGitHubClient */.L)(settings.githubToken, { onRetry: (m) => (0,log/* logText */.kc)(m) }) : undefined;
    await (0,comment_publish/* publishReport */.S3)(run, report, client, actionsReportSink(), {
        pullRequest: (0,comment_publish/* pullRequestOf */._n)((0,github_event/* readRunContext */.$)()),
        comment: settings.comment,
        secrets: [settings.githubToken, process.env.PULUMI_CONFIG_PASSPHRASE, process.env.PULUMI_ACCESS_TOKEN].filter((s) => !!s),
    });
    if (!run.ok) {
        const failed = run.stacks.filter((s) => s.status !== 'succeeded').map((s) => `${s.stack} (${s.status})`);
        throw new Error(`${operation} did not complete for ${failed.length} stack${failed.length === 1 ? '' : 's'}: ${failed.join(', ')}`);
    }
}


/***/ }),

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


/***/ }),

/***/ 16887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   fw: () => (/* binding */ environmentUrl),
/* harmony export */   i4: () => (/* binding */ startDeployment),
/* harmony export */   qc: () => (/* binding */ deploymentSha)
/* harmony export */ });
/* unused harmony exports URL_OUTPUTS, withDeployment */
/** Creates the deployment for one account and marks it in_progress. */
async function startDeployment(client, repo, d) {
    const payload = { account: d.account, stacks: d.stacks, ...(d.forced ? { forced: d.forced } : {}) };
    const description = d.forced ? `forced promotion: ${d.forced.reason}` : `infra-action up: ${d.stacks.length} stack(s)`;
    const created = await client.rest.repos.createDeployment({
        ...repo,
        ref: d.sha,
        environment: d.environment,
        // The pipeline itself is the gate; GitHub's commit-status check would refuse the deploy (409).
        required_contexts: [],
        auto_merge: false,
        production_environment: d.production,
        transient_environment: false,
        description: description.slice(0, 140),
        payload: payload,
    });
    if (created.status !== 201 || !('id' in created.data)) {
        throw new Error(`GitHub did not create a deployment for environment "${d.environment}" at ${d.sha}: ${JSON.stringify(created.data)}`);
    }
    const id = created.data.id;
    const status = (state, environmentUrl) => client.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state,
        ...(d.logUrl ? { log_url: d.logUrl } : {}),
        ...(environmentUrl ? { environment_url: environmentUrl } : {}),
        description: description.slice(0, 140),
    });
    await status('in_progress');
    let finished = false;
    return {
        id,
        finish: async (ok, environmentUrl) => {
            if (finished)
                return;
            finished = true;
            await status(ok ? 'success' : 'failure', environmentUrl);
        },
    };
}
/** Deployments of one commit to one environment, newest first, each with its newest status. */
async function listDeployments(client, repo, filter) {
    const deployments = await client.paginate(client.rest.repos.listDeployments, { ...repo, environment: filter.environment, ...(filter.sha ? { sha: filter.sha } : {}), per_page: 100 });
    const records = [];
    for (const d of deployments) {
        // Statuses come newest first; one is enough.
        const statuses = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
        records.push({
            id: d.id,
            sha: d.sha,
            ref: d.ref,
            environment: d.environment ?? filter.environment,
            createdAt: d.created_at,
            payload: (typeof d.payload === 'object' && d.payload !== null ? d.payload : {}),
            state: statuses.data[0]?.state,
        });
    }
    return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}
/** Output names a stack can export to give its environment a URL, in order of preference. */
const URL_OUTPUTS = ['environmentUrl', 'url', 'endpoint'];
/** The environment URL from stack outputs: the first http(s) value of a known output name. */
function environmentUrl(outputs) {
    for (const name of URL_OUTPUTS) {
        for (const o of outputs) {
            const v = o[name];
            if (typeof v === 'string' && /^https?:\/\/\S+$/.test(v))
                return v;
        }
    }
    return undefined;
}
/**
 * Runs `up` for one account inside a deployment record: in_progress first, then success or failure
 * (failure also when `run` throws), with the environment URL when a stack exports one.
 */
async function withDeployment(client, repo, d, run) {
    const handle = await startDeployment(client, repo, d);
    let result;
    try {
        result = await run();
    }
    catch (err) {
        await handle.finish(false);
        throw err;
    }
    await handle.finish(result.ok, result.ok ? environmentUrl(result.stacks.map((s) => s.outputs)) : undefined);
    return result;
}
/**
 * The commit a deployment records: the `ref` input when it is a full SHA (promote.yml passes the
 * guarded commit, while GITHUB_SHA is the dispatching branch's head), else GITHUB_SHA.
 */
function deploymentSha(refInput, env = process.env) {
    const ref = (refInput ?? '').trim().toLowerCase();
    if (/^[0-9a-f]{40}$/.test(ref))
        return ref;
    const sha = env.GITHUB_SHA ?? '';
    if (!/^[0-9a-f]{40}$/i.test(sha))
        throw new Error(`Cannot record a deployment: GITHUB_SHA ("${sha}") is not a commit SHA and the 'ref' input is not one either.`);
    return sha.toLowerCase();
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
