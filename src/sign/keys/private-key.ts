// cosign's encrypted private key file: a PEM block whose bytes are the password envelope (encrypted.ts)
// around PKCS#8 DER. cosign ≥ 2.0.1 labels it ENCRYPTED SIGSTORE PRIVATE KEY, older cosign ENCRYPTED
// COSIGN PRIVATE KEY; cosign reads both and so does Signet (sigstore/cosign pkg/cosign/keys.go
// LoadPrivateKey). Signet writes the SIGSTORE label, as cosign does for every key it generates or imports.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import {
  COSIGN_PRIVATE_KEY_PEM_TYPE,
  PASSWORD_ENV,
  PUBLIC_KEY_PEM_TYPE,
  SIGSTORE_PRIVATE_KEY_PEM_TYPE,
} from './constants.ts';
import { openEnvelope, sealEnvelope, type Password, type SealOptions } from './encrypted.ts';
import { KeyError } from './errors.ts';
import { decodePem, encodePem } from '../pem.ts';
import { signingAlgorithmOf } from './signature.ts';

/** The two PEM labels of an encrypted cosign private key. */
export type EncryptedKeyPemType = typeof SIGSTORE_PRIVATE_KEY_PEM_TYPE | typeof COSIGN_PRIVATE_KEY_PEM_TYPE;

/** How to write an encrypted key: the envelope's options plus the PEM label (default SIGSTORE). */
export interface EncryptOptions extends SealOptions {
  pemType?: EncryptedKeyPemType;
}

const UNENCRYPTED_TYPES = new Set(['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY']);

/** Encrypts PKCS#8 DER `pkcs8Der` under `password` into cosign's PEM private key text. */
export async function encryptPrivateKey(
  pkcs8Der: Uint8Array,
  password: Password,
  opts: EncryptOptions = {},
): Promise<string> {
  const envelope = await sealEnvelope(pkcs8Der, password, opts);
  return encodePem(opts.pemType ?? SIGSTORE_PRIVATE_KEY_PEM_TYPE, envelope);
}

/**
 * Decrypts cosign private key PEM text with `password` and loads the key. `password` undefined means
 * the user set none (cosign would prompt; Signet runs unattended and says to set COSIGN_PASSWORD); the
 * empty string is a valid password. `source` is the key ref as the user typed it, for messages.
 */
export async function decryptPrivateKey(
  pem: string,
  password: Password | undefined,
  source = 'the private key',
): Promise<KeyObject> {
  const block = decodePem(pem, source);
  if (block.type !== SIGSTORE_PRIVATE_KEY_PEM_TYPE && block.type !== COSIGN_PRIVATE_KEY_PEM_TYPE) {
    throw new KeyError('KEY_INVALID_PEM', `${source}: ${wrongTypeHint(block.type, source)}`);
  }
  if (password === undefined) {
    throw new KeyError(
      'KEY_PASSWORD_MISSING',
      `${source} is encrypted but ${PASSWORD_ENV} is not set: set it to the key's password (an empty value is allowed)`,
    );
  }
  const der = await openEnvelope(block.bytes, password, source);
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch (cause) {
    throw new KeyError(
      'KEY_INVALID_KEY',
      `${source}: decrypted bytes are not a PKCS#8 private key: the key file is damaged`,
      {
        cause,
      },
    );
  } finally {
    der.fill(0);
  }
  signingAlgorithmOf(key, source); // refuse now, not at signing time, a key cosign would not sign with
  return key;
}

function wrongTypeHint(type: string, source: string): string {
  const expected = `expected "${SIGSTORE_PRIVATE_KEY_PEM_TYPE}" or "${COSIGN_PRIVATE_KEY_PEM_TYPE}"`;
  if (UNENCRYPTED_TYPES.has(type)) {
    return `PEM block "${type}" is an unencrypted key, ${expected}: convert it with cosign import-key-pair --key ${source}`;
  }
  if (type === PUBLIC_KEY_PEM_TYPE) {
    return `PEM block "${type}" is a public key, ${expected}: signing needs the private key (cosign.key)`;
  }
  return `unsupported PEM block "${type}", ${expected}: use a key from cosign generate-key-pair`;
}
