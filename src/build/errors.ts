// Errors of the build stage. Registry failures stay RegistryErrors; everything the stage decides, or a
// builder process failing, is a BuildError.
import { SignetError } from '../errors.ts';

export type BuildErrorCode =
  /** An input is malformed or cannot be combined with the chosen builder. */
  | 'BUILD_INVALID_INPUT'
  /** The builder's program (docker, docker buildx, buildah) is not installed or not on PATH. */
  | 'BUILD_TOOL_MISSING'
  /** The builder ran and failed (non-zero exit). */
  | 'BUILD_FAILED'
  /** The build finished but pushed nothing Signet can sign: no digest, and the message says why. */
  | 'BUILD_NO_DIGEST'
  /** The builder's output (metadata file, digest file, push log) could not be read or understood. */
  | 'BUILD_INVALID_OUTPUT';

/** A build stage failure; `code` says which step. */
export class BuildError extends SignetError<BuildErrorCode> {}
