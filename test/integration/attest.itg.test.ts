// attestImage and verifyAttestations against the test bed: the real Distribution 2.8 registry (token
// flavour), the bed's Fulcio, Rekor and TSA, and the real cosign v3.1.3 as the judge. A multi-platform
// index is attested keyless in both formats; cosign verify-attestation accepts every platform
// manifest's attestation in each format, and verifyAttestations reads them back with the identity
// policy of `verify`.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run } from '../support/run.ts';
import {
  attestImage,
  buildProvenance,
  verifyAttestations,
  SLSA_PROVENANCE_V1,
} from '../../src/attest/index.ts';
import {
  OCI_INDEX_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  formatReference,
  type ImageRef,
} from '../../src/registry/index.ts';
import { ReusableCertificateSigner } from '../../src/sign/reusable-certificate-signer.ts';
import { buildVerifyPolicy, parseTrustedRoot } from '../../src/verify/index.ts';
import { pushImage } from '../support/push-image.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
let bed: Bed;
let dir: string;
let client: RegistryClient;

beforeAll(async () => {
  bed = await startBed({ registries: ['token'], sigstore: true, oidc: true });
  dir = mkdtempSync(join(tmpdir(), 'signet-attest-'));
  mkdirSync(join(dir, 'home'));
  const reg = bed.registries.token!;
  client = new RegistryClient({
    credentials: { explicit: [{ registry: reg.host, username: reg.username!, password: reg.password! }] },
    retry: { baseDelayMs: 20 },
  });
});
afterAll(async () => {
  client?.close();
  await bed?.stop();
});

const pushManifest = (repo: ImageRef, text: string) => pushImage(client, repo, text);

function cosignVerifyAttestation(reg: BedRegistry, image: string, legacy: boolean) {
  const home = join(dir, 'home');
  return run(
    [
      toolPath('cosign'),
      'verify-attestation',
      '--allow-http-registry',
      ...(legacy ? ['--new-bundle-format=false'] : []),
      '--type',
      'slsaprovenance1',
      `--trusted-root=${bed.sigstore!.trustedRootPath}`,
      `--certificate-identity=${IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      image,
    ],
    { env: { HOME: home, TUF_ROOT: join(home, '.sigstore'), DOCKER_CONFIG: reg.dockerConfigDir } },
  );
}

describe('attestImage on Distribution 2.8 with the bed Sigstore', () => {
  it('attests an index keyless in both formats; cosign and verifyAttestations accept every platform', async () => {
    const reg = bed.registries.token!;
    const repo: ImageRef = { registry: reg.host, repository: 'itg/attest' };
    const a = await pushManifest(repo, `amd64 ${Math.random()}`);
    const b = await pushManifest(repo, `arm64 ${Math.random()}`);
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX_MEDIA_TYPE,
        manifests: [
          { mediaType: OCI_MANIFEST_MEDIA_TYPE, ...a, platform: { architecture: 'amd64', os: 'linux' } },
          { mediaType: OCI_MANIFEST_MEDIA_TYPE, ...b, platform: { architecture: 'arm64', os: 'linux' } },
        ],
      }),
    );
    const root = await client.putManifest({ ...repo, tag: 'multi' }, index);
    const predicate = buildProvenance({
      serverURL: 'https://github.com',
      repository: 'signet-bed/app',
      workflowRef: GITHUB_JOB_WORKFLOW_REF,
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      runId: '1',
      runAttempt: '1',
    });
    const res = await attestImage(
      { image: { ...repo, tag: 'multi' }, predicateType: SLSA_PROVENANCE_V1, predicate },
      {
        registry: client,
        signer: new ReusableCertificateSigner({
          fulcioURL: bed.sigstore!.fulcioURL,
          getToken: async () => bed.oidc!.githubToken(),
        }),
        witnesses: { rekorURL: bed.sigstore!.rekorURL, tsaURL: bed.sigstore!.tsaURL },
      },
    );
    expect(res.digest).toBe(root.digest);
    expect(res.warnings).toEqual([expect.stringContaining('names a tag')]);
    expect(res.attestations).toHaveLength(6);
    for (const s of res.attestations) expect(s.logIndex).toEqual(expect.any(Number));

    const policy = buildVerifyPolicy({
      trustedRoot: parseTrustedRoot(JSON.parse(readFileSync(bed.sigstore!.trustedRootPath, 'utf8')), 'bed'),
      identity: { certificateIdentity: IDENTITY, certificateOidcIssuer: GITHUB_ISSUER },
    });
    for (const d of [root.digest, a.digest, b.digest]) {
      const image = formatReference({ ...repo, digest: d });
      for (const legacy of [false, true]) {
        const r = await cosignVerifyAttestation(reg, image, legacy);
        expect({ image, legacy, code: r.code, err: r.code === 0 ? '' : r.stderr }).toMatchObject({ code: 0 });
      }
      const v = await verifyAttestations(
        { image: { ...repo, digest: d }, predicateType: SLSA_PROVENANCE_V1, policy },
        { registry: client },
      );
      expect(v.rejected).toEqual([]);
      expect(v.attestations.map((x) => x.format).sort()).toEqual(['bundle', 'legacy']);
      for (const x of v.attestations) {
        expect(x.statement.predicate).toEqual(predicate);
        expect(x.identity?.subjectAlternativeName).toBe(IDENTITY);
        expect(x.tlog?.logIndex).toEqual(expect.any(Number));
      }
    }

    const other = buildVerifyPolicy({
      trustedRoot: parseTrustedRoot(JSON.parse(readFileSync(bed.sigstore!.trustedRootPath, 'utf8')), 'bed'),
      identity: {
        certificateIdentity: 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main',
        certificateOidcIssuer: GITHUB_ISSUER,
      },
    });
    const rejected = await verifyAttestations(
      { image: { ...repo, digest: a.digest }, predicateType: SLSA_PROVENANCE_V1, policy: other },
      { registry: client },
    );
    expect(rejected.verified).toBe(false);
    expect(rejected.rejected.map((r) => r.code)).toEqual([
      'VERIFY_IDENTITY_MISMATCH',
      'VERIFY_IDENTITY_MISMATCH',
    ]);
  });
});
