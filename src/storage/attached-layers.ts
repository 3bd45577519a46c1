// Reading cosign's legacy `sha256-<hex>.sig` / `.att` images for verification: the manifest, refused
// past the attachment-layers cap before any layer is fetched, then each layer's payload, digest-checked
// and charged to the verification's byte budget. A layer that cannot be fetched becomes an error of
// its own, so one broken layer never hides the others; a registry cap exceeded fails the whole read.
import {
  formatReference,
  isRegistryError,
  limitExceeded,
  parseManifest,
  type Descriptor,
  type Digest,
  type ImageRef,
  type ReadBudget,
  limitsOf,
  type RegistryCalls,
} from '../registry/index.ts';
import { SignetError } from '../errors.ts';
import { type Limits } from '../limits.ts';
import { mapLimit } from '../map-limit.ts';
import { VerifyError } from '../verify/errors.ts';
import { toCosignTag } from './cosign-tags.ts';

/** The reads of a verification. RegistryClient is one. */
export type AttachedLayerStore = RegistryCalls<'getManifest' | 'fetchBlobBytes'>;

/** One layer of a `.sig` / `.att` image: its payload and annotations, or why it could not be read. */
export type AttachedLayer =
  | { location: string; payload: Buffer; annotations: Record<string, string> }
  | { location: string; error: SignetError };

/** Options of readAttachedLayers. */
export interface AttachedLayerOptions {
  /** Most payload fetches in flight at once. */
  concurrency: number;
  budget: ReadBudget;
  /** Fetch only the layers this keeps (e.g. attestations of one predicate type). */
  include?: (layer: Descriptor) => boolean;
}

/**
 * The layers of a `.sig` / `.att` image, refused past the attachment-layers cap before any is fetched:
 * cosign appends one layer per signature, so a hundred thousand layers is an attack, not a history.
 */
function checkAttachmentLayers<T>(layers: readonly T[], limits: Readonly<Limits>, what: string): void {
  if (layers.length > limits.attachmentLayers) {
    throw limitExceeded('attachmentLayers', limits.attachmentLayers, layers.length, what);
  }
}

/** A SignetError for `err`, naming `location` when it is not one already. */
export function asSignetError(err: unknown, location: string): SignetError {
  if (err instanceof SignetError) return err;
  return new VerifyError('VERIFY_MALFORMED', `${location}: ${(err as Error)?.message ?? String(err)}`, {
    cause: err,
  });
}

/** The layers of `digest`'s `.sig` or `.att` image in `repo`, each payload fetched (none without the tag). */
export async function readAttachedLayers(
  store: AttachedLayerStore,
  repo: ImageRef,
  digest: Digest,
  kind: 'signature' | 'attestation',
  opts: AttachedLayerOptions,
): Promise<AttachedLayer[]> {
  const limits = limitsOf(store);
  const tag = toCosignTag(repo, digest, kind);
  const what = `${kind} image ${formatReference(tag)}`;
  let layers: Descriptor[];
  try {
    const m = await store.getManifest(tag, { budget: opts.budget });
    const { manifest } = parseManifest(m.bytes, m.mediaType, what);
    if (!('layers' in manifest)) {
      const message = `${formatReference(tag)}: expected ${kind === 'signature' ? 'a' : 'an'} ${kind} image manifest, found an index`;
      return [{ location: formatReference(tag), error: new VerifyError('VERIFY_MALFORMED', message) }];
    }
    layers = manifest.layers;
  } catch (err) {
    if (isRegistryError(err, 'REGISTRY_NOT_FOUND')) return [];
    throw err;
  }
  checkAttachmentLayers(layers, limits, what);
  const wanted = layers
    .map((layer, i) => ({ layer, location: `${formatReference(tag)}[${i}]` }))
    .filter(({ layer }) => opts.include?.(layer) ?? true);
  return await mapLimit(wanted, opts.concurrency, async ({ layer, location }): Promise<AttachedLayer> => {
    try {
      const payload = await store.fetchBlobBytes(repo, layer.digest, {
        size: layer.size,
        maxBytes: limits.attachmentBytes,
        cap: 'attachmentBytes',
        budget: opts.budget,
      });
      return { location, payload, annotations: { ...layer.annotations } };
    } catch (err) {
      if (isRegistryError(err, 'REGISTRY_LIMIT_EXCEEDED')) throw err;
      return { location, error: asSignetError(err, location) };
    }
  });
}
