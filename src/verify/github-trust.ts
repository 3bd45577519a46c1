// GitHub's Sigstore instance, which actions/attest signs with in private and internal repositories: its
// own Fulcio (certificates issued by "GitHub, Inc.") and timestamp authority, no Rekor and no CT log.
// Its trusted root comes from GitHub's TUF repository, fetched and verified by @sigstore/tuf from the
// root of trust the GitHub CLI embeds (github-tuf-root.ts), as `gh attestation trusted-root` does.
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { fetchPublicGoodTrustedRoot, type PublicGoodDeps } from './public-good.ts';

/** GitHub's TUF repository (cli/cli `verification.GitHubTUFMirror`). */
export const GITHUB_TUF_URL = 'https://tuf-repo.github.com';
/** GitHub's Fulcio (actions/attest's `github` instance). */
export const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
/** GitHub's timestamp authority, its full timestamp endpoint. */
export const GITHUB_TSA_URL = 'https://timestamp.githubapp.com/api/v1/timestamp';

/** Where GitHub's trusted root comes from. */
export interface GitHubTrustInput {
  /** The TUF metadata cache folder. */
  cachePath: string;
  /** A file holding the repository's initial root.json (the caller writes GITHUB_TUF_ROOT_JSON there). */
  rootPath: string;
  /** Another mirror of the repository (default GITHUB_TUF_URL). */
  mirrorURL?: string;
}

/** Fetches GitHub's trusted root through TUF; throws VERIFY_INVALID_TRUST naming the mirror when it cannot. */
export async function fetchGitHubTrustedRoot(
  input: GitHubTrustInput,
  deps: PublicGoodDeps = {},
): Promise<TrustedRoot> {
  return fetchPublicGoodTrustedRoot(
    { cachePath: input.cachePath, rootPath: input.rootPath, mirrorURL: input.mirrorURL ?? GITHUB_TUF_URL },
    deps,
  );
}
