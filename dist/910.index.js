export const id = 910;
export const ids = [910];
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

/***/ 86187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3: () => (/* binding */ publishReport),
  _n: () => (/* binding */ pullRequestOf),
  kk: () => (/* binding */ runUrlFromEnv)
});

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/report/model.ts
const REPLACE_OPS = ['replace', 'create-replacement', 'delete-replaced'];
function count(s, op) {
    const fromCounts = s.counts[op];
    if (typeof fromCounts === 'number')
        return fromCounts;
    return s.changes.filter((c) => c.op === op).length;
}
/** True when the account's deletes and replacements deserve a flag. */
function isProduction(account, ctx) {
    return ctx.productionAccounts ? ctx.productionAccounts.includes(account) : account === 'production';
}
/** The table row for one stack; replacements count once (not as create + delete). */
function summarizeStack(s, ctx) {
    const replace = s.counts.replace ?? s.changes.filter((c) => REPLACE_OPS.includes(c.op)).length;
    const summary = {
        stack: s.stack,
        account: s.account,
        region: s.region,
        status: s.status,
        create: count(s, 'create') + count(s, 'import'),
        update: count(s, 'update'),
        delete: count(s, 'delete'),
        replace,
        durationMs: s.durationMs,
    };
    const changed = summary.create + summary.update + summary.delete + summary.replace > 0;
    return { ...summary, changed, destructiveInProduction: isProduction(s.account, ctx) && summary.delete + summary.replace > 0 };
}
function totalsOf(rows) {
    const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
    return {
        stacks: rows.length,
        changedStacks: rows.filter((r) => r.changed).length,
        create: sum('create'),
        update: sum('update'),
        delete: sum('delete'),
        replace: sum('replace'),
        failed: rows.filter((r) => r.status === 'failed' || r.status === 'cancelled').length,
        skipped: rows.filter((r) => r.status === 'skipped').length,
    };
}
/** Formats a duration the way people read it: 850ms, 12.3s, 4m05s. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms <= 0)
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return `${m}m${String(s).padStart(2, '0')}s`;
}
/** True when any stack of the run changes a resource. */
function runHasChanges(run) {
    return run.stacks.some((s) => summarizeStack(s, {}).changed);
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


/** GitHub shows at most 10 error and 10 warning annotations per step; the rest would be lost. */
const PER_LEVEL = 10;
/**
 * Annotations for the run, named by stack: failures and error diagnostics as errors, warnings
 * and production deletes/replacements as warnings. Plain text (annotations are not Markdown).
 */
function annotationsFor(run, ctx = {}) {
    const errors = [];
    const warnings = [];
    for (const s of run.stacks) {
        const title = s.stack;
        if (s.status === 'failed' || s.status === 'cancelled')
            errors.push({ level: 'error', title, message: clean(s.error ?? `${s.operation} ${s.status}`) });
        for (const d of s.diagnostics) {
            if (d.severity === 'error' && clean(d.message) !== clean(s.error ?? ''))
                errors.push({ level: 'error', title, message: clean(d.message) });
            if (d.severity === 'warning')
                warnings.push({ level: 'warning', title, message: clean(d.message) });
        }
        const row = summarizeStack(s, ctx);
        if (row.destructiveInProduction)
            warnings.push({ level: 'warning', title, message: `${s.operation} deletes ${row.delete} and replaces ${row.replace} resource(s) in production account ${s.account}` });
    }
    const cap = (list) => (list.length <= PER_LEVEL ? list : [...list.slice(0, PER_LEVEL - 1), { ...list[0], title: 'infra-action', message: `${list.length - PER_LEVEL + 1} more ${list[0].level}s: see the job summary` }]);
    return [...cap(errors), ...cap(warnings)];
}
function clean(text) {
    const t = (0,report_escape/* stripAnsi */.aJ)(text).trim();
    return t.length > 2000 ? `${t.slice(0, 2000)}…` : t;
}

;// CONCATENATED MODULE: ./src/report/marker.ts
/**
 * The hidden marker that makes a PR comment ours and says which pipeline owns it: the manifest
 * path, the command and the account set. Comments with another key (another workflow, another
 * account set) or without a marker are never touched.
 */
const PREFIX = '<!-- infra-action:comment ';
/** A stable identifier for the key: order of accounts does not matter, case of names does. */
function commentKeyId(key) {
    const accounts = [...new Set(key.accounts)].sort().join(',');
    return encodeURIComponent(`${key.manifestPath}|${key.command}|${accounts || '*'}`);
}
/** The first line of every comment this action writes. */
function commentMarker(key) {
    return `${PREFIX}key=${commentKeyId(key)} -->`;
}
/** True when `body` is a comment written for exactly this key. */
function hasMarker(body, key) {
    return typeof body === 'string' && body.startsWith(commentMarker(key));
}
/** The key a comment body was written for, or undefined when it is not one of ours. */
function parseMarker(body) {
    if (typeof body !== 'string' || !body.startsWith(`${PREFIX}key=`))
        return undefined;
    const end = body.indexOf(' -->');
    if (end < 0)
        return undefined;
    let raw;
    try {
        raw = decodeURIComponent(body.slice(PREFIX.length + 4, end));
    }
    catch {
        return undefined;
    }
    const last = raw.lastIndexOf('|');
    const mid = raw.lastIndexOf('|', last - 1);
    if (mid < 0)
        return undefined;
    const accounts = raw.slice(last + 1);
    return { manifestPath: raw.slice(0, mid), command: raw.slice(mid + 1, last), accounts: accounts === '*' ? [] : accounts.split(',') };
}

;// CONCATENATED MODULE: ./src/report/comment.ts



/** GitHub rejects comment bodies over 65,536 characters; stay a little under. */
const COMMENT_LIMIT = 65_000;
const FULL = { unchangedDetails: true, maxResources: Infinity, details: true, maxRows: Infinity };
const OP_ICON = {
    create: '🟢 create',
    update: '🟡 update',
    delete: '🔴 delete',
    replace: '🟣 replace',
    'create-replacement': '🟣 create-replacement',
    'delete-replaced': '🟣 delete-replaced',
    import: '🔵 import',
    read: '⚪ read',
    refresh: '⚪ refresh',
    discard: '⚪ discard',
};
const STATUS_ICON = {
    succeeded: '✅ succeeded',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    cancelled: '⛔ cancelled',
};
/** Renders the PR comment for a run, degrading detail until it fits GitHub's limit. */
function renderComment(run, ctx, limit = COMMENT_LIMIT) {
    return fitReport(run, ctx, 'comment', limit, (s) => s.length);
}
/**
 * The most detailed rendering whose `measure` stays within `limit`, degrading in the order the
 * reader loses least: unchanged stacks' details, then the longest resource lists ("…and N more"),
 * then all details (the whole table stays), and only past that the table's tail.
 */
function fitReport(run, ctx, target, limit, measure, prefix = '') {
    const render = (level) => prefix + renderReport(run, ctx, level, target);
    const full = render(FULL);
    if (measure(full) <= limit)
        return { body: full, degradation: 0 };
    const noUnchanged = { ...FULL, unchangedDetails: false };
    const step1 = render(noUnchanged);
    if (measure(step1) <= limit)
        return { body: step1, degradation: 1 };
    const longest = Math.max(0, ...run.stacks.map((s) => s.changes.length));
    let lo = 0;
    let hi = longest;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(render({ ...noUnchanged, maxResources: mid })) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    // Fewer than a handful of rows per stack says little; the table alone reads better.
    if (lo >= 5)
        return { body: render({ ...noUnchanged, maxResources: lo }), degradation: 2 };
    const tableOnly = { ...noUnchanged, details: false };
    const step3 = render(tableOnly);
    if (measure(step3) <= limit)
        return { body: step3, degradation: 3 };
    let rows = run.stacks.length;
    let body = step3;
    while (measure(body) > limit && rows > 0) {
        rows = Math.floor(rows * 0.9);
        body = render({ ...tableOnly, maxRows: rows });
    }
    return { body, degradation: 4 };
}
/** The report as Markdown at a given level of detail; `comment` adds the hidden marker. */
function renderReport(run, ctx, level, target) {
    const rows = run.stacks.map((s) => summarizeStack(s, ctx));
    const totals = totalsOf(rows);
    const out = [];
    if (target === 'comment')
        out.push(commentMarker(ctx));
    out.push(headline(run, ctx, totals), '', contextLine(ctx, level, target), '');
    const flagged = rows.filter((r) => r.destructiveInProduction);
    if (flagged.length > 0) {
        out.push('> [!CAUTION]', `> **Production:** ${flagged.length} stack${flagged.length === 1 ? '' : 's'} delete or replace resources: ${flagged.map((r) => `<code>${(0,report_escape/* escapeInline */.VV)(r.stack)}</code>`).join(', ')}`, '');
    }
    out.push(...failureSection(run, level), ...stackTable(rows, level));
    if (level.details) {
        for (const s of run.stacks) {
            const row = rows.find((r) => r.stack === s.stack) ?? summarizeStack(s, ctx);
            const hasDiagnostics = s.diagnostics.some((d) => d.severity !== 'info');
            if (!row.changed && !(level.unchangedDetails && hasDiagnostics))
                continue;
            out.push(...stackDetails(s, row, level));
        }
    }
    if (target === 'comment')
        out.push('', fullOutputLine(ctx));
    return out.join('\n') + '\n';
}
function headline(run, ctx, t) {
    const icon = run.ok ? (t.changedStacks > 0 ? '🟡' : '✅') : '❌';
    const verdict = run.ok ? '' : ` failed (${t.failed} of ${t.stacks} stack${t.stacks === 1 ? '' : 's'})`;
    const [c, u, d, r] = run.operation === 'preview' ? ['to create', 'to update', 'to delete', 'to replace'] : ['created', 'updated', 'deleted', 'replaced'];
    const changes = `${t.create} ${c}, ${t.update} ${u}, ${t.delete} ${d}, ${t.replace} ${r}`;
    return `### ${icon} infra-action ${(0,report_escape/* escapeInline */.VV)(ctx.command)}${verdict} — ${changes}`;
}
function contextLine(ctx, level, target) {
    const parts = [`manifest <code>${(0,report_escape/* escapeInline */.VV)(ctx.manifestPath)}</code>`, `accounts: ${ctx.accounts.length ? ctx.accounts.map((a) => (0,report_escape/* escapeInline */.VV)(a)).join(', ') : 'all'}`];
    if (ctx.sha)
        parts.push(`commit <code>${(0,report_escape/* escapeInline */.VV)(ctx.sha.slice(0, 7))}</code>`);
    const shortened = target === 'comment' && (level !== FULL && (!level.details || level.maxResources !== Infinity || level.maxRows !== Infinity || !level.unchangedDetails));
    if (shortened)
        parts.push('**shortened to fit a comment**');
    return `<sub>${parts.join(' · ')}</sub>`;
}
function fullOutputLine(ctx) {
    if (!ctx.runUrl)
        return '<sub>The full report is in the job summary of this run.</sub>';
    const url = safeUrl(ctx.runUrl);
    return `<sub>Full report: [job summary](${url}) · [run logs](${url})</sub>`;
}
/** Only http(s) URLs without characters that could end the Markdown link. */
function safeUrl(url) {
    return /^https?:\/\/[^\s()<>"'`]+$/.test(url) ? url : '#';
}
function failureSection(run, level) {
    const failed = run.stacks.filter((s) => s.status === 'failed' || s.status === 'cancelled');
    const skipped = run.stacks.filter((s) => s.status === 'skipped');
    if (failed.length === 0 && skipped.length === 0)
        return [];
    const out = [];
    // Errors shrink with the details; past that, the failures are cut like the table.
    const errorChars = level.details ? 1500 : 300;
    const cap = Math.min(failed.length, level.maxRows === Infinity ? Infinity : Math.max(1, Math.floor(level.maxRows / 4)));
    for (const s of failed.slice(0, cap)) {
        out.push(`**${s.status === 'failed' ? 'Failed' : 'Cancelled'}:** <code>${(0,report_escape/* escapeInline */.VV)(s.stack)}</code>${s.attempts > 1 ? ` after ${s.attempts} attempts` : ''}`, '');
        const firstError = s.error ?? s.diagnostics.find((d) => d.severity === 'error')?.message;
        if (firstError)
            out.push(`<pre>${(0,report_escape/* escapePre */.j2)(firstError, errorChars)}</pre>`, '');
    }
    if (cap < failed.length)
        out.push(`…and ${failed.length - cap} more failed stacks (see the job summary)`, '');
    if (skipped.length > 0) {
        const names = skipped.slice(0, 50).map((s) => `<code>${(0,report_escape/* escapeInline */.VV)(s.stack)}</code>`);
        const more = skipped.length > 50 ? ` …and ${skipped.length - 50} more` : '';
        out.push(`**Skipped (${skipped.length}):** ${names.join(', ')}${more}`, '');
    }
    return out;
}
function stackTable(rows, level) {
    // Skipped stacks are listed once, in the failure section; the table shows what ran.
    const shown = rows.filter((r) => (r.changed || r.status !== 'succeeded') && r.status !== 'skipped');
    const unchanged = rows.filter((r) => !r.changed && r.status === 'succeeded');
    const out = [];
    if (shown.length > 0) {
        out.push('| Stack | Account | Region | Create | Update | Delete | Replace | Status | Duration |', '| --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: |');
        const cap = Math.min(shown.length, level.maxRows);
        for (const r of shown.slice(0, cap)) {
            const flag = r.destructiveInProduction ? ' ⚠️' : '';
            const del = r.delete > 0 && r.destructiveInProduction ? `**${r.delete}**` : String(r.delete);
            const rep = r.replace > 0 && r.destructiveInProduction ? `**${r.replace}**` : String(r.replace);
            out.push(`| <code>${(0,report_escape/* escapeInline */.VV)(r.stack)}</code>${flag} | ${(0,report_escape/* escapeInline */.VV)(r.account)} | ${(0,report_escape/* escapeInline */.VV)(r.region)} | ${r.create} | ${r.update} | ${del} | ${rep} | ${STATUS_ICON[r.status]} | ${formatDuration(r.durationMs)} |`);
        }
        if (cap < shown.length)
            out.push(`| …and ${shown.length - cap} more stacks (see the job summary) | | | | | | | | |`);
        out.push('');
    }
    if (unchanged.length > 0) {
        const names = level.maxRows === Infinity ? unchanged.map((r) => `<code>${(0,report_escape/* escapeInline */.VV)(r.stack)}</code>`).join(', ') : `${unchanged.length} stacks`;
        out.push(`**No changes (${unchanged.length}):** ${names}`, '');
    }
    else if (shown.length === 0 && rows.every((r) => r.status !== 'skipped')) {
        out.push('No stacks ran.', '');
    }
    return out;
}
function stackDetails(s, row, level) {
    const counts = `+${row.create} ~${row.update} -${row.delete} ±${row.replace}`;
    const out = ['<details>', `<summary><b>${(0,report_escape/* escapeInline */.VV)(s.stack)}</b> — ${counts} · ${STATUS_ICON[s.status]}</summary>`, ''];
    if (s.changes.length > 0) {
        out.push('| Operation | Type | Name | Changed keys |', '| --- | --- | --- | --- |');
        const shown = s.changes.slice(0, level.maxResources);
        for (const c of shown) {
            const keys = c.diffKeys.map((k) => (c.replaceKeys.includes(k) ? `<b>${(0,report_escape/* escapeInline */.VV)(k, 60)}</b>` : (0,report_escape/* escapeInline */.VV)(k, 60)));
            const keyText = keys.length > 8 ? `${keys.slice(0, 8).join(', ')} …+${keys.length - 8}` : keys.join(', ');
            out.push(`| ${OP_ICON[c.op] ?? (0,report_escape/* escapeInline */.VV)(c.op)} | <code>${(0,report_escape/* escapeInline */.VV)(c.type, 120)}</code> | <code>${(0,report_escape/* escapeInline */.VV)(c.name, 120)}</code> | ${keyText} |`);
        }
        if (shown.length < s.changes.length)
            out.push(`| …and ${s.changes.length - shown.length} more | | | |`);
        out.push('');
    }
    const diags = s.diagnostics.filter((d) => d.severity !== 'info' || s.status !== 'succeeded');
    if (diags.length > 0) {
        out.push('**Diagnostics**', '');
        for (const d of diags.slice(0, 20))
            out.push(`<pre>${d.severity}: ${(0,report_escape/* escapePre */.j2)(d.message, 1000)}</pre>`);
        if (diags.length > 20)
            out.push(`…and ${diags.length - 20} more diagnostics (see the job summary)`);
        out.push('');
    }
    out.push('</details>', '');
    return out;
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts


const CLASSES = [
    'classDef changed fill:#fff4c2,stroke:#b58900,color:#222',
    'classDef unchanged fill:#e6f4ea,stroke:#2e7d32,color:#222',
    'classDef failed fill:#fde7e9,stroke:#c62828,color:#222',
    'classDef skipped fill:#eeeeee,stroke:#9e9e9e,color:#555,stroke-dasharray: 4 3',
];
function classOf(s) {
    if (s.status === 'failed' || s.status === 'cancelled')
        return 'failed';
    if (s.status === 'skipped')
        return 'skipped';
    return summarizeStack(s, {}).changed ? 'changed' : 'unchanged';
}
/**
 * A mermaid flowchart of the run: one box per account in promotion order, inside it the waves in
 * order, each stack a node coloured by its result.
 */
function renderMermaid(run, ctx) {
    const byName = new Map(run.stacks.map((s) => [s.stack, s]));
    const order = [...(ctx.promotionOrder ?? ctx.accounts)];
    for (const s of run.stacks)
        if (!order.includes(s.account))
            order.push(s.account);
    const waves = ctx.waves ?? order.map((a) => run.stacks.filter((s) => s.account === a).map((s) => s.stack));
    const ids = new Map();
    const id = (stack) => ids.get(stack) ?? (ids.set(stack, `s${ids.size}`), ids.get(stack));
    const lines = ['```mermaid', 'flowchart LR'];
    const accountIds = [];
    order.forEach((account, ai) => {
        const accountWaves = waves
            .map((w, wi) => ({ wi, stacks: w.map((n) => byName.get(n)).filter((s) => s?.account === account) }))
            .filter((w) => w.stacks.length > 0);
        if (accountWaves.length === 0)
            return;
        const aid = `a${ai}`;
        accountIds.push(aid);
        lines.push(`  subgraph ${aid}["${(0,report_escape/* escapeMermaid */.Fw)(account)}"]`, '    direction LR');
        const waveIds = [];
        for (const w of accountWaves) {
            const wid = `${aid}w${w.wi}`;
            waveIds.push(wid);
            lines.push(`    subgraph ${wid}["wave ${w.wi + 1}"]`);
            for (const s of w.stacks) {
                const label = `${s.project} · ${s.region}${s.status === 'succeeded' ? '' : ` · ${s.status}`}`;
                lines.push(`      ${id(s.stack)}["${(0,report_escape/* escapeMermaid */.Fw)(label)}"]:::${classOf(s)}`);
            }
            lines.push('    end');
        }
        for (let i = 1; i < waveIds.length; i++)
            lines.push(`    ${waveIds[i - 1]} --> ${waveIds[i]}`);
        lines.push('  end');
    });
    for (let i = 1; i < accountIds.length; i++)
        lines.push(`  ${accountIds[i - 1]} ==> ${accountIds[i]}`);
    lines.push(...CLASSES.map((c) => `  ${c}`), '```');
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/job-summary.ts


/** GitHub's job summary limit is 1 MiB per step; keep room for what other steps append. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
/** The job summary: the diagram, then the full report (degraded only past 1 MiB). */
function renderJobSummary(run, ctx, limitBytes = SUMMARY_LIMIT_BYTES) {
    // Mermaid stops rendering past ~50k characters of source; a huge run gets the table only.
    const diagram = renderMermaid(run, ctx);
    const prefix = diagram.length < 45_000 ? `${diagram}\n` : '';
    return fitReport(run, ctx, 'summary', limitBytes, (s) => Buffer.byteLength(s, 'utf8'), prefix).body;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts


/**
 * Machine-readable results: one entry per stack with its counts and its stack outputs (secret
 * values already `[secret]`, so later steps can read e.g. a service URL), no diffs.
 */
function reportOutputs(run, ctx = {}) {
    const stacks = run.stacks.map((s) => {
        const r = summarizeStack(s, ctx);
        return {
            stack: s.stack,
            project: s.project,
            account: s.account,
            region: s.region,
            operation: s.operation,
            status: s.status,
            create: r.create,
            update: r.update,
            delete: r.delete,
            replace: r.replace,
            changed: r.changed,
            durationMs: s.durationMs,
            outputs: s.outputs,
            ...(s.error ? { error: (0,report_escape/* stripAnsi */.aJ)(s.error) } : {}),
        };
    });
    return {
        'has-changes': stacks.some((s) => s.changed) ? 'true' : 'false',
        'summary-json': JSON.stringify({ operation: run.operation, ok: run.ok, stacks }),
    };
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
;// CONCATENATED MODULE: ./src/github/comment.ts

const PER_PAGE = 100;
/** Finds our comment for `key`, page by page, stopping at the first (oldest) match. */
async function findComment(client, pr, key, count = { calls: 0 }) {
    const found = [];
    for (let page = 1;; page++) {
        count.calls++;
        const res = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.pullNumber,
            per_page: PER_PAGE,
            page,
        });
        const items = res.data;
        found.push(...items.filter((c) => hasMarker(c.body, key)));
        const link = String(res.headers.link ?? '');
        if (found.length > 0 || items.length < PER_PAGE || !/rel="next"/.test(link))
            return found;
    }
}
/**
 * Creates or updates the comment for `key` with `body`. Costs one list call per page up to the
 * comment plus one PATCH (none when the body is unchanged); a create costs a second list to catch
 * a concurrent duplicate. Never throws for API errors: a read-only token gives `forbidden`.
 */
async function upsertComment(client, pr, key, body) {
    const count = { calls: 0 };
    try {
        const [existing] = await findComment(client, pr, key, count);
        if (existing) {
            if (existing.body === body)
                return { status: 'unchanged', url: existing.html_url, id: existing.id, apiCalls: count.calls };
            const updated = await patch(client, pr, existing.id, body, count);
            return { status: 'updated', url: updated.html_url, id: updated.id, apiCalls: count.calls };
        }
        count.calls++;
        const res = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: pr.owner, repo: pr.repo, issue_number: pr.pullNumber, body });
        const created = res.data;
        // Another job with the same key may have created its comment at the same moment.
        const all = await findAll(client, pr, key, count);
        const oldest = all.reduce((a, c) => (!a || c.id < a.id ? c : a), undefined);
        if (oldest && oldest.id !== created.id) {
            count.calls++;
            await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: pr.owner, repo: pr.repo, comment_id: created.id });
            const kept = await patch(client, pr, oldest.id, body, count);
            return { status: 'updated', url: kept.html_url, id: kept.id, apiCalls: count.calls };
        }
        return { status: 'created', url: created.html_url, id: created.id, apiCalls: count.calls };
    }
    catch (err) {
        const e = err;
        if (e.status === 403 || e.status === 404) {
            return { status: 'forbidden', message: `the token cannot write comments on ${pr.owner}/${pr.repo}#${pr.pullNumber} (${e.status}: ${e.message ?? 'forbidden'}); fork PRs get a read-only GITHUB_TOKEN, or the job lacks \`permissions: pull-requests: write\``, apiCalls: count.calls };
        }
        return { status: 'error', message: `could not write the PR comment on ${pr.owner}/${pr.repo}#${pr.pullNumber}: ${e.status ? `${e.status} ` : ''}${e.message ?? String(err)}`, apiCalls: count.calls };
    }
}
async function patch(client, pr, id, body, count) {
    count.calls++;
    const res = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: pr.owner, repo: pr.repo, comment_id: id, body });
    return res.data;
}
/** Every comment with the key, all pages (only after a create, to settle duplicates). */
async function findAll(client, pr, key, count) {
    const found = [];
    for (let page = 1;; page++) {
        count.calls++;
        const res = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: pr.owner, repo: pr.repo, issue_number: pr.pullNumber, per_page: PER_PAGE, page });
        const items = res.data;
        found.push(...items.filter((c) => hasMarker(c.body, key)));
        if (items.length < PER_PAGE || !/rel="next"/.test(String(res.headers.link ?? '')))
            return found;
    }
}

;// CONCATENATED MODULE: ./src/github/comment-publish.ts






/**
 * Publishes a run's results: job summary (with the diagram), annotations per stack, the outputs
 * `has-changes`, `summary-json` and `comment-url`, and the PR comment. A comment that cannot be
 * written (read-only token, API down after retries) is a warning, never a failed job.
 */
async function publishReport(engineResult, ctx, client, sink, options) {
    const run = (0,redact/* redactRun */.V)(engineResult, options.secrets ?? []);
    const outputs = reportOutputs(run, ctx);
    sink.setOutput('has-changes', outputs['has-changes']);
    sink.setOutput('summary-json', outputs['summary-json']);
    for (const a of annotationsFor(run, ctx))
        sink.annotate(a);
    try {
        await sink.summary(renderJobSummary(run, ctx));
    }
    catch (err) {
        sink.warning(`Could not write the job summary: ${err.message}`);
    }
    const result = {};
    if (options.comment && options.pullRequest && client) {
        const rendered = renderComment(run, ctx);
        result.commentChars = rendered.body.length;
        result.degradation = rendered.degradation;
        const upsert = await upsertComment(client, options.pullRequest, ctx, rendered.body);
        result.comment = upsert;
        if (!('url' in upsert)) {
            sink.warning(`No PR comment: ${upsert.message}. The results are in the job summary${ctx.runUrl ? ` (${ctx.runUrl})` : ''}.`);
        }
        else {
            result.commentUrl = upsert.url;
            sink.info(`PR comment ${upsert.status}: ${upsert.url} (${rendered.body.length} characters, ${upsert.apiCalls} API calls)`);
        }
    }
    sink.setOutput('comment-url', result.commentUrl ?? '');
    return result;
}
/** The run's URL from the runner's environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID). */
function runUrlFromEnv(env = process.env) {
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}
/** The PR a pull_request run comments on; undefined for other events. */
function pullRequestOf(run) {
    const pr = run.payload.pull_request;
    if (!pr || !run.repository.owner || !run.repository.repo)
        return undefined;
    return { owner: run.repository.owner, repo: run.repository.repo, pullNumber: pr.number };
}


/***/ }),

/***/ 20649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ redactRun)
/* harmony export */ });
/** Secrets shorter than this are not redacted: replacing "a" or "on" everywhere would garble text. */
const MIN_SECRET = 4;
/**
 * Replaces every occurrence of the given secret values in a run's text with `***`. The runner
 * masks registered secrets in logs only; a PR comment, a job summary and step outputs are not
 * masked by GitHub, so the report masks them itself before rendering anything.
 */
function redactRun(run, secrets) {
    const values = [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= MIN_SECRET))].sort((a, b) => b.length - a.length);
    if (values.length === 0)
        return run;
    const scrub = (text) => values.reduce((t, v) => t.split(v).join('***'), text);
    const deep = (v) => {
        if (typeof v === 'string')
            return scrub(v);
        if (Array.isArray(v))
            return v.map(deep);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [scrub(k), deep(x)]));
        return v;
    };
    return deep(run);
}


/***/ })

};
