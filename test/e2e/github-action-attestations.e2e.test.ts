// GitHub artifact attestations end to end: .github/workflows/signet-attest-e2e.yml run by nektos/act on
// the host runner, offline, `uses: ./` on dist/index.js, against the test bed (real Distribution
// registry and Docker engine; Fulcio, Rekor, TSA and GitHub's OIDC token service are the bed's
// stand-ins). The Action builds, signs and attests an image and attests a release file given as
// `subject-path`; a later step of the same job runs the real gh v2.60.0 (`gh attestation verify`) on
// both and on another repository. GitHub's attestations API cannot be reached from act (act fixes
// GITHUB_API_URL to api.github.com): the job has no token, so `push-to-github: auto` says why it stored
// nothing; storing is tested against the REST stand-in in test/integration/ci-attestations.itg.test.ts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITHUB_JOB_WORKFLOW_REF, GITHUB_REPOSITORY } from '../bed/oidc.ts';
import { REPO_ROOT, toolPath } from '../bed/tools.ts';
import { runAct, snapshotRepo } from '../support/act.ts';
import { writeGhTrustedRoot } from '../support/gh.ts';

const WORKFLOW = '.github/workflows/signet-attest-e2e.yml';
const CONTEXT = 'test/fixtures/act/app';
let bed: Bed;
let reg: BedRegistry;
let work: string;
let repo: string;

beforeAll(async () => {
  bed = await startBed({ registries: ['token'], docker: true, sigstore: true, oidc: true });
  reg = bed.registries.token!;
  work = mkdtempSync(join(bed.dir, 'act-attest-'));
  repo = await snapshotRepo(
    REPO_ROOT,
    ['action.yml', 'dist', '.github/workflows', CONTEXT],
    join(work, 'repo'),
  );
});
afterAll(async () => {
  await bed?.stop();
});

describe('the Action under act: an image and a release file, then gh attestation verify', () => {
  it('attests both, writes <file>.sigstore.json, and gh verifies both and rejects another repository', async () => {
    const s = bed.sigstore!;
    const r = await runAct({
      repoDir: repo,
      workflow: WORKFLOW,
      vars: { SIGNET_E2E: 'true' },
      env: {
        GITHUB_REPOSITORY,
        GITHUB_WORKFLOW_REF: GITHUB_JOB_WORKFLOW_REF,
        ...bed.docker!.env,
        DOCKER_CONFIG: reg.dockerConfigDir,
        DOCKER_BUILDKIT: '0',
        ACTIONS_ID_TOKEN_REQUEST_URL: bed.oidc!.requestURL,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: bed.oidc!.requestToken,
        SIGNET_BUILD: 'docker',
        SIGNET_CONTEXT: CONTEXT,
        SIGNET_TAGS: `${reg.host}/e2e/attest:1`,
        SIGNET_FULCIO_URL: s.fulcioURL,
        SIGNET_REKOR_URL: s.rekorURL,
        SIGNET_TRUSTED_ROOT: s.trustedRootPath,
        SIGNET_PUSH_TO_GITHUB: 'auto',
        SIGNET_OUTPUT_DIR: join(work, 'out'),
        SIGNET_GH: toolPath('gh'),
        SIGNET_GH_TRUSTED_ROOT: writeGhTrustedRoot(join(work, 'gh'), s.trustedRoot),
        GH_CONFIG_DIR: join(work, 'gh', 'config'),
        GH_NO_UPDATE_NOTIFIER: '1',
        // gh asks for a login before reading a registry; nothing is sent to GitHub.
        GH_TOKEN: 'gh-placeholder-token-never-sent',
      },
    });
    if (r.jobResult !== 'success') {
      throw new Error(
        `job ${r.jobResult} (act exit ${r.code})\n${r.log.slice(-5000)}\n${r.stderr.slice(-2000)}`,
      );
    }
    expect(r.steps.map((st) => `${st.id}:${st.result}`)).toEqual([
      '0:success',
      'release-file:success',
      'signet:success',
      'gh-verify:success',
    ]);
    const o = r.outputs.signet!;
    expect(o.verified).toBe('true');
    expect(o['attestation-id']).toBe('');
    // bundle-path stays the image signature's; the file's bundle is beside it (gh read it there).
    expect(o['bundle-path']).toMatch(/\/out\/signature-[0-9a-f]{12}\.sigstore\.json$/);
    expect(r.outputs['gh-verify']).toEqual({ 'file-bundle': o['bundle-path'] });
    const notices = r.entries.filter((e) => e.command === 'notice').map((e) => String(e.arg ?? ''));
    expect(notices).toContain(
      'not stored on GitHub (push-to-github: auto): no GitHub token (github-token input or GITHUB_TOKEN)',
    );
    expect(r.log).toContain('gh verified the image and the file');
    expect(JSON.parse(readFileSync(join(work, 'out', 'verify-report.json'), 'utf8'))).toMatchObject({
      verified: true,
    });
  });
});
