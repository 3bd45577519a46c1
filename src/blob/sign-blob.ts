// `sign-blob`: a message signature over a file's bytes, packed as a Sigstore bundle v0.3 (what
// `cosign sign-blob --bundle` writes and `cosign verify-blob --bundle` reads). sigstore-js's
// MessageSignatureBundleBuilder always packs a certificate chain (bundle v0.2); v0.3 wants the single
// leaf certificate, so the packing step is overridden. Signer and witnesses come from src/sign.
import { createHash } from 'node:crypto';
import { bundleToJSON, toMessageSignatureBundle, type SerializedBundle } from '@sigstore/bundle';
import { MessageSignatureBundleBuilder, type Artifact, type Bundle, type Signature } from '@sigstore/sign';
import type { Digest } from '../registry/index.ts';
import type { BundlerDeps } from '../sign/bundler.ts';
import { fromPEM } from '../sign/pem.ts';

/** The result of signing a blob: its digest and the bundle to write next to it. */
export interface SignBlobResult {
  digest: Digest;
  bundle: Bundle;
  /** The bundle as JSON, ready to write to `--bundle`. */
  bundleJSON: SerializedBundle;
}

/** Builds bundle v0.3 message signatures: the leaf certificate (or key hint), not a chain. */
class MessageSignatureV03BundleBuilder extends MessageSignatureBundleBuilder {
  protected override async package(artifact: Artifact, signature: Signature) {
    const certificate =
      signature.key.$case === 'x509Certificate'
        ? fromPEM(signature.key.certificate, 'CERTIFICATE')[0]
        : undefined;
    return toMessageSignatureBundle({
      digest: createHash('sha256').update(artifact.data).digest(),
      signature: signature.signature,
      certificate,
      keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
      certificateChain: false,
    });
  }
}

/** Signs `bytes` (a file's content) into a bundle v0.3 with the signer and witnesses of `deps`. */
export async function signBlob(bytes: Uint8Array, deps: BundlerDeps): Promise<SignBlobResult> {
  const data = Buffer.from(bytes);
  const bundle = await new MessageSignatureV03BundleBuilder(deps).create({ data });
  return {
    digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
    bundle,
    bundleJSON: bundleToJSON(bundle),
  };
}
