// Raw signatures with a cosign key, as cosign makes them: the algorithm follows from the key, as in
// sigstore's GetDefaultPublicKeyDetails (sigstore/sigstore pkg/signature/algorithm_registry.go): ECDSA
// P-256/P-384/P-521 with SHA-256/384/512 and an ASN.1 DER signature; RSA 2048/3072/4096 PKCS#1 v1.5 with
// SHA-256; Ed25519 over the message itself. (cosign 3.1.3 sign-blob signs with pure Ed25519 in both
// bundle formats: test/fixtures/keys/cosign-import-ed.payload.sig verifies as pure Ed25519.)
import { constants, sign, verify, type KeyObject } from 'node:crypto';
import { KeyError } from './errors.ts';
import { parsePublicKey } from './public-key.ts';

/** A signing algorithm, named as in sigstore's protobuf-specs PublicKeyDetails. */
export interface SigningAlgorithm {
  name:
    | 'PKIX_ECDSA_P256_SHA_256'
    | 'PKIX_ECDSA_P384_SHA_384'
    | 'PKIX_ECDSA_P521_SHA_512'
    | 'PKIX_RSA_PKCS1V15_2048_SHA256'
    | 'PKIX_RSA_PKCS1V15_3072_SHA256'
    | 'PKIX_RSA_PKCS1V15_4096_SHA256'
    | 'PKIX_ED25519';
  /** Digest node:crypto applies before signing; null for Ed25519, which signs the message itself. */
  hash: 'sha256' | 'sha384' | 'sha512' | null;
}

const EC_ALGORITHMS: Record<string, SigningAlgorithm> = {
  prime256v1: { name: 'PKIX_ECDSA_P256_SHA_256', hash: 'sha256' },
  secp384r1: { name: 'PKIX_ECDSA_P384_SHA_384', hash: 'sha384' },
  secp521r1: { name: 'PKIX_ECDSA_P521_SHA_512', hash: 'sha512' },
};

const RSA_ALGORITHMS: Record<number, SigningAlgorithm> = {
  2048: { name: 'PKIX_RSA_PKCS1V15_2048_SHA256', hash: 'sha256' },
  3072: { name: 'PKIX_RSA_PKCS1V15_3072_SHA256', hash: 'sha256' },
  4096: { name: 'PKIX_RSA_PKCS1V15_4096_SHA256', hash: 'sha256' },
};

/** The algorithm cosign signs and verifies with for `key` (private or public); throws for other keys. */
export function signingAlgorithmOf(key: KeyObject, source = 'the key'): SigningAlgorithm {
  const type = key.asymmetricKeyType;
  const details = key.asymmetricKeyDetails ?? {};
  let found: SigningAlgorithm | undefined;
  let what: string = type ?? 'unknown';
  if (type === 'ec') {
    found = EC_ALGORITHMS[details.namedCurve ?? ''];
    what = `ECDSA ${details.namedCurve ?? 'unknown curve'}`;
  } else if (type === 'rsa') {
    found = RSA_ALGORITHMS[details.modulusLength ?? 0];
    what = `RSA ${details.modulusLength ?? '?'}-bit`;
  } else if (type === 'ed25519') {
    found = { name: 'PKIX_ED25519', hash: null };
  }
  if (!found) {
    throw new KeyError(
      'KEY_UNSUPPORTED_ALGORITHM',
      `${source}: ${what} keys are not ones cosign signs with: use ECDSA P-256 (cosign generate-key-pair), ` +
        `P-384, P-521, RSA 2048/3072/4096 or Ed25519`,
    );
  }
  return found;
}

/** Signs `data` with `key` as cosign does; for ECDSA the result is an ASN.1 DER signature. */
export function signWithKey(key: KeyObject, data: Uint8Array): Buffer {
  const alg = signingAlgorithmOf(key);
  return sign(alg.hash, data, { key, dsaEncoding: 'der', padding: constants.RSA_PKCS1_PADDING });
}

/**
 * Whether `signature` is a valid cosign signature of `data` under `publicKey`, a KeyObject or PEM text
 * ("PUBLIC KEY", as in cosign.pub). Throws only if the key itself is unusable.
 */
export function verifyWithKey(
  publicKey: KeyObject | string,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  const key = typeof publicKey === 'string' ? parsePublicKey(publicKey) : publicKey;
  const alg = signingAlgorithmOf(key, 'the public key');
  try {
    return verify(
      alg.hash,
      data,
      { key, dsaEncoding: 'der', padding: constants.RSA_PKCS1_PADDING },
      signature,
    );
  } catch {
    return false; // node throws on some malformed signatures; for a caller that is just "not valid"
  }
}
