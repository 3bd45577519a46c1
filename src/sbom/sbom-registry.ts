// The registry calls the SBOM stage makes; a RegistryClient has them, tests may pass a stand-in.
import type { Readable } from 'node:stream';
import type { Digest, FetchedManifest, ImageRef } from '../registry/index.ts';

/** Manifests and blobs, each checked against its digest by the implementation. */
export interface SbomRegistry {
  getManifest(ref: ImageRef, opts?: { accept?: readonly string[] }): Promise<FetchedManifest>;
  fetchBlob(repo: ImageRef, digest: Digest, opts?: { size?: number }): Promise<Readable>;
  fetchBlobBytes(
    repo: ImageRef,
    digest: Digest,
    opts?: { size?: number; maxBytes?: number },
  ): Promise<Buffer>;
}
