// `cosign generate-key-pair` without the files: a fresh ECDSA P-256 key, its PKCS#8 DER encrypted as
// cosign does (scrypt N=65536, nacl/secretbox, PEM ENCRYPTED SIGSTORE PRIVATE KEY), and its PEM public
// key. The CLI writes them as KEY_FILES says (cosign.key 0600, cosign.pub 0644).
import { generateKeyPairSync } from 'node:crypto';
import type { Password } from './encrypted.ts';
import { encryptPrivateKey, type EncryptOptions } from './private-key.ts';
import { publicKeyPem } from './public-key.ts';

/** The text of a new key pair, ready to be written to cosign.key and cosign.pub. */
export interface GeneratedKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** Generates an ECDSA P-256 key pair encrypted under `password` ('' is a valid, empty password). */
export async function generateKeyPair(
  password: Password,
  opts: EncryptOptions = {},
): Promise<GeneratedKeyPair> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  try {
    return {
      privateKeyPem: await encryptPrivateKey(der, password, opts),
      publicKeyPem: publicKeyPem(privateKey),
    };
  } finally {
    der.fill(0);
  }
}
