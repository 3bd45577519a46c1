// `verify-blob`: checks a Sigstore bundle (`--bundle`, as `cosign sign-blob --bundle` writes it) against
// a blob given as its bytes or as `sha256:<hex>`. The same checks as image signatures (verifySignature):
// trust, signer identity or key, tlog; plus what was signed: without `--type` a message signature whose
// digest is the blob's, with `--type` a DSSE statement of that predicate type whose subject contains it.
// Pure and synchronous: the caller read the files.
import { createHash } from 'node:crypto';
import { parseDigest, type Digest } from '../registry/index.ts';
import { VerifyError } from '../verify/errors.ts';
import type { VerifyPolicy } from '../verify/policy.ts';
import { verifySignature, type VerifiedSignature } from '../verify/signature.ts';

/** The blob: its bytes (the file) or only its digest (`sha256:<hex>`). */
export type BlobArtifact = { bytes: Uint8Array } | { digest: Digest };

/** What to verify. */
export interface VerifyBlobInput {
  blob: BlobArtifact;
  /** The parsed `--bundle` file. */
  bundleJSON: unknown;
  /** Where the bundle came from, for messages (the `--bundle` path). */
  bundleSource?: string;
  policy: VerifyPolicy;
  /**
   * `--type`: verify an attestation about the blob (a DSSE in-toto statement of this predicate type)
   * instead of a blob signature. Without it a DSSE bundle is refused, as cosign's verify-blob refuses
   * attestations for verify-blob-attestation.
   */
  predicateType?: string;
}

/** A verified blob: its digest, the signature's facts (identity, tlog entry, timestamps), warnings. */
export interface VerifyBlobResult {
  digest: Digest;
  signature: VerifiedSignature;
  warnings: string[];
}

const SHA256_ARG = /^sha256:[0-9a-f]{64}$/;

/** The digest a `verify-blob` argument names when it is `sha256:<hex>`, else undefined (it is a path). */
export function parseBlobDigest(arg: string): Digest | undefined {
  return SHA256_ARG.test(arg) ? parseDigest(arg) : undefined;
}

/** The sha256 digest of a blob's bytes. */
export function toBlobDigest(bytes: Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Verifies one blob bundle; throws a VerifyError naming the failed check. */
export function verifyBlob(input: VerifyBlobInput): VerifyBlobResult {
  const bytes = 'bytes' in input.blob ? Buffer.from(input.blob.bytes) : undefined;
  const digest = bytes ? toBlobDigest(bytes) : (input.blob as { digest: Digest }).digest;
  if (!digest.startsWith('sha256:')) {
    throw new VerifyError('VERIFY_INVALID_POLICY', `expected a sha256:<hex> blob digest, got ${digest}`);
  }
  const signature = verifySignature(
    {
      format: 'blob',
      location: input.bundleSource ?? 'bundle',
      bundleJSON: input.bundleJSON,
      ...(bytes ? { artifact: bytes } : {}),
    },
    {
      digest,
      repository: '',
      trust: input.policy.trust,
      signer: input.policy.signer,
      requireTlog: input.policy.requireTlog,
      ...(input.predicateType !== undefined ? { predicateType: input.predicateType } : {}),
    },
  );
  return { digest, signature, warnings: [...input.policy.warnings] };
}
