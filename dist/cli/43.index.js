export const id = 43;
export const ids = [43];
export const modules = {

/***/ 23920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ GITLAB_PIPELINE_BUILD_TYPE),
/* harmony export */   Kl: () => (/* binding */ GITHUB_WORKFLOW_BUILD_TYPE),
/* harmony export */   Nw: () => (/* binding */ SLSA_VSA_V1),
/* harmony export */   qu: () => (/* binding */ PREDICATE_TYPE_SHORTHANDS),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1)
/* harmony export */ });
// Names of the attest stage: cosign's predicate type shorthands (cosign `pkg/cosign/attestation`,
// `cmd/cosign/cli/options/predicate.go`) and the SLSA provenance v1 URIs.
/** cosign `--type` shorthands and the predicate type URI each stands for. */
const PREDICATE_TYPE_SHORTHANDS = {
    slsaprovenance: 'https://slsa.dev/provenance/v0.2',
    slsaprovenance02: 'https://slsa.dev/provenance/v0.2',
    slsaprovenance1: 'https://slsa.dev/provenance/v1',
    link: 'https://in-toto.io/Link/v1',
    spdx: 'https://spdx.dev/Document',
    spdxjson: 'https://spdx.dev/Document',
    cyclonedx: 'https://cyclonedx.org/bom',
    vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
    openvex: 'https://openvex.dev/ns',
    custom: 'https://cosign.sigstore.dev/attestation/v1',
    // Not a cosign shorthand (cosign takes the URI): Signet's name for SLSA's verification summary.
    vsa: 'https://slsa.dev/verification_summary/v1',
};
/** SLSA provenance v1 predicate type. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** buildType of a GitHub Actions workflow run (actions/attest-build-provenance). */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Signet's build type for GitLab CI/CD pipeline jobs, documented in gitlab/PROVENANCE.md. */
const GITLAB_PIPELINE_BUILD_TYPE = 'https://signet.dev/buildtypes/gitlab-ci/v1';
/** SLSA Verification Summary Attestation v1 predicate type (https://slsa.dev/spec/v1.0/verification_summary). */
const SLSA_VSA_V1 = 'https://slsa.dev/verification_summary/v1';


/***/ }),

/***/ 98708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ buildGitLabProvenance)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23920);
// SLSA provenance v1 (https://slsa.dev/spec/v1.0/provenance) for a GitLab CI/CD pipeline job, with a
// build type of Signet's own, documented in gitlab/PROVENANCE.md: GitLab publishes no build type for
// provenance written outside its runner. The builder is the pipeline configuration at its ref (what
// Fulcio certifies for a GitLab ID token: `https://` + `ci_config_ref_uri`), the external parameters are
// what a verifier can check against the certificate (project, ref, config, pipeline source), the
// source repository at its commit is the resolved dependency, and the job URL is the invocation.
// Pure: src/ci reads the ID token claims (preferred: GitLab signed them) and the CI_* variables.

/** Builds the SLSA provenance v1 predicate of the GitLab job `ctx` describes. */
function buildGitLabProvenance(ctx) {
    const server = ctx.serverURL.replace(/\/+$/, '');
    const repository = `${server}/${ctx.projectPath}`;
    const gitlab = { pipeline_id: ctx.pipelineId, job_id: ctx.jobId };
    const optional = [
        ['project_id', ctx.projectId],
        ['namespace_id', ctx.namespaceId],
        ['runner_id', ctx.runnerId],
        ['runner_environment', ctx.runnerEnvironment],
        ['ci_config_sha', ctx.ciConfigSha],
    ];
    for (const [k, v] of optional)
        if (v !== undefined && v !== '')
            gitlab[k] = v;
    const externalParameters = {
        source: { repository, ref: ctx.refPath },
        pipeline: { config: `https://${ctx.ciConfigRefURI}`, source: ctx.pipelineSource },
    };
    if (ctx.jobName)
        externalParameters.job = { name: ctx.jobName };
    const runDetails = {
        builder: { id: `https://${ctx.ciConfigRefURI}` },
        metadata: { invocationId: `${repository}/-/jobs/${ctx.jobId}` },
    };
    if (ctx.runnerVersion)
        runDetails.builder.version = { 'gitlab-runner': ctx.runnerVersion };
    if (ctx.startedOn)
        runDetails.metadata.startedOn = ctx.startedOn;
    return {
        buildDefinition: {
            buildType: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .GITLAB_PIPELINE_BUILD_TYPE */ .De,
            externalParameters,
            internalParameters: { gitlab },
            resolvedDependencies: [{ uri: `git+${repository}@${ctx.refPath}`, digest: { gitCommit: ctx.sha } }],
        },
        runDetails,
    };
}


/***/ }),

/***/ 95043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yj: () => (/* reexport */ AttestError),
  us: () => (/* reexport */ attest_constants/* SLSA_PROVENANCE_V1 */.us),
  Nw: () => (/* reexport */ attest_constants/* SLSA_VSA_V1 */.Nw),
  BP: () => (/* reexport */ attestFiles),
  DT: () => (/* reexport */ attestImage),
  UK: () => (/* reexport */ attestVsa),
  Ch: () => (/* reexport */ checkVsa),
  RK: () => (/* reexport */ combineVsaEvidence),
  lT: () => (/* reexport */ dedupeSubjects),
  pq: () => (/* reexport */ parseMaxAge),
  $d: () => (/* reexport */ parsePredicateType),
  q6: () => (/* reexport */ parseSubjectChecksums),
  CG: () => (/* reexport */ toDigestSubject),
  j: () => (/* reexport */ toPolicyDocument),
  Vd: () => (/* reexport */ toVsaEvidence),
  rm: () => (/* reexport */ verifyAttestations)
});

// UNUSED EXPORTS: DEFAULT_VSA_POLICY_URI, MAX_SUBJECTS_PER_STATEMENT, PREDICATE_TYPE_SHORTHANDS, buildGitLabProvenance, buildProvenance, buildVsa, canonicalJSON, toAttestationTag, toFileStatement, toInputAttestation, toVerifiedLevels, toVsaResourceUri

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/registry/index.ts + 14 modules
var src_registry = __webpack_require__(12133);
// EXTERNAL MODULE: ./src/sign/bundle-referrer.ts
var bundle_referrer = __webpack_require__(45813);
// EXTERNAL MODULE: ./src/sign/bundler.ts
var bundler = __webpack_require__(99847);
// EXTERNAL MODULE: ./src/sign/clock.ts
var sign_clock = __webpack_require__(14735);
// EXTERNAL MODULE: ./src/sign/constants.ts
var constants = __webpack_require__(50844);
// EXTERNAL MODULE: ./src/sign/duplicates.ts
var duplicates = __webpack_require__(58831);
// EXTERNAL MODULE: ./src/sign/errors.ts
var errors = __webpack_require__(73910);
// EXTERNAL MODULE: ./src/sign/sign-image.ts
var sign_image = __webpack_require__(83688);
// EXTERNAL MODULE: ./src/sign/signature-tag.ts
var signature_tag = __webpack_require__(57850);
// EXTERNAL MODULE: ./src/sign/statement.ts
var sign_statement = __webpack_require__(25924);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/attest/errors.ts
// Errors of the attest stage. Signing and registry failures keep their own types (SignError,
// RegistryError); what the attest stage decides itself is an AttestError.

/** An attest stage failure; `code` says which. */
class AttestError extends src_errors/* SignetError */.T {
}

// EXTERNAL MODULE: ./src/sign/legacy-annotations.ts
var legacy_annotations = __webpack_require__(19661);
// EXTERNAL MODULE: ./src/verify/legacy-bundle.ts
var legacy_bundle = __webpack_require__(89835);
// EXTERNAL MODULE: ./src/verify/errors.ts
var verify_errors = __webpack_require__(69618);
;// CONCATENATED MODULE: ./src/attest/legacy-attestation.ts
// A DSSE bundle as a layer of cosign's legacy `sha256-<hex>.att` image, and back. Measured against
// cosign v3.1.3 `attest --new-bundle-format=false` on the test bed: the layer is the DSSE envelope
// JSON (`{"payload","payloadType","signatures":[{"sig"}]}`, no keyid), media type
// application/vnd.dsse.envelope.v1+json, annotations `dev.cosignproject.cosign/signature: ""`,
// `predicateType`, the certificate/chain for keyless and the Rekor bundle of a `dsse` 0.0.1 entry.
// Pure: the attest stage writes the layer, verifyAttestations reads it back into a bundle for the
// one verifier (@sigstore/verify).





const b64 = (b) => Buffer.from(b).toString('base64');
/** The envelope JSON as cosign (Go, `omitempty` keyid) serializes it. */
function toEnvelopeJSON(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new Error('attestation layers need a dsse envelope bundle, got a message signature');
    }
    const env = bundle.content.dsseEnvelope;
    return Buffer.from(JSON.stringify({
        payload: b64(env.payload),
        payloadType: env.payloadType,
        signatures: env.signatures.map((s) => ({ ...(s.keyid ? { keyid: s.keyid } : {}), sig: b64(s.sig) })),
    }));
}
/** The `.att` layer cosign writes for a DSSE bundle over a statement of `predicateType`. */
function toAttestationLayer(bundle, predicateType) {
    const annotations = {
        [constants/* ANNOTATION_SIGNATURE */.LR]: '',
        [constants/* ANNOTATION_PREDICATE_TYPE */.nM]: predicateType,
        ...(0,legacy_annotations/* toMaterialAnnotations */.X3)(bundle),
    };
    // cosign checks an `.att` layer's RFC 3161 timestamp over the layer payload (the envelope JSON: an
    // attestation has no signature annotation; pkg/cosign/verify.go VerifyRFC3161Timestamp), while the
    // bundle's timestamp covers the DSSE signature. Kyverno (cosign v2) then refuses the layer ("hashed
    // messages don't match"). With a tlog entry its integrated time proves when the certificate was used,
    // so the mismatched timestamp is left out. TODO(h21): a timestamp over the envelope for TSA-only
    // attestations, remove when the attest stage requests one.
    if (annotations[constants/* ANNOTATION_REKOR_BUNDLE */.bL] !== undefined)
        delete annotations[constants/* ANNOTATION_RFC3161_TIMESTAMP */.oN];
    return { mediaType: constants/* DSSE_ENVELOPE_MEDIA_TYPE */.Nr, payload: toEnvelopeJSON(bundle), annotations };
}
function malformed(location, what, cause) {
    return new verify_errors/* VerifyError */.G('VERIFY_MALFORMED', `${location}: ${what}`, { cause });
}
/**
 * Reads an `.att` layer (envelope JSON + annotations) back into bundle JSON, to be verified as a DSSE
 * bundle: the inverse of toAttestationLayer, and what cosign's layers parse to.
 */
function attestationLayerToBundleJSON(payload, annotations, location) {
    let env;
    try {
        env = JSON.parse(payload.toString('utf8'));
    }
    catch (err) {
        throw malformed(location, 'the layer is not a DSSE envelope (not JSON)', err);
    }
    if (typeof env.payload !== 'string' ||
        typeof env.payloadType !== 'string' ||
        !Array.isArray(env.signatures)) {
        throw malformed(location, 'the layer is not a DSSE envelope (payload, payloadType, signatures)');
    }
    // The verification material is decoded as for `.sig` layers: one decoder for cosign's annotations.
    const json = {
        ...(0,legacy_bundle/* annotationsToMaterial */.f)(annotations, location),
        dsseEnvelope: {
            payload: env.payload,
            payloadType: env.payloadType,
            signatures: env.signatures.map((s) => ({
                keyid: typeof s.keyid === 'string' ? s.keyid : '',
                sig: typeof s.sig === 'string' ? s.sig : '',
            })),
        },
    };
    try {
        (0,dist.bundleFromJSON)(json);
    }
    catch (err) {
        throw malformed(location, `annotations do not form a valid bundle: ${err.message}`, err);
    }
    return json;
}

;// CONCATENATED MODULE: ./src/attest/attest-image.ts
// The attest stage: signs an in-toto statement about an image (and, for an index, about every
// manifest it lists) with the signing core of the sign stage, and stores it in cosign's legacy
// `sha256-<hex>.att` image, as a Sigstore bundle referrer, or both.
//
// Outline, as signImage: (1) resolve the image to one digest and collect the manifests; (2) make every
// DSSE bundle (Fulcio, Rekor, TSA) before (3) writing anything, so a Sigstore failure leaves the
// registry untouched. Both formats go through a Rekor `dsse` entry, as cosign v3.1.3 writes for
// `attest` in either format (measured on the bed). A dsse entry is the right type for large SBOMs:
// Rekor keeps only the hashes of the envelope and payload (an intoto 0.0.2 entry keeps the whole
// envelope), while the registry holds the predicate. The upload request still carries the envelope
// once, so an instance's request-size limit bounds the predicate: a refused upload fails before
// anything is written (fail closed), and `--tlog-upload=false` with a TSA is the way around it.













/** The largest `.att` layer read back (a DSSE envelope holding a whole SBOM). */
const MAX_ATTESTATION_BYTES = 64 << 20;
const BUNDLE_WRITE_ATTEMPTS = 3;
/** Attests `input.image` (and an index's manifests), writing nothing unless every bundle was made. */
async function attestImage(input, deps) {
    const clock = deps.clock ?? sign_clock/* systemClock */.m;
    // 1. One digest, and the manifests under it (as the sign stage resolves them).
    const { formats, repo, sigRepo, root, subjects, warnings } = await (0,sign_image/* resolveTargets */.h5)(deps.registry, input, 'attested');
    const rootRef = (0,src_registry/* formatReference */.Y4)({ ...repo, digest: root.digest });
    // Keyless needs Rekor or a TSA to prove when the short-lived certificate was used.
    if (!deps.witnesses.rekorURL && !deps.witnesses.tsaURL) {
        let kind;
        try {
            kind = (await deps.signer.sign(Buffer.from(root.digest))).key.$case;
        }
        catch (err) {
            throw new errors/* SignError */.u('SIGN_FAILED', `attesting ${rootRef}: ${err.message}`, { cause: err });
        }
        if (kind !== 'publicKey') {
            throw new AttestError('ATTEST_INVALID_INPUT', `attesting ${rootRef}: keyless signing without a transparency log needs a timestamp authority: expected a Rekor URL or a TSA URL, got neither; set one, or sign with a key`);
        }
    }
    // 2. Every bundle, before any write. Each format gets its own signature and tlog entry, as cosign.
    const jobs = subjects.flatMap((subject) => formats.map((f) => ({ subject, format: f })));
    if (formats.includes('legacy'))
        (0,bundler/* refuseLegacyWithRekorV2 */.tU)(deps.witnesses, 'attestation-format');
    const witnesses = (0,bundler/* createWitnesses */.Cw)(deps.witnesses, 'dsse');
    const name = (0,src_registry/* formatRepository */.Sh)(repo);
    for (const job of jobs) {
        const statement = (0,sign_statement/* toStatement */.H)(job.subject.digest, input.predicateType, input.predicate, name);
        try {
            job.bundle = await (0,bundler/* signStatement */.fT)(statement, { signer: deps.signer, witnesses });
        }
        catch (err) {
            const at = (0,src_registry/* formatReference */.Y4)({ ...repo, digest: job.subject.digest });
            throw new errors/* SignError */.u('SIGN_FAILED', `attesting ${at}: ${err.message}`, { cause: err });
        }
    }
    const made = jobs[0]?.bundle;
    if (made && made.verificationMaterial.tlogEntries.length === 0) {
        warnings.push('no transparency log entry (no Rekor URL): verifiers must skip the tlog check (cosign verify-attestation --insecure-ignore-tlog=true)');
    }
    // 3. Write: each job touches its own `.att` tag or its subject's referrers.
    const attestations = await Promise.all(jobs.map((job) => job.format === 'legacy'
        ? writeLegacy(deps, clock, sigRepo, job, input.predicateType)
        : writeBundle(deps.registry, clock, sigRepo, job, input.predicateType)));
    return {
        image: { ...repo, digest: root.digest },
        digest: root.digest,
        predicateType: input.predicateType,
        attestations,
        warnings,
    };
}
/** `sha256-<hex>.att` in `sigRepo`. */
function toAttestationTag(sigRepo, digest) {
    return {
        registry: sigRepo.registry,
        repository: sigRepo.repository,
        tag: `${digest.replace(':', '-')}${constants/* ATTESTATION_TAG_SUFFIX */.qv}`,
    };
}
async function writeLegacy(deps, clock, sigRepo, job, predicateType) {
    const location = toAttestationTag(sigRepo, job.subject.digest);
    // The race-safe append of the sign stage: concurrent attesters keep each other's layers. Read here
    // with the attestation size bound: the append keeps the payloads it was given and never fetches them
    // again.
    const current = await (0,signature_tag/* readSignatureImage */.Q6)(deps.registry, location, new Map(), MAX_ATTESTATION_BYTES);
    await (0,signature_tag/* appendSignatureLayer */.Ue)(deps.registry, location, toAttestationLayer(job.bundle, predicateType), {
        clock,
        current,
        settle: deps.settle,
    });
    const done = {
        subject: job.subject,
        format: 'legacy',
        location,
        bundle: (0,dist.bundleToJSON)(job.bundle),
    };
    const logIndex = job.bundle.verificationMaterial.tlogEntries[0]?.logIndex;
    if (logIndex !== undefined)
        done.logIndex = Number(logIndex);
    return done;
}
async function writeBundle(registry, clock, sigRepo, job, predicateType) {
    const bundleJSON = (0,dist.bundleToJSON)(job.bundle);
    const referrer = (0,bundle_referrer/* buildBundleReferrer */.eE)({
        bundleJSON: Buffer.from(JSON.stringify(bundleJSON)),
        subject: job.subject,
        content: 'dsse-envelope',
        predicateType,
        created: new Date(clock.now()),
    });
    for (let attempt = 1;; attempt++) {
        try {
            for (const [digest, bytes] of referrer.blobs) {
                await registry.uploadBlob(sigRepo, bytes, { digest, skipExistenceCheck: bytes.length > 2 });
            }
            await registry.pushReferrer(sigRepo, referrer.manifestBytes, { mediaType: src_registry/* OCI_MANIFEST_MEDIA_TYPE */.k_ });
            break;
        }
        catch (err) {
            if (attempt >= BUNDLE_WRITE_ATTEMPTS || !(0,signature_tag/* isRetryableWrite */.OS)(err))
                throw err;
            await clock.sleep(Math.round(100 * attempt * (1 + clock.random())));
        }
    }
    const done = {
        subject: job.subject,
        format: 'bundle',
        location: { ...sigRepo, digest: referrer.digest },
        bundle: bundleJSON,
    };
    const logIndex = (0,duplicates/* bundleLogIndex */.FH)(bundleJSON);
    if (logIndex !== undefined)
        done.logIndex = logIndex;
    return done;
}

;// CONCATENATED MODULE: ./src/attest/attest-files.ts
// Attests files (release binaries, tarballs) as in-toto subjects, as actions/attest does for
// `subject-path`, `subject-digest` + `subject-name` and `subject-checksums`: one statement naming up to
// 1,024 subjects (GitHub's limit, which actions/attest enforces), or one statement per subject when asked.
// Each statement is signed into a DSSE bundle with the signing core of src/sign (a Rekor `dsse` entry,
// as for image attestations); the caller writes the bundles beside the files (`<file>.sigstore.json`)
// and may store them with GitHub (src/attestation-store). Parsing the subject inputs is pure and here;
// reading the files and expanding globs belongs to the CI adapters.





/** GitHub's limit on subjects in one attestation (actions/attest refuses more). */
const MAX_SUBJECTS_PER_STATEMENT = 1024;
const SHA256 = /^sha256:[0-9a-f]{64}$/;
const HEX64 = /^[0-9a-fA-F]{64}$/;
/** Builds the statement about `subjects` (names as given, digests by algorithm). */
function toFileStatement(subjects, predicateType, predicate) {
    return {
        _type: constants/* IN_TOTO_STATEMENT_V1 */.tV,
        subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.digest.slice('sha256:'.length) } })),
        predicateType,
        predicate,
    };
}
/**
 * Parses `subject-checksums`: lines of `<sha256 hex>  <name>` (sha256sum's text and binary forms, `*`
 * before the name); blank lines and `#` comments are skipped. `source` names the input in errors.
 */
function parseSubjectChecksums(text, source) {
    const out = [];
    for (const [i, raw] of text.split('\n').entries()) {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            continue;
        const m = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line);
        if (!m || !HEX64.test(m[1])) {
            throw new AttestError('ATTEST_INVALID_INPUT', `${source} line ${i + 1}: expected "<sha256 hex>  <name>" (sha256sum output), got ${JSON.stringify(line.slice(0, 80))}`);
        }
        out.push({ name: m[2], digest: `sha256:${m[1].toLowerCase()}` });
    }
    return out;
}
/** Parses `subject-digest` (`sha256:<hex>`) with `subject-name`. */
function toDigestSubject(digest, name) {
    if (!SHA256.test(digest)) {
        throw new AttestError('ATTEST_INVALID_INPUT', `expected sha256:<64 hex>, got ${JSON.stringify(digest.slice(0, 80))}`);
    }
    if (name.trim() === '')
        throw new AttestError('ATTEST_INVALID_INPUT', 'needs a subject name');
    return { name, digest };
}
/** Drops repeated subjects (same name and digest); refuses one name with two digests. */
function dedupeSubjects(subjects) {
    const byName = new Map();
    for (const s of subjects) {
        const seen = byName.get(s.name);
        if (seen && seen.digest !== s.digest) {
            throw new AttestError('ATTEST_INVALID_INPUT', `subject ${s.name} is given twice with different digests (${seen.digest}, ${s.digest})`);
        }
        byName.set(s.name, s);
    }
    return [...byName.values()];
}
/** Signs the statements about `input.subjects`; writes nothing (the caller places the bundles). */
async function attestFiles(input, deps) {
    const subjects = dedupeSubjects(input.subjects);
    if (subjects.length === 0) {
        throw new AttestError('ATTEST_INVALID_INPUT', 'no subjects: give subject-path, subject-digest with subject-name, or subject-checksums');
    }
    for (const s of subjects) {
        if (!SHA256.test(s.digest))
            throw new AttestError('ATTEST_INVALID_INPUT', `subject ${s.name}: expected a sha256:<hex> digest, got ${s.digest}`);
    }
    if (!input.perSubject && subjects.length > MAX_SUBJECTS_PER_STATEMENT) {
        throw new AttestError('ATTEST_INVALID_INPUT', `expected at most ${MAX_SUBJECTS_PER_STATEMENT} subjects in one attestation, got ${subjects.length}; attest one per subject or split the files`);
    }
    if (!deps.witnesses.rekorURL && !deps.witnesses.tsaURL) {
        // Keyless needs Rekor or a TSA to prove when the short-lived certificate was used (as attestImage).
        let kind;
        try {
            kind = (await deps.signer.sign(Buffer.from(subjects[0].digest))).key.$case;
        }
        catch (err) {
            throw new errors/* SignError */.u('SIGN_FAILED', `attesting ${subjects[0].name}: ${err.message}`, {
                cause: err,
            });
        }
        if (kind !== 'publicKey') {
            throw new AttestError('ATTEST_INVALID_INPUT', 'keyless attestation without a transparency log needs a timestamp authority: expected a Rekor URL or a TSA URL, got neither; set one, or sign with a key');
        }
    }
    const groups = input.perSubject ? subjects.map((s) => [s]) : [subjects];
    const witnesses = (0,bundler/* createWitnesses */.Cw)(deps.witnesses, 'dsse');
    const attestations = [];
    for (const group of groups) {
        let bundle;
        try {
            bundle = await (0,bundler/* signStatement */.fT)(toFileStatement(group, input.predicateType, input.predicate), {
                signer: deps.signer,
                witnesses,
            });
        }
        catch (err) {
            const what = group.length === 1 ? group[0].name : `${group.length} files`;
            throw new errors/* SignError */.u('SIGN_FAILED', `attesting ${what}: ${err.message}`, { cause: err });
        }
        const a = { subjects: group, bundle, bundleJSON: (0,dist.bundleToJSON)(bundle) };
        const logIndex = bundle.verificationMaterial.tlogEntries[0]?.logIndex;
        if (logIndex !== undefined)
            a.logIndex = Number(logIndex);
        attestations.push(a);
    }
    const warnings = attestations[0]?.bundle.verificationMaterial.tlogEntries.length === 0
        ? ['no transparency log entry (no Rekor URL): verifiers must skip the tlog check']
        : [];
    return { attestations, warnings };
}

// EXTERNAL MODULE: ./src/verify/index.ts + 9 modules
var verify = __webpack_require__(8649);
// EXTERNAL MODULE: ./src/map-limit.ts
var map_limit = __webpack_require__(89143);
// EXTERNAL MODULE: ./src/verify/collect.ts
var collect = __webpack_require__(51847);
// EXTERNAL MODULE: ./src/verify/signature.ts + 1 modules
var signature = __webpack_require__(64713);
;// CONCATENATED MODULE: ./src/attest/verify-attestations.ts
// Verifies the attestations of an image: reads both of cosign's formats (the layers of the legacy
// `sha256-<hex>.att` image and the bundle referrers of the digest), keeps those of the asked predicate
// type, and runs the verify stage's verifySignature on each with the same policy as `verify`. Legacy
// layers are DSSE envelopes, converted to bundles first (legacy-attestation.ts).










/** The `.att` layers of `digest` that carry `predicateType`, as bundle JSON (or the error reading each). */
async function collectLegacyAttestations(store, repo, digest, predicateType, limit, budget) {
    const limits = (0,collect/* limitsOf */.Af)(store);
    const tag = toAttestationTag(repo, digest);
    let layers;
    try {
        const m = await store.getManifest(tag, { budget });
        const { manifest } = (0,src_registry/* parseManifest */.Ng)(m.bytes, m.mediaType, `attestation image ${(0,src_registry/* formatReference */.Y4)(tag)}`);
        if (!('layers' in manifest)) {
            return [
                {
                    format: 'legacy',
                    location: (0,src_registry/* formatReference */.Y4)(tag),
                    code: 'VERIFY_MALFORMED',
                    message: `${(0,src_registry/* formatReference */.Y4)(tag)}: expected an attestation image manifest, found an index`,
                },
            ];
        }
        layers = manifest.layers;
    }
    catch (err) {
        if ((0,src_registry/* isRegistryError */.IP)(err, 'REGISTRY_NOT_FOUND'))
            return [];
        throw err;
    }
    (0,collect/* checkAttachmentLayers */.yw)(layers, limits, `attestation image ${(0,src_registry/* formatReference */.Y4)(tag)}`);
    const wanted = layers
        .map((layer, i) => ({ layer, location: `${(0,src_registry/* formatReference */.Y4)(tag)}[${i}]` }))
        .filter(({ layer }) => layer.annotations?.[constants/* ANNOTATION_PREDICATE_TYPE */.nM] === predicateType);
    return (0,map_limit/* mapLimit */.s)(wanted, limit, async ({ layer, location }) => {
        try {
            const payload = await store.fetchBlobBytes(repo, layer.digest, {
                size: layer.size,
                maxBytes: limits.attachmentBytes,
                cap: 'attachmentBytes',
                budget,
            });
            return {
                format: 'legacy',
                location,
                bundleJSON: attestationLayerToBundleJSON(payload, { ...layer.annotations }, location),
            };
        }
        catch (err) {
            if ((0,src_registry/* isRegistryError */.IP)(err, 'REGISTRY_LIMIT_EXCEEDED'))
                throw err;
            const e = err instanceof src_errors/* SignetError */.T ? err : undefined;
            return {
                format: 'legacy',
                location,
                code: e?.code ?? 'VERIFY_MALFORMED',
                message: err.message,
            };
        }
    });
}
/** The statement a verified DSSE bundle carries (checkStatement parsed it already: it is JSON). */
function decodeStatement(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new Error('expected a DSSE bundle');
    const payload = Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8');
    return JSON.parse(payload);
}
/** Verifies the attestations of `predicateType` stored for one image; throws ATTEST_NOT_FOUND when none. */
async function verifyAttestations(input, deps) {
    const formats = input.formats ?? 'both';
    const limit = input.concurrency ?? 4;
    const { registry } = deps;
    const digest = await (0,verify/* resolveDigest */.j)(registry, input.image);
    const sigRepo = {
        registry: (input.signatureRepository ?? input.image).registry,
        repository: (input.signatureRepository ?? input.image).repository,
    };
    const budget = (0,collect/* newVerificationBudget */.Fl)(registry, digest);
    const [legacy, bundles] = await Promise.all([
        formats === 'bundle'
            ? []
            : collectLegacyAttestations(registry, sigRepo, digest, input.predicateType, limit, budget),
        formats === 'legacy'
            ? undefined
            : (0,collect/* collectSignatures */.K5)(registry, sigRepo, digest, {
                formats: 'bundle',
                predicateType: input.predicateType,
                concurrency: limit,
                budget,
            }),
    ]);
    const candidates = [];
    const rejected = [];
    for (const c of legacy) {
        if ('bundleJSON' in c)
            candidates.push(c);
        else
            rejected.push(c);
    }
    for (const u of bundles?.unreadable ?? []) {
        rejected.push({ format: 'bundle', location: u.location, code: u.error.code, message: u.error.message });
    }
    for (const c of bundles?.candidates ?? []) {
        if (c.format === 'bundle')
            candidates.push(c);
    }
    if (candidates.length === 0 && rejected.length === 0) {
        throw new AttestError('ATTEST_NOT_FOUND', `no ${input.predicateType} attestations found for ${(0,src_registry/* formatReference */.Y4)({ ...input.image, digest })}: looked in ${(0,src_registry/* formatReference */.Y4)(toAttestationTag(sigRepo, digest))} and the bundle referrers of ${digest}; attest it first, or pass --signature-repository`);
    }
    const check = {
        digest,
        repository: `${input.image.registry}/${input.image.repository}`,
        trust: input.policy.trust,
        signer: input.policy.signer,
        requireTlog: input.policy.requireTlog,
        predicateType: input.predicateType,
    };
    const attestations = [];
    for (const c of candidates) {
        // Both are DSSE bundles by now: verified as a bundle's statement of the asked predicate type.
        const candidate = c.format === 'bundle'
            ? { format: 'bundle', location: c.location, bundleJSON: c.bundleJSON }
            : { format: 'blob', location: c.location, bundleJSON: c.bundleJSON };
        try {
            const v = (0,signature/* verifySignature */.O)(candidate, check);
            const out = {
                format: c.format,
                location: c.location,
                statement: decodeStatement(v.bundle),
                bundle: v.bundle,
            };
            if (v.identity)
                out.identity = v.identity;
            if (v.tlog)
                out.tlog = v.tlog;
            attestations.push(out);
        }
        catch (err) {
            if (!(err instanceof verify/* VerifyError */.Gz))
                throw err;
            rejected.push({ format: c.format, location: c.location, code: err.code, message: err.message });
        }
    }
    return {
        image: input.image,
        digest,
        predicateType: input.predicateType,
        verified: attestations.length > 0,
        attestations,
        rejected,
        warnings: [...input.policy.warnings],
    };
}

// EXTERNAL MODULE: ./src/attest/provenance.ts
var provenance = __webpack_require__(73134);
// EXTERNAL MODULE: ./src/attest/gitlab-provenance.ts
var gitlab_provenance = __webpack_require__(98708);
// EXTERNAL MODULE: ./src/attest/constants.ts
var attest_constants = __webpack_require__(23920);
;// CONCATENATED MODULE: ./src/attest/predicate-type.ts
// `--type` as cosign reads it: a shorthand (cyclonedx, spdxjson, slsaprovenance1, …) or a URI.


/** Maps a cosign `--type` value to its predicate type URI; anything else must be an absolute URI. */
function parsePredicateType(value) {
    const short = attest_constants/* PREDICATE_TYPE_SHORTHANDS */.qu[value];
    if (short)
        return short;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (!url || !/^[a-z][a-z0-9+.-]*:$/i.test(url.protocol)) {
        throw new AttestError('ATTEST_INVALID_TYPE', `--type ${JSON.stringify(value)}: expected one of ${Object.keys(attest_constants/* PREDICATE_TYPE_SHORTHANDS */.qu).join(', ')} or an absolute URI`);
    }
    return value;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/attest/vsa.ts
// SLSA Verification Summary Attestations (https://slsa.dev/spec/v1.0/verification_summary): the signed
// record of one verification Signet made — who verified (`verifier.id`, the CI run's identity), what
// (`resourceUri`, the image by digest), against which policy (the digest of the exact policy document
// Signet evaluated, and its URI when given), with which inputs (the digests of the signatures and
// attestations that passed), when, and the verdict with the SLSA levels it supports. And the reverse:
// checking a VSA someone else stored (result, levels, resource, verifier, age) after its signature was
// verified like any attestation. Pure: the verify commands and the pipeline gather the facts, the attest
// stage signs and stores the predicate in both formats.




/** The URI of the policy when the user names none: the kind of Signet's policy document. */
const DEFAULT_VSA_POLICY_URI = 'https://signet.dev/verify-policy/v1';
/** The `resourceUri` of an image: `oci://registry/repository@sha256:…`. */
function toVsaResourceUri(image, digest) {
    return `oci://${image.registry}/${image.repository}@${digest}`;
}
/** JSON with object keys sorted at every depth: the bytes a policy digest is taken over. */
function canonicalJSON(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJSON).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJSON(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** The policy document of a verify policy and the predicate types it was applied to. */
function toPolicyDocument(policy, predicateTypes) {
    const types = [...new Set(predicateTypes)].sort();
    if (policy.signer.kind === 'key') {
        // With --key every key hint resolves to the one key (verify/trust.ts): its SPKI names the signer.
        const spki = policy.trust.publicKey('').publicKey.export({ type: 'spki', format: 'der' });
        return {
            kind: 'https://signet.dev/verify-policy/v1',
            signer: { kind: 'key', publicKeySha256: sha256(spki) },
            requireTlog: policy.requireTlog,
            predicateTypes: types,
        };
    }
    const m = (x) => x.kind === 'exact' ? { exact: x.value } : { regexp: x.source };
    const p = policy.signer.policy;
    return {
        kind: 'https://signet.dev/verify-policy/v1',
        signer: {
            kind: 'keyless',
            subject: m(p.subject),
            issuer: m(p.issuer),
            claims: Object.fromEntries(Object.entries(p.claims).filter(([, v]) => v !== undefined)),
        },
        requireTlog: policy.requireTlog,
        predicateTypes: types,
    };
}
/**
 * One checked signature or attestation as a VSA input: `uri` where it is stored (`oci://…`, a legacy
 * layer as `#<index>`), `digest` the SHA-256 of the Sigstore bundle JSON Signet verified (a legacy
 * layer converted to its bundle first), so every input has a digest whatever its storage format.
 */
function toInputAttestation(checked) {
    const uri = `oci://${checked.location.replace(/\[(\d+)\]$/, '#$1')}`;
    return { uri, digest: { sha256: sha256(JSON.stringify((0,dist.bundleToJSON)(checked.bundle))) } };
}
/**
 * The SLSA build levels a verification supports (https://slsa.dev/spec/v1.0/levels): FAILED when it
 * failed; L2 when signed provenance from a keyless CI identity verified (a hosted platform's workload
 * identity signed it); L1 when provenance verified under a key (anyone holding the key could have made
 * it); L0 otherwise (signatures alone say nothing about how the image was built). Signet never claims
 * L3: the provenance is signed in the same job as the user's build steps.
 */
function toVerifiedLevels(facts) {
    if (!facts.passed)
        return ['FAILED'];
    if (!facts.provenance)
        return ['SLSA_BUILD_LEVEL_0'];
    return [facts.provenance.keyless ? 'SLSA_BUILD_LEVEL_2' : 'SLSA_BUILD_LEVEL_1'];
}
/** Builds the VSA v1 predicate. */
function buildVsa(input) {
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(input.verifierId)) {
        throw new AttestError('ATTEST_INVALID_INPUT', `vsa verifier id ${JSON.stringify(input.verifierId)} is not a URI: run in CI (the workflow identity) or pass --vsa-verifier-id URI`);
    }
    const verifier = { id: input.verifierId };
    if (input.verifierVersion)
        verifier.version = { signet: input.verifierVersion };
    return {
        verifier,
        timeVerified: input.timeVerified.toISOString(),
        resourceUri: toVsaResourceUri(input.image, input.digest),
        policy: {
            uri: input.policyUri ?? DEFAULT_VSA_POLICY_URI,
            digest: { sha256: sha256(canonicalJSON(input.policy)) },
        },
        inputAttestations: input.inputAttestations,
        verificationResult: input.result,
        verifiedLevels: input.verifiedLevels,
        slsaVersion: '1.0',
    };
}
/** Allowed clock difference between the verifier that wrote a VSA and the one reading it. */
const CLOCK_SKEW_MS = 5 * 60_000;
const LEVEL_RE = /^SLSA_([A-Z]+)_LEVEL_(\d+)$/;
function meetsLevel(have, want) {
    const w = LEVEL_RE.exec(want);
    if (!w)
        return have.includes(want);
    return have.some((h) => {
        const m = LEVEL_RE.exec(h);
        return m !== null && m[1] === w[1] && Number(m[2]) >= Number(w[2]);
    });
}
/**
 * Checks a VSA whose signature already verified: its type, resource, verdict, levels, verifier and age.
 * Returns the predicate; throws ATTEST_VSA_MISMATCH naming the first thing that differs.
 */
function checkVsa(statement, expect) {
    const fail = (what) => new AttestError('ATTEST_VSA_MISMATCH', `verification summary: ${what}`);
    if (statement.predicateType !== attest_constants/* SLSA_VSA_V1 */.Nw) {
        throw fail(`expected predicate type ${attest_constants/* SLSA_VSA_V1 */.Nw}, got ${statement.predicateType}`);
    }
    const p = statement.predicate;
    if (!p || typeof p !== 'object')
        throw fail('the predicate is not an object');
    const resource = toVsaResourceUri(expect.image, expect.digest);
    if (p.resourceUri !== resource) {
        throw fail(`expected resourceUri ${resource}, got ${JSON.stringify(p.resourceUri)}`);
    }
    const result = expect.result ?? 'PASSED';
    if (p.verificationResult !== result) {
        throw fail(`expected verificationResult ${result}, got ${JSON.stringify(p.verificationResult)}`);
    }
    const have = Array.isArray(p.verifiedLevels)
        ? p.verifiedLevels.filter((l) => typeof l === 'string')
        : [];
    for (const want of expect.levels ?? []) {
        if (!meetsLevel(have, want))
            throw fail(`expected verifiedLevels to meet ${want}, got [${have.join(', ')}]`);
    }
    const verifierId = p.verifier && typeof p.verifier.id === 'string' ? p.verifier.id : undefined;
    if (expect.verifierIds && (!verifierId || !expect.verifierIds.includes(verifierId))) {
        throw fail(`expected verifier.id ${expect.verifierIds.join(' or ')}, got ${JSON.stringify(verifierId ?? null)}`);
    }
    const time = typeof p.timeVerified === 'string' ? Date.parse(p.timeVerified) : NaN;
    if (Number.isNaN(time))
        throw fail(`timeVerified ${JSON.stringify(p.timeVerified)} is not a timestamp`);
    const now = expect.now.getTime();
    if (time > now + CLOCK_SKEW_MS)
        throw fail(`timeVerified ${p.timeVerified} is in the future`);
    if (expect.maxAgeMs !== undefined && now - time > expect.maxAgeMs) {
        throw fail(`timeVerified ${p.timeVerified} is older than the maximum age (${Math.round(expect.maxAgeMs / 1000)}s): verify the image again`);
    }
    return p;
}
/** Parses `--max-age`: `90s`, `30m`, `24h`, `7d` (Go-style units); throws ATTEST_INVALID_INPUT. */
function parseMaxAge(text) {
    const m = /^(\d+)(s|m|h|d)$/.exec(text.trim());
    if (!m) {
        throw new AttestError('ATTEST_INVALID_INPUT', `--max-age ${JSON.stringify(text)}: expected a number with a unit s, m, h or d (e.g. 24h)`);
    }
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2]];
    return Number(m[1]) * unit;
}

;// CONCATENATED MODULE: ./src/attest/attest-vsa.ts




/**
 * The VSA facts of one verification: PASSED only when the signature check (when made) and every
 * attestation check passed; the inputs are every signature and attestation that passed; the policy
 * document names the signer and each predicate type checked.
 */
function toVsaEvidence(checked) {
    const attestations = checked.attestations ?? [];
    const types = attestations.map((a) => a.predicateType);
    if (checked.signatures)
        types.push(constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4);
    const passed = (checked.signatures === undefined || checked.signatures.verified) &&
        attestations.every((a) => a.verified) &&
        (checked.signatures !== undefined || attestations.length > 0);
    const inputs = [
        ...(checked.signatures?.signatures ?? []).map(toInputAttestation),
        ...attestations.flatMap((a) => a.attestations.flatMap((v) => v.bundle ? [toInputAttestation({ location: v.location, bundle: v.bundle })] : [])),
    ];
    const provenance = attestations.some((a) => a.predicateType === attest_constants/* SLSA_PROVENANCE_V1 */.us && a.verified);
    return {
        policy: toPolicyDocument(checked.policy, types),
        inputAttestations: inputs,
        result: passed ? 'PASSED' : 'FAILED',
        verifiedLevels: toVerifiedLevels({
            passed,
            ...(provenance ? { provenance: { keyless: checked.policy.signer.kind === 'keyless' } } : {}),
        }),
    };
}
/**
 * The evidence of several checks that all had to pass (pre-flight's signers, AND): PASSED only when
 * each did; every input; the lowest build level of them; the policies as one set.
 */
function combineVsaEvidence(all) {
    const [first, ...rest] = all;
    if (!first)
        throw new Error('combineVsaEvidence: nothing to combine');
    if (rest.length === 0)
        return first;
    const passed = all.every((e) => e.result === 'PASSED');
    const level = (e) => Number(/^SLSA_BUILD_LEVEL_(\d)$/.exec(e.verifiedLevels[0] ?? '')?.[1] ?? 0);
    const lowest = Math.min(...all.map(level));
    return {
        policy: {
            kind: 'https://signet.dev/verify-policy/v1#all',
            all: all.flatMap((e) => ('all' in e.policy ? e.policy.all : [e.policy])),
        },
        inputAttestations: all.flatMap((e) => e.inputAttestations),
        result: passed ? 'PASSED' : 'FAILED',
        verifiedLevels: passed ? [`SLSA_BUILD_LEVEL_${lowest}`] : ['FAILED'],
    };
}
/** Builds, signs and stores the VSA on the verified digest; writes nothing unless every bundle was made. */
async function attestVsa(input, deps) {
    const { image, digest, format, signatureRepository, ...facts } = input;
    const predicate = buildVsa({ ...facts, image, digest });
    const result = await attestImage({
        image: { registry: image.registry, repository: image.repository, digest },
        predicateType: attest_constants/* SLSA_VSA_V1 */.Nw,
        predicate,
        recursive: false,
        ...(format ? { format } : {}),
        ...(signatureRepository ? { signatureRepository } : {}),
    }, deps);
    return { ...result, predicate };
}

;// CONCATENATED MODULE: ./src/attest/index.ts
// The attest stage's public API: attest an image (in-toto statement, DSSE, both storage formats),
// verify its attestations, and build SLSA provenance v1 from a CI run.












/***/ }),

/***/ 73134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ buildProvenance)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23920);
// SLSA provenance v1 (https://slsa.dev/spec/v1.0/provenance) for a GitHub Actions run, shaped as
// actions/attest-build-provenance writes it (@actions/attest `buildSLSAProvenancePredicate`): the
// builder is the job's workflow at its ref, the external parameters name the workflow, the source
// repository at its commit is the one resolved dependency, and the run URL identifies the invocation.
// Pure: src/ci reads the CI environment (or the OIDC claims) into a ProvenanceContext.

/** Splits `owner/repo/path@ref` into the path inside the repository and the ref. */
function splitWorkflowRef(workflowRef, repository) {
    const at = workflowRef.indexOf('@');
    const full = at < 0 ? workflowRef : workflowRef.slice(0, at);
    const ref = at < 0 ? '' : workflowRef.slice(at + 1);
    const prefix = `${repository}/`;
    return { path: full.startsWith(prefix) ? full.slice(prefix.length) : full, ref };
}
/** Builds the SLSA provenance v1 predicate of the run `ctx` describes. */
function buildProvenance(ctx) {
    const server = ctx.serverURL.replace(/\/+$/, '');
    const { path, ref } = splitWorkflowRef(ctx.workflowRef, ctx.repository);
    const github = { event_name: ctx.eventName };
    if (ctx.repositoryId !== undefined)
        github.repository_id = ctx.repositoryId;
    if (ctx.repositoryOwnerId !== undefined)
        github.repository_owner_id = ctx.repositoryOwnerId;
    if (ctx.runnerEnvironment !== undefined)
        github.runner_environment = ctx.runnerEnvironment;
    return {
        buildDefinition: {
            buildType: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_WORKFLOW_BUILD_TYPE */ .Kl,
            externalParameters: { workflow: { ref, repository: `${server}/${ctx.repository}`, path } },
            internalParameters: { github },
            resolvedDependencies: [
                { uri: `git+${server}/${ctx.repository}@${ctx.ref}`, digest: { gitCommit: ctx.sha } },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${ctx.jobWorkflowRef ?? ctx.workflowRef}` },
            metadata: {
                invocationId: `${server}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`,
            },
        },
    };
}


/***/ }),

/***/ 85065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
/* harmony export */   lT: () => (/* binding */ signMessage),
/* harmony export */   tU: () => (/* binding */ refuseLegacyWithRekorV2)
/* harmony export */ });
/* unused harmony export rekorLogs */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15179);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50844);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73910);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30623);
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
            throw new Error('dsse envelope has no signature to log');
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
    if (opts.tsaURL)
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_4__/* .TSAWitness */ .gs({ tsaBaseURL: opts.tsaURL, ...fetchOptions }));
    return witnesses;
}
/**
 * Message signatures packed as bundle v0.3 (the leaf certificate or key hint, not a chain), as
 * `cosign sign-blob --bundle` writes: sigstore-js's builder always packs a chain (v0.2).
 */
class MessageSignatureV03BundleBuilder extends _sigstore_sign__WEBPACK_IMPORTED_MODULE_4__/* .MessageSignatureBundleBuilder */ .z3 {
    async package(artifact, signature) {
        const certificate = signature.key.$case === 'x509Certificate'
            ? (0,_pem_js__WEBPACK_IMPORTED_MODULE_6__/* .fromPEM */ .d)(signature.key.certificate, 'CERTIFICATE')[0]
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
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53921);
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
/* harmony import */ var _build_constants_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(85065);
/* harmony import */ var _bundle_referrer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45813);
/* harmony import */ var _bundler_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99847);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14735);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(50844);
/* harmony import */ var _duplicates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58831);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73910);
/* harmony import */ var _legacy_image_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(34434);
/* harmony import */ var _legacy_annotations_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(19661);
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
    if (jobs.some((j) => j.format === 'legacy'))
        (0,_bundler_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseLegacyWithRekorV2 */ .tU)(deps.witnesses, 'signature-format');
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
 * `root`, then every manifest an index lists (depth first, each digest once), as cosign --recursive,
 * less BuildKit's attestation manifests (`vnd.docker.reference.type: attestation-manifest`).
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
            // BuildKit's attestation manifests (provenance, SBOM) are not images: never signed as platforms.
            if (child.annotations?.[_build_constants_js__WEBPACK_IMPORTED_MODULE_13__/* .DOCKER_REFERENCE_TYPE_ANNOTATION */ .yU] === _build_constants_js__WEBPACK_IMPORTED_MODULE_13__/* .ATTESTATION_MANIFEST_TYPE */ .qM)
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
        annotations: (0,_legacy_annotations_js__WEBPACK_IMPORTED_MODULE_14__/* .toLegacyAnnotations */ .vA)(job.bundle),
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
