// A Signer over a cosign key: the signature cosign makes with the same key, and a public-key hint
// equal to cosign's (base64 SHA-256 of the DER SubjectPublicKeyInfo), so bundles match cosign v3's.
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { publicKeyPem, signWithKey } from './keys/index.ts';
import type { Signature, Signer } from './signer.ts';

/** The key hint cosign v3 writes in `verificationMaterial.publicKey.hint`. */
export function publicKeyHint(key: KeyObject): string {
  const spki = (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/** Signs with a private key loaded from a cosign key file (or any KeyObject cosign supports). */
export class KeySigner implements Signer {
  readonly #key: KeyObject;
  readonly #publicKey: string;
  readonly #hint: string;

  constructor(privateKey: KeyObject) {
    this.#key = privateKey;
    this.#publicKey = publicKeyPem(privateKey);
    this.#hint = publicKeyHint(privateKey);
  }

  async sign(data: Buffer): Promise<Signature> {
    return {
      signature: signWithKey(this.#key, data),
      key: { $case: 'publicKey', publicKey: this.#publicKey, hint: this.#hint },
    };
  }
}
