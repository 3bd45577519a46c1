// Errors of the attest stage. Registry failures keep their own type (RegistryError); what the attest
// stage decides itself, and a signer or Sigstore service failing while attesting, is an AttestError.
import { SignetError } from '../errors.ts';

export type AttestErrorCode =
  /** The predicate type is neither a cosign shorthand nor an absolute URI. */
  | 'ATTEST_INVALID_TYPE'
  /** The inputs cannot make a verifiable attestation (keyless with neither Rekor nor a TSA). */
  | 'ATTEST_INVALID_INPUT'
  /** The signer, Fulcio, Rekor or the TSA failed while attesting: nothing was written to the registry. */
  | 'ATTEST_FAILED'
  /** No attestation of the asked predicate type is stored for the image. */
  | 'ATTEST_NOT_FOUND'
  /** A verification summary (VSA) was verified as signed but says something the caller does not accept. */
  | 'ATTEST_VSA_MISMATCH';

/** An attest stage failure; `code` says which. */
export class AttestError extends SignetError<AttestErrorCode> {}
