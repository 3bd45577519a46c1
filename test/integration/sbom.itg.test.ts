// The SBOM stage against real images in the bed's registry: the generator on a Debian tree from
// debootstrap, a Node app and a Python app, compared with syft (built from its Go module) on the same
// pushed images, per ecosystem; then a user's file, and the source order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startBed, registryOf, type Bed } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { runOk } from '../support/run.ts';
import { buildImage } from '../../src/build/index.ts';
import { execFile } from '../../src/build/exec.ts';
import { collectSboms, type ImageSbom } from '../../src/sbom/index.ts';
import {
  formatReference,
  parseReference,
  type ImageRef,
  type RegistryClient,
} from '../../src/registry/index.ts';
import {
  builderEnv,
  installBuildxPlugin,
  writeDebianContext,
  writeNodeContext,
  writePythonContext,
} from '../support/build-images.ts';
import { buildInput } from '../support/build-input.ts';
import { bedRegistryClient } from '../support/push-image.ts';

let bed: Bed;
let client: RegistryClient;
let ok = false;
const images: Partial<Record<'debian' | 'node' | 'python', ImageRef>> = {};

async function build(name: 'debian' | 'node' | 'python', ctx: string): Promise<ImageRef> {
  const r = registryOf(bed, 'anonymous');
  const result = await buildImage(
    buildInput({
      context: ctx,
      tags: [parseReference(`${r.host}/sbom/${name}:latest`)],
      workDir: mkdtempSync(join(bed.dir, 'work-')),
    }),
    { exec: execFile, readFile: (p) => readFile(p), registry: client, env: builderEnv(bed, r) },
  );
  return result.image;
}

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous'], docker: true });
  const r = registryOf(bed, 'anonymous');
  installBuildxPlugin(r.dockerConfigDir);
  client = bedRegistryClient(r);
  images.debian = await build('debian', writeDebianContext(join(bed.dir, 'ctx-debian')));
  images.node = await build('node', writeNodeContext(join(bed.dir, 'ctx-node')));
  images.python = await build('python', writePythonContext(join(bed.dir, 'ctx-python')));
}, 600_000);

afterAll(async () => {
  client?.close();
  await bed?.stop({ keepLogs: !ok });
});

type Eco = 'deb' | 'npm' | 'pypi';
const key = (eco: Eco, name: string, version: string) =>
  `${eco === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name}@${version}`;

function ourPackages(sbom: ImageSbom): Record<Eco, Set<string>> {
  const bom = JSON.parse(sbom.json) as {
    components: {
      name: string;
      group?: string;
      version: string;
      properties: { name: string; value: string }[];
    }[];
  };
  const out: Record<Eco, Set<string>> = { deb: new Set(), npm: new Set(), pypi: new Set() };
  for (const c of bom.components) {
    const eco = c.properties.find((p) => p.name === 'signet:package:type')?.value as Eco;
    out[eco]?.add(key(eco, c.group ? `${c.group}/${c.name}` : c.name, c.version));
  }
  return out;
}

async function syftPackages(image: ImageRef): Promise<{ packages: Record<Eco, Set<string>>; ms: number }> {
  const home = mkdtempSync(join(bed.dir, 'syft-'));
  const t0 = Date.now();
  const res = await runOk(
    [toolPath('syft'), 'scan', `registry:${formatReference(image)}`, '-o', 'syft-json', '-q'],
    {
      env: { HOME: home, SYFT_REGISTRY_INSECURE_USE_HTTP: 'true', SYFT_CHECK_FOR_APP_UPDATE: 'false' },
      timeoutMs: 600_000,
    },
  );
  const ms = Date.now() - t0;
  const doc = JSON.parse(res.stdout) as { artifacts: { name: string; version: string; type: string }[] };
  const map: Record<string, Eco> = { deb: 'deb', npm: 'npm', python: 'pypi' };
  const out: Record<Eco, Set<string>> = { deb: new Set(), npm: new Set(), pypi: new Set() };
  for (const a of doc.artifacts) {
    const eco = map[a.type];
    if (eco) out[eco].add(key(eco, a.name, a.version));
  }
  return { packages: out, ms };
}

function score(ours: Set<string>, theirs: Set<string>) {
  const both = [...ours].filter((k) => theirs.has(k)).length;
  return {
    ours: ours.size,
    syft: theirs.size,
    recall: theirs.size ? both / theirs.size : 1,
    precision: ours.size ? both / ours.size : 1,
    missing: [...theirs].filter((k) => !ours.has(k)).slice(0, 10),
    extra: [...ours].filter((k) => !theirs.has(k)).slice(0, 10),
  };
}

describe('collectSboms with the generator, against syft', () => {
  const table: Record<string, unknown> = {};

  it.each([
    ['debian', 'deb'],
    ['node', 'npm'],
    ['python', 'pypi'],
  ] as const)("lists the %s image's %s packages with ≥ 95 %% recall and precision", async (image, eco) => {
    const t0 = Date.now();
    const { sboms } = await collectSboms(
      { image: images[image]!, sources: ['generate'], tool: { name: 'signet', version: 'test' } },
      { registry: client, now: () => new Date('2026-01-01T00:00:00Z') },
    );
    const signetMs = Date.now() - t0;
    expect(sboms).toHaveLength(1);
    expect(sboms[0]).toMatchObject({ source: 'generate', format: 'cyclonedx-json', platform: 'linux/amd64' });
    const ours = ourPackages(sboms[0]!);
    const syft = await syftPackages(images[image]!);
    const all: Record<string, ReturnType<typeof score>> = {};
    for (const e of ['deb', 'npm', 'pypi'] as const) all[e] = score(ours[e], syft.packages[e]);
    table[image] = { signetMs, syftMs: syft.ms, ...all };
    console.log(`sbom accuracy ${image}: ${JSON.stringify(table[image], null, 1)}`);
    expect(all[eco]!.syft).toBeGreaterThan(10);
    expect(all[eco]!.recall).toBeGreaterThanOrEqual(0.95);
    expect(all[eco]!.precision).toBeGreaterThanOrEqual(0.95);
    // Every image has the Debian tree underneath: its OS packages are always listed.
    expect(all.deb!.recall).toBeGreaterThanOrEqual(0.95);
    expect(all.deb!.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("writes a CycloneDX 1.6 document the library's strict validator accepts, with purls", async () => {
    const { sboms } = await collectSboms(
      { image: images.debian!, sources: ['generate'], tool: { name: 'signet', version: 'test' } },
      { registry: client, now: () => new Date('2026-01-01T00:00:00Z') },
    );
    const { parseSbomDocument } = await import('../../src/sbom/sbom-file.ts');
    const parsed = await parseSbomDocument(Buffer.from(sboms[0]!.json), 'generated');
    expect(parsed).toMatchObject({ format: 'cyclonedx-json', specVersion: '1.6' });
    expect(sboms[0]!.json).toContain('"purl": "pkg:deb/debian/bash@');
    expect(sboms[0]!.json).toContain('distro=debian-12');
  });
});

describe('collectSboms with a user file', () => {
  it("takes syft's SPDX JSON of the image before the generator", async () => {
    const spdx = await runOk(
      [toolPath('syft'), 'scan', `registry:${formatReference(images.debian!)}`, '-o', 'spdx-json', '-q'],
      {
        env: {
          HOME: mkdtempSync(join(bed.dir, 'syft-')),
          SYFT_REGISTRY_INSECURE_USE_HTTP: 'true',
          SYFT_CHECK_FOR_APP_UPDATE: 'false',
        },
        timeoutMs: 600_000,
      },
    );
    const { sboms } = await collectSboms(
      {
        image: images.debian!,
        file: { name: 'sbom.spdx.json', bytes: Buffer.from(spdx.stdout) },
        tool: { name: 'signet', version: 'test' },
      },
      { registry: client, now: () => new Date() },
    );
    expect(sboms).toEqual([
      expect.objectContaining({
        source: 'file',
        format: 'spdx-json',
        predicateType: 'https://spdx.dev/Document',
        subject: images.debian!.digest,
      }),
    ]);
  });

  it('refuses a file that is neither SPDX nor CycloneDX JSON', async () => {
    const bad = join(bed.dir, 'bad.json');
    writeFileSync(bad, '{"hello":"world"}');
    await expect(
      collectSboms(
        {
          image: images.debian!,
          file: { name: 'bad.json', bytes: await readFile(bad) },
          tool: { name: 'signet', version: 'test' },
        },
        { registry: client, now: () => new Date() },
      ),
    ).rejects.toMatchObject({ code: 'SBOM_INVALID_FILE', message: expect.stringContaining('bad.json') });
  });

  it('fails with SBOM_NONE when no chosen source has one (a docker-driver image has no BuildKit SBOM)', async () => {
    await expect(
      collectSboms(
        { image: images.debian!, sources: ['buildkit', 'file'], tool: { name: 'signet', version: 'test' } },
        { registry: client, now: () => new Date() },
      ),
    ).rejects.toMatchObject({ code: 'SBOM_NONE' });
    ok = true;
  });
});
