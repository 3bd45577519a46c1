// GitHub's attestation store: post Sigstore bundles to the repository's attestations (and storage
// records to the organization), as actions/attest does, with retries and the fix for a 403.
export { publishAttestations, isRetryableStatus, toRetryDelay } from './publish-attestations.ts';
export type {
  BundleToStore,
  GitHubRequest,
  GitHubResponse,
  PublishDeps,
  PublishInput,
  PublishResult,
  RetryOptions,
  StorageRecordInput,
  StoredGitHubAttestation,
} from './publish-attestations.ts';
export { toBundlesToStore, type RunBundle } from './collect-bundles.ts';
export {
  ATTESTATIONS_PERMISSIONS_HINT,
  CREATE_ATTESTATION_ROUTE,
  CREATE_STORAGE_RECORD_ROUTE,
  GITHUB_API_VERSION,
  GITHUB_JSON_MEDIA_TYPE,
  STORAGE_RECORD_PERMISSIONS_HINT,
} from './constants.ts';
export { AttestationStoreError, type AttestationStoreErrorCode } from './errors.ts';
