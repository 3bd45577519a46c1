export const id = 6486;
export const ids = [6486];
export const modules = {

/***/ 56486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var _sign_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81341);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76781);
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88374);
/* harmony import */ var _common_vsa_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54325);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42229);
/* harmony import */ var _kube_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1633);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58652);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7351);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4964);
// `signet verify IMAGE…`: verify the signatures of images, read back from the registry, with cosign's
// flags; optionally sign a VSA of the verdict or record a passed verification in the cluster. Many
// images share one policy (one trusted root) and one registry client, and fail closed: the command
// exits 0 only when every image verified.









const verifyCommand = {
    name: 'verify',
    usage: 'signet verify [--key KEY | --certificate-identity[-regexp] X --certificate-oidc-issuer[-regexp] Y] [flags] IMAGE… [--images-from FILE]',
    flags: {
        ..._flags_js__WEBPACK_IMPORTED_MODULE_7__/* .VERIFY_FLAGS */ .Oi,
        ..._flags_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNATURE_STORAGE_FLAGS */ .Nv,
        'ignore-docker-reference': {
            type: 'boolean',
            description: 'accept legacy signatures naming another repository (copied images)',
        },
        ..._common_vsa_js__WEBPACK_IMPORTED_MODULE_3__/* .VSA_WRITE_FLAGS */ .nR,
        record: {
            type: 'string',
            value: 'development|production',
            description: 'after the verification passed, record the digest at this level in the cluster (pre-flight record target)',
        },
        kubeconfig: {
            type: 'string',
            value: 'FILE',
            description: 'with --record: kubeconfig (default $KUBECONFIG, in-cluster, ~/.kube/config)',
        },
        context: { type: 'string', value: 'NAME', description: 'with --record: kubeconfig context' },
        ..._flags_js__WEBPACK_IMPORTED_MODULE_7__/* .IMAGES_FLAGS */ .v0,
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const images = await (0,_images_js__WEBPACK_IMPORTED_MODULE_8__/* .imagesArgument */ .OW)(positionals, flags, host, 'verify');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .outputFormat */ .B$)(flags);
        (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_3__/* .checkVsaFlags */ .U4)(flags, host);
        const recordLevel = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'record');
        if (recordLevel !== undefined && recordLevel !== 'development' && recordLevel !== 'production')
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--record must be development or production, not "${recordLevel}"`);
        const concurrency = (0,_images_js__WEBPACK_IMPORTED_MODULE_8__/* .concurrencyFlag */ .eN)(flags, 'verify');
        // The cluster stage (and its Kubernetes client) loads only to record.
        const cluster = recordLevel ? await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(4537), __webpack_require__.e(6327), __webpack_require__.e(4070)]).then(__webpack_require__.bind(__webpack_require__, 4070)) : undefined;
        const kube = cluster ? await cluster.connectKube(await (0,_kube_source_js__WEBPACK_IMPORTED_MODULE_5__/* .kubeSource */ .N)(flags, host)) : undefined;
        const policy = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyPolicy */ .Es)(flags, host);
        const sigRepo = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .signatureRepository */ .jL)(flags, host);
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .registryClient */ .Rk)(flags, host, sigRepo ? [...images, sigRepo] : images);
        const ctx = {
            flags,
            host,
            registry,
            policy,
            sigRepo,
            output,
            kube,
            recordLevel,
            writeRecord: cluster?.writeRecord,
        };
        try {
            if (images.length === 1)
                return (await verifyOne(images[0], ctx)).verified ? 0 : 1;
            const outcomes = await (0,_images_js__WEBPACK_IMPORTED_MODULE_8__/* .forEachImage */ .Wx)(images, concurrency, (image) => verifyOne(image, ctx));
            return (0,_images_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailures */ .o3)('verify', outcomes, host, 'verified', (r) => r.verified);
        }
        finally {
            registry.close();
        }
    },
};
/** Verifies one image and prints its verdict; writes its VSA and record when asked. */
async function verifyOne(image, ctx) {
    const { flags, host, registry, policy, sigRepo, output } = ctx;
    let result;
    try {
        result = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyImage */ .ZG)({
            image,
            signatureRepository: sigRepo,
            formats: (0,_common_context_js__WEBPACK_IMPORTED_MODULE_6__/* .storageFormat */ .pi)(flags, 'signature-format'),
            policy,
            ignoreDockerReference: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'ignore-docker-reference'),
        }, { registry });
    }
    catch (err) {
        // Nothing to check is a failed verification too: recorded as FAILED when asked, then thrown.
        if (err instanceof _verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .Gz && err.code === 'VERIFY_NO_SIGNATURES' && (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_3__/* .wantsVsa */ .md)(flags, false)) {
            const digest = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveDigest */ .j)(registry, image);
            const evidence = (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_3__/* .missingEvidence */ .QI)(policy, [_sign_index_js__WEBPACK_IMPORTED_MODULE_0__.COSIGN_SIGN_PREDICATE_TYPE]);
            await (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_3__/* .writeVsa */ .GH)(flags, host, registry, { image, digest, signatureRepository: sigRepo, evidence });
        }
        throw err;
    }
    // The summary is signed and stored before the verdict is printed: a failure to write it fails the command.
    if ((0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_3__/* .wantsVsa */ .md)(flags, result.verified)) {
        const evidence = (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toVsaEvidence */ .Vd)({ policy, signatures: result });
        await (0,_common_vsa_js__WEBPACK_IMPORTED_MODULE_3__/* .writeVsa */ .GH)(flags, host, registry, {
            image,
            digest: result.digest,
            signatureRepository: sigRepo,
            evidence,
        });
    }
    if (output === 'json')
        host.stdout(JSON.stringify((0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toVerifyJSON */ .bE)(result)) + '\n');
    else {
        host.stdout((0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVerdict */ .Pu)(result) + '\n');
        for (const line of (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDetails */ .SE)(result))
            host.stderr(line + '\n');
    }
    const failure = (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toVerifyFailure */ .Jo)(result);
    if (failure && output === 'text')
        host.stderr(`signet verify: ${failure.message} [${failure.code}]\n`);
    // The record is written only after this verification passed (writeRecord checks it again).
    if (ctx.kube && ctx.writeRecord && ctx.recordLevel && result.verified) {
        const r = await ctx.writeRecord({ verification: result, level: ctx.recordLevel, verifiedAt: new Date().toISOString() }, { kube: ctx.kube });
        host.stderr(`record ${r.record} ${r.action} (${r.level})\n`);
    }
    return result;
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


/***/ }),

/***/ 59257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 54325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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
/* harmony import */ var _attest_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88374);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76109);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9308);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58652);
/* harmony import */ var _signing_services_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49761);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59257);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42229);
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
        default: _signing_services_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_FULCIO_URL */ .jl,
    },
    'rekor-url': {
        type: 'string',
        value: 'URL',
        description: 'Rekor (v1 API) for VSA signing',
        default: _signing_services_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REKOR_URL */ .AD,
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
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa') && (passed || (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa-on-failure'));
}
/** Refuses bad VSA flags (`--vsa-on-failure` without `--vsa`, no verifier id) before anything runs. */
function checkVsaFlags(flags, host) {
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa-on-failure') && !(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa')) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--vsa-on-failure needs --vsa');
    }
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .bool */ .lc)(flags, 'vsa'))
        vsaVerifierId(flags, host);
    const format = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-format');
    if (format !== undefined && !['legacy', 'bundle', 'both'].includes(format)) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--vsa-format takes legacy, bundle or both, got ${JSON.stringify(format)}`);
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
    const given = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-verifier-id');
    if (given)
        return given;
    const id = (0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .ciRunIdentity */ .wn)(host.env, undefined);
    if (id)
        return id.identity;
    throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--vsa needs a verifier id outside GitHub Actions and GitLab CI: pass --vsa-verifier-id URI (who vouches for this verification)');
}
const vsaSigners = new WeakMap();
/** Signs and attaches the VSA of one verification; prints where it went. */
async function writeVsa(flags, host, registry, target) {
    const verifierId = vsaVerifierId(flags, host);
    // One signer per command run (keyed by its flags): verifying many images signs their summaries with
    // one key load, or one Fulcio certificate.
    let deps = vsaSigners.get(flags);
    if (!deps) {
        // The signing helper reads cosign's `--key`; for a verify command that flag is the verification key.
        const signFlags = { ...flags, key: (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-key') };
        deps = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .signingDeps */ .qf)(signFlags, host, { legacyFormat: ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-format') ?? 'both') !== 'bundle' });
        vsaSigners.set(flags, deps);
    }
    const { signer, witnesses } = await deps;
    const result = await (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .attestVsa */ .UK)({
        image: target.image,
        digest: target.digest,
        ...target.evidence,
        verifierId,
        verifierVersion: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x,
        timeVerified: new Date(),
        ...((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-policy-uri') ? { policyUri: (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-policy-uri') } : {}),
        format: ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-format') ?? 'both'),
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
    const result = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'vsa-result') ?? 'PASSED';
    if (result !== 'PASSED' && result !== 'FAILED') {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--vsa-result takes PASSED or FAILED, got ${JSON.stringify(result)}`);
    }
    const maxAge = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(flags, 'max-age');
    let maxAgeMs;
    if (maxAge !== undefined) {
        try {
            maxAgeMs = (0,_attest_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMaxAge */ .pq)(maxAge);
        }
        catch (err) {
            throw new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(err.message);
        }
    }
    const expect = { image, digest, result, now };
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'vsa-level').length > 0)
        expect.levels = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'vsa-level');
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'vsa-verifier').length > 0)
        expect.verifierIds = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_)(flags, 'vsa-verifier');
    if (maxAgeMs !== undefined)
        expect.maxAgeMs = maxAgeMs;
    return expect;
}


/***/ })

};
