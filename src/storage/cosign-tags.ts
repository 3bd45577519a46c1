// The tags cosign keeps an image's signatures, attestations and SBOMs under, and the referrers
// fallback tag: every `sha256-<hex>…` name Signet reads or writes is made here (the `sha256-<hex>`
// part by the registry's referrers tag schema, `toFallbackTag`).
import { toFallbackTag, type Digest, type ImageRef } from '../registry/index.ts';
import { ATTESTATION_TAG_SUFFIX, SBOM_TAG_SUFFIX, SIGNATURE_TAG_SUFFIX } from './constants.ts';

/** What a legacy cosign tag holds. */
export type CosignTagKind = 'signature' | 'attestation' | 'sbom';

const SUFFIXES: Record<CosignTagKind, string> = {
  signature: SIGNATURE_TAG_SUFFIX,
  attestation: ATTESTATION_TAG_SUFFIX,
  sbom: SBOM_TAG_SUFFIX,
};

/** Every kind of legacy tag, in the order cosign triangulate lists them. */
export const COSIGN_TAG_KINDS: readonly CosignTagKind[] = ['signature', 'attestation', 'sbom'];

/** `<repo>:sha256-<hex>.sig` / `.att` / `.sbom` of `digest` in `repo` (cosign `pkg/oci/remote`). */
export function toCosignTag(repo: ImageRef, digest: Digest, kind: CosignTagKind): ImageRef {
  return {
    registry: repo.registry,
    repository: repo.repository,
    tag: `${toFallbackTag(digest)}${SUFFIXES[kind]}`,
  };
}

/** `<repo>:sha256-<hex>.sig`. */
export function toSignatureTag(repo: ImageRef, digest: Digest): ImageRef {
  return toCosignTag(repo, digest, 'signature');
}

/** `<repo>:sha256-<hex>.att`. */
export function toAttestationTag(repo: ImageRef, digest: Digest): ImageRef {
  return toCosignTag(repo, digest, 'attestation');
}

/** `<repo>:sha256-<hex>`: the referrers index of `digest` on a registry without the referrers API. */
export function toReferrersFallbackTag(repo: ImageRef, digest: Digest): ImageRef {
  return { registry: repo.registry, repository: repo.repository, tag: toFallbackTag(digest) };
}
