export const id = 6799;
export const ids = [6799];
export const modules = {

/***/ 85999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


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
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/index.js + 18 modules
var registry = __webpack_require__(76109);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/build-flags.js
/** `--annotation=… --build-arg=K=V --cache-from=… --cache-to=… --file=… --label=K=V` for `input`. */
function sharedBuildFlags(input) {
    const argv = [];
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
    return argv;
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/errors.js
var errors = __webpack_require__(97432);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/constants.js
var constants = __webpack_require__(19218);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/secrets.js
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

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/platform.js
var platform = __webpack_require__(60236);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/validate.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/buildah-args.js
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
    if (input.outputs?.length)
        refuse('outputs', 'buildx output exporters; use builder: buildx');
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
    argv.push(...sharedBuildFlags(input));
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/buildx-args.js
// The argv of `docker buildx build --push`, built like docker/build-push-action's `getArgs`
// (src/context.ts) from the same inputs. Every value is its own `--flag=value` element and the context
// comes after `--`, so no input is ever read as another flag or by a shell.





/**
 * Refuses `outputs` specs that would move the image away from what Signet signs: another name
 * (`name=`), an untagged push (`push-by-digest`), or output on stdout (`-`, `dest=-`), which is
 * where buildx's progress and Signet's capture are. Returns the specs as given.
 */
function checkBuildxOutputs(outputs) {
    for (const spec of outputs) {
        const fields = spec.split(',').map((f) => f.trim());
        const refuse = (why) => {
            throw new errors/* BuildError */.z('BUILD_INVALID_INPUT', `outputs: ${JSON.stringify(spec)}: ${why}`);
        };
        if (spec.trim() === '' || spec.trim() === '-')
            refuse('give a destination (type=local,dest=PATH)');
        for (const field of fields) {
            const [key = '', value = ''] = field.split(/=(.*)/s);
            const k = key.toLowerCase();
            if (k === 'name' || k === 'names')
                refuse('the image is pushed to tags, the names Signet signs: put the name in tags, not in outputs');
            if (k === 'push-by-digest' && value.toLowerCase() !== 'false')
                refuse('an untagged push leaves tags without the digest Signet signs: leave push-by-digest out');
            if (k === 'dest' && value === '-')
                refuse('stdout is not an output here: give dest=PATH');
        }
    }
    return outputs;
}
/**
 * Builds `buildx build … --metadata-file=<metadataFile> --push -- <context>`; with `push: false` (a
 * build-only run) without `--push`, so the result stays in the builder.
 */
function buildBuildxArgs(input, metadataFile) {
    checkCommonInput(input, { buildOnly: !input.push });
    const argv = ['buildx', 'build'];
    if (input.buildxBuilder)
        argv.push(`--builder=${input.buildxBuilder}`);
    argv.push(...sharedBuildFlags(input));
    for (const o of checkBuildxOutputs(input.outputs ?? []))
        argv.push(`--output=${o}`);
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/buildx-metadata.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/docker-args.js
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
    if (input.outputs?.length)
        unsupportedThrow('outputs', 'the classic builder has no --output exporters');
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

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/pushed-image.js
var pushed_image = __webpack_require__(47234);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/build-image.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/build-input.js
/** All builder kinds, in the order they are documented. */
const BUILDER_KINDS = ['buildx', 'docker', 'buildah', 'none'];

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/build/index.js
// The build stage's public API: build and push with buildx, docker or buildah (or take a digest another
// step pushed) and report the digest to sign, every platform manifest and every name.







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

/***/ 17452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qv: () => (/* binding */ parsedAs),
/* harmony export */   _g: () => (/* binding */ toBuildInput)
/* harmony export */ });
/* unused harmony export keyValues */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76109);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42229);
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
        throw new _values_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what}: ${e.message}`, { ...(e.code ? { code: e.code } : {}), cause: err });
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
        outputs: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(flags, 'outputs'),
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

/***/ 90788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ toBuilderEnv)
/* harmony export */ });
/* unused harmony exports builderLogins, parseDockerConfig, withLogins, builderConfigDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _build_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33470);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76109);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47352);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1999);
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
    catch (err) {
        throw new _registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl('REGISTRY_CREDENTIALS', 'the docker config (DOCKER_CONFIG/config.json) is not JSON: fix or remove it', { cause: err });
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


/***/ })

};
