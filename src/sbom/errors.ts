// Errors of the SBOM stage. Registry failures stay RegistryErrors; everything the stage decides is an
// SbomError.
import { SignetError } from '../errors.ts';

export type SbomErrorCode =
  /** An input cannot be used (unknown source name, an image reference without a digest). */
  | 'SBOM_INVALID_INPUT'
  /** The SBOM file the user gave is not valid SPDX JSON or CycloneDX JSON. */
  | 'SBOM_INVALID_FILE'
  /** The image holds something the generator cannot read (unknown layer media type, broken tar). */
  | 'SBOM_INVALID_IMAGE'
  /** A BuildKit SBOM attestation is malformed. */
  | 'SBOM_INVALID_ATTESTATION'
  /** A layer or the image decompresses to more than the sbom-layer-bytes / sbom-image-bytes caps. */
  | 'SBOM_LIMIT_EXCEEDED'
  /** None of the chosen sources produced an SBOM. */
  | 'SBOM_NONE';

/** An SBOM stage failure; `code` says which step. */
export class SbomError extends SignetError<SbomErrorCode> {}
