// Reads back what a builder pushed: the manifest at the digest, its platform manifests and BuildKit's
// attestation manifests. The registry client checks every byte against its digest.
import {
  isIndexMediaType,
  getParsedManifest,
  withIdentifier,
  type Descriptor,
  type Digest,
  type FetchedManifest,
  type ImageIndex,
  type ImageManifest,
  type ImageRef,
} from '../registry/index.ts';
import type { PlatformManifest } from './build-input.ts';
import { ATTESTATION_MANIFEST_TYPE, DOCKER_REFERENCE_TYPE_ANNOTATION } from './constants.ts';
import { BuildError } from './errors.ts';
import { formatPlatform } from './platform.ts';

/** The registry calls the build stage makes (a RegistryClient has them). */
export interface BuildRegistry {
  getManifest(ref: ImageRef, opts?: { accept?: readonly string[] }): Promise<FetchedManifest>;
  fetchBlobBytes(
    repo: ImageRef,
    digest: Digest,
    opts?: { size?: number; maxBytes?: number },
  ): Promise<Buffer>;
}

/** What is at a pushed digest. */
export interface PushedImage {
  mediaType: string;
  manifests: PlatformManifest[];
  attestationManifests: Descriptor[];
}

/** True for an index entry BuildKit added for attestations rather than for a platform image. */
export function isAttestationManifest(d: Descriptor): boolean {
  return d.annotations?.[DOCKER_REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST_TYPE;
}

/** Splits an index's entries into platform manifests and attestation manifests. */
export function toPlatformManifests(index: ImageIndex): {
  manifests: PlatformManifest[];
  attestationManifests: Descriptor[];
} {
  const manifests: PlatformManifest[] = [];
  const attestationManifests: Descriptor[] = [];
  for (const d of index.manifests) {
    if (isAttestationManifest(d)) {
      attestationManifests.push(d);
      continue;
    }
    manifests.push({
      platform: d.platform ? formatPlatform(d.platform) : 'unknown/unknown',
      digest: d.digest,
      mediaType: d.mediaType,
      size: d.size,
    });
  }
  return { manifests, attestationManifests };
}

/** The platform an image config declares (`os`, `architecture`, `variant`). */
export function parseConfigPlatform(bytes: Uint8Array): string {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new BuildError('BUILD_INVALID_OUTPUT', 'image config: not valid JSON', { cause: err });
  }
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return formatPlatform({
    os: str(doc.os) ?? 'unknown',
    architecture: str(doc.architecture) ?? 'unknown',
    ...(str(doc.variant) ? { variant: str(doc.variant)! } : {}),
  });
}

/** Fetches `repo@digest` and lists what it holds; an index is not followed further than one level. */
export async function describePushedImage(
  registry: BuildRegistry,
  repo: ImageRef,
  digest: Digest,
): Promise<PushedImage> {
  const ref = withIdentifier(repo, { digest });
  const { manifest, mediaType, size } = await getParsedManifest(registry, ref);
  if (isIndexMediaType(mediaType)) {
    return { mediaType, ...toPlatformManifests(manifest as ImageIndex) };
  }
  const config = (manifest as ImageManifest).config;
  const platform = parseConfigPlatform(
    await registry.fetchBlobBytes(ref, config.digest, { size: config.size, maxBytes: 4 * 1024 * 1024 }),
  );
  return {
    mediaType,
    manifests: [{ platform, digest, mediaType, size }],
    attestationManifests: [],
  };
}
