// Errors of getting the CI's OIDC token.
import { SignetError } from '../errors.ts';

export type OidcErrorCode =
  /** No token source is available (GitHub without `id-token: write`, GitLab without id_tokens …). */
  | 'OIDC_NO_TOKEN'
  /** The token endpoint refused or failed. */
  | 'OIDC_REQUEST_FAILED'
  /** What came back is not a JWT, or not for the expected audience, or expired. */
  | 'OIDC_INVALID_TOKEN';

/** A failure to obtain a usable identity token. */
export class OidcError extends SignetError<OidcErrorCode> {}
