// From a --key ref to the signing core's Signer: a key file, env://, gitlab:// or k8s:// key is loaded
// and decrypted here (KeySigner); a KMS key URI signs in its KMS (KmsSigner). sign, attest, sign-blob,
// public-key and the CI adapters all come through here, so every key source works everywhere.
import { KeySigner } from './key-signer.ts';
import { kmsDeps, loadSigningKey, type KeyRef, type KeyRefDeps } from './keys/index.ts';
import type { Signer } from './signer.ts';

/** A signer for a key ref, with its public key as cosign.pub text. */
export interface LoadedSigner {
  signer: Signer;
  publicKeyPem: string;
}

/** Loads (or, for a KMS, opens) the key `ref` names; fails early when the key cannot sign. */
export async function loadSigner(ref: KeyRef, deps: KeyRefDeps): Promise<LoadedSigner> {
  if (ref.kind === 'kms') {
    // The KMS clients load only for a KMS key.
    const [{ KmsSigner }, { openKmsKey }] = await Promise.all([
      import('./kms-signer.ts'),
      import('./kms/index.ts'),
    ]);
    const signer = await KmsSigner.open(await openKmsKey(ref.kms, kmsDeps(ref.kms.uri, deps)));
    return { signer, publicKeyPem: signer.publicKeyPem };
  }
  const key = await loadSigningKey(ref, deps);
  return { signer: new KeySigner(key.privateKey), publicKeyPem: key.publicKeyPem };
}
