export const id = 467;
export const ids = [467];
export const modules = {

/***/ 70467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signBlobCommand: () => (/* binding */ signBlobCommand),
  verifyBlobCommand: () => (/* binding */ verifyBlobCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/verify/index.ts + 6 modules
var verify = __webpack_require__(85938);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/sign/bundler.ts
var bundler = __webpack_require__(99847);
;// CONCATENATED MODULE: ./src/blob/sign-blob.ts
// `sign-blob`: a message signature over a file's bytes, packed as a Sigstore bundle v0.3 (what
// `cosign sign-blob --bundle` writes and `cosign verify-blob --bundle` reads), with the signing core
// of src/sign.



/** Signs `bytes` (a file's content) into a bundle v0.3 with the signer and witnesses of `deps`. */
async function signBlob(bytes, deps) {
    const data = Buffer.from(bytes);
    const bundle = await (0,bundler/* signMessage */.lT)(data, deps);
    return {
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`,
        bundle,
        bundleJSON: (0,dist.bundleToJSON)(bundle),
    };
}

// EXTERNAL MODULE: ./src/registry/index.ts + 13 modules
var registry = __webpack_require__(27251);
// EXTERNAL MODULE: ./src/verify/errors.ts
var errors = __webpack_require__(69618);
// EXTERNAL MODULE: ./src/verify/signature.ts + 1 modules
var verify_signature = __webpack_require__(64713);
;// CONCATENATED MODULE: ./src/blob/verify-blob.ts
// `verify-blob`: checks a Sigstore bundle (`--bundle`, as `cosign sign-blob --bundle` writes it) against
// a blob given as its bytes or as `sha256:<hex>`. The same checks as image signatures (verifySignature):
// trust, signer identity or key, tlog; plus the subject: a message signature's digest must be the blob's,
// a DSSE statement's subject must contain it. Pure and synchronous: the caller read the files.




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

;// CONCATENATED MODULE: ./src/blob/index.ts
// The blob stages: `sign-blob` and `verify-blob` (a file's bytes, not an image, with a Sigstore bundle
// beside it, as cosign's commands of the same names).



// EXTERNAL MODULE: ./src/ci/common/values.ts
var values = __webpack_require__(9700);
// EXTERNAL MODULE: ./src/ci/common/context.ts + 2 modules
var context = __webpack_require__(85526);
;// CONCATENATED MODULE: ./src/ci/cli/commands/blob.ts
// `signet sign-blob` and `signet verify-blob`: files (release binaries, SBOMs, bundles) signed into a
// Sigstore bundle v0.3 beside them, with the same key, identity and trust flags as the image commands.






const resolve = (host, p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(host.cwd, p));
function oneArgument(positionals, command) {
    if (positionals.length !== 1)
        throw new values/* UsageError */.eb(`signet ${command} takes one FILE, got ${positionals.length}`);
    return positionals[0];
}
const signBlobCommand = {
    name: 'sign-blob',
    usage: 'signet sign-blob [--key KEY | --identity-token T] --bundle OUT FILE',
    flags: {
        ...context/* SIGNING_FLAGS */.uo,
        bundle: { type: 'string', value: 'OUT', description: 'where to write the bundle (required)' },
    },
    async run({ flags, positionals }, host) {
        const file = oneArgument(positionals, 'sign-blob');
        const out = (0,values/* str */.gx)(flags, 'bundle');
        if (!out)
            throw new values/* UsageError */.eb('--bundle OUT is required: the bundle is the signature');
        const bytes = await host.readFile(resolve(host, file));
        const { signer, witnesses } = await (0,context/* signingDeps */.qf)(flags, host);
        const result = await signBlob(bytes, { signer, witnesses: (0,bundler/* createWitnesses */.Cw)(witnesses, 'hashedrekord') });
        await host.writeFile(resolve(host, out), JSON.stringify(result.bundleJSON), {
            mode: 0o644,
            overwrite: true,
        });
        host.stderr(`signed ${file} (${result.digest}); bundle written to ${out}\n`);
        return 0;
    },
};
const verifyBlobCommand = {
    name: 'verify-blob',
    usage: 'signet verify-blob --bundle B [--key KEY | --certificate-identity … --certificate-oidc-issuer …] FILE|sha256:<hex>',
    flags: {
        ...context/* VERIFY_FLAGS */.Oi,
        bundle: { type: 'string', value: 'B', description: 'the bundle to verify against (required)' },
    },
    async run({ flags, positionals }, host) {
        const arg = oneArgument(positionals, 'verify-blob');
        const bundlePath = (0,values/* str */.gx)(flags, 'bundle');
        if (!bundlePath)
            throw new values/* UsageError */.eb('--bundle B is required');
        const output = (0,context/* outputFormat */.B$)(flags);
        const policy = await (0,context/* verifyPolicy */.Es)(flags, host);
        const digest = parseBlobDigest(arg);
        const blob = digest ? { digest } : { bytes: await host.readFile(resolve(host, arg)) };
        let bundleJSON;
        try {
            bundleJSON = JSON.parse((await host.readFile(resolve(host, bundlePath))).toString('utf8'));
        }
        catch (err) {
            if (err.code)
                throw err;
            throw new values/* UsageError */.eb(`--bundle ${bundlePath} is not JSON: ${err.message}`);
        }
        const result = verifyBlob({ blob, bundleJSON, bundleSource: bundlePath, policy });
        if (output === 'json')
            host.stdout(JSON.stringify((0,verify/* toVerifyBlobJSON */.Oq)(result.digest, result.signature, result.warnings)) + '\n');
        else
            host.stdout((0,verify/* formatBlobVerdict */.wW)(result.digest, result.signature) + '\n');
        for (const w of result.warnings)
            host.stderr(`warning: ${w}\n`);
        return 0;
    },
};


/***/ }),

/***/ 99847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ createWitnesses),
/* harmony export */   fT: () => (/* binding */ signStatement),
/* harmony export */   lT: () => (/* binding */ signMessage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15179);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50844);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30623);
// Turns payloads into Sigstore bundles with sigstore-js's bundle builders: the signer signs, then the
// witnesses add a Rekor entry and/or an RFC 3161 timestamp. Message signatures back the legacy
// format (cosign signs the simple-signing payload); DSSE in-toto statements back the bundle format
// and attestations.





/** Builds the witnesses for `opts`: Rekor (dsse entries for envelopes, hashedrekord otherwise) and a TSA. */
function createWitnesses(opts, entryType) {
    const fetchOptions = { timeout: opts.timeoutMs ?? 30_000, retry: { retries: opts.retries ?? 2 } };
    const witnesses = [];
    if (opts.rekorURL) {
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .RekorWitness */ .fU({
            rekorBaseURL: opts.rekorURL,
            ...(entryType === 'dsse' ? { entryType: 'dsse' } : {}),
            fetchOnConflict: true,
            ...fetchOptions,
        }));
    }
    if (opts.tsaURL)
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .TSAWitness */ .gs({ tsaBaseURL: opts.tsaURL, ...fetchOptions }));
    return witnesses;
}
/**
 * Message signatures packed as bundle v0.3 (the leaf certificate or key hint, not a chain), as
 * `cosign sign-blob --bundle` writes: sigstore-js's builder always packs a chain (v0.2).
 */
class MessageSignatureV03BundleBuilder extends _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .MessageSignatureBundleBuilder */ .z3 {
    async package(artifact, signature) {
        const certificate = signature.key.$case === 'x509Certificate'
            ? (0,_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .fromPEM */ .d)(signature.key.certificate, 'CERTIFICATE')[0]
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
class CosignDSSEBundleBuilder extends _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .DSSEBundleBuilder */ .VV {
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
        type: _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_PAYLOAD_TYPE */ .T4,
    });
}


/***/ })

};
