// A Sigstore bundle stored as an OCI 1.1 referrer of the image it signs, as cosign v3 writes it
// (artifactType = the bundle media type, empty config, one bundle layer, `subject`, three annotations).
// Pure: the registry client uploads the blobs and PUTs the manifest by digest (the referrers API or
// the `sha256-<hex>` tag fallback then lists it).
import { createHash } from 'node:crypto';
import { OCI_EMPTY_DIGEST, OCI_EMPTY_MEDIA_TYPE, OCI_MANIFEST_MEDIA_TYPE } from '../registry/constants.ts';
import type { Descriptor, ImageManifest } from '../registry/manifest.ts';
import type { Digest } from '../registry/name.ts';
import {
  ANNOTATION_BUNDLE_CONTENT,
  ANNOTATION_BUNDLE_PREDICATE_TYPE,
  ANNOTATION_CREATED,
  BUNDLE_V03_MEDIA_TYPE,
} from '../sign/constants.ts';

/** What to store: the serialized bundle, the image it signs, and what it says about it. */
export interface BundleReferrerInput {
  bundleJSON: Buffer;
  subject: Descriptor;
  /** `dsse-envelope` or `message-signature`. */
  content: 'dsse-envelope' | 'message-signature';
  /** The in-toto predicate type (the cosign sign predicate for a plain signature). */
  predicateType: string;
  created: Date;
}

/** The referrer manifest and the two blobs it needs. */
export interface BundleReferrer {
  manifest: ImageManifest;
  manifestBytes: Buffer;
  digest: Digest;
  blobs: Map<Digest, Buffer>;
}

/** The two bytes of the OCI empty descriptor. */
const EMPTY_JSON = Buffer.from('{}');

/** RFC 3339 without fractional seconds, as cosign stamps `org.opencontainers.image.created`. */
export function rfc3339Seconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Builds the referrer manifest that stores `input.bundleJSON` against `input.subject`. */
export function buildBundleReferrer(input: BundleReferrerInput): BundleReferrer {
  const layerDigest: Digest = `sha256:${createHash('sha256').update(input.bundleJSON).digest('hex')}`;
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    artifactType: BUNDLE_V03_MEDIA_TYPE,
    config: { mediaType: OCI_EMPTY_MEDIA_TYPE, size: EMPTY_JSON.length, digest: OCI_EMPTY_DIGEST as Digest },
    layers: [{ mediaType: BUNDLE_V03_MEDIA_TYPE, size: input.bundleJSON.length, digest: layerDigest }],
    subject: { mediaType: input.subject.mediaType, size: input.subject.size, digest: input.subject.digest },
    annotations: {
      [ANNOTATION_BUNDLE_CONTENT]: input.content,
      [ANNOTATION_BUNDLE_PREDICATE_TYPE]: input.predicateType,
      [ANNOTATION_CREATED]: rfc3339Seconds(input.created),
    },
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const blobs = new Map<Digest, Buffer>([
    [OCI_EMPTY_DIGEST as Digest, EMPTY_JSON],
    [layerDigest, input.bundleJSON],
  ]);
  return {
    manifest,
    manifestBytes,
    digest: `sha256:${createHash('sha256').update(manifestBytes).digest('hex')}`,
    blobs,
  };
}
