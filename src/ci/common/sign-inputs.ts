// The input table's signing rows (cosign's names), files as subjects (actions/attest's names) and the
// SBOM, in the order the docs list them (src/ci/common/inputs.ts joins the groups).
import { NO_NEWLINE, URL_RE, type InputSpec } from './input-spec.ts';

/** Signing, files as subjects and the SBOM. */
export const SIGN_INPUTS = [
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
    description:
      "the key's password; wins over COSIGN_PASSWORD (GitLab: the masked variable COSIGN_PASSWORD)",
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
] as const satisfies readonly InputSpec[];
