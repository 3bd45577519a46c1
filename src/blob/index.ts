// The blob stages: `sign-blob` and `verify-blob` (a file's bytes, not an image, with a Sigstore bundle
// beside it, as cosign's commands of the same names).
export { signBlob } from './sign-blob.ts';
export type { SignBlobResult } from './sign-blob.ts';
export { parseBlobDigest, toBlobDigest, verifyBlob } from './verify-blob.ts';
export type { BlobArtifact, VerifyBlobInput, VerifyBlobResult } from './verify-blob.ts';
