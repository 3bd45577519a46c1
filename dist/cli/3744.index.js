export const id = 3744;
export const ids = [3744];
export const modules = {

/***/ 73744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestBlobCommand: () => (/* binding */ attestBlobCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88374);
/* harmony import */ var _attestation_store_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19450);
/* harmony import */ var _oidc_token_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46886);
/* harmony import */ var _common_provenance_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90538);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58652);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7351);
/* harmony import */ var _common_file_subjects_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17291);
/* harmony import */ var _common_github_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78584);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(42229);
// `signet attest-blob`: in-toto attestations about files (release binaries, tarballs), cosign's command
// name with actions/attest's subject flags: FILE arguments or `--subject-path` (globs), `--subject-digest`
// with `--subject-name`, `--subject-checksums`; up to 1,024 subjects in one attestation, or one per
// subject (`--attestation-per-subject`). Each bundle is written beside its file as `<file>.sigstore.json`
// (what `gh attestation verify FILE --bundle` and `signet verify-blob --type` read) and, with
// `--push-to-github`, stored in the repository's GitHub attestations.










/** A GitHub Actions or GitLab CI job: the run's provenance can be made there. */
const inCiRun = (env) => env.GITHUB_ACTIONS === 'true' || env.GITLAB_CI === 'true';
/** The predicate: `--predicate FILE`, or for slsaprovenance1 in a CI run, the run's provenance. */
async function readPredicate(flags, host, type, claims) {
    const path = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'predicate');
    if (path) {
        try {
            return JSON.parse((await host.readFile(path)).toString('utf8'));
        }
        catch (err) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--predicate ${path}: not a JSON file: ${err.message}`);
        }
    }
    if (type !== _attest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SLSA_PROVENANCE_V1 */ .us)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--predicate FILE is required');
    const made = (0,_common_provenance_context_js__WEBPACK_IMPORTED_MODULE_4__/* .ciProvenance */ .Sv)(host.env, claims());
    if ('missing' in made)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--predicate FILE is required outside a CI run: ${made.missing}`);
    return made.predicate;
}
const attestBlobCommand = {
    name: 'attest-blob',
    usage: 'signet attest-blob --type TYPE [--predicate FILE] [--key KEY | --identity-token T] [--push-to-github auto|true|false] FILE… | --subject-path GLOB | --subject-digest sha256:… --subject-name N | --subject-checksums FILE',
    flags: {
        ..._flags_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNING_FLAGS */ .uo,
        type: {
            type: 'string',
            value: 'TYPE',
            description: 'predicate type: slsaprovenance1 (default), cyclonedx, spdxjson, custom, … or a URI',
            default: 'slsaprovenance1',
        },
        predicate: {
            type: 'string',
            value: 'FILE',
            description: 'the predicate, a JSON file (slsaprovenance1 in GitHub Actions or GitLab CI: built from the run when absent)',
        },
        'subject-path': {
            type: 'list',
            value: 'GLOB',
            description: 'files to attest: paths or globs (repeatable)',
        },
        'subject-digest': {
            type: 'string',
            value: 'sha256:HEX',
            description: 'a subject by digest (with --subject-name)',
        },
        'subject-name': { type: 'string', value: 'NAME', description: 'the name of --subject-digest' },
        'subject-checksums': { type: 'string', value: 'FILE', description: 'subjects from a sha256sum file' },
        'attestation-per-subject': {
            type: 'boolean',
            description: 'one attestation per subject instead of one naming all (at most 1,024)',
        },
        'output-dir': {
            type: 'string',
            value: 'DIR',
            description: 'where bundles of subjects without a file go (default: the current folder)',
        },
        'push-to-github': {
            type: 'string',
            value: 'auto|true|false',
            description: "store the bundles in the repository's GitHub attestations ($GITHUB_REPOSITORY, $GITHUB_TOKEN); auto: when a token is there",
            default: 'auto',
        },
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
    },
    async run({ flags, positionals }, host) {
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .outputFormat */ .B$)(flags);
        let type;
        try {
            type = (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePredicateType */ .$d)((0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'type') ?? 'slsaprovenance1');
        }
        catch (err) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(err.message);
        }
        const push = (0,_common_github_store_js__WEBPACK_IMPORTED_MODULE_8__/* .parsePushToGitHub */ .Qu)((0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'push-to-github'), '--push-to-github');
        const spec = {
            paths: [...positionals, ...(0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .list */ .p_)(flags, 'subject-path')],
            ...((0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'subject-digest') !== undefined ? { digest: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'subject-digest') } : {}),
            ...((0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'subject-name') !== undefined ? { name: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'subject-name') } : {}),
            ...((0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'subject-checksums') !== undefined
                ? { checksums: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'subject-checksums') }
                : {}),
        };
        if (!(0,_common_file_subjects_js__WEBPACK_IMPORTED_MODULE_7__/* .hasSubjects */ .a7)(spec)) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('needs subjects: FILE…, --subject-path, --subject-digest with --subject-name, or --subject-checksums');
        }
        const resolved = await (0,_common_file_subjects_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveSubjects */ .Gl)(spec, host, (n) => `--${n}`);
        let claims = host.env.SIGSTORE_ID_TOKEN
            ? (0,_oidc_token_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeClaims */ .Yq)(host.env.SIGSTORE_ID_TOKEN)
            : undefined;
        // Local checks first: the subject count and a predicate file fail before any token or TUF lookup.
        (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSubjectCount */ .Mz)(resolved.subjects.length, (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .bool */ .lc)(flags, 'attestation-per-subject'));
        const early = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'predicate') !== undefined || type !== _attest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SLSA_PROVENANCE_V1 */ .us || !inCiRun(host.env)
            ? await readPredicate(flags, host, type, () => claims)
            : undefined;
        const { signer, witnesses } = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_5__/* .signingDeps */ .qf)(flags, host, { onToken: (_t, c) => (claims = c) });
        const predicate = early ?? (await readPredicate(flags, host, type, () => claims));
        const made = await (0,_common_file_subjects_js__WEBPACK_IMPORTED_MODULE_7__/* .attestAndWriteFiles */ .be)(resolved, { predicateType: type, predicate, perSubject: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .bool */ .lc)(flags, 'attestation-per-subject') }, { signer, witnesses }, host, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(host.cwd, (0,_common_values_js__WEBPACK_IMPORTED_MODULE_9__/* .str */ .gx)(flags, 'output-dir') ?? '.'));
        const stored = await (0,_common_github_store_js__WEBPACK_IMPORTED_MODULE_8__/* .storeOnGitHub */ .KC)(push, (0,_common_github_store_js__WEBPACK_IMPORTED_MODULE_8__/* .githubStoreTarget */ .CX)(host, host.env.GITHUB_TOKEN, false), (0,_attestation_store_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toBundlesToStore */ .jb)(made.attestations.map((a) => ({
            subject: a.subjects.length === 1 ? a.subjects[0].name : `${a.subjects.length} files`,
            kind: type,
            format: 'bundle',
            bundle: a.bundleJSON,
        }))), { fetch: host.fetch });
        const github = 'stored' in stored ? stored.stored.attestations : [];
        const warnings = [...made.warnings, ...('stored' in stored ? stored.stored.warnings : [])];
        if (output === 'json') {
            host.stdout(JSON.stringify({
                schema: 'signet.attest-blob/v1',
                predicateType: type,
                attestations: made.attestations.map((a, i) => ({
                    subjects: a.subjects,
                    bundlePaths: a.bundlePaths,
                    logIndex: a.logIndex ?? null,
                    githubAttestationId: github[i]?.id ?? null,
                    githubAttestationURL: github[i]?.url ?? null,
                })),
                warnings,
            }) + '\n');
        }
        else {
            for (const a of made.attestations)
                for (const p of a.bundlePaths)
                    host.stdout(`${p}\n`);
            for (const g of github)
                host.stderr(`stored on GitHub: ${g.url}\n`);
            // Said only in a GitHub Actions context: elsewhere nothing was expected to go to GitHub.
            if ('skipped' in stored && push !== 'false' && host.env.GITHUB_REPOSITORY)
                host.stderr(`${stored.skipped}\n`);
        }
        for (const w of warnings)
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
