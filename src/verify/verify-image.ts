// The verify stage: is this image signed by the expected signer? Like @sigstore/verify, it fetches
// first (resolve the tag once, collect every stored signature in both of cosign's formats), then runs
// the pure, synchronous verifySignature on each. It accepts when at least one signature passes every
// check, and reports each rejected one with the code of the check that failed.
import { RegistryError, formatReference, type Digest, type ImageRef } from '../registry/index.ts';
import { COSIGN_SIGN_PREDICATE_TYPE } from '../sign/constants.ts';
import { toSignatureTag } from '../storage/cosign-tags.ts';
import { collectSignatures, type SignatureStore } from './collect.ts';
import { VerifyError, type VerifyErrorCode } from './errors.ts';
import type { VerifyPolicy } from './policy.ts';
import { verifySignature, type VerifiedSignature } from './signature.ts';

/** Which storage formats to read: cosign v2's `.sig` tags, cosign v3's bundle referrers, or both. */
export type VerifyFormats = 'legacy' | 'bundle' | 'both';

/** What to verify and against what. */
export interface VerifyInput {
  /** The image as the user gave it (`--image`); a tag is resolved to a digest once. */
  image: ImageRef;
  /** Where the signatures live when not beside the image (cosign --signature-repository / COSIGN_REPOSITORY). */
  signatureRepository?: ImageRef;
  /** Default `both`. */
  formats?: VerifyFormats;
  policy: VerifyPolicy;
  /** Accept legacy payloads naming another repository (images copied between registries). */
  ignoreDockerReference?: boolean;
  /** Most registry fetches in flight at once (default 4). */
  concurrency?: number;
}

/** The verify stage's dependencies: a registry to read from (a RegistryClient in production). */
export interface VerifyDeps {
  registry: SignatureStore;
}

/** A stored signature that failed: where it is and the check that failed. */
export interface RejectedSignature {
  format: 'legacy' | 'bundle';
  location: string;
  /** The failed check (a VerifyErrorCode), or the registry error that kept it from being read. */
  code: string;
  message: string;
}

/** The outcome of verifying one image. */
export interface VerifyResult {
  /** The image as asked for. */
  image: ImageRef;
  /** The digest that was verified (the tag resolved once). */
  digest: Digest;
  /** Where the signatures were looked for. */
  signatureRepository: ImageRef;
  formats: VerifyFormats;
  /** True when at least one signature passed every check. */
  verified: boolean;
  signatures: VerifiedSignature[];
  rejected: RejectedSignature[];
  /** How bundle referrers were listed (absent when only legacy signatures were read). */
  referrersSource?: 'api' | 'fallback';
  warnings: string[];
}

const DEFAULT_CONCURRENCY = 4;

/** Resolves a tag to its digest (once); a reference with a digest is used as it is. */
export async function resolveDigest(
  registry: Pick<SignatureStore, 'headManifest'>,
  image: ImageRef,
): Promise<Digest> {
  if (image.digest) return image.digest;
  const head = await registry.headManifest(image);
  if (!head) {
    throw new RegistryError(
      'REGISTRY_NOT_FOUND',
      `image ${formatReference(image)} not found: check the --image reference and the registry credentials`,
    );
  }
  return head.digest;
}

function nothingFound(image: ImageRef, digest: Digest, repo: ImageRef, formats: VerifyFormats): VerifyError {
  const where = [
    formats !== 'bundle' ? formatReference(toSignatureTag(repo, digest)) : '',
    formats !== 'legacy' ? `bundle referrers of ${digest} in ${repo.registry}/${repo.repository}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return new VerifyError(
    'VERIFY_NO_SIGNATURES',
    `no signatures found for ${formatReference({ ...image, digest })}: looked for ${where}; sign it first, or pass --signature-repository if its signatures are stored elsewhere`,
  );
}

/** Verifies the signatures of one image; throws VERIFY_NO_SIGNATURES when there are none to check. */
export async function verifyImage(input: VerifyInput, deps: VerifyDeps): Promise<VerifyResult> {
  const formats = input.formats ?? 'both';
  const { registry } = deps;
  const digest = await resolveDigest(registry, input.image);
  const sigRepo: ImageRef = {
    registry: (input.signatureRepository ?? input.image).registry,
    repository: (input.signatureRepository ?? input.image).repository,
  };
  const collected = await collectSignatures(registry, sigRepo, digest, {
    formats,
    predicateType: COSIGN_SIGN_PREDICATE_TYPE,
    concurrency: input.concurrency ?? DEFAULT_CONCURRENCY,
  });
  if (collected.candidates.length === 0 && collected.unreadable.length === 0) {
    throw nothingFound(input.image, digest, sigRepo, formats);
  }

  const check = {
    digest,
    repository: `${input.image.registry}/${input.image.repository}`,
    trust: input.policy.trust,
    signer: input.policy.signer,
    requireTlog: input.policy.requireTlog,
    ignoreDockerReference: input.ignoreDockerReference === true,
  };
  const signatures: VerifiedSignature[] = [];
  const rejected: RejectedSignature[] = collected.unreadable.map((u) => ({
    format: u.format,
    location: u.location,
    code: u.error.code,
    message: u.error.message,
  }));
  for (const candidate of collected.candidates) {
    try {
      signatures.push(verifySignature(candidate, check));
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      rejected.push({
        format: candidate.format === 'legacy' ? 'legacy' : 'bundle',
        location: candidate.location,
        code: err.code,
        message: err.message,
      });
    }
  }
  const result: VerifyResult = {
    image: input.image,
    digest,
    signatureRepository: sigRepo,
    formats,
    verified: signatures.length > 0,
    signatures,
    rejected,
    warnings: [...input.policy.warnings],
  };
  if (collected.referrersSource) result.referrersSource = collected.referrersSource;
  if (input.ignoreDockerReference) {
    result.warnings.push(
      '--ignore-docker-reference: legacy signatures naming another repository are accepted',
    );
  }
  return result;
}

/**
 * The error to fail with when `result` is not verified (undefined when it is): the code of the failed
 * check when every signature failed the same way, else VERIFY_FAILED; the message gives each rejection.
 */
export function toVerifyFailure(result: VerifyResult): VerifyError | undefined {
  if (result.verified) return undefined;
  const codes = new Set(result.rejected.map((r) => r.code));
  const [only] = codes;
  const code: VerifyErrorCode =
    codes.size === 1 && only?.startsWith('VERIFY_') ? (only as VerifyErrorCode) : 'VERIFY_FAILED';
  const image = formatReference({ ...result.image, digest: result.digest });
  const n = result.rejected.length;
  const reasons = result.rejected.map((r) => `${r.code}: ${r.message}`).join('; ');
  return new VerifyError(
    code,
    `${image}: none of its ${n} signature${n === 1 ? '' : 's'} passed (${reasons})`,
  );
}
