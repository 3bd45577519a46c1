export const id = 9788;
export const ids = [9788];
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

/***/ 93119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCommand: () => (/* binding */ buildCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _build_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33470);
/* harmony import */ var _build_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85999);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76109);
/* harmony import */ var _common_build_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17452);
/* harmony import */ var _common_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42229);
/* harmony import */ var _common_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58652);
/* harmony import */ var _common_builder_login_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(90788);
// `signet build`: build and push an image (buildx, docker, buildah) and print its digest.










const resolvePath = (host, p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(host.cwd, p));
/** `--secret id=NAME,env=VAR` (value from the environment) or `id=NAME,src=FILE`, as buildx. */
function secrets(values, host) {
    return values.map((v) => {
        const fields = Object.fromEntries(v.split(',').map((kv) => kv.split('=', 2)));
        if (!fields.id)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--secret needs id=NAME, got ${JSON.stringify(v)}`);
        if (fields.env) {
            const value = host.env[fields.env];
            if (value === undefined)
                throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--secret ${fields.id}: environment variable ${fields.env} is not set`);
            return { id: fields.id, value };
        }
        if (fields.src)
            return { id: fields.id, src: resolvePath(host, fields.src) };
        throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--secret ${fields.id}: give env=VAR or src=FILE`);
    });
}
const buildCommand = {
    name: 'build',
    usage: 'signet build --tags IMAGE [--builder buildx|docker|buildah|none] [flags] [CONTEXT]',
    flags: {
        builder: {
            type: 'string',
            value: 'KIND',
            description: `one of ${_build_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDER_KINDS */ .mI.join(', ')}`,
            default: 'buildx',
        },
        tags: { type: 'list', short: 't', value: 'IMAGE', description: 'name to push (repeatable)' },
        file: { type: 'string', short: 'f', value: 'FILE', description: 'Dockerfile' },
        platforms: { type: 'list', value: 'OS/ARCH', description: 'target platform (repeatable)' },
        'build-args': { type: 'list', value: 'KEY=VALUE', description: 'build argument (repeatable)' },
        labels: { type: 'list', value: 'KEY=VALUE', description: 'image label (repeatable)' },
        annotations: { type: 'list', value: 'SPEC', description: 'buildx annotation (repeatable)' },
        target: { type: 'string', value: 'STAGE', description: 'build stage' },
        secrets: {
            type: 'list',
            value: 'id=N,env=V|src=F',
            description: 'build secret (repeatable; values never in argv)',
        },
        'cache-from': { type: 'list', value: 'SPEC', description: 'cache source (repeatable)' },
        'cache-to': { type: 'list', value: 'SPEC', description: 'cache destination (repeatable)' },
        outputs: { type: 'list', value: 'SPEC', description: 'buildx --output besides the push (repeatable)' },
        push: { type: 'boolean', description: 'push the result (signing needs a pushed digest)', default: true },
        provenance: { type: 'string', value: 'VALUE', description: 'buildx --provenance' },
        sbom: { type: 'string', value: 'VALUE', description: 'buildx --sbom' },
        digest: {
            type: 'string',
            value: 'DIGEST',
            description: 'with --builder none: the digest another step pushed',
        },
        'buildx-builder': { type: 'string', value: 'NAME', description: 'buildx builder instance' },
        'buildkit-host': {
            type: 'string',
            value: 'ADDR',
            description: 'build on this BuildKit daemon (tcp://HOST:PORT, unix:///PATH) as a remote builder (default $BUILDKIT_HOST)',
        },
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
        ..._common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .REGISTRY_FLAGS */ .sY,
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 1)
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('signet build takes at most one CONTEXT');
        const builder = (0,_common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(flags, 'builder') ?? 'buildx';
        if (!_build_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDER_KINDS */ .mI.includes(builder)) {
            throw new _common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--builder takes ${_build_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDER_KINDS */ .mI.join(', ')}, got ${JSON.stringify(builder)}`);
        }
        const output = (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .outputFormat */ .B$)(flags);
        const input = (0,_common_build_options_js__WEBPACK_IMPORTED_MODULE_6__/* .toBuildInput */ ._g)(flags, {
            builder: builder,
            context: positionals[0] ?? '.',
            buildxBuilder: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(flags, 'buildx-builder'),
            buildkitHost: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(flags, 'buildkit-host') ?? host.env.BUILDKIT_HOST,
            secrets: secrets((0,_common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(flags, 'secrets'), host),
            push: (0,_common_values_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(flags, 'push'),
            cwd: host.cwd,
            workDir: '',
            label: (name) => `--${name}`,
        });
        const registry = await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .registryClient */ .Rk)(flags, host, input.tags);
        const workDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'signet-build-'));
        try {
            const env = await (0,_common_builder_login_js__WEBPACK_IMPORTED_MODULE_9__/* .toBuilderEnv */ .Kn)(host, input, workDir, await (0,_common_context_js__WEBPACK_IMPORTED_MODULE_8__/* .registryLogin */ .j8)(flags, host));
            const result = await (0,_build_index_js__WEBPACK_IMPORTED_MODULE_4__/* .buildImage */ ._w)({ ...input, workDir }, { exec: _build_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .execFile */ .St, readFile: (p) => host.readFile(p), registry, env });
            if (output === 'json') {
                host.stdout(JSON.stringify({ schema: 'signet.build/v1', ...result, image: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(result.image) }) +
                    '\n');
            }
            else {
                host.stdout(`${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .Y4)(result.image)}\n`);
                for (const m of result.manifests)
                    host.stderr(`${m.platform}\t${m.digest}\n`);
            }
            for (const w of result.warnings)
                host.stderr(`warning: ${w}\n`);
            return 0;
        }
        finally {
            registry.close();
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(workDir, { recursive: true, force: true });
        }
    },
};


/***/ })

};
