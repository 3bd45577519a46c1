// The pipeline's first stage: obtain the OIDC identity token Fulcio exchanges for a certificate.
// Sources, in order: a token given explicitly (--identity-token / SIGSTORE_ID_TOKEN, as cosign), then
// GitHub Actions' ID token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL + _TOKEN, audience parameter).
// GitLab puts the token in SIGSTORE_ID_TOKEN through `id_tokens:`, so it is the explicit case.
// https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
import { OidcError } from './errors.ts';

/** Where a token may come from; the CI adapter fills this from its environment. */
export interface TokenSources {
  /** A token given as a value (cosign --identity-token, or SIGSTORE_ID_TOKEN). */
  explicit?: string;
  /** GitHub Actions' request URL and bearer token (present only with `permissions: id-token: write`). */
  github?: { requestURL: string; requestToken: string };
  /** Set when running in GitHub Actions, to explain a missing permission. */
  onGitHubActions?: boolean;
  onGitLab?: boolean;
}

/** Claims Signet reads from a token (never the signature: Fulcio verifies it). */
export interface TokenClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  [claim: string]: unknown;
}

/** Decodes a JWT's claims; throws OIDC_INVALID_TOKEN when it is not a JWT. */
export function decodeClaims(token: string): TokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '' || !/^[A-Za-z0-9_-]+$/.test(p))) {
    throw new OidcError('OIDC_INVALID_TOKEN', 'identity token is not a JWT (expected three base64url parts)');
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch (err) {
    throw new OidcError('OIDC_INVALID_TOKEN', 'identity token claims are not JSON', { cause: err });
  }
  if (!claims || typeof claims !== 'object')
    throw new OidcError('OIDC_INVALID_TOKEN', 'identity token claims are not a JSON object');
  return claims as TokenClaims;
}

/** Checks audience and expiry the way Fulcio will, so the failure is explained before any request. */
export function checkToken(token: string, audience: string, nowSeconds: number): TokenClaims {
  const claims = decodeClaims(token);
  const auds = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!auds.includes(audience)) {
    throw new OidcError(
      'OIDC_INVALID_TOKEN',
      `identity token audience is ${JSON.stringify(claims.aud ?? null)}, expected ${JSON.stringify(audience)} (GitLab: id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore)`,
    );
  }
  if (typeof claims.exp === 'number' && claims.exp + 30 < nowSeconds) {
    throw new OidcError(
      'OIDC_INVALID_TOKEN',
      `identity token expired at ${new Date(claims.exp * 1000).toISOString()}`,
    );
  }
  return claims;
}

/** The `permissions:` block a GitHub workflow needs for keyless signing. */
export const GITHUB_PERMISSIONS_HINT =
  'add to the job:\n  permissions:\n    id-token: write\n    contents: read\n    packages: write';

/** Fetches a token for `audience` from the first available source. */
export async function getIdentityToken(
  sources: TokenSources,
  deps: { fetch: typeof fetch; now?: () => number },
  audience = 'sigstore',
): Promise<{ token: string; claims: TokenClaims; source: 'explicit' | 'github' }> {
  const now = () => Math.floor((deps.now ?? Date.now)() / 1000);
  if (sources.explicit !== undefined && sources.explicit !== '') {
    return {
      token: sources.explicit,
      claims: checkToken(sources.explicit, audience, now()),
      source: 'explicit',
    };
  }
  if (sources.github) {
    const url = new URL(sources.github.requestURL);
    url.searchParams.set('audience', audience);
    let res: Response;
    try {
      res = await deps.fetch(url, {
        headers: { authorization: `Bearer ${sources.github.requestToken}`, accept: 'application/json' },
        signal: AbortSignal.timeout(30_000),
      });
    } catch (err) {
      throw new OidcError(
        'OIDC_REQUEST_FAILED',
        `github id token request to ${url.origin} failed: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new OidcError(
        'OIDC_REQUEST_FAILED',
        `github id token request answered ${res.status} ${res.statusText}`,
      );
    }
    const body = (await res.json().catch(() => ({}))) as { value?: unknown };
    if (typeof body.value !== 'string')
      throw new OidcError('OIDC_REQUEST_FAILED', 'github id token response has no "value"');
    return { token: body.value, claims: checkToken(body.value, audience, now()), source: 'github' };
  }
  if (sources.onGitHubActions) {
    throw new OidcError(
      'OIDC_NO_TOKEN',
      `no OIDC token: the job lacks id-token permission; ${GITHUB_PERMISSIONS_HINT}`,
    );
  }
  if (sources.onGitLab) {
    throw new OidcError(
      'OIDC_NO_TOKEN',
      'no OIDC token: SIGSTORE_ID_TOKEN is not set; add to the job: id_tokens: { SIGSTORE_ID_TOKEN: { aud: sigstore } }',
    );
  }
  throw new OidcError(
    'OIDC_NO_TOKEN',
    'no OIDC token: pass --identity-token or set SIGSTORE_ID_TOKEN (or sign with --key)',
  );
}
