// A Signer over a key held in a KMS: the KMS signs, Signet checks the signature against the key's
// public key before using it (a KMS that answers with a wrong signature fails the run, not a later
// verify), and the verification material is the public key with cosign's hint, as for a key file.
import type { KeyObject } from 'node:crypto';
import { publicKeyHint } from './key-signer.ts';
import { publicKeyPem, signingAlgorithmOf, verifyWithKey, type SigningAlgorithm } from './keys/index.ts';
import { KmsError, type KmsKey } from './kms/index.ts';
import type { Signature, Signer } from './signer.ts';

/** Signs through a KmsKey (Vault transit, AWS KMS, GCP KMS, Azure Key Vault). */
export class KmsSigner implements Signer {
  readonly #kms: KmsKey;
  readonly #publicKey: KeyObject;
  readonly #algorithm: SigningAlgorithm;
  /** The public key as cosign.pub text. */
  readonly publicKeyPem: string;
  readonly #hint: string;

  private constructor(kms: KmsKey, publicKey: KeyObject) {
    this.#kms = kms;
    this.#publicKey = publicKey;
    this.#algorithm = signingAlgorithmOf(publicKey, kms.uri);
    this.publicKeyPem = publicKeyPem(publicKey);
    this.#hint = publicKeyHint(publicKey);
  }

  /** Fetches the key's public key (failing early on a missing, disabled or unusable key). */
  static async open(kms: KmsKey): Promise<KmsSigner> {
    return new KmsSigner(kms, await kms.publicKey());
  }

  async sign(data: Buffer): Promise<Signature> {
    const signature = await this.#kms.sign(data, this.#algorithm);
    if (!verifyWithKey(this.#publicKey, data, signature)) {
      throw new KmsError(
        'KMS_BAD_SIGNATURE',
        `${this.#kms.uri}: the KMS returned a signature that does not verify under the key's public key: check that the URI names the key you expect`,
      );
    }
    return {
      signature,
      key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.#hint },
    };
  }
}
