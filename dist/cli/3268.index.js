export const id = 3268;
export const ids = [3268,9178];
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

/***/ 13268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signBlobCommand: () => (/* binding */ signBlobCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _blob_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74667);
/* harmony import */ var _sign_bundler_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19178);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42229);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58652);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7351);
// `signet sign-blob FILE`: a file signed into a Sigstore bundle v0.3 beside it, as cosign sign-blob --bundle.






const resolve = (host, p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, p));
function oneArgument(positionals, command) {
    if (positionals.length !== 1)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`signet ${command} takes one FILE, got ${positionals.length}`);
    return positionals[0];
}
const signBlobCommand = {
    name: 'sign-blob',
    usage: 'signet sign-blob [--key KEY | --identity-token T] --bundle OUT FILE',
    flags: {
        ..._flags_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNING_FLAGS */ .uo,
        bundle: { type: 'string', value: 'OUT', description: 'where to write the bundle (required)' },
    },
    async run({ flags, positionals }, host) {
        const file = oneArgument(positionals, 'sign-blob');
        const out = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'bundle');
        if (!out)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--bundle OUT is required: the bundle is the signature');
        const bytes = await host.readFile(resolve(host, file));
        const { signer, witnesses, notices } = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_4__/* .signingDeps */ .qf)(flags, host);
        for (const n of notices)
            host.stderr(`warning: ${n}\n`);
        const result = await (0,_blob_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signBlob */ .Pk)(bytes, { signer, witnesses: (0,_sign_bundler_js__WEBPACK_IMPORTED_MODULE_2__.createWitnesses)(witnesses, 'hashedrekord') });
        await host.writeFile(resolve(host, out), JSON.stringify(result.bundleJSON), {
            mode: 0o644,
            overwrite: true,
        });
        host.stderr(`signed ${file} (${result.digest}); bundle written to ${out}\n`);
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


/***/ }),

/***/ 19178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createWitnesses: () => (/* binding */ createWitnesses),
/* harmony export */   refuseLegacyWithRekorV2: () => (/* binding */ refuseLegacyWithRekorV2),
/* harmony export */   signMessage: () => (/* binding */ signMessage),
/* harmony export */   signStatement: () => (/* binding */ signStatement)
/* harmony export */ });
/* unused harmony export rekorLogs */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15179);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96233);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60133);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29734);
// Turns payloads into Sigstore bundles with sigstore-js's bundle builders: the signer signs, then the
// witnesses add a Rekor entry and/or an RFC 3161 timestamp. Message signatures back the legacy
// format (cosign signs the simple-signing payload); DSSE in-toto statements back the bundle format
// and attestations.








/**
 * Logs a DSSE envelope in Rekor v2 as a `hashedrekord` v0.0.2 entry over the digest of its pre-authentication
 * encoding (PAE), the bytes the envelope signature signs. rekor-tiles v2.3.0 accepts hashedrekord entries
 * only (a `dsseRequestV002` is refused with 400 "invalid type, must be hashedrekord"), and cosign v3.1.3
 * logs its attestations this way against the same server; @sigstore/verify and sigstore-go check such an
 * entry against the envelope (the signed digest is the PAE's).
 */
class RekorV2DsseWitness {
    inner;
    constructor(inner) {
        this.inner = inner;
    }
    async testify(content, publicKey) {
        if (content.$case !== 'dsseEnvelope')
            return this.inner.testify(content, publicKey);
        const env = content.dsseEnvelope;
        const signature = env.signatures[0]?.sig;
        if (!signature)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .SignError */ .u('SIGN_FAILED', 'dsse envelope has no signature to log');
        const pae = _sigstore_core__WEBPACK_IMPORTED_MODULE_3__.dsse.preAuthEncoding(env.payloadType, env.payload);
        return this.inner.testify({
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.HashAlgorithm.SHA2_256,
                    digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(pae).digest(),
                },
                signature,
            },
        }, publicKey);
    }
}
/** The logs `opts` names, first `rekorURL`, then `moreRekorLogs`. */
function rekorLogs(opts) {
    return [
        ...(opts.rekorURL ? [{ url: opts.rekorURL, majorApiVersion: opts.rekorMajorApiVersion ?? 1 }] : []),
        ...(opts.moreRekorLogs ?? []),
    ];
}
/**
 * Refuses the legacy `.sig`/`.att` format with a Rekor v2 log: that format carries the entry as a Rekor v1
 * bundle annotation with a signed entry timestamp, which Rekor v2 does not make, so no verifier (cosign,
 * policy-controller, Kyverno) could check it. cosign v3 writes Rekor v2 entries only into bundles.
 */
function refuseLegacyWithRekorV2(opts, flag) {
    if (!rekorLogs(opts).some((l) => l.majorApiVersion === 2))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .SignError */ .u('SIGN_UNSUPPORTED_COMBINATION', `${flag} legacy (or both) cannot carry a Rekor v2 entry (no signed entry timestamp for the .sig/.att bundle annotation): set ${flag} to bundle, or use a signing config with a Rekor v1 log`);
}
/** Builds the witnesses for `opts`: Rekor (dsse entries for envelopes, hashedrekord otherwise) and a TSA. */
function createWitnesses(opts, entryType) {
    const fetchOptions = { timeout: opts.timeoutMs ?? 30_000, retry: { retries: opts.retries ?? 2 } };
    const witnesses = [];
    for (const log of rekorLogs(opts)) {
        if (log.majorApiVersion === 2) {
            const v2 = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_4__/* .RekorWitness */ .fU({ rekorBaseURL: log.url, majorApiVersion: 2, ...fetchOptions });
            witnesses.push(entryType === 'dsse' ? new RekorV2DsseWitness(v2) : v2);
            continue;
        }
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_4__/* .RekorWitness */ .fU({
            rekorBaseURL: log.url,
            ...(entryType === 'dsse' ? { entryType: 'dsse' } : {}),
            fetchOnConflict: true,
            ...fetchOptions,
        }));
    }
    for (const tsa of [...(opts.tsaURL ? [opts.tsaURL] : []), ...(opts.moreTsaURLs ?? [])]) {
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_4__/* .TSAWitness */ .gs({ tsaBaseURL: tsa, ...fetchOptions }));
    }
    return witnesses;
}
/**
 * Message signatures packed as bundle v0.3 (the leaf certificate or key hint, not a chain), as
 * `cosign sign-blob --bundle` writes: sigstore-js's builder always packs a chain (v0.2).
 */
class MessageSignatureV03BundleBuilder extends _sigstore_sign__WEBPACK_IMPORTED_MODULE_4__/* .MessageSignatureBundleBuilder */ .z3 {
    async package(artifact, signature) {
        const certificate = signature.key.$case === 'x509Certificate'
            ? (0,_pem_js__WEBPACK_IMPORTED_MODULE_6__/* .decodePemBlocks */ .vj)(signature.key.certificate, 'CERTIFICATE')[0]
            : undefined;
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.toMessageSignatureBundle)({
            digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(artifact.data).digest(),
            signature: signature.signature,
            certificate,
            keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
            certificateChain: false,
        });
    }
}
/**
 * DSSE bundles whose envelope signature carries no keyid, as cosign writes them: sigstore-js sets it to
 * the key hint, and `cosign verify --key` then finds no matching signature. The keyid is not signed
 * (DSSE PAE covers only the payload type and payload), and it is cleared before Rekor sees the envelope.
 */
class CosignDSSEBundleBuilder extends _sigstore_sign__WEBPACK_IMPORTED_MODULE_4__/* .DSSEBundleBuilder */ .VV {
    async package(artifact, signature) {
        const bundle = await super.package(artifact, signature);
        for (const sig of bundle.content.dsseEnvelope.signatures)
            sig.keyid = '';
        return bundle;
    }
}
/** Signs raw bytes (a simple-signing payload, a blob) into a message-signature bundle v0.3. */
async function signMessage(payload, deps) {
    return new MessageSignatureV03BundleBuilder(deps).create({ data: payload });
}
/** Signs an in-toto statement into a DSSE bundle (v0.3, single certificate, as cosign v3 writes). */
async function signStatement(statement, deps) {
    return new CosignDSSEBundleBuilder({ ...deps, certificateChain: false }).create({
        data: Buffer.from(JSON.stringify(statement)),
        type: _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .IN_TOTO_PAYLOAD_TYPE */ .T4,
    });
}


/***/ })

};
