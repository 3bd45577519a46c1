export const id = 9805;
export const ids = [9805];
export const modules = {

/***/ 41346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ outputClusterObjects)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _cluster_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4070);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42229);
/* harmony import */ var _kube_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1633);
// Where `policy` and `record-policy` send the admission objects they make, as CLUSTER_OUTPUT_FLAGS
// say: --output-dir writes one GitOps file per object, --apply applies them server-side and reports
// each object (and each one pruned), and with neither the objects go to stdout as YAML.





const path = (host, p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, p));
/** Writes, applies or prints `objects` (and Connaisseur's Helm values, when given) as the flags say. */
async function outputClusterObjects(flags, host, out) {
    const outDir = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'output-dir');
    if (outDir) {
        const files = (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_2__.toGitOpsFiles)(out.objects, { connaisseurValues: out.connaisseurValues });
        for (const f of files)
            await host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(path(host, outDir), f.path), f.content, { mode: 0o644, overwrite: true });
        host.stderr(`wrote ${files.length} files to ${outDir}\n`);
    }
    if ((0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'apply')) {
        const kube = await (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_2__.connectKube)(await (0,_kube_source_js__WEBPACK_IMPORTED_MODULE_4__/* .kubeSource */ .N)(flags, host));
        const result = await (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_2__.applyObjects)({
            objects: out.objects,
            policyName: out.policyName,
            dryRun: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'dry-run'),
            forceConflicts: out.forceConflicts === true,
            prune: out.prune,
        }, { kube });
        for (const a of result.applied) {
            host.stdout(`${a.object} ${a.action}${result.dryRun ? ' (dry run)' : ''}\n`);
        }
        for (const p of result.pruned)
            host.stdout(`${p} pruned${result.dryRun ? ' (dry run)' : ''}\n`);
    }
    else if (!outDir) {
        host.stdout(out.objects.map((o) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(o)).join('---\n'));
        if (out.connaisseurValues)
            host.stdout(`# connaisseur helm values\n---\n${(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(out.connaisseurValues)}`);
    }
}


/***/ }),

/***/ 99805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyCommand: () => (/* binding */ policyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _cluster_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4070);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76109);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42229);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7351);
/* harmony import */ var _cluster_output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41346);
// `signet policy`: admission objects (policy-controller, Kyverno, Connaisseur) for the signers the flags
// name: printed, written for GitOps, or applied with server-side apply.






const path = (host, p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, p));
async function signerFrom(flags, host, prefix) {
    const key = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, `${prefix}key`);
    const subject = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, `${prefix}certificate-identity`);
    const subjectRegExp = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, `${prefix}certificate-identity-regexp`);
    const issuer = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, `${prefix}certificate-oidc-issuer`);
    if (key) {
        if (subject || subjectRegExp || issuer) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`give either --${prefix}key or the --${prefix}certificate-* flags, not both`);
        }
        return { kind: 'key', publicKey: (await host.readFile(path(host, key))).toString('utf8') };
    }
    if (!subject && !subjectRegExp && !issuer)
        return undefined;
    if (!issuer)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--${prefix}certificate-oidc-issuer is required with --${prefix}certificate-identity`);
    if (!subject === !subjectRegExp) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`give one of --${prefix}certificate-identity or --${prefix}certificate-identity-regexp`);
    }
    return subject ? { kind: 'keyless', issuer, subject } : { kind: 'keyless', issuer, subjectRegExp };
}
/** `--trusted-root` as JSON, for emitting it as a TrustRoot; a file that is not JSON is a usage error. */
async function readTrustedRootJSON(host, file) {
    const text = (await host.readFile(path(host, file))).toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--trusted-root ${file} is not JSON: ${err.message.split('\n')[0]}`);
    }
}
const SIGNER_FLAGS = (prefix, who) => ({
    [`${prefix}certificate-identity`]: {
        type: 'string',
        value: 'SAN',
        description: `${who}: exact certificate identity`,
    },
    [`${prefix}certificate-identity-regexp`]: {
        type: 'string',
        value: 'RE',
        description: `${who}: identity regexp (anchored)`,
    },
    [`${prefix}certificate-oidc-issuer`]: {
        type: 'string',
        value: 'URL',
        description: `${who}: OIDC issuer`,
    },
    [`${prefix}key`]: {
        type: 'string',
        value: 'PUB',
        description: `${who}: cosign public key file instead`,
    },
});
const policyCommand = {
    name: 'policy',
    usage: 'signet policy --name N --repository REPO [signer flags] [--output-dir DIR | --apply [--dry-run]]',
    flags: {
        name: {
            type: 'string',
            value: 'NAME',
            description: 'base name of every object (DNS-1123, ≤ 40 characters)',
        },
        repository: { type: 'list', value: 'REPO', description: 'repository governed (repeatable)' },
        ...SIGNER_FLAGS('', 'build signer'),
        ...SIGNER_FLAGS('release-', 'release signer (production then requires build AND release)'),
        target: {
            type: 'list',
            value: 'T',
            description: `one of ${_cluster_index_js__WEBPACK_IMPORTED_MODULE_1__.ADMISSION_TARGETS.join(', ')} (default all but the -vsa ones)`,
        },
        'vsa-verifier': {
            type: 'list',
            value: 'URI',
            description: '-vsa targets: an accepted verifier.id (default: the build identity)',
        },
        'vsa-min-level': {
            type: 'string',
            value: 'LEVEL',
            description: '-vsa targets: the lowest SLSA build level accepted (e.g. SLSA_BUILD_LEVEL_2)',
        },
        'vsa-max-age': {
            type: 'string',
            value: 'DURATION',
            description: '-vsa targets: the oldest summary accepted (e.g. 24h)',
        },
        'signature-format': {
            type: 'string',
            value: 'legacy|bundle',
            description: 'what the signer wrote',
            default: 'legacy',
        },
        'signature-repository': {
            type: 'string',
            value: 'REPO',
            description: 'where signatures live (COSIGN_REPOSITORY)',
        },
        digest: {
            type: 'list',
            value: 'DIGEST',
            description: 'also pin this digest in a per-digest object (repeatable)',
        },
        attestation: { type: 'list', value: 'NAME=PREDICATE', description: 'required attestation (repeatable)' },
        mode: {
            type: 'string',
            value: 'enforce|warn',
            description: 'policy-controller mode',
            default: 'enforce',
        },
        'trusted-root': {
            type: 'string',
            value: 'FILE',
            description: 'private Sigstore trusted_root.json (emitted as a TrustRoot)',
        },
        'insecure-ignore-tlog': { type: 'boolean', description: 'signatures were made without a tlog entry' },
        'use-signed-timestamps': {
            type: 'boolean',
            description: 'signatures are timed by a TSA (Rekor v2 or no log): the policies require a timestamp',
        },
        'tuf-mirror': {
            type: 'string',
            value: 'URL',
            description: 'kyverno-ivp, keyless: TUF repository of the private Sigstore (with --tuf-root)',
        },
        'tuf-root': { type: 'string', value: 'FILE', description: "that TUF repository's root.json" },
        'bypass-namespace': {
            type: 'list',
            value: 'NS',
            description: 'emergency bypass: a Kyverno PolicyException for NS',
        },
        'bypass-reason': { type: 'string', value: 'TEXT', description: 'who approved the bypass and why' },
        'allowed-registry': {
            type: 'list',
            value: 'HOST[/REPO]',
            description: 'Kyverno: admit images only from here (repeatable; anchored at a / boundary)',
        },
        'pull-policy-always': {
            type: 'boolean',
            description: 'Kyverno: set imagePullPolicy: Always on every container',
        },
        'audit-unsigned': {
            type: 'boolean',
            description: 'Kyverno: audit every image in the cluster against the signers, without blocking',
        },
        alert: { type: 'boolean', description: "a PrometheusRule on the generated Kyverno policies' failures" },
        'alert-namespace': {
            type: 'string',
            value: 'NS',
            description: 'namespace of the PrometheusRule',
            default: 'monitoring',
        },
        ..._flags_js__WEBPACK_IMPORTED_MODULE_4__/* .CLUSTER_OUTPUT_FLAGS */ .X8,
        prune: {
            type: 'boolean',
            description: 'with --apply: delete superseded per-digest objects',
            default: true,
        },
        'force-conflicts': { type: 'boolean', description: 'with --apply: take over fields other managers own' },
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 0)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('signet policy takes no arguments, only flags');
        const name = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'name');
        if (!name)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--name is required');
        const repositories = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'repository').map((r) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(r));
        if (repositories.length === 0)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--repository is required (repeatable)');
        const build = await signerFrom(flags, host, '');
        if (!build)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('the build signer is required: --certificate-identity and --certificate-oidc-issuer, or --key');
        const release = await signerFrom(flags, host, 'release-');
        const format = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'signature-format') ?? 'legacy';
        if (format !== 'legacy' && format !== 'bundle')
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--signature-format takes legacy or bundle');
        const mode = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'mode') ?? 'enforce';
        if (mode !== 'enforce' && mode !== 'warn')
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--mode takes enforce or warn');
        const targets = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'target');
        for (const t of targets) {
            if (!_cluster_index_js__WEBPACK_IMPORTED_MODULE_1__.ADMISSION_TARGETS.includes(t)) {
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--target ${t}: expected one of ${_cluster_index_js__WEBPACK_IMPORTED_MODULE_1__.ADMISSION_TARGETS.join(', ')}`);
            }
        }
        const attestations = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'attestation').map((a) => {
            const i = a.indexOf('=');
            if (i <= 0)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--attestation takes NAME=PREDICATE_TYPE, got ${JSON.stringify(a)}`);
            return { name: a.slice(0, i), predicateType: a.slice(i + 1) };
        });
        const rootPath = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'trusted-root');
        const tufMirror = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'tuf-mirror');
        const tufRoot = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'tuf-root');
        if (Boolean(tufMirror) !== Boolean(tufRoot))
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--tuf-mirror and --tuf-root go together: the mirror URL and its root.json');
        const bypassNs = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'bypass-namespace');
        const sigRepo = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'signature-repository');
        const generated = (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_1__.generateAdmission)({
            name,
            repositories,
            signatureFormat: format,
            build,
            release,
            digests: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'digest').map((d) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDigest */ .m)(d)),
            attestations,
            mode,
            trustedRoot: rootPath ? await readTrustedRootJSON(host, rootPath) : undefined,
            signatureRepository: sigRepo ? (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(sigRepo) : undefined,
            tuf: tufMirror && tufRoot
                ? { mirror: tufMirror, rootJSON: (await host.readFile(path(host, tufRoot))).toString('utf8') }
                : undefined,
            bypass: bypassNs.length > 0
                ? { namespaces: bypassNs, reason: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'bypass-reason') ?? 'emergency bypass' }
                : undefined,
            noTlog: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'insecure-ignore-tlog'),
            signedTimestamps: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'use-signed-timestamps'),
            companions: {
                allowedRegistries: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'allowed-registry'),
                pullPolicyAlways: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'pull-policy-always'),
                auditUnsigned: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'audit-unsigned'),
                alert: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'alert'),
                alertNamespace: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'alert-namespace') ?? 'monitoring',
            },
            vsa: {
                ...((0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-verifier').length > 0 ? { verifierIds: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(flags, 'vsa-verifier') } : {}),
                ...((0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-min-level') ? { minLevel: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-min-level') } : {}),
                ...((0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-max-age') ? { maxAge: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(flags, 'vsa-max-age') } : {}),
            },
        }, targets.length > 0 ? targets : undefined);
        for (const w of generated.warnings)
            host.stderr(`warning: ${w}\n`);
        await (0,_cluster_output_js__WEBPACK_IMPORTED_MODULE_5__/* .outputClusterObjects */ .W)(flags, host, {
            objects: generated.objects,
            policyName: name,
            connaisseurValues: generated.connaisseurValues,
            forceConflicts: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(flags, 'force-conflicts'),
            prune: flags.prune !== false,
        });
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

/***/ 1633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ kubeSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42229);
// Where the cluster is, for the commands that reach one (`policy --apply`, `record-policy --apply`,
// `verify --record`): read from the flags, the environment and the files they name.


const path = (host, p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, p));
/** Where the cluster is: --kubeconfig, $KUBECONFIG, in-cluster facts, or ~/.kube/config. */
async function kubeSource(flags, host) {
    const file = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'kubeconfig') ?? host.env.KUBECONFIG?.split(':')[0];
    const context = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'context');
    if (file)
        return { kind: 'kubeconfig', text: (await host.readFile(path(host, file))).toString('utf8'), context };
    const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
    if (host.env.KUBERNETES_SERVICE_HOST) {
        return {
            kind: 'in-cluster',
            host: host.env.KUBERNETES_SERVICE_HOST,
            port: host.env.KUBERNETES_SERVICE_PORT ?? '443',
            token: (await host.readFile(`${sa}/token`)).toString('utf8').trim(),
            caPem: (await host.readFile(`${sa}/ca.crt`)).toString('utf8'),
        };
    }
    if (host.env.HOME) {
        return {
            kind: 'kubeconfig',
            text: (await host.readFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.env.HOME, '.kube', 'config'))).toString('utf8'),
            context,
        };
    }
    throw new _common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('no cluster: pass --kubeconfig, set KUBECONFIG, or run in a pod');
}


/***/ })

};
