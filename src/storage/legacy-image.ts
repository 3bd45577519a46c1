// cosign's legacy signature storage: the `sha256-<hex>.sig` (and `.att`) "image" whose layers are the
// signed payloads, with everything else in layer annotations. Shapes follow cosign `pkg/oci/empty`
// (config), go-containerregistry `mutate.Append` (manifest) and cosign `pkg/oci/static` (layers).
// Pure: the sign stage reads the existing image through the registry client and writes what this returns.
import { createHash } from 'node:crypto';
import { OCI_CONFIG_MEDIA_TYPE, OCI_MANIFEST_MEDIA_TYPE } from '../registry/constants.ts';
import type { Descriptor, ImageManifest } from '../registry/manifest.ts';
import type { Digest } from '../registry/name.ts';
import { GO_ZERO_TIME } from '../sign/constants.ts';

/** One signature or attestation layer: the payload bytes and the annotations that carry the rest. */
export interface LegacyLayer {
  mediaType: string;
  payload: Buffer;
  annotations: Record<string, string>;
}

/** A complete legacy signature image, ready to upload: blobs first, then the manifest. */
export interface LegacyImage {
  config: Buffer;
  manifest: ImageManifest;
  manifestBytes: Buffer;
  /** Every blob the manifest references (config and layers), by digest. */
  blobs: Map<Digest, Buffer>;
}

const sha256 = (b: Buffer): Digest => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** The config cosign writes for a signature image (`empty.go` plus one history entry per layer). */
export function buildLegacyConfig(payloads: Buffer[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: GO_ZERO_TIME,
      history: payloads.map(() => ({ created: GO_ZERO_TIME })),
      os: '',
      rootfs: { type: 'layers', diff_ids: payloads.map(sha256) },
      config: {},
    }),
  );
}

/** Builds the `.sig`/`.att` image holding `layers`, in order. */
export function buildLegacyImage(layers: LegacyLayer[]): LegacyImage {
  const config = buildLegacyConfig(layers.map((l) => l.payload));
  const blobs = new Map<Digest, Buffer>();
  const configDigest = sha256(config);
  blobs.set(configDigest, config);
  const layerDescriptors: Descriptor[] = layers.map((l) => {
    const digest = sha256(l.payload);
    blobs.set(digest, l.payload);
    return { mediaType: l.mediaType, size: l.payload.length, digest, annotations: { ...l.annotations } };
  });
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    config: { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.length, digest: configDigest },
    layers: layerDescriptors,
  };
  return { config, manifest, manifestBytes: Buffer.from(JSON.stringify(manifest)), blobs };
}

/** True when `layers` already holds a layer with the same payload and annotations (an exact repeat). */
export function hasIdenticalLayer(layers: LegacyLayer[], candidate: LegacyLayer): boolean {
  const same = (a: Record<string, string>, b: Record<string, string>) => {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
  };
  return layers.some(
    (l) =>
      l.mediaType === candidate.mediaType &&
      l.payload.equals(candidate.payload) &&
      same(l.annotations, candidate.annotations),
  );
}
