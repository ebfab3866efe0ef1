export const id = 155;
export const ids = [155];
export const modules = {

/***/ 85165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   credentialEnv: () => (/* binding */ credentialEnv),
/* harmony export */   credentialProcessJson: () => (/* binding */ credentialProcessJson),
/* harmony export */   credentialsCommand: () => (/* binding */ credentialsCommand),
/* harmony export */   writeCredentialProcessConfig: () => (/* binding */ writeCredentialProcessConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7421);



const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Writes the spec and the AWS config file under `dir`; returns what the engine puts in a stack's env. */
async function writeCredentialProcessConfig(opts) {
    const env = opts.env ?? process.env;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(opts.dir, { recursive: true });
    const spec = {
        roles: opts.roles,
        accounts: opts.accounts,
        mode: opts.mode,
        profile: opts.profile,
        region: opts.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
        sourceConfigFile: env.AWS_CONFIG_FILE,
        sourceProfile: env.AWS_PROFILE,
    };
    const specFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.dir, 'infra-action-credentials.json');
    const configFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.dir, 'infra-action-aws-config');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(specFile, JSON.stringify(spec, null, 2));
    const command = (target) => [opts.node ?? process.execPath, opts.bundle ?? process.argv[1], 'credentials', '--spec', specFile, '--account', target].map(quote).join(' ');
    const profileFor = (a) => `infra-action-${a === 'management' ? 'management' : a.name}`;
    const sections = ['management', ...opts.accounts].map((a) => `[profile ${profileFor(a)}]\ncredential_process = ${command(a === 'management' ? 'management' : a.name)}\nregion = ${spec.region}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(configFile, sections.join('\n'), { mode: 0o600 });
    return {
        configFile,
        profileFor,
        envFor: (a) => ({ AWS_CONFIG_FILE: configFile, AWS_PROFILE: profileFor(a), AWS_SDK_LOAD_CONFIG: '1' }),
        unset: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_DEFAULT_PROFILE'],
    };
}
/** Plain env credentials, for short runs or `export-credentials: true`. */
function credentialEnv(creds, region) {
    return {
        AWS_ACCESS_KEY_ID: creds.accessKeyId,
        AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
        ...(creds.sessionToken ? { AWS_SESSION_TOKEN: creds.sessionToken } : {}),
        ...(region ? { AWS_REGION: region } : {}),
    };
}
/** The credential_process answer (Version 1). */
function credentialProcessJson(c) {
    return JSON.stringify({ Version: 1, AccessKeyId: c.accessKeyId, SecretAccessKey: c.secretAccessKey, SessionToken: c.sessionToken, ...(c.expiration ? { Expiration: c.expiration.toISOString() } : {}) });
}
/**
 * `infra-action credentials --spec FILE --account NAME|management`: the hidden command the profile
 * runs. Its stdout belongs to the AWS SDK, so nothing but the JSON may reach it (@actions/core
 * would print `::add-mask::` lines there; the parent job already masked these values).
 */
async function credentialsCommand(argv, io) {
    const arg = (name) => {
        const i = argv.indexOf(`--${name}`);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const specFile = arg('spec');
    const target = arg('account');
    if (!specFile || !target) {
        io.stderr('usage: infra-action credentials --spec FILE --account NAME|management\n');
        return 2;
    }
    const spec = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(specFile, 'utf8'));
    restore('AWS_CONFIG_FILE', spec.sourceConfigFile);
    restore('AWS_PROFILE', spec.sourceProfile);
    const account = spec.accounts.find((a) => a.name === target);
    if (target !== 'management' && !account) {
        io.stderr(`credentials: account "${target}" is not in ${specFile}\n`);
        return 2;
    }
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((..._args) => true);
    let creds;
    try {
        const chain = (0,_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .assumeChain */ .I)({ deployRoles: spec.roles }, spec.accounts, spec.roles, {
            mode: spec.mode,
            profile: spec.profile,
            region: spec.region,
            maskSecret: () => { },
            retry: { onRetry: (i) => io.stderr(`${i.what}: retry ${i.attempt} in ${i.delayMs} ms\n`) },
        });
        creds = account ? await chain.forAccount(account) : await chain.management();
    }
    catch (err) {
        process.stdout.write = write;
        io.stderr(`infra-action credentials: ${err.message}\n`);
        return 1;
    }
    process.stdout.write = write;
    io.stdout(credentialProcessJson(creds) + '\n');
    return 0;
}
function restore(name, value) {
    if (value === undefined)
        delete process.env[name];
    else
        process.env[name] = value;
}


/***/ }),

/***/ 37155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assumeChain: () => (/* reexport */ chain/* assumeChain */.I),
  rolesFor: () => (/* reexport */ roles/* rolesFor */.Z)
});

// UNUSED EXPORTS: CHAINED_MAX_SECONDS, ChainError, ChainFailure, credentialEnv, explainFailure, maybeExportCredentials, prepareChain, writeCredentialProcessConfig

// EXTERNAL MODULE: ./src/auth/chain.ts + 3 modules
var chain = __webpack_require__(7421);
// EXTERNAL MODULE: ./src/auth/credential-process.ts
var credential_process = __webpack_require__(85165);
// EXTERNAL MODULE: ./src/auth/errors.ts
var errors = __webpack_require__(25439);
// EXTERNAL MODULE: ./src/auth/explain.ts + 1 modules
var explain = __webpack_require__(52920);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(33838);
;// CONCATENATED MODULE: ./src/auth/export.ts


/**
 * Exports credentials to later steps (GITHUB_ENV) only when the user asked with
 * `export-credentials: true`; otherwise they stay inside this step's child processes.
 */
function maybeExportCredentials(enabled, creds, region) {
    if (!enabled)
        return false;
    core.setSecret(creds.accessKeyId);
    core.setSecret(creds.secretAccessKey);
    if (creds.sessionToken)
        core.setSecret(creds.sessionToken);
    for (const [k, v] of Object.entries(credentialEnv(creds, region)))
        core.exportVariable(k, v);
    return true;
}

;// CONCATENATED MODULE: ./src/auth/prepare.ts



/** The chain failed before any Pulumi work: the message is the full explanation (which hop, why, the fix). */
class ChainFailure extends (/* unused pure expression or super */ null && (Error)) {
    name = 'ChainFailure';
}
/**
 * What every engine command does first: walk every hop for the accounts in scope (1 + N STS calls,
 * cached for the run) and stop with `verify`'s explanation when one fails.
 */
async function prepareChain(manifest, accounts, kind, options = {}, policies = {}) {
    const { roles, warning } = rolesFor(manifest, kind);
    const chain = assumeChain(manifest, accounts, roles, options);
    try {
        await chain.management();
        for (const account of accounts)
            await chain.forAccount(account);
    }
    catch (err) {
        throw new ChainFailure(explainFailure(err, policies));
    }
    return { chain, warning };
}

// EXTERNAL MODULE: ./src/auth/roles.ts
var roles = __webpack_require__(18151);
;// CONCATENATED MODULE: ./src/auth/index.ts
/**
 * What the engine and the commands use from auth. Every engine command runs the chain first:
 *
 *   const { chain, warning } = await prepareChain(manifest, accounts, selection.roles);  // throws ChainFailure
 *   // (warning: previews on the deploy roles, for the job summary)
 *   const profiles = await writeCredentialProcessConfig({ dir: RUNNER_TEMP, roles, accounts, mode: chain.mode });
 *   env = { ...profiles.envFor(account) } minus profiles.unset  // self-refreshing, for runs over an hour
 */









/***/ })

};
