export const id = 8090;
export const ids = [8090];
export const modules = {

/***/ 48090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signCommand: () => (/* binding */ signCommand)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76109);
/* harmony import */ var _sign_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81341);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42229);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58652);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7351);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4964);
/* harmony import */ var _sign_each_image_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31825);
// `signet sign IMAGE…`: sign images by digest (keyless or with a key) in both storage formats, with
// cosign's flags. Many images share one registry client and one signer (one Fulcio certificate for
// the run), run a few at a time, and each gets its own result; the command fails if any image failed.







const signCommand = {
    name: 'sign',
    usage: 'signet sign [--key KEY | --identity-token T] [flags] IMAGE… [--images-from FILE]',
    flags: {
        ..._flags_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNING_FLAGS */ .uo,
        ..._flags_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_STORAGE_FLAGS */ .Nv,
        recursive: {
            type: 'boolean',
            short: 'r',
            description: 'for an index, also sign every platform manifest',
            default: true,
        },
        annotations: {
            type: 'list',
            short: 'a',
            value: 'KEY=VALUE',
            description: 'annotation to sign with the image',
        },
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
        ..._flags_js__WEBPACK_IMPORTED_MODULE_4__/* .IMAGES_FLAGS */ .v0,
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const images = await (0,_images_js__WEBPACK_IMPORTED_MODULE_5__/* .imagesArgument */ .OW)(positionals, flags, host, 'sign');
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .outputFormat */ .B$)(flags);
        const format = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .storageFormat */ .pi)(flags, 'signature-format');
        const signed = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .annotations */ .hk)(flags);
        const recursive = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(flags, 'recursive');
        return (0,_sign_each_image_js__WEBPACK_IMPORTED_MODULE_6__/* .signEachImage */ .C)('sign', images, flags, host, format !== 'bundle', async (image, deps) => {
            const result = await (0,_sign_index_js__WEBPACK_IMPORTED_MODULE_1__.signImage)({ image, format, recursive, signatureRepository: deps.signatureRepository, annotations: signed }, deps);
            printSigned(result, output, host);
            return result;
        });
    },
};
function printSigned(result, output, host) {
    if (output === 'json') {
        host.stdout(JSON.stringify({
            schema: 'signet.sign/v1',
            image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(result.image),
            digest: result.digest,
            signatures: (0,_sign_index_js__WEBPACK_IMPORTED_MODULE_1__.toSignaturesJSON)(result.signatures),
            warnings: result.warnings,
        }) + '\n');
    }
    else {
        host.stdout(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(result.image)}\n`);
        for (const s of result.signatures) {
            const what = s.unchanged ? 'already signed' : 'signed';
            const log = s.logIndex !== undefined ? ` (rekor log index ${s.logIndex})` : '';
            host.stderr(`${what} ${s.subject.digest} [${s.format}] -> ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(s.location)}${log}\n`);
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


/***/ })

};
