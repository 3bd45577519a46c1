// `signet run` verifies what it attested: the pipeline (runPipeline, as the CLI, the Action and the
// component run it) against the bed's real Distribution registry reads back every SBOM and provenance
// attestation it wrote, in both formats, with the verify policy, as the syft + cosign chain's
// `cosign verify-attestation` does; the real cosign v3.1.3 is the judge that both agree with. A run
// whose attestations cannot be verified fails (VERIFY_FAILED) and generates no admission objects. The
// one stand-in is a fault-injecting signer: it signs image signatures with the trusted key and DSSE
// envelopes (the attestations) with another key. A missing tool fails the suite (`npm run tools`).
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SLSA_PROVENANCE_V1 } from '../../src/attest/index.ts';
import { runPipeline, type PipelineInput } from '../../src/pipeline/run-pipeline.ts';
import { RegistryClient, formatReference, type Digest, type ImageRef } from '../../src/registry/index.ts';
import { KeySigner } from '../../src/sign/key-signer.ts';
import type { Signer } from '../../src/sign/signer.ts';
import { buildVerifyPolicy } from '../../src/verify/index.ts';
import { registryOf, startBed, type Bed } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { run } from '../support/run.ts';
import { pushImage as pushTestImage } from '../support/push-image.ts';
import { pushedBy } from '../support/build-input.ts';

const CYCLONEDX = 'https://cyclonedx.org/bom';
const SBOM = Buffer.from(
  JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components: [] }),
);

describe('signet run verifies its attestations (real registry, cosign as the judge)', () => {
  let bed: Bed;
  let dir: string;
  let client: RegistryClient;
  let repo: ImageRef;
  let env: Record<string, string>;
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  let pubPath: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'signet-pipeline-att-itg-'));
    bed = await startBed({ registries: ['anonymous'] });
    const home = join(dir, 'home');
    mkdirSync(home);
    env = { HOME: home, DOCKER_CONFIG: registryOf(bed, 'anonymous').dockerConfigDir };
    client = new RegistryClient({ retry: { baseDelayMs: 20 } });
    repo = { registry: registryOf(bed, 'anonymous').host, repository: 'bed/pipeline-att' };
    pubPath = join(dir, 'cosign.pub');
    writeFileSync(pubPath, key.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  }, 120_000);

  afterAll(async () => {
    client?.close();
    await bed?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function pushImage(text: string): Promise<Digest> {
    return (await pushTestImage(client, repo, text, { tag: text })).digest;
  }

  const pipelineFor = (digest: Digest): PipelineInput => ({
    build: pushedBy(repo, digest, dir),
    sign: { format: 'both' },
    sbom: {
      sources: ['file'],
      file: { name: 'sbom.cdx.json', bytes: SBOM },
      tool: { name: 'signet', version: 'itg' },
    },
    provenance: { predicateType: SLSA_PROVENANCE_V1, predicate: { buildDefinition: {}, runDetails: {} } },
    verify: {
      policy: buildVerifyPolicy({ publicKey: key.publicKey, insecureIgnoreTlog: true }),
      formats: 'both',
    },
    admission: {
      input: {
        name: 'app',
        signatureFormat: 'legacy',
        build: { kind: 'key', publicKey: key.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
        noTlog: true,
      },
      targets: ['kyverno'],
    },
  });

  const depsWith = (signer: Signer) => ({
    build: {
      exec: () => Promise.reject(new Error('build: none runs no builder')),
      readFile: () => Promise.reject(new Error('build: none reads no files')),
      registry: client,
      env: {},
    },
    registry: client,
    signing: { signer, witnesses: {} },
    now: () => new Date(),
  });

  /** The chain's check: cosign verify-attestation of one predicate type in one format. */
  const cosignVerifyAttestation = (digest: Digest, type: string, legacy: boolean) =>
    run(
      [
        toolPath('cosign'),
        'verify-attestation',
        '--allow-http-registry',
        `--key=${pubPath}`,
        '--insecure-ignore-tlog=true',
        ...(legacy ? ['--new-bundle-format=false'] : []),
        '--type',
        type,
        formatReference({ ...repo, digest }),
      ],
      { env },
    );

  it('verifies the SBOM and the provenance in both formats, and cosign verify-attestation agrees', async () => {
    const digest = await pushImage('good');
    const r = await runPipeline(pipelineFor(digest), depsWith(new KeySigner(key.privateKey)));
    expect(r.verify?.verified).toBe(true);
    expect(
      r.attestationsVerify
        .map(
          (v) =>
            `${v.predicateType} ${v.digest} ${v.attestations
              .map((a) => a.format)
              .sort()
              .join('+')}`,
        )
        .sort(),
    ).toEqual([`${CYCLONEDX} ${digest} bundle+legacy`, `${SLSA_PROVENANCE_V1} ${digest} bundle+legacy`]);
    expect(r.admission?.objects.length).toBeGreaterThan(0);
    for (const type of [CYCLONEDX, SLSA_PROVENANCE_V1]) {
      for (const legacy of [true, false]) {
        const c = await cosignVerifyAttestation(digest, type, legacy);
        expect({ type, legacy, code: c.code, stderr: c.code === 0 ? '' : c.stderr }).toEqual({
          type,
          legacy,
          code: 0,
          stderr: '',
        });
      }
    }
  }, 120_000);

  it('fails closed when its attestations do not verify: VERIFY_FAILED, no admission objects, and cosign refuses them too', async () => {
    const digest = await pushImage('bad');
    const good = new KeySigner(key.privateKey);
    const bad = new KeySigner(otherKey.privateKey);
    // Fault injection (a stand-in signer): the trusted key for signatures, another key for DSSE.
    const split: Signer = {
      sign: (data) => (data.subarray(0, 7).toString() === 'DSSEv1 ' ? bad.sign(data) : good.sign(data)),
    };
    const stages: string[] = [];
    await expect(
      runPipeline(pipelineFor(digest), { ...depsWith(split), onStage: (s) => stages.push(s) }),
    ).rejects.toMatchObject({
      code: 'VERIFY_FAILED',
      message: expect.stringContaining(
        `${SLSA_PROVENANCE_V1} of ${repo.registry}/${repo.repository}@${digest} (legacy and bundle`,
      ),
    });
    expect(stages).not.toContain('admission');
    for (const legacy of [true, false]) {
      const c = await cosignVerifyAttestation(digest, SLSA_PROVENANCE_V1, legacy);
      expect(c.code).not.toBe(0);
    }
  }, 120_000);
});
