export const id = 688;
export const ids = [688];
export const modules = {

/***/ 45813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eE: () => (/* binding */ buildBundleReferrer)
/* harmony export */ });
/* unused harmony exports EMPTY_JSON, rfc3339Seconds */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8266);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50844);
// A Sigstore bundle stored as an OCI 1.1 referrer of the image it signs, as cosign v3 writes it
// (artifactType = the bundle media type, empty config, one bundle layer, `subject`, three annotations).
// Pure: the registry client uploads the blobs and PUTs the manifest by digest (the referrers API or
// the `sha256-<hex>` tag fallback then lists it).



/** The two bytes of the OCI empty descriptor. */
const EMPTY_JSON = Buffer.from('{}');
/** RFC 3339 without fractional seconds, as cosign stamps `org.opencontainers.image.created`. */
function rfc3339Seconds(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Builds the referrer manifest that stores `input.bundleJSON` against `input.subject`. */
function buildBundleReferrer(input) {
    const layerDigest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(input.bundleJSON).digest('hex')}`;
    const manifest = {
        schemaVersion: 2,
        mediaType: _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
        artifactType: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_V03_MEDIA_TYPE */ .HM,
        config: { mediaType: _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_EMPTY_MEDIA_TYPE */ .w3, size: EMPTY_JSON.length, digest: _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_EMPTY_DIGEST */ .dG },
        layers: [{ mediaType: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_V03_MEDIA_TYPE */ .HM, size: input.bundleJSON.length, digest: layerDigest }],
        subject: { mediaType: input.subject.mediaType, size: input.subject.size, digest: input.subject.digest },
        annotations: {
            [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_BUNDLE_CONTENT */ .$C]: input.content,
            [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_BUNDLE_PREDICATE_TYPE */ .w1]: input.predicateType,
            [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_CREATED */ .H]: rfc3339Seconds(input.created),
        },
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const blobs = new Map([
        [_registry_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_EMPTY_DIGEST */ .dG, EMPTY_JSON],
        [layerDigest, input.bundleJSON],
    ]);
    return {
        manifest,
        manifestBytes,
        digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(manifestBytes).digest('hex')}`,
        blobs,
    };
}


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


/***/ }),

/***/ 14735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// Time as a dependency: the sign stage stamps referrers with `now` and waits between the rounds of a
// race-safe tag update; tests pass a fake to make both deterministic and fast.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};


/***/ }),

/***/ 58831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ bundleLogIndex),
/* harmony export */   Gg: () => (/* binding */ isBundleSignatureBy),
/* harmony export */   Pp: () => (/* binding */ isLegacySignatureBy),
/* harmony export */   QX: () => (/* binding */ legacyLogIndex)
/* harmony export */ });
/* unused harmony export toPAE */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50844);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37104);
// cosign's duplicate detection, as pure checks over what the registry already holds. cosign attaches a
// signature only if no existing one verifies under the signer's own key over the same payload
// (cosign `pkg/oci/mutate` WithDupeDetector, `pkg/cosign/remote` NewDupeDetector); with a Fulcio
// signer the key is fresh every run, so keyless signatures never count as duplicates. Signet applies
// the same rule to both formats, so re-signing with one key adds nothing in either.


/** DSSE pre-authentication encoding: what a DSSE signature signs (DSSE spec `protocol.md`). */
function toPAE(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `),
        type,
        Buffer.from(` ${payload.length} `),
        payload,
    ]);
}
/** True when `layer` signs exactly `payload` and its signature verifies under `publicKey` (PEM). */
function isLegacySignatureBy(layer, payload, publicKey) {
    const sig = layer.annotations[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_SIGNATURE */ .LR];
    if (!sig || !layer.payload.equals(payload))
        return false;
    return (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyWithKey */ .YQ)(publicKey, payload, Buffer.from(sig, 'base64'));
}
/**
 * True when `bundleJSON` is a DSSE bundle whose statement signs `digest` (with these subject
 * annotations) with the cosign sign predicate and whose signature verifies under `publicKey` (PEM).
 */
function isBundleSignatureBy(bundleJSON, digest, publicKey, annotations = {}) {
    const env = bundleJSON?.dsseEnvelope;
    if (!env || typeof env.payload !== 'string' || typeof env.payloadType !== 'string')
        return false;
    const payload = Buffer.from(env.payload, 'base64');
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return false;
    }
    const [alg, hex] = digest.split(':');
    if (statement.predicateType !== _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4)
        return false;
    const same = (a = {}) => Object.keys(a).length === Object.keys(annotations).length &&
        Object.keys(a).every((k) => a[k] === annotations[k]);
    if (!(statement.subject ?? []).some((s) => s.digest?.[alg] === hex && same(s.annotations)))
        return false;
    const pae = toPAE(env.payloadType, payload);
    return (env.signatures ?? []).some((s) => typeof s.sig === 'string' && (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyWithKey */ .YQ)(publicKey, pae, Buffer.from(s.sig, 'base64')));
}
/** The Rekor log index a legacy layer's bundle annotation records, if any. */
function legacyLogIndex(layer) {
    const raw = layer.annotations[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_REKOR_BUNDLE */ .bL];
    if (!raw)
        return undefined;
    try {
        const n = JSON.parse(raw).Payload?.logIndex;
        return typeof n === 'number' ? n : undefined;
    }
    catch {
        return undefined;
    }
}
/** The Rekor log index of a bundle's first tlog entry (bundle JSON carries it as a string). */
function bundleLogIndex(bundleJSON) {
    const n = bundleJSON?.verificationMaterial?.tlogEntries?.[0]?.logIndex;
    return n === undefined || n === null || n === '' ? undefined : Number(n);
}


/***/ }),

/***/ 73910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ SignError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of the sign stage. Registry failures stay RegistryErrors (their message already names the
// request); everything the stage itself decides, or a Sigstore service refusing, is a SignError.

/** A sign stage failure; `code` says which step. */
class SignError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 19661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X3: () => (/* binding */ toMaterialAnnotations),
/* harmony export */   vA: () => (/* binding */ toLegacyAnnotations)
/* harmony export */ });
/* unused harmony exports toRekorBundleAnnotation, bundleCertificates */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50844);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30623);


/** The Rekor bundle annotation for a tlog entry that has an inclusion promise (SET). */
function toRekorBundleAnnotation(entry) {
    const set = entry.inclusionPromise?.signedEntryTimestamp;
    if (!set)
        throw new Error('tlog entry has no inclusion promise (signed entry timestamp)');
    return {
        SignedEntryTimestamp: Buffer.from(set).toString('base64'),
        Payload: {
            body: Buffer.from(entry.canonicalizedBody).toString('base64'),
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: Buffer.from(entry.logId.keyId).toString('hex'),
        },
    };
}
/** The certificates of a bundle: leaf first, then any chain it carries. */
function bundleCertificates(bundle) {
    const vm = bundle.verificationMaterial.content;
    if (vm.$case === 'certificate')
        return [Buffer.from(vm.certificate.rawBytes)];
    if (vm.$case === 'x509CertificateChain')
        return vm.x509CertificateChain.certificates.map((c) => Buffer.from(c.rawBytes));
    return [];
}
/**
 * The annotations that carry a bundle's verification material on a cosign layer (`.sig` and `.att`
 * alike): certificate and chain, the Rekor bundle (SET and entry) and the RFC 3161 timestamp.
 */
function toMaterialAnnotations(bundle) {
    const annotations = {};
    const [leaf, ...chain] = bundleCertificates(bundle);
    if (leaf) {
        annotations[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_CERTIFICATE */ .MF] = (0,_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .toPEM */ .M)(leaf, 'CERTIFICATE');
        annotations[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_CHAIN */ .M6] = chain.map((c) => (0,_pem_js__WEBPACK_IMPORTED_MODULE_1__/* .toPEM */ .M)(c, 'CERTIFICATE')).join('');
    }
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry)
        annotations[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_REKOR_BUNDLE */ .bL] = JSON.stringify(toRekorBundleAnnotation(entry));
    const ts = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
    if (ts) {
        annotations[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_RFC3161_TIMESTAMP */ .oN] = JSON.stringify({
            SignedRFC3161Timestamp: Buffer.from(ts.signedTimestamp).toString('base64'),
        });
    }
    return annotations;
}
/** The layer annotations cosign writes for a message-signature bundle. */
function toLegacyAnnotations(bundle) {
    if (bundle.content.$case !== 'messageSignature') {
        throw new Error('legacy signature layers need a message-signature bundle, got a dsse envelope');
    }
    return {
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_SIGNATURE */ .LR]: Buffer.from(bundle.content.messageSignature.signature).toString('base64'),
        ...toMaterialAnnotations(bundle),
    };
}


/***/ }),

/***/ 34434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ buildLegacyImage),
/* harmony export */   rc: () => (/* binding */ hasIdenticalLayer)
/* harmony export */ });
/* unused harmony export buildLegacyConfig */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8266);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50844);
// cosign's legacy signature storage: the `sha256-<hex>.sig` (and `.att`) "image" whose layers are the
// signed payloads, with everything else in layer annotations. Shapes follow cosign `pkg/oci/empty`
// (config), go-containerregistry `mutate.Append` (manifest) and cosign `pkg/oci/static` (layers).
// Pure: the sign stage reads the existing image through the registry client and writes what this returns.



const sha256 = (b) => `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex')}`;
/** The config cosign writes for a signature image (`empty.go` plus one history entry per layer). */
function buildLegacyConfig(payloads) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .GO_ZERO_TIME */ .KV,
        history: payloads.map(() => ({ created: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .GO_ZERO_TIME */ .KV })),
        os: '',
        rootfs: { type: 'layers', diff_ids: payloads.map(sha256) },
        config: {},
    }));
}
/** Builds the `.sig`/`.att` image holding `layers`, in order. */
function buildLegacyImage(layers) {
    const config = buildLegacyConfig(layers.map((l) => l.payload));
    const blobs = new Map();
    const configDigest = sha256(config);
    blobs.set(configDigest, config);
    const layerDescriptors = layers.map((l) => {
        const digest = sha256(l.payload);
        blobs.set(digest, l.payload);
        return { mediaType: l.mediaType, size: l.payload.length, digest, annotations: { ...l.annotations } };
    });
    const manifest = {
        schemaVersion: 2,
        mediaType: _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
        config: { mediaType: _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_CONFIG_MEDIA_TYPE */ .rm, size: config.length, digest: configDigest },
        layers: layerDescriptors,
    };
    return { config, manifest, manifestBytes: Buffer.from(JSON.stringify(manifest)), blobs };
}
/** True when `layers` already holds a layer with the same payload and annotations (an exact repeat). */
function hasIdenticalLayer(layers, candidate) {
    const same = (a, b) => {
        const ka = Object.keys(a).sort();
        const kb = Object.keys(b).sort();
        return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
    };
    return layers.some((l) => l.mediaType === candidate.mediaType &&
        l.payload.equals(candidate.payload) &&
        same(l.annotations, candidate.annotations));
}


/***/ }),

/***/ 83688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   jP: () => (/* binding */ toSignaturesJSON),
/* harmony export */   jV: () => (/* binding */ signImage)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12133);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30351);
/* harmony import */ var _bundle_referrer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45813);
/* harmony import */ var _bundler_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99847);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14735);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(50844);
/* harmony import */ var _duplicates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58831);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73910);
/* harmony import */ var _legacy_image_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(34434);
/* harmony import */ var _legacy_annotations_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(19661);
/* harmony import */ var _signature_tag_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(57850);
/* harmony import */ var _simple_signing_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83253);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(25924);
// The sign stage: signs one image by digest (and, for an index, every manifest it lists) in cosign's
// legacy `.sig` format, as a Sigstore bundle referrer, or both, and stores the signatures in the
// image's repository or in a signature repository (cosign's COSIGN_REPOSITORY).
//
// Outline, fail closed: (1) resolve the image to a digest once and collect the manifests to sign;
// (2) read what the registry already holds, for cosign's duplicate rule; (3) make every bundle (Fulcio,
// Rekor, TSA) before (4) writing anything, so a Sigstore failure leaves the registry untouched. Writes
// are safe against concurrent signers in both formats (signature-tag.ts; the registry client's
// referrers fallback index).















const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
const BUNDLE_WRITE_ATTEMPTS = 3;
/** Resolves the image once (a tag is read once) and lists what to sign or attest; `verb` is for messages. */
async function resolveTargets(registry, input, verb) {
    const format = input.format ?? 'both';
    const formats = format === 'both' ? ['legacy', 'bundle'] : [format];
    const warnings = [];
    const repo = { registry: input.image.registry, repository: input.image.repository };
    const sigRepo = input.signatureRepository
        ? { registry: input.signatureRepository.registry, repository: input.signatureRepository.repository }
        : repo;
    const root = await resolveImage(registry, input.image);
    if (!input.image.digest) {
        const what = verb === 'signed' ? 'signed' : 'attested';
        warnings.push(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)(input.image)} names a tag: ${what} ${root.digest}, the manifest it pointed to when read; pass the digest to be sure what is ${what}`);
    }
    const subjects = input.recursive === false
        ? [root]
        : await collectSubjects(registry, repo, root, registry.limits ?? _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LIMITS */ .dR);
    return { formats, repo, sigRepo, root, subjects, warnings };
}
/** Signs `input.image` (and an index's manifests), writing nothing unless every signature was made. */
async function signImage(input, deps) {
    const clock = deps.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .m;
    // 1. One digest, and the manifests under it.
    const { formats, repo, sigRepo, root, subjects, warnings } = await resolveTargets(deps.registry, input, 'signed');
    // 2. What is there already.
    const jobs = [];
    for (const subject of subjects) {
        for (const f of formats)
            jobs.push({ subject, format: f });
    }
    await Promise.all(jobs.map(async (job) => {
        if (job.format === 'legacy') {
            job.payload = (0,_simple_signing_js__WEBPACK_IMPORTED_MODULE_10__/* .toSimpleSigningPayload */ .b)({
                dockerReference: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepository */ .Sh)(repo),
                digest: job.subject.digest,
                annotations: input.annotations,
            });
            job.existingImage = await (0,_signature_tag_js__WEBPACK_IMPORTED_MODULE_9__/* .readSignatureImage */ .Q6)(deps.registry, sigTagRef(sigRepo, job.subject.digest));
        }
        else {
            const listed = await deps.registry.listReferrers({ ...sigRepo, digest: job.subject.digest }, { artifactType: _constants_js__WEBPACK_IMPORTED_MODULE_11__/* .BUNDLE_V03_MEDIA_TYPE */ .HM });
            job.existingReferrers = listed.referrers;
        }
    }));
    // 3. Every signature, before any write. The signer is asked once up front only when it matters what
    // it is: a key makes existing signatures candidates for cosign's duplicate rule; keyless needs Rekor
    // or a TSA.
    const mayDuplicate = jobs.some((j) => (j.existingImage?.layers ?? []).some((l) => j.payload && l.payload.equals(j.payload)) ||
        (j.existingReferrers ?? []).length > 0);
    const needsKind = mayDuplicate || (!deps.witnesses.rekorURL && !deps.witnesses.tsaURL);
    const rootRef = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)({ ...repo, digest: root.digest });
    const publicKey = needsKind
        ? await probePublicKey(deps.signer, rootRef, jobs[0]?.payload ?? Buffer.from(root.digest))
        : undefined;
    if (needsKind && publicKey === undefined && !deps.witnesses.rekorURL && !deps.witnesses.tsaURL) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .SignError */ .u('SIGN_INVALID_INPUT', `signing ${rootRef}: keyless signing without a transparency log needs a timestamp authority: expected a Rekor URL or a TSA URL, got neither; set one, or sign with a key`);
    }
    if (publicKey) {
        for (const job of jobs)
            await findDuplicate(deps.registry, sigRepo, job, publicKey, input.annotations);
    }
    const legacyWitnesses = (0,_bundler_js__WEBPACK_IMPORTED_MODULE_4__/* .createWitnesses */ .Cw)(deps.witnesses, 'hashedrekord');
    const dsseWitnesses = (0,_bundler_js__WEBPACK_IMPORTED_MODULE_4__/* .createWitnesses */ .Cw)(deps.witnesses, 'dsse');
    for (const job of jobs) {
        if (job.done)
            continue;
        const at = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)({ ...repo, digest: job.subject.digest });
        try {
            job.bundle =
                job.format === 'legacy'
                    ? await (0,_bundler_js__WEBPACK_IMPORTED_MODULE_4__/* .signMessage */ .lT)(job.payload, { signer: deps.signer, witnesses: legacyWitnesses })
                    : await (0,_bundler_js__WEBPACK_IMPORTED_MODULE_4__/* .signStatement */ .fT)(toSignStatement(job.subject.digest, input.subjectName, input.annotations), {
                        signer: deps.signer,
                        witnesses: dsseWitnesses,
                    });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .SignError */ .u('SIGN_FAILED', `signing ${at}: ${err.message}`, { cause: err });
        }
    }
    const made = jobs.find((j) => j.bundle)?.bundle;
    if (made && made.verificationMaterial.tlogEntries.length === 0) {
        warnings.push(made.verificationMaterial.content.$case === 'publicKey'
            ? 'no transparency log entry (no Rekor URL): verifiers must skip the tlog check (cosign verify --insecure-ignore-tlog=true)'
            : 'no transparency log entry (no Rekor URL): the signature time rests on the timestamp authority alone');
    }
    // 4. Write. Every job touches its own tag (`.sig`, or the subject's referrers index): in parallel.
    const settled = await Promise.allSettled(jobs
        .filter((j) => !j.done)
        .map(async (job) => {
        job.done =
            job.format === 'legacy'
                ? await writeLegacy(deps, clock, sigRepo, job)
                : await writeBundle(deps.registry, clock, sigRepo, job);
        // The Sigstore bundle of this run's signature, for a local copy (the Action's bundle-path).
        job.done.bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(job.bundle);
    }));
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return {
        image: { ...repo, digest: root.digest },
        digest: root.digest,
        signatures: jobs.map((j) => j.done),
        warnings,
    };
}
/**
 * The statement cosign v3 signs for an image: the cosign sign predicate about `digest`, with `-a`
 * annotations on the subject (cosign v3.1.3 writes `"annotations":{"run":"42"}` there; measured on the
 * bed).
 */
function toSignStatement(digest, name, annotations) {
    const statement = (0,_statement_js__WEBPACK_IMPORTED_MODULE_12__/* .toStatement */ .H)(digest, _constants_js__WEBPACK_IMPORTED_MODULE_11__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4, {}, name);
    if (!annotations || Object.keys(annotations).length === 0)
        return statement;
    const sorted = Object.fromEntries(Object.keys(annotations)
        .sort()
        .map((k) => [k, annotations[k]]));
    return {
        ...statement,
        subject: statement.subject.map((s) => Object.assign({}, s, { annotations: sorted })),
    };
}
/** The `.sig` tag of `digest` in `sigRepo`. */
function sigTagRef(sigRepo, digest) {
    return { ...sigRepo, tag: (0,_signature_tag_js__WEBPACK_IMPORTED_MODULE_9__/* .toSignatureTag */ .Ye)(digest) };
}
/** The image's descriptor (HEAD, or GET when the registry's HEAD says too little). */
async function resolveImage(registry, image) {
    const found = await registry.headManifest(image);
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .SignError */ .u('SIGN_IMAGE_NOT_FOUND', `image ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)(image)}: not found in the registry; push it first, or check the name and ${image.digest ? 'digest' : 'tag'}`);
    }
    return { mediaType: found.mediaType, digest: found.digest, size: found.size };
}
/**
 * `root`, then every manifest an index lists (depth first, each digest once), as cosign --recursive.
 * An index nested deeper than the index-depth cap, or more manifests than the index-manifests cap,
 * fails with REGISTRY_LIMIT_EXCEEDED: stopping quietly would leave manifests unsigned.
 */
async function collectSubjects(registry, repo, root, limits) {
    const out = new Map([[root.digest, root]]);
    const rootName = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)({ ...repo, digest: root.digest });
    const walk = async (d, depth) => {
        if (!(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(d.mediaType))
            return;
        if (depth > limits.indexDepth) {
            throw (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .limitExceeded */ .FU)('indexDepth', limits.indexDepth, `an index at depth ${depth}`, `index ${rootName}`);
        }
        const m = await registry.getManifest({ ...repo, digest: d.digest });
        const { manifest } = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(m.bytes, m.mediaType, `index ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)({ ...repo, digest: d.digest })}`);
        for (const child of manifest.manifests) {
            if (out.has(child.digest))
                continue;
            if (out.size >= limits.indexManifests + 1) {
                throw (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .limitExceeded */ .FU)('indexManifests', limits.indexManifests, `more than ${limits.indexManifests} manifests`, `index ${rootName}`);
            }
            const entry = { mediaType: child.mediaType, digest: child.digest, size: child.size };
            if (child.platform)
                entry.platform = child.platform;
            out.set(child.digest, entry);
            await walk(entry, depth + 1);
        }
    };
    await walk(root, 1);
    return [...out.values()];
}
/**
 * The signer's public key (PEM) when it signs with a key, undefined when keyless. Learnt from one
 * signature over a payload it will sign anyway; a ReusableCertificateSigner keeps the certificate it
 * gets, so the probe costs no extra Fulcio call.
 */
async function probePublicKey(signer, at, payload) {
    try {
        const sig = await signer.sign(payload);
        return sig.key.$case === 'publicKey' ? sig.key.publicKey : undefined;
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .SignError */ .u('SIGN_FAILED', `signing ${at}: ${err.message}`, { cause: err });
    }
}
/** cosign's duplicate rule: marks `job` done when a signature by `publicKey` over the same claim exists. */
async function findDuplicate(registry, sigRepo, job, publicKey, annotations) {
    if (job.format === 'legacy') {
        const dup = job.existingImage?.layers.find((l) => (0,_duplicates_js__WEBPACK_IMPORTED_MODULE_6__/* .isLegacySignatureBy */ .Pp)(l, job.payload, publicKey));
        if (dup)
            job.done = legacyRecord(job, sigRepo, dup, true);
        return;
    }
    for (const d of job.existingReferrers ?? []) {
        const predicate = d.annotations?.['dev.sigstore.bundle.predicateType'];
        if (predicate !== undefined && predicate !== _constants_js__WEBPACK_IMPORTED_MODULE_11__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4)
            continue;
        const ref = { ...sigRepo, digest: d.digest };
        const m = await registry.getManifest(ref);
        const { manifest } = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(m.bytes, m.mediaType, `referrer ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)(ref)}`);
        const layer = 'layers' in manifest ? manifest.layers[0] : undefined;
        if (!layer || layer.mediaType !== _constants_js__WEBPACK_IMPORTED_MODULE_11__/* .BUNDLE_V03_MEDIA_TYPE */ .HM)
            continue;
        const bytes = await registry.fetchBlobBytes(ref, layer.digest, {
            size: layer.size,
            maxBytes: MAX_BUNDLE_BYTES,
        });
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            continue;
        }
        if ((0,_duplicates_js__WEBPACK_IMPORTED_MODULE_6__/* .isBundleSignatureBy */ .Gg)(json, job.subject.digest, publicKey, annotations)) {
            const done = {
                subject: job.subject,
                format: 'bundle',
                location: ref,
                unchanged: true,
            };
            const logIndex = (0,_duplicates_js__WEBPACK_IMPORTED_MODULE_6__/* .bundleLogIndex */ .FH)(json);
            if (logIndex !== undefined)
                done.logIndex = logIndex;
            job.done = done;
            return;
        }
    }
}
function legacyRecord(job, sigRepo, layer, unchanged) {
    const done = {
        subject: job.subject,
        format: 'legacy',
        location: sigTagRef(sigRepo, job.subject.digest),
        unchanged,
    };
    const logIndex = (0,_duplicates_js__WEBPACK_IMPORTED_MODULE_6__/* .legacyLogIndex */ .QX)(layer);
    if (logIndex !== undefined)
        done.logIndex = logIndex;
    return done;
}
/** Appends the job's layer to the `.sig` image, race-safe (signature-tag.ts). */
async function writeLegacy(deps, clock, sigRepo, job) {
    const layer = {
        mediaType: _constants_js__WEBPACK_IMPORTED_MODULE_11__/* .SIMPLE_SIGNING_MEDIA_TYPE */ .$r,
        payload: job.payload,
        annotations: (0,_legacy_annotations_js__WEBPACK_IMPORTED_MODULE_13__/* .toLegacyAnnotations */ .vA)(job.bundle),
    };
    // An identical layer (deterministic signature, no tlog) is cosign's other duplicate.
    if (job.existingImage && (0,_legacy_image_js__WEBPACK_IMPORTED_MODULE_8__/* .hasIdenticalLayer */ .rc)(job.existingImage.layers, layer)) {
        return legacyRecord(job, sigRepo, layer, true);
    }
    const res = await (0,_signature_tag_js__WEBPACK_IMPORTED_MODULE_9__/* .appendSignatureLayer */ .Ue)(deps.registry, sigTagRef(sigRepo, job.subject.digest), layer, {
        clock,
        current: job.existingImage,
        settle: deps.settle,
    });
    return legacyRecord(job, sigRepo, layer, res.unchanged);
}
/** Stores the job's bundle as a referrer of its subject in `sigRepo` (listed by the API or tag index). */
async function writeBundle(registry, clock, sigRepo, job) {
    const bundleJSON = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(job.bundle);
    const referrer = (0,_bundle_referrer_js__WEBPACK_IMPORTED_MODULE_3__/* .buildBundleReferrer */ .eE)({
        bundleJSON: Buffer.from(JSON.stringify(bundleJSON)),
        subject: job.subject,
        content: 'dsse-envelope',
        predicateType: _constants_js__WEBPACK_IMPORTED_MODULE_11__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4,
        created: new Date(clock.now()),
    });
    // The referrer PUT is by digest and the index update merges, so the whole step may run again after
    // a failure that left it half done.
    let pushed;
    for (let attempt = 1; !pushed; attempt++) {
        try {
            for (const [digest, bytes] of referrer.blobs) {
                // The bundle is new by construction; the empty config is shared and usually there already.
                await registry.uploadBlob(sigRepo, bytes, { digest, skipExistenceCheck: bytes.length > 2 });
            }
            pushed = await registry.pushReferrer(sigRepo, referrer.manifestBytes, {
                mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
            });
        }
        catch (err) {
            if (attempt >= BUNDLE_WRITE_ATTEMPTS || !(0,_signature_tag_js__WEBPACK_IMPORTED_MODULE_9__/* .isRetryableWrite */ .OS)(err))
                throw err;
            await clock.sleep(Math.round(100 * attempt * (1 + clock.random())));
        }
    }
    const done = {
        subject: job.subject,
        format: 'bundle',
        location: { ...sigRepo, digest: referrer.digest },
        unchanged: false,
        referrers: pushed.source,
    };
    const logIndex = (0,_duplicates_js__WEBPACK_IMPORTED_MODULE_6__/* .bundleLogIndex */ .FH)(bundleJSON);
    if (logIndex !== undefined)
        done.logIndex = logIndex;
    return done;
}
/** The signatures a run made or found, as JSON: `signet sign --output json` and the CI `signatures` output. */
function toSignaturesJSON(signatures) {
    return signatures.map((s) => ({
        subject: s.subject.digest,
        platform: s.subject.platform ?? null,
        format: s.format,
        location: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .Y4)(s.location),
        logIndex: s.logIndex ?? null,
        unchanged: s.unchanged,
    }));
}


/***/ }),

/***/ 57850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ isRetryableWrite),
/* harmony export */   Q6: () => (/* binding */ readSignatureImage),
/* harmony export */   Ue: () => (/* binding */ appendSignatureLayer),
/* harmony export */   Ye: () => (/* binding */ toSignatureTag)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12133);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30351);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50844);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73910);
/* harmony import */ var _legacy_image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34434);
// The legacy `sha256-<hex>.sig` image as a read-modify-write of a tag, made safe for concurrent signers.
//
// Why cosign loses signatures here: cosign reads the `.sig` image, appends its layer and PUTs the whole
// manifest back to the tag (cosign `pkg/oci/mutate` AttachSignatureToEntity, go-containerregistry
// `remote.Write`). A tag PUT replaces, it does not merge, and nothing makes it conditional, so when two
// jobs sign one digest at once, each PUT carries only the layers its writer read: the last one wins and
// the other signatures vanish without an error (see the 8-writer measurement in
// test/integration/sign-concurrency.itg.test.ts).
//
// Signet does what src/registry does for the referrers fallback index (client.ts `addReferrer`): the
// PUT carries If-Match with the ETag of the image it read, so a registry that honours it answers 412
// and Signet reads again and merges. Distribution 2.8 sends ETags but ignores If-Match, so every write
// is also verified: wait longer than a read-modify-write takes, read the tag back, and if any layer this
// writer has seen is missing (someone overwrote it), merge it back and write again, for a bounded
// number of rounds. Without compare-and-swap no client protocol is exact; the settle window covers
// writers whose read-modify-write overlaps ours, which is what concurrent CI jobs do.






/** Signature payloads are a few hundred bytes; anything large under a `.sig` tag is not a signature. */
const MAX_PAYLOAD_BYTES = 1024 * 1024;
/**
 * Failures after which reading again and rewriting is safe and may succeed: 412 (someone wrote since we
 * read), temporary failures, and Distribution 2.8's answers when concurrent writers commit the same
 * blob at once (DIGEST_INVALID on the upload, MANIFEST_BLOB_UNKNOWN on the manifest that names it),
 * which the real cosign reports as a failed signing under concurrency.
 */
function isRetryableWrite(err) {
    if (!(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(err))
        return false;
    if (err.code === 'REGISTRY_CONFLICT' || err.temporary)
        return true;
    return (err.status === 400 && err.ociCodes.some((c) => c === 'DIGEST_INVALID' || c === 'MANIFEST_BLOB_UNKNOWN'));
}
/** `sha256:<hex>` → the tag `sha256-<hex>.sig` (cosign `pkg/oci/remote` SignatureTag). */
function toSignatureTag(digest) {
    return `${digest.replace(':', '-')}${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_TAG_SUFFIX */ .qp}`;
}
/** Identity of a layer: its payload and every annotation (two signatures of one payload differ). */
function layerKey(layer) {
    const a = layer.annotations;
    const sorted = Object.keys(a)
        .sort()
        .map((k) => [k, a[k]]);
    return `${layer.payload.toString('base64')}\n${JSON.stringify(sorted)}`;
}
/**
 * Reads the `.sig` image at `tagRef` with every layer's payload (verified against its digest), or an
 * empty image when the tag does not exist. `payloads` caches blobs across reads. `maxBytes` bounds each
 * payload (`.att` layers hold whole predicates, SBOMs among them).
 */
async function readSignatureImage(registry, tagRef, payloads = new Map(), maxBytes = MAX_PAYLOAD_BYTES) {
    let fetched;
    try {
        fetched = await registry.getManifest(tagRef, {
            accept: [_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_, _registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_MANIFEST_MEDIA_TYPE */ .ZC],
        });
    }
    catch (err) {
        if ((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(err, 'REGISTRY_NOT_FOUND'))
            return { layers: [] };
        throw err;
    }
    const what = `signature image ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tagRef)}`;
    const { manifest } = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseManifest */ .Ng)(fetched.bytes, fetched.mediaType, what);
    if (!('layers' in manifest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SignError */ .u('SIGN_INVALID_STORAGE', `${what}: expected an image manifest, got an index; something other than cosign uses that tag`);
    }
    // Every existing layer's payload is read to keep it; a hostile tag cannot make that unbounded.
    const cap = (registry.limits ?? _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LIMITS */ .dR).attachmentLayers;
    const found = manifest.layers.length;
    if (found > cap)
        throw (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitExceeded */ .FU)('attachmentLayers', cap, found, what);
    const layers = [];
    for (const d of manifest.layers) {
        let payload = payloads.get(d.digest);
        if (!payload) {
            payload = await registry.fetchBlobBytes(tagRef, d.digest, {
                size: d.size,
                maxBytes,
            });
            payloads.set(d.digest, payload);
        }
        layers.push({ mediaType: d.mediaType, payload, annotations: { ...d.annotations } });
    }
    const out = { layers };
    if (fetched.etag)
        out.etag = fetched.etag;
    return out;
}
/**
 * Appends `layer` to the `.sig` image at `tagRef`, keeping every layer concurrent writers add (see the
 * header). `current` is the image as last read, when the caller has it.
 */
async function appendSignatureLayer(registry, tagRef, layer, deps) {
    const { clock } = deps;
    const settleMs = deps.settle?.settleMs ?? 100;
    const maxRounds = deps.settle?.maxRounds ?? 10;
    const payloads = new Map();
    const uploaded = new Set();
    const ours = layerKey(layer);
    const seen = new Map([[ours, layer]]);
    const has = (image, keys) => {
        const present = new Set(image.layers.map(layerKey));
        for (const k of keys)
            if (!present.has(k))
                return false;
        return true;
    };
    let current = deps.current ?? (await readSignatureImage(registry, tagRef, payloads));
    for (const l of current.layers)
        payloads.set((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(l.payload), l.payload);
    if (has(current, [ours]))
        return { unchanged: true, rounds: 0 };
    let lastFailure;
    for (let round = 1; round <= maxRounds; round++) {
        const started = clock.now();
        for (const l of current.layers)
            if (!seen.has(layerKey(l)))
                seen.set(layerKey(l), l);
        const present = new Set(current.layers.map(layerKey));
        const merged = [...current.layers, ...[...seen].filter(([k]) => !present.has(k)).map(([, l]) => l)];
        const image = (0,_legacy_image_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLegacyImage */ .Lv)(merged);
        try {
            // Blobs first: the config changes with the layer count; payloads of layers read from the
            // registry are there already, ours is uploaded once.
            for (const [digest, bytes] of image.blobs) {
                if (uploaded.has(digest) || payloads.has(digest))
                    continue;
                await registry.uploadBlob(tagRef, bytes, { digest, skipExistenceCheck: true });
                uploaded.add(digest);
                payloads.set(digest, bytes); // reading the image back need not download what we just wrote
            }
            await registry.putManifest(tagRef, image.manifestBytes, {
                mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
                ifMatch: current.etag,
            });
        }
        catch (err) {
            // 412 (someone wrote since we read) or a failure that may not have stored anything: either way
            // reading again and merging is safe. Anything else is the caller's to see.
            if (!isRetryableWrite(err))
                throw err;
            lastFailure = err;
            await clock.sleep(Math.round(settleMs * (1 + clock.random())));
            current = await readSignatureImage(registry, tagRef, payloads);
            if (has(current, seen.keys()))
                return { unchanged: false, rounds: round };
            continue;
        }
        lastFailure = undefined;
        const took = clock.now() - started;
        await clock.sleep(Math.round(Math.max(settleMs, 2 * took) * (1 + clock.random())));
        current = await readSignatureImage(registry, tagRef, payloads);
        if (has(current, seen.keys()))
            return { unchanged: false, rounds: round };
    }
    if (lastFailure && !(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(lastFailure, 'REGISTRY_CONFLICT'))
        throw lastFailure;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SignError */ .u('SIGN_CONFLICT', `updating ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tagRef)}: concurrent writers kept replacing the signature image for ${maxRounds} rounds; sign again (existing signatures are kept)`, { cause: lastFailure });
}


/***/ }),

/***/ 25924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ toStatement)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50844);

/** Builds a statement whose subject is `digest` (optionally named, e.g. the repository). */
function toStatement(digest, predicateType, predicate, name) {
    const [algorithm, hex] = digest.split(':');
    return {
        _type: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .IN_TOTO_STATEMENT_V1 */ .tV,
        subject: [{ ...(name ? { name } : {}), digest: { [algorithm]: hex } }],
        predicateType,
        predicate,
    };
}


/***/ })

};
