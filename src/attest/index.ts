// The attest stage's public API: attest an image (in-toto statement, DSSE, both storage formats),
// verify its attestations, and build SLSA provenance v1 from a CI run.
export { attestImage } from './attest-image.ts';
export {
  attestFiles,
  dedupeSubjects,
  MAX_SUBJECTS_PER_STATEMENT,
  checkSubjectCount,
  parseSubjectChecksums,
  toDigestSubject,
  toFileStatement,
} from './attest-files.ts';
export type {
  AttestFilesDeps,
  AttestFilesInput,
  AttestFilesResult,
  FileAttestation,
  FileSubject,
} from './attest-files.ts';
export type { AttestDeps, AttestInput, AttestResult, StoredAttestation } from './attest-image.ts';
export { verifyAttestations } from './verify-attestations.ts';
export type {
  RejectedAttestation,
  VerifiedAttestation,
  VerifyAttestationsDeps,
  VerifyAttestationsInput,
  VerifyAttestationsResult,
} from './verify-attestations.ts';
export { buildProvenance } from './provenance.ts';
export type { ProvenanceContext, SLSAProvenanceV1, SLSAProvenanceV1Predicate } from './provenance.ts';
export { buildGitLabProvenance } from './gitlab-provenance.ts';
export type { GitLabProvenance, GitLabProvenanceContext } from './gitlab-provenance.ts';
export { parsePredicateType } from './predicate-type.ts';
export { PREDICATE_TYPE_SHORTHANDS, SLSA_PROVENANCE_V1, SLSA_VSA_V1 } from './constants.ts';
export { AttestError, type AttestErrorCode } from './errors.ts';
export { attestVsa, combineVsaEvidence, toVsaEvidence } from './attest-vsa.ts';
export type { AttestVsaInput, AttestVsaResult, VsaEvidence } from './attest-vsa.ts';
export {
  buildVsa,
  canonicalJSON,
  checkVsa,
  DEFAULT_VSA_POLICY_URI,
  parseMaxAge,
  toInputAttestation,
  toPolicyDocument,
  toVerifiedLevels,
  toVsaResourceUri,
} from './vsa.ts';
export type {
  VerificationSummaryV1,
  VsaExpectation,
  VsaInput,
  VsaPolicyDocument,
  VsaPolicySet,
  VsaResource,
  VsaResult,
} from './vsa.ts';
