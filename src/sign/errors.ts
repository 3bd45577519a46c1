// Errors of the sign stage. Registry failures stay RegistryErrors (their message already names the
// request); everything the stage itself decides, or a Sigstore service refusing, is a SignError.
import { SignetError } from '../errors.ts';

export type SignErrorCode =
  /** The image (tag or digest) is not in the registry. */
  | 'SIGN_IMAGE_NOT_FOUND'
  /** The inputs cannot make a verifiable signature (keyless with neither Rekor nor a TSA). */
  | 'SIGN_INVALID_INPUT'
  /** The signer, Fulcio, Rekor or the TSA failed: nothing was written to the registry. */
  | 'SIGN_FAILED'
  /** Concurrent writers kept replacing the `.sig` image for every allowed round. */
  | 'SIGN_CONFLICT'
  /** The registry holds something Signet cannot append to (a `.sig` tag that is not a signature image). */
  | 'SIGN_INVALID_STORAGE'
  /** The signing config and the storage format cannot go together (the legacy format with only Rekor v2 logs). */
  | 'SIGN_UNSUPPORTED_COMBINATION';

/** A sign stage failure; `code` says which step. */
export class SignError extends SignetError<SignErrorCode> {}
