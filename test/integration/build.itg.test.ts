// The build stage against the bed's real Docker engine and registries: the docker builder (classic
// build + push), buildx (the real plugin, built from its Go module, driving the engine's BuildKit),
// buildah (vfs storage, chroot isolation) and `none`. Images are FROM scratch or the real Debian tree
// from debootstrap. Every digest the stage reports is checked against the registry.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startBed, registryOf, type Bed } from '../bed/index.ts';
import { buildImage, type BuildDeps, type BuildInput } from '../../src/build/index.ts';
import { execFile } from '../../src/build/exec.ts';
import { parseReference, type Digest, type RegistryClient } from '../../src/registry/index.ts';
import {
  builderEnv,
  installBuildxPlugin,
  writeBuildahStorageConf,
  writeDebianContext,
  writeScratchContext,
} from '../support/build-images.ts';
import { buildInput } from '../support/build-input.ts';
import { bedRegistryClient } from '../support/push-image.ts';

let bed: Bed;
let ok = false;
const clients: RegistryClient[] = [];

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous', 'basic'], docker: true });
  installBuildxPlugin(registryOf(bed, 'basic').dockerConfigDir);
  installBuildxPlugin(registryOf(bed, 'anonymous').dockerConfigDir);
}, 90_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await bed?.stop({ keepLogs: !ok });
});

function deps(flavour: 'anonymous' | 'basic', extraEnv: Record<string, string> = {}): BuildDeps {
  const r = registryOf(bed, flavour);
  const registry = bedRegistryClient(r);
  clients.push(registry);
  return { exec: execFile, readFile: (p) => readFile(p), registry, env: builderEnv(bed, r, extraEnv) };
}

function input(over: Partial<BuildInput> & Pick<BuildInput, 'builder' | 'context' | 'tags'>): BuildInput {
  return buildInput({ workDir: mkdtempSync(join(bed.dir, 'work-')), ...over });
}

async function headDigest(flavour: 'anonymous' | 'basic', ref: string): Promise<Digest> {
  const client = bedRegistryClient(registryOf(bed, flavour));
  try {
    return (await client.getManifest(parseReference(ref))).digest;
  } finally {
    client.close();
  }
}

const pushedDigests: Partial<Record<string, Digest>> = {};

describe('buildImage', () => {
  describe('with builder: docker (classic build, then docker push)', () => {
    it('pushes a FROM scratch image to every tag and reports the registry digest', async () => {
      const r = registryOf(bed, 'basic');
      const ctx = writeScratchContext(join(bed.dir, 'ctx-docker'), `docker ${Date.now()}\n`);
      const tags = [`${r.host}/build/docker:one`, `${r.host}/build/docker:two`, `${r.host}/build/other:one`];
      const result = await buildImage(
        input({
          builder: 'docker',
          context: ctx,
          tags: tags.map((t) => parseReference(t)),
          labels: [{ key: 'org.example.k', value: 'v w' }],
        }),
        deps('basic', { DOCKER_BUILDKIT: '0' }),
      );
      expect(result.digest).toBe(await headDigest('basic', tags[0]!));
      expect(await headDigest('basic', tags[2]!)).toBe(result.digest);
      expect(result.names.map((n) => `${n.registry}/${n.repository}:${n.tag}`)).toEqual(tags);
      expect(result.image.digest).toBe(result.digest);
      expect(result.manifests).toEqual([
        expect.objectContaining({ platform: 'linux/amd64', digest: result.digest }),
      ]);
      pushedDigests.docker = result.digest;
    });

    it('pushes the Debian tree from debootstrap', async () => {
      const r = registryOf(bed, 'basic');
      const ctx = writeDebianContext(join(bed.dir, 'ctx-debian'));
      const tag = `${r.host}/build/debian:docker`;
      const result = await buildImage(
        input({ builder: 'docker', context: ctx, tags: [parseReference(tag)] }),
        deps('basic', { DOCKER_BUILDKIT: '0' }),
      );
      expect(result.digest).toBe(await headDigest('basic', tag));
      expect(result.manifests[0]!.platform).toBe('linux/amd64');
    });

    it('fails with BUILD_FAILED and the builder output when the Dockerfile is broken', async () => {
      const r = registryOf(bed, 'basic');
      const ctx = join(bed.dir, 'ctx-broken');
      mkdirSync(ctx);
      writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY missing.txt /\n');
      await expect(
        buildImage(
          input({ builder: 'docker', context: ctx, tags: [parseReference(`${r.host}/build/broken:x`)] }),
          deps('basic', { DOCKER_BUILDKIT: '0' }),
        ),
      ).rejects.toMatchObject({ code: 'BUILD_FAILED', message: expect.stringContaining('missing.txt') });
    });

    it('fails with BUILD_TOOL_MISSING naming the install when docker is not on PATH', async () => {
      const r = registryOf(bed, 'basic');
      const ctx = writeScratchContext(join(bed.dir, 'ctx-nodocker'), 'x\n');
      await expect(
        buildImage(
          // exec.ts's spawn timer outlives a process that never started: keep it short here.
          input({
            builder: 'docker',
            context: ctx,
            tags: [parseReference(`${r.host}/build/x:y`)],
            timeoutMs: 2000,
          }),
          deps('basic', { PATH: join(bed.dir, 'empty-path') }),
        ),
      ).rejects.toMatchObject({
        code: 'BUILD_TOOL_MISSING',
        message: expect.stringContaining('apt-get install docker.io'),
      });
    });
  });

  describe("with builder: buildx (the real plugin on the engine's BuildKit)", () => {
    it('pushes with --metadata-file and takes containerimage.digest', async () => {
      const r = registryOf(bed, 'basic');
      const ctx = writeScratchContext(join(bed.dir, 'ctx-buildx'), `buildx ${Date.now()}\n`);
      writeFileSync(
        join(ctx, 'Dockerfile.custom'),
        'FROM scratch\nARG GREETING\nCOPY hello.txt /hello.txt\nLABEL greeting=$GREETING\n',
      );
      const tags = [`${r.host}/build/buildx:a`, `${r.host}/build/buildx:b`];
      const result = await buildImage(
        input({
          builder: 'buildx',
          context: ctx,
          file: join(ctx, 'Dockerfile.custom'),
          tags: tags.map((t) => parseReference(t)),
          buildArgs: [{ key: 'GREETING', value: 'hello; $(rm -rf /) `x`' }],
          labels: [{ key: 'org.opencontainers.image.title', value: 'a title' }],
        }),
        deps('basic'),
      );
      expect(result.digest).toBe(await headDigest('basic', tags[0]!));
      expect(await headDigest('basic', tags[1]!)).toBe(result.digest);
      expect(result.manifests).toEqual([expect.objectContaining({ platform: 'linux/amd64' })]);
      // The build arg reached the image verbatim: no shell ever saw it.
      const client = bedRegistryClient(r);
      clients.push(client);
      const manifest = JSON.parse((await client.getManifest(result.image)).bytes.toString()) as {
        config: { digest: Digest; size: number };
      };
      const config = JSON.parse(
        (
          await client.fetchBlobBytes(result.image, manifest.config.digest, { size: manifest.config.size })
        ).toString(),
      ) as { config: { Labels: Record<string, string> } };
      expect(config.config.Labels).toMatchObject({
        greeting: 'hello; $(rm -rf /) `x`',
        'org.opencontainers.image.title': 'a title',
      });
    });

    it('pushes the Debian tree', async () => {
      const r = registryOf(bed, 'basic');
      const ctx = writeDebianContext(join(bed.dir, 'ctx-debian-buildx'));
      const tag = `${r.host}/build/debian:buildx`;
      const result = await buildImage(
        input({ builder: 'buildx', context: ctx, tags: [parseReference(tag)] }),
        deps('basic'),
      );
      expect(result.digest).toBe(await headDigest('basic', tag));
    });

    it('fails with BUILD_TOOL_MISSING when the buildx plugin is not installed', async () => {
      const r = registryOf(bed, 'basic');
      const ctx = writeScratchContext(join(bed.dir, 'ctx-noplugin'), 'x\n');
      const emptyConfig = join(bed.dir, 'no-plugins');
      mkdirSync(emptyConfig, { recursive: true });
      writeFileSync(join(emptyConfig, 'config.json'), '{}');
      await expect(
        buildImage(
          input({ builder: 'buildx', context: ctx, tags: [parseReference(`${r.host}/build/x:y`)] }),
          deps('basic', { DOCKER_CONFIG: emptyConfig }),
        ),
      ).rejects.toMatchObject({
        code: 'BUILD_TOOL_MISSING',
        message: expect.stringContaining('cli-plugins/docker-buildx in DOCKER_CONFIG'),
      });
    });
  });

  describe('with builder: buildah (bud, then push --digestfile)', () => {
    it('pushes a single-platform image over plain HTTP with --tls-verify=false', async () => {
      const r = registryOf(bed, 'anonymous');
      const ctx = writeScratchContext(join(bed.dir, 'ctx-buildah'), `buildah ${Date.now()}\n`);
      const tag = `${r.host}/build/buildah:one`;
      const result = await buildImage(
        input({
          builder: 'buildah',
          context: ctx,
          tags: [parseReference(tag)],
          insecureRegistries: [r.host],
        }),
        deps('anonymous', writeBuildahStorageConf(join(bed.dir, 'buildah-1'))),
      );
      expect(result.digest).toBe(await headDigest('anonymous', tag));
      expect(result.manifests).toEqual([
        expect.objectContaining({ platform: 'linux/amd64', digest: result.digest }),
      ]);
    });

    it('pushes a two-platform manifest list and reports each platform manifest', async () => {
      const r = registryOf(bed, 'basic');
      const ctx = writeScratchContext(join(bed.dir, 'ctx-buildah-multi'), `buildah multi ${Date.now()}\n`);
      const tag = `${r.host}/build/buildah:multi`;
      const result = await buildImage(
        input({
          builder: 'buildah',
          context: ctx,
          tags: [parseReference(tag)],
          platforms: ['linux/amd64', 'linux/arm64'],
          insecureRegistries: [r.host],
        }),
        deps('basic', writeBuildahStorageConf(join(bed.dir, 'buildah-2'))),
      );
      expect(result.digest).toBe(await headDigest('basic', tag));
      expect(result.mediaType).toMatch(/index|manifest\.list/);
      expect(result.manifests.map((m) => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    });
  });

  describe('with builder: none', () => {
    it('describes the digest another step pushed', async () => {
      const r = registryOf(bed, 'basic');
      const digest = pushedDigests.docker!;
      expect(digest).toBeDefined();
      const result = await buildImage(
        input({ builder: 'none', context: '', tags: [parseReference(`${r.host}/build/docker:one`)], digest }),
        deps('basic'),
      );
      expect(result.digest).toBe(digest);
      expect(result.manifests[0]!.platform).toBe('linux/amd64');
    });

    it('fails when the digest is not in the repository', async () => {
      const r = registryOf(bed, 'basic');
      await expect(
        buildImage(
          input({
            builder: 'none',
            context: '',
            tags: [parseReference(`${r.host}/build/docker:one`)],
            digest: `sha256:${'0'.repeat(64)}`,
          }),
          deps('basic'),
        ),
      ).rejects.toMatchObject({
        code: 'BUILD_NO_DIGEST',
        message: expect.stringContaining('does not exist'),
      });
    });
  });

  it('leaves the bed clean', () => {
    ok = true;
  });
});
