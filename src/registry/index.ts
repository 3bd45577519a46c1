// The public face of src/registry: the only way Signet talks to registries.
export { RegistryClient } from './client.ts';
export type { RegistryClientDeps, RegistryClientOptions } from './client.ts';
export { getParsedManifest } from './manifests.ts';
export type { FetchedManifest, PutManifestResult, ReadOptions } from './manifests.ts';
export type { BlobSource, UploadOptions, UploadResult } from './blobs.ts';
export type { AddReferrerResult, ReferrersResult } from './referrers-client.ts';
export { SettleBatch } from './settle.ts';
export type { SettleClock } from './settle.ts';
export {
  DOCKER_CONFIG_MEDIA_TYPE,
  DOCKER_MANIFEST_LIST_MEDIA_TYPE,
  DOCKER_MANIFEST_MEDIA_TYPE,
  OCI_CONFIG_MEDIA_TYPE,
  OCI_EMPTY_MEDIA_TYPE,
  OCI_INDEX_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
} from './constants.ts';
export { RegistryError, isRegistryError, redactUrl } from './errors.ts';
export { ReadBudget, limitExceeded, limitsOf, type RegistryCalls } from './limits.ts';
export type { RegistryErrorCode } from './errors.ts';
export { DigestVerifier, sha256Digest, verifyBytes } from './digest.ts';
export { isImageManifestMediaType, isIndexMediaType, parseManifest } from './manifest.ts';
export type { Descriptor, ImageIndex, ImageManifest, Manifest } from './manifest.ts';
export {
  formatReference,
  formatRepository,
  isDigest,
  parseDigest,
  parseReference,
  toIdentifier,
  withIdentifier,
} from './name.ts';
export type { Digest, ImageRef } from './name.ts';
export {
  buildReferrersIndex,
  filterByArtifactType,
  serialiseIndex,
  toFallbackTag,
  toReferrerDescriptor,
} from './referrers.ts';
export { resolveCredential, toCiCredentialSources, toDockerConfigPath } from './transport/credentials.ts';
export type {
  Credential,
  CredentialDeps,
  CredentialEnv,
  CredentialSources,
} from './transport/credentials.ts';
export { RegistryTransport } from './transport/transport.ts';
export type { TransportDeps, RegistryRequest } from './transport/transport.ts';
export { createHttpClient } from './transport/http.ts';
export type { HttpClient, HttpCounters } from './transport/http.ts';
export type { Logger, TransportCounters, TransportOptions } from './transport/transport.ts';
export type { RetryPolicy } from './transport/retry.ts';
