// runPipeline's own rules, with the stages' real code against the in-process registry stand-in, a local
// key signer and a recording fake of the cluster (stand-ins: a unit test; the same pipeline against the
// real Distribution registry and cosign runs in test/e2e): stage order, stop at the first failure,
// nothing generated or applied after a failed verification, and `apply` refused without `verify`; every
// attestation written (SBOM, provenance) is read back and verified in each format, failing closed.
import { generateKeyPairSync } from 'node:crypto';
import { startRegistryStub, type RegistryStub } from '../../support/registry-stub.ts';
import {
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  sha256Digest,
  type Digest,
  type ImageRef,
} from '../../../src/registry/index.ts';
import { SLSA_VSA_V1, verifyAttestations } from '../../../src/attest/index.ts';
import { KeySigner } from '../../../src/sign/key-signer.ts';
import type { Signer } from '../../../src/sign/signer.ts';
import { SLSA_PROVENANCE_V1 } from '../../../src/attest/index.ts';
import { buildVerifyPolicy } from '../../../src/verify/policy.ts';
import type { BuildInput } from '../../../src/build/index.ts';
import type { KubeApi } from '../../../src/cluster/kube-client.ts';
import type { KubeObject } from '../../../src/cluster/types.ts';
import {
  PipelineError,
  runPipeline,
  type PipelineDeps,
  type PipelineInput,
  type PipelineStage,
} from '../../../src/pipeline/run-pipeline.ts';
import { pushedBy } from '../../support/build-input.ts';

const newKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });

let stub: RegistryStub;
let client: RegistryClient;
let repo: ImageRef;
let digest: Digest;
let mirror: ImageRef;

beforeAll(async () => {
  stub = await startRegistryStub();
  client = new RegistryClient({ retry: { baseDelayMs: 1, maxAttempts: 2 } });
  const [registry, port] = stub.host.split(':');
  repo = { registry: `${registry}:${port}`, repository: 'pipeline/app' };
  const cfg = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux' }));
  const layer = Buffer.from('hello');
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
  digest = (await client.putManifest({ ...repo, tag: 'v1' }, manifest)).digest;
  // The same image in a second repository (`tags: a/app:1, b/app:1`).
  mirror = { ...repo, repository: 'pipeline/mirror' };
  await client.uploadBlob(mirror, cfg);
  await client.uploadBlob(mirror, layer);
  await client.putManifest({ ...mirror, tag: 'v1' }, manifest);
});

afterAll(async () => {
  client.close();
  await stub.stop();
});

/** A cluster that records every call and stores nothing (what reached it is the assertion). */
function recordingKube(): KubeApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    read: async (o: KubeObject) => {
      calls.push(`read ${o.kind}/${o.metadata.name}`);
      return undefined;
    },
    apply: async (o: KubeObject) => {
      calls.push(`apply ${o.kind}/${o.metadata.name}`);
      return o;
    },
    list: async (_v: string, kind: string) => {
      calls.push(`list ${kind}`);
      return [];
    },
    delete: async (o: KubeObject) => {
      calls.push(`delete ${o.kind}/${o.metadata.name}`);
    },
  };
}

/** The image another step pushed (`build: none`): no builder process runs. */
function buildNone(): BuildInput {
  return pushedBy({ ...repo, tag: 'v1' }, digest, '/nonexistent/signet-pipeline-test');
}

function deps(signingKey: ReturnType<typeof newKey>, kube?: KubeApi) {
  const stages: PipelineStage[] = [];
  const d: PipelineDeps = {
    build: {
      exec: async () => {
        throw new Error('no process may run for build: none');
      },
      readFile: async () => {
        throw new Error('no file is read for build: none');
      },
      registry: client,
      env: {},
    },
    registry: client,
    signing: { signer: new KeySigner(signingKey.privateKey), witnesses: {} },
    ...(kube ? { kube } : {}),
    now: () => new Date('2026-12-05T00:00:00Z'),
    onStage: (stage) => stages.push(stage),
  };
  return { deps: d, stages };
}

function input(
  verifyKey: ReturnType<typeof newKey> | undefined,
  signingKey: ReturnType<typeof newKey>,
  opts: { apply?: boolean } = {},
): PipelineInput {
  return {
    build: buildNone(),
    sign: { format: 'both' },
    ...(verifyKey
      ? {
          verify: {
            policy: buildVerifyPolicy({ publicKey: verifyKey.publicKey, insecureIgnoreTlog: true }),
            formats: 'both' as const,
          },
        }
      : {}),
    admission: {
      input: {
        name: 'app',
        signatureFormat: 'legacy',
        build: {
          kind: 'key',
          publicKey: signingKey.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        },
        noTlog: true,
      },
      targets: ['policy-controller', 'kyverno'],
      ...(opts.apply ? { apply: { dryRun: false } } : {}),
    },
  };
}

describe('runPipeline', () => {
  it('runs the stages in order, verifies what it signed, then generates and applies the admission objects', async () => {
    const key = newKey();
    const kube = recordingKube();
    const { deps: d, stages } = deps(key, kube);
    const r = await runPipeline(input(key, key, { apply: true }), d);
    expect(stages).toEqual(['build', 'sign', 'verify', 'admission']);
    expect(r.build.digest).toBe(digest);
    expect(r.sign?.signatures.map((s) => s.format).sort()).toEqual(['bundle', 'legacy']);
    expect(r.verify?.verified).toBe(true);
    expect(r.admission?.objects.length).toBeGreaterThan(0);
    expect(kube.calls.filter((c) => c.startsWith('apply '))).toHaveLength(r.admission!.objects.length);
  });

  it('stops at a failed verification: nothing is generated and nothing reaches the cluster', async () => {
    const signingKey = newKey();
    const kube = recordingKube();
    const { deps: d, stages } = deps(signingKey, kube);
    // The policy expects another key: the signatures just written are read back and rejected. The
    // pipeline returns the failed verification (the adapters fail the job on it) and goes no further.
    const r = await runPipeline(input(newKey(), signingKey, { apply: true }), d);
    expect(r.verify?.verified).toBe(false);
    expect(r.verify?.rejected.length).toBeGreaterThan(0);
    expect(r.admission).toBeUndefined();
    expect(r.applied).toBeUndefined();
    expect(stages).toEqual(['build', 'sign', 'verify']);
    expect(kube.calls).toEqual([]);
  });

  it('stops at the first failing stage: a signer that fails leaves verify and admission unrun', async () => {
    const key = newKey();
    const kube = recordingKube();
    const { deps: d, stages } = deps(key, kube);
    d.signing = {
      signer: {
        sign: async () => {
          throw new Error('fulcio: 503 service unavailable');
        },
      },
      witnesses: {},
    };
    await expect(runPipeline(input(key, key, { apply: true }), d)).rejects.toThrow(/503/);
    expect(stages).toEqual(['build', 'sign']);
    expect(kube.calls).toEqual([]);
  });

  it('refuses to apply without the read-back verification, and sends nothing to the cluster', async () => {
    const key = newKey();
    const kube = recordingKube();
    const { deps: d } = deps(key, kube);
    await expect(runPipeline(input(undefined, key, { apply: true }), d)).rejects.toThrow(
      new PipelineError(
        'PIPELINE_INVALID_INPUT',
        'applying admission objects needs the read-back verification: ask for verify too',
      ),
    );
    expect(kube.calls).toEqual([]);
  });

  it('generates admission objects without verify when nothing is applied (they go to files for review)', async () => {
    const key = newKey();
    const { deps: d, stages } = deps(key);
    const r = await runPipeline(input(undefined, key), d);
    expect(stages).toEqual(['build', 'sign', 'admission']);
    expect(r.admission?.objects.length).toBeGreaterThan(0);
    expect(r.applied).toBeUndefined();
  });

  it('refuses signing stages without a signer before anything runs', async () => {
    const key = newKey();
    const { deps: d, stages } = deps(key);
    delete d.signing;
    await expect(runPipeline(input(key, key), d)).rejects.toMatchObject({
      code: 'PIPELINE_INVALID_INPUT',
      message: 'signing, attesting or a VSA needs a signer',
    });
    expect(stages).toEqual([]);
  });

  describe('verifies what it attested', () => {
    const sbomFile = {
      name: 'sbom.cdx.json',
      bytes: Buffer.from(
        JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components: [] }),
      ),
    };
    const attesting = (key: ReturnType<typeof newKey>, opts: { apply?: boolean } = {}): PipelineInput => ({
      ...input(key, key, opts),
      sbom: { sources: ['file'], file: sbomFile, tool: { name: 'signet', version: 'test' } },
      provenance: { predicateType: SLSA_PROVENANCE_V1, predicate: { buildDefinition: {}, runDetails: {} } },
    });

    it('reads back every SBOM and provenance attestation in both formats after the signatures, before admission', async () => {
      const key = newKey();
      const kube = recordingKube();
      const { deps: d, stages } = deps(key, kube);
      const r = await runPipeline(attesting(key, { apply: true }), d);
      expect(stages).toEqual(['build', 'sign', 'sbom', 'provenance', 'verify', 'verify', 'admission']);
      expect(r.verify?.verified).toBe(true);
      expect(
        r.attestationsVerify.map((v) => ({
          digest: v.digest,
          predicateType: v.predicateType,
          formats: [...new Set(v.attestations.map((a) => a.format))].sort(),
          verified: v.verified,
        })),
      ).toEqual(
        expect.arrayContaining([
          {
            digest,
            predicateType: 'https://cyclonedx.org/bom',
            formats: ['bundle', 'legacy'],
            verified: true,
          },
          { digest, predicateType: SLSA_PROVENANCE_V1, formats: ['bundle', 'legacy'], verified: true },
        ]),
      );
      expect(r.attestationsVerify).toHaveLength(2);
      expect(kube.calls.filter((c) => c.startsWith('apply '))).toHaveLength(r.admission!.objects.length);
    });

    it('fails closed when an attestation just written does not verify: no admission objects, nothing applied', async () => {
      const key = newKey();
      const other = newKey();
      const kube = recordingKube();
      const { deps: d, stages } = deps(key, kube);
      // Fault injection: signatures are signed with the key the policy trusts, DSSE envelopes (every
      // attestation) with another key; the image signatures verify, the attestations cannot.
      const good = new KeySigner(key.privateKey);
      const bad = new KeySigner(other.privateKey);
      const split: Signer = {
        sign: (data) => (data.subarray(0, 7).toString() === 'DSSEv1 ' ? bad.sign(data) : good.sign(data)),
      };
      d.signing = { signer: split, witnesses: {} };
      await expect(runPipeline(attesting(key, { apply: true }), d)).rejects.toMatchObject({
        code: 'VERIFY_FAILED',
        message: expect.stringMatching(
          /^the attestations just written do not verify: .*https:\/\/cyclonedx\.org\/bom of .*@sha256:[0-9a-f]{64} \(legacy and bundle: VERIFY_/,
        ),
      });
      expect(stages).toEqual(['build', 'sign', 'sbom', 'provenance', 'verify', 'verify']);
      expect(kube.calls).toEqual([]);
    });

    it.each([
      [false, ['build', 'sign', 'sbom', 'provenance', 'verify', 'verify']],
      [true, ['build', 'sign', 'sbom', 'provenance', 'verify', 'verify', 'vsa']],
    ])(
      'with a VSA (vsa-on-failure %s): no PASSED summary of attestations that do not verify, and the run fails',
      async (onFailure, expected) => {
        const key = newKey();
        const good = new KeySigner(key.privateKey);
        const bad = new KeySigner(newKey().privateKey);
        const { deps: d, stages } = deps(key);
        d.signing = {
          signer: {
            sign: (data) => (data.subarray(0, 7).toString() === 'DSSEv1 ' ? bad.sign(data) : good.sign(data)),
          },
          witnesses: {},
        };
        const run = { ...attesting(key), vsa: { verifierId: 'https://ci.example/run', onFailure } };
        delete run.admission;
        const vsaTags: string[] = [];
        const onStage = d.onStage!;
        d.onStage = (stage, what) => {
          if (stage === 'vsa') vsaTags.push(what);
          onStage(stage, what);
        };
        await expect(runPipeline(run, d)).rejects.toMatchObject({ code: 'VERIFY_FAILED' });
        expect(stages).toEqual(expected);
        expect(vsaTags).toEqual(onFailure ? [expect.stringMatching(/^FAILED /)] : []);
      },
    );
  });

  describe('with two repositories in tags', () => {
    const twoRepos = (key: ReturnType<typeof newKey>): PipelineInput => {
      const i = input(key, key);
      return {
        ...i,
        build: {
          ...buildNone(),
          tags: [
            { ...repo, tag: 'v1' },
            { ...mirror, tag: 'v1' },
          ],
        },
        vsa: { verifierId: 'https://ci.example/verifier' },
      };
    };

    it('signs, verifies and summarises (VSA) each repository, each summary naming its own resource', async () => {
      const key = newKey();
      const { deps: d, stages } = deps(key);
      const r = await runPipeline(twoRepos(key), d);
      expect(r.images.map((i) => i.repository)).toEqual(['pipeline/app', 'pipeline/mirror']);
      expect(stages.filter((s) => s === 'vsa')).toHaveLength(2);
      const where = new Set(r.vsa!.attestations.map((a) => a.location.repository));
      expect([...where].sort()).toEqual(['pipeline/app', 'pipeline/mirror']);
      // Read back from the mirror: a VSA whose statement names the mirror's resourceUri.
      const policy = buildVerifyPolicy({ publicKey: key.publicKey, insecureIgnoreTlog: true });
      const back = await verifyAttestations(
        { image: { ...mirror, digest }, predicateType: SLSA_VSA_V1, policy },
        { registry: client },
      );
      expect(back.verified).toBe(true);
      expect(
        back.attestations.map((a) => (a.statement.predicate as { resourceUri: string }).resourceUri),
      ).toContain(`oci://${mirror.registry}/${mirror.repository}@${digest}`);
    });

    it('generates admission objects governing both repositories, not only the first', async () => {
      const key = newKey();
      const { deps: d } = deps(key);
      const r = await runPipeline(twoRepos(key), d);
      expect(r.admission!.input.repositories.map((x) => x.repository)).toEqual([
        'pipeline/app',
        'pipeline/mirror',
      ]);
      const cip = r.admission!.objects.find((o) => o.kind === 'ClusterImagePolicy') as unknown as {
        spec: { images: { glob: string }[] };
      };
      expect(cip.spec.images.map((g) => g.glob)).toEqual(
        expect.arrayContaining([
          expect.stringContaining(`${mirror.registry}/pipeline/mirror`),
          expect.stringContaining(`${repo.registry}/pipeline/app`),
        ]),
      );
    });
  });
});
