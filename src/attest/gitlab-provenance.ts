// SLSA provenance v1 (https://slsa.dev/spec/v1.0/provenance) for a GitLab CI/CD pipeline job, with a
// build type of Signet's own, documented in gitlab/PROVENANCE.md: GitLab publishes no build type for
// provenance written outside its runner. The builder is the pipeline configuration at its ref (what
// Fulcio certifies for a GitLab ID token: `https://` + `ci_config_ref_uri`), the external parameters are
// what a verifier can check against the certificate (project, ref, config, pipeline source), the
// source repository at its commit is the resolved dependency, and the job URL is the invocation.
// Pure: src/ci reads the ID token claims (preferred: GitLab signed them) and the CI_* variables.
import { GITLAB_PIPELINE_BUILD_TYPE } from './constants.ts';
import type { SLSAProvenanceV1Predicate } from './provenance.ts';

/** The facts about one GitLab job that provenance records, read from its ID token and variables. */
export interface GitLabProvenanceContext {
  /** `https://gitlab.com` (CI_SERVER_URL). */
  serverURL: string;
  /** `group/project` (project_path claim, CI_PROJECT_PATH). */
  projectPath: string;
  /** `gitlab.com/group/project//.gitlab-ci.yml@refs/heads/main` (ci_config_ref_uri claim). */
  ciConfigRefURI: string;
  /** `refs/heads/main` or `refs/tags/v1` (ref_path claim). */
  refPath: string;
  /** The commit built (sha claim, CI_COMMIT_SHA). */
  sha: string;
  /** `push`, `merge_request_event`, `schedule`, … (pipeline_source claim, CI_PIPELINE_SOURCE). */
  pipelineSource: string;
  pipelineId: string;
  jobId: string;
  /** CI_JOB_NAME: not in the token. */
  jobName?: string;
  projectId?: string;
  namespaceId?: string;
  runnerId?: string;
  /** `gitlab-hosted` or `self-hosted` (runner_environment claim). */
  runnerEnvironment?: string;
  /** CI_RUNNER_VERSION. */
  runnerVersion?: string;
  /** The commit of the CI configuration (ci_config_sha claim). */
  ciConfigSha?: string;
  /** ISO 8601 (CI_JOB_STARTED_AT). */
  startedOn?: string;
}

/** The GitLab provenance predicate (same shape as GitHub's, with GitLab's parameters). */
export type GitLabProvenance = SLSAProvenanceV1Predicate<
  {
    source: { repository: string; ref: string };
    pipeline: { config: string; source: string };
    job?: { name: string };
  },
  { gitlab: Record<string, string> }
>;

/** Builds the SLSA provenance v1 predicate of the GitLab job `ctx` describes. */
export function buildGitLabProvenance(ctx: GitLabProvenanceContext): GitLabProvenance {
  const server = ctx.serverURL.replace(/\/+$/, '');
  const repository = `${server}/${ctx.projectPath}`;
  const gitlab: Record<string, string> = { pipeline_id: ctx.pipelineId, job_id: ctx.jobId };
  const optional: [string, string | undefined][] = [
    ['project_id', ctx.projectId],
    ['namespace_id', ctx.namespaceId],
    ['runner_id', ctx.runnerId],
    ['runner_environment', ctx.runnerEnvironment],
    ['ci_config_sha', ctx.ciConfigSha],
  ];
  for (const [k, v] of optional) if (v !== undefined && v !== '') gitlab[k] = v;
  const externalParameters: GitLabProvenance['buildDefinition']['externalParameters'] = {
    source: { repository, ref: ctx.refPath },
    pipeline: { config: `https://${ctx.ciConfigRefURI}`, source: ctx.pipelineSource },
  };
  if (ctx.jobName) externalParameters.job = { name: ctx.jobName };
  const runDetails: GitLabProvenance['runDetails'] = {
    builder: { id: `https://${ctx.ciConfigRefURI}` },
    metadata: { invocationId: `${repository}/-/jobs/${ctx.jobId}` },
  };
  if (ctx.runnerVersion) runDetails.builder.version = { 'gitlab-runner': ctx.runnerVersion };
  if (ctx.startedOn) runDetails.metadata.startedOn = ctx.startedOn;
  return {
    buildDefinition: {
      buildType: GITLAB_PIPELINE_BUILD_TYPE,
      externalParameters,
      internalParameters: { gitlab },
      resolvedDependencies: [{ uri: `git+${repository}@${ctx.refPath}`, digest: { gitCommit: ctx.sha } }],
    },
    runDetails,
  };
}
