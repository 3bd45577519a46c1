import { buildGitLabProvenance } from '../../../src/attest/index.ts';
import { gitlabProvenance, gitlabProvenanceContext } from '../../../src/ci/common/provenance-context.ts';

const SHA = 'b1c2d3e4f5a60718293a4b5c6d7e8f9012345678';
const CONFIG_REF = 'gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main';

/** GitLab's documented ID token claims for a branch pipeline (docs: ci/secrets/id_token_authentication). */
const claims = {
  iss: 'https://gitlab.com',
  project_path: 'acme/app',
  project_id: '5000005',
  namespace_id: '4000004',
  ref_path: 'refs/heads/main',
  sha: SHA,
  pipeline_source: 'push',
  pipeline_id: '7000007',
  job_id: '8000008',
  runner_id: 9,
  runner_environment: 'gitlab-hosted',
  ci_config_ref_uri: CONFIG_REF,
  ci_config_sha: SHA,
};

const env = {
  GITLAB_CI: 'true',
  CI_SERVER_URL: 'https://gitlab.com',
  CI_SERVER_HOST: 'gitlab.com',
  CI_PROJECT_PATH: 'acme/app',
  CI_CONFIG_PATH: '.gitlab-ci.yml',
  CI_COMMIT_BRANCH: 'main',
  CI_COMMIT_SHA: SHA,
  CI_PIPELINE_SOURCE: 'push',
  CI_PIPELINE_ID: '7000007',
  CI_JOB_ID: '8000008',
  CI_JOB_NAME: 'image',
  CI_RUNNER_VERSION: '18.6.0',
  CI_JOB_STARTED_AT: '2026-12-04T10:00:00Z',
};

describe('buildGitLabProvenance', () => {
  const p = buildGitLabProvenance({
    serverURL: 'https://gitlab.com/',
    projectPath: 'acme/app',
    ciConfigRefURI: CONFIG_REF,
    refPath: 'refs/heads/main',
    sha: SHA,
    pipelineSource: 'push',
    pipelineId: '7000007',
    jobId: '8000008',
    jobName: 'image',
    runnerId: '9',
    runnerEnvironment: 'gitlab-hosted',
  });

  it('names the builder as Fulcio certifies the pipeline (https:// + ci_config_ref_uri)', () => {
    expect(p.runDetails.builder.id).toBe(`https://${CONFIG_REF}`);
    expect(p.buildDefinition.buildType).toBe('https://signet.dev/buildtypes/gitlab-ci/v1');
  });

  it('records the parameters a verifier can check, the source at its commit and the job as invocation', () => {
    expect(p.buildDefinition.externalParameters).toEqual({
      source: { repository: 'https://gitlab.com/acme/app', ref: 'refs/heads/main' },
      pipeline: { config: `https://${CONFIG_REF}`, source: 'push' },
      job: { name: 'image' },
    });
    expect(p.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://gitlab.com/acme/app@refs/heads/main', digest: { gitCommit: SHA } },
    ]);
    expect(p.runDetails.metadata.invocationId).toBe('https://gitlab.com/acme/app/-/jobs/8000008');
    expect(p.buildDefinition.internalParameters.gitlab).toEqual({
      pipeline_id: '7000007',
      job_id: '8000008',
      runner_id: '9',
      runner_environment: 'gitlab-hosted',
    });
  });

  it('has the fields SLSA provenance v1 requires, and only its fields at the top', () => {
    // https://slsa.dev/spec/v1.0/provenance: buildType, externalParameters and builder.id are REQUIRED.
    expect(Object.keys(p).sort()).toEqual(['buildDefinition', 'runDetails']);
    expect(Object.keys(p.buildDefinition).sort()).toEqual([
      'buildType',
      'externalParameters',
      'internalParameters',
      'resolvedDependencies',
    ]);
    expect(Object.keys(p.runDetails).sort()).toEqual(['builder', 'metadata']);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});

describe('gitlabProvenanceContext', () => {
  it('prefers the signed ID token claims to the job variables', () => {
    const ctx = gitlabProvenanceContext(
      { ...env, CI_PROJECT_PATH: 'spoofed/by-variable', CI_COMMIT_SHA: 'f'.repeat(40) },
      claims,
    );
    expect(ctx).toMatchObject({
      projectPath: 'acme/app',
      sha: SHA,
      ciConfigRefURI: CONFIG_REF,
      runnerId: '9',
      runnerEnvironment: 'gitlab-hosted',
      jobName: 'image',
      runnerVersion: '18.6.0',
      startedOn: '2026-12-04T10:00:00Z',
    });
  });

  it('builds the config ref from the variables without a token, tags as refs/tags', () => {
    const ctx = gitlabProvenanceContext({ ...env, CI_COMMIT_BRANCH: undefined, CI_COMMIT_TAG: 'v1.2.3' });
    expect(ctx).toMatchObject({
      refPath: 'refs/tags/v1.2.3',
      ciConfigRefURI: 'gitlab.com/acme/app//.gitlab-ci.yml@refs/tags/v1.2.3',
    });
  });

  it('says what is missing instead of guessing', () => {
    expect(gitlabProvenance({ ...env, CI_JOB_ID: undefined })).toEqual({
      missing: 'GitLab provenance needs jobId (from the ID token or CI_* variables)',
    });
    expect(gitlabProvenance({ CI_JOB_ID: '1' })).toEqual({
      missing: 'not a GitLab CI/CD job (GITLAB_CI is not true)',
    });
  });
});
