export const id = 9475;
export const ids = [9475];
export const modules = {

/***/ 97432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ BuildError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
// Errors of the build stage. Registry failures stay RegistryErrors; everything the stage decides, or a
// builder process failing, is a BuildError.

/** A build stage failure; `code` says which step. */
class BuildError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 33470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   St: () => (/* binding */ execFile),
/* harmony export */   cT: () => (/* binding */ withoutSecrets)
/* harmony export */ });
/* unused harmony export SECRET_ENV_NAMES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97432);
// The one place Signet starts processes (STYLE §4): argv arrays, never a shell, so no argument is
// ever interpreted. Callers parse the output with pure functions tested against recorded output.


/**
 * Variables that hold Signet's own secrets, which no child process needs: the key password, OIDC tokens
 * and what requests them, the GitHub and GitLab API tokens, and CI registry passwords (builders get
 * registry credentials only through the private docker config Signet writes). Credential helpers keep
 * their own settings (AWS_*, GOOGLE_*, …): only these names are removed.
 */
const SECRET_ENV_NAMES = [
    'COSIGN_PASSWORD',
    'COSIGN_PRIVATE_KEY',
    'COSIGN_KEY',
    'SIGSTORE_ID_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GITLAB_TOKEN',
    'CI_JOB_TOKEN',
    'CI_JOB_JWT',
    'CI_JOB_JWT_V1',
    'CI_JOB_JWT_V2',
    'CI_REGISTRY_PASSWORD',
    'CI_DEPENDENCY_PROXY_PASSWORD',
    'SIGNET_REGISTRY_PASSWORD',
    // hashivault:// keys (no registry credential helper reads these)
    'VAULT_TOKEN',
    'BAO_TOKEN',
];
/**
 * `env` without Signet's secrets: the names above, and every `INPUT_*` variable (the GitHub runner
 * passes each `with:` input, key-password and github-token included, to the Action's process as one).
 */
function withoutSecrets(env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (SECRET_ENV_NAMES.includes(name) || name.startsWith('INPUT_'))
            continue;
        out[name] = value;
    }
    return out;
}
/** Runs `argv[0]` with `argv.slice(1)`; resolves with the exit code (start failures reject). */
const execFile = async (argv, opts = {}) => {
    const [cmd, ...args] = argv;
    if (!cmd)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BuildError */ .z('BUILD_INVALID_INPUT', 'exec: empty argv');
    return await new Promise((resolve, reject) => {
        const env = opts.env === undefined ? undefined : withoutSecrets(opts.env);
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
        // Our own timers, cleared however the child ends: spawn's `timeout` option keeps its timer (and the
        // event loop) alive after a start failure such as ENOENT, and never escalates: a child that ignores
        // SIGTERM would hold the run forever. SIGTERM first, SIGKILL after the grace period.
        let timedOut = false;
        let kill;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            kill = setTimeout(() => child.kill('SIGKILL'), opts.killGraceMs ?? 5_000);
        }, opts.timeoutMs ?? 60_000);
        const clearTimers = () => {
            clearTimeout(timer);
            clearTimeout(kill);
        };
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => {
            clearTimers();
            reject(e);
        });
        child.on('close', (code, signal) => {
            clearTimers();
            resolve({
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                ...(timedOut ? { timedOut: true } : {}),
            });
        });
        child.stdin.on('error', () => {
            // The child may exit without reading stdin; its exit code tells the story.
        });
        child.stdin.end(opts.input ?? '');
    });
};


/***/ }),

/***/ 49761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ DEFAULT_REKOR_URL),
/* harmony export */   Ei: () => (/* binding */ serviceURLs),
/* harmony export */   JA: () => (/* binding */ signingDestinations),
/* harmony export */   Uk: () => (/* binding */ loadSigningConfig),
/* harmony export */   jl: () => (/* binding */ DEFAULT_FULCIO_URL),
/* harmony export */   lW: () => (/* binding */ tufSource),
/* harmony export */   zS: () => (/* binding */ isPublicRekor)
/* harmony export */ });
/* unused harmony export signingConfigDocument */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42229);
// Where a signature goes: the signing config (`--signing-config`, or public-good's from TUF as cosign v3
// reads it) with the deprecated URL flags as overrides, or the URL flags alone. Shared by the signer set-up
// (context.ts) and the public-logs check of a private repository (public-logs.ts).


/** Public-good Sigstore, as cosign defaults to. */
const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/** A URL flag the user set (not its default). */
function givenURL(flags, name, dflt) {
    const v = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, name);
    return v !== undefined && v !== dflt ? v : undefined;
}
/** The TUF mirror and cache of the default trust material: public-good, or SIGNET_TUF_URL + SIGNET_TUF_ROOT. */
function tufSource(host) {
    const home = host.env.HOME;
    return {
        ...(home ? { cachePath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(home, '.sigstore', 'signet-tuf') } : {}),
        ...(host.env.SIGNET_TUF_URL ? { mirrorURL: host.env.SIGNET_TUF_URL } : {}),
        ...(host.env.SIGNET_TUF_ROOT ? { rootPath: host.env.SIGNET_TUF_ROOT } : {}),
    };
}
/** The service URL flags: with none of them set, the signing config comes from TUF (cosign v3). */
const URL_FLAGS = [
    ['fulcio-url', DEFAULT_FULCIO_URL],
    ['rekor-url', DEFAULT_REKOR_URL],
    ['timestamp-server-url', undefined],
];
/**
 * The signing config a signature follows, JSON-parsed, and where it came from: `--signing-config`;
 * else, when no service URL flag is set (and a service is needed), public-good's from TUF as cosign v3
 * does; else none (the URL flags alone).
 */
async function signingConfigDocument(flags, host, opts, deps = {}) {
    const configPath = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'signing-config');
    if (configPath) {
        let json;
        try {
            json = JSON.parse((await host.readFile(configPath)).toString('utf8'));
        }
        catch (err) {
            throw new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--signing-config ${configPath} is not JSON: ${err.message}`);
        }
        return { json, source: `signing config ${configPath}` };
    }
    if (!opts.needsServices || URL_FLAGS.some(([f, d]) => givenURL(flags, f, d) !== undefined))
        return undefined;
    const tuf = tufSource(host);
    const { fetchTufSigningConfig, PUBLIC_GOOD_TUF_URL, SIGNING_CONFIG_TARGET } = await __webpack_require__.e(/* import() */ 2066).then(__webpack_require__.bind(__webpack_require__, 82066));
    const json = await fetchTufSigningConfig(tuf, deps);
    return { json, source: `${SIGNING_CONFIG_TARGET} from ${tuf.mirrorURL ?? PUBLIC_GOOD_TUF_URL}` };
}
/** The signing config to use (as signingConfigDocument), parsed and checked. */
async function loadSigningConfig(flags, host, opts, deps = {}) {
    const doc = await signingConfigDocument(flags, host, opts, deps);
    if (!doc)
        return undefined;
    const { parseSigningConfig } = await __webpack_require__.e(/* import() */ 2166).then(__webpack_require__.bind(__webpack_require__, 92166));
    return { config: parseSigningConfig(doc.json, doc.source), source: doc.source };
}
/** Public-good Sigstore's Rekor logs: rekor.sigstore.dev and its Rekor v2 shards (log2025-1.rekor.sigstore.dev). */
function isPublicRekor(url) {
    const host = new URL(url).host;
    return host === 'rekor.sigstore.dev' || host.endsWith('.rekor.sigstore.dev');
}
/**
 * The Fulcio and Rekor logs keyless signing with these flags would send a signature to, read from the
 * signing config's contents (a given file or, with no URL flag, public-good's) with the URL flags'
 * overrides: what the public-logs check of a private repository looks at.
 */
async function signingDestinations(flags, host) {
    const tlog = flags['tlog-upload'] !== false;
    const fulcioFlag = givenURL(flags, 'fulcio-url', DEFAULT_FULCIO_URL);
    const rekorFlag = givenURL(flags, 'rekor-url', DEFAULT_REKOR_URL);
    const configPath = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'signing-config');
    if (!configPath) {
        // No config: the URL flags, else public-good (its signing config lists only public-good services).
        const anyFlag = URL_FLAGS.some(([f, d]) => givenURL(flags, f, d) !== undefined);
        return {
            fulcioURLs: [fulcioFlag ?? DEFAULT_FULCIO_URL],
            rekorURLs: tlog ? [anyFlag ? (rekorFlag ?? DEFAULT_REKOR_URL) : DEFAULT_REKOR_URL] : [],
        };
    }
    const { config, source } = (await loadSigningConfig(flags, host, { needsServices: true }));
    const { reachableServices } = await __webpack_require__.e(/* import() */ 2166).then(__webpack_require__.bind(__webpack_require__, 92166));
    const reach = reachableServices(config, source, new Date());
    return {
        fulcioURLs: fulcioFlag ? [fulcioFlag] : reach.fulcioURLs,
        rekorURLs: !tlog ? [] : rekorFlag ? [rekorFlag] : reach.rekorURLs,
    };
}
/**
 * The services a signature goes through: `--signing-config`, or public-good's from TUF when no service
 * URL flag is set (selected as sigstore-go does), with `--fulcio-url`, `--rekor-url`,
 * `--timestamp-server-url` and `--tlog-upload=false` as overrides of a given config (cosign v3 deprecates
 * them in favour of the signing config; Signet keeps them, with a notice); else the URL flags.
 */
async function serviceURLs(flags, loaded, legacyFormat, keyless) {
    const tlog = flags['tlog-upload'] !== false;
    if (loaded) {
        const { config, source } = loaded;
        const { selectServices } = await __webpack_require__.e(/* import() */ 2166).then(__webpack_require__.bind(__webpack_require__, 92166));
        const picked = selectServices(config, source, {
            now: new Date(),
            maxRekorVersion: legacyFormat ? 1 : 2,
        });
        const notices = [];
        const override = (flag, dflt) => {
            const v = givenURL(flags, flag, dflt);
            if (v !== undefined) {
                notices.push(`${flag} overrides the signing config (deprecated, as in cosign v3: put the service in the signing config)`);
            }
            return v;
        };
        const fulcioURL = override('fulcio-url', DEFAULT_FULCIO_URL) ?? picked.fulcioURL;
        if (!fulcioURL && keyless)
            throw new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${source} lists no caUrls valid now (or give --fulcio-url)`);
        const rekorOverride = override('rekor-url', DEFAULT_REKOR_URL);
        const tsaOverride = override('timestamp-server-url');
        const [tsaURL, ...moreTsaURLs] = tsaOverride ? [tsaOverride] : picked.tsaURLs;
        if (!tlog && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'signing-config'))
            notices.push("tlog-upload=false drops the signing config's transparency logs (deprecated, as in cosign v3: use a signing config without rekorTlogUrls)");
        const [first, ...more] = rekorOverride
            ? [{ url: rekorOverride, majorApiVersion: 1 }]
            : picked.rekor;
        return {
            fulcioURL: fulcioURL ?? DEFAULT_FULCIO_URL,
            rekorURL: tlog ? first?.url : undefined,
            rekorMajorApiVersion: tlog ? first?.majorApiVersion : undefined,
            moreRekorLogs: tlog && more.length ? more : undefined,
            tsaURL,
            moreTsaURLs: moreTsaURLs.length ? moreTsaURLs : undefined,
            notices,
        };
    }
    return {
        fulcioURL: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'fulcio-url') ?? DEFAULT_FULCIO_URL,
        rekorURL: tlog ? ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'rekor-url') ?? DEFAULT_REKOR_URL) : undefined,
        tsaURL: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(flags, 'timestamp-server-url'),
        notices: [],
    };
}


/***/ }),

/***/ 21662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ LimitSyntaxError),
/* harmony export */   OY: () => (/* binding */ toLimits),
/* harmony export */   b1: () => (/* binding */ describeExceeded),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   hA: () => (/* binding */ LIMITS_ENV),
/* harmony export */   kd: () => (/* binding */ parseLimits),
/* harmony export */   x3: () => (/* binding */ LIMIT_NAMES)
/* harmony export */ });
// Caps on what a registry, an image or a manifest can make Signet read. A registry Signet does not
// control can answer with endless referrers pages, manifests of any size, indexes nested without end,
// signature images with a hundred thousand layers, or layers that decompress to far more than they
// claim. Every such read is capped; exceeding a cap fails the step with a *_LIMIT_EXCEEDED error that
// names the cap, the value found and how to raise it (`--limit NAME=VALUE`, or SIGNET_LIMITS), so a
// legitimate outlier can go through and a hostile one cannot exhaust the runner. One typed object,
// built once in src/ci and passed to the stages through their options; pure, no I/O.
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
/**
 * The defaults: far above what real images and registries need (cosign keeps one `.sig` layer per
 * signature; busy images have tens), far below what exhausts a 2-core CI runner.
 */
const DEFAULT_LIMITS = Object.freeze({
    referrersPages: 100,
    referrers: 10_000,
    manifestBytes: 4 * MiB,
    indexDepth: 4,
    indexManifests: 1_000,
    attachmentLayers: 1_000,
    attachmentBytes: 64 * MiB,
    verificationBytes: 256 * MiB,
    sbomLayerBytes: 8 * GiB,
    sbomImageBytes: 32 * GiB,
});
/** The name a user types for each cap: `--limit NAME=VALUE` and `SIGNET_LIMITS=NAME=VALUE,…`. */
const LIMIT_NAMES = Object.freeze({
    referrersPages: 'referrers-pages',
    referrers: 'referrers',
    manifestBytes: 'manifest-bytes',
    indexDepth: 'index-depth',
    indexManifests: 'index-manifests',
    attachmentLayers: 'attachment-layers',
    attachmentBytes: 'attachment-bytes',
    verificationBytes: 'verification-bytes',
    sbomLayerBytes: 'sbom-layer-bytes',
    sbomImageBytes: 'sbom-image-bytes',
});
/** The environment variable holding `NAME=VALUE,…` caps (read only in src/ci). */
const LIMITS_ENV = 'SIGNET_LIMITS';
/** `defaults` with `overrides` applied. */
function toLimits(overrides = {}) {
    const out = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(LIMIT_NAMES)) {
        const v = overrides[key];
        if (v !== undefined)
            out[key] = v;
    }
    return out;
}
/**
 * The message of an exceeded cap: which cap, what was found, and how to raise it. `found` is a
 * number, or a phrase when the exact value is unknown (`more than 4194304`).
 */
function describeExceeded(cap, limit, found, what) {
    const name = LIMIT_NAMES[cap];
    return `${what}: ${found} exceeds the ${name} limit of ${limit}; if this is expected, raise it with --limit ${name}=N (or ${LIMITS_ENV}=${name}=N)`;
}
const UNITS = { '': 1, k: KiB, kib: KiB, m: MiB, mib: MiB, g: GiB, gib: GiB };
/** Why a `NAME=VALUE` cap could not be read. */
class LimitSyntaxError extends Error {
}
/**
 * Parses caps written as `NAME=VALUE` (one per item, or comma-separated): a positive integer with an
 * optional KiB/MiB/GiB suffix. Unknown names, zero, negative or non-numeric values are refused, so a
 * typo never silently keeps (or lifts) a cap.
 */
function parseLimits(items) {
    const byName = new Map(Object.entries(LIMIT_NAMES).map(([k, n]) => [n, k]));
    const out = {};
    for (const item of items.flatMap((i) => i.split(','))) {
        const text = item.trim();
        if (text === '')
            continue;
        const m = /^([a-z-]+)=(\d+)\s*([a-z]*)$/i.exec(text);
        const key = m ? byName.get(m[1].toLowerCase()) : undefined;
        const unit = m ? UNITS[m[3].toLowerCase()] : undefined;
        if (!m || !key || unit === undefined) {
            throw new LimitSyntaxError(`limit ${JSON.stringify(text)}: expected NAME=VALUE with NAME one of ${[...byName.keys()].join(', ')} and VALUE a positive integer (optionally KiB, MiB or GiB)`);
        }
        const value = Number(m[2]) * unit;
        if (!Number.isSafeInteger(value) || value <= 0) {
            throw new LimitSyntaxError(`limit ${JSON.stringify(text)}: the value must be a positive integer`);
        }
        out[key] = value;
    }
    return out;
}


/***/ }),

/***/ 48964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// Bounded parallelism for the stages that fan out over registry reads (verify, attestations,
// pre-flight): one helper, so every fan-out keeps the same order and limit semantics.
/**
 * Runs `fn` over `items`, at most `limit` at a time, keeping the order of `items`. After one call
 * fails no further item is started (a failure such as an exceeded read budget ends the fan-out).
 */
async function mapLimit(items, limit, fn) {
    // A limit that is not a positive whole number (NaN from a bad flag) would start no worker at all and
    // return holes where results belong: refuse it, so no caller can mistake "nothing ran" for success.
    if (!Number.isSafeInteger(limit) || limit < 1) {
        throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(limit)}`);
    }
    const out = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                out[i] = await fn(items[i], i);
            }
            catch (err) {
                failed = true;
                throw err;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}


/***/ }),

/***/ 18395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   DJ: () => (/* binding */ DOCKER_HUB_REGISTRY),
/* harmony export */   Mj: () => (/* binding */ DOCKER_HUB_CONFIG_KEY),
/* harmony export */   Tz: () => (/* binding */ DOCKER_HUB_API_HOST),
/* harmony export */   Vl: () => (/* binding */ OCI_INDEX_MEDIA_TYPE),
/* harmony export */   XE: () => (/* binding */ OCI_SUBJECT_HEADER),
/* harmony export */   YH: () => (/* binding */ DOCKER_CONTENT_DIGEST_HEADER),
/* harmony export */   ZC: () => (/* binding */ DOCKER_MANIFEST_MEDIA_TYPE),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   dG: () => (/* binding */ OCI_EMPTY_DIGEST),
/* harmony export */   kA: () => (/* binding */ INDEX_MEDIA_TYPES),
/* harmony export */   k_: () => (/* binding */ OCI_MANIFEST_MEDIA_TYPE),
/* harmony export */   rm: () => (/* binding */ OCI_CONFIG_MEDIA_TYPE),
/* harmony export */   u4: () => (/* binding */ OCI_FILTERS_APPLIED_HEADER),
/* harmony export */   vA: () => (/* binding */ IMAGE_MANIFEST_MEDIA_TYPES),
/* harmony export */   w3: () => (/* binding */ OCI_EMPTY_MEDIA_TYPE),
/* harmony export */   wn: () => (/* binding */ DEFAULT_CHUNK_BYTES)
/* harmony export */ });
/* unused harmony exports DOCKER_MANIFEST_LIST_MEDIA_TYPE, DOCKER_CONFIG_MEDIA_TYPE */
// Media types, headers and limits of the OCI distribution and image specs, named once so that every
// part of Signet spells them the same way.
// https://github.com/opencontainers/image-spec/blob/main/media-types.md
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md
/** OCI image manifest. */
const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** OCI image index (also the body of a referrers response and of the `sha256-<hex>` fallback tag). */
const OCI_INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
/** Docker image manifest, schema 2. */
const DOCKER_MANIFEST_MEDIA_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
/** Docker manifest list (the Docker name for an index). */
const DOCKER_MANIFEST_LIST_MEDIA_TYPE = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** OCI image config. */
const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
/** Docker image config. */
const DOCKER_CONFIG_MEDIA_TYPE = 'application/vnd.docker.container.image.v1+json';
/** The OCI empty descriptor's media type (`{}`), used as the config of artifacts. */
const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/** Digest of the two bytes `{}`: the OCI empty descriptor. */
const OCI_EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
/** Media types Signet treats as an image manifest. */
const IMAGE_MANIFEST_MEDIA_TYPES = [
    OCI_MANIFEST_MEDIA_TYPE,
    DOCKER_MANIFEST_MEDIA_TYPE,
];
/** Media types Signet treats as an index of manifests. */
const INDEX_MEDIA_TYPES = [OCI_INDEX_MEDIA_TYPE, DOCKER_MANIFEST_LIST_MEDIA_TYPE];
/** Every manifest media type Signet accepts, in the order sent in `Accept`. */
const MANIFEST_MEDIA_TYPES = [
    OCI_MANIFEST_MEDIA_TYPE,
    OCI_INDEX_MEDIA_TYPE,
    DOCKER_MANIFEST_MEDIA_TYPE,
    DOCKER_MANIFEST_LIST_MEDIA_TYPE,
];
/** Header naming a manifest's or blob's digest in registry responses. */
const DOCKER_CONTENT_DIGEST_HEADER = 'docker-content-digest';
/** Header a registry with the referrers API sets on a manifest PUT that carried a `subject`. */
const OCI_SUBJECT_HEADER = 'oci-subject';
/** Header a referrers response sets when it applied the `artifactType` filter itself. */
const OCI_FILTERS_APPLIED_HEADER = 'oci-filters-applied';
/** Manifests larger than this are refused, as the distribution spec lets registries do (4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Default chunk size for chunked blob uploads and the most a blob upload holds in memory. */
const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
/** Docker Hub: the name users type, and the host its API answers on. */
const DOCKER_HUB_REGISTRY = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** The key Docker writes Docker Hub credentials under in `config.json`. */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';


/***/ }),

/***/ 1999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   IP: () => (/* binding */ isRegistryError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   pZ: () => (/* binding */ toRegistryError)
/* harmony export */ });
/* unused harmony export parseOciErrors */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
// Registry failures as data: a code programs can switch on, the HTTP status and method, a URL with any
// credentials removed, and whether trying again may help (ggcr `remote/transport/error.go`).

/** A failure talking to a registry, or a registry answer Signet refuses to use. */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
    status;
    method;
    url;
    ociCodes;
    temporary;
    retryAfterMs;
    limit;
    constructor(code, message, details = {}) {
        super(code, message, { cause: details.cause });
        this.status = details.status;
        this.method = details.method;
        this.url = details.url;
        this.ociCodes = details.ociCodes ?? [];
        this.temporary = details.temporary ?? false;
        this.retryAfterMs = details.retryAfterMs;
        this.limit = details.limit;
    }
}
/** True for a RegistryError with the given code (or any code when omitted). */
function isRegistryError(err, code) {
    return err instanceof RegistryError && (code === undefined || err.code === code);
}
/** `url` without userinfo and without query values that may carry secrets (upload `_state`, tokens). */
function redactUrl(url) {
    let u;
    try {
        u = new URL(String(url));
    }
    catch {
        return '<unparseable url>';
    }
    if (u.username || u.password) {
        u.username = 'redacted';
        u.password = '';
    }
    for (const key of [...u.searchParams.keys()]) {
        if (!SAFE_QUERY_KEYS.has(key.toLowerCase()))
            u.searchParams.set(key, 'redacted');
    }
    return u.toString();
}
// Query parameters that never carry secrets and help a reader understand the request.
const SAFE_QUERY_KEYS = new Set(['digest', 'mount', 'from', 'n', 'last', 'artifacttype', 'scope', 'service']);
/** Parses an OCI error body; returns [] for anything else (HTML error pages, empty bodies). */
function parseOciErrors(body) {
    try {
        const parsed = JSON.parse(body);
        const errors = parsed.errors;
        if (!Array.isArray(errors))
            return [];
        return errors
            .filter((e) => typeof e === 'object' && e !== null)
            .map((e) => ({
            code: typeof e.code === 'string' ? e.code : 'UNKNOWN',
            message: typeof e.message === 'string' ? e.message : undefined,
        }));
    }
    catch {
        return [];
    }
}
const NOT_FOUND_CODES = new Set(['BLOB_UNKNOWN', 'MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'BLOB_UPLOAD_UNKNOWN']);
/** Turns a non-success registry response into a RegistryError, decoding the OCI error body. */
function toRegistryError(f) {
    const entries = parseOciErrors(f.body);
    const ociCodes = entries.map((e) => e.code);
    const code = f.code ?? codeFor(f.status, ociCodes);
    const temporary = f.status === 429 || f.status === 408 || (f.status >= 500 && f.status !== 501);
    const detail = entries.length
        ? entries.map((e) => `${e.code.toLowerCase()}${e.message ? ` (${e.message})` : ''}`).join('; ')
        : statusText(f.status);
    const url = redactUrl(f.url);
    const hint = f.hint ? `; ${f.hint}` : '';
    return new RegistryError(code, `${f.method} ${url}: ${f.status} ${detail}${hint}`, {
        status: f.status,
        method: f.method,
        url,
        ociCodes,
        temporary,
        retryAfterMs: f.retryAfterMs,
    });
}
function codeFor(status, ociCodes) {
    if (status === 401)
        return 'REGISTRY_UNAUTHORIZED';
    if (status === 403 || ociCodes.includes('DENIED'))
        return 'REGISTRY_DENIED';
    if (status === 404 || ociCodes.some((c) => NOT_FOUND_CODES.has(c)))
        return 'REGISTRY_NOT_FOUND';
    if (status === 429 || ociCodes.includes('TOOMANYREQUESTS'))
        return 'REGISTRY_TOO_MANY_REQUESTS';
    if (status === 412)
        return 'REGISTRY_CONFLICT';
    if (ociCodes.includes('DIGEST_INVALID'))
        return 'REGISTRY_DIGEST_MISMATCH';
    if (ociCodes.includes('MANIFEST_INVALID') || ociCodes.includes('MANIFEST_BLOB_UNKNOWN')) {
        return 'REGISTRY_INVALID_MANIFEST';
    }
    if (status >= 500 || status === 408)
        return 'REGISTRY_UNAVAILABLE';
    if (status >= 400)
        return 'REGISTRY_INVALID_REQUEST';
    return 'REGISTRY_PROTOCOL';
}
function statusText(status) {
    const texts = {
        400: 'bad request',
        401: 'unauthorized',
        403: 'forbidden',
        404: 'not found',
        405: 'method not allowed',
        408: 'request timeout',
        409: 'conflict',
        412: 'precondition failed',
        416: 'range not satisfiable',
        429: 'too many requests',
        500: 'internal server error',
        502: 'bad gateway',
        503: 'service unavailable',
        504: 'gateway timeout',
    };
    return texts[status] ?? 'unexpected status';
}


/***/ }),

/***/ 76109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZC: () => (/* reexport */ constants/* DOCKER_MANIFEST_MEDIA_TYPE */.ZC),
  k_: () => (/* reexport */ constants/* OCI_MANIFEST_MEDIA_TYPE */.k_),
  QT: () => (/* reexport */ ReadBudget),
  bP: () => (/* reexport */ RegistryClient),
  gl: () => (/* reexport */ errors/* RegistryError */.gl),
  mH: () => (/* reexport */ SettleBatch),
  Y4: () => (/* reexport */ formatReference),
  Sh: () => (/* reexport */ formatRepository),
  h$: () => (/* reexport */ getParsedManifest),
  d6: () => (/* reexport */ isImageManifestMediaType),
  $$: () => (/* reexport */ isIndexMediaType),
  IP: () => (/* reexport */ errors/* isRegistryError */.IP),
  FU: () => (/* reexport */ limitExceeded),
  Af: () => (/* reexport */ limitsOf),
  m: () => (/* reexport */ parseDigest),
  Ng: () => (/* reexport */ parseManifest),
  F2: () => (/* reexport */ parseReference),
  sI: () => (/* reexport */ sha256Digest),
  Tb: () => (/* reexport */ toCiCredentialSources),
  DR: () => (/* reexport */ toDockerConfigPath),
  KN: () => (/* reexport */ toFallbackTag),
  Kt: () => (/* reexport */ withIdentifier)
});

// UNUSED EXPORTS: DOCKER_CONFIG_MEDIA_TYPE, DOCKER_MANIFEST_LIST_MEDIA_TYPE, DigestVerifier, OCI_CONFIG_MEDIA_TYPE, OCI_EMPTY_MEDIA_TYPE, OCI_INDEX_MEDIA_TYPE, RegistryTransport, buildReferrersIndex, createHttpClient, filterByArtifactType, isDigest, redactUrl, resolveCredential, serialiseIndex, toIdentifier, toReferrerDescriptor, verifyBytes

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/constants.js
var constants = __webpack_require__(18395);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/limits.js
var limits = __webpack_require__(21662);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/errors.js
var errors = __webpack_require__(1999);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/digest.js
// Content addressing: compute digests and refuse bytes that do not hash to the digest that was asked
// for (ggcr `internal/verify`, oras-go `content.FetchAll`). A registry or proxy that returns other
// bytes must never get them used.



/** The sha256 digest of `bytes`. */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** The digest of `bytes` with the algorithm of `like` (sha256 or sha512). */
function digestWithAlgorithm(bytes, like) {
    const alg = like.slice(0, like.indexOf(':'));
    return `${alg}:${(0,external_node_crypto_.createHash)(alg).update(bytes).digest('hex')}`;
}
/** Throws REGISTRY_DIGEST_MISMATCH unless `bytes` hash to `expected` (and have `size`, when given). */
function verifyBytes(bytes, expected, what, size) {
    if (size !== undefined && bytes.length !== size) {
        throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `${what}: expected ${size} bytes, got ${bytes.length}; the registry returned other content than was asked for`);
    }
    const found = digestWithAlgorithm(bytes, expected);
    if (found !== expected) {
        throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `${what}: expected digest ${expected}, got ${found}; the registry returned other content than was asked for`);
    }
}
/** A pass-through stream that fails at its end unless the bytes hash to `expected` (and match `size`). */
class DigestVerifier extends external_node_stream_.Transform {
    hash;
    expected;
    size;
    what;
    seen = 0;
    constructor(expected, what, size) {
        super();
        this.expected = expected;
        this.size = size;
        this.what = what;
        this.hash = (0,external_node_crypto_.createHash)(expected.slice(0, expected.indexOf(':')));
    }
    _transform(chunk, _enc, cb) {
        this.seen += chunk.length;
        if (this.size !== undefined && this.seen > this.size) {
            cb(this.mismatch(`expected ${this.size} bytes, got more`));
            return;
        }
        this.hash.update(chunk);
        cb(null, chunk);
    }
    _flush(cb) {
        if (this.size !== undefined && this.seen !== this.size) {
            cb(this.mismatch(`expected ${this.size} bytes, got ${this.seen}`));
            return;
        }
        const found = `${this.expected.slice(0, this.expected.indexOf(':'))}:${this.hash.digest('hex')}`;
        if (found !== this.expected) {
            cb(this.mismatch(`expected digest ${this.expected}, got ${found}`));
            return;
        }
        cb();
    }
    mismatch(detail) {
        return new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `${this.what}: ${detail}; the registry returned other content than was asked for`);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/limits.js
// Enforcing the caps of src/limits.ts on registry reads: the error every exceeded cap becomes, and a
// byte budget that one verification's reads (manifests, referrers pages, signature layers) draw from.


/** The caps `registry` enforces, or the defaults. */
function limitsOf(registry) {
    return registry.limits ?? limits/* DEFAULT_LIMITS */.dR;
}
/** REGISTRY_LIMIT_EXCEEDED for `cap`: names the cap, the value found and how to raise it. */
function limitExceeded(cap, limit, found, what) {
    return new errors/* RegistryError */.gl('REGISTRY_LIMIT_EXCEEDED', (0,limits/* describeExceeded */.b1)(cap, limit, found, what), {
        limit: cap,
    });
}
/**
 * Bytes one operation may still read from a registry. Every capped read charges it as bytes arrive,
 * so a registry cannot make one verification read more than `limit` in total, however it spreads
 * the bytes over requests.
 */
class ReadBudget {
    used = 0;
    limit;
    what;
    cap;
    constructor(limit, what, cap = 'verificationBytes') {
        this.limit = limit;
        this.what = what;
        this.cap = cap;
    }
    /** Bytes read so far. */
    get bytes() {
        return this.used;
    }
    /** Records `n` more bytes; throws REGISTRY_LIMIT_EXCEEDED once the total passes the limit. */
    charge(n) {
        this.used += n;
        if (this.used > this.limit) {
            throw limitExceeded(this.cap, this.limit, `more than ${this.limit} bytes read`, this.what);
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/name.js
// Image references, parsed and normalised exactly like Docker (distribution/reference `normalize.go`):
// `nginx` is `docker.io/library/nginx`, `index.docker.io` is `docker.io`, the first path component is a
// registry only if it has a `.` or a `:` or is `localhost`. Pure: no I/O.


const MAX_NAME_LENGTH = 255;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const DIGEST_HEX = { sha256: 64, sha512: 128 };
function invalid(input, why) {
    return new errors/* RegistryError */.gl('REGISTRY_INVALID_REFERENCE', `invalid image reference "${input}": ${why}`);
}
/** Validates `<algorithm>:<hex>`; accepts sha256 and sha512 with lowercase hex of the right length. */
function parseDigest(s) {
    const i = s.indexOf(':');
    const alg = i < 0 ? '' : s.slice(0, i);
    const hex = i < 0 ? '' : s.slice(i + 1);
    const want = DIGEST_HEX[alg];
    if (want === undefined) {
        throw new errors/* RegistryError */.gl('REGISTRY_INVALID_DIGEST', `invalid digest "${s}": expected sha256:<64 hex> or sha512:<128 hex>, got algorithm "${alg || s}"`);
    }
    if (hex.length !== want || !/^[0-9a-f]+$/.test(hex)) {
        throw new errors/* RegistryError */.gl('REGISTRY_INVALID_DIGEST', `invalid digest "${s}": expected ${want} lowercase hex characters after "${alg}:", got ${hex.length}${/[^0-9a-f]/.test(hex) ? ' with non-hex characters' : ''}`);
    }
    return s;
}
/** True when `s` is a valid digest. */
function isDigest(s) {
    try {
        parseDigest(s);
        return true;
    }
    catch {
        return false;
    }
}
/** Parses `[registry/]repository[:tag][@digest]` with Docker's normalisation; throws naming the bad part. */
function parseReference(input) {
    if (input.length === 0)
        throw invalid(input, 'empty reference');
    if (input !== input.trim())
        throw invalid(input, 'leading or trailing whitespace');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const d = rest.slice(at + 1);
        rest = rest.slice(0, at);
        try {
            digest = parseDigest(d);
        }
        catch (err) {
            throw invalid(input, `digest part "${d}": ${err.message.replace(/^invalid digest "[^"]*": /, '')}`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag)) {
            throw invalid(input, `tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
        }
    }
    if (rest.length === 0)
        throw invalid(input, 'missing repository name');
    let registry;
    let repository;
    const slash = rest.indexOf('/');
    const first = slash < 0 ? '' : rest.slice(0, slash);
    if (slash >= 0 &&
        (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())) {
        registry = first;
        repository = rest.slice(slash + 1);
        if (!HOST_RE.test(registry))
            throw invalid(input, `registry "${registry}" is not a valid host[:port]`);
        registry = registry.toLowerCase();
    }
    else {
        registry = constants/* DOCKER_HUB_REGISTRY */.DJ;
        repository = rest;
    }
    if (registry === 'index.docker.io')
        registry = constants/* DOCKER_HUB_REGISTRY */.DJ;
    if (registry === constants/* DOCKER_HUB_REGISTRY */.DJ && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw invalid(input, 'missing repository name after the registry');
    for (const component of repository.split('/')) {
        if (component !== component.toLowerCase()) {
            throw invalid(input, `repository "${repository}" must be lowercase`);
        }
        if (!PATH_COMPONENT_RE.test(component)) {
            throw invalid(input, `repository path component "${component}" must be lowercase letters and digits separated by ".", "_", "__" or "-"`);
        }
    }
    if (`${registry}/${repository}`.length > MAX_NAME_LENGTH) {
        throw invalid(input, `name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
/** `registry/repository[:tag][@digest]`, the fully qualified form. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** `registry/repository`: the repository a reference lives in, as cosign names it. */
function formatRepository(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The same repository at another tag or digest (the other one dropped). */
function withIdentifier(ref, id) {
    const base = { registry: ref.registry, repository: ref.repository };
    return 'tag' in id ? { ...base, tag: id.tag } : { ...base, digest: id.digest };
}
/** What the registry API addresses a manifest by: the digest when present, else the tag, else `latest`. */
function toIdentifier(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/request-paths.js
// The request pieces the registry's three parts share: scopes, API paths and pagination links.

/** `registry/repository`, for messages. */
function repoOf(ref) {
    return formatRepository(ref);
}
/** The token scope of a read. */
function pull(repo) {
    return { repository: repo, actions: ['pull'] };
}
/** The token scope of a write. */
function push(repo) {
    return { repository: repo, actions: ['pull', 'push'] };
}
/** `/v2/<repository>/<rest>`. */
function repoPath(ref, rest) {
    return `/v2/${ref.repository}/${rest}`;
}
/** `url` with `params` set in its query. */
function withQuery(url, params) {
    const u = new URL(url);
    for (const [k, v] of Object.entries(params))
        u.searchParams.set(k, v);
    return u;
}
/** The `Link: <…>; rel="next"` of a paginated answer, resolved against `base`. */
function nextLink(res, base) {
    const link = res.header('link');
    const m = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link) : null;
    return m?.[1] ? new URL(m[1], base) : undefined;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/transport/retry.js
// Retries with exponential backoff and full jitter (AWS architecture blog, "Exponential Backoff And
// Jitter"), honouring Retry-After, for steps that are safe to repeat. Which failures are temporary is
// decided by RegistryError.temporary (429, 5xx, resets, timeouts); non-idempotent steps never come here.

/** Defaults close to ggcr's (`remote/options.go`: 3 tries, 1 s ×3) but with jitter and more tries. */
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 5,
    baseDelayMs: 200,
    maxDelayMs: 5_000,
    maxRetryAfterMs: 60_000,
};
/** Parses `Retry-After`: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const at = Date.parse(v);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/** The wait before attempt `attempt + 1` (attempt counts from 1): Retry-After, else jittered backoff. */
function backoffDelay(attempt, policy, random, retryAfterMs) {
    if (retryAfterMs !== undefined)
        return retryAfterMs;
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    // "Equal jitter": never less than half the ceiling, so a storm of clients still spreads out.
    return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
/** True when `err` is worth another try. */
function isTemporary(err) {
    return (0,errors/* isRegistryError */.IP)(err) && err.temporary;
}
/**
 * Runs `step` until it succeeds, fails permanently, or attempts run out; the last error is thrown.
 * `onRetry` is told about each retry (for logs and counters).
 */
async function withRetry(step, policy, deps, onRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await step(attempt);
        }
        catch (err) {
            if (!isTemporary(err) || attempt >= policy.maxAttempts)
                throw err;
            const retryAfterMs = (0,errors/* isRegistryError */.IP)(err) ? err.retryAfterMs : undefined;
            if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs)
                throw err;
            const delay = backoffDelay(attempt, policy, deps.random(), retryAfterMs);
            onRetry?.(err, attempt, delay);
            await deps.sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/blobs.js
// Blobs over the distribution API: existence (HEAD), cross-repository mounts, uploads (one PUT, or
// chunked PATCHes that never hold more than one chunk) and digest-verified downloads. Part of
// RegistryClient (client.ts).
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-blobs









const BLOB_BYTES_LIMIT = 64 * 1024 * 1024;
/** Uploads and downloads blobs. */
class BlobClient {
    transport;
    chunkSize;
    constructor(transport, chunkSize) {
        this.transport = transport;
        this.chunkSize = chunkSize;
    }
    /** True when the repository has the blob. */
    async blobExists(repo, digest) {
        return (await this.headBlob(repo, digest, [pull(repo.repository)])) !== undefined;
    }
    /** The size of a blob the repository has (HEAD), or undefined. */
    async headBlob(repo, digest, scopes) {
        parseDigest(digest);
        const res = await this.transport.request({
            method: 'HEAD',
            registry: repo.registry,
            path: repoPath(repo, `blobs/${digest}`),
            scopes,
            expect: [200, 404],
            idempotent: true,
            followRedirects: true,
        });
        await res.discard();
        if (res.status !== 200)
            return undefined;
        const size = Number(res.header('content-length'));
        if (!Number.isSafeInteger(size) || size < 0) {
            throw new errors/* RegistryError */.gl('REGISTRY_PROTOCOL', `HEAD blob ${repoOf(repo)}@${digest}: no valid Content-Length`);
        }
        return size;
    }
    /** Mounts a blob from another repository of the same registry; false when the registry declined. */
    async mountBlob(repo, digest, from) {
        const location = await this.mountOrStart(repo, digest, from);
        if (location === true)
            return true;
        await this.cancelUpload(repo, location);
        return false;
    }
    /**
     * Uploads a blob unless the repository has it. Bytes up to the chunk size go in one PUT; bigger
     * bytes and streams go in chunks, never holding more than one chunk in memory. Bytes and stream
     * factories are retried from the start after a temporary failure; a plain stream cannot be.
     */
    async uploadBlob(repo, source, opts = {}) {
        const mediaType = opts.mediaType ?? 'application/octet-stream';
        const scopes = [push(repo.repository)];
        let digest = opts.digest;
        if (digest)
            parseDigest(digest);
        if (source instanceof Uint8Array) {
            const computed = digest ? digestWithAlgorithm(source, digest) : sha256Digest(source);
            if (digest && computed !== digest) {
                throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `blob for ${repoOf(repo)}: expected digest ${digest}, the content hashes to ${computed}; nothing was uploaded`);
            }
            if (opts.size !== undefined && opts.size !== source.length) {
                throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `blob for ${repoOf(repo)}: expected ${opts.size} bytes, got ${source.length}; nothing was uploaded`);
            }
            digest = computed;
        }
        const existing = digest && !opts.skipExistenceCheck ? await this.headBlob(repo, digest, scopes) : undefined;
        if (digest && existing !== undefined)
            return { mediaType, digest, size: existing, how: 'existed' };
        let started;
        if (digest &&
            opts.mountFrom &&
            opts.mountFrom.registry === repo.registry &&
            opts.mountFrom.repository !== repo.repository) {
            const r = await this.mountOrStart(repo, digest, opts.mountFrom);
            if (r === true) {
                const size = opts.size ?? (await this.headBlob(repo, digest, scopes));
                return { mediaType, digest, size: size ?? 0, how: 'mounted' };
            }
            started = r;
        }
        const rewindable = source instanceof Uint8Array || typeof source === 'function';
        const once = async () => {
            const location = started ?? (await this.startUpload(repo));
            started = undefined;
            try {
                if (source instanceof Uint8Array && !opts.chunked && source.length <= this.chunkSize) {
                    return await this.finishUpload(repo, location, digest, source, source.length, mediaType);
                }
                const stream = source instanceof Uint8Array
                    ? external_node_stream_.Readable.from(chunksOf(source, this.chunkSize))
                    : typeof source === 'function'
                        ? source()
                        : source;
                return await this.uploadChunks(repo, location, stream, { ...opts, digest, mediaType });
            }
            catch (err) {
                await this.cancelUpload(repo, location).catch(() => undefined);
                if (!rewindable && (0,errors/* isRegistryError */.IP)(err) && err.temporary) {
                    throw new errors/* RegistryError */.gl(err.code, `${err.message}; the source stream cannot be read again, so the upload was not retried (pass bytes or a function that reopens the stream)`, { ...err, ociCodes: [...err.ociCodes], temporary: false, cause: err });
                }
                throw err;
            }
        };
        const { policy, deps, onRetry } = this.transport.retrying;
        return await withRetry(once, policy, deps, onRetry);
    }
    async startUpload(repo) {
        const res = await this.transport.request({
            method: 'POST',
            registry: repo.registry,
            path: repoPath(repo, 'blobs/uploads/'),
            scopes: [push(repo.repository)],
            expect: [202],
            // Retried with the whole upload (a second POST only opens a second session).
            idempotent: false,
        });
        await res.discard();
        return this.location(repo, res);
    }
    location(repo, res) {
        const loc = res.header('location');
        if (!loc) {
            throw new errors/* RegistryError */.gl('REGISTRY_PROTOCOL', `upload to ${repoOf(repo)}: the registry answered ${res.status} without a Location header`);
        }
        return new URL(loc, this.transport.url(repo.registry, '/'));
    }
    /** POST with mount: true when mounted, else the upload session the registry opened instead. */
    async mountOrStart(repo, digest, from) {
        const res = await this.transport.request({
            method: 'POST',
            registry: repo.registry,
            path: `${repoPath(repo, 'blobs/uploads/')}?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.repository)}`,
            scopes: [push(repo.repository), pull(from.repository)],
            expect: [201, 202],
            idempotent: true,
        });
        await res.discard();
        return res.status === 201 ? true : this.location(repo, res);
    }
    async cancelUpload(repo, location) {
        try {
            const res = await this.transport.request({
                method: 'DELETE',
                registry: repo.registry,
                path: location,
                scopes: [push(repo.repository)],
                expect: [200, 202, 204, 404],
                idempotent: false,
            });
            await res.discard();
        }
        catch {
            // Abandoned sessions are purged by the registry; cancelling is a courtesy.
        }
    }
    async finishUpload(repo, location, digest, body, size, mediaType) {
        const headers = {};
        if (body)
            headers['content-type'] = 'application/octet-stream';
        const res = await this.transport.request({
            method: 'PUT',
            registry: repo.registry,
            path: withQuery(location, { digest }),
            headers,
            body,
            scopes: [push(repo.repository)],
            expect: [201],
            // The session's state changes with this request: the whole upload is retried instead.
            idempotent: false,
        });
        await res.discard();
        const stored = res.header(constants/* DOCKER_CONTENT_DIGEST_HEADER */.YH);
        if (stored && stored !== digest) {
            throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `blob upload to ${repoOf(repo)}: sent ${digest}, the registry stored ${stored}`);
        }
        return { mediaType, digest, size, how: 'uploaded' };
    }
    async uploadChunks(repo, start, stream, opts) {
        const alg = opts.digest ? opts.digest.slice(0, opts.digest.indexOf(':')) : 'sha256';
        const hash = (0,external_node_crypto_.createHash)(alg);
        let location = start;
        let offset = 0;
        const send = async (chunk) => {
            hash.update(chunk);
            const res = await this.transport.request({
                method: 'PATCH',
                registry: repo.registry,
                path: location,
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-range': `${offset}-${offset + chunk.length - 1}`,
                },
                body: chunk,
                scopes: [push(repo.repository)],
                expect: [202],
                idempotent: false,
            });
            await res.discard();
            offset += chunk.length;
            location = this.location(repo, res);
        };
        let pending = [];
        let pendingBytes = 0;
        for await (const c of stream) {
            const buf = Buffer.isBuffer(c) ? c : Buffer.from(c);
            pending.push(buf);
            pendingBytes += buf.length;
            while (pendingBytes >= this.chunkSize) {
                const all = Buffer.concat(pending);
                await send(all.subarray(0, this.chunkSize));
                pending = [all.subarray(this.chunkSize)];
                pendingBytes = all.length - this.chunkSize;
            }
        }
        if (pendingBytes > 0)
            await send(Buffer.concat(pending));
        const computed = `${alg}:${hash.digest('hex')}`;
        if (opts.digest && computed !== opts.digest) {
            throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `blob for ${repoOf(repo)}: expected digest ${opts.digest}, the stream hashed to ${computed}; the upload was cancelled`);
        }
        if (opts.size !== undefined && offset !== opts.size) {
            throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `blob for ${repoOf(repo)}: expected ${opts.size} bytes, the stream had ${offset}; the upload was cancelled`);
        }
        return await this.finishUpload(repo, location, computed, undefined, offset, opts.mediaType);
    }
    /**
     * Streams a blob; the stream errors with REGISTRY_DIGEST_MISMATCH at its end unless the bytes hash to
     * `digest` (and have `size`, when given). Nothing of a layer is buffered.
     */
    async fetchBlob(repo, digest, opts = {}) {
        parseDigest(digest);
        const res = await this.transport.request({
            method: 'GET',
            registry: repo.registry,
            path: repoPath(repo, `blobs/${digest}`),
            scopes: [pull(repo.repository)],
            expect: [200],
            idempotent: opts.retry ?? true,
            followRedirects: true,
        });
        const verifier = new DigestVerifier(digest, `blob ${repoOf(repo)}@${digest}`, opts.size);
        (0,external_node_stream_.pipeline)(res.body, verifier, () => {
            // Errors reach the reader through `verifier`.
        });
        return verifier;
    }
    /**
     * Reads a small blob (config, bundle, payload) into memory, verified; at most `maxBytes`. With `cap`,
     * going over is REGISTRY_LIMIT_EXCEEDED naming that cap (a user-raisable limit); every byte is
     * charged to `budget`.
     */
    async fetchBlobBytes(repo, digest, opts = {}) {
        const limit = opts.maxBytes ?? BLOB_BYTES_LIMIT;
        const what = `blob ${repoOf(repo)}@${digest}`;
        const tooBig = (found) => opts.cap
            ? limitExceeded(opts.cap, limit, found, what)
            : new errors/* RegistryError */.gl('REGISTRY_PROTOCOL', `${what}: ${found}, more than the ${limit} allowed in memory; refusing to hold it`);
        if (opts.size !== undefined && opts.size > limit)
            throw tooBig(`${opts.size} bytes`);
        const step = async () => {
            const stream = await this.fetchBlob(repo, digest, { size: opts.size, retry: false });
            const chunks = [];
            let n = 0;
            for await (const c of stream) {
                const chunk = c;
                n += chunk.length;
                try {
                    if (n > limit)
                        throw tooBig(`more than ${limit} bytes`);
                    opts.budget?.charge(chunk.length);
                }
                catch (err) {
                    stream.destroy();
                    throw err;
                }
                chunks.push(chunk);
            }
            return Buffer.concat(chunks);
        };
        const { policy, deps, onRetry } = this.transport.retrying;
        return await withRetry(step, policy, deps, onRetry);
    }
}
function* chunksOf(bytes, size) {
    for (let i = 0; i < bytes.length; i += size)
        yield Buffer.from(bytes.subarray(i, Math.min(bytes.length, i + size)));
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/manifest.js
// The manifest shapes Signet reads and writes (OCI image-spec `descriptor.md`, `manifest.md`,
// `image-index.md`, and their Docker schema 2 twins), with the checks that keep malformed or
// mislabelled documents from travelling further. Pure: no I/O.



function bad(what, why) {
    return new errors/* RegistryError */.gl('REGISTRY_INVALID_MANIFEST', `${what}: ${why}`);
}
/** True for the media types of an index. */
function isIndexMediaType(mediaType) {
    return constants/* INDEX_MEDIA_TYPES */.kA.includes(mediaType);
}
/** True for the media types of an image manifest. */
function isImageManifestMediaType(mediaType) {
    return constants/* IMAGE_MANIFEST_MEDIA_TYPES */.vA.includes(mediaType);
}
/** Removes parameters (`; charset=utf-8`) and case from a Content-Type value. */
function normaliseMediaType(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
function checkDescriptor(d, what) {
    if (typeof d !== 'object' || d === null)
        throw bad(what, 'descriptor is not an object');
    const o = d;
    if (typeof o.mediaType !== 'string' || o.mediaType === '')
        throw bad(what, 'descriptor has no mediaType');
    if (typeof o.digest !== 'string')
        throw bad(what, 'descriptor has no digest');
    try {
        parseDigest(o.digest);
    }
    catch (err) {
        throw bad(what, `descriptor digest: ${err.message}`);
    }
    if (typeof o.size !== 'number' || !Number.isSafeInteger(o.size) || o.size < 0) {
        throw bad(what, `descriptor ${o.digest} has no valid size`);
    }
    return o;
}
/**
 * Parses manifest bytes and checks their structure. `mediaType` is what the registry or caller says
 * the bytes are; when the document names its own `mediaType` the two must agree.
 */
function parseManifest(bytes, mediaType, what = 'manifest') {
    let doc;
    try {
        doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw bad(what, 'not valid JSON');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw bad(what, 'not a JSON object');
    const o = doc;
    if (o.schemaVersion !== 2)
        throw bad(what, `expected schemaVersion 2, got ${JSON.stringify(o.schemaVersion)}`);
    const declared = typeof o.mediaType === 'string' ? o.mediaType : undefined;
    const given = mediaType ? normaliseMediaType(mediaType) : undefined;
    // Registries may answer with a generic Content-Type; the document's own field then decides.
    const usefulGiven = given && constants/* MANIFEST_MEDIA_TYPES */.$T.includes(given) ? given : undefined;
    if (declared && usefulGiven && declared !== usefulGiven) {
        throw bad(what, `media type ${usefulGiven} does not match the document's mediaType ${declared}`);
    }
    // OCI documents may omit mediaType: infer it from the shape, as the image-spec allows.
    const inferred = Array.isArray(o.manifests)
        ? constants/* OCI_INDEX_MEDIA_TYPE */.Vl
        : o.config !== undefined
            ? constants/* OCI_MANIFEST_MEDIA_TYPE */.k_
            : undefined;
    const mt = declared ?? usefulGiven ?? inferred;
    if (!mt)
        throw bad(what, 'no media type: set mediaType in the document or pass one');
    if (!constants/* MANIFEST_MEDIA_TYPES */.$T.includes(mt)) {
        throw bad(what, `unsupported media type ${mt}; expected one of ${constants/* MANIFEST_MEDIA_TYPES */.$T.join(', ')}`);
    }
    if (isIndexMediaType(mt)) {
        if (!Array.isArray(o.manifests))
            throw bad(what, 'index has no manifests array');
        o.manifests.forEach((d, i) => checkDescriptor(d, `${what} manifests[${i}]`));
    }
    else {
        checkDescriptor(o.config, `${what} config`);
        if (!Array.isArray(o.layers))
            throw bad(what, 'image manifest has no layers array');
        o.layers.forEach((d, i) => checkDescriptor(d, `${what} layers[${i}]`));
    }
    if (o.subject !== undefined)
        checkDescriptor(o.subject, `${what} subject`);
    return { manifest: o, mediaType: mt };
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/manifests.js
// Manifests and tags over the distribution API: GET (digest-checked, capped), HEAD, PUT (optionally
// conditional on the ETag), DELETE and the tag list. Part of RegistryClient (client.ts); getParsedManifest
// fetches and parses one for callers holding only a getManifest.
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests








/**
 * Fetches the manifest at `ref` through `registry` (anything with RegistryClient's getManifest) and parses
 * it; a malformed one is an error naming `${what} REF`.
 */
async function getParsedManifest(registry, ref, what = 'manifest') {
    const fetched = await registry.getManifest(ref);
    const { manifest, mediaType } = parseManifest(fetched.bytes, fetched.mediaType, `${what} ${formatReference(ref)}`);
    return { manifest, mediaType, size: fetched.size };
}
/** Reads and writes manifests and tags. */
class ManifestClient {
    transport;
    limits;
    /** Per registry: whether it honours If-Match (412 on a stale ETag), learnt on the first conditional PUT. */
    honoursIfMatch = new Map();
    constructor(transport, limits) {
        this.transport = transport;
        this.limits = limits;
    }
    /** Fetches a manifest by tag or digest; the bytes must hash to the digest asked for (fail closed). */
    async getManifest(ref, opts = {}) {
        const id = toIdentifier(ref);
        const what = `manifest ${formatReference(ref)}`;
        const step = async () => {
            const res = await this.transport.request({
                method: 'GET',
                registry: ref.registry,
                path: repoPath(ref, `manifests/${id}`),
                headers: { accept: (opts.accept ?? constants/* MANIFEST_MEDIA_TYPES */.$T).join(', ') },
                scopes: [pull(ref.repository)],
                expect: [200],
                // Retried below as one step with reading the body, so a reset mid-body is retried too.
                idempotent: false,
            });
            return { res, bytes: await this.readManifestBody(res, what, opts.budget) };
        };
        const { res, bytes } = await withRetry(step, this.transport.retrying.policy, this.transport.retrying.deps, this.transport.retrying.onRetry);
        let digest;
        if (ref.digest) {
            verifyBytes(bytes, ref.digest, what);
            digest = ref.digest;
        }
        else {
            digest = sha256Digest(bytes);
            const claimed = res.header(constants/* DOCKER_CONTENT_DIGEST_HEADER */.YH);
            if (claimed && isDigest(claimed) && digestWithAlgorithm(bytes, claimed) !== claimed) {
                throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `${what}: the registry said ${claimed}, the bytes hash to ${digestWithAlgorithm(bytes, claimed)}; refusing content that does not match its digest`);
            }
        }
        const { mediaType } = parseManifest(bytes, res.header('content-type'), what);
        const out = { bytes, mediaType, digest, size: bytes.length };
        const etag = res.header('etag');
        if (etag)
            out.etag = etag;
        return out;
    }
    /**
     * A manifest-sized response body: refused as soon as its Content-Length or the bytes streamed pass
     * the manifest-bytes cap, and charged to `budget` as the bytes arrive.
     */
    async readManifestBody(res, what, budget) {
        const cap = this.limits.manifestBytes;
        const declared = Number(res.header('content-length'));
        if (Number.isSafeInteger(declared) && declared > cap) {
            res.body.destroy();
            throw limitExceeded('manifestBytes', cap, `${declared} bytes (Content-Length)`, what);
        }
        const chunks = [];
        let n = 0;
        for await (const c of res.body) {
            const chunk = c;
            n += chunk.length;
            try {
                if (n > cap)
                    throw limitExceeded('manifestBytes', cap, `more than ${cap} bytes`, what);
                budget?.charge(chunk.length);
            }
            catch (err) {
                res.body.destroy();
                throw err;
            }
            chunks.push(chunk);
        }
        return Buffer.concat(chunks);
    }
    /** The descriptor of a manifest (HEAD), or undefined when there is none. */
    async headManifest(ref, opts = {}) {
        const res = await this.transport.request({
            method: 'HEAD',
            registry: ref.registry,
            path: repoPath(ref, `manifests/${toIdentifier(ref)}`),
            headers: { accept: (opts.accept ?? constants/* MANIFEST_MEDIA_TYPES */.$T).join(', ') },
            scopes: [pull(ref.repository)],
            expect: [200, 404],
            idempotent: true,
        });
        await res.discard();
        if (res.status === 404)
            return undefined;
        const claimed = res.header(constants/* DOCKER_CONTENT_DIGEST_HEADER */.YH);
        const size = Number(res.header('content-length'));
        const mediaType = normaliseMediaType(res.header('content-type'));
        if (ref.digest) {
            if (claimed && claimed !== ref.digest) {
                throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `manifest ${formatReference(ref)}: asked for ${ref.digest}, the registry answered for ${claimed}`);
            }
            if (constants/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType) && Number.isSafeInteger(size))
                return { mediaType, digest: ref.digest, size };
        }
        else if (claimed &&
            isDigest(claimed) &&
            constants/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType) &&
            Number.isSafeInteger(size)) {
            return { mediaType, digest: claimed, size };
        }
        // Some registries omit the digest or media type on HEAD: GET and compute them instead.
        const m = await this.getManifest(ref, opts);
        return { mediaType: m.mediaType, digest: m.digest, size: m.size };
    }
    /**
     * Stores a manifest at a tag or at its digest. A digest in `ref` must be the bytes' digest (checked
     * before sending). `ifMatch` makes the write conditional on the registry's current ETag.
     */
    async putManifest(ref, bytes, opts = {}) {
        const what = `manifest for ${formatReference(ref)}`;
        if (bytes.length > constants/* MAX_MANIFEST_BYTES */.ZJ) {
            throw new errors/* RegistryError */.gl('REGISTRY_INVALID_MANIFEST', `${what}: ${bytes.length} bytes, more than the ${constants/* MAX_MANIFEST_BYTES */.ZJ} registries accept`);
        }
        const { mediaType } = parseManifest(bytes, opts.mediaType, what);
        if (ref.digest)
            verifyBytes(bytes, ref.digest, `${what}: the manifest to push`);
        const digest = sha256Digest(bytes);
        let compareAndSwap = false;
        if (opts.ifMatch && this.honoursIfMatch.get(ref.registry) === undefined) {
            // Whether the registry honours If-Match, learnt once: the first conditional PUT carries an ETag
            // no manifest has. A registry that honours it answers 412 and stores nothing (then the real PUT
            // follows); one that ignores it stores the manifest, which is the write asked for anyway.
            try {
                const probed = await this.sendManifest(ref, bytes, mediaType, `"signet-probe-${digest}"`);
                this.honoursIfMatch.set(ref.registry, false);
                return this.toPutResult(probed, what, bytes, digest, mediaType, false);
            }
            catch (err) {
                if (!(0,errors/* isRegistryError */.IP)(err, 'REGISTRY_CONFLICT'))
                    throw err;
                this.honoursIfMatch.set(ref.registry, true);
            }
        }
        if (opts.ifMatch)
            compareAndSwap = this.honoursIfMatch.get(ref.registry) === true;
        const res = await this.sendManifest(ref, bytes, mediaType, opts.ifMatch);
        return this.toPutResult(res, what, bytes, digest, mediaType, compareAndSwap);
    }
    async sendManifest(ref, bytes, mediaType, ifMatch) {
        const headers = { 'content-type': mediaType };
        if (ifMatch)
            headers['if-match'] = ifMatch;
        const res = await this.transport.request({
            method: 'PUT',
            registry: ref.registry,
            path: repoPath(ref, `manifests/${ref.digest ?? ref.tag ?? 'latest'}`),
            headers,
            body: bytes,
            scopes: [push(ref.repository)],
            expect: [200, 201, 202],
            idempotent: !ifMatch,
        });
        await res.discard();
        return res;
    }
    toPutResult(res, what, bytes, digest, mediaType, compareAndSwap) {
        const stored = res.header(constants/* DOCKER_CONTENT_DIGEST_HEADER */.YH);
        if (stored && isDigest(stored) && stored !== digestWithAlgorithm(bytes, stored)) {
            throw new errors/* RegistryError */.gl('REGISTRY_DIGEST_MISMATCH', `${what}: pushed ${digest}, the registry stored ${stored}; it rewrote the manifest`);
        }
        return {
            digest,
            size: bytes.length,
            mediaType,
            subjectIndexed: res.header(constants/* OCI_SUBJECT_HEADER */.XE) !== undefined,
            compareAndSwap,
        };
    }
    /** Deletes a manifest by digest (registries delete by digest; a tag-only reference is refused). */
    async deleteManifest(ref) {
        if (!ref.digest) {
            throw new errors/* RegistryError */.gl('REGISTRY_INVALID_REFERENCE', `deleting ${formatReference(ref)}: expected a reference with @sha256:…, got a tag; resolve the tag first`);
        }
        const res = await this.transport.request({
            method: 'DELETE',
            registry: ref.registry,
            path: repoPath(ref, `manifests/${ref.digest}`),
            scopes: [{ repository: ref.repository, actions: ['delete'] }],
            expect: [200, 202],
            idempotent: true,
        });
        await res.discard();
    }
    /** Every tag of a repository, following pagination. */
    async listTags(repo) {
        const tags = [];
        let url = this.transport.url(repo.registry, repoPath(repo, 'tags/list?n=1000'));
        for (let page = 0; url && page < 1000; page++) {
            const current = url;
            const res = await this.transport.request({
                method: 'GET',
                registry: repo.registry,
                path: current,
                scopes: [pull(repo.repository)],
                expect: [200],
                idempotent: true,
            });
            const body = JSON.parse((await res.bytes(16 * 1024 * 1024)).toString('utf8'));
            tags.push(...(body.tags ?? []));
            url = nextLink(res, current);
        }
        return tags;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/referrers.js
// The referrers tag schema: registries without `GET /v2/<name>/referrers/<digest>` (Distribution 2.8,
// ECR before 2024, many mirrors) keep the referrers of `sha256:<hex>` in an OCI index tagged
// `sha256-<hex>`. Written exactly as go-containerregistry writes it (`remote/write.go`
// `commitSubjectReferrers`) so cosign, crane and Kyverno read Signet's entries and Signet reads theirs:
// descriptors {mediaType, size, digest, annotations?, artifactType} sorted by digest.
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#referrers-tag-schema



/** The fallback tag for a subject: `sha256:<hex>` → `sha256-<hex>`. */
function toFallbackTag(subject) {
    return subject.replace(':', '-');
}
/** The descriptor a referrer manifest is listed under: its artifactType, else its config media type. */
function toReferrerDescriptor(manifestBytes, mediaType) {
    const { manifest, mediaType: mt } = parseManifest(manifestBytes, mediaType, 'referrer manifest');
    const configType = 'config' in manifest ? manifest.config.mediaType : undefined;
    const d = {
        mediaType: mt,
        digest: sha256Digest(manifestBytes),
        size: manifestBytes.length,
    };
    if (manifest.annotations && Object.keys(manifest.annotations).length > 0)
        d.annotations = manifest.annotations;
    const artifactType = manifest.artifactType ?? configType;
    if (artifactType)
        d.artifactType = artifactType;
    return d;
}
/** Field order as Go's json.Marshal writes v1.Descriptor, so bytes match other writers'. */
function canonicalDescriptor(d) {
    const out = { mediaType: d.mediaType, size: d.size, digest: d.digest };
    if (d.data !== undefined)
        out.data = d.data;
    if (d.urls !== undefined)
        out.urls = d.urls;
    if (d.annotations !== undefined)
        out.annotations = d.annotations;
    if (d.platform !== undefined)
        out.platform = d.platform;
    if (d.artifactType !== undefined)
        out.artifactType = d.artifactType;
    return out;
}
/** The fallback index listing `descriptors`: deduplicated by digest (first wins), sorted by digest. */
function buildReferrersIndex(descriptors) {
    const byDigest = new Map();
    for (const d of descriptors)
        if (!byDigest.has(d.digest))
            byDigest.set(d.digest, canonicalDescriptor(d));
    const manifests = [...byDigest.values()].sort((a, b) => a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0);
    return { schemaVersion: 2, mediaType: constants/* OCI_INDEX_MEDIA_TYPE */.Vl, manifests };
}
/** Serialises an index compactly, as Go does (no spaces, no trailing newline). */
function serialiseIndex(index) {
    return Buffer.from(JSON.stringify(index), 'utf8');
}
/** Keeps the descriptors whose artifactType is `artifactType` (all when undefined). */
function filterByArtifactType(descriptors, artifactType) {
    return artifactType === undefined
        ? [...descriptors]
        : descriptors.filter((d) => d.artifactType === artifactType);
}
/** True when every digest in `wanted` is listed in `index`. */
function listsAll(index, wanted) {
    const have = new Set(index.map((d) => d.digest));
    for (const w of wanted)
        if (!have.has(w))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/settle.js
// The settle wait of race-safe tag updates, taken once per run instead of once per write.
//
// A registry that ignores If-Match (Distribution 2.8) gives no compare-and-swap, so a writer of a
// read-modify-write tag (cosign's `.sig`/`.att` images, the referrers fallback index) checks its write
// by reading the tag back once every writer whose read-modify-write overlapped its own has written:
// some time after the write, longer than a read-modify-write takes. Every write of a run can share
// that wait: each write defers its read-back to a SettleBatch with the earliest time it is
// meaningful, and the run settles the batch once, after its last write (the sign stage after its
// writes; `signet run` after sign and both attestations). A read-back that finds a layer missing
// merges it back and writes again, deferring a new read-back; settle() runs until none is left.
// Writes the registry made exact by compare-and-swap, and referrers the registry indexes itself,
// defer nothing.
/** The read-backs a run owes, waited for once. */
class SettleBatch {
    clock;
    pending = [];
    constructor(clock) {
        this.clock = clock;
    }
    /** Runs `check` when the run settles, no earlier than `dueAt` (the clock's milliseconds). */
    defer(dueAt, check) {
        this.pending.push({ dueAt, check });
    }
    /**
     * Waits until the latest deferred read-back is due, then runs every one; those that had to write
     * again defer themselves again, and are waited for the same way. Throws the first failure, after
     * every read-back of the round ran.
     */
    async settle() {
        while (this.pending.length > 0) {
            const round = this.pending.splice(0);
            const wait = Math.max(...round.map((p) => p.dueAt)) - this.clock.now();
            if (wait > 0)
                await this.clock.sleep(wait);
            const results = await Promise.allSettled(round.map((p) => p.check()));
            const failed = results.find((r) => r.status === 'rejected');
            if (failed) {
                this.pending = [];
                throw failed.reason;
            }
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/referrers-client.js
// Referrers over the distribution API: the referrers API when the registry has it, else the
// `sha256-<hex>` fallback tag index (referrers.ts has its schema), kept race-safe for concurrent writers
// by a conditional PUT and write-then-verify-and-merge. Part of RegistryClient (client.ts).
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers








/** Lists and adds referrers. */
class ReferrersClient {
    /** Per registry: whether it has the referrers API (unknown until asked or a PUT answers). */
    referrersApi = new Map();
    settleMs;
    maxRounds;
    transport;
    limits;
    manifests;
    constructor(transport, limits, manifests, settle) {
        this.transport = transport;
        this.limits = limits;
        this.manifests = manifests;
        this.settleMs = settle.settleMs;
        this.maxRounds = settle.maxRounds;
    }
    /**
     * Lists the referrers of `subject` (a reference with a digest): the referrers API when the registry
     * has it, else the `sha256-<hex>` fallback tag. Filtered by `artifactType` either way.
     */
    async listReferrers(subject, opts = {}) {
        const digest = this.subjectDigest(subject, 'listing referrers of');
        if (this.referrersApi.get(subject.registry) !== false) {
            const api = await this.referrersFromApi(subject, digest, opts.artifactType, opts.budget);
            if (api)
                return { referrers: api, source: 'api' };
        }
        const index = await this.readFallbackIndex(subject, digest, opts.budget);
        const listed = index?.index.manifests.length ?? 0;
        if (listed > this.limits.referrers) {
            throw limitExceeded('referrers', this.limits.referrers, listed, `referrers of ${formatReference(subject)} (fallback tag ${toFallbackTag(digest)})`);
        }
        return {
            referrers: filterByArtifactType(index?.index.manifests ?? [], opts.artifactType),
            source: 'fallback',
        };
    }
    subjectDigest(subject, doing) {
        if (!subject.digest) {
            throw new errors/* RegistryError */.gl('REGISTRY_INVALID_REFERENCE', `${doing} ${formatReference(subject)}: expected a reference with @sha256:…, got none; referrers are keyed by digest`);
        }
        return subject.digest;
    }
    /** The referrers API answer, or undefined when the registry does not have the API. */
    async referrersFromApi(subject, digest, artifactType, budget) {
        const out = [];
        const what = `referrers of ${formatReference(subject)}`;
        const { referrersPages, referrers: maxReferrers } = this.limits;
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        let url = this.transport.url(subject.registry, repoPath(subject, `referrers/${digest}${query}`));
        let filtered = true;
        for (let page = 0; url; page++) {
            // A registry that keeps linking a next page is cut off, never followed for ever.
            if (page >= referrersPages)
                throw limitExceeded('referrersPages', referrersPages, `more than ${referrersPages} pages`, what);
            const current = url;
            const res = await this.transport.request({
                method: 'GET',
                registry: subject.registry,
                path: current,
                headers: { accept: constants/* OCI_INDEX_MEDIA_TYPE */.Vl },
                scopes: [pull(subject.repository)],
                expect: [200, 404, 400, 405, 406],
                idempotent: true,
            });
            if (res.status !== 200 || normaliseMediaType(res.header('content-type')) !== constants/* OCI_INDEX_MEDIA_TYPE */.Vl) {
                await res.discard();
                if (page > 0)
                    throw new errors/* RegistryError */.gl('REGISTRY_PROTOCOL', `GET ${(0,errors/* redactUrl */.BO)(current)}: referrers page ${page + 1} answered ${res.status}`);
                this.referrersApi.set(subject.registry, false);
                return undefined;
            }
            this.referrersApi.set(subject.registry, true);
            const bytes = await this.manifests.readManifestBody(res, `${what} page ${page + 1}`, budget);
            const { manifest } = parseManifest(bytes, constants/* OCI_INDEX_MEDIA_TYPE */.Vl, what);
            const entries = manifest.manifests;
            if (out.length + entries.length > maxReferrers) {
                throw limitExceeded('referrers', maxReferrers, out.length + entries.length, what);
            }
            out.push(...entries);
            if (!(res.header(constants/* OCI_FILTERS_APPLIED_HEADER */.u4) ?? '')
                .split(',')
                .map((s) => s.trim())
                .includes('artifactType'))
                filtered = false;
            url = nextLink(res, current);
        }
        return filtered ? out : filterByArtifactType(out, artifactType);
    }
    async readFallbackIndex(subject, digest, budget) {
        const tagRef = {
            registry: subject.registry,
            repository: subject.repository,
            tag: toFallbackTag(digest),
        };
        let m;
        try {
            m = await this.manifests.getManifest(tagRef, {
                accept: [constants/* OCI_INDEX_MEDIA_TYPE */.Vl],
                ...(budget ? { budget } : {}),
            });
        }
        catch (err) {
            if ((0,errors/* isRegistryError */.IP)(err, 'REGISTRY_NOT_FOUND'))
                return undefined;
            throw err;
        }
        if (m.mediaType !== constants/* OCI_INDEX_MEDIA_TYPE */.Vl) {
            throw new errors/* RegistryError */.gl('REGISTRY_INVALID_MANIFEST', `fallback tag ${formatReference(tagRef)}: expected an OCI image index, got ${m.mediaType}; something other than a referrers index uses that tag`);
        }
        const { manifest } = parseManifest(m.bytes, m.mediaType, `fallback tag ${formatReference(tagRef)}`);
        return { index: manifest, etag: m.etag, digest: m.digest };
    }
    /**
     * Pushes a referrer manifest (one with a `subject`) by digest and, when the registry does not index
     * subjects itself, records it in the subject's fallback tag index.
     */
    async pushReferrer(repo, manifestBytes, opts = {}) {
        const descriptor = toReferrerDescriptor(manifestBytes, opts.mediaType);
        const { manifest } = parseManifest(manifestBytes, opts.mediaType);
        if (!manifest.subject) {
            throw new errors/* RegistryError */.gl('REGISTRY_INVALID_MANIFEST', `referrer for ${repoOf(repo)}: the manifest has no subject`);
        }
        const put = await this.manifests.putManifest({ registry: repo.registry, repository: repo.repository, digest: descriptor.digest }, manifestBytes, { mediaType: opts.mediaType });
        if (put.subjectIndexed) {
            this.referrersApi.set(repo.registry, true);
            return { ...put, source: 'api', rounds: 0 };
        }
        // No OCI-Subject header: the spec says to assume there is no referrers API and use the fallback tag.
        this.referrersApi.set(repo.registry, false);
        const added = await this.addReferrer({ ...repo, tag: undefined, digest: manifest.subject.digest }, descriptor, opts.settle ? { settle: opts.settle } : {});
        return { ...put, ...added };
    }
    /**
     * Records `descriptor` as a referrer of `subject` in the fallback tag index, keeping what concurrent
     * writers add. With ETags the PUT is conditional (If-Match); where the registry honours it the write
     * is exact and done. Registries that ignore If-Match (Distribution 2.8) are covered by
     * write-then-verify-and-merge: after each write, wait longer than a read-modify-write takes, read
     * again, and merge back anything missing; finish only when one read shows every entry this writer
     * has seen. Without compare-and-swap no client protocol is exact; the settle window covers writers
     * whose read-modify-write overlaps ours. With `settle`, the read-back is deferred to that batch
     * (one wait per run, settle.ts); without, it is waited for here. `rounds` counts the writes made
     * before returning.
     */
    async addReferrer(subject, descriptor, opts = {}) {
        const digest = this.subjectDigest(subject, 'adding a referrer to');
        if (this.referrersApi.get(subject.registry) === undefined) {
            await this.referrersFromApi(subject, digest);
        }
        if (this.referrersApi.get(subject.registry) === true)
            return { source: 'api', rounds: 0 };
        const { deps } = this.transport.retrying;
        const tagRef = {
            registry: subject.registry,
            repository: subject.repository,
            tag: toFallbackTag(digest),
        };
        const seen = new Map([[descriptor.digest, descriptor]]);
        let current = await this.readFallbackIndex(subject, digest);
        if (current?.index.manifests.some((d) => d.digest === descriptor.digest))
            return { source: 'fallback', rounds: 0 };
        const batch = opts.settle ?? new SettleBatch(deps);
        let round = 0;
        // Write rounds until one write lands; then done (compare-and-swap) or a read-back is deferred.
        const write = async () => {
            for (;;) {
                if (++round > this.maxRounds) {
                    throw new errors/* RegistryError */.gl('REGISTRY_CONFLICT', `updating ${formatReference(tagRef)}: concurrent writers kept replacing the referrers index for ${this.maxRounds} rounds; retry the step`);
                }
                const started = deps.now();
                for (const d of current?.index.manifests ?? [])
                    if (!seen.has(d.digest))
                        seen.set(d.digest, d);
                const merged = buildReferrersIndex([...(current?.index.manifests ?? []), ...seen.values()]);
                let put;
                try {
                    put = await this.manifests.putManifest(tagRef, serialiseIndex(merged), {
                        mediaType: constants/* OCI_INDEX_MEDIA_TYPE */.Vl,
                        ifMatch: current?.etag,
                    });
                }
                catch (err) {
                    if (!(0,errors/* isRegistryError */.IP)(err, 'REGISTRY_CONFLICT'))
                        throw err;
                    // Someone wrote since we read (If-Match failed): read again and merge.
                    await deps.sleep(Math.round(this.settleMs * deps.random()));
                    current = await this.readFallbackIndex(subject, digest);
                    continue;
                }
                if (put.compareAndSwap)
                    return;
                const took = deps.now() - started;
                batch.defer(deps.now() + Math.round(Math.max(this.settleMs, 2 * took) * (1 + deps.random())), check);
                return;
            }
        };
        const check = async () => {
            current = await this.readFallbackIndex(subject, digest);
            if (current && listsAll(current.index.manifests, seen.keys()))
                return;
            await write();
        };
        await write();
        if (!opts.settle)
            await batch.settle();
        return { source: 'fallback', rounds: round };
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/exec.js
var exec = __webpack_require__(33470);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/transport/challenge.js
// Parses `WWW-Authenticate` challenges (RFC 7235 §4.1 as registries use them): `Basic realm="…"` or
// `Bearer realm="…",service="…",scope="…"`. Pure.
// https://distribution.github.io/distribution/spec/auth/token/
/** Parses every challenge in a `WWW-Authenticate` header value. */
function parseChallenges(header) {
    const out = [];
    let i = 0;
    const s = header;
    let current;
    const skipWs = () => {
        while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === ','))
            i++;
    };
    while (i < s.length) {
        skipWs();
        const start = i;
        while (i < s.length && /[A-Za-z0-9!#$%&'*+.^_`|~-]/.test(s[i]))
            i++;
        const token = s.slice(start, i);
        if (token === '') {
            i++;
            continue;
        }
        while (i < s.length && (s[i] === ' ' || s[i] === '\t'))
            i++;
        if (s[i] === '=') {
            i++;
            while (i < s.length && (s[i] === ' ' || s[i] === '\t'))
                i++;
            let value = '';
            if (s[i] === '"') {
                i++;
                while (i < s.length && s[i] !== '"') {
                    if (s[i] === '\\' && i + 1 < s.length)
                        i++;
                    value += s[i];
                    i++;
                }
                i++;
            }
            else {
                const vs = i;
                while (i < s.length && s[i] !== ',' && s[i] !== ' ')
                    i++;
                value = s.slice(vs, i);
            }
            if (current)
                current.params[token.toLowerCase()] = value;
        }
        else {
            current = { scheme: token.toLowerCase(), params: {} };
            out.push(current);
        }
    }
    return out;
}
/** Formats a scope the way token services expect it. */
function formatScope(scope) {
    return `repository:${scope.repository}:${scope.actions.join(',')}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/transport/credentials.js


/** Where Docker keeps config.json: `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`. */
function toDockerConfigPath(env) {
    if (env.DOCKER_CONFIG)
        return `${env.DOCKER_CONFIG.replace(/\/+$/, '')}/config.json`;
    if (env.HOME)
        return `${env.HOME.replace(/\/+$/, '')}/.docker/config.json`;
    return undefined;
}
/** The CI's ambient credentials (GITHUB_TOKEN for ghcr.io, CI_REGISTRY_* for CI_REGISTRY), as sources. */
function toCiCredentialSources(env) {
    const out = {};
    if (env.GITHUB_TOKEN)
        out.github = { token: env.GITHUB_TOKEN, username: env.GITHUB_ACTOR };
    if (env.CI_REGISTRY && env.CI_REGISTRY_USER && env.CI_REGISTRY_PASSWORD) {
        out.gitlab = {
            registry: env.CI_REGISTRY,
            username: env.CI_REGISTRY_USER,
            password: env.CI_REGISTRY_PASSWORD,
        };
    }
    return out;
}
const GHCR = 'ghcr.io';
const HELPER_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Marks a credential's secrets as hidden from JSON.stringify and util.inspect. */
function toCredential(c) {
    const out = { ...c };
    const shown = () => ({ source: c.source, username: c.username, secret: 'redacted' });
    Object.defineProperty(out, 'toJSON', { value: shown, enumerable: false });
    Object.defineProperty(out, Symbol.for('nodejs.util.inspect.custom'), { value: shown, enumerable: false });
    return out;
}
/** Docker's key normalisation (`ConvertToHostname`): scheme and path dropped; Docker Hub's aliases unified. */
function toConfigHost(key) {
    let h = key.trim().toLowerCase();
    h = h.replace(/^https?:\/\//, '');
    h = h.split('/')[0] ?? '';
    if (h === 'index.docker.io' || h === 'registry-1.docker.io')
        return constants/* DOCKER_HUB_REGISTRY */.DJ;
    return h;
}
/** Parses config.json text; a malformed file is an error naming the file, not a silent anonymous pull. */
function parseDockerConfig(text, path = 'docker config.json') {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* RegistryError */.gl('REGISTRY_CREDENTIALS', `reading ${path}: not valid JSON; fix or remove the file`, {
            cause: err,
        });
    }
    if (typeof parsed !== 'object' || parsed === null)
        throw new errors/* RegistryError */.gl('REGISTRY_CREDENTIALS', `reading ${path}: not a JSON object; fix or remove the file`);
    return parsed;
}
function fromAuthEntry(entry, source) {
    if (entry.identitytoken)
        return { identityToken: entry.identitytoken, username: entry.username, source };
    if (entry.registrytoken)
        return { registryToken: entry.registrytoken, source };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const i = decoded.indexOf(':');
        if (i < 0) {
            throw new errors/* RegistryError */.gl('REGISTRY_CREDENTIALS', `${source}: "auth" is not base64 of "username:password"`);
        }
        return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source };
    }
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password, source };
    return undefined;
}
/** Asks `docker-credential-<helper>` for the credential of `registry`; undefined when it has none. */
async function runCredentialHelper(helper, registry, deps) {
    if (!HELPER_NAME_RE.test(helper)) {
        throw new errors/* RegistryError */.gl('REGISTRY_CREDENTIALS', `credential helper name "${helper}" is not a plain name; expected letters, digits, ".", "_" or "-"`);
    }
    const serverUrl = registry === constants/* DOCKER_HUB_REGISTRY */.DJ ? constants/* DOCKER_HUB_CONFIG_KEY */.Mj : registry;
    const bin = `docker-credential-${helper}`;
    let res;
    try {
        res = await deps.exec([bin, 'get'], { input: serverUrl, env: deps.helperEnv, timeoutMs: 30_000 });
    }
    catch (err) {
        throw new errors/* RegistryError */.gl('REGISTRY_CREDENTIALS', `running ${bin} for ${registry}: ${err.message}; install it or remove "${helper}" from the docker config`, { cause: err });
    }
    return parseHelperOutput(bin, registry, res);
}
/** Interprets a credential helper's `get` answer (protocol: docker/docker-credential-helpers). */
function parseHelperOutput(bin, registry, res) {
    const text = `${res.stdout}\n${res.stderr}`.toLowerCase();
    if (res.code !== 0) {
        if (text.includes('credentials not found'))
            return undefined;
        const why = (res.stderr || res.stdout).trim().split('\n')[0]?.slice(0, 200) ?? '';
        throw new errors/* RegistryError */.gl('REGISTRY_CREDENTIALS', `${bin} get ${registry}: exit ${res.code}${why ? `: ${why}` : ''}`);
    }
    let out;
    try {
        out = JSON.parse(res.stdout);
    }
    catch {
        throw new errors/* RegistryError */.gl('REGISTRY_CREDENTIALS', `${bin} get ${registry}: expected JSON on stdout, got something else`);
    }
    if (typeof out.Secret !== 'string' || out.Secret === '')
        return undefined;
    const source = bin;
    if (out.Username === '<token>')
        return { identityToken: out.Secret, source };
    return { username: typeof out.Username === 'string' ? out.Username : '', password: out.Secret, source };
}
/** The credential for `registry` (host[:port] as in an ImageRef), or undefined for anonymous access. */
async function resolveCredential(registry, sources, deps) {
    const host = toConfigHost(registry);
    const found = await findCredential(host, sources, deps);
    return found ? toCredential(found) : undefined;
}
async function findCredential(host, sources, deps) {
    for (const e of sources.explicit ?? []) {
        if (toConfigHost(e.registry) === host) {
            return { username: e.username, password: e.password, source: `username/password for ${e.registry}` };
        }
    }
    if (sources.dockerConfigJson !== undefined) {
        const path = sources.dockerConfigPath ?? 'docker config.json';
        const cfg = parseDockerConfig(sources.dockerConfigJson, path);
        const helper = Object.entries(cfg.credHelpers ?? {}).find(([k]) => toConfigHost(k) === host)?.[1];
        if (helper) {
            const c = await runCredentialHelper(helper, host, deps);
            if (c)
                return c;
        }
        else if (cfg.credsStore) {
            const c = await runCredentialHelper(cfg.credsStore, host, deps);
            if (c)
                return c;
        }
        for (const [key, entry] of Object.entries(cfg.auths ?? {})) {
            if (toConfigHost(key) !== host || typeof entry !== 'object' || entry === null)
                continue;
            const c = fromAuthEntry(entry, `${path} auths["${key}"]`);
            if (c)
                return c;
        }
    }
    if (sources.github && host === GHCR) {
        // ghcr.io accepts any non-empty username with a GITHUB_TOKEN; the actor is the conventional one.
        return {
            username: sources.github.username || 'github-actions',
            password: sources.github.token,
            source: 'GITHUB_TOKEN',
        };
    }
    if (sources.gitlab && toConfigHost(sources.gitlab.registry) === host) {
        return {
            username: sources.gitlab.username,
            password: sources.gitlab.password,
            source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD',
        };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/errors.js
var src_errors = __webpack_require__(15489);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/transport/http.js
// The HTTP layer under the registry client: node:http/https with keep-alive agents so a push reuses
// connections, an inactivity timeout on every request (headers and body alike), and counters the
// benchmarks read (requests sent, connections opened). Failures become temporary RegistryErrors so the
// retry layer can decide. Nothing here knows about auth or the registry API.





const DEFAULT_TIMEOUT_MS = 60_000;
function networkError(req, err, timedOut) {
    const url = (0,errors/* redactUrl */.BO)(req.url);
    if (timedOut) {
        return new errors/* RegistryError */.gl('REGISTRY_TIMEOUT', `${req.method} ${url}: no answer for ${req.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms; the registry is slow or unreachable`, { method: req.method, url, temporary: true, cause: err });
    }
    const code = err.code ?? err.message;
    return new errors/* RegistryError */.gl('REGISTRY_UNAVAILABLE', `${req.method} ${url}: connection failed (${code})`, {
        method: req.method,
        url,
        temporary: true,
        cause: err,
    });
}
/** A node:http(s) client with keep-alive, timeouts and counters. */
function createHttpClient(opts = {}) {
    const agentOpts = { keepAlive: true, maxSockets: opts.maxSocketsPerHost ?? 32, keepAliveMsecs: 1000 };
    const httpAgent = new external_node_http_.Agent(agentOpts);
    const httpsAgent = new external_node_https_.Agent({ ...agentOpts, ca: opts.ca });
    const counters = { requests: 0, connections: 0 };
    const seen = new WeakSet();
    const send = (req) => new Promise((resolve, reject) => {
        const isHttps = req.url.protocol === 'https:';
        const headers = { 'user-agent': 'signet', ...req.headers };
        const body = req.body;
        if (body instanceof Uint8Array)
            headers['content-length'] = String(body.length);
        else if (body === undefined && ['PUT', 'POST', 'PATCH'].includes(req.method))
            headers['content-length'] = '0';
        const timeoutMs = req.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        let timedOut = false;
        let settled = false;
        counters.requests++;
        const r = (isHttps ? external_node_https_ : external_node_http_).request(req.url, {
            method: req.method,
            headers,
            agent: isHttps ? httpsAgent : httpAgent,
        });
        r.on('socket', (s) => {
            if (!seen.has(s)) {
                seen.add(s);
                counters.connections++;
            }
        });
        r.setTimeout(timeoutMs, () => {
            timedOut = true;
            // networkError reads `timedOut`; the code is a socket's, as Node's own timeouts carry.
            r.destroy(new src_errors/* SignetError */.T('ETIMEDOUT', 'timeout'));
        });
        r.on('error', (err) => {
            if (!settled) {
                settled = true;
                // A failing request body (e.g. a digest check on the way out) keeps its own error.
                reject(err instanceof errors/* RegistryError */.gl ? err : networkError({ ...req, timeoutMs }, err, timedOut));
            }
        });
        r.on('response', (res) => {
            settled = true;
            // Errors while the body streams (reset, timeout) reach the body's reader as RegistryErrors.
            const bodyStream = new external_node_stream_.PassThrough();
            const bodyFailed = (err) => err instanceof errors/* RegistryError */.gl ? err : networkError({ ...req, timeoutMs }, err, timedOut);
            res.on('error', (err) => bodyStream.destroy(bodyFailed(err)));
            r.on('error', (err) => bodyStream.destroy(bodyFailed(err)));
            // A reader that stops early (size limit, digest failure) releases the connection.
            bodyStream.on('close', () => {
                if (!res.complete)
                    res.destroy();
            });
            res.pipe(bodyStream);
            const out = {
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: bodyStream,
                header(name) {
                    const v = res.headers[name.toLowerCase()];
                    return Array.isArray(v) ? v[0] : v;
                },
                async bytes(limit) {
                    const chunks = [];
                    let n = 0;
                    for await (const c of bodyStream) {
                        n += c.length;
                        if (n > limit) {
                            bodyStream.destroy();
                            throw new errors/* RegistryError */.gl('REGISTRY_PROTOCOL', `${req.method} ${(0,errors/* redactUrl */.BO)(req.url)}: response larger than ${limit} bytes; refusing it`, { method: req.method, url: (0,errors/* redactUrl */.BO)(req.url), status: res.statusCode });
                        }
                        chunks.push(c);
                    }
                    return Buffer.concat(chunks);
                },
                async discard() {
                    try {
                        for await (const _ of bodyStream) {
                            // drain
                        }
                    }
                    catch {
                        // The body of a response being thrown away does not matter.
                    }
                },
            };
            resolve(out);
        });
        if (body === undefined)
            r.end();
        else if (body instanceof Uint8Array)
            r.end(body);
        else {
            body.on('error', (err) => r.destroy(err));
            body.pipe(r);
        }
    });
    return {
        send,
        counters,
        close() {
            httpAgent.destroy();
            httpsAgent.destroy();
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/transport/insecure.js
// Plain HTTP is allowed only where nobody can listen in: loopback, or a registry the user named as
// insecure. Everything else is HTTPS, including token realms and redirects (a downgrade would leak
// credentials and let a proxy swap content).


/** The host part of `host[:port]` (IPv6 brackets removed), lowercase. */
function hostname(hostPort) {
    const h = hostPort.toLowerCase();
    if (h.startsWith('['))
        return h.slice(1, h.indexOf(']'));
    const i = h.lastIndexOf(':');
    return i >= 0 && /^\d+$/.test(h.slice(i + 1)) ? h.slice(0, i) : h;
}
/** True for `localhost`, 127.0.0.0/8 and ::1 (with or without a port). */
function isLoopbackHost(hostPort) {
    const h = hostname(hostPort);
    return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
/** True when plain HTTP may be used to reach `hostPort`. */
function allowsPlainHttp(hostPort, policy) {
    const h = hostPort.toLowerCase();
    return isLoopbackHost(h) || policy.insecureRegistries.some((r) => r.toLowerCase() === h);
}
/** The base URL of a registry's API: `https://<host>` unless plain HTTP is allowed for it. */
function registryBaseUrl(registry, policy) {
    const host = registry === constants/* DOCKER_HUB_REGISTRY */.DJ ? constants/* DOCKER_HUB_API_HOST */.Tz : registry;
    return new URL(`${allowsPlainHttp(registry, policy) ? 'http' : 'https'}://${host}`);
}
/** Refuses an `http:` URL (a token realm, a redirect, an upload location) to a host not allowed plain HTTP. */
function checkScheme(url, policy, what) {
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:' && allowsPlainHttp(url.host, policy))
        return;
    throw new errors/* RegistryError */.gl('REGISTRY_INSECURE', `${what} ${url.protocol}//${url.host} uses ${url.protocol.replace(':', '')} without TLS; only loopback hosts and registries listed as insecure may use plain http (add "${url.host}" to the insecure registries to allow it)`);
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/transport/token-cache.js
/** Seconds of validity assumed when the token service does not say (distribution token spec: 60). */
const DEFAULT_TOKEN_SECONDS = 60;
const EARLY_EXPIRY_MS = 10_000;
function covers(have, want) {
    return have.some((h) => h.repository === want.repository && want.actions.every((a) => h.actions.includes(a)));
}
/** Holds bearer tokens keyed by registry and the scopes they were granted for. */
class TokenCache {
    entries = [];
    now;
    constructor(now = Date.now) {
        this.now = now;
    }
    /** A live token for `registry` that covers every scope in `scopes`. */
    get(registry, scopes) {
        const t = this.now();
        this.entries = this.entries.filter((e) => e.expiresAt > t);
        return this.entries.find((e) => e.registry === registry && scopes.every((s) => covers(e.scopes, s)))
            ?.token;
    }
    /** Remembers a token; `expiresInSeconds` as the token service said. */
    set(registry, scopes, token, expiresInSeconds = DEFAULT_TOKEN_SECONDS) {
        const ttl = Math.max(expiresInSeconds * 500, expiresInSeconds * 1000 - EARLY_EXPIRY_MS);
        this.entries.push({ registry, scopes, token, expiresAt: this.now() + ttl });
    }
    /** Drops the tokens of a registry (after a 401 with a cached token). */
    forget(registry, token) {
        this.entries = this.entries.filter((e) => !(e.registry === registry && e.token === token));
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/transport/transport.js









const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const ERROR_BODY_LIMIT = 64 * 1024;
const TOKEN_BODY_LIMIT = 1024 * 1024;
/** Makes registry requests with auth, retries and error decoding. */
class RegistryTransport {
    http;
    options;
    policy;
    retryPolicy;
    retryDeps;
    exec;
    helperEnv;
    logger;
    tokens;
    auth = new Map();
    creds = new Map();
    tokenFetches = new Map();
    retries = 0;
    tokenRequests = 0;
    constructor(options = {}, deps = {}) {
        this.options = options;
        this.http = deps.http ?? createHttpClient({ timeoutMs: options.timeoutMs, ca: options.ca });
        this.policy = { insecureRegistries: options.insecureRegistries ?? [] };
        this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        const now = deps.now ?? Date.now;
        this.retryDeps = { sleep: deps.sleep ?? ((ms) => (0,promises_.setTimeout)(ms)), random: deps.random ?? Math.random, now };
        this.exec = deps.exec ?? exec/* execFile */.St;
        this.helperEnv = deps.helperEnv;
        this.logger = deps.logger;
        this.tokens = new TokenCache(now);
    }
    /** Requests, connections, retries and token fetches so far. */
    get counters() {
        return {
            requests: this.http.counters.requests,
            connections: this.http.counters.connections,
            retries: this.retries,
            tokenRequests: this.tokenRequests,
        };
    }
    /** The retry policy and clock, for multi-request steps the client retries as a whole. */
    get retrying() {
        return { policy: this.retryPolicy, deps: this.retryDeps, onRetry: () => this.retries++ };
    }
    /** The absolute URL of `path` on `registry`, honouring the plain-HTTP policy. */
    url(registry, path) {
        if (path instanceof URL)
            return path;
        return new URL(path, registryBaseUrl(registry, this.policy));
    }
    /** Sends the request; resolves with a response whose status is in `expect`, else throws. */
    async request(req) {
        const replayable = !(req.body !== undefined && !(req.body instanceof Uint8Array));
        if (!req.idempotent || !replayable)
            return await this.attempt(req, replayable);
        return await withRetry(() => this.attempt(req, true), this.retryPolicy, this.retryDeps, (err, attempt, delay) => {
            this.retries++;
            this.logger?.debug(`retry ${attempt} of ${req.method} ${(0,errors/* redactUrl */.BO)(this.url(req.registry, req.path))} in ${delay} ms: ${err.message}`);
        });
    }
    credential(registry) {
        let c = this.creds.get(registry);
        if (!c) {
            c = resolveCredential(registry, this.options.credentials ?? {}, {
                exec: this.exec,
                helperEnv: this.helperEnv,
            });
            this.creds.set(registry, c);
            c.catch(() => this.creds.delete(registry));
        }
        return c;
    }
    /** The Authorization header for a request to `registry` needing `scopes`, when one is known. */
    async authorization(registry, scopes) {
        const state = this.auth.get(registry);
        if (!state)
            return undefined;
        const cred = await this.credential(registry);
        if (cred?.registryToken)
            return `Bearer ${cred.registryToken}`;
        if (state.scheme === 'basic') {
            return cred?.username !== undefined && cred.password !== undefined
                ? `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`
                : undefined;
        }
        const token = await this.token(registry, state, scopes, cred);
        return `Bearer ${token}`;
    }
    async token(registry, state, scopes, cred) {
        const cached = this.tokens.get(registry, scopes);
        if (cached)
            return cached;
        // Concurrent steps needing the same scopes share one token request.
        const key = `${registry} ${scopes.map(formatScope).join(' ')}`;
        let p = this.tokenFetches.get(key);
        if (!p) {
            p = this.fetchToken(registry, state, scopes, cred).finally(() => this.tokenFetches.delete(key));
            this.tokenFetches.set(key, p);
        }
        return await p;
    }
    async fetchToken(registry, state, scopes, cred) {
        if (!state.realm) {
            throw new errors/* RegistryError */.gl('REGISTRY_PROTOCOL', `${registry} asked for a bearer token but named no realm`);
        }
        let realm;
        try {
            realm = new URL(state.realm);
        }
        catch {
            throw new errors/* RegistryError */.gl('REGISTRY_PROTOCOL', `${registry} named an invalid token realm`);
        }
        checkScheme(realm, this.policy, `token realm of ${registry}:`);
        const scopeStrings = scopes.map(formatScope);
        const headers = { accept: 'application/json' };
        let method = 'GET';
        let body;
        if (cred?.identityToken) {
            // OAuth2 refresh-token grant (distribution spec auth/oauth.md).
            method = 'POST';
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: cred.identityToken,
                client_id: 'signet',
            });
            if (state.service)
                form.set('service', state.service);
            form.set('scope', scopeStrings.join(' '));
            body = Buffer.from(form.toString());
            headers['content-type'] = 'application/x-www-form-urlencoded';
        }
        else {
            if (state.service)
                realm.searchParams.set('service', state.service);
            for (const s of scopeStrings)
                realm.searchParams.append('scope', s);
            if (cred?.username !== undefined && cred.password !== undefined) {
                headers.authorization = `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`;
            }
        }
        const step = async () => {
            this.tokenRequests++;
            const res = await this.http.send({
                method,
                url: realm,
                headers,
                body,
                timeoutMs: this.options.timeoutMs,
            });
            if (res.status !== 200) {
                const text = (await res.bytes(ERROR_BODY_LIMIT).catch(() => Buffer.alloc(0))).toString('utf8');
                const err = (0,errors/* toRegistryError */.pZ)({
                    status: res.status,
                    method,
                    url: realm,
                    body: text,
                    retryAfterMs: parseRetryAfter(res.header('retry-after'), this.retryDeps.now()),
                    hint: cred
                        ? `the token service of ${registry} refused the credentials from ${cred.source}; check the username and password for ${registry}`
                        : `no credentials found for ${registry}; log in (docker login ${registry}) or pass username and password`,
                });
                throw err;
            }
            const json = JSON.parse((await res.bytes(TOKEN_BODY_LIMIT)).toString('utf8'));
            const token = json.token ?? json.access_token;
            if (!token) {
                throw new errors/* RegistryError */.gl('REGISTRY_PROTOCOL', `token service of ${registry} answered without a token`);
            }
            this.tokens.set(registry, scopes, token, typeof json.expires_in === 'number' ? json.expires_in : undefined);
            return token;
        };
        return await withRetry(step, this.retryPolicy, this.retryDeps, () => this.retries++);
    }
    /** Learns the auth scheme from a 401; false when nothing new was learnt (the 401 is final). */
    learn(registry, res, sentAuth) {
        const challenges = parseChallenges(res.header('www-authenticate') ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (bearer) {
            this.auth.set(registry, {
                scheme: 'bearer',
                realm: bearer.params.realm,
                service: bearer.params.service,
            });
            // A refused token (expired, or granted for less) is dropped; the caller tries once with a fresh one.
            if (sentAuth?.startsWith('Bearer '))
                this.tokens.forget(registry, sentAuth.slice(7));
            return true;
        }
        if (challenges.some((c) => c.scheme === 'basic')) {
            this.auth.set(registry, { scheme: 'basic' });
            return !sentAuth?.startsWith('Basic ');
        }
        return false;
    }
    async attempt(req, replayable) {
        let url = this.url(req.registry, req.path);
        checkScheme(url, this.policy, `registry ${req.registry}:`);
        // The registry's own host:port, from its name: never from the URL being followed. A `Link: rel=next`
        // page, an upload `Location` or a redirect the registry names may point anywhere; only requests to
        // this host carry its credentials, and only its 401s may (re)point the token service.
        const originHost = this.url(req.registry, '/').host;
        let authRetried = false;
        let redirects = 0;
        for (;;) {
            const headers = { ...req.headers };
            // Credentials go only to the registry's own host:port; a redirect elsewhere gets none.
            const sameHost = url.host === originHost;
            const authorization = sameHost ? await this.authorization(req.registry, req.scopes) : undefined;
            if (authorization)
                headers.authorization = authorization;
            const res = await this.http.send({
                method: req.method,
                url,
                headers,
                body: req.body,
                timeoutMs: req.timeoutMs,
            });
            this.logger?.debug(`${req.method} ${(0,errors/* redactUrl */.BO)(url)} → ${res.status}`);
            if (res.status === 401 &&
                sameHost &&
                !authRetried &&
                replayable &&
                this.learn(req.registry, res, authorization)) {
                const cred = await this.credential(req.registry);
                const hasBasic = cred?.username !== undefined && cred.password !== undefined;
                // Bearer may be tried anonymously (public repositories); Basic needs a username and password.
                if (this.auth.get(req.registry)?.scheme === 'bearer' || hasBasic || cred?.registryToken) {
                    authRetried = true;
                    await res.discard();
                    continue;
                }
            }
            if (req.followRedirects && REDIRECTS.has(res.status) && res.header('location')) {
                await res.discard();
                if (++redirects > MAX_REDIRECTS) {
                    throw new errors/* RegistryError */.gl('REGISTRY_PROTOCOL', `${req.method} ${(0,errors/* redactUrl */.BO)(url)}: more than ${MAX_REDIRECTS} redirects`);
                }
                url = new URL(res.header('location'), url);
                checkScheme(url, this.policy, `redirect from ${req.registry} to`);
                continue;
            }
            if (req.expect.includes(res.status))
                return res;
            throw await this.failure(req, url, res);
        }
    }
    async failure(req, url, res) {
        const body = res.body.readableEnded
            ? ''
            : (await res.bytes(ERROR_BODY_LIMIT).catch(() => Buffer.alloc(0))).toString('utf8');
        const cred = await this.credential(req.registry).catch(() => undefined);
        const scope = req.scopes[0];
        let hint;
        let code;
        // Token registries answer an authenticated request lacking permission with 401 insufficient_scope.
        const insufficient = parseChallenges(res.header('www-authenticate') ?? '').some((c) => c.params.error === 'insufficient_scope');
        if ((res.status === 403 || (res.status === 401 && insufficient && cred)) && scope) {
            code = 'REGISTRY_DENIED';
            hint = `${cred ? `the credentials from ${cred.source}` : 'anonymous access'} may not ${scope.actions.join(',')} ${scope.repository}; grant that permission (e.g. "packages: write" for ghcr.io)`;
        }
        else if (res.status === 401) {
            hint = cred
                ? `the registry refused the credentials from ${cred.source}; check the username and password for ${req.registry}`
                : `no credentials found for ${req.registry}; log in (docker login ${req.registry}) or pass username and password`;
        }
        return (0,errors/* toRegistryError */.pZ)({
            code,
            status: res.status,
            method: req.method,
            url,
            body,
            retryAfterMs: parseRetryAfter(res.header('retry-after'), this.retryDeps.now()),
            hint,
        });
    }
    /** Closes idle connections. */
    close() {
        this.http.close();
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/client.js






/** Talks the OCI distribution API to any registry: manifests, blobs, tags and referrers. */
class RegistryClient {
    transport;
    /** The caps this client enforces on what a registry makes it read. */
    limits;
    manifests;
    blobs;
    referrers;
    constructor(options = {}, deps = {}) {
        this.transport = deps.transport ?? new RegistryTransport(options, deps);
        this.limits = Object.freeze((0,limits/* toLimits */.OY)(options.limits));
        this.manifests = new ManifestClient(this.transport, this.limits);
        this.blobs = new BlobClient(this.transport, options.chunkSize ?? constants/* DEFAULT_CHUNK_BYTES */.wn);
        this.referrers = new ReferrersClient(this.transport, this.limits, this.manifests, {
            settleMs: options.referrersSettleMs ?? 100,
            maxRounds: options.referrersMaxAttempts ?? 10,
        });
    }
    /** HTTP requests sent so far (token requests included): what the benchmarks report. */
    get requestCount() {
        return this.transport.counters.requests;
    }
    /** Requests, connections opened, retries and token requests so far. */
    get counters() {
        return this.transport.counters;
    }
    /** Closes idle keep-alive connections. */
    close() {
        this.transport.close();
    }
    /** Fetches a manifest by tag or digest; the bytes must hash to the digest asked for (fail closed). */
    getManifest(ref, opts) {
        return this.manifests.getManifest(ref, opts);
    }
    /** The descriptor of a manifest (HEAD), or undefined when there is none. */
    headManifest(ref, opts) {
        return this.manifests.headManifest(ref, opts);
    }
    /** Stores a manifest at a tag or at its digest; `ifMatch` makes the write conditional on the ETag. */
    putManifest(ref, bytes, opts) {
        return this.manifests.putManifest(ref, bytes, opts);
    }
    /** Deletes a manifest by digest (registries delete by digest; a tag-only reference is refused). */
    deleteManifest(ref) {
        return this.manifests.deleteManifest(ref);
    }
    /** Every tag of a repository, following pagination. */
    listTags(repo) {
        return this.manifests.listTags(repo);
    }
    /** True when the repository has the blob. */
    blobExists(repo, digest) {
        return this.blobs.blobExists(repo, digest);
    }
    /** Mounts a blob from another repository of the same registry; false when the registry declined. */
    mountBlob(repo, digest, from) {
        return this.blobs.mountBlob(repo, digest, from);
    }
    /** Uploads a blob unless the repository has it (blobs.ts: one PUT, or chunks). */
    uploadBlob(repo, source, opts) {
        return this.blobs.uploadBlob(repo, source, opts);
    }
    /** Streams a blob that errors at its end unless the bytes hash to `digest` (and have `size`). */
    fetchBlob(repo, digest, opts) {
        return this.blobs.fetchBlob(repo, digest, opts);
    }
    /** Reads a small blob into memory, verified and capped (blobs.ts). */
    fetchBlobBytes(repo, digest, opts) {
        return this.blobs.fetchBlobBytes(repo, digest, opts);
    }
    /** Lists the referrers of `subject` (API, else fallback tag), filtered by `artifactType`. */
    listReferrers(subject, opts) {
        return this.referrers.listReferrers(subject, opts);
    }
    /** Pushes a referrer manifest by digest and lists it in the fallback index when the registry does not. */
    pushReferrer(repo, manifestBytes, opts) {
        return this.referrers.pushReferrer(repo, manifestBytes, opts);
    }
    /** Records `descriptor` as a referrer of `subject` in the fallback tag index, race-safe. */
    addReferrer(subject, descriptor, opts) {
        return this.referrers.addReferrer(subject, descriptor, opts);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/registry/index.js
// The public face of src/registry: the only way Signet talks to registries.















/***/ }),

/***/ 59014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ KeyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15489);
// Errors of cosign key handling. Messages are one line, name the key ref as the user typed it, say what
// is wrong and how to fix it, and never contain a password or a token.

/** A failure loading, decrypting, generating or using a cosign key. */
class KeyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 29734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TS: () => (/* binding */ encodePem),
/* harmony export */   vj: () => (/* binding */ decodePemBlocks),
/* harmony export */   xr: () => (/* binding */ decodePem)
/* harmony export */ });
/* harmony import */ var _keys_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59014);
// Signet's one PEM codec, as Go's encoding/pem writes it (cosign's key files and certificates come from
// Go): a BEGIN line, standard padded base64 in 64-character lines, an END line, a final newline.
// decodePem reads the first block strictly, like Go's pem.Decode (CRLF and surrounding text tolerated,
// headers and broken base64 not: key files); decodePemBlocks reads every block of one type (the
// certificate chains in cosign's annotations and trust material).

const BEGIN = /-----BEGIN ([^\r\n-]+(?:-[^\r\n-]+)*)-----/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Encodes `bytes` as a PEM block of `type`, byte for byte as Go's pem.EncodeToMemory does. */
function encodePem(type, bytes) {
    const b64 = Buffer.from(bytes).toString('base64');
    const lines = [];
    for (let i = 0; i < b64.length; i += 64)
        lines.push(b64.slice(i, i + 64));
    return `-----BEGIN ${type}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${type}-----\n`;
}
/**
 * Decodes the first PEM block in `text`. `source` names where the text came from (the key ref as typed)
 * for the error message.
 */
function decodePem(text, source) {
    const begin = BEGIN.exec(text);
    if (!begin) {
        const what = text.trim() === '' ? 'is empty' : 'holds no PEM block (no "-----BEGIN …-----" line)';
        throw new _keys_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyError */ .e('KEY_INVALID_PEM', `${source} ${what}: expected a cosign key file`);
    }
    const type = begin[1];
    const endLine = `-----END ${type}-----`;
    const bodyStart = begin.index + begin[0].length;
    const end = text.indexOf(endLine, bodyStart);
    if (end < 0) {
        throw new _keys_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyError */ .e('KEY_INVALID_PEM', `${source}: PEM block "${type}" has no "${endLine}" line: the file is truncated`);
    }
    const body = text.slice(bodyStart, end);
    if (body.includes(':')) {
        throw new _keys_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyError */ .e('KEY_INVALID_PEM', `${source}: PEM block "${type}" has headers; cosign key files have none`);
    }
    const b64 = body.replace(/\s+/g, '');
    if (!BASE64.test(b64) || b64.length % 4 !== 0) {
        throw new _keys_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyError */ .e('KEY_INVALID_PEM', `${source}: PEM block "${type}" is not valid base64: the file is damaged`);
    }
    return { type, bytes: Buffer.from(b64, 'base64') };
}
/** The DER bytes of every PEM block of `type` in `text` (concatenated chains), in order. */
function decodePemBlocks(text, type) {
    const re = new RegExp(`-----BEGIN ${type}-----([\\s\\S]*?)-----END ${type}-----`, 'g');
    return [...text.matchAll(re)].map((m) => Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64'));
}


/***/ }),

/***/ 97139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SH: () => (/* binding */ anchorPattern),
/* harmony export */   dI: () => (/* binding */ checkIdentityPattern)
/* harmony export */ });
/* unused harmony export attackerProbes */
// The one rule for identity and issuer regular expressions, shared by `verify`, `verify-attestation`,
// `verify-blob`, pre-flight policies and the admission generators (`signet policy`):
//
// 1. Anchored as a whole. Every pattern is used and emitted as `^(?:…)$`. cosign, Kyverno and
//    policy-controller match regexps unanchored (Go `regexp.MatchString`), so `^A|B$` written by a user
//    is `(^A)|(B$)` there: a prefix match on A. Wrapping the whole makes both branches whole matches.
// 2. No inline flags. `(?i)` / `(?i:…)` make the match case-insensitive in RE2 (and in JS since ES2025):
//    `Release.yml` is another file than `release.yml`. Identities are compared case-sensitively.
// 3. Not broad. The pattern is probed with attacker-shaped identities derived from its own literal
//    prefixes and suffixes: the pattern's fixed start followed by an attacker's repository, workflow,
//    host or e-mail domain (`https://github.com/acme/` + `attacker/evil/.github/workflows/evil.yml@…`),
//    an attacker's start before its fixed end (`attacker` + `@acme.com`), and identities no one
//    legitimate shares (`https://attacker.example/…`, the empty string). Any match refuses the pattern
//    unless `--allow-any-identity`. For a URI subject, what follows the workflow's `@` is the git ref:
//    a pattern that fixes everything up to that `@` pins the workflow, and may leave the ref open
//    (`…/release.yml@refs/tags/v.+`). The probe is a heuristic over the pattern's structure, not a
//    proof: it catches the broad patterns people write (`.+`, `https://.*`, a host, an organisation,
//    a repository where a workflow was expected, a shared prefix such as `acme/app.*`).
//
// Written by hand: the literal prefixes and suffixes need a small regexp reader (groups, classes,
// quantifiers), which no maintained library exposes for JavaScript syntax.
/** `^(?:re)$`, unless `re` is already wrapped that way as a whole. */
function anchorPattern(re) {
    if (re.startsWith('^(?:') && re.endsWith(')$') && closingParen(re, 1) === re.length - 2)
        return re;
    return `^(?:${re})$`;
}
/** The index of the `)` closing the group opened at `open`, skipping escapes and classes. */
function closingParen(s, open) {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
        const c = s[i];
        if (c === '\\')
            i++;
        else if (c === '[')
            i = classEnd(s, i);
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i;
    }
    return -1;
}
/** The index of the `]` closing the class opened at `open` (or the end of the string). */
function classEnd(s, open) {
    let i = open + 1;
    if (s[i] === '^')
        i++;
    if (s[i] === ']')
        i++;
    for (; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === ']')
            return i;
    }
    return s.length;
}
const ESCAPE_CLASSES = new Set([...'dDwWsSbBpPkcxu0123456789']);
const INLINE_FLAGS = /\(\?[a-zA-Z-]+[:)]/;
/** Reads a pattern into branches of atoms (only what literal prefixes and suffixes need). */
function parse(s) {
    let i = 0;
    const alternatives = () => {
        const alts = [[]];
        while (i < s.length && s[i] !== ')') {
            const c = s[i];
            if (c === '|') {
                alts.push([]);
                i++;
                continue;
            }
            let atom;
            if (c === '\\') {
                const e = s[i + 1] ?? '';
                atom = ESCAPE_CLASSES.has(e) ? { kind: 'other' } : { kind: 'lit', ch: e, once: true };
                i += 2;
            }
            else if (c === '[') {
                i = classEnd(s, i) + 1;
                atom = { kind: 'other' };
            }
            else if (c === '(') {
                const lookaround = /^\(\?<?[=!]/.test(s.slice(i, i + 4));
                const header = /^\(\?(?::|P?<[A-Za-z_][A-Za-z0-9_]*>)/.exec(s.slice(i))?.[0] ?? '(';
                i += header.length;
                const alts = alternatives();
                i++; // the `)`
                atom = lookaround ? { kind: 'other' } : { kind: 'group', alts, once: true };
            }
            else if (c === '^' || c === '$') {
                atom = { kind: c === '^' ? 'start' : 'end' };
                i++;
            }
            else if (c === '.') {
                atom = { kind: 'other' };
                i++;
            }
            else {
                atom = { kind: 'lit', ch: c, once: true };
                i++;
            }
            // A quantifier makes the atom optional or repeated: no longer a fixed part of every match.
            const q = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(s.slice(i))?.[0];
            if (q) {
                i += q.length;
                if (!/^\{1(?:,1)?\}\??$/.test(q) && (atom.kind === 'lit' || atom.kind === 'group'))
                    atom.once = false;
            }
            alts[alts.length - 1].push(atom);
        }
        return alts;
    };
    return alternatives();
}
const MAX_VALUES = 16;
/**
 * A branch as its fixed literal runs and the holes between them: `a(b|c)d.+e` is
 * `[["abd","acd"], ["e"]]`, one hole. Whatever the regexp leaves open (classes, `.`, quantified
 * atoms, groups that are not plain alternatives of literals) is a hole.
 */
function toTemplate(branch) {
    const segments = [['']];
    const current = () => segments[segments.length - 1];
    const hole = () => segments.push(['']);
    const append = (values) => {
        const next = current().flatMap((v) => values.map((w) => v + w));
        segments[segments.length - 1] = next.slice(0, MAX_VALUES);
    };
    for (const atom of branch) {
        if (atom.kind === 'start' || atom.kind === 'end')
            continue;
        if (atom.kind === 'lit' && atom.once)
            append([atom.ch]);
        else if (atom.kind === 'group' && atom.once) {
            const inner = atom.alts.map(toTemplate);
            append(inner.flatMap((t) => t[0]));
            if (!inner.every((t) => t.length === 1))
                hole();
        }
        else
            hole();
    }
    return segments;
}
/** What an attacker puts into a hole of a pattern. */
const ATTACKER_MIDDLES = [
    'attacker',
    '/attacker',
    'attacker/evil/.github/workflows/evil.yml',
    '/attacker/evil/.github/workflows/evil.yml',
    '-evil/.github/workflows/evil.yml',
    'evil/.github/workflows/evil.yml',
    'evil.yml',
    '.attacker.example',
    '.attacker.example/attacker/evil/.github/workflows/evil.yml',
    'attacker.example/attacker',
    'x@attacker.example',
];
/** What the attacker appends when the hole ends the pattern. */
const ATTACKER_TAILS = ['', '@refs/heads/main', '/.github/workflows/evil.yml@refs/heads/main'];
/** What the attacker puts first when the hole starts the pattern. */
const ATTACKER_HEADS = ['', 'https://attacker.example/', 'https://github.com/attacker/evil', 'mallory'];
/** What fills the other holes (something that satisfies the usual classes). */
const FILLERS = ['1', 'x', 'v1', 'main', 'a/b'];
/** Identities no legitimate signer shares with anyone. */
const ANYONE = [
    '',
    'x',
    'https://attacker.example',
    'https://attacker.example/attacker/evil/.github/workflows/evil.yml@refs/heads/main',
    'https://github.com/attacker/evil/.github/workflows/evil.yml@refs/heads/main',
    'https://gitlab.com/attacker/evil//.gitlab-ci.yml@refs/heads/main',
    'mallory@attacker.example',
];
/** A URI whose fixed start reaches the `@` after the path: the workflow is fixed, the ref may vary. */
const PINS_WORKFLOW = /^[a-z][a-z0-9+.-]*:\/\/[^/@]+\/[^@]*@/i;
/** The attacker-shaped identities to probe a pattern with. */
function attackerProbes(source, field) {
    const probes = new Set(ANYONE);
    for (const template of parse(source).map(toTemplate)) {
        const holes = template.length - 1;
        for (let k = 0; k < holes; k++) {
            for (const filler of FILLERS) {
                // The fixed runs before the attacker's hole in every combination; after it, the first.
                let before = [''];
                for (let i = 0; i <= k; i++) {
                    const sep = i < k ? filler : '';
                    before = before.flatMap((b) => template[i].map((v) => b + v + sep));
                    before = before.slice(0, MAX_VALUES);
                }
                let after = '';
                for (let i = k + 1; i <= holes; i++)
                    after += (template[i][0] ?? '') + (i < holes ? filler : '');
                const tails = after === '' ? ATTACKER_TAILS : [''];
                for (const b of before) {
                    if (field === 'subject' && PINS_WORKFLOW.test(b))
                        continue;
                    const heads = b === '' ? ATTACKER_HEADS : [''];
                    for (const h of heads)
                        for (const m of ATTACKER_MIDDLES)
                            for (const t of tails)
                                probes.add(b + h + m + after + t);
                }
            }
        }
    }
    return [...probes];
}
/**
 * Checks an identity or issuer pattern against the rule above; `allowBroad` (`--allow-any-identity`)
 * lifts rule 3 only. Returns the anchored pattern and its compiled form, or why it is refused.
 */
function checkIdentityPattern(source, field, allowBroad = false) {
    if (INLINE_FLAGS.test(source)) {
        return {
            ok: false,
            problem: 'inline-flags',
            reason: 'has inline flags such as (?i): identities are case-sensitive, write the exact case',
        };
    }
    const anchored = anchorPattern(source);
    let regexp;
    try {
        regexp = new RegExp(anchored, 'u');
    }
    catch (err) {
        return {
            ok: false,
            problem: 'invalid',
            reason: `is not a valid regular expression: ${err.message}`,
        };
    }
    if (!allowBroad) {
        const example = attackerProbes(source, field).find((p) => regexp.test(p));
        if (example !== undefined) {
            const fix = field === 'issuer'
                ? 'pin the issuer URL'
                : source.includes('://')
                    ? 'pin the repository and workflow file (e.g. ^https://github\\.com/ORG/REPO/\\.github/workflows/FILE\\.yml@refs/heads/main$)'
                    : 'pin the whole e-mail address or URI';
            return {
                ok: false,
                problem: 'broad',
                reason: `is too broad: it also matches ${JSON.stringify(example)}; ${fix}`,
                example,
            };
        }
    }
    return { ok: true, anchored, regexp };
}


/***/ })

};
