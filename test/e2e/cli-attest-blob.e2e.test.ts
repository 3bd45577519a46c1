// `signet attest-blob` (the CLI, run from src/) against the test bed's Fulcio, Rekor and TSA, with the
// real gh v2.60.0 as the judge and a loopback stand-in for GitHub's REST API (GitHub cannot run here;
// test/support/github-api-stand-in.ts checks each request as GitHub documents it). Release files given
// by glob are attested in one statement whose bundle lands beside each file (`<file>.sigstore.json`)
// and is stored with GitHub (`--push-to-github true`); gh accepts each file for the repository and
// rejects another; checksums subjects get one attestation each; bad input fails with one line.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { startBed, type Bed } from '../bed/index.ts';
import { GITHUB_REPOSITORY, GITHUB_WORKFLOW_FILE } from '../bed/oidc.ts';
import { signetFromSource } from '../support/cli.ts';
import { ghAttestationVerify, verifiedPredicateTypes, writeGhTrustedRoot } from '../support/gh.ts';
import { startGitHubApiStandIn, type GitHubApiStandIn } from '../support/github-api-stand-in.ts';
import { OCI_MANIFEST_MEDIA_TYPE, RegistryClient, sha256Digest } from '../../src/registry/index.ts';

const SLSA = 'https://slsa.dev/provenance/v1';
const TOKEN = 'ghs_attestBlobStandInToken42';
let bed: Bed;
let api: GitHubApiStandIn;
let work: string;
let trustedRoot: string;

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const signing = () => [
  `--identity-token=${bed.oidc!.githubToken()}`,
  `--fulcio-url=${bed.sigstore!.fulcioURL}`,
  `--rekor-url=${bed.sigstore!.rekorURL}`,
  `--timestamp-server-url=${bed.sigstore!.tsaURL}`,
];
const githubEnv = (token?: string) => ({
  HOME: join(work, 'home'),
  GITHUB_REPOSITORY,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: api.url,
  ...(token ? { GITHUB_TOKEN: token } : {}),
});

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous'], sigstore: true, oidc: true });
  api = await startGitHubApiStandIn(TOKEN);
  work = join(bed.dir, 'attest-blob');
  mkdirSync(join(work, 'dist'), { recursive: true });
  mkdirSync(join(work, 'home'), { recursive: true });
  writeFileSync(
    join(work, 'provenance.json'),
    JSON.stringify({ buildDefinition: { buildType: 'https://example.com/build/v1' } }),
  );
  trustedRoot = writeGhTrustedRoot(join(work, 'gh'), bed.sigstore!.trustedRoot);
  for (const arch of ['amd64', 'arm64'])
    writeFileSync(join(work, 'dist', `app-linux-${arch}.tar.gz`), `release ${arch} ${Math.random()}`);
  writeFileSync(join(work, 'dist', 'NOTES.md'), 'not a subject');
});
afterAll(async () => {
  await api?.stop();
  await bed?.stop();
});
beforeEach(() => void (api.requests.length = 0));

describe('signet attest-blob', () => {
  it('attests files by glob in one statement, writes <file>.sigstore.json beside each, stores it with GitHub, and gh verifies each file', async () => {
    const r = await signetFromSource(
      [
        'attest-blob',
        ...signing(),
        '--predicate',
        'provenance.json',
        '--subject-path',
        'dist/*.tar.gz',
        '--push-to-github',
        'true',
        '--output',
        'json',
      ],
      { cwd: work, env: githubEnv(TOKEN) },
    );
    expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as {
      attestations: {
        subjects: { name: string; digest: string }[];
        bundlePaths: string[];
        githubAttestationId: string;
        githubAttestationURL: string;
      }[];
    };
    expect(out.attestations).toHaveLength(1);
    const a = out.attestations[0]!;
    expect(a.subjects.map((s) => s.name)).toEqual(['app-linux-amd64.tar.gz', 'app-linux-arm64.tar.gz']);
    expect(a.bundlePaths).toEqual(
      ['amd64', 'arm64'].map((x) => join(work, 'dist', `app-linux-${x}.tar.gz.sigstore.json`)),
    );
    expect(existsSync(join(work, 'dist', 'NOTES.md.sigstore.json'))).toBe(false);
    // Stored once, as GitHub documents the request; the id and URL come back.
    expect(api.requests.map((q) => [q.path, q.status, q.violation])).toEqual([
      ['/repos/signet-bed/app/attestations', 201, undefined],
    ]);
    expect((api.requests[0]!.body as { bundle: unknown }).bundle).toEqual(
      JSON.parse(readFileSync(a.bundlePaths[0]!, 'utf8')),
    );
    expect(a.githubAttestationURL).toBe(
      `https://github.com/${GITHUB_REPOSITORY}/attestations/${a.githubAttestationId}`,
    );

    for (const arch of ['amd64', 'arm64']) {
      const file = join(work, 'dist', `app-linux-${arch}.tar.gz`);
      const ok = await ghAttestationVerify(
        [
          file,
          '--bundle',
          `${file}.sigstore.json`,
          '--repo',
          GITHUB_REPOSITORY,
          '--signer-workflow',
          `github.com/${GITHUB_REPOSITORY}/${GITHUB_WORKFLOW_FILE}`,
          '--predicate-type',
          SLSA,
          '--custom-trusted-root',
          trustedRoot,
        ],
        { dir: join(work, 'gh') },
      );
      expect({ code: ok.code, stderr: ok.code === 0 ? '' : ok.stderr }).toEqual({ code: 0, stderr: '' });
      expect(verifiedPredicateTypes(ok)).toEqual([SLSA]);
      expect(ok.verified[0]!.verificationResult!.statement!.subject!.map((s) => s.digest!.sha256)).toContain(
        sha(file),
      );
      const other = await ghAttestationVerify(
        [
          file,
          '--bundle',
          `${file}.sigstore.json`,
          '--repo',
          'evil/app',
          '--custom-trusted-root',
          trustedRoot,
        ],
        { dir: join(work, 'gh') },
      );
      expect(other.code).not.toBe(0);
      expect(other.verified).toEqual([]);
    }
  });

  it('attests each line of a checksums file in an attestation of its own, bundles in --output-dir', async () => {
    const sums = ['11'.repeat(32), '22'.repeat(32)].map((h, i) => `${h}  pkg-${i}.whl`).join('\n') + '\n';
    writeFileSync(join(work, 'SHA256SUMS'), sums);
    const r = await signetFromSource(
      [
        'attest-blob',
        ...signing(),
        '--predicate',
        'provenance.json',
        '--subject-checksums',
        'SHA256SUMS',
        '--attestation-per-subject',
        '--output-dir',
        'bundles',
        '--push-to-github',
        'true',
        '--output',
        'json',
      ],
      { cwd: work, env: githubEnv(TOKEN) },
    );
    expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as {
      attestations: { subjects: { name: string; digest: string }[]; bundlePaths: string[] }[];
    };
    expect(out.attestations.map((a) => a.subjects)).toEqual([
      [{ name: 'pkg-0.whl', digest: `sha256:${'11'.repeat(32)}` }],
      [{ name: 'pkg-1.whl', digest: `sha256:${'22'.repeat(32)}` }],
    ]);
    expect(out.attestations.map((a) => a.bundlePaths)).toEqual([
      [join(work, 'bundles', 'pkg-0.whl.sigstore.json')],
      [join(work, 'bundles', 'pkg-1.whl.sigstore.json')],
    ]);
    expect(api.requests.map((q) => q.status)).toEqual([201, 201]);
  });

  it('with push-to-github auto and no token, writes the bundles and says why nothing went to GitHub', async () => {
    writeFileSync(join(work, 'single.bin'), `single ${Math.random()}`);
    const r = await signetFromSource(
      ['attest-blob', ...signing(), '--predicate', 'provenance.json', 'single.bin'],
      { cwd: work, env: githubEnv() },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(join(work, 'single.bin.sigstore.json'));
    expect(r.stderr).toContain('not stored on GitHub (push-to-github: auto): no GitHub token');
    expect(api.requests).toHaveLength(0);
  });

  it('fails a 403 with the permissions: block and exit code 1', async () => {
    api.queue({ status: 403, body: { message: 'Resource not accessible by integration' } });
    writeFileSync(join(work, 'denied.bin'), `denied ${Math.random()}`);
    const r = await signetFromSource(
      [
        'attest-blob',
        ...signing(),
        '--predicate',
        'provenance.json',
        '--push-to-github',
        'true',
        'denied.bin',
      ],
      {
        cwd: work,
        env: githubEnv(TOKEN),
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('403 Resource not accessible by integration');
    expect(r.stderr).toContain('attestations: write');
    expect(r.stderr).toContain('GITHUB_API_FORBIDDEN');
    expect(r.stderr).not.toContain(TOKEN);
  });

  it.each([
    [['--predicate', 'provenance.json'], /needs subjects/],
    [
      ['--predicate', 'provenance.json', '--subject-path', 'dist/*.exe'],
      /--subject-path dist\/\*\.exe matches no file/,
    ],
    [
      ['--predicate', 'provenance.json', '--subject-digest', 'sha256:abc', '--subject-name', 'x'],
      /--subject-digest: expected sha256:<64 hex>, got "sha256:abc"/,
    ],
    [['--predicate', 'provenance.json', '--subject-name', 'x'], /--subject-name needs --subject-digest/],
    [
      ['--predicate', 'provenance.json', '--push-to-github', 'maybe', 'single.bin'],
      /--push-to-github takes auto, true or false/,
    ],
  ])('refuses bad input %j with exit 2 and one line', async (args, message) => {
    const r = await signetFromSource(['attest-blob', ...signing(), ...args], { cwd: work, env: githubEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('signet attest --push-to-github', () => {
  it("stores an image's attestation once, though both storage formats were written", async () => {
    const host = bed.registries.anonymous!.host;
    const client = new RegistryClient({ retry: { baseDelayMs: 20 } });
    const repo = { registry: host, repository: 'e2e/attest-gh' };
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
    const put = await client.putManifest({ ...repo, digest: sha256Digest(manifest) }, manifest);
    client.close();
    const r = await signetFromSource(
      [
        'attest',
        ...signing(),
        '--type',
        'slsaprovenance1',
        '--predicate',
        'provenance.json',
        '--push-to-github',
        'true',
        `${host}/e2e/attest-gh@${put.digest}`,
      ],
      { cwd: work, env: githubEnv(TOKEN) },
    );
    expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(api.requests.map((q) => [q.path, q.status, q.violation])).toEqual([
      ['/repos/signet-bed/app/attestations', 201, undefined],
    ]);
    const id = (api.requests[0]!.response as { id: number }).id;
    expect(r.stderr).toContain(
      `stored on GitHub: https://github.com/${GITHUB_REPOSITORY}/attestations/${id}`,
    );
  });
});
