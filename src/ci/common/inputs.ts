// The one table of the Action's and the component's inputs and outputs. action.yml, the GitLab
// component specs and the README tables are checked against it by test/unit/ci/spec-sync.test.ts, and
// both adapters read their inputs through it, so a name means the same everywhere. Names follow
// docker/build-push-action for the build and cosign's flags for signing and verifying.

/** How an input's text is read. */
export type InputKind = 'string' | 'boolean' | 'list' | 'choice';

/** One input of the Action (`with:`) and of the GitLab component (`inputs:`). */
export interface InputSpec {
  name: string;
  kind: InputKind;
  description: string;
  /** The default both surfaces show ('' = none). */
  default: string;
  /** `choice`: the allowed values. */
  options?: readonly string[];
  /** GitLab `regex:` constraining a string input (anchored). */
  regex?: string;
  /** A secret: masked in logs; not a component input on GitLab (use a masked CI/CD variable instead). */
  secret?: boolean;
  /** Only on this surface. */
  only?: 'github' | 'gitlab';
  /** The component's default and regex when they differ from the Action's. */
  gitlabDefault?: string;
  gitlabRegex?: string;
  /** Also an input of the verify-only component and `mode: verify`. */
  verify?: boolean;
}

const URL_RE = '^(https?://\\S+)?$';
const NO_NEWLINE = '^[^\\n]*$';
/** `KEY=VALUE` per line (GitLab `regex:`; RE2 syntax, as GitLab checks it). */
const KEY_VALUE_LINES = '^([^=\\n]+=[^\\n]*(\\n|$))*$';

/** Every input, in the order the docs list them. */
export const INPUTS: readonly InputSpec[] = [
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
    description:
      'attach SLSA provenance v1 of this run (GitHub Actions workflow, or GitLab pipeline job) as a signed attestation',
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
    description:
      'after a passing verification, sign and attach a SLSA verification summary (VSA) to the digest, as the run identity',
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
    description:
      "where the verification policy is published, recorded in the VSA's policy (its digest always is)",
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
    description:
      "buildx output destinations besides the push to `tags`, one per line (build-push-action's `outputs`: `type=local,dest=out`, `type=image,compression=zstd`)",
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
    description:
      'a BuildKit daemon (`tcp://buildkitd:1234`, `unix:///…`) buildx builds on as a remote builder (default: BUILDKIT_HOST)',
  },
  // Registry.
  {
    name: 'registry-username',
    kind: 'string',
    default: '',
    only: 'github',
    description:
      "username for the image's registry (default: the docker config, or GITHUB_TOKEN for ghcr.io)",
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
    description:
      'raise a cap on what a registry or image can make Signet read, `NAME=VALUE` per line (e.g. `referrers=20000`); see the README security section',
  },
  // Signing (cosign's names).
  {
    name: 'key',
    kind: 'string',
    default: '',
    verify: true,
    regex: NO_NEWLINE,
    description:
      'sign (or verify) with a cosign key: a file, `env://VAR`, `gitlab://PROJECT`, `k8s://NS/SECRET` or a KMS URI (`hashivault://`, `awskms://`, `gcpkms://`, `azurekms://`); default keyless',
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
    description:
      "`github`: GitHub's Fulcio and timestamp authority (no public logs), trusted root from GitHub's TUF repository; `auto`: `github` for a private or internal repository, `custom` when Sigstore inputs are set, else `public-good`",
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
    description:
      'Sigstore `signing_config.v0.2.json` naming Fulcio, the Rekor logs (v1 or v2) and TSAs; `fulcio-url`, `rekor-url`, `tsa-url` and `tlog-upload: false` override it (deprecated, as in cosign v3)',
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
    description:
      "sign a private repository's image keyless on the public logs (its names become public); refused by default",
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
    description:
      'release files to attest: paths or globs (newline or comma separated); bundles are written beside them as `<file>.sigstore.json`',
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
    description:
      "the subjects' predicate type (a URI or cosign's shorthands); default: SLSA provenance of this run (with `attest-provenance`)",
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
    description:
      "store every attestation in the repository's GitHub attestations (needs `attestations: write`); `auto`: when the token may",
  },
  // SBOM.
  {
    name: 'sbom-source',
    kind: 'list',
    regex: '^((buildkit|file|generate)[\\s,]*)*$',
    default: 'buildkit,file,generate',
    description:
      "where the SBOM comes from, first that yields: BuildKit's attestation, `sbom-file`, or generated",
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
    regex:
      '^((policy-controller-vsa|kyverno-ivp-vsa|kyverno-vsa|policy-controller|kyverno-ivp|kyverno|connaisseur)[\\s,]*)*$',
    default: '',
    description:
      'write admission objects: `policy-controller`, `kyverno`, `kyverno-ivp`, `connaisseur`; or admit on the VSA: `policy-controller-vsa`, `kyverno-vsa`, `kyverno-ivp-vsa`',
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
    description:
      'Kyverno: admit images only from these registries or repositories (`ghcr.io/acme`), matched at a `/` boundary',
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
    description:
      'server-side apply the objects to the cluster, only after the read-back verification passed (needs verify: true; refused without it)',
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
    description:
      'folder for bundles, SBOMs, the report and policies (default: RUNNER_TEMP/signet; GitLab: signet, inside the project)',
  },
];

/** One output: a GitHub step output, and a `SIGNET_<NAME>` dotenv variable on GitLab. */
export interface OutputSpec {
  name: string;
  description: string;
}

export const OUTPUTS: readonly OutputSpec[] = [
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
    description:
      "Sigstore bundle of the image signature (`.sigstore.json`); with `subject-path` and no image, the first file's (`<file>.sigstore.json`)",
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
    description:
      "with GitHub's Sigstore instance: its trusted root (`trusted_root.json`), for cosign, gh, Kyverno and policy-controller",
  },
  {
    name: 'vsa-path',
    description:
      'the SLSA verification summary (VSA predicate JSON) attached to the digest, when `vsa` is on',
  },
];

/**
 * The variable an input reaches the GitLab job through: `SIGNET_INPUT_` + upper snake case. A prefix
 * of its own: a dotenv report of an earlier job (`SIGNET_DIGEST`, …) outranks job variables in GitLab,
 * so outputs and inputs must never share a name.
 */
export function toGitLabInputVariable(name: string): string {
  return `SIGNET_INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
}

/** The dotenv name of an output on GitLab: `SIGNET_` + upper snake case (`SIGNET_DIGEST`). */
export function toDotenvName(name: string): string {
  return `SIGNET_${name.toUpperCase().replace(/-/g, '_')}`;
}

/** The typed value of an input's text. Lists: newline separated, and comma separated for names. */
export function parseInputList(text: string, commas: boolean): string[] {
  return text
    .split(commas ? /[\n,]/ : /\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** List inputs whose items never contain commas, so commas separate too (as build-push-action). */
export const COMMA_LISTS = new Set([
  'tags',
  'platforms',
  'sbom-source',
  'admission',
  'allowed-registries',
  'subject-path',
]);
