// The legacy `sha256-<hex>.sig` image as a read-modify-write of a tag, made safe for concurrent signers.
//
// Why cosign loses signatures here: cosign reads the `.sig` image, appends its layer and PUTs the whole
// manifest back to the tag (cosign `pkg/oci/mutate` AttachSignatureToEntity, go-containerregistry
// `remote.Write`). A tag PUT replaces, it does not merge, and nothing makes it conditional, so when two
// jobs sign one digest at once, each PUT carries only the layers its writer read: the last one wins and
// the other signatures vanish without an error (see the 8-writer measurement in
// test/integration/sign-concurrency.itg.test.ts).
//
// Signet does what src/registry does for the referrers fallback index (referrers.ts `addReferrer`): the
// PUT carries If-Match with the ETag of the image it read, so a registry that honours it answers 412
// and Signet reads again and merges. Distribution 2.8 sends ETags but ignores If-Match, so every write
// is also verified: wait longer than a read-modify-write takes, read the tag back, and if any layer this
// writer has seen is missing (someone overwrote it), merge it back and write again, for a bounded
// number of rounds. Without compare-and-swap no client protocol is exact; the settle window covers
// writers whose read-modify-write overlaps ours, which is what concurrent CI jobs do. Where the
// registry does honour If-Match, a conditional write is exact and needs no read-back; elsewhere the
// read-backs of a run share one wait (registry/settle.ts).
import {
  DOCKER_MANIFEST_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  formatReference,
  isRegistryError,
  parseManifest,
  sha256Digest,
  type Digest,
  type ImageManifest,
  type ImageRef,
  type PutManifestResult,
  SettleBatch,
  limitsOf,
  type RegistryCalls,
} from '../registry/index.ts';
import { limitExceeded } from '../registry/index.ts';
import type { Clock } from '../sign/clock.ts';
import { SignError } from '../sign/errors.ts';
import { buildLegacyImage, type LegacyLayer } from './legacy-image.ts';

/** The registry calls a `.sig` update makes. */
export type SignatureTagRegistry = RegistryCalls<
  'getManifest' | 'putManifest' | 'uploadBlob' | 'fetchBlobBytes'
>;

/** A `.sig` image as read: its layers with their payloads, and the ETag to make the next PUT conditional. */
export interface SignatureImage {
  layers: LegacyLayer[];
  etag?: string;
}

/** How hard to try when other writers keep replacing the tag. */
export interface SettleOptions {
  /** Shortest wait before reading a write back (default 100 ms). */
  settleMs?: number;
  /** Write rounds before giving up (default 10). */
  maxRounds?: number;
  /**
   * The run's settle batch: read-backs are deferred to it and its owner settles it once after the
   * run's last write. Without one, each stage waits for its own writes before returning.
   */
  batch?: SettleBatch;
}

/** What appending took. */
export interface AppendResult {
  /** True when the tag already held the layer: nothing was written. */
  unchanged: boolean;
  rounds: number;
}

/** Signature payloads are a few hundred bytes; anything large under a `.sig` tag is not a signature. */
const MAX_PAYLOAD_BYTES = 1024 * 1024;

/**
 * Failures after which reading again and rewriting is safe and may succeed: 412 (someone wrote since we
 * read), temporary failures, and Distribution 2.8's answers when concurrent writers commit the same
 * blob at once (DIGEST_INVALID on the upload, MANIFEST_BLOB_UNKNOWN on the manifest that names it),
 * which the real cosign reports as a failed signing under concurrency.
 */
export function isRetryableWrite(err: unknown): boolean {
  if (!isRegistryError(err)) return false;
  if (err.code === 'REGISTRY_CONFLICT' || err.temporary) return true;
  return (
    err.status === 400 && err.ociCodes.some((c) => c === 'DIGEST_INVALID' || c === 'MANIFEST_BLOB_UNKNOWN')
  );
}

/** Identity of a layer: its payload and every annotation (two signatures of one payload differ). */
function layerKey(layer: { payload: Buffer; annotations: Record<string, string> } | LegacyLayer): string {
  const a = layer.annotations;
  const sorted = Object.keys(a)
    .sort()
    .map((k) => [k, a[k]]);
  return `${layer.payload.toString('base64')}\n${JSON.stringify(sorted)}`;
}

/**
 * Reads the `.sig` image at `tagRef` with every layer's payload (verified against its digest), or an
 * empty image when the tag does not exist. `payloads` caches blobs across reads. `maxBytes` bounds each
 * payload (`.att` layers hold whole predicates, SBOMs among them).
 */
export async function readSignatureImage(
  registry: SignatureTagRegistry,
  tagRef: ImageRef,
  payloads: Map<Digest, Buffer> = new Map(),
  maxBytes: number = MAX_PAYLOAD_BYTES,
): Promise<SignatureImage> {
  let fetched;
  try {
    fetched = await registry.getManifest(tagRef, {
      accept: [OCI_MANIFEST_MEDIA_TYPE, DOCKER_MANIFEST_MEDIA_TYPE],
    });
  } catch (err) {
    if (isRegistryError(err, 'REGISTRY_NOT_FOUND')) return { layers: [] };
    throw err;
  }
  const what = `signature image ${formatReference(tagRef)}`;
  const { manifest } = parseManifest(fetched.bytes, fetched.mediaType, what);
  if (!('layers' in manifest)) {
    throw new SignError(
      'SIGN_INVALID_STORAGE',
      `${what}: expected an image manifest, got an index; something other than cosign uses that tag`,
    );
  }
  // Every existing layer's payload is read to keep it; a hostile tag cannot make that unbounded.
  const cap = limitsOf(registry).attachmentLayers;
  const found = (manifest as ImageManifest).layers.length;
  if (found > cap) throw limitExceeded('attachmentLayers', cap, found, what);
  const layers: LegacyLayer[] = [];
  for (const d of (manifest as ImageManifest).layers) {
    let payload = payloads.get(d.digest);
    if (!payload) {
      payload = await registry.fetchBlobBytes(tagRef, d.digest, {
        size: d.size,
        maxBytes,
      });
      payloads.set(d.digest, payload);
    }
    layers.push({ mediaType: d.mediaType, payload, annotations: { ...d.annotations } });
  }
  const out: SignatureImage = { layers };
  if (fetched.etag) out.etag = fetched.etag;
  return out;
}

/**
 * Appends `layer` to the `.sig` image at `tagRef`, keeping every layer concurrent writers add (see the
 * header). `current` is the image as last read, when the caller has it. With `settle.batch`, the read-back of
 * a write the registry could not make exact is deferred to that batch (one settle wait per run,
 * registry/settle.ts); without, it is waited for here. `rounds` counts the writes made before returning.
 */
export async function appendSignatureLayer(
  registry: SignatureTagRegistry,
  tagRef: ImageRef,
  layer: LegacyLayer,
  deps: { clock: Clock; current?: SignatureImage; settle?: SettleOptions },
): Promise<AppendResult> {
  const { clock } = deps;
  const settleMs = deps.settle?.settleMs ?? 100;
  const maxRounds = deps.settle?.maxRounds ?? 10;
  const payloads = new Map<Digest, Buffer>();
  const uploaded = new Set<string>();
  const ours = layerKey(layer);
  const seen = new Map<string, LegacyLayer>([[ours, layer]]);
  const has = (image: SignatureImage, keys: Iterable<string>) => {
    const present = new Set(image.layers.map(layerKey));
    for (const k of keys) if (!present.has(k)) return false;
    return true;
  };

  let current = deps.current ?? (await readSignatureImage(registry, tagRef, payloads));
  for (const l of current.layers) payloads.set(sha256Digest(l.payload), l.payload);
  if (has(current, [ours])) return { unchanged: true, rounds: 0 };
  const batch = deps.settle?.batch ?? new SettleBatch(clock);
  let round = 0;
  let lastFailure: unknown;
  // Write rounds until one write lands; then done (compare-and-swap) or a read-back is deferred.
  const write = async (): Promise<void> => {
    for (;;) {
      if (++round > maxRounds) {
        if (lastFailure && !isRegistryError(lastFailure, 'REGISTRY_CONFLICT')) throw lastFailure;
        throw new SignError(
          'SIGN_CONFLICT',
          `updating ${formatReference(tagRef)}: concurrent writers kept replacing the signature image for ${maxRounds} rounds; sign again (existing signatures are kept)`,
          { cause: lastFailure },
        );
      }
      const started = clock.now();
      for (const l of current.layers) if (!seen.has(layerKey(l))) seen.set(layerKey(l), l);
      const present = new Set(current.layers.map(layerKey));
      const merged = [...current.layers, ...[...seen].filter(([k]) => !present.has(k)).map(([, l]) => l)];
      const image = buildLegacyImage(merged);
      let put: PutManifestResult;
      try {
        // Blobs first: the config changes with the layer count; payloads of layers read from the
        // registry are there already, ours is uploaded once.
        for (const [digest, bytes] of image.blobs) {
          if (uploaded.has(digest) || payloads.has(digest)) continue;
          await registry.uploadBlob(tagRef, bytes, { digest, skipExistenceCheck: true });
          uploaded.add(digest);
          payloads.set(digest, bytes); // reading the image back need not download what we just wrote
        }
        put = await registry.putManifest(tagRef, image.manifestBytes, {
          mediaType: OCI_MANIFEST_MEDIA_TYPE,
          ifMatch: current.etag,
        });
      } catch (err) {
        // 412 (someone wrote since we read) or a failure that may not have stored anything: either way
        // reading again and merging is safe. Anything else is the caller's to see.
        if (!isRetryableWrite(err)) throw err;
        lastFailure = err;
        await clock.sleep(Math.round(settleMs * (1 + clock.random())));
        current = await readSignatureImage(registry, tagRef, payloads);
        if (has(current, seen.keys())) return;
        continue;
      }
      lastFailure = undefined;
      if (put.compareAndSwap) return;
      const took = clock.now() - started;
      batch.defer(clock.now() + Math.round(Math.max(settleMs, 2 * took) * (1 + clock.random())), check);
      return;
    }
  };
  const check = async (): Promise<void> => {
    current = await readSignatureImage(registry, tagRef, payloads);
    if (!has(current, seen.keys())) await write();
  };
  await write();
  if (!deps.settle?.batch) await batch.settle();
  return { unchanged: false, rounds: round };
}
