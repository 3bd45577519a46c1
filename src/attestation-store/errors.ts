// Errors of the attestation store: what GitHub answered, decoded into a code a test can assert on.
import { SignetError } from '../errors.ts';

export type AttestationStoreErrorCode =
  /** 401/403: the token lacks `attestations: write` (or `artifact-metadata: write`). */
  | 'GITHUB_API_FORBIDDEN'
  /** 404: the repository or organization is unknown to the token, or the feature is off for it. */
  | 'GITHUB_API_NOT_FOUND'
  /** 422: GitHub refused the bundle or record as invalid. */
  | 'GITHUB_API_INVALID'
  /** 5xx/429 or a network failure, still failing after the retries. */
  | 'GITHUB_API_UNAVAILABLE'
  /** An answer the API does not document (no id, another status). */
  | 'GITHUB_API_FAILED'
  /** The inputs cannot be stored (no token, too many subjects, a bundle without a DSSE envelope). */
  | 'GITHUB_API_INVALID_INPUT';

/** A failure to store attestations with GitHub; `status` is the HTTP status when there was one. */
export class AttestationStoreError extends SignetError<AttestationStoreErrorCode> {
  readonly status?: number;
  constructor(
    code: AttestationStoreErrorCode,
    message: string,
    opts: { cause?: unknown; status?: number } = {},
  ) {
    super(code, message, { cause: opts.cause });
    if (opts.status !== undefined) this.status = opts.status;
  }
}
