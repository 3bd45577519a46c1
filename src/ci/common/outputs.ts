// The table of the Action's and the component's outputs, and the names they take on GitLab.

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
  {
    name: 'verified-attestations',
    description:
      'JSON array: every attestation read back and verified (subject, predicate type, format, location)',
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
