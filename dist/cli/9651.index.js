export const id = 9651;
export const ids = [9651];
export const modules = {

/***/ 19450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lX: () => (/* reexport */ ATTESTATIONS_PERMISSIONS_HINT),
  BZ: () => (/* reexport */ publishAttestations),
  jb: () => (/* reexport */ toBundlesToStore)
});

// UNUSED EXPORTS: AttestationStoreError, CREATE_ATTESTATION_ROUTE, CREATE_STORAGE_RECORD_ROUTE, GITHUB_API_VERSION, GITHUB_JSON_MEDIA_TYPE, STORAGE_RECORD_PERMISSIONS_HINT, isRetryableStatus, toRetryDelay

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/constants.js
var constants = __webpack_require__(96233);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/clock.js
var sign_clock = __webpack_require__(99138);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attestation-store/constants.js
// GitHub's REST API as the attestation store speaks it: the routes Octokit fills, the headers every
// request carries, and the permissions a workflow grants for them (docs.github.com/rest/repos/attestations,
// docs.github.com/rest/orgs/artifact-metadata).
/** Stores one Sigstore bundle for the repository: `{ bundle }` → 201 `{ id }`. */
const CREATE_ATTESTATION_ROUTE = 'POST /repos/{owner}/{repo}/attestations';
/** Records where an attested artifact is stored (the organization's linked artifacts page). */
const CREATE_STORAGE_RECORD_ROUTE = 'POST /orgs/{org}/artifacts/metadata/storage-record';
/** The REST API version Signet was written against (`X-GitHub-Api-Version`). */
const GITHUB_API_VERSION = '2022-11-28';
/** The media type GitHub recommends for every REST request (`Accept`). */
const GITHUB_JSON_MEDIA_TYPE = 'application/vnd.github+json';
/** The `permissions:` block a job needs to store attestations (and to sign keyless). */
const ATTESTATIONS_PERMISSIONS_HINT = [
    'add to the job (or workflow):',
    'permissions:',
    '  id-token: write',
    '  attestations: write',
    '  contents: read',
].join('\n');
/** The `permissions:` block a job needs to write storage records too. */
const STORAGE_RECORD_PERMISSIONS_HINT = [
    'add to the job (or workflow):',
    'permissions:',
    '  id-token: write',
    '  attestations: write',
    '  artifact-metadata: write',
    '  contents: read',
].join('\n');

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/errors.js
var errors = __webpack_require__(15489);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attestation-store/errors.js
// Errors of the attestation store: what GitHub answered, decoded into a code a test can assert on.

/** A failure to store attestations with GitHub; `status` is the HTTP status when there was one. */
class AttestationStoreError extends errors/* SignetError */.T {
    status;
    constructor(code, message, opts = {}) {
        super(code, message, { cause: opts.cause });
        if (opts.status !== undefined)
            this.status = opts.status;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attestation-store/publish-attestations.js




const REQUEST_HEADERS = { accept: GITHUB_JSON_MEDIA_TYPE, 'x-github-api-version': GITHUB_API_VERSION };
/** True for the answers worth another try: 5xx, 429, and no answer at all. */
function isRetryableStatus(status) {
    return status === undefined || status === 429 || status >= 500;
}
/** The wait before retry `attempt` (1-based): Retry-After when given, else exponential with jitter. */
function toRetryDelay(attempt, retryAfter, random, opts) {
    const seconds = retryAfter === undefined ? NaN : Number(retryAfter);
    const wanted = Number.isFinite(seconds) && seconds >= 0
        ? seconds * 1000
        : opts.baseDelayMs * 2 ** (attempt - 1) * (1 + random / 2);
    return Math.min(Math.round(wanted), opts.maxDelayMs);
}
function messageOf(err) {
    const data = err.response?.data;
    const m = typeof data?.message === 'string' ? data.message : err.message;
    return (m ?? 'no answer').split('\n')[0].slice(0, 300);
}
function toCode(status) {
    if (status === 401 || status === 403)
        return 'GITHUB_API_FORBIDDEN';
    if (status === 404)
        return 'GITHUB_API_NOT_FOUND';
    if (status === 422)
        return 'GITHUB_API_INVALID';
    if (isRetryableStatus(status))
        return 'GITHUB_API_UNAVAILABLE';
    return 'GITHUB_API_FAILED';
}
/** Sends one request with retries; throws an AttestationStoreError naming `what` and the fix. */
async function send(deps, route, params, what, hint) {
    const clock = deps.clock ?? sign_clock/* systemClock */.m;
    const attempts = Math.max(1, deps.retry?.attempts ?? 5);
    const delays = {
        baseDelayMs: deps.retry?.baseDelayMs ?? 1000,
        maxDelayMs: deps.retry?.maxDelayMs ?? 30_000,
    };
    for (let attempt = 1;; attempt++) {
        try {
            return await deps.request(route, { ...params, headers: REQUEST_HEADERS });
        }
        catch (raw) {
            const err = raw;
            const status = typeof err.status === 'number' ? err.status : undefined;
            if (isRetryableStatus(status) && attempt < attempts) {
                const after = err.response?.headers?.['retry-after'];
                await clock.sleep(toRetryDelay(attempt, after, clock.random(), delays));
                continue;
            }
            const code = toCode(status);
            const answer = status === undefined ? messageOf(err) : `${status} ${messageOf(err)}`;
            const tries = isRetryableStatus(status) ? ` after ${attempt} tries` : '';
            const fix = code === 'GITHUB_API_FORBIDDEN' ? `; the token may not write there: ${hint}` : '';
            throw new AttestationStoreError(code, `${what}: github answered ${answer}${tries}${fix}`, {
                cause: raw,
                ...(status !== undefined ? { status } : {}),
            });
        }
    }
}
/** Checks a bundle is one GitHub stores: an in-toto statement in a DSSE envelope. */
function checkBundle(b) {
    const envelope = b.bundle.dsseEnvelope;
    if (envelope?.payloadType !== constants/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new AttestationStoreError('GITHUB_API_INVALID_INPUT', `${b.label}: expected a bundle with an in-toto statement in a DSSE envelope, got ${envelope ? `payload type ${envelope.payloadType}` : 'a message signature'}; GitHub stores attestations only`);
    }
}
function idOf(res, what) {
    const data = (typeof res.data === 'string' ? JSON.parse(res.data) : res.data);
    const id = data?.id;
    if (res.status !== 201 || (typeof id !== 'number' && typeof id !== 'string') || String(id) === '') {
        throw new AttestationStoreError('GITHUB_API_FAILED', `${what}: expected 201 with an attestation id, got ${res.status} ${JSON.stringify(data).slice(0, 200)}`, { status: res.status });
    }
    return String(id);
}
/** Stores every bundle with GitHub, then the storage records; returns the ids and URLs. */
async function publishAttestations(input, deps) {
    const result = { attestations: [], storageRecordIds: [], skipped: false, warnings: [] };
    if (input.bundles.length === 0)
        return result;
    for (const b of input.bundles)
        checkBundle(b);
    const where = `${input.owner}/${input.repo}`;
    for (const [i, b] of input.bundles.entries()) {
        const what = `storing ${b.label} in ${where}'s attestations`;
        let res;
        try {
            res = await send(deps, CREATE_ATTESTATION_ROUTE, { owner: input.owner, repo: input.repo, bundle: b.bundle }, what, ATTESTATIONS_PERMISSIONS_HINT);
        }
        catch (err) {
            const code = err.code;
            if (input.optional && i === 0 && (code === 'GITHUB_API_FORBIDDEN' || code === 'GITHUB_API_NOT_FOUND')) {
                result.skipped = true;
                result.warnings.push(`attestations not stored on GitHub (push-to-github: auto): ${err.message}`);
                return result;
            }
            throw err;
        }
        const id = idOf(res, what);
        const server = input.serverURL.replace(/\/+$/, '');
        result.attestations.push({ label: b.label, id, url: `${server}/${where}/attestations/${id}` });
    }
    // Storage records: best effort, as actions/attest (a failure is a warning; the attestations stand).
    for (const r of input.storageRecords?.records ?? []) {
        const what = `recording where ${r.name}@${r.digest} is stored`;
        try {
            const res = await send(deps, CREATE_STORAGE_RECORD_ROUTE, {
                org: input.storageRecords.org,
                name: r.name,
                digest: r.digest,
                registry_url: r.registryURL,
                ...(r.repository ? { repository: r.repository } : {}),
                ...(r.artifactURL ? { artifact_url: r.artifactURL } : {}),
                ...(r.version ? { version: r.version } : {}),
            }, what, STORAGE_RECORD_PERMISSIONS_HINT);
            const data = res.data;
            for (const s of data?.storage_records ?? [])
                if (typeof s.id === 'number')
                    result.storageRecordIds.push(s.id);
        }
        catch (err) {
            result.warnings.push(`no storage record written: ${err.message}`);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attestation-store/collect-bundles.js

const isStatementBundle = (b) => b?.dsseEnvelope?.payloadType ===
    constants/* IN_TOTO_PAYLOAD_TYPE */.T4;
/** The bundles to store, one per subject and kind, bundle-format copies first. */
function toBundlesToStore(items) {
    const sorted = [...items].sort((a, b) => (a.format === 'bundle' ? 0 : 1) - (b.format === 'bundle' ? 0 : 1));
    const seen = new Set();
    const out = [];
    for (const item of sorted) {
        if (!isStatementBundle(item.bundle))
            continue;
        const key = `${item.kind}\n${item.subject}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ label: `${item.kind} of ${item.subject}`, bundle: item.bundle });
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attestation-store/index.js
// GitHub's attestation store: post Sigstore bundles to the repository's attestations (and storage
// records to the organization), as actions/attest does, with retries and the fix for a 403.






/***/ }),

/***/ 17291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ resolveSubjects),
/* harmony export */   a7: () => (/* binding */ hasSubjects),
/* harmony export */   be: () => (/* binding */ attestAndWriteFiles)
/* harmony export */ });
/* unused harmony exports MAX_SUBJECT_PATH_MATCHES, toBundlePaths */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88374);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42229);
// Files as attestation subjects, with actions/attest's input names: `subject-path` (paths or globs,
// newline or comma separated), `subject-digest` + `subject-name`, `subject-checksums` (a sha256sum file).
// Expands the globs, hashes the files (streamed: release files can be large) and, after the attest
// stage signed, writes each bundle beside its file as `<file>.sigstore.json` (subjects given by digest
// have no file: their bundles go to the output folder). The only code that reads release files.






/** The most files one `subject-path` may match before Signet stops expanding (a glob gone wrong). */
const MAX_SUBJECT_PATH_MATCHES = 10_000;
/** True when any subject input is set. */
const hasSubjects = (s) => s.paths.length > 0 || s.digest !== undefined || s.name !== undefined || s.checksums !== undefined;
const GLOB_CHARS = /[*?[\]{}]/;
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
}
async function isFile(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
/** Expands and hashes the subject inputs; `label(name)` names an input or flag in errors. */
async function resolveSubjects(spec, host, label) {
    const subjects = [];
    const files = new Map();
    for (const pattern of spec.paths) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(host.cwd, pattern);
        const matches = [];
        if (GLOB_CHARS.test(pattern)) {
            for await (const m of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.glob)(pattern, { cwd: host.cwd })) {
                const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(host.cwd, m);
                if (await isFile(p))
                    matches.push(p);
                if (matches.length > MAX_SUBJECT_PATH_MATCHES) {
                    throw new _values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${label('subject-path')} ${pattern} matches more than ${MAX_SUBJECT_PATH_MATCHES} files; narrow the pattern`);
                }
            }
        }
        else if (await isFile(abs))
            matches.push(abs);
        if (matches.length === 0)
            throw new _values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${label('subject-path')} ${pattern} matches no file: check the path (relative to the working directory) and that the files were built first`);
        for (const p of matches.sort()) {
            const subject = { name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(p), digest: await sha256File(p) };
            subjects.push(subject);
            files.set(subject.name, [...(files.get(subject.name) ?? []), p]);
        }
    }
    if (spec.digest !== undefined || spec.name !== undefined) {
        if (spec.digest === undefined)
            throw new _values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${label('subject-name')} needs ${label('subject-digest')}`);
        if ((spec.name ?? '').trim() === '')
            throw new _values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${label('subject-digest')} needs ${label('subject-name')}: the file name it is the digest of`);
        try {
            subjects.push((0,_attest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .toDigestSubject */ .CG)(spec.digest, spec.name ?? ''));
        }
        catch (err) {
            throw new _values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${label('subject-digest')}: ${err.message}`);
        }
    }
    if (spec.checksums !== undefined) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(spec.checksums) ? spec.checksums : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(host.cwd, spec.checksums);
        const text = (await host.readFile(path)).toString('utf8');
        try {
            subjects.push(...(0,_attest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSubjectChecksums */ .q6)(text, `${label('subject-checksums')} ${spec.checksums}`));
        }
        catch (err) {
            throw new _values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(err.message);
        }
    }
    try {
        return { subjects: (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .dedupeSubjects */ .lT)(subjects), files };
    }
    catch (err) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(err.message);
    }
}
/** The bundle file of a subject: beside its file(s), else `<outputDir>/<name>.sigstore.json`. */
function toBundlePaths(subject, files, outputDir) {
    const beside = files.get(subject.name);
    if (beside?.length)
        return beside.map((p) => `${p}.sigstore.json`);
    return [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(outputDir, `${subject.name.replace(/[^A-Za-z0-9._-]+/g, '_')}.sigstore.json`)];
}
/** Signs the attestations about `resolved` and writes every bundle beside its subjects. */
async function attestAndWriteFiles(resolved, statement, deps, host, outputDir) {
    const made = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_4__/* .attestFiles */ .BP)({ subjects: resolved.subjects, ...statement }, deps);
    const attestations = [];
    for (const a of made.attestations) {
        const bundlePaths = a.subjects.flatMap((s) => toBundlePaths(s, resolved.files, outputDir));
        const text = JSON.stringify(a.bundleJSON) + '\n';
        for (const p of bundlePaths)
            await host.writeFile(p, text, { mode: 0o644, overwrite: true });
        attestations.push({ ...a, bundlePaths });
    }
    return { attestations, warnings: made.warnings };
}


/***/ }),

/***/ 78584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ githubStoreTarget),
/* harmony export */   KC: () => (/* binding */ storeOnGitHub),
/* harmony export */   Qu: () => (/* binding */ parsePushToGitHub)
/* harmony export */ });
/* unused harmony exports PUSH_TO_GITHUB_VALUES, githubRequest */
/* harmony import */ var _attestation_store_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19450);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42229);


const PUSH_TO_GITHUB_VALUES = ['auto', 'true', 'false'];
/** Parses `push-to-github` (`label` names the input or flag in errors). */
function parsePushToGitHub(text, label) {
    const v = (text ?? 'auto').trim() || 'auto';
    if (!PUSH_TO_GITHUB_VALUES.includes(v)) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${label} takes auto, true or false, got ${JSON.stringify(text)}`);
    }
    return v;
}
/** Octokit's `request`, as src/attestation-store takes it: token to `apiURL` only. */
function githubRequest(token, apiURL, fetchImpl) {
    // Octokit (and undici under it) loads only when something is stored on GitHub.
    let octokit;
    return async (route, params) => {
        octokit ??= (await __webpack_require__.e(/* import() */ 2785).then(__webpack_require__.bind(__webpack_require__, 92785))).getOctokit(token, {
            baseUrl: apiURL.replace(/\/+$/, ''),
            ...(fetchImpl ? { request: { fetch: fetchImpl } } : {}),
        });
        const res = await octokit.request(route, params);
        return { status: res.status, data: res.data };
    };
}
/** The target from the Actions environment; `token` is the github-token input or GITHUB_TOKEN. */
function githubStoreTarget(host, token, organization) {
    return {
        token: token || host.env.GITHUB_TOKEN || undefined,
        repository: host.env.GITHUB_REPOSITORY,
        serverURL: host.env.GITHUB_SERVER_URL || 'https://github.com',
        apiURL: host.env.GITHUB_API_URL || 'https://api.github.com',
        organization,
    };
}
/**
 * Stores `bundles` per `mode`. Returns why nothing was stored (`auto` without a token or repository);
 * throws with the `permissions:` block when `true` cannot store.
 */
async function storeOnGitHub(mode, target, bundles, opts = {}) {
    if (mode === 'false')
        return { skipped: 'push-to-github: false' };
    if (bundles.length === 0)
        return { skipped: 'no attestation bundles were made' };
    const missing = !target.token
        ? 'no GitHub token (github-token input or GITHUB_TOKEN)'
        : !target.repository
            ? 'no GITHUB_REPOSITORY'
            : undefined;
    if (missing) {
        if (mode === 'true')
            throw new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`push-to-github: true needs ${missing}; ${_attestation_store_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ATTESTATIONS_PERMISSIONS_HINT */ .lX}`);
        return { skipped: `not stored on GitHub (push-to-github: auto): ${missing}` };
    }
    const [owner, repo] = target.repository.split('/');
    if (!owner || !repo)
        throw new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`GITHUB_REPOSITORY must be OWNER/REPO, got ${JSON.stringify(target.repository)}`);
    const request = opts.request ?? githubRequest(target.token, target.apiURL, opts.fetch);
    const stored = await (0,_attestation_store_index_js__WEBPACK_IMPORTED_MODULE_0__/* .publishAttestations */ .BZ)({
        owner,
        repo,
        serverURL: target.serverURL,
        bundles,
        optional: mode === 'auto',
        ...(target.organization && opts.storageRecords?.length
            ? { storageRecords: { org: owner, records: opts.storageRecords } }
            : {}),
    }, { request });
    return { stored };
}


/***/ }),

/***/ 90538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sv: () => (/* binding */ ciProvenance),
/* harmony export */   t6: () => (/* binding */ githubProvenance)
/* harmony export */ });
/* unused harmony exports githubProvenanceContext, gitlabProvenanceContext, gitlabProvenance */
/* harmony import */ var _attest_provenance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92209);
/* harmony import */ var _attest_gitlab_provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95537);
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
    return { predicate: (0,_attest_provenance_js__WEBPACK_IMPORTED_MODULE_0__/* .buildProvenance */ .S)(ctx) };
}
const claim = (claims, name) => {
    const v = claims?.[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};
/**
 * The provenance context of the current GitLab job: from the ID token's claims where it has them (GitLab
 * signed those), else from the CI_* variables; undefined with what is missing.
 */
function gitlabProvenanceContext(env, claims) {
    if (env.GITLAB_CI !== 'true')
        return { missing: 'not a GitLab CI/CD job (GITLAB_CI is not true)' };
    const tag = env.CI_COMMIT_TAG;
    const refFromEnv = tag
        ? `refs/tags/${tag}`
        : env.CI_COMMIT_BRANCH
            ? `refs/heads/${env.CI_COMMIT_BRANCH}`
            : undefined;
    const projectPath = claim(claims, 'project_path') ?? env.CI_PROJECT_PATH;
    const refPath = claim(claims, 'ref_path') ?? refFromEnv;
    const configRef = claim(claims, 'ci_config_ref_uri') ??
        (env.CI_SERVER_HOST && projectPath && env.CI_CONFIG_PATH && refPath
            ? `${env.CI_SERVER_HOST}/${projectPath}//${env.CI_CONFIG_PATH}@${refPath}`
            : undefined);
    const fields = {
        serverURL: env.CI_SERVER_URL,
        projectPath,
        ciConfigRefURI: configRef,
        refPath,
        sha: claim(claims, 'sha') ?? env.CI_COMMIT_SHA,
        pipelineSource: claim(claims, 'pipeline_source') ?? env.CI_PIPELINE_SOURCE,
        pipelineId: claim(claims, 'pipeline_id') ?? env.CI_PIPELINE_ID,
        jobId: claim(claims, 'job_id') ?? env.CI_JOB_ID,
    };
    const missing = Object.entries(fields)
        .filter(([, v]) => !v)
        .map(([k]) => k);
    if (missing.length > 0) {
        return {
            missing: `GitLab provenance needs ${missing.join(', ')} (from the ID token or CI_* variables)`,
        };
    }
    const ctx = fields;
    const out = { ...ctx };
    const optional = [
        ['jobName', env.CI_JOB_NAME],
        ['projectId', claim(claims, 'project_id') ?? env.CI_PROJECT_ID],
        ['namespaceId', claim(claims, 'namespace_id') ?? env.CI_PROJECT_NAMESPACE_ID],
        ['runnerId', claim(claims, 'runner_id') ?? env.CI_RUNNER_ID],
        ['runnerEnvironment', claim(claims, 'runner_environment')],
        ['runnerVersion', env.CI_RUNNER_VERSION],
        ['ciConfigSha', claim(claims, 'ci_config_sha')],
        ['startedOn', env.CI_JOB_STARTED_AT],
    ];
    for (const [k, v] of optional)
        if (v)
            out[k] = v;
    return out;
}
/** SLSA provenance of the current GitLab job, or why it cannot be built here. */
function gitlabProvenance(env, claims) {
    const ctx = gitlabProvenanceContext(env, claims);
    if ('missing' in ctx)
        return ctx;
    return { predicate: (0,_attest_gitlab_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .buildGitLabProvenance */ .j)(ctx) };
}
/** SLSA provenance of the CI run this process is in: a GitHub Actions run or a GitLab job. */
function ciProvenance(env, claims) {
    if (env.GITLAB_CI === 'true')
        return gitlabProvenance(env, claims);
    const made = githubProvenance(env, claims);
    return 'missing' in made
        ? { missing: 'provenance is built from a GitHub Actions run or a GitLab CI/CD job context' }
        : made;
}


/***/ })

};
