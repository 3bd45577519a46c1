// The build stage's orchestration with a fake exec and an in-memory registry: which processes run
// with which environment, where the digest comes from, and the errors when there is none.
import { buildImage, type BuildDeps, type BuildInput } from '../../../src/build/index.ts';
import { toRemoteBuilderName } from '../../../src/build/build-image.ts';
import type { ExecFile, ExecOptions } from '../../../src/build/exec.ts';
import { parseReference, type Digest } from '../../../src/registry/index.ts';
import { MemoryRegistry } from '../sbom/image-layers.ts';
import { buildInput } from '../../support/build-input.ts';

const input = (over: Partial<BuildInput> = {}): BuildInput => buildInput({ context: '/ctx', ...over });

function setup(answers: (argv: string[]) => { code?: number; stdout?: string; stderr?: string } | Error) {
  const registry = new MemoryRegistry();
  const calls: { argv: string[]; opts?: ExecOptions }[] = [];
  const files = new Map<string, string>();
  const exec: ExecFile = async (argv, opts) => {
    calls.push({ argv, opts });
    const a = answers(argv);
    if (a instanceof Error) throw a;
    return { code: a.code ?? 0, stdout: a.stdout ?? '', stderr: a.stderr ?? '' };
  };
  const deps: BuildDeps = {
    exec,
    readFile: async (p) => {
      const f = files.get(p);
      if (f === undefined) throw Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' });
      return Buffer.from(f);
    },
    registry,
    env: { PATH: '/usr/bin', DOCKER_CONFIG: '/cfg' },
  };
  return { registry, calls, files, deps };
}

describe('buildImage', () => {
  describe('with buildx', () => {
    it('probes buildx, builds with secrets in the environment, reads the metadata file and describes the image', async () => {
      let digest: Digest = 'sha256:0';
      const s = setup((argv) => {
        if (argv[2] === 'version') return { stdout: 'github.com/docker/buildx v0.38.2 abc\n' };
        s.files.set('/w/buildx-metadata.json', JSON.stringify({ 'containerimage.digest': digest }));
        return {};
      });
      digest = s.registry.addImage([], { os: 'linux', architecture: 'arm64', variant: 'v8' } as never);
      const r = await buildImage(input({ secrets: [{ id: 'tok', value: 'hunter2' }] }), s.deps);
      expect(r).toMatchObject({
        builder: 'buildx',
        builderVersion: 'v0.38.2',
        digest,
        image: { registry: 'registry.example', repository: 'acme/app', digest },
        manifests: [{ platform: 'linux/arm64/v8', digest }],
        attestationManifests: [],
        warnings: [],
      });
      expect(s.calls[1]!.argv.slice(0, 3)).toEqual(['docker', 'buildx', 'build']);
      expect(s.calls[1]!.opts?.env).toEqual({
        PATH: '/usr/bin',
        DOCKER_CONFIG: '/cfg',
        SIGNET_BUILD_SECRET_0: 'hunter2',
      });
      expect(s.calls.flatMap((c) => c.argv).join(' ')).not.toContain('hunter2');
    });

    describe('with a BuildKit daemon (buildkit-host)', () => {
      const endpoint = 'tcp://buildkitd:1234';
      const ok = (s: ReturnType<typeof setup>, digest: () => Digest) => (argv: string[]) => {
        if (argv[2] === 'version') return { stdout: 'github.com/docker/buildx v0.38.2 abc\n' };
        if (argv[2] === 'build')
          s.files.set('/w/buildx-metadata.json', JSON.stringify({ 'containerimage.digest': digest() }));
        return {};
      };

      it('registers it once as a remote buildx builder and builds on it', async () => {
        let digest: Digest = 'sha256:0';
        let inspected = false;
        const s: ReturnType<typeof setup> = setup((argv) => {
          if (argv[2] === 'inspect') {
            inspected = true;
            return { code: 1, stderr: 'ERROR: no builder found' };
          }
          return ok(s, () => digest)(argv);
        });
        digest = s.registry.addImage([], { os: 'linux', architecture: 'amd64' } as never);
        await buildImage(input({ buildkitHost: endpoint }), s.deps);
        const name = toRemoteBuilderName(endpoint);
        expect(name).toMatch(/^signet-remote-[0-9a-f]{12}$/);
        expect(inspected).toBe(true);
        expect(s.calls.map((c) => c.argv.slice(1, 3).join(' '))).toEqual([
          'buildx inspect',
          'buildx create',
          'buildx version',
          'buildx build',
        ]);
        expect(s.calls[1]!.argv).toEqual([
          'docker',
          'buildx',
          'create',
          '--name',
          name,
          '--driver',
          'remote',
          endpoint,
        ]);
        expect(s.calls[3]!.argv).toContain(`--builder=${name}`);
      });

      it('reuses the instance a previous run registered', async () => {
        let digest: Digest = 'sha256:0';
        const s2: ReturnType<typeof setup> = setup((argv) => ok(s2, () => digest)(argv));
        digest = s2.registry.addImage([], { os: 'linux', architecture: 'amd64' } as never);
        await buildImage(input({ buildkitHost: endpoint }), s2.deps);
        expect(s2.calls.map((c) => c.argv[2])).toEqual(['inspect', 'version', 'build']);
      });

      it('leaves a builder the workflow named alone', async () => {
        let digest: Digest = 'sha256:0';
        const s: ReturnType<typeof setup> = setup((argv) => ok(s, () => digest)(argv));
        digest = s.registry.addImage([], { os: 'linux', architecture: 'amd64' } as never);
        await buildImage(input({ buildkitHost: endpoint, buildxBuilder: 'mine' }), s.deps);
        expect(s.calls.map((c) => c.argv[2])).toEqual(['version', 'build']);
        expect(s.calls[1]!.argv).toContain('--builder=mine');
      });

      it.each([
        'http://buildkitd:1234',
        'tcp://buildkitd',
        'buildkitd:1234',
        'unix://relative.sock',
        'tcp://a:1 --x',
      ])('refuses %j before running anything', async (bad) => {
        const s = setup(() => ({}));
        await expect(buildImage(input({ buildkitHost: bad }), s.deps)).rejects.toMatchObject({
          code: 'BUILD_INVALID_INPUT',
          message: expect.stringContaining('use tcp://HOST:PORT or unix:///PATH'),
        });
        expect(s.calls).toEqual([]);
      });
    });

    it("redacts secret values from a failed build's output", async () => {
      const s = setup((argv) =>
        argv[2] === 'version'
          ? { stdout: 'github.com/docker/buildx v1 x' }
          : { code: 1, stderr: 'ERROR: saw hunter2 in the log' },
      );
      await expect(
        buildImage(input({ secrets: [{ id: 'tok', value: 'hunter2' }] }), s.deps),
      ).rejects.toMatchObject({
        code: 'BUILD_FAILED',
        message: 'docker buildx build failed (exit 1):\nERROR: saw *** in the log',
      });
    });

    it('says BUILD_TOOL_MISSING when the probe fails and when docker is not installed', async () => {
      const noPlugin = setup(() => ({ code: 1, stderr: 'docker: unknown command: docker buildx' }));
      await expect(buildImage(input(), noPlugin.deps)).rejects.toMatchObject({ code: 'BUILD_TOOL_MISSING' });
      const noDocker = setup(() => Object.assign(new Error('spawn docker ENOENT'), { code: 'ENOENT' }));
      await expect(buildImage(input(), noDocker.deps)).rejects.toMatchObject({
        code: 'BUILD_TOOL_MISSING',
        message: expect.stringContaining('docker not found on PATH'),
      });
    });

    it('says the image was not pushed when the reported digest is not in the registry', async () => {
      const s = setup((argv) => {
        if (argv[2] === 'version') return { stdout: '' };
        s.files.set(
          '/w/buildx-metadata.json',
          JSON.stringify({ 'containerimage.digest': `sha256:${'e'.repeat(64)}` }),
        );
        return {};
      });
      await expect(buildImage(input(), s.deps)).rejects.toMatchObject({
        code: 'BUILD_NO_DIGEST',
        message: expect.stringContaining('loaded into the engine'),
      });
    });
  });

  describe('with docker', () => {
    it('pushes each tag and warns when a name got another digest', async () => {
      const s = setup(() => ({}));
      const a = s.registry.addImage([]);
      const b = s.registry.addImage([], { os: 'linux', architecture: 'arm64' });
      const pushes = [a, b];
      const s2 = setup((argv) =>
        argv[1] === 'push' ? { stdout: `x: digest: ${pushes.shift()} size: 1\n` } : {},
      );
      s2.deps.registry = s.registry;
      const r = await buildImage(
        input({
          builder: 'docker',
          tags: [
            parseReference('registry.example/acme/app:1'),
            parseReference('registry.example/acme/app:2'),
          ],
        }),
        s2.deps,
      );
      expect(r.digest).toBe(a);
      expect(r.warnings).toEqual([`registry.example/acme/app:2 was pushed as ${b}, not ${a}; signing ${a}`]);
      expect(s2.calls.map((c) => c.argv.slice(0, 2))).toEqual([
        ['docker', 'build'],
        ['docker', 'push'],
        ['docker', 'push'],
      ]);
    });
  });

  describe('with none', () => {
    it('needs the digest input', async () => {
      const s = setup(() => ({}));
      await expect(buildImage(input({ builder: 'none' }), s.deps)).rejects.toMatchObject({
        code: 'BUILD_NO_DIGEST',
        message: expect.stringContaining('"digest" output'),
      });
      expect(s.calls).toEqual([]);
    });
  });

  it('refuses push: false before running anything', async () => {
    const s = setup(() => ({}));
    await expect(buildImage(input({ push: false }), s.deps)).rejects.toMatchObject({
      code: 'BUILD_NO_DIGEST',
    });
    expect(s.calls).toEqual([]);
  });
});
