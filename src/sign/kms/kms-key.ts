// The one abstraction over the KMS providers: a KmsKey gives its public key and signs with the private
// key that never leaves the KMS. kms-signer.ts turns one into the signing core's Signer; the verifier
// only ever needs its public key.
import type { KeyObject } from 'node:crypto';
import type { SigningAlgorithm } from '../keys/signature.ts';
import type { KmsFetch } from './http.ts';

/** The I/O a KMS key may need, supplied by src/ci: the environment as data, fetch, and file reads. */
export interface KmsDeps {
  /** VAULT_ADDR, VAULT_TOKEN, AWS_REGION, GOOGLE_APPLICATION_CREDENTIALS, AZURE_*, … */
  env: Readonly<Record<string, string | undefined>>;
  fetch: KmsFetch;
  /** Reads a whole file (credential files, CA bundles, OIDC token files). */
  readFile: (path: string) => Promise<Uint8Array | string>;
}

/** A key held in a KMS. */
export interface KmsKey {
  /** The key URI as the user typed it. */
  readonly uri: string;
  /** The public key (fetched once, then cached for the life of the object). */
  publicKey(): Promise<KeyObject>;
  /**
   * Signs `data` as cosign does with `algorithm` (the one signingAlgorithmOf gives for the public key):
   * ECDSA over the digest, ASN.1 DER; RSA PKCS#1 v1.5; Ed25519 over the data itself.
   */
  sign(data: Buffer, algorithm: SigningAlgorithm): Promise<Buffer>;
  /** Creates the key where the provider can (generate-key-pair --kms); returns its public key. */
  create?(): Promise<KeyObject>;
}
