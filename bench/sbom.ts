// SBOM generator benchmark: `signet sbom --source=generate` (the built CLI, a whole process: its module
// loading and start-up count) against `syft scan` (built from its Go module), both writing CycloneDX
// JSON of the same ~1 GiB image (the Debian tree from debootstrap, Signet's own node_modules, and
// incompressible filler files) read from the test bed's Distribution registry. Wall, CPU (user+sys) and
// peak RSS of each process under GNU time, interleaved runs, medians and ratios.
//
//   node bench/sbom.ts [--filler-mib 420] [--runs 3] [--json out.json]
//   (Node 24: PATH=node_modules/.bin:$PATH; needs `npm run tools` for syft and the Debian tarball)
import { spawn } from 'node:child_process';
import { compare, measure, table } from './lib/measure.ts';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Transform, type TransformCallback } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import type { RegistryClient as RegistryClientType, Descriptor, ImageRef } from '../src/registry/index.ts';

const LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';
const MIB = 1024 * 1024;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** Counts and hashes the bytes that pass (the uncompressed tar: its diff_id and size). */
class Measure extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(c: Buffer, _e: BufferEncoding, cb: TransformCallback) {
    this.hash.update(c);
    this.bytes += c.length;
    cb(null, c);
  }
}

/** Uploads a gzip layer made from an uncompressed tar stream; returns its descriptor and diff_id. */
async function pushLayer(client: RegistryClientType, repo: ImageRef, tarStream: Readable) {
  const measure = new Measure();
  const gz = createGzip({ level: 1 });
  tarStream.pipe(measure).pipe(gz);
  const up = await client.uploadBlob(repo, gz, { mediaType: LAYER });
  return {
    descriptor: { mediaType: LAYER, digest: up.digest, size: up.size } as Descriptor,
    diffId: `sha256:${measure.hash.digest('hex')}`,
    bytes: measure.bytes,
  };
}

/** `tar -cf - .` of a folder, with every path under `prefix` (system tar, argv only). */
function tarOfFolder(dir: string, prefix: string): Readable {
  const child = spawn(
    'tar',
    ['-C', dir, '-cf', '-', `--transform=s,^\\.,${prefix},`, '--exclude=./.cache', '.'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return child.stdout;
}

/** A tar of `files` incompressible files of `mib` MiB each under /data. */
function fillerTar(files: number, mib: number): Readable {
  const pack = tar.pack();
  void (async () => {
    for (let i = 0; i < files; i++) {
      const entry = pack.entry({ name: `data/blob-${i}.bin`, size: mib * MIB });
      for (let j = 0; j < mib; j++) {
        if (!entry.write(randomBytes(MIB))) await new Promise<void>((r) => entry.once('drain', () => r()));
      }
      entry.end(undefined);
      await new Promise<void>((r) => entry.once('finish', () => r()));
    }
    pack.finalize();
  })();
  return pack as unknown as Readable;
}

async function pushBenchImage(client: RegistryClientType, repo: ImageRef, fillerMib: number) {
  const { REPO_ROOT } = await import('../test/bed/tools.ts');
  const { DEBIAN_ROOTFS_TAR } = await import('../test/support/build-images.ts');
  const { OCI_CONFIG_MEDIA_TYPE, OCI_MANIFEST_MEDIA_TYPE, withIdentifier } =
    await import('../src/registry/index.ts');
  const layers = [
    await pushLayer(client, repo, createReadStream(DEBIAN_ROOTFS_TAR)),
    await pushLayer(client, repo, tarOfFolder(join(REPO_ROOT, 'node_modules'), 'app/node_modules')),
    await pushLayer(
      client,
      repo,
      fillerTar(Math.ceil(fillerMib / 100), Math.round(fillerMib / Math.ceil(fillerMib / 100))).pipe(
        new PassThrough(),
      ),
    ),
  ];
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    }),
  );
  const c = await client.uploadBlob(repo, config, { mediaType: OCI_CONFIG_MEDIA_TYPE });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      config: { mediaType: OCI_CONFIG_MEDIA_TYPE, digest: c.digest, size: c.size },
      layers: layers.map((l) => l.descriptor),
    }),
  );
  const put = await client.putManifest(repo, manifest, { mediaType: OCI_MANIFEST_MEDIA_TYPE });
  return {
    image: withIdentifier(repo, { digest: put.digest }),
    uncompressedBytes: layers.reduce((n, l) => n + l.bytes, 0),
    compressedBytes: layers.reduce((n, l) => n + l.descriptor.size, 0),
  };
}

async function main() {
  if (process.argv.includes('--help')) {
    console.log('node bench/sbom.ts [--filler-mib 420] [--runs 3] [--json out.json]');
    return;
  }
  const fillerMib = Number(arg('filler-mib', '420'));
  const { startRegistry } = await import('../test/bed/registry.ts');
  const { toolPath } = await import('../test/bed/tools.ts');
  const { RegistryClient, formatReference, parseReference } = await import('../src/registry/index.ts');
  const dir = mkdtempSync(join(tmpdir(), 'signet-bench-sbom-'));
  const registry = await startRegistry({
    flavour: 'anonymous',
    dir: join(dir, 'reg'),
    logDir: join(dir, 'logs'),
  });
  try {
    const client = new RegistryClient({});
    const t0 = performance.now();
    const pushed = await pushBenchImage(client, parseReference(`${registry.host}/bench/sbom:big`), fillerMib);
    client.close();
    const ref = formatReference(pushed.image);
    console.log(
      `pushed ${ref}: ${(pushed.uncompressedBytes / MIB).toFixed(0)} MiB uncompressed, ${(pushed.compressedBytes / MIB).toFixed(0)} MiB compressed, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const signetCli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
    const syftHome = join(dir, 'syft-home');
    const syftEnv = {
      HOME: syftHome,
      SYFT_REGISTRY_INSECURE_USE_HTTP: 'true',
      SYFT_CHECK_FOR_APP_UPDATE: 'false',
      TMPDIR: dir,
    };
    let packages = '';
    const row = await compare('CycloneDX SBOM of the image', Number(arg('runs', '3')), {
      signet: async () => {
        const out = join(dir, 'signet-sbom');
        rmSync(out, { recursive: true, force: true });
        const m = await measure(
          [process.execPath, signetCli, 'sbom', '--source=generate', `--output-dir=${out}`, ref],
          {
            env: { HOME: join(dir, 'signet-home'), TMPDIR: dir },
          },
        );
        const file = m.stderr.trim().split('\t').pop()!;
        const bom = JSON.parse(readFileSync(join(out, file), 'utf8')) as { components?: unknown[] };
        packages = `signet ${bom.components?.length ?? 0} components`;
        return m;
      },
      other: async () => {
        const out = join(dir, 'syft.cdx.json');
        const m = await measure(
          [toolPath('syft'), 'scan', `registry:${ref}`, '-q', '-o', `cyclonedx-json=${out}`],
          {
            env: syftEnv,
          },
        );
        const bom = JSON.parse(readFileSync(out, 'utf8')) as { components?: unknown[] };
        packages = `${packages.split(';')[0]}; syft ${bom.components?.length ?? 0} components`;
        return m;
      },
    });
    console.log(`\n${table([row], 'syft')}\n\n${packages}`);
    const verdict = row.signet.peakRssMiB < 200 ? 'under' : 'OVER';
    console.log(
      `signet sbom peak RSS ${row.signet.peakRssMiB.toFixed(0)} MiB (the whole process): ${verdict} the 200 MB budget`,
    );
    const out = arg('json', '');
    if (out) writeFileSync(out, JSON.stringify({ image: pushed, row }, null, 2));
    if (row.signet.peakRssMiB >= 200) process.exitCode = 1;
  } finally {
    await registry.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
