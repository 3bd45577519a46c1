// Errors of cosign key handling. Messages are one line, name the key ref as the user typed it, say what
// is wrong and how to fix it, and never contain a password or a token.
import { SignetError } from '../../errors.ts';

/** What went wrong with a key, for programs and tests. */
export type KeyErrorCode =
  /** The key ref string is malformed or uses a scheme Signet does not read. */
  | 'KEY_INVALID_REF'
  /** The file, environment variable or GitLab variable the ref names does not exist. */
  | 'KEY_NOT_FOUND'
  /** The file exists but could not be read. */
  | 'KEY_READ_FAILED'
  /** A `gitlab://` ref needs GITLAB_TOKEN or a usable GITLAB_HOST. */
  | 'KEY_GITLAB_CONFIG'
  /** The GitLab API refused or failed the variable request. */
  | 'KEY_GITLAB_REQUEST_FAILED'
  /** No PEM block, a block of the wrong type, or bad base64 inside it. */
  | 'KEY_INVALID_PEM'
  /** The encrypted key's JSON envelope is malformed. */
  | 'KEY_INVALID_JSON'
  /** The envelope names a KDF, or scrypt parameters, that cosign does not write. */
  | 'KEY_UNSUPPORTED_KDF'
  /** The envelope names a cipher other than nacl/secretbox. */
  | 'KEY_UNSUPPORTED_CIPHER'
  /** The key is encrypted but no password was given (COSIGN_PASSWORD unset). */
  | 'KEY_PASSWORD_MISSING'
  /** Authenticated decryption failed: wrong password, or damaged ciphertext. */
  | 'KEY_WRONG_PASSWORD'
  /** The decrypted bytes, or a public key, are not a key node:crypto can load. */
  | 'KEY_INVALID_KEY'
  /** The key loads but is of a type or size cosign does not sign with. */
  | 'KEY_UNSUPPORTED_ALGORITHM';

/** A failure loading, decrypting, generating or using a cosign key. */
export class KeyError extends SignetError<KeyErrorCode> {}
