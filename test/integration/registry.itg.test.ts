// The registry client against the real CNCF Distribution 2.8 of the test bed, in all three auth
// flavours: round trips of images, indexes and artifacts, the referrers fallback under concurrent
// writers, and the bad-input table.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startRegistry, type BedRegistry, type RegistryFlavour } from '../bed/registry.ts';
import {
  DOCKER_CONFIG_MEDIA_TYPE,
  DOCKER_MANIFEST_LIST_MEDIA_TYPE,
  DOCKER_MANIFEST_MEDIA_TYPE,
  OCI_EMPTY_MEDIA_TYPE,
  OCI_INDEX_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  buildReferrersIndex,
  parseReference,
  serialiseIndex,
  sha256Digest,
  toFallbackTag,
  toReferrerDescriptor,
  type CredentialSources,
  type Descriptor,
  type ImageRef,
  type RegistryClientOptions,
} from '../../src/registry/index.ts';
import { describeError } from '../../src/errors.ts';

const FLAVOURS: RegistryFlavour[] = ['anonymous', 'basic', 'token'];

async function collect(s: Readable): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of s) out.push(c as Buffer);
  return Buffer.concat(out);
}

function imageManifest(
  config: Descriptor,
  layers: Descriptor[],
  extra: Record<string, unknown> = {},
): Buffer {
  return Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE, config, layers, ...extra }),
  );
}

describe.each(FLAVOURS)('RegistryClient against Distribution 2.8 (%s)', (flavour) => {
  let reg: BedRegistry;
  let dir: string;
  let sources: CredentialSources;
  const clients: RegistryClient[] = [];
  const client = (opts: RegistryClientOptions = {}, creds: CredentialSources = sources) => {
    const c = new RegistryClient({ credentials: creds, ...opts });
    clients.push(c);
    return c;
  };
  const repo = (name: string): ImageRef => parseReference(`${reg.host}/${flavour}/${name}`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `signet-registry-${flavour}-`));
    reg = await startRegistry({ flavour, dir, logDir: join(dir, 'logs') });
    const configPath = join(reg.dockerConfigDir, 'config.json');
    sources = { dockerConfigJson: readFileSync(configPath, 'utf8'), dockerConfigPath: configPath };
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) c.close();
    await reg?.stop();
  });

  const pushSmallImage = async (c: RegistryClient, r: ImageRef, tag: string, text: string) => {
    const cfgBytes = Buffer.from(
      JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }),
    );
    const cfg = await c.uploadBlob(r, cfgBytes, { mediaType: 'application/vnd.oci.image.config.v1+json' });
    const layer = await c.uploadBlob(r, Buffer.from(text));
    const manifest = imageManifest(
      { mediaType: 'application/vnd.oci.image.config.v1+json', digest: cfg.digest, size: cfgBytes.length },
      [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar',
          digest: layer.digest,
          size: Buffer.byteLength(text),
        },
      ],
    );
    return await c.putManifest({ ...r, tag }, manifest);
  };

  describe('round trips', () => {
    it('pushes an image with a chunked streamed layer and reads it back verified', async () => {
      const c = client({ chunkSize: 1024 * 1024 });
      const r = repo('image');
      const layerBytes = Buffer.alloc(3 * 1024 * 1024 + 17);
      for (let i = 0; i < layerBytes.length; i++) layerBytes[i] = (i * 31) % 251;
      const layer = await c.uploadBlob(r, () =>
        Readable.from([layerBytes.subarray(0, 1_000_000), layerBytes.subarray(1_000_000)]),
      );
      expect(layer).toMatchObject({
        digest: sha256Digest(layerBytes),
        size: layerBytes.length,
        how: 'uploaded',
      });
      const cfgBytes = Buffer.from('{"architecture":"amd64","os":"linux"}');
      const cfg = await c.uploadBlob(r, cfgBytes);
      const manifest = imageManifest(
        { mediaType: 'application/vnd.oci.image.config.v1+json', digest: cfg.digest, size: cfgBytes.length },
        [
          {
            mediaType: 'application/vnd.oci.image.layer.v1.tar',
            digest: layer.digest,
            size: layerBytes.length,
          },
        ],
      );
      const put = await c.putManifest({ ...r, tag: 'v1' }, manifest);
      expect(put.digest).toBe(sha256Digest(manifest));

      const byTag = await c.getManifest({ ...r, tag: 'v1' });
      expect(byTag).toMatchObject({ digest: put.digest, mediaType: OCI_MANIFEST_MEDIA_TYPE });
      expect((await c.getManifest({ ...r, digest: put.digest })).bytes).toEqual(manifest);
      expect(await c.headManifest({ ...r, tag: 'v1' })).toEqual({
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        digest: put.digest,
        size: manifest.length,
      });
      // Compared with Buffer.equals: jest's deep equality walks 3 MiB byte by byte.
      expect(
        (await collect(await c.fetchBlob(r, layer.digest, { size: layerBytes.length }))).equals(layerBytes),
      ).toBe(true);
      expect(await c.uploadBlob(r, layerBytes)).toMatchObject({ how: 'existed' });
      expect(await c.listTags(r)).toEqual(['v1']);

      await c.deleteManifest({ ...r, digest: put.digest });
      expect(await c.headManifest({ ...r, digest: put.digest })).toBeUndefined();
    });

    it('pushes Docker schema 2 images and manifest lists, and OCI indexes', async () => {
      const c = client();
      const r = repo('multi');
      const cfgBytes = Buffer.from('{"architecture":"arm64","os":"linux"}');
      const cfg = await c.uploadBlob(r, cfgBytes);
      const docker = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: DOCKER_MANIFEST_MEDIA_TYPE,
          config: { mediaType: DOCKER_CONFIG_MEDIA_TYPE, digest: cfg.digest, size: cfgBytes.length },
          layers: [],
        }),
      );
      const dm = await c.putManifest({ ...r, tag: 'docker' }, docker);
      const oci = await pushSmallImage(c, r, 'oci', 'layer');
      const list = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: DOCKER_MANIFEST_LIST_MEDIA_TYPE,
          manifests: [
            {
              mediaType: DOCKER_MANIFEST_MEDIA_TYPE,
              digest: dm.digest,
              size: dm.size,
              platform: { architecture: 'arm64', os: 'linux' },
            },
          ],
        }),
      );
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX_MEDIA_TYPE,
          manifests: [
            {
              mediaType: OCI_MANIFEST_MEDIA_TYPE,
              digest: oci.digest,
              size: oci.size,
              platform: { architecture: 'amd64', os: 'linux' },
            },
          ],
        }),
      );
      await c.putManifest({ ...r, tag: 'list' }, list);
      await c.putManifest({ ...r, tag: 'index' }, index);
      expect((await c.getManifest({ ...r, tag: 'docker' })).mediaType).toBe(DOCKER_MANIFEST_MEDIA_TYPE);
      expect((await c.getManifest({ ...r, tag: 'list' })).mediaType).toBe(DOCKER_MANIFEST_LIST_MEDIA_TYPE);
      expect((await c.getManifest({ ...r, tag: 'index' })).bytes).toEqual(index);
      expect((await c.listTags(r)).sort()).toEqual(['docker', 'index', 'list', 'oci']);
    });

    it('pushes an artifact referrer and lists it through the sha256-<hex> fallback tag', async () => {
      const c = client();
      const r = repo('artifact');
      const subject = await pushSmallImage(c, r, 'v1', 'subject');
      const empty = await c.uploadBlob(r, Buffer.from('{}'));
      const payload = await c.uploadBlob(r, Buffer.from('{"hello":"bundle"}'));
      const art = imageManifest(
        { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: empty.digest, size: 2 },
        [{ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', digest: payload.digest, size: 18 }],
        {
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          subject: { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: subject.digest, size: subject.size },
        },
      );
      const pushed = await c.pushReferrer(r, art);
      expect(pushed).toMatchObject({ source: 'fallback', subjectIndexed: false, digest: sha256Digest(art) });
      const listed = await c.listReferrers(
        { ...r, digest: subject.digest },
        { artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' },
      );
      expect(listed).toEqual({ source: 'fallback', referrers: [toReferrerDescriptor(art)] });
      expect(
        (await c.listReferrers({ ...r, digest: subject.digest }, { artifactType: 'application/other' }))
          .referrers,
      ).toEqual([]);
      expect(await c.listTags(r)).toContain(toFallbackTag(subject.digest));
      expect((await c.fetchBlobBytes(r, payload.digest)).toString()).toBe('{"hello":"bundle"}');
    });

    it('mounts a blob across repositories', async () => {
      const c = client();
      const blob = await c.uploadBlob(repo('mount-src'), Buffer.from('shared layer'));
      const res = await c.uploadBlob(repo('mount-dst'), Buffer.from('shared layer'), {
        mountFrom: repo('mount-src'),
      });
      expect(res.how).toBe('mounted');
      expect(await c.blobExists(repo('mount-dst'), blob.digest)).toBe(true);
    });

    it('keeps all 8 referrers when 8 writers update the fallback index at once', async () => {
      const setup = client();
      const r = repo('concurrent');
      const subject = await pushSmallImage(setup, r, 'v1', 'subject of many');
      const empty = await setup.uploadBlob(r, Buffer.from('{}'));
      const artifact = (i: number, subj: { digest: string; size: number }) =>
        imageManifest(
          { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: empty.digest, size: 2 },
          [{ mediaType: OCI_EMPTY_MEDIA_TYPE, digest: empty.digest, size: 2 }],
          {
            artifactType: `application/vnd.signet.test.${i}`,
            subject: { mediaType: OCI_MANIFEST_MEDIA_TYPE, ...subj },
          },
        );
      // Each writer is its own client, as eight CI jobs would be.
      const writers = Array.from({ length: 8 }, () => client());
      const results = await Promise.all(writers.map((w, i) => w.pushReferrer(r, artifact(i, subject))));
      const listed = await setup.listReferrers({ ...r, digest: subject.digest });
      expect(listed.referrers.map((d) => d.digest).sort()).toEqual(results.map((x) => x.digest).sort());
      expect(listed.referrers).toHaveLength(8);

      // For comparison: cosign-style read-modify-write (read the tag, append, PUT; no verify).
      const naiveSubject = await pushSmallImage(setup, r, 'v2', 'subject of naive writers');
      const naiveTag = { ...r, tag: toFallbackTag(naiveSubject.digest) };
      const naive = await Promise.all(
        writers.map(async (w, i) => {
          const m = artifact(i, naiveSubject);
          await w.putManifest({ ...r, digest: sha256Digest(m) }, m);
          const current = await w
            .getManifest(naiveTag)
            .then((x) => JSON.parse(x.bytes.toString()).manifests as Descriptor[])
            .catch(() => [] as Descriptor[]);
          await w.putManifest(
            naiveTag,
            serialiseIndex(buildReferrersIndex([...current, toReferrerDescriptor(m)])),
          );
        }),
      );
      expect(naive).toHaveLength(8);
      const kept = (await setup.listReferrers({ ...r, digest: naiveSubject.digest })).referrers.length;
      console.log(
        `registry.itg (${flavour}): 8 concurrent writers; signet kept 8/8 (rounds ${results.map((x) => x.rounds).join(',')}), naive read-modify-write kept ${kept}/8`,
      );
      expect(kept).toBeLessThanOrEqual(8);
    });
  });

  describe('bad input', () => {
    it.each([
      ['ghcr.io/Acme/app', 'must be lowercase'],
      ['app@sha256:123', 'digest part'],
      ['app:bad tag', 'tag "bad tag"'],
      ['host:port/x', 'registry "host:port"'],
    ])('rejects the reference %j', (s, part) => {
      expect(() => parseReference(s.replace('host:port', 'ho$t:1'))).toThrow(
        part === 'registry "host:port"' ? 'registry "ho$t:1"' : part,
      );
    });

    it('reports a digest the registry does not have as REGISTRY_NOT_FOUND', async () => {
      const c = client();
      const r = repo('image-missing');
      await pushSmallImage(c, r, 'v1', 'x');
      const missing = sha256Digest(Buffer.from('never pushed'));
      await expect(c.getManifest({ ...r, digest: missing })).rejects.toMatchObject({
        code: 'REGISTRY_NOT_FOUND',
        status: 404,
        ociCodes: ['MANIFEST_UNKNOWN'],
      });
      await expect(c.fetchBlobBytes(r, missing)).rejects.toMatchObject({ code: 'REGISTRY_NOT_FOUND' });
    });

    it('refuses a manifest whose bytes are not the digest it is pushed under, writing nothing', async () => {
      const c = client();
      const r = repo('wrong-digest');
      const cfg = await c.uploadBlob(r, Buffer.from('{}'));
      const m = imageManifest({ mediaType: OCI_EMPTY_MEDIA_TYPE, digest: cfg.digest, size: 2 }, []);
      const wrong = sha256Digest(Buffer.from('other'));
      await expect(c.putManifest({ ...r, digest: wrong }, m)).rejects.toMatchObject({
        code: 'REGISTRY_DIGEST_MISMATCH',
      });
      await expect(c.uploadBlob(r, Buffer.from('blob'), { digest: wrong })).rejects.toMatchObject({
        code: 'REGISTRY_DIGEST_MISMATCH',
      });
      expect(await c.headManifest({ ...r, digest: sha256Digest(m) })).toBeUndefined();
      expect(await c.blobExists(r, sha256Digest(Buffer.from('blob')))).toBe(false);
    });

    it('refuses a manifest that names a blob the registry does not have', async () => {
      const c = client();
      const missing = sha256Digest(Buffer.from('missing config'));
      const m = imageManifest({ mediaType: OCI_EMPTY_MEDIA_TYPE, digest: missing, size: 14 }, []);
      await expect(c.putManifest({ ...repo('dangling'), tag: 'v1' }, m)).rejects.toMatchObject({
        code: 'REGISTRY_INVALID_MANIFEST',
        status: 400,
      });
    });

    if (flavour !== 'anonymous') {
      it('fails with REGISTRY_UNAUTHORIZED on wrong credentials, names the fix, and writes nothing', async () => {
        const c = client(
          {},
          {
            explicit: [{ registry: reg.host, username: reg.username!, password: 'wrong-password-for-test' }],
          },
        );
        const r = repo('unauthorized');
        const err = await pushSmallImage(c, r, 'v1', 'x').catch((e: unknown) => e);
        expect(err).toMatchObject({ code: 'REGISTRY_UNAUTHORIZED' });
        expect(describeError(err)).toMatch(/check the username and password/);
        expect(describeError(err)).not.toContain('wrong-password-for-test');
        expect(await client().headManifest({ ...r, tag: 'v1' })).toBeUndefined();
        await expect(client().listTags(r)).rejects.toMatchObject({ code: 'REGISTRY_NOT_FOUND' });
      });

      it('never sends credentials stored for another host, and fails as anonymous', async () => {
        const otherHost = reg.host.replace('127.0.0.1', 'localhost');
        const config = JSON.stringify({
          auths: { [otherHost]: { auth: Buffer.from(`${reg.username}:${reg.password}`).toString('base64') } },
        });
        const c = client({}, { dockerConfigJson: config });
        const r = repo('other-host');
        await expect(pushSmallImage(c, r, 'v1', 'x')).rejects.toMatchObject({
          code: 'REGISTRY_UNAUTHORIZED',
          message: expect.stringContaining(`no credentials found for ${reg.host}`),
        });
        expect(await client().headManifest({ ...r, tag: 'v1' })).toBeUndefined();
      });

      it('reads credentials through a docker-credential helper', async () => {
        const bin = join(dir, 'helper-bin');
        mkdirSync(bin, { recursive: true });
        const helper = join(bin, 'docker-credential-signet-bed');
        const answer = JSON.stringify({ ServerURL: reg.host, Username: reg.username, Secret: reg.password });
        writeFileSync(
          helper,
          `#!/bin/sh\nread host\n[ "$1" = get ] && [ "$host" = "${reg.host}" ] && echo '${answer}' && exit 0\necho "credentials not found in native keychain"\nexit 1\n`,
        );
        chmodSync(helper, 0o755);
        const c = new RegistryClient(
          {
            credentials: { dockerConfigJson: JSON.stringify({ credHelpers: { [reg.host]: 'signet-bed' } }) },
          },
          { helperEnv: { PATH: `${bin}:/usr/bin:/bin` } },
        );
        clients.push(c);
        expect((await pushSmallImage(c, repo('helper'), 'v1', 'via helper')).digest).toMatch(/^sha256:/);
      });
    }

    if (flavour === 'token') {
      it('fails with REGISTRY_DENIED when the user may pull but not push', async () => {
        const c = client(
          {},
          {
            explicit: [
              { registry: reg.host, username: reg.reader!.username, password: reg.reader!.password },
            ],
          },
        );
        const r = repo('denied');
        const err = await c.uploadBlob(r, Buffer.from('x')).catch((e: unknown) => e);
        expect(err).toMatchObject({
          code: 'REGISTRY_DENIED',
          message: expect.stringContaining(`may not pull,push ${flavour}/denied`),
        });
        expect(await client().blobExists(r, sha256Digest(Buffer.from('x')))).toBe(false);
      });

      it('asks the token service once per scope', async () => {
        const c = client();
        const before = reg.tokenIssuer!.counters.issued;
        await pushSmallImage(c, repo('token-cache'), 'v1', 'a');
        await pushSmallImage(c, repo('token-cache'), 'v2', 'b');
        await c.getManifest({ ...repo('token-cache'), tag: 'v1' });
        expect(reg.tokenIssuer!.counters.issued - before).toBe(1);
      });
    }
  });
});
