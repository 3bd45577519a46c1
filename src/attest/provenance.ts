// SLSA provenance v1 (https://slsa.dev/spec/v1.0/provenance) for a GitHub Actions run, shaped as
// actions/attest-build-provenance writes it (@actions/attest `buildSLSAProvenancePredicate`): the
// builder is the job's workflow at its ref, the external parameters name the workflow, the source
// repository at its commit is the one resolved dependency, and the run URL identifies the invocation.
// Pure: src/ci reads the CI environment (or the OIDC claims) into a ProvenanceContext.
import { GITHUB_WORKFLOW_BUILD_TYPE } from './constants.ts';

/** The facts about one CI run that provenance records, already read from the CI host. */
export interface ProvenanceContext {
  /** `https://github.com` (GITHUB_SERVER_URL). */
  serverURL: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** `owner/repo/.github/workflows/build.yml@refs/heads/main` (GITHUB_WORKFLOW_REF / workflow_ref claim). */
  workflowRef: string;
  /** The job's workflow (job_workflow_ref claim); differs from workflowRef for reusable workflows. */
  jobWorkflowRef?: string;
  /** `push`, `pull_request`, … (GITHUB_EVENT_NAME). */
  eventName: string;
  /** The git ref built (GITHUB_REF). */
  ref: string;
  /** The commit built (GITHUB_SHA). */
  sha: string;
  runId: string;
  runAttempt: string;
  repositoryId?: string;
  repositoryOwnerId?: string;
  /** `github-hosted` or `self-hosted` (runner_environment claim). */
  runnerEnvironment?: string;
}

/** The SLSA provenance v1 predicate, with a build type's own external and internal parameters. */
export interface SLSAProvenanceV1Predicate<External, Internal> {
  buildDefinition: {
    buildType: string;
    externalParameters: External;
    internalParameters: Internal;
    resolvedDependencies: { uri: string; digest: Record<string, string> }[];
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string> };
    metadata: { invocationId: string; startedOn?: string };
  };
}

/** The SLSA provenance v1 predicate of a GitHub Actions run. */
export type SLSAProvenanceV1 = SLSAProvenanceV1Predicate<
  { workflow: { ref: string; repository: string; path: string } },
  { github: Record<string, string> }
>;

/** Splits `owner/repo/path@ref` into the path inside the repository and the ref. */
function splitWorkflowRef(workflowRef: string, repository: string): { path: string; ref: string } {
  const at = workflowRef.indexOf('@');
  const full = at < 0 ? workflowRef : workflowRef.slice(0, at);
  const ref = at < 0 ? '' : workflowRef.slice(at + 1);
  const prefix = `${repository}/`;
  return { path: full.startsWith(prefix) ? full.slice(prefix.length) : full, ref };
}

/** Builds the SLSA provenance v1 predicate of the run `ctx` describes. */
export function buildProvenance(ctx: ProvenanceContext): SLSAProvenanceV1 {
  const server = ctx.serverURL.replace(/\/+$/, '');
  const { path, ref } = splitWorkflowRef(ctx.workflowRef, ctx.repository);
  const github: Record<string, string> = { event_name: ctx.eventName };
  if (ctx.repositoryId !== undefined) github.repository_id = ctx.repositoryId;
  if (ctx.repositoryOwnerId !== undefined) github.repository_owner_id = ctx.repositoryOwnerId;
  if (ctx.runnerEnvironment !== undefined) github.runner_environment = ctx.runnerEnvironment;
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: { workflow: { ref, repository: `${server}/${ctx.repository}`, path } },
      internalParameters: { github },
      resolvedDependencies: [
        { uri: `git+${server}/${ctx.repository}@${ctx.ref}`, digest: { gitCommit: ctx.sha } },
      ],
    },
    runDetails: {
      builder: { id: `${server}/${ctx.jobWorkflowRef ?? ctx.workflowRef}` },
      metadata: {
        invocationId: `${server}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`,
      },
    },
  };
}
