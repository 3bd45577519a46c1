// `push-to-github`: stores a run's attestations in GitHub's attestation store with the job's token, as
// actions/attest does. Builds @actions/github's Octokit (the one HTTP client for GitHub's API) and
// reads the GitHub variables (GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_API_URL); the storing
// itself is src/attestation-store. `auto` stores when a token is there and reports, without failing,
// when the token may not (no `attestations: write`); `true` fails then; `false` never stores.
import type { getOctokit as GetOctokit } from '@actions/github';
import {
  ATTESTATIONS_PERMISSIONS_HINT,
  publishAttestations,
  type BundleToStore,
  type GitHubRequest,
  type PublishResult,
  type StorageRecordInput,
} from '../../attestation-store/index.ts';
import type { Host } from './host.ts';
import { UsageError } from './values.ts';

/** The three values of `push-to-github`. */
export type PushToGitHub = 'auto' | 'true' | 'false';
export const PUSH_TO_GITHUB_VALUES: readonly PushToGitHub[] = ['auto', 'true', 'false'];

/** Parses `push-to-github` (`label` names the input or flag in errors). */
export function parsePushToGitHub(text: string | undefined, label: string): PushToGitHub {
  const v = (text ?? 'auto').trim() || 'auto';
  if (!PUSH_TO_GITHUB_VALUES.includes(v as PushToGitHub)) {
    throw new UsageError(`${label} takes auto, true or false, got ${JSON.stringify(text)}`);
  }
  return v as PushToGitHub;
}

/** Octokit's `request`, as src/attestation-store takes it: token to `apiURL` only. */
export function githubRequest(token: string, apiURL: string, fetchImpl?: typeof fetch): GitHubRequest {
  // Octokit (and undici under it) loads only when something is stored on GitHub.
  let octokit: ReturnType<typeof GetOctokit> | undefined;
  return async (route, params) => {
    octokit ??= (await import('@actions/github')).getOctokit(token, {
      baseUrl: apiURL.replace(/\/+$/, ''),
      ...(fetchImpl ? { request: { fetch: fetchImpl } } : {}),
    });
    const res = await octokit.request(route, params);
    return { status: res.status, data: res.data };
  };
}

/** What storing found: the result, or why nothing was stored. */
export type GitHubStoreOutcome = { stored: PublishResult } | { skipped: string };

/** Where the run stores and with what token, from the host (the Actions variables). */
export interface GitHubStoreTarget {
  token?: string;
  repository?: string;
  serverURL: string;
  apiURL: string;
  /** True when the repository's owner is an organization (storage records exist only there). */
  organization: boolean;
}

/** The target from the Actions environment; `token` is the github-token input or GITHUB_TOKEN. */
export function githubStoreTarget(
  host: Pick<Host, 'env'>,
  token: string | undefined,
  organization: boolean,
): GitHubStoreTarget {
  return {
    token: token || host.env.GITHUB_TOKEN || undefined,
    repository: host.env.GITHUB_REPOSITORY,
    serverURL: host.env.GITHUB_SERVER_URL || 'https://github.com',
    apiURL: host.env.GITHUB_API_URL || 'https://api.github.com',
    organization,
  };
}

/**
 * Stores `bundles` per `mode`. Returns why nothing was stored (`auto` without a token or repository);
 * throws with the `permissions:` block when `true` cannot store.
 */
export async function storeOnGitHub(
  mode: PushToGitHub,
  target: GitHubStoreTarget,
  bundles: BundleToStore[],
  opts: { storageRecords?: StorageRecordInput[]; request?: GitHubRequest; fetch?: typeof fetch } = {},
): Promise<GitHubStoreOutcome> {
  if (mode === 'false') return { skipped: 'push-to-github: false' };
  if (bundles.length === 0) return { skipped: 'no attestation bundles were made' };
  const missing = !target.token
    ? 'no GitHub token (github-token input or GITHUB_TOKEN)'
    : !target.repository
      ? 'no GITHUB_REPOSITORY'
      : undefined;
  if (missing) {
    if (mode === 'true')
      throw new UsageError(`push-to-github: true needs ${missing}; ${ATTESTATIONS_PERMISSIONS_HINT}`);
    return { skipped: `not stored on GitHub (push-to-github: auto): ${missing}` };
  }
  const [owner, repo] = target.repository!.split('/') as [string, string];
  if (!owner || !repo)
    throw new UsageError(`GITHUB_REPOSITORY must be OWNER/REPO, got ${JSON.stringify(target.repository)}`);
  const request = opts.request ?? githubRequest(target.token!, target.apiURL, opts.fetch);
  const stored = await publishAttestations(
    {
      owner,
      repo,
      serverURL: target.serverURL,
      bundles,
      optional: mode === 'auto',
      ...(target.organization && opts.storageRecords?.length
        ? { storageRecords: { org: owner, records: opts.storageRecords } }
        : {}),
    },
    { request },
  );
  return { stored };
}
