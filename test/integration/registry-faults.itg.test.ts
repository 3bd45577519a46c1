// The registry client through a fault-injecting loopback proxy in front of the real Distribution
// registry: every operation ends correct, or fails with a clear error and writes nothing half-done.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startRegistry, type BedRegistry, type RegistryFlavour } from '../bed/registry.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import {
  OCI_EMPTY_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  parseReference,
  sha256Digest,
  type ImageRef,
  type RegistryClientOptions,
} from '../../src/registry/index.ts';

const FLAVOURS: RegistryFlavour[] = ['anonymous', 'basic', 'token'];

async function collect(s: Readable): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of s) out.push(c as Buffer);
  return Buffer.concat(out);
}

const blobOf = (n: number, seed: number) => {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * seed) % 251;
  return b;
};

describe.each(FLAVOURS)('RegistryClient through a faulty proxy (%s)', (flavour) => {
  let reg: BedRegistry;
  let proxy: FaultProxy;
  const clients: RegistryClient[] = [];
  const client = (opts: RegistryClientOptions = {}, host = proxy.host) => {
    const explicit = reg.username
      ? [{ registry: host, username: reg.username, password: reg.password! }]
      : [];
    const c = new RegistryClient({
      credentials: { explicit },
      retry: { baseDelayMs: 20 },
      referrersSettleMs: 20,
      ...opts,
    });
    clients.push(c);
    return c;
  };
  const viaProxy = (name: string): ImageRef => parseReference(`${proxy.host}/faults/${name}`);
  const direct = (name: string): ImageRef => parseReference(`${reg.host}/faults/${name}`);
  const faults = () => proxy.requests.filter((r) => r.fault);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), `signet-faults-${flavour}-`));
    reg = await startRegistry({ flavour, dir, logDir: join(dir, 'logs') });
    proxy = await startFaultProxy({ target: reg.url });
  });
  afterEach(() => {
    proxy.clearRules();
    proxy.reset();
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) c.close();
    await proxy?.stop();
    await reg?.stop();
  });

  const manifestFor = (cfg: { digest: string; size: number }, layer: { digest: string; size: number }) =>
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: cfg.digest, size: cfg.size },
        layers: [{ mediaType: 'application/octet-stream', digest: layer.digest, size: layer.size }],
      }),
    );

  it('retries a 500 on a manifest PUT and ends with the manifest stored', async () => {
    const c = client();
    const r = viaProxy('status-500');
    const cfg = await c.uploadBlob(r, Buffer.from('{}'));
    proxy.addRule({ method: 'PUT', path: /\/manifests\/v1$/, fault: { kind: 'status', status: 500 } });
    const put = await c.putManifest({ ...r, tag: 'v1' }, manifestFor(cfg, cfg));
    expect(faults()).toHaveLength(1);
    expect((await client({}, reg.host).getManifest({ ...direct('status-500'), tag: 'v1' })).digest).toBe(
      put.digest,
    );
  });

  it('waits out a 429 with Retry-After before trying again', async () => {
    const c = client();
    proxy.addRule({
      method: 'HEAD',
      path: /\/blobs\//,
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    });
    const started = Date.now();
    const res = await c.uploadBlob(viaProxy('status-429'), Buffer.from('after the wait'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(res.how).toBe('uploaded');
    expect(faults().map((r) => r.status)).toEqual([429]);
  });

  it('restarts a monolithic upload whose connection is reset mid-body', async () => {
    const c = client();
    const data = blobOf(256 * 1024, 7);
    proxy.addRule({
      method: 'PUT',
      path: /\/blobs\/uploads\//,
      fault: { kind: 'reset-request', afterBytes: 64 * 1024 },
    });
    const res = await c.uploadBlob(viaProxy('reset-put'), data);
    expect(res).toMatchObject({ digest: sha256Digest(data), how: 'uploaded' });
    expect(faults()).toHaveLength(1);
    expect((await client({}, reg.host).fetchBlobBytes(direct('reset-put'), res.digest)).equals(data)).toBe(
      true,
    );
  });

  it('restarts a chunked upload from a reopenable stream when a PATCH is reset', async () => {
    const c = client({ chunkSize: 64 * 1024 });
    const data = blobOf(200 * 1024, 13);
    let opened = 0;
    // Let the first PATCH through (a zero delay), reset the second one 1000 bytes in.
    proxy.addRule({ method: 'PATCH', path: /\/blobs\/uploads\//, fault: { kind: 'delay', ms: 0 } });
    proxy.addRule({
      method: 'PATCH',
      path: /\/blobs\/uploads\//,
      fault: { kind: 'reset-request', afterBytes: 1000 },
    });
    const res = await c.uploadBlob(viaProxy('reset-patch'), () => {
      opened++;
      return Readable.from([data]);
    });
    expect(opened).toBe(2);
    // 2 PATCHes in the first attempt (the second cut), 4 in the restarted one.
    expect(proxy.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2 + 4);
    expect((await client({}, reg.host).fetchBlobBytes(direct('reset-patch'), res.digest)).equals(data)).toBe(
      true,
    );
  });

  it('fails a one-shot stream upload cut mid-way with a clear error, committing nothing', async () => {
    const c = client({ chunkSize: 64 * 1024 });
    const data = blobOf(200 * 1024, 17);
    proxy.addRule({
      method: 'PATCH',
      path: /\/blobs\/uploads\//,
      fault: { kind: 'reset-request', afterBytes: 1000 },
    });
    await expect(c.uploadBlob(viaProxy('reset-oneshot'), Readable.from([data]))).rejects.toMatchObject({
      code: 'REGISTRY_UNAVAILABLE',
      temporary: false,
      message: expect.stringMatching(
        /^PATCH http:\/\/127\.0\.0\.1:\d+\/v2\/faults\/reset-oneshot\/blobs\/uploads\/[^ ]+: connection failed \(\w+\); the source stream cannot be read again/,
      ),
    });
    expect(await client({}, reg.host).blobExists(direct('reset-oneshot'), sha256Digest(data))).toBe(false);
  });

  it('retries a buffered download reset mid-body, and reports a reset streamed download', async () => {
    const c = client();
    const data = blobOf(512 * 1024, 19);
    const up = await c.uploadBlob(viaProxy('reset-get'), data);
    proxy.addRule({
      method: 'GET',
      path: /\/blobs\/sha256:/,
      fault: { kind: 'reset-response', afterBytes: 100 * 1024 },
    });
    expect((await c.fetchBlobBytes(viaProxy('reset-get'), up.digest)).equals(data)).toBe(true);
    proxy.addRule({
      method: 'GET',
      path: /\/blobs\/sha256:/,
      fault: { kind: 'reset-response', afterBytes: 100 * 1024 },
    });
    const stream = await c.fetchBlob(viaProxy('reset-get'), up.digest, { size: data.length });
    await expect(collect(stream)).rejects.toMatchObject({
      code: 'REGISTRY_UNAVAILABLE',
      temporary: true,
      message: expect.stringContaining('connection failed (ECONNRESET)'),
    });
  });

  it('rides out slow answers within the timeout and times out beyond it', async () => {
    const c = client({ timeoutMs: 2000 });
    const r = viaProxy('slow');
    const cfg = await c.uploadBlob(r, Buffer.from('{}'));
    await c.putManifest({ ...r, tag: 'v1' }, manifestFor(cfg, cfg));
    proxy.addRule({ method: 'GET', path: /\/manifests\/v1$/, fault: { kind: 'delay', ms: 300 } });
    expect((await c.getManifest({ ...r, tag: 'v1' })).mediaType).toBe(OCI_MANIFEST_MEDIA_TYPE);
    const impatient = client({ timeoutMs: 200, retry: { maxAttempts: 2, baseDelayMs: 10 } });
    await impatient.headManifest({ ...r, tag: 'v1' }); // authenticate before the slow part
    proxy.addRule({ method: 'GET', path: /\/manifests\/v1$/, fault: { kind: 'delay', ms: 1500 }, times: 2 });
    await expect(impatient.getManifest({ ...r, tag: 'v1' })).rejects.toMatchObject({
      code: 'REGISTRY_TIMEOUT',
      message: expect.stringContaining('no answer for 200 ms'),
    });
  });

  it('gives up on a registry that keeps failing, naming the status, and leaves no tag', async () => {
    const c = client({ retry: { maxAttempts: 3, baseDelayMs: 10 } });
    const r = viaProxy('down');
    const cfg = await c.uploadBlob(r, Buffer.from('{}'));
    proxy.addRule({
      method: 'PUT',
      path: /\/manifests\//,
      fault: { kind: 'status', status: 503 },
      times: 100,
    });
    await expect(c.putManifest({ ...r, tag: 'v1' }, manifestFor(cfg, cfg))).rejects.toMatchObject({
      code: 'REGISTRY_UNAVAILABLE',
      status: 503,
      message: expect.stringContaining('/manifests/v1: 503 unknown (injected 503)'),
    });
    expect(faults()).toHaveLength(3);
    expect(await client({}, reg.host).headManifest({ ...direct('down'), tag: 'v1' })).toBeUndefined();
  });

  it('refuses manifests and blobs whose bytes do not match their digest', async () => {
    const c = client();
    const r = viaProxy('tampered');
    const data = Buffer.from('the real layer');
    const blob = await c.uploadBlob(r, data);
    const put = await c.putManifest({ ...r, tag: 'v1' }, manifestFor(blob, blob));
    proxy.addRule({
      method: 'GET',
      path: /\/manifests\//,
      fault: { kind: 'replace-body', body: manifestFor(blob, { digest: blob.digest, size: 99 }) },
      times: 2,
    });
    await expect(c.getManifest({ ...r, digest: put.digest })).rejects.toMatchObject({
      code: 'REGISTRY_DIGEST_MISMATCH',
    });
    await expect(c.getManifest({ ...r, tag: 'v1' })).rejects.toMatchObject({
      code: 'REGISTRY_DIGEST_MISMATCH',
    });
    proxy.addRule({
      method: 'GET',
      path: /\/blobs\//,
      fault: { kind: 'replace-body', body: Buffer.from('the fake layer') },
    });
    await expect(c.fetchBlobBytes(r, blob.digest)).rejects.toMatchObject({
      code: 'REGISTRY_DIGEST_MISMATCH',
      message: expect.stringContaining(`expected digest ${blob.digest}, got sha256:`),
    });
  });

  it('keeps a referrer in the fallback index through 500s and resets', async () => {
    const c = client();
    const r = viaProxy('referrer-faults');
    const cfg = await c.uploadBlob(r, Buffer.from('{}'));
    const subject = await c.putManifest({ ...r, tag: 'v1' }, manifestFor(cfg, cfg));
    const art = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        artifactType: 'application/x-faulty',
        config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: cfg.digest, size: 2 },
        layers: [{ mediaType: OCI_EMPTY_MEDIA_TYPE, digest: cfg.digest, size: 2 }],
        subject: { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: subject.digest, size: subject.size },
      }),
    );
    proxy.addRule({ method: 'PUT', path: /\/manifests\/sha256-/, fault: { kind: 'status', status: 500 } });
    proxy.addRule({
      method: 'GET',
      path: /\/manifests\/sha256-/,
      fault: { kind: 'reset-response', afterBytes: 10 },
      times: 2,
    });
    await c.pushReferrer(r, art);
    expect(faults().length).toBeGreaterThanOrEqual(2);
    const listed = await client({}, reg.host).listReferrers({
      ...direct('referrer-faults'),
      digest: subject.digest,
    });
    expect(listed.referrers.map((d) => d.artifactType)).toEqual(['application/x-faulty']);
  });
});
