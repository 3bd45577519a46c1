export const id = 8374;
export const ids = [8374];
export const modules = {

/***/ 59825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 95537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ buildGitLabProvenance)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59825);
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

/***/ 88374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yj: () => (/* reexport */ AttestError),
  us: () => (/* reexport */ attest_constants/* SLSA_PROVENANCE_V1 */.us),
  Nw: () => (/* reexport */ attest_constants/* SLSA_VSA_V1 */.Nw),
  BP: () => (/* reexport */ attestFiles),
  DT: () => (/* reexport */ attestImage),
  UK: () => (/* reexport */ attestVsa),
  Mz: () => (/* reexport */ checkSubjectCount),
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

// UNUSED EXPORTS: DEFAULT_VSA_POLICY_URI, MAX_SUBJECTS_PER_STATEMENT, PREDICATE_TYPE_SHORTHANDS, buildGitLabProvenance, buildProvenance, buildVsa, canonicalJSON, toFileStatement, toInputAttestation, toVerifiedLevels, toVsaResourceUri

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/index.js + 18 modules
var src_registry = __webpack_require__(76109);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/clock.js
var sign_clock = __webpack_require__(99138);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/duplicates.js
var duplicates = __webpack_require__(63680);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/resolve-targets.js
var resolve_targets = __webpack_require__(87483);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/statement.js
var sign_statement = __webpack_require__(95157);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/time-witness.js
var time_witness = __webpack_require__(84429);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/bundle-referrer.js
var bundle_referrer = __webpack_require__(35250);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/cosign-tags.js + 1 modules
var cosign_tags = __webpack_require__(48013);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/push-bundle-referrer.js
var push_bundle_referrer = __webpack_require__(90733);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/signature-image.js
var signature_image = __webpack_require__(36440);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/errors.js
var errors = __webpack_require__(15489);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attest/errors.js
// Errors of the attest stage. Registry failures keep their own type (RegistryError); what the attest
// stage decides itself, and a signer or Sigstore service failing while attesting, is an AttestError.

/** An attest stage failure; `code` says which. */
class AttestError extends errors/* SignetError */.T {
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/constants.js
var constants = __webpack_require__(96233);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/legacy-annotations.js
var legacy_annotations = __webpack_require__(91786);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/legacy-bundle.js
var legacy_bundle = __webpack_require__(78614);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/errors.js
var verify_errors = __webpack_require__(93549);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attest/legacy-attestation.js
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
        throw new AttestError('ATTEST_INVALID_INPUT', 'attestation layers need a dsse envelope bundle, got a message signature');
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attest/attest-image.js
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
/** Attests `input.image` (and an index's manifests), writing nothing unless every bundle was made. */
async function attestImage(input, deps) {
    const clock = deps.clock ?? sign_clock/* systemClock */.m;
    // 1. One digest, and the manifests under it (as the sign stage resolves them).
    const { formats, repo, sigRepo, root, subjects, warnings } = await (0,resolve_targets/* resolveTargets */.h)(deps.registry, input, 'attested');
    const rootRef = (0,src_registry/* formatReference */.Y4)({ ...repo, digest: root.digest });
    // Keyless needs Rekor or a TSA to prove when the short-lived certificate was used.
    await (0,time_witness/* requireTimeWitness */.e4)(deps.signer, deps.witnesses, `attesting ${rootRef}`, Buffer.from(root.digest), (m) => new AttestError('ATTEST_INVALID_INPUT', m), (m, cause) => new AttestError('ATTEST_FAILED', m, { cause }));
    // 2. Every bundle, before any write. Each format gets its own signature and tlog entry, as cosign.
    const jobs = subjects.flatMap((subject) => formats.map((f) => ({ subject, format: f })));
    // sigstore-js's signing stack loads only when something is signed.
    const { createWitnesses, refuseLegacyWithRekorV2, signStatement } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(5814), __webpack_require__.e(5179), __webpack_require__.e(9178)]).then(__webpack_require__.bind(__webpack_require__, 19178));
    if (formats.includes('legacy'))
        refuseLegacyWithRekorV2(deps.witnesses, 'attestation-format');
    const witnesses = createWitnesses(deps.witnesses, 'dsse');
    const name = (0,src_registry/* formatRepository */.Sh)(repo);
    for (const job of jobs) {
        const statement = (0,sign_statement/* toStatement */.H)(job.subject.digest, input.predicateType, input.predicate, name);
        try {
            job.bundle = await signStatement(statement, { signer: deps.signer, witnesses });
        }
        catch (err) {
            const at = (0,src_registry/* formatReference */.Y4)({ ...repo, digest: job.subject.digest });
            throw new AttestError('ATTEST_FAILED', `attesting ${at}: ${err.message}`, { cause: err });
        }
    }
    const made = jobs[0]?.bundle;
    if (made && made.verificationMaterial.tlogEntries.length === 0) {
        warnings.push('no transparency log entry (no Rekor URL): verifiers must skip the tlog check (cosign verify-attestation --insecure-ignore-tlog=true)');
    }
    // 3. Write: each job touches its own `.att` tag or its subject's referrers. Read-backs share one
    // settle wait, the run's (deps.settle.batch, settled by its owner) or this stage's.
    const settle = { ...deps.settle, batch: deps.settle?.batch ?? new src_registry/* SettleBatch */.mH(clock) };
    const attestations = await Promise.all(jobs.map((job) => job.format === 'legacy'
        ? writeLegacy({ ...deps, settle }, clock, sigRepo, job, input.predicateType)
        : writeBundle(deps.registry, clock, sigRepo, job, input.predicateType, settle.batch)));
    if (!deps.settle?.batch)
        await settle.batch.settle();
    return {
        image: { ...repo, digest: root.digest },
        digest: root.digest,
        predicateType: input.predicateType,
        attestations,
        warnings,
    };
}
async function writeLegacy(deps, clock, sigRepo, job, predicateType) {
    const location = (0,cosign_tags/* toAttestationTag */.YA)(sigRepo, job.subject.digest);
    // The race-safe append of the sign stage: concurrent attesters keep each other's layers. Read here
    // with the attestation size bound: the append keeps the payloads it was given and never fetches them
    // again.
    const current = await (0,signature_image/* readSignatureImage */.Q6)(deps.registry, location, new Map(), MAX_ATTESTATION_BYTES);
    await (0,signature_image/* appendSignatureLayer */.Ue)(deps.registry, location, toAttestationLayer(job.bundle, predicateType), {
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
async function writeBundle(registry, clock, sigRepo, job, predicateType, batch) {
    const bundleJSON = (0,dist.bundleToJSON)(job.bundle);
    const referrer = (0,bundle_referrer/* buildBundleReferrer */.e)({
        bundleJSON: Buffer.from(JSON.stringify(bundleJSON)),
        subject: job.subject,
        content: 'dsse-envelope',
        predicateType,
        created: new Date(clock.now()),
    });
    await (0,push_bundle_referrer/* pushBundleReferrer */.M)(registry, sigRepo, referrer, clock, batch);
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attest/attest-files.js
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
            throw new AttestError('ATTEST_INVALID_INPUT', `subject ${s.name} is given twice with different digests (${seen.digest}, ${s.digest}): give each name once`);
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
    checkSubjectCount(subjects.length, input.perSubject ?? false);
    // Keyless needs Rekor or a TSA to prove when the short-lived certificate was used (as attestImage).
    await (0,time_witness/* requireTimeWitness */.e4)(deps.signer, deps.witnesses, `attesting ${subjects[0].name}`, Buffer.from(subjects[0].digest), (m) => new AttestError('ATTEST_INVALID_INPUT', m), (m, cause) => new AttestError('ATTEST_FAILED', m, { cause }));
    const groups = input.perSubject ? subjects.map((s) => [s]) : [subjects];
    // sigstore-js's signing stack loads only when something is signed.
    const { createWitnesses, signStatement } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(5814), __webpack_require__.e(5179), __webpack_require__.e(9178)]).then(__webpack_require__.bind(__webpack_require__, 19178));
    const witnesses = createWitnesses(deps.witnesses, 'dsse');
    const attestations = [];
    for (const group of groups) {
        let bundle;
        try {
            bundle = await signStatement(toFileStatement(group, input.predicateType, input.predicate), {
                signer: deps.signer,
                witnesses,
            });
        }
        catch (err) {
            const what = group.length === 1 ? group[0].name : `${group.length} files`;
            throw new AttestError('ATTEST_FAILED', `attesting ${what}: ${err.message}`, { cause: err });
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
/** Refuses more subjects than one statement may carry (checked before anything is signed). */
function checkSubjectCount(count, perSubject) {
    if (!perSubject && count > MAX_SUBJECTS_PER_STATEMENT) {
        throw new AttestError('ATTEST_INVALID_INPUT', `expected at most ${MAX_SUBJECTS_PER_STATEMENT} subjects in one attestation, got ${count}; attest one per subject or split the files`);
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/index.js + 8 modules
var verify = __webpack_require__(76781);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/storage/attached-layers.js
var attached_layers = __webpack_require__(21335);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/collect.js
var collect = __webpack_require__(60358);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/signature.js + 12 modules
var signature = __webpack_require__(26735);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attest/verify-attestations.js
// Verifies the attestations of an image: reads both of cosign's formats (the layers of the legacy
// `sha256-<hex>.att` image and the bundle referrers of the digest), keeps those of the asked predicate
// type, and runs the verify stage's verifySignature on each with the same policy as `verify`. Legacy
// layers are DSSE envelopes, converted to bundles first (legacy-attestation.ts).









/** The `.att` layers of `digest` that carry `predicateType`, as bundle JSON (or the error reading each). */
async function collectLegacyAttestations(store, repo, digest, predicateType, concurrency, budget) {
    const layers = await (0,attached_layers/* readAttachedLayers */.r)(store, repo, digest, 'attestation', {
        concurrency,
        budget,
        include: (layer) => layer.annotations?.[constants/* ANNOTATION_PREDICATE_TYPE */.nM] === predicateType,
    });
    return layers.map((l) => {
        let error = 'error' in l ? l.error : undefined;
        if (!error && 'payload' in l) {
            try {
                const bundleJSON = attestationLayerToBundleJSON(l.payload, l.annotations, l.location);
                return { format: 'legacy', location: l.location, bundleJSON };
            }
            catch (err) {
                error = (0,attached_layers/* asSignetError */.F)(err, l.location);
            }
        }
        return { format: 'legacy', location: l.location, code: error.code, message: error.message };
    });
}
/** The statement a verified DSSE bundle carries (checkStatement parsed it already: it is JSON). */
function decodeStatement(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new verify/* VerifyError */.Gz('VERIFY_MALFORMED', 'expected a DSSE bundle');
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
    const budget = (0,collect/* newVerificationBudget */.F)(registry, digest);
    const [legacy, bundles] = await Promise.all([
        formats === 'bundle'
            ? []
            : collectLegacyAttestations(registry, sigRepo, digest, input.predicateType, limit, budget),
        formats === 'legacy'
            ? undefined
            : (0,collect/* collectSignatures */.K)(registry, sigRepo, digest, {
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
        throw new AttestError('ATTEST_NOT_FOUND', `no ${input.predicateType} attestations found for ${(0,src_registry/* formatReference */.Y4)({ ...input.image, digest })}: looked in ${(0,src_registry/* formatReference */.Y4)((0,cosign_tags/* toAttestationTag */.YA)(sigRepo, digest))} and the bundle referrers of ${digest}; attest it first, or pass --signature-repository`);
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

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/attest/provenance.js
var provenance = __webpack_require__(92209);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/attest/gitlab-provenance.js
var gitlab_provenance = __webpack_require__(95537);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/attest/constants.js
var attest_constants = __webpack_require__(59825);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attest/predicate-type.js
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
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attest/vsa.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attest/attest-vsa.js





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
        throw new AttestError('ATTEST_INVALID_INPUT', 'combineVsaEvidence: nothing to combine');
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/attest/index.js
// The attest stage's public API: attest an image (in-toto statement, DSSE, both storage formats),
// verify its attestations, and build SLSA provenance v1 from a CI run.












/***/ }),

/***/ 92209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ buildProvenance)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59825);
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


/***/ })

};
