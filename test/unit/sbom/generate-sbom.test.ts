// The generator on images built in memory: every layer compression, whiteouts (plain and opaque),
// symlinked os-release, hard links, duplicates, and the CycloneDX 1.6 it writes.
import { generateSbom } from '../../../src/sbom/generate-sbom.ts';
import { parseSbomDocument } from '../../../src/sbom/sbom-file.ts';
import { toCompression } from '../../../src/sbom/layer-files.ts';
import { parseReference, type Digest } from '../../../src/registry/index.ts';
import { MemoryRegistry, gz, raw, zst } from './image-layers.ts';

const repo = parseReference('registry.example/acme/app');
const OS_RELEASE = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const status = (...pkgs: [string, string][]) =>
  pkgs
    .map(([n, v]) => `Package: ${n}\nStatus: install ok installed\nArchitecture: amd64\nVersion: ${v}\n`)
    .join('\n');
const pj = (name: string, version: string) => JSON.stringify({ name, version, license: 'MIT' });

async function generate(reg: MemoryRegistry, digest: Digest) {
  return await generateSbom(
    {
      repository: repo,
      digest,
      platform: 'linux/amd64',
      tool: { name: 'signet', version: '0.1.0' },
      timestamp: new Date('2026-01-02T03:04:05Z'),
    },
    reg,
  );
}

const names = (r: Awaited<ReturnType<typeof generate>>) =>
  r.packages.map((p) => `${p.ecosystem}:${p.name}@${p.version}`);

describe('generateSbom', () => {
  it('lists dpkg, npm and Python packages across gzip, zstd and plain tar layers', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: 'usr/lib/os-release', content: OS_RELEASE },
        { path: 'etc/os-release', symlink: '../usr/lib/os-release' },
        {
          path: 'var/lib/dpkg/status',
          content: status(['bash', '5.2.15-2+b7'], ['libc6', '2.36-9+deb12u9']),
        },
      ]),
      await zst([
        { path: 'app/node_modules/', dir: true },
        { path: 'app/node_modules/@scope/pkg/package.json', content: pj('@scope/pkg', '1.2.3') },
        { path: 'app/node_modules/left-pad/package.json', content: pj('left-pad', '1.3.0') },
        { path: 'app/node_modules/left-pad/esm/package.json', content: '{"type":"module"}' },
        { path: 'app/package.json', content: pj('the-app', '0.0.1') },
      ]),
      await raw([
        {
          path: './usr/local/lib/python3.11/site-packages/Flask-3.0.3.dist-info/METADATA',
          content: 'Metadata-Version: 2.1\nName: Flask\nVersion: 3.0.3\n\nbody',
        },
      ]),
    ]);
    const r = await generate(reg, digest);
    expect(names(r)).toEqual([
      'deb:bash@5.2.15-2+b7',
      'deb:libc6@2.36-9+deb12u9',
      'npm:@scope/pkg@1.2.3',
      'npm:left-pad@1.3.0',
      'pypi:Flask@3.0.3',
    ]);
    expect(r.packages.map((p) => p.purl)).toEqual([
      'pkg:deb/debian/bash@5.2.15-2+b7?arch=amd64&distro=debian-12',
      'pkg:deb/debian/libc6@2.36-9+deb12u9?arch=amd64&distro=debian-12',
      'pkg:npm/%40scope/pkg@1.2.3',
      'pkg:npm/left-pad@1.3.0',
      'pkg:pypi/flask@3.0.3',
    ]);
    // Each layer was read exactly once.
    expect([...reg.fetches.values()].every((n) => n === 1)).toBe(true);
  });

  it('honours whiteouts: a removed file, a removed folder, and an opaque folder', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: 'app/node_modules/a/package.json', content: pj('a', '1.0.0') },
        { path: 'app/node_modules/b/package.json', content: pj('b', '1.0.0') },
        { path: 'app/node_modules/c/package.json', content: pj('c', '1.0.0') },
        { path: 'srv/node_modules/d/package.json', content: pj('d', '1.0.0') },
        { path: 'srv/node_modules/e/package.json', content: pj('e', '1.0.0') },
        { path: 'var/lib/dpkg/status', content: status(['bash', '5']) },
      ]),
      await gz([
        // The file itself, a whole package folder, and an opaque folder replaced by new content.
        { path: 'app/node_modules/a/.wh.package.json' },
        { path: 'app/node_modules/.wh.b' },
        { path: 'srv/node_modules/.wh..wh..opq' },
        { path: 'srv/node_modules/f/package.json', content: pj('f', '2.0.0') },
        { path: 'var/lib/dpkg/status', content: status(['bash', '5'], ['curl', '7']) },
      ]),
      await gz([{ path: 'var/lib/.wh.dpkg' }]),
    ]);
    const r = await generate(reg, digest);
    expect(names(r)).toEqual(['npm:c@1.0.0', 'npm:f@2.0.0']);
  });

  it('lets an upper layer replace a file and keeps new files next to an opaque marker in the same layer', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([{ path: 'x/node_modules/a/package.json', content: pj('a', '1.0.0') }]),
      await gz([
        { path: 'x/node_modules/a/package.json', content: pj('a', '1.1.0') },
        { path: 'x/node_modules/.wh..wh..opq' },
      ]),
    ]);
    expect(names(await generate(reg, digest))).toEqual(['npm:a@1.1.0']);
  });

  it('follows a hard link within a layer', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: 'a/node_modules/p/package.json', content: pj('p', '1.0.0') },
        { path: 'b/node_modules/p/package.json', hardlink: 'a/node_modules/p/package.json' },
      ]),
    ]);
    const r = await generate(reg, digest);
    expect(r.packages.map((p) => p.path)).toEqual([
      'a/node_modules/p/package.json',
      'b/node_modules/p/package.json',
    ]);
  });

  it('writes valid CycloneDX 1.6 with one component per purl listing every location', async () => {
    const reg = new MemoryRegistry();
    const digest = reg.addImage([
      await gz([
        { path: 'etc/os-release', content: OS_RELEASE },
        { path: 'a/node_modules/p/package.json', content: pj('p', '1.0.0') },
        { path: 'b/node_modules/p/package.json', content: pj('p', '1.0.0') },
        { path: 'var/lib/dpkg/status', content: status(['bash', '5.2']) },
      ]),
    ]);
    const r = await generate(reg, digest);
    const parsed = await parseSbomDocument(Buffer.from(r.json), 'generated');
    expect(parsed.specVersion).toBe('1.6');
    const bom = JSON.parse(r.json);
    expect(bom.metadata).toMatchObject({
      timestamp: '2026-01-02T03:04:05.000Z',
      component: { type: 'container', name: 'registry.example/acme/app', version: digest },
      tools: { components: [{ type: 'application', name: 'signet', version: '0.1.0' }] },
    });
    expect(bom.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(bom.components).toHaveLength(2);
    const p = bom.components.find((c: { name: string }) => c.name === 'p');
    expect(p).toMatchObject({
      type: 'library',
      version: '1.0.0',
      purl: 'pkg:npm/p@1.0.0',
      licenses: [{ license: { id: 'MIT' } }],
    });
    expect(
      p.properties
        .filter((x: { name: string }) => x.name.endsWith(':path'))
        .map((x: { value: string }) => x.value),
    ).toEqual(['/a/node_modules/p/package.json', '/b/node_modules/p/package.json']);
    // Same input, same bytes.
    expect((await generate(reg, digest)).json).toBe(r.json);
  });

  it('fails with SBOM_INVALID_INPUT on an index and SBOM_INVALID_IMAGE on a non-tar layer', async () => {
    const reg = new MemoryRegistry();
    const index = reg.addManifest(
      { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] },
      'application/vnd.oci.image.index.v1+json',
    );
    await expect(generate(reg, index)).rejects.toMatchObject({ code: 'SBOM_INVALID_INPUT' });
    const odd = reg.addImage([{ bytes: Buffer.from('{}'), mediaType: 'application/vnd.in-toto+json' }]);
    await expect(generate(reg, odd)).rejects.toMatchObject({ code: 'SBOM_INVALID_IMAGE' });
    const broken = reg.addImage([
      { bytes: Buffer.from('not gzip at all'), mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' },
    ]);
    await expect(generate(reg, broken)).rejects.toMatchObject({ code: 'SBOM_INVALID_IMAGE' });
  });

  it.each([
    ['application/vnd.oci.image.layer.v1.tar+gzip', 'gzip'],
    ['application/vnd.docker.image.rootfs.diff.tar.gzip', 'gzip'],
    ['application/vnd.oci.image.layer.v1.tar+zstd', 'zstd'],
    ['application/vnd.oci.image.layer.v1.tar', 'none'],
    ['application/vnd.docker.image.rootfs.diff.tar', 'none'],
    ['application/vnd.oci.image.layer.nondistributable.v1.tar+gzip', 'gzip'],
  ])('reads %s as %s', (mt, c) => expect(toCompression(mt)).toBe(c));
});
