// The verify stage's public face: `verifyImage` (is this image signed by the expected signer?), the
// policy and trust it needs, `triangulate` (where its signatures live) and the output helpers.
export { verifyImage, toVerifyFailure, resolveDigest } from './verify-image.ts';
export type {
  RejectedSignature,
  VerifyDeps,
  VerifyFormats,
  VerifyInput,
  VerifyResult,
} from './verify-image.ts';
export { triangulate } from './triangulate.ts';
export type {
  CosignTag,
  ReferrerEntry,
  TriangulateDeps,
  TriangulateInput,
  TriangulateResult,
} from './triangulate.ts';
export type { SignatureStore } from './collect.ts';
export { buildVerifyPolicy, IGNORE_TLOG_WARNING } from './policy.ts';
export type { VerifyPolicy, VerifyPolicyInput } from './policy.ts';
export { fetchPublicGoodTrustedRoot, PUBLIC_GOOD_TUF_URL } from './public-good.ts';
export type { PublicGoodDeps, PublicGoodInput } from './public-good.ts';
export { fetchGitHubTrustedRoot, GITHUB_FULCIO_URL, GITHUB_TSA_URL, GITHUB_TUF_URL } from './github-trust.ts';
export type { GitHubTrustInput } from './github-trust.ts';
export { GITHUB_TUF_ROOT_JSON } from './github-tuf-root.ts';
export { parsePublicKey, parseTrustedRoot } from './trust.ts';
export { parseIdentityPolicy } from './identity.ts';
export type { ClaimName, IdentityFlags, IdentityPolicy, CertificateIdentity } from './identity.ts';
export { VerifyError } from './errors.ts';
export type { VerifyErrorCode } from './errors.ts';
export type { VerifiedSignature } from './signature.ts';
export {
  formatBlobVerdict,
  formatDetails,
  formatRejectedLine,
  formatSignatureLine,
  formatVerdict,
  toSignatureJSON,
  toVerifyBlobJSON,
  toVerifyJSON,
} from './report.ts';
export type { SignatureJSON, VerifyBlobJSON, VerifyJSON } from './report.ts';
