// Checks a message signature when only the artifact's digest is known (`verify-blob sha256:<hex>`):
// ECDSA signs the hash of the message, so the signature can be checked against the digest itself.
// Node's crypto always hashes what it is given, so the curve arithmetic comes from @noble/curves
// (audited); sigstore-js's own CLI does the same with `elliptic` for its digest-only verify-bundle.
// Ed25519 and RSA-PSS/PKCS#1 keys sign the message itself or need the DigestInfo: not covered here.
import type { KeyObject } from 'node:crypto';
import { p256, p384 } from '@noble/curves/nist.js';
import type { SignedEntity } from '@sigstore/verify';

type SignatureContent = SignedEntity['signature'];

const CURVES = { 'P-256': { curve: p256, bytes: 32 }, 'P-384': { curve: p384, bytes: 48 } } as const;

/** Why a key cannot check a signature over a bare digest, or undefined when it can. */
export function prehashUnsupported(key: KeyObject): string | undefined {
  if (key.asymmetricKeyType !== 'ec') return `${key.asymmetricKeyType ?? 'unknown'} keys`;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve !== 'prime256v1' && curve !== 'secp384r1') return `EC keys on ${curve ?? 'an unknown curve'}`;
  return undefined;
}

/** True when `signature` (ASN.1 DER ECDSA) signs `digest` (the hash of the message) under `key`. */
export function verifyPrehashed(key: KeyObject, digest: Uint8Array, signature: Uint8Array): boolean {
  const jwk = key.export({ format: 'jwk' });
  const spec = jwk.crv === 'P-256' || jwk.crv === 'P-384' ? CURVES[jwk.crv] : undefined;
  if (!spec || !jwk.x || !jwk.y) return false;
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(jwk.x, 'base64url'),
    Buffer.from(jwk.y, 'base64url'),
  ]);
  try {
    // lowS: false — OpenSSL and Go accept either half of s, and so does cosign.
    return spec.curve.verify(signature, digest, point, { prehash: false, lowS: false, format: 'der' });
  } catch {
    return false;
  }
}

/**
 * A message signature content for @sigstore/verify's Verifier that checks the signature against the
 * digest instead of the artifact bytes. The digest must be the bundle's message digest (checked by
 * the caller), so the tlog body comparison still holds.
 */
export function prehashedSignatureContent(signature: Buffer, digest: Buffer): SignatureContent {
  const equal = (a: Buffer, b: Buffer) => a.length === b.length && a.equals(b);
  return {
    signature,
    compareSignature: (s) => equal(s, signature),
    compareDigest: (d) => equal(d, digest),
    compareSignedDigest: (d) => equal(d, digest),
    verifySignature: (key) =>
      prehashUnsupported(key) === undefined && verifyPrehashed(key, digest, signature),
  };
}
