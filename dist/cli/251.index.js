export const id = 251;
export const ids = [251];
export const modules = {

/***/ 12933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ BuildError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of the build stage. Registry failures stay RegistryErrors; everything the stage decides, or a
// builder process failing, is a BuildError.

/** A build stage failure; `code` says which step. */
class BuildError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 14363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mI: () => (/* reexport */ BUILDER_KINDS),
  _w: () => (/* reexport */ buildImage),
  xK: () => (/* reexport */ buildWithoutPush)
});

// UNUSED EXPORTS: BuildError, formatPlatform, isAttestationManifest, parsePlatform

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/registry/index.ts + 14 modules
var registry = __webpack_require__(12133);
// EXTERNAL MODULE: ./src/build/errors.ts
var errors = __webpack_require__(12933);
// EXTERNAL MODULE: ./src/build/constants.ts
var constants = __webpack_require__(85065);
;// CONCATENATED MODULE: ./src/build/secrets.ts
// Build secrets reach buildx and buildah as `--secret id=…,env=VAR` with the value in the child's
// environment, or as `id=…,src=path`: a secret value is never an argv element (argv is world-readable
// in /proc). Both tools split the spec as CSV (encoding/csv), so fields are quoted when they need it.


const SECRET_ID_RE = /^[A-Za-z0-9_.-]+$/;
/** Quotes one CSV field the way Go's encoding/csv reads it back. */
function toCsvField(field) {
    return /[",\r\n]/.test(field) || field.startsWith(' ') ? `"${field.replaceAll('"', '""')}"` : field;
}
/** The `--secret` specs and the environment variables carrying the values, in input order. */
function buildSecretArgs(secrets) {
    const specs = [];
    const env = {};
    const seen = new Set();
    secrets.forEach((s, i) => {
        if (!SECRET_ID_RE.test(s.id)) {
            throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', `secrets: id "${s.id}" must be letters, digits, ".", "_" or "-"`);
        }
        if (seen.has(s.id))
            throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', `secrets: id "${s.id}" is given twice`);
        seen.add(s.id);
        if ('value' in s) {
            const name = `${constants/* SECRET_ENV_PREFIX */.Ao}${i}`;
            env[name] = s.value;
            specs.push(`id=${s.id},env=${name}`);
        }
        else {
            specs.push(`id=${s.id},${toCsvField(`src=${s.src}`)}`);
        }
    });
    return { specs, env };
}

// EXTERNAL MODULE: ./src/build/platform.ts
var platform = __webpack_require__(42161);
;// CONCATENATED MODULE: ./src/build/validate.ts
// Checks shared by every builder, made before any process starts.


const KEY_RE = /^[^=\s]+$/;
/** Throws BUILD_INVALID_INPUT for inputs no builder can use; the message names the input. */
function checkCommonInput(input, opts = {}) {
    if (input.tags.length === 0) {
        throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', 'tags: at least one image name is needed to push to');
    }
    if (!input.push && !opts.buildOnly) {
        throw new errors/* BuildError */.z('BUILD_NO_DIGEST', 'push is disabled, so the build would leave no digest in a registry to sign; set push: true, or use builder: none with the digest of an image pushed elsewhere');
    }
    if (input.builder !== 'none') {
        if (input.context === '' || input.context === '-') {
            throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', `context: expected a folder or a Git/HTTP URL, got "${input.context}"`);
        }
    }
    for (const [name, list] of [
        ['build-args', input.buildArgs],
        ['labels', input.labels],
    ]) {
        for (const { key } of list) {
            if (!KEY_RE.test(key)) {
                throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', `${name}: "${key}" is not a valid KEY (in KEY=VALUE)`);
            }
        }
    }
    for (const p of input.platforms)
        (0,platform/* parsePlatform */.F)(p);
}
/** True when a `provenance`/`sbom` value asks for an attestation (anything but absent or `false`). */
function isAttestationRequested(value) {
    if (value === undefined)
        return false;
    const v = value.trim().toLowerCase();
    return v !== 'false' && v !== '0' && v !== 'disabled=true';
}

;// CONCATENATED MODULE: ./src/build/buildah-args.ts
// The argv of the `buildah` builder: `buildah bud` into local storage, then `buildah push
// --digestfile` of each tag (`buildah manifest push --all` for a multi-platform list). buildah has no
// BuildKit attestations, so `provenance`/`sbom` are refused rather than dropped.




/** Refuses inputs the `buildah` builder cannot honour. */
function checkBuildahInput(input) {
    checkCommonInput(input, { buildOnly: !input.push });
    const refuse = (name, why) => {
        throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', `${name}: not supported by builder: buildah (${why})`);
    };
    if (isAttestationRequested(input.provenance))
        refuse('provenance', 'no BuildKit attestations; use builder: buildx');
    if (isAttestationRequested(input.sbom))
        refuse('sbom', 'no BuildKit attestations; use builder: buildx');
    if (input.cacheFrom.length > 1)
        refuse('cache-from', 'one cache repository only');
    if (input.cacheTo.length > 1)
        refuse('cache-to', 'one cache repository only');
    if (input.buildxBuilder)
        refuse('builder', 'a buildx builder instance needs builder: buildx');
}
/** True when the images go into a manifest list (more than one platform). */
function isBuildahManifestBuild(input) {
    return input.platforms.length > 1;
}
/** `bud … -- <context>` (after the `buildah` program) and the secret environment. */
function buildBuildahBudArgs(input, opts) {
    checkBuildahInput(input);
    const argv = ['bud'];
    for (const a of input.annotations)
        argv.push(`--annotation=${a}`);
    for (const { key, value } of input.buildArgs)
        argv.push(`--build-arg=${key}=${value}`);
    for (const c of input.cacheFrom)
        argv.push(`--cache-from=${c}`);
    for (const c of input.cacheTo)
        argv.push(`--cache-to=${c}`);
    if (input.file)
        argv.push(`--file=${input.file}`);
    for (const { key, value } of input.labels)
        argv.push(`--label=${key}=${value}`);
    if (input.platforms.length > 0)
        argv.push(`--platform=${input.platforms.join(',')}`);
    const secrets = buildSecretArgs(input.secrets);
    for (const s of secrets.specs)
        argv.push(`--secret=${s}`);
    if (isBuildahManifestBuild(input)) {
        // One local manifest list holds every platform's image; it is pushed whole to each tag.
        argv.push(`--manifest=${(0,registry/* formatReference */.Y4)(input.tags[0])}`);
    }
    else {
        for (const t of input.tags)
            argv.push(`--tag=${(0,registry/* formatReference */.Y4)(t)}`);
    }
    if (input.target)
        argv.push(`--target=${input.target}`);
    if (!opts.tlsVerify)
        argv.push('--tls-verify=false');
    // An iidfile holds one image ID; a manifest build makes one per platform.
    if (!isBuildahManifestBuild(input))
        argv.push(`--iidfile=${opts.iidFile}`);
    argv.push('--', input.context);
    return { argv, env: secrets.env };
}
/** `push` (or `manifest push --all`) of the local image to `docker://<tag>`, writing the digest file. */
function buildBuildahPushArgs(input, tag, opts) {
    const manifest = isBuildahManifestBuild(input);
    const argv = manifest ? ['manifest', 'push', '--all'] : ['push'];
    argv.push(`--digestfile=${opts.digestFile}`);
    if (opts.authFile)
        argv.push(`--authfile=${opts.authFile}`);
    if (!opts.tlsVerify)
        argv.push('--tls-verify=false');
    const local = (0,registry/* formatReference */.Y4)(manifest ? input.tags[0] : tag);
    argv.push('--', local, `docker://${(0,registry/* formatReference */.Y4)(tag)}`);
    return argv;
}
/**
 * buildah, like podman, reads registry credentials from REGISTRY_AUTH_FILE or its own auth.json, not
 * from DOCKER_CONFIG: point it at the docker config when only that is set.
 */
function toBuildahAuthFile(env) {
    if (env.REGISTRY_AUTH_FILE)
        return undefined;
    return env.DOCKER_CONFIG ? `${env.DOCKER_CONFIG.replace(/\/+$/, '')}/config.json` : undefined;
}
/** Reads the digest buildah wrote with `--digestfile` (one `sha256:<hex>`, maybe with a newline). */
function parseBuildahDigestFile(text) {
    const d = text.trim();
    if (!/^sha256:[0-9a-f]{64}$/.test(d)) {
        throw new errors/* BuildError */.z('BUILD_INVALID_OUTPUT', `buildah digest file: expected sha256:<64 hex>, got ${JSON.stringify(d.slice(0, 80))}`);
    }
    return d;
}

;// CONCATENATED MODULE: ./src/build/buildx-args.ts
// The argv of `docker buildx build --push`, built like docker/build-push-action's `getArgs`
// (src/context.ts) from the same inputs. Every value is its own `--flag=value` element and the context
// comes after `--`, so no input is ever read as another flag or by a shell.



/**
 * Builds `buildx build … --metadata-file=<metadataFile> --push -- <context>`; with `push: false` (a
 * build-only run) without `--push`, so the result stays in the builder.
 */
function buildBuildxArgs(input, metadataFile) {
    checkCommonInput(input, { buildOnly: !input.push });
    const argv = ['buildx', 'build'];
    if (input.buildxBuilder)
        argv.push(`--builder=${input.buildxBuilder}`);
    for (const a of input.annotations)
        argv.push(`--annotation=${a}`);
    for (const { key, value } of input.buildArgs)
        argv.push(`--build-arg=${key}=${value}`);
    for (const c of input.cacheFrom)
        argv.push(`--cache-from=${c}`);
    for (const c of input.cacheTo)
        argv.push(`--cache-to=${c}`);
    if (input.file)
        argv.push(`--file=${input.file}`);
    for (const { key, value } of input.labels)
        argv.push(`--label=${key}=${value}`);
    if (input.platforms.length > 0)
        argv.push(`--platform=${input.platforms.join(',')}`);
    if (input.provenance !== undefined)
        argv.push(`--provenance=${input.provenance}`);
    if (input.sbom !== undefined)
        argv.push(`--sbom=${input.sbom}`);
    const secrets = buildSecretArgs(input.secrets);
    for (const s of secrets.specs)
        argv.push(`--secret=${s}`);
    for (const t of input.tags)
        argv.push(`--tag=${(0,registry/* formatReference */.Y4)(t)}`);
    if (input.target)
        argv.push(`--target=${input.target}`);
    argv.push(`--metadata-file=${metadataFile}`, ...(input.push ? ['--push'] : []), '--', input.context);
    return { argv, env: secrets.env };
}

;// CONCATENATED MODULE: ./src/build/buildx-metadata.ts
// Reads the file `docker buildx build --metadata-file` writes: a JSON object of exporter responses
// (BuildKit `exptypes`) plus buildx's own keys. The pushed digest is `containerimage.digest`; when it
// is missing the other keys tell why, and the error says so.



function optionalDigest(v, key) {
    if (v === undefined || v === '')
        return undefined;
    if (typeof v !== 'string') {
        throw new errors/* BuildError */.z('BUILD_INVALID_OUTPUT', `buildx metadata: ${key} is not a string`);
    }
    try {
        return (0,registry/* parseDigest */.m)(v);
    }
    catch (err) {
        throw new errors/* BuildError */.z('BUILD_INVALID_OUTPUT', `buildx metadata: ${key}: ${err.message}`, {
            cause: err,
        });
    }
}
function warningLine(w) {
    if (typeof w !== 'object' || w === null)
        return String(w);
    const o = w;
    const detail = Array.isArray(o.detail)
        ? o.detail.map((d) => (typeof d === 'string' ? Buffer.from(d, 'base64').toString('utf8') : '')).join(' ')
        : '';
    const short = typeof o.short === 'string' ? Buffer.from(o.short, 'base64').toString('utf8') : '';
    return [short, detail].filter(Boolean).join(': ') || JSON.stringify(o);
}
/** Parses the metadata file's text; throws BUILD_INVALID_OUTPUT when it is not the expected object. */
function parseBuildxMetadata(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* BuildError */.z('BUILD_INVALID_OUTPUT', 'buildx metadata: not valid JSON', { cause: err });
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new errors/* BuildError */.z('BUILD_INVALID_OUTPUT', 'buildx metadata: expected a JSON object');
    }
    const o = doc;
    const names = typeof o[constants/* BUILDX_IMAGE_NAME_KEY */.ZX] === 'string' ? o[constants/* BUILDX_IMAGE_NAME_KEY */.ZX] : '';
    const d = o[constants/* BUILDX_DESCRIPTOR_KEY */.j_];
    let descriptor;
    if (typeof d === 'object' && d !== null) {
        const dd = d;
        const digest = optionalDigest(dd.digest, `${constants/* BUILDX_DESCRIPTOR_KEY */.j_}.digest`);
        if (digest && typeof dd.mediaType === 'string' && typeof dd.size === 'number') {
            descriptor = { ...dd, digest };
        }
    }
    const warnings = Array.isArray(o[constants/* BUILDX_WARNINGS_KEY */.hj])
        ? o[constants/* BUILDX_WARNINGS_KEY */.hj].map(warningLine)
        : [];
    const result = {
        imageNames: names
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        warnings,
    };
    const digest = optionalDigest(o[constants/* BUILDX_DIGEST_KEY */.WR], constants/* BUILDX_DIGEST_KEY */.WR);
    if (digest)
        result.digest = digest;
    if (descriptor)
        result.descriptor = descriptor;
    const config = optionalDigest(o[constants/* BUILDX_CONFIG_DIGEST_KEY */.Ze], constants/* BUILDX_CONFIG_DIGEST_KEY */.Ze);
    if (config)
        result.configDigest = config;
    if (typeof o[constants/* BUILDX_REF_KEY */.TA] === 'string')
        result.buildRef = o[constants/* BUILDX_REF_KEY */.TA];
    return result;
}
/**
 * The pushed digest, or a BUILD_NO_DIGEST error saying why there is none: the exporter wrote an image
 * only into the engine (`load`, the docker driver without push), or nothing at all (a cache-only
 * builder, `--output type=cacheonly`).
 */
function toPushedDigest(meta) {
    if (meta.digest && meta.digest === meta.configDigest) {
        // The docker driver reports the image ID (the config digest) as containerimage.digest when it
        // only loaded the image into the engine.
        throw new errors/* BuildError */.z('BUILD_NO_DIGEST', `buildx reported the image config ${meta.digest} as its digest: the image was loaded into the engine, not pushed; keep push: true and do not set load`);
    }
    if (meta.digest)
        return meta.digest;
    if (meta.configDigest) {
        throw new errors/* BuildError */.z('BUILD_NO_DIGEST', `buildx built image config ${meta.configDigest} but reported no pushed digest (containerimage.digest): the image was loaded or exported, not pushed; keep push: true and do not set load or outputs`);
    }
    throw new errors/* BuildError */.z('BUILD_NO_DIGEST', `buildx exported no image${meta.buildRef ? ` (build ${meta.buildRef})` : ''}: the builder ran cache-only (no --push or --output reached it); check that the builder supports push and that push: true`);
}

;// CONCATENATED MODULE: ./src/build/docker-args.ts
// The argv of the `docker` builder: `docker build` (whichever builder the engine and CLI pick; the
// classic one with DOCKER_BUILDKIT=0) into the local engine, then `docker push` of each tag. The
// classic build has no secrets, annotations, attestations or cache export, so those inputs are refused
// rather than silently dropped.



function unsupported(name, why) {
    return new errors/* BuildError */.z('BUILD_INVALID_INPUT', `${name}: not supported by builder: docker (${why}); use builder: buildx`);
}
/** Refuses inputs the `docker` builder cannot honour; the message names the input and the fix. */
function checkDockerInput(input) {
    checkCommonInput(input, { buildOnly: !input.push });
    if (input.platforms.length > 1)
        unsupportedThrow('platforms', 'one platform per engine image');
    if (input.annotations.length > 0)
        unsupportedThrow('annotations', 'docker push writes no annotations');
    if (input.secrets.length > 0)
        unsupportedThrow('secrets', 'the classic builder has no build secrets');
    if (input.cacheTo.length > 0)
        unsupportedThrow('cache-to', 'the classic builder exports no cache');
    if (isAttestationRequested(input.provenance))
        unsupportedThrow('provenance', 'no BuildKit attestations');
    if (isAttestationRequested(input.sbom))
        unsupportedThrow('sbom', 'no BuildKit attestations');
    if (input.buildxBuilder)
        unsupportedThrow('builder', 'a buildx builder instance needs builder: buildx');
}
function unsupportedThrow(name, why) {
    throw unsupported(name, why);
}
/** `build --file=… --tag=… … --iidfile=<iidFile> -- <context>` (after the `docker` program). */
function buildDockerBuildArgs(input, iidFile) {
    checkDockerInput(input);
    const argv = ['build'];
    for (const { key, value } of input.buildArgs)
        argv.push(`--build-arg=${key}=${value}`);
    for (const c of input.cacheFrom)
        argv.push(`--cache-from=${c}`);
    if (input.file)
        argv.push(`--file=${input.file}`);
    for (const { key, value } of input.labels)
        argv.push(`--label=${key}=${value}`);
    if (input.platforms[0])
        argv.push(`--platform=${input.platforms[0]}`);
    for (const t of input.tags)
        argv.push(`--tag=${(0,registry/* formatReference */.Y4)(t)}`);
    if (input.target)
        argv.push(`--target=${input.target}`);
    argv.push(`--iidfile=${iidFile}`, '--', input.context);
    return argv;
}
/** `push <name>` (after the `docker` program). */
function buildDockerPushArgs(name) {
    return ['push', name];
}
/**
 * Reads the digest from `docker push` output: the last line `<tag>: digest: sha256:… size: N`
 * (docker/cli `jsonmessage` of the engine's push aux). Throws BUILD_INVALID_OUTPUT when absent.
 */
function parseDockerPushOutput(stdout, name) {
    const re = /(?:^|\n)[^\n]*?digest: (sha256:[0-9a-f]{64}) size: (\d+)/g;
    let last = null;
    for (let m = re.exec(stdout); m; m = re.exec(stdout))
        last = m;
    if (!last) {
        throw new errors/* BuildError */.z('BUILD_INVALID_OUTPUT', `docker push ${name}: expected a "digest: sha256:… size: N" line in its output, found none`);
    }
    return { digest: last[1], size: Number(last[2]) };
}

// EXTERNAL MODULE: ./src/build/pushed-image.ts
var pushed_image = __webpack_require__(78643);
;// CONCATENATED MODULE: ./src/build/build-image.ts
// The build stage: build and push with the chosen builder (or take a digest another step pushed), then
// read back from the registry what the digest holds. Processes run only through exec.ts, from argv
// arrays; output files are read through `deps.readFile`, which src/ci provides.
//
// Outline: (1) check the inputs for the builder before anything runs; (2) run the builder; (3) take the
// pushed digest from its own report (metadata file, push output, digest file), failing with the reason
// when there is none; (4) describe what is at the digest (platform and attestation manifests).











const INSTALL_HINT = {
    docker: 'install the Docker CLI (Debian: apt-get install docker.io)',
    buildx: 'install the buildx plugin (docker/setup-buildx-action, or go install github.com/docker/buildx/cmd/buildx and link it as cli-plugins/docker-buildx in DOCKER_CONFIG)',
    buildah: 'install buildah (Debian: apt-get install buildah)',
};
function tail(text, secrets, lines = 25) {
    let t = text.trimEnd().split('\n').slice(-lines).join('\n');
    for (const s of secrets)
        if (s)
            t = t.replaceAll(s, '***');
    return t;
}
/** Runs one builder process; maps a missing program and a non-zero exit to BuildErrors. */
async function runTool(deps, tool, argv, opts) {
    const secrets = Object.values(opts.env ?? {});
    let res;
    try {
        res = await deps.exec(argv, { env: { ...deps.env, ...opts.env }, timeoutMs: opts.timeoutMs });
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            throw new errors/* BuildError */.z('BUILD_TOOL_MISSING', `${argv[0]} not found on PATH: ${INSTALL_HINT[tool]}`, {
                cause: err,
            });
        }
        throw new errors/* BuildError */.z('BUILD_FAILED', `${opts.what}: could not start ${argv[0]}`, { cause: err });
    }
    if (res.code !== 0) {
        const out = `${res.stderr}\n${res.stdout}`;
        if (tool === 'buildx' && isMissingBuildxPlugin(out)) {
            throw new errors/* BuildError */.z('BUILD_TOOL_MISSING', `docker buildx is not available: ${INSTALL_HINT.buildx}`);
        }
        throw new errors/* BuildError */.z('BUILD_FAILED', `${opts.what} failed (exit ${res.code}):\n${tail(res.stderr || res.stdout, secrets)}`);
    }
    return res;
}
/** The version `docker buildx version` prints (`github.com/docker/buildx v0.38.2 <commit>`). */
function parseBuildxVersion(stdout) {
    return /github\.com\/docker\/buildx\s+(\S+)/.exec(stdout)?.[1];
}
/** True when docker's output says the buildx plugin is not installed. */
function isMissingBuildxPlugin(output) {
    return /'buildx' is not a docker command|unknown command: docker buildx|unknown command "buildx"/.test(output);
}
async function readText(deps, path, what) {
    try {
        return Buffer.from(await deps.readFile(path)).toString('utf8');
    }
    catch (err) {
        throw new errors/* BuildError */.z('BUILD_INVALID_OUTPUT', `${what}: could not read ${path}`, { cause: err });
    }
}
const BUILDKIT_HOST_RE = /^(?:tcp:\/\/[A-Za-z0-9.-]+:[0-9]{1,5}|unix:\/\/\/[^\s]+)$/;
/** The name of the buildx builder Signet registers for a BuildKit endpoint (stable, so reruns reuse it). */
function toRemoteBuilderName(endpoint) {
    return `signet-remote-${(0,external_node_crypto_.createHash)('sha256').update(endpoint).digest('hex').slice(0, 12)}`;
}
/**
 * With `buildkitHost` and no builder instance named: registers the daemon with buildx as a `remote`
 * driver builder (once: an existing instance of the same name is reused) and builds on it.
 */
async function withRemoteBuilder(input, deps) {
    const endpoint = input.buildkitHost;
    if (!endpoint || input.buildxBuilder)
        return input;
    if (!BUILDKIT_HOST_RE.test(endpoint)) {
        throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', `buildkit-host ${JSON.stringify(endpoint)} is not a BuildKit address: use tcp://HOST:PORT or unix:///PATH`);
    }
    const name = toRemoteBuilderName(endpoint);
    const known = await deps
        .exec(['docker', 'buildx', 'inspect', name], { env: { ...deps.env }, timeoutMs: 30_000 })
        .then((r) => r.code === 0)
        .catch(() => false);
    if (!known) {
        await runTool(deps, 'buildx', ['docker', 'buildx', 'create', '--name', name, '--driver', 'remote', endpoint], {
            timeoutMs: 60_000,
            what: `docker buildx create --driver remote ${endpoint}`,
        });
    }
    return { ...input, buildxBuilder: name };
}
async function pushWithBuildx(given, deps, timeoutMs) {
    const input = await withRemoteBuilder(given, deps);
    const metadataFile = (0,external_node_path_.join)(input.workDir, 'buildx-metadata.json');
    const { argv, env } = buildBuildxArgs(input, metadataFile);
    // Without the plugin, docker reports an unknown flag or command with exit 125; ask buildx itself
    // first so the error can name the install.
    const probe = await runTool(deps, 'buildx', ['docker', 'buildx', 'version'], {
        timeoutMs: 30_000,
        what: 'docker buildx version',
    }).catch((err) => {
        if (err instanceof errors/* BuildError */.z && err.code === 'BUILD_FAILED') {
            throw new errors/* BuildError */.z('BUILD_TOOL_MISSING', `docker buildx is not available: ${INSTALL_HINT.buildx}`, {
                cause: err,
            });
        }
        throw err;
    });
    const version = parseBuildxVersion(probe.stdout);
    await runTool(deps, 'buildx', ['docker', ...argv], { env, timeoutMs, what: 'docker buildx build' });
    const meta = parseBuildxMetadata(await readText(deps, metadataFile, 'buildx metadata file'));
    return { digest: toPushedDigest(meta), warnings: meta.warnings, toolVersion: version };
}
async function pushWithDocker(input, deps, timeoutMs) {
    const argv = buildDockerBuildArgs(input, (0,external_node_path_.join)(input.workDir, 'docker-iid'));
    await runTool(deps, 'docker', ['docker', ...argv], { timeoutMs, what: 'docker build' });
    const warnings = [];
    let first;
    for (const tag of input.tags) {
        const name = (0,registry/* formatReference */.Y4)(tag);
        const res = await runTool(deps, 'docker', ['docker', ...buildDockerPushArgs(name)], {
            timeoutMs,
            what: `docker push ${name}`,
        });
        const digest = (0,registry/* parseDigest */.m)(parseDockerPushOutput(res.stdout, name).digest);
        if (!first)
            first = digest;
        else if (digest !== first)
            warnings.push(`${name} was pushed as ${digest}, not ${first}; signing ${first}`);
    }
    return { digest: first, warnings };
}
async function pushWithBuildah(input, deps, timeoutMs) {
    const insecure = new Set(input.insecureRegistries ?? []);
    const tlsVerify = !input.tags.some((t) => insecure.has(t.registry));
    const bud = buildBuildahBudArgs(input, { iidFile: (0,external_node_path_.join)(input.workDir, 'buildah-iid'), tlsVerify });
    await runTool(deps, 'buildah', ['buildah', ...bud.argv], { env: bud.env, timeoutMs, what: 'buildah bud' });
    const authFile = toBuildahAuthFile(deps.env);
    const warnings = [];
    let first;
    for (const [i, tag] of input.tags.entries()) {
        const digestFile = (0,external_node_path_.join)(input.workDir, `buildah-digest-${i}`);
        const name = (0,registry/* formatReference */.Y4)(tag);
        await runTool(deps, 'buildah', ['buildah', ...buildBuildahPushArgs(input, tag, { digestFile, tlsVerify, authFile })], { timeoutMs, what: `buildah push ${name}` });
        const digest = (0,registry/* parseDigest */.m)(parseBuildahDigestFile(await readText(deps, digestFile, 'buildah digest file')));
        if (!first)
            first = digest;
        else if (digest !== first)
            warnings.push(`${name} was pushed as ${digest}, not ${first}; signing ${first}`);
    }
    return { digest: first, warnings };
}
function takeDigest(input) {
    if (!input.digest) {
        throw new errors/* BuildError */.z('BUILD_NO_DIGEST', 'builder: none needs the digest of the pushed image (e.g. docker/build-push-action\'s "digest" output); none was given');
    }
    return { digest: input.digest, warnings: [] };
}
/** Builds and pushes (or takes the given digest) and returns the pushed digest, platforms and names. */
async function buildImage(input, deps) {
    const timeoutMs = input.timeoutMs ?? constants/* DEFAULT_BUILD_TIMEOUT_MS */.G$;
    // Signing needs a pushed digest: a build without push goes through buildWithoutPush.
    if (!input.push)
        checkCommonInput(input);
    let pushed;
    switch (input.builder) {
        case 'buildx':
            pushed = await pushWithBuildx(input, deps, timeoutMs);
            break;
        case 'docker':
            pushed = await pushWithDocker(input, deps, timeoutMs);
            break;
        case 'buildah':
            pushed = await pushWithBuildah(input, deps, timeoutMs);
            break;
        case 'none':
            checkCommonInput(input);
            pushed = takeDigest(input);
            break;
        default:
            throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', `builder: unknown builder "${String(input.builder)}"`);
    }
    const first = input.tags[0];
    const described = await (0,pushed_image/* describePushedImage */.E8)(deps.registry, first, pushed.digest).catch((err) => {
        if (err.code !== 'REGISTRY_NOT_FOUND')
            throw err;
        const where = (0,registry/* formatReference */.Y4)((0,registry/* withIdentifier */.Kt)(first, { digest: pushed.digest }));
        throw new errors/* BuildError */.z('BUILD_NO_DIGEST', input.builder === 'none'
            ? `${where} does not exist: the digest input must name a manifest pushed to the first of tags`
            : `${input.builder} reported digest ${pushed.digest}, but ${where} does not exist: the image was not pushed there (loaded into the engine, or pushed elsewhere)`, { cause: err });
    });
    // Every other name must hold the same digest too (a builder that pushed per tag, or `none` given
    // names the digest was never pushed to).
    const names = [first];
    for (const tag of input.tags.slice(1)) {
        if (tag.registry !== first.registry || tag.repository !== first.repository) {
            await deps.registry.getManifest((0,registry/* withIdentifier */.Kt)(tag, { digest: pushed.digest }));
        }
        names.push(tag);
    }
    return {
        builder: input.builder,
        digest: pushed.digest,
        mediaType: described.mediaType,
        image: (0,registry/* withIdentifier */.Kt)(first, { digest: pushed.digest }),
        names,
        manifests: described.manifests,
        attestationManifests: described.attestationManifests,
        warnings: pushed.warnings,
        ...(pushed.toolVersion ? { builderVersion: pushed.toolVersion } : {}),
    };
}
/**
 * Builds without pushing, for a run that may not push (a pull request from a fork has no credentials
 * and no OIDC token): the build is checked, nothing is written anywhere and there is nothing to sign.
 */
async function buildWithoutPush(input, deps) {
    const timeoutMs = input.timeoutMs ?? constants/* DEFAULT_BUILD_TIMEOUT_MS */.G$;
    const local = { ...input, push: false };
    switch (input.builder) {
        case 'buildx': {
            const remote = await withRemoteBuilder(local, deps);
            const { argv, env } = buildBuildxArgs(remote, (0,external_node_path_.join)(input.workDir, 'buildx-metadata.json'));
            await runTool(deps, 'buildx', ['docker', ...argv], { env, timeoutMs, what: 'docker buildx build' });
            break;
        }
        case 'docker':
            await runTool(deps, 'docker', ['docker', ...buildDockerBuildArgs(local, (0,external_node_path_.join)(input.workDir, 'docker-iid'))], {
                timeoutMs,
                what: 'docker build',
            });
            break;
        case 'buildah': {
            const bud = buildBuildahBudArgs(local, {
                iidFile: (0,external_node_path_.join)(input.workDir, 'buildah-iid'),
                tlsVerify: true,
            });
            await runTool(deps, 'buildah', ['buildah', ...bud.argv], {
                env: bud.env,
                timeoutMs,
                what: 'buildah bud',
            });
            break;
        }
        default:
            throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', `build: ${String(input.builder)} has nothing to build without a push`);
    }
    return { builder: input.builder, warnings: [] };
}

;// CONCATENATED MODULE: ./src/build/build-input.ts
/** All builder kinds, in the order they are documented. */
const BUILDER_KINDS = ['buildx', 'docker', 'buildah', 'none'];

;// CONCATENATED MODULE: ./src/build/index.ts
// The build stage's public API: build and push with buildx, docker or buildah (or take a digest another
// step pushed) and report the digest to sign, every platform manifest and every name.







/***/ }),

/***/ 42161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatPlatform),
/* harmony export */   F: () => (/* binding */ parsePlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12933);
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

/***/ 78643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ describePushedImage)
/* harmony export */ });
/* unused harmony exports isAttestationManifest, toPlatformManifests, parseConfigPlatform */
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12133);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85065);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12933);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42161);
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
    const fetched = await registry.getManifest(ref);
    const { manifest, mediaType } = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseManifest */ .Ng)(fetched.bytes, fetched.mediaType, `manifest ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(ref)}`);
    if ((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isIndexMediaType */ .$$)(mediaType)) {
        return { mediaType, ...toPlatformManifests(manifest) };
    }
    const config = manifest.config;
    const platform = parseConfigPlatform(await registry.fetchBlobBytes(ref, config.digest, { size: config.size, maxBytes: 4 * 1024 * 1024 }));
    return {
        mediaType,
        manifests: [{ platform, digest, mediaType, size: fetched.size }],
        attestationManifests: [],
    };
}


/***/ }),

/***/ 76007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   Qv: () => (/* binding */ parsedAs),
/* harmony export */   _g: () => (/* binding */ toBuildInput)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12133);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9700);
// The build stage's input from option values, for the CLI's `signet build` and the CI surfaces alike:
// the build-push-action names they share (file, tags, platforms, build-args, labels, …) read one way.
// What differs is passed in: how the builder kind, the buildx instance, the context and the secrets are
// given, and how a bad value's name is shown (`--labels` or `input labels`).



/** `KEY=VALUE` lines; a line without `=` is refused naming `what`. */
function keyValues(values, what) {
    return values.map((v) => {
        const i = v.indexOf('=');
        if (i <= 0)
            throw new _values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what}: expected KEY=VALUE, got ${JSON.stringify(v)}`);
        return { key: v.slice(0, i), value: v.slice(i + 1) };
    });
}
/** Parses a value with `parse`, naming where it came from in the error (`input tags: …`). */
function parsedAs(what, value, parse) {
    try {
        return parse(value);
    }
    catch (err) {
        const e = err;
        throw Object.assign(new _values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what}: ${e.message}`), e.code ? { code: e.code } : {});
    }
}
/** The build stage's input. */
function toBuildInput(flags, surface) {
    const { label } = surface;
    const tags = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(flags, 'tags').map((t) => parsedAs(label('tags'), t, _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2));
    if (tags.length === 0) {
        throw new _values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${label('tags')} is required: the image name(s) to push, e.g. ghcr.io/acme/app:1.2.3`);
    }
    const local = (p) => (/^[a-z]+:\/\//.test(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(surface.cwd, p));
    const digest = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'digest');
    const file = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'file');
    return {
        builder: surface.builder,
        context: local(surface.context),
        file: file ? local(file) : undefined,
        tags,
        platforms: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(flags, 'platforms'),
        buildArgs: keyValues((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(flags, 'build-args'), label('build-args')),
        labels: keyValues((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(flags, 'labels'), label('labels')),
        annotations: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(flags, 'annotations'),
        target: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'target'),
        secrets: surface.secrets,
        cacheFrom: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(flags, 'cache-from'),
        cacheTo: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(flags, 'cache-to'),
        push: surface.push,
        provenance: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'provenance'),
        sbom: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(flags, 'sbom'),
        digest: digest ? parsedAs(label('digest'), digest, _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m) : undefined,
        buildxBuilder: surface.buildxBuilder,
        ...(surface.buildkitHost ? { buildkitHost: surface.buildkitHost } : {}),
        insecureRegistries: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(flags, 'allow-insecure-registry')
            ? [...new Set(tags.map((t) => t.registry))]
            : [],
        workDir: surface.workDir,
    };
}


/***/ }),

/***/ 39895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ toBuilderEnv)
/* harmony export */ });
/* unused harmony exports builderLogins, parseDockerConfig, withLogins, builderConfigDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _build_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44107);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12133);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80193);
// The builders (buildx, docker, buildah) push with the docker config's credentials, not with Signet's
// registry client. So that the credentials the CI surface was given (registry-username/-password, the
// job's GITHUB_TOKEN for ghcr.io, GitLab's CI_REGISTRY_USER/PASSWORD for $CI_REGISTRY) reach the push
// too, as docker/login-action would make them, the build runs with a private copy of the user's docker
// config (auths, credential helpers and store kept) plus those logins, for the pushed registry only.
// The copy lives in the run's 0700 work folder and is deleted with it. What the user's folder held
// stays reachable from the copy: its CLI plugins (`cliPluginsExtraDirs`), its buildx builder instances
// (BUILDX_CONFIG, where docker/setup-buildx-action registered them) and its credential store, which
// keeps serving every other registry (`credHelpers[host] = ""` sends only the injected hosts to auths).




/**
 * The logins a build to `registry` should push with: an explicit one first, else the CI's own token
 * for its registry, unless the user's config already holds a credential (auths entry or helper) for it.
 */
function builderLogins(registry, env, explicit, config) {
    if (explicit && explicit.registry === registry)
        return [explicit];
    if (config.auths?.[registry] !== undefined || config.credHelpers?.[registry] !== undefined)
        return [];
    const ci = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toCiCredentialSources */ .Tb)(env);
    if (ci.github && registry === 'ghcr.io') {
        return [{ registry, username: ci.github.username ?? 'x-access-token', password: ci.github.token }];
    }
    if (ci.gitlab && ci.gitlab.registry === registry)
        return [{ ...ci.gitlab, registry }];
    return [];
}
/** The docker config's text, parsed (`{}` when there is none). */
function parseDockerConfig(configText) {
    if (configText === undefined || configText.trim() === '')
        return {};
    try {
        return JSON.parse(configText);
    }
    catch {
        throw new Error('the docker config (DOCKER_CONFIG/config.json) is not JSON: fix or remove it');
    }
}
/**
 * The docker config with `logins` added as `auths` entries (base64 `user:password`, as docker writes).
 * With a `credsStore`, docker would ask the store for every host and never read `auths`: an empty
 * `credHelpers` entry for each injected host sends those to `auths` and leaves the store the rest.
 * `pluginsDir`: the user's own `cli-plugins` folder, kept reachable through `cliPluginsExtraDirs`.
 */
function withLogins(config, logins, pluginsDir) {
    const auths = { ...(config.auths ?? {}) };
    const credHelpers = { ...(config.credHelpers ?? {}) };
    for (const l of logins) {
        auths[l.registry] = { auth: Buffer.from(`${l.username}:${l.password}`).toString('base64') };
        if (config.credsStore)
            credHelpers[l.registry] = '';
    }
    const out = { ...config, auths };
    if (config.credsStore || config.credHelpers)
        out.credHelpers = credHelpers;
    if (pluginsDir) {
        const extra = Array.isArray(config.cliPluginsExtraDirs) ? config.cliPluginsExtraDirs : [];
        out.cliPluginsExtraDirs = [pluginsDir, ...extra.filter((d) => typeof d === 'string' && d !== pluginsDir)];
    }
    return JSON.stringify(out, null, 2) + '\n';
}
/** The folder of the private docker config inside `workDir`. */
const builderConfigDir = (workDir) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workDir, 'docker-config');
/**
 * The builder's environment: the host's without Signet's secrets (key password, OIDC and API tokens,
 * CI registry passwords), with DOCKER_CONFIG pointing at a private copy of the user's docker config
 * that also holds the logins the surface was given for the pushed registry. Registry credentials
 * reach a builder only that way.
 */
async function toBuilderEnv(host, input, workDir, login) {
    const env = (0,_build_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutSecrets */ .cT)(host.env);
    if (input.builder === 'none' || input.tags.length === 0)
        return env;
    const registry = input.tags[0].registry;
    const { path, text } = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .readDockerConfig */ .TO)({ env: host.env, readFile: (p) => host.readFile(p) });
    const config = parseDockerConfig(text);
    const logins = builderLogins(registry, host.env, login ? { registry, ...login } : undefined, config);
    if (logins.length === 0)
        return env;
    const dir = builderConfigDir(workDir);
    const userDir = path ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(path) : undefined;
    await host.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'config.json'), withLogins(config, logins, userDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(userDir, 'cli-plugins') : undefined), { mode: 0o600, overwrite: true });
    // buildx keeps its builder instances under $DOCKER_CONFIG/buildx unless BUILDX_CONFIG says otherwise.
    const buildx = env.BUILDX_CONFIG ?? (userDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(userDir, 'buildx') : undefined);
    return { ...env, DOCKER_CONFIG: dir, ...(buildx ? { BUILDX_CONFIG: buildx } : {}) };
}


/***/ }),

/***/ 66621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $d: () => (/* reexport */ collectSboms),
  w1: () => (/* reexport */ toSbomFileName)
});

// UNUSED EXPORTS: CYCLONEDX_PREDICATE_TYPE, DEFAULT_SBOM_SOURCES, SPDX_PREDICATE_TYPE, SbomError, generateSbom, parseSbomDocument

// EXTERNAL MODULE: ./src/limits.ts
var src_limits = __webpack_require__(30351);
// EXTERNAL MODULE: ./src/registry/index.ts + 14 modules
var src_registry = __webpack_require__(12133);
// EXTERNAL MODULE: ./src/build/pushed-image.ts
var pushed_image = __webpack_require__(78643);
// EXTERNAL MODULE: ./src/build/platform.ts
var platform = __webpack_require__(42161);
// EXTERNAL MODULE: ./src/build/constants.ts
var constants = __webpack_require__(85065);
;// CONCATENATED MODULE: ./src/sbom/constants.ts
// Names from the SPDX, CycloneDX, in-toto and BuildKit specs the SBOM stage reads and writes.
/** in-toto predicate type of an SPDX 2.x document (BuildKit's SBOM attestations). */
const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
/** in-toto predicate type of a CycloneDX document. */
const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
/** Layer annotation BuildKit puts on each statement in an attestation manifest. */
const INTOTO_PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type';
/** Media type of an in-toto statement layer. */
const INTOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** The CycloneDX media type of a JSON document (with its version parameter added when known). */
const CYCLONEDX_JSON_MEDIA_TYPE = 'application/vnd.cyclonedx+json';
/** The SPDX JSON media type. */
const SPDX_JSON_MEDIA_TYPE = 'application/spdx+json';
/** Largest SBOM document read into memory (a user file or one attestation layer). */
const MAX_SBOM_BYTES = 64 * 1024 * 1024;
/** Largest package-database file the generator parses (dpkg status, apk installed). */
const MAX_DATABASE_BYTES = 64 * 1024 * 1024;
/** Largest package.json or METADATA file the generator parses; bigger ones are skipped with a warning. */
const MAX_MANIFEST_FILE_BYTES = 4 * 1024 * 1024;

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/sbom/errors.ts
// Errors of the SBOM stage. Registry failures stay RegistryErrors; everything the stage decides is an
// SbomError.

/** An SBOM stage failure; `code` says which step. */
class SbomError extends errors/* SignetError */.T {
}

;// CONCATENATED MODULE: ./src/sbom/buildkit-sbom.ts
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
        throw new SbomError('SBOM_INVALID_ATTESTATION', `${what}: not valid JSON`, { cause: err });
    }
    if (st.predicateType !== SPDX_PREDICATE_TYPE) {
        throw new SbomError('SBOM_INVALID_ATTESTATION', `${what}: expected predicateType ${SPDX_PREDICATE_TYPE}, got ${JSON.stringify(st.predicateType)}`);
    }
    const hex = subject.slice('sha256:'.length);
    const subjects = Array.isArray(st.subject) ? st.subject : [];
    if (!subjects.some((s) => s.digest?.sha256 === hex)) {
        throw new SbomError('SBOM_INVALID_ATTESTATION', `${what}: the statement's subject is not ${subject}`);
    }
    if (typeof st.predicate !== 'object' || st.predicate === null) {
        throw new SbomError('SBOM_INVALID_ATTESTATION', `${what}: the statement has no predicate`);
    }
    return st.predicate;
}
/** Every SPDX SBOM BuildKit attached to the index at `repository@digest` (none for a plain manifest). */
async function readBuildkitSboms(registry, repository, digest) {
    const ref = (0,src_registry/* withIdentifier */.Kt)(repository, { digest });
    const fetched = await registry.getManifest(ref);
    const { manifest, mediaType } = (0,src_registry/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType, `manifest ${(0,src_registry/* formatReference */.Y4)(ref)}`);
    if (!(0,src_registry/* isIndexMediaType */.$$)(mediaType))
        return [];
    const out = [];
    for (const { attestation, subject } of toAttestationEntries(manifest)) {
        const aref = (0,src_registry/* withIdentifier */.Kt)(repository, { digest: attestation.digest });
        const am = await registry.getManifest(aref);
        const parsed = (0,src_registry/* parseManifest */.Ng)(am.bytes, am.mediaType, `attestation manifest ${(0,src_registry/* formatReference */.Y4)(aref)}`);
        for (const layer of parsed.manifest.layers ?? []) {
            if (layer.annotations?.[INTOTO_PREDICATE_TYPE_ANNOTATION] !== SPDX_PREDICATE_TYPE)
                continue;
            const bytes = await registry.fetchBlobBytes(aref, layer.digest, {
                size: layer.size,
                maxBytes: MAX_SBOM_BYTES,
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

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
;// CONCATENATED MODULE: ./src/sbom/catalog.ts
// Turns the cataloged files of an image into packages with purls (purl spec `PURL-TYPES.rst`: deb,
// apk, npm, pypi). Pure: the files were already read and parsed by layer-files.ts.

// layer-files.ts resolved symlinks already (Debian: etc/os-release -> ../usr/lib/os-release).
function resolveOsRelease(files) {
    for (const path of ['etc/os-release', 'usr/lib/os-release']) {
        const f = files.get(path);
        if (f?.kind === 'os-release' && f.record)
            return f.record;
    }
    return undefined;
}
function distroQualifier(os) {
    if (!os)
        return undefined;
    return os.versionId ? `${os.id}-${os.versionId}` : os.id;
}
function qualifiers(q) {
    const out = {};
    for (const [k, v] of Object.entries(q))
        if (v)
            out[k] = v;
    return Object.keys(out).length ? out : undefined;
}
/** Every package the cataloged files declare, sorted by ecosystem, name, version and path. */
function toPackages(files) {
    const os = resolveOsRelease(files);
    const distro = distroQualifier(os);
    const out = [];
    for (const f of files.values()) {
        switch (f.kind) {
            case 'dpkg':
                for (const r of f.record ?? []) {
                    const upstream = r.source && (r.source !== r.package || r.sourceVersion)
                        ? r.sourceVersion
                            ? `${r.source}@${r.sourceVersion}`
                            : r.source
                        : undefined;
                    out.push({
                        ecosystem: 'deb',
                        name: r.package,
                        version: r.version,
                        purl: new packageurl_js.PackageURL('deb', os?.id ?? 'debian', r.package, r.version, qualifiers({ arch: r.architecture, distro, upstream }), undefined).toString(),
                        licenses: [],
                        path: f.path,
                        layer: f.layer,
                        ...(r.architecture ? { arch: r.architecture } : {}),
                    });
                }
                break;
            case 'apk':
                for (const r of f.record ?? []) {
                    out.push({
                        ecosystem: 'apk',
                        name: r.name,
                        version: r.version,
                        purl: new packageurl_js.PackageURL('apk', os?.id ?? 'alpine', r.name, r.version, qualifiers({ arch: r.arch, distro, upstream: r.origin !== r.name ? r.origin : undefined }), undefined).toString(),
                        licenses: r.license ? [r.license] : [],
                        path: f.path,
                        layer: f.layer,
                        ...(r.arch ? { arch: r.arch } : {}),
                    });
                }
                break;
            case 'npm': {
                const r = f.record;
                if (!r)
                    break;
                const scoped = /^@([^/]+)\/(.+)$/.exec(r.name);
                out.push({
                    ecosystem: 'npm',
                    name: r.name,
                    version: r.version,
                    purl: new packageurl_js.PackageURL('npm', scoped ? `@${scoped[1]}` : undefined, scoped ? scoped[2] : r.name, r.version, undefined, undefined).toString(),
                    licenses: r.licenses,
                    path: f.path,
                    layer: f.layer,
                    ...(scoped ? { group: `@${scoped[1]}` } : {}),
                });
                break;
            }
            case 'python': {
                const r = f.record;
                if (!r)
                    break;
                out.push({
                    ecosystem: 'pypi',
                    name: r.name,
                    version: r.version,
                    purl: new packageurl_js.PackageURL('pypi', undefined, r.name, r.version, undefined, undefined).toString(),
                    licenses: r.licenses,
                    path: f.path,
                    layer: f.layer,
                });
                break;
            }
            default:
                break;
        }
    }
    return out.sort((a, b) => a.ecosystem.localeCompare(b.ecosystem) ||
        a.name.localeCompare(b.name) ||
        a.version.localeCompare(b.version) ||
        a.path.localeCompare(b.path));
}
/** The distribution the image's os-release names, if any (`debian 12`). */
function toOsRelease(files) {
    return resolveOsRelease(files);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/index.node.js
var index_node = __webpack_require__(54567);
;// CONCATENATED MODULE: ./src/sbom/cyclonedx.ts
// Builds the generator's CycloneDX 1.6 JSON with @cyclonedx/cyclonedx-library: the image as
// `metadata.component` (type container), each package as a library component with its purl. A package
// found at several paths (the same name and version installed twice) is one component listing every
// location. Deterministic: the same image and clock give the same bytes.



function toLicense(l) {
    if (index_node.SPDX.isSupportedSpdxId(l))
        return new index_node.Models.SpdxLicense(l);
    if (/\s(AND|OR|WITH)\s/.test(l) || /^\(.*\)$/.test(l))
        return new index_node.Models.LicenseExpression(l);
    return new index_node.Models.NamedLicense(l);
}
/** A stable `urn:uuid:` from the subject (RFC 4122 layout, version 5 style bits over sha256). */
function toSerialNumber(seed) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(seed).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
/** Groups packages with the same purl (one component, several locations). */
function groupByPurl(packages) {
    const groups = new Map();
    for (const p of packages) {
        const g = groups.get(p.purl);
        if (g)
            g.push(p);
        else
            groups.set(p.purl, [p]);
    }
    return [...groups.values()];
}
/** The CycloneDX 1.6 JSON text of the packages found in one platform image. */
function buildCycloneDxBom(packages, subject) {
    const name = subject.repository.split('/').pop() ?? subject.repository;
    const imagePurl = new packageurl_js.PackageURL('oci', undefined, name, subject.digest, {
        repository_url: subject.repository,
        ...(subject.platform ? { arch: subject.platform.split('/')[1] } : {}),
    }, undefined).toString();
    const image = new index_node.Models.Component(index_node.Enums.ComponentType.Container, subject.repository, {
        version: subject.digest,
        purl: imagePurl,
        bomRef: imagePurl,
    });
    if (subject.platform)
        image.properties.add(new index_node.Models.Property('signet:image:platform', subject.platform));
    if (subject.os) {
        image.properties.add(new index_node.Models.Property('signet:distro:id', subject.os.id));
        if (subject.os.versionId)
            image.properties.add(new index_node.Models.Property('signet:distro:versionID', subject.os.versionId));
    }
    const tool = new index_node.Models.Component(index_node.Enums.ComponentType.Application, subject.tool.name, {
        version: subject.tool.version,
    });
    const bom = new index_node.Models.Bom({
        serialNumber: toSerialNumber(`${subject.repository}@${subject.digest}|${subject.tool.version}`),
        metadata: new index_node.Models.Metadata({
            timestamp: subject.timestamp,
            component: image,
            tools: new index_node.Models.Tools({ components: new index_node.Models.ComponentRepository([tool]) }),
        }),
    });
    for (const group of groupByPurl(packages)) {
        const p = group[0];
        const c = new index_node.Models.Component(index_node.Enums.ComponentType.Library, p.group ? p.name.slice(p.group.length + 1) : p.name, {
            version: p.version,
            purl: p.purl,
            bomRef: p.purl,
            ...(p.group ? { group: p.group } : {}),
        });
        for (const l of new Set(group.flatMap((g) => g.licenses)))
            c.licenses.add(toLicense(l));
        c.properties.add(new index_node.Models.Property('signet:package:type', p.ecosystem));
        group.forEach((g, i) => {
            c.properties.add(new index_node.Models.Property(`signet:location:${i}:path`, `/${g.path}`));
            c.properties.add(new index_node.Models.Property(`signet:location:${i}:layerDigest`, g.layer));
        });
        bom.components.add(c);
    }
    const serializer = new index_node.Serialize.JsonSerializer(new index_node.Serialize.JSON.Normalize.Factory(index_node.Spec.Spec1dot6));
    return serializer.serialize(bom, { sortLists: true, space: 2 });
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/sbom/apk.ts
// Alpine's installed database (`/lib/apk/db/installed`): blank-line separated records of one-letter
// fields (P name, V version, A arch, L licence, o origin). https://wiki.alpinelinux.org/wiki/Apk_spec
// Pure: text in, records out.
/** The packages of an apk installed database. */
function parseApkInstalled(text) {
    const out = [];
    let cur = {};
    const flush = () => {
        if (cur.P && cur.V) {
            const rec = { name: cur.P, version: cur.V };
            if (cur.A)
                rec.arch = cur.A;
            if (cur.L)
                rec.license = cur.L;
            if (cur.o)
                rec.origin = cur.o;
            out.push(rec);
        }
        cur = {};
    };
    for (const line of text.split('\n')) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        if (line[1] !== ':')
            continue;
        const key = line[0];
        // File entries (F, R, a, M, Z) repeat; only the package's own fields are kept.
        if ('PVALo'.includes(key) && cur[key] === undefined)
            cur[key] = line.slice(2);
    }
    flush();
    return out;
}

;// CONCATENATED MODULE: ./src/sbom/dpkg.ts
// dpkg's status database (`/var/lib/dpkg/status`, and distroless `status.d/*`): RFC 822-style
// paragraphs, one per package (man dpkg-query; deb-control(5)). Pure: text in, records out.
/** Splits deb822 text into paragraphs of field → value (continuation lines joined with newlines). */
function parseDeb822(text) {
    const out = [];
    let cur = {};
    let last;
    const flush = () => {
        if (Object.keys(cur).length > 0)
            out.push(cur);
        cur = {};
        last = undefined;
    };
    for (const line of text.split('\n')) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            cur[last] += `\n${line.trim()}`;
            continue;
        }
        const i = line.indexOf(':');
        if (i <= 0)
            continue;
        last = line.slice(0, i).trim().toLowerCase();
        cur[last] = line.slice(i + 1).trim();
    }
    flush();
    return out;
}
/**
 * The packages of a dpkg database. Packages whose files are gone (`deinstall ok config-files`,
 * `purge ok not-installed`) are left out: they are not in the image.
 */
function parseDpkgStatus(text) {
    const out = [];
    for (const p of parseDeb822(text)) {
        const name = p.package;
        const version = p.version;
        if (!name || !version)
            continue;
        const status = p.status;
        if (status && /\b(not-installed|config-files)\b/.test(status))
            continue;
        const rec = { package: name, version };
        if (p.architecture)
            rec.architecture = p.architecture;
        if (status)
            rec.status = status;
        if (p.source) {
            // `Source: glibc (2.36-9+deb12u4)`: the source package and, when it differs, its version.
            const m = /^(\S+)(?:\s+\(([^)]+)\))?/.exec(p.source);
            if (m) {
                rec.source = m[1];
                if (m[2])
                    rec.sourceVersion = m[2];
            }
        }
        out.push(rec);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sbom/npm.ts
// npm packages: each `node_modules/**/package.json` with a name and a version is an installed
// package (npm's own layout; nested node_modules are dependencies of dependencies). Pure.
/** True for a package.json inside a node_modules tree (`…/node_modules/x/package.json`, any depth). */
function isNpmPackageJsonPath(path) {
    return (path.endsWith('/package.json') && (path.startsWith('node_modules/') || path.includes('/node_modules/')));
}
function licensesOf(doc) {
    const one = (l) => typeof l === 'string'
        ? l
        : typeof l === 'object' && l !== null && typeof l.type === 'string'
            ? l.type
            : undefined;
    if (doc.license !== undefined) {
        const l = one(doc.license);
        return l ? [l] : [];
    }
    if (Array.isArray(doc.licenses))
        return doc.licenses.map(one).filter((l) => !!l);
    return [];
}
/** The package a package.json describes; undefined when it has no name or version (not a package). */
function parsePackageJson(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return undefined;
    const o = doc;
    if (typeof o.name !== 'string' || typeof o.version !== 'string' || !o.name || !o.version)
        return undefined;
    return { name: o.name, version: o.version, licenses: licensesOf(o) };
}

;// CONCATENATED MODULE: ./src/sbom/os-release.ts
// /etc/os-release (os-release(5)): tells which distribution the OS packages come from, for the purl
// `distro` qualifier and namespace. Pure.
/** Parses `KEY=value` / `KEY="value"` lines; undefined without an ID. */
function parseOsRelease(text) {
    const kv = {};
    for (const line of text.split('\n')) {
        const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
        if (!m)
            continue;
        let v = m[2].trim();
        if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
            v = v.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
        }
        kv[m[1]] = v;
    }
    if (!kv.ID)
        return undefined;
    const r = { id: kv.ID.toLowerCase() };
    if (kv.VERSION_ID)
        r.versionId = kv.VERSION_ID;
    if (kv.VERSION_CODENAME)
        r.versionCodename = kv.VERSION_CODENAME;
    if (kv.PRETTY_NAME)
        r.prettyName = kv.PRETTY_NAME;
    return r;
}

;// CONCATENATED MODULE: ./src/sbom/python.ts
// Python distributions: `*.dist-info/METADATA` (wheels, PEP 376/627) and `*.egg-info/PKG-INFO`
// (setuptools) hold the core metadata (https://packaging.python.org/specifications/core-metadata/):
// email-style headers, then a body. Pure.
/** True for a distribution's metadata file (`x-1.0.dist-info/METADATA`, `x.egg-info/PKG-INFO`). */
function isPythonMetadataPath(path) {
    return /(?:^|\/)[^/]+\.dist-info\/METADATA$/.test(path) || /(?:^|\/)[^/]+\.egg-info\/PKG-INFO$/.test(path);
}
/** Reads the header block of core metadata; undefined without Name and Version. */
function parsePythonMetadata(text) {
    const headers = [];
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
            headers[headers.length - 1][1] += `\n${line.trim()}`;
            continue;
        }
        const i = line.indexOf(':');
        if (i > 0)
            headers.push([line.slice(0, i).toLowerCase(), line.slice(i + 1).trim()]);
    }
    const get = (k) => headers.find(([h]) => h === k)?.[1];
    const name = get('name');
    const version = get('version');
    if (!name || !version)
        return undefined;
    const licenses = [];
    const expression = get('license-expression');
    const license = get('license');
    if (expression)
        licenses.push(expression);
    else if (license && license !== 'UNKNOWN' && !license.includes('\n') && license.length <= 100)
        licenses.push(license);
    return { name, version, licenses };
}

;// CONCATENATED MODULE: ./src/sbom/layer-files.ts
// Streams an image's layers once, in order, and keeps only what the package catalogers need: parsed
// records of a few small files (package databases, package.json, METADATA, os-release) and every
// symlink, never file contents in bulk, so memory follows the number of packages and links, not the
// size of the layers. The layers are applied to a tree of path components, as overlayfs stacks them
// (OCI image-spec `layer.md`): `.wh.<name>` removes `<name>` and everything under it from the layers
// below, `.wh..wh..opq` empties its folder below, and any non-folder entry hides the lower folder at
// its path; each costs a walk down one path, so whiteouts stay linear in the layer size.
// Tar paths are cleaned (`./`, `..`, repeated slashes) before use. At the end, the well-known package
// database paths are resolved as a container runtime resolves them, following symlinked folders
// (`/var/lib/dpkg -> /opt/x`, usr-merge `/lib -> usr/lib`) inside the image root and never out of it,
// so a database cannot be hidden from the SBOM behind a link. Written by hand: no Node library applies
// OCI layers (whiteouts, opaque folders) to an in-memory tree; tar-stream does the tar parsing.
// Decompressed bytes are capped per layer and per image (src/limits.ts) against compression bombs.












const OS_RELEASE_PATHS = new Set(['etc/os-release', 'usr/lib/os-release']);
/**
 * Which cataloger a file *might* feed, from its name alone: a package database can sit anywhere a
 * symlinked folder points (`/opt/x/status` behind `/var/lib/dpkg -> /opt/x`), and which links exist is
 * known only after the last layer, so every file named like one is read (within the size caps) and
 * the final tree decides which count.
 */
function classifyCandidate(path) {
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const parent = slash < 0 ? '' : path.slice(0, slash);
    if (base === 'status')
        return 'dpkg';
    if ((parent === 'status.d' || parent.endsWith('/status.d')) && !base.endsWith('.md5sums'))
        return 'dpkg';
    if (base === 'installed')
        return 'apk';
    if (base === 'os-release')
        return 'os-release';
    if (isNpmPackageJsonPath(path))
        return 'npm';
    if (isPythonMetadataPath(path))
        return 'python';
    return undefined;
}
/** Which cataloger wants the file at `path` (relative to the image root), if any. */
function classifyPath(path) {
    if (path === 'var/lib/dpkg/status')
        return 'dpkg';
    if (path.startsWith('var/lib/dpkg/status.d/') && !path.slice(22).includes('/')) {
        // distroless keeps one control file per package here, next to its `.md5sums`.
        return path.endsWith('.md5sums') ? undefined : 'dpkg';
    }
    if (path === 'lib/apk/db/installed')
        return 'apk';
    if (OS_RELEASE_PATHS.has(path))
        return 'os-release';
    if (isNpmPackageJsonPath(path))
        return 'npm';
    if (isPythonMetadataPath(path))
        return 'python';
    return undefined;
}
function parseAs(kind, text) {
    switch (kind) {
        case 'dpkg':
            return parseDpkgStatus(text);
        case 'apk':
            return parseApkInstalled(text);
        case 'os-release':
            return parseOsRelease(text);
        case 'npm':
            return parsePackageJson(text);
        case 'python':
            return parsePythonMetadata(text);
    }
}
/**
 * A tar member name as a path under the image root: `./a//b/./c/`, `/a/b/c` and `x/../a/b/c` all
 * become `a/b/c`; `..` never climbs above the root (as a runtime extracts it).
 */
function cleanTarPath(name) {
    const parts = [];
    for (const seg of name.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return parts.join('/');
}
/** Most symlinks followed resolving one path (Linux gives up with ELOOP after 40). */
const MAX_SYMLINK_HOPS = 40;
/** Longest path or symlink target Linux resolves (ENAMETOOLONG beyond). */
const PATH_MAX = 4096;
/**
 * Resolves `path` inside an image root the way the kernel does inside a container's mount namespace:
 * every component that is a symlink is replaced by its target, absolute targets start again at the
 * image root and `..` stops at it, so nothing resolves outside the image. Undefined after 40 links
 * (loops) or for a path or target longer than PATH_MAX, as Linux fails them. Each component costs one
 * lookup, so a hostile target cannot make resolution quadratic.
 */
function resolveInRoot(path, fs) {
    if (path.length >= PATH_MAX)
        return undefined;
    const names = (p) => p.split('/').filter((s) => s !== '' && s !== '.');
    // A stack: the next component is at the end.
    const pending = names(path).reverse();
    const done = [];
    let hops = 0;
    while (pending.length > 0) {
        const seg = pending.pop();
        if (seg === '..') {
            done.pop();
            continue;
        }
        const parent = done.length > 0 ? done[done.length - 1].node : fs.root;
        const node = parent === undefined ? undefined : fs.child(parent, seg);
        const target = node === undefined ? undefined : fs.link(node);
        if (target === undefined) {
            done.push({ name: seg, node });
            continue;
        }
        if (++hops > MAX_SYMLINK_HOPS || target.length >= PATH_MAX)
            return undefined;
        if (target.startsWith('/'))
            done.length = 0;
        const parts = names(target);
        for (let i = parts.length - 1; i >= 0; i--)
            pending.push(parts[i]);
    }
    return done.map((d) => d.name).join('/');
}
/** How a layer's bytes are compressed, from its media type. */
function toCompression(mediaType) {
    const mt = mediaType.toLowerCase();
    if (mt.endsWith('+gzip') || mt.endsWith('.tar.gzip'))
        return 'gzip';
    if (mt.endsWith('+zstd'))
        return 'zstd';
    if (mt.endsWith('.tar') || mt.endsWith('.v1.tar') || mt === 'application/x-tar')
        return 'none';
    throw new SbomError('SBOM_INVALID_IMAGE', `layer media type ${mediaType} is not a tar layer (expected tar, tar+gzip or tar+zstd)`);
}
/**
 * The final filesystem of the image as far as the catalogers care: folders, symlinks and the files
 * they read. Every operation walks one path, so applying a layer costs its entries times path depth.
 */
class ImageTree {
    root = { children: new Map() };
    child(node, name) {
        return node.children?.get(name);
    }
    link(node) {
        return node.link;
    }
    /** The node at a physical path (no symlinks followed), if any. */
    get(path) {
        let node = this.root;
        if (path === '')
            return node;
        for (const seg of path.split('/')) {
            node = node.children?.get(seg);
            if (!node)
                return undefined;
        }
        return node;
    }
    /** Removes the node at `path` and everything under it (a whiteout, or a lower entry replaced). */
    remove(path) {
        const slash = path.lastIndexOf('/');
        const parent = this.get(slash < 0 ? '' : path.slice(0, slash));
        parent?.children?.delete(path.slice(slash + 1));
    }
    /** Empties the folder at `path` (an opaque whiteout). */
    clear(path) {
        const node = this.get(path);
        if (node?.children)
            node.children.clear();
    }
    /**
     * Makes every existing ancestor of `path` a folder: an entry at `a/b/c` in an upper layer means `a`
     * and `a/b` are folders there, hiding a lower symlink or file of that name.
     */
    makeParents(path) {
        const segs = path.split('/');
        let node = this.root;
        for (let i = 0; i < segs.length - 1; i++) {
            const next = node.children?.get(segs[i]);
            if (!next)
                return;
            if (!next.children) {
                delete next.file;
                delete next.link;
                next.children = new Map();
            }
            node = next;
        }
    }
    /** Puts a file or symlink at `path`, creating (or turning into) folders above it. */
    set(path, leaf) {
        const segs = path.split('/');
        let node = this.root;
        for (let i = 0; i < segs.length - 1; i++) {
            let next = node.children.get(segs[i]);
            if (!next) {
                next = { children: new Map() };
                node.children.set(segs[i], next);
            }
            else if (!next.children) {
                delete next.file;
                delete next.link;
                next.children = new Map();
            }
            node = next;
        }
        node.children.set(segs[segs.length - 1], { ...leaf });
    }
    /** Every cataloged file, with its physical path (an explicit stack: paths may be very deep). */
    *files() {
        const stack = [this.root];
        while (stack.length > 0) {
            const node = stack.pop();
            if (node.file)
                yield node.file;
            for (const child of node.children?.values() ?? [])
                stack.push(child);
        }
    }
}
async function readEntry(stream, limit) {
    const chunks = [];
    let n = 0;
    for await (const c of stream) {
        n += c.length;
        if (n <= limit)
            chunks.push(c);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Reads one layer's tar stream: removes from `lower` what its whiteouts and replaced paths hide, and
 * returns what it adds (cataloged files and symlinks); drains every other entry.
 */
async function readLayer(source, layer, lower, warnings, transforms) {
    const changes = { added: new Map() };
    const extract = tar_stream.extract();
    extract.on('entry', (header, stream, next) => {
        // A failure elsewhere in the pipeline (a cap, the digest check) destroys the entry mid-read; the
        // pipeline reports it, the entry must not throw it again as an unhandled 'error' event.
        stream.on('error', () => undefined);
        const handle = async () => {
            const path = cleanTarPath(header.name);
            if (path === '') {
                stream.resume();
                return;
            }
            const slash = path.lastIndexOf('/');
            const base = path.slice(slash + 1);
            const dir = slash < 0 ? '' : path.slice(0, slash);
            lower.makeParents(path);
            if (base === '.wh..wh..opq') {
                lower.clear(dir);
                stream.resume();
                return;
            }
            if (base.startsWith('.wh.')) {
                lower.remove(dir === '' ? base.slice(4) : `${dir}/${base.slice(4)}`);
                stream.resume();
                return;
            }
            if (header.type === 'directory') {
                // A folder replaces a lower file or symlink of the same name; a lower folder merges.
                const below = lower.get(path);
                if (below && !below.children)
                    lower.remove(path);
                stream.resume();
                return;
            }
            // Anything else replaces whatever the lower layers had at this path, folder included.
            lower.remove(path);
            const kind = classifyCandidate(path);
            if (header.type === 'symlink' && header.linkname !== undefined) {
                changes.added.set(path, { link: header.linkname });
                stream.resume();
            }
            else if (kind && header.type === 'link' && header.linkname) {
                // A hard link to a file earlier in this layer: same content, so the same record.
                const target = changes.added.get(cleanTarPath(header.linkname))?.file;
                if (target)
                    changes.added.set(path, { file: { ...target, path } });
                stream.resume();
            }
            else if (kind && (header.type === 'file' || header.type === 'contiguous-file')) {
                const limit = kind === 'dpkg' || kind === 'apk' ? MAX_DATABASE_BYTES : MAX_MANIFEST_FILE_BYTES;
                if ((header.size ?? 0) > limit) {
                    warnings.push(`${path} in layer ${layer}: ${header.size} bytes is more than ${limit}; skipped`);
                    stream.resume();
                }
                else {
                    const text = await readEntry(stream, limit);
                    changes.added.set(path, {
                        file: { kind, path, layer, record: parseAs(kind, text) },
                    });
                }
            }
            else {
                changes.added.delete(path);
                stream.resume();
            }
        };
        handle().then(() => next(), (err) => next(err));
    });
    // One pipeline: an error anywhere (digest mismatch at the blob's end, bad gzip, bad tar, a cap)
    // fails it, and it ends only when the whole blob was read, so the digest check always runs.
    const streams = [source, ...transforms, extract];
    await (0,promises_.pipeline)(streams);
    return changes;
}
/** Counts decompressed bytes and fails the layer once they pass the per-layer or per-image cap. */
class DecompressedBytesCap extends external_node_stream_.Transform {
    layerBytes = 0;
    layer;
    limits;
    image;
    constructor(layer, limits, image) {
        super();
        this.layer = layer;
        this.limits = limits;
        this.image = image;
    }
    _transform(chunk, _enc, cb) {
        this.layerBytes += chunk.length;
        this.image.bytes += chunk.length;
        if (this.layerBytes > this.limits.sbomLayerBytes) {
            cb(limitError('sbomLayerBytes', this.limits.sbomLayerBytes, `layer ${this.layer}`));
        }
        else if (this.image.bytes > this.limits.sbomImageBytes) {
            cb(limitError('sbomImageBytes', this.limits.sbomImageBytes, `the image's layers up to ${this.layer}`));
        }
        else {
            cb(null, chunk);
        }
    }
}
function limitError(cap, limit, what) {
    return new SbomError('SBOM_LIMIT_EXCEEDED', (0,src_limits/* describeExceeded */.b1)(cap, limit, `more than ${limit} decompressed bytes`, what));
}
/** Package-database paths a runtime would open, resolved through the image's symlinks. */
const DATABASE_PATHS = [
    'var/lib/dpkg/status',
    'lib/apk/db/installed',
    'etc/os-release',
    'usr/lib/os-release',
];
const DPKG_STATUS_DIR = 'var/lib/dpkg/status.d';
/**
 * The cataloged files of the final filesystem, keyed by path: the package databases and os-release
 * at the paths a runtime opens (resolved through symlinks), and npm and Python metadata where they
 * physically are (each file once, however many links lead to it).
 */
function toCatalogedFiles(tree) {
    const out = new Map();
    for (const f of tree.files()) {
        if (f.kind === 'npm' || f.kind === 'python')
            out.set(f.path, f);
    }
    const at = (logical, kind) => {
        const physical = resolveInRoot(logical, tree);
        const file = physical === undefined ? undefined : tree.get(physical)?.file;
        if (file && file.kind === kind)
            out.set(logical, { ...file, path: logical });
    };
    for (const p of DATABASE_PATHS)
        at(p, classifyPath(p));
    const statusDir = resolveInRoot(DPKG_STATUS_DIR, tree);
    const dir = statusDir === undefined ? undefined : tree.get(statusDir);
    for (const name of [...(dir?.children?.keys() ?? [])].sort()) {
        const logical = `${DPKG_STATUS_DIR}/${name}`;
        if (classifyPath(logical) === 'dpkg')
            at(logical, 'dpkg');
    }
    return out;
}
/**
 * Reads every layer in order and returns the cataloged files of the final filesystem, keyed by path.
 * Each layer is streamed once and decompressed on the fly, within the decompressed-size caps.
 */
async function readImageFiles(layers, warnings = [], limits = src_limits/* DEFAULT_LIMITS */.dR) {
    const tree = new ImageTree();
    const image = { bytes: 0 };
    for (const layer of layers) {
        const compression = toCompression(layer.mediaType);
        const transforms = [];
        if (compression === 'gzip')
            transforms.push((0,external_node_zlib_.createGunzip)());
        if (compression === 'zstd')
            transforms.push((0,external_node_zlib_.createZstdDecompress)());
        transforms.push(new DecompressedBytesCap(layer.digest, limits, image));
        const body = await layer.open();
        let changes;
        try {
            changes = await readLayer(body, layer.digest, tree, warnings, transforms);
        }
        catch (err) {
            body.destroy();
            if (err instanceof SbomError || err.code === 'REGISTRY_DIGEST_MISMATCH')
                throw err;
            throw new SbomError('SBOM_INVALID_IMAGE', `layer ${layer.digest}: ${err.message}`, {
                cause: err,
            });
        }
        for (const [p, leaf] of changes.added)
            tree.set(p, leaf);
    }
    return toCatalogedFiles(tree);
}

;// CONCATENATED MODULE: ./src/sbom/generate-sbom.ts
// The built-in generator: streams one platform image's layers from the registry (never to disk),
// catalogs OS packages (dpkg, apk), npm and Python packages, and writes CycloneDX 1.6 JSON.






/** Catalogs the image at `repository@digest` and returns its CycloneDX 1.6 JSON. */
async function generateSbom(input, registry) {
    const ref = (0,src_registry/* withIdentifier */.Kt)(input.repository, { digest: input.digest });
    const fetched = await registry.getManifest(ref);
    const { manifest, mediaType } = (0,src_registry/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType, `manifest ${(0,src_registry/* formatReference */.Y4)(ref)}`);
    if (!(0,src_registry/* isImageManifestMediaType */.d6)(mediaType)) {
        throw new SbomError('SBOM_INVALID_INPUT', `${(0,src_registry/* formatReference */.Y4)(ref)} is ${mediaType}; the generator needs a platform image manifest`);
    }
    const layers = manifest.layers.map((d) => ({
        digest: d.digest,
        mediaType: d.mediaType,
        size: d.size,
        open: () => registry.fetchBlob(ref, d.digest, { size: d.size }),
    }));
    const warnings = [];
    const files = await readImageFiles(layers, warnings, (0,src_limits/* toLimits */.OY)(input.limits));
    const packages = toPackages(files);
    const os = toOsRelease(files);
    const json = buildCycloneDxBom(packages, {
        repository: (0,src_registry/* formatRepository */.Sh)(input.repository),
        digest: input.digest,
        ...(input.platform ? { platform: input.platform } : {}),
        ...(os ? { os } : {}),
        tool: input.tool,
        timestamp: input.timestamp,
    });
    return { json, packages, warnings };
}

;// CONCATENATED MODULE: ./src/sbom/sbom-file.ts
// SBOM documents given by the user or found in attestations: SPDX 2.x JSON or CycloneDX JSON, told
// apart by their own fields and validated before Signet attests them. CycloneDX is checked against
// its JSON schema (@cyclonedx/cyclonedx-library's strict validator); SPDX against the fields SPDX 2.3
// section 6 makes mandatory (the library has no SPDX schema).



const SPDX_REQUIRED = ['SPDXID', 'name', 'dataLicense', 'documentNamespace', 'creationInfo'];
function bad(name, why, cause) {
    return new SbomError('SBOM_INVALID_FILE', `${name}: ${why}`, cause === undefined ? undefined : { cause });
}
/** Checks the mandatory document-creation fields and the package list of an SPDX 2.x JSON document. */
function checkSpdxDocument(doc, name) {
    const version = doc.spdxVersion;
    if (typeof version !== 'string' || !/^SPDX-2\.\d+$/.test(version)) {
        throw bad(name, `expected spdxVersion SPDX-2.x, got ${JSON.stringify(version)}`);
    }
    for (const k of SPDX_REQUIRED) {
        if (doc[k] === undefined || doc[k] === '')
            throw bad(name, `SPDX document has no ${k}`);
    }
    if (doc.SPDXID !== 'SPDXRef-DOCUMENT')
        throw bad(name, `expected SPDXID SPDXRef-DOCUMENT, got ${JSON.stringify(doc.SPDXID)}`);
    const ci = doc.creationInfo;
    if (typeof ci !== 'object' ||
        ci === null ||
        typeof ci.created !== 'string' ||
        !Array.isArray(ci.creators)) {
        throw bad(name, 'SPDX creationInfo needs created and creators');
    }
    if (doc.packages !== undefined) {
        if (!Array.isArray(doc.packages))
            throw bad(name, 'SPDX packages is not an array');
        doc.packages.forEach((p, i) => {
            const o = p;
            if (typeof o !== 'object' || o === null || typeof o.SPDXID !== 'string' || typeof o.name !== 'string') {
                throw bad(name, `SPDX packages[${i}] needs SPDXID and name`);
            }
        });
    }
    return version;
}
/** Validates a CycloneDX JSON document against the schema of its own specVersion. */
async function checkCycloneDxDocument(text, doc, name) {
    const version = doc.specVersion;
    const known = Object.values(index_node.Spec.Version);
    if (typeof version !== 'string' || !known.includes(version)) {
        throw bad(name, `expected CycloneDX specVersion one of ${known.join(', ')}, got ${JSON.stringify(version)}`);
    }
    const validator = new index_node.Validation.JsonStrictValidator(version);
    let error;
    try {
        error = await validator.validate(text);
    }
    catch (err) {
        throw bad(name, `could not validate CycloneDX ${version}: ${err.message}`, err);
    }
    if (error !== null) {
        const first = Array.isArray(error)
            ? error[0]
            : undefined;
        throw bad(name, `not valid CycloneDX ${version}${first ? `: ${first.instancePath || '/'} ${first.message ?? ''}`.trimEnd() : ''}`);
    }
    return version;
}
/** Parses and validates an SPDX or CycloneDX JSON document; `name` is what the user called it. */
async function parseSbomDocument(bytes, name) {
    if (bytes.length > MAX_SBOM_BYTES)
        throw bad(name, `${bytes.length} bytes is more than the ${MAX_SBOM_BYTES} allowed`);
    const text = Buffer.from(bytes).toString('utf8');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw bad(name, 'not valid JSON (Signet reads SPDX JSON and CycloneDX JSON, not tag-value or XML)', err);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw bad(name, 'expected a JSON object');
    const o = doc;
    if (o.spdxVersion !== undefined) {
        const specVersion = checkSpdxDocument(o, name);
        return { format: 'spdx-json', specVersion, predicateType: SPDX_PREDICATE_TYPE, document: o };
    }
    if (o.bomFormat === 'CycloneDX') {
        const specVersion = await checkCycloneDxDocument(text, o, name);
        return { format: 'cyclonedx-json', specVersion, predicateType: CYCLONEDX_PREDICATE_TYPE, document: o };
    }
    throw bad(name, 'neither SPDX JSON (spdxVersion) nor CycloneDX JSON (bomFormat: "CycloneDX")');
}

;// CONCATENATED MODULE: ./src/sbom/collect-sboms.ts
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
        throw new SbomError('SBOM_INVALID_INPUT', `image ${(0,src_registry/* formatReference */.Y4)(input.image)} has no digest; pass the pushed digest`);
    }
    const sources = input.sources ?? DEFAULT_SBOM_SOURCES;
    const warnings = [];
    for (const source of sources) {
        if (source === 'buildkit') {
            const found = await readBuildkitSboms(deps.registry, input.image, digest);
            if (found.length === 0)
                continue;
            const platforms = await listPlatforms(deps.registry, input.image, digest, (0,src_limits/* toLimits */.OY)(input.limits));
            for (const p of platforms) {
                if (!found.some((f) => f.subject === p.digest)) {
                    warnings.push(`BuildKit attached no SBOM for ${p.platform ?? p.digest}`);
                }
            }
            return {
                sboms: found.map((f) => ({
                    source,
                    format: 'spdx-json',
                    predicateType: SPDX_PREDICATE_TYPE,
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
            for (const p of await listPlatforms(deps.registry, input.image, digest, (0,src_limits/* toLimits */.OY)(input.limits))) {
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
                    predicateType: CYCLONEDX_PREDICATE_TYPE,
                    subject: p.digest,
                    ...(p.platform ? { platform: p.platform } : {}),
                    json: generated.json,
                    packageCount: new Set(generated.packages.map((x) => x.purl)).size,
                });
            }
            return { sboms, warnings };
        }
        throw new SbomError('SBOM_INVALID_INPUT', `sbom source "${String(source)}" is not one of buildkit, file, generate`);
    }
    throw new SbomError('SBOM_NONE', `no SBOM from ${sources.join(', ')}: ${sources.includes('file') && !input.file ? 'no SBOM file was given; ' : ''}add "generate" to the sources or build with sbom: true`);
}
/** The file name an SBOM is written under: `sbom-<platform>.cyclonedx.json` (or `.spdx.json`). */
function toSbomFileName(sbom) {
    const what = (sbom.platform ?? sbom.subject.replace(/^sha256:/, '').slice(0, 12)).replace(/[^a-z0-9.]+/gi, '-');
    return `sbom-${what}.${sbom.format === 'cyclonedx-json' ? 'cyclonedx' : 'spdx'}.json`;
}

;// CONCATENATED MODULE: ./src/sbom/index.ts
// The SBOM stage's public API: one SBOM per platform of a pushed image, from BuildKit's attestations,
// a file the user gave, or Signet's own generator (CycloneDX 1.6).







/***/ })

};
