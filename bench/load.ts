// Load and start-up benchmark: how many bytes of JavaScript each `signet` command (and the Action's
// entry) loads, its CPU time, and the time from process start to its first check (the first request
// the registry sees), for the sources (`node src/ci/cli/main.ts`) and the bundle (`dist/`), with a
// cold and a warm V8 compile cache. Each run is a whole process against the test bed's Distribution
// registry (a timestamping loopback proxy in front of it), preloaded with bench/load-hook.ts, which
// counts what the process loads.
//
//   node bench/load.ts [--runs 5] [--only source|dist] [--cases REGEX] [--dist DIR] [--json out.json]
//
// Targets (issue 18): the Action's entry to its first check ≤ 100 ms warm, ≤ 150 ms cold.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry } from '../test/bed/registry.ts';
import { run } from '../test/support/run.ts';
import { toolPath } from '../test/bed/tools.ts';
import { RegistryClient, parseReference } from '../src/registry/index.ts';
import { pushImage as pushTestImage } from '../test/support/push-image.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('runs') ?? 5);
const ONLY = arg('only');
// `--cases REGEX`: only the cases whose name matches.
const ONLY_CASES = arg('cases') ? new RegExp(arg('cases')!) : undefined;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
// `--dist DIR`: measure another build of the bundle (a copy of an earlier dist/, to compare).
const DIST = arg('dist') ?? join(ROOT, 'dist');
const HOOK = fileURLToPath(new URL('./load-hook.ts', import.meta.url));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const work = mkdtempSync(join(tmpdir(), 'signet-bench-load-'));
const registry = await startRegistry({ flavour: 'anonymous', dir: join(work, 'registry'), logDir: work });

// A proxy that notes when the first request of a run arrives: the process's first check.
let firstRequestAt: number | undefined;
const target = new URL(registry.url);
const proxy = createServer((req, res) => {
  firstRequestAt ??= performance.now();
  const up = httpRequest(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
    (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    },
  );
  up.on('error', () => res.destroy());
  req.pipe(up);
});
await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
const HOST = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;

/** Pushes a one-layer image through Signet's client and returns `host/bench/app@digest`. */
async function pushImage(n: number): Promise<string> {
  const client = new RegistryClient({ insecureRegistries: [HOST] });
  const { digest } = await pushTestImage(
    client,
    parseReference(`${HOST}/bench/app`),
    `layer ${n} ${Date.now()}`,
    {
      tag: `v${n}`,
    },
  );
  client.close();
  return `${HOST}/bench/app@${digest}`;
}

interface Sample {
  bytes: number;
  modules: number;
  cpuMs: number;
  wallMs: number;
  firstCheckMs?: number;
  top: [string, number][];
}

const env = { HOME: work, COSIGN_PASSWORD: 'bench', SIGNET_LIMITS: '' };

/** Runs one process with the load hook; returns what it loaded and when its first request came. */
async function measure(
  argv: string[],
  opts: { env?: Record<string, string>; cacheDir: string; expectCode?: number },
): Promise<Sample> {
  const report = join(work, `report-${Math.random().toString(36).slice(2)}.jsonl`);
  firstRequestAt = undefined;
  const t0 = performance.now();
  const r = await run([process.execPath, '--import', HOOK, ...argv], {
    cwd: work,
    env: { ...env, ...opts.env, SIGNET_LOAD_REPORT: report, NODE_COMPILE_CACHE: opts.cacheDir },
  });
  if (r.code !== (opts.expectCode ?? 0)) {
    throw new Error(`${argv.slice(0, 3).join(' ')} exited ${r.code}:\n${r.stderr}\n${r.stdout}`);
  }
  const line = readFileSync(report, 'utf8').trim().split('\n').pop()!;
  const s = JSON.parse(line) as Sample;
  if (firstRequestAt !== undefined) s.firstCheckMs = firstRequestAt - t0;
  return s;
}

// The fixtures: a key pair, an image signed and attested with it (legacy and bundle, no tlog).
const cliOf = (flavour: 'source' | 'dist') =>
  flavour === 'source' ? [join(ROOT, 'src/ci/cli/main.ts')] : [join(DIST, 'cli/index.js')];
const entryOf = (flavour: 'source' | 'dist') =>
  flavour === 'source' ? [join(ROOT, 'src/ci/main.ts')] : [join(DIST, 'index.js')];
const setupCache = join(work, 'cache-setup');
const SETUP = ONLY === 'dist' ? 'dist' : 'source';
await measure([...cliOf(SETUP), 'generate-key-pair'], { cacheDir: setupCache });
const image = await pushImage(1);
writeFileSync(join(work, 'predicate.json'), JSON.stringify({ bench: true }));
await measure([...cliOf(SETUP), 'sign', '--key', 'cosign.key', '--tlog-upload=false', image], {
  cacheDir: setupCache,
});
await measure(
  [
    ...cliOf(SETUP),
    'attest',
    '--key',
    'cosign.key',
    '--tlog-upload=false',
    '--type',
    'custom',
    '--predicate',
    'predicate.json',
    image,
  ],
  { cacheDir: setupCache },
);

interface Case {
  name: string;
  argv: (flavour: 'source' | 'dist') => string[];
  env?: Record<string, string>;
  expectCode?: number;
}

writeFileSync(join(work, 'github-output'), '');
const actionEnv = (): Record<string, string> => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_OUTPUT: join(work, 'github-output'),
  RUNNER_TEMP: work,
  INPUT_BUILD: 'none',
  INPUT_DIGEST: image.split('@')[1]!,
  INPUT_TAGS: `${HOST}/bench/app:v1`,
  INPUT_KEY: 'cosign.key',
  'INPUT_KEY-PASSWORD': 'bench',
  'INPUT_TLOG-UPLOAD': 'false',
  INPUT_SIGN: 'true',
  'INPUT_ATTEST-SBOM': 'false',
  'INPUT_ATTEST-PROVENANCE': 'false',
  INPUT_VERIFY: 'true',
  INPUT_ADMISSION: '',
  'INPUT_ALLOW-INSECURE-REGISTRY': 'true',
});

const cases: Case[] = [
  { name: 'signet --help', argv: (f) => [...cliOf(f), '--help'] },
  {
    name: 'signet verify --key',
    argv: (f) => [...cliOf(f), 'verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', image],
  },
  {
    name: 'signet sign --key',
    argv: (f) => [...cliOf(f), 'sign', '--key', 'cosign.key', '--tlog-upload=false', image],
  },
  {
    name: 'signet attest --key',
    argv: (f) => [
      ...cliOf(f),
      'attest',
      '--key',
      'cosign.key',
      '--tlog-upload=false',
      '--type',
      'custom',
      '--predicate',
      'predicate.json',
      image,
    ],
  },
  {
    name: 'signet verify-attestation --key',
    argv: (f) => [
      ...cliOf(f),
      'verify-attestation',
      '--key',
      'cosign.pub',
      '--insecure-ignore-tlog',
      '--type',
      'custom',
      image,
    ],
  },
  { name: 'signet triangulate', argv: (f) => [...cliOf(f), 'triangulate', image] },
  {
    name: 'Action entry (verify only, key)',
    argv: (f) => entryOf(f),
    env: { ...actionEnv(), INPUT_SIGN: 'false', INPUT_KEY: 'cosign.pub' },
  },
  {
    name: 'Action entry (sign + verify, key)',
    argv: (f) => entryOf(f),
    env: actionEnv(),
  },
];

interface Row {
  flavour: string;
  name: string;
  runs: number;
  kib: number;
  modules: number;
  cpuColdMs: number;
  cpuWarmMs: number;
  firstCheckColdMs?: number;
  firstCheckWarmMs?: number;
  top: [string, number][];
}

const rows: Row[] = [];
let cosignFirstCheckMs: number | undefined;
try {
  for (const flavour of ['source', 'dist'] as const) {
    if (ONLY && ONLY !== flavour) continue;
    if (flavour === 'dist' && !existsSync(join(DIST, 'cli/index.js'))) {
      console.error('dist/ is missing: npm run build (skipping the bundle)');
      continue;
    }
    for (const c of cases) {
      if (ONLY_CASES && !ONLY_CASES.test(c.name)) continue;
      const cold: Sample[] = [];
      const warm: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        // Cold: an empty compile cache; warm: the same cache, filled by the cold run just before.
        const cacheDir = join(work, `cache-${flavour}-${i}`);
        cold.push(await measure(c.argv(flavour), { env: c.env, cacheDir, expectCode: c.expectCode }));
        warm.push(await measure(c.argv(flavour), { env: c.env, cacheDir, expectCode: c.expectCode }));
        rmSync(cacheDir, { recursive: true, force: true });
      }
      const firsts = (xs: Sample[]) =>
        xs.flatMap((s) => (s.firstCheckMs === undefined ? [] : [s.firstCheckMs]));
      const row: Row = {
        flavour,
        name: c.name,
        runs: RUNS,
        kib: Math.round(median(cold.map((s) => s.bytes)) / 1024),
        modules: median(cold.map((s) => s.modules)),
        cpuColdMs: Math.round(median(cold.map((s) => s.cpuMs))),
        cpuWarmMs: Math.round(median(warm.map((s) => s.cpuMs))),
        firstCheckColdMs: firsts(cold).length ? Math.round(median(firsts(cold))) : undefined,
        firstCheckWarmMs: firsts(warm).length ? Math.round(median(firsts(warm))) : undefined,
        top: cold[0]!.top,
      };
      if (process.env.BENCH_LOAD_TOP) console.error(JSON.stringify(row.top));
      rows.push(row);
      console.error(
        `${flavour.padEnd(6)} ${c.name.padEnd(36)} ${String(row.kib).padStart(6)} KiB ${String(row.modules).padStart(5)} modules  cpu ${row.cpuColdMs}/${row.cpuWarmMs} ms  first check ${row.firstCheckColdMs ?? '-'}/${row.firstCheckWarmMs ?? '-'} ms (cold/warm)`,
      );
    }
  }
  // For scale: cosign's whole process doing the same verification, to its first registry request.
  if (!ONLY_CASES || ONLY_CASES.test('cosign')) {
    let cosign: string | undefined;
    try {
      cosign = toolPath('cosign');
    } catch {
      console.error('cosign is not installed (npm run tools): no cosign row');
    }
    if (cosign) {
      const firsts: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        firstRequestAt = undefined;
        const t0 = performance.now();
        const r = await run(
          [
            cosign,
            'verify',
            '--key',
            'cosign.pub',
            '--insecure-ignore-tlog=true',
            '--allow-http-registry',
            image,
          ],
          { cwd: work, env },
        );
        if (r.code !== 0) throw new Error(`cosign verify failed:\n${r.stderr}`);
        if (firstRequestAt !== undefined) firsts.push(firstRequestAt - t0);
      }
      cosignFirstCheckMs = Math.round(median(firsts));
      console.error(`cosign verify --key: first check ${cosignFirstCheckMs} ms`);
    }
  }
} finally {
  proxy.close();
  await registry.stop();
}

console.log(
  '| build | command | JS loaded (KiB) | modules | CPU ms cold / warm | first check ms cold / warm |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.flavour} | ${r.name} | ${r.kib} | ${r.modules} | ${r.cpuColdMs} / ${r.cpuWarmMs} | ${r.firstCheckColdMs ?? '–'} / ${r.firstCheckWarmMs ?? '–'} |`,
  );
}
if (cosignFirstCheckMs !== undefined) {
  console.log(`| – | cosign verify --key (Go, for scale) | – | – | – | ${cosignFirstCheckMs} |`);
}
console.log(`\n${RUNS} runs each (medians), cold = empty compile cache, warm = the same cache again.`);
const json = arg('json');
if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
rmSync(work, { recursive: true, force: true });
