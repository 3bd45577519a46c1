// Pre-flight on many documents (issue 11 item 15): 40,000 Deployment documents (one file, and 40 files
// of 1,000) naming 500 distinct images, run through `preflight` with a verifier that answers at once,
// so the figure is pre-flight's own work (reading the YAML, collecting images, the report, pinning),
// not the registry's. This tree's `src/` and the `src/` of a baseline commit (default: the merge base
// with main, unpacked with `git archive`) run side by side, each in its own process, its peak RSS
// (VmHWM from /proc) its own; a run over `--timeout-s` is killed and reported as such.
//
//   node bench/preflight-documents.ts [--documents 40000] [--baseline <commit>] [--timeout-s 120]
//   (Node 24: PATH=node_modules/.bin:$PATH)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const ISSUER = 'https://token.actions.githubusercontent.com';
const SUBJECT = 'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function deployment(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
spec:
  template:
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/app-${i % 500}:v1
`;
}

/** The child: runs the preflight of `impl` on `documents` documents split into `files` files. */
async function child(impl: string, documents: number, files: number): Promise<void> {
  const cluster = (await import(pathToFileURL(join(impl, 'cluster/index.ts')).href)) as {
    parsePreflightPolicy(text: string, name?: string): unknown;
    preflight(
      input: { files: { name: string; text: string }[]; policy: unknown; concurrency?: number },
      deps: { verify(): Promise<{ digest: string; verified: boolean }> },
    ): Promise<{ ok: boolean; images: unknown[] }>;
  };
  const policy = cluster.parsePreflightPolicy(
    `rules:\n  - images: ["ghcr.io/acme/**"]\n    signers:\n      - issuer: ${ISSUER}\n        subject: ${SUBJECT}\n`,
  );
  const per = Math.ceil(documents / files);
  const input = Array.from({ length: files }, (_, f) => ({
    name: `m${f}.yaml`,
    text: Array.from({ length: Math.min(per, documents - f * per) }, (_, d) => deployment(f * per + d)).join(
      '---\n',
    ),
  }));
  const digest = `sha256:${'a'.repeat(64)}`;
  const started = performance.now();
  const r = await cluster.preflight(
    { files: input, policy },
    { verify: async () => ({ digest, verified: true }) },
  );
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, ok: r.ok, images: r.images.length }));
}

async function run(impl: string, documents: number, files: number, timeoutS: number) {
  const p = spawn(
    process.execPath,
    [
      '--max-old-space-size=2048',
      fileURLToPath(import.meta.url),
      '--child',
      impl,
      String(documents),
      String(files),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
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
  const code = await new Promise<number | null>((r) => p.on('close', (c) => r(c)));
  clearInterval(poll);
  clearTimeout(timer);
  const peakMiB = peakKiB / 1024;
  if (timedOut) return { outcome: `killed after ${timeoutS} s`, peakMiB };
  if (code !== 0 || out === '') return { outcome: `crashed (exit ${code})`, peakMiB };
  const r = JSON.parse(out) as { ms: number; ok: boolean; images: number };
  return { outcome: `ok=${r.ok}, ${r.images} images`, ms: r.ms, peakMiB };
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(
      'node bench/preflight-documents.ts [--documents 40000] [--baseline <commit>] [--timeout-s 120]',
    );
    return;
  }
  const documents = Number(arg('documents', '40000'));
  const timeoutS = Number(arg('timeout-s', '120'));
  let baseline = arg('baseline', '');
  if (!baseline) {
    baseline = execFileSync('git', ['-C', repoRoot, 'merge-base', 'HEAD', 'main'], {
      encoding: 'utf8',
    }).trim();
  }
  const work = mkdtempSync(join(tmpdir(), 'signet-bench-preflight-docs-'));
  try {
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
    console.log('| documents | files | implementation | outcome | ms | peak RSS MiB |');
    console.log('| ---: | ---: | --- | --- | ---: | ---: |');
    for (const files of [1, 40]) {
      for (const impl of impls) {
        const r = await run(impl.dir, documents, files, timeoutS);
        const ms = r.ms === undefined ? '—' : r.ms.toFixed(0);
        console.log(
          `| ${documents} | ${files} | ${impl.name} | ${r.outcome} | ${ms} | ${r.peakMiB.toFixed(0)} |`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, Number(process.argv[4]), Number(process.argv[5]));
} else {
  await main();
}
