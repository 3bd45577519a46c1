export const id = 9457;
export const ids = [9457];
export const modules = {

/***/ 79457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/verify/index.js + 8 modules
var verify = __webpack_require__(76781);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/oidc/token.js + 1 modules
var oidc_token = __webpack_require__(46886);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/provenance-context.js
var provenance_context = __webpack_require__(90538);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/identity.js
var identity = __webpack_require__(59257);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/input-spec.js
// The shape of one row of the input table (src/ci/common/inputs.ts) and the GitLab `regex:` patterns
// the rows share.
const URL_RE = '^(https?://\\S+)?$';
const NO_NEWLINE = '^[^\\n]*$';
/** `KEY=VALUE` per line (GitLab `regex:`; RE2 syntax, as GitLab checks it). */
const KEY_VALUE_LINES = '^([^=\\n]+=[^\\n]*(\\n|$))*$';

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/sign-inputs.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/verify-inputs.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/outputs.js
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/inputs.js
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/index.js + 9 modules
var src_build = __webpack_require__(85999);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/attest/index.js + 8 modules
var attest = __webpack_require__(88374);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/map-limit.js
var map_limit = __webpack_require__(48964);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/registry/index.js + 18 modules
var src_registry = __webpack_require__(76109);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/clock.js
var clock = __webpack_require__(99138);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sign/index.js + 4 modules
var sign = __webpack_require__(81341);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/errors.js
var errors = __webpack_require__(15489);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/pipeline/run-pipeline.js
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
    const settle = { batch: new src_registry/* SettleBatch */.mH(clock/* systemClock */.m) };
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
        const { collectSboms } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6601));
        out.sboms = await collectSboms({ ...input.sbom, image }, { registry: deps.registry, now: deps.now });
        out.warnings.push(...out.sboms.warnings);
        for (const sbom of out.sboms.sboms.flatMap((b) => images.map((target) => ({ ...b, target })))) {
            const attested = await (0,attest/* attestImage */.DT)({
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
            const attested = await (0,attest/* attestImage */.DT)({ image: target, ...provenance, recursive: true, ...attestTo }, { registry: deps.registry, ...needSigning(deps, 'provenance'), settle });
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
                const evidence = (0,attest/* toVsaEvidence */.Vd)({
                    policy: verifyInput.policy,
                    signatures,
                    ...(evidenceOf.length > 0 ? { attestations: evidenceOf } : {}),
                });
                if (evidence.result === 'PASSED' || onFailure) {
                    stage('vsa', `${evidence.result} ${at.registry}/${at.repository}`);
                    const summary = await (0,attest/* attestVsa */.UK)({
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
        const { applyObjects, generateAdmission } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(4537), __webpack_require__.e(4070)]).then(__webpack_require__.bind(__webpack_require__, 4070));
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
        const result = await (0,attest/* verifyAttestations */.rm)({
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

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/build-options.js
var build_options = __webpack_require__(17452);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/attestation-store/index.js + 4 modules
var attestation_store = __webpack_require__(19450);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/file-subjects.js
var file_subjects = __webpack_require__(17291);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/github-store.js
var github_store = __webpack_require__(78584);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/values.js
var common_values = __webpack_require__(42229);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/ci-attestations.js
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
const isFilesOnly = (inputs) => (0,file_subjects/* hasSubjects */.a7)(subjectSpecOf(inputs)) && inputs.tags.length === 0;
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
        throw new common_values/* UsageError */.eb('give predicate or predicate-path, not both');
    if (typeText === undefined) {
        if (inline !== undefined || path !== undefined)
            throw new common_values/* UsageError */.eb('predicate needs predicate-type');
        if (!inputs['attest-provenance']) {
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
    const { adapter, inputs, outputs } = ctx;
    const { log, host } = adapter;
    const items = ctx.image ? toRunBundles(ctx.image) : [];
    const spec = subjectSpecOf(inputs);
    if ((0,file_subjects/* hasSubjects */.a7)(spec)) {
        const resolved = await (0,file_subjects/* resolveSubjects */.Gl)(spec, host, (n) => `input ${n}`);
        const statement = await filePredicate(ctx);
        adapter.onStage?.('provenance', `${resolved.subjects.length} file subject(s) (${statement.predicateType})`);
        const made = await (0,file_subjects/* attestAndWriteFiles */.be)(resolved, { ...statement, perSubject: inputs['attestation-per-subject'] }, ctx.signing ?? (await ctx.makeSigning()), host, adapter.outputDir);
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
    const mode = (0,github_store/* parsePushToGitHub */.Qu)(inputs['push-to-github'], 'input push-to-github');
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
    const result = await (0,github_store/* storeOnGitHub */.KC)(mode, (0,github_store/* githubStoreTarget */.CX)(host, inputs['github-token'], adapter.ownerIsOrganization === true), bundles, { storageRecords, fetch: host.fetch });
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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/ci-inputs.js
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
                throw new common_values/* UsageError */.eb(`input ${spec.name} takes true or false, got ${JSON.stringify(text)}`);
            return v === 'true';
        }
        case 'list':
            return parseInputList(text, COMMA_LISTS.has(spec.name));
        case 'choice':
            if (!spec.options.includes(text.trim()))
                throw new common_values/* UsageError */.eb(`input ${spec.name} takes ${spec.options.join(', ')}, got ${JSON.stringify(text)}`);
            return text.trim();
        default:
            if (text.includes('\n') && spec.regex !== undefined)
                throw new common_values/* UsageError */.eb(`input ${spec.name} must be one line`);
            // Secrets are taken as given (a password may end in a space); other values are trimmed.
            if (text.trim() === '')
                return undefined;
            return spec.secret ? text : text.trim();
    }
}
/** Reads every input of `surface` through `input` (its text, the default applied when unset). */
function readCiInputs(adapter) {
    const values = {};
    for (const spec of INPUTS) {
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
    for (const spec of INPUTS) {
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
    const kind = src_build/* BUILDER_KINDS */.mI.find((k) => k === inputs.build);
    if (!kind)
        throw new common_values/* UsageError */.eb(`input build takes ${src_build/* BUILDER_KINDS */.mI.join(', ')}`);
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
    const conflict = (message) => new common_values/* UsageError */.eb(message, { code: 'USAGE_CONFLICTING_INPUTS' });
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

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/context.js
var context = __webpack_require__(58652);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/build/exec.js
var exec = __webpack_require__(33470);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/builder-login.js
var builder_login = __webpack_require__(90788);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/pipeline-deps.js




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
    registry: context/* registryClient */.Rk,
    signing: (options, host, opts) => (0,context/* signingDeps */.qf)(options, host, opts),
    async kube(text) {
        // Loaded only to apply: the Kubernetes client is large.
        const { createKubeApi } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(5814), __webpack_require__.e(6118), __webpack_require__.e(6905)]).then(__webpack_require__.bind(__webpack_require__, 96905));
        return createKubeApi({ kind: 'kubeconfig', text });
    },
    exec: exec/* execFile */.St,
    builderEnv: builder_login/* toBuilderEnv */.Kn,
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
        throw new common_values/* UsageError */.eb(`apply needs a cluster: ${ctx.surface === 'github' ? 'the kubeconfig input' : 'a KUBECONFIG file variable'}`);
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

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/attest/constants.js
var constants = __webpack_require__(59825);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/cluster/generate.js + 8 modules
var generate = __webpack_require__(56327);
// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/version.js
var version = __webpack_require__(9308);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/pipeline-input.js
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
            throw new common_values/* UsageError */.eb(`input admission: ${JSON.stringify(t)} is not one of ${generate/* ADMISSION_TARGETS */.bg.join(', ')}`);
        return target;
    });
}
/** The `sbom-source` input's sources, each checked against the SBOM stage's. */
function toSbomSources(values) {
    return values.map((s) => {
        const source = SBOM_SOURCES.find((k) => k === s);
        if (!source)
            throw new common_values/* UsageError */.eb(`input sbom-source: ${JSON.stringify(s)} is not one of ${SBOM_SOURCES.join(', ')}`);
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
                    tool: { name: 'signet', version: version/* VERSION */.x },
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
                    return { predicateType: constants/* SLSA_PROVENANCE_V1 */.us, predicate: made.predicate };
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
                    verifierVersion: version/* VERSION */.x,
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

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/signing-services.js
var signing_services = __webpack_require__(49761);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/public-logs.js


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
    const to = await (0,signing_services/* signingDestinations */.JA)(options, host);
    const publicRekor = to.rekorURLs.filter(signing_services/* isPublicRekor */.zS);
    if (publicRekor.length === 0) {
        if (to.fulcioURLs.some((u) => new URL(u).host === 'fulcio.sigstore.dev')) {
            ctx.warning("no Rekor entry is made, but the public Fulcio still logs the signing certificate (with this repository's name) in its certificate-transparency log");
        }
        return;
    }
    const via = inputs['signing-config']
        ? ` (signing config ${inputs['signing-config']} uploads to ${publicRekor.join(', ')})`
        : '';
    throw new common_values/* UsageError */.eb(`this repository is ${ctx.visibility}: keyless signing would publish its name and workflow in the public Rekor and certificate-transparency logs${via}. ` +
        'Choose one: sign with a key (key + key-password); use a private Sigstore (fulcio-url, rekor-url, trusted-root) or its signing-config and trusted-root; ' +
        'use a timestamp authority instead of Rekor (tlog-upload: false, tsa-url); or accept the public logs (allow-public-logs: true)', { code: 'USAGE_PUBLIC_LOGS' });
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/sigstore-instance.js
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
 * Points the flags at GitHub's instance (Fulcio, TSA, no Rekor; a set fulcio-url, tsa-url or
 * signing-config wins) and
 * writes its trusted root, fetched through TUF, as `<outputDir>/github-trusted-root.json`.
 */
async function useGitHubInstance(flags, host, outputDir) {
    const defaults = (n) => INPUTS.find((i) => i.name === n).default;
    // A signing config names the instance's services itself (GitHub's, or a mirror of its shape); the
    // public-logs check then reads what it would upload to.
    if (!(0,common_values/* str */.gx)(flags, 'signing-config')) {
        if ((0,common_values/* str */.gx)(flags, 'fulcio-url') === undefined || (0,common_values/* str */.gx)(flags, 'fulcio-url') === defaults('fulcio-url'))
            flags['fulcio-url'] = verify/* GITHUB_FULCIO_URL */.fx;
        if ((0,common_values/* str */.gx)(flags, 'tsa-url') === undefined)
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
    await host.writeFile(trustedRootPath, JSON.stringify(dist.TrustedRoot.toJSON(root)) + '\n', {
        mode: 0o644,
        overwrite: true,
    });
    if ((0,common_values/* str */.gx)(flags, 'trusted-root') === undefined)
        flags['trusted-root'] = trustedRootPath;
    return { trustedRootPath };
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/sbom/index.js + 2 modules
var src_sbom = __webpack_require__(6601);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/write-outputs.js
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
        const { toGitOpsFiles } = await __webpack_require__.e(/* import() */ 4537).then(__webpack_require__.bind(__webpack_require__, 14537));
        const files = toGitOpsFiles(r.admission.objects, { connaisseurValues: r.admission.connaisseurValues });
        for (const f of files)
            await write((0,external_node_path_.join)('policy', f.path), f.content);
        outputs['policy-path'] = (0,external_node_path_.join)(outputDir, 'policy');
    }
    return outputs;
}

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/run-ci.js
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
            'fulcio-url': (0,common_values/* str */.gx)(options, 'fulcio-url'),
            'tsa-url': (0,common_values/* str */.gx)(options, 'tsa-url'),
            'tlog-upload': false,
            'trusted-root': (0,common_values/* str */.gx)(options, 'trusted-root'),
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
    return (0,build_options/* toBuildInput */._g)(run.options, {
        builder: builderOf(inputs),
        context: inputs.context ?? '.',
        buildxBuilder: inputs.builder,
        // The input wins; GitLab's `services:` pattern sets BUILDKIT_HOST for the job.
        buildkitHost: inputs['buildkit-host'] ?? host.env.BUILDKIT_HOST,
        // build-push-action's `secrets`: `id=value` lines.
        secrets: inputs.secrets.map((line) => {
            const i = line.indexOf('=');
            if (i <= 0)
                throw new common_values/* UsageError */.eb(`input secrets: expected KEY=VALUE, got a line without "="`);
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
            throw new common_values/* UsageError */.eb(adapter.noSigning.reason, { code: 'USAGE_NO_SIGNING' });
        log.notice(`${adapter.noSigning.reason}: building only; nothing is pushed, signed or verified`);
    }
    if (isFilesOnly(inputs))
        return runFilesOnly(run);
    const input = buildInputOf(run, workDir, inputs.push && !adapter.noSigning);
    if (buildOnly) {
        if (input.builder === 'none')
            throw new common_values/* UsageError */.eb('build: none with push: false has nothing to do', {
                code: 'USAGE_CONFLICTING_INPUTS',
            });
        adapter.onStage?.('build', `${input.builder} (build only)`);
        await (0,src_build/* buildWithoutPush */.xK)(input, {
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
        throw new common_values/* UsageError */.eb('build: none needs the digest input (the digest another step pushed to the first tag)');
    const sigRepo = inputs['signature-repository'] ?? host.env.COSIGN_REPOSITORY;
    const signatureRepository = sigRepo
        ? (0,build_options/* parsedAs */.Qv)('input signature-repository', sigRepo, src_registry/* parseReference */.F2)
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
                throw new common_values/* UsageError */.eb(`${(0,src_registry/* formatReference */.Y4)(input.tags[0])} does not exist in the registry`);
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
                    throw new common_values/* UsageError */.eb('vsa needs the identity of this CI run (a GitHub Actions or GitLab CI job)');
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
                trustedRoot: noTlog && !inputs['trusted-root'] ? undefined : await (0,context/* trustedRoot */.EH)(run.options, host),
                insecureIgnoreTlog: noTlog,
            }),
        };
    }
    const options = { ...run.options };
    if (inputs.key) {
        options['insecure-ignore-tlog'] = !inputs['tlog-upload'];
        return { expected: 'key', policy: await (0,context/* verifyPolicy */.Es)(options, host) };
    }
    const id = await resolveIdentity();
    if (id) {
        options['certificate-identity'] = id.identity;
        if (!inputs['certificate-oidc-issuer'] && !inputs['certificate-oidc-issuer-regexp'])
            options['certificate-oidc-issuer'] = id.issuer;
    }
    const identity = (0,common_values/* str */.gx)(options, 'certificate-identity');
    const regexp = (0,common_values/* str */.gx)(options, 'certificate-identity-regexp');
    if (!identity && !regexp)
        throw new common_values/* UsageError */.eb('no identity to verify against: set certificate-identity (or -regexp) and certificate-oidc-issuer');
    return { expected: identity ?? `~${regexp}`, policy: await (0,context/* verifyPolicy */.Es)(options, host) };
}
/** The keyless signer the admission objects pin: the identity inputs, else this run's identity. */
async function admissionSignerOf(inputs, resolveIdentity) {
    const issuer = inputs['certificate-oidc-issuer'];
    const subject = inputs['certificate-identity'];
    const subjectRegExp = inputs['certificate-identity-regexp'];
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
        throw new common_values/* UsageError */.eb(`input trusted-root: ${path} is not JSON`, { cause: err });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new common_values/* UsageError */.eb(`input trusted-root: ${path} is not a trusted_root.json object`);
    return { ...parsed };
}

// EXTERNAL MODULE: ./node_modules/.cache/signet-build/src/ci/common/sanitize.js
var sanitize = __webpack_require__(25352);
;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/common/summary.js

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

;// CONCATENATED MODULE: ./node_modules/.cache/signet-build/src/ci/cli/commands/run.js
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

/***/ 59257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wn: () => (/* binding */ ciRunIdentity)
/* harmony export */ });
/* unused harmony exports githubIssuer, githubRunIdentity, gitlabRunIdentity */
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
