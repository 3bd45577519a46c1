export const id = 54;
export const ids = [54];
export const modules = {

/***/ 23920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ GITLAB_PIPELINE_BUILD_TYPE),
/* harmony export */   Kl: () => (/* binding */ GITHUB_WORKFLOW_BUILD_TYPE),
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
};
/** SLSA provenance v1 predicate type. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** buildType of a GitHub Actions workflow run (actions/attest-build-provenance). */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Signet's build type for GitLab CI/CD pipeline jobs, documented in gitlab/PROVENANCE.md. */
const GITLAB_PIPELINE_BUILD_TYPE = 'https://signet.dev/buildtypes/gitlab-ci/v1';


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

/***/ 54054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  us: () => (/* reexport */ attest_constants/* SLSA_PROVENANCE_V1 */.us),
  DT: () => (/* reexport */ attestImage),
  $d: () => (/* reexport */ parsePredicateType),
  rm: () => (/* reexport */ verifyAttestations)
});

// UNUSED EXPORTS: AttestError, PREDICATE_TYPE_SHORTHANDS, buildGitLabProvenance, buildProvenance, toAttestationTag

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
    const done = { subject: job.subject, format: 'legacy', location };
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
    };
    const logIndex = (0,duplicates/* bundleLogIndex */.FH)(bundleJSON);
    if (logIndex !== undefined)
        done.logIndex = logIndex;
    return done;
}

// EXTERNAL MODULE: ./src/verify/index.ts + 6 modules
var verify = __webpack_require__(85938);
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


/***/ })

};
