// Stores Sigstore bundles in GitHub's attestation store (`POST /repos/{owner}/{repo}/attestations`), as
// actions/attest does through @actions/attest, so the repository's Attestations page and
// `gh attestation verify` (which reads the store by default) see what Signet signed; and writes the
// organization's storage records (`POST /orgs/{org}/artifacts/metadata/storage-record`) for pushed
// images, as actions/attest does when `artifact-metadata: write` is granted.
//
// The HTTP client is @actions/github's Octokit, built by the CI adapter and passed in as its `request`
// function: this module owns only what GitHub's answers mean. 5xx, 429 and network failures are retried
// with exponential backoff and jitter (honouring Retry-After), like actions/attest's
// @octokit/plugin-retry; 4xx are final. A 401/403 names the `permissions:` block to add.
import type { SerializedBundle } from '@sigstore/bundle';
import type { Clock } from '../sign/clock.ts';
import { IN_TOTO_PAYLOAD_TYPE } from '../sign/constants.ts';
import { systemClock } from '../sign/clock.ts';
import {
  ATTESTATIONS_PERMISSIONS_HINT,
  CREATE_ATTESTATION_ROUTE,
  CREATE_STORAGE_RECORD_ROUTE,
  GITHUB_API_VERSION,
  GITHUB_JSON_MEDIA_TYPE,
  STORAGE_RECORD_PERMISSIONS_HINT,
} from './constants.ts';
import { AttestationStoreError, type AttestationStoreErrorCode } from './errors.ts';

/** An answer of the REST API (Octokit's `OctokitResponse`, narrowed). */
export interface GitHubResponse {
  status: number;
  data: unknown;
}

/**
 * Sends one REST request: Octokit's `request(route, params)`. Parameters the route does not name go in
 * the JSON body; `headers` become request headers. It throws on a non-2xx answer with the error's
 * `status` and `response.headers` set (Octokit's RequestError).
 */
export type GitHubRequest = (route: string, params: Record<string, unknown>) => Promise<GitHubResponse>;

/** One bundle to store, with a label for messages (`provenance of ghcr.io/acme/app@sha256:…`). */
export interface BundleToStore {
  label: string;
  bundle: SerializedBundle;
}

/** A storage record: where an attested artifact lives (a registry, a package repository). */
export interface StorageRecordInput {
  /** The artifact's name (an image: `registry/repository`). */
  name: string;
  /** `sha256:<hex>`. */
  digest: string;
  /** The registry's base URL (`https://ghcr.io`). */
  registryURL: string;
  /** The repository inside the registry. */
  repository?: string;
  /** A direct URL of the artifact, when there is one. */
  artifactURL?: string;
  version?: string;
}

/** What to store, already parsed. */
export interface PublishInput {
  /** The repository the attestations belong to (`GITHUB_REPOSITORY`). */
  owner: string;
  repo: string;
  /** `GITHUB_SERVER_URL`, for the attestation URLs. */
  serverURL: string;
  bundles: BundleToStore[];
  /** Storage records, written for an organization owner only (GitHub has them for organizations). */
  storageRecords?: { org: string; records: StorageRecordInput[] };
  /**
   * `push-to-github: auto`: a token without `attestations: write` (401/403/404 on the first bundle) is
   * reported as a warning instead of failing; nothing else is softened.
   */
  optional?: boolean;
}

/** How hard to retry. */
export interface RetryOptions {
  /** Tries in all, first included (default 5). */
  attempts?: number;
  /** The first backoff (default 1000 ms), doubled each retry, with up to 50% jitter. */
  baseDelayMs?: number;
  /** The longest wait, Retry-After included (default 30 s). */
  maxDelayMs?: number;
}

/** The services publishing uses. */
export interface PublishDeps {
  request: GitHubRequest;
  clock?: Pick<Clock, 'sleep' | 'random'>;
  retry?: RetryOptions;
}

/** One stored attestation. */
export interface StoredGitHubAttestation {
  label: string;
  id: string;
  /** `https://github.com/OWNER/REPO/attestations/ID`. */
  url: string;
}

/** What was stored, and what was skipped and why. */
export interface PublishResult {
  attestations: StoredGitHubAttestation[];
  storageRecordIds: number[];
  /** True when `optional` and the token could not store (the warning says why). */
  skipped: boolean;
  warnings: string[];
}

const REQUEST_HEADERS = { accept: GITHUB_JSON_MEDIA_TYPE, 'x-github-api-version': GITHUB_API_VERSION };

interface HttpFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** True for the answers worth another try: 5xx, 429, and no answer at all. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 429 || status >= 500;
}

/** The wait before retry `attempt` (1-based): Retry-After when given, else exponential with jitter. */
export function toRetryDelay(
  attempt: number,
  retryAfter: string | number | undefined,
  random: number,
  opts: Required<Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>>,
): number {
  const seconds = retryAfter === undefined ? NaN : Number(retryAfter);
  const wanted =
    Number.isFinite(seconds) && seconds >= 0
      ? seconds * 1000
      : opts.baseDelayMs * 2 ** (attempt - 1) * (1 + random / 2);
  return Math.min(Math.round(wanted), opts.maxDelayMs);
}

function messageOf(err: HttpFailure): string {
  const data = err.response?.data as { message?: unknown } | undefined;
  const m = typeof data?.message === 'string' ? data.message : err.message;
  return (m ?? 'no answer').split('\n')[0]!.slice(0, 300);
}

function toCode(status: number | undefined): AttestationStoreErrorCode {
  if (status === 401 || status === 403) return 'GITHUB_API_FORBIDDEN';
  if (status === 404) return 'GITHUB_API_NOT_FOUND';
  if (status === 422) return 'GITHUB_API_INVALID';
  if (isRetryableStatus(status)) return 'GITHUB_API_UNAVAILABLE';
  return 'GITHUB_API_FAILED';
}

/** Sends one request with retries; throws an AttestationStoreError naming `what` and the fix. */
async function send(
  deps: PublishDeps,
  route: string,
  params: Record<string, unknown>,
  what: string,
  hint: string,
): Promise<GitHubResponse> {
  const clock = deps.clock ?? systemClock;
  const attempts = Math.max(1, deps.retry?.attempts ?? 5);
  const delays = {
    baseDelayMs: deps.retry?.baseDelayMs ?? 1000,
    maxDelayMs: deps.retry?.maxDelayMs ?? 30_000,
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.request(route, { ...params, headers: REQUEST_HEADERS });
    } catch (raw) {
      const err = raw as HttpFailure;
      const status = typeof err.status === 'number' ? err.status : undefined;
      if (isRetryableStatus(status) && attempt < attempts) {
        const after = err.response?.headers?.['retry-after'];
        await clock.sleep(toRetryDelay(attempt, after, clock.random(), delays));
        continue;
      }
      const code = toCode(status);
      const answer = status === undefined ? messageOf(err) : `${status} ${messageOf(err)}`;
      const tries = isRetryableStatus(status) ? ` after ${attempt} tries` : '';
      const fix = code === 'GITHUB_API_FORBIDDEN' ? `; the token may not write there: ${hint}` : '';
      throw new AttestationStoreError(code, `${what}: github answered ${answer}${tries}${fix}`, {
        cause: raw,
        ...(status !== undefined ? { status } : {}),
      });
    }
  }
}

/** Checks a bundle is one GitHub stores: an in-toto statement in a DSSE envelope. */
function checkBundle(b: BundleToStore): void {
  const envelope = (b.bundle as { dsseEnvelope?: { payloadType?: string } }).dsseEnvelope;
  if (envelope?.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new AttestationStoreError(
      'GITHUB_API_INVALID_INPUT',
      `${b.label}: expected a bundle with an in-toto statement in a DSSE envelope, got ${envelope ? `payload type ${envelope.payloadType}` : 'a message signature'}; GitHub stores attestations only`,
    );
  }
}

function idOf(res: GitHubResponse, what: string): string {
  const data = (typeof res.data === 'string' ? JSON.parse(res.data) : res.data) as { id?: unknown } | null;
  const id = data?.id;
  if (res.status !== 201 || (typeof id !== 'number' && typeof id !== 'string') || String(id) === '') {
    throw new AttestationStoreError(
      'GITHUB_API_FAILED',
      `${what}: expected 201 with an attestation id, got ${res.status} ${JSON.stringify(data).slice(0, 200)}`,
      { status: res.status },
    );
  }
  return String(id);
}

/** Stores every bundle with GitHub, then the storage records; returns the ids and URLs. */
export async function publishAttestations(input: PublishInput, deps: PublishDeps): Promise<PublishResult> {
  const result: PublishResult = { attestations: [], storageRecordIds: [], skipped: false, warnings: [] };
  if (input.bundles.length === 0) return result;
  for (const b of input.bundles) checkBundle(b);
  const where = `${input.owner}/${input.repo}`;
  for (const [i, b] of input.bundles.entries()) {
    const what = `storing ${b.label} in ${where}'s attestations`;
    let res: GitHubResponse;
    try {
      res = await send(
        deps,
        CREATE_ATTESTATION_ROUTE,
        { owner: input.owner, repo: input.repo, bundle: b.bundle },
        what,
        ATTESTATIONS_PERMISSIONS_HINT,
      );
    } catch (err) {
      const code = (err as AttestationStoreError).code;
      if (input.optional && i === 0 && (code === 'GITHUB_API_FORBIDDEN' || code === 'GITHUB_API_NOT_FOUND')) {
        result.skipped = true;
        result.warnings.push(
          `attestations not stored on GitHub (push-to-github: auto): ${(err as Error).message}`,
        );
        return result;
      }
      throw err;
    }
    const id = idOf(res, what);
    const server = input.serverURL.replace(/\/+$/, '');
    result.attestations.push({ label: b.label, id, url: `${server}/${where}/attestations/${id}` });
  }
  // Storage records: best effort, as actions/attest (a failure is a warning; the attestations stand).
  for (const r of input.storageRecords?.records ?? []) {
    const what = `recording where ${r.name}@${r.digest} is stored`;
    try {
      const res = await send(
        deps,
        CREATE_STORAGE_RECORD_ROUTE,
        {
          org: input.storageRecords!.org,
          name: r.name,
          digest: r.digest,
          registry_url: r.registryURL,
          ...(r.repository ? { repository: r.repository } : {}),
          ...(r.artifactURL ? { artifact_url: r.artifactURL } : {}),
          ...(r.version ? { version: r.version } : {}),
        },
        what,
        STORAGE_RECORD_PERMISSIONS_HINT,
      );
      const data = res.data as { storage_records?: { id?: unknown }[] } | null;
      for (const s of data?.storage_records ?? [])
        if (typeof s.id === 'number') result.storageRecordIds.push(s.id);
    } catch (err) {
      result.warnings.push(`no storage record written: ${(err as Error).message}`);
    }
  }
  return result;
}
