// The identity a CI run signs as, which verification and admission policies expect by default: what
// Fulcio puts in the certificate for a GitHub Actions job or a GitLab pipeline. From the OIDC token's
// claims when there is one (exact, reusable workflows included), else from the run's environment.
import type { TokenClaims } from '../../oidc/token.ts';

/** The identity a run signs as (Fulcio's SAN and issuer). */
export interface RunIdentity {
  identity: string;
  issuer: string;
}

const PUBLIC_GITHUB = 'https://github.com';

/** The issuer of this GitHub's Actions tokens: github.com's, or a GHES instance's own. */
export function githubIssuer(serverURL: string): string {
  return serverURL.replace(/\/+$/, '') === PUBLIC_GITHUB
    ? 'https://token.actions.githubusercontent.com'
    : `${serverURL.replace(/\/+$/, '')}/_services/token`;
}

/**
 * The identity Fulcio certifies for this job: `<server>/<job_workflow_ref>` (the reusable workflow's
 * own file when the job runs one) and the token's issuer. Without a token, GITHUB_WORKFLOW_REF is the
 * best the environment offers (the caller's workflow: wrong inside a reusable workflow).
 */
export function githubRunIdentity(
  env: Readonly<Record<string, string | undefined>>,
  claims: TokenClaims | undefined,
): RunIdentity | undefined {
  const server = (env.GITHUB_SERVER_URL ?? PUBLIC_GITHUB).replace(/\/+$/, '');
  if (claims && typeof claims.job_workflow_ref === 'string' && typeof claims.iss === 'string') {
    return { identity: `${server}/${claims.job_workflow_ref}`, issuer: claims.iss };
  }
  if (env.GITHUB_WORKFLOW_REF) {
    return { identity: `${server}/${env.GITHUB_WORKFLOW_REF}`, issuer: githubIssuer(server) };
  }
  return undefined;
}

/**
 * The identity Fulcio certifies for this pipeline: `https://` + the token's `ci_config_ref_uri`
 * (`gitlab.com/group/project//.gitlab-ci.yml@refs/heads/main`) and its issuer; without a token, the
 * same built from CI_PROJECT_URL, CI_CONFIG_PATH and the ref, with CI_SERVER_URL as issuer.
 */
export function gitlabRunIdentity(
  env: Readonly<Record<string, string | undefined>>,
  claims: TokenClaims | undefined,
): RunIdentity | undefined {
  if (claims && typeof claims.ci_config_ref_uri === 'string' && typeof claims.iss === 'string') {
    return { identity: `https://${claims.ci_config_ref_uri}`, issuer: claims.iss };
  }
  if (env.CI_PROJECT_URL && env.CI_CONFIG_PATH && env.CI_COMMIT_REF_NAME && env.CI_SERVER_URL) {
    const ref = env.CI_COMMIT_TAG ? `refs/tags/${env.CI_COMMIT_TAG}` : `refs/heads/${env.CI_COMMIT_REF_NAME}`;
    return { identity: `${env.CI_PROJECT_URL}//${env.CI_CONFIG_PATH}@${ref}`, issuer: env.CI_SERVER_URL };
  }
  return undefined;
}

/** GitHub's identity when the token or environment is GitHub's, else GitLab's, else none. */
export function ciRunIdentity(
  env: Readonly<Record<string, string | undefined>>,
  claims: TokenClaims | undefined,
): RunIdentity | undefined {
  if (claims?.job_workflow_ref !== undefined) return githubRunIdentity(env, claims);
  if (claims?.ci_config_ref_uri !== undefined) return gitlabRunIdentity(env, claims);
  if (env.GITHUB_ACTIONS === 'true') return githubRunIdentity(env, undefined);
  if (env.GITLAB_CI === 'true') return gitlabRunIdentity(env, undefined);
  return undefined;
}
