export const id = 670;
export const ids = [670];
export const modules = {

/***/ 17670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export isForkPullRequest */
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3831);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96421);
/* harmony import */ var _oidc_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94866);
/* harmony import */ var _oidc_token_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30448);
/* harmony import */ var _common_ci_failure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86701);
/* harmony import */ var _common_host_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79064);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(86068);
/* harmony import */ var _common_provenance_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(91739);
/* harmony import */ var _common_identity_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(22576);
/* harmony import */ var _common_run_ci_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(86531);
/* harmony import */ var _common_summary_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(76840);
/* harmony import */ var _common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(20849);
// The GitHub Action adapter: reads `with:` inputs (@actions/core), the event payload and the runner's
// environment; decides what GitHub-specific rules require (the id-token permission, pull requests from
// forks, private repositories); runs the shared CI pipeline; sets the step outputs, writes the job
// summary and turns failures into annotations. The only code that knows it runs on GitHub.














/** True for a pull request whose head is in a fork (GitHub gives it no OIDC token and no secrets). */
function isForkPullRequest(eventName, payload) {
    if (eventName !== 'pull_request' &&
        eventName !== 'pull_request_review' &&
        eventName !== 'pull_request_review_comment')
        return false;
    const head = payload.pull_request?.head?.repo;
    if (!head)
        return true; // the fork was deleted
    return head.fork === true || (!!head.full_name && head.full_name !== payload.repository?.full_name);
}
async function readPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** Runs the Action: the whole step. Never throws; failures become annotations and a failed step. */
async function runAction(outer = (0,_common_host_js__WEBPACK_IMPORTED_MODULE_7__/* .processHost */ .Q)()) {
    // A copy of the environment (run-ci gives the stages GITHUB_TOKEN from the github-token input).
    const env = { ...outer.env };
    const host = { ...outer, env };
    try {
        // Mask the runner's own request token before anything can print it.
        if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
        const payload = await readPayload(env.GITHUB_EVENT_PATH);
        const input = (name) => {
            const spec = _common_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .INPUTS */ .mc.find((i) => i.name === name);
            const v = _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4(name);
            // The runner fills action.yml's defaults; outside it (tests, local runners) use the table's.
            return v !== '' || spec.default.startsWith('${{') ? v : spec.default;
        };
        const keyless = input('key') === '';
        const signs = ['sign', 'attest-sbom', 'attest-provenance'].some((n) => input(n) === 'true') &&
            input('push') !== 'false';
        const hasTokenEndpoint = !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
        let noSigning;
        if (signs && keyless && !hasTokenEndpoint && !env.SIGSTORE_ID_TOKEN) {
            if (isForkPullRequest(env.GITHUB_EVENT_NAME, payload)) {
                noSigning = {
                    reason: 'this pull request comes from a fork, which GitHub gives no OIDC token',
                    fail: input('fork-pull-requests') === 'fail',
                };
            }
            else {
                // Fail before building: the run could not sign what it pushed.
                throw new _oidc_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OidcError */ .u('OIDC_NO_TOKEN', `keyless signing needs an OIDC token: ${_oidc_token_js__WEBPACK_IMPORTED_MODULE_5__/* .GITHUB_PERMISSIONS_HINT */ .l3}`);
            }
        }
        const visibility = payload.repository?.visibility ?? (payload.repository?.private ? 'private' : undefined);
        const adapter = {
            name: 'github',
            host,
            input,
            // One line each, without escape sequences: the runner reads workflow commands at any line start.
            log: {
                info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__/* .toTerminalLine */ .iV)(m)),
                notice: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .notice */ .lm((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__/* .toTerminalText */ .Fh)(m)),
                warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__/* .toTerminalText */ .Fh)(m)),
            },
            mask: (s) => {
                for (const line of s.split('\n'))
                    if (line.trim().length >= 4)
                        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq(line.trim());
            },
            outputDir: input('output-dir') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP ?? host.cwd, 'signet'),
            runIdentity: (claims) => (0,_common_identity_js__WEBPACK_IMPORTED_MODULE_13__/* .githubRunIdentity */ .BA)(env, claims),
            async peekClaims() {
                if (!hasTokenEndpoint)
                    return undefined;
                const t = await (0,_oidc_token_js__WEBPACK_IMPORTED_MODULE_5__/* .getIdentityToken */ .Uk)({
                    github: {
                        requestURL: env.ACTIONS_ID_TOKEN_REQUEST_URL,
                        requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
                    },
                }, { fetch: host.fetch });
                _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq(t.token);
                return t.claims;
            },
            provenance: (claims) => (0,_common_provenance_context_js__WEBPACK_IMPORTED_MODULE_9__/* .githubProvenance */ .t6)(env, claims),
            visibility: visibility === 'private' || visibility === 'internal' || visibility === 'public'
                ? visibility
                : undefined,
            ownerIsOrganization: payload.repository?.owner?.type === 'Organization',
            noSigning,
            onStage: (stage, what) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__/* .toTerminalLine */ .iV)(`signet ${stage}: ${what}`)),
        };
        const run = await (0,_common_run_ci_js__WEBPACK_IMPORTED_MODULE_10__/* .runCi */ .q)(adapter);
        for (const spec of _common_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .OUTPUTS */ .py)
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(spec.name, run.outputs[spec.name] ?? '');
        for (const w of run.result?.warnings ?? [])
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__/* .toTerminalText */ .Fh)(w));
        await writeSummary(run, env);
        const failure = run.result?.verify && (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toVerifyFailure */ .Jo)(run.result.verify);
        if (failure)
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__/* .toTerminalText */ .Fh)(`${failure.message} [${failure.code}]`));
    }
    catch (err) {
        const failure = (0,_common_ci_failure_js__WEBPACK_IMPORTED_MODULE_6__/* .toCiFailure */ .W)(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__/* .toTerminalText */ .Fh)(failure.message));
        for (const c of failure.causes)
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq((0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__/* .toTerminalLine */ .iV)(`  ${c}`));
    }
}
async function writeSummary(run, env) {
    if (!env.GITHUB_STEP_SUMMARY)
        return;
    // Rekor links only for the public instance: a private Sigstore's log has no public search page.
    const publicRekor = !_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('rekor-url') || _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('rekor-url') === 'https://rekor.sigstore.dev';
    const rows = (0,_common_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .toSummaryRows */ .nr)(run, {
        markup: _common_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .HTML */ .g3,
        ...(publicRekor ? { rekorSearchURL: 'https://search.sigstore.dev/?logIndex=' } : {}),
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .summary */ .z.addHeading(`Signet: ${run.buildOnly ? 'built (not pushed or signed)' : (0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_12__/* .toSummaryText */ .ri)(run.outputs.image ?? '')}`, 3);
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .summary */ .z.addTable([
        [
            { data: 'what', header: true },
            { data: 'result', header: true },
        ],
        // Row values are already marked up (HTML.text/code/link escape what came from outside).
        ...rows.map(([k, v]) => [k, v]),
    ]);
    await _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .summary */ .z.write();
}


/***/ })

};
