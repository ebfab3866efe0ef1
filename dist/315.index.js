export const id = 315;
export const ids = [315];
export const modules = {

/***/ 83315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftAction: () => (/* binding */ driftAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/drift/model.ts
var model = __webpack_require__(38374);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/drift/summary.ts


const STATE_TEXT = { drifted: '⚠️ drifted', 'in-sync': '✅ in sync', failed: '❌ check failed', skipped: '⏭️ skipped', cancelled: '⏹️ cancelled' };
/** The job summary of a drift run: one table of every stack, drifted first. */
function renderDriftSummary(report, issues = new Map(), runUrl) {
    const lines = [
        `## Drift: ${report.drifted.length} of ${report.stacks.length} stack${report.stacks.length === 1 ? '' : 's'} drifted`,
        '',
        '| Stack | Account | Region | State | Drifted resources | Issue |',
        '| --- | --- | --- | --- | --- | --- |',
    ];
    for (const s of (0,model/* driftFirst */.uV)(report.stacks)) {
        const resources = s.resources.slice(0, 10).map((r) => `${(0,report_escape/* escapeInline */.VV)(r.name, 80)}${(0,model/* propertiesText */.Vt)(r) ? ` (${(0,report_escape/* escapeInline */.VV)((0,model/* propertiesText */.Vt)(r), 200)})` : ''}`);
        if (s.resources.length > 10)
            resources.push(`… ${s.resources.length - 10} more`);
        const issue = issues.get(s.stack);
        const detail = s.state === 'failed' || s.state === 'skipped' || s.state === 'cancelled' ? (0,report_escape/* escapeInline */.VV)(s.error ?? '', 200) : resources.join('<br>');
        lines.push(`| ${(0,report_escape/* escapeInline */.VV)(s.stack)} | ${(0,report_escape/* escapeInline */.VV)(s.account)} | ${(0,report_escape/* escapeInline */.VV)(s.region)} | ${STATE_TEXT[s.state]} | ${detail || '–'} | ${issue ? `[#${issue.number}](${encodeURI(issue.url)}) ${issue.action}` : '–'} |`);
    }
    if (runUrl)
        lines.push('', `[Run log](${encodeURI(runUrl)})`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/drift/issue.ts



/**
 * The GitHub issue of one drifted stack, pure. The first line is a hidden marker naming the
 * stack: it is how a later run finds the issue again (among open issues labelled `drift` that our
 * own identity created). Everything from the program or the cloud (names, types, property paths)
 * is escaped: a resource named `</details>` or `@team` is shown, never obeyed.
 */
const MARKER = '<!-- infra-action:drift stack=';
const SIGNATURE = '<!-- infra-action:drift-signature ';
/** GitHub refuses issue and comment bodies over 65,536 characters; stay well below. */
const BODY_LIMIT = 60_000;
/** The label every drift issue carries, and the account label beside it. */
const DRIFT_LABEL = 'drift';
const accountLabel = (account) => `account:${account}`;
function driftMarker(stack) {
    return `${MARKER}${encodeURIComponent(stack).replace(/%2F/g, "/")} -->`;
}
/** The stack a body's marker names, or undefined when the body is not a drift issue of ours. */
function parseDriftMarker(body) {
    if (typeof body !== 'string' || !body.startsWith(MARKER))
        return undefined;
    const end = body.indexOf(' -->');
    if (end < 0)
        return undefined;
    try {
        return decodeURIComponent(body.slice(MARKER.length, end));
    }
    catch {
        return undefined;
    }
}
/** A short digest of what drifted (resources, ops, property paths): tells "drifted again differently" from "still the same drift". */
function driftSignature(s) {
    const canonical = s.resources
        .map((r) => `${r.urn}|${r.op}|${r.properties.map((p) => `${p.path}:${p.kind}`).sort().join(',') || r.keys.slice().sort().join(',')}`)
        .sort()
        .join('\n');
    return (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 16);
}
/** The signature recorded in an issue body, if any. */
function parseDriftSignature(body) {
    const m = typeof body === 'string' ? /<!-- infra-action:drift-signature ([0-9a-f]+) -->/.exec(body) : null;
    return m?.[1];
}
function driftIssueTitle(s) {
    return `Drift: ${s.stack}`;
}
const cell = (text, max = 200) => (0,report_escape/* escapeInline */.VV)(text, max) || '–';
const when = (iso) => iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
const shortSha = (sha) => (/^[0-9a-f]{7,40}$/i.test(sha) ? sha.slice(0, 7) : (0,report_escape/* escapeInline */.VV)(sha, 40));
/** What the issue says about the last manual deployment. */
function manualText(s, m) {
    if (!m)
        return `No manual deployment is recorded for **${cell(s.account)}**.`;
    const flags = [m.dirty ? 'from a working tree with uncommitted changes' : '', m.offDefaultBranch ? 'of a commit that is not on the default branch' : ''].filter(Boolean);
    const covered = m.stacks.includes(s.stack) ? 'including this stack' : `of ${m.stacks.length} other stack${m.stacks.length === 1 ? '' : 's'}`;
    return `**Last manual deployment:** ${cell(m.actor, 100)} ran \`up\` on ${when(m.at)} at commit ${shortSha(m.sha)} (${covered})${flags.length ? `, ${flags.join(' and ')}` : ''}. A manual deploy that was not followed by the pipeline is a likely cause.`;
}
/** The issue body: marker, what drifted (as many rows as fit under GitHub's limit), last seen, manual deploys, what to do. */
function driftIssueBody(s, ctx) {
    const head = [
        driftMarker(s.stack),
        `${SIGNATURE}${driftSignature(s)} -->`,
        `The real resources of stack **${cell(s.stack)}** (account **${cell(s.account)}**, region **${cell(s.region)}**) differ from what its program describes: \`pulumi preview --refresh --expect-no-changes\` found ${s.resources.length} drifted resource${s.resources.length === 1 ? '' : 's'}.`,
        '',
        '| Resource | Type | Finding | Properties that differ |',
        '| --- | --- | --- | --- |',
    ];
    const seen = `**Last seen:** ${when(ctx.now)}${ctx.runUrl ? ` in [this run](${encodeURI(ctx.runUrl)})` : ''}${ctx.sha ? ` at commit ${shortSha(ctx.sha)}` : ''}.`;
    const tail = [
        '',
        seen,
        '',
        manualText(s, ctx.lastManual),
        '',
        '**What to do:** if the change was intended, put it in the program or the stack config and let the pipeline deploy it; if not, deploy the default branch to this account again (the pipeline, or `infra-action up` with this account and project) to put the resources back.',
        '',
        '<sub>Written by infra-action: every drift run updates this issue, and the first run that finds the stack in sync closes it. Edits to this text are overwritten.</sub>',
    ];
    const rows = [];
    let size = [...head, ...tail].join('\n').length + 200;
    for (const [i, r] of s.resources.entries()) {
        const row = `| ${cell(r.name)} | ${cell(r.type)} | ${cell(model/* DRIFT_OP_TEXT */.Si[r.op] ?? r.op)} | ${cell((0,model/* propertiesText */.Vt)(r), 2000)} |`;
        if (size + row.length + 1 > BODY_LIMIT) {
            rows.push(`| … and ${s.resources.length - i} more resources | | | see the run's job summary and log |`);
            break;
        }
        rows.push(row);
        size += row.length + 1;
    }
    return [...head, ...rows, ...tail].join('\n');
}
/** The comment a run leaves when the drift changed since the issue was last written. */
function driftChangedComment(s, ctx) {
    const names = s.resources.slice(0, 20).map((r) => cell(r.name, 80));
    return `The drift changed on ${when(ctx.now)}${ctx.runUrl ? ` ([run](${encodeURI(ctx.runUrl)}))` : ''}: now ${s.resources.length} resource${s.resources.length === 1 ? '' : 's'} (${names.join(', ')}${s.resources.length > 20 ? ', …' : ''}). The issue text above shows the latest diff.`;
}
/** The comment a run leaves before closing the issue of a stack that is in sync again. */
function driftResolvedComment(s, ctx) {
    return `No drift any more: on ${when(ctx.now)}${ctx.runUrl ? ` ([run](${encodeURI(ctx.runUrl)}))` : ''} the real resources of **${cell(s.stack)}** match its program. Closing.`;
}

;// CONCATENATED MODULE: ./src/github/drift-issues.ts

const sameLogin = (a, b) => (a ?? '').toLowerCase() === b.toLowerCase();
/** Our open drift issues by stack, oldest first; every page of the list. */
async function findDriftIssues(client, repo, author) {
    const listed = (await client.paginate('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'open', labels: DRIFT_LABEL, creator: author, per_page: 100 }));
    const byStack = new Map();
    for (const i of listed) {
        // The creator filter is GitHub's; the author check is ours, so a wrong filter cannot hand us someone else's issue.
        if (i.pull_request || !sameLogin(i.user?.login ?? undefined, author))
            continue;
        const stack = parseDriftMarker(i.body);
        if (!stack)
            continue;
        byStack.set(stack, [...(byStack.get(stack) ?? []), { number: i.number, url: i.html_url, stack, body: i.body ?? '' }]);
    }
    for (const list of byStack.values())
        list.sort((a, b) => a.number - b.number);
    return byStack;
}
/** Applies a drift report to the issues; per-stack API failures are collected, never thrown. */
async function syncDriftIssues(client, report, opts) {
    const { repo } = opts;
    const result = { stacks: [], duplicatesClosed: [], errors: [] };
    const open = await findDriftIssues(client, repo, opts.author);
    const ctxFor = (s) => ({ ...opts.context, lastManual: opts.lastManual?.(s.account) ?? opts.context.lastManual });
    for (const s of report.stacks) {
        if (s.state !== 'drifted' && s.state !== 'in-sync') {
            const kept = open.get(s.stack)?.[0];
            result.stacks.push({ stack: s.stack, action: 'none', ...(kept ? { issue: { number: kept.number, url: kept.url } } : {}), message: `not checked (${s.state}); its issue is left as it is` });
            continue;
        }
        try {
            const [issue, ...duplicates] = open.get(s.stack) ?? [];
            // A second issue for one stack can only come from two runs racing; keep the oldest.
            for (const d of duplicates) {
                await comment(client, repo, d.number, `Duplicate of #${issue.number}, which tracks the drift of this stack. Closing.`);
                await drift_issues_close(client, repo, d.number, 'not_planned');
                result.duplicatesClosed.push(d.number);
            }
            if (s.state === 'drifted')
                result.stacks.push(await upsert(client, s, issue, ctxFor(s), opts));
            else if (issue) {
                await comment(client, repo, issue.number, driftResolvedComment(s, ctxFor(s)));
                await drift_issues_close(client, repo, issue.number, 'completed');
                result.stacks.push({ stack: s.stack, action: 'closed', issue: { number: issue.number, url: issue.url } });
            }
            else
                result.stacks.push({ stack: s.stack, action: 'none' });
        }
        catch (err) {
            const message = `could not update the drift issue of ${s.stack}: ${describe(err)}`;
            result.errors.push(message);
            result.stacks.push({ stack: s.stack, action: 'error', message });
        }
    }
    return result;
}
async function upsert(client, s, issue, ctx, opts) {
    const { repo } = opts;
    const body = driftIssueBody(s, ctx);
    if (issue) {
        const changed = parseDriftSignature(issue.body) !== driftSignature(s);
        await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: issue.number, body, title: driftIssueTitle(s) });
        if (changed)
            await comment(client, repo, issue.number, driftChangedComment(s, ctx));
        return { stack: s.stack, action: 'updated', issue: { number: issue.number, url: issue.url } };
    }
    const labels = [DRIFT_LABEL, accountLabel(s.account)];
    let created;
    try {
        // No automatic retry: a create whose answer was lost may have happened, and a retry would open a second issue.
        const res = await client.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: driftIssueTitle(s), body, labels, request: { retries: 0 } });
        created = res.data;
    }
    catch (err) {
        const again = (await findDriftIssues(client, repo, opts.author)).get(s.stack)?.[0];
        if (!again)
            throw err;
        opts.log?.(`Creating the drift issue of ${s.stack} answered ${describe(err)}, but the issue exists (#${again.number}); using it.`);
        return { stack: s.stack, action: 'created', issue: { number: again.number, url: again.url } };
    }
    const names = (created.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name));
    if (!names.includes(DRIFT_LABEL)) {
        // GitHub drops labels silently for tokens without push access; without the label the next run cannot find the issue.
        throw new Error(`issue #${created.number} was created without the '${DRIFT_LABEL}' label (the token may not set labels), so later runs cannot find it; give the job 'issues: write'`);
    }
    return { stack: s.stack, action: 'created', issue: { number: created.number, url: created.html_url } };
}
async function comment(client, repo, issue, body) {
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, body });
}
async function drift_issues_close(client, repo, issue, reason) {
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: issue, state: 'closed', state_reason: reason });
}
function describe(err) {
    const e = err;
    return `${e.status ? `${e.status} ` : ''}${e.message ?? String(err)}`;
}
/**
 * Our login on GitHub: the token's user (`GET /user`) for personal tokens; GitHub's installation
 * tokens (GITHUB_TOKEN, GitHub Apps) cannot read it, so then `fallback` — `github-actions[bot]`
 * for GITHUB_TOKEN, `<app-slug>[bot]` for an app (the `issue-author` input).
 */
async function ownLogin(client, fallback) {
    try {
        const res = await client.request('GET /user');
        const login = res.data.login;
        if (login)
            return login;
    }
    catch (err) {
        const status = err.status;
        if (status !== 401 && status !== 403 && status !== 404)
            throw err;
    }
    return fallback;
}

// EXTERNAL MODULE: ./src/github/comment-publish.ts + 8 modules
var comment_publish = __webpack_require__(86187);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/commands/drift-run.ts
var drift_run = __webpack_require__(41525);
;// CONCATENATED MODULE: ./src/commands/drift-manual.ts
/**
 * The newest manual deployment of each account with drifted stacks: one page (the 100 newest
 * deployments) of that account's environment. Read failures are warnings: the issue then says
 * nothing is recorded rather than failing the drift run.
 */
async function lastManualDeployments(client, repo, manifest, report, warn) {
    const found = new Map();
    const accounts = new Set(report.stacks.filter((s) => s.state === 'drifted').map((s) => s.account));
    for (const account of manifest.accounts.filter((a) => accounts.has(a.name))) {
        try {
            const res = await client.request('GET /repos/{owner}/{repo}/deployments', { ...repo, environment: account.environment, per_page: 100 });
            for (const d of res.data) {
                const payload = (typeof d.payload === 'object' && d.payload !== null ? d.payload : {});
                if (!payload.manual || typeof payload.manual.actor !== 'string')
                    continue;
                found.set(account.name, {
                    actor: payload.manual.actor,
                    sha: d.sha,
                    at: d.created_at,
                    stacks: Array.isArray(payload.stacks) ? payload.stacks.filter((x) => typeof x === 'string') : [],
                    dirty: payload.manual.dirty === true,
                    offDefaultBranch: payload.manual.onDefaultBranch === false,
                });
                break;
            }
        }
        catch (err) {
            warn(`Could not read the deployments of ${account.environment} (${err.message}); the drift issue cannot name the last manual deployment.`);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/commands/drift-action.ts











/**
 * `command: drift` — check every stack in scope, keep one issue per drifted stack, write the job
 * summary (every stack, drifted first) and the outputs `drifted`, `has-drift` and `drift-json`.
 * Fails (exit 1) when a check failed or the issues could not be written; drift itself is a finding.
 */
async function driftAction(settings) {
    const ctx = (0,github_event/* readRunContext */.$)();
    const manifestPath = (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(ctx.workspace, settings.manifest));
    const plan = await core/* group */.Os('Planning the drift check', () => (0,drift_run/* planDrift */.nv)({ manifestPath, ref: settings.ref ?? ctx.ref, accounts: settings.accounts, projects: settings.projects }));
    for (const w of [...plan.document.warnings, (0,drift_run/* deployRolesWarning */.jl)(plan)])
        if (w)
            core/* warning */.$e(w);
    const run = await (0,drift_run/* runDrift */.le)(plan, { parallel: settings.parallel, pulumiVersion: settings.pulumiVersion }, {
        info: (m) => core/* info */.pq(m),
        warning: (m) => core/* warning */.$e(m),
        block: (title, text) => {
            core/* startGroup */.Oh(title);
            try {
                core/* info */.pq(text.trimEnd());
            }
            finally {
                core/* endGroup */.N4();
            }
        },
    });
    const secrets = [settings.githubToken, process.env.PULUMI_CONFIG_PASSPHRASE, process.env.PULUMI_ACCESS_TOKEN].filter((s) => !!s);
    const report = (0,model/* driftReport */.CP)((0,redact/* redactRun */.V)(run, secrets));
    core/* info */.pq((0,model/* renderDriftText */.j0)(report));
    core/* setOutput */.uH('drifted', JSON.stringify(report.drifted));
    core/* setOutput */.uH('has-drift', report.drifted.length > 0 ? 'true' : 'false');
    const runUrl = (0,comment_publish/* runUrlFromEnv */.kk)();
    const links = new Map();
    const problems = [];
    if (!settings.issues)
        core/* info */.pq('Drift issues are off (input issues: false).');
    else if (!settings.githubToken)
        problems.push("no GitHub token: set the input 'github-token' so drift issues can be written");
    else {
        const client = (0,github_client/* createGitHubClient */.L)(settings.githubToken, { onRetry: (m) => core/* info */.pq(m) });
        const synced = await core/* group */.Os('Updating the drift issues', async () => {
            const author = await ownLogin(client, settings.issueAuthor);
            const manual = await lastManualDeployments(client, ctx.repository, plan.manifest, report, (m) => core/* warning */.$e(m));
            return syncDriftIssues(client, report, { repo: ctx.repository, author, context: { now: new Date().toISOString(), runUrl, sha: ctx.sha || undefined }, lastManual: (a) => manual.get(a), log: (m) => core/* info */.pq(m) });
        });
        for (const s of synced.stacks) {
            if (s.issue)
                links.set(s.stack, { ...s.issue, action: s.action === 'none' ? 'open' : s.action });
            if (s.issue && s.action !== 'none')
                core/* info */.pq(`${s.stack}: issue #${s.issue.number} ${s.action}`);
        }
        if (synced.duplicatesClosed.length)
            core/* info */.pq(`Closed duplicate drift issues: ${synced.duplicatesClosed.map((n) => `#${n}`).join(', ')}`);
        problems.push(...synced.errors);
    }
    // The report with each stack's issue: drift.yml's summary job joins the accounts' reports into one table.
    core/* setOutput */.uH('drift-json', JSON.stringify({ ...report, stacks: report.stacks.map((s) => ({ ...s, ...(links.has(s.stack) ? { issue: links.get(s.stack) } : {}) })) }));
    for (const s of report.stacks.filter((x) => x.state === 'drifted'))
        core/* warning */.$e(`${s.resources.length} drifted resource(s): ${s.resources.map((r) => r.name).join(', ')}`, { title: `${s.stack}: drift` });
    try {
        await core/* summary */.z.addRaw(renderDriftSummary(report, links, runUrl)).write();
    }
    catch (err) {
        core/* warning */.$e(`Could not write the job summary: ${err.message}`);
    }
    const failed = report.stacks.filter((s) => s.state === 'failed' || s.state === 'cancelled' || s.state === 'skipped');
    if (failed.length)
        problems.unshift(`the drift check did not complete for ${failed.length} stack${failed.length === 1 ? '' : 's'}: ${failed.map((s) => `${s.stack} (${s.state})`).join(', ')}`);
    if (problems.length)
        throw new Error(problems.join('; '));
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
