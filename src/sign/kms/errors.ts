// Errors of KMS-held keys (cosign's key URIs). Messages are one line, start with the key URI as the
// user typed it, say what is wrong and how to fix it, and never contain a token, a credential or key
// material: response bodies are reduced to the provider's own error code or message, capped.
import { SignetError } from '../../errors.ts';

/** What went wrong with a KMS key, for programs and tests. */
export type KmsErrorCode =
  /** The key URI does not follow the provider's syntax. */
  | 'KMS_INVALID_REF'
  /** Required configuration is missing (VAULT_ADDR, a token, a region, credentials). */
  | 'KMS_CONFIG'
  /** The endpoint could not be reached (connection refused, DNS, TLS, timeout). */
  | 'KMS_UNREACHABLE'
  /** The provider refused the credentials or the permission (401/403, AccessDenied). */
  | 'KMS_DENIED'
  /** The key does not exist. */
  | 'KMS_KEY_NOT_FOUND'
  /** The key exists but is disabled, pending deletion or not enabled. */
  | 'KMS_KEY_DISABLED'
  /** The key is not an asymmetric signing key of a type cosign signs with. */
  | 'KMS_UNSUPPORTED_KEY'
  /** The provider answered, but not with what its API documents, or refused otherwise. */
  | 'KMS_REQUEST_FAILED'
  /** The signature the provider returned does not verify under the key's public key. */
  | 'KMS_BAD_SIGNATURE'
  /** The provider cannot create keys this way (generate-key-pair --kms). */
  | 'KMS_CREATE_UNSUPPORTED';

/** A failure reading, using or creating a key held in a KMS. */
export class KmsError extends SignetError<KmsErrorCode> {}
