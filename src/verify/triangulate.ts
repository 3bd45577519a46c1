// Where the signatures, attestations and bundles of an image live (cosign `triangulate`, for every
// kind at once): the legacy `.sig` / `.att` / `.sbom` tags in the signature repository, and the
// referrers of the digest with their artifactTypes (referrers API, else the `sha256-<hex>` tag).
import {
  formatReference,
  isRegistryError,
  parseManifest,
  type Digest,
  type ImageRef,
} from '../registry/index.ts';
import { COSIGN_TAG_KINDS, toCosignTag, toReferrersFallbackTag } from '../storage/cosign-tags.ts';
import type { SignatureStore } from './collect.ts';
import { resolveDigest } from './verify-image.ts';

/** The image to look up and where its signatures are kept. */
export interface TriangulateInput {
  image: ImageRef;
  /** cosign --signature-repository / COSIGN_REPOSITORY. */
  signatureRepository?: ImageRef;
}

/** The read-only registry calls triangulate makes. */
export interface TriangulateDeps {
  registry: Pick<SignatureStore, 'headManifest' | 'getManifest' | 'listReferrers'>;
}

/** One of cosign's legacy tags and what is stored there. */
export interface CosignTag {
  kind: 'signature' | 'attestation' | 'sbom';
  /** `registry/repo:sha256-<hex>.sig` */
  reference: string;
  exists: boolean;
  /** The manifest's digest and layer count when the tag exists. */
  digest?: Digest;
  layers?: number;
}

/** One referrer of the image's digest. */
export interface ReferrerEntry {
  /** `registry/repo@sha256:…` */
  reference: string;
  digest: Digest;
  mediaType: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/** Where everything about one image is stored. */
export interface TriangulateResult {
  image: ImageRef;
  digest: Digest;
  signatureRepository: ImageRef;
  tags: CosignTag[];
  referrers: {
    /** `api` when the registry has the referrers API, else the fallback tag was read. */
    source: 'api' | 'fallback';
    /** The fallback tag's reference (`registry/repo:sha256-<hex>`), when that was read. */
    fallbackTag?: string;
    items: ReferrerEntry[];
  };
}

/** Lists where the signatures, attestations and bundles of `input.image` live. */
export async function triangulate(
  input: TriangulateInput,
  deps: TriangulateDeps,
): Promise<TriangulateResult> {
  const { registry } = deps;
  const digest = await resolveDigest(registry, input.image);
  const source = input.signatureRepository ?? input.image;
  const repo: ImageRef = { registry: source.registry, repository: source.repository };
  const [tags, listed] = await Promise.all([
    Promise.all(
      COSIGN_TAG_KINDS.map(async (kind): Promise<CosignTag> => {
        const ref = toCosignTag(repo, digest, kind);
        const entry: CosignTag = { kind, reference: formatReference(ref), exists: false };
        try {
          const m = await registry.getManifest(ref);
          const { manifest } = parseManifest(m.bytes, m.mediaType, `tag ${entry.reference}`);
          entry.exists = true;
          entry.digest = m.digest;
          entry.layers = 'layers' in manifest ? manifest.layers.length : manifest.manifests.length;
        } catch (err) {
          if (!isRegistryError(err, 'REGISTRY_NOT_FOUND')) throw err;
        }
        return entry;
      }),
    ),
    registry.listReferrers({ ...repo, digest }),
  ]);
  const items = listed.referrers.map((d) => {
    const e: ReferrerEntry = {
      reference: formatReference({ ...repo, digest: d.digest }),
      digest: d.digest,
      mediaType: d.mediaType,
      size: d.size,
    };
    if (d.artifactType !== undefined) e.artifactType = d.artifactType;
    if (d.annotations !== undefined) e.annotations = d.annotations;
    return e;
  });
  const referrers: TriangulateResult['referrers'] = { source: listed.source, items };
  if (listed.source === 'fallback') {
    referrers.fallbackTag = formatReference(toReferrersFallbackTag(repo, digest));
  }
  return { image: input.image, digest, signatureRepository: repo, tags, referrers };
}
