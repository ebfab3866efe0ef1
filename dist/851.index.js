export const id = 851;
export const ids = [851];
export const modules = {

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/cli-args.ts
var cli_args = __webpack_require__(7391);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/github/git-diff.ts
var git_diff = __webpack_require__(347);
// EXTERNAL MODULE: ./src/plan/make-plan.ts + 5 modules
var make_plan = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/plan-view.ts
var plan_view = __webpack_require__(8817);
// EXTERNAL MODULE: ./src/select/changes.ts
var changes = __webpack_require__(2313);
;// CONCATENATED MODULE: ./src/commands/plan-cli.ts






/** Changed files from `--changed-files FILE|-` or `--base/--head`; undefined when neither is given. */
async function readCliChanges(settings, io) {
    if (settings.changedFiles === '-')
        return (0,changes/* parseChangedFiles */.bM)(await io.readStdin());
    if (settings.changedFiles !== undefined) {
        try {
            return (0,changes/* parseChangedFiles */.bM)(await (0,promises_.readFile)(settings.changedFiles, 'utf8'));
        }
        catch (err) {
            throw new InputError(`--changed-files ${settings.changedFiles}: ${err.code === 'ENOENT' ? 'file not found' : err.message}`);
        }
    }
    if (settings.base !== undefined && settings.head !== undefined) {
        return (0,git_diff/* gitDiff */.Y)((0,external_node_path_.dirname)(settings.manifest), settings.base, settings.head);
    }
    return undefined;
}
/** Bad input that is not the manifest's fault (arguments, files): exit 2. */
class InputError extends Error {
}
/** `infra-action plan`: offline selection, order and role chains. Exit 2 on bad input. */
async function planCli(settings, io) {
    const changes = await readCliChanges(settings, io);
    const { document } = await (0,make_plan/* makePlan */.C)({
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
        io.stdout((0,plan_view/* renderPlanText */.$)(document));
    for (const e of document.errors)
        io.stderr(`error: ${e}\n`);
    if (settings.json)
        for (const w of document.warnings)
            io.stderr(`warning: ${w}\n`);
    return document.errors.length > 0 ? 2 : 0;
}

;// CONCATENATED MODULE: ./src/commands/io.ts
const processIO = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
        const chunks = [];
        for await (const c of process.stdin)
            chunks.push(c);
        return Buffer.concat(chunks).toString('utf8');
    },
};

// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __webpack_require__(2628);
;// CONCATENATED MODULE: ./src/cli.ts




/** Commands this build can run; the engine and auth commands load their modules lazily. */
const handlers = {
    plan: planCli,
};
/** Runs the CLI; returns the exit code (0 ok, 1 an operation failed, 2 bad input). */
async function runCli(argv, io = processIO) {
    try {
        const settings = (0,cli_args/* parseCli */.wE)(argv);
        const handler = handlers[settings.command];
        if (!handler) {
            io.stderr(`infra-action ${settings.command} is not available in this build yet.\n`);
            return 2;
        }
        return await handler(settings, io);
    }
    catch (err) {
        if (err instanceof cli_args/* UsageError */.eb || err instanceof InputError) {
            io.stderr(`${err.message.trimEnd()}\n`);
            return 2;
        }
        if (err instanceof types/* ManifestError */.S) {
            io.stderr(`${err.message}\n\nFix the manifest and run again; nothing was run.\n`);
            if (argv.includes('--json')) {
                io.stdout(JSON.stringify({ stacks: [], waves: [], errors: err.problems.map(types/* formatProblem */.V), warnings: [] }, null, 2) + '\n');
            }
            return 2;
        }
        io.stderr(`error: ${err.message}\n`);
        return 1;
    }
}


/***/ })

};
