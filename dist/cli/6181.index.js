export const id = 6181;
export const ids = [6181];
export const modules = {

/***/ 56181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   triangulateCommand: () => (/* binding */ triangulateCommand)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76109);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76781);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58652);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7351);
// `signet triangulate IMAGE`: where the signatures, attestations and bundles of an image live.




const triangulateCommand = {
    name: 'triangulate',
    usage: 'signet triangulate [--signature-repository REPO] [--output json] IMAGE',
    flags: {
        'signature-repository': _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_STORAGE_FLAGS */ .Nv['signature-repository'],
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_2__/* .imageArgument */ .hu)(positionals, 'triangulate');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_2__/* .outputFormat */ .B$)(flags);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_2__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_2__/* .registryClient */ .Rk)(flags, host, sigRepo ? [image, sigRepo] : [image]);
        try {
            const r = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .triangulate */ .lO)({ image, signatureRepository: sigRepo }, { registry });
            if (output === 'json') {
                host.stdout(JSON.stringify({
                    schema: 'signet.triangulate/v1',
                    ...r,
                    image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(r.image),
                    signatureRepository: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(r.signatureRepository),
                }) + '\n');
                return 0;
            }
            for (const t of r.tags)
                host.stdout(`${t.kind}\t${t.reference}\t${t.exists ? 'present' : 'absent'}\n`);
            for (const item of r.referrers.items) {
                host.stdout(`referrer\t${item.reference}\t${item.artifactType ?? item.mediaType}\n`);
            }
            if (r.referrers.fallbackTag)
                host.stdout(`referrers-index\t${r.referrers.fallbackTag}\t${r.referrers.source}\n`);
            return 0;
        }
        finally {
            registry.close();
        }
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
