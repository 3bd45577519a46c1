// Verification against a hostile registry (issue 11 item 13): the loopback STAND-IN of
// test/support/hostile-registry.ts serves a referrers API of 1,000 pages of 15,000 referrers each
// (and the other attacks of the unit tests). `verifyImage` runs in its own process, once with this
// tree's `src/` and once with the `src/` of a baseline commit (default: the merge base with main,
// unpacked with `git archive`), side by side in the same run. Reported: wall time, peak RSS (VmHWM
// polled from /proc), requests the stand-in saw, bytes it sent, and how the verification ended. Each
// child gets a 2 GiB V8 heap (`--max-old-space-size=2048`) so an unbounded run crashes instead of
// taking the shared machine's memory; a run over `--timeout-s` is killed and reported as such.
//
//   node bench/hostile-registry.ts [--baseline <commit>] [--timeout-s 60]
//   (Node 24: PATH=node_modules/.bin:$PATH)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startHostileRegistry, type HostileOptions } from '../test/support/hostile-registry.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** The child: verifies `host/repo@digest` with the verifier of `impl`; prints how it ended. */
async function child(impl: string, host: string, repository: string, digest: string, formats: string) {
  const imp = async (p: string) => (await import(pathToFileURL(join(impl, p)).href)) as Record<string, never>;
  const registry = (await imp('registry/index.ts')) as unknown as {
    RegistryClient: new (o: object) => { close(): void };
  };
  const verify = (await imp('verify/index.ts')) as unknown as {
    parsePublicKey(pem: string, name: string): unknown;
    buildVerifyPolicy(i: object): unknown;
    verifyImage(i: object, d: object): Promise<{ verified: boolean }>;
  };
  const pem = readFileSync(join(repoRoot, 'test/fixtures/cosign-v3.1.3/cosign.pub'), 'utf8');
  const policy = verify.buildVerifyPolicy({
    publicKey: verify.parsePublicKey(pem, 'cosign.pub'),
    insecureIgnoreTlog: true,
  });
  const client = new registry.RegistryClient({ retry: { maxAttempts: 1 } });
  const started = performance.now();
  let outcome: string;
  try {
    const r = await verify.verifyImage(
      { image: { registry: host, repository, digest }, policy, formats },
      { registry: client },
    );
    outcome = r.verified ? 'verified' : 'not verified';
  } catch (err) {
    const e = err as { code?: string; limit?: string };
    outcome = `${e.code ?? 'error'}${e.limit ? ` (${e.limit})` : ''}`;
  }
  const ms = performance.now() - started;
  client.close();
  process.stdout.write(JSON.stringify({ ms, outcome }));
}

interface Row {
  ms?: number;
  outcome: string;
  peakMiB: number;
  requests: number;
  sentMiB: number;
}

async function run(impl: string, scenario: HostileOptions, formats: string, timeoutS: number): Promise<Row> {
  const reg = await startHostileRegistry(scenario);
  try {
    const p = spawn(
      process.execPath,
      [
        '--max-old-space-size=2048',
        fileURLToPath(import.meta.url),
        '--child',
        impl,
        reg.host,
        reg.repository,
        reg.subject,
        formats,
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
    const base = {
      peakMiB: peakKiB / 1024,
      requests: reg.requests.length,
      sentMiB: reg.bytesSent / 1024 / 1024,
    };
    if (timedOut) return { ...base, outcome: `killed after ${timeoutS} s` };
    if (code !== 0 || out === '') return { ...base, outcome: `crashed (exit ${code})` };
    const r = JSON.parse(out) as { ms: number; outcome: string };
    return { ...base, ms: r.ms, outcome: r.outcome };
  } finally {
    await reg.stop();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log('node bench/hostile-registry.ts [--baseline <commit>] [--timeout-s 60]');
    return;
  }
  const timeoutS = Number(arg('timeout-s', '60'));
  let baseline = arg('baseline', '');
  if (!baseline) {
    baseline = execFileSync('git', ['-C', repoRoot, 'merge-base', 'HEAD', 'main'], {
      encoding: 'utf8',
    }).trim();
  }
  const work = mkdtempSync(join(tmpdir(), 'signet-bench-hostile-'));
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
    const scenarios: { name: string; opts: HostileOptions; formats: string }[] = [
      {
        name: '1,000 referrers pages × 15,000',
        opts: { referrers: { pages: 1000, perPage: 15_000 } },
        formats: 'bundle',
      },
      {
        name: '1,000 referrers pages × 10',
        opts: { referrers: { pages: 1000, perPage: 10 } },
        formats: 'bundle',
      },
      { name: '.sig image with 100,000 layers', opts: { sigLayers: 100_000 }, formats: 'legacy' },
      { name: '.sig manifest of 1 GiB, no length', opts: { oversizeManifest: 1024 ** 3 }, formats: 'legacy' },
      {
        name: '.sig layer claims 1 KiB, streams 1 GiB',
        opts: { sigLayers: 1, layerClaims: 1024, layerStreams: 1024 ** 3 },
        formats: 'legacy',
      },
    ];
    console.log('| attack | implementation | outcome | ms | peak RSS MiB | requests | MiB sent |');
    console.log('| --- | --- | --- | ---: | ---: | ---: | ---: |');
    for (const s of scenarios) {
      for (const impl of impls) {
        const r = await run(impl.dir, s.opts, s.formats, timeoutS);
        const ms = r.ms === undefined ? '—' : r.ms.toFixed(0);
        console.log(
          `| ${s.name} | ${impl.name} | ${r.outcome} | ${ms} | ${r.peakMiB.toFixed(0)} | ${r.requests} | ${r.sentMiB.toFixed(1)} |`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  const [impl, host, repository, digest, formats] = process.argv.slice(3) as [
    string,
    string,
    string,
    string,
    string,
  ];
  await child(impl, host, repository, digest, formats);
} else {
  await main();
}
