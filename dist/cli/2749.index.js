export const id = 2749;
export const ids = [2749];
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

/***/ 62749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordPolicyCommand: () => (/* binding */ recordPolicyCommand)
/* harmony export */ });
/* harmony import */ var _cluster_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4070);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42229);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7351);
/* harmony import */ var _cluster_output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41346);
// `signet record-policy`: the pre-flight record target (a Kyverno policy admitting the digests Signet
// verified and recorded, and its RBAC): printed, written for GitOps, or applied.




/** `--record-writer`: `User:NAME`, `Group:NAME` or `ServiceAccount:NAMESPACE/NAME`. */
function parseRecordWriter(value) {
    const m = /^(User|Group|ServiceAccount):(.+)$/.exec(value ?? '');
    if (!m) {
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--record-writer is required: User:NAME, Group:NAME or ServiceAccount:NAMESPACE/NAME (the CI identity that runs signet verify --record)');
    }
    const kind = m[1];
    if (kind !== 'ServiceAccount')
        return { kind, name: m[2] };
    const [namespace, name, ...rest] = m[2].split('/');
    if (!namespace || !name || rest.length > 0)
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--record-writer ServiceAccount takes NAMESPACE/NAME, got ${JSON.stringify(m[2])}`);
    return { kind, name, namespace };
}
/** `signet record-policy`: the pre-flight record target's objects (src/cluster/record.ts). */
const recordPolicyCommand = {
    name: 'record-policy',
    usage: 'signet record-policy --name N --record-writer KIND:NAME [--exclude-namespace NS] [--output-dir DIR | --apply [--dry-run]]',
    flags: {
        name: { type: 'string', value: 'NAME', description: 'base name of the objects (DNS-1123)' },
        'record-writer': {
            type: 'string',
            value: 'KIND:NAME',
            description: 'the only identity allowed to write records: User:NAME, Group:NAME or ServiceAccount:NS/NAME',
        },
        'kyverno-service-account': {
            type: 'string',
            value: 'NS/NAME',
            description: "Kyverno's admission controller, granted read access to the records",
            default: 'kyverno/kyverno-admission-controller',
        },
        'exclude-namespace': { type: 'list', value: 'NS', description: 'never checked (beyond the system ones)' },
        ..._flags_js__WEBPACK_IMPORTED_MODULE_2__/* .CLUSTER_OUTPUT_FLAGS */ .X8,
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 0)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('signet record-policy takes no arguments, only flags');
        const name = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'name');
        if (!name || !/^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/.test(name))
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--name is required: a DNS-1123 label of at most 40 characters');
        const writer = parseRecordWriter((0,_common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'record-writer'));
        const [readerNs, readerName] = ((0,_common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'kyverno-service-account') ?? '').split('/');
        if (!readerNs || !readerName)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--kyverno-service-account takes NAMESPACE/NAME');
        const objects = (0,_cluster_index_js__WEBPACK_IMPORTED_MODULE_0__.buildRecordPolicy)({
            name,
            writer,
            reader: { namespace: readerNs, name: readerName },
            excludeNamespaces: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(flags, 'exclude-namespace'),
        });
        await (0,_cluster_output_js__WEBPACK_IMPORTED_MODULE_3__/* .outputClusterObjects */ .W)(flags, host, { objects, policyName: name, prune: false });
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
