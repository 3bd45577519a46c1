export const id = 511;
export const ids = [511];
export const modules = {

/***/ 33511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: isForkPullRequest

// EXTERNAL MODULE: ./src/verify/index.ts + 6 modules
var verify = __webpack_require__(85938);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/oidc/token.ts + 1 modules
var token = __webpack_require__(83707);
// EXTERNAL MODULE: ./src/ci/common/host.ts
var common_host = __webpack_require__(79064);
// EXTERNAL MODULE: ./src/ci/common/inputs.ts
var inputs = __webpack_require__(44491);
// EXTERNAL MODULE: ./src/attest/provenance.ts
var provenance = __webpack_require__(73134);
;// CONCATENATED MODULE: ./src/ci/common/provenance-context.ts
// Reads the GitHub Actions run context SLSA provenance is built from (the adapter's job: only src/ci
// reads the environment). The names are GitHub's default environment variables.

/** The provenance context of the current GitHub Actions run, or undefined outside one. */
function githubProvenanceContext(env) {
    const need = [
        'GITHUB_SERVER_URL',
        'GITHUB_REPOSITORY',
        'GITHUB_WORKFLOW_REF',
        'GITHUB_EVENT_NAME',
        'GITHUB_REF',
        'GITHUB_SHA',
        'GITHUB_RUN_ID',
    ];
    if (env.GITHUB_ACTIONS !== 'true' || need.some((k) => !env[k]))
        return undefined;
    return {
        serverURL: env.GITHUB_SERVER_URL,
        repository: env.GITHUB_REPOSITORY,
        workflowRef: env.GITHUB_WORKFLOW_REF,
        eventName: env.GITHUB_EVENT_NAME,
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        repositoryId: env.GITHUB_REPOSITORY_ID,
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID,
        runnerEnvironment: env.RUNNER_ENVIRONMENT,
    };
}
/**
 * SLSA provenance of the current GitHub Actions run, with the builder the job really ran (the token's
 * job_workflow_ref and runner_environment, when a token was had), or why it cannot be built here.
 */
function githubProvenance(env, claims) {
    const ctx = githubProvenanceContext(env);
    if (!ctx)
        return { missing: 'provenance is built from a GitHub Actions run context (GITHUB_* variables)' };
    if (typeof claims?.job_workflow_ref === 'string')
        ctx.jobWorkflowRef = claims.job_workflow_ref;
    if (typeof claims?.runner_environment === 'string')
        ctx.runnerEnvironment = claims.runner_environment;
    return { predicate: (0,provenance/* buildProvenance */.S)(ctx) };
}

// EXTERNAL MODULE: ./src/ci/common/identity.ts
var identity = __webpack_require__(22576);
// EXTERNAL MODULE: ./src/ci/common/run-ci.ts + 78 modules
var run_ci = __webpack_require__(93536);
// EXTERNAL MODULE: ./src/ci/common/summary.ts
var summary = __webpack_require__(76840);
;// CONCATENATED MODULE: ./src/ci/github/action.ts
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
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** Runs the Action: the whole step. Never throws; failures become annotations and a failed step. */
async function runAction(outer = (0,common_host/* processHost */.Q)()) {
    // A copy of the environment: the github-token input may add GITHUB_TOKEN for ghcr.io to it.
    const env = { ...outer.env };
    const host = { ...outer, env };
    try {
        // Mask the runner's own request token before anything can print it.
        if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
            core/* setSecret */.Pq(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
        const payload = await readPayload(env.GITHUB_EVENT_PATH);
        const input = (name) => {
            const spec = inputs/* INPUTS */.mc.find((i) => i.name === name);
            const v = core/* getInput */.V4(name);
            // The runner fills action.yml's defaults; outside it (tests, local runners) use the table's.
            return v !== '' || spec.default.startsWith('${{') ? v : spec.default;
        };
        const githubToken = input('github-token');
        if (githubToken && !env.GITHUB_TOKEN)
            env.GITHUB_TOKEN = githubToken;
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
                throw Object.assign(new Error(`keyless signing needs an OIDC token: ${token/* GITHUB_PERMISSIONS_HINT */.l3}`), {
                    code: 'OIDC_NO_TOKEN',
                });
            }
        }
        const visibility = payload.repository?.visibility ?? (payload.repository?.private ? 'private' : undefined);
        const adapter = {
            name: 'github',
            host,
            input,
            log: {
                info: (m) => core/* info */.pq(m),
                notice: (m) => core/* notice */.lm(m),
                warning: (m) => core/* warning */.$e(m),
            },
            mask: (s) => {
                for (const line of s.split('\n'))
                    if (line.trim().length >= 4)
                        core/* setSecret */.Pq(line.trim());
            },
            outputDir: input('output-dir') || (0,external_node_path_.join)(env.RUNNER_TEMP ?? host.cwd, 'signet'),
            runIdentity: (claims) => (0,identity/* githubRunIdentity */.BA)(env, claims),
            async peekClaims() {
                if (!hasTokenEndpoint)
                    return undefined;
                const t = await (0,token/* getIdentityToken */.Uk)({
                    github: {
                        requestURL: env.ACTIONS_ID_TOKEN_REQUEST_URL,
                        requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
                    },
                }, { fetch: host.fetch });
                core/* setSecret */.Pq(t.token);
                return t.claims;
            },
            provenance: (claims) => githubProvenance(env, claims),
            visibility: visibility === 'private' || visibility === 'internal' || visibility === 'public'
                ? visibility
                : undefined,
            noSigning,
            onStage: (stage, what) => core/* info */.pq(`signet ${stage}: ${what}`),
        };
        const run = await (0,run_ci/* runCi */.q)(adapter);
        for (const spec of inputs/* OUTPUTS */.py)
            core/* setOutput */.uH(spec.name, run.outputs[spec.name] ?? '');
        for (const w of run.result?.warnings ?? [])
            core/* warning */.$e(w);
        await writeSummary(run, env);
        const failure = run.result?.verify && (0,verify/* toVerifyFailure */.Jo)(run.result.verify);
        if (failure)
            core/* setFailed */.C1(`${failure.message} [${failure.code}]`);
    }
    catch (err) {
        const e = err;
        // The code goes on the first line: a hint below it (a permissions: block) stays valid YAML.
        const [first, ...rest] = e.message.split('\n');
        core/* setFailed */.C1([`${first}${e.code ? ` [${e.code}]` : ''}`, ...rest].join('\n'));
    }
}
async function writeSummary(run, env) {
    if (!env.GITHUB_STEP_SUMMARY)
        return;
    // Rekor links only for the public instance: a private Sigstore's log has no public search page.
    const publicRekor = !core/* getInput */.V4('rekor-url') || core/* getInput */.V4('rekor-url') === 'https://rekor.sigstore.dev';
    const rows = (0,summary/* toSummaryRows */.nr)(run, {
        markup: summary/* HTML */.g3,
        ...(publicRekor ? { rekorSearchURL: 'https://search.sigstore.dev/?logIndex=' } : {}),
    });
    core/* summary */.z.addHeading(`Signet: ${run.buildOnly ? 'built (not pushed or signed)' : (run.outputs.image ?? '')}`, 3);
    core/* summary */.z.addTable([
        [
            { data: 'what', header: true },
            { data: 'result', header: true },
        ],
        ...rows.map(([k, v]) => [k, v]),
    ]);
    await core/* summary */.z.write();
}


/***/ })

};
