export const id = 565;
export const ids = [565];
export const modules = {

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

/***/ 40565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteCheckAction: () => (/* binding */ promoteCheckAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
// EXTERNAL MODULE: ./src/github/log.ts
var log = __webpack_require__(53385);
// EXTERNAL MODULE: ./src/manifest/load.ts + 4 modules
var load = __webpack_require__(41250);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/programs-dir.ts
var programs_dir = __webpack_require__(29432);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(16887);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/promote/guard.ts

/** Thrown for requests that cannot be judged (unknown account, bad SHA, force without reason). */
class PromotionInputError extends errors/* BadInput */.kp {
    name = 'PromotionInputError';
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










/**
 * `command: promote-check` — refuses (fails the step) unless the commit in `ref` succeeded in the
 * account before the one in `accounts`; `force: true` with a `reason` lets it through, recorded.
 */
async function promoteCheckAction(settings) {
    if (settings.accounts.length !== 1) {
        throw new PromotionInputError(`Invalid input 'accounts': promote-check needs exactly one target account, got ${settings.accounts.length ? settings.accounts.join(', ') : 'none'}.`);
    }
    if (!settings.githubToken)
        throw new PromotionInputError("Invalid input 'github-token': empty. promote-check reads the repository's deployments; leave the input at its default (${{ github.token }}) or pass a token with deployments: read.");
    const ctx = (0,github_event/* readRunContext */.$)();
    const req = { to: settings.accounts[0], sha: (settings.ref ?? '').trim(), force: settings.force, reason: settings.reason };
    const manifest = await (0,load/* loadManifest */.e)((0,external_node_path_.resolve)(ctx.workspace, settings.manifest), { builtins: (0,programs_dir/* builtinPrograms */.J)() });
    const { target } = promotionPath(manifest, req.to);
    const decision = await core/* group */.Os('Checking the promotion', () => checkPromotion((0,client/* createGitHubClient */.L)(settings.githubToken), ctx.repository, manifest, req));
    core/* setOutput */.uH('promotion', JSON.stringify({ to: req.to, environment: target.environment, sha: req.sha, allowed: decision.allowed, forced: 'forced' in decision ? decision.forced : undefined, message: decision.message }));
    const actor = process.env.GITHUB_ACTOR ?? 'unknown';
    const heading = decision.allowed ? ('forced' in decision && decision.forced ? '⚠️ Forced promotion' : '✅ Promotion allowed') : '⛔ Promotion refused';
    await core/* summary */.z
        .addHeading(`${heading}: ${(0,report_escape/* escapeInline */.VV)(req.sha.slice(0, 7))} → ${(0,report_escape/* escapeInline */.VV)(req.to)}`, 3)
        .addRaw(`${(0,report_escape/* escapeInline */.VV)(decision.message, 4000)}\n\nRequested by @${(0,report_escape/* escapeInline */.VV)(actor)}.\n`)
        .write();
    if (!decision.allowed)
        throw new Error(decision.message);
    if ('forced' in decision && decision.forced)
        (0,log/* logWarning */.FF)(decision.message, { title: `Forced promotion to ${req.to}` });
    else
        (0,log/* logText */.kc)(decision.message);
}


/***/ })

};
