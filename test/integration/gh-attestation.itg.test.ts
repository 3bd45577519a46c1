// The real GitHub CLI (gh v2.60.0) as an independent verifier of Signet's attestations, offline with the
// bed's trusted root (`--custom-trusted-root`): an image's SLSA provenance and CycloneDX SBOM read from
// the registry (`--bundle-from-oci`) or from a bundle file (`--bundle`), and a release file's provenance
// from `<file>.sigstore.json`. gh must accept them for the signing repository, owner and workflow, and
// reject another repository, owner, workflow, ref or file. gh exits 0 when `--predicate-type` matches
// nothing, so every pass is judged on the statements gh printed as verified (test/support/gh.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITHUB_REPOSITORY, GITHUB_WORKFLOW_FILE } from '../bed/oidc.ts';
import {
  ghAttestationVerify,
  verifiedPredicateTypes,
  writeGhTrustedRoot,
  type GhResult,
} from '../support/gh.ts';
import { attestFiles, attestImage, buildProvenance, SLSA_PROVENANCE_V1 } from '../../src/attest/index.ts';
import { signBlob, toBlobDigest } from '../../src/blob/index.ts';
import { createWitnesses } from '../../src/sign/bundler.ts';
import {
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  sha256Digest,
  type ImageRef,
} from '../../src/registry/index.ts';
import { signImage } from '../../src/sign/index.ts';
import { ReusableCertificateSigner } from '../../src/sign/reusable-certificate-signer.ts';

const CYCLONEDX = 'https://cyclonedx.org/bom';
const OWNER = GITHUB_REPOSITORY.split('/')[0]!;
const WORKFLOW = `github.com/${GITHUB_REPOSITORY}/${GITHUB_WORKFLOW_FILE}`;

let bed: Bed;
let reg: BedRegistry;
let client: RegistryClient;
let dir: string;
let trustedRoot: string;
let image: string;
let digestHex: string;
let provenanceBundle: string;
const timings: Record<string, number[]> = {};

const signer = () =>
  new ReusableCertificateSigner({
    fulcioURL: bed.sigstore!.fulcioURL,
    getToken: async () => bed.oidc!.githubToken(),
  });
const witnesses = () => ({ rekorURL: bed.sigstore!.rekorURL, tsaURL: bed.sigstore!.tsaURL });
const predicate = () =>
  buildProvenance({
    serverURL: 'https://github.com',
    repository: GITHUB_REPOSITORY,
    workflowRef: `${GITHUB_REPOSITORY}/${GITHUB_WORKFLOW_FILE}@refs/heads/main`,
    eventName: 'push',
    ref: 'refs/heads/main',
    sha: 'a'.repeat(40),
    runId: '1',
    runAttempt: '1',
  });

async function gh(args: string[]): Promise<GhResult> {
  const t0 = Date.now();
  const r = await ghAttestationVerify([...args, '--custom-trusted-root', trustedRoot], {
    dir,
    env: { DOCKER_CONFIG: reg.dockerConfigDir, HOME: join(dir, 'home') },
  });
  (timings[args[0]!.startsWith('oci://') ? 'image' : 'file'] ??= []).push(Date.now() - t0);
  return r;
}

/** A pass: exit 0 and exactly these predicate types verified, each about `hex`. */
function expectVerified(r: GhResult, types: string[], hex: string): void {
  expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
  expect(verifiedPredicateTypes(r)).toEqual([...types].sort());
  for (const v of r.verified) {
    const subjects = v.verificationResult?.statement?.subject ?? [];
    expect(subjects.map((s) => s.digest?.sha256)).toContain(hex);
  }
}

/** A rejection: a non-zero exit and nothing verified. */
function expectRejected(r: GhResult, why: RegExp): void {
  expect(r.code).not.toBe(0);
  expect(r.verified).toEqual([]);
  expect(r.stderr + r.stdout).toMatch(why);
}

beforeAll(async () => {
  bed = await startBed({ registries: ['token'], sigstore: true, oidc: true });
  reg = bed.registries.token!;
  dir = join(bed.dir, 'gh');
  mkdirSync(join(dir, 'home'), { recursive: true });
  trustedRoot = writeGhTrustedRoot(dir, bed.sigstore!.trustedRoot);
  client = new RegistryClient({
    credentials: { explicit: [{ registry: reg.host, username: reg.username!, password: reg.password! }] },
    retry: { baseDelayMs: 20 },
  });
  // One image, signed (a cosign/sign/v1 statement referrer) and attested: provenance and an SBOM.
  const repo: ImageRef = { registry: reg.host, repository: 'itg/gh' };
  const cfg = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', note: String(Math.random()) }),
  );
  const layer = Buffer.from(`layer ${Math.random()}`);
  await client.uploadBlob(repo, cfg);
  await client.uploadBlob(repo, layer);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256Digest(cfg),
        size: cfg.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: sha256Digest(layer),
          size: layer.length,
        },
      ],
    }),
  );
  const put = await client.putManifest({ ...repo, tag: 'v1' }, manifest);
  digestHex = put.digest.slice('sha256:'.length);
  image = `oci://${reg.host}/itg/gh:v1`;
  const deps = { registry: client, signer: signer(), witnesses: witnesses() };
  await signImage({ image: { ...repo, digest: put.digest }, format: 'bundle' }, deps);
  const prov = await attestImage(
    {
      image: { ...repo, digest: put.digest },
      predicateType: SLSA_PROVENANCE_V1,
      predicate: predicate(),
      format: 'both',
    },
    deps,
  );
  await attestImage(
    {
      image: { ...repo, digest: put.digest },
      predicateType: CYCLONEDX,
      predicate: { bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [] },
      format: 'bundle',
    },
    deps,
  );
  const bundle = prov.attestations.find((a) => a.format === 'bundle')!.bundle;
  provenanceBundle = join(dir, 'provenance.sigstore.json');
  writeFileSync(provenanceBundle, JSON.stringify(bundle));
});
afterAll(async () => {
  client?.close();
  await bed?.stop();
  console.log(`gh attestation verify timings (ms): ${JSON.stringify(timings)}`);
});

describe('gh attestation verify on an image Signet attested', () => {
  it('accepts the provenance read from the registry (--bundle-from-oci) for the repository', async () => {
    const r = await gh([
      image,
      '--bundle-from-oci',
      '--repo',
      GITHUB_REPOSITORY,
      '--predicate-type',
      SLSA_PROVENANCE_V1,
    ]);
    expectVerified(r, [SLSA_PROVENANCE_V1], digestHex);
    const cert = r.verified[0]!.verificationResult!.signature!.certificate!;
    expect(cert.sourceRepositoryURI).toBe(`https://github.com/${GITHUB_REPOSITORY}`);
  });

  it('accepts the SBOM attestation (--predicate-type cyclonedx) for the owner', async () => {
    const r = await gh([image, '--bundle-from-oci', '--owner', OWNER, '--predicate-type', CYCLONEDX]);
    expectVerified(r, [CYCLONEDX], digestHex);
  });

  it('verifies every bundle referrer without --predicate-type: signature, provenance and SBOM', async () => {
    const r = await gh([image, '--bundle-from-oci', '--repo', GITHUB_REPOSITORY]);
    expectVerified(r, ['https://sigstore.dev/cosign/sign/v1', SLSA_PROVENANCE_V1, CYCLONEDX], digestHex);
  });

  it('accepts the provenance from a bundle file (--bundle) with the signer workflow', async () => {
    const r = await gh([
      image,
      '--bundle',
      provenanceBundle,
      '--repo',
      GITHUB_REPOSITORY,
      '--signer-workflow',
      WORKFLOW,
    ]);
    expectVerified(r, [SLSA_PROVENANCE_V1], digestHex);
  });

  it('rejects another repository and another owner', async () => {
    expectRejected(
      await gh([image, '--bundle-from-oci', '--repo', 'evil/app', '--predicate-type', SLSA_PROVENANCE_V1]),
      /verif/i,
    );
    expectRejected(await gh([image, '--bundle', provenanceBundle, '--owner', 'evil']), /verif/i);
  });

  it('rejects another signer workflow and another ref of the same workflow', async () => {
    const other = `github.com/${GITHUB_REPOSITORY}/.github/workflows/other.yml`;
    expectRejected(
      await gh([
        image,
        '--bundle',
        provenanceBundle,
        '--repo',
        GITHUB_REPOSITORY,
        '--signer-workflow',
        other,
      ]),
      /verif/i,
    );
    expectRejected(
      await gh([
        image,
        '--bundle',
        provenanceBundle,
        '--repo',
        GITHUB_REPOSITORY,
        '--signer-workflow',
        `${WORKFLOW}@refs/heads/evil`,
      ]),
      /verif/i,
    );
    expectVerified(
      await gh([
        image,
        '--bundle',
        provenanceBundle,
        '--repo',
        GITHUB_REPOSITORY,
        '--signer-workflow',
        `${WORKFLOW}@refs/heads/main`,
      ]),
      [SLSA_PROVENANCE_V1],
      digestHex,
    );
  });

  it('passes with nothing verified when --predicate-type matches no attestation (the trap: exit 0)', async () => {
    const r = await gh([
      image,
      '--bundle-from-oci',
      '--repo',
      GITHUB_REPOSITORY,
      '--predicate-type',
      'https://example.com/none/v1',
    ]);
    // Measured gh behaviour: the exit code alone would call this a pass.
    expect(r.code).toBe(0);
    expect(r.verified).toEqual([]);
  });
});

describe('gh attestation verify on files Signet attested', () => {
  let fileA: string;
  let fileB: string;

  beforeAll(async () => {
    fileA = join(dir, 'app-linux-amd64');
    fileB = join(dir, 'app-linux-arm64');
    writeFileSync(fileA, `binary amd64 ${Math.random()}`);
    writeFileSync(fileB, `binary arm64 ${Math.random()}`);
    const { readFileSync } = await import('node:fs');
    const subjects = [fileA, fileB].map((f) => ({
      name: f.split('/').pop()!,
      digest: toBlobDigest(readFileSync(f)),
    }));
    const one = await attestFiles(
      { subjects, predicateType: SLSA_PROVENANCE_V1, predicate: predicate() },
      { signer: signer(), witnesses: witnesses() },
    );
    expect(one.attestations).toHaveLength(1);
    // The bundle beside each file it names.
    for (const f of [fileA, fileB])
      writeFileSync(`${f}.sigstore.json`, JSON.stringify(one.attestations[0]!.bundleJSON));
  });

  it('accepts each file with its <file>.sigstore.json for the repository and the signer workflow', async () => {
    const { readFileSync } = await import('node:fs');
    for (const f of [fileA, fileB]) {
      const hex = toBlobDigest(readFileSync(f)).slice('sha256:'.length);
      const r = await gh([
        f,
        '--bundle',
        `${f}.sigstore.json`,
        '--repo',
        GITHUB_REPOSITORY,
        '--signer-workflow',
        WORKFLOW,
        '--predicate-type',
        SLSA_PROVENANCE_V1,
      ]);
      expectVerified(r, [SLSA_PROVENANCE_V1], hex);
      expect(r.verified[0]!.verificationResult!.statement!.subject!.map((s) => s.name).sort()).toEqual([
        'app-linux-amd64',
        'app-linux-arm64',
      ]);
    }
  });

  it('rejects a file the attestation does not name, and another repository', async () => {
    const other = join(dir, 'other-file');
    writeFileSync(other, 'not attested');
    expectRejected(
      await gh([other, '--bundle', `${fileA}.sigstore.json`, '--repo', GITHUB_REPOSITORY]),
      /verif/i,
    );
    expectRejected(
      await gh([fileA, '--bundle', `${fileA}.sigstore.json`, '--repo', 'evil/app']),
      /verif|expected/i,
    );
  });

  it('shows no statement for a plain message signature (sign-blob): not an attestation', async () => {
    const { readFileSync } = await import('node:fs');
    const signed = await signBlob(readFileSync(fileA), {
      signer: signer(),
      witnesses: createWitnesses({ rekorURL: bed.sigstore!.rekorURL }, 'hashedrekord'),
    });
    const path = join(dir, 'blob.sigstore.json');
    writeFileSync(path, JSON.stringify(signed.bundleJSON));
    const r = await gh([fileA, '--bundle', path, '--repo', GITHUB_REPOSITORY]);
    // Measured gh v2.60.0 behaviour with --format json: it passes a message signature, whose verified
    // entry has no statement; an exit code alone would take a blob signature for an attestation.
    expect(r.code).toBe(0);
    expect(r.verified).toHaveLength(1);
    expect(verifiedPredicateTypes(r)).toEqual(['(none)']);
  });
});
