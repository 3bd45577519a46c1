import { Readable } from 'node:stream';
import { RegistryClient, type RegistryClientOptions } from '../../../src/registry/client.ts';
import {
  OCI_EMPTY_MEDIA_TYPE,
  OCI_INDEX_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
} from '../../../src/registry/constants.ts';
import { sha256Digest } from '../../../src/registry/digest.ts';
import { parseReference, type ImageRef } from '../../../src/registry/name.ts';
import { startRegistryStub, type RegistryStub, type StubOptions } from '../../support/registry-stub.ts';

const USER = 'stub-user';
const PASS = 'stub-pass-not-secret';

async function collect(s: Readable): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of s) out.push(c as Buffer);
  return Buffer.concat(out);
}

function image(
  config: { digest: string; size: number },
  layer: { digest: string; size: number },
  extra: Record<string, unknown> = {},
) {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: config.digest, size: config.size },
      layers: [{ mediaType: 'text/plain', digest: layer.digest, size: layer.size }],
      ...extra,
    }),
  );
}

describe('RegistryClient (against the in-process stand-in)', () => {
  let stub: RegistryStub;
  let slept: number[];
  const clients: RegistryClient[] = [];
  const start = async (opts: StubOptions = {}) => {
    stub = await startRegistryStub({ username: USER, password: PASS, ...opts });
    return stub;
  };
  const client = (opts: RegistryClientOptions = {}, withCreds = true) => {
    slept = [];
    const c = new RegistryClient(
      {
        credentials: withCreds ? { explicit: [{ registry: stub.host, username: USER, password: PASS }] } : {},
        referrersSettleMs: 1,
        ...opts,
      },
      { sleep: async (ms) => void slept.push(ms), random: () => 0.5 },
    );
    clients.push(c);
    return c;
  };
  const repo = (name = 'acme/app'): ImageRef => parseReference(`${stub.host}/${name}`);
  const pushImage = async (c: RegistryClient, r: ImageRef, tag = 'v1', text = 'hello') => {
    const cfg = await c.uploadBlob(r, Buffer.from('{}'));
    const layer = await c.uploadBlob(r, Buffer.from(text));
    return await c.putManifest({ ...r, tag }, image(cfg, layer));
  };
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await stub?.stop();
  });

  describe('round trips', () => {
    it('pushes and pulls an image by tag and by digest, with bearer auth and one token', async () => {
      await start({ auth: 'bearer' });
      const c = client();
      const put = await pushImage(c, repo());
      const byTag = await c.getManifest({ ...repo(), tag: 'v1' });
      const byDigest = await c.getManifest({ ...repo(), digest: put.digest });
      expect(byTag.digest).toBe(put.digest);
      expect(byDigest.bytes).toEqual(byTag.bytes);
      expect(await c.headManifest({ ...repo(), tag: 'v1' })).toEqual({
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        digest: put.digest,
        size: put.size,
      });
      expect(await c.headManifest({ ...repo(), tag: 'nope' })).toBeUndefined();
      expect(stub.tokenRequests).toBe(1);
      expect(c.counters.tokenRequests).toBe(1);
      expect(c.counters.connections).toBe(1);
    });

    it('sends Basic only after the registry asks for it', async () => {
      await start({ auth: 'basic' });
      const c = client();
      await pushImage(c, repo());
      expect(stub.requests[0]?.authorization).toBeUndefined();
      expect(stub.requests.slice(1).every((r) => r.authorization?.startsWith('Basic '))).toBe(true);
    });

    it('uploads streams in chunks and verifies downloads as they stream', async () => {
      await start();
      const c = client({ chunkSize: 1000 });
      const data = Buffer.alloc(4500, 7);
      let opened = 0;
      const res = await c.uploadBlob(
        repo(),
        () => (opened++, Readable.from([data.subarray(0, 1234), data.subarray(1234)])),
      );
      expect(res).toMatchObject({ digest: sha256Digest(data), size: 4500, how: 'uploaded' });
      expect(opened).toBe(1);
      expect(
        stub.requests.filter((r) => r.method === 'PATCH').map((r) => r.headers['content-range']),
      ).toEqual(['0-999', '1000-1999', '2000-2999', '3000-3999', '4000-4499']);
      expect(await collect(await c.fetchBlob(repo(), sha256Digest(data), { size: 4500 }))).toEqual(data);
      expect(await c.blobExists(repo(), sha256Digest(data))).toBe(true);
      expect(await c.uploadBlob(repo(), data)).toMatchObject({ how: 'existed' });
    });

    it('mounts a blob from another repository instead of uploading it', async () => {
      await start();
      const c = client();
      const blob = await c.uploadBlob(repo('a/src'), Buffer.from('shared'));
      const res = await c.uploadBlob(repo('a/dst'), Buffer.from('shared'), { mountFrom: repo('a/src') });
      expect(res.how).toBe('mounted');
      expect(await c.mountBlob(repo('a/other'), blob.digest, repo('a/nowhere'))).toBe(false);
      expect(stub.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    });

    it('lists tags across pages and deletes by digest only', async () => {
      await start({ tagsPageSize: 2 });
      const c = client();
      const put = await pushImage(c, repo(), 't1');
      for (const t of ['t2', 't3', 't4', 't5'])
        await c.putManifest({ ...repo(), tag: t }, stub.manifests.get(`acme/app@${put.digest}`)!.bytes);
      expect((await c.listTags(repo())).sort()).toEqual(['t1', 't2', 't3', 't4', 't5']);
      await expect(c.deleteManifest({ ...repo(), tag: 't1' })).rejects.toMatchObject({
        code: 'REGISTRY_INVALID_REFERENCE',
      });
      await c.deleteManifest({ ...repo(), digest: put.digest });
      await expect(c.getManifest({ ...repo(), tag: 't1' })).rejects.toMatchObject({
        code: 'REGISTRY_NOT_FOUND',
        status: 404,
      });
    });

    it('pushes an index and reads it back', async () => {
      await start();
      const c = client();
      const put = await pushImage(c, repo());
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX_MEDIA_TYPE,
          manifests: [
            {
              mediaType: OCI_MANIFEST_MEDIA_TYPE,
              digest: put.digest,
              size: put.size,
              platform: { architecture: 'amd64', os: 'linux' },
            },
          ],
        }),
      );
      const ip = await c.putManifest({ ...repo(), tag: 'multi' }, index);
      expect(await c.getManifest({ ...repo(), tag: 'multi' })).toMatchObject({
        mediaType: OCI_INDEX_MEDIA_TYPE,
        digest: ip.digest,
      });
    });
  });

  describe('referrers', () => {
    const referrer = (
      subject: { digest: string; size: number },
      cfg: { digest: string; size: number },
      type: string,
    ) =>
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST_MEDIA_TYPE,
          artifactType: type,
          config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: cfg.digest, size: 2 },
          layers: [{ mediaType: OCI_EMPTY_MEDIA_TYPE, digest: cfg.digest, size: 2 }],
          subject: { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: subject.digest, size: subject.size },
        }),
      );

    it('uses the referrers API when the registry has it, and writes no fallback tag', async () => {
      await start({ referrersApi: true });
      const c = client();
      const put = await pushImage(c, repo());
      const cfg = await c.uploadBlob(repo(), Buffer.from('{}'));
      const r = await c.pushReferrer(repo(), referrer(put, cfg, 'application/a'));
      await c.pushReferrer(repo(), referrer(put, cfg, 'application/b'));
      expect(r.source).toBe('api');
      expect([...stub.tags.keys()].some((k) => k.includes('sha256-'))).toBe(false);
      const list = await c.listReferrers(
        { ...repo(), digest: put.digest },
        { artifactType: 'application/a' },
      );
      expect(list).toEqual({
        source: 'api',
        referrers: [expect.objectContaining({ artifactType: 'application/a' })],
      });
    });

    it('falls back to the sha256-<hex> tag when the API is missing', async () => {
      await start();
      const c = client();
      const put = await pushImage(c, repo());
      const cfg = await c.uploadBlob(repo(), Buffer.from('{}'));
      const a = await c.pushReferrer(repo(), referrer(put, cfg, 'application/a'));
      await c.pushReferrer(repo(), referrer(put, cfg, 'application/b'));
      expect(a).toMatchObject({ source: 'fallback', rounds: 1 });
      const all = await c.listReferrers({ ...repo(), digest: put.digest });
      expect(all.source).toBe('fallback');
      expect(all.referrers.map((d) => d.artifactType).sort()).toEqual(['application/a', 'application/b']);
      expect(
        (await c.listReferrers({ ...repo(), digest: put.digest }, { artifactType: 'application/b' }))
          .referrers,
      ).toHaveLength(1);
      // Adding the same referrer again changes nothing.
      expect(
        await c.addReferrer(
          { ...repo(), digest: put.digest },
          a.digest
            ? { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: a.digest, size: a.size }
            : (undefined as never),
        ),
      ).toEqual({ source: 'fallback', rounds: 0 });
    });

    it('sends If-Match with the ETag and merges again after 412', async () => {
      await start({ conditionalPuts: true });
      const c = client();
      const put = await pushImage(c, repo());
      const cfg = await c.uploadBlob(repo(), Buffer.from('{}'));
      await c.pushReferrer(repo(), referrer(put, cfg, 'application/first'));
      // Another writer slips in between our read and our conditional PUT, once.
      const other = client();
      const racer = referrer(put, cfg, 'application/racer');
      stub.manifests.set(`acme/app@${sha256Digest(racer)}`, {
        bytes: racer,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
      });
      let raced = false;
      stub.intercept = async (req) => {
        if (!raced && req.method === 'PUT' && req.url?.includes('/manifests/sha256-')) {
          raced = true;
          await other.addReferrer(
            { ...repo(), digest: put.digest },
            {
              mediaType: OCI_MANIFEST_MEDIA_TYPE,
              digest: sha256Digest(racer),
              size: racer.length,
              artifactType: 'application/racer',
            },
          );
        }
        return false;
      };
      const mine = referrer(put, cfg, 'application/mine');
      const before = stub.requests.length;
      await c.pushReferrer(repo(), mine);
      const puts = stub.requests
        .slice(before)
        .filter((r) => r.method === 'PUT' && r.path.includes('/manifests/sha256-'));
      expect(puts.every((r) => typeof r.headers['if-match'] === 'string')).toBe(true);
      expect(raced).toBe(true);
      const types = (await c.listReferrers({ ...repo(), digest: put.digest })).referrers
        .map((d) => d.artifactType)
        .sort();
      expect(types).toEqual(['application/first', 'application/mine', 'application/racer']);
    });

    it('refuses a fallback tag that holds something other than an index', async () => {
      await start();
      const c = client();
      const put = await pushImage(c, repo());
      await c.putManifest(
        { ...repo(), tag: put.digest.replace(':', '-') },
        stub.manifests.get(`acme/app@${put.digest}`)!.bytes,
      );
      await expect(c.listReferrers({ ...repo(), digest: put.digest })).rejects.toMatchObject({
        code: 'REGISTRY_INVALID_MANIFEST',
      });
    });

    it('needs a digest for the subject', async () => {
      await start();
      await expect(client().listReferrers({ ...repo(), tag: 'v1' })).rejects.toThrow(
        /expected a reference with @sha256/,
      );
    });
  });
});
