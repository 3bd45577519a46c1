// cosign key files for Signet: read and write cosign's encrypted private keys and PEM public keys,
// resolve --key refs (file, env://, gitlab://) through injected I/O, and sign/verify as cosign does.
// Pure apart from node:crypto; files, environment and network come in from src/ci.
export {
  COSIGN_PRIVATE_KEY_PEM_TYPE,
  GITLAB_VARIABLES,
  KEY_FILES,
  PASSWORD_ENV,
  PUBLIC_KEY_PEM_TYPE,
  SCRYPT_DEFAULT,
  SIGSTORE_PRIVATE_KEY_PEM_TYPE,
  type ScryptN,
} from './constants.ts';
export type { Password } from './encrypted.ts';
export { KeyError, type KeyErrorCode } from './errors.ts';
export { gitLabVariableUrl, type GitLabFetch, type GitLabResponse } from './gitlab-variables.ts';
export { generateKeyPair, type GeneratedKeyPair } from './key-pair.ts';
export { formatKeyRef, parseKeyRef, type KeyRef } from './key-ref.ts';
export { kmsDeps, loadSigningKey, loadVerificationKey, type SigningKey } from './load-key.ts';
export {
  decryptPrivateKey,
  encryptPrivateKey,
  type EncryptOptions,
  type EncryptedKeyPemType,
} from './private-key.ts';
export { parsePublicKey, publicKeyPem } from './public-key.ts';
export {
  K8S_SECRET_KEYS,
  resolveKeyRef,
  resolveSigningKey,
  resolveVerificationKey,
  type KeyRefDeps,
  type ResolvedSigningKey,
  type ResolvedVerificationKey,
} from './resolve-key-ref.ts';
export { signWithKey, signingAlgorithmOf, verifyWithKey, type SigningAlgorithm } from './signature.ts';
