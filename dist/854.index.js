export const id = 854;
export const ids = [854];
export const modules = {

/***/ 70872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ planAction),
  V: () => (/* binding */ planForAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
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
    const rel = (files) => relativeTo(files, manifestDir);
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
/** Repo-relative paths → relative to the manifest's folder (where its globs are rooted). */
function relativeTo(files, dir) {
    const d = external_node_path_.posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (d === '' || d === '.')
        return files;
    const map = (p) => external_node_path_.posix.relative(d, p);
    return files.map((f) => ({ ...f, path: map(f.path), ...(f.previous ? { previous: map(f.previous) } : {}) }));
}

// EXTERNAL MODULE: ./src/plan/make-plan.ts
var make_plan = __webpack_require__(93129);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(48720);
// EXTERNAL MODULE: ./src/report/plan-view.ts
var plan_view = __webpack_require__(78817);
// EXTERNAL MODULE: ./src/select/changes.ts
var select_changes = __webpack_require__(32313);
;// CONCATENATED MODULE: ./src/commands/plan-action.ts










/** Resolves what the event selects and plans it; shared by `plan` and the engine commands. */
async function planForAction(settings) {
    const ctx = (0,github_event/* readRunContext */.$)();
    // Relative to the working directory so messages and annotations name `infra.yaml:12:5`.
    const manifestPath = (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(ctx.workspace, settings.manifest));
    const manifestDir = (0,external_node_path_.relative)(ctx.workspace, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(manifestPath)));
    let selection;
    if (settings.changedFiles) {
        const changes = (0,select_changes/* parseChangedFiles */.bM)(await (0,promises_.readFile)((0,external_node_path_.resolve)(ctx.workspace, settings.changedFiles), 'utf8'));
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
    core/* info */.pq(`Changes from ${selection.source}`);
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
        core/* info */.pq((0,plan_view/* renderPlanText */.$)(planned.document));
        return planned;
    });
    for (const w of document.warnings)
        core/* warning */.$e(w);
    core/* setOutput */.uH('stacks', JSON.stringify(document.stacks));
    core/* setOutput */.uH('waves', JSON.stringify(document.waves));
    core/* setOutput */.uH('matrix', JSON.stringify((0,plan/* planMatrix */.T)(manifest, selection)));
    core/* setOutput */.uH('has-stacks', document.stacks.length > 0 ? 'true' : 'false');
    core/* setOutput */.uH('plan', JSON.stringify(document));
    await core/* summary */.z.addRaw((0,plan_view/* renderPlanMarkdown */.d)(document)).write();
    if (document.errors.length > 0)
        throw new Error(document.errors.join('\n'));
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

/***/ 85015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (err) {
            throw new Error(`Could not read the event payload at GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}): ${err.message}`);
        }
    }
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        repository: { owner, repo },
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        payload,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    };
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
// EXTERNAL MODULE: ./src/commands/plan-action.ts + 2 modules
var plan_action = __webpack_require__(70872);
// EXTERNAL MODULE: ./src/promote/promote-action.ts + 2 modules
var promote_action = __webpack_require__(40565);
// EXTERNAL MODULE: ./src/cli-args.ts
var cli_args = __webpack_require__(87391);
;// CONCATENATED MODULE: ./src/inputs.ts


function getInputs() {
    const command = (core/* getInput */.V4('command') || 'plan').trim();
    if (!cli_args/* COMMANDS */.Lo.includes(command)) {
        throw new Error(`Invalid input 'command': "${command}". Expected one of: ${cli_args/* COMMANDS */.Lo.join(', ')}.`);
    }
    return {
        command: command,
        manifest: core/* getInput */.V4('manifest') || 'infra.yaml',
        githubToken: core/* getInput */.V4('github-token'),
        projects: (0,cli_args/* splitList */.ry)(core/* getInput */.V4('projects')),
        accounts: (0,cli_args/* splitList */.ry)(core/* getInput */.V4('accounts')),
        ref: core/* getInput */.V4('ref') || undefined,
        changedFiles: core/* getInput */.V4('changed-files') || undefined,
        raw: (name) => core/* getInput */.V4(name),
    };
}

// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __webpack_require__(52628);
;// CONCATENATED MODULE: ./src/main.ts






const engineAction = async (settings) => (await Promise.all(/* import() */[__webpack_require__.e(219), __webpack_require__.e(810)]).then(__webpack_require__.bind(__webpack_require__, 37810))).engineAction(settings);
/** Commands this build can run as an action; engine and auth commands load their modules lazily. */
const handlers = {
    plan: plan_action/* planAction */.y,
    verify: async (settings) => (await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(600), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 12584))).verifyAction(settings),
    preview: engineAction,
    up: engineAction,
    refresh: engineAction,
    destroy: engineAction,
    'promote-check': promote_action/* promoteCheckAction */.N,
};
/** The action's entry: read inputs, dispatch, and fail the step once with a message for people. */
async function run() {
    try {
        const settings = getInputs();
        const handler = handlers[settings.command];
        if (!handler)
            throw new Error(`Invalid input 'command': "${settings.command}" is not available in this build yet.`);
        await handler(settings);
    }
    catch (err) {
        if (err instanceof types/* ManifestError */.S) {
            for (const p of err.problems) {
                core/* error */.z3(p.message, { title: `infra.yaml: ${p.key || 'manifest'}`, file: (0,external_node_path_.relative)(process.env.GITHUB_WORKSPACE ?? process.cwd(), p.file), startLine: p.line || undefined, startColumn: p.column || undefined });
            }
        }
        core/* setFailed */.C1(err.message);
        process.exitCode = err.exitCode ?? (err instanceof types/* ManifestError */.S ? 2 : 1);
    }
}


/***/ }),

/***/ 40565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ promoteCheckAction),
  O: () => (/* binding */ readForce)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
// EXTERNAL MODULE: ./src/manifest/load.ts + 3 modules
var load = __webpack_require__(99978);
// EXTERNAL MODULE: ./src/programs-dir.ts
var programs_dir = __webpack_require__(29432);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(16887);
;// CONCATENATED MODULE: ./src/promote/guard.ts
/** Thrown for requests that cannot be judged (unknown account, bad SHA, force without reason). */
class PromotionInputError extends Error {
}
const SHA = /^[0-9a-f]{40}$/;
/** The target account and the one before it in promotion order (undefined for the first). */
function promotionPath(manifest, to) {
    const i = manifest.accounts.findIndex((a) => a.name === to);
    if (i < 0) {
        throw new PromotionInputError(`Invalid input 'accounts' (the promotion target): "${to}" is not an account in ${manifest.file}. Expected one of: ${manifest.accounts.map((a) => a.name).join(', ')}.`);
    }
    return { target: manifest.accounts[i], previous: i > 0 ? manifest.accounts[i - 1] : undefined };
}
/** Checks the request's own shape before any record is read. */
function checkRequest(req) {
    if (!SHA.test(req.sha)) {
        throw new PromotionInputError(`Invalid input 'ref': "${req.sha}" is not a full commit SHA. Promotions name the exact commit (40 hex characters); resolve tags and branches with git rev-parse first.`);
    }
    if (req.force && req.reason.trim() === '') {
        throw new PromotionInputError(`Input 'force' is true but 'reason' is empty. A forced promotion skips the check that ${req.sha.slice(0, 7)} succeeded in the account before '${req.to}'; say why in 'reason' (it is recorded in the job summary and the deployment).`);
    }
}
/**
 * Decides from the previous account's deployments of this commit (`records`, any order) and the
 * newest deployment there of any commit (`latest`, only for the message). The newest record of the
 * commit decides: a successful re-run after a failure counts, a failed re-deploy after a success
 * does not.
 */
function decidePromotion(req, previous, records, latest) {
    checkRequest(req);
    const short = req.sha.slice(0, 7);
    if (!previous) {
        return { allowed: true, message: `${req.to} is the first account in promotion order; there is no earlier account to check.` };
    }
    const mine = records.filter((r) => r.sha === req.sha).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    const newest = mine[0];
    if (newest?.state === 'success') {
        return { allowed: true, previous, evidence: newest, message: `${short} succeeded in ${previous.name} (deployment #${newest.id}, ${newest.createdAt}); promoting it to ${req.to}.` };
    }
    let why;
    if (!newest) {
        const last = latest && latest.sha !== req.sha ? ` (${previous.name} last ran ${latest.sha.slice(0, 7)}, deployment #${latest.id}, ${latest.state ?? 'no status'})` : '';
        why = `it was never deployed to ${previous.name} (environment "${previous.environment}")${last}`;
    }
    else if (newest.state === 'in_progress' || newest.state === 'queued' || newest.state === 'pending' || newest.state === undefined) {
        why = `its deployment to ${previous.name} (#${newest.id}) has not finished (${newest.state ?? 'no status yet'})`;
    }
    else {
        why = `its latest deployment to ${previous.name} (#${newest.id}, ${newest.createdAt}) ended in ${newest.state}`;
    }
    if (req.force) {
        return { allowed: true, previous, forced: { reason: req.reason.trim() }, message: `Forced: ${short} goes to ${req.to} although ${why}. Reason: ${req.reason.trim()}` };
    }
    return { allowed: false, previous, message: `Refusing to promote ${short} to ${req.to}: ${why}. Deploy this exact commit to ${previous.name} first, or run again with force: true and a reason.` };
}

;// CONCATENATED MODULE: ./src/promote/check.ts


/** Reads the previous account's deployment records from GitHub and applies the guard. */
async function checkPromotion(client, repo, manifest, req) {
    checkRequest(req);
    const { previous } = promotionPath(manifest, req.to);
    if (!previous)
        return decidePromotion(req, undefined, []);
    const records = await (0,deployments/* listDeployments */.Jn)(client, repo, { environment: previous.environment, sha: req.sha });
    let latest;
    if (records.length === 0) {
        const page = await client.rest.repos.listDeployments({ ...repo, environment: previous.environment, per_page: 1 });
        const d = page.data[0];
        if (d) {
            const s = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
            latest = { id: d.id, sha: d.sha, ref: d.ref, environment: previous.environment, createdAt: d.created_at, payload: {}, state: s.data[0]?.state };
        }
    }
    return decidePromotion(req, previous, records, latest);
}

;// CONCATENATED MODULE: ./src/promote/promote-action.ts








/** `force` and `reason` as the promotion guard and the deployment record read them. */
function readForce(raw) {
    const value = raw('force').trim().toLowerCase();
    if (value !== '' && value !== 'true' && value !== 'false')
        throw new PromotionInputError(`Invalid input 'force': "${value}". Expected true or false.`);
    return { force: value === 'true', reason: raw('reason').trim() };
}
/**
 * `command: promote-check` — refuses (fails the step) unless the commit in `ref` succeeded in the
 * account before the one in `accounts`; `force: true` with a `reason` lets it through, recorded.
 */
async function promoteCheckAction(settings) {
    if (settings.accounts.length !== 1) {
        throw new PromotionInputError(`Invalid input 'accounts': promote-check needs exactly one target account, got ${settings.accounts.length ? settings.accounts.join(', ') : 'none'}.`);
    }
    const ctx = (0,github_event/* readRunContext */.$)();
    const req = { to: settings.accounts[0], sha: (settings.ref ?? '').trim(), ...readForce(settings.raw) };
    const manifest = await (0,load/* loadManifest */.e)((0,external_node_path_.resolve)(ctx.workspace, settings.manifest), { builtins: (0,programs_dir/* builtinPrograms */.J)() });
    const { target } = promotionPath(manifest, req.to);
    const decision = await core/* group */.Os('Checking the promotion', () => checkPromotion((0,client/* createGitHubClient */.L)(settings.githubToken), ctx.repository, manifest, req));
    core/* setOutput */.uH('promotion', JSON.stringify({ to: req.to, environment: target.environment, sha: req.sha, allowed: decision.allowed, forced: 'forced' in decision ? decision.forced : undefined, message: decision.message }));
    const actor = process.env.GITHUB_ACTOR ?? 'unknown';
    const heading = decision.allowed ? ('forced' in decision && decision.forced ? '⚠️ Forced promotion' : '✅ Promotion allowed') : '⛔ Promotion refused';
    await core/* summary */.z
        .addHeading(`${heading}: ${req.sha.slice(0, 7)} → ${req.to}`, 3)
        .addRaw(`${escapeMd(decision.message)}\n\nRequested by @${escapeMd(actor)}.\n`)
        .write();
    if (!decision.allowed)
        throw new Error(decision.message);
    if ('forced' in decision && decision.forced)
        core/* warning */.$e(decision.message, { title: `Forced promotion to ${req.to}` });
    else
        core/* info */.pq(decision.message);
}
function escapeMd(s) {
    return s.replace(/[<>&`*_[\]|\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}


/***/ })

};
