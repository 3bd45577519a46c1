export const id = 5622;
export const ids = [5622];
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

/***/ 60236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatPlatform),
/* harmony export */   F: () => (/* binding */ parsePlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97432);
// Platforms as `os/architecture[/variant]` strings, the form the `platforms` input and Docker use.

const PART_RE = /^[a-z0-9_.-]+$/;
/** Parses `os/arch[/variant]` (lowercase); throws BUILD_INVALID_INPUT naming the `platforms` input. */
function parsePlatform(s) {
    const parts = s.split('/');
    if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART_RE.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildError */ .z('BUILD_INVALID_INPUT', `platforms: "${s}" is not os/architecture[/variant] (e.g. linux/amd64, linux/arm64/v8)`);
    }
    const [os, architecture, variant] = parts;
    return variant ? { os, architecture, variant } : { os, architecture };
}
/** `os/architecture[/variant]` of a platform. */
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}


/***/ }),

/***/ 47234:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ describePushedImage)
/* harmony export */ });
/* unused harmony exports isAttestationManifest, toPlatformManifests, parseConfigPlatform */
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76109);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19218);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97432);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60236);
// Reads back what a builder pushed: the manifest at the digest, its platform manifests and BuildKit's
// attestation manifests. The registry client checks every byte against its digest.




/** True for an index entry BuildKit added for attestations rather than for a platform image. */
function isAttestationManifest(d) {
    return d.annotations?.[_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_REFERENCE_TYPE_ANNOTATION */ .yU] === _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .ATTESTATION_MANIFEST_TYPE */ .qM;
}
/** Splits an index's entries into platform manifests and attestation manifests. */
function toPlatformManifests(index) {
    const manifests = [];
    const attestationManifests = [];
    for (const d of index.manifests) {
        if (isAttestationManifest(d)) {
            attestationManifests.push(d);
            continue;
        }
        manifests.push({
            platform: d.platform ? (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .B)(d.platform) : 'unknown/unknown',
            digest: d.digest,
            mediaType: d.mediaType,
            size: d.size,
        });
    }
    return { manifests, attestationManifests };
}
/** The platform an image config declares (`os`, `architecture`, `variant`). */
function parseConfigPlatform(bytes) {
    let doc;
    try {
        doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BuildError */ .z('BUILD_INVALID_OUTPUT', 'image config: not valid JSON', { cause: err });
    }
    const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    return (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .B)({
        os: str(doc.os) ?? 'unknown',
        architecture: str(doc.architecture) ?? 'unknown',
        ...(str(doc.variant) ? { variant: str(doc.variant) } : {}),
    });
}
/** Fetches `repo@digest` and lists what it holds; an index is not followed further than one level. */
async function describePushedImage(registry, repo, digest) {
    const ref = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .withIdentifier */ .Kt)(repo, { digest });
    const { manifest, mediaType, size } = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getParsedManifest */ .h$)(registry, ref);
    if ((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isIndexMediaType */ .$$)(mediaType)) {
        return { mediaType, ...toPlatformManifests(manifest) };
    }
    const config = manifest.config;
    const platform = parseConfigPlatform(await registry.fetchBlobBytes(ref, config.digest, { size: config.size, maxBytes: 4 * 1024 * 1024 }));
    return {
        mediaType,
        manifests: [{ platform, digest, mediaType, size }],
        attestationManifests: [],
    };
}


/***/ }),

/***/ 75622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sbomCommand: () => (/* binding */ sbomCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _sbom_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6601);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9308);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42229);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58652);
// `signet sbom IMAGE`: an image's SBOM per platform: BuildKit's attestation, a given file, or generated from
// its layers.





const resolvePath = (host, p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.cwd, p));
const sbomCommand = {
    name: 'sbom',
    usage: 'signet sbom [--sbom-file FILE] [--source buildkit,file,generate] [--output-dir DIR] IMAGE@DIGEST',
    flags: {
        'sbom-file': {
            type: 'string',
            value: 'FILE',
            description: 'an SPDX or CycloneDX JSON file to use (validated)',
        },
        source: {
            type: 'list',
            value: 'SRC',
            description: 'buildkit, file or generate, in order (default all three)',
        },
        'output-dir': {
            type: 'string',
            value: 'DIR',
            description: 'write one SBOM per platform here (default: stdout)',
        },
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        const image = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .imageArgument */ .hu)(positionals, 'sbom');
        if (!image.digest)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('signet sbom takes an image by digest (name@sha256:…): resolve tags first');
        const sources = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(flags, 'source').flatMap((s) => s.split(','));
        for (const s of sources) {
            if (!['buildkit', 'file', 'generate'].includes(s))
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--source ${s}: expected buildkit, file or generate`);
        }
        const filePath = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'sbom-file');
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_3__/* .registryClient */ .Rk)(flags, host, [image]);
        try {
            const result = await (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__.collectSboms)({
                image,
                ...(sources.length > 0 ? { sources: sources } : {}),
                ...(filePath
                    ? { file: { name: filePath, bytes: await host.readFile(resolvePath(host, filePath)) } }
                    : {}),
                tool: { name: 'signet', version: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x },
                limits: registry.limits,
            }, { registry, now: () => new Date() });
            const outDir = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'output-dir');
            for (const s of result.sboms) {
                const name = (0,_sbom_index_js__WEBPACK_IMPORTED_MODULE_1__/* .toSbomFileName */ .w1)(s);
                if (outDir)
                    await host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(resolvePath(host, outDir), name), s.json, {
                        mode: 0o644,
                        overwrite: true,
                    });
                else
                    host.stdout(s.json.endsWith('\n') ? s.json : s.json + '\n');
                host.stderr(`${s.source}\t${s.format}\t${s.subject}${s.platform ? `\t${s.platform}` : ''}${outDir ? `\t${name}` : ''}\n`);
            }
            for (const w of result.warnings)
                host.stderr(`warning: ${w}\n`);
            return 0;
        }
        finally {
            registry.close();
        }
    },
};


/***/ }),

/***/ 9533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yw: () => (/* binding */ MAX_MANIFEST_FILE_BYTES),
/* harmony export */   ju: () => (/* binding */ MAX_DATABASE_BYTES),
/* harmony export */   nv: () => (/* binding */ CYCLONEDX_PREDICATE_TYPE),
/* harmony export */   rI: () => (/* binding */ MAX_SBOM_BYTES),
/* harmony export */   vX: () => (/* binding */ SPDX_PREDICATE_TYPE),
/* harmony export */   xX: () => (/* binding */ INTOTO_PREDICATE_TYPE_ANNOTATION)
/* harmony export */ });
// Names from the SPDX, CycloneDX, in-toto and BuildKit specs the SBOM stage reads and writes.
/** in-toto predicate type of an SPDX 2.x document (BuildKit's SBOM attestations). */
const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
/** in-toto predicate type of a CycloneDX document. */
const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
/** Layer annotation BuildKit puts on each statement in an attestation manifest. */
const INTOTO_PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type';
/** Largest SBOM document read into memory (a user file or one attestation layer). */
const MAX_SBOM_BYTES = 64 * 1024 * 1024;
/** Largest package-database file the generator parses (dpkg status, apk installed). */
const MAX_DATABASE_BYTES = 64 * 1024 * 1024;
/** Largest package.json or METADATA file the generator parses; bigger ones are skipped with a warning. */
const MAX_MANIFEST_FILE_BYTES = 4 * 1024 * 1024;


/***/ }),

/***/ 73545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ SbomError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
// Errors of the SBOM stage. Registry failures stay RegistryErrors; everything the stage decides is an
// SbomError.

/** An SBOM stage failure; `code` says which step. */
class SbomError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 6601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectSboms: () => (/* reexport */ collectSboms),
  w1: () => (/* reexport */ toSbomFileName)
});

// UNUSED EXPORTS: CYCLONEDX_PREDICATE_TYPE, DEFAULT_SBOM_SOURCES, SPDX_PREDICATE_TYPE, SbomError

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/limits.js
var limits = __webpack_require__(21662);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/index.js + 18 modules
var src_registry = __webpack_require__(76109);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/pushed-image.js
var pushed_image = __webpack_require__(47234);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/platform.js
var platform = __webpack_require__(60236);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/constants.js
var constants = __webpack_require__(19218);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sbom/constants.js
var sbom_constants = __webpack_require__(9533);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sbom/errors.js
var errors = __webpack_require__(73545);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/buildkit-sbom.js
// The SBOMs BuildKit attached to a pushed index: one attestation manifest per platform
// (`vnd.docker.reference.type: attestation-manifest`, `vnd.docker.reference.digest: <platform
// manifest>`), whose layers are in-toto statements; the SPDX ones carry
// `in-toto.io/predicate-type: https://spdx.dev/Document`.
// https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md





/** The attestation manifests of an index, each with the platform manifest it describes. */
function toAttestationEntries(index) {
    const out = [];
    for (const d of index.manifests) {
        if (d.annotations?.[constants/* DOCKER_REFERENCE_TYPE_ANNOTATION */.yU] !== constants/* ATTESTATION_MANIFEST_TYPE */.qM)
            continue;
        const target = d.annotations[constants/* DOCKER_REFERENCE_DIGEST_ANNOTATION */.CG];
        const subject = index.manifests.find((m) => m.digest === target);
        if (subject)
            out.push({ attestation: d, subject });
    }
    return out;
}
/** Reads a statement layer and returns its SPDX predicate; checks that it describes `subject`. */
function parseSpdxStatement(bytes, subject, what) {
    let st;
    try {
        st = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (err) {
        throw new errors/* SbomError */.S('SBOM_INVALID_ATTESTATION', `${what}: not valid JSON`, { cause: err });
    }
    if (st.predicateType !== sbom_constants/* SPDX_PREDICATE_TYPE */.vX) {
        throw new errors/* SbomError */.S('SBOM_INVALID_ATTESTATION', `${what}: expected predicateType ${sbom_constants/* SPDX_PREDICATE_TYPE */.vX}, got ${JSON.stringify(st.predicateType)}`);
    }
    const hex = subject.slice('sha256:'.length);
    const subjects = Array.isArray(st.subject) ? st.subject : [];
    if (!subjects.some((s) => s.digest?.sha256 === hex)) {
        throw new errors/* SbomError */.S('SBOM_INVALID_ATTESTATION', `${what}: the statement's subject is not ${subject}`);
    }
    if (typeof st.predicate !== 'object' || st.predicate === null) {
        throw new errors/* SbomError */.S('SBOM_INVALID_ATTESTATION', `${what}: the statement has no predicate`);
    }
    return st.predicate;
}
/** Every SPDX SBOM BuildKit attached to the index at `repository@digest` (none for a plain manifest). */
async function readBuildkitSboms(registry, repository, digest) {
    const ref = (0,src_registry/* withIdentifier */.Kt)(repository, { digest });
    const { manifest, mediaType } = await (0,src_registry/* getParsedManifest */.h$)(registry, ref);
    if (!(0,src_registry/* isIndexMediaType */.$$)(mediaType))
        return [];
    const out = [];
    for (const { attestation, subject } of toAttestationEntries(manifest)) {
        const aref = (0,src_registry/* withIdentifier */.Kt)(repository, { digest: attestation.digest });
        const parsed = await (0,src_registry/* getParsedManifest */.h$)(registry, aref, 'attestation manifest');
        for (const layer of parsed.manifest.layers ?? []) {
            if (layer.annotations?.[sbom_constants/* INTOTO_PREDICATE_TYPE_ANNOTATION */.xX] !== sbom_constants/* SPDX_PREDICATE_TYPE */.vX)
                continue;
            const bytes = await registry.fetchBlobBytes(aref, layer.digest, {
                size: layer.size,
                maxBytes: sbom_constants/* MAX_SBOM_BYTES */.rI,
            });
            out.push({
                subject: subject.digest,
                ...(subject.platform ? { platform: (0,platform/* formatPlatform */.B)(subject.platform) } : {}),
                attestationManifest: attestation.digest,
                layer: layer.digest,
                document: parseSpdxStatement(bytes, subject.digest, `SBOM attestation ${layer.digest} in ${(0,src_registry/* formatReference */.Y4)(aref)}`),
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/collect-sboms.js
// The SBOM stage: one SBOM per platform of a pushed image, from the first source that has one, in
// the order the user chose (default: BuildKit's attestations, then the user's file, then the built-in
// generator). A user file that is not valid SPDX or CycloneDX JSON fails the stage; it is never
// skipped silently.


// The platform listing is the build stage's: the same rules for what counts as a platform image.




/** The default order of sources. */
const DEFAULT_SBOM_SOURCES = ['buildkit', 'file', 'generate'];
/**
 * The platform manifests of the image; past the index-manifests cap the run fails rather than read
 * (and generate an SBOM for) every entry a hostile index lists.
 */
async function listPlatforms(registry, image, digest, limits) {
    const pushed = await (0,pushed_image/* describePushedImage */.E8)(registry, image, digest);
    const found = pushed.manifests.length + pushed.attestationManifests.length;
    if (found > limits.indexManifests) {
        throw (0,src_registry/* limitExceeded */.FU)('indexManifests', limits.indexManifests, found, `index ${(0,src_registry/* formatReference */.Y4)((0,src_registry/* withIdentifier */.Kt)(image, { digest }))}`);
    }
    return pushed.manifests.map((m) => ({
        digest: m.digest,
        platform: m.platform === 'unknown/unknown' ? undefined : m.platform,
    }));
}
/** Collects one SBOM per platform of `input.image` from the first source that yields any. */
async function collectSboms(input, deps) {
    const digest = input.image.digest;
    if (!digest) {
        throw new errors/* SbomError */.S('SBOM_INVALID_INPUT', `image ${(0,src_registry/* formatReference */.Y4)(input.image)} has no digest; pass the pushed digest`);
    }
    const sources = input.sources ?? DEFAULT_SBOM_SOURCES;
    const warnings = [];
    for (const source of sources) {
        if (source === 'buildkit') {
            const found = await readBuildkitSboms(deps.registry, input.image, digest);
            if (found.length === 0)
                continue;
            const platforms = await listPlatforms(deps.registry, input.image, digest, (0,limits/* toLimits */.OY)(input.limits));
            for (const p of platforms) {
                if (!found.some((f) => f.subject === p.digest)) {
                    warnings.push(`BuildKit attached no SBOM for ${p.platform ?? p.digest}`);
                }
            }
            return {
                sboms: found.map((f) => ({
                    source,
                    format: 'spdx-json',
                    predicateType: sbom_constants/* SPDX_PREDICATE_TYPE */.vX,
                    subject: f.subject,
                    ...(f.platform ? { platform: f.platform } : {}),
                    json: JSON.stringify(f.document),
                })),
                warnings,
            };
        }
        if (source === 'file') {
            if (!input.file)
                continue;
            // The CycloneDX library and the schema validator load only for an SBOM file or a generated one.
            const { parseSbomDocument } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(4567), __webpack_require__.e(7666)]).then(__webpack_require__.bind(__webpack_require__, 57666));
            const parsed = await parseSbomDocument(input.file.bytes, input.file.name);
            return {
                sboms: [
                    {
                        source,
                        format: parsed.format,
                        predicateType: parsed.predicateType,
                        subject: digest,
                        json: Buffer.from(input.file.bytes).toString('utf8'),
                    },
                ],
                warnings,
            };
        }
        if (source === 'generate') {
            const sboms = [];
            for (const p of await listPlatforms(deps.registry, input.image, digest, (0,limits/* toLimits */.OY)(input.limits))) {
                const { generateSbom } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(6118), __webpack_require__.e(4567), __webpack_require__.e(4986)]).then(__webpack_require__.bind(__webpack_require__, 4986));
                const generated = await generateSbom({
                    repository: input.image,
                    digest: p.digest,
                    ...(p.platform ? { platform: p.platform } : {}),
                    tool: input.tool,
                    timestamp: deps.now(),
                    ...(input.limits ? { limits: input.limits } : {}),
                }, deps.registry);
                warnings.push(...generated.warnings);
                sboms.push({
                    source,
                    format: 'cyclonedx-json',
                    predicateType: sbom_constants/* CYCLONEDX_PREDICATE_TYPE */.nv,
                    subject: p.digest,
                    ...(p.platform ? { platform: p.platform } : {}),
                    json: generated.json,
                    packageCount: new Set(generated.packages.map((x) => x.purl)).size,
                });
            }
            return { sboms, warnings };
        }
        throw new errors/* SbomError */.S('SBOM_INVALID_INPUT', `sbom source "${String(source)}" is not one of buildkit, file, generate`);
    }
    throw new errors/* SbomError */.S('SBOM_NONE', `no SBOM from ${sources.join(', ')}: ${sources.includes('file') && !input.file ? 'no SBOM file was given; ' : ''}add "generate" to the sources or build with sbom: true`);
}
/** The file name an SBOM is written under: `sbom-<platform>.cyclonedx.json` (or `.spdx.json`). */
function toSbomFileName(sbom) {
    const what = (sbom.platform ?? sbom.subject.replace(/^sha256:/, '').slice(0, 12)).replace(/[^a-z0-9.]+/gi, '-');
    return `sbom-${what}.${sbom.format === 'cyclonedx-json' ? 'cyclonedx' : 'spdx'}.json`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/sbom/index.js
// The SBOM stage's public API: one SBOM per platform of a pushed image, from BuildKit's attestations,
// a file the user gave, or Signet's own generator (CycloneDX 1.6).





/***/ })

};
