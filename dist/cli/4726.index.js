export const id = 4726;
export const ids = [4726];
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

/***/ 44726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestCommand: () => (/* binding */ attestCommand)
/* harmony export */ });
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88374);
/* harmony import */ var _common_provenance_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90538);
/* harmony import */ var _oidc_token_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46886);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76109);
/* harmony import */ var _attestation_store_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19450);
/* harmony import */ var _common_github_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78584);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42229);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58652);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7351);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4964);
/* harmony import */ var _sign_each_image_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(31825);
/* harmony import */ var _predicate_flag_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(13628);
// `signet attest IMAGE…`: in-toto attestations of images, with cosign's flags (`--predicate`, `--type`
// with cosign's shorthands), in both storage formats. Many images share one signer (one Fulcio
// certificate for the run) and one registry client; the command fails if any image failed.












const attestCommand = {
    name: 'attest',
    usage: 'signet attest --predicate FILE --type TYPE [--key KEY | --identity-token T] [flags] IMAGE… [--images-from FILE]',
    flags: {
        ..._flags_js__WEBPACK_IMPORTED_MODULE_8__/* .SIGNING_FLAGS */ .uo,
        ..._flags_js__WEBPACK_IMPORTED_MODULE_8__/* .ATTESTATION_STORAGE_FLAGS */ .vY,
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
        ..._flags_js__WEBPACK_IMPORTED_MODULE_8__/* .IMAGES_FLAGS */ .v0,
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const images = await (0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .imagesArgument */ .OW)(positionals, flags, host, 'attest');
        const push = (0,_common_github_store_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePushToGitHub */ .Qu)((0,_common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(flags, 'push-to-github'), '--push-to-github');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .outputFormat */ .B$)(flags);
        const type = (0,_predicate_flag_js__WEBPACK_IMPORTED_MODULE_11__/* .predicateTypeFlag */ .I)(flags);
        const path = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(flags, 'predicate');
        let predicate;
        if (!path && type === _attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SLSA_PROVENANCE_V1 */ .us) {
            // No file: SLSA provenance of this CI run (GitHub: as actions/attest-build-provenance makes;
            // GitLab: Signet's gitlab-ci/v1 build type, from the job's ID token where it is in the environment).
            const token = host.env.SIGSTORE_ID_TOKEN;
            const made = (0,_common_provenance_context_js__WEBPACK_IMPORTED_MODULE_1__/* .ciProvenance */ .Sv)(host.env, token ? (0,_oidc_token_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeClaims */ .Yq)(token) : undefined);
            if ('missing' in made)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--predicate FILE is required outside a CI run: ${made.missing}`);
            predicate = made.predicate;
        }
        else {
            if (!path)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--predicate FILE is required');
            try {
                predicate = JSON.parse((await host.readFile(path)).toString('utf8'));
            }
            catch (err) {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--predicate ${path}: not a JSON file: ${err.message}`);
            }
        }
        const format = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_7__/* .storageFormat */ .pi)(flags, 'attestation-format');
        const recursive = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_6__/* .bool */ .lc)(flags, 'recursive');
        return (0,_sign_each_image_js__WEBPACK_IMPORTED_MODULE_10__/* .signEachImage */ .C)('attest', images, flags, host, format !== 'bundle', async (image, deps) => {
            const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attestImage */ .DT)({
                image,
                predicateType: type,
                predicate,
                format,
                recursive,
                signatureRepository: deps.signatureRepository,
            }, deps);
            await storeAttestations(result, type, push, host);
            printAttested(result, output, host);
            return result;
        });
    },
};
/** With --push-to-github: the attestations also go to the repository's GitHub attestations. */
async function storeAttestations(result, type, push, host) {
    const name = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRepository */ .Sh)(result.image);
    const stored = await (0,_common_github_store_js__WEBPACK_IMPORTED_MODULE_5__/* .storeOnGitHub */ .KC)(push, (0,_common_github_store_js__WEBPACK_IMPORTED_MODULE_5__/* .githubStoreTarget */ .CX)(host, host.env.GITHUB_TOKEN, false), (0,_attestation_store_index_js__WEBPACK_IMPORTED_MODULE_4__/* .toBundlesToStore */ .jb)(result.attestations.map((a) => ({
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
}
function printAttested(result, output, host) {
    if (output === 'json') {
        host.stdout(JSON.stringify({
            schema: 'signet.attest/v1',
            image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .Y4)(result.image),
            digest: result.digest,
            predicateType: result.predicateType,
            attestations: result.attestations.map((a) => ({
                subject: a.subject.digest,
                platform: a.subject.platform,
                format: a.format,
                location: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .Y4)(a.location),
                logIndex: a.logIndex ?? null,
            })),
            warnings: result.warnings,
        }) + '\n');
    }
    else {
        host.stdout(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .Y4)(result.image)}\n`);
        for (const a of result.attestations) {
            const log = a.logIndex !== undefined ? ` (rekor log index ${a.logIndex})` : '';
            host.stderr(`attested ${a.subject.digest} [${a.format}] -> ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .Y4)(a.location)}${log}\n`);
        }
    }
    for (const w of result.warnings)
        host.stderr(`warning: ${w}\n`);
}


/***/ }),

/***/ 7351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ SIGNATURE_STORAGE_FLAGS),
/* harmony export */   Oi: () => (/* binding */ VERIFY_FLAGS),
/* harmony export */   X8: () => (/* binding */ CLUSTER_OUTPUT_FLAGS),
/* harmony export */   uo: () => (/* binding */ SIGNING_FLAGS),
/* harmony export */   v0: () => (/* binding */ IMAGES_FLAGS),
/* harmony export */   vY: () => (/* binding */ ATTESTATION_STORAGE_FLAGS)
/* harmony export */ });
/* harmony import */ var _common_signing_services_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49761);
// The flags the image and blob commands share, in cosign's names: signing (key or keyless, the
// Sigstore services), verifying (key or identity, claims, trust), where signatures and attestations are
// stored, and the images a command works on (IMAGE… and --images-from).

/** Flags of the signing commands (cosign's names). */
const SIGNING_FLAGS = {
    key: {
        type: 'string',
        value: 'KEY',
        description: 'sign with a cosign key: a file, env://VAR, gitlab://PROJECT, k8s://NS/SECRET or a KMS URI (hashivault://, awskms://, gcpkms://, azurekms://) or pkcs11: (CLI only)',
    },
    'identity-token': {
        type: 'string',
        value: 'TOKEN',
        description: 'OIDC token for keyless signing, or a file holding it (visible in ps: prefer --identity-token-file or $SIGSTORE_ID_TOKEN; default GitHub Actions)',
    },
    'identity-token-file': { type: 'string', value: 'FILE', description: 'a file holding the OIDC token' },
    'key-password-file': {
        type: 'string',
        value: 'FILE',
        description: 'a file holding the password of --key (default $COSIGN_PASSWORD)',
    },
    'fulcio-url': { type: 'string', value: 'URL', description: 'Fulcio', default: _common_signing_services_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_FULCIO_URL */ .jl },
    'rekor-url': { type: 'string', value: 'URL', description: 'Rekor (v1 API)', default: _common_signing_services_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REKOR_URL */ .AD },
    'timestamp-server-url': { type: 'string', value: 'URL', description: 'RFC 3161 timestamp authority' },
    'signing-config': {
        type: 'string',
        value: 'FILE',
        description: 'Sigstore signing config (caUrls, rekorTlogUrls, tsaUrls) instead of the URL flags',
    },
    'tlog-upload': { type: 'boolean', description: 'record the signature in Rekor', default: true },
    yes: {
        type: 'boolean',
        short: 'y',
        description: 'accepted for cosign compatibility (Signet never prompts)',
    },
};
/** Flags of the verifying commands (cosign's names; claims by their Fulcio names). */
const VERIFY_FLAGS = {
    key: {
        type: 'string',
        value: 'KEY',
        description: 'verify with a public key: a file, env://VAR, gitlab://PROJECT, k8s://NS/SECRET or a KMS URI (hashivault://, awskms://, gcpkms://, azurekms://) or pkcs11: (CLI only)',
    },
    'certificate-identity': { type: 'string', value: 'SAN', description: 'the exact signer identity' },
    'certificate-identity-regexp': {
        type: 'string',
        value: 'RE',
        description: 'signer identity as a regular expression (anchored)',
    },
    'certificate-oidc-issuer': { type: 'string', value: 'URL', description: 'the exact OIDC issuer' },
    'certificate-oidc-issuer-regexp': {
        type: 'string',
        value: 'RE',
        description: 'OIDC issuer as a regular expression (anchored)',
    },
    'source-repository-uri': {
        type: 'string',
        value: 'URI',
        description: 'require this source repository claim',
    },
    'source-repository-ref': { type: 'string', value: 'REF', description: 'require this source ref claim' },
    'source-repository-digest': {
        type: 'string',
        value: 'SHA',
        description: 'require this source commit claim',
    },
    'build-trigger': { type: 'string', value: 'EVENT', description: 'require this build trigger claim' },
    'build-signer-uri': { type: 'string', value: 'URI', description: 'require this build signer URI claim' },
    'build-signer-digest': {
        type: 'string',
        value: 'SHA',
        description: 'require this build signer digest claim',
    },
    'runner-environment': {
        type: 'string',
        value: 'ENV',
        description: 'require this runner environment claim',
    },
    'allow-any-identity': {
        type: 'boolean',
        description: 'allow a broad identity or issuer regexp (one that also matches attacker-shaped identities)',
    },
    'trusted-root': {
        type: 'string',
        value: 'FILE',
        description: 'Sigstore trusted_root.json (default: public-good Sigstore through TUF)',
    },
    'insecure-ignore-tlog': {
        type: 'boolean',
        description: 'accept signatures without a transparency log entry (keys signed with --tlog-upload=false)',
    },
    output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
};
/** Where `sign` and `verify` store and read signatures. */
const SIGNATURE_STORAGE_FLAGS = {
    'signature-format': {
        type: 'string',
        value: 'legacy|bundle|both',
        description: 'cosign .sig tags, Sigstore bundle referrers, or both',
        default: 'both',
    },
    'signature-repository': {
        type: 'string',
        value: 'REPO',
        description: 'where signatures are stored (default $COSIGN_REPOSITORY, else beside the image)',
    },
};
/** Where `attest` and `verify-attestation` store and read attestations, and of which predicate type. */
const ATTESTATION_STORAGE_FLAGS = {
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
/** The images a command works on besides its IMAGE arguments, and how many at once. */
const IMAGES_FLAGS = {
    'images-from': {
        type: 'string',
        value: 'FILE',
        description: 'also the images listed in FILE, one reference per line (# comments and blank lines ignored)',
    },
    concurrency: {
        type: 'string',
        value: 'N',
        description: 'images in flight at once (default: from the CPUs Node may use: one each to verify, four each to sign or attest)',
    },
};
/** Where admission objects go: files for GitOps, or a server-side apply to a cluster. */
const CLUSTER_OUTPUT_FLAGS = {
    'output-dir': { type: 'string', value: 'DIR', description: 'write one file per object for GitOps' },
    apply: { type: 'boolean', description: 'server-side apply to the cluster (fieldManager signet)' },
    'dry-run': { type: 'boolean', description: 'with --apply: validate on the server, store nothing' },
    kubeconfig: {
        type: 'string',
        value: 'FILE',
        description: 'kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
    },
    context: { type: 'string', value: 'NAME', description: 'kubeconfig context' },
};


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ imagesArgument),
/* harmony export */   PV: () => (/* binding */ defaultConcurrency),
/* harmony export */   Wx: () => (/* binding */ forEachImage),
/* harmony export */   eN: () => (/* binding */ concurrencyFlag),
/* harmony export */   o3: () => (/* binding */ reportFailures)
/* harmony export */ });
/* unused harmony exports MAX_IMAGES_FILE_BYTES, MAX_IMAGES, parseImagesFile */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15489);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76109);
/* harmony import */ var _common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25352);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42229);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35975);
// Many images per call (`signet sign|verify|attest IMAGE… --images-from FILE`): the image list read once,
// how many run at once (sized from the machine, not a fixed 8: on 2 cores 8 in flight is slower than
// 1), and the fan-out that runs every image to its own result, so one failure neither hides nor stops
// the others and the command still fails closed.






/** The largest --images-from file read (about 4,000 references of 256 characters). */
const MAX_IMAGES_FILE_BYTES = 1024 * 1024;
/** The most images one call takes. */
const MAX_IMAGES = 10_000;
/**
 * Operations in flight by default, from the CPUs Node may use. Verifications are mostly CPU (signature
 * and certificate checks): one per CPU, at least 2 (a registry round trip overlaps another image's
 * checks), at most 16. Writes (sign, attest) mostly wait on the registry (uploads, the read-back after
 * a tag update): four per CPU, at most 32.
 */
function defaultConcurrency(work = 'verify', cpus = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)()) {
    return work === 'write' ? Math.min(32, Math.max(4, 4 * cpus)) : Math.min(16, Math.max(2, cpus));
}
/**
 * Parses an --images-from file: one image reference per line; `#` starts a comment (a reference never
 * holds one), blank lines are ignored. A bad line is a usage error naming the file and the line.
 */
function parseImagesFile(text, path) {
    const images = [];
    const lines = text.split(/\r?\n/);
    for (const [i, raw] of lines.entries()) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        if (/\s/.test(line)) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${path} line ${i + 1}: one image reference per line, got ${JSON.stringify(line)}`);
        }
        try {
            images.push((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(line));
        }
        catch (err) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${path} line ${i + 1}: ${err.message}`);
        }
        if (images.length > MAX_IMAGES) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${path}: more than ${MAX_IMAGES} images; split the list`);
        }
    }
    return images;
}
/** The IMAGE arguments, then the images of --images-from; at least one, duplicates kept once. */
async function imagesArgument(positionals, flags, host, command) {
    const images = positionals.map((p) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(p));
    const file = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'images-from');
    if (file !== undefined) {
        let bytes;
        try {
            bytes = await host.readFile(file);
        }
        catch (err) {
            const code = err.code;
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${file} cannot be read${code ? ` (${code})` : ''}: check the path`);
        }
        if (bytes.length > MAX_IMAGES_FILE_BYTES) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--images-from ${file} is ${bytes.length} bytes, more than ${MAX_IMAGES_FILE_BYTES}: split the list`);
        }
        images.push(...parseImagesFile(bytes.toString('utf8'), file));
    }
    if (images.length === 0) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`signet ${command} takes an IMAGE (or --images-from FILE), got none`);
    }
    if (images.length > MAX_IMAGES)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`signet ${command} takes at most ${MAX_IMAGES} images`);
    const seen = new Set();
    return images.filter((i) => {
        const key = JSON.stringify([i.registry, i.repository, i.tag, i.digest]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** `--concurrency`, else the machine's default for this kind of work. */
function concurrencyFlag(flags, work) {
    return (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .countFlag */ .GN)(flags, 'concurrency', 256) ?? defaultConcurrency(work);
}
/**
 * Runs `fn` for every image, at most `limit` at once, and returns each image's outcome in the order
 * given. Unlike mapLimit, a failed image does not stop the others: each gets its own result.
 */
async function forEachImage(images, limit, fn) {
    const out = new Array(images.length);
    let next = 0;
    const worker = async () => {
        while (next < images.length) {
            const i = next++;
            const image = images[i];
            try {
                out[i] = { image, result: await fn(image) };
            }
            catch (error) {
                out[i] = { image, error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, images.length) }, worker));
    return out;
}
/**
 * After a run over many images: one line per image that failed (with its code), a count, and the exit
 * code: 0 only when every image succeeded.
 */
function reportFailures(command, outcomes, host, done, succeeded = () => true) {
    let failed = 0;
    for (const o of outcomes) {
        if ('error' in o) {
            failed++;
            const e = o.error;
            const message = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .T ? `${e.message} [${e.code}]` : e instanceof Error ? e.message : String(e);
            host.stderr(`signet ${command}: ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .Y4)(o.image)}: ${(0,_common_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .toTerminalLine */ .iV)(message)}\n`);
            if (host.env.SIGNET_DEBUG && e instanceof Error && e.cause)
                host.stderr(`  caused by: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .U)(e.cause)}\n`);
        }
        else if (!succeeded(o.result))
            failed++;
    }
    host.stderr(`${done} ${outcomes.length - failed} of ${outcomes.length} images\n`);
    return failed === 0 ? 0 : 1;
}


/***/ }),

/***/ 13628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ predicateTypeFlag)
/* harmony export */ });
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88374);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42229);
// `--type` of `attest` and `verify-attestation`: cosign's shorthands (cyclonedx, spdxjson,
// slsaprovenance1, custom, …) or a predicate type URI.


/** The predicate type `--type` names; a usage error when it is missing or unknown. */
function predicateTypeFlag(flags) {
    const t = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'type');
    if (!t)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--type is required: cyclonedx, spdxjson, slsaprovenance1, custom or a URI');
    try {
        return (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePredicateType */ .$d)(t);
    }
    catch (err) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(err.message);
    }
}


/***/ }),

/***/ 31825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ signEachImage)
/* harmony export */ });
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58652);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4964);


/**
 * Runs `write` for every image with one registry client and one signer; returns the exit code.
 * `legacyFormat`: the `.sig`/`.att` format will be written (only Rekor v1 logs serve it).
 */
async function signEachImage(command, images, flags, host, legacyFormat, write) {
    const concurrency = (0,_images_js__WEBPACK_IMPORTED_MODULE_1__/* .concurrencyFlag */ .eN)(flags, 'write'); // a bad --concurrency fails before any service
    const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_0__/* .signatureRepository */ .jL)(flags, host);
    const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_0__/* .registryClient */ .Rk)(flags, host, sigRepo ? [...images, sigRepo] : [...images]);
    try {
        const { signer, witnesses, notices } = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_0__/* .signingDeps */ .qf)(flags, host, { legacyFormat });
        for (const n of notices)
            host.stderr(`warning: ${n}\n`);
        const deps = { registry, signer, witnesses, signatureRepository: sigRepo };
        if (images.length === 1) {
            await write(images[0], deps);
            return 0;
        }
        const outcomes = await (0,_images_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachImage */ .Wx)(images, concurrency, (image) => write(image, deps));
        return (0,_images_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFailures */ .o3)(command, outcomes, host, command === 'sign' ? 'signed' : 'attested');
    }
    finally {
        registry.close();
    }
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
