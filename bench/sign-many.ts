// Many images in one call: one `signet sign --images-from FILE` of N digests against a loop of N
// `cosign sign` processes over the same number of digests, both as whole processes from the CLI, with a
// key and no tlog, in the same storage format, on the test bed's Distribution registry. Runs are
// interleaved (signet, cosign, cosign, signet, …) and each run signs fresh digests (so neither tool
// finds them already signed). Wall and CPU time (user + system, from /usr/bin/time) are medians over
// the runs; the ratio is the median of the per-pair ratios signet/cosign.
//
//   node bench/sign-many.ts [--images 100] [--runs 3] [--concurrency N] [--json out.json]
//
// Target (issue 18): ≤ 0.5×.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry } from '../test/bed/registry.ts';
import { toolPath } from '../test/bed/tools.ts';
import { run } from '../test/support/run.ts';
import { parseReference, RegistryClient } from '../src/registry/index.ts';
import { pushImage as pushTestImage } from '../test/support/push-image.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const IMAGES = Number(arg('images') ?? 100);
const RUNS = Number(arg('runs') ?? 3);
// `--concurrency N`: passed to signet (default: its own, sized from the CPUs).
const CONCURRENCY = arg('concurrency');
const SIGNET = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const work = mkdtempSync(join(tmpdir(), 'signet-bench-many-'));
const registry = await startRegistry({ flavour: 'anonymous', dir: join(work, 'registry'), logDir: work });
const client = new RegistryClient();
const env = { HOME: work, COSIGN_PASSWORD: 'bench', CI: 'true' };

let pushed = 0;
/** Pushes `n` fresh one-layer images; returns `host/bench/many@digest` for each. */
async function pushImages(n: number): Promise<string[]> {
  const out: string[] = [];
  const repo = parseReference(`${registry.host}/bench/many`);
  for (let i = 0; i < n; i++) {
    const text = `layer ${++pushed} ${Math.random()}`;
    const { digest } = await pushTestImage(client, repo, text, { tag: `v${pushed}` });
    out.push(`${registry.host}/bench/many@${digest}`);
  }
  return out;
}

/** Runs argv under /usr/bin/time; returns wall ms and CPU ms (user + system, children included). */
async function timed(argv: string[]): Promise<{ wallMs: number; cpuMs: number }> {
  const times = join(work, 'time.txt');
  const t0 = performance.now();
  const r = await run(['/usr/bin/time', '-o', times, '-f', '%U %S', ...argv], {
    env,
    cwd: work,
    timeoutMs: 600_000,
  });
  const wallMs = performance.now() - t0;
  if (r.code !== 0) throw new Error(`${argv.slice(0, 3).join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  const [user, sys] = readFileSync(times, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallMs, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000 };
}

/** One signet process for all the images. */
async function signetMany(images: string[], format: 'legacy' | 'bundle') {
  writeFileSync(join(work, 'images.txt'), images.join('\n') + '\n');
  return timed([
    process.execPath,
    SIGNET,
    'sign',
    '--key',
    'cosign.key',
    '--tlog-upload=false',
    `--signature-format=${format}`,
    '--images-from',
    'images.txt',
    ...(CONCURRENCY ? [`--concurrency=${CONCURRENCY}`] : []),
  ]);
}

/** A shell-free loop of cosign processes, one per image (what a script over a list does). */
async function cosignLoop(images: string[], format: 'legacy' | 'bundle') {
  const script = join(work, 'loop.sh');
  // The loop runs under one /usr/bin/time so that its CPU covers every cosign process; the image
  // references go in as arguments ("$@"), never into the script text.
  writeFileSync(
    script,
    [
      '#!/bin/sh',
      'set -e',
      'cosign="$1"; shift',
      `for image in "$@"; do "$cosign" sign --key cosign.key --tlog-upload=false --use-signing-config=false ${format === 'legacy' ? '--new-bundle-format=false ' : ''}--yes "$image" >/dev/null 2>&1; done`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return timed([script, toolPath('cosign'), ...images]);
}

await run([process.execPath, SIGNET, 'generate-key-pair'], { env, cwd: work });

interface Row {
  format: string;
  images: number;
  runs: number;
  signetMs: number;
  cosignMs: number;
  signetCpuMs: number;
  cosignCpuMs: number;
  ratio: number;
}
const rows: Row[] = [];
try {
  for (const format of ['legacy', 'bundle'] as const) {
    const s: { wallMs: number; cpuMs: number }[] = [];
    const c: { wallMs: number; cpuMs: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? (['signet', 'cosign'] as const) : (['cosign', 'signet'] as const);
      for (const who of order) {
        const images = await pushImages(IMAGES);
        if (who === 'signet') s.push(await signetMany(images, format));
        else c.push(await cosignLoop(images, format));
      }
    }
    const row: Row = {
      format,
      images: IMAGES,
      runs: RUNS,
      signetMs: Math.round(median(s.map((x) => x.wallMs))),
      cosignMs: Math.round(median(c.map((x) => x.wallMs))),
      signetCpuMs: Math.round(median(s.map((x) => x.cpuMs))),
      cosignCpuMs: Math.round(median(c.map((x) => x.cpuMs))),
      ratio: Number(median(s.map((x, i) => x.wallMs / c[i]!.wallMs)).toFixed(2)),
    };
    rows.push(row);
    console.error(
      `${format}: signet ${row.signetMs} ms (cpu ${row.signetCpuMs}) vs cosign loop ${row.cosignMs} ms (cpu ${row.cosignCpuMs}): ${row.ratio}×`,
    );
  }
} finally {
  client.close();
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
}

console.log(
  '| format | images | runs | signet sign (one call) ms | cosign sign loop ms | CPU ms signet / cosign | ratio |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.format} | ${r.images} | ${r.runs} | ${r.signetMs} | ${r.cosignMs} | ${r.signetCpuMs} / ${r.cosignCpuMs} | ${r.ratio}× |`,
  );
}
const json = arg('json');
if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
