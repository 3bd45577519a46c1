export const id = 455;
export const ids = [455];
export const modules = {

/***/ 95278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lX: () => (/* reexport */ ATTESTATIONS_PERMISSIONS_HINT),
  BZ: () => (/* reexport */ publishAttestations),
  jb: () => (/* reexport */ toBundlesToStore)
});

// UNUSED EXPORTS: AttestationStoreError, CREATE_ATTESTATION_ROUTE, CREATE_STORAGE_RECORD_ROUTE, GITHUB_API_VERSION, GITHUB_JSON_MEDIA_TYPE, MAX_SUBJECTS_PER_ATTESTATION, STORAGE_RECORD_PERMISSIONS_HINT, isRetryableStatus, toRetryDelay

// EXTERNAL MODULE: ./src/sign/clock.ts
var sign_clock = __webpack_require__(14735);
;// CONCATENATED MODULE: ./src/attestation-store/constants.ts
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
/** GitHub's limit on subjects in one attestation, as actions/attest enforces it. */
const MAX_SUBJECTS_PER_ATTESTATION = 1024;
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/attestation-store/errors.ts
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

;// CONCATENATED MODULE: ./src/attestation-store/publish-attestations.ts



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
    if (envelope?.payloadType !== 'application/vnd.in-toto+json') {
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

;// CONCATENATED MODULE: ./src/attestation-store/collect-bundles.ts
const isStatementBundle = (b) => b?.dsseEnvelope?.payloadType ===
    'application/vnd.in-toto+json';
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

;// CONCATENATED MODULE: ./src/attestation-store/index.ts
// GitHub's attestation store: post Sigstore bundles to the repository's attestations (and storage
// records to the organization), as actions/attest does, with retries and the fix for a 403.






/***/ }),

/***/ 31455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestCommand: () => (/* binding */ attestCommand),
/* harmony export */   verifyAttestationCommand: () => (/* binding */ verifyAttestationCommand)
/* harmony export */ });
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95043);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8649);
/* harmony import */ var _common_vsa_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87498);
/* harmony import */ var _common_provenance_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91739);
/* harmony import */ var _oidc_token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83707);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12133);
/* harmony import */ var _attestation_store_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95278);
/* harmony import */ var _common_github_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23189);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9700);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78019);
// `signet attest` and `signet verify-attestation`: in-toto attestations of an image, with cosign's
// flags (`--predicate`, `--type` with cosign's shorthands), in both storage formats.










function predicateType(flags) {
    const t = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'type');
    if (!t)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--type is required: cyclonedx, spdxjson, slsaprovenance1, custom or a URI');
    try {
        return (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePredicateType */ .$d)(t);
    }
    catch (err) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(err.message);
    }
}
const STORAGE_FLAGS = {
    'attestation-format': {
        type: 'string',
        value: 'legacy|bundle|both',
        description: 'cosign .att tags, Sigstore bundle referrers, or both',
        default: 'both',
    },
    'signature-repository': {
        type: 'string',
        value: 'REPO',
        description: 'where attestations are stored (default $COSIGN_REPOSITORY, else beside the image)',
    },
    type: {
        type: 'string',
        value: 'TYPE',
        description: 'predicate type: cyclonedx, spdxjson, slsaprovenance1, custom, … or a URI',
    },
};
const attestCommand = {
    name: 'attest',
    usage: 'signet attest --predicate FILE --type TYPE [--key KEY | --identity-token T] [flags] IMAGE',
    flags: {
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .SIGNING_FLAGS */ .uo,
        ...STORAGE_FLAGS,
        predicate: {
            type: 'string',
            value: 'FILE',
            description: 'the predicate, a JSON file (for slsaprovenance1 in GitHub Actions or GitLab CI: built from the run when absent)',
        },
        recursive: {
            type: 'boolean',
            short: 'r',
            description: 'for an index, also attest every platform manifest',
            default: true,
        },
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
        'push-to-github': {
            type: 'string',
            value: 'auto|true|false',
            description: "also store the attestations in the repository's GitHub attestations ($GITHUB_REPOSITORY, $GITHUB_TOKEN); auto: when a token is there",
            default: 'auto',
        },
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .imageArgument */ .hu)(positionals, 'attest');
        const push = (0,_common_github_store_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePushToGitHub */ .Qu)((0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'push-to-github'), '--push-to-github');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .outputFormat */ .B$)(flags);
        const type = predicateType(flags);
        const path = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'predicate');
        let predicate;
        if (!path && type === _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SLSA_PROVENANCE_V1 */ .us) {
            // No file: SLSA provenance of this CI run (GitHub: as actions/attest-build-provenance makes;
            // GitLab: Signet's gitlab-ci/v1 build type, from the job's ID token where it is in the environment).
            const token = host.env.SIGSTORE_ID_TOKEN;
            const made = (0,_common_provenance_context_js__WEBPACK_IMPORTED_MODULE_3__/* .ciProvenance */ .Sv)(host.env, token ? (0,_oidc_token_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeClaims */ .Yq)(token) : undefined);
            if ('missing' in made)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--predicate FILE is required outside a CI run: ${made.missing}`);
            predicate = made.predicate;
        }
        else {
            if (!path)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--predicate FILE is required');
            try {
                predicate = JSON.parse((await host.readFile(path)).toString('utf8'));
            }
            catch (err) {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--predicate ${path}: not a JSON file: ${err.message}`);
            }
        }
        const format = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .storageFormat */ .pi)(flags, 'attestation-format');
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const { signer, witnesses, notices } = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .signingDeps */ .qf)(flags, host, {
                legacyFormat: format !== 'bundle',
            });
            for (const n of notices)
                host.stderr(`warning: ${n}\n`);
            const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attestImage */ .DT)({
                image,
                predicateType: type,
                predicate,
                format,
                recursive: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .bool */ .lc)(flags, 'recursive'),
                signatureRepository: sigRepo,
            }, { registry, signer, witnesses });
            const name = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatRepository */ .Sh)(result.image);
            const stored = await (0,_common_github_store_js__WEBPACK_IMPORTED_MODULE_7__/* .storeOnGitHub */ .KC)(push, (0,_common_github_store_js__WEBPACK_IMPORTED_MODULE_7__/* .githubStoreTarget */ .CX)(host, host.env.GITHUB_TOKEN, false), (0,_attestation_store_index_js__WEBPACK_IMPORTED_MODULE_6__/* .toBundlesToStore */ .jb)(result.attestations.map((a) => ({
                subject: `${name}@${a.subject.digest}`,
                kind: type,
                format: a.format,
                bundle: a.bundle,
            }))), { fetch: host.fetch });
            if ('stored' in stored) {
                for (const g of stored.stored.attestations)
                    host.stderr(`stored on GitHub: ${g.url}\n`);
                result.warnings.push(...stored.stored.warnings);
            }
            else if (push !== 'false' && host.env.GITHUB_REPOSITORY)
                host.stderr(`${stored.skipped}\n`);
            if (output === 'json') {
                host.stdout(JSON.stringify({
                    schema: 'signet.attest/v1',
                    image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(result.image),
                    digest: result.digest,
                    predicateType: result.predicateType,
                    attestations: result.attestations.map((a) => ({
                        subject: a.subject.digest,
                        platform: a.subject.platform,
                        format: a.format,
                        location: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(a.location),
                        logIndex: a.logIndex ?? null,
                    })),
                    warnings: result.warnings,
                }) + '\n');
            }
            else {
                host.stdout(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(result.image)}\n`);
                for (const a of result.attestations) {
                    const log = a.logIndex !== undefined ? ` (rekor log index ${a.logIndex})` : '';
                    host.stderr(`attested ${a.subject.digest} [${a.format}] -> ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(a.location)}${log}\n`);
                }
            }
            for (const w of result.warnings)
                host.stderr(`warning: ${w}\n`);
            return 0;
        }
        finally {
            registry.close();
        }
    },
};
const verifyAttestationCommand = {
    name: 'verify-attestation',
    usage: 'signet verify-attestation --type TYPE [--key KEY | --certificate-identity[-regexp] X --certificate-oidc-issuer[-regexp] Y] [flags] IMAGE',
    flags: { ..._common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .VERIFY_FLAGS */ .Oi, ...STORAGE_FLAGS, ..._common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .VSA_CHECK_FLAGS */ .kQ, ..._common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .VSA_WRITE_FLAGS */ .nR, ..._common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .REGISTRY_FLAGS */ .sY },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .imageArgument */ .hu)(positionals, 'verify-attestation');
        const type = predicateType(flags);
        const formats = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .storageFormat */ .pi)(flags, 'attestation-format');
        (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .checkVsaFlags */ .U4)(flags, host);
        const isVsa = type === _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SLSA_VSA_V1 */ .Nw;
        if (isVsa && (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .bool */ .lc)(flags, 'vsa')) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--vsa writes a summary of a verification; it cannot summarise --type vsa itself');
        }
        if (!isVsa) {
            for (const f of ['max-age', 'vsa-level', 'vsa-verifier']) {
                const v = flags[f];
                if (v !== undefined && !(Array.isArray(v) && v.length === 0)) {
                    throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--${f} applies to --type vsa only`);
                }
            }
        }
        const policy = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyPolicy */ .Es)(flags, host);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            let result;
            try {
                result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyAttestations */ .rm)({ image, predicateType: type, policy, signatureRepository: sigRepo, formats }, { registry });
            }
            catch (err) {
                if (err instanceof _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .AttestError */ .yj && err.code === 'ATTEST_NOT_FOUND' && (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .wantsVsa */ .md)(flags, false)) {
                    const digest = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveDigest */ .j)(registry, image);
                    await (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .writeVsa */ .GH)(flags, host, registry, {
                        image,
                        digest,
                        signatureRepository: sigRepo,
                        evidence: (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .missingEvidence */ .QI)(policy, [type]),
                    });
                }
                throw err;
            }
            if (isVsa) {
                // A signed summary is accepted only when it also says the right thing about this digest.
                const expect = (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .vsaExpectation */ .hW)(flags, image, result.digest, new Date());
                const kept = [];
                for (const a of result.attestations) {
                    try {
                        (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVsa */ .Ch)(a.statement, expect);
                        kept.push(a);
                    }
                    catch (err) {
                        if (!(err instanceof _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .AttestError */ .yj))
                            throw err;
                        result.rejected.push({
                            format: a.format,
                            location: a.location,
                            code: err.code,
                            message: err.message,
                        });
                    }
                }
                result.attestations = kept;
                result.verified = kept.length > 0;
            }
            if ((0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .wantsVsa */ .md)(flags, result.verified)) {
                await (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_2__/* .writeVsa */ .GH)(flags, host, registry, {
                    image,
                    digest: result.digest,
                    signatureRepository: sigRepo,
                    evidence: (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toVsaEvidence */ .Vd)({ policy, attestations: [result] }),
                });
            }
            for (const a of result.attestations)
                host.stdout(JSON.stringify(a.statement) + '\n');
            const where = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)({ ...result.image, digest: result.digest });
            for (const a of result.attestations) {
                const who = a.identity ? ` by ${a.identity.subjectAlternativeName ?? ''}` : '';
                host.stderr(`verified ${a.format} ${a.location}${who}\n`);
            }
            for (const r of result.rejected)
                host.stderr(`rejected ${r.format} ${r.location}: ${r.code}: ${r.message}\n`);
            for (const w of result.warnings)
                host.stderr(`warning: ${w}\n`);
            if (!result.verified) {
                host.stderr(`signet verify-attestation: ${where}: none of its ${result.rejected.length} ${type} attestations passed\n`);
                return 1;
            }
            return 0;
        }
        finally {
            registry.close();
        }
    },
};


/***/ }),

/***/ 23189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ githubStoreTarget),
/* harmony export */   KC: () => (/* binding */ storeOnGitHub),
/* harmony export */   Qu: () => (/* binding */ parsePushToGitHub)
/* harmony export */ });
/* unused harmony exports PUSH_TO_GITHUB_VALUES, githubRequest */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92785);
/* harmony import */ var _attestation_store_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95278);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9700);
// `push-to-github`: stores a run's attestations in GitHub's attestation store with the job's token, as
// actions/attest does. Builds @actions/github's Octokit (the one HTTP client for GitHub's API) and
// reads the GitHub variables (GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_API_URL); the storing
// itself is src/attestation-store. `auto` stores when a token is there and reports, without failing,
// when the token may not (no `attestations: write`); `true` fails then; `false` never stores.



const PUSH_TO_GITHUB_VALUES = ['auto', 'true', 'false'];
/** Parses `push-to-github` (`label` names the input or flag in errors). */
function parsePushToGitHub(text, label) {
    const v = (text ?? 'auto').trim() || 'auto';
    if (!PUSH_TO_GITHUB_VALUES.includes(v)) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label} takes auto, true or false, got ${JSON.stringify(text)}`);
    }
    return v;
}
/** Octokit's `request`, as src/attestation-store takes it: token to `apiURL` only. */
function githubRequest(token, apiURL, fetchImpl) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: apiURL.replace(/\/+$/, ''),
        ...(fetchImpl ? { request: { fetch: fetchImpl } } : {}),
    });
    return async (route, params) => {
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
            throw new _values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`push-to-github: true needs ${missing}; ${_attestation_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTESTATIONS_PERMISSIONS_HINT */ .lX}`);
        return { skipped: `not stored on GitHub (push-to-github: auto): ${missing}` };
    }
    const [owner, repo] = target.repository.split('/');
    if (!owner || !repo)
        throw new _values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`GITHUB_REPOSITORY must be OWNER/REPO, got ${JSON.stringify(target.repository)}`);
    const request = opts.request ?? githubRequest(target.token, target.apiURL, opts.fetch);
    const stored = await (0,_attestation_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .publishAttestations */ .BZ)({
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

/***/ 22576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wn: () => (/* binding */ ciRunIdentity)
/* harmony export */ });
/* unused harmony exports githubIssuer, githubRunIdentity, gitlabRunIdentity */
const PUBLIC_GITHUB = 'https://github.com';
/** The issuer of this GitHub's Actions tokens: github.com's, or a GHES instance's own. */
function githubIssuer(serverURL) {
    return serverURL.replace(/\/+$/, '') === PUBLIC_GITHUB
        ? 'https://token.actions.githubusercontent.com'
        : `${serverURL.replace(/\/+$/, '')}/_services/token`;
}
/**
 * The identity Fulcio certifies for this job: `<server>/<job_workflow_ref>` (the reusable workflow's
 * own file when the job runs one) and the token's issuer. Without a token, GITHUB_WORKFLOW_REF is the
 * best the environment offers (the caller's workflow: wrong inside a reusable workflow).
 */
function githubRunIdentity(env, claims) {
    const server = (env.GITHUB_SERVER_URL ?? PUBLIC_GITHUB).replace(/\/+$/, '');
    if (claims && typeof claims.job_workflow_ref === 'string' && typeof claims.iss === 'string') {
        return { identity: `${server}/${claims.job_workflow_ref}`, issuer: claims.iss };
    }
    if (env.GITHUB_WORKFLOW_REF) {
        return { identity: `${server}/${env.GITHUB_WORKFLOW_REF}`, issuer: githubIssuer(server) };
    }
    return undefined;
}
/**
 * The identity Fulcio certifies for this pipeline: `https://` + the token's `ci_config_ref_uri`
 * (`gitlab.com/group/project//.gitlab-ci.yml@refs/heads/main`) and its issuer; without a token, the
 * same built from CI_PROJECT_URL, CI_CONFIG_PATH and the ref, with CI_SERVER_URL as issuer.
 */
function gitlabRunIdentity(env, claims) {
    if (claims && typeof claims.ci_config_ref_uri === 'string' && typeof claims.iss === 'string') {
        return { identity: `https://${claims.ci_config_ref_uri}`, issuer: claims.iss };
    }
    if (env.CI_PROJECT_URL && env.CI_CONFIG_PATH && env.CI_COMMIT_REF_NAME && env.CI_SERVER_URL) {
        const ref = env.CI_COMMIT_TAG ? `refs/tags/${env.CI_COMMIT_TAG}` : `refs/heads/${env.CI_COMMIT_REF_NAME}`;
        return { identity: `${env.CI_PROJECT_URL}//${env.CI_CONFIG_PATH}@${ref}`, issuer: env.CI_SERVER_URL };
    }
    return undefined;
}
/** GitHub's identity when the token or environment is GitHub's, else GitLab's, else none. */
function ciRunIdentity(env, claims) {
    if (claims?.job_workflow_ref !== undefined)
        return githubRunIdentity(env, claims);
    if (claims?.ci_config_ref_uri !== undefined)
        return gitlabRunIdentity(env, claims);
    if (env.GITHUB_ACTIONS === 'true')
        return githubRunIdentity(env, undefined);
    if (env.GITLAB_CI === 'true')
        return gitlabRunIdentity(env, undefined);
    return undefined;
}


/***/ }),

/***/ 91739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sv: () => (/* binding */ ciProvenance),
/* harmony export */   t6: () => (/* binding */ githubProvenance)
/* harmony export */ });
/* unused harmony exports githubProvenanceContext, gitlabProvenanceContext, gitlabProvenance */
/* harmony import */ var _attest_provenance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73134);
/* harmony import */ var _attest_gitlab_provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98708);
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


/***/ }),

/***/ 87498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ writeVsa),
/* harmony export */   QI: () => (/* binding */ missingEvidence),
/* harmony export */   U4: () => (/* binding */ checkVsaFlags),
/* harmony export */   hW: () => (/* binding */ vsaExpectation),
/* harmony export */   kQ: () => (/* binding */ VSA_CHECK_FLAGS),
/* harmony export */   md: () => (/* binding */ wantsVsa),
/* harmony export */   nR: () => (/* binding */ VSA_WRITE_FLAGS)
/* harmony export */ });
/* unused harmony export vsaVerifierId */
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95043);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12133);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78019);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22576);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9700);
// The VSA options of the verify commands (`--vsa`, `--vsa-on-failure`, …) and of `verify-attestation
// --type vsa` (`--max-age`, `--vsa-level`, …), read once here into the attest stage's inputs, and the one
// place a verify command writes its verification summary.






/** Flags that make a verify command sign and attach a VSA of its verdict. */
const VSA_WRITE_FLAGS = {
    vsa: {
        type: 'boolean',
        description: 'after a passing verification, sign and attach a SLSA verification summary (VSA) to the digest',
    },
    'vsa-on-failure': {
        type: 'boolean',
        description: 'also write a FAILED VSA when verification fails (the command still fails)',
    },
    'vsa-key': {
        type: 'string',
        value: 'KEY',
        description: 'sign the VSA with this cosign key (default: keyless, as the run identity)',
    },
    'vsa-verifier-id': {
        type: 'string',
        value: 'URI',
        description: "the VSA's verifier.id (default: the CI run's identity)",
    },
    'vsa-policy-uri': {
        type: 'string',
        value: 'URI',
        description: 'where the evaluated policy is published, recorded in the VSA (its digest always is)',
    },
    'vsa-format': {
        type: 'string',
        value: 'legacy|bundle|both',
        description: 'how the VSA is stored: cosign .att tag, bundle referrer, or both',
        default: 'both',
    },
    'identity-token': {
        type: 'string',
        value: 'TOKEN',
        description: 'OIDC token for keyless VSA signing, or a file holding it (default $SIGSTORE_ID_TOKEN, or GitHub Actions)',
    },
    'fulcio-url': {
        type: 'string',
        value: 'URL',
        description: 'Fulcio (VSA signing)',
        default: _context_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_FULCIO_URL */ .jl,
    },
    'rekor-url': {
        type: 'string',
        value: 'URL',
        description: 'Rekor (v1 API) for VSA signing',
        default: _context_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REKOR_URL */ .AD,
    },
    'timestamp-server-url': {
        type: 'string',
        value: 'URL',
        description: 'RFC 3161 timestamp authority (VSA signing)',
    },
    'signing-config': {
        type: 'string',
        value: 'FILE',
        description: 'Sigstore signing config for VSA signing instead of the URL flags',
    },
    'tlog-upload': { type: 'boolean', description: 'record the VSA signature in Rekor', default: true },
};
/** Flags of `verify-attestation --type vsa`: what the summary must say. */
const VSA_CHECK_FLAGS = {
    'max-age': {
        type: 'string',
        value: 'DURATION',
        description: 'vsa: refuse summaries older than this (e.g. 24h)',
    },
    'vsa-result': {
        type: 'string',
        value: 'PASSED|FAILED',
        description: 'vsa: the verificationResult required',
        default: 'PASSED',
    },
    'vsa-level': {
        type: 'list',
        value: 'LEVEL',
        description: 'vsa: a level the summary must meet (SLSA_BUILD_LEVEL_2 is met by 2 or 3); repeatable',
    },
    'vsa-verifier': {
        type: 'list',
        value: 'URI',
        description: 'vsa: an accepted verifier.id; repeatable (default: any, the signer check binds it)',
    },
};
/** Whether the flags ask for a VSA for this verdict. */
function wantsVsa(flags, passed) {
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa') && (passed || (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa-on-failure'));
}
/** Refuses bad VSA flags (`--vsa-on-failure` without `--vsa`, no verifier id) before anything runs. */
function checkVsaFlags(flags, host) {
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa-on-failure') && !(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa')) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--vsa-on-failure needs --vsa');
    }
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'vsa'))
        vsaVerifierId(flags, host);
    const format = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-format');
    if (format !== undefined && !['legacy', 'bundle', 'both'].includes(format)) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--vsa-format takes legacy, bundle or both, got ${JSON.stringify(format)}`);
    }
}
/** The evidence of a verification that found nothing to check: FAILED, no inputs. */
function missingEvidence(policy, predicateTypes) {
    return {
        policy: (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toPolicyDocument */ .j)(policy, predicateTypes),
        inputAttestations: [],
        result: 'FAILED',
        verifiedLevels: ['FAILED'],
    };
}
/** The verifier.id of this run: `--vsa-verifier-id`, else the CI run's identity; a usage error without either. */
function vsaVerifierId(flags, host) {
    const given = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-verifier-id');
    if (given)
        return given;
    const id = (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .ciRunIdentity */ .wn)(host.env, undefined);
    if (id)
        return id.identity;
    throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--vsa needs a verifier id outside GitHub Actions and GitLab CI: pass --vsa-verifier-id URI (who vouches for this verification)');
}
/** Signs and attaches the VSA of one verification; prints where it went. */
async function writeVsa(flags, host, registry, target) {
    const verifierId = vsaVerifierId(flags, host);
    // The signing helper reads cosign's `--key`; for a verify command that flag is the verification key.
    const signFlags = { ...flags, key: (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-key') };
    const { signer, witnesses } = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .signingDeps */ .qf)(signFlags, host, {
        legacyFormat: ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-format') ?? 'both') !== 'bundle',
    });
    const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attestVsa */ .UK)({
        image: target.image,
        digest: target.digest,
        ...target.evidence,
        verifierId,
        verifierVersion: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x,
        timeVerified: new Date(),
        ...((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-policy-uri') ? { policyUri: (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-policy-uri') } : {}),
        format: ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-format') ?? 'both'),
        ...(target.signatureRepository ? { signatureRepository: target.signatureRepository } : {}),
    }, { registry, signer, witnesses });
    for (const a of result.attestations) {
        host.stderr(`vsa ${result.predicate.verificationResult} ${a.subject.digest} [${a.format}] -> ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)(a.location)}\n`);
    }
    for (const w of result.warnings)
        host.stderr(`warning: ${w}\n`);
    return result;
}
/** What `verify-attestation --type vsa` demands of each summary. */
function vsaExpectation(flags, image, digest, now) {
    const result = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-result') ?? 'PASSED';
    if (result !== 'PASSED' && result !== 'FAILED') {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--vsa-result takes PASSED or FAILED, got ${JSON.stringify(result)}`);
    }
    const maxAge = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'max-age');
    let maxAgeMs;
    if (maxAge !== undefined) {
        try {
            maxAgeMs = (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMaxAge */ .pq)(maxAge);
        }
        catch (err) {
            throw new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(err.message);
        }
    }
    const expect = { image, digest, result, now };
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-level').length > 0)
        expect.levels = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-level');
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-verifier').length > 0)
        expect.verifierIds = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-verifier');
    if (maxAgeMs !== undefined)
        expect.maxAgeMs = maxAgeMs;
    return expect;
}


/***/ })

};
