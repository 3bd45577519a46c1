// The manifest shapes Signet reads and writes (OCI image-spec `descriptor.md`, `manifest.md`,
// `image-index.md`, and their Docker schema 2 twins), with the checks that keep malformed or
// mislabelled documents from travelling further. Pure: no I/O.
import {
  INDEX_MEDIA_TYPES,
  IMAGE_MANIFEST_MEDIA_TYPES,
  MANIFEST_MEDIA_TYPES,
  OCI_INDEX_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
} from './constants.ts';
import { RegistryError } from './errors.ts';
import { parseDigest, type Digest } from './name.ts';

/** Points at content by media type, digest and size. */
export interface Descriptor {
  mediaType: string;
  digest: Digest;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  urls?: string[];
  data?: string;
  platform?: { architecture: string; os: string; variant?: string; 'os.version'?: string };
}

/** An image manifest (OCI or Docker schema 2); with `subject` it is a referrer. */
export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** An image index or Docker manifest list. */
export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** Either kind of manifest. */
export type Manifest = ImageManifest | ImageIndex;

function bad(what: string, why: string): RegistryError {
  return new RegistryError('REGISTRY_INVALID_MANIFEST', `${what}: ${why}`);
}

/** True for the media types of an index. */
export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_MEDIA_TYPES.includes(mediaType);
}

/** True for the media types of an image manifest. */
export function isImageManifestMediaType(mediaType: string): boolean {
  return IMAGE_MANIFEST_MEDIA_TYPES.includes(mediaType);
}

/** Removes parameters (`; charset=utf-8`) and case from a Content-Type value. */
export function normaliseMediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function checkDescriptor(d: unknown, what: string): Descriptor {
  if (typeof d !== 'object' || d === null) throw bad(what, 'descriptor is not an object');
  const o = d as Record<string, unknown>;
  if (typeof o.mediaType !== 'string' || o.mediaType === '') throw bad(what, 'descriptor has no mediaType');
  if (typeof o.digest !== 'string') throw bad(what, 'descriptor has no digest');
  try {
    parseDigest(o.digest);
  } catch (err) {
    throw bad(what, `descriptor digest: ${(err as Error).message}`);
  }
  if (typeof o.size !== 'number' || !Number.isSafeInteger(o.size) || o.size < 0) {
    throw bad(what, `descriptor ${o.digest} has no valid size`);
  }
  return o as unknown as Descriptor;
}

/**
 * Parses manifest bytes and checks their structure. `mediaType` is what the registry or caller says
 * the bytes are; when the document names its own `mediaType` the two must agree.
 */
export function parseManifest(
  bytes: Uint8Array,
  mediaType: string | undefined,
  what = 'manifest',
): {
  manifest: Manifest;
  mediaType: string;
} {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw bad(what, 'not valid JSON');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw bad(what, 'not a JSON object');
  const o = doc as Record<string, unknown>;
  if (o.schemaVersion !== 2)
    throw bad(what, `expected schemaVersion 2, got ${JSON.stringify(o.schemaVersion)}`);
  const declared = typeof o.mediaType === 'string' ? o.mediaType : undefined;
  const given = mediaType ? normaliseMediaType(mediaType) : undefined;
  // Registries may answer with a generic Content-Type; the document's own field then decides.
  const usefulGiven = given && MANIFEST_MEDIA_TYPES.includes(given) ? given : undefined;
  if (declared && usefulGiven && declared !== usefulGiven) {
    throw bad(what, `media type ${usefulGiven} does not match the document's mediaType ${declared}`);
  }
  // OCI documents may omit mediaType: infer it from the shape, as the image-spec allows.
  const inferred = Array.isArray(o.manifests)
    ? OCI_INDEX_MEDIA_TYPE
    : o.config !== undefined
      ? OCI_MANIFEST_MEDIA_TYPE
      : undefined;
  const mt = declared ?? usefulGiven ?? inferred;
  if (!mt) throw bad(what, 'no media type: set mediaType in the document or pass one');
  if (!MANIFEST_MEDIA_TYPES.includes(mt)) {
    throw bad(what, `unsupported media type ${mt}; expected one of ${MANIFEST_MEDIA_TYPES.join(', ')}`);
  }
  if (isIndexMediaType(mt)) {
    if (!Array.isArray(o.manifests)) throw bad(what, 'index has no manifests array');
    o.manifests.forEach((d, i) => checkDescriptor(d, `${what} manifests[${i}]`));
  } else {
    checkDescriptor(o.config, `${what} config`);
    if (!Array.isArray(o.layers)) throw bad(what, 'image manifest has no layers array');
    o.layers.forEach((d, i) => checkDescriptor(d, `${what} layers[${i}]`));
  }
  if (o.subject !== undefined) checkDescriptor(o.subject, `${what} subject`);
  return { manifest: o as unknown as Manifest, mediaType: mt };
}
