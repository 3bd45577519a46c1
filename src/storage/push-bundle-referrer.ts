// Stores a Sigstore bundle as an OCI 1.1 referrer of its subject (bundle-referrer.ts builds it): the
// two blobs, then the manifest by digest; the registry client lists it (referrers API, or the
// race-safe `sha256-<hex>` fallback index). Used by the sign and attest stages alike.
import {
  OCI_MANIFEST_MEDIA_TYPE,
  type ImageRef,
  type RegistryClient,
  type SettleBatch,
} from '../registry/index.ts';
import type { Clock } from '../sign/clock.ts';
import type { BundleReferrer } from './bundle-referrer.ts';
import { isRetryableWrite } from './signature-image.ts';

/** The registry calls storing a bundle referrer makes. */
export type BundleReferrerRegistry = Pick<RegistryClient, 'uploadBlob' | 'pushReferrer'>;

/** Whole-step attempts: the PUT is by digest and the index update merges, so a retry is safe. */
const BUNDLE_WRITE_ATTEMPTS = 3;

/**
 * Uploads `referrer`'s blobs and pushes its manifest to `sigRepo`, again after a failure that may
 * have left the step half done (see isRetryableWrite). A fallback-index read-back is deferred to
 * `batch` when given (registry/settle.ts). Returns how the referrer is listed.
 */
export async function pushBundleReferrer(
  registry: BundleReferrerRegistry,
  sigRepo: ImageRef,
  referrer: BundleReferrer,
  clock: Clock,
  batch?: SettleBatch,
): Promise<'api' | 'fallback'> {
  for (let attempt = 1; ; attempt++) {
    try {
      for (const [digest, bytes] of referrer.blobs) {
        // The bundle is new by construction; the empty config is shared and usually there already.
        await registry.uploadBlob(sigRepo, bytes, { digest, skipExistenceCheck: bytes.length > 2 });
      }
      const pushed = await registry.pushReferrer(sigRepo, referrer.manifestBytes, {
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        ...(batch ? { settle: batch } : {}),
      });
      return pushed.source;
    } catch (err) {
      if (attempt >= BUNDLE_WRITE_ATTEMPTS || !isRetryableWrite(err)) throw err;
      await clock.sleep(Math.round(100 * attempt * (1 + clock.random())));
    }
  }
}
