// `sign-blob`: a message signature over a file's bytes, packed as a Sigstore bundle v0.3 (what
// `cosign sign-blob --bundle` writes and `cosign verify-blob --bundle` reads), with the signing core
// of src/sign.
import { createHash } from 'node:crypto';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import type { Bundle } from '@sigstore/sign';
import type { Digest } from '../registry/index.ts';
import type { BundlerDeps } from '../sign/bundler.ts';

/** The result of signing a blob: its digest and the bundle to write next to it. */
export interface SignBlobResult {
  digest: Digest;
  bundle: Bundle;
  /** The bundle as JSON, ready to write to `--bundle`. */
  bundleJSON: SerializedBundle;
}

/** Signs `bytes` (a file's content) into a bundle v0.3 with the signer and witnesses of `deps`. */
export async function signBlob(bytes: Uint8Array, deps: BundlerDeps): Promise<SignBlobResult> {
  const data = Buffer.from(bytes);
  const { signMessage } = await import('../sign/bundler.ts');
  const bundle = await signMessage(data, deps);
  return {
    digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
    bundle,
    bundleJSON: bundleToJSON(bundle),
  };
}
