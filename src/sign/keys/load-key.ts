// From key ref to usable key: resolve the text (injected I/O), then decrypt or parse it. What the sign
// and verify stages call when the user gives --key.
import type { KeyObject } from 'node:crypto';
import { KmsError } from '../kms/errors.ts';
import { openKmsKey } from '../kms/open-kms-key.ts';
import type { KmsDeps } from '../kms/kms-key.ts';
import { KeyError } from './errors.ts';
import type { KeyRef } from './key-ref.ts';
import { decryptPrivateKey } from './private-key.ts';
import { parsePublicKey, publicKeyPem } from './public-key.ts';
import { resolveSigningKey, resolveVerificationKey, type KeyRefDeps } from './resolve-key-ref.ts';
import { signingAlgorithmOf, type SigningAlgorithm } from './signature.ts';

/** A decrypted signing key with what a signer reports about it. */
export interface SigningKey {
  /** The key ref as the user typed it. */
  source: string;
  privateKey: KeyObject;
  /** Its public key as cosign.pub text (the key hint and verification material derive from it). */
  publicKeyPem: string;
  algorithm: SigningAlgorithm;
}

/** Resolves `ref` and decrypts the private key it names with the password that comes with it. */
export async function loadSigningKey(ref: KeyRef, deps: KeyRefDeps): Promise<SigningKey> {
  if (ref.kind === 'kms') {
    throw new KeyError(
      'KEY_INVALID_REF',
      `${ref.kms.uri}: a KMS key never leaves the KMS: sign through loadSigner (src/sign/load-signer.ts)`,
    );
  }
  const resolved = await resolveSigningKey(ref, deps);
  const privateKey = await decryptPrivateKey(resolved.privateKeyPem, resolved.password, resolved.source);
  return {
    source: resolved.source,
    privateKey,
    publicKeyPem: publicKeyPem(privateKey),
    algorithm: signingAlgorithmOf(privateKey, resolved.source),
  };
}

/** Resolves `ref` and loads the public key it names. */
export async function loadVerificationKey(ref: KeyRef, deps: KeyRefDeps): Promise<KeyObject> {
  if (ref.kind === 'kms') return (await openKmsKey(ref.kms, kmsDeps(ref.kms.uri, deps))).publicKey();
  const resolved = await resolveVerificationKey(ref, deps);
  const key = parsePublicKey(resolved.publicKeyPem, resolved.source);
  signingAlgorithmOf(key, resolved.source);
  return key;
}

/** The KMS deps inside the key-ref deps; a caller that wires no KMS fetch cannot use KMS refs. */
export function kmsDeps(uri: string, deps: KeyRefDeps): KmsDeps {
  if (!deps.kmsFetch) throw new KmsError('KMS_CONFIG', `${uri}: KMS keys are not available here`);
  return { env: deps.env, fetch: deps.kmsFetch, readFile: deps.readFile };
}
