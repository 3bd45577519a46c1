export const id = 9178;
export const ids = [9178];
export const modules = {

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
