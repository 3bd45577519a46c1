export const id = 1341;
export const ids = [1341];
export const modules = {

/***/ 81341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COSIGN_SIGN_PREDICATE_TYPE: () => (/* reexport */ constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4),
  ReusableCertificateSigner: () => (/* reexport */ ReusableCertificateSigner),
  SignError: () => (/* reexport */ errors/* SignError */.u),
  loadSigner: () => (/* reexport */ loadSigner),
  parseSigningConfig: () => (/* reexport */ signing_config.parseSigningConfig),
  selectServices: () => (/* reexport */ signing_config.selectServices),
  signImage: () => (/* reexport */ signImage),
  toSignTargets: () => (/* reexport */ toSignTargets),
  toSignaturesJSON: () => (/* reexport */ toSignaturesJSON)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/index.js + 18 modules
var src_registry = __webpack_require__(76109);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/bundle-referrer.js
var bundle_referrer = __webpack_require__(35250);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/cosign-tags.js + 1 modules
var cosign_tags = __webpack_require__(48013);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/legacy-image.js
var legacy_image = __webpack_require__(62359);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/push-bundle-referrer.js
var push_bundle_referrer = __webpack_require__(90733);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/signature-image.js
var signature_image = __webpack_require__(36440);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/clock.js
var sign_clock = __webpack_require__(99138);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/constants.js
var constants = __webpack_require__(96233);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/duplicates.js
var duplicates = __webpack_require__(63680);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/errors.js
var errors = __webpack_require__(60133);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/legacy-annotations.js
var legacy_annotations = __webpack_require__(91786);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/resolve-targets.js
var resolve_targets = __webpack_require__(87483);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/simple-signing.js
var simple_signing = __webpack_require__(92634);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/statement.js
var sign_statement = __webpack_require__(95157);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/time-witness.js
var time_witness = __webpack_require__(84429);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sign/sign-image.js
// The sign stage: signs one image by digest (and, for an index, every manifest it lists) in cosign's
// legacy `.sig` format, as a Sigstore bundle referrer, or both, and stores the signatures in the
// image's repository or in a signature repository (cosign's COSIGN_REPOSITORY).
//
// Outline, fail closed: (1) resolve the image to a digest once and collect the manifests to sign;
// (2) read what the registry already holds, for cosign's duplicate rule; (3) make every bundle (Fulcio,
// Rekor, TSA) before (4) writing anything, so a Sigstore failure leaves the registry untouched. Writes
// are safe against concurrent signers in both formats (src/storage: signature-image.ts, and the
// registry's referrers fallback index).
















const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
/** Signs `input.image` (and an index's manifests), writing nothing unless every signature was made. */
async function signImage(input, deps) {
    const clock = deps.clock ?? sign_clock/* systemClock */.m;
    // 1. One digest, and the manifests under it.
    const { formats, repo, sigRepo, root, subjects, warnings } = await (0,resolve_targets/* resolveTargets */.h)(deps.registry, input, 'signed');
    // 2. What is there already.
    const jobs = [];
    for (const subject of subjects) {
        for (const f of formats)
            jobs.push({ subject, format: f });
    }
    await Promise.all(jobs.map(async (job) => {
        if (job.format === 'legacy') {
            job.payload = (0,simple_signing/* toSimpleSigningPayload */.b)({
                dockerReference: (0,src_registry/* formatRepository */.Sh)(repo),
                digest: job.subject.digest,
                annotations: input.annotations,
            });
            job.existingImage = await (0,signature_image/* readSignatureImage */.Q6)(deps.registry, (0,cosign_tags/* toSignatureTag */.Ye)(sigRepo, job.subject.digest));
        }
        else {
            const listed = await deps.registry.listReferrers({ ...sigRepo, digest: job.subject.digest }, { artifactType: constants/* BUNDLE_V03_MEDIA_TYPE */.HM });
            job.existingReferrers = listed.referrers;
        }
    }));
    // 3. Every signature, before any write. The signer is asked once up front only when it matters what
    // it is: a key makes existing signatures candidates for cosign's duplicate rule; keyless needs Rekor
    // or a TSA.
    const mayDuplicate = jobs.some((j) => (j.existingImage?.layers ?? []).some((l) => j.payload && l.payload.equals(j.payload)) ||
        (j.existingReferrers ?? []).length > 0);
    const needsKind = mayDuplicate || !(0,time_witness/* hasTimeWitness */.nH)(deps.witnesses);
    const doing = `signing ${(0,src_registry/* formatReference */.Y4)({ ...repo, digest: root.digest })}`;
    const publicKey = needsKind
        ? await (0,time_witness/* probePublicKey */.Vd)(deps.signer, doing, jobs[0]?.payload ?? Buffer.from(root.digest))
        : undefined;
    (0,time_witness/* checkTimeWitness */.lE)(deps.witnesses, publicKey, doing, (m) => new errors/* SignError */.u('SIGN_INVALID_INPUT', m));
    if (publicKey) {
        for (const job of jobs)
            await findDuplicate(deps.registry, sigRepo, job, publicKey, input.annotations);
    }
    // sigstore-js's signing stack loads only when something is signed (issue 18: load only what runs).
    const { createWitnesses, refuseLegacyWithRekorV2, signMessage, signStatement } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(5814), __webpack_require__.e(5179), __webpack_require__.e(9178)]).then(__webpack_require__.bind(__webpack_require__, 19178));
    if (jobs.some((j) => j.format === 'legacy'))
        refuseLegacyWithRekorV2(deps.witnesses, 'signature-format');
    const legacyWitnesses = createWitnesses(deps.witnesses, 'hashedrekord');
    const dsseWitnesses = createWitnesses(deps.witnesses, 'dsse');
    for (const job of jobs) {
        if (job.done)
            continue;
        const at = (0,src_registry/* formatReference */.Y4)({ ...repo, digest: job.subject.digest });
        try {
            job.bundle =
                job.format === 'legacy'
                    ? await signMessage(job.payload, { signer: deps.signer, witnesses: legacyWitnesses })
                    : await signStatement(toSignStatement(job.subject.digest, input.subjectName, input.annotations), {
                        signer: deps.signer,
                        witnesses: dsseWitnesses,
                    });
        }
        catch (err) {
            throw new errors/* SignError */.u('SIGN_FAILED', `signing ${at}: ${err.message}`, { cause: err });
        }
    }
    const made = jobs.find((j) => j.bundle)?.bundle;
    if (made && made.verificationMaterial.tlogEntries.length === 0) {
        warnings.push(made.verificationMaterial.content.$case === 'publicKey'
            ? 'no transparency log entry (no Rekor URL): verifiers must skip the tlog check (cosign verify --insecure-ignore-tlog=true)'
            : 'no transparency log entry (no Rekor URL): the signature time rests on the timestamp authority alone');
    }
    // 4. Write. Every job touches its own tag (`.sig`, or the subject's referrers index): in parallel.
    // The read-backs of writes the registry could not make exact share one settle wait: the run's batch
    // when the caller passes one (and settles it), else this stage's, settled here.
    const settle = { ...deps.settle, batch: deps.settle?.batch ?? new src_registry/* SettleBatch */.mH(clock) };
    const settled = await Promise.allSettled(jobs
        .filter((j) => !j.done)
        .map(async (job) => {
        job.done =
            job.format === 'legacy'
                ? await writeLegacy({ ...deps, settle }, clock, sigRepo, job)
                : await writeBundle(deps.registry, clock, sigRepo, job, settle.batch);
        // The Sigstore bundle of this run's signature, for a local copy (the Action's bundle-path).
        job.done.bundle = (0,dist.bundleToJSON)(job.bundle);
    }));
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    if (!deps.settle?.batch)
        await settle.batch.settle();
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
    const statement = (0,sign_statement/* toStatement */.H)(digest, constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4, {}, name);
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
/** cosign's duplicate rule: marks `job` done when a signature by `publicKey` over the same claim exists. */
async function findDuplicate(registry, sigRepo, job, publicKey, annotations) {
    if (job.format === 'legacy') {
        const dup = job.existingImage?.layers.find((l) => (0,duplicates/* isLegacySignatureBy */.Pp)(l, job.payload, publicKey));
        if (dup)
            job.done = legacyRecord(job, sigRepo, dup, true);
        return;
    }
    for (const d of job.existingReferrers ?? []) {
        const predicate = d.annotations?.[constants/* ANNOTATION_BUNDLE_PREDICATE_TYPE */.w1];
        if (predicate !== undefined && predicate !== constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4)
            continue;
        const ref = { ...sigRepo, digest: d.digest };
        const m = await registry.getManifest(ref);
        const { manifest } = (0,src_registry/* parseManifest */.Ng)(m.bytes, m.mediaType, `referrer ${(0,src_registry/* formatReference */.Y4)(ref)}`);
        const layer = 'layers' in manifest ? manifest.layers[0] : undefined;
        if (!layer || layer.mediaType !== constants/* BUNDLE_V03_MEDIA_TYPE */.HM)
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
        if ((0,duplicates/* isBundleSignatureBy */.Gg)(json, job.subject.digest, publicKey, annotations)) {
            const done = {
                subject: job.subject,
                format: 'bundle',
                location: ref,
                unchanged: true,
            };
            const logIndex = (0,duplicates/* bundleLogIndex */.FH)(json);
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
        location: (0,cosign_tags/* toSignatureTag */.Ye)(sigRepo, job.subject.digest),
        unchanged,
    };
    const logIndex = (0,duplicates/* legacyLogIndex */.QX)(layer);
    if (logIndex !== undefined)
        done.logIndex = logIndex;
    return done;
}
/** Appends the job's layer to the `.sig` image, race-safe (storage/signature-image.ts). */
async function writeLegacy(deps, clock, sigRepo, job) {
    const layer = {
        mediaType: constants/* SIMPLE_SIGNING_MEDIA_TYPE */.$r,
        payload: job.payload,
        annotations: (0,legacy_annotations/* toLegacyAnnotations */.vA)(job.bundle),
    };
    // An identical layer (deterministic signature, no tlog) is cosign's other duplicate.
    if (job.existingImage && (0,legacy_image/* hasIdenticalLayer */.rc)(job.existingImage.layers, layer)) {
        return legacyRecord(job, sigRepo, layer, true);
    }
    const res = await (0,signature_image/* appendSignatureLayer */.Ue)(deps.registry, (0,cosign_tags/* toSignatureTag */.Ye)(sigRepo, job.subject.digest), layer, {
        clock,
        current: job.existingImage,
        settle: deps.settle,
    });
    return legacyRecord(job, sigRepo, layer, res.unchanged);
}
/** Stores the job's bundle as a referrer of its subject in `sigRepo` (listed by the API or tag index). */
async function writeBundle(registry, clock, sigRepo, job, batch) {
    const bundleJSON = (0,dist.bundleToJSON)(job.bundle);
    const referrer = (0,bundle_referrer/* buildBundleReferrer */.e)({
        bundleJSON: Buffer.from(JSON.stringify(bundleJSON)),
        subject: job.subject,
        content: 'dsse-envelope',
        predicateType: constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4,
        created: new Date(clock.now()),
    });
    const source = await (0,push_bundle_referrer/* pushBundleReferrer */.M)(registry, sigRepo, referrer, clock, batch);
    const done = {
        subject: job.subject,
        format: 'bundle',
        location: { ...sigRepo, digest: referrer.digest },
        unchanged: false,
        referrers: source,
    };
    const logIndex = (0,duplicates/* bundleLogIndex */.FH)(bundleJSON);
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
        location: (0,src_registry/* formatReference */.Y4)(s.location),
        logIndex: s.logIndex ?? null,
        unchanged: s.unchanged,
    }));
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sign/sign-targets.js
/** `digest` in each distinct registry/repository of `names`, in the order given (first tag first). */
function toSignTargets(names, digest) {
    const seen = new Set();
    const out = [];
    for (const n of names) {
        const key = `${n.registry}/${n.repository}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ registry: n.registry, repository: n.repository, digest });
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/key-signer.js
var key_signer = __webpack_require__(10774);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/keys/index.js + 11 modules
var keys = __webpack_require__(53776);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sign/load-signer.js
// From a --key ref to the signing core's Signer: a key file, env://, gitlab:// or k8s:// key is loaded
// and decrypted here (KeySigner); a KMS key URI signs in its KMS (KmsSigner). sign, attest, sign-blob,
// public-key and the CI adapters all come through here, so every key source works everywhere.


/** Loads (or, for a KMS, opens) the key `ref` names; fails early when the key cannot sign. */
async function loadSigner(ref, deps) {
    if (ref.kind === 'kms') {
        // The KMS clients load only for a KMS key.
        const [{ KmsSigner }, { openKmsKey }] = await Promise.all([
            __webpack_require__.e(/* import() */ 372).then(__webpack_require__.bind(__webpack_require__, 20372)),
            __webpack_require__.e(/* import() */ 1586).then(__webpack_require__.bind(__webpack_require__, 21586)),
        ]);
        const signer = await KmsSigner.open(await openKmsKey(ref.kms, (0,keys/* kmsDeps */.QB)(ref.kms.uri, deps)));
        return { signer, publicKeyPem: signer.publicKeyPem };
    }
    const key = await (0,keys/* loadSigningKey */.fm)(ref, deps);
    return { signer: new key_signer/* KeySigner */.i(key.privateKey), publicKeyPem: key.publicKeyPem };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sign/reusable-certificate-signer.js
// Keyless signing that asks Fulcio once per run: the first signature goes through sigstore-js's
// FulcioSigner (ephemeral key, proof of possession, certificate); later ones reuse that certificate and
// key while it is comfortably valid. One image signed in two formats, or an index with N platforms,
// thus costs one certificate (one CT log entry) instead of 2N, as cosign does per invocation.



/** Signs with an ephemeral key certified by Fulcio, reusing the certificate within a run. */
class ReusableCertificateSigner {
    #options;
    #current;
    /** The certificate being requested: concurrent signatures (many images at once) wait for this one. */
    #pending;
    constructor(options) {
        this.#options = options;
    }
    async sign(data) {
        const now = this.#options.now ?? Date.now;
        for (;;) {
            const current = this.#current;
            if (current && now() - current.issuedAt < (this.#options.reuseForMs ?? 8 * 60_000)) {
                const sig = await current.keyHolder.sign(data);
                return {
                    signature: sig.signature,
                    key: { $case: 'x509Certificate', certificate: current.certificate },
                };
            }
            if (!this.#pending)
                break;
            // Another signature is getting the certificate: wait for it, then reuse it (or, if it failed, try).
            await this.#pending.catch(() => undefined);
        }
        const request = this.#certify(data, now);
        this.#pending = request;
        try {
            return await request;
        }
        finally {
            this.#pending = undefined;
        }
    }
    async #certify(data, now) {
        // The token first, outside sigstore-js: its FulcioSigner wraps a token failure (expired, wrong
        // audience) into "error retrieving identity token" and hides the cause that says what to fix.
        const token = await this.#options.getToken();
        const keyHolder = new key_signer/* KeySigner */.i((0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' }).privateKey);
        // sigstore-js's signing stack (its HTTP client among it) loads only when a certificate is asked for.
        const { FulcioSigner } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(5814), __webpack_require__.e(5179)]).then(__webpack_require__.t.bind(__webpack_require__, 15179, 19));
        const fulcio = new FulcioSigner({
            fulcioBaseURL: this.#options.fulcioURL,
            identityProvider: { getToken: async () => token },
            keyHolder,
            timeout: this.#options.timeoutMs ?? 30_000,
            retry: { retries: this.#options.retries ?? 2 },
        });
        const sig = await fulcio.sign(data);
        if (sig.key.$case !== 'x509Certificate')
            throw new errors/* SignError */.u('SIGN_FAILED', 'fulcio returned no certificate');
        this.#current = { keyHolder, certificate: sig.key.certificate, issuedAt: now() };
        return sig;
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/signing-config.js
var signing_config = __webpack_require__(92166);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sign/index.js
// The sign stage's public API: sign an image by digest in cosign's legacy format, as a Sigstore bundle
// referrer, or both. The CLI and CI adapters build the deps (registry client, signer, witnesses).









/***/ }),

/***/ 10774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ KeySigner),
/* harmony export */   y: () => (/* binding */ publicKeyHint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53776);
// A Signer over a cosign key: the signature cosign makes with the same key, and a public-key hint
// equal to cosign's (base64 SHA-256 of the DER SubjectPublicKeyInfo), so bundles match cosign v3's.


/** The key hint cosign v3 writes in `verificationMaterial.publicKey.hint`. */
function publicKeyHint(key) {
    const spki = (key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key).export({ type: 'spki', format: 'der' });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(spki).digest('base64');
}
/** Signs with a private key loaded from a cosign key file (or any KeyObject cosign supports). */
class KeySigner {
    #key;
    #publicKey;
    #hint;
    constructor(privateKey) {
        this.#key = privateKey;
        this.#publicKey = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyPem */ .rY)(privateKey);
        this.#hint = publicKeyHint(privateKey);
    }
    async sign(data) {
        return {
            signature: (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .signWithKey */ .Ft)(this.#key, data),
            key: { $case: 'publicKey', publicKey: this.#publicKey, hint: this.#hint },
        };
    }
}


/***/ }),

/***/ 92166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSigningConfig: () => (/* binding */ parseSigningConfig),
/* harmony export */   reachableServices: () => (/* binding */ reachableServices),
/* harmony export */   selectServices: () => (/* binding */ selectServices)
/* harmony export */ });
/* unused harmony export SIGNING_CONFIG_MEDIA_TYPE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60133);
// Sigstore signing configs (protobuf-specs `dev.sigstore.trustroot.v1.SigningConfig`, media type
// `application/vnd.dev.sigstore.signingconfig.v0.2+json`): which Fulcio, Rekor logs and timestamp
// authorities a signature goes through. cosign v3 takes its service URLs from one (public-good's comes by
// TUF); Signet reads the same document with `signing-config` / `--signing-config`.
//
// Parsing is strict: every service needs an http(s) URL, a positive majorApiVersion and a validity window
// with a start; selectors are ANY, EXACT (with a count) or ALL. A malformed document is refused with one
// line naming the field. Selection follows the spec (and sigstore-go's `SelectService(s)`): services valid
// now, at the highest major API version this client speaks, then the selector picks by operator.
// https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto

/** The media type of the signing configs Signet reads. */
const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const invalid = (source, field, problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_INPUT', `${source}: ${field} ${problem}`);
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function parseTime(v, source, field) {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v)) {
        throw invalid(source, field, `must be an RFC 3339 time, got ${JSON.stringify(v)}`);
    }
    return new Date(v);
}
function parseEndpoint(v, source, field) {
    if (!isObject(v))
        throw invalid(source, field, 'must be an object');
    let url;
    try {
        url = new URL(String(v.url));
    }
    catch {
        throw invalid(source, `${field}.url`, `must be a URL, got ${JSON.stringify(v.url)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw invalid(source, `${field}.url`, `must be an http(s) URL, got ${url.protocol}`);
    }
    const major = v.majorApiVersion;
    if (typeof major !== 'number' || !Number.isInteger(major) || major < 1) {
        throw invalid(source, `${field}.majorApiVersion`, `must be a positive integer, got ${JSON.stringify(major)}`);
    }
    if (!isObject(v.validFor))
        throw invalid(source, `${field}.validFor`, 'is missing (a start is required)');
    const validFrom = parseTime(v.validFor.start, source, `${field}.validFor.start`);
    const validUntil = v.validFor.end === undefined ? undefined : parseTime(v.validFor.end, source, `${field}.validFor.end`);
    if (validUntil && validUntil <= validFrom) {
        throw invalid(source, `${field}.validFor.end`, 'must be after validFor.start');
    }
    if (typeof v.operator !== 'string' || v.operator === '') {
        throw invalid(source, `${field}.operator`, 'must be a non-empty string');
    }
    return {
        url: String(v.url).replace(/\/+$/, ''),
        majorApiVersion: major,
        operator: v.operator,
        validFrom,
        validUntil,
    };
}
function parseEndpoints(doc, name, source) {
    const list = doc[name];
    if (list === undefined)
        return [];
    if (!Array.isArray(list))
        throw invalid(source, name, 'must be a list');
    return list.map((v, i) => parseEndpoint(v, source, `${name}[${i}]`));
}
function parseSelector(v, source, field) {
    if (v === undefined)
        return { selector: 'ANY' };
    if (!isObject(v))
        throw invalid(source, field, 'must be an object');
    const selector = v.selector;
    if (selector !== 'ANY' && selector !== 'EXACT' && selector !== 'ALL') {
        throw invalid(source, `${field}.selector`, `must be ANY, EXACT or ALL, got ${JSON.stringify(selector)}`);
    }
    if (selector !== 'EXACT') {
        if (v.count !== undefined)
            throw invalid(source, `${field}.count`, `is only allowed with EXACT`);
        return { selector };
    }
    const count = v.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
        throw invalid(source, `${field}.count`, `must be a positive integer with EXACT, got ${JSON.stringify(count)}`);
    }
    return { selector, count };
}
/** Validates a signing config (already JSON-parsed); throws SIGN_INVALID_INPUT naming the field. */
function parseSigningConfig(json, source) {
    if (!isObject(json))
        throw invalid(source, 'document', 'must be a JSON object');
    if (json.mediaType !== SIGNING_CONFIG_MEDIA_TYPE) {
        throw invalid(source, 'mediaType', `must be ${SIGNING_CONFIG_MEDIA_TYPE} (signing_config.v0.2.json), got ${JSON.stringify(json.mediaType)}`);
    }
    return {
        caUrls: parseEndpoints(json, 'caUrls', source),
        oidcUrls: parseEndpoints(json, 'oidcUrls', source),
        rekorTlogUrls: parseEndpoints(json, 'rekorTlogUrls', source),
        tsaUrls: parseEndpoints(json, 'tsaUrls', source),
        rekorTlogConfig: parseSelector(json.rekorTlogConfig, source, 'rekorTlogConfig'),
        tsaConfig: parseSelector(json.tsaConfig, source, 'tsaConfig'),
    };
}
const validAt = (s, now) => s.validFrom <= now && (!s.validUntil || now < s.validUntil);
/** The services valid at `now` with the highest major API version in `versions`, in document order. */
function usable(list, versions, now) {
    const live = list.filter((s) => validAt(s, now) && versions.includes(s.majorApiVersion));
    const top = Math.max(...live.map((s) => s.majorApiVersion));
    return live.filter((s) => s.majorApiVersion === top);
}
/** Applies a selector: one service per operator, then ANY = one, EXACT = count, ALL = every operator. */
function applySelector(list, sel, source, what) {
    if (list.length === 0)
        return [];
    const firsts = [];
    for (const s of list)
        if (!firsts.some((f) => f.operator === s.operator))
            firsts.push(s);
    if (sel.selector === 'ANY')
        return firsts.slice(0, 1);
    if (sel.selector === 'ALL')
        return firsts;
    const count = sel.count ?? 1;
    if (firsts.length < count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_INPUT', `${source}: ${what} selector EXACT needs ${count} services from distinct operators valid now, got ${firsts.length}`);
    }
    return firsts.slice(0, count);
}
/**
 * Picks Fulcio, the Rekor logs and the TSAs for one signature. Throws SIGN_UNSUPPORTED_COMBINATION when
 * the config lists only Rekor v2 logs and the legacy format (which carries a Rekor v1 signed entry
 * timestamp) is asked for, and SIGN_INVALID_INPUT when a selector cannot be met.
 */
function selectServices(config, source, opts) {
    const fulcio = usable(config.caUrls, [1], opts.now)[0];
    const versions = opts.maxRekorVersion === 2 ? [1, 2] : [1];
    const logs = usable(config.rekorTlogUrls, versions, opts.now);
    if (logs.length === 0 && opts.maxRekorVersion === 1 && usable(config.rekorTlogUrls, [2], opts.now).length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_UNSUPPORTED_COMBINATION', `${source} lists only Rekor v2 logs, and the legacy signature format carries a Rekor v1 signed entry timestamp that Rekor v2 does not make: use signature-format/attestation-format bundle, or a signing config with a Rekor v1 log`);
    }
    if (logs.length === 0 && config.rekorTlogUrls.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_INPUT', `${source}: no rekorTlogUrls entry is valid now with a major API version Signet speaks (1 or 2)`);
    }
    const tsas = usable(config.tsaUrls, [1], opts.now);
    if (tsas.length === 0 && config.tsaUrls.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_INPUT', `${source}: no tsaUrls entry is valid now with major API version 1`);
    }
    return {
        fulcioURL: fulcio?.url,
        rekor: applySelector(logs, config.rekorTlogConfig, source, 'rekorTlogConfig').map((s) => ({
            url: s.url,
            majorApiVersion: s.majorApiVersion,
        })),
        tsaURLs: applySelector(tsas, config.tsaConfig, source, 'tsaConfig').map((s) => s.url),
    };
}
/**
 * Every Fulcio and Rekor log a signature made with this config may reach now, for either storage format
 * (the public-logs check reads this: what a private repository's names would be sent to). A selector
 * that cannot be met reaches nothing (signing then fails on it).
 */
function reachableServices(config, source, now) {
    const rekor = new Set();
    for (const maxRekorVersion of [1, 2]) {
        try {
            for (const log of selectServices(config, source, { now, maxRekorVersion }).rekor)
                rekor.add(log.url);
        }
        catch {
            // Not signable this way; the other format may be.
        }
    }
    return { fulcioURLs: usable(config.caUrls, [1], now).map((s) => s.url), rekorURLs: [...rekor] };
}


/***/ })

};
