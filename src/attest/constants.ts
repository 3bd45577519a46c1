// Names of the attest stage: cosign's predicate type shorthands (cosign `pkg/cosign/attestation`,
// `cmd/cosign/cli/options/predicate.go`) and the SLSA provenance v1 URIs.

/** cosign `--type` shorthands and the predicate type URI each stands for. */
export const PREDICATE_TYPE_SHORTHANDS: Readonly<Record<string, string>> = {
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
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** buildType of a GitHub Actions workflow run (actions/attest-build-provenance). */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Signet's build type for GitLab CI/CD pipeline jobs, documented in gitlab/PROVENANCE.md. */
export const GITLAB_PIPELINE_BUILD_TYPE = 'https://signet.dev/buildtypes/gitlab-ci/v1';
/** SLSA Verification Summary Attestation v1 predicate type (https://slsa.dev/spec/v1.0/verification_summary). */
export const SLSA_VSA_V1 = 'https://slsa.dev/verification_summary/v1';
