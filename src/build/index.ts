// The build stage's public API: build and push with buildx, docker or buildah (or take a digest another
// step pushed) and report the digest to sign, every platform manifest and every name.
export { buildImage, buildWithoutPush } from './build-image.ts';
export type { BuildDeps } from './build-image.ts';
export { BUILDER_KINDS } from './build-input.ts';
export type {
  BuildInput,
  BuildResult,
  BuildSecret,
  BuilderKind,
  KeyValue,
  PlatformManifest,
} from './build-input.ts';
export { BuildError, type BuildErrorCode } from './errors.ts';
export type { BuildRegistry } from './pushed-image.ts';
export { isAttestationManifest } from './pushed-image.ts';
export { parsePlatform, formatPlatform, type Platform } from './platform.ts';
