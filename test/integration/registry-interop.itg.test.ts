// Interoperability of the registry client with the real go-containerregistry (crane) and cosign v3:
// what Signet pushes they read, what they push Signet reads, and the referrers fallback index is one
// shared structure that every writer extends without dropping the others' entries.
import { execFile as execFileCb } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startRegistry, type BedRegistry, type RegistryFlavour } from '../bed/registry.ts';
import {
  OCI_EMPTY_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  parseManifest,
  parseReference,
  sha256Digest,
  type ImageManifest,
  type ImageRef,
} from '../../src/registry/index.ts';

const execFile = promisify(execFileCb);
const TOOLS = join(import.meta.dirname, '../../.cache/tools/bin');
const CRANE = join(TOOLS, 'crane');
const COSIGN = join(TOOLS, 'cosign');
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const FLAVOURS: RegistryFlavour[] = ['anonymous', 'basic', 'token'];

/** A minimal uncompressed tar holding one file, for `crane append`. */
function tarWith(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(content.length.toString(8).padStart(11, '0') + '\0', 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  const pad = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, pad, Buffer.alloc(1024)]);
}

describe.each(FLAVOURS)('registry interop with crane and cosign (%s)', (flavour) => {
  let reg: BedRegistry;
  let dir: string;
  let client: RegistryClient;
  let env: NodeJS.ProcessEnv;
  const repo = (name: string): ImageRef => parseReference(`${reg.host}/interop/${name}`);
  const run = async (bin: string, args: string[]) =>
    (await execFile(bin, args, { cwd: dir, env, encoding: 'utf8' })).stdout;

  beforeAll(async () => {
    for (const t of [CRANE, COSIGN]) {
      if (!existsSync(t))
        throw new Error(`registry interop: ${t} is missing; run \`npm run tools\` (.ci/install-tools.sh)`);
    }
    dir = mkdtempSync(join(tmpdir(), `signet-interop-${flavour}-`));
    reg = await startRegistry({ flavour, dir, logDir: join(dir, 'logs') });
    const configPath = join(reg.dockerConfigDir, 'config.json');
    client = new RegistryClient({ credentials: { dockerConfigJson: readFileSync(configPath, 'utf8') } });
    env = {
      PATH: process.env.PATH,
      HOME: dir,
      DOCKER_CONFIG: reg.dockerConfigDir,
      COSIGN_PASSWORD: '',
      COSIGN_EXPERIMENTAL: '1',
    };
    await run(COSIGN, ['generate-key-pair', '--output-key-prefix', 'first']);
    await run(COSIGN, ['generate-key-pair', '--output-key-prefix', 'second']);
  });
  afterAll(async () => {
    client?.close();
    await reg?.stop();
  });

  const pushImage = async (r: ImageRef, text: string) => {
    const tar = tarWith('hello.txt', Buffer.from(text));
    const layerBytes = gzipSync(tar);
    const cfgBytes = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
        config: {},
      }),
    );
    const cfg = await client.uploadBlob(r, cfgBytes);
    const layer = await client.uploadBlob(r, layerBytes);
    const m = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: cfg.digest,
          size: cfgBytes.length,
        },
        layers: [
          {
            mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
            digest: layer.digest,
            size: layerBytes.length,
          },
        ],
      }),
    );
    return await client.putManifest({ ...r, tag: 'v1' }, m);
  };

  it('pushes images crane validates, and reads images crane pushed', async () => {
    const mine = await pushImage(repo('by-signet'), 'from signet');
    await run(CRANE, ['validate', '--remote', `${reg.host}/interop/by-signet:v1`]);
    expect((await run(CRANE, ['digest', `${reg.host}/interop/by-signet:v1`])).trim()).toBe(mine.digest);

    writeFileSync(join(dir, 'layer.tar'), tarWith('crane.txt', Buffer.from('from crane')));
    await run(CRANE, ['append', '-f', 'layer.tar', '-t', `${reg.host}/interop/by-crane:v1`]);
    const theirs = await client.getManifest({ ...repo('by-crane'), tag: 'v1' });
    expect(theirs.digest).toBe((await run(CRANE, ['digest', `${reg.host}/interop/by-crane:v1`])).trim());
    const m = parseManifest(theirs.bytes, theirs.mediaType).manifest as ImageManifest;
    for (const d of [m.config, ...m.layers]) {
      expect((await client.fetchBlobBytes(repo('by-crane'), d.digest, { size: d.size })).length).toBe(d.size);
    }
  });

  it('shares the sha256-<hex> fallback index with cosign in both directions', async () => {
    const subject = await pushImage(repo('signed'), 'signed image');
    const image = `${reg.host}/interop/signed@${subject.digest}`;
    const sign = (key: string) =>
      run(COSIGN, [
        'sign',
        '--key',
        `${key}.key`,
        '--tlog-upload=false',
        '--use-signing-config=false',
        '--allow-http-registry',
        '-y',
        image,
      ]);

    // cosign writes first; Signet reads its bundle referrer through the fallback tag.
    await sign('first');
    const afterCosign = await client.listReferrers({ ...repo('signed'), digest: subject.digest });
    expect(afterCosign.source).toBe('fallback');
    expect(afterCosign.referrers.map((d) => d.artifactType)).toEqual([BUNDLE_TYPE]);

    // Signet adds its own referrer, keeping cosign's.
    const empty = await client.uploadBlob(repo('signed'), Buffer.from('{}'));
    const art = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        artifactType: 'application/vnd.signet.test+json',
        config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: empty.digest, size: 2 },
        layers: [{ mediaType: OCI_EMPTY_MEDIA_TYPE, digest: empty.digest, size: 2 }],
        subject: { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: subject.digest, size: subject.size },
      }),
    );
    const mine = await client.pushReferrer(repo('signed'), art);
    expect(mine.source).toBe('fallback');

    // cosign still verifies its signature from the index Signet rewrote, and its tree shows both.
    await run(COSIGN, [
      'verify',
      '--key',
      'first.pub',
      '--insecure-ignore-tlog',
      '--allow-http-registry',
      image,
    ]);
    const tree = await run(COSIGN, ['tree', '--allow-http-registry', image]);
    expect(tree).toContain(
      `application/vnd.signet.test+json artifacts via OCI referrer: ${reg.host}/interop/signed@${mine.digest}`,
    );

    // cosign appends a second signature to the index Signet wrote, keeping Signet's entry.
    await sign('second');
    const all = await client.listReferrers({ ...repo('signed'), digest: subject.digest });
    expect(all.referrers.map((d) => d.artifactType).sort()).toEqual([
      BUNDLE_TYPE,
      BUNDLE_TYPE,
      'application/vnd.signet.test+json',
    ]);
    await run(COSIGN, [
      'verify',
      '--key',
      'second.pub',
      '--insecure-ignore-tlog',
      '--allow-http-registry',
      image,
    ]);
  }, 120_000);
});
