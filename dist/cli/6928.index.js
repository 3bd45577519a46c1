export const id = 6928;
export const ids = [6928];
export const modules = {

/***/ 74667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vv: () => (/* reexport */ parseBlobDigest),
  Pk: () => (/* reexport */ signBlob),
  tB: () => (/* reexport */ verifyBlob)
});

// UNUSED EXPORTS: toBlobDigest

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/blob/sign-blob.js
// `sign-blob`: a message signature over a file's bytes, packed as a Sigstore bundle v0.3 (what
// `cosign sign-blob --bundle` writes and `cosign verify-blob --bundle` reads), with the signing core
// of src/sign.


/** Signs `bytes` (a file's content) into a bundle v0.3 with the signer and witnesses of `deps`. */
async function signBlob(bytes, deps) {
    const data = Buffer.from(bytes);
    const { signMessage } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(5814), __webpack_require__.e(5179), __webpack_require__.e(9178)]).then(__webpack_require__.bind(__webpack_require__, 19178));
    const bundle = await signMessage(data, deps);
    return {
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`,
        bundle,
        bundleJSON: (0,dist.bundleToJSON)(bundle),
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/index.js + 18 modules
var registry = __webpack_require__(76109);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/errors.js
var errors = __webpack_require__(93549);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/signature.js + 12 modules
var verify_signature = __webpack_require__(26735);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/blob/verify-blob.js
// `verify-blob`: checks a Sigstore bundle (`--bundle`, as `cosign sign-blob --bundle` writes it) against
// a blob given as its bytes or as `sha256:<hex>`. The same checks as image signatures (verifySignature):
// trust, signer identity or key, tlog; plus what was signed: without `--type` a message signature whose
// digest is the blob's, with `--type` a DSSE statement of that predicate type whose subject contains it.
// Pure and synchronous: the caller read the files.




const SHA256_ARG = /^sha256:[0-9a-f]{64}$/;
/** The digest a `verify-blob` argument names when it is `sha256:<hex>`, else undefined (it is a path). */
function parseBlobDigest(arg) {
    return SHA256_ARG.test(arg) ? (0,registry/* parseDigest */.m)(arg) : undefined;
}
/** The sha256 digest of a blob's bytes. */
function toBlobDigest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Verifies one blob bundle; throws a VerifyError naming the failed check. */
function verifyBlob(input) {
    const bytes = 'bytes' in input.blob ? Buffer.from(input.blob.bytes) : undefined;
    const digest = bytes ? toBlobDigest(bytes) : input.blob.digest;
    if (!digest.startsWith('sha256:')) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_POLICY', `expected a sha256:<hex> blob digest, got ${digest}`);
    }
    const signature = (0,verify_signature/* verifySignature */.O)({
        format: 'blob',
        location: input.bundleSource ?? 'bundle',
        bundleJSON: input.bundleJSON,
        ...(bytes ? { artifact: bytes } : {}),
    }, {
        digest,
        repository: '',
        trust: input.policy.trust,
        signer: input.policy.signer,
        requireTlog: input.policy.requireTlog,
        ...(input.predicateType !== undefined ? { predicateType: input.predicateType } : {}),
    });
    return { digest, signature, warnings: [...input.policy.warnings] };
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/blob/index.js
// The blob stages: `sign-blob` and `verify-blob` (a file's bytes, not an image, with a Sigstore bundle
// beside it, as cosign's commands of the same names).




/***/ }),

/***/ 56928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBlobCommand: () => (/* binding */ verifyBlobCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76781);
/* harmony import */ var _blob_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74667);
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88374);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42229);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58652);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7351);
// `signet verify-blob FILE`: a file (or sha256:<hex>) verified against its Sigstore bundle, with the same
// key, identity and trust flags as the image commands.







const resolve = (host, p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, p));
function oneArgument(positionals, command) {
    if (positionals.length !== 1)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`signet ${command} takes one FILE, got ${positionals.length}`);
    return positionals[0];
}
const verifyBlobCommand = {
    name: 'verify-blob',
    usage: 'signet verify-blob --bundle B [--type TYPE] [--key KEY | --certificate-identity … --certificate-oidc-issuer …] FILE|sha256:<hex>',
    flags: {
        ..._flags_js__WEBPACK_IMPORTED_MODULE_6__/* .VERIFY_FLAGS */ .Oi,
        bundle: { type: 'string', value: 'B', description: 'the bundle to verify against (required)' },
        type: {
            type: 'string',
            value: 'TYPE',
            description: 'verify an attestation about the blob, of this predicate type (cyclonedx, spdxjson, slsaprovenance1, custom or a URI), instead of a blob signature',
        },
    },
    async run({ flags, positionals }, host) {
        const arg = oneArgument(positionals, 'verify-blob');
        const bundlePath = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'bundle');
        if (!bundlePath)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--bundle B is required');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .outputFormat */ .B$)(flags);
        const typeFlag = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'type');
        let predicateType;
        try {
            predicateType = typeFlag === undefined ? undefined : (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePredicateType */ .$d)(typeFlag);
        }
        catch (err) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(err.message);
        }
        const policy = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyPolicy */ .Es)(flags, host);
        const digest = (0,_blob_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBlobDigest */ .Vv)(arg);
        const blob = digest ? { digest } : { bytes: await host.readFile(resolve(host, arg)) };
        let bundleJSON;
        try {
            bundleJSON = JSON.parse((await host.readFile(resolve(host, bundlePath))).toString('utf8'));
        }
        catch (err) {
            if (err.code)
                throw err;
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--bundle ${bundlePath} is not JSON: ${err.message}`);
        }
        const result = (0,_blob_index_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyBlob */ .tB)({
            blob,
            bundleJSON,
            bundleSource: bundlePath,
            policy,
            ...(predicateType !== undefined ? { predicateType } : {}),
        });
        if (output === 'json')
            host.stdout(JSON.stringify((0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toVerifyBlobJSON */ .Oq)(result.digest, result.signature, result.warnings)) + '\n');
        else
            host.stdout((0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBlobVerdict */ .wW)(result.digest, result.signature) + '\n');
        for (const w of result.warnings)
            host.stderr(`warning: ${w}\n`);
        return 0;
    },
};


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


/***/ })

};
