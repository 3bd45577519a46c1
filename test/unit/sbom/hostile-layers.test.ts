// The generator on crafted layers (built here with tar-stream): tar paths written to dodge the
// catalogers (`./`, `..`, repeated slashes), package databases hidden behind symlinked folders as a
// container runtime would resolve them (inside the image, never escaping it), whiteouts that must not
// cost quadratic time, and layers that decompress to more than the caps allow. Time is measured in
// bench/sbom-layers.ts, never asserted here.
import { gzipSync } from 'node:zlib';
import { collectSboms } from '../../../src/sbom/collect-sboms.ts';
import { generateSbom } from '../../../src/sbom/generate-sbom.ts';
import { SbomError } from '../../../src/sbom/errors.ts';
import { cleanTarPath, resolveInRoot, type RootFs } from '../../../src/sbom/root-fs.ts';
import { parseReference, type Digest } from '../../../src/registry/index.ts';
import type { Limits } from '../../../src/limits.ts';
import { GZIP_LAYER, MemoryRegistry, gz, tarOf } from './image-layers.ts';

const repo = parseReference('registry.example/acme/app');
const OS_RELEASE = 'ID=debian\nVERSION_ID="12"\n';
const status = (...pkgs: [string, string][]) =>
  pkgs.map(([n, v]) => `Package: ${n}\nStatus: install ok installed\nVersion: ${v}\n`).join('\n');
const apkDb = (name: string, version: string) => `P:${name}\nV:${version}\nA:x86_64\n\n`;

async function generate(reg: MemoryRegistry, digest: Digest, limits?: Partial<Limits>) {
  return await generateSbom(
    {
      repository: repo,
      digest,
      tool: { name: 'signet', version: '0.1.0' },
      timestamp: new Date('2026-01-02T03:04:05Z'),
      ...(limits ? { limits } : {}),
    },
    reg,
  );
}
const names = (r: Awaited<ReturnType<typeof generate>>) =>
  r.packages.map((p) => `${p.ecosystem}:${p.name}@${p.version}`);

describe('cleanTarPath', () => {
  it.each([
    ['var/lib/dpkg/status', 'var/lib/dpkg/status'],
    ['./var/lib/dpkg/status', 'var/lib/dpkg/status'],
    ['/var/lib/dpkg/status', 'var/lib/dpkg/status'],
    ['var//lib///dpkg/status', 'var/lib/dpkg/status'],
    ['var/./lib/dpkg/./status', 'var/lib/dpkg/status'],
    ['x/../var/lib/dpkg/status', 'var/lib/dpkg/status'],
    ['../../var/lib/dpkg/status', 'var/lib/dpkg/status'],
    ['var/lib/dpkg/', 'var/lib/dpkg'],
    ['./', ''],
    ['.', ''],
  ])('%s → %s', (name, clean) => {
    expect(cleanTarPath(name)).toBe(clean);
  });
});

describe('resolveInRoot', () => {
  const links = new Map([
    ['var/lib/dpkg', '/opt/x'],
    ['lib', 'usr/lib'],
    ['escape', '../../../../etc'],
    ['loop', 'loop'],
    ['usr/lib/up', '../../srv'],
  ]);
  // Every path exists; the links above are the only symlinks.
  const fs: RootFs<string> = {
    root: '',
    child: (node, name) => (node ? `${node}/${name}` : name),
    link: (node) => links.get(node),
  };
  it.each([
    ['var/lib/dpkg/status', 'opt/x/status'],
    ['lib/apk/db/installed', 'usr/lib/apk/db/installed'],
    ['escape/os-release', 'etc/os-release'],
    ['lib/up/a', 'srv/a'],
    ['plain/file', 'plain/file'],
  ])('%s → %s', (path, resolved) => {
    expect(resolveInRoot(path, fs)).toBe(resolved);
  });
  it('gives up on symlink loops', () => {
    expect(resolveInRoot('loop/a', fs)).toBeUndefined();
  });
  it('gives up on a target longer than PATH_MAX, as Linux does', () => {
    const long = { ...fs, link: (node: string) => (node === 'var' ? 'x/'.repeat(3000) : undefined) };
    expect(resolveInRoot('var/lib', long)).toBeUndefined();
  });
});

describe('generateSbom on crafted layers', () => {
  it('finds package databases whatever the tar path spelling', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: './etc//os-release', content: OS_RELEASE },
        { path: 'tmp/../var//lib/./dpkg/status', content: status(['bash', '5.2']) },
        { path: '/lib/apk/db//installed', content: apkDb('musl', '1.2.5-r0') },
      ]),
    ]);
    expect(names(await generate(reg, digest))).toEqual(['apk:musl@1.2.5-r0', 'deb:bash@5.2']);
  });

  it('follows /var/lib/dpkg as a symlink to /opt/x (set in a later layer)', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([{ path: 'opt/x/status', content: status(['openssl', '3.0.15']) }]),
      await gz([{ path: 'var/lib/dpkg', symlink: '/opt/x' }]),
    ]);
    const r = await generate(reg, digest);
    expect(names(r)).toEqual(['deb:openssl@3.0.15']);
  });

  it('follows a relative folder symlink to a status.d folder (distroless layout)', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: 'var/lib/dpkg', symlink: '../../data/dpkg' },
        { path: 'data/dpkg/status.d/base', content: status(['base-files', '12.4']) },
        { path: 'data/dpkg/status.d/base.md5sums', content: 'x' },
      ]),
    ]);
    expect(names(await generate(reg, digest))).toEqual(['deb:base-files@12.4']);
  });

  it('follows usr-merge /lib -> usr/lib for the apk database', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: 'lib', symlink: 'usr/lib' },
        { path: 'usr/lib/apk/db/installed', content: apkDb('busybox', '1.36.1-r29') },
      ]),
    ]);
    expect(names(await generate(reg, digest))).toEqual(['apk:busybox@1.36.1-r29']);
  });

  it('never follows a symlink out of the image: an absolute or climbing target stays inside the rootfs', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: 'var/lib/dpkg', symlink: '../../../../../../host/dpkg' },
        { path: 'host/dpkg/status', content: status(['inside', '1']) },
      ]),
    ]);
    expect(names(await generate(reg, digest))).toEqual(['deb:inside@1']);
  });

  it('a later layer replacing the dpkg folder with a symlink hides the files below it', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: 'var/lib/dpkg/status', content: status(['old', '1']) },
        { path: 'opt/x/status', content: status(['new', '2']) },
      ]),
      await gz([{ path: 'var/lib/dpkg', symlink: '/opt/x' }]),
    ]);
    expect(names(await generate(reg, digest))).toEqual(['deb:new@2']);
  });

  it('a whiteout of the symlink target removes what it pointed at', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: 'var/lib/dpkg', symlink: '/opt/x' },
        { path: 'opt/x/status', content: status(['gone', '1']) },
      ]),
      await gz([{ path: 'opt/.wh.x' }]),
    ]);
    expect(names(await generate(reg, digest))).toEqual([]);
  });

  it('many whiteouts over many files give the right answer', async () => {
    const n = 3000;
    const files = Array.from({ length: n }, (_, i) => ({
      path: `app/node_modules/p${i}/package.json`,
      content: JSON.stringify({ name: `p${i}`, version: '1.0.0' }),
    }));
    const whiteouts = Array.from({ length: n - 1 }, (_, i) => ({ path: `app/node_modules/.wh.p${i}` }));
    const reg = new MemoryRegistry();
    const digest = reg.addImage([await gz(files), await gz(whiteouts)]);
    expect(names(await generate(reg, digest))).toEqual([`npm:p${n - 1}@1.0.0`]);
  });

  it('reads a package hidden 20,000 folders deep without overflowing the stack', async () => {
    const deep = `${'d/'.repeat(20_000)}node_modules/deep/package.json`;
    const reg = new MemoryRegistry();
    const digest = reg.addImage([await gz([{ path: deep, content: '{"name":"deep","version":"1.0.0"}' }])]);
    expect(names(await generate(reg, digest))).toEqual(['npm:deep@1.0.0']);
  });

  it('refuses an index listing more platforms than the index-manifests cap, generating nothing', async () => {
    const reg = new MemoryRegistry();
    const image = reg.addImage([await gz([{ path: 'etc/os-release', content: OS_RELEASE }])]);
    const one = reg.manifests.get(image)!;
    const index = reg.addManifest(
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: Array.from({ length: 1001 }, (_, i) => ({
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: image,
          size: one.bytes.length,
          platform: { os: 'linux', architecture: `arch${i}` },
        })),
      },
      'application/vnd.oci.image.index.v1+json',
    );
    const err = await collectSboms(
      { image: { ...repo, digest: index }, sources: ['generate'], tool: { name: 'signet', version: '0' } },
      { registry: reg, now: () => new Date(0) },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'REGISTRY_LIMIT_EXCEEDED', limit: 'indexManifests' });
    expect(reg.fetches.size).toBe(0);
  });

  describe('decompressed size caps', () => {
    // 8 MiB of zeros in one file: ~8 KiB gzipped.
    const bomb = async () => ({
      bytes: gzipSync(await tarOf([{ path: 'zeros', content: '\0'.repeat(8 * 1024 * 1024) }])),
      mediaType: GZIP_LAYER,
    });

    it('refuses a layer that decompresses past sbom-layer-bytes with SBOM_LIMIT_EXCEEDED', async () => {
      const reg = new MemoryRegistry();
      const digest = reg.addImage([await bomb()]);
      const err = await generate(reg, digest, { sbomLayerBytes: 4 * 1024 * 1024 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SbomError);
      expect((err as SbomError).code).toBe('SBOM_LIMIT_EXCEEDED');
      expect((err as SbomError).message).toContain('--limit sbom-layer-bytes=N');
    });

    it('refuses an image whose layers together decompress past sbom-image-bytes', async () => {
      const reg = new MemoryRegistry();
      const layer = await bomb();
      const digest = reg.addImage([layer, { ...layer }, { ...layer }]);
      const err = await generate(reg, digest, { sbomImageBytes: 20 * 1024 * 1024 }).catch((e: unknown) => e);
      expect((err as SbomError).code).toBe('SBOM_LIMIT_EXCEEDED');
      expect((err as SbomError).message).toContain('sbom-image-bytes');
    });

    it('reads the same layers within the default caps', async () => {
      const reg = new MemoryRegistry();
      const digest = reg.addImage([await bomb()]);
      expect(names(await generate(reg, digest))).toEqual([]);
    });
  });
});
