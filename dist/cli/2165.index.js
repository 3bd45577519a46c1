export const id = 2165;
export const ids = [2165];
export const modules = {

/***/ 19218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ SECRET_ENV_PREFIX),
/* harmony export */   CG: () => (/* binding */ DOCKER_REFERENCE_DIGEST_ANNOTATION),
/* harmony export */   G$: () => (/* binding */ DEFAULT_BUILD_TIMEOUT_MS),
/* harmony export */   TA: () => (/* binding */ BUILDX_REF_KEY),
/* harmony export */   WR: () => (/* binding */ BUILDX_DIGEST_KEY),
/* harmony export */   ZX: () => (/* binding */ BUILDX_IMAGE_NAME_KEY),
/* harmony export */   Ze: () => (/* binding */ BUILDX_CONFIG_DIGEST_KEY),
/* harmony export */   hj: () => (/* binding */ BUILDX_WARNINGS_KEY),
/* harmony export */   j_: () => (/* binding */ BUILDX_DESCRIPTOR_KEY),
/* harmony export */   qM: () => (/* binding */ ATTESTATION_MANIFEST_TYPE),
/* harmony export */   yU: () => (/* binding */ DOCKER_REFERENCE_TYPE_ANNOTATION)
/* harmony export */ });
// Names the builders and registries use for the facts Signet reads back after a build.
/** Metadata-file key of the pushed image's digest (index or manifest), written by BuildKit's exporter. */
const BUILDX_DIGEST_KEY = 'containerimage.digest';
/** Metadata-file key of the exported descriptor (media type, digest, size). */
const BUILDX_DESCRIPTOR_KEY = 'containerimage.descriptor';
/** Metadata-file key of the image config digest (present even when nothing was pushed). */
const BUILDX_CONFIG_DIGEST_KEY = 'containerimage.config.digest';
/** Metadata-file key of the comma-separated image names the exporter wrote. */
const BUILDX_IMAGE_NAME_KEY = 'image.name';
/** Metadata-file key of the build reference (`builder/node/id`). */
const BUILDX_REF_KEY = 'buildx.build.ref';
/** Metadata-file key of the build's lint warnings (buildx ≥ 0.14). */
const BUILDX_WARNINGS_KEY = 'buildx.build.warnings';
/**
 * Index annotation BuildKit sets on attestation manifests (provenance, SBOM), with
 * `vnd.docker.reference.digest` naming the platform manifest they describe.
 * https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md
 */
const DOCKER_REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const DOCKER_REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
const ATTESTATION_MANIFEST_TYPE = 'attestation-manifest';
/** Default time a build may take before it is killed (builds pull and compile: an hour). */
const DEFAULT_BUILD_TIMEOUT_MS = 60 * 60 * 1000;
/** Prefix of the environment variables that carry secret values to buildx and buildah (never argv). */
const SECRET_ENV_PREFIX = 'SIGNET_BUILD_SECRET_';


/***/ }),

/***/ 99138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 63680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ bundleLogIndex),
/* harmony export */   Gg: () => (/* binding */ isBundleSignatureBy),
/* harmony export */   Pp: () => (/* binding */ isLegacySignatureBy),
/* harmony export */   QX: () => (/* binding */ legacyLogIndex)
/* harmony export */ });
/* unused harmony export toPAE */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96233);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53776);
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

/***/ 91786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X3: () => (/* binding */ toMaterialAnnotations),
/* harmony export */   vA: () => (/* binding */ toLegacyAnnotations)
/* harmony export */ });
/* unused harmony exports toRekorBundleAnnotation, bundleCertificates */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96233);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29734);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60133);



/** The Rekor bundle annotation for a tlog entry that has an inclusion promise (SET). */
function toRekorBundleAnnotation(entry) {
    const set = entry.inclusionPromise?.signedEntryTimestamp;
    if (!set)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .u('SIGN_FAILED', 'tlog entry has no inclusion promise (signed entry timestamp)');
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
        annotations[_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_CERTIFICATE */ .MF] = (0,_pem_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePem */ .TS)('CERTIFICATE', leaf);
        annotations[_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_CHAIN */ .M6] = chain.map((c) => (0,_pem_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePem */ .TS)('CERTIFICATE', c)).join('');
    }
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry)
        annotations[_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_REKOR_BUNDLE */ .bL] = JSON.stringify(toRekorBundleAnnotation(entry));
    const ts = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
    if (ts) {
        annotations[_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_RFC3161_TIMESTAMP */ .oN] = JSON.stringify({
            SignedRFC3161Timestamp: Buffer.from(ts.signedTimestamp).toString('base64'),
        });
    }
    return annotations;
}
/** The layer annotations cosign writes for a message-signature bundle. */
function toLegacyAnnotations(bundle) {
    if (bundle.content.$case !== 'messageSignature') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .u('SIGN_FAILED', 'legacy signature layers need a message-signature bundle, got a dsse envelope');
    }
    return {
        [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_SIGNATURE */ .LR]: Buffer.from(bundle.content.messageSignature.signature).toString('base64'),
        ...toMaterialAnnotations(bundle),
    };
}


/***/ }),

/***/ 87483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ resolveTargets)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76109);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21662);
/* harmony import */ var _build_constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19218);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60133);
// What a signing or attesting run works on: the image resolved once to a digest (a tag is read once),
// the repositories, the formats, and (recursive) every manifest an index lists. Shared by the sign and
// attest stages, so both sign exactly the same manifests.




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
        warnings.push(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(input.image)} names a tag: ${verb} ${root.digest}, the manifest it pointed to when read; pass the digest to be sure what is ${verb}`);
    }
    const subjects = input.recursive === false ? [root] : await collectSubjects(registry, repo, root, (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitsOf */ .Af)(registry));
    return { formats, repo, sigRepo, root, subjects, warnings };
}
/** The image's descriptor (HEAD, or GET when the registry's HEAD says too little). */
async function resolveImage(registry, image) {
    const found = await registry.headManifest(image);
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SignError */ .u('SIGN_IMAGE_NOT_FOUND', `image ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(image)}: not found in the registry; push it first, or check the name and ${image.digest ? 'digest' : 'tag'}`);
    }
    return { mediaType: found.mediaType, digest: found.digest, size: found.size };
}
/**
 * `root`, then every manifest an index lists (depth first, each digest once), as cosign --recursive,
 * less BuildKit's attestation manifests (`vnd.docker.reference.type: attestation-manifest`).
 * An index nested deeper than the index-depth cap, or more manifests than the index-manifests cap,
 * fails with REGISTRY_LIMIT_EXCEEDED: stopping quietly would leave manifests unsigned.
 */
async function collectSubjects(registry, repo, root, limits) {
    const out = new Map([[root.digest, root]]);
    const rootName = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)({ ...repo, digest: root.digest });
    const walk = async (d, depth) => {
        if (!(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isIndexMediaType */ .$$)(d.mediaType))
            return;
        if (depth > limits.indexDepth) {
            throw (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitExceeded */ .FU)('indexDepth', limits.indexDepth, `an index at depth ${depth}`, `index ${rootName}`);
        }
        const m = await registry.getManifest({ ...repo, digest: d.digest });
        const { manifest } = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseManifest */ .Ng)(m.bytes, m.mediaType, `index ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)({ ...repo, digest: d.digest })}`);
        for (const child of manifest.manifests) {
            if (out.has(child.digest))
                continue;
            // BuildKit's attestation manifests (provenance, SBOM) are not images: never signed as platforms.
            if (child.annotations?.[_build_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_REFERENCE_TYPE_ANNOTATION */ .yU] === _build_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .ATTESTATION_MANIFEST_TYPE */ .qM)
                continue;
            if (out.size >= limits.indexManifests + 1) {
                throw (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitExceeded */ .FU)('indexManifests', limits.indexManifests, `more than ${limits.indexManifests} manifests`, `index ${rootName}`);
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


/***/ }),

/***/ 95157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ toStatement)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96233);

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


/***/ }),

/***/ 84429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vd: () => (/* binding */ probePublicKey),
/* harmony export */   e4: () => (/* binding */ requireTimeWitness),
/* harmony export */   lE: () => (/* binding */ checkTimeWitness),
/* harmony export */   nH: () => (/* binding */ hasTimeWitness)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60133);

/** True when the witnesses prove when a signature was made: a Rekor URL or a TSA URL. */
function hasTimeWitness(witnesses) {
    return Boolean(witnesses.rekorURL || witnesses.tsaURL);
}
/**
 * The signer's public key (PEM) when it signs with a key, undefined when keyless. Learnt from one
 * signature over a payload it will sign anyway; a ReusableCertificateSigner keeps the certificate it
 * gets, so the probe costs no extra Fulcio call. `doing` names the work for messages (`signing …`).
 */
async function probePublicKey(signer, doing, payload, failed = signFailed) {
    try {
        const sig = await signer.sign(payload);
        return sig.key.$case === 'publicKey' ? sig.key.publicKey : undefined;
    }
    catch (err) {
        throw failed(`${doing}: ${err.message}`, err);
    }
}
/** Throws `invalid(message)` when a keyless signer (no `publicKey`) has neither Rekor nor a TSA. */
function checkTimeWitness(witnesses, publicKey, doing, invalid) {
    if (publicKey !== undefined || hasTimeWitness(witnesses))
        return;
    throw invalid(`${doing}: keyless signing without a transparency log needs a timestamp authority: expected a Rekor URL or a TSA URL, got neither; set one, or sign with a key`);
}
function signFailed(message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_FAILED', message, { cause });
}
/** checkTimeWitness, asking the signer what it is only when the witnesses leave it open. */
async function requireTimeWitness(signer, witnesses, doing, payload, invalid, failed) {
    if (hasTimeWitness(witnesses))
        return;
    checkTimeWitness(witnesses, await probePublicKey(signer, doing, payload, failed), doing, invalid);
}


/***/ }),

/***/ 35250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ buildBundleReferrer)
/* harmony export */ });
/* unused harmony export rfc3339Seconds */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18395);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96233);
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
        artifactType: _sign_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_V03_MEDIA_TYPE */ .HM,
        config: { mediaType: _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_EMPTY_MEDIA_TYPE */ .w3, size: EMPTY_JSON.length, digest: _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_EMPTY_DIGEST */ .dG },
        layers: [{ mediaType: _sign_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_V03_MEDIA_TYPE */ .HM, size: input.bundleJSON.length, digest: layerDigest }],
        subject: { mediaType: input.subject.mediaType, size: input.subject.size, digest: input.subject.digest },
        annotations: {
            [_sign_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_BUNDLE_CONTENT */ .$C]: input.content,
            [_sign_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_BUNDLE_PREDICATE_TYPE */ .w1]: input.predicateType,
            [_sign_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_CREATED */ .H]: rfc3339Seconds(input.created),
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

/***/ 62359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ buildLegacyImage),
/* harmony export */   rc: () => (/* binding */ hasIdenticalLayer)
/* harmony export */ });
/* unused harmony export buildLegacyConfig */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18395);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96233);
// cosign's legacy signature storage: the `sha256-<hex>.sig` (and `.att`) "image" whose layers are the
// signed payloads, with everything else in layer annotations. Shapes follow cosign `pkg/oci/empty`
// (config), go-containerregistry `mutate.Append` (manifest) and cosign `pkg/oci/static` (layers).
// Pure: the sign stage reads the existing image through the registry client and writes what this returns.



const sha256 = (b) => `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex')}`;
/** The config cosign writes for a signature image (`empty.go` plus one history entry per layer). */
function buildLegacyConfig(payloads) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: _sign_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .GO_ZERO_TIME */ .KV,
        history: payloads.map(() => ({ created: _sign_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .GO_ZERO_TIME */ .KV })),
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

/***/ 90733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pushBundleReferrer)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76109);
/* harmony import */ var _signature_image_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36440);
// Stores a Sigstore bundle as an OCI 1.1 referrer of its subject (bundle-referrer.ts builds it): the
// two blobs, then the manifest by digest; the registry client lists it (referrers API, or the
// race-safe `sha256-<hex>` fallback index). Used by the sign and attest stages alike.


/** Whole-step attempts: the PUT is by digest and the index update merges, so a retry is safe. */
const BUNDLE_WRITE_ATTEMPTS = 3;
/**
 * Uploads `referrer`'s blobs and pushes its manifest to `sigRepo`, again after a failure that may
 * have left the step half done (see isRetryableWrite). A fallback-index read-back is deferred to
 * `batch` when given (registry/settle.ts). Returns how the referrer is listed.
 */
async function pushBundleReferrer(registry, sigRepo, referrer, clock, batch) {
    for (let attempt = 1;; attempt++) {
        try {
            for (const [digest, bytes] of referrer.blobs) {
                // The bundle is new by construction; the empty config is shared and usually there already.
                await registry.uploadBlob(sigRepo, bytes, { digest, skipExistenceCheck: bytes.length > 2 });
            }
            const pushed = await registry.pushReferrer(sigRepo, referrer.manifestBytes, {
                mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST_MEDIA_TYPE */ .k_,
                ...(batch ? { settle: batch } : {}),
            });
            return pushed.source;
        }
        catch (err) {
            if (attempt >= BUNDLE_WRITE_ATTEMPTS || !(0,_signature_image_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableWrite */ .OS)(err))
                throw err;
            await clock.sleep(Math.round(100 * attempt * (1 + clock.random())));
        }
    }
}


/***/ }),

/***/ 36440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ isRetryableWrite),
/* harmony export */   Q6: () => (/* binding */ readSignatureImage),
/* harmony export */   Ue: () => (/* binding */ appendSignatureLayer)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76109);
/* harmony import */ var _sign_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60133);
/* harmony import */ var _legacy_image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62359);
// The legacy `sha256-<hex>.sig` image as a read-modify-write of a tag, made safe for concurrent signers.
//
// Why cosign loses signatures here: cosign reads the `.sig` image, appends its layer and PUTs the whole
// manifest back to the tag (cosign `pkg/oci/mutate` AttachSignatureToEntity, go-containerregistry
// `remote.Write`). A tag PUT replaces, it does not merge, and nothing makes it conditional, so when two
// jobs sign one digest at once, each PUT carries only the layers its writer read: the last one wins and
// the other signatures vanish without an error (see the 8-writer measurement in
// test/integration/sign-concurrency.itg.test.ts).
//
// Signet does what src/registry does for the referrers fallback index (referrers.ts `addReferrer`): the
// PUT carries If-Match with the ETag of the image it read, so a registry that honours it answers 412
// and Signet reads again and merges. Distribution 2.8 sends ETags but ignores If-Match, so every write
// is also verified: wait longer than a read-modify-write takes, read the tag back, and if any layer this
// writer has seen is missing (someone overwrote it), merge it back and write again, for a bounded
// number of rounds. Without compare-and-swap no client protocol is exact; the settle window covers
// writers whose read-modify-write overlaps ours, which is what concurrent CI jobs do. Where the
// registry does honour If-Match, a conditional write is exact and needs no read-back; elsewhere the
// read-backs of a run share one wait (registry/settle.ts).




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
        throw new _sign_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .u('SIGN_INVALID_STORAGE', `${what}: expected an image manifest, got an index; something other than cosign uses that tag`);
    }
    // Every existing layer's payload is read to keep it; a hostile tag cannot make that unbounded.
    const cap = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitsOf */ .Af)(registry).attachmentLayers;
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
 * header). `current` is the image as last read, when the caller has it. With `settle.batch`, the read-back of
 * a write the registry could not make exact is deferred to that batch (one settle wait per run,
 * registry/settle.ts); without, it is waited for here. `rounds` counts the writes made before returning.
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
    const batch = deps.settle?.batch ?? new _registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SettleBatch */ .mH(clock);
    let round = 0;
    let lastFailure;
    // Write rounds until one write lands; then done (compare-and-swap) or a read-back is deferred.
    const write = async () => {
        for (;;) {
            if (++round > maxRounds) {
                if (lastFailure && !(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(lastFailure, 'REGISTRY_CONFLICT'))
                    throw lastFailure;
                throw new _sign_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignError */ .u('SIGN_CONFLICT', `updating ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tagRef)}: concurrent writers kept replacing the signature image for ${maxRounds} rounds; sign again (existing signatures are kept)`, { cause: lastFailure });
            }
            const started = clock.now();
            for (const l of current.layers)
                if (!seen.has(layerKey(l)))
                    seen.set(layerKey(l), l);
            const present = new Set(current.layers.map(layerKey));
            const merged = [...current.layers, ...[...seen].filter(([k]) => !present.has(k)).map(([, l]) => l)];
            const image = (0,_legacy_image_js__WEBPACK_IMPORTED_MODULE_2__/* .buildLegacyImage */ .Lv)(merged);
            let put;
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
                put = await registry.putManifest(tagRef, image.manifestBytes, {
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
                    return;
                continue;
            }
            lastFailure = undefined;
            if (put.compareAndSwap)
                return;
            const took = clock.now() - started;
            batch.defer(clock.now() + Math.round(Math.max(settleMs, 2 * took) * (1 + clock.random())), check);
            return;
        }
    };
    const check = async () => {
        current = await readSignatureImage(registry, tagRef, payloads);
        if (!has(current, seen.keys()))
            await write();
    };
    await write();
    if (!deps.settle?.batch)
        await batch.settle();
    return { unchanged: false, rounds: round };
}


/***/ })

};
