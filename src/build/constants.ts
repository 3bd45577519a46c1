// Names the builders and registries use for the facts Signet reads back after a build.

/** Metadata-file key of the pushed image's digest (index or manifest), written by BuildKit's exporter. */
export const BUILDX_DIGEST_KEY = 'containerimage.digest';
/** Metadata-file key of the exported descriptor (media type, digest, size). */
export const BUILDX_DESCRIPTOR_KEY = 'containerimage.descriptor';
/** Metadata-file key of the image config digest (present even when nothing was pushed). */
export const BUILDX_CONFIG_DIGEST_KEY = 'containerimage.config.digest';
/** Metadata-file key of the comma-separated image names the exporter wrote. */
export const BUILDX_IMAGE_NAME_KEY = 'image.name';
/** Metadata-file key of the build reference (`builder/node/id`). */
export const BUILDX_REF_KEY = 'buildx.build.ref';
/** Metadata-file key of the build's lint warnings (buildx ≥ 0.14). */
export const BUILDX_WARNINGS_KEY = 'buildx.build.warnings';

/**
 * Index annotation BuildKit sets on attestation manifests (provenance, SBOM), with
 * `vnd.docker.reference.digest` naming the platform manifest they describe.
 * https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md
 */
export const DOCKER_REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
export const DOCKER_REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
export const ATTESTATION_MANIFEST_TYPE = 'attestation-manifest';

/** Default time a build may take before it is killed (builds pull and compile: an hour). */
export const DEFAULT_BUILD_TIMEOUT_MS = 60 * 60 * 1000;
/** Prefix of the environment variables that carry secret values to buildx and buildah (never argv). */
export const SECRET_ENV_PREFIX = 'SIGNET_BUILD_SECRET_';
