export const id = 146;
export const ids = [146];
export const modules = {

/***/ 37146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runComponent: () => (/* binding */ runComponent)
/* harmony export */ });
/* unused harmony exports toDotenvLine, DOTENV_MAX_BYTES, toDotenv */
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76781);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15489);
/* harmony import */ var _oidc_token_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48789);
/* harmony import */ var _common_ci_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39440);
/* harmony import */ var _common_sanitize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25352);
/* harmony import */ var _common_host_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90569);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10936);
/* harmony import */ var _common_identity_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(59257);
/* harmony import */ var _common_provenance_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(90538);
/* harmony import */ var _common_run_ci_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64633);
/* harmony import */ var _common_summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(12027);
// The GitLab CI/CD component adapter: reads the component's inputs from the `SIGNET_INPUT_*` variables the
// job template maps them to (inputs are never interpolated into `script:`), the ID token GitLab puts
// in SIGSTORE_ID_TOKEN through `id_tokens:`, and the CI_* variables; runs the shared CI pipeline; and
// writes the outputs as a dotenv report (`SIGNET_DIGEST=…`) for later jobs. GitLab has no runtime
// masking: secrets stay in masked CI/CD variables (COSIGN_PASSWORD, KUBECONFIG) and are never printed.












/** One dotenv line; GitLab's dotenv reports take no newlines in values. */
function toDotenvLine(name, value) {
    if (/[\r\n]/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SignetError */ .T('CI_OUTPUT_NEWLINE', `output ${name} has a newline; dotenv cannot carry it`);
    return `${(0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .toDotenvName */ .P9)(name)}=${value}`;
}
/** GitLab refuses a dotenv report over 5 KiB; keep a margin. */
const DOTENV_MAX_BYTES = 4096;
/**
 * The dotenv report of the outputs: `SIGNET_<NAME>=value` lines. Paths inside the project are written
 * relative to it (artifacts are restored into a later job's own project folder), and the largest JSON
 * outputs are left out when the report would exceed GitLab's limit (they stay in outputs.json).
 */
function toDotenv(outputs, projectDir) {
    const values = new Map();
    for (const o of _common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTPUTS */ .py) {
        const v = outputs[o.name];
        if (v === undefined)
            continue;
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(projectDir, v);
        values.set(o.name, o.name.endsWith('-path') && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(v) && !rel.startsWith('..') ? rel : v);
    }
    const dropped = [];
    const size = () => [...values].reduce((n, [k, v]) => n + toDotenvLine(k, v).length + 1, 0);
    for (const big of ['signatures', 'platform-digests']) {
        if (size() <= DOTENV_MAX_BYTES)
            break;
        if (values.delete(big))
            dropped.push(big);
    }
    return { lines: [...values].map(([k, v]) => toDotenvLine(k, v)), dropped };
}
/** Runs the component's job. Returns the exit code; prints a one-line error on failure. */
async function runComponent(host = (0,_common_host_js__WEBPACK_IMPORTED_MODULE_6__/* .processHost */ .Q)()) {
    const env = host.env;
    const input = (name) => {
        const spec = _common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUTS */ .mc.find((i) => i.name === name);
        return env[(0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .toGitLabInputVariable */ .zZ)(name)] ?? spec.gitlabDefault ?? spec.default;
    };
    // The job log shows text from registries and images: no escape sequences or control characters.
    const say = (m) => host.stdout(`${(0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .toTerminalText */ .Fh)(m)}\n`);
    // The job's working folder is the project's checkout (CI_PROJECT_DIR on a real runner).
    const projectDir = host.cwd;
    const outputDir = input('output-dir') || 'signet';
    const adapter = {
        name: 'gitlab',
        host,
        input,
        log: { info: say, notice: (m) => say(`notice: ${m}`), warning: (m) => say(`warning: ${m}`) },
        mask: () => { },
        outputDir: outputDir.startsWith('/') ? outputDir : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, outputDir),
        runIdentity: (claims) => (0,_common_identity_js__WEBPACK_IMPORTED_MODULE_11__/* .gitlabRunIdentity */ .Dd)(env, claims),
        async peekClaims() {
            return env.SIGSTORE_ID_TOKEN ? (0,_oidc_token_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeClaims */ .Yq)(env.SIGSTORE_ID_TOKEN) : undefined;
        },
        provenance: (claims) => (0,_common_provenance_context_js__WEBPACK_IMPORTED_MODULE_8__/* .gitlabProvenance */ .v7)(env, claims),
        visibility: env.CI_PROJECT_VISIBILITY === 'private' ||
            env.CI_PROJECT_VISIBILITY === 'internal' ||
            env.CI_PROJECT_VISIBILITY === 'public'
            ? env.CI_PROJECT_VISIBILITY
            : undefined,
        onStage: (stage, what) => say(`signet ${stage}: ${what}`),
    };
    try {
        const run = await (0,_common_run_ci_js__WEBPACK_IMPORTED_MODULE_9__/* .runCi */ .q)(adapter);
        const file = (name, text) => host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(adapter.outputDir, name), text, { mode: 0o644, overwrite: true });
        const { lines, dropped } = toDotenv(run.outputs, projectDir);
        await file('signet.env', lines.join('\n') + '\n');
        // Every output, whatever its size, for jobs that read the artifacts.
        await file('outputs.json', JSON.stringify(run.outputs, null, 2) + '\n');
        if (dropped.length > 0) {
            say(`notice: ${dropped.map(_common_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .toDotenvName */ .P9).join(', ')} left out of the dotenv report (GitLab takes at most ${DOTENV_MAX_BYTES} bytes); they are in ${outputDir}/outputs.json`);
        }
        for (const w of run.result?.warnings ?? [])
            say(`warning: ${w}`);
        for (const [what, result] of (0,_common_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .toSummaryRows */ .nr)(run))
            say(`${what.padEnd(18)} ${result}`);
        const failure = run.result?.verify && (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toVerifyFailure */ .Jo)(run.result.verify);
        if (failure)
            host.stderr(`signet: ${(0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .toTerminalLine */ .iV)(failure.message)} [${failure.code}]\n`);
        return failure ? 1 : 0;
    }
    catch (err) {
        const failure = (0,_common_ci_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .toCiFailure */ .W)(err);
        host.stderr(`signet: ${(0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .toTerminalLine */ .iV)(failure.message)}\n`);
        for (const c of failure.causes)
            host.stderr(`  ${(0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_5__/* .toTerminalLine */ .iV)(c)}\n`);
        return 1;
    }
}


/***/ })

};
