// GitHub's REST API as the attestation store speaks it: the routes Octokit fills, the headers every
// request carries, and the permissions a workflow grants for them (docs.github.com/rest/repos/attestations,
// docs.github.com/rest/orgs/artifact-metadata).

/** Stores one Sigstore bundle for the repository: `{ bundle }` → 201 `{ id }`. */
export const CREATE_ATTESTATION_ROUTE = 'POST /repos/{owner}/{repo}/attestations';
/** Records where an attested artifact is stored (the organization's linked artifacts page). */
export const CREATE_STORAGE_RECORD_ROUTE = 'POST /orgs/{org}/artifacts/metadata/storage-record';
/** The REST API version Signet was written against (`X-GitHub-Api-Version`). */
export const GITHUB_API_VERSION = '2022-11-28';
/** The media type GitHub recommends for every REST request (`Accept`). */
export const GITHUB_JSON_MEDIA_TYPE = 'application/vnd.github+json';

/** The `permissions:` block a job needs to store attestations (and to sign keyless). */
export const ATTESTATIONS_PERMISSIONS_HINT = [
  'add to the job (or workflow):',
  'permissions:',
  '  id-token: write',
  '  attestations: write',
  '  contents: read',
].join('\n');

/** The `permissions:` block a job needs to write storage records too. */
export const STORAGE_RECORD_PERMISSIONS_HINT = [
  'add to the job (or workflow):',
  'permissions:',
  '  id-token: write',
  '  attestations: write',
  '  artifact-metadata: write',
  '  contents: read',
].join('\n');
