// The cluster stage's public face: generate admission objects (`generateAdmission`), apply them with
// server-side apply (`applyObjects`) or write them for GitOps (`toGitOpsFiles`), and verify the images
// of Kubernetes manifests before admission (`preflight`).
export { generateAdmission, ADMISSION_TARGETS, DEFAULT_ADMISSION_TARGETS } from './generate.ts';
export type { AdmissionTarget, GeneratedAdmission } from './generate.ts';
export type {
  AdmissionInput,
  AttestationCheck,
  BypassInput,
  KeySigner as AdmissionKeySigner,
  KeylessSigner as AdmissionKeylessSigner,
  KubeObject,
  NamespaceScope,
  SignatureFormat,
  Signer as AdmissionSigner,
  TrustLevel,
  TrustedRootJSON,
} from './types.ts';
export { toRefSubjectRegExp, anchorRegExp } from './admission-signer.ts';
export { checkClusterImagePolicy } from './webhook-rules.ts';
export { compileCrdValidator, toJsonSchema } from './crd-schema.ts';
export type { CrdValidator } from './crd-schema.ts';
export { toTrustPems, buildTrustRoot } from './trust-root.ts';
export { compileGlob, matchesGlob, toRepositoryGlobs } from './glob.ts';
export { PolicyError, ClusterError } from './errors.ts';
export type { PolicyErrorCode, ClusterErrorCode } from './errors.ts';
export { applyObjects, toPruneSelector } from './apply.ts';
export type { AppliedObject, ApplyDeps, ApplyInput, ApplyResult } from './apply.ts';
export { connectKube } from './connect-kube.ts';
export type { KubeApi, KubeConfigSource } from './kube-client.ts';
export { toGitOpsFiles, toGitOpsFileName } from './gitops.ts';
export type { GitOpsFile } from './gitops.ts';
export { preflight, toPreflightJSON, toPreflightMarkdown } from './preflight.ts';
export type {
  ImageReport,
  PreflightDeps,
  PreflightInput,
  PreflightResult,
  PreflightVerdict,
} from './preflight.ts';
export { parsePreflightPolicy, findRule } from './preflight-policy.ts';
export type { PreflightPolicy, PreflightRule } from './preflight-policy.ts';
export { parseManifests, pinManifests } from './manifests.ts';
export type { ImageUse, ManifestFile, ParsedManifest } from './manifests.ts';
export {
  buildRecordPolicy,
  toRecord,
  toRecordName,
  writeRecord,
  RECORD_LEVEL_LABEL,
  RECORD_NAMESPACE,
} from './record.ts';
export type { RecordInput, RecordPolicyInput, RecordResult, RecordWriter } from './record.ts';
