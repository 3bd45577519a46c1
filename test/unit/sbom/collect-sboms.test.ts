// The SBOM stage on an in-memory registry: BuildKit's SPDX attestations per platform, a user's SPDX or
// CycloneDX file (validated), the generator, and the order of sources.
import { readFileSync } from 'node:fs';
import { collectSboms, type SbomInput } from '../../../src/sbom/index.ts';
import { parseSbomDocument } from '../../../src/sbom/sbom-file.ts';
import { parseSpdxStatement } from '../../../src/sbom/buildkit-sbom.ts';
import { parseReference, withIdentifier, type Digest } from '../../../src/registry/index.ts';
import { MemoryRegistry, gz, sha } from './image-layers.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/sbom/${name}`, import.meta.url));
const SPDX = fixture('syft-v1.42.0-debian-spdx-json.json');
const CDX = fixture('syft-v1.42.0-debian-cyclonedx-json.json');
const repo = parseReference('registry.example/acme/app');
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

/** A two-platform index as BuildKit pushes it with `--sbom=true`: an attestation manifest per platform. */
async function buildkitIndex(reg: MemoryRegistry, opts: { sbomFor: ('amd64' | 'arm64')[] }) {
  const platforms = {} as Record<'amd64' | 'arm64', Digest>;
  const manifests: unknown[] = [];
  for (const arch of ['amd64', 'arm64'] as const) {
    platforms[arch] = reg.addImage(
      [
        await gz([
          {
            path: 'app/node_modules/p/package.json',
            content: `{"name":"p","version":"1.0.${arch === 'amd64' ? 0 : 1}"}`,
          },
        ]),
      ],
      { os: 'linux', architecture: arch },
    );
    manifests.push({
      mediaType: OCI_MANIFEST,
      digest: platforms[arch],
      size: reg.manifests.get(platforms[arch])!.bytes.length,
      platform: { os: 'linux', architecture: arch },
    });
  }
  for (const arch of opts.sbomFor) {
    const statement = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v0.1',
        predicateType: 'https://spdx.dev/Document',
        subject: [
          {
            name: `pkg:docker/acme/app@latest?platform=linux%2F${arch}`,
            digest: { sha256: platforms[arch].slice(7) },
          },
        ],
        predicate: { ...JSON.parse(SPDX.toString()), name: `sbom-${arch}` },
      }),
    );
    const provenance = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v0.1',
        predicateType: 'https://slsa.dev/provenance/v0.2',
        subject: [],
        predicate: {},
      }),
    );
    const config = Buffer.from(
      '{"architecture":"unknown","os":"unknown","config":{},"rootfs":{"type":"layers","diff_ids":[]}}',
    );
    const att = reg.addManifest(
      {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: reg.addBlob(config),
          size: config.length,
        },
        layers: [
          {
            mediaType: 'application/vnd.in-toto+json',
            digest: reg.addBlob(provenance),
            size: provenance.length,
            annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
          },
          {
            mediaType: 'application/vnd.in-toto+json',
            digest: reg.addBlob(statement),
            size: statement.length,
            annotations: { 'in-toto.io/predicate-type': 'https://spdx.dev/Document' },
          },
        ],
      },
      OCI_MANIFEST,
    );
    manifests.push({
      mediaType: OCI_MANIFEST,
      digest: att,
      size: reg.manifests.get(att)!.bytes.length,
      annotations: {
        'vnd.docker.reference.digest': platforms[arch],
        'vnd.docker.reference.type': 'attestation-manifest',
      },
      platform: { architecture: 'unknown', os: 'unknown' },
    });
  }
  const index = reg.addManifest({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }, OCI_INDEX);
  return { index, platforms };
}

const deps = (registry: MemoryRegistry) => ({ registry, now: () => new Date('2026-01-01T00:00:00Z') });
const input = (digest: Digest, over: Partial<SbomInput> = {}): SbomInput => ({
  image: withIdentifier(repo, { digest }),
  tool: { name: 'signet', version: '0.1.0' },
  ...over,
});

describe('collectSboms', () => {
  it("takes BuildKit's SPDX attestation of each platform first, skipping provenance", async () => {
    const reg = new MemoryRegistry();
    const { index, platforms } = await buildkitIndex(reg, { sbomFor: ['amd64', 'arm64'] });
    const r = await collectSboms(input(index, { file: { name: 'x.json', bytes: CDX } }), deps(reg));
    expect(r.sboms.map((s) => [s.source, s.platform, s.subject, JSON.parse(s.json).name])).toEqual([
      ['buildkit', 'linux/amd64', platforms.amd64, 'sbom-amd64'],
      ['buildkit', 'linux/arm64', platforms.arm64, 'sbom-arm64'],
    ]);
    expect(r.sboms[0]).toMatchObject({ format: 'spdx-json', predicateType: 'https://spdx.dev/Document' });
    expect(r.warnings).toEqual([]);
  });

  it('warns about a platform BuildKit attached no SBOM to', async () => {
    const reg = new MemoryRegistry();
    const { index } = await buildkitIndex(reg, { sbomFor: ['arm64'] });
    const r = await collectSboms(input(index), deps(reg));
    expect(r.sboms).toHaveLength(1);
    expect(r.warnings).toEqual(['BuildKit attached no SBOM for linux/amd64']);
  });

  it("falls back to the user's file, attested against the pushed digest", async () => {
    const reg = new MemoryRegistry();
    const { index } = await buildkitIndex(reg, { sbomFor: [] });
    const r = await collectSboms(input(index, { file: { name: 'sbom.cdx.json', bytes: CDX } }), deps(reg));
    expect(r.sboms).toEqual([
      expect.objectContaining({
        source: 'file',
        format: 'cyclonedx-json',
        predicateType: 'https://cyclonedx.org/bom',
        subject: index,
        json: CDX.toString(),
      }),
    ]);
  });

  it('generates one CycloneDX SBOM per platform when nothing else is there, skipping attestation manifests', async () => {
    const reg = new MemoryRegistry();
    const { index, platforms } = await buildkitIndex(reg, { sbomFor: [] });
    const r = await collectSboms(input(index), deps(reg));
    expect(r.sboms.map((s) => [s.source, s.platform, s.subject, s.packageCount])).toEqual([
      ['generate', 'linux/amd64', platforms.amd64, 1],
      ['generate', 'linux/arm64', platforms.arm64, 1],
    ]);
    expect(r.sboms[1]!.json).toContain('"purl": "pkg:npm/p@1.0.1"');
  });

  it('follows the order the user chose', async () => {
    const reg = new MemoryRegistry();
    const { index } = await buildkitIndex(reg, { sbomFor: ['amd64', 'arm64'] });
    const r = await collectSboms(input(index, { sources: ['generate', 'buildkit'] }), deps(reg));
    expect(r.sboms.every((s) => s.source === 'generate')).toBe(true);
  });

  it('fails with SBOM_NONE naming the way out when no chosen source has one', async () => {
    const reg = new MemoryRegistry();
    const { index } = await buildkitIndex(reg, { sbomFor: [] });
    await expect(
      collectSboms(input(index, { sources: ['buildkit', 'file'] }), deps(reg)),
    ).rejects.toMatchObject({
      code: 'SBOM_NONE',
      message: expect.stringContaining('no SBOM file was given'),
    });
  });

  it('fails with SBOM_INVALID_INPUT without a digest or with an unknown source', async () => {
    const reg = new MemoryRegistry();
    await expect(
      collectSboms({ image: repo, tool: { name: 's', version: '1' } }, deps(reg)),
    ).rejects.toMatchObject({ code: 'SBOM_INVALID_INPUT' });
    const { index } = await buildkitIndex(reg, { sbomFor: [] });
    await expect(
      collectSboms(input(index, { sources: ['nope' as 'file'] }), deps(reg)),
    ).rejects.toMatchObject({ code: 'SBOM_INVALID_INPUT' });
  });
});

describe('parseSpdxStatement', () => {
  const subject = sha(Buffer.from('x'));
  const st = (o: object) =>
    Buffer.from(
      JSON.stringify({
        predicateType: 'https://spdx.dev/Document',
        subject: [{ digest: { sha256: subject.slice(7) } }],
        predicate: {},
        ...o,
      }),
    );
  it('refuses another subject, another predicate type, no predicate and bad JSON', () => {
    expect(() => parseSpdxStatement(st({ subject: [] }), subject, 'x')).toThrow(
      expect.objectContaining({
        code: 'SBOM_INVALID_ATTESTATION',
        message: expect.stringContaining('subject'),
      }),
    );
    expect(() =>
      parseSpdxStatement(st({ predicateType: 'https://slsa.dev/provenance/v1' }), subject, 'x'),
    ).toThrow(expect.objectContaining({ code: 'SBOM_INVALID_ATTESTATION' }));
    expect(() => parseSpdxStatement(st({ predicate: null }), subject, 'x')).toThrow(
      expect.objectContaining({ code: 'SBOM_INVALID_ATTESTATION' }),
    );
    expect(() => parseSpdxStatement(Buffer.from('{'), subject, 'x')).toThrow(
      expect.objectContaining({ code: 'SBOM_INVALID_ATTESTATION' }),
    );
    expect(parseSpdxStatement(st({ predicate: { a: 1 } }), subject, 'x')).toEqual({ a: 1 });
  });
});

describe('parseSbomDocument', () => {
  it("reads syft's SPDX 2.3 and CycloneDX 1.6 JSON", async () => {
    await expect(parseSbomDocument(SPDX, 'a')).resolves.toMatchObject({
      format: 'spdx-json',
      specVersion: 'SPDX-2.3',
      predicateType: 'https://spdx.dev/Document',
    });
    await expect(parseSbomDocument(CDX, 'b')).resolves.toMatchObject({
      format: 'cyclonedx-json',
      specVersion: '1.6',
      predicateType: 'https://cyclonedx.org/bom',
    });
  });

  const spdx = JSON.parse(SPDX.toString()) as Record<string, unknown>;
  const cdx = JSON.parse(CDX.toString()) as Record<string, unknown>;
  it.each([
    ['not JSON', Buffer.from('SPDXVersion: SPDX-2.3'), 'not valid JSON'],
    ['neither format', Buffer.from('{"a":1}'), 'neither SPDX JSON'],
    [
      'SPDX 3',
      Buffer.from(JSON.stringify({ ...spdx, spdxVersion: 'SPDX-3.0' })),
      'expected spdxVersion SPDX-2.x',
    ],
    [
      'SPDX without documentNamespace',
      Buffer.from(JSON.stringify({ ...spdx, documentNamespace: undefined })),
      'no documentNamespace',
    ],
    [
      'SPDX with a nameless package',
      Buffer.from(JSON.stringify({ ...spdx, packages: [{ SPDXID: 'SPDXRef-x' }] })),
      'packages[0]',
    ],
    [
      'CycloneDX of an unknown version',
      Buffer.from(JSON.stringify({ ...cdx, specVersion: '9.9' })),
      'specVersion',
    ],
    [
      'CycloneDX breaking its schema',
      Buffer.from(JSON.stringify({ ...cdx, components: [{ name: 'x' }] })),
      'not valid CycloneDX 1.6',
    ],
  ])('refuses %s with SBOM_INVALID_FILE naming the file', async (_n, bytes, message) => {
    await expect(parseSbomDocument(bytes, 'my-sbom.json')).rejects.toMatchObject({
      code: 'SBOM_INVALID_FILE',
      message: expect.stringMatching(new RegExp(`^my-sbom\\.json: .*${message.replace(/[.[\]]/g, '\\$&')}`)),
    });
  });
});
