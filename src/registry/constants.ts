// Media types, headers and limits of the OCI distribution and image specs, named once so that every
// part of Signet spells them the same way.
// https://github.com/opencontainers/image-spec/blob/main/media-types.md
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md

/** OCI image manifest. */
export const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** OCI image index (also the body of a referrers response and of the `sha256-<hex>` fallback tag). */
export const OCI_INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
/** Docker image manifest, schema 2. */
export const DOCKER_MANIFEST_MEDIA_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
/** Docker manifest list (the Docker name for an index). */
export const DOCKER_MANIFEST_LIST_MEDIA_TYPE = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** OCI image config. */
export const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
/** Docker image config. */
export const DOCKER_CONFIG_MEDIA_TYPE = 'application/vnd.docker.container.image.v1+json';
/** The OCI empty descriptor's media type (`{}`), used as the config of artifacts. */
export const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/** Digest of the two bytes `{}`: the OCI empty descriptor. */
export const OCI_EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';

/** Media types Signet treats as an image manifest. */
export const IMAGE_MANIFEST_MEDIA_TYPES: readonly string[] = [
  OCI_MANIFEST_MEDIA_TYPE,
  DOCKER_MANIFEST_MEDIA_TYPE,
];
/** Media types Signet treats as an index of manifests. */
export const INDEX_MEDIA_TYPES: readonly string[] = [OCI_INDEX_MEDIA_TYPE, DOCKER_MANIFEST_LIST_MEDIA_TYPE];
/** Every manifest media type Signet accepts, in the order sent in `Accept`. */
export const MANIFEST_MEDIA_TYPES: readonly string[] = [
  OCI_MANIFEST_MEDIA_TYPE,
  OCI_INDEX_MEDIA_TYPE,
  DOCKER_MANIFEST_MEDIA_TYPE,
  DOCKER_MANIFEST_LIST_MEDIA_TYPE,
];

/** Header naming a manifest's or blob's digest in registry responses. */
export const DOCKER_CONTENT_DIGEST_HEADER = 'docker-content-digest';
/** Header a registry with the referrers API sets on a manifest PUT that carried a `subject`. */
export const OCI_SUBJECT_HEADER = 'oci-subject';
/** Header a referrers response sets when it applied the `artifactType` filter itself. */
export const OCI_FILTERS_APPLIED_HEADER = 'oci-filters-applied';

/** Manifests larger than this are refused, as the distribution spec lets registries do (4 MiB). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Default chunk size for chunked blob uploads and the most a blob upload holds in memory. */
export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
/** Docker Hub: the name users type, and the host its API answers on. */
export const DOCKER_HUB_REGISTRY = 'docker.io';
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** The key Docker writes Docker Hub credentials under in `config.json`. */
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
