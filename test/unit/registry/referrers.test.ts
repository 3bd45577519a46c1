import {
  buildReferrersIndex,
  filterByArtifactType,
  serialiseIndex,
  toFallbackTag,
  toReferrerDescriptor,
} from '../../../src/registry/referrers.ts';
import { sha256Digest } from '../../../src/registry/digest.ts';
import type { Descriptor } from '../../../src/registry/manifest.ts';

// The fallback index cosign v3.1.3 (go-containerregistry) wrote after appending its bundle to an index
// Signet had written, captured from the test bed's Distribution 2.8.
const GGCR_INDEX =
  '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":564,"digest":"sha256:0f1dcbe439f9bc236ee3d86df2bda1453ec7cd4912c2b6c5aea0fcb99b583b7b","artifactType":"application/x-signet-test"},{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":877,"digest":"sha256:95ec31f1159f43c81d157f8fb4c567a1d12c760a88269a71388afe6d4a7c3dc3","artifactType":"application/vnd.dev.sigstore.bundle.v0.3+json"}]}';

describe('toFallbackTag', () => {
  it('replaces the colon', () => {
    expect(toFallbackTag(`sha256:${'a'.repeat(64)}`)).toBe(`sha256-${'a'.repeat(64)}`);
  });
});

describe('buildReferrersIndex', () => {
  it('writes the same bytes go-containerregistry writes, whatever order the entries come in', () => {
    const parsed = JSON.parse(GGCR_INDEX) as { manifests: Descriptor[] };
    const reordered = [...parsed.manifests].reverse().map(
      (d) =>
        ({
          artifactType: d.artifactType,
          digest: d.digest,
          size: d.size,
          mediaType: d.mediaType,
        }) as Descriptor,
    );
    expect(Buffer.from(serialiseIndex(buildReferrersIndex(reordered))).toString()).toBe(GGCR_INDEX);
  });
  it('keeps the first entry of a digest listed twice', () => {
    const d = {
      mediaType: 'm',
      digest: `sha256:${'1'.repeat(64)}`,
      size: 1,
      artifactType: 'a',
    } as Descriptor;
    expect(buildReferrersIndex([d, { ...d, artifactType: 'b' }]).manifests).toEqual([d]);
  });
});

describe('toReferrerDescriptor', () => {
  const subject = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${'2'.repeat(64)}`,
    size: 3,
  };
  const config = {
    mediaType: 'application/vnd.oci.empty.v1+json',
    digest: `sha256:${'3'.repeat(64)}`,
    size: 2,
  };
  it('uses artifactType when the manifest has one', () => {
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: subject.mediaType,
        artifactType: 'application/x',
        config,
        layers: [],
        subject,
        annotations: { a: 'b' },
      }),
    );
    expect(toReferrerDescriptor(bytes)).toEqual({
      mediaType: subject.mediaType,
      digest: sha256Digest(bytes),
      size: bytes.length,
      artifactType: 'application/x',
      annotations: { a: 'b' },
    });
  });
  it('falls back to the config media type, as the spec says', () => {
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: subject.mediaType,
        config: { ...config, mediaType: 'application/y' },
        layers: [],
        subject,
      }),
    );
    expect(toReferrerDescriptor(bytes).artifactType).toBe('application/y');
  });
});

describe('filterByArtifactType', () => {
  it('keeps only the asked type, or everything when none is asked', () => {
    const a = { artifactType: 'a' } as Descriptor;
    const b = { artifactType: 'b' } as Descriptor;
    expect(filterByArtifactType([a, b], 'b')).toEqual([b]);
    expect(filterByArtifactType([a, b])).toEqual([a, b]);
  });
});
