export const id = 162;
export const ids = [162];
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

/***/ 44107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   St: () => (/* binding */ execFile),
/* harmony export */   cT: () => (/* binding */ withoutSecrets)
/* harmony export */ });
/* unused harmony export SECRET_ENV_NAMES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12933);
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
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
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

/***/ 86701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ toCiFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// How the Action and the component report a failed run: the error's one line with its code, then its
// cause chain as plain log lines ("caused by: …"), which the CLI prints only under SIGNET_DEBUG. A CI
// log is read after the fact, so it shows why without a rerun.

/** At most this many causes are shown (a chain is short; a cycle must not loop). */
const MAX_CAUSES = 8;
/** A SignetError's code, or a Node system error's (`ENOENT`). */
function codeOf(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T)
        return err.code;
    if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string')
        return err.code;
    return undefined;
}
const messageOf = (err) => (err instanceof Error ? err.message : String(err));
/** The failure's message with its code on the first line, and its causes, one line each. */
function toCiFailure(err) {
    const code = codeOf(err);
    // The code goes on the first line: a hint below it (a permissions: block) stays valid YAML.
    const [first, ...rest] = messageOf(err).split('\n');
    const causes = [];
    let cur = err instanceof Error ? err.cause : undefined;
    for (let i = 0; cur !== undefined && cur !== null && i < MAX_CAUSES; i++) {
        const c = codeOf(cur);
        causes.push(`caused by: ${messageOf(cur).split('\n')[0]}${c ? ` [${c}]` : ''}`);
        cur = cur instanceof Error ? cur.cause : undefined;
    }
    return { message: [`${first}${code ? ` [${code}]` : ''}`, ...rest].join('\n'), causes };
}


/***/ }),

/***/ 79064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ processHost)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_2__);
// Everything the CLI touches outside the process: environment, files, terminal, network. Commands get
// a Host, so the adapter stays the one place that reads env and files (STYLE §1, §4), and the
// commands can be run in-process by tests with a Host of their own.



/** The Host of a real process. */
function processHost() {
    return {
        env: process.env,
        cwd: process.cwd(),
        readFile: (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path),
        async readDir(path) {
            try {
                const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path, { withFileTypes: true });
                return entries
                    .map((e) => ({ name: e.name, directory: e.isDirectory() }))
                    .sort((a, b) => (a.name < b.name ? -1 : 1));
            }
            catch (err) {
                if (err.code === 'ENOTDIR')
                    return undefined;
                throw err;
            }
        },
        async writeFile(path, data, { mode, overwrite = false }) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, data, { mode, flag: overwrite ? 'w' : 'wx' });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(path, mode); // the umask may have narrowed or the file pre-existed
        },
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(text),
        interactive: Boolean(process.stdin.isTTY) && !process.env.CI,
        promptSecret(question) {
            return new Promise((resolve) => {
                const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_2__.createInterface)({ input: process.stdin, output: process.stderr, terminal: true });
                const output = rl;
                process.stderr.write(question);
                output._writeToOutput = () => { };
                rl.question('', (answer) => {
                    rl.close();
                    process.stderr.write('\n');
                    resolve(answer);
                });
            });
        },
        fetch: globalThis.fetch,
    };
}


/***/ }),

/***/ 22576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ githubRunIdentity),
/* harmony export */   Dd: () => (/* binding */ gitlabRunIdentity)
/* harmony export */ });
/* unused harmony exports githubIssuer, ciRunIdentity */
const PUBLIC_GITHUB = 'https://github.com';
/** The issuer of this GitHub's Actions tokens: github.com's, or a GHES instance's own. */
function githubIssuer(serverURL) {
    return serverURL.replace(/\/+$/, '') === PUBLIC_GITHUB
        ? 'https://token.actions.githubusercontent.com'
        : `${serverURL.replace(/\/+$/, '')}/_services/token`;
}
/**
 * The identity Fulcio certifies for this job: `<server>/<job_workflow_ref>` (the reusable workflow's
 * own file when the job runs one) and the token's issuer. Without a token, GITHUB_WORKFLOW_REF is the
 * best the environment offers (the caller's workflow: wrong inside a reusable workflow).
 */
function githubRunIdentity(env, claims) {
    const server = (env.GITHUB_SERVER_URL ?? PUBLIC_GITHUB).replace(/\/+$/, '');
    if (claims && typeof claims.job_workflow_ref === 'string' && typeof claims.iss === 'string') {
        return { identity: `${server}/${claims.job_workflow_ref}`, issuer: claims.iss };
    }
    if (env.GITHUB_WORKFLOW_REF) {
        return { identity: `${server}/${env.GITHUB_WORKFLOW_REF}`, issuer: githubIssuer(server) };
    }
    return undefined;
}
/**
 * The identity Fulcio certifies for this pipeline: `https://` + the token's `ci_config_ref_uri`
 * (`gitlab.com/group/project//.gitlab-ci.yml@refs/heads/main`) and its issuer; without a token, the
 * same built from CI_PROJECT_URL, CI_CONFIG_PATH and the ref, with CI_SERVER_URL as issuer.
 */
function gitlabRunIdentity(env, claims) {
    if (claims && typeof claims.ci_config_ref_uri === 'string' && typeof claims.iss === 'string') {
        return { identity: `https://${claims.ci_config_ref_uri}`, issuer: claims.iss };
    }
    if (env.CI_PROJECT_URL && env.CI_CONFIG_PATH && env.CI_COMMIT_REF_NAME && env.CI_SERVER_URL) {
        const ref = env.CI_COMMIT_TAG ? `refs/tags/${env.CI_COMMIT_TAG}` : `refs/heads/${env.CI_COMMIT_REF_NAME}`;
        return { identity: `${env.CI_PROJECT_URL}//${env.CI_CONFIG_PATH}@${ref}`, issuer: env.CI_SERVER_URL };
    }
    return undefined;
}
/** GitHub's identity when the token or environment is GitHub's, else GitLab's, else none. */
function ciRunIdentity(env, claims) {
    if (claims?.job_workflow_ref !== undefined)
        return githubRunIdentity(env, claims);
    if (claims?.ci_config_ref_uri !== undefined)
        return gitlabRunIdentity(env, claims);
    if (env.GITHUB_ACTIONS === 'true')
        return githubRunIdentity(env, undefined);
    if (env.GITLAB_CI === 'true')
        return gitlabRunIdentity(env, undefined);
    return undefined;
}


/***/ }),

/***/ 86068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OV: () => (/* binding */ COMMA_LISTS),
  mc: () => (/* binding */ INPUTS),
  py: () => (/* reexport */ OUTPUTS),
  OW: () => (/* binding */ parseInputList),
  P9: () => (/* reexport */ toDotenvName),
  zZ: () => (/* reexport */ toGitLabInputVariable)
});

;// CONCATENATED MODULE: ./src/ci/common/input-spec.ts
// The shape of one row of the input table (src/ci/common/inputs.ts) and the GitLab `regex:` patterns
// the rows share.
const URL_RE = '^(https?://\\S+)?$';
const NO_NEWLINE = '^[^\\n]*$';
/** `KEY=VALUE` per line (GitLab `regex:`; RE2 syntax, as GitLab checks it). */
const KEY_VALUE_LINES = '^([^=\\n]+=[^\\n]*(\\n|$))*$';

;// CONCATENATED MODULE: ./src/ci/common/sign-inputs.ts
// The input table's signing rows (cosign's names), files as subjects (actions/attest's names) and the
// SBOM, in the order the docs list them (src/ci/common/inputs.ts joins the groups).

/** Signing, files as subjects and the SBOM. */
const SIGN_INPUTS = [
    // Signing (cosign's names).
    {
        name: 'key',
        kind: 'string',
        default: '',
        verify: true,
        regex: NO_NEWLINE,
        description: 'sign (or verify) with a cosign key: a file, `env://VAR`, `gitlab://PROJECT`, `k8s://NS/SECRET` or a KMS URI (`hashivault://`, `awskms://`, `gcpkms://`, `azurekms://`); default keyless',
    },
    {
        name: 'key-password',
        kind: 'string',
        default: '',
        secret: true,
        only: 'github',
        description: "the key's password; wins over COSIGN_PASSWORD (GitLab: the masked variable COSIGN_PASSWORD)",
    },
    {
        name: 'signature-format',
        kind: 'choice',
        options: ['both', 'legacy', 'bundle'],
        default: 'both',
        verify: true,
        description: 'cosign `.sig` tags (legacy), Sigstore bundle referrers (bundle), or both',
    },
    {
        name: 'signature-repository',
        kind: 'string',
        default: '',
        verify: true,
        regex: NO_NEWLINE,
        description: 'store signatures in this repository (cosign COSIGN_REPOSITORY)',
    },
    { name: 'tlog-upload', kind: 'boolean', default: 'true', description: 'record signatures in Rekor' },
    {
        name: 'sigstore-instance',
        kind: 'choice',
        options: ['auto', 'public-good', 'github', 'custom'],
        default: 'auto',
        description: "`github`: GitHub's Fulcio and timestamp authority (no public logs), trusted root from GitHub's TUF repository; `auto`: `github` for a private or internal repository, `custom` when Sigstore inputs are set, else `public-good`",
    },
    {
        name: 'fulcio-url',
        kind: 'string',
        default: 'https://fulcio.sigstore.dev',
        regex: URL_RE,
        description: 'Fulcio (a private Sigstore: with `rekor-url` and `trusted-root`)',
    },
    {
        name: 'rekor-url',
        kind: 'string',
        default: 'https://rekor.sigstore.dev',
        regex: URL_RE,
        description: 'Rekor',
    },
    {
        name: 'tsa-url',
        kind: 'string',
        default: '',
        regex: URL_RE,
        description: 'RFC 3161 timestamp authority (full URL of its timestamp endpoint)',
    },
    {
        name: 'signing-config',
        kind: 'string',
        default: '',
        regex: NO_NEWLINE,
        description: 'Sigstore `signing_config.v0.2.json` naming Fulcio, the Rekor logs (v1 or v2) and TSAs; `fulcio-url`, `rekor-url`, `tsa-url` and `tlog-upload: false` override it (deprecated, as in cosign v3)',
    },
    {
        name: 'trusted-root',
        kind: 'string',
        default: '',
        verify: true,
        regex: NO_NEWLINE,
        description: 'Sigstore `trusted_root.json` for verification (default: public-good Sigstore through TUF)',
    },
    {
        name: 'allow-public-logs',
        kind: 'boolean',
        default: 'false',
        description: "sign a private repository's image keyless on the public logs (its names become public); refused by default",
    },
    {
        name: 'fork-pull-requests',
        kind: 'choice',
        options: ['build-only', 'fail'],
        default: 'build-only',
        only: 'github',
        description: 'fork pull requests get no OIDC token: build only with a notice, or fail',
    },
    // Files as subjects (actions/attest's names).
    {
        name: 'subject-path',
        kind: 'list',
        default: '',
        regex: '^[^\'"`;&|<>]*$',
        description: 'release files to attest: paths or globs (newline or comma separated); bundles are written beside them as `<file>.sigstore.json`',
    },
    {
        name: 'subject-digest',
        kind: 'string',
        default: '',
        regex: '^(sha256:[0-9a-f]{64})?$',
        description: 'a subject by digest, `sha256:<hex>` (with `subject-name`)',
    },
    {
        name: 'subject-name',
        kind: 'string',
        default: '',
        regex: NO_NEWLINE,
        description: 'the name of `subject-digest` in the attestation',
    },
    {
        name: 'subject-checksums',
        kind: 'string',
        default: '',
        regex: NO_NEWLINE,
        description: 'a checksums file (`sha256sum` output) whose lines are subjects',
    },
    {
        name: 'predicate-type',
        kind: 'string',
        default: '',
        regex: NO_NEWLINE,
        description: "the subjects' predicate type (a URI or cosign's shorthands); default: SLSA provenance of this run (with `attest-provenance`)",
    },
    {
        name: 'predicate',
        kind: 'string',
        default: '',
        only: 'github',
        description: 'the predicate as JSON (or `predicate-path`)',
    },
    {
        name: 'predicate-path',
        kind: 'string',
        default: '',
        regex: NO_NEWLINE,
        description: 'a JSON file holding the predicate',
    },
    {
        name: 'attestation-per-subject',
        kind: 'boolean',
        default: 'false',
        description: 'one attestation per subject instead of one naming them all (at most 1,024)',
    },
    {
        name: 'push-to-github',
        kind: 'choice',
        options: ['auto', 'true', 'false'],
        default: 'auto',
        only: 'github',
        description: "store every attestation in the repository's GitHub attestations (needs `attestations: write`); `auto`: when the token may",
    },
    // SBOM.
    {
        name: 'sbom-source',
        kind: 'list',
        regex: '^((buildkit|file|generate)[\\s,]*)*$',
        default: 'buildkit,file,generate',
        description: "where the SBOM comes from, first that yields: BuildKit's attestation, `sbom-file`, or generated",
    },
    {
        name: 'sbom-file',
        kind: 'string',
        default: '',
        regex: NO_NEWLINE,
        description: 'an SPDX or CycloneDX JSON file to attest (validated)',
    },
];

;// CONCATENATED MODULE: ./src/ci/common/verify-inputs.ts
// The input table's verification rows (cosign's names), the admission objects and where files go, in
// the order the docs list them (src/ci/common/inputs.ts joins the groups).

/** Verification, admission and the output folder. */
const VERIFY_INPUTS = [
    // Verification (cosign's names).
    {
        name: 'certificate-identity',
        kind: 'string',
        default: '',
        verify: true,
        regex: NO_NEWLINE,
        description: "the expected signer identity (default: this run's own workflow identity)",
    },
    {
        name: 'certificate-identity-regexp',
        kind: 'string',
        default: '',
        verify: true,
        regex: NO_NEWLINE,
        description: 'or the signer identity as an anchored regular expression',
    },
    {
        name: 'certificate-oidc-issuer',
        kind: 'string',
        default: '',
        verify: true,
        regex: URL_RE,
        description: "the expected OIDC issuer (default: this CI's issuer)",
    },
    {
        name: 'certificate-oidc-issuer-regexp',
        kind: 'string',
        default: '',
        verify: true,
        regex: NO_NEWLINE,
        description: 'or the OIDC issuer as an anchored regular expression',
    },
    {
        name: 'source-repository-ref',
        kind: 'string',
        default: '',
        verify: true,
        regex: NO_NEWLINE,
        description: 'require this source ref claim (e.g. `refs/heads/main`)',
    },
    {
        name: 'source-repository-digest',
        kind: 'string',
        default: '',
        verify: true,
        regex: '^([0-9a-f]{40,64})?$',
        description: 'require this source commit claim',
    },
    {
        name: 'build-trigger',
        kind: 'string',
        default: '',
        verify: true,
        regex: NO_NEWLINE,
        description: 'require this build trigger claim (e.g. `push`)',
    },
    // Admission.
    {
        name: 'admission',
        kind: 'list',
        regex: '^((policy-controller-vsa|kyverno-ivp-vsa|kyverno-vsa|policy-controller|kyverno-ivp|kyverno|connaisseur)[\\s,]*)*$',
        default: '',
        description: 'write admission objects: `policy-controller`, `kyverno`, `kyverno-ivp`, `connaisseur`; or admit on the VSA: `policy-controller-vsa`, `kyverno-vsa`, `kyverno-ivp-vsa`',
    },
    {
        name: 'vsa-min-level',
        kind: 'string',
        default: '',
        regex: '^(SLSA_BUILD_LEVEL_[0-3])?$',
        description: 'the `-vsa` admission objects: the lowest SLSA build level a summary must state',
    },
    {
        name: 'vsa-max-age',
        kind: 'string',
        default: '',
        regex: '^([0-9]+[smhd])?$',
        description: 'the `-vsa` admission objects: the oldest summary admitted (e.g. `24h`)',
    },
    {
        name: 'policy-name',
        kind: 'string',
        default: '',
        regex: '^([a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?)?$',
        description: 'base name of the admission objects (default: from the repository)',
    },
    {
        name: 'policy-mode',
        kind: 'choice',
        options: ['enforce', 'warn'],
        default: 'enforce',
        description: 'policy-controller mode',
    },
    {
        name: 'allowed-registries',
        kind: 'list',
        default: '',
        // One unambiguous item per separator: linear in JavaScript's backtracking engine too.
        regex: '^[\\s,]*([a-z0-9][a-z0-9.:-]*(/[a-z0-9._-]+)*/?([\\s,]+|$))*$',
        description: 'Kyverno: admit images only from these registries or repositories (`ghcr.io/acme`), matched at a `/` boundary',
    },
    {
        name: 'pull-policy-always',
        kind: 'boolean',
        default: 'false',
        description: 'Kyverno: mutate every container to `imagePullPolicy: Always`',
    },
    {
        name: 'audit-unsigned',
        kind: 'boolean',
        default: 'false',
        description: 'Kyverno: audit every image in the cluster against the signer, reported without blocking',
    },
    {
        name: 'alert',
        kind: 'boolean',
        default: 'false',
        description: "a PrometheusRule alerting on the generated Kyverno policies' failures",
    },
    {
        name: 'kubeconfig',
        kind: 'string',
        default: '',
        secret: true,
        only: 'github',
        description: 'kubeconfig content to apply the objects with (GitLab: a file variable KUBECONFIG)',
    },
    {
        name: 'apply',
        kind: 'boolean',
        default: 'false',
        description: 'server-side apply the objects to the cluster, only after the read-back verification passed (needs verify: true; refused without it)',
    },
    {
        name: 'dry-run',
        kind: 'boolean',
        default: 'false',
        description: 'with `apply` (refused without it): validate on the server, store nothing',
    },
    // Where files go.
    {
        name: 'output-dir',
        kind: 'string',
        default: '',
        gitlabDefault: 'signet',
        // GitLab artifacts need a folder inside the project.
        gitlabRegex: '^[A-Za-z0-9_][A-Za-z0-9._/-]*$',
        verify: true,
        regex: NO_NEWLINE,
        description: 'folder for bundles, SBOMs, the report and policies (default: RUNNER_TEMP/signet; GitLab: signet, inside the project)',
    },
];

;// CONCATENATED MODULE: ./src/ci/common/outputs.ts
// The table of the Action's and the component's outputs, and the names they take on GitLab.
const OUTPUTS = [
    { name: 'image', description: 'the image by digest (`name@sha256:…`)' },
    { name: 'digest', description: 'the pushed digest (an index or a manifest)' },
    {
        name: 'images',
        description: 'JSON array: the digest in every pushed repository (each signed, attested and verified)',
    },
    { name: 'platform-digests', description: 'JSON object: platform → manifest digest' },
    { name: 'signatures', description: 'JSON array: subject, platform, format, location, Rekor log index' },
    {
        name: 'bundle-path',
        description: "Sigstore bundle of the image signature (`.sigstore.json`); with `subject-path` and no image, the first file's (`<file>.sigstore.json`)",
    },
    { name: 'sbom-path', description: 'the SBOM file of the first platform (all are in `output-dir`)' },
    { name: 'rekor-log-index', description: "log index of the image signature's Rekor entry" },
    { name: 'verified', description: '`true` when the read-back verification passed' },
    {
        name: 'verified-attestations',
        description: 'JSON array: every attestation read back and verified (subject, predicate type, format, location)',
    },
    { name: 'policy-path', description: 'folder of the admission objects (GitOps files)' },
    { name: 'report-path', description: 'the verification report (`signet.verify/v1` JSON)' },
    {
        name: 'attestation-id',
        description: "the id of the run's main attestation in GitHub's attestation store (`push-to-github`)",
    },
    { name: 'attestation-url', description: 'its URL on GitHub' },
    {
        name: 'trusted-root-path',
        description: "with GitHub's Sigstore instance: its trusted root (`trusted_root.json`), for cosign, gh, Kyverno and policy-controller",
    },
    {
        name: 'vsa-path',
        description: 'the SLSA verification summary (VSA predicate JSON) attached to the digest, when `vsa` is on',
    },
];
/**
 * The variable an input reaches the GitLab job through: `SIGNET_INPUT_` + upper snake case. A prefix
 * of its own: a dotenv report of an earlier job (`SIGNET_DIGEST`, …) outranks job variables in GitLab,
 * so outputs and inputs must never share a name.
 */
function toGitLabInputVariable(name) {
    return `SIGNET_INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
}
/** The dotenv name of an output on GitLab: `SIGNET_` + upper snake case (`SIGNET_DIGEST`). */
function toDotenvName(name) {
    return `SIGNET_${name.toUpperCase().replace(/-/g, '_')}`;
}

;// CONCATENATED MODULE: ./src/ci/common/inputs.ts
// The one table of the Action's and the component's inputs and outputs. action.yml, the GitLab
// component specs and the README tables are checked against it by test/unit/ci/spec-sync.test.ts, and
// both adapters read their inputs through it, so a name means the same everywhere. Names follow
// docker/build-push-action for the build and cosign's flags for signing and verifying.




/** The rows as written: their literal types give each input's value type (ci-inputs.ts). */
const TABLE = [
    // What to run.
    {
        name: 'build',
        kind: 'choice',
        options: ['buildx', 'docker', 'buildah', 'none'],
        default: 'buildx',
        // A GitLab job image with node has no docker: the component signs what a build job pushed.
        gitlabDefault: 'none',
        description: 'the builder; `none` signs the image another step pushed (`tags` + `digest`) and refuses the build inputs',
    },
    { name: 'sign', kind: 'boolean', default: 'true', description: 'sign the pushed digest' },
    {
        name: 'attest-sbom',
        kind: 'boolean',
        default: 'true',
        description: 'attach the SBOM of every platform as a signed attestation',
    },
    {
        name: 'attest-provenance',
        kind: 'boolean',
        default: 'true',
        description: 'attach SLSA provenance v1 of this run (GitHub Actions workflow, or GitLab pipeline job) as a signed attestation',
    },
    {
        name: 'verify',
        kind: 'boolean',
        default: 'true',
        verify: true,
        description: 'read the signatures back from the registry and verify them against the expected identity',
    },
    {
        name: 'vsa',
        kind: 'boolean',
        default: 'false',
        verify: true,
        description: 'after a passing verification, sign and attach a SLSA verification summary (VSA) to the digest, as the run identity',
    },
    {
        name: 'vsa-on-failure',
        kind: 'boolean',
        default: 'false',
        verify: true,
        description: 'with vsa, also attach a FAILED summary when verification fails (the job still fails)',
    },
    {
        name: 'vsa-policy-uri',
        kind: 'string',
        default: '',
        regex: NO_NEWLINE,
        verify: true,
        description: "where the verification policy is published, recorded in the VSA's policy (its digest always is)",
    },
    // Build (docker/build-push-action's names).
    {
        name: 'push',
        kind: 'boolean',
        default: 'true',
        description: 'push the image; `false` only builds (nothing is signed, attested or verified)',
    },
    { name: 'context', kind: 'string', default: '.', regex: NO_NEWLINE, description: 'build context' },
    { name: 'file', kind: 'string', default: '', regex: NO_NEWLINE, description: 'Dockerfile path' },
    {
        name: 'tags',
        kind: 'list',
        regex: '^[A-Za-z0-9._:/@${}\\s,-]*$',
        default: '',
        verify: true,
        description: 'names to push (newline or comma separated); the first is signed',
    },
    {
        name: 'digest',
        kind: 'string',
        default: '',
        verify: true,
        // A digest, or a $VARIABLE holding one (GitLab checks the regex before expanding; signet checks the value).
        regex: '^(sha256:[0-9a-f]{64}|\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?)?$',
        description: 'with `build: none` (or to verify): the digest pushed to the first tag',
    },
    {
        name: 'platforms',
        kind: 'list',
        regex: '^[a-z0-9/.\\s,-]*$',
        default: '',
        description: 'target platforms, e.g. `linux/amd64,linux/arm64`',
    },
    {
        name: 'build-args',
        kind: 'list',
        regex: KEY_VALUE_LINES,
        default: '',
        description: 'build arguments, `KEY=VALUE` per line',
    },
    {
        name: 'labels',
        kind: 'list',
        regex: KEY_VALUE_LINES,
        default: '',
        description: 'image labels, `KEY=VALUE` per line',
    },
    {
        name: 'annotations',
        kind: 'list',
        regex: KEY_VALUE_LINES,
        default: '',
        description: 'buildx annotations, one per line',
    },
    { name: 'target', kind: 'string', default: '', regex: NO_NEWLINE, description: 'build stage' },
    {
        name: 'secrets',
        kind: 'list',
        default: '',
        secret: true,
        only: 'github',
        description: 'build secrets, `id=value` per line (passed through the environment, never argv)',
    },
    {
        name: 'cache-from',
        kind: 'list',
        regex: '^[^\'"`;&|<>]*$',
        default: '',
        description: 'cache sources, one per line',
    },
    {
        name: 'cache-to',
        kind: 'list',
        regex: '^[^\'"`;&|<>]*$',
        default: '',
        description: 'cache destinations, one per line',
    },
    {
        name: 'outputs',
        kind: 'list',
        regex: '^[^\'"`;&|<>]*$',
        default: '',
        description: "buildx output destinations besides the push to `tags`, one per line (build-push-action's `outputs`: `type=local,dest=out`, `type=image,compression=zstd`)",
    },
    {
        name: 'provenance',
        kind: 'string',
        default: '',
        regex: NO_NEWLINE,
        description: "buildx's own `--provenance`",
    },
    {
        name: 'sbom',
        kind: 'string',
        default: '',
        regex: NO_NEWLINE,
        description: "buildx's own `--sbom` attestation",
    },
    { name: 'builder', kind: 'string', default: '', regex: NO_NEWLINE, description: 'buildx builder instance' },
    {
        name: 'buildkit-host',
        kind: 'string',
        default: '',
        regex: '^((tcp://[A-Za-z0-9.-]+:[0-9]{1,5})|(unix:///\\S+))?$',
        description: 'a BuildKit daemon (`tcp://buildkitd:1234`, `unix:///…`) buildx builds on as a remote builder (default: BUILDKIT_HOST)',
    },
    // Registry.
    {
        name: 'registry-username',
        kind: 'string',
        default: '',
        only: 'github',
        description: "username for the image's registry (default: the docker config, or GITHUB_TOKEN for ghcr.io)",
    },
    {
        name: 'registry-password',
        kind: 'string',
        default: '',
        secret: true,
        only: 'github',
        description: "password or token for the image's registry",
    },
    {
        name: 'github-token',
        kind: 'string',
        default: '${{ github.token }}',
        secret: true,
        only: 'github',
        description: "token for ghcr.io (when no other credentials are given) and GitHub's attestations; wins over GITHUB_TOKEN",
    },
    {
        name: 'allow-insecure-registry',
        kind: 'boolean',
        default: 'false',
        verify: true,
        description: 'allow plain HTTP to the registry (loopback registries always may)',
    },
    {
        name: 'limit',
        kind: 'list',
        default: '',
        verify: true,
        regex: KEY_VALUE_LINES,
        description: 'raise a cap on what a registry or image can make Signet read, `NAME=VALUE` per line (e.g. `referrers=20000`); see the README security section',
    },
    ...SIGN_INPUTS,
    ...VERIFY_INPUTS,
];
/** Every input, in the order the docs list them. */
const INPUTS = TABLE;
/** The typed value of an input's text. Lists: newline separated, and comma separated for names. */
function parseInputList(text, commas) {
    return text
        .split(commas ? /[\n,]/ : /\n/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** List inputs whose items never contain commas, so commas separate too (as build-push-action). */
const COMMA_LISTS = new Set([
    'tags',
    'platforms',
    'sbom-source',
    'admission',
    'allowed-registries',
    'subject-path',
]);


/***/ }),

/***/ 91739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t6: () => (/* binding */ githubProvenance),
/* harmony export */   v7: () => (/* binding */ gitlabProvenance)
/* harmony export */ });
/* unused harmony exports githubProvenanceContext, gitlabProvenanceContext, ciProvenance */
/* harmony import */ var _attest_provenance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73134);
/* harmony import */ var _attest_gitlab_provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98708);
// Reads the GitHub Actions run context SLSA provenance is built from (the adapter's job: only src/ci
// reads the environment). The names are GitHub's default environment variables.


/** The provenance context of the current GitHub Actions run, or undefined outside one. */
function githubProvenanceContext(env) {
    const need = [
        'GITHUB_SERVER_URL',
        'GITHUB_REPOSITORY',
        'GITHUB_WORKFLOW_REF',
        'GITHUB_EVENT_NAME',
        'GITHUB_REF',
        'GITHUB_SHA',
        'GITHUB_RUN_ID',
    ];
    if (env.GITHUB_ACTIONS !== 'true' || need.some((k) => !env[k]))
        return undefined;
    return {
        serverURL: env.GITHUB_SERVER_URL,
        repository: env.GITHUB_REPOSITORY,
        workflowRef: env.GITHUB_WORKFLOW_REF,
        eventName: env.GITHUB_EVENT_NAME,
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        repositoryId: env.GITHUB_REPOSITORY_ID,
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID,
        runnerEnvironment: env.RUNNER_ENVIRONMENT,
    };
}
/**
 * SLSA provenance of the current GitHub Actions run, with the builder the job really ran (the token's
 * job_workflow_ref and runner_environment, when a token was had), or why it cannot be built here.
 */
function githubProvenance(env, claims) {
    const ctx = githubProvenanceContext(env);
    if (!ctx)
        return { missing: 'provenance is built from a GitHub Actions run context (GITHUB_* variables)' };
    if (typeof claims?.job_workflow_ref === 'string')
        ctx.jobWorkflowRef = claims.job_workflow_ref;
    if (typeof claims?.runner_environment === 'string')
        ctx.runnerEnvironment = claims.runner_environment;
    return { predicate: (0,_attest_provenance_js__WEBPACK_IMPORTED_MODULE_0__/* .buildProvenance */ .S)(ctx) };
}
const claim = (claims, name) => {
    const v = claims?.[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};
/**
 * The provenance context of the current GitLab job: from the ID token's claims where it has them (GitLab
 * signed those), else from the CI_* variables; undefined with what is missing.
 */
function gitlabProvenanceContext(env, claims) {
    if (env.GITLAB_CI !== 'true')
        return { missing: 'not a GitLab CI/CD job (GITLAB_CI is not true)' };
    const tag = env.CI_COMMIT_TAG;
    const refFromEnv = tag
        ? `refs/tags/${tag}`
        : env.CI_COMMIT_BRANCH
            ? `refs/heads/${env.CI_COMMIT_BRANCH}`
            : undefined;
    const projectPath = claim(claims, 'project_path') ?? env.CI_PROJECT_PATH;
    const refPath = claim(claims, 'ref_path') ?? refFromEnv;
    const configRef = claim(claims, 'ci_config_ref_uri') ??
        (env.CI_SERVER_HOST && projectPath && env.CI_CONFIG_PATH && refPath
            ? `${env.CI_SERVER_HOST}/${projectPath}//${env.CI_CONFIG_PATH}@${refPath}`
            : undefined);
    const fields = {
        serverURL: env.CI_SERVER_URL,
        projectPath,
        ciConfigRefURI: configRef,
        refPath,
        sha: claim(claims, 'sha') ?? env.CI_COMMIT_SHA,
        pipelineSource: claim(claims, 'pipeline_source') ?? env.CI_PIPELINE_SOURCE,
        pipelineId: claim(claims, 'pipeline_id') ?? env.CI_PIPELINE_ID,
        jobId: claim(claims, 'job_id') ?? env.CI_JOB_ID,
    };
    const missing = Object.entries(fields)
        .filter(([, v]) => !v)
        .map(([k]) => k);
    if (missing.length > 0) {
        return {
            missing: `GitLab provenance needs ${missing.join(', ')} (from the ID token or CI_* variables)`,
        };
    }
    const ctx = fields;
    const out = { ...ctx };
    const optional = [
        ['jobName', env.CI_JOB_NAME],
        ['projectId', claim(claims, 'project_id') ?? env.CI_PROJECT_ID],
        ['namespaceId', claim(claims, 'namespace_id') ?? env.CI_PROJECT_NAMESPACE_ID],
        ['runnerId', claim(claims, 'runner_id') ?? env.CI_RUNNER_ID],
        ['runnerEnvironment', claim(claims, 'runner_environment')],
        ['runnerVersion', env.CI_RUNNER_VERSION],
        ['ciConfigSha', claim(claims, 'ci_config_sha')],
        ['startedOn', env.CI_JOB_STARTED_AT],
    ];
    for (const [k, v] of optional)
        if (v)
            out[k] = v;
    return out;
}
/** SLSA provenance of the current GitLab job, or why it cannot be built here. */
function gitlabProvenance(env, claims) {
    const ctx = gitlabProvenanceContext(env, claims);
    if ('missing' in ctx)
        return ctx;
    return { predicate: (0,_attest_gitlab_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .buildGitLabProvenance */ .j)(ctx) };
}
/** SLSA provenance of the CI run this process is in: a GitHub Actions run or a GitLab job. */
function ciProvenance(env, claims) {
    if (env.GITLAB_CI === 'true')
        return gitlabProvenance(env, claims);
    const made = githubProvenance(env, claims);
    return 'missing' in made
        ? { missing: 'provenance is built from a GitHub Actions run or a GitLab CI/CD job context' }
        : made;
}


/***/ }),

/***/ 86531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ runCi)
});

// UNUSED EXPORTS: readCiInputs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/registry/index.ts + 18 modules
var src_registry = __webpack_require__(8985);
;// CONCATENATED MODULE: ./src/build/build-flags.ts
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
        argv.push(`--manifest=${(0,src_registry/* formatReference */.Y4)(input.tags[0])}`);
    }
    else {
        for (const t of input.tags)
            argv.push(`--tag=${(0,src_registry/* formatReference */.Y4)(t)}`);
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
    const local = (0,src_registry/* formatReference */.Y4)(manifest ? input.tags[0] : tag);
    argv.push('--', local, `docker://${(0,src_registry/* formatReference */.Y4)(tag)}`);
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
        argv.push(`--tag=${(0,src_registry/* formatReference */.Y4)(t)}`);
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
        return (0,src_registry/* parseDigest */.m)(v);
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
        argv.push(`--tag=${(0,src_registry/* formatReference */.Y4)(t)}`);
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
        const name = (0,src_registry/* formatReference */.Y4)(tag);
        const res = await runTool(deps, 'docker', ['docker', ...buildDockerPushArgs(name)], {
            timeoutMs,
            what: `docker push ${name}`,
        });
        const digest = (0,src_registry/* parseDigest */.m)(parseDockerPushOutput(res.stdout, name).digest);
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
        const name = (0,src_registry/* formatReference */.Y4)(tag);
        await runTool(deps, 'buildah', ['buildah', ...buildBuildahPushArgs(input, tag, { digestFile, tlsVerify, authFile })], { timeoutMs, what: `buildah push ${name}` });
        const digest = (0,src_registry/* parseDigest */.m)(parseBuildahDigestFile(await readText(deps, digestFile, 'buildah digest file')));
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
        const where = (0,src_registry/* formatReference */.Y4)((0,src_registry/* withIdentifier */.Kt)(first, { digest: pushed.digest }));
        throw new errors/* BuildError */.z('BUILD_NO_DIGEST', input.builder === 'none'
            ? `${where} does not exist: the digest input must name a manifest pushed to the first of tags`
            : `${input.builder} reported digest ${pushed.digest}, but ${where} does not exist: the image was not pushed there (loaded into the engine, or pushed elsewhere)`, { cause: err });
    });
    // Every other name must hold the same digest too (a builder that pushed per tag, or `none` given
    // names the digest was never pushed to).
    const names = [first];
    for (const tag of input.tags.slice(1)) {
        if (tag.registry !== first.registry || tag.repository !== first.repository) {
            await deps.registry.getManifest((0,src_registry/* withIdentifier */.Kt)(tag, { digest: pushed.digest }));
        }
        names.push(tag);
    }
    return {
        builder: input.builder,
        digest: pushed.digest,
        mediaType: described.mediaType,
        image: (0,src_registry/* withIdentifier */.Kt)(first, { digest: pushed.digest }),
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






// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/sign/clock.ts
var sign_clock = __webpack_require__(14735);
// EXTERNAL MODULE: ./src/sign/duplicates.ts
var duplicates = __webpack_require__(58831);
// EXTERNAL MODULE: ./src/sign/resolve-targets.ts
var resolve_targets = __webpack_require__(86182);
// EXTERNAL MODULE: ./src/sign/statement.ts
var sign_statement = __webpack_require__(25924);
// EXTERNAL MODULE: ./src/sign/time-witness.ts
var time_witness = __webpack_require__(50326);
// EXTERNAL MODULE: ./src/storage/bundle-referrer.ts
var bundle_referrer = __webpack_require__(57469);
// EXTERNAL MODULE: ./src/storage/cosign-tags.ts + 1 modules
var cosign_tags = __webpack_require__(86831);
// EXTERNAL MODULE: ./src/storage/push-bundle-referrer.ts
var push_bundle_referrer = __webpack_require__(72728);
// EXTERNAL MODULE: ./src/storage/signature-image.ts
var signature_image = __webpack_require__(35099);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/attest/errors.ts
// Errors of the attest stage. Registry failures keep their own type (RegistryError); what the attest
// stage decides itself, and a signer or Sigstore service failing while attesting, is an AttestError.

/** An attest stage failure; `code` says which. */
class errors_AttestError extends src_errors/* SignetError */.T {
}

// EXTERNAL MODULE: ./src/sign/constants.ts
var sign_constants = __webpack_require__(50844);
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
        throw new errors_AttestError('ATTEST_INVALID_INPUT', 'attestation layers need a dsse envelope bundle, got a message signature');
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
        [sign_constants/* ANNOTATION_SIGNATURE */.LR]: '',
        [sign_constants/* ANNOTATION_PREDICATE_TYPE */.nM]: predicateType,
        ...(0,legacy_annotations/* toMaterialAnnotations */.X3)(bundle),
    };
    // cosign checks an `.att` layer's RFC 3161 timestamp over the layer payload (the envelope JSON: an
    // attestation has no signature annotation; pkg/cosign/verify.go VerifyRFC3161Timestamp), while the
    // bundle's timestamp covers the DSSE signature. Kyverno (cosign v2) then refuses the layer ("hashed
    // messages don't match"). With a tlog entry its integrated time proves when the certificate was used,
    // so the mismatched timestamp is left out. TODO(h21): a timestamp over the envelope for TSA-only
    // attestations, remove when the attest stage requests one.
    if (annotations[sign_constants/* ANNOTATION_REKOR_BUNDLE */.bL] !== undefined)
        delete annotations[sign_constants/* ANNOTATION_RFC3161_TIMESTAMP */.oN];
    return { mediaType: sign_constants/* DSSE_ENVELOPE_MEDIA_TYPE */.Nr, payload: toEnvelopeJSON(bundle), annotations };
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
/** Attests `input.image` (and an index's manifests), writing nothing unless every bundle was made. */
async function attestImage(input, deps) {
    const clock = deps.clock ?? sign_clock/* systemClock */.m;
    // 1. One digest, and the manifests under it (as the sign stage resolves them).
    const { formats, repo, sigRepo, root, subjects, warnings } = await (0,resolve_targets/* resolveTargets */.h)(deps.registry, input, 'attested');
    const rootRef = (0,src_registry/* formatReference */.Y4)({ ...repo, digest: root.digest });
    // Keyless needs Rekor or a TSA to prove when the short-lived certificate was used.
    await (0,time_witness/* requireTimeWitness */.e4)(deps.signer, deps.witnesses, `attesting ${rootRef}`, Buffer.from(root.digest), (m) => new errors_AttestError('ATTEST_INVALID_INPUT', m), (m, cause) => new errors_AttestError('ATTEST_FAILED', m, { cause }));
    // 2. Every bundle, before any write. Each format gets its own signature and tlog entry, as cosign.
    const jobs = subjects.flatMap((subject) => formats.map((f) => ({ subject, format: f })));
    // sigstore-js's signing stack loads only when something is signed.
    const { createWitnesses, refuseLegacyWithRekorV2, signStatement } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(814), __webpack_require__.e(179), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 99847));
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
            throw new errors_AttestError('ATTEST_FAILED', `attesting ${at}: ${err.message}`, { cause: err });
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
        _type: sign_constants/* IN_TOTO_STATEMENT_V1 */.tV,
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
            throw new errors_AttestError('ATTEST_INVALID_INPUT', `${source} line ${i + 1}: expected "<sha256 hex>  <name>" (sha256sum output), got ${JSON.stringify(line.slice(0, 80))}`);
        }
        out.push({ name: m[2], digest: `sha256:${m[1].toLowerCase()}` });
    }
    return out;
}
/** Parses `subject-digest` (`sha256:<hex>`) with `subject-name`. */
function toDigestSubject(digest, name) {
    if (!SHA256.test(digest)) {
        throw new errors_AttestError('ATTEST_INVALID_INPUT', `expected sha256:<64 hex>, got ${JSON.stringify(digest.slice(0, 80))}`);
    }
    if (name.trim() === '')
        throw new errors_AttestError('ATTEST_INVALID_INPUT', 'needs a subject name');
    return { name, digest };
}
/** Drops repeated subjects (same name and digest); refuses one name with two digests. */
function dedupeSubjects(subjects) {
    const byName = new Map();
    for (const s of subjects) {
        const seen = byName.get(s.name);
        if (seen && seen.digest !== s.digest) {
            throw new errors_AttestError('ATTEST_INVALID_INPUT', `subject ${s.name} is given twice with different digests (${seen.digest}, ${s.digest}): give each name once`);
        }
        byName.set(s.name, s);
    }
    return [...byName.values()];
}
/** Signs the statements about `input.subjects`; writes nothing (the caller places the bundles). */
async function attestFiles(input, deps) {
    const subjects = dedupeSubjects(input.subjects);
    if (subjects.length === 0) {
        throw new errors_AttestError('ATTEST_INVALID_INPUT', 'no subjects: give subject-path, subject-digest with subject-name, or subject-checksums');
    }
    for (const s of subjects) {
        if (!SHA256.test(s.digest))
            throw new errors_AttestError('ATTEST_INVALID_INPUT', `subject ${s.name}: expected a sha256:<hex> digest, got ${s.digest}`);
    }
    checkSubjectCount(subjects.length, input.perSubject ?? false);
    // Keyless needs Rekor or a TSA to prove when the short-lived certificate was used (as attestImage).
    await (0,time_witness/* requireTimeWitness */.e4)(deps.signer, deps.witnesses, `attesting ${subjects[0].name}`, Buffer.from(subjects[0].digest), (m) => new errors_AttestError('ATTEST_INVALID_INPUT', m), (m, cause) => new errors_AttestError('ATTEST_FAILED', m, { cause }));
    const groups = input.perSubject ? subjects.map((s) => [s]) : [subjects];
    // sigstore-js's signing stack loads only when something is signed.
    const { createWitnesses, signStatement } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(814), __webpack_require__.e(179), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 99847));
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
            throw new errors_AttestError('ATTEST_FAILED', `attesting ${what}: ${err.message}`, { cause: err });
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
        throw new errors_AttestError('ATTEST_INVALID_INPUT', `expected at most ${MAX_SUBJECTS_PER_STATEMENT} subjects in one attestation, got ${count}; attest one per subject or split the files`);
    }
}

// EXTERNAL MODULE: ./src/verify/index.ts + 8 modules
var verify = __webpack_require__(3831);
// EXTERNAL MODULE: ./src/storage/attached-layers.ts
var attached_layers = __webpack_require__(5580);
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
async function collectLegacyAttestations(store, repo, digest, predicateType, concurrency, budget) {
    const layers = await (0,attached_layers/* readAttachedLayers */.r)(store, repo, digest, 'attestation', {
        concurrency,
        budget,
        include: (layer) => layer.annotations?.[sign_constants/* ANNOTATION_PREDICATE_TYPE */.nM] === predicateType,
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
        throw new errors_AttestError('ATTEST_NOT_FOUND', `no ${input.predicateType} attestations found for ${(0,src_registry/* formatReference */.Y4)({ ...input.image, digest })}: looked in ${(0,src_registry/* formatReference */.Y4)((0,cosign_tags/* toAttestationTag */.YA)(sigRepo, digest))} and the bundle referrers of ${digest}; attest it first, or pass --signature-repository`);
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
        throw new errors_AttestError('ATTEST_INVALID_TYPE', `--type ${JSON.stringify(value)}: expected one of ${Object.keys(attest_constants/* PREDICATE_TYPE_SHORTHANDS */.qu).join(', ')} or an absolute URI`);
    }
    return value;
}

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
        throw new errors_AttestError('ATTEST_INVALID_INPUT', `vsa verifier id ${JSON.stringify(input.verifierId)} is not a URI: run in CI (the workflow identity) or pass --vsa-verifier-id URI`);
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
const CLOCK_SKEW_MS = (/* unused pure expression or super */ null && (5 * 60_000));
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
    if (statement.predicateType !== SLSA_VSA_V1) {
        throw fail(`expected predicate type ${SLSA_VSA_V1}, got ${statement.predicateType}`);
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
        types.push(sign_constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4);
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

;// CONCATENATED MODULE: ./src/attest/index.ts
// The attest stage's public API: attest an image (in-toto statement, DSSE, both storage formats),
// verify its attestations, and build SLSA provenance v1 from a CI run.











// EXTERNAL MODULE: ./src/map-limit.ts
var map_limit = __webpack_require__(89143);
// EXTERNAL MODULE: ./src/sign/index.ts + 4 modules
var sign = __webpack_require__(24705);
;// CONCATENATED MODULE: ./src/pipeline/run-pipeline.ts
// The whole pipeline as one function: build and push → sign the pushed digest → SBOM of every platform,
// attested → provenance, attested → verify what the registry now holds → admission objects (and apply).
// Every stage is the same function `signet <stage>` calls; this file only orders them, hands each the
// previous one's result, and stops at the first failure, so nothing is written after a stage fails and
// nothing reaches a cluster unless the read-back verification passed (the signatures, and every SBOM and
// provenance attestation just written, in each format it was written in, as cosign verify-attestation
// checks them): `apply` without `verify` is
// refused (PIPELINE_INVALID_INPUT), and a verification that found no valid signature generates nothing. The CI adapters (the Action, the
// GitLab component) turn their inputs into a PipelineInput and their environment into PipelineDeps.








/** A pipeline asked for something it cannot do (a stage without what it needs), found before it starts. */
class PipelineError extends src_errors/* SignetError */.T {
}
const resolve = (d) => typeof d === 'function' ? d() : Promise.resolve(d);
function needSigning(deps, stage) {
    if (!deps.signing)
        throw new PipelineError('PIPELINE_INVALID_INPUT', `the ${stage} stage needs a signer`);
    return deps.signing;
}
/**
 * What the pipeline refuses before any stage runs. Applying admission objects needs the read-back
 * verification: Signet applies only what it verified, so `apply` without `verify` is an error, not a
 * silent apply (generating the objects without applying them needs no verification).
 */
function checkInput(input, deps) {
    const signs = input.sign || input.sbom || input.provenance || input.vsa;
    if (signs && !deps.signing)
        throw new PipelineError('PIPELINE_INVALID_INPUT', 'signing, attesting or a VSA needs a signer');
    if (input.vsa && !input.verify)
        throw new PipelineError('PIPELINE_INVALID_INPUT', 'a verification summary (vsa) needs verify');
}
/** Runs the stages in order; throws the first stage's error (the stages' own typed errors). */
async function runPipeline(input, deps) {
    checkInput(input, deps);
    const stage = deps.onStage ?? (() => { });
    stage('build', `${input.build.builder} → ${input.build.tags.map((t) => t.repository).join(', ')}`);
    const build = await buildImage(input.build, deps.build);
    const image = build.image;
    // Every repository pushed to gets the signatures and attestations, not only the first tag's.
    const images = (0,sign.toSignTargets)([image, ...build.names], build.digest);
    const out = {
        build,
        images,
        sbomAttestations: [],
        attestationsVerify: [],
        warnings: [...build.warnings],
    };
    // Every attestation written, per target: what the read-back verification checks.
    const written = [];
    // The read-backs of the race-safe tag writes of sign and the attestations share one settle wait,
    // taken after the last of them (registry/settle.ts), not one per stage and repository.
    const settle = { batch: new src_registry/* SettleBatch */.mH(sign_clock/* systemClock */.m) };
    if (input.sign) {
        stage('sign', `${build.digest} (${input.sign.format ?? 'both'}) in ${images.length} repositor${images.length === 1 ? 'y' : 'ies'}`);
        for (const target of images) {
            const signed = await (0,sign.signImage)({ ...input.sign, image: target }, { registry: deps.registry, ...needSigning(deps, 'sign'), settle });
            out.warnings.push(...signed.warnings);
            if (!out.sign)
                out.sign = signed;
            else
                out.sign.signatures.push(...signed.signatures);
        }
    }
    const attestTo = {
        format: input.attest?.format ?? input.sign?.format,
        signatureRepository: input.attest?.signatureRepository ?? input.sign?.signatureRepository,
    };
    if (input.sbom) {
        stage('sbom', `${build.manifests.length} platform manifest(s)`);
        // Each optional stage loads when it runs (issue 18): the SBOM generators, the admission objects.
        const { collectSboms } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 30395));
        out.sboms = await collectSboms({ ...input.sbom, image }, { registry: deps.registry, now: deps.now });
        out.warnings.push(...out.sboms.warnings);
        for (const sbom of out.sboms.sboms.flatMap((b) => images.map((target) => ({ ...b, target })))) {
            const attested = await attestImage({
                image: { ...sbom.target, digest: sbom.subject },
                predicateType: sbom.predicateType,
                predicate: JSON.parse(sbom.json),
                recursive: false,
                ...attestTo,
            }, { registry: deps.registry, ...needSigning(deps, 'sbom'), settle });
            out.sbomAttestations.push(attested);
            written.push(attested);
            out.warnings.push(...attested.warnings);
        }
    }
    const provenance = input.provenance && (await resolve(input.provenance));
    if (provenance) {
        stage('provenance', provenance.predicateType);
        for (const target of images) {
            const attested = await attestImage({ image: target, ...provenance, recursive: true, ...attestTo }, { registry: deps.registry, ...needSigning(deps, 'provenance'), settle });
            written.push({ ...attested, attestations: [...attested.attestations] });
            out.warnings.push(...attested.warnings);
            if (!out.provenance)
                out.provenance = attested;
            else
                out.provenance.attestations.push(...attested.attestations);
        }
    }
    await settle.batch.settle();
    if (input.verify) {
        stage('verify', `${image.registry}/${image.repository}@${build.digest}`);
        const verifyInput = { ...(await resolve(input.verify)), image };
        const vsa = input.vsa && (await resolve(input.vsa));
        const { onFailure, ...vsaFacts } = vsa ?? {};
        // Each repository's own read-back, for its own VSA.
        const verified = [];
        try {
            out.verify = await (0,verify/* verifyImage */.ZG)(verifyInput, { registry: deps.registry });
            verified.push(out.verify);
            // The other repositories are read back too; the first that does not verify is the result.
            for (const target of images.slice(1)) {
                if (!out.verify.verified)
                    break;
                const other = await (0,verify/* verifyImage */.ZG)({ ...verifyInput, image: target }, { registry: deps.registry });
                out.warnings.push(...other.warnings);
                verified.push(other);
                if (!other.verified)
                    out.verify = other;
            }
        }
        catch (err) {
            // Nothing to verify is a failure too: summarised as FAILED when asked, then thrown.
            if (vsa && onFailure && err instanceof verify/* VerifyError */.Gz && err.code === 'VERIFY_NO_SIGNATURES') {
                stage('vsa', 'FAILED');
                out.vsa = await attestVsa({
                    ...vsaFacts,
                    verifierId: vsa.verifierId,
                    image,
                    digest: build.digest,
                    timeVerified: deps.now(),
                    ...toVsaEvidence({
                        policy: verifyInput.policy,
                        signatures: { ...emptyVerify(verifyInput), digest: build.digest },
                    }),
                    ...attestTo,
                }, { registry: deps.registry, ...needSigning(deps, 'vsa') });
            }
            throw err;
        }
        out.warnings.push(...out.verify.warnings);
        // Then every attestation just written is read back and verified with the same policy, in each
        // format it was written in (cosign verify-attestation, once per predicate type, in the chain).
        const unverified = [];
        // The results with a format written but not verified (a VSA summarises them as failed).
        const failing = new Set();
        if (out.verify.verified && written.length > 0) {
            const checked = await verifyWritten(written, verifyInput, attestTo, deps);
            stage('verify', `${checked.length} attestation subject(s): ${[...new Set(checked.map((c) => c.result.predicateType))].join(', ')}`);
            for (const c of checked) {
                out.attestationsVerify.push(c.result);
                out.warnings.push(...c.result.warnings.filter((w) => !out.warnings.includes(w)));
                if (c.missing.length > 0) {
                    unverified.push(describeUnverified(c.result, c.missing));
                    failing.add(c.result);
                }
            }
            out.provenanceVerify = out.attestationsVerify.find((r) => r.predicateType === provenance?.predicateType &&
                r.digest === build.digest &&
                r.image.repository === image.repository &&
                r.image.registry === image.registry);
        }
        const failAttestations = () => {
            if (unverified.length > 0)
                throw new verify/* VerifyError */.Gz('VERIFY_FAILED', `the attestations just written do not verify: ${unverified.join('; ')}`);
        };
        // Without a VSA, or without one for failures, nothing more is written after a failed read-back.
        if (!vsa || !onFailure)
            failAttestations();
        if (vsa) {
            // One summary per repository (each names its own resourceUri and the bundles read back there);
            // a failed read-back anywhere summarises that repository alone, as FAILED. The provenance read
            // back there raises the level; any attestation there that did not verify in every format fails it.
            const targets = out.verify.verified
                ? images.map((t, i) => ({ target: t, signatures: verified[i] }))
                : [];
            if (!out.verify.verified)
                targets.push({ target: out.verify.image, signatures: out.verify });
            for (const { target, signatures } of targets) {
                const at = { registry: target.registry, repository: target.repository };
                const here = (r) => r.image.registry === at.registry && r.image.repository === at.repository;
                const provenanceHere = out.attestationsVerify.find((r) => r.predicateType === provenance?.predicateType && r.digest === build.digest && here(r));
                const evidenceOf = [
                    ...(provenanceHere && !failing.has(provenanceHere) ? [provenanceHere] : []),
                    ...[...failing].filter(here).map((f) => ({ ...f, verified: false })),
                ];
                const evidence = toVsaEvidence({
                    policy: verifyInput.policy,
                    signatures,
                    ...(evidenceOf.length > 0 ? { attestations: evidenceOf } : {}),
                });
                if (evidence.result === 'PASSED' || onFailure) {
                    stage('vsa', `${evidence.result} ${at.registry}/${at.repository}`);
                    const summary = await attestVsa({
                        ...vsaFacts,
                        verifierId: vsa.verifierId,
                        ...evidence,
                        image: { ...at },
                        digest: build.digest,
                        timeVerified: deps.now(),
                        ...attestTo,
                    }, { registry: deps.registry, ...needSigning(deps, 'vsa') });
                    out.warnings.push(...summary.warnings);
                    if (!out.vsa)
                        out.vsa = summary;
                    else
                        out.vsa.attestations.push(...summary.attestations);
                }
            }
            failAttestations();
        }
    }
    // Objects are generated only after a passing read-back verification when one was asked for, and
    // applied only after one (checked below, before anything is sent to the cluster).
    if (input.admission && (!out.verify || out.verify.verified)) {
        const admission = await resolve(input.admission);
        if (admission.apply && !out.verify?.verified)
            throw new PipelineError('PIPELINE_INVALID_INPUT', 'applying admission objects needs the read-back verification: ask for verify too');
        stage('admission', admission.targets.join(', '));
        const admissionInput = {
            ...admission.input,
            // Every repository pushed to is governed, not only the first tag's.
            repositories: images.map((t) => ({ registry: t.registry, repository: t.repository })),
            digests: [build.digest],
        };
        const { applyObjects, generateAdmission } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(870)]).then(__webpack_require__.bind(__webpack_require__, 84870));
        const generated = generateAdmission(admissionInput, admission.targets);
        out.admission = { ...generated, input: admissionInput };
        out.warnings.push(...generated.warnings);
        if (admission.apply) {
            if (!deps.kube)
                throw new PipelineError('PIPELINE_INVALID_INPUT', 'applying admission objects needs a cluster client');
            out.applied = await applyObjects({ ...admission.apply, objects: generated.objects, policyName: admissionInput.name }, { kube: deps.kube });
        }
    }
    return out;
}
/**
 * Verifies every attestation the run wrote: one verifyAttestations per repository, subject and predicate
 * type (four at a time). `missing` lists the formats written that have no verified attestation.
 */
async function verifyWritten(written, verify, attestTo, deps) {
    const groups = new Map();
    for (const r of written) {
        for (const a of r.attestations) {
            const key = `${r.image.registry}/${r.image.repository}@${a.subject.digest} ${r.predicateType}`;
            const g = groups.get(key) ?? {
                image: { registry: r.image.registry, repository: r.image.repository },
                digest: a.subject.digest,
                predicateType: r.predicateType,
                formats: new Set(),
            };
            g.formats.add(a.format);
            groups.set(key, g);
        }
    }
    return (0,map_limit/* mapLimit */.s)([...groups.values()], 4, async (g) => {
        const result = await verifyAttestations({
            image: { ...g.image, digest: g.digest },
            predicateType: g.predicateType,
            policy: verify.policy,
            ...(attestTo.signatureRepository ? { signatureRepository: attestTo.signatureRepository } : {}),
            formats: g.formats.size === 2 ? 'both' : [...g.formats][0],
        }, { registry: deps.registry });
        const missing = [...g.formats].filter((f) => !result.attestations.some((a) => a.format === f));
        return { result, missing };
    });
}
/** One line for an attestation that did not verify: where, which formats, and why. */
function describeUnverified(r, missing) {
    const reasons = r.rejected.map((x) => `${x.code}: ${x.message}`).join(', ');
    return `${r.predicateType} of ${r.image.registry}/${r.image.repository}@${r.digest} (${missing.join(' and ')}${reasons ? `: ${reasons}` : ''})`;
}
/** A verification that found nothing: no signatures, nothing rejected. */
function emptyVerify(input) {
    return {
        image: input.image,
        digest: input.image.digest ?? 'sha256:',
        signatureRepository: input.signatureRepository ?? input.image,
        formats: input.formats ?? 'both',
        verified: false,
        signatures: [],
        rejected: [],
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/ci/common/values.ts
// The values the CI adapters hand the shared stage options: flag or input specs, parsed values, and the
// one error type for a user's mistake. The CLI parses argv into these; the Action and the component
// read their inputs into the same shape, so every surface means the same thing by each name.

/**
 * A user's mistake: the CLI prints it with a pointer to --help (exit code 2), the Action and the
 * component with its code. A stage's code is kept when a stage's error is re-worded as one
 * (`input tags: …` over REGISTRY_INVALID_REFERENCE).
 */
class values_UsageError extends src_errors/* SignetError */.T {
    constructor(message, options = {}) {
        super(options.code ?? 'USAGE_INVALID_INPUT', message, { cause: options.cause });
    }
}
/** Reads a string flag. */
const values_str = (f, name) => {
    const v = f[name];
    return typeof v === 'string' ? v : undefined;
};
/** Reads a boolean flag. */
const bool = (f, name) => f[name] === true;
/** Reads a list flag. */
const values_list = (f, name) => Array.isArray(f[name]) ? f[name] : [];

;// CONCATENATED MODULE: ./src/ci/common/build-options.ts
// The build stage's input from option values, for the CLI's `signet build` and the CI surfaces alike:
// the build-push-action names they share (file, tags, platforms, build-args, labels, …) read one way.
// What differs is passed in: how the builder kind, the buildx instance, the context and the secrets are
// given, and how a bad value's name is shown (`--labels` or `input labels`).



/** `KEY=VALUE` lines; a line without `=` is refused naming `what`. */
function keyValues(values, what) {
    return values.map((v) => {
        const i = v.indexOf('=');
        if (i <= 0)
            throw new values_UsageError(`${what}: expected KEY=VALUE, got ${JSON.stringify(v)}`);
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
        throw new values_UsageError(`${what}: ${e.message}`, { ...(e.code ? { code: e.code } : {}), cause: err });
    }
}
/** The build stage's input. */
function toBuildInput(flags, surface) {
    const { label } = surface;
    const tags = values_list(flags, 'tags').map((t) => parsedAs(label('tags'), t, src_registry/* parseReference */.F2));
    if (tags.length === 0) {
        throw new values_UsageError(`${label('tags')} is required: the image name(s) to push, e.g. ghcr.io/acme/app:1.2.3`);
    }
    const local = (p) => (/^[a-z]+:\/\//.test(p) ? p : (0,external_node_path_.resolve)(surface.cwd, p));
    const digest = values_str(flags, 'digest');
    const file = values_str(flags, 'file');
    return {
        builder: surface.builder,
        context: local(surface.context),
        file: file ? local(file) : undefined,
        tags,
        platforms: values_list(flags, 'platforms'),
        buildArgs: keyValues(values_list(flags, 'build-args'), label('build-args')),
        labels: keyValues(values_list(flags, 'labels'), label('labels')),
        annotations: values_list(flags, 'annotations'),
        target: values_str(flags, 'target'),
        secrets: surface.secrets,
        cacheFrom: values_list(flags, 'cache-from'),
        cacheTo: values_list(flags, 'cache-to'),
        outputs: values_list(flags, 'outputs'),
        push: surface.push,
        provenance: values_str(flags, 'provenance'),
        sbom: values_str(flags, 'sbom'),
        digest: digest ? parsedAs(label('digest'), digest, src_registry/* parseDigest */.m) : undefined,
        buildxBuilder: surface.buildxBuilder,
        ...(surface.buildkitHost ? { buildkitHost: surface.buildkitHost } : {}),
        insecureRegistries: bool(flags, 'allow-insecure-registry')
            ? [...new Set(tags.map((t) => t.registry))]
            : [],
        workDir: surface.workDir,
    };
}

;// CONCATENATED MODULE: ./src/attestation-store/constants.ts
// GitHub's REST API as the attestation store speaks it: the routes Octokit fills, the headers every
// request carries, and the permissions a workflow grants for them (docs.github.com/rest/repos/attestations,
// docs.github.com/rest/orgs/artifact-metadata).
/** Stores one Sigstore bundle for the repository: `{ bundle }` → 201 `{ id }`. */
const CREATE_ATTESTATION_ROUTE = 'POST /repos/{owner}/{repo}/attestations';
/** Records where an attested artifact is stored (the organization's linked artifacts page). */
const CREATE_STORAGE_RECORD_ROUTE = 'POST /orgs/{org}/artifacts/metadata/storage-record';
/** The REST API version Signet was written against (`X-GitHub-Api-Version`). */
const GITHUB_API_VERSION = '2022-11-28';
/** The media type GitHub recommends for every REST request (`Accept`). */
const GITHUB_JSON_MEDIA_TYPE = 'application/vnd.github+json';
/** The `permissions:` block a job needs to store attestations (and to sign keyless). */
const ATTESTATIONS_PERMISSIONS_HINT = [
    'add to the job (or workflow):',
    'permissions:',
    '  id-token: write',
    '  attestations: write',
    '  contents: read',
].join('\n');
/** The `permissions:` block a job needs to write storage records too. */
const STORAGE_RECORD_PERMISSIONS_HINT = [
    'add to the job (or workflow):',
    'permissions:',
    '  id-token: write',
    '  attestations: write',
    '  artifact-metadata: write',
    '  contents: read',
].join('\n');

;// CONCATENATED MODULE: ./src/attestation-store/errors.ts
// Errors of the attestation store: what GitHub answered, decoded into a code a test can assert on.

/** A failure to store attestations with GitHub; `status` is the HTTP status when there was one. */
class AttestationStoreError extends src_errors/* SignetError */.T {
    status;
    constructor(code, message, opts = {}) {
        super(code, message, { cause: opts.cause });
        if (opts.status !== undefined)
            this.status = opts.status;
    }
}

;// CONCATENATED MODULE: ./src/attestation-store/publish-attestations.ts




const REQUEST_HEADERS = { accept: GITHUB_JSON_MEDIA_TYPE, 'x-github-api-version': GITHUB_API_VERSION };
/** True for the answers worth another try: 5xx, 429, and no answer at all. */
function isRetryableStatus(status) {
    return status === undefined || status === 429 || status >= 500;
}
/** The wait before retry `attempt` (1-based): Retry-After when given, else exponential with jitter. */
function toRetryDelay(attempt, retryAfter, random, opts) {
    const seconds = retryAfter === undefined ? NaN : Number(retryAfter);
    const wanted = Number.isFinite(seconds) && seconds >= 0
        ? seconds * 1000
        : opts.baseDelayMs * 2 ** (attempt - 1) * (1 + random / 2);
    return Math.min(Math.round(wanted), opts.maxDelayMs);
}
function messageOf(err) {
    const data = err.response?.data;
    const m = typeof data?.message === 'string' ? data.message : err.message;
    return (m ?? 'no answer').split('\n')[0].slice(0, 300);
}
function toCode(status) {
    if (status === 401 || status === 403)
        return 'GITHUB_API_FORBIDDEN';
    if (status === 404)
        return 'GITHUB_API_NOT_FOUND';
    if (status === 422)
        return 'GITHUB_API_INVALID';
    if (isRetryableStatus(status))
        return 'GITHUB_API_UNAVAILABLE';
    return 'GITHUB_API_FAILED';
}
/** Sends one request with retries; throws an AttestationStoreError naming `what` and the fix. */
async function send(deps, route, params, what, hint) {
    const clock = deps.clock ?? sign_clock/* systemClock */.m;
    const attempts = Math.max(1, deps.retry?.attempts ?? 5);
    const delays = {
        baseDelayMs: deps.retry?.baseDelayMs ?? 1000,
        maxDelayMs: deps.retry?.maxDelayMs ?? 30_000,
    };
    for (let attempt = 1;; attempt++) {
        try {
            return await deps.request(route, { ...params, headers: REQUEST_HEADERS });
        }
        catch (raw) {
            const err = raw;
            const status = typeof err.status === 'number' ? err.status : undefined;
            if (isRetryableStatus(status) && attempt < attempts) {
                const after = err.response?.headers?.['retry-after'];
                await clock.sleep(toRetryDelay(attempt, after, clock.random(), delays));
                continue;
            }
            const code = toCode(status);
            const answer = status === undefined ? messageOf(err) : `${status} ${messageOf(err)}`;
            const tries = isRetryableStatus(status) ? ` after ${attempt} tries` : '';
            const fix = code === 'GITHUB_API_FORBIDDEN' ? `; the token may not write there: ${hint}` : '';
            throw new AttestationStoreError(code, `${what}: github answered ${answer}${tries}${fix}`, {
                cause: raw,
                ...(status !== undefined ? { status } : {}),
            });
        }
    }
}
/** Checks a bundle is one GitHub stores: an in-toto statement in a DSSE envelope. */
function checkBundle(b) {
    const envelope = b.bundle.dsseEnvelope;
    if (envelope?.payloadType !== sign_constants/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new AttestationStoreError('GITHUB_API_INVALID_INPUT', `${b.label}: expected a bundle with an in-toto statement in a DSSE envelope, got ${envelope ? `payload type ${envelope.payloadType}` : 'a message signature'}; GitHub stores attestations only`);
    }
}
function idOf(res, what) {
    const data = (typeof res.data === 'string' ? JSON.parse(res.data) : res.data);
    const id = data?.id;
    if (res.status !== 201 || (typeof id !== 'number' && typeof id !== 'string') || String(id) === '') {
        throw new AttestationStoreError('GITHUB_API_FAILED', `${what}: expected 201 with an attestation id, got ${res.status} ${JSON.stringify(data).slice(0, 200)}`, { status: res.status });
    }
    return String(id);
}
/** Stores every bundle with GitHub, then the storage records; returns the ids and URLs. */
async function publishAttestations(input, deps) {
    const result = { attestations: [], storageRecordIds: [], skipped: false, warnings: [] };
    if (input.bundles.length === 0)
        return result;
    for (const b of input.bundles)
        checkBundle(b);
    const where = `${input.owner}/${input.repo}`;
    for (const [i, b] of input.bundles.entries()) {
        const what = `storing ${b.label} in ${where}'s attestations`;
        let res;
        try {
            res = await send(deps, CREATE_ATTESTATION_ROUTE, { owner: input.owner, repo: input.repo, bundle: b.bundle }, what, ATTESTATIONS_PERMISSIONS_HINT);
        }
        catch (err) {
            const code = err.code;
            if (input.optional && i === 0 && (code === 'GITHUB_API_FORBIDDEN' || code === 'GITHUB_API_NOT_FOUND')) {
                result.skipped = true;
                result.warnings.push(`attestations not stored on GitHub (push-to-github: auto): ${err.message}`);
                return result;
            }
            throw err;
        }
        const id = idOf(res, what);
        const server = input.serverURL.replace(/\/+$/, '');
        result.attestations.push({ label: b.label, id, url: `${server}/${where}/attestations/${id}` });
    }
    // Storage records: best effort, as actions/attest (a failure is a warning; the attestations stand).
    for (const r of input.storageRecords?.records ?? []) {
        const what = `recording where ${r.name}@${r.digest} is stored`;
        try {
            const res = await send(deps, CREATE_STORAGE_RECORD_ROUTE, {
                org: input.storageRecords.org,
                name: r.name,
                digest: r.digest,
                registry_url: r.registryURL,
                ...(r.repository ? { repository: r.repository } : {}),
                ...(r.artifactURL ? { artifact_url: r.artifactURL } : {}),
                ...(r.version ? { version: r.version } : {}),
            }, what, STORAGE_RECORD_PERMISSIONS_HINT);
            const data = res.data;
            for (const s of data?.storage_records ?? [])
                if (typeof s.id === 'number')
                    result.storageRecordIds.push(s.id);
        }
        catch (err) {
            result.warnings.push(`no storage record written: ${err.message}`);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/attestation-store/collect-bundles.ts

const isStatementBundle = (b) => b?.dsseEnvelope?.payloadType ===
    sign_constants/* IN_TOTO_PAYLOAD_TYPE */.T4;
/** The bundles to store, one per subject and kind, bundle-format copies first. */
function toBundlesToStore(items) {
    const sorted = [...items].sort((a, b) => (a.format === 'bundle' ? 0 : 1) - (b.format === 'bundle' ? 0 : 1));
    const seen = new Set();
    const out = [];
    for (const item of sorted) {
        if (!isStatementBundle(item.bundle))
            continue;
        const key = `${item.kind}\n${item.subject}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ label: `${item.kind} of ${item.subject}`, bundle: item.bundle });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/attestation-store/index.ts
// GitHub's attestation store: post Sigstore bundles to the repository's attestations (and storage
// records to the organization), as actions/attest does, with retries and the fix for a 403.





// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/ci/common/file-subjects.ts
// Files as attestation subjects, with actions/attest's input names: `subject-path` (paths or globs,
// newline or comma separated), `subject-digest` + `subject-name`, `subject-checksums` (a sha256sum file).
// Expands the globs, hashes the files (streamed: release files can be large) and, after the attest
// stage signed, writes each bundle beside its file as `<file>.sigstore.json` (subjects given by digest
// have no file: their bundles go to the output folder). The only code that reads release files.






/** The most files one `subject-path` may match before Signet stops expanding (a glob gone wrong). */
const MAX_SUBJECT_PATH_MATCHES = 10_000;
/** True when any subject input is set. */
const hasSubjects = (s) => s.paths.length > 0 || s.digest !== undefined || s.name !== undefined || s.checksums !== undefined;
const GLOB_CHARS = /[*?[\]{}]/;
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
}
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
/** Expands and hashes the subject inputs; `label(name)` names an input or flag in errors. */
async function resolveSubjects(spec, host, label) {
    const subjects = [];
    const files = new Map();
    for (const pattern of spec.paths) {
        const abs = (0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.join)(host.cwd, pattern);
        const matches = [];
        if (GLOB_CHARS.test(pattern)) {
            for await (const m of (0,promises_.glob)(pattern, { cwd: host.cwd })) {
                const p = (0,external_node_path_.resolve)(host.cwd, m);
                if (await isFile(p))
                    matches.push(p);
                if (matches.length > MAX_SUBJECT_PATH_MATCHES) {
                    throw new values_UsageError(`${label('subject-path')} ${pattern} matches more than ${MAX_SUBJECT_PATH_MATCHES} files; narrow the pattern`);
                }
            }
        }
        else if (await isFile(abs))
            matches.push(abs);
        if (matches.length === 0)
            throw new values_UsageError(`${label('subject-path')} ${pattern} matches no file: check the path (relative to the working directory) and that the files were built first`);
        for (const p of matches.sort()) {
            const subject = { name: (0,external_node_path_.basename)(p), digest: await sha256File(p) };
            subjects.push(subject);
            files.set(subject.name, [...(files.get(subject.name) ?? []), p]);
        }
    }
    if (spec.digest !== undefined || spec.name !== undefined) {
        if (spec.digest === undefined)
            throw new values_UsageError(`${label('subject-name')} needs ${label('subject-digest')}`);
        if ((spec.name ?? '').trim() === '')
            throw new values_UsageError(`${label('subject-digest')} needs ${label('subject-name')}: the file name it is the digest of`);
        try {
            subjects.push(toDigestSubject(spec.digest, spec.name ?? ''));
        }
        catch (err) {
            throw new values_UsageError(`${label('subject-digest')}: ${err.message}`);
        }
    }
    if (spec.checksums !== undefined) {
        const path = (0,external_node_path_.isAbsolute)(spec.checksums) ? spec.checksums : (0,external_node_path_.join)(host.cwd, spec.checksums);
        const text = (await host.readFile(path)).toString('utf8');
        try {
            subjects.push(...parseSubjectChecksums(text, `${label('subject-checksums')} ${spec.checksums}`));
        }
        catch (err) {
            throw new values_UsageError(err.message);
        }
    }
    try {
        return { subjects: dedupeSubjects(subjects), files };
    }
    catch (err) {
        throw new values_UsageError(err.message);
    }
}
/** The bundle file of a subject: beside its file(s), else `<outputDir>/<name>.sigstore.json`. */
function toBundlePaths(subject, files, outputDir) {
    const beside = files.get(subject.name);
    if (beside?.length)
        return beside.map((p) => `${p}.sigstore.json`);
    return [(0,external_node_path_.join)(outputDir, `${subject.name.replace(/[^A-Za-z0-9._-]+/g, '_')}.sigstore.json`)];
}
/** Signs the attestations about `resolved` and writes every bundle beside its subjects. */
async function attestAndWriteFiles(resolved, statement, deps, host, outputDir) {
    const made = await attestFiles({ subjects: resolved.subjects, ...statement }, deps);
    const attestations = [];
    for (const a of made.attestations) {
        const bundlePaths = a.subjects.flatMap((s) => toBundlePaths(s, resolved.files, outputDir));
        const text = JSON.stringify(a.bundleJSON) + '\n';
        for (const p of bundlePaths)
            await host.writeFile(p, text, { mode: 0o644, overwrite: true });
        attestations.push({ ...a, bundlePaths });
    }
    return { attestations, warnings: made.warnings };
}

;// CONCATENATED MODULE: ./src/ci/common/github-store.ts


const PUSH_TO_GITHUB_VALUES = ['auto', 'true', 'false'];
/** Parses `push-to-github` (`label` names the input or flag in errors). */
function parsePushToGitHub(text, label) {
    const v = (text ?? 'auto').trim() || 'auto';
    if (!PUSH_TO_GITHUB_VALUES.includes(v)) {
        throw new values_UsageError(`${label} takes auto, true or false, got ${JSON.stringify(text)}`);
    }
    return v;
}
/** Octokit's `request`, as src/attestation-store takes it: token to `apiURL` only. */
function githubRequest(token, apiURL, fetchImpl) {
    // Octokit (and undici under it) loads only when something is stored on GitHub.
    let octokit;
    return async (route, params) => {
        octokit ??= (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(785)]).then(__webpack_require__.bind(__webpack_require__, 92785))).getOctokit(token, {
            baseUrl: apiURL.replace(/\/+$/, ''),
            ...(fetchImpl ? { request: { fetch: fetchImpl } } : {}),
        });
        const res = await octokit.request(route, params);
        return { status: res.status, data: res.data };
    };
}
/** The target from the Actions environment; `token` is the github-token input or GITHUB_TOKEN. */
function githubStoreTarget(host, token, organization) {
    return {
        token: token || host.env.GITHUB_TOKEN || undefined,
        repository: host.env.GITHUB_REPOSITORY,
        serverURL: host.env.GITHUB_SERVER_URL || 'https://github.com',
        apiURL: host.env.GITHUB_API_URL || 'https://api.github.com',
        organization,
    };
}
/**
 * Stores `bundles` per `mode`. Returns why nothing was stored (`auto` without a token or repository);
 * throws with the `permissions:` block when `true` cannot store.
 */
async function storeOnGitHub(mode, target, bundles, opts = {}) {
    if (mode === 'false')
        return { skipped: 'push-to-github: false' };
    if (bundles.length === 0)
        return { skipped: 'no attestation bundles were made' };
    const missing = !target.token
        ? 'no GitHub token (github-token input or GITHUB_TOKEN)'
        : !target.repository
            ? 'no GITHUB_REPOSITORY'
            : undefined;
    if (missing) {
        if (mode === 'true')
            throw new values_UsageError(`push-to-github: true needs ${missing}; ${ATTESTATIONS_PERMISSIONS_HINT}`);
        return { skipped: `not stored on GitHub (push-to-github: auto): ${missing}` };
    }
    const [owner, repo] = target.repository.split('/');
    if (!owner || !repo)
        throw new values_UsageError(`GITHUB_REPOSITORY must be OWNER/REPO, got ${JSON.stringify(target.repository)}`);
    const request = opts.request ?? githubRequest(target.token, target.apiURL, opts.fetch);
    const stored = await publishAttestations({
        owner,
        repo,
        serverURL: target.serverURL,
        bundles,
        optional: mode === 'auto',
        ...(target.organization && opts.storageRecords?.length
            ? { storageRecords: { org: owner, records: opts.storageRecords } }
            : {}),
    }, { request });
    return { stored };
}

;// CONCATENATED MODULE: ./src/ci/common/ci-attestations.ts
// The Action's and the component's attestations beyond the image: release files as subjects
// (actions/attest's `subject-path`, `subject-digest` + `subject-name`, `subject-checksums`, with
// `predicate-type` + `predicate`/`predicate-path`, or the run's SLSA provenance), written beside the
// files as `<file>.sigstore.json`; and, on GitHub, every bundle of the run stored in the repository's
// attestations (`push-to-github`), with storage records for an organization's pushed image.







/** The subject inputs of the table. */
function subjectSpecOf(inputs) {
    const digest = inputs['subject-digest'];
    const name = inputs['subject-name'];
    const checksums = inputs['subject-checksums'];
    return {
        paths: inputs['subject-path'],
        ...(digest !== undefined ? { digest } : {}),
        ...(name !== undefined ? { name } : {}),
        ...(checksums !== undefined ? { checksums } : {}),
    };
}
/** True when the run attests files and no image (no `tags`). */
const isFilesOnly = (inputs) => hasSubjects(subjectSpecOf(inputs)) && inputs.tags.length === 0;
/** The in-toto statements of an image run, for GitHub's store. */
function toRunBundles(r) {
    const name = (0,src_registry/* formatRepository */.Sh)(r.build.image);
    const out = [];
    for (const s of r.sign?.signatures ?? [])
        out.push({
            subject: `${name}@${s.subject.digest}`,
            kind: 'signature',
            format: s.format,
            bundle: s.bundle,
        });
    for (const [kind, results] of [
        ['provenance', r.provenance ? [r.provenance] : []],
        ['sbom', r.sbomAttestations],
    ]) {
        for (const res of results)
            for (const a of res.attestations)
                out.push({ subject: `${name}@${a.subject.digest}`, kind, format: a.format, bundle: a.bundle });
    }
    return out;
}
async function filePredicate(ctx) {
    const { inputs, adapter } = ctx;
    const typeText = inputs['predicate-type'];
    const inline = inputs.predicate;
    const path = inputs['predicate-path'];
    if (inline !== undefined && path !== undefined)
        throw new values_UsageError('give predicate or predicate-path, not both');
    if (typeText === undefined) {
        if (inline !== undefined || path !== undefined)
            throw new values_UsageError('predicate needs predicate-type');
        if (!inputs['attest-provenance']) {
            throw new values_UsageError('subject inputs need predicate-type with predicate or predicate-path, or attest-provenance: true');
        }
        const made = adapter.provenance(await ctx.claims());
        if ('missing' in made)
            throw new values_UsageError(`no SLSA provenance for the subjects: ${made.missing}`);
        return { predicateType: attest_constants/* SLSA_PROVENANCE_V1 */.us, predicate: made.predicate };
    }
    let predicateType;
    try {
        predicateType = parsePredicateType(typeText);
    }
    catch (err) {
        throw new values_UsageError(`input predicate-type: ${err.message}`);
    }
    const text = path !== undefined
        ? (await adapter.host.readFile((0,external_node_path_.resolve)(adapter.host.cwd, path))).toString('utf8')
        : inline;
    if (text === undefined)
        throw new values_UsageError('predicate-type needs predicate or predicate-path');
    try {
        return { predicateType, predicate: JSON.parse(text) };
    }
    catch (err) {
        throw new values_UsageError(`input ${path !== undefined ? 'predicate-path' : 'predicate'}: not JSON: ${err.message}`);
    }
}
/** Attests the subject files (when given) and stores the run's bundles on GitHub (on GitHub). */
async function attestFilesAndStore(ctx) {
    const { adapter, inputs, outputs } = ctx;
    const { log, host } = adapter;
    const items = ctx.image ? toRunBundles(ctx.image) : [];
    const spec = subjectSpecOf(inputs);
    if (hasSubjects(spec)) {
        const resolved = await resolveSubjects(spec, host, (n) => `input ${n}`);
        const statement = await filePredicate(ctx);
        adapter.onStage?.('provenance', `${resolved.subjects.length} file subject(s) (${statement.predicateType})`);
        const made = await attestAndWriteFiles(resolved, { ...statement, perSubject: inputs['attestation-per-subject'] }, ctx.signing ?? (await ctx.makeSigning()), host, adapter.outputDir);
        for (const w of made.warnings)
            log.warning(w);
        for (const a of made.attestations) {
            log.info(`attested ${a.subjects.map((s) => s.name).join(', ')}: ${a.bundlePaths.join(', ')}`);
            items.push({
                subject: a.subjects.length === 1 ? a.subjects[0].name : `${a.subjects.length} files`,
                kind: statement.predicateType === attest_constants/* SLSA_PROVENANCE_V1 */.us ? 'provenance' : statement.predicateType,
                format: 'bundle',
                bundle: a.bundleJSON,
            });
        }
        outputs['bundle-path'] ??= made.attestations[0].bundlePaths[0];
    }
    if (adapter.name !== 'github')
        return;
    const mode = parsePushToGitHub(inputs['push-to-github'], 'input push-to-github');
    const image = ctx.image;
    const storageRecords = image
        ? [
            {
                name: (0,src_registry/* formatRepository */.Sh)(image.build.image),
                digest: image.build.digest,
                registryURL: `https://${image.build.image.registry}`,
                repository: image.build.image.repository,
            },
        ]
        : [];
    const bundles = toBundlesToStore(items);
    const result = await storeOnGitHub(mode, githubStoreTarget(host, inputs['github-token'], adapter.ownerIsOrganization === true), bundles, { storageRecords, fetch: host.fetch });
    if ('skipped' in result) {
        if (mode !== 'false')
            log.notice(result.skipped);
        return;
    }
    for (const w of result.stored.warnings)
        log.warning(w);
    const stored = result.stored.attestations;
    if (stored.length === 0)
        return;
    const root = image ? `provenance of ${(0,src_registry/* formatRepository */.Sh)(image.build.image)}@${image.build.digest}` : '';
    const main = stored.find((a) => a.label === root) ?? stored[0];
    outputs['attestation-id'] = main.id;
    outputs['attestation-url'] = main.url;
    log.info(`stored ${stored.length} attestation(s) on GitHub: ${stored.map((a) => a.url).join(', ')}`);
}

// EXTERNAL MODULE: ./src/ci/common/inputs.ts + 4 modules
var common_inputs = __webpack_require__(86068);
;// CONCATENATED MODULE: ./src/ci/common/ci-inputs.ts
// The Action's and the component's inputs, read once from the input table into one typed object: a
// boolean is a boolean, a list a string array, a choice one of its options, any other input a trimmed
// string or undefined when unset. Then the refusals of inputs that contradict each other (made before
// anything runs), and the secrets the inputs carry, which outrank the environment's.



/** Action-only inputs the CLI takes as flags too (its other secrets come from the environment). */
const CLI_TOO = new Set(['registry-username', 'registry-password']);
/** The typed value of one input's text; a UsageError names the input when the text is not one. */
function readValue(spec, text) {
    switch (spec.kind) {
        case 'boolean': {
            const v = text.trim().toLowerCase();
            if (v !== 'true' && v !== 'false')
                throw new values_UsageError(`input ${spec.name} takes true or false, got ${JSON.stringify(text)}`);
            return v === 'true';
        }
        case 'list':
            return (0,common_inputs/* parseInputList */.OW)(text, common_inputs/* COMMA_LISTS */.OV.has(spec.name));
        case 'choice':
            if (!spec.options.includes(text.trim()))
                throw new values_UsageError(`input ${spec.name} takes ${spec.options.join(', ')}, got ${JSON.stringify(text)}`);
            return text.trim();
        default:
            if (text.includes('\n') && spec.regex !== undefined)
                throw new values_UsageError(`input ${spec.name} must be one line`);
            // Secrets are taken as given (a password may end in a space); other values are trimmed.
            if (text.trim() === '')
                return undefined;
            return spec.secret ? text : text.trim();
    }
}
/** Reads every input of `surface` through `input` (its text, the default applied when unset). */
function readCiInputs(adapter) {
    const values = {};
    for (const spec of common_inputs/* INPUTS */.mc) {
        const read = !spec.only || spec.only === adapter.name || (adapter.name === 'cli' && CLI_TOO.has(spec.name));
        values[spec.name] = read
            ? readValue(spec, adapter.input(spec.name))
            : spec.kind === 'list'
                ? []
                : undefined;
    }
    // Each value was read by its own row's kind and options above: the row's type is the value's.
    return values;
}
/**
 * The inputs as the option helpers shared with the CLI read them (src/ci/common/context.ts): the same
 * names, plus cosign's flag name for the timestamp authority.
 */
function toOptionValues(inputs) {
    return { ...inputs, 'timestamp-server-url': inputs['tsa-url'] };
}
/** The secret values among the inputs, to mask before anything is logged (`secrets`: the part after `=`). */
function secretValues(inputs) {
    const out = [];
    for (const spec of common_inputs/* INPUTS */.mc) {
        if (!spec.secret)
            continue;
        const v = toOptionValues(inputs)[spec.name];
        if (typeof v === 'string' && v !== '')
            out.push(v);
        if (Array.isArray(v))
            for (const line of v)
                out.push(line.slice(line.indexOf('=') + 1));
    }
    return out;
}
/**
 * The host the stages see: an input beats the environment variable it stands for (`key-password` is
 * cosign's COSIGN_PASSWORD, `github-token` the GITHUB_TOKEN ghcr.io and GitHub's API are reached with),
 * as cosign's own `--key-password`-style flags beat its environment.
 */
function withInputSecrets(host, inputs) {
    const env = { ...host.env };
    if (inputs.key !== undefined && inputs['key-password'] !== undefined)
        env.COSIGN_PASSWORD = inputs['key-password'];
    if (inputs['github-token'] !== undefined)
        env.GITHUB_TOKEN = inputs['github-token'];
    return { ...host, env };
}
/** The builder kind of the `build` input. */
function builderOf(inputs) {
    const kind = BUILDER_KINDS.find((k) => k === inputs.build);
    if (!kind)
        throw new values_UsageError(`input build takes ${BUILDER_KINDS.join(', ')}`);
    return kind;
}
/** Build inputs `build: none` has no use for (it signs what another step pushed), with their default. */
const BUILD_ONLY_INPUTS = [
    'file',
    'platforms',
    'build-args',
    'labels',
    'annotations',
    'target',
    'secrets',
    'cache-from',
    'cache-to',
    'provenance',
    'sbom',
    'builder',
    'buildkit-host',
];
/** The certificate claims the verification can require (Fulcio's extensions; keyless only). */
const CLAIM_INPUTS = ['source-repository-ref', 'source-repository-digest', 'build-trigger'];
/** True when an input holds something other than nothing (an empty list, unset). */
const isSet = (v) => Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false;
/**
 * Inputs that contradict each other, refused before anything runs: applying admission objects needs
 * the read-back verification they are pinned on (Signet never applies what it did not verify), a dry
 * run only means something for an apply, a key signature has no certificate claims to require, and
 * `build: none` refuses the build inputs it cannot use, as the docker and buildah builders refuse
 * theirs, rather than dropping them silently.
 */
function checkCiInputs(inputs) {
    const conflict = (message) => new values_UsageError(message, { code: 'USAGE_CONFLICTING_INPUTS' });
    if (inputs.apply && !inputs.verify)
        throw conflict('apply needs verify: true: admission objects are applied only after the image they pin verified; set verify: true, or drop apply and apply the written policies yourself');
    if (inputs['dry-run'] && !inputs.apply)
        throw conflict('dry-run only applies to apply: set apply: true too, or drop dry-run');
    if (inputs['vsa-on-failure'] && !(inputs.vsa && inputs.verify))
        throw conflict('vsa-on-failure needs vsa: true (and verify: true)');
    // A key signature has no certificate, so no claims to require: refused rather than never checked.
    const claims = CLAIM_INPUTS.filter((n) => inputs[n] !== undefined);
    if (inputs.key && inputs.verify && claims.length > 0)
        throw conflict(`${claims.join(', ')}: a key signature carries no certificate claims to check; drop ${claims.length === 1 ? 'it' : 'them'}, or sign and verify keyless`);
    if (builderOf(inputs) === 'none') {
        const given = BUILD_ONLY_INPUTS.filter((n) => isSet(inputs[n]));
        if (inputs.context !== undefined && inputs.context !== '.')
            given.unshift('context');
        if (given.length > 0)
            throw conflict(`input ${given.join(', ')}: not used by build: none, which signs the image another step pushed (tags + digest); drop ${given.length === 1 ? 'it' : 'them'}, or choose a builder (buildx, docker, buildah)`);
    }
}

// EXTERNAL MODULE: ./src/oidc/token.ts
var oidc_token = __webpack_require__(30448);
// EXTERNAL MODULE: ./src/sign/keys/index.ts + 7 modules
var keys = __webpack_require__(53921);
;// CONCATENATED MODULE: ./src/ci/common/kube-secret.ts
// Reads a Kubernetes secret for k8s://NAMESPACE/SECRET key refs, through the cluster stage's one
// Kubernetes client. The cluster is found as kubectl finds it: the first file in KUBECONFIG, the pod's
// service account, or ~/.kube/config.


async function kubeSource(host, source) {
    const read = async (file) => (await host.readFile(file)).toString('utf8');
    const file = host.env.KUBECONFIG?.split(':')[0];
    try {
        if (file)
            return { kind: 'kubeconfig', text: await read(file) };
        if (host.env.KUBERNETES_SERVICE_HOST) {
            const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
            return {
                kind: 'in-cluster',
                host: host.env.KUBERNETES_SERVICE_HOST,
                port: host.env.KUBERNETES_SERVICE_PORT ?? '443',
                token: (await read(`${sa}/token`)).trim(),
                caPem: await read(`${sa}/ca.crt`),
            };
        }
        if (host.env.HOME)
            return { kind: 'kubeconfig', text: await read((0,external_node_path_.join)(host.env.HOME, '.kube', 'config')) };
    }
    catch (cause) {
        throw new keys/* KeyError */.eN('KEY_READ_FAILED', `${source}: cannot read the kubeconfig${file ? ` ${file}` : ''}: set KUBECONFIG to a readable kubeconfig`, { cause });
    }
    throw new keys/* KeyError */.eN('KEY_READ_FAILED', `${source}: no cluster: set KUBECONFIG or run in a pod`);
}
/** The `readKubernetesSecret` of the key-ref deps: the secret's data, base64-decoded. */
function kubeSecretReader(host) {
    return async (namespace, name) => {
        const source = `k8s://${namespace}/${name}`;
        const { readSecretData } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(814), __webpack_require__.e(118), __webpack_require__.e(425), __webpack_require__.e(909)]).then(__webpack_require__.bind(__webpack_require__, 80909));
        const where = await kubeSource(host, source);
        try {
            return await readSecretData(where, namespace, name);
        }
        catch (cause) {
            const why = cause.message.split('\n')[0].slice(0, 300);
            throw new keys/* KeyError */.eN('KEY_READ_FAILED', `${source}: ${why}`, { cause });
        }
    };
}
/** Creates cosign's key secret for `generate-key-pair k8s://NAMESPACE/SECRET`; 'exists' if there is one. */
function kubeSecretCreator(host) {
    return async (namespace, name, data) => {
        const source = `k8s://${namespace}/${name}`;
        const { createSecretData } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(814), __webpack_require__.e(118), __webpack_require__.e(425), __webpack_require__.e(909)]).then(__webpack_require__.bind(__webpack_require__, 80909));
        const where = await kubeSource(host, source);
        try {
            return await createSecretData(where, namespace, name, data);
        }
        catch (cause) {
            const why = cause.message.split('\n')[0].slice(0, 300);
            throw new KeyError('KEY_READ_FAILED', `${source}: ${why}`, { cause });
        }
    };
}

// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(30351);
// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
;// CONCATENATED MODULE: ./src/ci/common/registry.ts
// Builds the one RegistryClient a CI adapter hands to every stage, from the adapter's environment:
// the docker config (DOCKER_CONFIG or ~/.docker), explicit credentials, GITHUB_TOKEN for ghcr.io and
// CI_REGISTRY_* for the GitLab registry. Credentials only ever go to the registry they belong to.


/** The docker config's path and text (DOCKER_CONFIG or ~/.docker); the text is absent when no file is there. */
async function readDockerConfig(ctx) {
    const path = (0,src_registry/* toDockerConfigPath */.DR)(ctx.env);
    if (!path)
        return {};
    try {
        return { path, text: (await ctx.readFile(path)).toString('utf8') };
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
        return { path };
    }
}
/** Reads the credential sources an adapter's environment offers. */
async function credentialSources(ctx) {
    const { path: dockerConfigPath, text: dockerConfigJson } = await readDockerConfig(ctx);
    return {
        ...(0,src_registry/* toCiCredentialSources */.Tb)(ctx.env),
        ...(dockerConfigJson !== undefined ? { dockerConfigJson, dockerConfigPath } : {}),
        ...(ctx.login ? { explicit: [ctx.login] } : {}),
    };
}
/** The registry client every stage of one run shares. */
async function createRegistryClient(ctx) {
    return new src_registry/* RegistryClient */.bP({
        credentials: await credentialSources(ctx),
        insecureRegistries: ctx.insecureRegistries ?? [],
        ...(ctx.limits ? { limits: ctx.limits } : {}),
    }, 
    // Credential helpers see the adapter's environment (PATH, HOME, their own settings), without
    // Signet's secrets.
    { exec: exec/* execFile */.St, helperEnv: (0,exec/* withoutSecrets */.cT)(ctx.env) });
}

;// CONCATENATED MODULE: ./src/ci/common/signing-services.ts
// Where a signature goes: the signing config (`--signing-config`, or public-good's from TUF as cosign v3
// reads it) with the deprecated URL flags as overrides, or the URL flags alone. Shared by the signer set-up
// (context.ts) and the public-logs check of a private repository (public-logs.ts).


/** Public-good Sigstore, as cosign defaults to. */
const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/** A URL flag the user set (not its default). */
function givenURL(flags, name, dflt) {
    const v = values_str(flags, name);
    return v !== undefined && v !== dflt ? v : undefined;
}
/** The TUF mirror and cache of the default trust material: public-good, or SIGNET_TUF_URL + SIGNET_TUF_ROOT. */
function tufSource(host) {
    const home = host.env.HOME;
    return {
        ...(home ? { cachePath: (0,external_node_path_.join)(home, '.sigstore', 'signet-tuf') } : {}),
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
    const configPath = values_str(flags, 'signing-config');
    if (configPath) {
        let json;
        try {
            json = JSON.parse((await host.readFile(configPath)).toString('utf8'));
        }
        catch (err) {
            throw new values_UsageError(`--signing-config ${configPath} is not JSON: ${err.message}`);
        }
        return { json, source: `signing config ${configPath}` };
    }
    if (!opts.needsServices || URL_FLAGS.some(([f, d]) => givenURL(flags, f, d) !== undefined))
        return undefined;
    const tuf = tufSource(host);
    const { fetchTufSigningConfig, PUBLIC_GOOD_TUF_URL, SIGNING_CONFIG_TARGET } = await __webpack_require__.e(/* import() */ 205).then(__webpack_require__.bind(__webpack_require__, 71205));
    const json = await fetchTufSigningConfig(tuf, deps);
    return { json, source: `${SIGNING_CONFIG_TARGET} from ${tuf.mirrorURL ?? PUBLIC_GOOD_TUF_URL}` };
}
/** The signing config to use (as signingConfigDocument), parsed and checked. */
async function loadSigningConfig(flags, host, opts, deps = {}) {
    const doc = await signingConfigDocument(flags, host, opts, deps);
    if (!doc)
        return undefined;
    const { parseSigningConfig } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 73089));
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
    const configPath = values_str(flags, 'signing-config');
    if (!configPath) {
        // No config: the URL flags, else public-good (its signing config lists only public-good services).
        const anyFlag = URL_FLAGS.some(([f, d]) => givenURL(flags, f, d) !== undefined);
        return {
            fulcioURLs: [fulcioFlag ?? DEFAULT_FULCIO_URL],
            rekorURLs: tlog ? [anyFlag ? (rekorFlag ?? DEFAULT_REKOR_URL) : DEFAULT_REKOR_URL] : [],
        };
    }
    const { config, source } = (await loadSigningConfig(flags, host, { needsServices: true }));
    const { reachableServices } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 73089));
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
        const { selectServices } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 73089));
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
            throw new values_UsageError(`${source} lists no caUrls valid now (or give --fulcio-url)`);
        const rekorOverride = override('rekor-url', DEFAULT_REKOR_URL);
        const tsaOverride = override('timestamp-server-url');
        const [tsaURL, ...moreTsaURLs] = tsaOverride ? [tsaOverride] : picked.tsaURLs;
        if (!tlog && values_str(flags, 'signing-config'))
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
        fulcioURL: values_str(flags, 'fulcio-url') ?? DEFAULT_FULCIO_URL,
        rekorURL: tlog ? (values_str(flags, 'rekor-url') ?? DEFAULT_REKOR_URL) : undefined,
        tsaURL: values_str(flags, 'timestamp-server-url'),
        notices: [],
    };
}

;// CONCATENATED MODULE: ./src/ci/common/context.ts









/** The key-ref deps (file reads, env, GitLab API, KMS REST, Kubernetes secrets) from the host. */
function keyRefDeps(host) {
    return {
        readFile: (path) => host.readFile(path),
        env: host.env,
        fetch: (url, init) => host.fetch(url, init),
        kmsFetch: (url, init) => host.fetch(url, init),
        readKubernetesSecret: kubeSecretReader(host),
    };
}
/** Flags every command that talks to a registry takes (cosign's names). */
const REGISTRY_FLAGS = {
    'allow-insecure-registry': {
        type: 'boolean',
        description: "allow plain HTTP to the image's registry (loopback registries always may)",
    },
    'allow-http-registry': { type: 'boolean', description: 'same as --allow-insecure-registry' },
    limit: {
        type: 'list',
        value: 'NAME=VALUE',
        description: `raise a cap on what a registry or image can make Signet read (repeatable; also $${limits/* LIMITS_ENV */.hA}), e.g. referrers=20000; caps: ${Object.values(limits/* LIMIT_NAMES */.x3).join(', ')}`,
    },
    'registry-username': { type: 'string', value: 'USER', description: "username for the image's registry" },
    'registry-password': {
        type: 'string',
        value: 'PASSWORD',
        description: "password for the image's registry (visible in ps: prefer --registry-password-file, $SIGNET_REGISTRY_PASSWORD or a docker config)",
    },
    'registry-password-file': {
        type: 'string',
        value: 'FILE',
        description: "a file holding the password for the image's registry",
    },
};
/** The environment forms of the registry login flags. */
const REGISTRY_USERNAME_ENV = 'SIGNET_REGISTRY_USERNAME';
const REGISTRY_PASSWORD_ENV = 'SIGNET_REGISTRY_PASSWORD';
/** Reads a secret from a file named by a flag: the text without its final newline. */
async function secretFile(host, flag, path) {
    let text;
    try {
        text = (await host.readFile(path)).toString('utf8');
    }
    catch (err) {
        const code = err.code;
        throw new values_UsageError(`--${flag} ${path} cannot be read${code ? ` (${code})` : ''}`);
    }
    return text.replace(/\r?\n$/, '');
}
/** One secret from its flag, its `-file` flag or its environment variable, in that order; at most one flag. */
async function secretValue(flags, host, flag, env) {
    const value = values_str(flags, flag);
    const file = values_str(flags, `${flag}-file`);
    if (value !== undefined && file !== undefined)
        throw new values_UsageError(`give --${flag} or --${flag}-file, not both`);
    if (file !== undefined)
        return await secretFile(host, `${flag}-file`, file);
    if (value !== undefined)
        return value;
    const fromEnv = env === undefined ? undefined : host.env[env];
    return fromEnv === '' ? undefined : fromEnv;
}
/** The registry login the flags (or their file and environment forms) give, if any. */
async function registryLogin(flags, host) {
    const username = values_str(flags, 'registry-username') ?? (host.env[REGISTRY_USERNAME_ENV] || undefined);
    const password = await secretValue(flags, host, 'registry-password', REGISTRY_PASSWORD_ENV);
    if ((username === undefined) !== (password === undefined)) {
        throw new values_UsageError(`give both --registry-username and --registry-password (or --registry-password-file, $${REGISTRY_PASSWORD_ENV}), or neither`);
    }
    return username !== undefined && password !== undefined ? { username, password } : undefined;
}
const CLAIM_FLAGS = {
    'source-repository-uri': 'sourceRepositoryURI',
    'source-repository-ref': 'sourceRepositoryRef',
    'source-repository-digest': 'sourceRepositoryDigest',
    'build-trigger': 'buildTrigger',
    'build-signer-uri': 'buildSignerURI',
    'build-signer-digest': 'buildSignerDigest',
    'runner-environment': 'runnerEnvironment',
};
/** Parses the one IMAGE argument. */
function imageArgument(positionals, command) {
    if (positionals.length !== 1)
        throw new UsageError(`signet ${command} takes one IMAGE, got ${positionals.length}`);
    return parseReference(positionals[0]);
}
/** `--signature-repository`, else COSIGN_REPOSITORY (cosign's variable), else none. */
function signatureRepository(flags, host) {
    const value = str(flags, 'signature-repository') ?? host.env.COSIGN_REPOSITORY;
    return value ? parseReference(value) : undefined;
}
/**
 * The caps (src/limits.ts): the defaults, then SIGNET_LIMITS, then each `--limit NAME=VALUE` (the
 * Action's and the component's `limit` input). A malformed one is a usage error, never ignored.
 */
function limitsFrom(flags, host) {
    try {
        return (0,limits/* parseLimits */.kd)([host.env[limits/* LIMITS_ENV */.hA] ?? '', ...values_list(flags, 'limit')]);
    }
    catch (err) {
        if (err instanceof limits/* LimitSyntaxError */.Ff) {
            throw new values_UsageError(`--limit (or ${limits/* LIMITS_ENV */.hA}): ${err.message}`);
        }
        throw err;
    }
}
/** The registry client for a run on `images`. */
async function registryClient(flags, host, images) {
    const insecure = bool(flags, 'allow-insecure-registry') || bool(flags, 'allow-http-registry');
    const login = await registryLogin(flags, host);
    return createRegistryClient({
        limits: limitsFrom(flags, host),
        env: host.env,
        readFile: (p) => host.readFile(p),
        insecureRegistries: insecure ? [...new Set(images.map((i) => i.registry))] : [],
        ...(login && images[0] ? { login: { registry: images[0].registry, ...login } } : {}),
    });
}
/** `--identity-token`, `--identity-token-file` or SIGSTORE_ID_TOKEN. */
async function identityToken(flags, host) {
    const given = values_str(flags, 'identity-token');
    const file = values_str(flags, 'identity-token-file');
    if (given !== undefined && file !== undefined)
        throw new values_UsageError('give --identity-token or --identity-token-file, not both');
    if (file !== undefined)
        return (await secretFile(host, 'identity-token-file', file)).trim();
    if (given === undefined)
        return host.env.SIGSTORE_ID_TOKEN || undefined;
    // cosign: a value that is not a JWT names a file holding one.
    if (given.split('.').length === 3)
        return given;
    // The value may be a mistyped token: never echo it, not even as a file name.
    try {
        return (await host.readFile(given)).toString('utf8').trim();
    }
    catch {
        throw new values_UsageError('--identity-token is neither a JWT nor a readable file: pass the token with --identity-token-file or $SIGSTORE_ID_TOKEN');
    }
}
/**
 * The host with COSIGN_PASSWORD taken from `--key-password-file` when given: the key loaders read the
 * password from the environment, as cosign's do.
 */
async function withKeyPassword(flags, host) {
    const file = values_str(flags, 'key-password-file');
    if (file === undefined)
        return host;
    const password = await secretFile(host, 'key-password-file', file);
    return { ...host, env: { ...host.env, [keys/* PASSWORD_ENV */.Km]: password } };
}
/** Keyless signing with neither a log nor a TSA: its ten-minute certificate could never be checked. */
const NO_TIME_WITNESS = 'keyless signing needs a transparency log or a timestamp authority: drop --tlog-upload=false or add --timestamp-server-url';
/** The signer and witnesses the flags ask for: a cosign key, or keyless through Fulcio. */
async function signingDeps(flags, host, opts = {}) {
    const keyRef = values_str(flags, 'key');
    // Local checks first: a bad key or an unusable given token fails before any service (or TUF) is asked.
    const key = keyRef
        ? await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 24705))).loadSigner((0,keys/* parseKeyRef */.wj)(keyRef), keyRefDeps(await withKeyPassword(flags, host)))
        : undefined;
    const tlog = flags['tlog-upload'] !== false;
    // The local refusals (a signing config file that is missing or malformed; keyless with no log and no
    // TSA) come before the token is looked at; the file is read and parsed once.
    let loaded = values_str(flags, 'signing-config')
        ? await loadSigningConfig(flags, host, { needsServices: true })
        : undefined;
    if (!key && !loaded && !tlog && !values_str(flags, 'timestamp-server-url')) {
        throw new values_UsageError(NO_TIME_WITNESS);
    }
    const explicit = key ? undefined : await identityToken(flags, host);
    const sources = {
        explicit,
        github: host.env.ACTIONS_ID_TOKEN_REQUEST_URL && host.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
            ? {
                requestURL: host.env.ACTIONS_ID_TOKEN_REQUEST_URL,
                requestToken: host.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
            }
            : undefined,
        onGitHubActions: host.env.GITHUB_ACTIONS === 'true',
        onGitLab: host.env.GITLAB_CI === 'true',
    };
    // A given token is checked (expiry, audience) at once, without a request; others are asked for lazily.
    if (explicit)
        await (0,oidc_token/* getIdentityToken */.Uk)(sources, { fetch: host.fetch });
    // With no file, public-good's from TUF (unless URL flags name the services; a key without a log
    // needs no service, so no TUF then).
    loaded ??= await loadSigningConfig(flags, host, { needsServices: !key || tlog }, opts.tuf);
    const urls = await serviceURLs(flags, loaded, opts.legacyFormat ?? false, !key);
    const notices = urls.notices;
    const witnesses = {
        rekorURL: urls.rekorURL,
        tsaURL: urls.tsaURL,
        ...(urls.rekorMajorApiVersion ? { rekorMajorApiVersion: urls.rekorMajorApiVersion } : {}),
        ...(urls.moreRekorLogs ? { moreRekorLogs: urls.moreRekorLogs } : {}),
        ...(urls.moreTsaURLs ? { moreTsaURLs: urls.moreTsaURLs } : {}),
    };
    if (key)
        return { signer: key.signer, witnesses, publicKeyPem: key.publicKeyPem, notices };
    if (!urls.rekorURL && !urls.tsaURL) {
        throw new values_UsageError(NO_TIME_WITNESS);
    }
    // Asked for lazily, once per certificate: a run that fails earlier never requests a token.
    const getToken = async () => {
        const { token, claims } = await (0,oidc_token/* getIdentityToken */.Uk)(sources, { fetch: host.fetch });
        opts.onToken?.(token, claims);
        return token;
    };
    const { ReusableCertificateSigner } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 24705));
    return {
        signer: new ReusableCertificateSigner({ fulcioURL: urls.fulcioURL, getToken }),
        witnesses,
        notices,
    };
}
/** The trusted root: `--trusted-root`, else public-good Sigstore through TUF (cached like cosign's). */
async function trustedRoot(flags, host) {
    const path = values_str(flags, 'trusted-root');
    if (path) {
        let json;
        try {
            json = JSON.parse((await host.readFile(path)).toString('utf8'));
        }
        catch (err) {
            throw new values_UsageError(`--trusted-root ${path} is not JSON: ${err.message}`);
        }
        return (0,verify/* parseTrustedRoot */.t1)(json, path);
    }
    return (0,verify/* fetchPublicGoodTrustedRoot */.yl)(tufSource(host));
}
/** The verify policy the flags describe. */
async function verifyPolicy(flags, host) {
    const keyRef = values_str(flags, 'key');
    const insecureIgnoreTlog = bool(flags, 'insecure-ignore-tlog');
    const claims = {};
    for (const [flag, claim] of Object.entries(CLAIM_FLAGS)) {
        const v = values_str(flags, flag);
        if (v !== undefined)
            claims[claim] = v;
    }
    const identity = {
        certificateIdentity: values_str(flags, 'certificate-identity'),
        certificateIdentityRegexp: values_str(flags, 'certificate-identity-regexp'),
        certificateOidcIssuer: values_str(flags, 'certificate-oidc-issuer'),
        certificateOidcIssuerRegexp: values_str(flags, 'certificate-oidc-issuer-regexp'),
        claims,
        allowAnyIdentity: bool(flags, 'allow-any-identity'),
    };
    // Check the identity flags before any network or file access: a bad policy fails at once.
    if (!keyRef)
        (0,verify/* parseIdentityPolicy */.kT)(identity);
    const publicKey = keyRef ? await (0,keys/* loadVerificationKey */.LX)((0,keys/* parseKeyRef */.wj)(keyRef), keyRefDeps(host)) : undefined;
    // A key without tlog checks needs no trusted root: do not reach for TUF then.
    const needsRoot = !publicKey || !insecureIgnoreTlog || values_str(flags, 'trusted-root') !== undefined;
    return (0,verify/* buildVerifyPolicy */.eQ)({
        trustedRoot: needsRoot ? await trustedRoot(flags, host) : undefined,
        publicKey,
        identity,
        insecureIgnoreTlog,
    });
}
/** A `legacy|bundle|both` storage-format flag (`--signature-format`, `--attestation-format`); default both. */
function storageFormat(flags, name) {
    const f = str(flags, name) ?? 'both';
    if (f !== 'legacy' && f !== 'bundle' && f !== 'both') {
        throw new UsageError(`--${name} takes legacy, bundle or both, got ${JSON.stringify(f)}`);
    }
    return f;
}
/** `--output`: text or json. */
function outputFormat(flags) {
    const o = str(flags, 'output') ?? 'text';
    if (o !== 'text' && o !== 'json')
        throw new UsageError(`--output takes text or json, got ${JSON.stringify(o)}`);
    return o;
}
/** cosign `-a key=value` annotations. */
function annotations(flags) {
    const out = {};
    for (const a of list(flags, 'annotations')) {
        const i = a.indexOf('=');
        if (i <= 0)
            throw new UsageError(`--annotations takes key=value, got ${JSON.stringify(a)}`);
        out[a.slice(0, i)] = a.slice(i + 1);
    }
    return out;
}

// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/ci/common/builder-login.ts
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
    const ci = (0,src_registry/* toCiCredentialSources */.Tb)(env);
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
        throw new registry_errors/* RegistryError */.gl('REGISTRY_CREDENTIALS', 'the docker config (DOCKER_CONFIG/config.json) is not JSON: fix or remove it', { cause: err });
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
const builderConfigDir = (workDir) => (0,external_node_path_.join)(workDir, 'docker-config');
/**
 * The builder's environment: the host's without Signet's secrets (key password, OIDC and API tokens,
 * CI registry passwords), with DOCKER_CONFIG pointing at a private copy of the user's docker config
 * that also holds the logins the surface was given for the pushed registry. Registry credentials
 * reach a builder only that way.
 */
async function toBuilderEnv(host, input, workDir, login) {
    const env = (0,exec/* withoutSecrets */.cT)(host.env);
    if (input.builder === 'none' || input.tags.length === 0)
        return env;
    const registry = input.tags[0].registry;
    const { path, text } = await readDockerConfig({ env: host.env, readFile: (p) => host.readFile(p) });
    const config = parseDockerConfig(text);
    const logins = builderLogins(registry, host.env, login ? { registry, ...login } : undefined, config);
    if (logins.length === 0)
        return env;
    const dir = builderConfigDir(workDir);
    const userDir = path ? (0,external_node_path_.dirname)(path) : undefined;
    await host.writeFile((0,external_node_path_.join)(dir, 'config.json'), withLogins(config, logins, userDir ? (0,external_node_path_.join)(userDir, 'cli-plugins') : undefined), { mode: 0o600, overwrite: true });
    // buildx keeps its builder instances under $DOCKER_CONFIG/buildx unless BUILDX_CONFIG says otherwise.
    const buildx = env.BUILDX_CONFIG ?? (userDir ? (0,external_node_path_.join)(userDir, 'buildx') : undefined);
    return { ...env, DOCKER_CONFIG: dir, ...(buildx ? { BUILDX_CONFIG: buildx } : {}) };
}

;// CONCATENATED MODULE: ./src/ci/common/pipeline-deps.ts




/**
 * Keyless signing whose time only a TSA proves: a Rekor v2 log (no integrated time) or no log. The
 * admission objects then require a signed timestamp (Kyverno's TSA chain, the policy-controller's
 * rfc3161timestamp), as `cosign verify --use-signed-timestamps` does.
 */
function timedByTsa(signing) {
    if (!signing || signing.publicKeyPem)
        return false;
    const w = signing.witnesses;
    return Boolean(w.tsaURL) && (!w.rekorURL || w.rekorMajorApiVersion === 2);
}
/** The real parts. */
const PRODUCTION_SERVICES = {
    registry: registryClient,
    signing: (options, host, opts) => signingDeps(options, host, opts),
    async kube(text) {
        // Loaded only to apply: the Kubernetes client is large.
        const { createKubeApi } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(814), __webpack_require__.e(118), __webpack_require__.e(425), __webpack_require__.e(909)]).then(__webpack_require__.bind(__webpack_require__, 80909));
        return createKubeApi({ kind: 'kubeconfig', text });
    },
    exec: exec/* execFile */.St,
    builderEnv: toBuilderEnv,
};
/** The registry-username and registry-password inputs, when both are given. */
function registryLoginOf(inputs) {
    const username = inputs['registry-username'];
    const password = inputs['registry-password'];
    return username && password ? { username, password } : undefined;
}
/** The kubeconfig `apply` uses: the input, else the first file of KUBECONFIG. */
async function kubeconfigText(ctx) {
    if (ctx.inputs.kubeconfig)
        return ctx.inputs.kubeconfig;
    const file = ctx.host.env.KUBECONFIG?.split(':')[0];
    if (!file)
        throw new values_UsageError(`apply needs a cluster: ${ctx.surface === 'github' ? 'the kubeconfig input' : 'a KUBECONFIG file variable'}`);
    return (await ctx.host.readFile(file)).toString('utf8');
}
/** Makes the registry client, the signer, the cluster client (only to apply) and the builder's deps. */
async function createPipelineDeps(ctx, services = PRODUCTION_SERVICES) {
    const { inputs, host } = ctx;
    const registryOptions = {
        'allow-insecure-registry': inputs['allow-insecure-registry'],
        'registry-username': inputs['registry-username'],
        'registry-password': inputs['registry-password'],
        limit: inputs.limit,
    };
    const images = ctx.signatureRepository ? [...ctx.build.tags, ctx.signatureRepository] : ctx.build.tags;
    const registry = await services.registry(registryOptions, host, images);
    try {
        const signing = ctx.signs ? await services.signing(ctx.options, host, ctx.signingOptions) : undefined;
        const kube = inputs.apply && inputs.admission.length > 0
            ? await services.kube(await kubeconfigText(ctx))
            : undefined;
        const deps = {
            build: {
                exec: services.exec,
                readFile: (p) => host.readFile(p),
                registry,
                env: await services.builderEnv(host, ctx.build, ctx.workDir, registryLoginOf(inputs)),
            },
            registry,
            ...(signing ? { signing } : {}),
            ...(kube ? { kube } : {}),
            now: () => new Date(),
            ...(ctx.onStage ? { onStage: ctx.onStage } : {}),
        };
        return { deps, ...(signing ? { signing } : {}), close: () => registry.close() };
    }
    catch (err) {
        registry.close();
        throw err;
    }
}

// EXTERNAL MODULE: ./src/cluster/generate.ts + 8 modules
var generate = __webpack_require__(60282);
;// CONCATENATED MODULE: ./src/version.ts
/** The version of Signet, stamped into outputs, user agents and generated objects. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/ci/common/pipeline-input.ts
// The pipeline's input from the Action's and the component's typed inputs: which stages run, each
// with what the inputs say. Pure: what needs I/O (the verify policy, the run's provenance, the VSA's
// verifier, the admission signer) comes in as deferred functions the pipeline calls when their stage
// starts, and files come in already read.





const SBOM_SOURCES = ['buildkit', 'file', 'generate'];
/** The `admission` input's targets, each checked against the generators'. */
function toAdmissionTargets(values) {
    return values.map((t) => {
        const target = generate/* ADMISSION_TARGETS */.bg.find((a) => a === t);
        if (!target)
            throw new values_UsageError(`input admission: ${JSON.stringify(t)} is not one of ${generate/* ADMISSION_TARGETS */.bg.join(', ')}`);
        return target;
    });
}
/** The `sbom-source` input's sources, each checked against the SBOM stage's. */
function toSbomSources(values) {
    return values.map((s) => {
        const source = SBOM_SOURCES.find((k) => k === s);
        if (!source)
            throw new values_UsageError(`input sbom-source: ${JSON.stringify(s)} is not one of ${SBOM_SOURCES.join(', ')}`);
        return source;
    });
}
/** The admission objects' base name from the repository's last part (a DNS-1123 label). */
function defaultPolicyName(image) {
    const base = (image.repository.split('/').pop() ?? '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    return (base
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
        .replace(/-+$/, '') || 'signet');
}
/** The stages the inputs ask for, with their inputs; a warning for what the admission objects cannot pin. */
function toPipelineInput(inputs, ctx) {
    const format = inputs['signature-format'];
    const { signatureRepository } = ctx;
    const wantsVsa = inputs.verify && inputs.vsa;
    const targets = toAdmissionTargets(inputs.admission);
    // No admission object Signet writes can carry them.
    const unpinned = CLAIM_INPUTS.filter((n) => inputs[n] !== undefined);
    if (targets.length > 0 && unpinned.length > 0)
        ctx.warning(`${unpinned.join(', ')}: ${inputs.verify ? "checked by this run's verification, but not at admission" : 'not checked (verify: false), and not at admission'}: the admission objects pin the signer's issuer and subject only (policy-controller, Kyverno and Connaisseur have no field for these claims)`);
    return {
        build: ctx.build,
        ...(inputs.sign ? { sign: { format, signatureRepository } } : {}),
        ...(inputs['attest-sbom']
            ? {
                sbom: {
                    sources: toSbomSources(inputs['sbom-source']),
                    ...(ctx.sbomFile ? { file: ctx.sbomFile } : {}),
                    tool: { name: 'signet', version: VERSION },
                    limits: ctx.limits,
                },
            }
            : {}),
        ...(inputs['attest-provenance']
            ? {
                provenance: async () => {
                    const made = ctx.provenance();
                    if ('missing' in made) {
                        ctx.warning(`no SLSA provenance attested: ${made.missing}`);
                        return undefined;
                    }
                    return { predicateType: attest_constants/* SLSA_PROVENANCE_V1 */.us, predicate: made.predicate };
                },
            }
            : {}),
        ...(inputs.verify
            ? { verify: async () => ({ policy: await ctx.policy(), formats: format, signatureRepository }) }
            : {}),
        ...(wantsVsa
            ? {
                vsa: async () => ({
                    verifierId: await ctx.vsaVerifier(),
                    verifierVersion: VERSION,
                    onFailure: inputs['vsa-on-failure'],
                    ...(inputs['vsa-policy-uri'] ? { policyUri: inputs['vsa-policy-uri'] } : {}),
                }),
            }
            : {}),
        ...(targets.length > 0
            ? {
                admission: async () => ({
                    input: {
                        name: inputs['policy-name'] ?? defaultPolicyName(ctx.build.tags[0]),
                        signatureFormat: format === 'bundle' ? 'bundle' : 'legacy',
                        build: await ctx.admissionSigner(),
                        mode: inputs['policy-mode'],
                        trustedRoot: await ctx.trustedRoot(),
                        signatureRepository,
                        noTlog: !inputs['tlog-upload'],
                        ...(ctx.signedTimestamps ? { signedTimestamps: true } : {}),
                        companions: {
                            allowedRegistries: inputs['allowed-registries'],
                            pullPolicyAlways: inputs['pull-policy-always'],
                            auditUnsigned: inputs['audit-unsigned'],
                            alert: inputs.alert,
                        },
                        vsa: {
                            ...(inputs['vsa-min-level'] ? { minLevel: inputs['vsa-min-level'] } : {}),
                            ...(inputs['vsa-max-age'] ? { maxAge: inputs['vsa-max-age'] } : {}),
                        },
                    },
                    targets,
                    ...(inputs.apply ? { apply: { dryRun: inputs['dry-run'] } } : {}),
                }),
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/ci/common/public-logs.ts


/**
 * Refuses keyless signing that would publish a non-public project's names, with the ways out. It reads
 * what the signing config would upload to (its Rekor logs and Fulcio), not only the URL inputs.
 */
async function checkPublicLogs(inputs, options, host, ctx) {
    if (!ctx.visibility || ctx.visibility === 'public' || inputs.key)
        return;
    if (inputs['allow-public-logs']) {
        ctx.warning(`this ${ctx.visibility} repository's name and workflow go into the public Sigstore logs (allow-public-logs: true)`);
        return;
    }
    const to = await signingDestinations(options, host);
    const publicRekor = to.rekorURLs.filter(isPublicRekor);
    if (publicRekor.length === 0) {
        if (to.fulcioURLs.some((u) => new URL(u).host === 'fulcio.sigstore.dev')) {
            ctx.warning("no Rekor entry is made, but the public Fulcio still logs the signing certificate (with this repository's name) in its certificate-transparency log");
        }
        return;
    }
    const via = inputs['signing-config']
        ? ` (signing config ${inputs['signing-config']} uploads to ${publicRekor.join(', ')})`
        : '';
    throw new values_UsageError(`this repository is ${ctx.visibility}: keyless signing would publish its name and workflow in the public Rekor and certificate-transparency logs${via}. ` +
        'Choose one: sign with a key (key + key-password); use a private Sigstore (fulcio-url, rekor-url, trusted-root) or its signing-config and trusted-root; ' +
        'use a timestamp authority instead of Rekor (tlog-upload: false, tsa-url); or accept the public logs (allow-public-logs: true)', { code: 'USAGE_PUBLIC_LOGS' });
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./src/ci/common/sigstore-instance.ts
// `sigstore-instance: auto|public-good|github|custom`, as actions/attest picks its instance: `auto` is
// GitHub's own Sigstore for a private or internal repository (its names stay off the public logs) and
// public-good Sigstore otherwise, unless Sigstore inputs were set (then `custom`: those inputs as given).
// `github` signs with GitHub's Fulcio and timestamp authority, without Rekor, and verifies with GitHub's
// trusted root, fetched through GitHub's TUF repository (as `gh attestation trusted-root`) and written
// to the output folder for other verifiers (cosign --trusted-root, Kyverno, policy-controller).
// SIGNET_GITHUB_TUF_URL and SIGNET_GITHUB_TUF_ROOT name another mirror and its root.json, as gh's
// `--tuf-url`/`--tuf-root` do (a mirror, or a test's repository).





const SIGSTORE_INPUTS = ['fulcio-url', 'rekor-url', 'tsa-url', 'signing-config', 'trusted-root'];
/** True when a Sigstore input differs from the table's default (a private or test Sigstore). */
function hasCustomSigstoreInputs(flags) {
    return SIGSTORE_INPUTS.some((n) => {
        const v = values_str(flags, n);
        return v !== undefined && v !== common_inputs/* INPUTS */.mc.find((i) => i.name === n).default;
    });
}
/** The instance a run signs with. */
function resolveSigstoreInstance(choice, ctx) {
    if (choice === 'public-good' || choice === 'github' || choice === 'custom')
        return choice;
    if (choice !== 'auto')
        throw new values_UsageError(`input sigstore-instance takes auto, public-good, github or custom, got ${JSON.stringify(choice)}`);
    if (ctx.custom || ctx.key)
        return 'custom';
    return ctx.visibility === 'private' || ctx.visibility === 'internal' ? 'github' : 'public-good';
}
/**
 * Points the flags at GitHub's instance (Fulcio, TSA, no Rekor; a set fulcio-url, tsa-url or
 * signing-config wins) and
 * writes its trusted root, fetched through TUF, as `<outputDir>/github-trusted-root.json`.
 */
async function useGitHubInstance(flags, host, outputDir) {
    const defaults = (n) => common_inputs/* INPUTS */.mc.find((i) => i.name === n).default;
    // A signing config names the instance's services itself (GitHub's, or a mirror of its shape); the
    // public-logs check then reads what it would upload to.
    if (!values_str(flags, 'signing-config')) {
        if (values_str(flags, 'fulcio-url') === undefined || values_str(flags, 'fulcio-url') === defaults('fulcio-url'))
            flags['fulcio-url'] = verify/* GITHUB_FULCIO_URL */.fx;
        if (values_str(flags, 'tsa-url') === undefined)
            flags['tsa-url'] = flags['timestamp-server-url'] = verify/* GITHUB_TSA_URL */.Fb;
        flags['tlog-upload'] = false;
    }
    const home = host.env.HOME ?? outputDir;
    const cachePath = (0,external_node_path_.join)(home, '.sigstore', 'signet-tuf-github');
    let rootPath = host.env.SIGNET_GITHUB_TUF_ROOT;
    if (!rootPath) {
        rootPath = (0,external_node_path_.join)(cachePath, 'embedded-root.json');
        await host.writeFile(rootPath, verify/* GITHUB_TUF_ROOT_JSON */.ir, { mode: 0o644, overwrite: true });
    }
    const root = await (0,verify/* fetchGitHubTrustedRoot */.bQ)({
        cachePath,
        rootPath,
        ...(host.env.SIGNET_GITHUB_TUF_URL ? { mirrorURL: host.env.SIGNET_GITHUB_TUF_URL } : {}),
    });
    const trustedRootPath = (0,external_node_path_.join)(outputDir, 'github-trusted-root.json');
    await host.writeFile(trustedRootPath, JSON.stringify(protobuf_specs_dist.TrustedRoot.toJSON(root)) + '\n', {
        mode: 0o644,
        overwrite: true,
    });
    if (values_str(flags, 'trusted-root') === undefined)
        flags['trusted-root'] = trustedRootPath;
    return { trustedRootPath };
}

// EXTERNAL MODULE: ./src/sbom/index.ts + 2 modules
var src_sbom = __webpack_require__(30395);
;// CONCATENATED MODULE: ./src/ci/common/write-outputs.ts
// The files a CI run leaves in its output folder (the image signature's Sigstore bundle, the SBOMs, the
// verify report, the VSA, the admission objects as GitOps files) and the outputs that name them.





const shortDigest = (d) => d.replace(/^sha256:/, '').slice(0, 12);
/** Writes bundle, SBOMs, verify report and policies under the output folder; returns the outputs. */
async function writeOutputs(r, adapter) {
    const { host, outputDir } = adapter;
    const write = (name, data) => host.writeFile((0,external_node_path_.join)(outputDir, name), data, { mode: 0o644, overwrite: true });
    const outputs = {
        image: (0,src_registry/* formatReference */.Y4)(r.build.image),
        digest: r.build.digest,
        images: JSON.stringify(r.images.map((i) => (0,src_registry/* formatReference */.Y4)(i))),
        'platform-digests': JSON.stringify(Object.fromEntries(r.build.manifests.map((m) => [m.platform, m.digest]))),
        signatures: JSON.stringify((0,sign.toSignaturesJSON)(r.sign?.signatures ?? [])),
        verified: String(r.verify?.verified ?? false),
        'verified-attestations': JSON.stringify(r.attestationsVerify.flatMap((v) => v.attestations.map((a) => ({
            subject: (0,src_registry/* formatReference */.Y4)({ ...v.image, digest: v.digest }),
            predicateType: v.predicateType,
            format: a.format,
            location: a.location,
        })))),
    };
    // The image's own signature: the bundle-format one when there is one (its bundle is what was stored).
    const mine = r.sign?.signatures.filter((s) => s.subject.digest === r.build.digest) ?? [];
    const root = mine.find((s) => s.format === 'bundle') ?? mine[0];
    if (root?.bundle) {
        const name = `signature-${shortDigest(r.build.digest)}.sigstore.json`;
        await write(name, JSON.stringify(root.bundle) + '\n');
        outputs['bundle-path'] = (0,external_node_path_.join)(outputDir, name);
    }
    if (root?.logIndex !== undefined)
        outputs['rekor-log-index'] = String(root.logIndex);
    for (const [i, sbom] of (r.sboms?.sboms ?? []).entries()) {
        const name = (0,src_sbom/* toSbomFileName */.w1)(sbom);
        await write(name, sbom.json);
        if (i === 0)
            outputs['sbom-path'] = (0,external_node_path_.join)(outputDir, name);
    }
    if (r.verify) {
        await write('verify-report.json', JSON.stringify((0,verify/* toVerifyJSON */.bE)(r.verify), null, 2) + '\n');
        outputs['report-path'] = (0,external_node_path_.join)(outputDir, 'verify-report.json');
    }
    if (r.vsa) {
        await write('vsa.json', JSON.stringify(r.vsa.predicate, null, 2) + '\n');
        outputs['vsa-path'] = (0,external_node_path_.join)(outputDir, 'vsa.json');
    }
    if (r.admission) {
        const { toGitOpsFiles } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(448)]).then(__webpack_require__.bind(__webpack_require__, 44448));
        const files = toGitOpsFiles(r.admission.objects, { connaisseurValues: r.admission.connaisseurValues });
        for (const f of files)
            await write((0,external_node_path_.join)('policy', f.path), f.content);
        outputs['policy-path'] = (0,external_node_path_.join)(outputDir, 'policy');
    }
    return outputs;
}

;// CONCATENATED MODULE: ./src/ci/common/run-ci.ts
// What the Action and the GitLab component do with their inputs, shared: read the input table once
// into typed inputs (ci-inputs.ts) and refuse what contradicts itself, refuse what must not run (keyless
// signing of a private repository on the public logs: public-logs.ts), turn the inputs into the
// pipeline's input (pipeline-input.ts) and its deps (pipeline-deps.ts), run the pipeline, and write the
// files and outputs (write-outputs.ts). Each adapter supplies only what differs between the two CIs:
// how inputs are read, how it logs and masks, the run's default identity and its provenance.


















/** Runs the pipeline the inputs describe and writes its files; throws on any failure (fail closed). */
async function runCi(adapter, services = PRODUCTION_SERVICES) {
    let inputs = readCiInputs(adapter);
    for (const secret of secretValues(inputs))
        adapter.mask(secret);
    checkCiInputs(inputs);
    // Lists whose items name something: an unknown one is refused before anything runs.
    toAdmissionTargets(inputs.admission);
    toSbomSources(inputs['sbom-source']);
    // GitHub's instance serves runs that sign keyless; a verify-only run keeps the inputs' trust.
    const signsKeyless = (inputs.sign || inputs['attest-sbom'] || inputs['attest-provenance'] || inputs.vsa) &&
        inputs.push &&
        !adapter.noSigning;
    const options = toOptionValues(inputs);
    // GitHub's instance serves GitHub Actions runs only (as actions/attest): a private GitLab project
    // keeps the public-logs refusal under `auto`.
    const instance = resolveSigstoreInstance(inputs['sigstore-instance'], {
        visibility: signsKeyless && adapter.name === 'github' ? adapter.visibility : 'public',
        custom: hasCustomSigstoreInputs(options),
        key: inputs.key !== undefined,
    });
    const github = instance === 'github' ? await useGitHubInstance(options, adapter.host, adapter.outputDir) : undefined;
    if (github) {
        // The instance's services and trust, as the option values now name them.
        inputs = {
            ...inputs,
            'fulcio-url': values_str(options, 'fulcio-url'),
            'tsa-url': values_str(options, 'tsa-url'),
            'tlog-upload': false,
            'trusted-root': values_str(options, 'trusted-root'),
        };
        adapter.log.info(`signing with GitHub's Sigstore instance (${inputs['signing-config'] ? `signing config ${inputs['signing-config']}` : inputs['fulcio-url']}, no public logs)`);
    }
    const run = { adapter, inputs, options, host: withInputSecrets(adapter.host, inputs), services };
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'signet-build-'));
    try {
        const result = await runStages(run, workDir);
        if (github)
            result.outputs['trusted-root-path'] = github.trustedRootPath;
        return result;
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
function buildInputOf(run, workDir, push) {
    const { inputs, host } = run;
    return toBuildInput(run.options, {
        builder: builderOf(inputs),
        context: inputs.context ?? '.',
        buildxBuilder: inputs.builder,
        // The input wins; GitLab's `services:` pattern sets BUILDKIT_HOST for the job.
        buildkitHost: inputs['buildkit-host'] ?? host.env.BUILDKIT_HOST,
        // build-push-action's `secrets`: `id=value` lines.
        secrets: inputs.secrets.map((line) => {
            const i = line.indexOf('=');
            if (i <= 0)
                throw new values_UsageError(`input secrets: expected KEY=VALUE, got a line without "="`);
            return { id: line.slice(0, i), value: line.slice(i + 1) };
        }),
        push,
        cwd: host.cwd,
        workDir,
        label: (name) => `input ${name}`,
    });
}
async function runStages(run, workDir) {
    const { adapter, inputs, host } = run;
    const { log } = adapter;
    const buildOnly = !inputs.push || adapter.noSigning !== undefined;
    if (adapter.noSigning) {
        if (adapter.noSigning.fail)
            throw new values_UsageError(adapter.noSigning.reason, { code: 'USAGE_NO_SIGNING' });
        log.notice(`${adapter.noSigning.reason}: building only; nothing is pushed, signed or verified`);
    }
    if (isFilesOnly(inputs))
        return runFilesOnly(run);
    const input = buildInputOf(run, workDir, inputs.push && !adapter.noSigning);
    if (buildOnly) {
        if (input.builder === 'none')
            throw new values_UsageError('build: none with push: false has nothing to do', {
                code: 'USAGE_CONFLICTING_INPUTS',
            });
        adapter.onStage?.('build', `${input.builder} (build only)`);
        await buildWithoutPush(input, {
            exec: run.services.exec,
            readFile: (p) => host.readFile(p),
            env: await run.services.builderEnv(host, input, workDir, registryLoginOf(inputs)),
        });
        return { outputs: { verified: 'false' }, buildOnly: true };
    }
    const signs = inputs.sign || inputs['attest-sbom'] || inputs['attest-provenance'];
    // Every keyless signature publishes the names: image signatures, SBOM attestations and provenance.
    if (signs && !inputs.key)
        await checkPublicLogs(inputs, run.options, host, {
            visibility: adapter.visibility,
            warning: (m) => log.warning(m),
        });
    // Verifying a tag reads its digest once, then checks exactly that; signing needs the digest given.
    if (input.builder === 'none' && !input.digest && signs)
        throw new values_UsageError('build: none needs the digest input (the digest another step pushed to the first tag)');
    const sigRepo = inputs['signature-repository'] ?? host.env.COSIGN_REPOSITORY;
    const signatureRepository = sigRepo
        ? parsedAs('input signature-repository', sigRepo, src_registry/* parseReference */.F2)
        : undefined;
    return runWithDeps(run, workDir, input, signatureRepository);
}
/** Attests release files only (subject inputs, no `tags`): no build, no registry. */
async function runFilesOnly(run) {
    const { adapter, inputs, host } = run;
    if (adapter.noSigning)
        return { outputs: { verified: 'false' }, buildOnly: true };
    if (!inputs.key)
        await checkPublicLogs(inputs, run.options, host, {
            visibility: adapter.visibility,
            warning: (m) => adapter.log.warning(m),
        });
    let claims;
    const outputs = { verified: 'false' };
    await attestFilesAndStore({
        adapter: { ...adapter, host },
        inputs,
        makeSigning: () => run.services.signing(run.options, host, { onToken: (token, c) => (adapter.mask(token), (claims = c)) }),
        async claims() {
            // Provenance names the job's workflow from the token: ask for it before signing when keyless.
            if (!claims && !inputs.key && adapter.peekClaims)
                claims = await adapter.peekClaims();
            return claims;
        },
        outputs,
    });
    return { outputs, buildOnly: false };
}
async function runWithDeps(run, workDir, input, signatureRepository) {
    const { adapter, inputs, host } = run;
    const format = inputs['signature-format'];
    const wantsVsa = inputs.verify && inputs.vsa;
    let claims;
    const onToken = (token, c) => {
        adapter.mask(token);
        claims = c;
    };
    const made = await createPipelineDeps({
        inputs,
        options: run.options,
        host,
        surface: adapter.name,
        build: input,
        workDir,
        signatureRepository,
        signs: inputs.sign || inputs['attest-sbom'] || inputs['attest-provenance'] || wantsVsa,
        signingOptions: {
            // A VSA is written in both formats (the CLI's --vsa-format is not an input).
            legacyFormat: format !== 'bundle' || wantsVsa,
            onToken,
        },
        ...(adapter.onStage ? { onStage: adapter.onStage } : {}),
    }, run.services);
    try {
        for (const n of made.signing?.notices ?? [])
            adapter.log.warning(n);
        const { registry } = made.deps;
        if (input.builder === 'none' && !input.digest) {
            const head = await registry.headManifest(input.tags[0]);
            if (!head)
                throw new values_UsageError(`${(0,src_registry/* formatReference */.Y4)(input.tags[0])} does not exist in the registry`);
            input.digest = head.digest;
        }
        // Files the stages need are read before any stage writes (a bad one leaves nothing half-written).
        const trustedRootJSON = inputs.admission.length > 0 ? await trustedRootDocument(run) : undefined;
        const identity = runIdentityOf(run, () => claims, (c) => (claims = c));
        let expected;
        const result = await runPipeline(toPipelineInput(inputs, {
            build: input,
            ...(signatureRepository ? { signatureRepository } : {}),
            ...(inputs['attest-sbom'] && inputs['sbom-file']
                ? {
                    sbomFile: {
                        name: inputs['sbom-file'],
                        bytes: await host.readFile((0,external_node_path_.resolve)(host.cwd, inputs['sbom-file'])),
                    },
                }
                : {}),
            limits: registry.limits,
            async policy() {
                const made2 = await verifyPolicyOf(run, made.signing, identity.resolve);
                expected = made2.expected;
                return made2.policy;
            },
            provenance: () => adapter.provenance(claims),
            async vsaVerifier() {
                // The summary is vouched for by this run: its identity is the verifier.
                if (!claims && adapter.peekClaims && !inputs.key)
                    claims = await adapter.peekClaims();
                const id = adapter.runIdentity(claims);
                if (!id)
                    throw new values_UsageError('vsa needs the identity of this CI run (a GitHub Actions or GitLab CI job)');
                return id.identity;
            },
            admissionSigner: async () => made.signing?.publicKeyPem
                ? { kind: 'key', publicKey: made.signing.publicKeyPem }
                : admissionSignerOf(inputs, identity.resolve),
            trustedRoot: async () => trustedRootJSON,
            ...(timedByTsa(made.signing) ? { signedTimestamps: true } : {}),
            warning: (m) => adapter.log.warning(m),
        }), made.deps);
        const outputs = await writeOutputs(result, adapter);
        await attestFilesAndStore({
            adapter: { ...adapter, host },
            inputs,
            image: result,
            ...(made.signing ? { signing: made.signing } : {}),
            makeSigning: () => run.services.signing(run.options, host, { onToken }),
            claims: async () => claims,
            outputs,
        });
        return { outputs, result, expected, buildOnly: false };
    }
    finally {
        made.close();
    }
}
/** The identity verified against by default: this run's (from its token's claims when there are any). */
function runIdentityOf(run, claims, setClaims) {
    return {
        async resolve() {
            if (run.inputs['certificate-identity'] ?? run.inputs['certificate-identity-regexp'])
                return undefined;
            if (!claims() && run.adapter.peekClaims)
                setClaims(await run.adapter.peekClaims());
            return run.adapter.runIdentity(claims());
        },
    };
}
/** The read-back verification's policy and what it expects (`key`, an identity, `~regexp`). */
async function verifyPolicyOf(run, signing, resolveIdentity) {
    const { inputs, host } = run;
    if (inputs.key && inputs.sign && signing?.publicKeyPem) {
        // Verify with the public half of the signing key.
        const noTlog = !inputs['tlog-upload'];
        return {
            expected: 'key',
            policy: (0,verify/* buildVerifyPolicy */.eQ)({
                publicKey: (0,verify/* parsePublicKey */.ee)(signing.publicKeyPem, 'key input'),
                trustedRoot: noTlog && !inputs['trusted-root'] ? undefined : await trustedRoot(run.options, host),
                insecureIgnoreTlog: noTlog,
            }),
        };
    }
    const options = { ...run.options };
    if (inputs.key) {
        options['insecure-ignore-tlog'] = !inputs['tlog-upload'];
        return { expected: 'key', policy: await verifyPolicy(options, host) };
    }
    const id = await resolveIdentity();
    if (id) {
        options['certificate-identity'] = id.identity;
        if (!inputs['certificate-oidc-issuer'] && !inputs['certificate-oidc-issuer-regexp'])
            options['certificate-oidc-issuer'] = id.issuer;
    }
    const identity = values_str(options, 'certificate-identity');
    const regexp = values_str(options, 'certificate-identity-regexp');
    if (!identity && !regexp)
        throw new values_UsageError('no identity to verify against: set certificate-identity (or -regexp) and certificate-oidc-issuer');
    return { expected: identity ?? `~${regexp}`, policy: await verifyPolicy(options, host) };
}
/** The keyless signer the admission objects pin: the identity inputs, else this run's identity. */
async function admissionSignerOf(inputs, resolveIdentity) {
    const issuer = inputs['certificate-oidc-issuer'];
    const subject = inputs['certificate-identity'];
    const subjectRegExp = inputs['certificate-identity-regexp'];
    if (subject || subjectRegExp) {
        if (!issuer)
            throw new values_UsageError('admission needs certificate-oidc-issuer with certificate-identity');
        return subject ? { kind: 'keyless', issuer, subject } : { kind: 'keyless', issuer, subjectRegExp };
    }
    const id = await resolveIdentity();
    if (!id)
        throw new values_UsageError('admission needs the signer: set certificate-identity and certificate-oidc-issuer');
    return { kind: 'keyless', issuer: issuer ?? id.issuer, subject: id.identity };
}
/** The `trusted-root` input's document (a private Sigstore's trust, emitted with the admission objects). */
async function trustedRootDocument(run) {
    const path = run.inputs['trusted-root'];
    if (!path)
        return undefined;
    const text = (await run.host.readFile((0,external_node_path_.resolve)(run.host.cwd, path))).toString('utf8');
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new values_UsageError(`input trusted-root: ${path} is not JSON`, { cause: err });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new values_UsageError(`input trusted-root: ${path} is not a trusted_root.json object`);
    return { ...parsed };
}


/***/ }),

/***/ 20849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ toTerminalText),
/* harmony export */   iV: () => (/* binding */ toTerminalLine),
/* harmony export */   ri: () => (/* binding */ toSummaryText)
/* harmony export */ });
/* unused harmony export toTerminalOutput */
// The one sanitiser for text Signet shows that may come from a registry, an image or a token (platform
// fields, annotations, error bodies, claims): each CI surface gets the escaping its renderer needs.
//  - The CLI's stdout (JSON, SBOMs, YAML, text): control characters written as visible `\uXXXX`, so a
//    JSON document keeps its meaning and a terminal sees no escape sequence.
//  - Terminal messages and the GitLab job log: ANSI escape sequences (colours, cursor moves, OSC 8 links, title
//    changes) and control characters are removed, so a registry cannot repaint or hide log lines.
//  - GitHub log lines: the same, and one line per message, because the runner reads workflow commands
//    (`::add-mask::`, `::stop-commands::` …) at the start of any line a step prints.
//  - The GitHub job summary (Markdown with HTML): entities for HTML and for Markdown's own syntax, so
//    that text stays text (no links, images, tags or table breaks).
// Annotations (core.warning/error/setFailed) are escaped by @actions/core itself (%, CR, LF as %25,
// %0D, %0A); they get the terminal clean-up first. Written by hand: the few rules are the point, and a
// library for each renderer would be three dependencies for twenty lines.
/**
 * ANSI/ECMA-48 escape sequences: CSI (ESC [ … final, or the 8-bit CSI), OSC (ESC ] … BEL or ST, or the
 * 8-bit OSC), DCS/SOS/PM/APC strings, and two-character ESC sequences.
 */
const ANSI_SEQUENCE = 
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)|\u001b[ -/]*[0-~]?/g;
/** C0 and C1 control characters, DEL, and the Unicode bidi controls (text that reads other than it is). */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL_EXCEPT_NEWLINE_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Text for a terminal or the GitLab log: no escape sequences, no control characters but newline and tab. */
function toTerminalText(text) {
    return text.replace(ANSI_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(CONTROL_EXCEPT_NEWLINE_TAB, '');
}
/** Control characters but newline and tab, DEL, C1 and the bidi controls, one at a time. */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Output meant for programs as well as terminals (the CLI's stdout: JSON documents, SBOMs, YAML):
 * every control character but newline and tab is written as a visible `\uXXXX`. An escape sequence
 * thus cannot act on a terminal, and a JSON document stays the same document (JSON.stringify leaves
 * C1 and bidi characters raw; their escaped form parses to the same string).
 */
function toTerminalOutput(text) {
    return text.replace(CONTROL_CHAR, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** One line of terminal text: newlines and tabs become spaces. */
function toTerminalLine(text) {
    return toTerminalText(text).replace(/[\n\t]+/g, ' ');
}
const HTML_AND_MARKDOWN = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '*': '&#42;',
    _: '&#95;',
    '`': '&#96;',
    '!': '&#33;',
    '|': '&#124;',
    '\\': '&#92;',
    '~': '&#126;',
    '#': '&#35;',
};
/** Text for the GitHub job summary (Markdown and HTML): one line, every active character as an entity. */
function toSummaryText(text) {
    return toTerminalLine(text).replace(/[&<>"'[\]()*_`!|\\~#]/g, (c) => HTML_AND_MARKDOWN[c]);
}


/***/ }),

/***/ 76840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g3: () => (/* binding */ HTML),
/* harmony export */   nr: () => (/* binding */ toSummaryRows)
/* harmony export */ });
/* unused harmony export PLAIN_TEXT */
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20849);

const PLAIN_TEXT = { text: _sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .toTerminalLine */ .iV, code: _sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .toTerminalLine */ .iV, link: _sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .toTerminalLine */ .iV };
const HTML = {
    text: _sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .toSummaryText */ .ri,
    code: (t) => `<code>${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .toSummaryText */ .ri)(t)}</code>`,
    link: (t, url) => `<a href="${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .toSummaryText */ .ri)(url)}">${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .toSummaryText */ .ri)(t)}</a>`,
};
/** `[what, result]` rows. */
function toSummaryRows(run, opts = {}) {
    const m = opts.markup ?? PLAIN_TEXT;
    const r = run.result;
    if (!r)
        return [['build', run.buildOnly ? 'built only: nothing pushed, signed or verified' : 'not run']];
    const rows = [
        ['image', m.code(run.outputs.image ?? '')],
        ...(r.images.length > 1
            ? [['repositories', r.images.map((i) => m.code(`${i.registry}/${i.repository}`)).join(', ')]]
            : []),
        [
            'platforms',
            r.build.manifests
                .map((p) => `${m.text(p.platform)} ${m.code(p.digest.slice(0, 19) + '…')}`)
                .join(', ') || '—',
        ],
    ];
    if (r.sign) {
        const link = (i) => opts.rekorSearchURL ? m.link(String(i), `${opts.rekorSearchURL}${i}`) : String(i);
        const formats = m.text([...new Set(r.sign.signatures.map((s) => s.format))].join(' + '));
        const logs = r.sign.signatures.flatMap((s) => (s.logIndex !== undefined ? [link(s.logIndex)] : []));
        const added = r.sign.signatures.filter((s) => !s.unchanged).length;
        rows.push([
            'signatures',
            `${r.sign.signatures.length} (${formats}; ${added} new)${logs.length > 0 ? `, Rekor ${[...new Set(logs)].join(' ')}` : ', no Rekor entry'}`,
        ]);
    }
    if (r.sboms) {
        const parts = r.sboms.sboms.map((s) => `${m.text(s.platform ?? s.subject.slice(0, 19))}: ${m.text(s.format)} from ${m.text(s.source)}${s.packageCount !== undefined ? `, ${s.packageCount} components` : ''}`);
        rows.push(['SBOM attestations', parts.join('; ') || 'none found']);
    }
    if (r.provenance)
        rows.push(['provenance', `SLSA v1, ${r.provenance.attestations.length} attestation(s)`]);
    if (r.verify) {
        const verdict = r.verify.verified
            ? `✅ verified: ${r.verify.signatures.length} signature(s) read back from the registry`
            : `❌ not verified: ${m.text(r.verify.rejected.map((x) => x.code).join(', ')) || 'no signatures found'}`;
        rows.push([
            'verification',
            `${verdict}; expected ${run.expected === 'key' ? 'the signing key' : m.code(run.expected ?? '')}`,
        ]);
    }
    if (r.attestationsVerify.length > 0) {
        const byType = new Map();
        for (const v of r.attestationsVerify)
            for (const a of v.attestations)
                byType.set(v.predicateType, (byType.get(v.predicateType) ?? new Set()).add(a.format));
        rows.push([
            'attestations',
            `✅ verified: ${[...byType].map(([type, formats]) => `${m.text(type)} (${m.text([...formats].sort().join(' + '))})`).join(', ')}`,
        ]);
    }
    if (r.admission) {
        rows.push([
            'admission',
            `${r.admission.objects.length} object(s)${r.applied ? `, applied${r.applied.dryRun ? ' (dry run)' : ''}: ${m.text(r.applied.applied.map((a) => `${a.object} ${a.action}`).join(', '))}` : ''}`,
        ]);
    }
    return rows;
}


/***/ }),

/***/ 32074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ checkSigner)
/* harmony export */ });
/* unused harmony exports anchorRegExp, escapeRegExp, toRefSubjectRegExp, describeSigner */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _verify_identity_pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8859);
// Checks a signer before any object is generated from it: a keyless identity needs its issuer and one
// exact subject or one regular expression that pins the workflow, and every regular expression is
// anchored as a whole, because cosign, Kyverno and policy-controller match them unanchored. The rule
// is src/verify/identity-pattern.ts, the same one `verify` applies.



/** `^(?:re)$` (the one anchoring rule, src/verify/identity-pattern.ts): `^A|B$` must not stay `(^A)|(B$)`. */
const anchorRegExp = (/* unused pure expression or super */ null && (anchorPattern));
/** Escapes `s` for a regular expression that both Go RE2 and JavaScript read the same. */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * The SAN regexp for one workflow at any ref matching `refGlob` (`refs/tags/v*`): the workflow part is
 * exact, `*` in the ref stands for one or more characters. Separates release tags from branches.
 */
function toRefSubjectRegExp(workflow, refGlob) {
    const ref = refGlob.split('*').map(escapeRegExp).join('.+');
    return anchorPattern(`${escapeRegExp(workflow)}@${ref}`);
}
function checkKeyless(s, what) {
    if (!s.issuer || s.issuer.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_IDENTITY', `${what}: the oidc issuer is empty: give the issuer of the signing identity (e.g. https://token.actions.githubusercontent.com)`);
    }
    const hasSubject = s.subject !== undefined && s.subject !== '';
    const hasRegExp = s.subjectRegExp !== undefined && s.subjectRegExp !== '';
    if (hasSubject === hasRegExp) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_IDENTITY', `${what}: give exactly one of subject or subject regexp, got ${hasSubject ? 'both' : 'neither'}`);
    }
    if (hasSubject)
        return { kind: 'keyless', issuer: s.issuer, subject: s.subject };
    const verdict = (0,_verify_identity_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .checkIdentityPattern */ .dI)(s.subjectRegExp ?? '', 'subject');
    if (!verdict.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_IDENTITY', `${what}: subject regexp ${JSON.stringify(s.subjectRegExp)} ${verdict.reason}`);
    }
    const anchored = verdict.anchored;
    return { kind: 'keyless', issuer: s.issuer, subjectRegExp: anchored };
}
/** Validates and normalises a signer (anchored regexps, trimmed PEM); throws POLICY_INVALID_IDENTITY. */
function checkSigner(s, what) {
    if (s.kind === 'keyless')
        return checkKeyless(s, what);
    const pem = s.publicKey.trim();
    let why = pem.startsWith('-----BEGIN PUBLIC KEY-----') ? undefined : 'not a PEM PUBLIC KEY';
    try {
        if (!why)
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
    }
    catch (err) {
        why = err.message;
    }
    if (why)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_IDENTITY', `${what}: the public key is not a PEM "PUBLIC KEY" (cosign.pub): ${why}`);
    return { kind: 'key', publicKey: `${pem}\n` };
}
/** A short description for messages and annotations: the subject, the regexp, or "public key". */
function describeSigner(s) {
    if (s.kind === 'key')
        return 'public key';
    return `${s.subject ?? s.subjectRegExp} (issuer ${s.issuer})`;
}


/***/ }),

/***/ 58167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ TRUST_LEVEL_LABEL),
/* harmony export */   Jo: () => (/* binding */ SYSTEM_NAMESPACES),
/* harmony export */   Nf: () => (/* binding */ DIGEST_ANNOTATION),
/* harmony export */   P2: () => (/* binding */ CONTROLLER_OF_GROUP),
/* harmony export */   Q9: () => (/* binding */ MANAGED_BY_VALUE),
/* harmony export */   XV: () => (/* binding */ KYVERNO_GROUP),
/* harmony export */   _4: () => (/* binding */ POLICY_CONTROLLER_GROUP),
/* harmony export */   lT: () => (/* binding */ MANAGED_BY_LABEL),
/* harmony export */   mn: () => (/* binding */ POLICY_LABEL),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER),
/* harmony export */   wN: () => (/* binding */ KYVERNO_POLICIES_GROUP),
/* harmony export */   y$: () => (/* binding */ POLICY_CONTROLLER_INCLUDE_LABEL),
/* harmony export */   yr: () => (/* binding */ SCOPE_LABEL)
/* harmony export */ });
// API groups, labels and well-known values of the admission controllers Signet writes objects for.
/** sigstore policy-controller (not `sigstore.dev`: that group does not exist). */
const POLICY_CONTROLLER_GROUP = 'policy.sigstore.dev';
/** Kyverno's classic policies (ClusterPolicy, PolicyException v2). */
const KYVERNO_GROUP = 'kyverno.io';
/** Kyverno's CEL policies (ImageValidatingPolicy and its PolicyException). */
const KYVERNO_POLICIES_GROUP = 'policies.kyverno.io';
/** The field manager of every server-side apply Signet sends. */
const FIELD_MANAGER = 'signet';
/** Every generated object carries these labels; pruning selects on them. */
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'signet';
const POLICY_LABEL = 'signet.dev/policy';
/** Set on per-digest objects, which a later apply prunes when their digest is no longer asked for. */
const SCOPE_LABEL = 'signet.dev/scope';
const DIGEST_ANNOTATION = 'signet.dev/digest';
/** The namespace label that says which trust level a namespace runs at (values: development, production). */
const TRUST_LEVEL_LABEL = 'signet.dev/trust-level';
/** policy-controller only checks namespaces carrying this label (opt-in). */
const POLICY_CONTROLLER_INCLUDE_LABEL = 'policy.sigstore.dev/include';
/** Namespaces no image policy should ever block: the control plane and the admission controllers. */
const SYSTEM_NAMESPACES = [
    'kube-system',
    'kube-public',
    'kube-node-lease',
    'kyverno',
    'cosign-system',
    'connaisseur',
];
/** The controllers Signet writes objects for, and the project to install when their CRD is missing. */
const CONTROLLER_OF_GROUP = {
    [POLICY_CONTROLLER_GROUP]: 'the sigstore policy-controller (helm chart sigstore/policy-controller)',
    [KYVERNO_GROUP]: 'Kyverno (helm chart kyverno/kyverno)',
    [KYVERNO_POLICIES_GROUP]: 'Kyverno ≥ 1.14 (helm chart kyverno/kyverno)',
};


/***/ }),

/***/ 8859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ ClusterError),
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of the cluster stage. PolicyError: the admission objects or the pre-flight policy asked for
// cannot be generated or are not met. ClusterError: the API server refused or could not be reached.

/** The admission objects or pre-flight policy are wrong, or an image does not meet them. */
class PolicyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}
/** The Kubernetes API refused or failed a request. */
class ClusterError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
    /** The HTTP status, when the API server answered. */
    status;
    constructor(code, message, options) {
        super(code, message, options);
        if (options?.status !== undefined)
            this.status = options.status;
    }
}


/***/ }),

/***/ 60282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bg: () => (/* binding */ ADMISSION_TARGETS),
  B$: () => (/* binding */ generateAdmission)
});

// UNUSED EXPORTS: DEFAULT_ADMISSION_TARGETS

// EXTERNAL MODULE: ./src/registry/index.ts + 18 modules
var registry = __webpack_require__(8985);
// EXTERNAL MODULE: ./src/cluster/constants.ts
var constants = __webpack_require__(58167);
// EXTERNAL MODULE: ./src/cluster/errors.ts
var errors = __webpack_require__(8859);
// EXTERNAL MODULE: ./src/cluster/glob.ts
var glob = __webpack_require__(71806);
// EXTERNAL MODULE: ./src/cluster/input.ts
var cluster_input = __webpack_require__(48542);
// EXTERNAL MODULE: ./src/cluster/trust-root.ts
var trust_root = __webpack_require__(35157);
;// CONCATENATED MODULE: ./src/cluster/cluster-image-policy.ts
// sigstore policy-controller objects. Within one ClusterImagePolicy any authority suffices (OR);
// across the policies matching an image all must pass (AND). So two trust levels are two policies
// over the same globs: `<name>-build` (the developer build identity) and `<name>-release` (the
// release identity), never two authorities in one policy. policy-controller cannot select namespaces
// by label (it only has the opt-in `policy.sigstore.dev/include`), so a cluster runs at one level:
// a production cluster gets both policies, a development cluster only the build policy.
// Webhook rules: pkg/apis/policy/v1beta1/clusterimagepolicy_validation.go; signature checks:
// pkg/webhook/validator.go (checkOptsFromAuthority). Image signatures must be in the legacy format:
// policy-controller v0.13 reads bundle-format (OCI referrer) signatures only for attestations.






/** Public-good Fulcio and Rekor, used when no private trusted root is given. */
const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';
/** The TrustRoot name for policy `name`. */
const trustRootName = (name) => `${name}-trust-root`;
/** The authority that checks `signer` (with the input's build attestations when asked). */
function toAuthority(input, name, signer, withAttestations) {
    const trustRef = input.trustedRoot ? trustRootName(input.name) : undefined;
    const pems = input.trustedRoot ? (0,trust_root/* toTrustPems */.RO)(input.trustedRoot) : undefined;
    const rekorURL = pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL;
    const a = { name, signatureFormat: input.signatureFormat };
    if (input.signatureFormat === 'bundle') {
        // policy-controller v0.13.1 passes `signatureFormat: bundle` to cosign v2.5's VerifyImageSignatures,
        // which answers "bundle support for image signatures is not yet implemented" (only attestations
        // are read as bundles), and accepts it only from keyless authorities at all.
        throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', 'policy-controller (v0.13) cannot verify bundle-format image signatures: also write the legacy format (--signature-format legacy or both) for policy-controller, or use Kyverno');
    }
    if (signer.kind === 'key') {
        a.key = { data: signer.publicKey, hashAlgorithm: 'sha256' };
    }
    else {
        const identity = signer.subject !== undefined
            ? { issuer: signer.issuer, subject: signer.subject }
            : { issuer: signer.issuer, subjectRegExp: signer.subjectRegExp ?? '' };
        a.keyless = { url: pems?.fulcio[0]?.url ?? PUBLIC_FULCIO_URL, identities: [identity] };
        if (trustRef)
            a.keyless.trustRootRef = trustRef;
    }
    // Without a tlog entry, or with a Rekor v2 one, the signing time comes from the TSA (bundle or legacy
    // RFC 3161 annotation).
    if ((input.noTlog || input.signedTimestamps) && trustRef && pems && pems.tsas.length > 0)
        a.rfc3161timestamp = { trustRootRef: trustRef };
    if (!input.noTlog)
        a.ctlog = trustRef ? { url: rekorURL, trustRootRef: trustRef } : { url: rekorURL };
    if (input.signatureRepository)
        a.source = [{ oci: (0,registry/* formatRepository */.Sh)(input.signatureRepository) }];
    if (withAttestations && (input.attestations?.length ?? 0) > 0) {
        a.attestations = (input.attestations ?? []).map((x) => ({
            name: x.name,
            predicateType: x.predicateType,
        }));
    }
    return a;
}
function cip(input, name, globs, authorities, extraLabels = {}, annotations = {}) {
    const metadata = { name, labels: (0,cluster_input/* toLabels */.Dc)(input.name, extraLabels) };
    if (Object.keys(annotations).length > 0)
        metadata.annotations = annotations;
    return {
        apiVersion: `${constants/* POLICY_CONTROLLER_GROUP */._4}/${input.policyControllerVersion}`,
        kind: 'ClusterImagePolicy',
        metadata,
        spec: { mode: input.mode, images: globs.map((glob) => ({ glob })), authorities },
    };
}
/**
 * The policy-controller objects: a TrustRoot for a private Sigstore, one ClusterImagePolicy per
 * required identity (ANDed by the controller), and one per asked-for digest pinning it to the
 * strongest identity of the cluster's level.
 */
function buildClusterImagePolicies(input) {
    const objects = [];
    if (input.trustedRoot)
        objects.push((0,trust_root/* buildTrustRoot */.DU)(trustRootName(input.name), input.trustedRoot, (0,cluster_input/* toLabels */.Dc)(input.name)));
    const globs = input.repositories.flatMap(glob/* toRepositoryGlobs */.Lo);
    const signers = (0,cluster_input/* signersOf */.Re)(input, input.clusterLevel);
    for (const { name, signer } of signers) {
        objects.push(cip(input, `${input.name}-${name}`, globs, [toAuthority(input, name, signer, name === 'build')]));
    }
    const strongest = signers[signers.length - 1];
    for (const digest of input.digests) {
        if (!strongest)
            break;
        objects.push(cip(input, `${input.name}-${(0,cluster_input/* shortDigest */.VK)(digest)}`, input.repositories.map((r) => `${(0,glob/* toGlobRepository */.oM)(r)}@${digest}`), [toAuthority(input, strongest.name, strongest.signer, false)], { [constants/* SCOPE_LABEL */.yr]: 'digest' }, { [constants/* DIGEST_ANNOTATION */.Nf]: digest }));
    }
    return objects;
}

;// CONCATENATED MODULE: ./src/cluster/kyverno-policy.ts
// Kyverno objects. A `verifyImages` attestor set passes when `count` of its entries verify, so
// production is one set holding the build and the release identity with `count: 2` (AND), while
// development asks for the build identity only. Namespaces choose their level by label
// (`namespaceSelector` values are exact: they never glob), system namespaces are excluded, development
// runs in Audit and production in Enforce. The emergency bypass is a PolicyException: Kyverno ignores
// annotations such as `policies.kyverno.io/skip`.
// Fields: kyverno/kyverno config/crds (ClusterPolicy v1, ImageValidatingPolicy v1, PolicyException v2 and
// policies.kyverno.io/v1); `verifyImageSignatures` returns how many of the given attestors verified.






const LEVELS = ['development', 'production'];
/** Kyverno writes Docker Hub as `docker.io`; its `*` crosses `/`, so only `:` and `@` follow the name. */
function toKyvernoImageReferences(input) {
    return input.repositories.flatMap((r) => {
        const repo = (0,glob/* toGlobRepository */.oM)(r).replace(/^index\.docker\.io\//, 'docker.io/');
        return [`${repo}:*`, `${repo}@*`];
    });
}
function namespaceSelector(input, level) {
    return {
        matchExpressions: [
            {
                key: input.namespaceLabel,
                operator: 'In',
                values: level === 'production' ? input.productionValues : input.developmentValues,
            },
        ],
    };
}
/** The Pod rules of the CEL policies (ImageValidatingPolicy, ValidatingPolicy). */
const POD_RESOURCE_RULES = [
    { apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['pods'] },
];
/** The CEL policies' `namespaceSelector` expression that leaves out the excluded namespaces. */
function notExcludedNamespaces(input) {
    return { key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: excludedNamespaces(input) };
}
/** Namespaces never checked: the system ones and those the input excludes. */
function excludedNamespaces(input) {
    return [...new Set([...constants/* SYSTEM_NAMESPACES */.Jo, ...(input.namespaces?.exclude ?? [])])].sort();
}
/**
 * Whether the attestors name the TSA chain: Kyverno then requires a signed timestamp (cosign's
 * UseSignedTimestamps) instead of the Rekor v1 entry's integrated time, which only signatures timed by
 * a TSA carry (no log, or Rekor v2).
 */
function requiresTimestamp(input) {
    return input.noTlog === true || input.signedTimestamps === true;
}
/** One Kyverno attestor entry for `signer` (keyless identity or key, with the private Sigstore's keys). */
function toAttestorEntry(input, signer) {
    const pems = input.trustedRoot ? (0,trust_root/* toTrustPems */.RO)(input.trustedRoot) : undefined;
    const rekor = input.noTlog
        ? { url: pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL, ignoreTlog: true }
        : { url: pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL };
    if (pems?.legacyRekor[0] && !input.noTlog)
        rekor.pubkey = pems.legacyRekor[0].publicKeyPem;
    if (signer.kind === 'key') {
        return {
            keys: { publicKeys: signer.publicKey, signatureAlgorithm: 'sha256', rekor, ctlog: { ignoreSCT: true } },
        };
    }
    const keyless = { issuer: signer.issuer };
    if (signer.subject !== undefined)
        keyless.subject = signer.subject;
    else
        keyless.subjectRegExp = signer.subjectRegExp;
    if (pems) {
        keyless.roots = pems.fulcio.map((f) => f.chainPem).join('');
        const ctlog = {};
        if (pems.ctlogs[0])
            ctlog.pubkey = pems.ctlogs[0].publicKeyPem;
        if (pems.tsas[0] && requiresTimestamp(input))
            ctlog.tsaCertChain = pems.tsas[0].chainPem;
        if (Object.keys(ctlog).length > 0)
            keyless.ctlog = ctlog;
    }
    keyless.rekor = rekor;
    return { keyless };
}
function verifyRule(input, level) {
    const signers = (0,cluster_input/* signersOf */.Re)(input, level);
    const enforce = level === 'production';
    const verify = {
        imageReferences: toKyvernoImageReferences(input),
        type: input.signatureFormat === 'bundle' ? 'SigstoreBundle' : 'Cosign',
        failureAction: enforce ? 'Enforce' : 'Audit',
        // Kyverno refuses mutateDigest with Audit; production pins every admitted image to its digest.
        mutateDigest: enforce,
        verifyDigest: enforce,
        required: true,
        attestors: [{ count: signers.length, entries: signers.map((s) => toAttestorEntry(input, s.signer)) }],
    };
    if (input.signatureRepository)
        verify.repository = (0,registry/* formatRepository */.Sh)(input.signatureRepository);
    if ((input.attestations?.length ?? 0) > 0) {
        verify.attestations = (input.attestations ?? []).map((a) => ({
            name: a.name,
            type: a.predicateType,
            attestors: [{ count: 1, entries: [toAttestorEntry(input, input.build)] }],
        }));
    }
    return {
        name: `verify-${level}`,
        match: { any: [{ resources: { kinds: ['Pod'], namespaceSelector: namespaceSelector(input, level) } }] },
        exclude: { any: [{ resources: { namespaces: excludedNamespaces(input) } }] },
        verifyImages: [verify],
    };
}
/** The rule names Kyverno autogenerates for pod controllers from a Pod rule (`autogen-…`). */
function toKyvernoRuleNames(rule) {
    return [rule, `autogen-${rule}`, `autogen-cronjob-${rule}`];
}
/** A Kyverno ClusterPolicy (kyverno.io/v1) with one verifyImages rule per trust level. */
function buildKyvernoClusterPolicy(input) {
    return kyvernoClusterPolicy(input, {
        name: input.name,
        title: `Signet: signed images of ${input.name}`,
        timeoutSeconds: 30,
        rules: LEVELS.map((l) => verifyRule(input, l)),
    });
}
/**
 * A Kyverno ClusterPolicy (kyverno.io/v1) over Pods, as Signet writes them all: labelled as the policy
 * `input` names, titled in Kyverno's annotations, checked at admission only (no background scan) through
 * the Fail webhook with `timeoutSeconds`.
 */
function kyvernoClusterPolicy(input, policy) {
    return {
        apiVersion: `${constants/* KYVERNO_GROUP */.XV}/v1`,
        kind: 'ClusterPolicy',
        metadata: {
            name: policy.name,
            labels: (0,cluster_input/* toLabels */.Dc)(input.name),
            annotations: {
                'policies.kyverno.io/title': policy.title,
                'policies.kyverno.io/category': 'Software Supply Chain Security',
                'policies.kyverno.io/subject': 'Pod',
                ...(policy.description !== undefined && { 'policies.kyverno.io/description': policy.description }),
            },
        },
        spec: {
            background: false,
            webhookConfiguration: { failurePolicy: 'Fail', timeoutSeconds: policy.timeoutSeconds },
            rules: policy.rules,
        },
    };
}
/** A ClusterPolicy rule's `match` (these kinds, every namespace) and `exclude` (the excluded namespaces). */
function kyvernoPodRules(input, kinds = ['Pod']) {
    return {
        match: { any: [{ resources: { kinds } }] },
        exclude: { any: [{ resources: { namespaces: excludedNamespaces(input) } }] },
    };
}
/** One ImageValidatingPolicy attestor named `name` for `signer`. */
function ivpAttestor(input, name, signer) {
    const pems = input.trustedRoot ? (0,trust_root/* toTrustPems */.RO)(input.trustedRoot) : undefined;
    const cosign = {};
    if (signer.kind === 'key')
        cosign.key = { data: signer.publicKey };
    else {
        const identity = { issuer: signer.issuer };
        if (signer.subject !== undefined)
            identity.subject = signer.subject;
        else
            identity.subjectRegExp = signer.subjectRegExp ?? '';
        const keyless = { identities: [identity] };
        if (pems)
            keyless.roots = pems.fulcio.map((f) => f.chainPem).join('');
        cosign.keyless = keyless;
    }
    const ctlog = { url: pems?.legacyRekor[0]?.url ?? PUBLIC_REKOR_URL };
    if (input.noTlog)
        ctlog.insecureIgnoreTlog = true;
    if (signer.kind === 'key')
        ctlog.insecureIgnoreSCT = true;
    if (pems?.legacyRekor[0])
        ctlog.rekorPubKey = pems.legacyRekor[0].publicKeyPem;
    if (pems?.ctlogs[0] && signer.kind === 'keyless')
        ctlog.ctLogPubKey = pems.ctlogs[0].publicKeyPem;
    if (pems?.tsas[0] && requiresTimestamp(input))
        ctlog.tsaCertChain = pems.tsas[0].chainPem;
    cosign.ctlog = ctlog;
    // The inline trusted root verifies bundles; Kyverno ≤ 1.19 still initialises TUF for keyless
    // attestors, so a private Sigstore also needs a TUF mirror there (see the generator warnings).
    if (input.trustedRoot && signer.kind === 'keyless')
        cosign.trustedRoot = { value: JSON.stringify(input.trustedRoot) };
    if (input.tuf && signer.kind === 'keyless')
        cosign.tuf = {
            mirror: input.tuf.mirror,
            root: { data: Buffer.from(input.tuf.rootJSON, 'utf8').toString('base64') },
        };
    if (input.signatureRepository)
        cosign.source = { repository: (0,registry/* formatRepository */.Sh)(input.signatureRepository) };
    return { name, cosign };
}
const ALL_IMAGES = '(images.containers + images.initContainers + images.ephemeralContainers)';
/** A Kyverno ImageValidatingPolicy (policies.kyverno.io/v1) for one trust level. */
function buildImageValidatingPolicy(input, level) {
    const signers = (0,cluster_input/* signersOf */.Re)(input, level);
    const enforce = level === 'production';
    const attestorRefs = signers.map((s) => `attestors.${s.name}`).join(', ');
    const validations = [
        {
            expression: `${ALL_IMAGES}.all(image, verifyImageSignatures(image, [${attestorRefs}]) == ${signers.length})`,
            message: `every image must be signed by ${signers.map((s) => `the ${s.name} identity`).join(' and ')}`,
        },
    ];
    const spec = {
        validationActions: [enforce ? 'Deny' : 'Audit'],
        failurePolicy: 'Fail',
        webhookConfiguration: { timeoutSeconds: 30 },
        matchConstraints: {
            resourceRules: POD_RESOURCE_RULES,
            namespaceSelector: {
                matchExpressions: [...namespaceSelector(input, level).matchExpressions, notExcludedNamespaces(input)],
            },
        },
        matchImageReferences: toKyvernoImageReferences(input).map((glob) => ({ glob })),
        validationConfigurations: { required: true, mutateDigest: enforce, verifyDigest: enforce },
        attestors: signers.map((s) => ivpAttestor(input, s.name, s.signer)),
        validations,
    };
    if ((input.attestations?.length ?? 0) > 0) {
        spec.attestations = (input.attestations ?? []).map((a) => ({
            name: a.name,
            intoto: { type: a.predicateType },
        }));
        for (const a of input.attestations ?? []) {
            validations.push({
                expression: `${ALL_IMAGES}.all(image, verifyAttestationSignatures(image, attestations.${a.name}, [attestors.build]) > 0)`,
                message: `every image must carry a ${a.name} attestation (${a.predicateType}) signed by the build identity`,
            });
        }
    }
    return {
        apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
        kind: 'ImageValidatingPolicy',
        metadata: { name: `${input.name}-${level}`, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec,
    };
}
/** The namespace Kyverno reads PolicyExceptions from (its `--exceptionNamespace`, default `kyverno`). */
const EXCEPTION_NAMESPACE = 'kyverno';
/**
 * The emergency bypass: PolicyExceptions for the ClusterPolicy (kyverno.io/v2) and the
 * ImageValidatingPolicies (policies.kyverno.io/v1), limited to the given namespaces.
 */
function buildPolicyExceptions(input) {
    const bypass = input.bypass;
    if (!bypass)
        return [];
    const namespaces = [...new Set(bypass.namespaces)].sort();
    const annotations = { 'signet.dev/reason': bypass.reason };
    const meta = (name) => ({
        name,
        namespace: EXCEPTION_NAMESPACE,
        labels: (0,cluster_input/* toLabels */.Dc)(input.name),
        annotations,
    });
    return [
        {
            apiVersion: `${constants/* KYVERNO_GROUP */.XV}/v2`,
            kind: 'PolicyException',
            metadata: meta(`${input.name}-bypass`),
            spec: {
                exceptions: [
                    { policyName: input.name, ruleNames: LEVELS.flatMap((l) => toKyvernoRuleNames(`verify-${l}`)) },
                ],
                match: {
                    any: [
                        {
                            resources: {
                                kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'],
                                namespaces,
                            },
                        },
                    ],
                },
            },
        },
        {
            apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
            kind: 'PolicyException',
            metadata: meta(`${input.name}-bypass-ivp`),
            spec: {
                policyRefs: LEVELS.map((l) => ({ name: `${input.name}-${l}`, kind: 'ImageValidatingPolicy' })),
                matchConditions: [
                    { name: 'bypass-namespaces', expression: `request.namespace in ${JSON.stringify(namespaces)}` },
                ],
            },
        },
    ];
}

;// CONCATENATED MODULE: ./src/cluster/allowed-registries.ts
// Registry allow-lists of the companions, parsed and turned into one anchored RE2 expression.
//
// Registry matching is anchored: an entry `ghcr.io/acme` admits the repository `ghcr.io/acme` and what
// lies below `ghcr.io/acme/`, never `ghcr.io.evil.com/…` or `ghcr.io/acmeevil/…` (glob lists written
// with a trailing `/*` or `*` get this wrong). Images are read as the container runtime reads them:
// the first path component is a registry only when it holds a `.` or `:` or is `localhost`, otherwise
// the image is on Docker Hub (`nginx` is `docker.io/library/nginx`). One anchored RE2 expression per
// policy does both, so the ClusterPolicy (validate.cel) and the ValidatingPolicy say the same thing.

const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Parses `HOST[:PORT][/PATH]`; throws POLICY_INVALID_INPUT naming the entry and the expected form. */
function parseAllowedLocation(entry) {
    const text = entry.trim().replace(/\/+$/, '');
    const bad = (why) => new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `allowed registry ${JSON.stringify(entry)} ${why}: write HOST[:PORT][/REPOSITORY], e.g. ghcr.io/acme`);
    if (text === '')
        throw bad('is empty');
    if (/[*?[\]]/.test(text))
        throw bad('has a wildcard (entries are prefixes matched at a / boundary)');
    if (text.includes('://'))
        throw bad('has a scheme');
    const slash = text.indexOf('/');
    const host = slash < 0 ? text : text.slice(0, slash);
    const path = slash < 0 ? undefined : text.slice(slash + 1);
    if (!HOST_RE.test(host))
        throw bad('has no valid lowercase host');
    // A host without a dot or port would be read by the runtime as a Docker Hub namespace.
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost') {
        throw bad('does not start with a registry host (a name with a dot or a port, or localhost)');
    }
    if (path !== undefined && !path.split('/').every((c) => PATH_COMPONENT_RE.test(c))) {
        throw bad('has an invalid repository path');
    }
    return path === undefined ? { host } : { host, path };
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The RE2 pattern, anchored as a whole, of the image strings the allow-list admits. Docker Hub entries
 * also admit the short forms the runtime expands (`nginx`, `acme/app`).
 */
function toAllowedImagePattern(locations) {
    // After a repository: its tag or digest, or a deeper path. After a bare host: only a path.
    const alternatives = new Set();
    for (const l of locations) {
        const hosts = DOCKER_HUB.has(l.host) ? ['docker.io', 'index.docker.io'] : [l.host];
        const hostRe = hosts.length > 1 ? `(?:${hosts.map(escapeRe).join('|')})` : escapeRe(hosts[0]);
        if (l.path === undefined) {
            alternatives.add(`${hostRe}/.+`);
            if (DOCKER_HUB.has(l.host)) {
                alternatives.add('[^/]+'); // `nginx`, `nginx:1`: library images
                alternatives.add('[^/.:]+/.+'); // `acme/app`: not a host (localhost is excluded by the caller)
            }
            continue;
        }
        const pathRe = escapeRe(l.path);
        alternatives.add(`${hostRe}/${pathRe}(?:[/:@].*)?`);
        if (DOCKER_HUB.has(l.host)) {
            alternatives.add(`${pathRe}(?:[/:@].*)?`);
            if (l.path === 'library')
                alternatives.add('[^/]+');
        }
    }
    return `^(?:${[...alternatives].sort().join('|')})$`;
}
const ALL_CONTAINERS = 'object.spec.containers' +
    ' + (has(object.spec.initContainers) ? object.spec.initContainers : [])' +
    ' + (has(object.spec.ephemeralContainers) ? object.spec.ephemeralContainers : [])';
/** The CEL expression that holds when every container image is in the allow-list. */
function toAllowedImagesExpression(locations) {
    const pattern = toAllowedImagePattern(locations);
    // `localhost/x` names the registry localhost, not a Docker Hub namespace: the short-form
    // alternatives must not admit it unless localhost itself is allowed.
    const localhostAllowed = locations.some((l) => l.host === 'localhost');
    const guard = localhostAllowed ? '' : `!c.image.startsWith('localhost/') && `;
    return `(${ALL_CONTAINERS}).all(c, ${guard}c.image.matches(${JSON.stringify(pattern)}))`;
}
/** The message shown when an image is outside the allow-list. */
function allowedMessage(locations) {
    const list = locations.map((l) => (l.path ? `${l.host}/${l.path}` : l.host)).join(', ');
    return `every image must come from an allowed registry or repository (${list}); write Docker Hub images in full or allow docker.io`;
}

;// CONCATENATED MODULE: ./src/cluster/companion-names.ts
// The object names of a policy's companions (the registry allow-list, pull policy, audit and alerts).
/** The object names of the companions of policy `name`. */
function companionNames(name) {
    return {
        registries: `${name}-registries`,
        pullPolicy: `${name}-pull-always`,
        audit: `${name}-audit`,
        alerts: `${name}-alerts`,
    };
}

;// CONCATENATED MODULE: ./src/cluster/companion-alerts.ts
// The PrometheusRule companion: alerts on the results of exactly the policies Signet generated.
//
// Kyverno's metrics (pkg/metrics in kyverno v1.19): `kyverno_policy_results_total` with labels
// `policy_name`, `rule_name`, `rule_result` (pass|fail|…) for ClusterPolicies, and
// `kyverno_image_validating_policy_results_total` / `kyverno_validating_policy_results_total` with
// `policy_name`, `result` for the CEL policies.




const DNS_LABEL_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const ruleNamesRe = (rule) => toKyvernoRuleNames(rule).join('|');
/**
 * PromQL over Kyverno's result counters for exactly the named policies: `admitted` fires when an image
 * that failed its signature check ran anyway (Audit rules: development namespaces, the cluster-wide
 * audit), `denied` when an Enforce rule refused one.
 */
function toAlertExpressions(name, scope) {
    const window = '[5m]';
    const cp = (policy, rules) => `sum by (policy_name, rule_name, resource_namespace) (increase(kyverno_policy_results_total{rule_result="fail", policy_name="${policy}"${rules ? `, rule_name=~"${rules}"` : ''}}${window})) > 0`;
    const ivp = (policies) => `sum by (policy_name, resource_namespace) (increase(kyverno_image_validating_policy_results_total{result="fail", policy_name=~"${policies.join('|')}"}${window})) > 0`;
    const admitted = [];
    const denied = [];
    const audit = companionNames(name).audit;
    if (scope.clusterPolicy) {
        admitted.push(cp(name, ruleNamesRe('verify-development')));
        denied.push(cp(name, ruleNamesRe('verify-production')));
        if (scope.audit)
            admitted.push(cp(audit));
    }
    if (scope.imageValidatingPolicies) {
        admitted.push(ivp([`${name}-development`, ...(scope.audit ? [audit] : [])]));
        denied.push(ivp([`${name}-production`]));
    }
    return { admitted: admitted.join('\nor\n'), denied: denied.join('\nor\n') };
}
/** A PrometheusRule (monitoring.coreos.com/v1) alerting on the generated policies' failures. */
function buildPrometheusRule(input, scope, namespace) {
    if (!DNS_LABEL_RE.test(namespace)) {
        throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `alert namespace ${JSON.stringify(namespace)} is not a DNS-1123 label (e.g. monitoring)`);
    }
    const { admitted, denied } = toAlertExpressions(input.name, scope);
    const rule = (alert, expr, severity, summary, description) => ({
        alert,
        expr,
        labels: { severity, 'signet.dev/policy': input.name },
        annotations: { summary, description },
    });
    const rules = [];
    if (admitted) {
        rules.push(rule('SignetUnverifiedImageAdmitted', admitted, 'critical', `an image that failed the ${input.name} signature check is running`, 'Kyverno admitted a Pod in audit mode although its image is not signed as policy {{ $labels.policy_name }} requires (namespace {{ $labels.resource_namespace }}).'));
    }
    if (denied) {
        rules.push(rule('SignetImageDenied', denied, 'warning', `Kyverno refused an image under the ${input.name} policy`, 'Policy {{ $labels.policy_name }} denied a Pod in namespace {{ $labels.resource_namespace }}: its image is not signed by the required identities.'));
    }
    return {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: { name: companionNames(input.name).alerts, namespace, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: { groups: [{ name: `signet-${input.name}`, rules }] },
    };
}

;// CONCATENATED MODULE: ./src/cluster/companions.ts
// The cluster companions of the signature policies: an allow-list of registries and repositories, a
// mutation to `imagePullPolicy: Always`, a cluster-wide audit of unsigned images, and a PrometheusRule
// that alerts on the results of exactly the policies Signet generated. Each comes as a Kyverno
// ClusterPolicy and, where Kyverno has one, in its CEL form (ValidatingPolicy, MutatingPolicy,
// ImageValidatingPolicy).
//
// The allow-list's matching lives in allowed-registries.ts, the PrometheusRule in companion-alerts.ts.







function podRules(input) {
    return kyvernoPodRules(input, ['Pod', 'Pod/ephemeralcontainers']);
}
const POD_AND_EPHEMERAL_RULES = [
    {
        apiGroups: [''],
        apiVersions: ['v1'],
        operations: ['CREATE', 'UPDATE'],
        resources: ['pods', 'pods/ephemeralcontainers'],
    },
];
function celNamespaceSelector(input) {
    return { matchExpressions: [notExcludedNamespaces(input)] };
}
/** Kyverno ClusterPolicy: images from the allowed registries only (Enforce). */
function buildRegistryPolicy(input, locations) {
    // Admission only: Kyverno refuses background scans of rules that match a subresource
    // (`Pod/ephemeralcontainers`), which the allow-list must, or `kubectl debug` would bypass it.
    return kyvernoClusterPolicy(input, {
        name: companionNames(input.name).registries,
        title: `Signet: allowed registries of ${input.name}`,
        timeoutSeconds: 10,
        rules: [
            {
                name: 'allowed-registries',
                ...podRules(input),
                validate: {
                    failureAction: 'Enforce',
                    cel: {
                        expressions: [
                            { expression: toAllowedImagesExpression(locations), message: allowedMessage(locations) },
                        ],
                    },
                },
            },
        ],
    });
}
/** Kyverno ValidatingPolicy (policies.kyverno.io/v1): the same allow-list in CEL form. */
function buildRegistryValidatingPolicy(input, locations) {
    return {
        apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
        kind: 'ValidatingPolicy',
        metadata: { name: companionNames(input.name).registries, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: {
            validationActions: ['Deny'],
            failurePolicy: 'Fail',
            matchConstraints: {
                resourceRules: POD_AND_EPHEMERAL_RULES,
                namespaceSelector: celNamespaceSelector(input),
            },
            validations: [{ expression: toAllowedImagesExpression(locations), message: allowedMessage(locations) }],
        },
    };
}
/** Kyverno ClusterPolicy: `imagePullPolicy: Always` on containers, init and ephemeral containers. */
function buildPullPolicyMutation(input) {
    const always = [{ '(name)': '?*', imagePullPolicy: 'Always' }];
    return kyvernoClusterPolicy(input, {
        name: companionNames(input.name).pullPolicy,
        title: `Signet: always pull images (${input.name})`,
        description: 'A node must not run a cached image whose tag moved after verification: every container pulls.',
        timeoutSeconds: 10,
        rules: [
            {
                name: 'always-pull',
                ...podRules(input),
                mutate: {
                    patchStrategicMerge: {
                        spec: { containers: always, initContainers: always, ephemeralContainers: always },
                    },
                },
            },
        ],
    });
}
/** Kyverno ClusterPolicy: every image in the cluster checked against the signers, Audit only. */
function buildAuditPolicy(input) {
    const signers = (0,cluster_input/* signersOf */.Re)(input, 'production');
    // Fail, as the signature policies: Kyverno (≤ 1.19) calls its Fail and Ignore policies through two
    // webhooks, and each call rewrites the Pod's verify-images annotations with its own policies' results
    // only. An audit policy on the Ignore webhook erased the signature policies' results, and the real
    // controller then denied every correctly signed image ("unverified image").
    return kyvernoClusterPolicy(input, {
        name: companionNames(input.name).audit,
        title: `Signet: audit of unsigned images (${input.name})`,
        timeoutSeconds: 30,
        rules: [
            {
                name: 'audit-signatures',
                ...kyvernoPodRules(input),
                verifyImages: [
                    {
                        imageReferences: ['*'],
                        type: input.signatureFormat === 'bundle' ? 'SigstoreBundle' : 'Cosign',
                        failureAction: 'Audit',
                        mutateDigest: false,
                        verifyDigest: false,
                        required: true,
                        // Signed by any of the policy's identities counts.
                        attestors: [{ count: 1, entries: signers.map((s) => toAttestorEntry(input, s.signer)) }],
                    },
                ],
            },
        ],
    });
}
/** Kyverno ImageValidatingPolicy: the cluster-wide audit in CEL form. */
function buildAuditImageValidatingPolicy(input) {
    const signers = (0,cluster_input/* signersOf */.Re)(input, 'production');
    const refs = signers.map((s) => `attestors.${s.name}`).join(', ');
    return {
        apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
        kind: 'ImageValidatingPolicy',
        metadata: { name: companionNames(input.name).audit, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: {
            validationActions: ['Audit'],
            failurePolicy: 'Ignore',
            webhookConfiguration: { timeoutSeconds: 30 },
            matchConstraints: {
                resourceRules: POD_RESOURCE_RULES,
                namespaceSelector: celNamespaceSelector(input),
            },
            matchImageReferences: [{ glob: '*' }],
            validationConfigurations: { required: true, mutateDigest: false, verifyDigest: false },
            attestors: signers.map((s) => ivpAttestor(input, s.name, s.signer)),
            validations: [
                {
                    expression: `(images.containers + images.initContainers + images.ephemeralContainers).all(image, verifyImageSignatures(image, [${refs}]) > 0)`,
                    message: 'image is not signed by an identity of this policy (audit only)',
                },
            ],
        },
    };
}
/** The companions' objects for the requested targets. */
function buildCompanions(input, companions, targets) {
    const objects = [];
    const warnings = [];
    if (!targets.kyverno && !targets.kyvernoIvp) {
        if (Object.values(companions).some((v) => v === true || (Array.isArray(v) && v.length > 0))) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', 'allowed registries, pull policy, audit and alert are Kyverno objects: add the kyverno or kyverno-ivp target');
        }
        return { objects, warnings };
    }
    const locations = (companions.allowedRegistries ?? []).map(parseAllowedLocation);
    if (locations.length > 0) {
        if (targets.kyverno)
            objects.push(buildRegistryPolicy(input, locations));
        if (targets.kyvernoIvp)
            objects.push(buildRegistryValidatingPolicy(input, locations));
    }
    if (companions.pullPolicyAlways) {
        objects.push(buildPullPolicyMutation(input));
        if (targets.kyvernoIvp && !targets.kyverno) {
            warnings.push('pull policy: written as a Kyverno ClusterPolicy (mutate), which Kyverno applies beside the CEL policies');
        }
    }
    if (companions.auditUnsigned) {
        if (targets.kyverno)
            objects.push(buildAuditPolicy(input));
        if (targets.kyvernoIvp)
            objects.push(buildAuditImageValidatingPolicy(input));
    }
    if (companions.alert) {
        objects.push(buildPrometheusRule(input, {
            clusterPolicy: targets.kyverno,
            imageValidatingPolicies: targets.kyvernoIvp,
            audit: companions.auditUnsigned === true,
        }, companions.alertNamespace ?? 'monitoring'));
    }
    return { objects, warnings };
}

;// CONCATENATED MODULE: ./src/cluster/connaisseur.ts
// Connaisseur's Helm values (chart 3.x, `application.validators` and `application.policy`) for the same
// signers. A policy rule with `trustRoot: "*"` and `required: [build, release]` admits an image only
// when every named trust root verified (Connaisseur's multi-signature verification). Connaisseur reads
// cosign's legacy `.sig` format only. Like policy-controller it has no per-namespace level, so the
// cluster level decides whether the release identity is required.




function toTrustRoot(name, s) {
    if (s.kind === 'key')
        return { name, key: s.publicKey };
    const keyless = { issuer: s.issuer };
    if (s.subject !== undefined)
        keyless.subject = s.subject;
    else
        keyless.subjectRegex = s.subjectRegExp ?? '';
    return { name, keyless };
}
/** The `application` part of Connaisseur's values.yaml. */
function buildConnaisseurValues(input) {
    if (input.signatureFormat === 'bundle') {
        throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', 'connaisseur reads only the legacy cosign signature format: sign with --signature-format legacy for connaisseur');
    }
    const signers = (0,cluster_input/* signersOf */.Re)(input, input.clusterLevel);
    const validator = {
        name: input.name,
        type: 'cosign',
        trustRoots: signers.map((s) => toTrustRoot(s.name, s.signer)),
    };
    if (input.trustedRoot) {
        const pems = (0,trust_root/* toTrustPems */.RO)(input.trustedRoot);
        const host = {};
        if (pems.legacyRekor[0]) {
            host.rekor = pems.legacyRekor[0].url;
            host.rekorPubkey = pems.legacyRekor[0].publicKeyPem;
        }
        if (pems.fulcio[0])
            host.fulcioCert = pems.fulcio[0].chainPem;
        if (pems.ctlogs[0])
            host.ctLogPubkey = pems.ctlogs[0].publicKeyPem;
        validator.host = host;
    }
    if (input.signatureRepository)
        validator.signatureRepository = (0,registry/* formatRepository */.Sh)(input.signatureRepository);
    const patterns = input.repositories.map((r) => `${r.registry}/${r.repository}:*`);
    return {
        application: {
            validators: [validator],
            policy: patterns.map((pattern) => ({
                pattern,
                validator: input.name,
                with: { trustRoot: '*', required: signers.map((s) => s.name) },
            })),
        },
    };
}

// EXTERNAL MODULE: ./src/cluster/webhook-rules.ts
var webhook_rules = __webpack_require__(92593);
;// CONCATENATED MODULE: ./src/cluster/vsa-policy.ts
// Admission objects that admit an image on one SLSA verification summary (VSA) instead of re-checking
// every signer, SBOM and provenance rule: the CI verified the image and signed a VSA with its own
// identity; the cluster checks that signature (the build identity) and what the summary says —
// `verificationResult` PASSED, `resourceUri` naming this repository (cosign already binds the statement's
// subject to the image digest: "no matching subject digest found"), the verifier, the lowest level and
// the age. Written for Kyverno (a ClusterPolicy `verifyImages` attestation with conditions; an
// ImageValidatingPolicy with CEL over the payload) and policy-controller (a ClusterImagePolicy authority
// whose attestation carries a Rego policy, evaluated over the in-toto statement as `input`).
// Fields: kyverno/kyverno config/crds; policy-controller pkg/webhook/validator.go
// (ValidatePolicyAttestationsForAuthority → policy.EvaluatePolicyAgainstJSON, query
// `data.sigstore.isCompliant`).







/** The VSA v1 predicate type. */
const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
const LEVEL_RE = /^SLSA_([A-Z]+)_LEVEL_(\d)$/;
const AGE_RE = /^(\d+)(s|m|h|d)$/;
/** Validates the VSA options; throws POLICY_INVALID_INPUT naming the bad one. */
function toVsaRules(input) {
    const vsa = input.vsa ?? {};
    const build = input.build;
    const verifierIds = vsa.verifierIds ?? (build.kind === 'keyless' && build.subject !== undefined ? [build.subject] : []);
    for (const id of verifierIds) {
        if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `vsa verifier id ${JSON.stringify(id)} is not a URI`);
        }
    }
    let levels = [];
    if (vsa.minLevel !== undefined) {
        const m = LEVEL_RE.exec(vsa.minLevel);
        if (!m || m[1] !== 'BUILD' || Number(m[2]) > 3) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `vsa minimum level ${JSON.stringify(vsa.minLevel)}: expected SLSA_BUILD_LEVEL_0 … SLSA_BUILD_LEVEL_3`);
        }
        levels = [0, 1, 2, 3].filter((n) => n >= Number(m[2])).map((n) => `SLSA_BUILD_LEVEL_${n}`);
    }
    const rules = { verifierIds, levels };
    if (vsa.maxAge !== undefined) {
        const m = AGE_RE.exec(vsa.maxAge);
        if (!m) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_INPUT', `vsa maximum age ${JSON.stringify(vsa.maxAge)}: expected a number with a unit s, m, h or d (e.g. 24h)`);
        }
        rules.maxAgeSeconds = Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2]];
    }
    return rules;
}
/**
 * The resourceUri prefixes of the governed repositories (`oci://registry/repository@`), named as Signet's
 * VSAs name them (attest/vsa.ts toVsaResourceUri: Docker Hub is `docker.io`, as Kyverno writes it too).
 */
function resourcePrefixes(input) {
    return input.repositories.map((r) => `oci://${r.registry}/${r.repository}@`);
}
/** The Rego policy policy-controller evaluates over each VSA statement (`input`). */
function buildVsaRego(input) {
    const rules = toVsaRules(input);
    const lines = [
        'package sigstore',
        '',
        'import rego.v1',
        '',
        'default isCompliant := false',
        '',
        `prefixes := ${JSON.stringify(resourcePrefixes(input))}`,
        `verifiers := ${JSON.stringify(rules.verifierIds)}`,
        `levels := ${JSON.stringify(rules.levels)}`,
        '',
        'isCompliant if {',
        `  input.predicateType == ${JSON.stringify(VSA_PREDICATE_TYPE)}`,
        '  p := input.predicate',
        '  p.verificationResult == "PASSED"',
        // The summary is about the statement's own subject, in a governed repository.
        '  some prefix in prefixes',
        '  startswith(p.resourceUri, prefix)',
        '  digest := substring(p.resourceUri, count(prefix), -1)',
        '  some s in input.subject',
        '  digest == concat("", ["sha256:", s.digest.sha256])',
        '  verifier_ok(p)',
        '  level_ok(p)',
        '  age_ok(p)',
        '}',
        '',
        'verifier_ok(_) if count(verifiers) == 0',
        'verifier_ok(p) if p.verifier.id in verifiers',
        '',
        'level_ok(_) if count(levels) == 0',
        'level_ok(p) if {',
        '  some l in p.verifiedLevels',
        '  l in levels',
        '}',
        '',
    ];
    if (rules.maxAgeSeconds === undefined)
        lines.push('age_ok(_) := true');
    else {
        lines.push('age_ok(p) if {', '  verified := time.parse_rfc3339_ns(p.timeVerified)', `  time.now_ns() - verified <= ${rules.maxAgeSeconds} * 1000000000`, 
        // A clock skew allowance of 5 minutes for summaries stamped slightly ahead.
        '  verified - time.now_ns() <= 300 * 1000000000', '}');
    }
    return lines.join('\n') + '\n';
}
/**
 * The policy-controller ClusterImagePolicy `<name>-vsa`: one authority, the build identity, whose VSA
 * attestation must satisfy the Rego policy. Across matching policies policy-controller ANDs, so a
 * cluster admitting on the VSA alone applies only this policy for the repositories.
 */
function buildVsaClusterImagePolicy(input) {
    // policy-controller reads attestations (unlike image signatures) in the bundle format too, from
    // keyless authorities: the signature-format restriction of toAuthority does not apply here.
    const bundle = input.signatureFormat === 'bundle' && input.build.kind === 'keyless';
    const authority = toAuthority({ ...input, signatureFormat: 'legacy' }, 'vsa', input.build, false);
    if (bundle)
        authority.signatureFormat = 'bundle';
    authority.attestations = [
        {
            name: 'vsa',
            predicateType: VSA_PREDICATE_TYPE,
            policy: { type: 'rego', data: buildVsaRego(input) },
        },
    ];
    if (input.trustedRoot && authority.keyless)
        authority.keyless.trustRootRef = trustRootName(input.name);
    return {
        apiVersion: `${constants/* POLICY_CONTROLLER_GROUP */._4}/${input.policyControllerVersion}`,
        kind: 'ClusterImagePolicy',
        metadata: { name: `${input.name}-vsa`, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: {
            mode: input.mode,
            images: input.repositories.flatMap(glob/* toRepositoryGlobs */.Lo).map((glob) => ({ glob })),
            authorities: [authority],
        },
    };
}
/** The Kyverno conditions over one VSA predicate (its fields are the JMESPath root). */
function kyvernoConditions(input) {
    const rules = toVsaRules(input);
    const all = [
        { key: '{{ verificationResult }}', operator: 'Equals', value: 'PASSED' },
        {
            // The summary names the image being admitted (registry and repository as Kyverno parsed them).
            key: '{{ resourceUri }}',
            operator: 'Equals',
            value: 'oci://{{ image.registry }}/{{ image.path }}@*',
        },
    ];
    if (rules.verifierIds.length > 0) {
        all.push({ key: '{{ verifier.id }}', operator: 'AnyIn', value: rules.verifierIds });
    }
    if (rules.levels.length > 0) {
        all.push({ key: '{{ verifiedLevels }}', operator: 'AnyIn', value: rules.levels });
    }
    if (rules.maxAgeSeconds !== undefined) {
        all.push({
            key: "{{ time_since('', timeVerified, '') }}",
            operator: 'DurationLessThanOrEquals',
            value: `${rules.maxAgeSeconds}s`,
        });
    }
    return [{ all }];
}
/**
 * The Kyverno ClusterPolicy `<name>-vsa`: every Pod outside the system namespaces runs only images of
 * the governed repositories that carry a passing VSA signed by the build identity (Enforce).
 */
function buildVsaKyvernoPolicy(input) {
    const verify = {
        imageReferences: toKyvernoImageReferences(input),
        type: input.signatureFormat === 'bundle' ? 'SigstoreBundle' : 'Cosign',
        failureAction: input.mode === 'warn' ? 'Audit' : 'Enforce',
        mutateDigest: input.mode !== 'warn',
        verifyDigest: input.mode !== 'warn',
        required: true,
        attestations: [
            {
                type: VSA_PREDICATE_TYPE,
                attestors: [{ count: 1, entries: [toAttestorEntry(input, input.build)] }],
                conditions: kyvernoConditions(input),
            },
        ],
    };
    if (input.signatureRepository)
        verify.repository = (0,registry/* formatRepository */.Sh)(input.signatureRepository);
    return kyvernoClusterPolicy(input, {
        name: `${input.name}-vsa`,
        title: `Signet: images of ${input.name} with a passing SLSA verification summary`,
        timeoutSeconds: 30,
        rules: [
            {
                name: 'verify-vsa',
                ...kyvernoPodRules(input),
                verifyImages: [verify],
            },
        ],
    });
}
const vsa_policy_ALL_IMAGES = '(images.containers + images.initContainers + images.ephemeralContainers)';
/**
 * The Kyverno ImageValidatingPolicy `<name>-vsa`: the VSA signature by the build identity, then CEL over
 * its payload (result, repository, verifier, level). Kyverno 1.19 initialises TUF for keyless attestors,
 * so with a private Sigstore this form works for key signers only (see the generator's warning).
 */
function buildVsaImageValidatingPolicy(input) {
    const rules = toVsaRules(input);
    const payload = 'extractPayload(image, attestations.vsa)';
    const checks = [
        `${payload}.predicate.verificationResult == 'PASSED'`,
        `${JSON.stringify(resourcePrefixes(input))}.exists(p, ${payload}.predicate.resourceUri.startsWith(p))`,
    ];
    if (rules.verifierIds.length > 0) {
        checks.push(`${payload}.predicate.verifier.id in ${JSON.stringify(rules.verifierIds)}`);
    }
    if (rules.levels.length > 0) {
        checks.push(`${payload}.predicate.verifiedLevels.exists(l, l in ${JSON.stringify(rules.levels)})`);
    }
    const validations = [
        {
            expression: `${vsa_policy_ALL_IMAGES}.all(image, verifyAttestationSignatures(image, attestations.vsa, [attestors.build]) > 0)`,
            message: 'every image must carry a SLSA verification summary signed by the build identity',
        },
        {
            expression: `${vsa_policy_ALL_IMAGES}.all(image, ${checks.join(' && ')})`,
            message: 'every image must carry a PASSED SLSA verification summary of its own repository',
        },
    ];
    return {
        apiVersion: `${constants/* KYVERNO_POLICIES_GROUP */.wN}/v1`,
        kind: 'ImageValidatingPolicy',
        metadata: { name: `${input.name}-vsa`, labels: (0,cluster_input/* toLabels */.Dc)(input.name) },
        spec: {
            validationActions: [input.mode === 'warn' ? 'Audit' : 'Deny'],
            failurePolicy: 'Fail',
            webhookConfiguration: { timeoutSeconds: 30 },
            matchConstraints: {
                resourceRules: POD_RESOURCE_RULES,
                namespaceSelector: { matchExpressions: [notExcludedNamespaces(input)] },
            },
            matchImageReferences: toKyvernoImageReferences(input).map((glob) => ({ glob })),
            validationConfigurations: {
                required: true,
                mutateDigest: input.mode !== 'warn',
                verifyDigest: input.mode !== 'warn',
            },
            attestors: [ivpAttestor(input, 'build', input.build)],
            attestations: [{ name: 'vsa', intoto: { type: VSA_PREDICATE_TYPE } }],
            validations,
        },
    };
}

;// CONCATENATED MODULE: ./src/cluster/generate.ts
// The `signet policy` stage: from one description of who signs what, the admission objects of every
// supported controller, each checked against its controller's own rules before it is returned.









/** All targets, in output order. */
const ADMISSION_TARGETS = [
    'policy-controller',
    'kyverno',
    'kyverno-ivp',
    'connaisseur',
    'policy-controller-vsa',
    'kyverno-vsa',
    'kyverno-ivp-vsa',
];
/** The targets written when none are named: every signature-based one (the `-vsa` ones are opt-in). */
const DEFAULT_ADMISSION_TARGETS = ADMISSION_TARGETS.filter((t) => !t.endsWith('-vsa'));
/** Generates the objects of the requested targets; throws PolicyError on bad input or a broken object. */
function generateAdmission(input, targets = DEFAULT_ADMISSION_TARGETS) {
    const checked = (0,cluster_input/* checkAdmissionInput */.CI)(input);
    const objects = [];
    const warnings = [];
    const out = { objects, warnings };
    if (targets.includes('policy-controller')) {
        const cips = buildClusterImagePolicies(checked);
        for (const o of cips.filter((c) => c.kind === 'ClusterImagePolicy')) {
            const errs = (0,webhook_rules/* checkClusterImagePolicy */.G)(o);
            if (errs.length > 0) {
                throw new errors/* PolicyError */.p('POLICY_INVALID_OBJECT', `generated ClusterImagePolicy ${o.metadata.name} breaks the policy-controller webhook: ${errs.join('; ')}`);
            }
        }
        objects.push(...cips);
        if (checked.clusterLevel === 'production' && !checked.release) {
            warnings.push('policy-controller: production asked for without a release identity: only the build identity is required');
        }
        warnings.push(`policy-controller checks only namespaces labelled ${constants/* POLICY_CONTROLLER_INCLUDE_LABEL */.y$}=true; it enforces the ${checked.clusterLevel} level cluster-wide`);
    }
    if (targets.includes('kyverno'))
        objects.push(buildKyvernoClusterPolicy(checked));
    if (targets.includes('kyverno-ivp')) {
        const keyless = [checked.build, checked.release].some((s) => s?.kind === 'keyless');
        if (keyless && checked.trustedRoot && !checked.tuf) {
            warnings.push('kyverno ImageValidatingPolicy: Kyverno 1.19 initialises TUF for keyless attestors even with an inline trusted root; with a private Sigstore, serve it a TUF mirror or use the ClusterPolicy');
        }
        objects.push(buildImageValidatingPolicy(checked, 'development'), buildImageValidatingPolicy(checked, 'production'));
    }
    if (checked.bypass && (targets.includes('kyverno') || targets.includes('kyverno-ivp'))) {
        const exceptions = buildPolicyExceptions(checked).filter((e) => e.apiVersion.startsWith('kyverno.io/') ? targets.includes('kyverno') : targets.includes('kyverno-ivp'));
        objects.push(...exceptions);
        warnings.push(`emergency bypass active for namespaces ${checked.bypass.namespaces.join(', ')}: remove it with the next apply`);
    }
    if (checked.companions) {
        const companions = buildCompanions(checked, checked.companions, {
            kyverno: targets.includes('kyverno'),
            kyvernoIvp: targets.includes('kyverno-ivp'),
        });
        objects.push(...companions.objects);
        warnings.push(...companions.warnings);
    }
    if (targets.includes('connaisseur'))
        out.connaisseurValues = buildConnaisseurValues(checked);
    generateVsaObjects(checked, targets, out);
    return out;
}
/** The `-vsa` targets' objects (a TrustRoot too when policy-controller's signature policy is not written). */
function generateVsaObjects(checked, targets, out) {
    const wanted = targets.filter((t) => t.endsWith('-vsa'));
    if (wanted.length === 0)
        return;
    toVsaRules(checked);
    if (checked.vsa?.maxAge === undefined) {
        out.warnings.push('vsa: no maximum age: a summary admits its digest for as long as it is stored (set the vsa max-age)');
    }
    if (targets.includes('policy-controller-vsa')) {
        if (checked.trustedRoot && !targets.includes('policy-controller')) {
            out.objects.push(...buildClusterImagePolicies({ ...checked, digests: [] }).filter((o) => o.kind === 'TrustRoot'));
        }
        const cip = buildVsaClusterImagePolicy(checked);
        const errs = (0,webhook_rules/* checkClusterImagePolicy */.G)(cip);
        if (errs.length > 0) {
            throw new errors/* PolicyError */.p('POLICY_INVALID_OBJECT', `generated ClusterImagePolicy ${cip.metadata.name} breaks the policy-controller webhook: ${errs.join('; ')}`);
        }
        out.objects.push(cip);
    }
    if (targets.includes('kyverno-vsa'))
        out.objects.push(buildVsaKyvernoPolicy(checked));
    if (targets.includes('kyverno-ivp-vsa')) {
        if (checked.build.kind === 'keyless' && checked.trustedRoot) {
            out.warnings.push('kyverno ImageValidatingPolicy (vsa): Kyverno 1.19 initialises TUF for keyless attestors even with an inline trusted root; with a private Sigstore, serve it a TUF mirror or use the ClusterPolicy');
        }
        if (checked.vsa?.maxAge !== undefined) {
            out.warnings.push('kyverno ImageValidatingPolicy (vsa): CEL has no clock here: the maximum age is not enforced');
        }
        out.objects.push(buildVsaImageValidatingPolicy(checked));
    }
}


/***/ }),

/***/ 71806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ toRepositoryGlobs),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   oM: () => (/* binding */ toGlobRepository)
/* harmony export */ });
/* unused harmony export matchesGlob */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8859);
// Image globs as policy-controller reads them (pkg/apis/glob/glob.go): `*` is any run of characters
// except `/`, `**` anything, matched against the whole reference with Docker Hub written
// `index.docker.io/library/…`. Kyverno's wildcards are looser (`*` crosses `/`), so the globs Signet
// writes never rely on the difference: `registry/repo:*` and `registry/repo@*`, nothing open-ended.

const VALID_GLOB = /^[a-zA-Z0-9\-_:/*.@]+$/;
/** The repository as policy-controller and cosign name it (Docker Hub is `index.docker.io`). */
function toGlobRepository(ref) {
    const host = ref.registry === 'docker.io' ? 'index.docker.io' : ref.registry;
    return `${host}/${ref.repository}`;
}
/** The globs matching every tag and digest of one repository and nothing else. */
function toRepositoryGlobs(ref) {
    const repo = toGlobRepository(ref);
    return [`${repo}:*`, `${repo}@*`];
}
/** Compiles a glob with policy-controller's semantics; throws POLICY_INVALID_GLOB naming the glob. */
function compileGlob(glob) {
    if (!VALID_GLOB.test(glob)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .p('POLICY_INVALID_GLOB', `invalid image glob ${JSON.stringify(glob)}: only letters, digits and - _ : / * . @ are allowed`);
    }
    const source = glob
        .replaceAll('.', '\\.')
        .replaceAll('**', '#')
        .replaceAll('*', '[^/]*')
        .replaceAll('#', '.*');
    return new RegExp(`^${source}$`);
}
/** True when `glob` (policy-controller semantics) matches `name`. */
function matchesGlob(glob, name) {
    return compileGlob(glob).test(name);
}


/***/ }),

/***/ 48542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ checkAdmissionInput),
/* harmony export */   Dc: () => (/* binding */ toLabels),
/* harmony export */   Re: () => (/* binding */ signersOf),
/* harmony export */   VK: () => (/* binding */ shortDigest)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58167);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8859);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71806);
/* harmony import */ var _admission_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32074);
// Checks and normalises the generator input once, so each generator can trust it: names fit every
// suffix, signers are complete and anchored, repositories are unique and sorted.





const NAME_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAME = 40;
const ATTESTATION_NAME_RE = /^[a-z][a-z0-9-]{0,30}$/;
/** A namespace name (Kubernetes DNS-1123 label): no globs, so both exception kinds read it the same. */
const NAMESPACE_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAMESPACE = 63;
/**
 * The bypass namespaces, checked: Kyverno's ClusterPolicy exception reads `namespaces` as wildcards
 * (`*`, `?`) while the ImageValidatingPolicy exception compares `request.namespace` exactly, so only
 * plain names make the two cover the same namespaces.
 */
function checkBypass(bypass) {
    if (!bypass)
        return undefined;
    if (bypass.namespaces.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', 'the emergency bypass names no namespace: give --bypass-namespace NS (a namespace name)');
    }
    for (const ns of bypass.namespaces) {
        if (!NAMESPACE_RE.test(ns) || ns.length > MAX_NAMESPACE) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `--bypass-namespace ${JSON.stringify(ns)} is not a namespace name (a lowercase DNS-1123 label of at most ${MAX_NAMESPACE} characters, no wildcards): name each namespace to bypass`);
        }
    }
    return { namespaces: [...new Set(bypass.namespaces)].sort(), reason: bypass.reason };
}
/** A TUF mirror is an http(s) URL and its root a TUF root.json (signed root metadata). */
function checkTuf(tuf) {
    let url;
    try {
        url = new URL(tuf.mirror);
    }
    catch {
        /* reported below */
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `TUF mirror ${JSON.stringify(tuf.mirror)} is not an http(s) URL (e.g. https://tuf.example.com)`);
    }
    let root;
    try {
        root = JSON.parse(tuf.rootJSON);
    }
    catch {
        /* reported below */
    }
    if (root?.signed?._type !== 'root') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', 'the TUF root is not a TUF root.json (signed._type "root"): pass the root.json of the TUF repository');
    }
}
/** Validates the generator input; throws POLICY_INVALID_INPUT / POLICY_INVALID_IDENTITY with the fix. */
function checkAdmissionInput(input) {
    if (!NAME_RE.test(input.name) || input.name.length > MAX_NAME) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `policy name ${JSON.stringify(input.name)} is not a lowercase DNS-1123 label of at most ${MAX_NAME} characters (e.g. acme-app)`);
    }
    if (input.repositories.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', 'no repositories given: name at least one image repository the policy governs');
    }
    const seen = new Set();
    const repositories = [...input.repositories]
        .map((r) => ({ registry: r.registry, repository: r.repository }))
        .filter((r) => {
        const k = (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .toGlobRepository */ .oM)(r);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    })
        .sort((a, b) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .toGlobRepository */ .oM)(a).localeCompare((0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .toGlobRepository */ .oM)(b)));
    for (const a of input.attestations ?? []) {
        if (!ATTESTATION_NAME_RE.test(a.name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `attestation name ${JSON.stringify(a.name)} must be a short lowercase name (e.g. sbom)`);
        }
        if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/.test(a.predicateType)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `attestation ${a.name}: predicate type ${JSON.stringify(a.predicateType)} is not a URI (e.g. https://cyclonedx.org/bom)`);
        }
    }
    if (input.tuf)
        checkTuf(input.tuf);
    const bypass = checkBypass(input.bypass);
    const build = (0,_admission_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSigner */ .JQ)(input.build, 'build identity');
    const release = input.release ? (0,_admission_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSigner */ .JQ)(input.release, 'release identity') : undefined;
    const clusterLevel = input.clusterLevel ?? (release ? 'production' : 'development');
    const digests = [...new Set((input.digests ?? []).map((d) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigest */ .m)(d)))].sort();
    const ns = input.namespaces ?? {};
    const out = {
        ...input,
        repositories,
        build,
        digests,
        clusterLevel,
        mode: input.mode ?? 'enforce',
        policyControllerVersion: input.policyControllerVersion ?? 'v1beta1',
        namespaceLabel: ns.label ?? _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .TRUST_LEVEL_LABEL */ .Bu,
        developmentValues: ns.development ?? ['development'],
        productionValues: ns.production ?? ['production'],
    };
    if (release)
        out.release = release;
    else
        delete out.release;
    if (bypass)
        out.bypass = bypass;
    else
        delete out.bypass;
    if (out.developmentValues.some((v) => out.productionValues.includes(v))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p('POLICY_INVALID_INPUT', 'a namespace label value cannot mean both development and production');
    }
    return out;
}
/** The labels of every object generated for policy `name`. */
function toLabels(name, extra = {}) {
    return { [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .MANAGED_BY_LABEL */ .lT]: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .MANAGED_BY_VALUE */ .Q9, [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_LABEL */ .mn]: name, ...extra };
}
/** The signers a trust level requires, all of them (AND). */
function signersOf(input, level) {
    const out = [{ name: 'build', signer: input.build }];
    if (level === 'production' && input.release)
        out.push({ name: 'release', signer: input.release });
    return out;
}
/** `sha256:abcd…` → the first 12 hex characters, for object names. */
function shortDigest(d) {
    return d.slice(d.indexOf(':') + 1, d.indexOf(':') + 13);
}


/***/ }),

/***/ 35157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ buildTrustRoot),
/* harmony export */   RO: () => (/* binding */ toTrustPems)
/* harmony export */ });
/* unused harmony export legacyRekorKeys */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58167);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8859);
/* harmony import */ var _sign_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30623);
// A private Sigstore's trust material (its trusted_root.json) in the shapes the controllers take:
// policy-controller's TrustRoot (`spec.sigstoreKeys`: PEM, then base64, as Go marshals []byte;
// pkg/apis/config/sigstore_keys.go) and the PEM strings Kyverno's attestors take inline.



/** PEM of base64 DER (the trusted root's rawBytes). */
const pem = (label, b64) => (0,_sign_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePem */ .TS)(label, Buffer.from(b64, 'base64'));
function toHash(alg) {
    if (alg === 'SHA2_384')
        return 'sha-384';
    if (alg === 'SHA2_512')
        return 'sha-512';
    return 'sha-256';
}
function keys(list, what) {
    return (list ?? []).map((k, i) => {
        if (!k.publicKey?.rawBytes || !k.baseUrl) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `trusted root: ${what}[${i}] has no baseUrl or publicKey.rawBytes`);
        }
        return {
            url: k.baseUrl,
            publicKeyPem: pem('PUBLIC KEY', k.publicKey.rawBytes),
            hashAlgorithm: toHash(k.hashAlgorithm),
            ...(k.publicKey.keyDetails ? { keyDetails: k.publicKey.keyDetails } : {}),
        };
    });
}
/**
 * The logs whose keys policy-controller v0.13.1 can load: it reads every TrustRoot `tLogs` key as ECDSA
 * and fails the whole policy on any other ("public key 1 is not ecdsa.PublicKey"). Rekor v2 logs sign
 * checkpoints with Ed25519 and carry no signed entry timestamps, which policy-controller cannot check
 * anyway (it verifies the legacy `.sig` format and its Rekor v1 bundle), so they are left out. Kyverno's
 * and Connaisseur's cosign-based checks take one Rekor key for the same `.sig` format: the first of these.
 */
function legacyRekorKeys(rekor) {
    return rekor.filter((k) => k.keyDetails === undefined || !k.keyDetails.includes('ED25519'));
}
function authorities(list, what) {
    return (list ?? []).map((a, i) => {
        const certs = a.certChain?.certificates ?? [];
        if (certs.length === 0 || !a.uri || certs.some((c) => !c.rawBytes)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .p('POLICY_INVALID_INPUT', `trusted root: ${what}[${i}] has no uri or certificate chain`);
        }
        return {
            url: a.uri,
            chainPem: certs.map((c) => pem('CERTIFICATE', c.rawBytes ?? '')).join(''),
            subject: { organization: a.subject?.organization ?? '', commonName: a.subject?.commonName ?? '' },
        };
    });
}
/** Reads the keys and chains out of a trusted_root.json; throws POLICY_INVALID_INPUT when parts are missing. */
function toTrustPems(root) {
    const fulcio = authorities(root.certificateAuthorities, 'certificateAuthorities').map((a, i) => {
        const certs = root.certificateAuthorities[i]?.certChain?.certificates ?? [];
        return { ...a, rootPem: pem('CERTIFICATE', certs[certs.length - 1]?.rawBytes ?? '') };
    });
    const rekor = keys(root.tlogs, 'tlogs');
    return {
        fulcio,
        rekor,
        legacyRekor: legacyRekorKeys(rekor),
        ctlogs: keys(root.ctlogs, 'ctlogs'),
        tsas: authorities(root.timestampAuthorities, 'timestampAuthorities'),
    };
}
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
/** A CA or TSA as TrustRoot's sigstoreKeys lists it. */
const authorityEntry = (a) => ({
    subject: a.subject,
    uri: a.url,
    certChain: b64(a.chainPem),
});
/** A transparency or CT log as TrustRoot's sigstoreKeys lists it. */
const logEntry = (k) => ({
    baseURL: k.url,
    hashAlgorithm: k.hashAlgorithm,
    publicKey: b64(k.publicKeyPem),
});
/** policy-controller's TrustRoot for a private Sigstore, referenced by keyless authorities' `trustRootRef`. */
function buildTrustRoot(name, root, labels) {
    const t = toTrustPems(root);
    return {
        apiVersion: `${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_CONTROLLER_GROUP */ ._4}/v1alpha1`,
        kind: 'TrustRoot',
        metadata: { name, labels },
        spec: {
            sigstoreKeys: {
                certificateAuthorities: t.fulcio.map(authorityEntry),
                tLogs: t.legacyRekor.map(logEntry),
                ctLogs: t.ctlogs.map(logEntry),
                timestampAuthorities: t.tsas.map(authorityEntry),
            },
        },
    };
}


/***/ }),

/***/ 92593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ checkClusterImagePolicy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71806);
// policy-controller's own admission rules for ClusterImagePolicy, ported from its validating webhook
// (sigstore/policy-controller v0.13.1 pkg/apis/policy/v1beta1/clusterimagepolicy_validation.go, the same
// in v1alpha1) plus the runtime rule of pkg/webhook/validator.go that bundle-format authorities must be
// keyless. The CRD schema alone accepts objects this webhook refuses; Signet checks both.


const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : '');
const arr = (v) => (Array.isArray(v) ? v : []);
const VALID_MODES = ['enforce', 'warn'];
const VALID_HASHES = ['sha224', 'sha256', 'sha384', 'sha512'];
const VALID_STATIC = ['fail', 'pass'];
function checkRegExp(re, path, errs) {
    try {
        new RegExp(re, 'u');
    }
    catch (err) {
        errs.push(`${path}: regex is invalid: ${err.message}`);
    }
}
function checkKeyRef(key, path, errs) {
    const data = str(key.data);
    const kms = str(key.kms);
    const secretRef = key.secretRef;
    if (!data && !kms && !secretRef)
        errs.push(`${path}: expected exactly one, got neither: data, kms, secretref`);
    if (data && (kms || secretRef))
        errs.push(`${path}: expected exactly one, got both: data, kms, secretref`);
    if (!data && kms && secretRef)
        errs.push(`${path}: expected exactly one, got both: data, kms, secretref`);
    if (key.hashAlgorithm !== undefined && !VALID_HASHES.includes(str(key.hashAlgorithm))) {
        errs.push(`${path}.hashAlgorithm: invalid value ${JSON.stringify(key.hashAlgorithm)}`);
    }
    if (data) {
        try {
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(data);
        }
        catch {
            errs.push(`${path}.data: invalid value: not a PEM public key`);
        }
    }
}
function checkIdentity(id, path, errs) {
    if (id.issuer && id.issuerRegExp)
        errs.push(`${path}: expected exactly one, got both: issuer, issuerRegExp`);
    if (id.subject && id.subjectRegExp)
        errs.push(`${path}: expected exactly one, got both: subject, subjectRegExp`);
    if (id.issuerRegExp)
        checkRegExp(str(id.issuerRegExp), `${path}.issuerRegExp`, errs);
    if (id.subjectRegExp)
        checkRegExp(str(id.subjectRegExp), `${path}.subjectRegExp`, errs);
    if (!id.subject && !id.subjectRegExp)
        errs.push(`${path}: missing field(s): subject, subjectRegExp`);
    if (!id.issuer && !id.issuerRegExp)
        errs.push(`${path}: missing field(s): issuer, issuerRegExp`);
}
function checkAuthority(a, path, errs) {
    const kinds = ['key', 'keyless', 'static'].filter((k) => a[k] !== undefined && a[k] !== null);
    if (kinds.length === 0)
        return void errs.push(`${path}: expected exactly one, got neither: key, keyless, static`);
    if (kinds.length > 1)
        return void errs.push(`${path}: expected exactly one, got both: key, keyless, static`);
    if (isObj(a.key))
        checkKeyRef(a.key, `${path}.key`, errs);
    if (isObj(a.keyless)) {
        const k = a.keyless;
        if (!k.url && !k['ca-cert'])
            errs.push(`${path}.keyless: expected exactly one, got neither: url, ca-cert`);
        if (k.url && k['ca-cert'])
            errs.push(`${path}.keyless: expected exactly one, got both: url, ca-cert`);
        if (isObj(k['ca-cert']))
            checkKeyRef(k['ca-cert'], `${path}.keyless.ca-cert`, errs);
        const ids = arr(k.identities);
        if (ids.length === 0)
            errs.push(`${path}.keyless: missing field(s): identities`);
        ids.forEach((id, i) => checkIdentity(isObj(id) ? id : {}, `${path}.keyless.identities[${i}]`, errs));
    }
    if (isObj(a.static)) {
        const action = str(a.static.action);
        if (!action)
            errs.push(`${path}.static: missing field(s): action`);
        else if (!VALID_STATIC.includes(action))
            errs.push(`${path}.static.action: unsupported action ${action}`);
        for (const f of ['attestations', 'source', 'ctlog', 'rfc3161timestamp']) {
            if (a[f] !== undefined && (f !== 'attestations' && f !== 'source' ? true : arr(a[f]).length > 0)) {
                errs.push(`${path}: expected exactly one, got both: static, ${f}`);
            }
        }
    }
    const sources = arr(a.source);
    if (sources.length > 1)
        errs.push(`${path}.source: only single source is supported`);
    arr(a.attestations).forEach((att, i) => {
        const at = isObj(att) ? att : {};
        if (!at.name)
            errs.push(`${path}.attestations[${i}]: missing field(s): name`);
        if (!at.predicateType)
            errs.push(`${path}.attestations[${i}]: missing field(s): predicateType`);
    });
    if (a.signatureFormat !== undefined && !['legacy', 'bundle'].includes(str(a.signatureFormat))) {
        errs.push(`${path}.signatureFormat: expected legacy or bundle, got ${JSON.stringify(a.signatureFormat)}`);
    }
    // pkg/webhook/validator.go: "when using the new bundle format, the authority must be keyless"; the
    // TSA and tlog trustRootRef must equal the keyless one.
    if (a.signatureFormat === 'bundle') {
        if (!isObj(a.keyless))
            errs.push(`${path}: the bundle signature format needs a keyless authority`);
        const ref = isObj(a.keyless) ? a.keyless.trustRootRef : undefined;
        for (const f of ['ctlog', 'rfc3161timestamp']) {
            const v = a[f];
            if (isObj(v) && v.trustRootRef !== ref)
                errs.push(`${path}.${f}.trustRootRef: must equal keyless.trustRootRef with the bundle format`);
        }
    }
}
/** The webhook's objections to a ClusterImagePolicy, as `path: problem` lines; empty when it would admit it. */
function checkClusterImagePolicy(obj) {
    const errs = [];
    const spec = isObj(obj) && isObj(obj.spec) ? obj.spec : {};
    const images = arr(spec.images);
    if (images.length === 0)
        errs.push('spec: missing field(s): images');
    images.forEach((img, i) => {
        const glob = isObj(img) ? str(img.glob) : '';
        if (!glob)
            return void errs.push(`spec.images[${i}]: missing field(s): glob`);
        try {
            (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlob */ .SO)(glob);
        }
        catch (err) {
            errs.push(`spec.images[${i}].glob: ${err.message}`);
        }
    });
    arr(spec.authorities).forEach((a, i) => checkAuthority(isObj(a) ? a : {}, `spec.authorities[${i}]`, errs));
    if (spec.mode !== undefined && spec.mode !== '' && !VALID_MODES.includes(str(spec.mode))) {
        errs.push(`spec.mode: unsupported mode ${JSON.stringify(spec.mode)}`);
    }
    return errs;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ SignetError)
/* harmony export */ });
/* unused harmony export describeError */
// The error type every Signet stage throws. Each area subclasses it with its own code union
// (RegistryError, SignError, VerifyError, PolicyError), so tests assert on codes and people read messages.
/** A Signet failure: a stable `code` for programs, a lowercase one-line message for people. */
class SignetError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** The message of `err` followed by its causes, one per line, for logs (never for secrets). */
function describeError(err) {
    const lines = [];
    let cur = err;
    for (let depth = 0; cur !== undefined && cur !== null && depth < 8; depth++) {
        lines.push(cur instanceof Error ? cur.message : String(cur));
        cur = cur instanceof Error ? cur.cause : undefined;
    }
    return lines.join('\n  caused by: ');
}


/***/ }),

/***/ 30351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 89143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 94866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ OidcError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of getting the CI's OIDC token.

/** A failure to obtain a usable identity token. */
class OidcError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 30448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uk: () => (/* binding */ getIdentityToken),
/* harmony export */   Yq: () => (/* binding */ decodeClaims),
/* harmony export */   l3: () => (/* binding */ GITHUB_PERMISSIONS_HINT)
/* harmony export */ });
/* unused harmony export checkToken */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94866);
// The pipeline's first stage: obtain the OIDC identity token Fulcio exchanges for a certificate.
// Sources, in order: a token given explicitly (--identity-token / SIGSTORE_ID_TOKEN, as cosign), then
// GitHub Actions' ID token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL + _TOKEN, audience parameter).
// GitLab puts the token in SIGSTORE_ID_TOKEN through `id_tokens:`, so it is the explicit case.
// https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect

/** Decodes a JWT's claims; throws OIDC_INVALID_TOKEN when it is not a JWT. */
function decodeClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((p) => p === '' || !/^[A-Za-z0-9_-]+$/.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_INVALID_TOKEN', 'identity token is not a JWT (expected three base64url parts)');
    }
    let claims;
    try {
        claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_INVALID_TOKEN', 'identity token claims are not JSON', { cause: err });
    }
    if (!claims || typeof claims !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_INVALID_TOKEN', 'identity token claims are not a JSON object');
    return claims;
}
/** Checks audience and expiry the way Fulcio will, so the failure is explained before any request. */
function checkToken(token, audience, nowSeconds) {
    const claims = decodeClaims(token);
    const auds = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!auds.includes(audience)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_INVALID_TOKEN', `identity token audience is ${JSON.stringify(claims.aud ?? null)}, expected ${JSON.stringify(audience)} (GitLab: id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore)`);
    }
    if (typeof claims.exp === 'number' && claims.exp + 30 < nowSeconds) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_INVALID_TOKEN', `identity token expired at ${new Date(claims.exp * 1000).toISOString()}`);
    }
    return claims;
}
/** The `permissions:` block a GitHub workflow needs for keyless signing. */
const GITHUB_PERMISSIONS_HINT = 'add to the job:\n  permissions:\n    id-token: write\n    contents: read\n    packages: write';
/** Fetches a token for `audience` from the first available source. */
async function getIdentityToken(sources, deps, audience = 'sigstore') {
    const now = () => Math.floor((deps.now ?? Date.now)() / 1000);
    if (sources.explicit !== undefined && sources.explicit !== '') {
        return {
            token: sources.explicit,
            claims: checkToken(sources.explicit, audience, now()),
            source: 'explicit',
        };
    }
    if (sources.github) {
        const url = new URL(sources.github.requestURL);
        url.searchParams.set('audience', audience);
        let res;
        try {
            res = await deps.fetch(url, {
                headers: { authorization: `Bearer ${sources.github.requestToken}`, accept: 'application/json' },
                signal: AbortSignal.timeout(30_000),
            });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_REQUEST_FAILED', `github id token request to ${url.origin} failed: ${err.message}`, {
                cause: err,
            });
        }
        if (!res.ok) {
            await res.body?.cancel();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_REQUEST_FAILED', `github id token request answered ${res.status} ${res.statusText}`);
        }
        const body = (await res.json().catch(() => ({})));
        if (typeof body.value !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_REQUEST_FAILED', 'github id token response has no "value"');
        return { token: body.value, claims: checkToken(body.value, audience, now()), source: 'github' };
    }
    if (sources.onGitHubActions) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_NO_TOKEN', `no OIDC token: the job lacks id-token permission; ${GITHUB_PERMISSIONS_HINT}`);
    }
    if (sources.onGitLab) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_NO_TOKEN', 'no OIDC token: SIGSTORE_ID_TOKEN is not set; add to the job: id_tokens: { SIGSTORE_ID_TOKEN: { aud: sigstore } }');
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OidcError */ .u('OIDC_NO_TOKEN', 'no OIDC token: pass --identity-token or set SIGSTORE_ID_TOKEN (or sign with --key)');
}


/***/ }),

/***/ 8266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   IP: () => (/* binding */ isRegistryError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   pZ: () => (/* binding */ toRegistryError)
/* harmony export */ });
/* unused harmony export parseOciErrors */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
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

/***/ 8985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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

// EXTERNAL MODULE: ./src/registry/constants.ts
var constants = __webpack_require__(8266);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(30351);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/registry/errors.ts
var errors = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/registry/digest.ts
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

;// CONCATENATED MODULE: ./src/registry/limits.ts
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

;// CONCATENATED MODULE: ./src/registry/name.ts
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

;// CONCATENATED MODULE: ./src/registry/request-paths.ts
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

;// CONCATENATED MODULE: ./src/registry/transport/retry.ts
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

;// CONCATENATED MODULE: ./src/registry/blobs.ts
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

;// CONCATENATED MODULE: ./src/registry/manifest.ts
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

;// CONCATENATED MODULE: ./src/registry/manifests.ts
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

;// CONCATENATED MODULE: ./src/registry/referrers.ts
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

;// CONCATENATED MODULE: ./src/registry/settle.ts
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

;// CONCATENATED MODULE: ./src/registry/referrers-client.ts
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
// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
;// CONCATENATED MODULE: ./src/registry/transport/challenge.ts
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

;// CONCATENATED MODULE: ./src/registry/transport/credentials.ts


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
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/registry/transport/http.ts
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
    const httpAgent = new (external_node_http_default()).Agent(agentOpts);
    const httpsAgent = new (external_node_https_default()).Agent({ ...agentOpts, ca: opts.ca });
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
        const r = (isHttps ? (external_node_https_default()) : (external_node_http_default())).request(req.url, {
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

;// CONCATENATED MODULE: ./src/registry/transport/insecure.ts
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

;// CONCATENATED MODULE: ./src/registry/transport/token-cache.ts
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

;// CONCATENATED MODULE: ./src/registry/transport/transport.ts









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

;// CONCATENATED MODULE: ./src/registry/client.ts






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

;// CONCATENATED MODULE: ./src/registry/index.ts
// The public face of src/registry: the only way Signet talks to registries.















/***/ }),

/***/ 62616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 62290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ SbomError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of the SBOM stage. Registry failures stay RegistryErrors; everything the stage decides is an
// SbomError.

/** An SBOM stage failure; `code` says which step. */
class SbomError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 30395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectSboms: () => (/* reexport */ collectSboms),
  w1: () => (/* reexport */ toSbomFileName)
});

// UNUSED EXPORTS: CYCLONEDX_PREDICATE_TYPE, DEFAULT_SBOM_SOURCES, SPDX_PREDICATE_TYPE, SbomError

// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(30351);
// EXTERNAL MODULE: ./src/registry/index.ts + 18 modules
var src_registry = __webpack_require__(8985);
// EXTERNAL MODULE: ./src/build/pushed-image.ts
var pushed_image = __webpack_require__(78643);
// EXTERNAL MODULE: ./src/build/platform.ts
var platform = __webpack_require__(42161);
// EXTERNAL MODULE: ./src/build/constants.ts
var constants = __webpack_require__(85065);
// EXTERNAL MODULE: ./src/sbom/constants.ts
var sbom_constants = __webpack_require__(62616);
// EXTERNAL MODULE: ./src/sbom/errors.ts
var errors = __webpack_require__(62290);
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
            const { parseSbomDocument } = await Promise.all(/* import() */[__webpack_require__.e(567), __webpack_require__.e(947)]).then(__webpack_require__.bind(__webpack_require__, 91947));
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
                const { generateSbom } = await Promise.all(/* import() */[__webpack_require__.e(567), __webpack_require__.e(118), __webpack_require__.e(91), __webpack_require__.e(543)]).then(__webpack_require__.bind(__webpack_require__, 93543));
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

;// CONCATENATED MODULE: ./src/sbom/index.ts
// The SBOM stage's public API: one SBOM per platform of a pushed image, from BuildKit's attestations,
// a file the user gave, or Signet's own generator (CycloneDX 1.6).





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

/***/ 50844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ ANNOTATION_BUNDLE_CONTENT),
/* harmony export */   $r: () => (/* binding */ SIMPLE_SIGNING_MEDIA_TYPE),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   HM: () => (/* binding */ BUNDLE_V03_MEDIA_TYPE),
/* harmony export */   KV: () => (/* binding */ GO_ZERO_TIME),
/* harmony export */   LR: () => (/* binding */ ANNOTATION_SIGNATURE),
/* harmony export */   M6: () => (/* binding */ ANNOTATION_CHAIN),
/* harmony export */   MF: () => (/* binding */ ANNOTATION_CERTIFICATE),
/* harmony export */   Nr: () => (/* binding */ DSSE_ENVELOPE_MEDIA_TYPE),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   bL: () => (/* binding */ ANNOTATION_REKOR_BUNDLE),
/* harmony export */   g7: () => (/* binding */ SIMPLE_SIGNING_TYPE),
/* harmony export */   nM: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   oN: () => (/* binding */ ANNOTATION_RFC3161_TIMESTAMP),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   w1: () => (/* binding */ ANNOTATION_BUNDLE_PREDICATE_TYPE)
/* harmony export */ });
// Names cosign and the Sigstore bundle spec give to signature storage, spelled once.
// cosign: pkg/oci/static/options.go, pkg/oci/remote/remote.go, pkg/types/media.go.
// Bundle-as-referrer: sigstore/cosign `internal/pkg/oci/remote` (v3) and the OCI 1.1 referrers spec.
/** Layer media type of a legacy cosign signature (simple-signing payload). */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** Layer media type of a legacy cosign attestation (a DSSE envelope). */
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** Sigstore bundle v0.3: the layer and artifactType of a bundle referrer. */
const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** in-toto Statement v1 `_type`. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The predicate cosign v3 signs for a plain image signature in the bundle format. */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** The simple-signing `critical.type` of a container image signature. */
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** Legacy layer annotations, as cosign writes them. */
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
const ANNOTATION_RFC3161_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
/** Attestation layers carry their predicate type in this annotation. */
const ANNOTATION_PREDICATE_TYPE = 'predicateType';
/** Bundle referrer manifest annotations (cosign v3). */
const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_BUNDLE_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/** The zero time Go prints, used by cosign in the config of signature images. */
const GO_ZERO_TIME = '0001-01-01T00:00:00Z';


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

/***/ 73910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ SignError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of the sign stage. Registry failures stay RegistryErrors (their message already names the
// request); everything the stage itself decides, or a Sigstore service refusing, is a SignError.

/** A sign stage failure; `code` says which step. */
class SignError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 24705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
// EXTERNAL MODULE: ./src/registry/index.ts + 18 modules
var src_registry = __webpack_require__(8985);
// EXTERNAL MODULE: ./src/storage/bundle-referrer.ts
var bundle_referrer = __webpack_require__(57469);
// EXTERNAL MODULE: ./src/storage/cosign-tags.ts + 1 modules
var cosign_tags = __webpack_require__(86831);
// EXTERNAL MODULE: ./src/storage/legacy-image.ts
var legacy_image = __webpack_require__(18874);
// EXTERNAL MODULE: ./src/storage/push-bundle-referrer.ts
var push_bundle_referrer = __webpack_require__(72728);
// EXTERNAL MODULE: ./src/storage/signature-image.ts
var signature_image = __webpack_require__(35099);
// EXTERNAL MODULE: ./src/sign/clock.ts
var sign_clock = __webpack_require__(14735);
// EXTERNAL MODULE: ./src/sign/constants.ts
var constants = __webpack_require__(50844);
// EXTERNAL MODULE: ./src/sign/duplicates.ts
var duplicates = __webpack_require__(58831);
// EXTERNAL MODULE: ./src/sign/errors.ts
var errors = __webpack_require__(73910);
// EXTERNAL MODULE: ./src/sign/legacy-annotations.ts
var legacy_annotations = __webpack_require__(19661);
// EXTERNAL MODULE: ./src/sign/resolve-targets.ts
var resolve_targets = __webpack_require__(86182);
// EXTERNAL MODULE: ./src/sign/simple-signing.ts
var simple_signing = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/sign/statement.ts
var sign_statement = __webpack_require__(25924);
// EXTERNAL MODULE: ./src/sign/time-witness.ts
var time_witness = __webpack_require__(50326);
;// CONCATENATED MODULE: ./src/sign/sign-image.ts
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
    const { createWitnesses, refuseLegacyWithRekorV2, signMessage, signStatement } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(814), __webpack_require__.e(179), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 99847));
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

;// CONCATENATED MODULE: ./src/sign/sign-targets.ts
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

// EXTERNAL MODULE: ./src/sign/key-signer.ts
var key_signer = __webpack_require__(97345);
// EXTERNAL MODULE: ./src/sign/keys/index.ts + 7 modules
var keys = __webpack_require__(53921);
;// CONCATENATED MODULE: ./src/sign/load-signer.ts
// From a --key ref to the signing core's Signer: a key file, env://, gitlab:// or k8s:// key is loaded
// and decrypted here (KeySigner); a KMS key URI signs in its KMS (KmsSigner). sign, attest, sign-blob,
// public-key and the CI adapters all come through here, so every key source works everywhere.


/** Loads (or, for a KMS, opens) the key `ref` names; fails early when the key cannot sign. */
async function loadSigner(ref, deps) {
    if (ref.kind === 'kms') {
        // The KMS clients load only for a KMS key.
        const [{ KmsSigner }, { openKmsKey }] = await Promise.all([
            __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 83691)),
            __webpack_require__.e(/* import() */ 472).then(__webpack_require__.bind(__webpack_require__, 30091)),
        ]);
        const signer = await KmsSigner.open(await openKmsKey(ref.kms, (0,keys/* kmsDeps */.QB)(ref.kms.uri, deps)));
        return { signer, publicKeyPem: signer.publicKeyPem };
    }
    const key = await (0,keys/* loadSigningKey */.fm)(ref, deps);
    return { signer: new key_signer/* KeySigner */.i(key.privateKey), publicKeyPem: key.publicKeyPem };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sign/reusable-certificate-signer.ts
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
        const { FulcioSigner } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(814), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
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

// EXTERNAL MODULE: ./src/sign/signing-config.ts
var signing_config = __webpack_require__(73089);
;// CONCATENATED MODULE: ./src/sign/index.ts
// The sign stage's public API: sign an image by digest in cosign's legacy format, as a Sigstore bundle
// referrer, or both. The CLI and CI adapters build the deps (registry client, signer, witnesses).









/***/ }),

/***/ 97345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ KeySigner),
/* harmony export */   y: () => (/* binding */ publicKeyHint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53921);
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

/***/ 14839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ GITLAB_VARIABLES),
/* harmony export */   Dk: () => (/* binding */ SIGSTORE_PRIVATE_KEY_PEM_TYPE),
/* harmony export */   JK: () => (/* binding */ SECRETBOX_TAG_BYTES),
/* harmony export */   Km: () => (/* binding */ PASSWORD_ENV),
/* harmony export */   Lk: () => (/* binding */ SCRYPT_ACCEPTED_N),
/* harmony export */   Nb: () => (/* binding */ CIPHER_NACL_SECRETBOX),
/* harmony export */   PM: () => (/* binding */ GITLAB_DEFAULT_HOST),
/* harmony export */   S9: () => (/* binding */ KDF_SCRYPT),
/* harmony export */   Uh: () => (/* binding */ SCRYPT_DEFAULT),
/* harmony export */   Uo: () => (/* binding */ PUBLIC_KEY_PEM_TYPE),
/* harmony export */   iK: () => (/* binding */ GITLAB_TOKEN_ENV),
/* harmony export */   ko: () => (/* binding */ SECRETBOX_KEY_BYTES),
/* harmony export */   mO: () => (/* binding */ COSIGN_PRIVATE_KEY_PEM_TYPE),
/* harmony export */   rv: () => (/* binding */ GITLAB_HOST_ENV),
/* harmony export */   w4: () => (/* binding */ SECRETBOX_NONCE_BYTES)
/* harmony export */ });
/* unused harmony exports SCRYPT_SALT_BYTES, KEY_FILES */
// The fixed names and numbers of cosign's key files, its encrypted-key envelope and its GitLab key refs.
// Sources: sigstore/cosign pkg/cosign/keys.go, secure-systems-lab/go-securesystemslib encrypted/encrypted.go,
// sigstore/cosign pkg/cosign/git/gitlab/gitlab.go and pkg/signature/keys.go.
/** PEM label cosign ≥ 2.0.1 writes for an encrypted private key (the one Signet writes). */
const SIGSTORE_PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** PEM label older cosign wrote for an encrypted private key; still read by cosign and Signet. */
const COSIGN_PRIVATE_KEY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';
/** PEM label of a public key: PKIX SubjectPublicKeyInfo DER. */
const PUBLIC_KEY_PEM_TYPE = 'PUBLIC KEY';
/** Name of the key derivation function in the envelope's `kdf.name`. */
const KDF_SCRYPT = 'scrypt';
/** Name of the cipher in the envelope's `cipher.name` (XSalsa20-Poly1305). */
const CIPHER_NACL_SECRETBOX = 'nacl/secretbox';
/**
 * The only scrypt parameter sets a reader accepts. go-securesystemslib refuses any other set so that
 * a tampered file cannot make the reader burn memory and time (its `CheckParams`).
 */
const SCRYPT_ACCEPTED_N = [32768, 65536, 131072];
/** scrypt parameters Signet writes, as cosign does today (go-securesystemslib `Standard`). */
const SCRYPT_DEFAULT = { N: 65536, r: 8, p: 1 };
/** Bytes of random salt cosign writes (go-securesystemslib `saltSize`). */
const SCRYPT_SALT_BYTES = 32;
/** Bytes of the secretbox key that scrypt derives. */
const SECRETBOX_KEY_BYTES = 32;
/** Bytes of the secretbox nonce. */
const SECRETBOX_NONCE_BYTES = 24;
/** Bytes of the Poly1305 tag that precedes the encrypted bytes in secretbox output. */
const SECRETBOX_TAG_BYTES = 16;
/** File names and modes `cosign generate-key-pair` uses; the CLI writes Signet's key pair the same way. */
const KEY_FILES = {
    privateKey: { name: 'cosign.key', mode: 0o600 },
    publicKey: { name: 'cosign.pub', mode: 0o644 },
};
/** The environment variable cosign reads the key password from (set but empty is a valid password). */
const PASSWORD_ENV = 'COSIGN_PASSWORD';
/** Environment variables a `gitlab://` key ref needs: the API token and, optionally, the instance URL. */
const GITLAB_TOKEN_ENV = 'GITLAB_TOKEN';
const GITLAB_HOST_ENV = 'GITLAB_HOST';
/** GitLab instance cosign talks to when GITLAB_HOST is unset. */
const GITLAB_DEFAULT_HOST = 'https://gitlab.com';
/** Names of the project CI/CD variables `cosign generate-key-pair gitlab://…` creates and key refs read. */
const GITLAB_VARIABLES = {
    privateKey: 'COSIGN_PRIVATE_KEY',
    password: 'COSIGN_PASSWORD',
    publicKey: 'COSIGN_PUBLIC_KEY',
};


/***/ }),

/***/ 12251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ KeyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of cosign key handling. Messages are one line, name the key ref as the user typed it, say what
// is wrong and how to fix it, and never contain a password or a token.

/** A failure loading, decrypting, generating or using a cosign key. */
class KeyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 53921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eN: () => (/* reexport */ errors/* KeyError */.e),
  Km: () => (/* reexport */ constants/* PASSWORD_ENV */.Km),
  QB: () => (/* reexport */ kmsDeps),
  fm: () => (/* reexport */ loadSigningKey),
  LX: () => (/* reexport */ loadVerificationKey),
  wj: () => (/* reexport */ parseKeyRef),
  rY: () => (/* reexport */ public_key/* publicKeyPem */.r),
  Ft: () => (/* reexport */ signature/* signWithKey */.Ft),
  I3: () => (/* reexport */ signature/* signingAlgorithmOf */.I3),
  YQ: () => (/* reexport */ signature/* verifyWithKey */.YQ)
});

// UNUSED EXPORTS: COSIGN_PRIVATE_KEY_PEM_TYPE, GITLAB_VARIABLES, K8S_SECRET_KEYS, KEY_FILES, PUBLIC_KEY_PEM_TYPE, SCRYPT_DEFAULT, SIGSTORE_PRIVATE_KEY_PEM_TYPE, decryptPrivateKey, encryptPrivateKey, formatKeyRef, generateKeyPair, gitLabVariableUrl, parsePublicKey, resolveKeyRef, resolveSigningKey, resolveVerificationKey

// EXTERNAL MODULE: ./src/sign/keys/constants.ts
var constants = __webpack_require__(14839);
// EXTERNAL MODULE: ./src/sign/keys/errors.ts
var errors = __webpack_require__(12251);
// EXTERNAL MODULE: ./src/sign/kms/http.ts
var http = __webpack_require__(44527);
;// CONCATENATED MODULE: ./src/sign/keys/gitlab-variables.ts
// Reads a GitLab project CI/CD variable, which is where `cosign generate-key-pair gitlab://PROJECT` puts
// the key (sigstore/cosign pkg/cosign/git/gitlab/gitlab.go GetSecret): GET
// {GITLAB_HOST or https://gitlab.com}/api/v4/projects/{id or url-encoded path}/variables/{key} with
// header PRIVATE-TOKEN: $GITLAB_TOKEN, as the go-gitlab client cosign uses builds it. The HTTP call goes
// through an injected `fetch` with the KMS clients' HTTP helper (kms/http.ts: timeout, body cap,
// redirects within the origin only); the token goes only into that header, never into a message.



const MAX_REDIRECTS = 5;
/**
 * The API URL of `variable` of `project` on the GitLab instance `host` (GITLAB_HOST; default gitlab.com).
 * Like go-gitlab's base URL handling, "/api/v4/" is appended unless the host URL already ends with it;
 * like its PathEscape, the project path is escaped whole, "/" as %2F and "." as %2E.
 */
function gitLabVariableUrl(host, project, variable) {
    const raw = host === undefined || host.trim() === '' ? constants/* GITLAB_DEFAULT_HOST */.PM : host.trim();
    const withScheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`;
    let base;
    try {
        base = new URL(withScheme);
    }
    catch (cause) {
        throw new errors/* KeyError */.e('KEY_GITLAB_CONFIG', `${constants/* GITLAB_HOST_ENV */.rv} ${JSON.stringify(raw)} is not a URL: set it to the instance URL, e.g. https://gitlab.example.com`, { cause });
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') {
        throw new errors/* KeyError */.e('KEY_GITLAB_CONFIG', `${constants/* GITLAB_HOST_ENV */.rv} ${JSON.stringify(raw)} is not an http(s) URL: set it to the instance URL`);
    }
    let path = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    if (!path.endsWith('/api/v4/'))
        path += 'api/v4/';
    const escapedProject = encodeURIComponent(project).replace(/\./g, '%2E');
    return `${base.origin}${path}projects/${escapedProject}/variables/${encodeURIComponent(variable)}`;
}
/** Reads the value of CI/CD `variable` of GitLab `project`; `source` is the key ref as typed. */
async function readGitLabVariable(project, variable, source, deps) {
    const token = deps.env[constants/* GITLAB_TOKEN_ENV */.iK];
    if (token === undefined || token === '') {
        throw new errors/* KeyError */.e('KEY_GITLAB_CONFIG', `${source} needs ${constants/* GITLAB_TOKEN_ENV */.iK}: set it to a GitLab token with the api scope and the Maintainer role on the project`);
    }
    const url = gitLabVariableUrl(deps.env[constants/* GITLAB_HOST_ENV */.rv], project, variable);
    const redact = (s) => s.split(token).join('[redacted]');
    let status;
    let body;
    try {
        // Redirects are followed by hand (kms/http.ts): fetch would carry the PRIVATE-TOKEN header to
        // wherever a redirect points. Only the instance's own origin (scheme, host and port) sees the token.
        ({ status, text: body } = await (0,http/* sendRequest */.w$)(deps.fetch, { method: 'GET', url, headers: { 'PRIVATE-TOKEN': token, Accept: 'application/json' } }, {
            max: MAX_REDIRECTS,
            crossOrigin: (next, origin) => new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url} redirected to another host (${next.origin}); ${constants/* GITLAB_TOKEN_ENV */.iK} is sent only to ${origin}: set ${constants/* GITLAB_HOST_ENV */.rv} to the instance's own URL`),
            tooMany: () => new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url}: more than ${MAX_REDIRECTS} redirects`),
        }));
    }
    catch (cause) {
        if (cause instanceof errors/* KeyError */.e)
            throw cause;
        const why = cause instanceof Error ? redact(cause.message) : 'network error';
        throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url} failed: ${why}: check ${constants/* GITLAB_HOST_ENV */.rv} and the network`, { cause });
    }
    if ((0,http/* isOversized */.sq)(body)) {
        throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url}: the answer is larger than a CI/CD variable can be: check ${constants/* GITLAB_HOST_ENV */.rv} points at GitLab`);
    }
    if (status === 200) {
        // The body holds the secret: never put any of it into a message.
        const value = parseValue(body);
        if (value === undefined) {
            throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GET ${url}: 200 but the response has no string "value": check ${constants/* GITLAB_HOST_ENV */.rv} points at GitLab`);
        }
        return value;
    }
    const message = redact(gitLabMessage(body)).slice(0, 200);
    const at = `GET ${url}: ${status}${message ? ` ${message}` : ''}`;
    if (status === 404) {
        const hint = /project not found/i.test(message)
            ? `project ${JSON.stringify(project)} not found, or ${constants/* GITLAB_TOKEN_ENV */.iK} cannot see it: check the ref and ${constants/* GITLAB_HOST_ENV */.rv}`
            : `project variable ${variable} not found: create the key with cosign generate-key-pair ${source}`;
        throw new errors/* KeyError */.e('KEY_NOT_FOUND', `${source}: ${hint} (${at})`);
    }
    if (status === 401) {
        throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: GitLab rejected ${constants/* GITLAB_TOKEN_ENV */.iK} (${at}): it is invalid or expired`);
    }
    if (status === 403) {
        throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: ${constants/* GITLAB_TOKEN_ENV */.iK} may not read CI/CD variables (${at}): it needs the api scope and the Maintainer role`);
    }
    throw new errors/* KeyError */.e('KEY_GITLAB_REQUEST_FAILED', `${source}: ${at}`);
}
function parseValue(body) {
    try {
        const json = JSON.parse(body);
        if (typeof json === 'object' &&
            json !== null &&
            typeof json.value === 'string') {
            return json.value;
        }
    }
    catch {
        // fall through: not JSON
    }
    return undefined;
}
/** GitLab error bodies are {"message": "..."} (or {"error": "..."}); anything else is shown trimmed. */
function gitLabMessage(body) {
    try {
        const json = JSON.parse(body);
        const m = json.message ?? json.error;
        if (typeof m === 'string')
            return m;
        if (m !== undefined)
            return JSON.stringify(m);
    }
    catch {
        // not JSON
    }
    return body.replace(/\s+/g, ' ').trim();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(46382);
;// CONCATENATED MODULE: ./src/sign/keys/encrypted.ts
// The password envelope inside a cosign private key: go-securesystemslib's `encrypted` package, which
// cosign calls for every key it writes (sigstore/cosign pkg/cosign/keys.go; secure-systems-lab/
// go-securesystemslib encrypted/encrypted.go). The envelope is the compact JSON Go's json.Marshal makes
// of
//   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<std b64>"},
//    "cipher":{"name":"nacl/secretbox","nonce":"<std b64>"},"ciphertext":"<std b64>"}
// with fields in that order, standard padded base64 for the byte fields (Go's []byte encoding), a
// 32-byte random salt, a 24-byte random nonce, the 32-byte key from scrypt(password, salt, N, r, p),
// and ciphertext = nacl secretbox Seal = Poly1305 tag (16 bytes) followed by XSalsa20 ciphertext.
//
// scrypt comes from node:crypto. nacl/secretbox (XSalsa20-Poly1305) is not in node:crypto, and we do not
// write our own cipher: it comes from @noble/ciphers, an audited (Cure53), dependency-free, maintained
// TypeScript implementation whose `xsalsa20poly1305` is byte-compatible with NaCl/libsodium secretbox.
// tweetnacl would do too but has been unmaintained since 2020 and ships CommonJS only.




/** Encrypts `plaintext` under `password` into the envelope's JSON bytes, as go-securesystemslib Encrypt. */
async function encrypted_sealEnvelope(plaintext, password, opts = {}) {
    const random = opts.randomBytes ?? nodeRandomBytes;
    const params = { N: opts.N ?? SCRYPT_DEFAULT.N, r: SCRYPT_DEFAULT.r, p: SCRYPT_DEFAULT.p };
    if (!SCRYPT_ACCEPTED_N.includes(params.N)) {
        throw new KeyError('KEY_UNSUPPORTED_KDF', `scrypt N=${params.N} is not one cosign reads: use 32768, 65536 or 131072`);
    }
    const salt = Buffer.from(random(SCRYPT_SALT_BYTES));
    const nonce = Buffer.from(random(SECRETBOX_NONCE_BYTES));
    const key = await deriveKey(password, salt, params.N);
    const ciphertext = Buffer.from(xsalsa20poly1305(key, nonce).encrypt(plaintext));
    key.fill(0);
    // Key order matters to byte-identical output: it is the Go struct field order.
    const json = {
        kdf: {
            name: KDF_SCRYPT,
            params: { N: params.N, r: params.r, p: params.p },
            salt: salt.toString('base64'),
        },
        cipher: { name: CIPHER_NACL_SECRETBOX, nonce: nonce.toString('base64') },
        ciphertext: ciphertext.toString('base64'),
    };
    return Buffer.from(JSON.stringify(json), 'utf8');
}
/**
 * Decrypts the envelope JSON `data` with `password`, as go-securesystemslib Decrypt: checks the KDF and
 * cipher names, accepts only the three scrypt parameter sets it writes, then opens the secretbox.
 * `source` names the key (as the user typed its ref) in error messages.
 */
async function openEnvelope(data, password, source) {
    const env = parseEnvelope(data, source);
    const key = await deriveKey(password, env.kdf.salt, env.kdf.params.N);
    try {
        return Buffer.from((0,salsa/* xsalsa20poly1305 */.uT)(key, env.cipher.nonce).decrypt(env.ciphertext));
    }
    catch (cause) {
        // Poly1305 cannot tell a wrong password from damaged bytes; the password is by far the likelier.
        throw new errors/* KeyError */.e('KEY_WRONG_PASSWORD', `wrong password for ${source}: decryption failed (check ${constants/* PASSWORD_ENV */.Km}; if it is right, the key file is damaged)`, { cause });
    }
    finally {
        key.fill(0);
    }
}
/** Parses and checks the envelope JSON without decrypting it. */
function parseEnvelope(data, source) {
    const bad = (what) => new errors/* KeyError */.e('KEY_INVALID_JSON', `${source}: encrypted key ${what}: the key file is damaged or not a cosign key`);
    let json;
    try {
        json = JSON.parse(Buffer.from(data).toString('utf8'));
    }
    catch (cause) {
        throw new errors/* KeyError */.e('KEY_INVALID_JSON', `${source}: encrypted key is not JSON: the key file is damaged or not a cosign key`, {
            cause,
        });
    }
    if (!isObject(json))
        throw bad('is not a JSON object');
    const { kdf, cipher, ciphertext } = json;
    if (!isObject(kdf))
        throw bad('has no "kdf" object');
    if (!isObject(cipher))
        throw bad('has no "cipher" object');
    if (kdf.name !== constants/* KDF_SCRYPT */.S9) {
        throw new errors/* KeyError */.e('KEY_UNSUPPORTED_KDF', `${source}: unknown kdf ${JSON.stringify(kdf.name)}, expected "${constants/* KDF_SCRYPT */.S9}": regenerate the key with cosign generate-key-pair`);
    }
    if (cipher.name !== constants/* CIPHER_NACL_SECRETBOX */.Nb) {
        throw new errors/* KeyError */.e('KEY_UNSUPPORTED_CIPHER', `${source}: unknown cipher ${JSON.stringify(cipher.name)}, expected "${constants/* CIPHER_NACL_SECRETBOX */.Nb}": regenerate the key with cosign generate-key-pair`);
    }
    const params = kdf.params;
    if (!isObject(params))
        throw bad('has no "kdf.params" object');
    const { N, r, p } = params;
    if (!constants/* SCRYPT_ACCEPTED_N */.Lk.includes(N) || r !== 8 || p !== 1) {
        throw new errors/* KeyError */.e('KEY_UNSUPPORTED_KDF', `${source}: scrypt parameters N=${String(N)}, r=${String(r)}, p=${String(p)} are not ones cosign writes ` +
            `(N 32768, 65536 or 131072 with r=8, p=1): regenerate the key with cosign generate-key-pair`);
    }
    const salt = decodeBase64Field(kdf.salt, 'kdf.salt', bad);
    const nonce = decodeBase64Field(cipher.nonce, 'cipher.nonce', bad);
    if (nonce.length !== constants/* SECRETBOX_NONCE_BYTES */.w4) {
        throw bad(`has a ${nonce.length}-byte cipher.nonce, expected ${constants/* SECRETBOX_NONCE_BYTES */.w4}`);
    }
    const box = decodeBase64Field(ciphertext, 'ciphertext', bad);
    if (box.length < constants/* SECRETBOX_TAG_BYTES */.JK) {
        throw bad(`ciphertext is ${box.length} bytes, shorter than the ${constants/* SECRETBOX_TAG_BYTES */.JK}-byte tag`);
    }
    return {
        kdf: { name: constants/* KDF_SCRYPT */.S9, params: { N: N, r: 8, p: 1 }, salt },
        cipher: { name: constants/* CIPHER_NACL_SECRETBOX */.Nb, nonce },
        ciphertext: box,
    };
}
/** scrypt(password, salt, N, r=8, p=1) → 32-byte secretbox key, off the main thread (node's libuv pool). */
function deriveKey(password, salt, N) {
    const pw = typeof password === 'string' ? Buffer.from(password, 'utf8') : password;
    // node:crypto refuses to use more than 32 MiB by default; scrypt needs about 128·N·r bytes
    // (64 MiB at N=65536, 128 MiB at N=131072), so raise the cap to twice that.
    const options = {
        N,
        r: constants/* SCRYPT_DEFAULT */.Uh.r,
        p: constants/* SCRYPT_DEFAULT */.Uh.p,
        maxmem: 256 * N * constants/* SCRYPT_DEFAULT */.Uh.r,
    };
    return new Promise((resolve, reject) => {
        (0,external_node_crypto_.scrypt)(pw, salt, constants/* SECRETBOX_KEY_BYTES */.ko, options, (err, key) => (err ? reject(err) : resolve(key)));
    });
}
const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Decodes a Go []byte JSON field: standard, padded base64 (Go ignores CR and LF inside it). */
function decodeBase64Field(value, field, bad) {
    if (typeof value !== 'string')
        throw bad(`has no "${field}" string`);
    const text = value.replace(/[\r\n]/g, '');
    if (!STD_BASE64.test(text))
        throw bad(`field "${field}" is not standard base64`);
    return Buffer.from(text, 'base64');
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./src/sign/pem.ts
var sign_pem = __webpack_require__(30623);
// EXTERNAL MODULE: ./src/sign/keys/signature.ts
var signature = __webpack_require__(63664);
;// CONCATENATED MODULE: ./src/sign/keys/private-key.ts
// cosign's encrypted private key file: a PEM block whose bytes are the password envelope (encrypted.ts)
// around PKCS#8 DER. cosign ≥ 2.0.1 labels it ENCRYPTED SIGSTORE PRIVATE KEY, older cosign ENCRYPTED
// COSIGN PRIVATE KEY; cosign reads both and so does Signet (sigstore/cosign pkg/cosign/keys.go
// LoadPrivateKey). Signet writes the SIGSTORE label, as cosign does for every key it generates or imports.






const UNENCRYPTED_TYPES = new Set(['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY']);
/** Encrypts PKCS#8 DER `pkcs8Der` under `password` into cosign's PEM private key text. */
async function private_key_encryptPrivateKey(pkcs8Der, password, opts = {}) {
    const envelope = await sealEnvelope(pkcs8Der, password, opts);
    return encodePem(opts.pemType ?? SIGSTORE_PRIVATE_KEY_PEM_TYPE, envelope);
}
/**
 * Decrypts cosign private key PEM text with `password` and loads the key. `password` undefined means
 * the user set none (cosign would prompt; Signet runs unattended and says to set COSIGN_PASSWORD); the
 * empty string is a valid password. `source` is the key ref as the user typed it, for messages.
 */
async function decryptPrivateKey(pem, password, source = 'the private key') {
    const block = (0,sign_pem/* decodePem */.xr)(pem, source);
    if (block.type !== constants/* SIGSTORE_PRIVATE_KEY_PEM_TYPE */.Dk && block.type !== constants/* COSIGN_PRIVATE_KEY_PEM_TYPE */.mO) {
        throw new errors/* KeyError */.e('KEY_INVALID_PEM', `${source}: ${wrongTypeHint(block.type, source)}`);
    }
    if (password === undefined) {
        throw new errors/* KeyError */.e('KEY_PASSWORD_MISSING', `${source} is encrypted but ${constants/* PASSWORD_ENV */.Km} is not set: set it to the key's password (an empty value is allowed)`);
    }
    const der = await openEnvelope(block.bytes, password, source);
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    }
    catch (cause) {
        throw new errors/* KeyError */.e('KEY_INVALID_KEY', `${source}: decrypted bytes are not a PKCS#8 private key: the key file is damaged`, {
            cause,
        });
    }
    finally {
        der.fill(0);
    }
    (0,signature/* signingAlgorithmOf */.I3)(key, source); // refuse now, not at signing time, a key cosign would not sign with
    return key;
}
function wrongTypeHint(type, source) {
    const expected = `expected "${constants/* SIGSTORE_PRIVATE_KEY_PEM_TYPE */.Dk}" or "${constants/* COSIGN_PRIVATE_KEY_PEM_TYPE */.mO}"`;
    if (UNENCRYPTED_TYPES.has(type)) {
        return `PEM block "${type}" is an unencrypted key, ${expected}: convert it with cosign import-key-pair --key ${source}`;
    }
    if (type === constants/* PUBLIC_KEY_PEM_TYPE */.Uo) {
        return `PEM block "${type}" is a public key, ${expected}: signing needs the private key (cosign.key)`;
    }
    return `unsupported PEM block "${type}", ${expected}: use a key from cosign generate-key-pair`;
}

// EXTERNAL MODULE: ./src/sign/keys/public-key.ts
var public_key = __webpack_require__(93667);
;// CONCATENATED MODULE: ./src/sign/keys/key-pair.ts
// `cosign generate-key-pair` without the files: a fresh ECDSA P-256 key, its PKCS#8 DER encrypted as
// cosign does (scrypt N=65536, nacl/secretbox, PEM ENCRYPTED SIGSTORE PRIVATE KEY), and its PEM public
// key. The CLI writes them as KEY_FILES says (cosign.key 0600, cosign.pub 0644).



/** Generates an ECDSA P-256 key pair encrypted under `password` ('' is a valid, empty password). */
async function generateKeyPair(password, opts = {}) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const der = privateKey.export({ type: 'pkcs8', format: 'der' });
    try {
        return {
            privateKeyPem: await encryptPrivateKey(der, password, opts),
            publicKeyPem: publicKeyPem(privateKey),
        };
    }
    finally {
        der.fill(0);
    }
}

// EXTERNAL MODULE: ./src/sign/kms/kms-ref.ts
var kms_ref = __webpack_require__(97790);
// EXTERNAL MODULE: ./src/sign/kms/pkcs11-ref.ts
var pkcs11_ref = __webpack_require__(39666);
;// CONCATENATED MODULE: ./src/sign/keys/key-ref.ts
// Key refs, as cosign's --key takes them (sigstore/cosign pkg/signature/keys.go, pkg/blob/load.go):
// `env://VAR` (the PEM is the value of VAR), `gitlab://PROJECT` (the project's COSIGN_* CI/CD variables,
// by numeric ID or GROUP/…/PROJECT path), `k8s://NAMESPACE/SECRET` (a Kubernetes secret holding
// cosign.key, cosign.pub and cosign.password), a KMS key URI (hashivault://, openbao://, awskms://,
// gcpkms://, azurekms://; see ../kms/kms-ref.ts), a PKCS#11 URI (pkcs11:…; ../kms/pkcs11-ref.ts), or a file path. Parsing is pure; resolve-key-ref.ts
// and ../kms fetch.



const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GITLAB_ID = /^[1-9][0-9]*$/;
const GITLAB_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const FIX = 'use a key file path, env://VAR, gitlab://GROUP/PROJECT, k8s://NAMESPACE/SECRET, a KMS URI (hashivault://, awskms://, gcpkms://, azurekms://) or pkcs11:…';
// Kubernetes DNS-1123 names: a namespace is a label, a secret name a subdomain.
const K8S_NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const K8S_NAME = /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/;
/** Parses the --key / `key` input as typed; throws KEY_INVALID_REF naming what is wrong and the fix. */
function parseKeyRef(input) {
    const invalid = (why) => new errors/* KeyError */.e('KEY_INVALID_REF', `key ref ${JSON.stringify(input)} ${why}`);
    if (input.trim() === '')
        throw new errors/* KeyError */.e('KEY_INVALID_REF', `key ref is empty: ${FIX}`);
    if (input !== input.trim())
        throw invalid('has leading or trailing spaces: remove them');
    const scheme = SCHEME.exec(input)?.[1];
    if (scheme === undefined) {
        if ((0,pkcs11_ref/* isPkcs11Uri */.Sd)(input)) {
            try {
                return { kind: 'kms', kms: (0,pkcs11_ref/* parsePkcs11Ref */.GL)(input) };
            }
            catch (err) {
                throw new errors/* KeyError */.e('KEY_INVALID_REF', `key ref ${err.message}`, { cause: err });
            }
        }
        return { kind: 'file', path: input };
    }
    const rest = input.slice(scheme.length + 3);
    if ((0,kms_ref/* isKmsUri */.cp)(input)) {
        try {
            return { kind: 'kms', kms: (0,kms_ref/* parseKmsRef */.Ii)(input) };
        }
        catch (err) {
            // One code for every malformed --key, whatever its scheme.
            throw new errors/* KeyError */.e('KEY_INVALID_REF', `key ref ${err.message}`, { cause: err });
        }
    }
    switch (scheme) {
        case 'k8s': {
            const [namespace, name, ...more] = rest.split('/');
            if (more.length > 0 || !namespace || !name || !K8S_NAMESPACE.test(namespace) || !K8S_NAME.test(name)) {
                throw invalid('is not a Kubernetes secret: use k8s://NAMESPACE/SECRET_NAME (lowercase DNS names, one slash)');
            }
            return { kind: 'k8s', namespace, name };
        }
        case 'env':
            if (rest === '')
                throw invalid('names no variable: use env://VAR_NAME');
            if (!ENV_NAME.test(rest)) {
                throw invalid(`names ${JSON.stringify(rest)}, not an environment variable name: use letters, digits and _, not starting with a digit`);
            }
            return { kind: 'env', variable: rest };
        case 'gitlab': {
            if (rest === '')
                throw invalid('names no project: use gitlab://GROUP/PROJECT or gitlab://PROJECT_ID');
            if (GITLAB_ID.test(rest))
                return { kind: 'gitlab', project: rest };
            const segments = rest.split('/');
            if (segments.some((s) => !GITLAB_SEGMENT.test(s))) {
                throw invalid('is not a GitLab project: use gitlab://GROUP/PROJECT (letters, digits, _, - and . between single slashes) or gitlab://PROJECT_ID');
            }
            if (segments.length < 2) {
                throw invalid('names a bare namespace, not a project: use gitlab://GROUP/PROJECT or gitlab://PROJECT_ID');
            }
            return { kind: 'gitlab', project: rest };
        }
        default:
            throw invalid(`uses scheme "${scheme}://", which Signet does not read: ${FIX}`);
    }
}
/** The ref as the user would type it, for messages. */
function formatKeyRef(ref) {
    switch (ref.kind) {
        case 'file':
            return ref.path;
        case 'env':
            return `env://${ref.variable}`;
        case 'gitlab':
            return `gitlab://${ref.project}`;
        case 'k8s':
            return `k8s://${ref.namespace}/${ref.name}`;
        case 'kms':
            return ref.kms.uri;
    }
}

// EXTERNAL MODULE: ./src/sign/kms/errors.ts
var kms_errors = __webpack_require__(45640);
// EXTERNAL MODULE: ./src/sign/kms/open-kms-key.ts
var open_kms_key = __webpack_require__(15177);
;// CONCATENATED MODULE: ./src/sign/keys/resolve-key-ref.ts




/** The data keys of cosign's Kubernetes key secret. */
const K8S_SECRET_KEYS = {
    privateKey: 'cosign.key',
    publicKey: 'cosign.pub',
    password: 'cosign.password',
};
/** Fetches the private key text and password that `ref` names. */
async function resolveSigningKey(ref, deps) {
    const source = formatKeyRef(ref);
    if (ref.kind === 'gitlab') {
        const privateKeyPem = await readGitLabVariable(ref.project, constants/* GITLAB_VARIABLES */.Aj.privateKey, source, deps);
        const password = await readGitLabVariable(ref.project, constants/* GITLAB_VARIABLES */.Aj.password, source, deps);
        return { source, privateKeyPem, password };
    }
    if (ref.kind === 'k8s') {
        const data = await readSecret(ref, deps);
        const privateKeyPem = data[K8S_SECRET_KEYS.privateKey];
        if (privateKeyPem === undefined)
            throw missingSecretKey(source, K8S_SECRET_KEYS.privateKey);
        return { source, privateKeyPem, password: data[K8S_SECRET_KEYS.password] ?? '' };
    }
    return { source, privateKeyPem: await readLocal(ref, deps), password: deps.env[constants/* PASSWORD_ENV */.Km] };
}
/** Fetches the public key text that `ref` names. */
async function resolveVerificationKey(ref, deps) {
    const source = formatKeyRef(ref);
    if (ref.kind === 'gitlab') {
        return {
            source,
            publicKeyPem: await readGitLabVariable(ref.project, constants/* GITLAB_VARIABLES */.Aj.publicKey, source, deps),
        };
    }
    if (ref.kind === 'k8s') {
        const publicKeyPem = (await readSecret(ref, deps))[K8S_SECRET_KEYS.publicKey];
        if (publicKeyPem === undefined)
            throw missingSecretKey(source, K8S_SECRET_KEYS.publicKey);
        return { source, publicKeyPem };
    }
    return { source, publicKeyPem: await readLocal(ref, deps) };
}
function resolveKeyRef(ref, purpose, deps) {
    return purpose === 'sign' ? resolveSigningKey(ref, deps) : resolveVerificationKey(ref, deps);
}
async function readSecret(ref, deps) {
    const source = formatKeyRef(ref);
    if (!deps.readKubernetesSecret) {
        throw new errors/* KeyError */.e('KEY_READ_FAILED', `${source}: no Kubernetes cluster is configured: set KUBECONFIG`);
    }
    const data = await deps.readKubernetesSecret(ref.namespace, ref.name);
    if (data === undefined) {
        throw new errors/* KeyError */.e('KEY_NOT_FOUND', `${source}: no secret ${ref.name} in namespace ${ref.namespace}: create it with signet generate-key-pair ${source}`);
    }
    return data;
}
function missingSecretKey(source, key) {
    return new errors/* KeyError */.e('KEY_NOT_FOUND', `${source}: the secret has no ${key}: store cosign's key pair in it (signet generate-key-pair ${source})`);
}
async function readLocal(ref, deps) {
    if (ref.kind === 'kms' || ref.kind === 'k8s' || ref.kind === 'gitlab') {
        throw new errors/* KeyError */.e('KEY_INVALID_REF', `${formatKeyRef(ref)} holds no key text to read`);
    }
    if (ref.kind === 'env') {
        const value = deps.env[ref.variable];
        if (value === undefined) {
            throw new errors/* KeyError */.e('KEY_NOT_FOUND', `env://${ref.variable}: $${ref.variable} is not set: put the key's PEM text in it`);
        }
        return value;
    }
    try {
        const data = await deps.readFile(ref.path);
        return typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    }
    catch (cause) {
        const code = cause?.code;
        if (code === 'ENOENT') {
            throw new errors/* KeyError */.e('KEY_NOT_FOUND', `key file ${ref.path} not found: check the path (relative to the working directory)`, {
                cause,
            });
        }
        const why = code === 'EACCES'
            ? 'permission denied'
            : code === 'EISDIR'
                ? 'it is a directory'
                : String(code ?? cause);
        throw new errors/* KeyError */.e('KEY_READ_FAILED', `cannot read key file ${ref.path}: ${why}`, { cause });
    }
}

;// CONCATENATED MODULE: ./src/sign/keys/load-key.ts







/** Resolves `ref` and decrypts the private key it names with the password that comes with it. */
async function loadSigningKey(ref, deps) {
    if (ref.kind === 'kms') {
        throw new errors/* KeyError */.e('KEY_INVALID_REF', `${ref.kms.uri}: a KMS key never leaves the KMS: sign through loadSigner (src/sign/load-signer.ts)`);
    }
    const resolved = await resolveSigningKey(ref, deps);
    const privateKey = await decryptPrivateKey(resolved.privateKeyPem, resolved.password, resolved.source);
    return {
        source: resolved.source,
        privateKey,
        publicKeyPem: (0,public_key/* publicKeyPem */.r)(privateKey),
        algorithm: (0,signature/* signingAlgorithmOf */.I3)(privateKey, resolved.source),
    };
}
/** Resolves `ref` and loads the public key it names. */
async function loadVerificationKey(ref, deps) {
    if (ref.kind === 'kms')
        return (await (0,open_kms_key/* openKmsKey */.T)(ref.kms, kmsDeps(ref.kms.uri, deps))).publicKey();
    const resolved = await resolveVerificationKey(ref, deps);
    const key = (0,public_key/* parsePublicKey */.e)(resolved.publicKeyPem, resolved.source);
    (0,signature/* signingAlgorithmOf */.I3)(key, resolved.source);
    return key;
}
/** The KMS deps inside the key-ref deps; a caller that wires no KMS fetch cannot use KMS refs. */
function kmsDeps(uri, deps) {
    if (!deps.kmsFetch)
        throw new kms_errors/* KmsError */.M('KMS_CONFIG', `${uri}: KMS keys are not available here`);
    return { env: deps.env, fetch: deps.kmsFetch, readFile: deps.readFile };
}

;// CONCATENATED MODULE: ./src/sign/keys/index.ts
// cosign key files for Signet: read and write cosign's encrypted private keys and PEM public keys,
// resolve --key refs (file, env://, gitlab://) through injected I/O, and sign/verify as cosign does.
// Pure apart from node:crypto; files, environment and network come in from src/ci.












/***/ }),

/***/ 93667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parsePublicKey),
/* harmony export */   r: () => (/* binding */ publicKeyPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14839);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12251);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30623);
// cosign's public key file: PEM "PUBLIC KEY" around PKIX SubjectPublicKeyInfo DER, as sigstore's
// cryptoutils.MarshalPublicKeyToPEM writes it and `cosign public-key` prints it.




/** The cosign.pub text of `key` (a private key gives its public half), byte-identical to cosign's. */
function publicKeyPem(key) {
    const pub = key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    return (0,_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .encodePem */ .TS)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_KEY_PEM_TYPE */ .Uo, pub.export({ type: 'spki', format: 'der' }));
}
/** Loads PEM "PUBLIC KEY" text; `source` names it (the key ref as typed) in messages. */
function parsePublicKey(pem, source = 'the public key') {
    const block = (0,_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .decodePem */ .xr)(pem, source);
    if (block.type !== _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_KEY_PEM_TYPE */ .Uo) {
        const hint = block.type.includes('PRIVATE KEY')
            ? 'it is a private key: give the public key (cosign.pub, or cosign public-key --key …)'
            : 'use the cosign.pub written by cosign generate-key-pair';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .e('KEY_INVALID_PEM', `${source}: PEM block "${block.type}", expected "${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_KEY_PEM_TYPE */ .Uo}": ${hint}`);
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: block.bytes, format: 'der', type: 'spki' });
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyError */ .e('KEY_INVALID_KEY', `${source}: PEM "${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PUBLIC_KEY_PEM_TYPE */ .Uo}" does not hold a valid PKIX public key`, {
            cause,
        });
    }
}


/***/ }),

/***/ 63664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ signWithKey),
/* harmony export */   I3: () => (/* binding */ signingAlgorithmOf),
/* harmony export */   YQ: () => (/* binding */ verifyWithKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12251);
/* harmony import */ var _public_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93667);
// Raw signatures with a cosign key, as cosign makes them: the algorithm follows from the key, as in
// sigstore's GetDefaultPublicKeyDetails (sigstore/sigstore pkg/signature/algorithm_registry.go): ECDSA
// P-256/P-384/P-521 with SHA-256/384/512 and an ASN.1 DER signature; RSA 2048/3072/4096 PKCS#1 v1.5 with
// SHA-256; Ed25519 over the message itself. (cosign 3.1.3 sign-blob signs with pure Ed25519 in both
// bundle formats: test/fixtures/keys/cosign-import-ed.payload.sig verifies as pure Ed25519.)



const EC_ALGORITHMS = {
    prime256v1: { name: 'PKIX_ECDSA_P256_SHA_256', hash: 'sha256' },
    secp384r1: { name: 'PKIX_ECDSA_P384_SHA_384', hash: 'sha384' },
    secp521r1: { name: 'PKIX_ECDSA_P521_SHA_512', hash: 'sha512' },
};
const RSA_ALGORITHMS = {
    2048: { name: 'PKIX_RSA_PKCS1V15_2048_SHA256', hash: 'sha256' },
    3072: { name: 'PKIX_RSA_PKCS1V15_3072_SHA256', hash: 'sha256' },
    4096: { name: 'PKIX_RSA_PKCS1V15_4096_SHA256', hash: 'sha256' },
};
/** The algorithm cosign signs and verifies with for `key` (private or public); throws for other keys. */
function signingAlgorithmOf(key, source = 'the key') {
    const type = key.asymmetricKeyType;
    const details = key.asymmetricKeyDetails ?? {};
    let found;
    let what = type ?? 'unknown';
    if (type === 'ec') {
        found = EC_ALGORITHMS[details.namedCurve ?? ''];
        what = `ECDSA ${details.namedCurve ?? 'unknown curve'}`;
    }
    else if (type === 'rsa') {
        found = RSA_ALGORITHMS[details.modulusLength ?? 0];
        what = `RSA ${details.modulusLength ?? '?'}-bit`;
    }
    else if (type === 'ed25519') {
        found = { name: 'PKIX_ED25519', hash: null };
    }
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyError */ .e('KEY_UNSUPPORTED_ALGORITHM', `${source}: ${what} keys are not ones cosign signs with: use ECDSA P-256 (cosign generate-key-pair), ` +
            `P-384, P-521, RSA 2048/3072/4096 or Ed25519`);
    }
    return found;
}
/** Signs `data` with `key` as cosign does; for ECDSA the result is an ASN.1 DER signature. */
function signWithKey(key, data) {
    const alg = signingAlgorithmOf(key);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(alg.hash, data, { key, dsaEncoding: 'der', padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING });
}
/**
 * Whether `signature` is a valid cosign signature of `data` under `publicKey`, a KeyObject or PEM text
 * ("PUBLIC KEY", as in cosign.pub). Throws only if the key itself is unusable.
 */
function verifyWithKey(publicKey, data, signature) {
    const key = typeof publicKey === 'string' ? (0,_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePublicKey */ .e)(publicKey) : publicKey;
    const alg = signingAlgorithmOf(key, 'the public key');
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(alg.hash, data, { key, dsaEncoding: 'der', padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, signature);
    }
    catch {
        return false; // node throws on some malformed signatures; for a caller that is just "not valid"
    }
}


/***/ }),

/***/ 45640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ KmsError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of KMS-held keys (cosign's key URIs). Messages are one line, start with the key URI as the
// user typed it, say what is wrong and how to fix it, and never contain a token, a credential or key
// material: response bodies are reduced to the provider's own error code or message, capped.

/** A failure reading, using or creating a key held in a KMS. */
class KmsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 44527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fC: () => (/* binding */ kmsRequest),
/* harmony export */   fs: () => (/* binding */ providerMessage),
/* harmony export */   "if": () => (/* binding */ bearerKmsRequest),
/* harmony export */   sq: () => (/* binding */ isOversized),
/* harmony export */   tn: () => (/* binding */ redactedOrigin),
/* harmony export */   w$: () => (/* binding */ sendRequest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45640);
// The HTTP calls of the hand-written KMS clients (Vault transit, GCP KMS, Azure Key Vault and their
// token endpoints) and of the GitLab variable reader (keys/gitlab-variables.ts): one request through an
// injected fetch, with a timeout, a cap on what a server can make Signet read, redirects followed only
// within the origin asked (credentials go nowhere else), and, for the KMS clients, failures turned into
// one-line KmsErrors naming the key URI (for GCP's and Azure's bearer-token calls, refusals too). Tokens go only into the request headers or body given here,
// never into a message.

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TIMEOUT_MS = 30_000;
const MAX_BODY = 1024 * 1024;
/**
 * Sends `req` through `fetch` with the timeout, follows redirects as `redirects` allows (none by
 * default: a 3xx is returned as it is), and reads the body. Rejects with fetch's own error when no
 * answer comes, or with the policy's errors; the caller words those for its service.
 */
async function sendRequest(fetch, req, redirects) {
    const origin = new URL(req.url).origin;
    let current = req.url;
    for (let hops = 0;; hops++) {
        const res = await fetch(current, {
            method: req.method,
            headers: req.headers,
            ...(req.body !== undefined && { body: req.body }),
            redirect: 'manual',
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        const location = redirects && REDIRECTS.has(res.status) ? res.headers?.get('location') : null;
        if (!redirects || location === null || location === undefined) {
            return { status: res.status, text: await res.text() };
        }
        const next = new URL(location, current);
        if (next.origin !== origin)
            throw redirects.crossOrigin(next, origin);
        if (hops >= redirects.max)
            throw redirects.tooMany();
        current = next.href;
    }
}
/** Whether a response body is past the cap on what a server can make Signet read. */
function isOversized(text) {
    return text.length > MAX_BODY;
}
/** Sends `req`; rejects with KMS_UNREACHABLE (naming `uri` and `service`) when no answer comes. */
async function kmsRequest(fetch, uri, service, req) {
    const headers = { accept: 'application/json', ...req.headers };
    let body;
    if (req.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(req.json);
    }
    else if (req.form !== undefined) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(req.form).toString();
    }
    const where = redactedOrigin(req.url);
    let text;
    let status;
    try {
        ({ status, text } = await sendRequest(fetch, {
            method: req.method,
            url: req.url,
            headers,
            ...(body !== undefined && { body }),
        }));
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_UNREACHABLE', `${uri}: cannot reach ${service} at ${where}: ${networkReason(cause)}; check the address and that it is up`, { cause });
    }
    if (isOversized(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${uri}: ${service} at ${where} answered with more than ${MAX_BODY} bytes: check the address`);
    }
    let parsed;
    try {
        parsed = text === '' ? undefined : JSON.parse(text);
    }
    catch {
        parsed = undefined;
    }
    return { status, body: parsed };
}
/**
 * Sends `req` with `token` as its bearer credential and returns a 2xx reply; any other status becomes a
 * KmsError: KMS_DENIED (401, 403), KMS_KEY_NOT_FOUND (404), `refusals.other`'s, else KMS_REQUEST_FAILED.
 */
async function bearerKmsRequest(fetch, uri, service, token, req, refusals) {
    const reply = await kmsRequest(fetch, uri, service, {
        ...req,
        headers: { authorization: `Bearer ${token}` },
    });
    if (reply.status >= 200 && reply.status < 300)
        return reply;
    const said = providerMessage(reply.body);
    const detail = said ? ` (${said})` : '';
    if (reply.status === 401 || reply.status === 403) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_DENIED', `${uri}: ${refusals.name} denied the request${detail}: ${refusals.denied}`);
    }
    if (reply.status === 404) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_KEY_NOT_FOUND', `${uri}: no such key or version${refusals.notFoundIn}${detail}: check the URI`);
    }
    const other = refusals.other?.(reply.status, said, detail);
    if (other)
        throw other;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_REQUEST_FAILED', `${uri}: ${refusals.name} answered ${reply.status}${detail}`);
}
/** scheme://host[:port] of `url`, without userinfo, path or query. */
function redactedOrigin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return 'an invalid URL';
    }
}
/** Why a fetch failed, from undici's cause codes (ECONNREFUSED, ENOTFOUND, certificate errors). */
function networkReason(cause) {
    const inner = cause?.cause;
    const code = inner?.code ?? cause?.code;
    if (cause?.name === 'TimeoutError')
        return `no answer in ${TIMEOUT_MS / 1000} s`;
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'host not found';
    if (code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
        return `TLS certificate not trusted (${code}): add its CA with NODE_EXTRA_CA_CERTS`;
    }
    return code ?? inner?.message?.split('\n')[0]?.slice(0, 100) ?? 'request failed';
}
/** The provider's own error text from a JSON error body (Vault, Google, Azure shapes), one line, capped. */
function providerMessage(body) {
    const b = body;
    let msg;
    if (Array.isArray(b?.errors))
        msg = b.errors.filter((e) => typeof e === 'string').join('; ');
    else if (typeof b?.error === 'string')
        msg = b.error;
    else if (b?.error && typeof b.error === 'object')
        msg = b.error.message ?? b.error.status ?? b.error.code;
    if (typeof msg !== 'string' || msg === '')
        return undefined;
    const line = msg.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}


/***/ }),

/***/ 97790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ parseKmsRef),
/* harmony export */   cp: () => (/* binding */ isKmsUri),
/* harmony export */   dY: () => (/* binding */ KMS_SCHEMES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45640);
// cosign's KMS key URIs, parsed with the syntax of sigstore/sigstore's providers
// (pkg/signature/kms/{hashivault,aws,gcp,azure}/client.go), so a URI cosign takes Signet takes, and one
// cosign refuses Signet refuses:
//   hashivault://KEY (also openbao://KEY)          KEY: \w([\w.-]*\w)?, a transit key name
//   awskms://[ENDPOINT]/KEY_ID | ARN | alias/NAME  awskms:///alias/release, awskms://localhost:4566/…
//   gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/N]
//   azurekms://VAULT.vault.azure.net/KEY[/VERSION]
// Parsing is pure; the providers (hashivault.ts, awskms.ts, gcpkms.ts, azurekms.ts) do the I/O.

/** The schemes cosign reads as KMS keys. */
const KMS_SCHEMES = ['hashivault', 'openbao', 'awskms', 'gcpkms', 'azurekms'];
const HASHIVAULT = /^(?:hashivault|openbao):\/\/(\w(?:[\w.-]*\w)?)$/;
const UUID = String.raw `m?r?k?-?[A-Fa-f0-9]{8}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{12}`;
const ARN = String.raw `arn:(?:aws|aws-us-gov|aws-cn):kms:([a-z0-9-]+):\d{12}:`;
const AWS_KEY_ID = new RegExp(`^awskms://([^/]*)/(${UUID})$`);
const AWS_KEY_ARN = new RegExp(`^awskms://([^/]*)/(${ARN}key/${UUID})$`);
const AWS_ALIAS = /^awskms:\/\/([^/]*)\/(alias\/[A-Za-z0-9/_-]+)$/;
const AWS_ALIAS_ARN = new RegExp(`^awskms://([^/]*)/(${ARN}(alias/[A-Za-z0-9/_-]+))$`);
const GCP = /^gcpkms:\/\/(projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+)(?:\/(?:cryptoKeyVersions|versions)\/([^/]+))?$/;
const AZURE = /^azurekms:\/\/([^/]+)\/([^/]+)(?:\/([a-z0-9]*))?$/;
// An endpoint is a host with an optional port: no credentials, path, query or spaces.
const ENDPOINT = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
const GCP_SEGMENT = /^[A-Za-z0-9_.-]+$/;
const AZURE_HOST = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::[0-9]{1,5})?$/;
const AZURE_KEY = /^[A-Za-z0-9-]+$/;
/** Whether `input` uses one of cosign's KMS schemes (it may still be malformed). */
function isKmsUri(input) {
    const scheme = /^([a-z]+):\/\//.exec(input)?.[1];
    return scheme !== undefined && KMS_SCHEMES.includes(scheme);
}
/** Parses a KMS key URI; throws KMS_INVALID_REF with the provider's syntax as the fix. */
function parseKmsRef(uri) {
    const scheme = uri.slice(0, uri.indexOf('://'));
    const invalid = (syntax, why = 'is not a valid key URI') => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_INVALID_REF', `${JSON.stringify(uri)} ${why}: use ${syntax}`);
    switch (scheme) {
        case 'hashivault':
        case 'openbao': {
            const m = HASHIVAULT.exec(uri);
            if (!m) {
                throw invalid(`${scheme}://KEY_NAME (a transit key name: letters, digits, _, - and ., not starting or ending with - or .)`);
            }
            return { provider: 'hashivault', uri, key: m[1] };
        }
        case 'awskms': {
            const syntax = 'awskms:///KEY_ID, awskms:///alias/NAME, awskms:///arn:aws:kms:REGION:ACCOUNT:key/KEY_ID or awskms://HOST:PORT/… for another endpoint';
            for (const re of [AWS_KEY_ID, AWS_KEY_ARN, AWS_ALIAS, AWS_ALIAS_ARN]) {
                const m = re.exec(uri);
                if (!m)
                    continue;
                const endpoint = m[1];
                if (endpoint !== '' && !ENDPOINT.test(endpoint)) {
                    throw invalid(syntax, `names endpoint ${JSON.stringify(endpoint)}, not HOST[:PORT]`);
                }
                const keyId = m[2];
                const region = re === AWS_KEY_ARN || re === AWS_ALIAS_ARN ? m[3] : undefined;
                const alias = re === AWS_ALIAS ? keyId : re === AWS_ALIAS_ARN ? m[4] : undefined;
                return {
                    provider: 'awskms',
                    uri,
                    endpoint,
                    keyId,
                    ...(alias !== undefined && { alias }),
                    ...(region !== undefined && { region }),
                };
            }
            throw invalid(syntax);
        }
        case 'gcpkms': {
            const syntax = 'gcpkms://projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY[/cryptoKeyVersions/N]';
            const m = GCP.exec(uri);
            if (!m)
                throw invalid(syntax);
            const parts = m[1].split('/').filter((_, i) => i % 2 === 1);
            if (parts.some((p) => !GCP_SEGMENT.test(p)) || (m[2] !== undefined && !/^[1-9][0-9]*$/.test(m[2]))) {
                throw invalid(syntax, 'has a name or version GCP KMS does not allow');
            }
            return { provider: 'gcpkms', uri, cryptoKey: m[1], ...(m[2] !== undefined && { version: m[2] }) };
        }
        case 'azurekms': {
            const syntax = 'azurekms://VAULT_NAME.vault.azure.net/KEY_NAME[/VERSION]';
            const m = AZURE.exec(uri);
            if (!m || !AZURE_HOST.test(m[1]) || !AZURE_KEY.test(m[2]))
                throw invalid(syntax);
            return {
                provider: 'azurekms',
                uri,
                vaultHost: m[1],
                key: m[2],
                ...(m[3] && { version: m[3] }),
            };
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_INVALID_REF', `${JSON.stringify(uri)} is not a KMS key URI`);
    }
}


/***/ }),

/***/ 15177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ openKmsKey)
/* harmony export */ });
/** The KmsKey `ref` names; no I/O happens until its publicKey() or sign() is called. */
async function openKmsKey(ref, deps) {
    switch (ref.provider) {
        case 'hashivault':
            return new (await __webpack_require__.e(/* import() */ 66).then(__webpack_require__.bind(__webpack_require__, 91066))).HashiVaultKey(ref, deps);
        case 'awskms':
            return new (await __webpack_require__.e(/* import() */ 417).then(__webpack_require__.bind(__webpack_require__, 19417))).AwsKmsKey(ref, deps);
        case 'gcpkms':
            return new (await __webpack_require__.e(/* import() */ 324).then(__webpack_require__.bind(__webpack_require__, 16324))).GcpKmsKey(ref, deps);
        case 'azurekms':
            return new (await __webpack_require__.e(/* import() */ 943).then(__webpack_require__.bind(__webpack_require__, 6943))).AzureKmsKey(ref, deps);
        case 'pkcs11':
            return new (await __webpack_require__.e(/* import() */ 930).then(__webpack_require__.bind(__webpack_require__, 40930))).Pkcs11Key(ref, deps);
    }
}


/***/ }),

/***/ 39666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GL: () => (/* binding */ parsePkcs11Ref),
/* harmony export */   Sd: () => (/* binding */ isPkcs11Uri)
/* harmony export */ });
/* unused harmony exports PKCS11_SYNTAX, redactPkcs11Uri */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45640);
// PKCS#11 key URIs (RFC 7512) as cosign reads them (sigstore/cosign pkg/cosign/pkcs11key/util.go):
//   pkcs11:token=LABEL;object=KEY_LABEL?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-value=1234
// - the token by `token` (its label) or `slot-id` (a decimal CK_SLOT_ID), at least one; `serial`,
//   `manufacturer` and `model` narrow it further;
// - the key by `object` (CKA_LABEL) or `id` (CKA_ID, percent-encoded bytes), at least one;
// - `module-path` (absolute) or COSIGN_PKCS11_MODULE_PATH; `pin-value` or COSIGN_PKCS11_PIN.
// As in cosign, `;` and `&` both separate attributes and values are percent-decoded (`+` is a space).
// Stricter than cosign, so a typo does not silently pick another key: an attribute RFC 7512 does not
// define is refused, as is one given twice, `pin-source` and `module-name` (say which fix to use).
// Parsing is pure; pkcs11.ts does the I/O. The URI kept for messages has its PIN replaced by `***`.

const SCHEME = /^pkcs11:/i;
// RFC 7512 §2.3 path attributes (library-* and slot-* describe the module and slot; accepted, unused).
const PATH_ATTRS = new Set([
    'token',
    'manufacturer',
    'serial',
    'model',
    'library-manufacturer',
    'library-description',
    'library-version',
    'slot-manufacturer',
    'slot-description',
    'slot-id',
    'object',
    'id',
    'type',
]);
const QUERY_ATTRS = new Set(['module-path', 'pin-value']);
const PKCS11_SYNTAX = 'pkcs11:token=TOKEN_LABEL;object=KEY_LABEL?module-path=/ABSOLUTE/PATH/module.so&pin-value=PIN (or slot-id=N, id=%XX…; COSIGN_PKCS11_MODULE_PATH, COSIGN_PKCS11_PIN)';
/** Whether `input` is a PKCS#11 URI (it may still be malformed). */
function isPkcs11Uri(input) {
    return SCHEME.test(input);
}
/** The URI with the value of any pin-value replaced by `***` (safe to print). */
function redactPkcs11Uri(uri) {
    return uri.replace(/([?&;]pin-value=)[^&;]*/gi, '$1***');
}
/** Parses a pkcs11: URI; throws KMS_INVALID_REF naming the attribute and the syntax. */
function parsePkcs11Ref(input) {
    const uri = redactPkcs11Uri(input);
    const invalid = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KmsError */ .M('KMS_INVALID_REF', `${JSON.stringify(uri)} ${why}: use ${PKCS11_SYNTAX}`);
    if (!SCHEME.test(input))
        throw invalid('is not a pkcs11: URI');
    const body = input.slice('pkcs11:'.length);
    const q = body.indexOf('?');
    const path = q < 0 ? body : body.slice(0, q);
    const query = q < 0 ? '' : body.slice(q + 1);
    const attrs = (part, known, where) => {
        const out = new Map();
        for (const item of part.split(/[;&]/)) {
            if (item === '')
                continue;
            const eq = item.indexOf('=');
            const name = (eq < 0 ? item : item.slice(0, eq)).toLowerCase();
            if (!known.has(name)) {
                if (name === 'pin-source')
                    throw invalid('uses pin-source, which Signet does not read: use pin-value= or COSIGN_PKCS11_PIN');
                if (name === 'module-name')
                    throw invalid('uses module-name: name the module file with module-path=');
                throw invalid(`has ${where} attribute ${JSON.stringify(name)}, which RFC 7512 does not define there`);
            }
            if (out.has(name))
                throw invalid(`gives ${name} twice`);
            const raw = eq < 0 ? '' : item.slice(eq + 1);
            if (/%(?![0-9A-Fa-f]{2})/.test(raw))
                throw invalid(`has a malformed percent-encoding in ${name}`);
            let value;
            try {
                // id= holds bytes (often not UTF-8): kept raw here, decoded byte by byte below.
                value = name === 'id' ? raw : decodeURIComponent(raw.replace(/\+/g, ' '));
            }
            catch {
                throw invalid(`has ${name} that is not percent-encoded UTF-8`);
            }
            out.set(name, value);
        }
        return out;
    };
    const p = attrs(path, PATH_ATTRS, 'path');
    const qa = attrs(query, QUERY_ATTRS, 'query');
    const token = p.get('token') || undefined;
    const slot = p.get('slot-id') || undefined;
    if (token === undefined && slot === undefined)
        throw invalid('names no token: give token= or slot-id=');
    if (slot !== undefined && !/^[0-9]{1,19}$/.test(slot)) {
        throw invalid(`has slot-id ${JSON.stringify(slot)}, not a decimal number`);
    }
    const object = p.get('object') || undefined;
    const idText = p.get('id') || undefined;
    if (object === undefined && idText === undefined)
        throw invalid('names no key: give object= or id=');
    const type = p.get('type');
    if (type !== undefined && type !== 'private' && type !== 'public') {
        throw invalid(`has type=${type}: a signing key is type=private (or leave type out)`);
    }
    const modulePath = qa.get('module-path') || undefined;
    if (modulePath !== undefined && !modulePath.startsWith('/')) {
        throw invalid(`has module-path ${JSON.stringify(modulePath)}, not an absolute path`);
    }
    const pin = qa.get('pin-value') || undefined;
    const opt = (k, v) => (v === undefined ? {} : { [k]: v });
    return {
        provider: 'pkcs11',
        uri,
        ...opt('token', token),
        ...opt('serial', p.get('serial') || undefined),
        ...opt('manufacturer', p.get('manufacturer') || undefined),
        ...opt('model', p.get('model') || undefined),
        ...opt('slotId', slot === undefined ? undefined : Number(slot)),
        ...opt('object', object),
        // cosign takes id's percent-decoded bytes; latin1 keeps each decoded byte as one.
        ...opt('id', idText === undefined ? undefined : percentDecodeBytes(idText)),
        ...opt('modulePath', modulePath),
        ...opt('pin', pin),
    };
}
/** id= as raw bytes: decodeURIComponent refuses %FF and friends, which CKA_IDs often hold. */
function percentDecodeBytes(text) {
    const out = [];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '%') {
            out.push(parseInt(text.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else {
            out.push(...Buffer.from(text[i], 'utf8'));
        }
    }
    return Buffer.from(out);
}


/***/ }),

/***/ 19661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X3: () => (/* binding */ toMaterialAnnotations),
/* harmony export */   vA: () => (/* binding */ toLegacyAnnotations)
/* harmony export */ });
/* unused harmony exports toRekorBundleAnnotation, bundleCertificates */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50844);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30623);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73910);



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

/***/ 30623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TS: () => (/* binding */ encodePem),
/* harmony export */   vj: () => (/* binding */ decodePemBlocks),
/* harmony export */   xr: () => (/* binding */ decodePem)
/* harmony export */ });
/* harmony import */ var _keys_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12251);
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

/***/ 86182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ resolveTargets)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30351);
/* harmony import */ var _build_constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85065);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73910);
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

/***/ 73089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSigningConfig: () => (/* binding */ parseSigningConfig),
/* harmony export */   reachableServices: () => (/* binding */ reachableServices),
/* harmony export */   selectServices: () => (/* binding */ selectServices)
/* harmony export */ });
/* unused harmony export SIGNING_CONFIG_MEDIA_TYPE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73910);
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


/***/ }),

/***/ 83253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseSimpleSigningPayload),
/* harmony export */   b: () => (/* binding */ toSimpleSigningPayload)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50844);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73910);


/** Go's encoding/json escapes <, > and & in strings; JSON.stringify does not. */
function goJSON(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
/** Builds the payload bytes exactly as cosign does. */
function toSimpleSigningPayload(claim) {
    const annotations = claim.annotations && Object.keys(claim.annotations).length > 0 ? claim.annotations : null;
    // Go marshals maps with sorted keys.
    const optional = annotations === null
        ? null
        : Object.fromEntries(Object.keys(annotations)
            .sort()
            .map((k) => [k, annotations[k]]));
    return Buffer.from(goJSON({
        critical: {
            identity: { 'docker-reference': claim.dockerReference },
            image: { 'docker-manifest-digest': claim.digest },
            type: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .SIMPLE_SIGNING_TYPE */ .g7,
        },
        optional,
    }));
}
/** Parses a simple-signing payload; throws on JSON that lacks the critical fields. */
function parseSimpleSigningPayload(bytes) {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    const ref = doc.critical?.identity?.['docker-reference'];
    const digest = doc.critical?.image?.['docker-manifest-digest'];
    const type = doc.critical?.type;
    if (typeof ref !== 'string' || typeof digest !== 'string' || typeof type !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignError */ .u('SIGN_INVALID_STORAGE', 'simple-signing payload lacks critical.identity, critical.image or critical.type');
    }
    const optional = doc.optional && typeof doc.optional === 'object' ? doc.optional : null;
    return { dockerReference: ref, digest, type, optional };
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


/***/ }),

/***/ 50326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vd: () => (/* binding */ probePublicKey),
/* harmony export */   e4: () => (/* binding */ requireTimeWitness),
/* harmony export */   lE: () => (/* binding */ checkTimeWitness),
/* harmony export */   nH: () => (/* binding */ hasTimeWitness)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73910);

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

/***/ 5580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ asSignetError),
/* harmony export */   r: () => (/* binding */ readAttachedLayers)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30351);
/* harmony import */ var _map_limit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89143);
/* harmony import */ var _verify_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69618);
/* harmony import */ var _cosign_tags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86831);
// Reading cosign's legacy `sha256-<hex>.sig` / `.att` images for verification: the manifest, refused
// past the attachment-layers cap before any layer is fetched, then each layer's payload, digest-checked
// and charged to the verification's byte budget. A layer that cannot be fetched becomes an error of
// its own, so one broken layer never hides the others; a registry cap exceeded fails the whole read.






/**
 * The layers of a `.sig` / `.att` image, refused past the attachment-layers cap before any is fetched:
 * cosign appends one layer per signature, so a hundred thousand layers is an attack, not a history.
 */
function checkAttachmentLayers(layers, limits, what) {
    if (layers.length > limits.attachmentLayers) {
        throw (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitExceeded */ .FU)('attachmentLayers', limits.attachmentLayers, layers.length, what);
    }
}
/** A SignetError for `err`, naming `location` when it is not one already. */
function asSignetError(err, location) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SignetError */ .T)
        return err;
    return new _verify_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_MALFORMED', `${location}: ${err?.message ?? String(err)}`, {
        cause: err,
    });
}
/** The layers of `digest`'s `.sig` or `.att` image in `repo`, each payload fetched (none without the tag). */
async function readAttachedLayers(store, repo, digest, kind, opts) {
    const limits = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitsOf */ .Af)(store);
    const tag = (0,_cosign_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .toCosignTag */ .d8)(repo, digest, kind);
    const what = `${kind} image ${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tag)}`;
    let layers;
    try {
        const m = await store.getManifest(tag, { budget: opts.budget });
        const { manifest } = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseManifest */ .Ng)(m.bytes, m.mediaType, what);
        if (!('layers' in manifest)) {
            const message = `${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tag)}: expected ${kind === 'signature' ? 'a' : 'an'} ${kind} image manifest, found an index`;
            return [{ location: (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tag), error: new _verify_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_MALFORMED', message) }];
        }
        layers = manifest.layers;
    }
    catch (err) {
        if ((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(err, 'REGISTRY_NOT_FOUND'))
            return [];
        throw err;
    }
    checkAttachmentLayers(layers, limits, what);
    const wanted = layers
        .map((layer, i) => ({ layer, location: `${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(tag)}[${i}]` }))
        .filter(({ layer }) => opts.include?.(layer) ?? true);
    return await (0,_map_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimit */ .s)(wanted, opts.concurrency, async ({ layer, location }) => {
        try {
            const payload = await store.fetchBlobBytes(repo, layer.digest, {
                size: layer.size,
                maxBytes: limits.attachmentBytes,
                cap: 'attachmentBytes',
                budget: opts.budget,
            });
            return { location, payload, annotations: { ...layer.annotations } };
        }
        catch (err) {
            if ((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(err, 'REGISTRY_LIMIT_EXCEEDED'))
                throw err;
            return { location, error: asSignetError(err, location) };
        }
    });
}


/***/ }),

/***/ 57469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ buildBundleReferrer)
/* harmony export */ });
/* unused harmony export rfc3339Seconds */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8266);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50844);
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

/***/ 86831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YA: () => (/* binding */ toAttestationTag),
  d8: () => (/* binding */ toCosignTag),
  Ye: () => (/* binding */ toSignatureTag)
});

// UNUSED EXPORTS: COSIGN_TAG_KINDS, toReferrersFallbackTag

// EXTERNAL MODULE: ./src/registry/index.ts + 18 modules
var registry = __webpack_require__(8985);
;// CONCATENATED MODULE: ./src/storage/constants.ts
// Tag suffixes of cosign's legacy storage, spelled once (cosign `pkg/oci/remote/remote.go`).
/** `<repo>:sha256-<hex>.sig`: the legacy signature image. */
const SIGNATURE_TAG_SUFFIX = '.sig';
/** `<repo>:sha256-<hex>.att`: the legacy attestation image. */
const ATTESTATION_TAG_SUFFIX = '.att';
/** `<repo>:sha256-<hex>.sbom`: SBOMs attached with the deprecated `cosign attach sbom`. */
const SBOM_TAG_SUFFIX = '.sbom';

;// CONCATENATED MODULE: ./src/storage/cosign-tags.ts
// The tags cosign keeps an image's signatures, attestations and SBOMs under, and the referrers
// fallback tag: every `sha256-<hex>…` name Signet reads or writes is made here (the `sha256-<hex>`
// part by the registry's referrers tag schema, `toFallbackTag`).


const SUFFIXES = {
    signature: SIGNATURE_TAG_SUFFIX,
    attestation: ATTESTATION_TAG_SUFFIX,
    sbom: SBOM_TAG_SUFFIX,
};
/** Every kind of legacy tag, in the order cosign triangulate lists them. */
const COSIGN_TAG_KINDS = (/* unused pure expression or super */ null && (['signature', 'attestation', 'sbom']));
/** `<repo>:sha256-<hex>.sig` / `.att` / `.sbom` of `digest` in `repo` (cosign `pkg/oci/remote`). */
function toCosignTag(repo, digest, kind) {
    return {
        registry: repo.registry,
        repository: repo.repository,
        tag: `${(0,registry/* toFallbackTag */.KN)(digest)}${SUFFIXES[kind]}`,
    };
}
/** `<repo>:sha256-<hex>.sig`. */
function toSignatureTag(repo, digest) {
    return toCosignTag(repo, digest, 'signature');
}
/** `<repo>:sha256-<hex>.att`. */
function toAttestationTag(repo, digest) {
    return toCosignTag(repo, digest, 'attestation');
}
/** `<repo>:sha256-<hex>`: the referrers index of `digest` on a registry without the referrers API. */
function toReferrersFallbackTag(repo, digest) {
    return { registry: repo.registry, repository: repo.repository, tag: toFallbackTag(digest) };
}


/***/ }),

/***/ 18874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ buildLegacyImage),
/* harmony export */   rc: () => (/* binding */ hasIdenticalLayer)
/* harmony export */ });
/* unused harmony export buildLegacyConfig */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8266);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50844);
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

/***/ 72728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pushBundleReferrer)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
/* harmony import */ var _signature_image_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35099);
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

/***/ 35099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ isRetryableWrite),
/* harmony export */   Q6: () => (/* binding */ readSignatureImage),
/* harmony export */   Ue: () => (/* binding */ appendSignatureLayer)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
/* harmony import */ var _sign_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73910);
/* harmony import */ var _legacy_image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18874);
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


/***/ }),

/***/ 51847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ newVerificationBudget),
/* harmony export */   K: () => (/* binding */ collectSignatures)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8985);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50844);
/* harmony import */ var _storage_attached_layers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5580);
/* harmony import */ var _storage_cosign_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86831);
/* harmony import */ var _map_limit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69618);
// Finds every stored signature of an image, in both of cosign's formats, and fetches what each needs:
//   - legacy: the `<repo>:sha256-<hex>.sig` image, one signature per layer (payload blob + annotations);
//   - bundle: referrers of the digest with artifactType bundle v0.3, each a manifest whose one layer is
//     the bundle JSON (referrers API, else the `sha256-<hex>` fallback index: RegistryClient decides).
// Every fetch is digest-checked by the registry client. A signature that cannot be fetched becomes a
// rejection of its own, so one broken layer never hides the others.







/** The byte budget of one image's verification (the verification-bytes cap). */
function newVerificationBudget(store, digest) {
    return new _registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadBudget */ .QT((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitsOf */ .Af)(store).verificationBytes, `verifying ${digest}`);
}
/** A registry cap was exceeded: the whole verification fails, it is not one unreadable signature. */
function isLimit(err) {
    return (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistryError */ .IP)(err, 'REGISTRY_LIMIT_EXCEEDED');
}
/** The legacy signatures of `digest`: the layers of its `.sig` image (none when the tag is absent). */
async function collectLegacy(store, repo, digest, concurrency, budget) {
    const layers = await (0,_storage_attached_layers_js__WEBPACK_IMPORTED_MODULE_2__/* .readAttachedLayers */ .r)(store, repo, digest, 'signature', { concurrency, budget });
    return layers.map((l) => ({ format: 'legacy', ...l }));
}
/** The bundle signatures of `digest`: its bundle referrers, each manifest and bundle layer fetched. */
async function collectBundles(store, repo, digest, predicateType, limit, budget) {
    const limits = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .limitsOf */ .Af)(store);
    const subject = { registry: repo.registry, repository: repo.repository, digest };
    const { referrers, source } = await store.listReferrers(subject, {
        artifactType: _sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .BUNDLE_V03_MEDIA_TYPE */ .HM,
        budget,
    });
    const fetched = await (0,_map_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(referrers, limit, async (d) => {
        const ref = { registry: repo.registry, repository: repo.repository, digest: d.digest };
        const location = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .Y4)(ref);
        try {
            const m = await store.getManifest(ref, { budget });
            const { manifest } = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseManifest */ .Ng)(m.bytes, m.mediaType, `bundle referrer ${location}`);
            const image = manifest;
            const listed = image.annotations?.[_sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_BUNDLE_PREDICATE_TYPE */ .w1] ??
                d.annotations?.[_sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_BUNDLE_PREDICATE_TYPE */ .w1];
            if (listed !== undefined && listed !== predicateType)
                return { skipped: listed, location };
            if (image.subject?.digest !== digest) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G('VERIFY_SUBJECT_MISMATCH', `${location}: listed as a referrer of ${digest}, but its subject is ${image.subject?.digest ?? '(none)'}`);
            }
            const layer = (image.layers ?? []).find((l) => l.mediaType === _sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .BUNDLE_V03_MEDIA_TYPE */ .HM);
            if (!layer) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G('VERIFY_MALFORMED', `${location}: no ${_sign_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .BUNDLE_V03_MEDIA_TYPE */ .HM} layer`);
            }
            const bytes = await store.fetchBlobBytes(repo, layer.digest, {
                size: layer.size,
                maxBytes: limits.attachmentBytes,
                cap: 'attachmentBytes',
                budget,
            });
            let bundleJSON;
            try {
                bundleJSON = JSON.parse(bytes.toString('utf8'));
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyError */ .G('VERIFY_MALFORMED', `${location}: the bundle layer is not JSON`, {
                    cause: err,
                });
            }
            return { format: 'bundle', location, bundleJSON };
        }
        catch (err) {
            if (isLimit(err))
                throw err;
            return { format: 'bundle', location, error: (0,_storage_attached_layers_js__WEBPACK_IMPORTED_MODULE_2__/* .asSignetError */ .F)(err, location) };
        }
    });
    return { fetched, source };
}
/** Lists and fetches every signature of `digest` stored in `repo` (the image's or the signature repository). */
async function collectSignatures(store, repo, digest, opts) {
    const budget = opts.budget ?? newVerificationBudget(store, digest);
    const [legacy, bundles] = await Promise.all([
        opts.formats === 'bundle' ? [] : collectLegacy(store, repo, digest, opts.concurrency, budget),
        opts.formats === 'legacy'
            ? undefined
            : collectBundles(store, repo, digest, opts.predicateType, opts.concurrency, budget),
    ]);
    const out = {
        candidates: [],
        unreadable: [],
        skipped: [],
        signatureTag: (0,_storage_cosign_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .toSignatureTag */ .Ye)(repo, digest),
    };
    if (bundles)
        out.referrersSource = bundles.source;
    for (const f of [...legacy, ...(bundles?.fetched ?? [])]) {
        if ('skipped' in f)
            out.skipped.push({ location: f.location, predicateType: f.skipped });
        else if ('error' in f)
            out.unreadable.push(f);
        else
            out.candidates.push(f);
    }
    return out;
}


/***/ }),

/***/ 69618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ VerifyError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Errors of the verify stage: each code names the check that failed, so tests and policies can tell
// "wrong identity" from "tampered payload" from "untrusted CA".

/** A verification failure; `code` names the check. */
class VerifyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SignetError */ .T {
}


/***/ }),

/***/ 31956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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


/***/ }),

/***/ 28879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wb: () => (/* binding */ certificateIdentity),
/* harmony export */   kT: () => (/* binding */ parseIdentityPolicy),
/* harmony export */   tx: () => (/* binding */ identityMismatch)
/* harmony export */ });
/* unused harmony exports CLAIM_OIDS, matches, describeMatcher */
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69618);
/* harmony import */ var _identity_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31956);
// Who must have signed: the expected certificate identity (SAN), its OIDC issuer and optional Fulcio
// claims, compared exactly or by an anchored regular expression. `@sigstore/verify` treats identities
// as unanchored regular expressions, so Signet never hands it one: it compares here itself.
// Claim OIDs: sigstore/fulcio docs/oid-info.md (1.3.6.1.4.1.57264.1.*).



/** Fulcio certificate claims a policy may pin, by their Fulcio names. */
const CLAIM_OIDS = {
    buildSignerURI: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
    sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
    buildConfigURI: '1.3.6.1.4.1.57264.1.18',
    buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationURI: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
};
const ISSUER_V2_OID = '1.3.6.1.4.1.57264.1.8';
const ISSUER_V1_OID = '1.3.6.1.4.1.57264.1.1';
function toMatcher(exact, regexp, flag, allowAny) {
    if (exact !== undefined && regexp !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `give either --${flag} or --${flag}-regexp, not both`);
    }
    if (exact !== undefined) {
        if (exact.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `--${flag} is empty`);
        return { kind: 'exact', value: exact };
    }
    if (regexp !== undefined) {
        const field = flag === 'certificate-identity' ? 'subject' : 'issuer';
        const verdict = (0,_identity_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .checkIdentityPattern */ .dI)(regexp, field, allowAny);
        if (!verdict.ok) {
            const hint = verdict.problem === 'broad' ? ', or pass --allow-any-identity to accept anyone' : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `--${flag}-regexp ${JSON.stringify(regexp)} ${verdict.reason}${hint}`);
        }
        return { kind: 'regexp', source: regexp, regexp: verdict.regexp };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `--${flag} or --${flag}-regexp is required for keyless verification (or give --key)`);
}
/** Validates the identity flags; throws VERIFY_INVALID_POLICY with the fix when they are incomplete or unsafe. */
function parseIdentityPolicy(flags) {
    const allowAny = flags.allowAnyIdentity === true;
    const subject = toMatcher(flags.certificateIdentity, flags.certificateIdentityRegexp, 'certificate-identity', allowAny);
    const issuer = toMatcher(flags.certificateOidcIssuer, flags.certificateOidcIssuerRegexp, 'certificate-oidc-issuer', allowAny);
    const claims = {};
    for (const [name, value] of Object.entries(flags.claims ?? {})) {
        if (!(name in CLAIM_OIDS))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('VERIFY_INVALID_POLICY', `unknown certificate claim ${name}`);
        if (value !== undefined)
            claims[name] = value;
    }
    return { subject, issuer, claims };
}
/** True when `value` satisfies `m`. */
function matches(m, value) {
    if (value === undefined)
        return false;
    return m.kind === 'exact' ? m.value === value : m.regexp.test(value);
}
/** Describes a matcher for messages: the exact value, or the anchored pattern. */
function describeMatcher(m) {
    return m.kind === 'exact' ? JSON.stringify(m.value) : `/${(0,_identity_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .anchorPattern */ .SH)(m.source)}/`;
}
function extensionString(cert, oid, der) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    if (!der)
        return ext.value.toString('utf8');
    try {
        return _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(ext.value).value.toString('utf8');
    }
    catch {
        return undefined;
    }
}
/** Reads the SAN, issuer and claims of a Fulcio certificate. */
function certificateIdentity(cert) {
    const claims = {};
    for (const [name, oid] of Object.entries(CLAIM_OIDS)) {
        const v = extensionString(cert, oid, true);
        if (v !== undefined)
            claims[name] = v;
    }
    return {
        subjectAlternativeName: cert.extSubjectAltName?.uri ?? cert.extSubjectAltName?.rfc822Name,
        issuer: extensionString(cert, ISSUER_V2_OID, true) ?? extensionString(cert, ISSUER_V1_OID, false),
        claims,
    };
}
/** Returns why `identity` does not satisfy `policy`, or undefined when it does. */
function identityMismatch(policy, identity) {
    if (!matches(policy.subject, identity.subjectAlternativeName)) {
        return `certificate identity ${JSON.stringify(identity.subjectAlternativeName ?? '')} does not match ${describeMatcher(policy.subject)}`;
    }
    if (!matches(policy.issuer, identity.issuer)) {
        return `certificate issuer ${JSON.stringify(identity.issuer ?? '')} does not match ${describeMatcher(policy.issuer)}`;
    }
    for (const [name, expected] of Object.entries(policy.claims)) {
        const found = identity.claims[name];
        if (found !== expected) {
            return `certificate claim ${name} is ${JSON.stringify(found ?? '(absent)')}, expected ${JSON.stringify(expected)}`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 3831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fx: () => (/* reexport */ GITHUB_FULCIO_URL),
  Fb: () => (/* reexport */ GITHUB_TSA_URL),
  ir: () => (/* reexport */ GITHUB_TUF_ROOT_JSON),
  Gz: () => (/* reexport */ errors/* VerifyError */.G),
  eQ: () => (/* reexport */ buildVerifyPolicy),
  bQ: () => (/* reexport */ fetchGitHubTrustedRoot),
  yl: () => (/* reexport */ public_good/* fetchPublicGoodTrustedRoot */.yl),
  kT: () => (/* reexport */ identity/* parseIdentityPolicy */.kT),
  ee: () => (/* reexport */ parsePublicKey),
  t1: () => (/* reexport */ parseTrustedRoot),
  j: () => (/* reexport */ verify_image_resolveDigest),
  Jo: () => (/* reexport */ toVerifyFailure),
  bE: () => (/* reexport */ toVerifyJSON),
  ZG: () => (/* reexport */ verifyImage)
});

// UNUSED EXPORTS: GITHUB_TUF_URL, IGNORE_TLOG_WARNING, PUBLIC_GOOD_TUF_URL, formatBlobVerdict, formatDetails, formatRejectedLine, formatSignatureLine, formatVerdict, toSignatureJSON, toVerifyBlobJSON, triangulate

// EXTERNAL MODULE: ./src/registry/index.ts + 18 modules
var src_registry = __webpack_require__(8985);
// EXTERNAL MODULE: ./src/sign/constants.ts
var constants = __webpack_require__(50844);
// EXTERNAL MODULE: ./src/storage/cosign-tags.ts + 1 modules
var cosign_tags = __webpack_require__(86831);
// EXTERNAL MODULE: ./src/verify/collect.ts
var collect = __webpack_require__(51847);
// EXTERNAL MODULE: ./src/verify/errors.ts
var errors = __webpack_require__(69618);
// EXTERNAL MODULE: ./src/verify/signature.ts + 1 modules
var signature = __webpack_require__(64713);
;// CONCATENATED MODULE: ./src/verify/verify-image.ts
// The verify stage: is this image signed by the expected signer? Like @sigstore/verify, it fetches
// first (resolve the tag once, collect every stored signature in both of cosign's formats), then runs
// the pure, synchronous verifySignature on each. It accepts when at least one signature passes every
// check, and reports each rejected one with the code of the check that failed.






const DEFAULT_CONCURRENCY = 4;
/** Resolves a tag to its digest (once); a reference with a digest is used as it is. */
async function verify_image_resolveDigest(registry, image) {
    if (image.digest)
        return image.digest;
    const head = await registry.headManifest(image);
    if (!head) {
        throw new src_registry/* RegistryError */.gl('REGISTRY_NOT_FOUND', `image ${(0,src_registry/* formatReference */.Y4)(image)} not found: check the --image reference and the registry credentials`);
    }
    return head.digest;
}
function nothingFound(image, digest, repo, formats) {
    const where = [
        formats !== 'bundle' ? (0,src_registry/* formatReference */.Y4)((0,cosign_tags/* toSignatureTag */.Ye)(repo, digest)) : '',
        formats !== 'legacy' ? `bundle referrers of ${digest} in ${repo.registry}/${repo.repository}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    return new errors/* VerifyError */.G('VERIFY_NO_SIGNATURES', `no signatures found for ${(0,src_registry/* formatReference */.Y4)({ ...image, digest })}: looked for ${where}; sign it first, or pass --signature-repository if its signatures are stored elsewhere`);
}
/** Verifies the signatures of one image; throws VERIFY_NO_SIGNATURES when there are none to check. */
async function verifyImage(input, deps) {
    const formats = input.formats ?? 'both';
    const { registry } = deps;
    const digest = await verify_image_resolveDigest(registry, input.image);
    const sigRepo = {
        registry: (input.signatureRepository ?? input.image).registry,
        repository: (input.signatureRepository ?? input.image).repository,
    };
    const collected = await (0,collect/* collectSignatures */.K)(registry, sigRepo, digest, {
        formats,
        predicateType: constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4,
        concurrency: input.concurrency ?? DEFAULT_CONCURRENCY,
    });
    if (collected.candidates.length === 0 && collected.unreadable.length === 0) {
        throw nothingFound(input.image, digest, sigRepo, formats);
    }
    const check = {
        digest,
        repository: `${input.image.registry}/${input.image.repository}`,
        trust: input.policy.trust,
        signer: input.policy.signer,
        requireTlog: input.policy.requireTlog,
        ignoreDockerReference: input.ignoreDockerReference === true,
    };
    const signatures = [];
    const rejected = collected.unreadable.map((u) => ({
        format: u.format,
        location: u.location,
        code: u.error.code,
        message: u.error.message,
    }));
    for (const candidate of collected.candidates) {
        try {
            signatures.push((0,signature/* verifySignature */.O)(candidate, check));
        }
        catch (err) {
            if (!(err instanceof errors/* VerifyError */.G))
                throw err;
            rejected.push({
                format: candidate.format === 'legacy' ? 'legacy' : 'bundle',
                location: candidate.location,
                code: err.code,
                message: err.message,
            });
        }
    }
    const result = {
        image: input.image,
        digest,
        signatureRepository: sigRepo,
        formats,
        verified: signatures.length > 0,
        signatures,
        rejected,
        warnings: [...input.policy.warnings],
    };
    if (collected.referrersSource)
        result.referrersSource = collected.referrersSource;
    if (input.ignoreDockerReference) {
        result.warnings.push('--ignore-docker-reference: legacy signatures naming another repository are accepted');
    }
    return result;
}
/**
 * The error to fail with when `result` is not verified (undefined when it is): the code of the failed
 * check when every signature failed the same way, else VERIFY_FAILED; the message gives each rejection.
 */
function toVerifyFailure(result) {
    if (result.verified)
        return undefined;
    const codes = new Set(result.rejected.map((r) => r.code));
    const [only] = codes;
    const code = codes.size === 1 && only?.startsWith('VERIFY_') ? only : 'VERIFY_FAILED';
    const image = (0,src_registry/* formatReference */.Y4)({ ...result.image, digest: result.digest });
    const n = result.rejected.length;
    const reasons = result.rejected.map((r) => `${r.code}: ${r.message}`).join('; ');
    return new errors/* VerifyError */.G(code, `${image}: none of its ${n} signature${n === 1 ? '' : 's'} passed (${reasons})`);
}

;// CONCATENATED MODULE: ./src/verify/triangulate.ts
// Where the signatures, attestations and bundles of an image live (cosign `triangulate`, for every
// kind at once): the legacy `.sig` / `.att` / `.sbom` tags in the signature repository, and the
// referrers of the digest with their artifactTypes (referrers API, else the `sha256-<hex>` tag).



/** Lists where the signatures, attestations and bundles of `input.image` live. */
async function triangulate(input, deps) {
    const { registry } = deps;
    const digest = await resolveDigest(registry, input.image);
    const source = input.signatureRepository ?? input.image;
    const repo = { registry: source.registry, repository: source.repository };
    const [tags, listed] = await Promise.all([
        Promise.all(COSIGN_TAG_KINDS.map(async (kind) => {
            const ref = toCosignTag(repo, digest, kind);
            const entry = { kind, reference: formatReference(ref), exists: false };
            try {
                const m = await registry.getManifest(ref);
                const { manifest } = parseManifest(m.bytes, m.mediaType, `tag ${entry.reference}`);
                entry.exists = true;
                entry.digest = m.digest;
                entry.layers = 'layers' in manifest ? manifest.layers.length : manifest.manifests.length;
            }
            catch (err) {
                if (!isRegistryError(err, 'REGISTRY_NOT_FOUND'))
                    throw err;
            }
            return entry;
        })),
        registry.listReferrers({ ...repo, digest }),
    ]);
    const items = listed.referrers.map((d) => {
        const e = {
            reference: formatReference({ ...repo, digest: d.digest }),
            digest: d.digest,
            mediaType: d.mediaType,
            size: d.size,
        };
        if (d.artifactType !== undefined)
            e.artifactType = d.artifactType;
        if (d.annotations !== undefined)
            e.annotations = d.annotations;
        return e;
    });
    const referrers = { source: listed.source, items };
    if (listed.source === 'fallback') {
        referrers.fallbackTag = formatReference(toReferrersFallbackTag(repo, digest));
    }
    return { image: input.image, digest, signatureRepository: repo, tags, referrers };
}

// EXTERNAL MODULE: ./src/verify/identity.ts
var identity = __webpack_require__(28879);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/verify/trusted-root-document.ts
// Strict validation of a trusted_root.json document (protobuf-specs `dev.sigstore.trustroot.v1.TrustedRoot`)
// before @sigstore/protobuf-specs reads it. `TrustedRoot.fromJSON` accepts nearly anything (missing fields
// become empty values), and a trust root with a log key that has no validity start, or a CA chain that
// is not DER, then fails deep inside a verification, or worse, is silently skipped. Here each authority
// must be complete: a URL, keys that parse as SPKI with a known key type and hash, certificates that parse
// as X.509, and a validity period with a start. The first problem is reported in one line naming the field.
// https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto


const MEDIA_TYPES = [
    'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    'application/vnd.dev.sigstore.trustedroot.v0.2+json',
];
const HASH_ALGORITHMS = ['SHA2_256', 'SHA2_384', 'SHA2_512', 'SHA3_256', 'SHA3_384'];
// protobuf-specs PublicKeyDetails names a transparency or CT log may use.
const KEY_DETAILS = [
    'PKIX_ECDSA_P256_SHA_256',
    'PKIX_ECDSA_P384_SHA_384',
    'PKIX_ECDSA_P521_SHA_512',
    'PKIX_ED25519',
    'PKIX_ED25519_PH',
    'PKIX_RSA_PKCS1V15_2048_SHA256',
    'PKIX_RSA_PKCS1V15_3072_SHA256',
    'PKIX_RSA_PKCS1V15_4096_SHA256',
    'PKIX_RSA_PSS_2048_SHA256',
    'PKIX_RSA_PSS_3072_SHA256',
    'PKIX_RSA_PSS_4096_SHA256',
];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** The keyDetails prefix each key kind may carry. */
const KIND_PREFIX = {
    'ECDSA P-256': 'PKIX_ECDSA_P256_',
    'ECDSA P-384': 'PKIX_ECDSA_P384_',
    'ECDSA P-521': 'PKIX_ECDSA_P521_',
    Ed25519: 'PKIX_ED25519',
    'RSA 2048': 'PKIX_RSA_',
    'RSA 3072': 'PKIX_RSA_',
    'RSA 4096': 'PKIX_RSA_',
};
/** A key's kind in words: `ECDSA P-256`, `Ed25519`, `RSA 2048`. */
function keyKind(key) {
    const d = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'ec') {
        const curve = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[d.namedCurve ?? ''];
        return `ECDSA ${curve ?? d.namedCurve ?? 'unknown curve'}`;
    }
    if (key.asymmetricKeyType === 'ed25519')
        return 'Ed25519';
    if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss')
        return `RSA ${d.modulusLength}`;
    return String(key.asymmetricKeyType);
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class Checker {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(field, problem) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', `trusted root ${this.source}: ${field} ${problem}`);
    }
    obj(v, field) {
        if (!isObj(v))
            this.fail(field, 'is missing or not an object');
        return v;
    }
    list(v, field) {
        if (v === undefined)
            return [];
        if (!Array.isArray(v))
            this.fail(field, 'must be a list');
        return v;
    }
    url(v, field) {
        let u;
        try {
            u = new URL(String(v));
        }
        catch {
            this.fail(field, `must be a URL, got ${JSON.stringify(v)}`);
        }
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            this.fail(field, `must be an http(s) URL`);
    }
    bytes(v, field) {
        if (typeof v !== 'string' || v === '' || !BASE64.test(v))
            this.fail(field, 'must be non-empty base64');
        return Buffer.from(v, 'base64');
    }
    validFor(v, field) {
        const w = this.obj(v, `${field}`);
        if (typeof w.start !== 'string' || !RFC3339.test(w.start)) {
            this.fail(`${field}.start`, `must be an RFC 3339 time (every authority needs a start), got ${JSON.stringify(w.start)}`);
        }
        if (w.end !== undefined) {
            if (typeof w.end !== 'string' || !RFC3339.test(w.end))
                this.fail(`${field}.end`, 'must be an RFC 3339 time');
            if (new Date(w.end) <= new Date(w.start))
                this.fail(`${field}.end`, 'must be after the start');
        }
    }
    log(v, field) {
        const log = this.obj(v, field);
        this.url(log.baseUrl, `${field}.baseUrl`);
        if (!HASH_ALGORITHMS.includes(String(log.hashAlgorithm))) {
            this.fail(`${field}.hashAlgorithm`, `must be one of ${HASH_ALGORITHMS.join(', ')}, got ${JSON.stringify(log.hashAlgorithm)}`);
        }
        const key = this.obj(log.publicKey, `${field}.publicKey`);
        const der = this.bytes(key.rawBytes, `${field}.publicKey.rawBytes`);
        let parsed;
        try {
            parsed = (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type: 'spki' });
        }
        catch {
            this.fail(`${field}.publicKey.rawBytes`, 'is not a DER SubjectPublicKeyInfo');
        }
        if (!KEY_DETAILS.includes(String(key.keyDetails))) {
            this.fail(`${field}.publicKey.keyDetails`, `must be a known key type (e.g. PKIX_ECDSA_P256_SHA_256, PKIX_ED25519), got ${JSON.stringify(key.keyDetails)}`);
        }
        const actual = keyKind(parsed);
        const details = String(key.keyDetails);
        const rsaBits = actual.startsWith('RSA ') ? `_${actual.slice(4)}_` : '';
        if (!details.startsWith(KIND_PREFIX[actual] ?? '\u0000') || !details.includes(rsaBits)) {
            this.fail(`${field}.publicKey.keyDetails`, `is ${String(key.keyDetails)} but publicKey.rawBytes holds a ${actual} key`);
        }
        this.validFor(key.validFor, `${field}.publicKey.validFor`);
        const logId = this.obj(log.logId, `${field}.logId`);
        this.bytes(logId.keyId, `${field}.logId.keyId`);
    }
    authority(v, field) {
        const a = this.obj(v, field);
        if (a.uri !== undefined && a.uri !== '')
            this.url(a.uri, `${field}.uri`);
        const chain = this.obj(a.certChain, `${field}.certChain`);
        const certs = this.list(chain.certificates, `${field}.certChain.certificates`);
        if (certs.length === 0)
            this.fail(`${field}.certChain.certificates`, 'must hold at least one certificate');
        const parsed = certs.map((c, i) => {
            const f = `${field}.certChain.certificates[${i}]`;
            const der = this.bytes(this.obj(c, f).rawBytes, `${f}.rawBytes`);
            try {
                return new external_node_crypto_.X509Certificate(der);
            }
            catch {
                this.fail(`${f}.rawBytes`, 'is not a DER X.509 certificate');
            }
        });
        // Leaf-most first, root last (protobuf-specs X509CertificateChain): each one issued by the next.
        parsed.forEach((cert, i) => {
            const issuer = parsed[i + 1];
            if (issuer && !(cert.checkIssued(issuer) && cert.verify(issuer.publicKey))) {
                this.fail(`${field}.certChain.certificates[${i}]`, `is not issued by certificates[${i + 1}] (the chain goes leaf-most first, root last)`);
            }
        });
        this.validFor(a.validFor, `${field}.validFor`);
    }
}
/** Checks a trusted root document (already JSON-parsed); throws VERIFY_INVALID_TRUST naming the first bad field. */
function checkTrustedRootDocument(json, source) {
    const c = new Checker(source);
    const root = c.obj(json, 'document');
    if (!MEDIA_TYPES.includes(String(root.mediaType))) {
        c.fail('mediaType', `must be ${MEDIA_TYPES.join(' or ')}, got ${JSON.stringify(root.mediaType)}`);
    }
    c.list(root.tlogs, 'tlogs').forEach((v, i) => c.log(v, `tlogs[${i}]`));
    c.list(root.ctlogs, 'ctlogs').forEach((v, i) => c.log(v, `ctlogs[${i}]`));
    c.list(root.certificateAuthorities, 'certificateAuthorities').forEach((v, i) => c.authority(v, `certificateAuthorities[${i}]`));
    c.list(root.timestampAuthorities, 'timestampAuthorities').forEach((v, i) => c.authority(v, `timestampAuthorities[${i}]`));
}

;// CONCATENATED MODULE: ./src/verify/trust.ts
// Trust material for verification: a Sigstore trusted root (public-good via TUF, or a file for private
// deployments) and/or a public key. Pure: callers read the files and pass the parsed JSON / PEM.





const EMPTY_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
};
/** Parses a trusted_root.json document (already JSON-parsed). */
function parseTrustedRoot(json, source) {
    checkTrustedRootDocument(json, source);
    let root;
    try {
        root = dist.TrustedRoot.fromJSON(json);
    }
    catch (err) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', `${source} is not a Sigstore trusted root: ${err.message}`, {
            cause: err,
        });
    }
    if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot'))
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', `${source} is not a Sigstore trusted root: mediaType is ${JSON.stringify(root.mediaType)}`);
    return root;
}
/** Parses a PEM public key; throws VERIFY_INVALID_TRUST naming `source` when it is not one. */
function parsePublicKey(pem, source) {
    try {
        return (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (err) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', `${source} is not a PEM public key (expected "-----BEGIN PUBLIC KEY-----")`, {
            cause: err,
        });
    }
}
/** Builds the verifier's trust material; with `publicKey`, every key hint resolves to that key. */
function buildTrustMaterial(root, publicKey) {
    const base = root ?? dist.TrustedRoot.fromJSON(EMPTY_ROOT);
    return (0,verify_dist/* toTrustMaterial */.jO)(base, publicKey ? () => ({ publicKey, validFor: () => true }) : undefined);
}

;// CONCATENATED MODULE: ./src/verify/policy.ts



/** Warning shown whenever tlog checks are off (cosign prints the same caution). */
const IGNORE_TLOG_WARNING = '--insecure-ignore-tlog: signatures without a transparency log entry are accepted; nothing public records them';
function hasIdentityFlags(flags) {
    if (!flags)
        return false;
    return ([
        flags.certificateIdentity,
        flags.certificateIdentityRegexp,
        flags.certificateOidcIssuer,
        flags.certificateOidcIssuerRegexp,
    ].some((v) => v !== undefined) || Object.keys(flags.claims ?? {}).length > 0);
}
/**
 * Builds the policy; throws VERIFY_INVALID_POLICY for contradictory or missing signer flags and
 * VERIFY_INVALID_TRUST when the trust the flags need is absent.
 */
function buildVerifyPolicy(input) {
    const requireTlog = input.insecureIgnoreTlog !== true;
    const warnings = requireTlog ? [] : [IGNORE_TLOG_WARNING];
    if (input.publicKey) {
        if (hasIdentityFlags(input.identity)) {
            throw new errors/* VerifyError */.G('VERIFY_INVALID_POLICY', 'give either --key or the --certificate-identity/--certificate-oidc-issuer flags, not both');
        }
        if (requireTlog && !input.trustedRoot) {
            throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', 'checking the tlog entry needs the Rekor key of a trusted root: pass --trusted-root, or --insecure-ignore-tlog for signatures made with --tlog-upload=false');
        }
        return {
            trust: buildTrustMaterial(input.trustedRoot, input.publicKey),
            signer: { kind: 'key' },
            requireTlog,
            warnings,
        };
    }
    const policy = (0,identity/* parseIdentityPolicy */.kT)(input.identity ?? {});
    if (!input.trustedRoot) {
        throw new errors/* VerifyError */.G('VERIFY_INVALID_TRUST', 'keyless verification needs a trusted root (the Fulcio CA, Rekor and CT log keys): pass --trusted-root or let Signet fetch the public-good one');
    }
    return {
        trust: buildTrustMaterial(input.trustedRoot),
        signer: { kind: 'keyless', policy },
        requireTlog,
        warnings,
    };
}

// EXTERNAL MODULE: ./src/verify/public-good.ts
var public_good = __webpack_require__(20076);
;// CONCATENATED MODULE: ./src/verify/github-trust.ts

/** GitHub's TUF repository (cli/cli `verification.GitHubTUFMirror`). */
const GITHUB_TUF_URL = 'https://tuf-repo.github.com';
/** GitHub's Fulcio (actions/attest's `github` instance). */
const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
/** GitHub's timestamp authority, its full timestamp endpoint. */
const GITHUB_TSA_URL = 'https://timestamp.githubapp.com/api/v1/timestamp';
/** Fetches GitHub's trusted root through TUF; throws VERIFY_INVALID_TRUST naming the mirror when it cannot. */
async function fetchGitHubTrustedRoot(input, deps = {}) {
    return (0,public_good/* fetchPublicGoodTrustedRoot */.yl)({ cachePath: input.cachePath, rootPath: input.rootPath, mirrorURL: input.mirrorURL ?? GITHUB_TUF_URL }, deps);
}

;// CONCATENATED MODULE: ./src/verify/github-tuf-root.ts
// The root of trust of GitHub's TUF repository (https://tuf-repo.github.com), which serves the trusted
// root of GitHub's Sigstore instance (its Fulcio and timestamp authority). Copied from the GitHub CLI,
// cli/cli v2.60.0 `pkg/cmd/attestation/verification/embed/tuf-repo.github.com/root.json` (MIT License,
// Copyright (c) 2019 GitHub Inc.), which embeds it the same way for `gh attestation verify` and
// `gh attestation trusted-root`. TUF updates it from the repository (each newer root signed by the
// previous one), so an old embedded version stays a valid starting point.
/** GitHub's TUF root.json (version 3, as cli/cli v2.60.0 embeds it). */
const GITHUB_TUF_ROOT_JSON = '{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}';

;// CONCATENATED MODULE: ./src/verify/report.ts
// What `verify` and `verify-blob` print: a one-line verdict, one line per signature, and the JSON
// document of `--output json`. Pure: src/ci decides where it goes.

function signerOf(identity) {
    if (!identity)
        return { kind: 'key' };
    const claims = {};
    for (const [k, v] of Object.entries(identity.claims))
        if (v !== undefined)
            claims[k] = v;
    return {
        kind: 'keyless',
        identity: identity.subjectAlternativeName ?? null,
        issuer: identity.issuer ?? null,
        claims,
    };
}
/** One verified signature as JSON. */
function toSignatureJSON(s) {
    return {
        format: s.format,
        location: s.location,
        signer: signerOf(s.identity),
        tlog: s.tlog ? { logIndex: s.tlog.logIndex, integratedTime: s.tlog.integratedTime.toISOString() } : null,
        timestampAuthorities: s.timestampAuthorities,
    };
}
/** The JSON document of a verify result (see VerifyJSON for the fields). */
function toVerifyJSON(result) {
    return {
        schema: 'signet.verify/v1',
        verified: result.verified,
        image: (0,src_registry/* formatReference */.Y4)(result.image),
        digest: result.digest,
        signatureRepository: `${result.signatureRepository.registry}/${result.signatureRepository.repository}`,
        formats: result.formats,
        signatures: result.signatures.map(toSignatureJSON),
        rejected: result.rejected.map((r) => ({ ...r })),
        warnings: [...result.warnings],
    };
}
/** The JSON document of a verified blob. */
function toVerifyBlobJSON(digest, signature, warnings) {
    return {
        schema: 'signet.verify-blob/v1',
        verified: true,
        digest,
        signature: toSignatureJSON(signature),
        warnings: [...warnings],
    };
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function describeSigner(identity) {
    if (!identity)
        return 'the given key';
    return `${identity.subjectAlternativeName ?? '(no identity)'} (issuer ${identity.issuer ?? '(none)'})`;
}
/** The one-line verdict: `verified <image@digest>: …` or `NOT verified <image@digest>: …`. */
function formatVerdict(result) {
    const image = formatReference({ ...result.image, digest: result.digest });
    const total = result.signatures.length + result.rejected.length;
    if (result.verified) {
        const signers = [...new Set(result.signatures.map((s) => describeSigner(s.identity)))];
        return `verified ${image}: ${result.signatures.length} of ${plural(total, 'signature')} passed, signed by ${signers.join(', ')}`;
    }
    const codes = [...new Set(result.rejected.map((r) => r.code))];
    return `NOT verified ${image}: none of ${plural(total, 'signature')} passed (${codes.join(', ')})`;
}
/** One line about a verified signature: format, location, signer, tlog entry, timestamps. */
function formatSignatureLine(s) {
    const parts = [`passed  ${s.format.padEnd(6)}  ${s.location}`, `signer ${describeSigner(s.identity)}`];
    parts.push(s.tlog ? `tlog #${s.tlog.logIndex} at ${s.tlog.integratedTime.toISOString()}` : 'no tlog entry');
    parts.push(plural(s.timestampAuthorities, 'timestamp'));
    return parts.join('; ');
}
/** One line about a rejected signature: format, location, the failed check and why. */
function formatRejectedLine(r) {
    const why = r.message.startsWith(`${r.location}: `) ? r.message.slice(r.location.length + 2) : r.message;
    return `failed  ${r.format.padEnd(6)}  ${r.location}; ${r.code}: ${why}`;
}
/** Detail lines for every signature of a result, passed first, then warnings. */
function formatDetails(result) {
    return [
        ...result.signatures.map(formatSignatureLine),
        ...result.rejected.map(formatRejectedLine),
        ...result.warnings.map((w) => `warning: ${w}`),
    ];
}
/** The one-line verdict of a verified blob. */
function formatBlobVerdict(digest, signature) {
    return `verified blob ${digest}: signed by ${describeSigner(signature.identity)}`;
}

;// CONCATENATED MODULE: ./src/verify/index.ts
// The verify stage's public face: `verifyImage` (is this image signed by the expected signer?), the
// policy and trust it needs, `triangulate` (where its signatures live) and the output helpers.












/***/ }),

/***/ 89835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ annotationsToMaterial),
/* harmony export */   g: () => (/* binding */ legacyLayerToBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sign_constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50844);
/* harmony import */ var _sign_pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30623);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69618);
// Reads a legacy cosign signature layer (payload + annotations) back into a Sigstore bundle, so that
// the one verifier (@sigstore/verify) checks both storage formats the same way. The inverse of
// src/sign/legacy-annotations.ts; cosign pkg/cosign/bundle/rekor.go defines the Rekor annotation.





const b64 = (b) => Buffer.from(b).toString('base64');
function malformed(what, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_MALFORMED', `legacy signature layer: ${what}`, { cause });
}
function tlogEntryJSON(annotation) {
    let doc;
    try {
        doc = JSON.parse(annotation);
    }
    catch (err) {
        throw malformed(`${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_REKOR_BUNDLE */ .bL} is not JSON`, err);
    }
    const p = doc.Payload;
    if (typeof doc.SignedEntryTimestamp !== 'string' ||
        !p ||
        typeof p.body !== 'string' ||
        typeof p.integratedTime !== 'number' ||
        typeof p.logIndex !== 'number' ||
        typeof p.logID !== 'string') {
        throw malformed(`${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_REKOR_BUNDLE */ .bL} lacks SignedEntryTimestamp or Payload.{body,integratedTime,logIndex,logID}`);
    }
    let kind;
    try {
        kind = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8'));
    }
    catch (err) {
        throw malformed('the Rekor entry body is not base64 JSON', err);
    }
    return {
        logIndex: String(p.logIndex),
        logId: { keyId: b64(Buffer.from(p.logID, 'hex')) },
        kindVersion: { kind: String(kind.kind ?? ''), version: String(kind.apiVersion ?? '') },
        integratedTime: String(p.integratedTime),
        inclusionPromise: { signedEntryTimestamp: doc.SignedEntryTimestamp },
        canonicalizedBody: p.body,
    };
}
/**
 * Decodes the certificate, chain, Rekor bundle and RFC 3161 timestamp annotations cosign puts on a
 * `.sig` or `.att` layer into bundle JSON. Bundle v0.1 carries a certificate chain and inclusion
 * promises (SETs), which is what legacy layers hold; without a tlog entry v0.3's single-certificate /
 * public-key form is the valid one. `what` names the layer in messages.
 */
function annotationsToMaterial(annotations, what = 'legacy signature layer') {
    const bad = (why, cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_MALFORMED', `${what}: ${why}`, { cause });
    const certPem = annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_CERTIFICATE */ .MF];
    const certs = certPem
        ? [
            ...(0,_sign_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePemBlocks */ .vj)(certPem, 'CERTIFICATE'),
            ...(0,_sign_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePemBlocks */ .vj)(annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_CHAIN */ .M6] ?? '', 'CERTIFICATE'),
        ]
        : [];
    if (certPem && certs.length === 0)
        throw bad(`${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_CERTIFICATE */ .MF} holds no PEM certificate`);
    const rekor = annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_REKOR_BUNDLE */ .bL];
    let tlogEntries;
    try {
        tlogEntries = rekor ? [tlogEntryJSON(rekor)] : [];
    }
    catch (err) {
        throw bad(err.message.replace(/^legacy signature layer: /, ''), err);
    }
    const tsAnnotation = annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_RFC3161_TIMESTAMP */ .oN];
    let rfc3161Timestamps = [];
    if (tsAnnotation) {
        const notTimestamp = `${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_RFC3161_TIMESTAMP */ .oN} is not {"SignedRFC3161Timestamp": "<base64>"}`;
        let ts;
        try {
            ts = JSON.parse(tsAnnotation);
        }
        catch (err) {
            throw bad(notTimestamp, err);
        }
        if (typeof ts?.SignedRFC3161Timestamp !== 'string')
            throw bad(notTimestamp);
        rfc3161Timestamps = [{ signedTimestamp: ts.SignedRFC3161Timestamp }];
    }
    return {
        mediaType: tlogEntries.length > 0 ? 'application/vnd.dev.sigstore.bundle+json;version=0.1' : _sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_V03_MEDIA_TYPE */ .HM,
        verificationMaterial: {
            ...(certs.length === 0
                ? { publicKey: { hint: '' } }
                : tlogEntries.length > 0
                    ? { x509CertificateChain: { certificates: certs.map((c) => ({ rawBytes: b64(c) })) } }
                    : { certificate: { rawBytes: b64(certs[0]) } }),
            tlogEntries,
            timestampVerificationData: { rfc3161Timestamps },
        },
    };
}
/** Converts one legacy signature layer into a bundle whose message signature covers `payload`. */
function legacyLayerToBundle(payload, annotations) {
    const signature = annotations[_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_SIGNATURE */ .LR];
    if (!signature)
        throw malformed(`no ${_sign_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ANNOTATION_SIGNATURE */ .LR} annotation`);
    const json = {
        ...annotationsToMaterial(annotations),
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: b64((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(payload).digest()) },
            signature,
        },
    };
    try {
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
    }
    catch (err) {
        throw malformed(`annotations do not form a valid signature: ${err.message}`, err);
    }
}


/***/ }),

/***/ 20076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ PUBLIC_GOOD_TUF_URL),
/* harmony export */   Le: () => (/* binding */ toTufOptions),
/* harmony export */   XI: () => (/* binding */ describeTufError),
/* harmony export */   yl: () => (/* binding */ fetchPublicGoodTrustedRoot)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69618);

/** The public-good TUF repository (the same mirror cosign and sigstore-js use). */
const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
/** @sigstore/tuf's options for a mirror (public-good by default), with Signet's timeout and retries. */
function toTufOptions(input) {
    const options = {
        mirrorURL: input.mirrorURL ?? PUBLIC_GOOD_TUF_URL,
        timeout: input.timeoutMs ?? 15_000,
        retry: { retries: input.retries ?? 2 },
    };
    if (input.cachePath !== undefined)
        options.cachePath = input.cachePath;
    if (input.rootPath !== undefined)
        options.rootPath = input.rootPath;
    return options;
}
/** Fetches the public-good trusted root; throws VERIFY_INVALID_TRUST with the offline fix when it cannot. */
async function fetchPublicGoodTrustedRoot(input = {}, deps = {}) {
    const options = toTufOptions(input);
    const { mirrorURL } = options;
    try {
        // @sigstore/tuf (and its HTTP client) loads only when the public-good root is asked for: never for
        // --trusted-root or a key without tlog checks.
        const getTrustedRoot = deps.getTrustedRoot ?? (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423))).getTrustedRoot;
        return await getTrustedRoot(options);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_INVALID_TRUST', `cannot fetch the Sigstore trusted root from ${mirrorURL} (${describeTufError(err)}): pass --trusted-root <trusted_root.json> to verify offline or against a private Sigstore`, { cause: err });
    }
}
/** One line for a TUF failure: its code and the innermost cause (DNS, refused, bad metadata). */
function describeTufError(err) {
    const parts = [];
    let cur = err;
    for (let depth = 0; cur && depth < 5; depth++) {
        const e = cur;
        const text = [
            typeof e.code === 'string' ? e.code : undefined,
            typeof e.message === 'string' ? e.message : undefined,
        ]
            .filter((s) => !!s)
            .join(': ');
        if (text && !parts.some((p) => p.includes(text)))
            parts.push(text);
        cur = e.cause;
    }
    return parts.join(' <- ') || String(err);
}


/***/ }),

/***/ 64713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ verifySignature)
});

// UNUSED EXPORTS: normaliseRepository

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/sign/constants.ts
var constants = __webpack_require__(50844);
// EXTERNAL MODULE: ./src/sign/simple-signing.ts
var simple_signing = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/verify/errors.ts
var errors = __webpack_require__(69618);
// EXTERNAL MODULE: ./src/verify/identity.ts
var verify_identity = __webpack_require__(28879);
// EXTERNAL MODULE: ./src/verify/legacy-bundle.ts
var legacy_bundle = __webpack_require__(89835);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(13260);
;// CONCATENATED MODULE: ./src/verify/prehashed.ts

const CURVES = { 'P-256': { curve: nist/* p256 */.s9, bytes: 32 }, 'P-384': { curve: nist/* p384 */.sL, bytes: 48 } };
/** Why a key cannot check a signature over a bare digest, or undefined when it can. */
function prehashUnsupported(key) {
    if (key.asymmetricKeyType !== 'ec')
        return `${key.asymmetricKeyType ?? 'unknown'} keys`;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve !== 'prime256v1' && curve !== 'secp384r1')
        return `EC keys on ${curve ?? 'an unknown curve'}`;
    return undefined;
}
/** True when `signature` (ASN.1 DER ECDSA) signs `digest` (the hash of the message) under `key`. */
function verifyPrehashed(key, digest, signature) {
    const jwk = key.export({ format: 'jwk' });
    const spec = jwk.crv === 'P-256' || jwk.crv === 'P-384' ? CURVES[jwk.crv] : undefined;
    if (!spec || !jwk.x || !jwk.y)
        return false;
    const point = Buffer.concat([
        Buffer.from([4]),
        Buffer.from(jwk.x, 'base64url'),
        Buffer.from(jwk.y, 'base64url'),
    ]);
    try {
        // lowS: false — OpenSSL and Go accept either half of s, and so does cosign.
        return spec.curve.verify(signature, digest, point, { prehash: false, lowS: false, format: 'der' });
    }
    catch {
        return false;
    }
}
/**
 * A message signature content for @sigstore/verify's Verifier that checks the signature against the
 * digest instead of the artifact bytes. The digest must be the bundle's message digest (checked by
 * the caller), so the tlog body comparison still holds.
 */
function prehashedSignatureContent(signature, digest) {
    const equal = (a, b) => a.length === b.length && a.equals(b);
    return {
        signature,
        compareSignature: (s) => equal(s, signature),
        compareDigest: (d) => equal(d, digest),
        compareSignedDigest: (d) => equal(d, digest),
        verifySignature: (key) => prehashUnsupported(key) === undefined && verifyPrehashed(key, digest, signature),
    };
}

;// CONCATENATED MODULE: ./src/verify/signature.ts
// Verifies one stored signature (legacy layer or bundle) against trust material, the expected signer
// and the image it must be about. Pure and synchronous, like @sigstore/verify's Verifier: the verify
// stage fetches everything first, then calls this once per candidate.









const CHECK_OF = {
    SIGNATURE_ERROR: ['VERIFY_SIGNATURE', 'signature does not verify over the payload'],
    CERTIFICATE_ERROR: ['VERIFY_CERTIFICATE', 'certificate is not trusted'],
    PUBLIC_KEY_ERROR: ['VERIFY_SIGNATURE', 'public key not trusted'],
    TLOG_ERROR: ['VERIFY_TLOG', 'transparency log entry does not verify'],
    TLOG_INCLUSION_PROOF_ERROR: ['VERIFY_TLOG', 'transparency log inclusion proof does not verify'],
    TLOG_INCLUSION_PROMISE_ERROR: ['VERIFY_TLOG', 'transparency log signed entry timestamp does not verify'],
    TLOG_MISSING_INCLUSION_ERROR: ['VERIFY_TLOG', 'transparency log entry has no inclusion proof or promise'],
    // The logged entry's digest or signature differs from the bundle's: the payload or signature was altered.
    TLOG_BODY_ERROR: [
        'VERIFY_SIGNATURE',
        'payload or signature differs from what the transparency log recorded',
    ],
    TIMESTAMP_ERROR: ['VERIFY_TIMESTAMP', 'no trusted timestamp or tlog entry proves when it was signed'],
};
function fail(location, code, what, cause) {
    return new errors/* VerifyError */.G(code, `${location}: ${what}`, { cause });
}
function fromSigstoreError(location, err) {
    if (err instanceof verify_dist/* VerificationError */.mk) {
        const [code, what] = CHECK_OF[err.code] ?? ['VERIFY_FAILED', 'verification failed'];
        return fail(location, code, `${what} (${err.message})`, err);
    }
    if (err instanceof verify_dist/* PolicyError */.pn)
        return fail(location, 'VERIFY_IDENTITY_MISMATCH', err.message, err);
    return fail(location, 'VERIFY_FAILED', err?.message ?? String(err), err);
}
/** Normalises a docker-reference for comparison: Docker Hub has three spellings. */
function normaliseRepository(ref) {
    return ref.replace(/^(index\.docker\.io|registry-1\.docker\.io)\//, 'docker.io/');
}
/**
 * In key mode the signature is checked with the given key, whatever material the bundle carries. A
 * key does not expire, so no timestamp is needed: RFC 3161 timestamps the trust material has no TSA
 * for are dropped rather than failed. With `--insecure-ignore-tlog` the tlog entries are dropped too,
 * as cosign then ignores the tlog entirely: an entry from a log the trust root does not know (or no
 * trust root at all) must not turn a valid key signature into a failure.
 */
function forKeyVerification(bundle, ignoreTlog, trust) {
    const material = {
        ...bundle.verificationMaterial,
        content: { $case: 'publicKey', publicKey: { hint: '' } },
    };
    if (ignoreTlog)
        material.tlogEntries = [];
    if (trust.timestampAuthorities.length === 0)
        material.timestampVerificationData = undefined;
    return { ...bundle, verificationMaterial: material };
}
function checkLegacyPayload(payload, check, location) {
    let parsed;
    try {
        parsed = (0,simple_signing/* parseSimpleSigningPayload */.$)(payload);
    }
    catch (err) {
        throw fail(location, 'VERIFY_MALFORMED', `payload is not a simple-signing document: ${err.message}`, err);
    }
    if (parsed.type !== constants/* SIMPLE_SIGNING_TYPE */.g7) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `payload type is ${JSON.stringify(parsed.type)}, expected ${JSON.stringify(constants/* SIMPLE_SIGNING_TYPE */.g7)}`);
    }
    if (parsed.digest !== check.digest) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `signature is for ${parsed.digest}, not ${check.digest} (copied from another image?)`);
    }
    if (!check.ignoreDockerReference &&
        normaliseRepository(parsed.dockerReference) !== normaliseRepository(check.repository)) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `signature names repository ${parsed.dockerReference}, not ${check.repository} (pass --ignore-docker-reference for mirrored images)`);
    }
}
const DIGEST_ALGORITHMS = {
    sha256: protobuf_specs_dist.HashAlgorithm.SHA2_256,
    sha512: protobuf_specs_dist.HashAlgorithm.SHA2_512,
};
/** The predicate type a DSSE bundle's statement claims (before any check), for messages. */
function claimedPredicateType(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return '';
    try {
        const t = JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8')).predicateType;
        return typeof t === 'string' ? t : '';
    }
    catch {
        return '';
    }
}
/**
 * A blob bundle must be what the user asked to verify: a blob signature (cosign `verify-blob`), or,
 * with `--type`, an attestation about the blob (cosign `verify-blob-attestation`). An SBOM or
 * provenance attestation whose subject is the blob proves what someone said about it, not that they
 * signed it.
 */
function checkBlobKind(bundle, check, location) {
    const dsse = bundle.content.$case === 'dsseEnvelope';
    if (check.predicateType === undefined && dsse) {
        const claimed = claimedPredicateType(bundle);
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `bundle holds an attestation (DSSE statement${claimed ? ` of predicate type ${JSON.stringify(claimed)}` : ''}), not a blob signature: verify it as an attestation with --type${claimed ? ` ${claimed}` : ' TYPE'}`);
    }
    if (check.predicateType !== undefined && !dsse) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `bundle holds a blob signature, not an attestation of predicate type ${JSON.stringify(check.predicateType)}: drop --type to verify the signature`);
    }
}
/** A blob's message signature must be over the blob: its message digest must be the blob's digest. */
function checkMessageDigest(bundle, check, location) {
    if (bundle.content.$case !== 'messageSignature')
        return;
    const md = bundle.content.messageSignature.messageDigest;
    if (!md)
        throw fail(location, 'VERIFY_MALFORMED', 'message signature has no message digest');
    const [algorithm, hex] = check.digest.split(':');
    const foundHex = Buffer.from(md.digest).toString('hex');
    if (md.algorithm !== DIGEST_ALGORITHMS[algorithm] || foundHex !== hex) {
        const name = Object.entries(DIGEST_ALGORITHMS).find(([, v]) => v === md.algorithm)?.[0];
        const found = `${name ?? `algorithm ${md.algorithm}`}:${foundHex}`;
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `bundle signs ${found}, not ${check.digest} (another file?)`);
    }
}
function checkStatement(bundle, check, location, defaultPredicateType) {
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw fail(location, 'VERIFY_MALFORMED', 'image bundles must hold a DSSE envelope, found a message signature');
    }
    const env = bundle.content.dsseEnvelope;
    if (env.payloadType !== constants/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw fail(location, 'VERIFY_MALFORMED', `DSSE payload type is ${JSON.stringify(env.payloadType)}, expected ${constants/* IN_TOTO_PAYLOAD_TYPE */.T4}`);
    }
    let statement;
    try {
        statement = JSON.parse(Buffer.from(env.payload).toString('utf8'));
    }
    catch (err) {
        throw fail(location, 'VERIFY_MALFORMED', 'DSSE payload is not JSON', err);
    }
    if (statement._type !== constants/* IN_TOTO_STATEMENT_V1 */.tV && statement._type !== 'https://in-toto.io/Statement/v0.1') {
        throw fail(location, 'VERIFY_MALFORMED', `payload is not an in-toto statement (_type ${JSON.stringify(statement._type)})`);
    }
    const [algorithm, hex] = check.digest.split(':');
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (!subjects.some((s) => s?.digest?.[algorithm] === hex)) {
        const found = subjects
            .map((s) => Object.entries(s?.digest ?? {})
            .map(([a, h]) => `${a}:${String(h)}`)
            .join(','))
            .join(' ');
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `statement subject is ${found || '(none)'}, not ${check.digest} (copied from another image?)`);
    }
    const want = check.predicateType ?? defaultPredicateType;
    if (want !== undefined && statement.predicateType !== want) {
        throw fail(location, 'VERIFY_SUBJECT_MISMATCH', `predicate type is ${JSON.stringify(statement.predicateType)}, expected ${JSON.stringify(want)}`);
    }
}
/** What @sigstore/bundle's validation found missing, spelled as the bundle's JSON fields. */
const MISSING_PART = {
    'verificationMaterial.tlogEntries[].inclusionProof.checkpoint': 'an inclusion proof without a checkpoint (the signed tree head it must be checked against)',
    'verificationMaterial.tlogEntries[].inclusionPromise': 'a v0.1 bundle tlog entry without an inclusion promise (signed entry timestamp)',
    'verificationMaterial.tlogEntries[].inclusionProof': 'a tlog entry without an inclusion proof (required from bundle v0.2 on)',
};
/** One line for a bundle @sigstore/bundle refused: the fields it found missing or invalid. */
function describeInvalidBundle(err) {
    const e = err;
    const fields = Array.isArray(e.fields) ? e.fields.map(String) : [];
    const base = typeof e.message === 'string' ? e.message : String(err);
    if (fields.length === 0)
        return base;
    const parts = fields.map((f) => {
        const normal = f.replace(/\[\d+\]/g, '[]');
        const what = MISSING_PART[normal];
        return what ? `${what} (${f})` : `${f} missing or invalid`;
    });
    return `${base}: ${parts.join('; ')}`;
}
/**
 * A Rekor v2 entry (kind version 0.0.2) has no integrated time and no signed entry timestamp, so it proves
 * no signing time: a keyless bundle with one needs an RFC 3161 timestamp, and says so when it has none.
 */
function refuseUntimedRekorV2(bundle, location) {
    const material = bundle.verificationMaterial;
    const timed = (material.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0 ||
        material.tlogEntries.some((e) => e.inclusionPromise || Number(e.integratedTime) > 0);
    const v2 = material.tlogEntries.some((e) => e.kindVersion?.version === '0.0.2');
    if (v2 && !timed) {
        throw fail(location, 'VERIFY_TIMESTAMP', 'the bundle has a Rekor v2 entry (no integrated time, no signed entry timestamp) and no RFC 3161 timestamp: nothing proves when the short-lived certificate signed; Rekor v2 signing needs a timestamp authority');
    }
}
/** Runs every check on one candidate; returns what it proved or throws a VerifyError naming the failed check. */
function verifySignature(candidate, check) {
    const { location } = candidate;
    let bundle;
    let artifact;
    if (candidate.format === 'legacy') {
        bundle = (0,legacy_bundle/* legacyLayerToBundle */.g)(candidate.payload, candidate.annotations);
        artifact = candidate.payload;
    }
    else {
        artifact = candidate.format === 'blob' ? candidate.artifact : undefined;
        try {
            bundle = (0,dist.bundleFromJSON)(candidate.bundleJSON);
        }
        catch (err) {
            throw fail(location, 'VERIFY_MALFORMED', `not a valid Sigstore bundle: ${describeInvalidBundle(err)}`, err);
        }
    }
    // Checked first for blobs: "another file" says more than "the signature does not verify".
    if (candidate.format === 'blob') {
        checkBlobKind(bundle, check, location);
        checkMessageDigest(bundle, check, location);
    }
    const keyless = check.signer.kind === 'keyless';
    const toVerify = keyless ? bundle : forKeyVerification(bundle, !check.requireTlog, check.trust);
    if (keyless && toVerify.verificationMaterial.content.$case === 'publicKey') {
        throw fail(location, 'VERIFY_CERTIFICATE', 'signed with a key, not a certificate: verify it with --key');
    }
    if (keyless)
        refuseUntimedRekorV2(toVerify, location);
    const verifier = new verify_dist/* Verifier */.BL(check.trust, {
        tlogThreshold: check.requireTlog ? 1 : 0,
        // An SCT is required when the trusted root lists a CT log; an instance without one (GitHub's: its
        // Fulcio logs no certificates) cannot have SCTs, and gh's GitHub policy does not ask for them either.
        ctlogThreshold: keyless && check.trust.ctlogs.length > 0 ? 1 : 0,
        // Keyless certificates are short-lived: a tlog entry or a TSA timestamp must prove the signing time.
        timestampThreshold: keyless ? 1 : 0,
    });
    const entity = (0,verify_dist/* toSignedEntity */.DC)(toVerify, artifact);
    // A blob given only as its digest: check the message signature against the digest itself.
    const prehashed = candidate.format === 'blob' && artifact === undefined && bundle.content.$case === 'messageSignature';
    if (prehashed && bundle.content.$case === 'messageSignature') {
        const digest = Buffer.from(check.digest.split(':')[1] ?? '', 'hex');
        entity.signature = prehashedSignatureContent(Buffer.from(bundle.content.messageSignature.signature), digest);
    }
    try {
        verifier.verify(entity);
    }
    catch (err) {
        const e = fromSigstoreError(location, err);
        if (prehashed && e.code === 'VERIFY_SIGNATURE') {
            e.message +=
                '; checked against the digest alone, which works for ECDSA P-256/P-384 keys only: give the file for other keys';
        }
        throw e;
    }
    let identity;
    if (check.signer.kind === 'keyless') {
        if (entity.key.$case !== 'certificate') {
            throw fail(location, 'VERIFY_CERTIFICATE', 'no certificate to read the identity from');
        }
        identity = (0,verify_identity/* certificateIdentity */.Wb)(entity.key.certificate);
        const mismatch = (0,verify_identity/* identityMismatch */.tx)(check.signer.policy, identity);
        if (mismatch)
            throw fail(location, 'VERIFY_IDENTITY_MISMATCH', mismatch);
    }
    if (candidate.format === 'legacy')
        checkLegacyPayload(candidate.payload, check, location);
    else if (candidate.format === 'bundle')
        checkStatement(bundle, check, location, constants/* COSIGN_SIGN_PREDICATE_TYPE */.Z4);
    else if (bundle.content.$case === 'dsseEnvelope')
        checkStatement(bundle, check, location, undefined);
    // An ignored tlog entry proved nothing: it is not reported.
    const entry = toVerify.verificationMaterial.tlogEntries[0];
    return {
        format: candidate.format,
        location,
        identity,
        tlog: entry
            ? { logIndex: Number(entry.logIndex), integratedTime: new Date(Number(entry.integratedTime) * 1000) }
            : undefined,
        timestampAuthorities: bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0,
        bundle,
    };
}


/***/ })

};
