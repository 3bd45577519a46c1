// Reads the GitHub Actions run context SLSA provenance is built from (the adapter's job: only src/ci
// reads the environment). The names are GitHub's default environment variables.
import { buildProvenance, type ProvenanceContext } from '../../attest/provenance.ts';
import type { TokenClaims } from '../../oidc/token.ts';

/** The provenance context of the current GitHub Actions run, or undefined outside one. */
export function githubProvenanceContext(
  env: Readonly<Record<string, string | undefined>>,
): ProvenanceContext | undefined {
  const need = [
    'GITHUB_SERVER_URL',
    'GITHUB_REPOSITORY',
    'GITHUB_WORKFLOW_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_REF',
    'GITHUB_SHA',
    'GITHUB_RUN_ID',
  ];
  if (env.GITHUB_ACTIONS !== 'true' || need.some((k) => !env[k])) return undefined;
  return {
    serverURL: env.GITHUB_SERVER_URL!,
    repository: env.GITHUB_REPOSITORY!,
    workflowRef: env.GITHUB_WORKFLOW_REF!,
    eventName: env.GITHUB_EVENT_NAME!,
    ref: env.GITHUB_REF!,
    sha: env.GITHUB_SHA!,
    runId: env.GITHUB_RUN_ID!,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    repositoryId: env.GITHUB_REPOSITORY_ID,
    repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID,
    runnerEnvironment: env.RUNNER_ENVIRONMENT,
  };
}

/**
 * SLSA provenance of the current GitHub Actions run, with the builder the job really ran (the token's
 * job_workflow_ref and runner_environment, when a token was had), or why it cannot be built here.
 */
export function githubProvenance(
  env: Readonly<Record<string, string | undefined>>,
  claims?: TokenClaims,
): { predicate: unknown } | { missing: string } {
  const ctx = githubProvenanceContext(env);
  if (!ctx) return { missing: 'provenance is built from a GitHub Actions run context (GITHUB_* variables)' };
  if (typeof claims?.job_workflow_ref === 'string') ctx.jobWorkflowRef = claims.job_workflow_ref;
  if (typeof claims?.runner_environment === 'string') ctx.runnerEnvironment = claims.runner_environment;
  return { predicate: buildProvenance(ctx) };
}
