import { Readable } from 'node:stream';
import { RegistryClient, type RegistryClientOptions } from '../../../src/registry/client.ts';
import { OCI_EMPTY_MEDIA_TYPE, OCI_MANIFEST_MEDIA_TYPE } from '../../../src/registry/constants.ts';
import { sha256Digest } from '../../../src/registry/digest.ts';
import { describeError } from '../../../src/errors.ts';
import { parseReference, type ImageRef } from '../../../src/registry/name.ts';
import { startRegistryStub, type RegistryStub, type StubOptions } from '../../support/registry-stub.ts';

const USER = 'stub-user';
const PASS = 'stub-pass-not-secret';
const WRONG = 'wrong-pass-not-secret';

const manifestFor = (cfg: { digest: string; size: number }) =>
  Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: cfg.digest, size: cfg.size },
      layers: [],
    }),
  );

describe('RegistryClient failures (against the in-process stand-in)', () => {
  const stubs: RegistryStub[] = [];
  const clients: RegistryClient[] = [];
  let slept: number[] = [];
  const start = async (opts: StubOptions = {}) => {
    const s = await startRegistryStub({ username: USER, password: PASS, ...opts });
    stubs.push(s);
    return s;
  };
  const client = (
    stub: RegistryStub,
    opts: RegistryClientOptions = {},
    creds: { registry: string; username: string; password: string }[] = [
      { registry: stub.host, username: USER, password: PASS },
    ],
  ) => {
    slept = [];
    const c = new RegistryClient(
      { credentials: { explicit: creds }, referrersSettleMs: 1, ...opts },
      { sleep: async (ms) => void slept.push(ms), random: () => 0.5 },
    );
    clients.push(c);
    return c;
  };
  const repo = (stub: RegistryStub): ImageRef => parseReference(`${stub.host}/acme/app`);
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    for (const s of stubs.splice(0)) await s.stop();
  });

  describe('when the registry returns other bytes than the digest names', () => {
    it('throws REGISTRY_DIGEST_MISMATCH for manifests by digest and by tag', async () => {
      const stub = await start();
      const c = client(stub);
      const cfg = await c.uploadBlob(repo(stub), Buffer.from('{}'));
      const put = await c.putManifest({ ...repo(stub), tag: 'v1' }, manifestFor(cfg));
      const lying = await start({
        tamper: (_k, b) => Buffer.from(b.toString().replace('"layers":[]', '"layers":[] ')),
      });
      const lc = client(lying);
      lying.manifests.set(`acme/app@${put.digest}`, stub.manifests.get(`acme/app@${put.digest}`)!);
      lying.tags.set('acme/app:v1', put.digest);
      await expect(lc.getManifest({ ...repo(lying), digest: put.digest })).rejects.toMatchObject({
        code: 'REGISTRY_DIGEST_MISMATCH',
        message: expect.stringContaining(`expected digest ${put.digest}, got sha256:`),
      });
      await expect(lc.getManifest({ ...repo(lying), tag: 'v1' })).rejects.toMatchObject({
        code: 'REGISTRY_DIGEST_MISMATCH',
      });
    });

    it('fails the blob stream at its end and refuses the buffered read', async () => {
      const stub = await start({
        tamper: (k, b) => (k === 'blob' ? Buffer.from(b.toString().toUpperCase()) : b),
      });
      const c = client(stub);
      const blob = await c.uploadBlob(repo(stub), Buffer.from('layer bytes'));
      const stream = await c.fetchBlob(repo(stub), blob.digest);
      await expect(
        (async () => {
          for await (const _ of stream) {
            /* read */
          }
        })(),
      ).rejects.toMatchObject({ code: 'REGISTRY_DIGEST_MISMATCH' });
      await expect(c.fetchBlobBytes(repo(stub), blob.digest)).rejects.toMatchObject({
        code: 'REGISTRY_DIGEST_MISMATCH',
      });
    });
  });

  describe('when the caller gives a wrong digest', () => {
    it('refuses before sending anything', async () => {
      const stub = await start();
      const c = client(stub);
      const wrong = sha256Digest(Buffer.from('other'));
      await expect(c.uploadBlob(repo(stub), Buffer.from('mine'), { digest: wrong })).rejects.toMatchObject({
        code: 'REGISTRY_DIGEST_MISMATCH',
        message: expect.stringContaining('nothing was uploaded'),
      });
      await expect(
        c.putManifest({ ...repo(stub), digest: wrong }, manifestFor({ digest: wrong, size: 5 })),
      ).rejects.toMatchObject({ code: 'REGISTRY_DIGEST_MISMATCH' });
      expect(stub.requests).toEqual([]);
    });

    it('cancels a streamed upload whose content hashes differently', async () => {
      const stub = await start();
      const c = client(stub);
      const wrong = sha256Digest(Buffer.from('other'));
      await expect(
        c.uploadBlob(repo(stub), Readable.from([Buffer.from('mine')]), { digest: wrong }),
      ).rejects.toThrow(/the upload was cancelled/);
      expect(stub.blobs.size).toBe(0);
      expect(stub.requests.at(-1)?.method).toBe('DELETE');
    });
  });

  describe('when credentials are wrong or missing', () => {
    it('throws REGISTRY_UNAUTHORIZED naming the source, never the secret, and writes nothing (basic)', async () => {
      const stub = await start({ auth: 'basic' });
      const c = client(stub, {}, [{ registry: stub.host, username: USER, password: WRONG }]);
      const err = await c.uploadBlob(repo(stub), Buffer.from('x')).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'REGISTRY_UNAUTHORIZED', status: 401 });
      expect(describeError(err)).toContain(`check the username and password for ${stub.host}`);
      expect(describeError(err)).not.toContain(WRONG);
      expect(stub.blobs.size + stub.manifests.size).toBe(0);
    });

    it('throws REGISTRY_UNAUTHORIZED when the token service refuses (bearer)', async () => {
      const stub = await start({ auth: 'bearer' });
      const c = client(stub, {}, [{ registry: stub.host, username: USER, password: WRONG }]);
      const err = await c
        .putManifest(
          { ...repo(stub), tag: 'v1' },
          manifestFor({ digest: sha256Digest(Buffer.from('{}')), size: 2 }),
        )
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'REGISTRY_UNAUTHORIZED' });
      expect((err as Error).message).toContain('refused the credentials from username/password');
      expect(JSON.stringify(err)).not.toContain(WRONG);
      expect(stub.manifests.size).toBe(0);
    });

    it('says no credentials were found and how to add them', async () => {
      const stub = await start({ auth: 'basic' });
      const c = client(stub, {}, []);
      await expect(c.getManifest({ ...repo(stub), tag: 'v1' })).rejects.toThrow(
        `no credentials found for ${stub.host}; log in (docker login ${stub.host})`,
      );
    });

    it('never sends credentials stored for another host', async () => {
      const stub = await start({ auth: 'basic' });
      const otherHost = stub.host.replace('127.0.0.1', 'localhost');
      const c = client(stub, {}, [{ registry: otherHost, username: USER, password: PASS }]);
      await expect(c.headManifest({ ...repo(stub), tag: 'v1' })).rejects.toMatchObject({
        code: 'REGISTRY_UNAUTHORIZED',
      });
      expect(stub.requests.every((r) => r.authorization === undefined)).toBe(true);
    });

    it('does not carry credentials along a redirect to another host', async () => {
      const cdn = await start();
      const stub = await start({ auth: 'basic', blobRedirect: cdn.url });
      const c = client(stub);
      const blob = await c.uploadBlob(repo(stub), Buffer.from('from the cdn'));
      cdn.blobs.set(`acme/app@${blob.digest}`, Buffer.from('from the cdn'));
      expect((await c.fetchBlobBytes(repo(stub), blob.digest)).toString()).toBe('from the cdn');
      expect(cdn.requests).toHaveLength(1);
      expect(cdn.requests[0]?.authorization).toBeUndefined();
    });

    it('refuses a plain-http token realm on a non-loopback host', async () => {
      const stub = await start();
      stub.intercept = (_req, res) => {
        res
          .writeHead(401, {
            'www-authenticate': 'Bearer realm="http://auth.example.com/token",service="x"',
            'content-length': '0',
          })
          .end();
        return true;
      };
      await expect(client(stub).getManifest({ ...repo(stub), tag: 'v1' })).rejects.toMatchObject({
        code: 'REGISTRY_INSECURE',
      });
    });
  });

  describe('when the registry is flaky', () => {
    const failing = (stub: RegistryStub, n: number, status: number, headers: Record<string, string> = {}) => {
      let left = n;
      stub.intercept = (_req, res) => {
        if (left-- <= 0) return false;
        res
          .writeHead(status, { 'content-type': 'application/json', ...headers })
          .end('{"errors":[{"code":"UNAVAILABLE","message":"try later"}]}');
        return true;
      };
    };

    it('retries 500s with growing jittered backoff', async () => {
      const stub = await start();
      const c = client(stub);
      failing(stub, 2, 500);
      await c.uploadBlob(repo(stub), Buffer.from('x'));
      expect(slept).toEqual([150, 300]);
      expect(c.counters.retries).toBe(2);
    });

    it('waits as long as Retry-After says on 429', async () => {
      const stub = await start();
      const c = client(stub);
      failing(stub, 1, 429, { 'retry-after': '2' });
      await c.blobExists(repo(stub), sha256Digest(Buffer.from('x')));
      expect(slept).toEqual([2000]);
    });

    it("gives up after the last attempt with the registry's words", async () => {
      const stub = await start();
      const c = client(stub, { retry: { maxAttempts: 3 } });
      failing(stub, 100, 503);
      await expect(c.getManifest({ ...repo(stub), tag: 'v1' })).rejects.toMatchObject({
        code: 'REGISTRY_UNAVAILABLE',
        temporary: true,
        message: expect.stringMatching(
          /^GET http:\/\/127\.0\.0\.1:\d+\/v2\/acme\/app\/manifests\/v1: 503 unavailable \(try later\)$/,
        ),
      });
      expect(stub.requests).toHaveLength(3);
    });

    it('times out a silent registry and says so', async () => {
      const stub = await start();
      const c = client(stub, { timeoutMs: 100, retry: { maxAttempts: 2 } });
      stub.intercept = async () => new Promise<boolean>(() => undefined);
      await expect(c.headManifest({ ...repo(stub), tag: 'v1' })).rejects.toMatchObject({
        code: 'REGISTRY_TIMEOUT',
        message: expect.stringContaining('no answer for 100 ms'),
      });
      expect(stub.requests).toHaveLength(2);
    });

    it('does not retry an upload from a one-shot stream, and says how to make it retryable', async () => {
      const stub = await start();
      const c = client(stub, { chunkSize: 4 });
      let patches = 0;
      stub.intercept = (req, res) => {
        if (req.method !== 'PATCH' || patches++ !== 1) return false;
        res.writeHead(503, { 'content-length': '0' }).end();
        return true;
      };
      await expect(c.uploadBlob(repo(stub), Readable.from([Buffer.from('0123456789')]))).rejects.toThrow(
        /the source stream cannot be read again.*pass bytes or a function that reopens the stream/,
      );
      expect(stub.blobs.size).toBe(0);
    });

    it('retries an upload from a stream factory from the start', async () => {
      const stub = await start();
      const c = client(stub, { chunkSize: 4 });
      let patches = 0;
      stub.intercept = (req, res) => {
        if (req.method !== 'PATCH' || patches++ !== 1) return false;
        res.writeHead(503, { 'content-length': '0' }).end();
        return true;
      };
      let opened = 0;
      const res = await c.uploadBlob(
        repo(stub),
        () => (opened++, Readable.from([Buffer.from('0123456789')])),
      );
      expect(opened).toBe(2);
      expect(stub.blobs.get(`acme/app@${res.digest}`)?.toString()).toBe('0123456789');
    });
  });
});
