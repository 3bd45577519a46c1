// The OIDC part of the test bed: a loopback stand-in for GitHub's ID token service and a GitLab-shaped
// token minter. Tokens are real JWS signed by a per-run RSA key (RS256, as GitHub and GitLab sign theirs:
// cosign's `--identity-token` takes a literal token only if it parses as RS256, else it reads it as a path) that the bed publishes as an OpenID
// configuration and JWKS, so a verifier (the bed's Fulcio, or a test) can check them like real ones.
//
// Protocol (GitHub Actions, actions/toolkit `packages/core/src/oidc-utils.ts`): the runner sets
// ACTIONS_ID_TOKEN_REQUEST_URL (which already carries a query string) and ACTIONS_ID_TOKEN_REQUEST_TOKEN;
// the client sends `GET <url>&audience=<aud>` with `Authorization: Bearer <request token>` and gets
// `{"value": "<jwt>"}` back. Claims follow GitHub's documented token shape:
// https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
// and GitLab's: https://docs.gitlab.com/ci/secrets/id_token_authentication/
import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, type Service } from './proc.ts';

/** The issuer GitHub Actions puts in its ID tokens (and Fulcio keys its GitHub mapping on). */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** The issuer of gitlab.com ID tokens. */
export const GITLAB_ISSUER = 'https://gitlab.com';
/** The repository the default GitHub token speaks for. */
export const GITHUB_REPOSITORY = 'signet-bed/app';
/** The workflow file the default GitHub token was minted for. */
export const GITHUB_WORKFLOW_FILE = '.github/workflows/release.yml';
/** The `job_workflow_ref` claim of the default GitHub token; Fulcio's URI SAN is `https://github.com/` + this. */
export const GITHUB_JOB_WORKFLOW_REF = `${GITHUB_REPOSITORY}/${GITHUB_WORKFLOW_FILE}@refs/heads/main`;
/** The project the default GitLab token speaks for. */
export const GITLAB_PROJECT = 'signet-bed/app';
/** The `ci_config_ref_uri` claim of the default GitLab token; Fulcio's URI SAN is `https://` + this. */
export const GITLAB_CI_CONFIG_REF_URI = `gitlab.com/${GITLAB_PROJECT}//.gitlab-ci.yml@refs/heads/main`;

/** A running OIDC stand-in: GitHub's token request endpoint plus minters for both CI hosts' tokens. */
export interface OidcBed extends Service {
  /** The value to give ACTIONS_ID_TOKEN_REQUEST_URL (it already has a query string, as GitHub's does). */
  requestURL: string;
  /** The value to give ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** Where `/.well-known/openid-configuration` and the JWKS are served (the loopback base URL). */
  issuerURL: string;
  /** The JWKS URL, for verifiers that check token signatures (e.g. `startSigstore({ oidcJwksURL })`). */
  jwksURL: string;
  /** A file holding a ready GitHub-shaped token with audience `sigstore` (for `--identity-token`). */
  tokenFile: string;
  /** Mints a GitHub Actions ID token; `overrides` replace or add claims (`undefined` removes one). */
  githubToken(overrides?: Record<string, unknown>, audience?: string): string;
  /** Mints a gitlab.com CI ID token (`id_tokens: { X: { aud: sigstore } }`); `overrides` as above. */
  gitlabToken(overrides?: Record<string, unknown>): string;
  /** Token requests served, by outcome. */
  counters: { issued: number; refused: number };
}

/** Where the OIDC bed writes its ready token file. */
export interface OidcOptions {
  /** A fresh folder for the token file. */
  dir: string;
}

const TOKEN_LIFETIME_S = 10 * 60;
const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/** Builds the claims of a GitHub Actions ID token for a push to main of GITHUB_REPOSITORY. */
export function githubClaims(now: number, audience: string): Record<string, unknown> {
  const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
  return {
    jti: randomBytes(16).toString('hex'),
    sub: `repo:${GITHUB_REPOSITORY}:ref:refs/heads/main`,
    aud: audience,
    ref: 'refs/heads/main',
    sha,
    repository: GITHUB_REPOSITORY,
    repository_owner: GITHUB_REPOSITORY.split('/')[0],
    repository_owner_id: '1000001',
    repository_visibility: 'public',
    repository_id: '2000002',
    run_id: '3000003',
    run_number: '7',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'release',
    workflow_ref: GITHUB_JOB_WORKFLOW_REF,
    workflow_sha: sha,
    job_workflow_ref: GITHUB_JOB_WORKFLOW_REF,
    job_workflow_sha: sha,
    head_ref: '',
    base_ref: '',
    event_name: 'push',
    ref_type: 'branch',
    ref_protected: 'true',
    iss: GITHUB_ISSUER,
    nbf: now - 5,
    iat: now,
    exp: now + TOKEN_LIFETIME_S,
  };
}

/** Builds the claims of a gitlab.com CI ID token for a branch pipeline on main of GITLAB_PROJECT. */
export function gitlabClaims(now: number): Record<string, unknown> {
  const sha = 'b1c2d3e4f5a60718293a4b5c6d7e8f9012345678';
  return {
    jti: randomBytes(16).toString('hex'),
    sub: `project_path:${GITLAB_PROJECT}:ref_type:branch:ref:main`,
    aud: 'sigstore',
    namespace_id: '4000004',
    namespace_path: GITLAB_PROJECT.split('/')[0],
    project_id: '5000005',
    project_path: GITLAB_PROJECT,
    project_visibility: 'public',
    user_id: '6000006',
    user_login: 'signet-bot',
    user_email: 'signet-bot@example.invalid',
    pipeline_id: '7000007',
    pipeline_source: 'push',
    job_id: '8000008',
    ref: 'main',
    ref_type: 'branch',
    ref_path: 'refs/heads/main',
    ref_protected: 'true',
    runner_id: 9,
    runner_environment: 'gitlab-hosted',
    sha,
    ci_config_ref_uri: GITLAB_CI_CONFIG_REF_URI,
    ci_config_sha: sha,
    project_url: `https://gitlab.com/${GITLAB_PROJECT}`,
    iss: GITLAB_ISSUER,
    nbf: now - 5,
    iat: now,
    exp: now + TOKEN_LIFETIME_S,
  };
}

/** Applies overrides to claims; an override of `undefined` deletes the claim. */
function withOverrides(claims: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  const out = { ...claims };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

function signJwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const header = { alg: 'RS256', typ: 'JWT', kid };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const sig = sign('sha256', Buffer.from(input), key);
  return `${input}.${b64url(sig)}`;
}

/** Starts the GitHub ID token endpoint on a free loopback port and writes a ready token to `<dir>/token`. */
export async function startOidc(opts: OidcOptions): Promise<OidcBed> {
  mkdirSync(opts.dir, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
  const requestToken = `bed-request-${randomBytes(12).toString('hex')}`;
  const counters = { issued: 0, refused: 0 };
  const nowS = () => Math.floor(Date.now() / 1000);

  const githubToken = (overrides?: Record<string, unknown>, audience = 'sigstore') =>
    signJwt(privateKey, kid, withOverrides(githubClaims(nowS(), audience), overrides));
  const gitlabToken = (overrides?: Record<string, unknown>) =>
    signJwt(privateKey, kid, withOverrides(gitlabClaims(nowS()), overrides));

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    if (req.method !== 'GET') return json(res, 405, { message: 'method not allowed' });
    switch (url.pathname) {
      case '/.well-known/openid-configuration':
        return json(res, 200, {
          issuer: base,
          jwks_uri: `${base}/.well-known/jwks`,
          subject_types_supported: ['public', 'pairwise'],
          response_types_supported: ['id_token'],
          id_token_signing_alg_values_supported: ['RS256'],
          claims_supported: Object.keys(githubClaims(0, 'sigstore')),
          scopes_supported: ['openid'],
        });
      case '/.well-known/jwks':
        return json(res, 200, { keys: [jwk] });
      case '/token': {
        // GitHub answers 401 for a missing or wrong request token; the toolkit reports the status.
        if (req.headers.authorization !== `Bearer ${requestToken}`) {
          counters.refused++;
          return json(res, 401, { message: 'bad request token' });
        }
        counters.issued++;
        // Without `audience` GitHub uses the owner's URL as the audience.
        const audience =
          url.searchParams.get('audience') ?? `https://github.com/${GITHUB_REPOSITORY.split('/')[0]}`;
        return json(res, 200, { value: githubToken({}, audience) });
      }
      default:
        return json(res, 404, { message: `no route for ${url.pathname}` });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

  const tokenFile = join(opts.dir, 'token');
  // The file outlives a single test, so its token lives for an hour rather than the usual minutes.
  writeFileSync(tokenFile, githubToken({ exp: nowS() + 3600 }), { mode: 0o600 });

  return {
    name: 'oidc',
    pid: undefined,
    logPath: undefined,
    // GitHub's URL looks like `…/_apis/pipelines/…/idtoken?api-version=2.0`; keep a query string so a
    // client that appends `?audience=` instead of `&audience=` breaks here as it would there.
    requestURL: `${base}/token?api-version=2.0`,
    requestToken,
    issuerURL: base,
    jwksURL: `${base}/.well-known/jwks`,
    tokenFile,
    githubToken,
    gitlabToken,
    counters,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
