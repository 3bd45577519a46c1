// attestImage and verifyAttestations against the in-process registry stand-in with local key signers:
// the statement, the legacy `.att` layer as cosign v3.1.3 writes it, the bundle referrer, indexes,
// fail-closed signing, and reading both formats back through the verify stage's checks. The same
// against the real registry, Sigstore bed and cosign is test/e2e/cli-attest.e2e.test.ts.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { startRegistryStub, type RegistryStub } from '../../support/registry-stub.ts';
import {
  OCI_INDEX_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  sha256Digest,
  type Digest,
  type ImageRef,
} from '../../../src/registry/index.ts';
import { AttestError, attestImage, verifyAttestations, type AttestInput } from '../../../src/attest/index.ts';
import type { Clock } from '../../../src/sign/index.ts';
import { KeySigner } from '../../../src/sign/key-signer.ts';
import type { Signer } from '../../../src/sign/signer.ts';
import { verifyWithKey } from '../../../src/sign/keys/index.ts';
import { toPAE } from '../../../src/sign/duplicates.ts';
import { buildVerifyPolicy } from '../../../src/verify/index.ts';
import { pushImage as pushTestImage } from '../../support/push-image.ts';

const newKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const CYCLONEDX = 'https://cyclonedx.org/bom';
const PREDICATE = { bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ name: 'a', version: '1' }] };

const clock: Clock = { now: () => 1_700_000_000_000, sleep: async () => {}, random: () => 0 };

let stub: RegistryStub;
let client: RegistryClient;
beforeEach(async () => {
  stub = await startRegistryStub();
  client = new RegistryClient({ retry: { baseDelayMs: 1, maxAttempts: 3 } });
});
afterEach(async () => {
  client.close();
  await stub.stop();
});

const repoRef = (): ImageRef => ({ registry: stub.host, repository: 'app' });

const pushImage = (repo: ImageRef, text: string) => pushTestImage(client, repo, text);

const attest = (input: Partial<AttestInput> & { image: ImageRef }, signer: Signer) =>
  attestImage(
    { predicateType: CYCLONEDX, predicate: PREDICATE, ...input },
    { registry: client, signer, witnesses: {}, clock, settle: { settleMs: 1 } },
  );

const keyPolicy = (key: ReturnType<typeof newKey>) =>
  buildVerifyPolicy({ publicKey: key.publicKey, insecureIgnoreTlog: true });

async function attLayers(repo: ImageRef, digest: Digest) {
  const m = await client.getManifest({ ...repo, tag: `${digest.replace(':', '-')}.att` });
  const manifest = JSON.parse(m.bytes.toString()) as {
    layers: { mediaType: string; digest: Digest; annotations: Record<string, string> }[];
  };
  return Promise.all(
    manifest.layers.map(async (l) => ({ ...l, payload: await client.fetchBlobBytes(repo, l.digest) })),
  );
}

describe('attestImage', () => {
  describe('with a key, in both formats', () => {
    it('writes a cosign `.att` layer and a bundle referrer, each a signed statement about the digest', async () => {
      const repo = repoRef();
      const img = await pushImage(repo, 'one');
      const key = newKey();
      const res = await attest({ image: { ...repo, digest: img.digest } }, new KeySigner(key.privateKey));
      expect(res).toMatchObject({ digest: img.digest, predicateType: CYCLONEDX });
      expect(res.attestations.map((a) => a.format)).toEqual(['legacy', 'bundle']);
      expect(res.attestations[0]!.location).toEqual({ ...repo, tag: `${img.digest.replace(':', '-')}.att` });
      expect(res.warnings).toEqual([expect.stringContaining('--insecure-ignore-tlog=true')]);

      const [layer, ...more] = await attLayers(repo, img.digest);
      expect(more).toHaveLength(0);
      expect(layer!.mediaType).toBe('application/vnd.dsse.envelope.v1+json');
      expect(layer!.annotations).toEqual({
        'dev.cosignproject.cosign/signature': '',
        predicateType: CYCLONEDX,
      });
      // The envelope as cosign (Go) serializes it: no keyid when empty.
      const env = JSON.parse(layer!.payload.toString()) as {
        payload: string;
        payloadType: string;
        signatures: { keyid?: string; sig: string }[];
      };
      expect(Object.keys(env)).toEqual(['payload', 'payloadType', 'signatures']);
      expect(env.signatures).toEqual([{ sig: expect.any(String) }]);
      const payload = Buffer.from(env.payload, 'base64');
      const pub = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
      expect(
        verifyWithKey(pub, toPAE(env.payloadType, payload), Buffer.from(env.signatures[0]!.sig, 'base64')),
      ).toBe(true);
      expect(JSON.parse(payload.toString())).toEqual({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: `${stub.host}/app`, digest: { sha256: img.digest.split(':')[1] } }],
        predicateType: CYCLONEDX,
        predicate: PREDICATE,
      });

      const { referrers } = await client.listReferrers({ ...repo, digest: img.digest });
      expect(referrers).toHaveLength(1);
      const rm = JSON.parse(
        (await client.getManifest({ ...repo, digest: referrers[0]!.digest })).bytes.toString(),
      );
      expect(rm).toMatchObject({
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        subject: { digest: img.digest },
        annotations: {
          'dev.sigstore.bundle.content': 'dsse-envelope',
          'dev.sigstore.bundle.predicateType': CYCLONEDX,
        },
      });
    });
  });

  it('attests the index and every platform manifest', async () => {
    const repo = repoRef();
    const a = await pushImage(repo, 'amd64');
    const b = await pushImage(repo, 'arm64');
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
    const put = await client.putManifest({ ...repo, digest: sha256Digest(index) }, index);
    const key = newKey();
    const res = await attest(
      { image: { ...repo, digest: put.digest }, format: 'legacy' },
      new KeySigner(key.privateKey),
    );
    expect(res.attestations.map((s) => [s.subject.digest, s.subject.platform?.architecture])).toEqual([
      [put.digest, undefined],
      [a.digest, 'amd64'],
      [b.digest, 'arm64'],
    ]);
    const v = await verifyAttestations(
      { image: { ...repo, digest: a.digest }, predicateType: CYCLONEDX, policy: keyPolicy(key) },
      { registry: client },
    );
    expect(v.attestations).toHaveLength(1);
  });

  it('appends to a `.att` image holding SBOMs larger than a signature payload (2 MiB predicates)', async () => {
    const repo = repoRef();
    const img = await pushImage(repo, 'big');
    const key = newKey();
    const big = { bomFormat: 'CycloneDX', padding: 'x'.repeat(2 << 20) };
    for (let i = 0; i < 2; i++) {
      await attest(
        { image: { ...repo, digest: img.digest }, format: 'legacy', predicate: big },
        new KeySigner(key.privateKey),
      );
    }
    expect(await attLayers(repo, img.digest)).toHaveLength(2);
    const v = await verifyAttestations(
      { image: { ...repo, digest: img.digest }, predicateType: CYCLONEDX, policy: keyPolicy(key) },
      { registry: client },
    );
    expect(v.attestations.map((a) => a.statement.predicate)).toEqual([big, big]);
  });

  it('writes nothing when signing fails', async () => {
    const repo = repoRef();
    const img = await pushImage(repo, 'x');
    const failing: Signer = {
      sign: async () => {
        throw new Error('fulcio: 503 service unavailable');
      },
    };
    const before = stub.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').length;
    const err = await attest({ image: { ...repo, digest: img.digest } }, failing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AttestError);
    expect((err as AttestError).code).toBe('ATTEST_FAILED');
    expect(stub.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toHaveLength(before);
  });

  it('refuses keyless signing with neither Rekor nor a TSA (ATTEST_INVALID_INPUT)', async () => {
    const repo = repoRef();
    const img = await pushImage(repo, 'y');
    const keyless: Signer = {
      sign: async (data) => ({
        signature: createHash('sha256').update(data).digest(),
        key: {
          $case: 'x509Certificate',
          certificate: '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n',
        },
      }),
    };
    const err = await attest({ image: { ...repo, digest: img.digest } }, keyless).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AttestError);
    expect((err as AttestError).code).toBe('ATTEST_INVALID_INPUT');
  });
});

describe('verifyAttestations', () => {
  it('returns the statements of both formats, only of the asked predicate type', async () => {
    const repo = repoRef();
    const img = await pushImage(repo, 'two');
    const key = newKey();
    const signer = new KeySigner(key.privateKey);
    await attest({ image: { ...repo, digest: img.digest } }, signer);
    await attest(
      {
        image: { ...repo, digest: img.digest },
        predicateType: 'https://spdx.dev/Document',
        predicate: { spdx: 1 },
      },
      signer,
    );
    const v = await verifyAttestations(
      { image: { ...repo, digest: img.digest }, predicateType: CYCLONEDX, policy: keyPolicy(key) },
      { registry: client },
    );
    expect(v.verified).toBe(true);
    expect(v.rejected).toEqual([]);
    expect(v.attestations.map((a) => a.format).sort()).toEqual(['bundle', 'legacy']);
    for (const a of v.attestations)
      expect(a.statement).toMatchObject({ predicateType: CYCLONEDX, predicate: PREDICATE });

    const legacyOnly = await verifyAttestations(
      {
        image: { ...repo, digest: img.digest },
        predicateType: 'https://spdx.dev/Document',
        policy: keyPolicy(key),
        formats: 'legacy',
      },
      { registry: client },
    );
    expect(legacyOnly.attestations.map((a) => [a.format, a.statement.predicate])).toEqual([
      ['legacy', { spdx: 1 }],
    ]);
  });

  it('rejects attestations by another key with VERIFY_SIGNATURE', async () => {
    const repo = repoRef();
    const img = await pushImage(repo, 'three');
    await attest({ image: { ...repo, digest: img.digest } }, new KeySigner(newKey().privateKey));
    const v = await verifyAttestations(
      { image: { ...repo, digest: img.digest }, predicateType: CYCLONEDX, policy: keyPolicy(newKey()) },
      { registry: client },
    );
    expect(v.verified).toBe(false);
    expect(v.rejected.map((r) => [r.format, r.code])).toEqual([
      ['legacy', 'VERIFY_SIGNATURE'],
      ['bundle', 'VERIFY_SIGNATURE'],
    ]);
  });

  it('rejects an attestation copied to another image with VERIFY_SUBJECT_MISMATCH', async () => {
    const repo = repoRef();
    const one = await pushImage(repo, 'four');
    const two = await pushImage(repo, 'five');
    const key = newKey();
    await attest({ image: { ...repo, digest: one.digest }, format: 'legacy' }, new KeySigner(key.privateKey));
    const m = await client.getManifest({ ...repo, tag: `${one.digest.replace(':', '-')}.att` });
    await client.putManifest({ ...repo, tag: `${two.digest.replace(':', '-')}.att` }, m.bytes);
    const v = await verifyAttestations(
      { image: { ...repo, digest: two.digest }, predicateType: CYCLONEDX, policy: keyPolicy(key) },
      { registry: client },
    );
    expect(v.rejected.map((r) => r.code)).toEqual(['VERIFY_SUBJECT_MISMATCH']);
  });

  it('throws ATTEST_NOT_FOUND when nothing of the type is stored', async () => {
    const repo = repoRef();
    const img = await pushImage(repo, 'six');
    const err = await verifyAttestations(
      { image: { ...repo, digest: img.digest }, predicateType: CYCLONEDX, policy: keyPolicy(newKey()) },
      { registry: client },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AttestError);
    expect((err as AttestError).code).toBe('ATTEST_NOT_FOUND');
  });
});
