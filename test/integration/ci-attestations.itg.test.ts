// The Action's attestations beyond the image, through runCi as the GitHub adapter drives it (inputs
// from the table, the runner's GITHUB_* variables), against the test bed (Distribution registry,
// Fulcio, Rekor, TSA), a loopback stand-in for GitHub's REST API (GitHub cannot run here) and the real
// gh v2.60.0: release files given as `subject-path` are attested and their bundles written beside them;
// an image run stores its signature and provenance (one each, though both storage formats were written)
// with an organization's storage record; the outputs carry the attestation id and URL; gh verifies both.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed } from '../bed/index.ts';
import { GITHUB_JOB_WORKFLOW_REF, GITHUB_REPOSITORY } from '../bed/oidc.ts';
import { processHost, type Host } from '../../src/ci/common/host.ts';
import { INPUTS } from '../../src/ci/common/inputs.ts';
import { githubProvenance } from '../../src/ci/common/provenance-context.ts';
import { runCi, type CiAdapter } from '../../src/ci/common/run-ci.ts';
import { OCI_MANIFEST_MEDIA_TYPE, RegistryClient, sha256Digest } from '../../src/registry/index.ts';
import { ghAttestationVerify, verifiedPredicateTypes, writeGhTrustedRoot } from '../support/gh.ts';
import { startGitHubApiStandIn, type GitHubApiStandIn } from '../support/github-api-stand-in.ts';

const SLSA = 'https://slsa.dev/provenance/v1';
const TOKEN = 'ghs_ciAttestationsStandIn77';
let bed: Bed;
let api: GitHubApiStandIn;
let dir: string;
let trustedRoot: string;

function adapter(
  values: Record<string, string>,
  organization = false,
): { adapter: CiAdapter; notices: string[] } {
  const notices: string[] = [];
  const env = {
    ...process.env,
    HOME: join(dir, 'home'),
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_REPOSITORY,
    GITHUB_WORKFLOW_REF: GITHUB_JOB_WORKFLOW_REF,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '42',
    SIGSTORE_ID_TOKEN: bed.oidc!.githubToken(),
    GITHUB_TOKEN: undefined,
  };
  const host: Host = { ...processHost(), env, cwd: dir };
  const all: Record<string, string> = {
    'fulcio-url': bed.sigstore!.fulcioURL,
    'rekor-url': bed.sigstore!.rekorURL,
    'tsa-url': bed.sigstore!.tsaURL,
    'trusted-root': bed.sigstore!.trustedRootPath,
    'github-token': TOKEN,
    'push-to-github': 'true',
    ...values,
  };
  return {
    notices,
    adapter: {
      name: 'github',
      host,
      // As action.ts: the runner fills defaults; `${{ … }}` defaults are not the runner's here.
      input: (n) => all[n] ?? INPUTS.find((i) => i.name === n)!.default.replace(/^\$\{\{.*\}\}$/, ''),
      log: { info: () => {}, notice: (m) => notices.push(m), warning: (m) => notices.push(m) },
      mask: () => {},
      outputDir: join(dir, 'out'),
      runIdentity: () => ({
        identity: `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`,
        issuer: 'https://token.actions.githubusercontent.com',
      }),
      provenance: (claims) => githubProvenance(env, claims),
      visibility: 'public',
      ownerIsOrganization: organization,
    },
  };
}

const gh = (args: string[]) =>
  ghAttestationVerify([...args, '--custom-trusted-root', trustedRoot], {
    dir: join(dir, 'gh'),
    env: { DOCKER_CONFIG: bed.registries.anonymous!.dockerConfigDir, HOME: join(dir, 'home') },
  });

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous'], sigstore: true, oidc: true });
  api = await startGitHubApiStandIn(TOKEN);
  dir = join(bed.dir, 'ci-attestations');
  mkdirSync(join(dir, 'release'), { recursive: true });
  mkdirSync(join(dir, 'home'), { recursive: true });
  trustedRoot = writeGhTrustedRoot(join(dir, 'gh'), bed.sigstore!.trustedRoot);
});
afterAll(async () => {
  await api?.stop();
  await bed?.stop();
});
beforeEach(() => void (api.requests.length = 0));

describe('runCi with subject-path (files only, no tags)', () => {
  it('attests the files with the run provenance, writes <file>.sigstore.json, stores it and sets the outputs', async () => {
    const file = join(dir, 'release', 'tool-linux-amd64');
    writeFileSync(file, `tool ${Math.random()}`);
    const run = await runCi(adapter({ 'subject-path': 'release/tool-*' }).adapter);
    expect(run.outputs['bundle-path']).toBe(`${file}.sigstore.json`);
    expect(api.requests.map((q) => [q.path, q.violation])).toEqual([
      ['/repos/signet-bed/app/attestations', undefined],
    ]);
    expect(run.outputs['attestation-url']).toBe(
      `https://github.com/${GITHUB_REPOSITORY}/attestations/${run.outputs['attestation-id']}`,
    );
    const r = await gh([
      file,
      '--bundle',
      `${file}.sigstore.json`,
      '--repo',
      GITHUB_REPOSITORY,
      '--predicate-type',
      SLSA,
    ]);
    expect(verifiedPredicateTypes(r)).toEqual([SLSA]);
    const predicate = (
      r.verified[0]!.verificationResult!.statement as {
        predicate?: { runDetails?: { builder?: { id?: string } } };
      }
    ).predicate;
    expect(predicate?.runDetails?.builder?.id).toBe(`https://github.com/${GITHUB_JOB_WORKFLOW_REF}`);
  });

  it('with push-to-github auto and no token, attests and notes why nothing was stored', async () => {
    const file = join(dir, 'release', 'lib.tar.gz');
    writeFileSync(file, `lib ${Math.random()}`);
    const { adapter: a, notices } = adapter({
      'subject-path': 'release/lib.tar.gz',
      'push-to-github': 'auto',
      'github-token': '',
    });
    const run = await runCi(a);
    expect(run.outputs['bundle-path']).toBe(`${file}.sigstore.json`);
    expect(run.outputs['attestation-id']).toBeUndefined();
    expect(notices).toContain(
      'not stored on GitHub (push-to-github: auto): no GitHub token (github-token input or GITHUB_TOKEN)',
    );
    expect(api.requests).toHaveLength(0);
  });

  it('refuses a predicate without predicate-type, naming the inputs', async () => {
    await expect(
      runCi(adapter({ 'subject-path': 'release/lib.tar.gz', predicate: '{}' }).adapter),
    ).rejects.toThrow('predicate needs predicate-type');
  });
});

describe('runCi on an image with push-to-github', () => {
  it('stores the signature and provenance once each, writes the storage record, and gh verifies from the registry', async () => {
    const reg = bed.registries.anonymous!;
    const client = new RegistryClient({ retry: { baseDelayMs: 20 } });
    const repo = { registry: reg.host, repository: 'itg/ci-attest' };
    const cfg = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', n: Math.random() }));
    await client.uploadBlob(repo, cfg);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: sha256Digest(cfg),
          size: cfg.length,
        },
        layers: [],
      }),
    );
    const put = await client.putManifest({ ...repo, tag: 'v1' }, manifest);
    client.close();
    const run = await runCi(
      adapter(
        {
          build: 'none',
          tags: `${reg.host}/itg/ci-attest:v1`,
          digest: put.digest,
          'attest-sbom': 'false',
          verify: 'false',
        },
        true,
      ).adapter,
    );
    const posts = api.requests.filter((q) => q.path.endsWith('/attestations'));
    const types = posts.map((q) => {
      const env = (q.body as { bundle: { dsseEnvelope: { payload: string } } }).bundle.dsseEnvelope;
      return (JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as { predicateType: string })
        .predicateType;
    });
    expect(types.sort()).toEqual([SLSA, 'https://sigstore.dev/cosign/sign/v1'].sort());
    expect(posts.every((q) => q.status === 201 && !q.violation)).toBe(true);
    const records = api.requests.filter(
      (q) => q.path === '/orgs/signet-bed/artifacts/metadata/storage-record',
    );
    expect(records.map((q) => q.body)).toEqual([
      {
        name: `${reg.host}/itg/ci-attest`,
        digest: put.digest,
        registry_url: `https://${reg.host}`,
        repository: 'itg/ci-attest',
      },
    ]);
    // The main attestation is the provenance of the pushed digest.
    const provenancePost = posts[types.indexOf(SLSA)]!;
    expect(run.outputs['attestation-id']).toBe(String((provenancePost.response as { id: number }).id));
    const r = await gh([
      `oci://${reg.host}/itg/ci-attest:v1`,
      '--bundle-from-oci',
      '--repo',
      GITHUB_REPOSITORY,
      '--predicate-type',
      SLSA,
    ]);
    expect(verifiedPredicateTypes(r)).toEqual([SLSA]);
    expect(readFileSync(run.outputs['bundle-path']!, 'utf8')).toContain('dsseEnvelope');
  });
});
