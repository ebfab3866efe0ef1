export const id = 91;
export const ids = [91];
export const modules = {

/***/ 3091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/client.ts

/** An Octokit for the GitHub API the run talks to (GITHUB_API_URL: github.com, GHES, or a test server). */
function createGitHubClient(token) {
    return (0,github/* getOctokit */.Q)(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/github/event.ts

function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
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

// EXTERNAL MODULE: ./src/plan/make-plan.ts + 5 modules
var make_plan = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(8720);
// EXTERNAL MODULE: ./src/report/plan-view.ts
var plan_view = __webpack_require__(8817);
// EXTERNAL MODULE: ./src/select/changes.ts
var select_changes = __webpack_require__(2313);
;// CONCATENATED MODULE: ./src/commands/plan-action.ts










/** Resolves what the event selects and plans it; shared by `plan` and the engine commands. */
async function planForAction(settings) {
    const ctx = readRunContext();
    const manifestPath = (0,external_node_path_.resolve)(ctx.workspace, settings.manifest);
    const manifestDir = (0,external_node_path_.relative)(ctx.workspace, (0,external_node_path_.dirname)(manifestPath));
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
        const client = settings.githubToken ? createGitHubClient(settings.githubToken) : undefined;
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

// EXTERNAL MODULE: ./src/cli-args.ts
var cli_args = __webpack_require__(7391);
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
var types = __webpack_require__(2628);
;// CONCATENATED MODULE: ./src/main.ts





/** Commands this build can run as an action; engine and auth commands load their modules lazily. */
const handlers = {
    plan: planAction,
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
        process.exitCode = err instanceof types/* ManifestError */.S ? 2 : 1;
    }
}


/***/ })

};
