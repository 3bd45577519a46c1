// Registry benchmark: requests, connections, wall time, CPU and peak RSS per operation against the
// loopback Distribution registry of the test bed, Signet next to crane and cosign doing the same work,
// each a whole process started fresh, interleaved run by run: "push small artifact" is a Node process
// that loads Signet's registry client and pushes (Signet has no push command) against `crane append`;
// "sign: attach referrer + fallback-index update" is `signet sign --key --signature-format=bundle`
// against `cosign sign --key`, both without a tlog. Every client goes through the same counting proxy
// (test/support/fault-proxy.ts, no faults), so "requests" means HTTP requests to the registry, plus
// token-service requests where there is one. Rows marked "in-process, requests only" count what a
// reused client sends; they have no process counterpart and are not timed.
//
//   node bench/registry.ts [--runs 10] [--flavours anonymous,token] [--json out.json]
import { execFile as execFileCb } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { measure as measureProcess, median, type Measured } from './lib/measure.ts';
import { pushSmallArtifact } from './lib/push-small.ts';
import { startRegistry, type BedRegistry, type RegistryFlavour } from '../test/bed/registry.ts';
import { startFaultProxy, type FaultProxy } from '../test/support/fault-proxy.ts';
import {
  OCI_EMPTY_MEDIA_TYPE,
  OCI_MANIFEST_MEDIA_TYPE,
  RegistryClient,
  parseReference,
  sha256Digest,
  type Descriptor,
  type ImageRef,
} from '../src/registry/index.ts';

const execFile = promisify(execFileCb);
const TOOLS = join(import.meta.dirname, '../.cache/tools/bin');
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

const SIGNET = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

/** One measured operation. */
export interface RegistryBenchRow {
  flavour: RegistryFlavour;
  operation: string;
  tool: string;
  runs: number;
  /** Median requests per run (registry + token service). */
  requests: number;
  /** Median new connections to the registry per run (a reused client opens none). */
  connections: number;
  /** Medians per run of the whole process (absent for the in-process, requests-only rows). */
  ms?: number;
  cpuMs?: number;
  peakRssMiB?: number;
  /** Median of the per-pair wall ratios signet/other (on the signet row of a pair). */
  ratio?: number;
}

interface Bed {
  reg: BedRegistry;
  proxy: FaultProxy;
  dir: string;
  env: NodeJS.ProcessEnv;
}

interface Counted {
  requests: number;
  connections: number;
  process?: Measured;
}

/** Runs one operation, counting the requests (registry + token service) and connections it made. */
async function counted(bed: Bed, op: () => Promise<Measured | void>): Promise<Counted> {
  bed.proxy.reset();
  const tokens = () =>
    bed.reg.tokenIssuer ? bed.reg.tokenIssuer.counters.issued + bed.reg.tokenIssuer.counters.refused : 0;
  const before = tokens();
  const m = await op();
  return {
    requests: bed.proxy.requests.length + tokens() - before,
    connections: bed.proxy.connections,
    ...(m ? { process: m } : {}),
  };
}

/** The in-process rows: requests and connections only, `runs` times. */
async function requestsOnly(
  bed: Bed,
  runs: number,
  op: (i: number) => Promise<unknown>,
): Promise<{ requests: number; connections: number }> {
  const all: Counted[] = [];
  for (let i = 0; i < runs; i++) all.push(await counted(bed, async () => void (await op(i))));
  return { requests: median(all.map((c) => c.requests)), connections: median(all.map((c) => c.connections)) };
}

/** Signet's process and the other tool's, interleaved and alternating who goes first: two rows. */
async function pair(
  bed: Bed,
  runs: number,
  signet: (i: number) => Promise<Measured>,
  other: (i: number) => Promise<Measured>,
): Promise<
  [
    Omit<RegistryBenchRow, 'flavour' | 'operation' | 'tool' | 'runs'>,
    Omit<RegistryBenchRow, 'flavour' | 'operation' | 'tool' | 'runs'>,
  ]
> {
  const s: Counted[] = [];
  const o: Counted[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      s.push(await counted(bed, () => signet(i)));
      o.push(await counted(bed, () => other(i)));
    } else {
      o.push(await counted(bed, () => other(i)));
      s.push(await counted(bed, () => signet(i)));
    }
  }
  const side = (xs: Counted[]) => ({
    requests: median(xs.map((c) => c.requests)),
    connections: median(xs.map((c) => c.connections)),
    ms: Math.round(median(xs.map((c) => c.process!.wallMs))),
    cpuMs: Math.round(median(xs.map((c) => c.process!.cpuMs))),
    peakRssMiB: Math.round(median(xs.map((c) => c.process!.peakRssMiB))),
  });
  const ratio = median(s.map((c, i) => c.process!.wallMs / o[i]!.process!.wallMs));
  return [{ ...side(s), ratio: Math.round(ratio * 100) / 100 }, side(o)];
}

function tarWith(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(content.length.toString(8).padStart(11, '0') + '\0', 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return Buffer.concat([
    header,
    content,
    Buffer.alloc((512 - (content.length % 512)) % 512),
    Buffer.alloc(1024),
  ]);
}

/** Attaches what `cosign sign` attaches: a bundle blob, the empty config, a referrer manifest, the index entry. */
async function attachBundle(
  c: RegistryClient,
  r: ImageRef,
  subject: { digest: string; size: number },
  i: number,
) {
  const bundle = Buffer.from(JSON.stringify({ mediaType: BUNDLE_TYPE, run: i, pad: 'x'.repeat(1500) }));
  const [empty, b] = await Promise.all([c.uploadBlob(r, Buffer.from('{}')), c.uploadBlob(r, bundle)]);
  const m = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      artifactType: BUNDLE_TYPE,
      config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: empty.digest, size: 2 },
      layers: [{ mediaType: BUNDLE_TYPE, digest: b.digest, size: bundle.length }],
      subject: { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: subject.digest, size: subject.size },
    }),
  );
  return await c.pushReferrer(r, m);
}

async function benchFlavour(
  flavour: RegistryFlavour,
  runs: number,
  withTools: boolean,
): Promise<RegistryBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), `signet-bench-registry-${flavour}-`));
  const reg = await startRegistry({ flavour, dir, logDir: join(dir, 'logs') });
  const proxy = await startFaultProxy({ target: reg.url });
  const rows: RegistryBenchRow[] = [];
  try {
    // Credentials for the proxy's host, for every client.
    const dockerConfigDir = join(dir, 'docker-config-proxy');
    const auths = reg.username
      ? { [proxy.host]: { auth: Buffer.from(`${reg.username}:${reg.password}`).toString('base64') } }
      : {};
    mkdirSync(dockerConfigDir, { recursive: true });
    writeFileSync(join(dockerConfigDir, 'config.json'), JSON.stringify({ auths }));
    const env = {
      PATH: process.env.PATH,
      HOME: dir,
      DOCKER_CONFIG: dockerConfigDir,
      COSIGN_PASSWORD: '',
      COSIGN_EXPERIMENTAL: '1',
    };
    const bed: Bed = { reg, proxy, dir, env };
    const sources = { dockerConfigJson: readFileSync(join(dockerConfigDir, 'config.json'), 'utf8') };
    const newClient = () => new RegistryClient({ credentials: sources });
    const layer = (i: number, who: string) =>
      tarWith('payload.txt', Buffer.from(`${who} run ${i} ${'y'.repeat(1000)}`));
    const row = (
      operation: string,
      tool: string,
      m: Omit<RegistryBenchRow, 'flavour' | 'operation' | 'tool' | 'runs'>,
    ) => rows.push({ flavour, operation, tool, runs, ...m });
    const penv = { ...env, COSIGN_PASSWORD: 'bench' };

    // 1. Push a small artifact (one ~1.5 KiB layer, a config, a manifest) to a fresh repository: a fresh
    // Node process loading Signet's registry client, against a crane process.
    if (withTools) {
      const [signet, crane] = await pair(
        bed,
        runs,
        (i) => {
          writeFileSync(join(dir, `signet-${i}.tar`), layer(i, 'signet'));
          return measureProcess(
            [
              process.execPath,
              fileURLToPath(new URL('./lib/push-small.ts', import.meta.url)),
              join(dir, `signet-${i}.tar`),
              `${proxy.host}/bench/signet-${i}`,
            ],
            { env: penv, cwd: dir },
          );
        },
        (i) => {
          writeFileSync(join(dir, `crane-${i}.tar`), layer(i, 'crane'));
          return measureProcess(
            [
              join(TOOLS, 'crane'),
              'append',
              '-f',
              `crane-${i}.tar`,
              '-t',
              `${proxy.host}/bench/crane-${i}:v1`,
            ],
            { cwd: dir, env },
          );
        },
      );
      row('push small artifact', 'signet (node process, registry client)', signet);
      row('push small artifact', 'crane append', crane);
    }
    const warm = newClient();
    await pushSmallArtifact(warm, parseReference(`${proxy.host}/bench/signet-warm`), layer(-1, 'warmup'));
    row(
      'push small artifact',
      'signet (reused client; in-process, requests only)',
      await requestsOnly(bed, runs, async (i) => {
        await pushSmallArtifact(
          warm,
          parseReference(`${proxy.host}/bench/signet-warm`),
          layer(i, 'signet-warm'),
        );
      }),
    );

    // 2. Sign: one bundle referrer on a subject, and the fallback-index update (no referrers API in
    // Distribution 2.8): `signet sign` against `cosign sign`, both with a key and no tlog.
    const subject = await pushSmallArtifact(
      warm,
      parseReference(`${proxy.host}/bench/subject`),
      layer(0, 'subject'),
    );
    const subjectRepo = parseReference(`${proxy.host}/bench/subject`);
    const image = `${proxy.host}/bench/subject@${subject.digest}`;
    let signed = 0;
    if (withTools) {
      await execFile(join(TOOLS, 'cosign'), ['generate-key-pair'], { cwd: dir, env: penv });
      const [signet, cosign] = await pair(
        bed,
        runs,
        () =>
          measureProcess(
            [
              process.execPath,
              SIGNET,
              'sign',
              '--key=cosign.key',
              '--tlog-upload=false',
              '--signature-format=bundle',
              image,
            ],
            { cwd: dir, env: penv },
          ),
        () =>
          measureProcess(
            [
              join(TOOLS, 'cosign'),
              'sign',
              '--key',
              'cosign.key',
              '--tlog-upload=false',
              '--use-signing-config=false',
              '--allow-http-registry',
              '-y',
              image,
            ],
            { cwd: dir, env: penv },
          ),
      );
      signed = 2 * runs;
      row('sign: attach referrer + fallback-index update', 'signet sign (key, no tlog)', signet);
      row('sign: attach referrer + fallback-index update', 'cosign sign (key, no tlog)', cosign);
    }
    row(
      'attach referrer + fallback-index update',
      'signet (reused client; in-process, requests only)',
      await requestsOnly(bed, runs, async (i) => {
        await attachBundle(warm, subjectRepo, subject, 1000 + i);
      }),
    );
    // The referrer manifests exist first (Distribution checks an index's entries); only the index update counts.
    const empty = await warm.uploadBlob(subjectRepo, Buffer.from('{}'));
    const prepared: Descriptor[] = [];
    for (let i = 0; i < runs; i++) {
      const m = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST_MEDIA_TYPE,
          artifactType: `application/x-bench-${i}`,
          config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: empty.digest, size: 2 },
          layers: [{ mediaType: OCI_EMPTY_MEDIA_TYPE, digest: empty.digest, size: 2 }],
          subject: { mediaType: OCI_MANIFEST_MEDIA_TYPE, digest: subject.digest, size: subject.size },
        }),
      );
      const put = await warm.putManifest(
        { registry: subjectRepo.registry, repository: subjectRepo.repository, digest: sha256Digest(m) },
        m,
      );
      prepared.push({
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        digest: put.digest,
        size: put.size,
        artifactType: `application/x-bench-${i}`,
      });
    }
    row(
      'fallback-index update only',
      'signet (reused client; in-process, requests only)',
      await requestsOnly(bed, runs, async (i) => {
        await warm.addReferrer({ ...subjectRepo, digest: subject.digest }, prepared[i]!);
      }),
    );
    const final = await warm.listReferrers({ ...subjectRepo, digest: subject.digest });
    // Signet keeps every entry; cosign's read-modify-write may lose some of its own (never run in parallel here).
    if (final.referrers.length < 2 * runs + (signed > 0 ? runs : 0)) {
      throw new Error(
        `bench: expected at least ${2 * runs + (signed > 0 ? runs : 0)} referrers, found ${final.referrers.length}`,
      );
    }
    warm.close();
  } finally {
    await proxy.stop();
    await reg.stop();
  }
  return rows;
}

/** Runs the registry benchmark and returns its rows. */
export async function runRegistryBench(
  opts: { runs?: number; flavours?: RegistryFlavour[] } = {},
): Promise<RegistryBenchRow[]> {
  const withTools = existsSync(join(TOOLS, 'crane')) && existsSync(join(TOOLS, 'cosign'));
  if (!withTools)
    console.error(
      'bench: crane/cosign not found in .cache/tools/bin (run `npm run tools`); measuring signet only',
    );
  const rows: RegistryBenchRow[] = [];
  for (const f of opts.flavours ?? ['anonymous', 'token'])
    rows.push(...(await benchFlavour(f, opts.runs ?? 10, withTools)));
  return rows;
}

/** A markdown table of the rows. */
export function formatRegistryBench(rows: RegistryBenchRow[]): string {
  const lines = [
    '| registry | operation | tool | runs | requests | connections | wall ms | CPU ms | peak RSS MiB | wall ratio signet/other |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const d = (n: number | undefined) => (n === undefined ? '—' : String(n));
  for (const r of rows)
    lines.push(
      `| ${r.flavour} | ${r.operation} | ${r.tool} | ${r.runs} | ${r.requests} | ${r.connections} | ${d(r.ms)} | ${d(r.cpuMs)} | ${d(r.peakRssMiB)} | ${d(r.ratio)} |`,
    );
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const rows = await runRegistryBench({
    runs: Number(arg('runs') ?? 10),
    flavours: (arg('flavours')?.split(',') as RegistryFlavour[] | undefined) ?? undefined,
  });
  console.log(formatRegistryBench(rows));
  const out = arg('json');
  if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
}
