// signImage against the in-process registry stand-in, with local key signers and fake ones: result
// shape, tag → digest, indexes, cosign's duplicate rule, fail-closed signing and the race-safe `.sig`
// update (conditional PUTs, overwritten writes). The same behaviours against the real Distribution
// registry and the real cosign are in test/integration/sign-*.itg.test.ts.
import { generateKeyPairSync } from 'node:crypto';
import { startRegistryStub, type RegistryStub, type StubOptions } from '../../support/registry-stub.ts';
import {
  OCI_INDEX_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  SettleBatch,
  sha256Digest,
  type Digest,
  type ImageRef,
} from '../../../src/registry/index.ts';
import {
  signImage,
  SignError,
  type Clock,
  type SignInput,
  type SignResult,
} from '../../../src/sign/index.ts';
import { KeySigner } from '../../../src/sign/key-signer.ts';
import { buildLegacyImage } from '../../../src/storage/legacy-image.ts';
import { parseSimpleSigningPayload } from '../../../src/sign/simple-signing.ts';
import type { Signer } from '../../../src/sign/signer.ts';
import { verifyWithKey } from '../../../src/sign/keys/index.ts';
import { isBundleSignatureBy } from '../../../src/sign/duplicates.ts';
import { pushImage as pushTestImage } from '../../support/push-image.ts';

const newKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });

function fakeClock(): Clock & { t: number } {
  const c = {
    t: 1_700_000_000_000,
    now: () => c.t,
    sleep: async (ms: number) => {
      c.t += ms;
    },
    random: () => 0,
  };
  return c;
}

/** A signer that counts its calls and can be told to fail. */
function countingSigner(inner: Signer, fail = false): Signer & { calls: number } {
  const s = {
    calls: 0,
    async sign(data: Buffer) {
      s.calls++;
      if (fail) throw new Error('fulcio: 503 service unavailable');
      return inner.sign(data);
    },
  };
  return s;
}

let stub: RegistryStub;
let client: RegistryClient;
const clients: RegistryClient[] = [];
const newClient = () => {
  const c = new RegistryClient({ retry: { baseDelayMs: 1, maxAttempts: 3 } });
  clients.push(c);
  return c;
};

async function start(opts: StubOptions = {}) {
  stub = await startRegistryStub(opts);
  client = newClient();
}
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await stub?.stop();
});

const repoRef = (name = 'app'): ImageRef => ({ registry: stub.host, repository: name });

const pushImage = (repo: ImageRef, text: string, tag?: string) =>
  pushTestImage(client, repo, text, tag ? { tag } : {});

const sigTag = (digest: Digest) => `${digest.replace(':', '-')}.sig`;

async function sigLayers(repo: ImageRef, digest: Digest) {
  const m = await client.getManifest({ ...repo, tag: sigTag(digest) });
  const manifest = JSON.parse(m.bytes.toString()) as {
    layers: { digest: Digest; size: number; annotations: Record<string, string> }[];
  };
  return Promise.all(
    manifest.layers.map(async (l) => ({
      annotations: l.annotations,
      payload: await client.fetchBlobBytes(repo, l.digest),
    })),
  );
}

async function bundleReferrers(repo: ImageRef, digest: Digest) {
  return (await client.listReferrers({ ...repo, digest })).referrers;
}

const writes = () => stub.requests.filter((r) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(r.method));

function sign(
  input: Partial<SignInput> & { image: ImageRef },
  signer: Signer,
  extra: { client?: RegistryClient } = {},
) {
  return signImage(input, {
    registry: extra.client ?? client,
    signer,
    witnesses: {},
    clock: fakeClock(),
    settle: { settleMs: 1 },
  });
}

describe('signImage', () => {
  describe('given a tag', () => {
    it('resolves it once, signs the digest in both formats and says where each signature went', async () => {
      await start();
      const repo = repoRef();
      const img = await pushImage(repo, 'one', 'v1');
      const key = newKey();
      const res: SignResult = await sign({ image: { ...repo, tag: 'v1' } }, new KeySigner(key.privateKey));

      expect(res.digest).toBe(img.digest);
      expect(res.image).toEqual({ ...repo, digest: img.digest });
      expect(res.signatures).toHaveLength(2);
      expect(res.signatures[0]).toEqual({
        subject: { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: img.digest, size: img.size },
        format: 'legacy',
        location: { ...repo, tag: sigTag(img.digest) },
        unchanged: false,
        // The Sigstore bundle this run made, for a local copy (the Action's bundle-path output).
        bundle: expect.objectContaining({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }),
      });
      const bundle = res.signatures[1]!;
      expect(bundle).toMatchObject({ format: 'bundle', unchanged: false, referrers: 'fallback' });
      expect(bundle.location.digest).toMatch(/^sha256:/);
      expect(bundle.logIndex).toBeUndefined();
      expect(res.warnings).toEqual([
        expect.stringContaining('names a tag: signed sha256:'),
        expect.stringContaining('--insecure-ignore-tlog=true'),
      ]);
      // The manifests the tag was resolved with: one HEAD of the tag, never again.
      expect(
        stub.requests.filter((r) => r.method !== 'PUT' && r.path.endsWith('/manifests/v1')),
      ).toHaveLength(1);

      const [layer] = await sigLayers(repo, img.digest);
      const payload = parseSimpleSigningPayload(layer!.payload);
      expect(payload).toMatchObject({ dockerReference: `${stub.host}/app`, digest: img.digest });
      const pub = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
      const sig = Buffer.from(layer!.annotations['dev.cosignproject.cosign/signature']!, 'base64');
      expect(verifyWithKey(pub, layer!.payload, sig)).toBe(true);

      const referrers = await bundleReferrers(repo, img.digest);
      expect(referrers.map((d) => d.digest)).toEqual([bundle.location.digest]);
      const rm = JSON.parse(
        (await client.getManifest({ ...repo, digest: bundle.location.digest! })).bytes.toString(),
      );
      expect(rm.subject).toEqual({ mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: img.digest, size: img.size });
      const bundleJSON = JSON.parse((await client.fetchBlobBytes(repo, rm.layers[0].digest)).toString());
      expect(isBundleSignatureBy(bundleJSON, img.digest, pub)).toBe(true);
    });

    it('fails with SIGN_IMAGE_NOT_FOUND and writes nothing when the tag does not exist', async () => {
      await start();
      const err = await sign(
        { image: { ...repoRef(), tag: 'missing' } },
        new KeySigner(newKey().privateKey),
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SignError);
      expect((err as SignError).code).toBe('SIGN_IMAGE_NOT_FOUND');
      expect(writes()).toHaveLength(0);
    });
  });

  describe('given an index', () => {
    async function pushIndex(repo: ImageRef) {
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
      return { index: put.digest, a: a.digest, b: b.digest };
    }

    it('signs the index and every platform manifest by default', async () => {
      await start();
      const repo = repoRef();
      const d = await pushIndex(repo);
      const res = await sign(
        { image: { ...repo, digest: d.index }, format: 'legacy' },
        new KeySigner(newKey().privateKey),
      );
      expect(res.signatures.map((s) => [s.subject.digest, s.subject.platform?.architecture])).toEqual([
        [d.index, undefined],
        [d.a, 'amd64'],
        [d.b, 'arm64'],
      ]);
      for (const digest of [d.index, d.a, d.b]) expect(await sigLayers(repo, digest)).toHaveLength(1);
      expect(res.warnings.some((w) => w.includes('names a tag'))).toBe(false);
    });

    it('signs only the index with recursive: false', async () => {
      await start();
      const repo = repoRef();
      const d = await pushIndex(repo);
      const res = await sign(
        { image: { ...repo, digest: d.index }, format: 'bundle', recursive: false },
        new KeySigner(newKey().privateKey),
      );
      expect(res.signatures.map((s) => s.subject.digest)).toEqual([d.index]);
      expect(await bundleReferrers(repo, d.a)).toHaveLength(0);
    });
  });

  describe("cosign's duplicate rule", () => {
    it('adds nothing when the same key signs the same digest again, in either format', async () => {
      await start();
      const repo = repoRef();
      const img = await pushImage(repo, 'dup', 'v1');
      const signer = new KeySigner(newKey().privateKey);
      await sign({ image: { ...repo, digest: img.digest } }, signer);
      const before = writes().length;
      const again = await sign({ image: { ...repo, digest: img.digest } }, signer);
      expect(again.signatures.map((s) => [s.format, s.unchanged])).toEqual([
        ['legacy', true],
        ['bundle', true],
      ]);
      expect(writes().length).toBe(before);
      expect(await sigLayers(repo, img.digest)).toHaveLength(1);
      expect(await bundleReferrers(repo, img.digest)).toHaveLength(1);
    });

    it('appends when another key signs, keeping the first signature', async () => {
      await start();
      const repo = repoRef();
      const img = await pushImage(repo, 'two keys', 'v1');
      await sign({ image: { ...repo, digest: img.digest } }, new KeySigner(newKey().privateKey));
      const res = await sign({ image: { ...repo, digest: img.digest } }, new KeySigner(newKey().privateKey));
      expect(res.signatures.every((s) => !s.unchanged)).toBe(true);
      expect(await sigLayers(repo, img.digest)).toHaveLength(2);
      expect(await bundleReferrers(repo, img.digest)).toHaveLength(2);
    });

    it('appends when the same key signs other annotations (another payload), in both formats', async () => {
      await start();
      const repo = repoRef();
      const img = await pushImage(repo, 'annotated', 'v1');
      const signer = new KeySigner(newKey().privateKey);
      await sign({ image: { ...repo, digest: img.digest } }, signer);
      const res = await sign({ image: { ...repo, digest: img.digest }, annotations: { run: '42' } }, signer);
      expect(res.signatures.map((s) => s.unchanged)).toEqual([false, false]);
      const layers = await sigLayers(repo, img.digest);
      expect(layers.map((l) => parseSimpleSigningPayload(l.payload).optional)).toEqual([null, { run: '42' }]);
      // cosign v3 puts -a annotations on the statement's subject.
      const bundle = res.signatures[1]!;
      const rm = JSON.parse((await client.getManifest(bundle.location)).bytes.toString());
      const json = JSON.parse((await client.fetchBlobBytes(repo, rm.layers[0].digest)).toString());
      const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString());
      expect(statement.subject).toEqual([
        { digest: { sha256: img.digest.slice(7) }, annotations: { run: '42' } },
      ]);
      expect(await bundleReferrers(repo, img.digest)).toHaveLength(2);
      const again = await sign(
        { image: { ...repo, digest: img.digest }, annotations: { run: '42' } },
        signer,
      );
      expect(again.signatures.map((s) => s.unchanged)).toEqual([true, true]);
    });
  });

  describe('failing closed', () => {
    it('writes nothing when the signer fails, and says which image', async () => {
      await start();
      const repo = repoRef();
      const img = await pushImage(repo, 'fail', 'v1');
      const before = writes().length;
      const signer = countingSigner(new KeySigner(newKey().privateKey), true);
      const err = await sign({ image: { ...repo, digest: img.digest } }, signer).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'SIGN_FAILED' });
      expect((err as Error).message).toContain(`signing ${stub.host}/app@${img.digest}: fulcio: 503`);
      expect(writes().length).toBe(before);
    });

    it('refuses keyless signing with neither Rekor nor a TSA before writing anything', async () => {
      await start();
      const repo = repoRef();
      const img = await pushImage(repo, 'keyless', 'v1');
      const before = writes().length;
      const keyless: Signer = {
        async sign(data: Buffer) {
          const s = await new KeySigner(newKey().privateKey).sign(data);
          return { signature: s.signature, key: { $case: 'x509Certificate', certificate: 'unused' } };
        },
      };
      const err = await sign({ image: { ...repo, digest: img.digest } }, keyless).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'SIGN_INVALID_INPUT' });
      expect((err as Error).message).toContain('needs a timestamp authority');
      expect(writes().length).toBe(before);
    });

    it('signs every manifest of an index before writing the first signature', async () => {
      await start();
      const repo = repoRef();
      const a = await pushImage(repo, 'a');
      const b = await pushImage(repo, 'b');
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX_MEDIA_TYPE,
          manifests: [
            { mediaType: OCI_MANIFEST_MEDIA_TYPE, ...a },
            { mediaType: OCI_MANIFEST_MEDIA_TYPE, ...b },
          ],
        }),
      );
      const put = await client.putManifest({ ...repo, digest: sha256Digest(index) }, index);
      const before = writes().length;
      // Fails on the last of the 6 signatures (3 manifests × 2 formats).
      const inner = new KeySigner(newKey().privateKey);
      let n = 0;
      const signer: Signer = {
        async sign(data) {
          if (++n === 6) throw new Error('rekor: 500 internal server error');
          return inner.sign(data);
        },
      };
      await expect(sign({ image: { ...repo, digest: put.digest } }, signer)).rejects.toMatchObject({
        code: 'SIGN_FAILED',
      });
      expect(writes().length).toBe(before);
    });
  });

  describe('with a signature repository', () => {
    it('stores both formats there, keyed by the original digest, naming the original repository', async () => {
      await start();
      const repo = repoRef();
      const sigs = repoRef('signatures');
      const img = await pushImage(repo, 'elsewhere', 'v1');
      const res = await sign(
        { image: { ...repo, digest: img.digest }, signatureRepository: { ...sigs, tag: 'ignored' } },
        new KeySigner(newKey().privateKey),
      );
      expect(res.signatures.map((s) => s.location.repository)).toEqual(['signatures', 'signatures']);
      const [layer] = await sigLayers(sigs, img.digest);
      expect(parseSimpleSigningPayload(layer!.payload).dockerReference).toBe(`${stub.host}/app`);
      expect(await bundleReferrers(sigs, img.digest)).toHaveLength(1);
      expect(stub.tags.has(`app:${sigTag(img.digest)}`)).toBe(false);
      expect([...stub.tags.keys()].filter((k) => k.startsWith('app:'))).toEqual(['app:v1']);
    });
  });

  describe('the .sig update under concurrent writers', () => {
    /** Another writer's `.sig` image: the given layers plus one of its own, stored straight in the stub. */
    function otherWriter(
      repo: string,
      digest: Digest,
      keep: { payload: Buffer; annotations: Record<string, string> }[],
    ) {
      const mine = {
        mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
        payload: Buffer.from(`{"other":"${Math.random()}"}`),
        annotations: { 'dev.cosignproject.cosign/signature': 'b3RoZXI=' },
      };
      const image = buildLegacyImage([
        ...keep.map((k) => ({ mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', ...k })),
        mine,
      ]);
      for (const [d, b] of image.blobs) stub.blobs.set(`${repo}@${d}`, b);
      const md = sha256Digest(image.manifestBytes);
      stub.manifests.set(`${repo}@${md}`, { bytes: image.manifestBytes, mediaType: OCI_MANIFEST_MEDIA_TYPE });
      stub.tags.set(`${repo}:${sigTag(digest)}`, md);
      return mine;
    }

    it('re-reads and merges when a conditional PUT answers 412', async () => {
      await start({ conditionalPuts: true });
      const repo = repoRef();
      const img = await pushImage(repo, 'cas', 'v1');
      await sign(
        { image: { ...repo, digest: img.digest }, format: 'legacy' },
        new KeySigner(newKey().privateKey),
      );
      let raced = false;
      stub.intercept = (req) => {
        if (!raced && req.method === 'PUT' && req.url?.includes('.sig')) {
          raced = true;
          // Someone appended between our read and our write: the stub now holds another ETag.
          const current = stub.tags.get(`app:${sigTag(img.digest)}`)!;
          const bytes = stub.manifests.get(`app@${current}`)!.bytes;
          const first = JSON.parse(bytes.toString()).layers[0];
          otherWriter('app', img.digest, [
            { payload: stub.blobs.get(`app@${first.digest}`)!, annotations: first.annotations },
          ]);
        }
        return false;
      };
      const res = await sign(
        { image: { ...repo, digest: img.digest }, format: 'legacy' },
        new KeySigner(newKey().privateKey),
      );
      expect(res.signatures[0]?.unchanged).toBe(false);
      expect(stub.requests.some((r) => r.method === 'PUT' && r.headers['if-match'])).toBe(true);
      expect(await sigLayers(repo, img.digest)).toHaveLength(3);
    });

    it('merges back its layer when a registry that ignores If-Match let another writer overwrite it', async () => {
      await start({ etags: true });
      const repo = repoRef();
      const img = await pushImage(repo, 'overwrite', 'v1');
      let overwritten = false;
      stub.intercept = (req) => {
        // Right after our first write lands, a slower writer that read the empty tag overwrites it.
        if (
          !overwritten &&
          req.method === 'GET' &&
          req.url?.includes('.sig') &&
          stub.tags.has(`app:${sigTag(img.digest)}`)
        ) {
          overwritten = true;
          otherWriter('app', img.digest, []);
        }
        return false;
      };
      const res = await sign(
        { image: { ...repo, digest: img.digest }, format: 'legacy' },
        new KeySigner(newKey().privateKey),
      );
      expect(overwritten).toBe(true);
      expect(res.signatures[0]?.unchanged).toBe(false);
      const layers = await sigLayers(repo, img.digest);
      expect(layers).toHaveLength(2);
    });

    it('retries a 500 on the .sig PUT and ends with the signature stored', async () => {
      await start({ etags: true });
      const repo = repoRef();
      const img = await pushImage(repo, 'flaky', 'v1');
      let failed = 0;
      stub.intercept = (req, res) => {
        if (failed < 2 && req.method === 'PUT' && req.url?.includes('.sig')) {
          failed++;
          res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNKNOWN"}]}');
          return true;
        }
        return false;
      };
      const res = await sign(
        { image: { ...repo, digest: img.digest }, format: 'legacy' },
        new KeySigner(newKey().privateKey),
      );
      expect(failed).toBe(2);
      expect(res.signatures[0]?.unchanged).toBe(false);
      expect(await sigLayers(repo, img.digest)).toHaveLength(1);
    });

    it('gives up with the registry error when every write fails', async () => {
      await start({ etags: true });
      const repo = repoRef();
      const img = await pushImage(repo, 'down', 'v1');
      stub.intercept = (req, res) => {
        if (req.method === 'PUT' && req.url?.includes('.sig')) {
          res
            .writeHead(503, { 'content-type': 'application/json' })
            .end('{"errors":[{"code":"UNAVAILABLE"}]}');
          return true;
        }
        return false;
      };
      await expect(
        signImage(
          { image: { ...repo, digest: img.digest }, format: 'legacy' },
          {
            registry: client,
            signer: new KeySigner(newKey().privateKey),
            witnesses: {},
            clock: fakeClock(),
            settle: { settleMs: 1, maxRounds: 3 },
          },
        ),
      ).rejects.toMatchObject({ name: 'RegistryError', code: 'REGISTRY_UNAVAILABLE' });
    });

    it('skips the settle wait and the read-back where the registry honours If-Match', async () => {
      await start({ conditionalPuts: true });
      const repo = repoRef();
      const img = await pushImage(repo, 'exact', 'v1');
      await sign(
        { image: { ...repo, digest: img.digest }, format: 'legacy' },
        new KeySigner(newKey().privateKey),
      );
      // The tag exists now (with an ETag): the next write is conditional, and the registry honours it.
      const clock = fakeClock();
      const started = clock.t;
      stub.requests.length = 0;
      const res = await signImage(
        { image: { ...repo, digest: img.digest }, format: 'legacy' },
        { registry: client, signer: new KeySigner(newKey().privateKey), witnesses: {}, clock },
      );
      expect(res.signatures[0]?.unchanged).toBe(false);
      expect(clock.t).toBe(started);
      const sigPuts = stub.requests.filter((r) => r.method === 'PUT' && r.path.includes('.sig'));
      // The probe (an ETag no manifest has, refused with 412), then the conditional write.
      expect(sigPuts.map((r) => r.headers['if-match'])).toEqual([
        expect.stringContaining('signet-probe-'),
        expect.stringMatching(/^"sha256:/),
      ]);
      const lastPut = stub.requests.lastIndexOf(sigPuts[1]!);
      expect(stub.requests.slice(lastPut + 1).some((r) => r.path.includes('.sig'))).toBe(false);
      expect(await sigLayers(repo, img.digest)).toHaveLength(2);
    });

    it('on a registry that ignores If-Match, writes once (the probe is the write) and reads back after one wait', async () => {
      await start({ etags: true });
      const repo = repoRef();
      const img = await pushImage(repo, 'ignored', 'v1');
      await sign(
        { image: { ...repo, digest: img.digest }, format: 'legacy' },
        new KeySigner(newKey().privateKey),
      );
      const clock = fakeClock();
      const sleeps: number[] = [];
      const counted = { ...clock, sleep: async (ms: number) => void sleeps.push(ms) };
      stub.requests.length = 0;
      await signImage(
        { image: { ...repo, digest: img.digest }, format: 'legacy' },
        { registry: client, signer: new KeySigner(newKey().privateKey), witnesses: {}, clock: counted },
      );
      expect(stub.requests.filter((r) => r.method === 'PUT' && r.path.includes('.sig'))).toHaveLength(1);
      expect(sleeps).toHaveLength(1);
      expect(await sigLayers(repo, img.digest)).toHaveLength(2);
    });

    it('defers its read-backs to the run batch it is given: no wait until the run settles', async () => {
      await start();
      const repo = repoRef();
      const img = await pushImage(repo, 'batched', 'v1');
      const sleeps: number[] = [];
      const clock = { ...fakeClock(), sleep: async (ms: number) => void sleeps.push(ms) };
      const batch = new SettleBatch(clock);
      const signers = [newKey(), newKey()].map((k) => new KeySigner(k.privateKey));
      for (const signer of signers) {
        await signImage(
          { image: { ...repo, digest: img.digest } },
          { registry: client, signer, witnesses: {}, clock, settle: { batch } },
        );
      }
      expect(sleeps).toEqual([]);
      await batch.settle();
      expect(sleeps).toHaveLength(1);
      expect(await sigLayers(repo, img.digest)).toHaveLength(2);
      expect(await bundleReferrers(repo, img.digest)).toHaveLength(2);
    });

    it('keeps all 8 signatures of 8 concurrent signers with separate clients', async () => {
      await start();
      const repo = repoRef();
      const img = await pushImage(repo, 'eight', 'v1');
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          signImage(
            { image: { ...repo, digest: img.digest } },
            {
              registry: newClient(),
              signer: new KeySigner(newKey().privateKey),
              witnesses: {},
              settle: { settleMs: 20 },
            },
          ),
        ),
      );
      expect(results.every((r) => r.signatures.every((s) => !s.unchanged))).toBe(true);
      expect(await sigLayers(repo, img.digest)).toHaveLength(8);
      expect(await bundleReferrers(repo, img.digest)).toHaveLength(8);
    });
  });
});
