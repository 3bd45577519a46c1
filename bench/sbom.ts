// SBOM generator benchmark: peak RSS and wall time of Signet's generator on a ~1 GiB image (the
// Debian tree from debootstrap, Signet's own node_modules, and incompressible filler files) pushed to
// the test bed's Distribution registry, next to syft (built from its Go module) scanning the same
// image from the same registry. The generator runs in its own process so its peak RSS
// (`process.resourceUsage().maxRSS`) is its own; syft's peak is VmHWM from /proc, polled.
//
//   node bench/sbom.ts [--filler-mib 420] [--json out.json]
//   (Node 24: PATH=node_modules/.bin:$PATH; needs `npm run tools` for syft and the Debian tarball)
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Transform, type TransformCallback } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
// Only types at the top: the child that runs the generator loads nothing but the generator and the
// registry client, so its peak RSS is the generator's, not the bed's (test/bed pulls in x509, bcrypt…).
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

/** Runs a process, polling its peak RSS (VmHWM) until it exits. */
function runMeasured(argv: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; ms: number; peakRssMiB: number; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const t0 = performance.now();
      const child = spawn(argv[0]!, argv.slice(1), {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let peak = 0;
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const poll = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) peak = Math.max(peak, Number(m[1]) / 1024);
        } catch {
          // Gone between polls.
        }
      }, 50);
      child.on('error', reject);
      child.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, ms: performance.now() - t0, peakRssMiB: peak, stdout, stderr });
      });
    },
  );
}

/** Child mode: generate the SBOM of `ref` and print time, exact peak RSS and package count. */
async function child(ref: string) {
  const { RegistryClient, parseReference } = await import('../src/registry/index.ts');
  const { generateSbom } = await import('../src/sbom/generate-sbom.ts');
  const client = new RegistryClient({});
  const image = parseReference(ref);
  const t0 = performance.now();
  const r = await generateSbom(
    {
      repository: image,
      digest: image.digest!,
      tool: { name: 'signet', version: 'bench' },
      timestamp: new Date(),
    },
    client,
  );
  const ms = performance.now() - t0;
  client.close();
  const byEco: Record<string, number> = {};
  for (const p of r.packages) byEco[p.ecosystem] = (byEco[p.ecosystem] ?? 0) + 1;
  console.log(
    JSON.stringify({
      ms,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      packages: byEco,
      jsonBytes: r.json.length,
    }),
  );
}

async function main() {
  if (process.argv.includes('--help')) {
    console.log('node bench/sbom.ts [--filler-mib 420] [--json out.json]');
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
    const self = fileURLToPath(import.meta.url);
    const signet = await runMeasured([process.execPath, self, '--child', ref], {});
    if (signet.code !== 0) throw new Error(`generator failed:\n${signet.stderr}`);
    const s = JSON.parse(signet.stdout.trim().split('\n').pop()!) as {
      ms: number;
      maxRssMiB: number;
      packages: Record<string, number>;
    };
    const syftHome = join(dir, 'syft-home');
    const syft = await runMeasured(
      [toolPath('syft'), 'scan', `registry:${ref}`, '-o', 'cyclonedx-json', '-q'],
      {
        HOME: syftHome,
        SYFT_REGISTRY_INSECURE_USE_HTTP: 'true',
        SYFT_CHECK_FOR_APP_UPDATE: 'false',
        TMPDIR: dir,
      },
    );
    if (syft.code !== 0) throw new Error(`syft failed:\n${syft.stderr}`);
    const syftComponents = (JSON.parse(syft.stdout) as { components?: unknown[] }).components?.length ?? 0;
    const rows = [
      {
        tool: 'signet generator',
        seconds: s.ms / 1000,
        peakRssMiB: s.maxRssMiB,
        packages: JSON.stringify(s.packages),
      },
      {
        tool: 'syft v1.42.0',
        seconds: syft.ms / 1000,
        peakRssMiB: syft.peakRssMiB,
        packages: `${syftComponents} components`,
      },
    ];
    console.log('\n| tool | wall s | peak RSS MiB | packages |\n| --- | ---: | ---: | --- |');
    for (const r of rows)
      console.log(`| ${r.tool} | ${r.seconds.toFixed(1)} | ${r.peakRssMiB.toFixed(0)} | ${r.packages} |`);
    const verdict = s.maxRssMiB < 200 ? 'under' : 'OVER';
    console.log(`\ngenerator peak RSS ${s.maxRssMiB.toFixed(0)} MiB: ${verdict} the 200 MB budget`);
    const out = arg('json', '');
    if (out) writeFileSync(out, JSON.stringify({ image: pushed, rows }, null, 2));
    if (s.maxRssMiB >= 200) process.exitCode = 1;
  } finally {
    await registry.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!);
else await main();
