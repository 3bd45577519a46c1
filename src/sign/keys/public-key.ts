// cosign's public key file: PEM "PUBLIC KEY" around PKIX SubjectPublicKeyInfo DER, as sigstore's
// cryptoutils.MarshalPublicKeyToPEM writes it and `cosign public-key` prints it.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { PUBLIC_KEY_PEM_TYPE } from './constants.ts';
import { KeyError } from './errors.ts';
import { decodePem, encodePem } from '../pem.ts';

/** The cosign.pub text of `key` (a private key gives its public half), byte-identical to cosign's. */
export function publicKeyPem(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return encodePem(PUBLIC_KEY_PEM_TYPE, pub.export({ type: 'spki', format: 'der' }));
}

/** Loads PEM "PUBLIC KEY" text; `source` names it (the key ref as typed) in messages. */
export function parsePublicKey(pem: string, source = 'the public key'): KeyObject {
  const block = decodePem(pem, source);
  if (block.type !== PUBLIC_KEY_PEM_TYPE) {
    const hint = block.type.includes('PRIVATE KEY')
      ? 'it is a private key: give the public key (cosign.pub, or cosign public-key --key …)'
      : 'use the cosign.pub written by cosign generate-key-pair';
    throw new KeyError(
      'KEY_INVALID_PEM',
      `${source}: PEM block "${block.type}", expected "${PUBLIC_KEY_PEM_TYPE}": ${hint}`,
    );
  }
  try {
    return createPublicKey({ key: block.bytes, format: 'der', type: 'spki' });
  } catch (cause) {
    throw new KeyError(
      'KEY_INVALID_KEY',
      `${source}: PEM "${PUBLIC_KEY_PEM_TYPE}" does not hold a valid PKIX public key`,
      {
        cause,
      },
    );
  }
}
