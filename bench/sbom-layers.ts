// SBOM generator on crafted layers (issue 11 item 14): layer 1 holds N `node_modules/pK/package.json`
// files, layer 2 a whiteout for every one of them. Before the fix each whiteout scanned every file
// seen so far (N × N); now each is one walk down a path tree. Both implementations run side by side in
// the same run: this tree's `src/`, and the `src/` of a baseline commit (default: the merge base with
// main) unpacked with `git archive` into a temporary folder. Each run is its own process, so its peak
// RSS (VmHWM, polled from /proc) and wall time are its own; a run over `--timeout-s` is killed and
// reported as such.
//
//   node bench/sbom-layers.ts [--sizes 2000,8000,32000] [--baseline <commit>] [--timeout-s 120]
//   (Node 24: PATH=node_modules/.bin:$PATH)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';

const GZIP_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function tarOf(entries: { name: string; content: string }[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer);
  });
  const done = new Promise<void>((r) => pack.on('end', () => r()));
  for (const e of entries) pack.entry({ name: e.name }, e.content);
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** The child: reads the layers in `dir` with the readImageFiles of `impl`, prints what it found. */
async function child(impl: string, dir: string): Promise<void> {
  const mod = (await import(pathToFileURL(join(impl, 'sbom/layer-files.ts')).href)) as {
    readImageFiles(layers: unknown[], warnings: string[]): Promise<Map<string, unknown>>;
  };
  const layers = ['1', '2'].map((n) => {
    const bytes = readFileSync(join(dir, `layer-${n}.tar.gz`));
    return {
      digest: `layer-${n}`,
      mediaType: GZIP_LAYER,
      size: bytes.length,
      open: async () => Readable.from([bytes]),
    };
  });
  const started = performance.now();
  const files = await mod.readImageFiles(layers, []);
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, files: files.size }));
}

interface Run {
  ms?: number;
  files?: number;
  peakMiB: number;
  timedOut: boolean;
}

async function run(impl: string, dir: string, timeoutS: number): Promise<Run> {
  const p = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', impl, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  p.stdout.on('data', (c: Buffer) => (out += c.toString()));
  let peakKiB = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
      if (m) peakKiB = Math.max(peakKiB, Number(m[1]));
    } catch {
      // exited
    }
  }, 20);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    p.kill('SIGKILL');
  }, timeoutS * 1000);
  await new Promise<void>((r) => p.on('close', () => r()));
  clearInterval(poll);
  clearTimeout(timer);
  if (timedOut) return { peakMiB: peakKiB / 1024, timedOut };
  const parsed = JSON.parse(out) as { ms: number; files: number };
  return { ...parsed, peakMiB: peakKiB / 1024, timedOut };
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(
      'node bench/sbom-layers.ts [--sizes 2000,8000,32000] [--baseline <commit>] [--timeout-s 120]',
    );
    return;
  }
  const sizes = arg('sizes', '2000,8000,32000').split(',').map(Number);
  const timeoutS = Number(arg('timeout-s', '120'));
  let baseline = arg('baseline', '');
  if (!baseline) {
    baseline = execFileSync('git', ['-C', repoRoot, 'merge-base', 'HEAD', 'main'], {
      encoding: 'utf8',
    }).trim();
  }
  const work = mkdtempSync(join(tmpdir(), 'signet-bench-sbom-layers-'));
  try {
    // The baseline's src/, runnable beside this one (its imports are relative; packages from ours).
    const base = join(work, 'baseline');
    execFileSync('bash', [
      '-c',
      'mkdir -p "$1" && git -C "$2" archive "$3" src | tar -x -C "$1"',
      '_',
      base,
      repoRoot,
      baseline,
    ]);
    symlinkSync(join(repoRoot, 'node_modules'), join(base, 'node_modules'));
    const impls = [
      { name: `baseline ${baseline.slice(0, 7)}`, dir: join(base, 'src') },
      { name: 'this tree', dir: join(repoRoot, 'src') },
    ];
    console.log('| files + whiteouts | gzip bytes (2 layers) | implementation | ms | peak RSS MiB |');
    console.log('| ---: | ---: | --- | ---: | ---: |');
    for (const n of sizes) {
      const dir = join(work, `n${n}`);
      execFileSync('mkdir', ['-p', dir]);
      const files = Array.from({ length: n }, (_, i) => ({
        name: `app/node_modules/p${i}/package.json`,
        content: `{"name":"p${i}","version":"1.0.0"}`,
      }));
      const whiteouts = Array.from({ length: n }, (_, i) => ({
        name: `app/node_modules/.wh.p${i}`,
        content: '',
      }));
      const l1 = gzipSync(await tarOf(files));
      const l2 = gzipSync(await tarOf(whiteouts));
      writeFileSync(join(dir, 'layer-1.tar.gz'), l1);
      writeFileSync(join(dir, 'layer-2.tar.gz'), l2);
      for (const impl of impls) {
        const r = await run(impl.dir, dir, timeoutS);
        if (!r.timedOut && r.files !== 0)
          throw new Error(`${impl.name}: expected no files left, got ${r.files}`);
        const ms = r.timedOut ? `> ${timeoutS * 1000} (killed)` : r.ms!.toFixed(0);
        console.log(`| ${n} | ${l1.length + l2.length} | ${impl.name} | ${ms} | ${r.peakMiB.toFixed(0)} |`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!);
} else {
  await main();
}
