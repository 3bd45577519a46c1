// The referrers tag schema: registries without `GET /v2/<name>/referrers/<digest>` (Distribution 2.8,
// ECR before 2024, many mirrors) keep the referrers of `sha256:<hex>` in an OCI index tagged
// `sha256-<hex>`. Written exactly as go-containerregistry writes it (`remote/write.go`
// `commitSubjectReferrers`) so cosign, crane and Kyverno read Signet's entries and Signet reads theirs:
// descriptors {mediaType, size, digest, annotations?, artifactType} sorted by digest.
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#referrers-tag-schema
import { OCI_INDEX_MEDIA_TYPE } from './constants.ts';
import { sha256Digest } from './digest.ts';
import type { Descriptor, ImageIndex } from './manifest.ts';
import { parseManifest } from './manifest.ts';
import type { Digest } from './name.ts';

/** The fallback tag for a subject: `sha256:<hex>` → `sha256-<hex>`. */
export function toFallbackTag(subject: Digest): string {
  return subject.replace(':', '-');
}

/** The descriptor a referrer manifest is listed under: its artifactType, else its config media type. */
export function toReferrerDescriptor(manifestBytes: Uint8Array, mediaType?: string): Descriptor {
  const { manifest, mediaType: mt } = parseManifest(manifestBytes, mediaType, 'referrer manifest');
  const configType = 'config' in manifest ? manifest.config.mediaType : undefined;
  const d: Descriptor = {
    mediaType: mt,
    digest: sha256Digest(manifestBytes),
    size: manifestBytes.length,
  };
  if (manifest.annotations && Object.keys(manifest.annotations).length > 0)
    d.annotations = manifest.annotations;
  const artifactType = manifest.artifactType ?? configType;
  if (artifactType) d.artifactType = artifactType;
  return d;
}

/** Field order as Go's json.Marshal writes v1.Descriptor, so bytes match other writers'. */
function canonicalDescriptor(d: Descriptor): Descriptor {
  const out: Record<string, unknown> = { mediaType: d.mediaType, size: d.size, digest: d.digest };
  if (d.data !== undefined) out.data = d.data;
  if (d.urls !== undefined) out.urls = d.urls;
  if (d.annotations !== undefined) out.annotations = d.annotations;
  if (d.platform !== undefined) out.platform = d.platform;
  if (d.artifactType !== undefined) out.artifactType = d.artifactType;
  return out as unknown as Descriptor;
}

/** The fallback index listing `descriptors`: deduplicated by digest (first wins), sorted by digest. */
export function buildReferrersIndex(descriptors: readonly Descriptor[]): ImageIndex {
  const byDigest = new Map<string, Descriptor>();
  for (const d of descriptors) if (!byDigest.has(d.digest)) byDigest.set(d.digest, canonicalDescriptor(d));
  const manifests = [...byDigest.values()].sort((a, b) =>
    a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0,
  );
  return { schemaVersion: 2, mediaType: OCI_INDEX_MEDIA_TYPE, manifests };
}

/** Serialises an index compactly, as Go does (no spaces, no trailing newline). */
export function serialiseIndex(index: ImageIndex): Uint8Array {
  return Buffer.from(JSON.stringify(index), 'utf8');
}

/** Keeps the descriptors whose artifactType is `artifactType` (all when undefined). */
export function filterByArtifactType(
  descriptors: readonly Descriptor[],
  artifactType?: string,
): Descriptor[] {
  return artifactType === undefined
    ? [...descriptors]
    : descriptors.filter((d) => d.artifactType === artifactType);
}

/** True when every digest in `wanted` is listed in `index`. */
export function listsAll(index: readonly Descriptor[], wanted: Iterable<string>): boolean {
  const have = new Set<string>(index.map((d) => d.digest));
  for (const w of wanted) if (!have.has(w)) return false;
  return true;
}
