export const id = 825;
export const ids = [825];
export const modules = {

/***/ 91825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/verify/index.ts + 9 modules
var verify = __webpack_require__(8649);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/oidc/token.ts + 1 modules
var oidc_token = __webpack_require__(83707);
// EXTERNAL MODULE: ./src/ci/common/provenance-context.ts
var provenance_context = __webpack_require__(91739);
// EXTERNAL MODULE: ./src/ci/common/identity.ts
var identity = __webpack_require__(22576);
;// CONCATENATED MODULE: ./src/ci/common/inputs.ts
// The one table of the Action's and the component's inputs and outputs. action.yml, the GitLab
// component specs and the README tables are checked against it by test/unit/ci/spec-sync.test.ts, and
// both adapters read their inputs through it, so a name means the same everywhere. Names follow
// docker/build-push-action for the build and cosign's flags for signing and verifying.
const URL_RE = '^(https?://\\S+)?$';
const NO_NEWLINE = '^[^\\n]*$';
/** `KEY=VALUE` per line (GitLab `regex:`; RE2 syntax, as GitLab checks it). */
const KEY_VALUE_LINES = '^([^=\\n]+=[^\\n]*(\\n|$))*$';
/** Every input, in the order the docs list them. */
const INPUTS = [
    // What to run.
    {
        name: 'build',
        kind: 'choice',
        options: ['buildx', 'docker', 'buildah', 'none'],
        default: 'buildx',
        // A GitLab job image with node has no docker: the component signs what a build job pushed.
        gitlabDefault: 'none',
        description: 'the builder; `none` signs the image another step pushed (`tags` + `digest`)',
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
        description: 'token for ghcr.io (when no other credentials are given)',
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
        description: "the key's password (GitLab: the masked variable COSIGN_PASSWORD)",
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/attest/index.ts + 8 modules
var attest = __webpack_require__(95043);
// EXTERNAL MODULE: ./src/build/index.ts + 8 modules
var src_build = __webpack_require__(14363);
// EXTERNAL MODULE: ./src/build/exec.ts
var exec = __webpack_require__(44107);
// EXTERNAL MODULE: ./src/cluster/generate.ts + 5 modules
var generate = __webpack_require__(48604);
// EXTERNAL MODULE: ./src/cluster/gitops.ts
var gitops = __webpack_require__(44448);
// EXTERNAL MODULE: ./src/cluster/apply.ts
var apply = __webpack_require__(7790);
// EXTERNAL MODULE: ./src/sbom/index.ts + 14 modules
var src_sbom = __webpack_require__(66621);
// EXTERNAL MODULE: ./src/sign/index.ts + 1 modules
var sign = __webpack_require__(24057);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/pipeline/run-pipeline.ts
// The whole pipeline as one function: build and push → sign the pushed digest → SBOM of every platform,
// attested → provenance, attested → verify what the registry now holds → admission objects (and apply).
// Every stage is the same function `signet <stage>` calls; this file only orders them, hands each the
// previous one's result, and stops at the first failure, so nothing is written after a stage fails and
// nothing reaches a cluster unless the read-back verification passed: `apply` without `verify` is
// refused (PIPELINE_INVALID_INPUT), and a verification that found no valid signature generates nothing. The CI adapters (the Action, the
// GitLab component) turn their inputs into a PipelineInput and their environment into PipelineDeps.


// The cluster modules by file: the index also loads the Kubernetes client, which only applying needs.






/** A pipeline asked for something it cannot do (a stage without what it needs), found before it starts. */
class PipelineError extends errors/* SignetError */.T {
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
    const build = await (0,src_build/* buildImage */._w)(input.build, deps.build);
    const image = build.image;
    // Every repository pushed to gets the signatures and attestations, not only the first tag's.
    const images = (0,sign/* toSignTargets */.rl)([image, ...build.names], build.digest);
    const out = { build, images, sbomAttestations: [], warnings: [...build.warnings] };
    if (input.sign) {
        stage('sign', `${build.digest} (${input.sign.format ?? 'both'}) in ${images.length} repositor${images.length === 1 ? 'y' : 'ies'}`);
        for (const target of images) {
            const signed = await (0,sign/* signImage */.jV)({ ...input.sign, image: target }, { registry: deps.registry, ...needSigning(deps, 'sign') });
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
        out.sboms = await (0,src_sbom/* collectSboms */.$d)({ ...input.sbom, image }, { registry: deps.registry, now: deps.now });
        out.warnings.push(...out.sboms.warnings);
        for (const sbom of out.sboms.sboms.flatMap((b) => images.map((target) => ({ ...b, target })))) {
            const attested = await (0,attest/* attestImage */.DT)({
                image: { ...sbom.target, digest: sbom.subject },
                predicateType: sbom.predicateType,
                predicate: JSON.parse(sbom.json),
                recursive: false,
                ...attestTo,
            }, { registry: deps.registry, ...needSigning(deps, 'sbom') });
            out.sbomAttestations.push(attested);
            out.warnings.push(...attested.warnings);
        }
    }
    const provenance = input.provenance && (await resolve(input.provenance));
    if (provenance) {
        stage('provenance', provenance.predicateType);
        for (const target of images) {
            const attested = await (0,attest/* attestImage */.DT)({ image: target, ...provenance, recursive: true, ...attestTo }, { registry: deps.registry, ...needSigning(deps, 'provenance') });
            out.warnings.push(...attested.warnings);
            if (!out.provenance)
                out.provenance = attested;
            else
                out.provenance.attestations.push(...attested.attestations);
        }
    }
    if (input.verify) {
        stage('verify', `${image.registry}/${image.repository}@${build.digest}`);
        const verifyInput = { ...(await resolve(input.verify)), image };
        const vsa = input.vsa && (await resolve(input.vsa));
        const { onFailure, ...vsaFacts } = vsa ?? {};
        try {
            out.verify = await (0,verify/* verifyImage */.ZG)(verifyInput, { registry: deps.registry });
            // The other repositories are read back too; the first that does not verify is the result.
            for (const target of images.slice(1)) {
                if (!out.verify.verified)
                    break;
                const other = await (0,verify/* verifyImage */.ZG)({ ...verifyInput, image: target }, { registry: deps.registry });
                out.warnings.push(...other.warnings);
                if (!other.verified)
                    out.verify = other;
            }
        }
        catch (err) {
            // Nothing to verify is a failure too: summarised as FAILED when asked, then thrown.
            if (vsa && onFailure && err instanceof verify/* VerifyError */.Gz && err.code === 'VERIFY_NO_SIGNATURES') {
                stage('vsa', 'FAILED');
                out.vsa = await (0,attest/* attestVsa */.UK)({
                    ...vsaFacts,
                    verifierId: vsa.verifierId,
                    image,
                    digest: build.digest,
                    timeVerified: deps.now(),
                    ...(0,attest/* toVsaEvidence */.Vd)({
                        policy: verifyInput.policy,
                        signatures: { ...emptyVerify(verifyInput), digest: build.digest },
                    }),
                    ...attestTo,
                }, { registry: deps.registry, ...needSigning(deps, 'vsa') });
            }
            throw err;
        }
        out.warnings.push(...out.verify.warnings);
        if (vsa) {
            // The provenance just attested is read back too: a verified provenance is what raises the level.
            if (out.provenance && out.verify.verified) {
                out.provenanceVerify = await (0,attest/* verifyAttestations */.rm)({
                    image: { ...image, digest: build.digest },
                    predicateType: attest/* SLSA_PROVENANCE_V1 */.us,
                    policy: verifyInput.policy,
                    ...(attestTo.signatureRepository ? { signatureRepository: attestTo.signatureRepository } : {}),
                    ...(attestTo.format ? { formats: attestTo.format } : {}),
                }, { registry: deps.registry });
            }
            const evidence = (0,attest/* toVsaEvidence */.Vd)({
                policy: verifyInput.policy,
                signatures: out.verify,
                ...(out.provenanceVerify ? { attestations: [out.provenanceVerify] } : {}),
            });
            if (evidence.result === 'PASSED' || onFailure) {
                stage('vsa', evidence.result);
                out.vsa = await (0,attest/* attestVsa */.UK)({
                    ...vsaFacts,
                    verifierId: vsa.verifierId,
                    ...evidence,
                    image,
                    digest: build.digest,
                    timeVerified: deps.now(),
                    ...attestTo,
                }, { registry: deps.registry, ...needSigning(deps, 'vsa') });
                out.warnings.push(...out.vsa.warnings);
            }
            if (out.provenanceVerify && !out.provenanceVerify.verified) {
                const reasons = out.provenanceVerify.rejected.map((r) => `${r.code}: ${r.message}`).join('; ');
                throw new verify/* VerifyError */.Gz('VERIFY_FAILED', `${image.registry}/${image.repository}@${build.digest}: the provenance attestation just written does not verify (${reasons})`);
            }
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
            repositories: [{ registry: image.registry, repository: image.repository }],
            digests: [build.digest],
        };
        const generated = (0,generate/* generateAdmission */.B$)(admissionInput, admission.targets);
        out.admission = { ...generated, input: admissionInput };
        out.warnings.push(...generated.warnings);
        if (admission.apply) {
            if (!deps.kube)
                throw new PipelineError('PIPELINE_INVALID_INPUT', 'applying admission objects needs a cluster client');
            out.applied = await (0,apply/* applyObjects */.r)({ ...admission.apply, objects: generated.objects, policyName: admissionInput.name }, { kube: deps.kube });
        }
    }
    return out;
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

// EXTERNAL MODULE: ./src/registry/index.ts + 14 modules
var src_registry = __webpack_require__(12133);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/ci/common/context.ts + 2 modules
var context = __webpack_require__(78019);
// EXTERNAL MODULE: ./src/ci/common/builder-login.ts
var builder_login = __webpack_require__(39895);
// EXTERNAL MODULE: ./src/ci/common/build-options.ts
var build_options = __webpack_require__(76007);
// EXTERNAL MODULE: ./src/ci/common/values.ts
var common_values = __webpack_require__(9700);
// EXTERNAL MODULE: ./src/attestation-store/index.ts + 4 modules
var attestation_store = __webpack_require__(95278);
// EXTERNAL MODULE: ./src/ci/common/file-subjects.ts
var file_subjects = __webpack_require__(38188);
// EXTERNAL MODULE: ./src/ci/common/github-store.ts
var github_store = __webpack_require__(23189);
;// CONCATENATED MODULE: ./src/ci/common/ci-attestations.ts
// The Action's and the component's attestations beyond the image: release files as subjects
// (actions/attest's `subject-path`, `subject-digest` + `subject-name`, `subject-checksums`, with
// `predicate-type` + `predicate`/`predicate-path`, or the run's SLSA provenance), written beside the
// files as `<file>.sigstore.json`; and, on GitHub, every bundle of the run stored in the repository's
// attestations (`push-to-github`), with storage records for an organization's pushed image.







/** The subject inputs of the table. */
function subjectSpecOf(flags) {
    return {
        paths: (0,common_values/* list */.p_)(flags, 'subject-path'),
        ...((0,common_values/* str */.gx)(flags, 'subject-digest') !== undefined ? { digest: (0,common_values/* str */.gx)(flags, 'subject-digest') } : {}),
        ...((0,common_values/* str */.gx)(flags, 'subject-name') !== undefined ? { name: (0,common_values/* str */.gx)(flags, 'subject-name') } : {}),
        ...((0,common_values/* str */.gx)(flags, 'subject-checksums') !== undefined ? { checksums: (0,common_values/* str */.gx)(flags, 'subject-checksums') } : {}),
    };
}
/** True when the run attests files and no image (no `tags`). */
const isFilesOnly = (flags) => (0,file_subjects/* hasSubjects */.a7)(subjectSpecOf(flags)) && (0,common_values/* list */.p_)(flags, 'tags').length === 0;
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
    const { flags, adapter } = ctx;
    const typeText = (0,common_values/* str */.gx)(flags, 'predicate-type');
    const inline = (0,common_values/* str */.gx)(flags, 'predicate');
    const path = (0,common_values/* str */.gx)(flags, 'predicate-path');
    if (inline !== undefined && path !== undefined)
        throw new common_values/* UsageError */.eb('give predicate or predicate-path, not both');
    if (typeText === undefined) {
        if (inline !== undefined || path !== undefined)
            throw new common_values/* UsageError */.eb('predicate needs predicate-type');
        if (flags['attest-provenance'] !== true) {
            throw new common_values/* UsageError */.eb('subject inputs need predicate-type with predicate or predicate-path, or attest-provenance: true');
        }
        const made = adapter.provenance(await ctx.claims());
        if ('missing' in made)
            throw new common_values/* UsageError */.eb(`no SLSA provenance for the subjects: ${made.missing}`);
        return { predicateType: attest/* SLSA_PROVENANCE_V1 */.us, predicate: made.predicate };
    }
    let predicateType;
    try {
        predicateType = (0,attest/* parsePredicateType */.$d)(typeText);
    }
    catch (err) {
        throw new common_values/* UsageError */.eb(`input predicate-type: ${err.message}`);
    }
    const text = path !== undefined
        ? (await adapter.host.readFile((0,external_node_path_.resolve)(adapter.host.cwd, path))).toString('utf8')
        : inline;
    if (text === undefined)
        throw new common_values/* UsageError */.eb('predicate-type needs predicate or predicate-path');
    try {
        return { predicateType, predicate: JSON.parse(text) };
    }
    catch (err) {
        throw new common_values/* UsageError */.eb(`input ${path !== undefined ? 'predicate-path' : 'predicate'}: not JSON: ${err.message}`);
    }
}
/** Attests the subject files (when given) and stores the run's bundles on GitHub (on GitHub). */
async function attestFilesAndStore(ctx) {
    const { adapter, flags, outputs } = ctx;
    const { log, host } = adapter;
    const items = ctx.image ? toRunBundles(ctx.image) : [];
    const spec = subjectSpecOf(flags);
    if ((0,file_subjects/* hasSubjects */.a7)(spec)) {
        const resolved = await (0,file_subjects/* resolveSubjects */.Gl)(spec, host, (n) => `input ${n}`);
        const statement = await filePredicate(ctx);
        adapter.onStage?.('provenance', `${resolved.subjects.length} file subject(s) (${statement.predicateType})`);
        const made = await (0,file_subjects/* attestAndWriteFiles */.be)(resolved, { ...statement, perSubject: flags['attestation-per-subject'] === true }, ctx.signing ?? (await ctx.makeSigning()), host, adapter.outputDir);
        for (const w of made.warnings)
            log.warning(w);
        for (const a of made.attestations) {
            log.info(`attested ${a.subjects.map((s) => s.name).join(', ')}: ${a.bundlePaths.join(', ')}`);
            items.push({
                subject: a.subjects.length === 1 ? a.subjects[0].name : `${a.subjects.length} files`,
                kind: statement.predicateType === attest/* SLSA_PROVENANCE_V1 */.us ? 'provenance' : statement.predicateType,
                format: 'bundle',
                bundle: a.bundleJSON,
            });
        }
        outputs['bundle-path'] ??= made.attestations[0].bundlePaths[0];
    }
    if (adapter.name !== 'github')
        return;
    const mode = (0,github_store/* parsePushToGitHub */.Qu)((0,common_values/* str */.gx)(flags, 'push-to-github'), 'input push-to-github');
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
    const bundles = (0,attestation_store/* toBundlesToStore */.jb)(items);
    const result = await (0,github_store/* storeOnGitHub */.KC)(mode, (0,github_store/* githubStoreTarget */.CX)(host, (0,common_values/* str */.gx)(flags, 'github-token'), adapter.ownerIsOrganization === true), bundles, { storageRecords, fetch: host.fetch });
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

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./src/ci/common/sigstore-instance.ts
// `sigstore-instance: auto|public-good|github|custom`, as actions/attest picks its instance: `auto` is
// GitHub's own Sigstore for a private or internal repository (its names stay off the public logs) and
// public-good Sigstore otherwise, unless Sigstore inputs were set (then `custom`: those inputs as given).
// `github` signs with GitHub's Fulcio and timestamp authority, without Rekor, and verifies with GitHub's
// trusted root, fetched through GitHub's TUF repository (as `gh attestation trusted-root`) and written
// to the output folder for other verifiers (cosign --trusted-root, Kyverno, policy-controller).
// SIGNET_GITHUB_TUF_URL and SIGNET_GITHUB_TUF_ROOT name another mirror and its root.json, as gh's
// `--tuf-url`/`--tuf-root` do (a mirror, or a test's repository).





const SIGSTORE_INPUTS = ['fulcio-url', 'rekor-url', 'tsa-url', 'trusted-root'];
/** True when a Sigstore input differs from the table's default (a private or test Sigstore). */
function hasCustomSigstoreInputs(flags) {
    return SIGSTORE_INPUTS.some((n) => {
        const v = (0,common_values/* str */.gx)(flags, n);
        return v !== undefined && v !== INPUTS.find((i) => i.name === n).default;
    });
}
/** The instance a run signs with. */
function resolveSigstoreInstance(choice, ctx) {
    if (choice === 'public-good' || choice === 'github' || choice === 'custom')
        return choice;
    if (choice !== 'auto')
        throw new common_values/* UsageError */.eb(`input sigstore-instance takes auto, public-good, github or custom, got ${JSON.stringify(choice)}`);
    if (ctx.custom || ctx.key)
        return 'custom';
    return ctx.visibility === 'private' || ctx.visibility === 'internal' ? 'github' : 'public-good';
}
/**
 * Points the flags at GitHub's instance (Fulcio, TSA, no Rekor; a set fulcio-url or tsa-url wins) and
 * writes its trusted root, fetched through TUF, as `<outputDir>/github-trusted-root.json`.
 */
async function useGitHubInstance(flags, host, outputDir) {
    const defaults = (n) => INPUTS.find((i) => i.name === n).default;
    if ((0,common_values/* str */.gx)(flags, 'fulcio-url') === undefined || (0,common_values/* str */.gx)(flags, 'fulcio-url') === defaults('fulcio-url'))
        flags['fulcio-url'] = verify/* GITHUB_FULCIO_URL */.fx;
    if ((0,common_values/* str */.gx)(flags, 'tsa-url') === undefined)
        flags['tsa-url'] = flags['timestamp-server-url'] = verify/* GITHUB_TSA_URL */.Fb;
    flags['tlog-upload'] = false;
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
    await host.writeFile(trustedRootPath, JSON.stringify(dist.TrustedRoot.toJSON(root)) + '\n', {
        mode: 0o644,
        overwrite: true,
    });
    if ((0,common_values/* str */.gx)(flags, 'trusted-root') === undefined)
        flags['trusted-root'] = trustedRootPath;
    return { trustedRootPath };
}

;// CONCATENATED MODULE: ./src/ci/common/run-ci.ts
// What the Action and the GitLab component do with their inputs, shared: read the input table into the
// stage inputs (through the same option helpers as the `signet` CLI, under the same cosign names),
// refuse what must not run (keyless signing of a private repository on the public logs), run the
// pipeline, write the files (Sigstore bundle, SBOMs, verify report, GitOps policies) into the output
// folder, and return the outputs. Each adapter supplies only what differs between the two CIs: how
// inputs are read, how it logs and masks, the run's default identity and its provenance.






// The cluster modules by file: the index also loads the Kubernetes client, loaded here only to apply.















/** Action-only inputs the CLI takes as flags too (its other secrets come from the environment). */
const CLI_TOO = new Set(['registry-username', 'registry-password']);
const PUBLIC_REKOR_HOSTS = new Set([new URL(context/* DEFAULT_REKOR_URL */.AD).host]);
/** The input values, typed by the table (booleans checked, lists split). */
function readInputs(adapter) {
    const flags = {};
    for (const spec of INPUTS) {
        if (spec.only && spec.only !== adapter.name && !(adapter.name === 'cli' && CLI_TOO.has(spec.name)))
            continue;
        const text = adapter.input(spec.name);
        switch (spec.kind) {
            case 'boolean': {
                const v = text.trim().toLowerCase();
                if (v !== 'true' && v !== 'false') {
                    throw new common_values/* UsageError */.eb(`input ${spec.name} takes true or false, got ${JSON.stringify(text)}`);
                }
                flags[spec.name] = v === 'true';
                break;
            }
            case 'list':
                flags[spec.name] = parseInputList(text, COMMA_LISTS.has(spec.name));
                break;
            case 'choice':
                if (!spec.options.includes(text.trim())) {
                    throw new common_values/* UsageError */.eb(`input ${spec.name} takes ${spec.options.join(', ')}, got ${JSON.stringify(text)}`);
                }
                flags[spec.name] = text.trim();
                break;
            default:
                if (text.includes('\n') && spec.regex !== undefined) {
                    throw new common_values/* UsageError */.eb(`input ${spec.name} must be one line`);
                }
                // Secrets are taken as given (a password may end in a space); other values are trimmed.
                if (text.trim() !== '')
                    flags[spec.name] = spec.secret ? text : text.trim();
        }
    }
    // The option helpers know cosign's flag name for the timestamp authority.
    if (flags['tsa-url'] !== undefined)
        flags['timestamp-server-url'] = flags['tsa-url'];
    return flags;
}
function buildInput(flags, host, workDir, push) {
    const builder = (0,common_values/* str */.gx)(flags, 'build');
    if (!src_build/* BUILDER_KINDS */.mI.includes(builder))
        throw new common_values/* UsageError */.eb(`input build takes ${src_build/* BUILDER_KINDS */.mI.join(', ')}`);
    const label = (name) => `input ${name}`;
    return (0,build_options/* toBuildInput */._g)(flags, {
        builder,
        context: (0,common_values/* str */.gx)(flags, 'context') ?? '.',
        buildxBuilder: (0,common_values/* str */.gx)(flags, 'builder'),
        // The input wins; GitLab's `services:` pattern sets BUILDKIT_HOST for the job.
        buildkitHost: (0,common_values/* str */.gx)(flags, 'buildkit-host') ?? host.env.BUILDKIT_HOST,
        // build-push-action's `secrets`: `id=value` lines.
        secrets: (0,build_options/* keyValues */.K7)((0,common_values/* list */.p_)(flags, 'secrets'), label('secrets')).map(({ key, value }) => ({
            id: key,
            value,
        })),
        push,
        cwd: host.cwd,
        workDir,
        label,
    });
}
/** Refuses keyless signing that would publish a non-public project's names, with the ways out. */
function checkPublicLogs(flags, adapter) {
    if (!adapter.visibility || adapter.visibility === 'public' || (0,common_values/* str */.gx)(flags, 'key'))
        return;
    if (flags['allow-public-logs'] === true) {
        adapter.log.warning(`this ${adapter.visibility} repository's name and workflow go into the public Sigstore logs (allow-public-logs: true)`);
        return;
    }
    // With a signing config, rekor-url counts only when set to something else than its default (an override).
    const rekorFlag = (0,common_values/* str */.gx)(flags, 'rekor-url');
    const rekor = flags['tlog-upload'] === false
        ? undefined
        : (0,common_values/* str */.gx)(flags, 'signing-config')
            ? rekorFlag !== context/* DEFAULT_REKOR_URL */.AD
                ? rekorFlag
                : undefined
            : (rekorFlag ?? context/* DEFAULT_REKOR_URL */.AD);
    const publicRekor = rekor !== undefined && PUBLIC_REKOR_HOSTS.has(new URL(rekor).host);
    if (!publicRekor) {
        if ((0,common_values/* str */.gx)(flags, 'fulcio-url')?.includes('fulcio.sigstore.dev')) {
            adapter.log.warning("no Rekor entry is made, but the public Fulcio still logs the signing certificate (with this repository's name) in its certificate-transparency log");
        }
        return;
    }
    throw new common_values/* UsageError */.eb(`this repository is ${adapter.visibility}: keyless signing would publish its name and workflow in the public Rekor and certificate-transparency logs. ` +
        'Choose one: sign with a key (key + key-password); use a private Sigstore (fulcio-url, rekor-url, trusted-root); ' +
        'use a timestamp authority instead of Rekor (tlog-upload: false, tsa-url); or accept the public logs (allow-public-logs: true)');
}
/** The registry-username and registry-password inputs, when both are given. */
function registryLoginFrom(flags) {
    const username = (0,common_values/* str */.gx)(flags, 'registry-username');
    const password = (0,common_values/* str */.gx)(flags, 'registry-password');
    return username && password ? { username, password } : undefined;
}
function toAdmissionTargets(values) {
    for (const t of values) {
        if (!generate/* ADMISSION_TARGETS */.bg.includes(t)) {
            throw new common_values/* UsageError */.eb(`input admission: ${JSON.stringify(t)} is not one of ${generate/* ADMISSION_TARGETS */.bg.join(', ')}`);
        }
    }
    return values;
}
function defaultPolicyName(image) {
    const base = image.repository
        .split('/')
        .pop()
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-');
    return (base
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
        .replace(/-+$/, '') || 'signet');
}
const shortDigest = (d) => d.replace(/^sha256:/, '').slice(0, 12);
/** Runs the pipeline the inputs describe and writes its files; throws on any failure (fail closed). */
async function runCi(adapter) {
    const flags = readInputs(adapter);
    for (const spec of INPUTS) {
        const v = flags[spec.name];
        if (!spec.secret)
            continue;
        if (typeof v === 'string' && v !== '')
            adapter.mask(v);
        // `secrets`: id=value lines; the values are the secret part.
        if (Array.isArray(v))
            for (const line of v)
                adapter.mask(line.slice(line.indexOf('=') + 1));
    }
    // GitHub's instance serves runs that sign keyless; a verify-only run keeps the inputs' trust.
    const signsKeyless = ['sign', 'attest-sbom', 'attest-provenance', 'vsa'].some((n) => flags[n] === true) &&
        flags.push !== false &&
        !adapter.noSigning;
    // GitHub's instance serves GitHub Actions runs only (as actions/attest): a private GitLab project
    // keeps the public-logs refusal under `auto`.
    const instance = resolveSigstoreInstance((0,common_values/* str */.gx)(flags, 'sigstore-instance') ?? 'auto', {
        visibility: signsKeyless && adapter.name === 'github' ? adapter.visibility : 'public',
        custom: hasCustomSigstoreInputs(flags),
        key: (0,common_values/* str */.gx)(flags, 'key') !== undefined,
    });
    const github = instance === 'github' ? await useGitHubInstance(flags, adapter.host, adapter.outputDir) : undefined;
    if (github)
        adapter.log.info(`signing with GitHub's Sigstore instance (${(0,common_values/* str */.gx)(flags, 'fulcio-url')}, no public logs)`);
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'signet-build-'));
    try {
        const run = await runStages(adapter, flags, workDir);
        if (github)
            run.outputs['trusted-root-path'] = github.trustedRootPath;
        return run;
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/**
 * Inputs that contradict each other, refused before anything runs: applying admission objects needs
 * the read-back verification they are pinned on (Signet never applies what it did not verify), and a
 * dry run only means something for an apply.
 */
function checkStageInputs(flags) {
    if (flags.apply === true && flags.verify !== true)
        throw new common_values/* UsageError */.eb('apply needs verify: true: admission objects are applied only after the image they pin verified; set verify: true, or drop apply and apply the written policies yourself');
    if (flags['dry-run'] === true && flags.apply !== true)
        throw new common_values/* UsageError */.eb('dry-run only applies to apply: set apply: true too, or drop dry-run');
}
async function runStages(adapter, flags, workDir) {
    const { log } = adapter;
    checkStageInputs(flags);
    // The key-password input is cosign's COSIGN_PASSWORD, which the key loader reads from the environment.
    const keyPassword = (0,common_values/* str */.gx)(flags, 'key') ? flags['key-password'] : undefined;
    const host = keyPassword !== undefined && adapter.host.env.COSIGN_PASSWORD === undefined
        ? { ...adapter.host, env: { ...adapter.host.env, COSIGN_PASSWORD: keyPassword } }
        : adapter.host;
    const push = flags.push === true;
    const buildOnly = !push || adapter.noSigning !== undefined;
    if (adapter.noSigning) {
        if (adapter.noSigning.fail)
            throw new common_values/* UsageError */.eb(adapter.noSigning.reason);
        log.notice(`${adapter.noSigning.reason}: building only; nothing is pushed, signed or verified`);
    }
    if (isFilesOnly(flags))
        return runFilesOnly(adapter, host, flags);
    const input = buildInput(flags, host, workDir, push && !adapter.noSigning);
    if (buildOnly) {
        if (input.builder === 'none')
            throw new common_values/* UsageError */.eb('build: none with push: false has nothing to do');
        adapter.onStage?.('build', `${input.builder} (build only)`);
        await (0,src_build/* buildWithoutPush */.xK)(input, {
            exec: exec/* execFile */.St,
            readFile: (p) => host.readFile(p),
            env: await (0,builder_login/* toBuilderEnv */.Kn)(host, input, workDir, registryLoginFrom(flags)),
        });
        return { outputs: { verified: 'false' }, buildOnly: true };
    }
    // Every keyless signature publishes the names: image signatures, SBOM attestations and provenance.
    const signsKeyless = (flags.sign === true || flags['attest-sbom'] === true || flags['attest-provenance'] === true) &&
        !(0,common_values/* str */.gx)(flags, 'key');
    if (signsKeyless)
        checkPublicLogs(flags, adapter);
    const sigRepo = (0,common_values/* str */.gx)(flags, 'signature-repository') ?? host.env.COSIGN_REPOSITORY;
    const signatureRepository = sigRepo
        ? (0,build_options/* parsedAs */.Qv)('input signature-repository', sigRepo, src_registry/* parseReference */.F2)
        : undefined;
    const registryFlags = {
        'allow-insecure-registry': flags['allow-insecure-registry'],
        'registry-username': flags['registry-username'],
        'registry-password': flags['registry-password'],
        limit: flags.limit,
    };
    const registry = await (0,context/* registryClient */.Rk)(registryFlags, host, signatureRepository ? [...input.tags, signatureRepository] : input.tags);
    try {
        return await runWithRegistry(adapter, host, flags, workDir, input, registry, signatureRepository);
    }
    finally {
        registry.close();
    }
}
/** Attests release files only (subject inputs, no `tags`): no build, no registry. */
async function runFilesOnly(adapter, host, flags) {
    if (adapter.noSigning)
        return { outputs: { verified: 'false' }, buildOnly: true };
    if (!(0,common_values/* str */.gx)(flags, 'key'))
        checkPublicLogs(flags, adapter);
    let claims;
    const outputs = { verified: 'false' };
    await attestFilesAndStore({
        adapter: { ...adapter, host },
        flags,
        makeSigning: () => (0,context/* signingDeps */.qf)(flags, host, { onToken: (token, c) => (adapter.mask(token), (claims = c)) }),
        async claims() {
            // Provenance names the job's workflow from the token: ask for it before signing when keyless.
            if (!claims && !(0,common_values/* str */.gx)(flags, 'key') && adapter.peekClaims)
                claims = await adapter.peekClaims();
            return claims;
        },
        outputs,
    });
    return { outputs, buildOnly: false };
}
async function runWithRegistry(adapter, host, flags, workDir, input, registry, signatureRepository) {
    const { log } = adapter;
    const sign = flags.sign === true;
    const attestSbom = flags['attest-sbom'] === true;
    const attestProvenance = flags['attest-provenance'] === true;
    const keyless = !(0,common_values/* str */.gx)(flags, 'key');
    const format = (0,common_values/* str */.gx)(flags, 'signature-format');
    if (input.builder === 'none' && !input.digest) {
        // Verifying a tag: read its digest once, then check exactly that. Signing needs the digest given.
        if (sign || attestSbom || attestProvenance) {
            throw new common_values/* UsageError */.eb('build: none needs the digest input (the digest another step pushed to the first tag)');
        }
        const head = await registry.headManifest(input.tags[0]);
        if (!head)
            throw new common_values/* UsageError */.eb(`${(0,src_registry/* formatReference */.Y4)(input.tags[0])} does not exist in the registry`);
        input.digest = head.digest;
    }
    let claims;
    const wantsVsa = flags.verify === true && flags.vsa === true;
    if (flags['vsa-on-failure'] === true && !wantsVsa) {
        throw new common_values/* UsageError */.eb('vsa-on-failure needs vsa: true (and verify: true)');
    }
    const needsSigner = sign || attestSbom || attestProvenance || wantsVsa;
    const signing = needsSigner
        ? await (0,context/* signingDeps */.qf)(flags, host, {
            legacyFormat: format !== 'bundle' || (wantsVsa && ((0,common_values/* str */.gx)(flags, 'vsa-format') ?? 'both') !== 'bundle'),
            onToken(token, c) {
                adapter.mask(token);
                claims = c;
            },
        })
        : undefined;
    for (const n of signing?.notices ?? [])
        log.warning(n);
    let expected;
    const resolveIdentity = async () => {
        const given = (0,common_values/* str */.gx)(flags, 'certificate-identity') ?? (0,common_values/* str */.gx)(flags, 'certificate-identity-regexp');
        if (given)
            return undefined;
        if (!claims && adapter.peekClaims)
            claims = await adapter.peekClaims();
        return adapter.runIdentity(claims);
    };
    const policy = async () => {
        if (!keyless && sign) {
            // Verify with the public half of the signing key.
            const noTlog = flags['tlog-upload'] === false;
            expected = 'key';
            return (0,verify/* buildVerifyPolicy */.eQ)({
                publicKey: (0,verify/* parsePublicKey */.ee)(signing.publicKeyPem, 'key input'),
                trustedRoot: noTlog && !(0,common_values/* str */.gx)(flags, 'trusted-root') ? undefined : await (0,context/* trustedRoot */.EH)(flags, host),
                insecureIgnoreTlog: noTlog,
            });
        }
        const vflags = { ...flags };
        if (!keyless) {
            expected = 'key';
            vflags['insecure-ignore-tlog'] = flags['tlog-upload'] === false;
            return (0,context/* verifyPolicy */.Es)(vflags, host);
        }
        const id = await resolveIdentity();
        if (id) {
            vflags['certificate-identity'] = id.identity;
            if (!(0,common_values/* str */.gx)(flags, 'certificate-oidc-issuer') && !(0,common_values/* str */.gx)(flags, 'certificate-oidc-issuer-regexp')) {
                vflags['certificate-oidc-issuer'] = id.issuer;
            }
        }
        if (!(0,common_values/* str */.gx)(vflags, 'certificate-identity') && !(0,common_values/* str */.gx)(vflags, 'certificate-identity-regexp')) {
            throw new common_values/* UsageError */.eb('no identity to verify against: set certificate-identity (or -regexp) and certificate-oidc-issuer');
        }
        expected = (0,common_values/* str */.gx)(vflags, 'certificate-identity') ?? `~${(0,common_values/* str */.gx)(vflags, 'certificate-identity-regexp')}`;
        return (0,context/* verifyPolicy */.Es)(vflags, host);
    };
    const admissionTargets = toAdmissionTargets((0,common_values/* list */.p_)(flags, 'admission'));
    const result = await runPipeline({
        build: input,
        ...(sign ? { sign: { format, signatureRepository } } : {}),
        ...(attestSbom
            ? {
                sbom: {
                    sources: (0,common_values/* list */.p_)(flags, 'sbom-source'),
                    ...((0,common_values/* str */.gx)(flags, 'sbom-file')
                        ? {
                            file: {
                                name: (0,common_values/* str */.gx)(flags, 'sbom-file'),
                                bytes: await host.readFile((0,external_node_path_.resolve)(host.cwd, (0,common_values/* str */.gx)(flags, 'sbom-file'))),
                            },
                        }
                        : {}),
                    tool: { name: 'signet', version: version/* VERSION */.x },
                    limits: registry.limits,
                },
            }
            : {}),
        ...(attestProvenance
            ? {
                provenance: async () => {
                    const made = adapter.provenance(claims);
                    if ('missing' in made) {
                        log.warning(`no SLSA provenance attested: ${made.missing}`);
                        return undefined;
                    }
                    return { predicateType: attest/* SLSA_PROVENANCE_V1 */.us, predicate: made.predicate };
                },
            }
            : {}),
        ...(flags.verify === true
            ? {
                verify: async () => ({ policy: await policy(), formats: format, signatureRepository }),
            }
            : {}),
        ...(wantsVsa
            ? {
                vsa: async () => {
                    // The summary is vouched for by this run: its identity is the verifier.
                    if (!claims && adapter.peekClaims && keyless)
                        claims = await adapter.peekClaims();
                    const id = adapter.runIdentity(claims);
                    if (!id)
                        throw new common_values/* UsageError */.eb('vsa needs the identity of this CI run (a GitHub Actions or GitLab CI job)');
                    return {
                        verifierId: id.identity,
                        verifierVersion: version/* VERSION */.x,
                        onFailure: flags['vsa-on-failure'] === true,
                        ...((0,common_values/* str */.gx)(flags, 'vsa-policy-uri') ? { policyUri: (0,common_values/* str */.gx)(flags, 'vsa-policy-uri') } : {}),
                    };
                },
            }
            : {}),
        ...(admissionTargets.length > 0
            ? {
                admission: async () => {
                    const signer = signing?.publicKeyPem
                        ? { kind: 'key', publicKey: signing.publicKeyPem }
                        : await admissionSigner(flags, resolveIdentity);
                    const rootPath = (0,common_values/* str */.gx)(flags, 'trusted-root');
                    return {
                        input: {
                            name: (0,common_values/* str */.gx)(flags, 'policy-name') ?? defaultPolicyName(input.tags[0]),
                            signatureFormat: format === 'bundle' ? 'bundle' : 'legacy',
                            build: signer,
                            mode: (0,common_values/* str */.gx)(flags, 'policy-mode'),
                            trustedRoot: rootPath
                                ? JSON.parse((await host.readFile((0,external_node_path_.resolve)(host.cwd, rootPath))).toString('utf8'))
                                : undefined,
                            signatureRepository,
                            noTlog: flags['tlog-upload'] === false,
                            companions: {
                                allowedRegistries: (0,common_values/* list */.p_)(flags, 'allowed-registries'),
                                pullPolicyAlways: flags['pull-policy-always'] === true,
                                auditUnsigned: flags['audit-unsigned'] === true,
                                alert: flags.alert === true,
                            },
                            vsa: {
                                ...((0,common_values/* str */.gx)(flags, 'vsa-min-level') ? { minLevel: (0,common_values/* str */.gx)(flags, 'vsa-min-level') } : {}),
                                ...((0,common_values/* str */.gx)(flags, 'vsa-max-age') ? { maxAge: (0,common_values/* str */.gx)(flags, 'vsa-max-age') } : {}),
                            },
                        },
                        targets: admissionTargets,
                        ...(flags.apply === true ? { apply: { dryRun: flags['dry-run'] === true } } : {}),
                    };
                },
            }
            : {}),
    }, {
        build: {
            exec: exec/* execFile */.St,
            readFile: (p) => host.readFile(p),
            registry,
            env: await (0,builder_login/* toBuilderEnv */.Kn)(host, input, workDir, registryLoginFrom(flags)),
        },
        registry,
        signing,
        ...(flags.apply === true && admissionTargets.length > 0
            ? { kube: await kubeApi(flags, host, adapter) }
            : {}),
        now: () => new Date(),
        onStage: adapter.onStage,
    });
    const outputs = await writeOutputs(result, adapter);
    await attestFilesAndStore({
        adapter: { ...adapter, host },
        flags,
        image: result,
        ...(signing ? { signing } : {}),
        makeSigning: () => (0,context/* signingDeps */.qf)(flags, host, { onToken: (token, c) => (adapter.mask(token), (claims = c)) }),
        claims: async () => claims,
        outputs,
    });
    return { outputs, result, expected, buildOnly: false };
}
async function admissionSigner(flags, resolveIdentity) {
    const issuer = (0,common_values/* str */.gx)(flags, 'certificate-oidc-issuer');
    const subject = (0,common_values/* str */.gx)(flags, 'certificate-identity');
    const subjectRegExp = (0,common_values/* str */.gx)(flags, 'certificate-identity-regexp');
    if (subject || subjectRegExp) {
        if (!issuer)
            throw new common_values/* UsageError */.eb('admission needs certificate-oidc-issuer with certificate-identity');
        return subject ? { kind: 'keyless', issuer, subject } : { kind: 'keyless', issuer, subjectRegExp };
    }
    const id = await resolveIdentity();
    if (!id)
        throw new common_values/* UsageError */.eb('admission needs the signer: set certificate-identity and certificate-oidc-issuer');
    return { kind: 'keyless', issuer: issuer ?? id.issuer, subject: id.identity };
}
async function kubeApi(flags, host, adapter) {
    const { createKubeApi } = await Promise.all(/* import() */[__webpack_require__.e(425), __webpack_require__.e(290)]).then(__webpack_require__.bind(__webpack_require__, 80909));
    const text = (0,common_values/* str */.gx)(flags, 'kubeconfig');
    if (text)
        return createKubeApi({ kind: 'kubeconfig', text });
    const file = host.env.KUBECONFIG?.split(':')[0];
    if (!file)
        throw new common_values/* UsageError */.eb(`apply needs a cluster: ${adapter.name === 'github' ? 'the kubeconfig input' : 'a KUBECONFIG file variable'}`);
    return createKubeApi({ kind: 'kubeconfig', text: (await host.readFile(file)).toString('utf8') });
}
/** Writes bundle, SBOMs, verify report and policies under the output folder; returns the outputs. */
async function writeOutputs(r, adapter) {
    const { host, outputDir } = adapter;
    const write = (name, data) => host.writeFile((0,external_node_path_.join)(outputDir, name), data, { mode: 0o644, overwrite: true });
    const outputs = {
        image: (0,src_registry/* formatReference */.Y4)(r.build.image),
        digest: r.build.digest,
        images: JSON.stringify(r.images.map((i) => (0,src_registry/* formatReference */.Y4)(i))),
        'platform-digests': JSON.stringify(Object.fromEntries(r.build.manifests.map((m) => [m.platform, m.digest]))),
        signatures: JSON.stringify((0,sign/* toSignaturesJSON */.jP)(r.sign?.signatures ?? [])),
        verified: String(r.verify?.verified ?? false),
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
        const files = (0,gitops/* toGitOpsFiles */.N)(r.admission.objects, { connaisseurValues: r.admission.connaisseurValues });
        for (const f of files)
            await write((0,external_node_path_.join)('policy', f.path), f.content);
        outputs['policy-path'] = (0,external_node_path_.join)(outputDir, 'policy');
    }
    return outputs;
}

// EXTERNAL MODULE: ./src/ci/common/sanitize.ts
var sanitize = __webpack_require__(20849);
;// CONCATENATED MODULE: ./src/ci/common/summary.ts

const PLAIN_TEXT = { text: sanitize/* toTerminalLine */.iV, code: sanitize/* toTerminalLine */.iV, link: sanitize/* toTerminalLine */.iV };
const HTML = {
    text: sanitize/* toSummaryText */.ri,
    code: (t) => `<code>${(0,sanitize/* toSummaryText */.ri)(t)}</code>`,
    link: (t, url) => `<a href="${(0,sanitize/* toSummaryText */.ri)(url)}">${(0,sanitize/* toSummaryText */.ri)(t)}</a>`,
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
    if (r.admission) {
        rows.push([
            'admission',
            `${r.admission.objects.length} object(s)${r.applied ? `, applied${r.applied.dryRun ? ' (dry run)' : ''}: ${m.text(r.applied.applied.map((a) => `${a.object} ${a.action}`).join(', '))}` : ''}`,
        ]);
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/ci/cli/commands/run.ts
// `signet run`: the whole pipeline in one command, as the Action and the component run it, with the
// same names as flags (docker/build-push-action's for the build, cosign's for signing and verifying).
// The expected identity defaults to the one the signing token carries (a GitHub or GitLab token), so a
// run verifies exactly what it signed. Prints the summary, and the outputs as JSON with --output json.










const CLI_INPUTS = INPUTS.filter((i) => !i.only);
/** One flag per input of the table, with the Action's default. */
function inputFlags() {
    const flags = {};
    for (const i of CLI_INPUTS) {
        flags[i.name] =
            i.kind === 'boolean'
                ? { type: 'boolean', description: i.description, default: i.default === 'true' }
                : {
                    type: i.kind === 'list' ? 'list' : 'string',
                    value: i.options ? i.options.join('|') : 'VALUE',
                    description: i.description,
                    ...(i.default !== '' ? { default: i.default } : {}),
                };
    }
    return flags;
}
function inputText(flags, name) {
    const v = flags[name];
    if (typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return v.join('\n');
    return v ?? INPUTS.find((i) => i.name === name)?.default ?? '';
}
const runCommand = {
    name: 'run',
    usage: 'signet run --tags IMAGE [--build buildx|docker|buildah|none] [flags] [CONTEXT]',
    flags: {
        ...inputFlags(),
        'identity-token': {
            type: 'string',
            value: 'TOKEN',
            description: 'OIDC token for keyless signing (visible in ps: prefer --identity-token-file or $SIGSTORE_ID_TOKEN; default GitHub Actions)',
        },
        'identity-token-file': { type: 'string', value: 'FILE', description: 'a file holding the OIDC token' },
        'key-password-file': {
            type: 'string',
            value: 'FILE',
            description: 'a file holding the password of --key (default $COSIGN_PASSWORD)',
        },
        output: { type: 'string', value: 'text|json', description: 'output format', default: 'text' },
        ...context/* REGISTRY_FLAGS */.sY,
    },
    async run({ flags, positionals }, host) {
        if (positionals.length > 1)
            throw new common_values/* UsageError */.eb('signet run takes at most one CONTEXT');
        if (positionals[0] !== undefined)
            flags.context = positionals[0];
        const output = (0,common_values/* str */.gx)(flags, 'output') ?? 'text';
        if (output !== 'text' && output !== 'json')
            throw new common_values/* UsageError */.eb('--output takes text or json');
        const token = await (0,context/* identityToken */._M)(flags, host);
        const keyHost = await (0,context/* withKeyPassword */.B)(flags, host);
        // The file and environment forms of the registry login, read here into the inputs run-ci reads.
        const login = await (0,context/* registryLogin */.j8)(flags, host);
        if (login) {
            flags['registry-username'] = login.username;
            flags['registry-password'] = login.password;
        }
        const env = { ...keyHost.env, ...(token ? { SIGSTORE_ID_TOKEN: token } : {}) };
        const say = (m) => host.stderr(`${m}\n`);
        const adapter = {
            name: 'cli',
            host: { ...host, env },
            input: (name) => name === 'allow-insecure-registry'
                ? String(flags['allow-insecure-registry'] === true || flags['allow-http-registry'] === true)
                : inputText(flags, name),
            log: { info: say, notice: (m) => say(`notice: ${m}`), warning: (m) => say(`warning: ${m}`) },
            mask: () => { },
            outputDir: (0,external_node_path_.resolve)(host.cwd, inputText(flags, 'output-dir') || 'signet'),
            runIdentity: (claims) => (0,identity/* ciRunIdentity */.wn)(env, claims),
            async peekClaims() {
                return token ? (0,oidc_token/* decodeClaims */.Yq)(token) : undefined;
            },
            provenance: (claims) => (0,provenance_context/* githubProvenance */.t6)(env, claims),
            onStage: (stage, what) => say(`signet ${stage}: ${what}`),
        };
        const run = await runCi(adapter);
        for (const w of run.result?.warnings ?? [])
            say(`warning: ${w}`);
        if (output === 'json') {
            const outputs = Object.fromEntries(OUTPUTS.map((o) => [o.name, run.outputs[o.name] ?? null]));
            host.stdout(JSON.stringify({ schema: 'signet.run/v1', ...outputs }) + '\n');
        }
        else {
            for (const [what, result] of toSummaryRows(run))
                host.stdout(`${what.padEnd(18)} ${result}\n`);
        }
        const failure = run.result?.verify && (0,verify/* toVerifyFailure */.Jo)(run.result.verify);
        if (failure)
            host.stderr(`signet run: ${failure.message} [${failure.code}]\n`);
        return failure ? 1 : 0;
    },
};


/***/ }),

/***/ 24057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jV: () => (/* reexport */ sign_image/* signImage */.jV),
  rl: () => (/* reexport */ toSignTargets),
  jP: () => (/* reexport */ sign_image/* toSignaturesJSON */.jP)
});

// UNUSED EXPORTS: SignError

// EXTERNAL MODULE: ./src/sign/sign-image.ts
var sign_image = __webpack_require__(83688);
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

// EXTERNAL MODULE: ./src/sign/errors.ts
var errors = __webpack_require__(73910);
;// CONCATENATED MODULE: ./src/sign/index.ts
// The sign stage's public API: sign an image by digest in cosign's legacy format, as a Sigstore bundle
// referrer, or both. The CLI and CI adapters build the deps (registry client, signer, witnesses).





/***/ })

};
