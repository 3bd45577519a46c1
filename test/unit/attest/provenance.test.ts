// buildProvenance: the SLSA provenance v1 predicate of a GitHub Actions run, shaped as
// actions/attest-build-provenance writes it.
import { buildProvenance, type ProvenanceContext } from '../../../src/attest/index.ts';

const ctx: ProvenanceContext = {
  serverURL: 'https://github.com',
  repository: 'acme/app',
  workflowRef: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  runId: '4242',
  runAttempt: '2',
  repositoryId: '123',
  repositoryOwnerId: '45',
  runnerEnvironment: 'github-hosted',
};

describe('buildProvenance', () => {
  it('records the workflow, the source commit and the run, as actions/attest-build-provenance', () => {
    expect(buildProvenance(ctx)).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/acme/app',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '123',
            repository_owner_id: '45',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/acme/app@refs/heads/main',
            digest: { gitCommit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' },
          },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main' },
        metadata: { invocationId: 'https://github.com/acme/app/actions/runs/4242/attempts/2' },
      },
    });
  });

  it.each([
    [
      'a reusable workflow: the builder is the job workflow',
      { jobWorkflowRef: 'acme/shared/.github/workflows/build.yml@refs/tags/v1' },
      (p: ReturnType<typeof buildProvenance>) =>
        expect(p.runDetails.builder.id).toBe(
          'https://github.com/acme/shared/.github/workflows/build.yml@refs/tags/v1',
        ),
    ],
    [
      'GitHub Enterprise with a trailing slash',
      { serverURL: 'https://ghe.example.com/' },
      (p: ReturnType<typeof buildProvenance>) => {
        expect(p.buildDefinition.externalParameters.workflow.repository).toBe(
          'https://ghe.example.com/acme/app',
        );
        expect(p.runDetails.metadata.invocationId).toBe(
          'https://ghe.example.com/acme/app/actions/runs/4242/attempts/2',
        );
      },
    ],
    [
      'no optional ids: internal parameters hold only the event',
      { repositoryId: undefined, repositoryOwnerId: undefined, runnerEnvironment: undefined },
      (p: ReturnType<typeof buildProvenance>) =>
        expect(p.buildDefinition.internalParameters).toEqual({ github: { event_name: 'push' } }),
    ],
    [
      'a pull request ref',
      { ref: 'refs/pull/7/merge', eventName: 'pull_request' },
      (p: ReturnType<typeof buildProvenance>) =>
        expect(p.buildDefinition.resolvedDependencies[0]!.uri).toBe(
          'git+https://github.com/acme/app@refs/pull/7/merge',
        ),
    ],
  ])('for %s', (_name, change, check) => {
    check(buildProvenance({ ...ctx, ...change }));
  });
});
