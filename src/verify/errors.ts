// Errors of the verify stage: each code names the check that failed, so tests and policies can tell
// "wrong identity" from "tampered payload" from "untrusted CA".
import { SignetError } from '../errors.ts';

export type VerifyErrorCode =
  /** The identity flags are missing, malformed or too broad (src/verify/identity-pattern.ts). */
  | 'VERIFY_INVALID_POLICY'
  /** The trusted root or public key could not be read. */
  | 'VERIFY_INVALID_TRUST'
  /** No signature was found where one was looked for. */
  | 'VERIFY_NO_SIGNATURES'
  /** A stored signature is malformed (bad JSON, missing annotations, unparsable bundle). */
  | 'VERIFY_MALFORMED'
  /** The signature does not verify over the payload (tampered payload or wrong key). */
  | 'VERIFY_SIGNATURE'
  /** The certificate does not chain to the trusted root, or its SCT is not from a trusted CT log. */
  | 'VERIFY_CERTIFICATE'
  /** No tlog entry or timestamp proves when the signature was made, or one does not verify. */
  | 'VERIFY_TLOG'
  | 'VERIFY_TIMESTAMP'
  /** The signature is good, but it signs another digest or repository than the one asked about. */
  | 'VERIFY_SUBJECT_MISMATCH'
  /** The signer's identity, issuer or claims are not the expected ones. */
  | 'VERIFY_IDENTITY_MISMATCH'
  /** No signature passed every check. */
  | 'VERIFY_FAILED';

/** A verification failure; `code` names the check. */
export class VerifyError extends SignetError<VerifyErrorCode> {}
