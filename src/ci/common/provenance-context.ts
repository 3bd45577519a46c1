// Reads the GitHub Actions run context SLSA provenance is built from (the adapter's job: only src/ci
// reads the environment). The names are GitHub's default environment variables.
import { buildProvenance, type ProvenanceContext } from '../../attest/provenance.ts';
import { buildGitLabProvenance, type GitLabProvenanceContext } from '../../attest/gitlab-provenance.ts';
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

const claim = (claims: TokenClaims | undefined, name: string): string | undefined => {
  const v = claims?.[name];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};

/**
 * The provenance context of the current GitLab job: from the ID token's claims where it has them (GitLab
 * signed those), else from the CI_* variables; undefined with what is missing.
 */
export function gitlabProvenanceContext(
  env: Readonly<Record<string, string | undefined>>,
  claims?: TokenClaims,
): GitLabProvenanceContext | { missing: string } {
  if (env.GITLAB_CI !== 'true') return { missing: 'not a GitLab CI/CD job (GITLAB_CI is not true)' };
  const tag = env.CI_COMMIT_TAG;
  const refFromEnv = tag
    ? `refs/tags/${tag}`
    : env.CI_COMMIT_BRANCH
      ? `refs/heads/${env.CI_COMMIT_BRANCH}`
      : undefined;
  const projectPath = claim(claims, 'project_path') ?? env.CI_PROJECT_PATH;
  const refPath = claim(claims, 'ref_path') ?? refFromEnv;
  const configRef =
    claim(claims, 'ci_config_ref_uri') ??
    (env.CI_SERVER_HOST && projectPath && env.CI_CONFIG_PATH && refPath
      ? `${env.CI_SERVER_HOST}/${projectPath}//${env.CI_CONFIG_PATH}@${refPath}`
      : undefined);
  const fields = {
    serverURL: env.CI_SERVER_URL,
    projectPath,
    ciConfigRefURI: configRef,
    refPath,
    sha: claim(claims, 'sha') ?? env.CI_COMMIT_SHA,
    pipelineSource: claim(claims, 'pipeline_source') ?? env.CI_PIPELINE_SOURCE,
    pipelineId: claim(claims, 'pipeline_id') ?? env.CI_PIPELINE_ID,
    jobId: claim(claims, 'job_id') ?? env.CI_JOB_ID,
  };
  const missing = Object.entries(fields)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length > 0) {
    return {
      missing: `GitLab provenance needs ${missing.join(', ')} (from the ID token or CI_* variables)`,
    };
  }
  const ctx = fields as Pick<GitLabProvenanceContext, keyof typeof fields>;
  const out: GitLabProvenanceContext = { ...ctx };
  const optional: [keyof GitLabProvenanceContext, string | undefined][] = [
    ['jobName', env.CI_JOB_NAME],
    ['projectId', claim(claims, 'project_id') ?? env.CI_PROJECT_ID],
    ['namespaceId', claim(claims, 'namespace_id') ?? env.CI_PROJECT_NAMESPACE_ID],
    ['runnerId', claim(claims, 'runner_id') ?? env.CI_RUNNER_ID],
    ['runnerEnvironment', claim(claims, 'runner_environment')],
    ['runnerVersion', env.CI_RUNNER_VERSION],
    ['ciConfigSha', claim(claims, 'ci_config_sha')],
    ['startedOn', env.CI_JOB_STARTED_AT],
  ];
  for (const [k, v] of optional) if (v) (out as unknown as Record<string, string>)[k] = v;
  return out;
}

/** SLSA provenance of the current GitLab job, or why it cannot be built here. */
export function gitlabProvenance(
  env: Readonly<Record<string, string | undefined>>,
  claims?: TokenClaims,
): { predicate: unknown } | { missing: string } {
  const ctx = gitlabProvenanceContext(env, claims);
  if ('missing' in ctx) return ctx;
  return { predicate: buildGitLabProvenance(ctx) };
}

/** SLSA provenance of the CI run this process is in: a GitHub Actions run or a GitLab job. */
export function ciProvenance(
  env: Readonly<Record<string, string | undefined>>,
  claims?: TokenClaims,
): { predicate: unknown } | { missing: string } {
  if (env.GITLAB_CI === 'true') return gitlabProvenance(env, claims);
  const made = githubProvenance(env, claims);
  return 'missing' in made
    ? { missing: 'provenance is built from a GitHub Actions run or a GitLab CI/CD job context' }
    : made;
}
