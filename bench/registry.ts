// Registry benchmark: requests and wall time per operation of Signet's registry client against the
// loopback Distribution registry of the test bed, next to crane and cosign doing the same work.
// Every client goes through the same counting proxy (test/support/fault-proxy.ts, no faults), so
// "requests" means HTTP requests to the registry, plus token-service requests where there is one.
//
//   node bench/registry.ts [--runs 10] [--flavours anonymous,token] [--json out.json]
import { execFile as execFileCb } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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

/** One measured operation. */
export interface RegistryBenchRow {
  flavour: RegistryFlavour;
  operation: string;
  tool: string;
  runs: number;
  /** Median requests per run (registry + token service). */
  requests: number;
  /** Median new connections to the registry per run (a reused client opens none). */
  /** Median wall time per run, in ms. */
  ms: number;
  connections: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Bed {
  reg: BedRegistry;
  proxy: FaultProxy;
  dir: string;
  env: NodeJS.ProcessEnv;
}

async function measure(
  bed: Bed,
  runs: number,
  op: (i: number) => Promise<unknown>,
): Promise<{ requests: number; ms: number; connections: number }> {
  const reqs: number[] = [];
  const times: number[] = [];
  const conns: number[] = [];
  for (let i = 0; i < runs; i++) {
    bed.proxy.reset();
    const tokens = bed.reg.tokenIssuer
      ? bed.reg.tokenIssuer.counters.issued + bed.reg.tokenIssuer.counters.refused
      : 0;
    const t = performance.now();
    await op(i);
    times.push(performance.now() - t);
    const tokensAfter = bed.reg.tokenIssuer
      ? bed.reg.tokenIssuer.counters.issued + bed.reg.tokenIssuer.counters.refused
      : 0;
    reqs.push(bed.proxy.requests.length + tokensAfter - tokens);
    conns.push(bed.proxy.connections);
  }
  return { requests: median(reqs), ms: Math.round(median(times) * 10) / 10, connections: median(conns) };
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

/** Pushes what `crane append -f layer.tar` pushes: the tar layer, a config, an image manifest. */
async function pushSmallArtifact(c: RegistryClient, r: ImageRef, layer: Buffer) {
  const cfgBytes = Buffer.from(
    '{"architecture":"","os":"","rootfs":{"type":"layers","diff_ids":[]},"config":{}}',
  );
  const [cfg, l] = await Promise.all([c.uploadBlob(r, cfgBytes), c.uploadBlob(r, layer)]);
  const m = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST_MEDIA_TYPE,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: cfg.digest,
        size: cfgBytes.length,
      },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: l.digest, size: layer.length }],
    }),
  );
  return await c.putManifest({ ...r, tag: 'v1' }, m);
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
    const row = (operation: string, tool: string, m: { requests: number; ms: number; connections: number }) =>
      rows.push({ flavour, operation, tool, runs, ...m });

    // 1. Push a small artifact (one ~1.5 KiB layer, a config, a manifest) to a fresh repository.
    row(
      'push small artifact',
      'signet (new client)',
      await measure(bed, runs, async (i) => {
        const c = newClient();
        await pushSmallArtifact(
          c,
          parseReference(`${proxy.host}/bench/signet-cold-${i}`),
          layer(i, 'signet-cold'),
        );
        c.close();
      }),
    );
    const warm = newClient();
    await pushSmallArtifact(warm, parseReference(`${proxy.host}/bench/signet-warm`), layer(-1, 'warmup'));
    row(
      'push small artifact',
      'signet (reused client)',
      await measure(bed, runs, async (i) => {
        await pushSmallArtifact(
          warm,
          parseReference(`${proxy.host}/bench/signet-warm`),
          layer(i, 'signet-warm'),
        );
      }),
    );
    if (withTools) {
      row(
        'push small artifact',
        'crane append',
        await measure(bed, runs, async (i) => {
          writeFileSync(join(dir, 'layer.tar'), layer(i, 'crane'));
          await execFile(
            join(TOOLS, 'crane'),
            ['append', '-f', 'layer.tar', '-t', `${proxy.host}/bench/crane-${i}:v1`],
            { cwd: dir, env },
          );
        }),
      );
    }

    // 2. Add one referrer to a subject: the fallback-index update (no referrers API in Distribution 2.8).
    const subject = await pushSmallArtifact(
      warm,
      parseReference(`${proxy.host}/bench/subject`),
      layer(0, 'subject'),
    );
    const subjectRepo = parseReference(`${proxy.host}/bench/subject`);
    row(
      'attach referrer + fallback-index update',
      'signet (new client)',
      await measure(bed, runs, async (i) => {
        const c = newClient();
        await attachBundle(c, subjectRepo, subject, i);
        c.close();
      }),
    );
    row(
      'attach referrer + fallback-index update',
      'signet (reused client)',
      await measure(bed, runs, async (i) => {
        await attachBundle(warm, subjectRepo, subject, 1000 + i);
      }),
    );
    // The referrer manifests exist first (Distribution checks an index's entries); only the index update is timed.
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
    const indexOnly = await measure(bed, runs, async (i) => {
      await warm.addReferrer({ ...subjectRepo, digest: subject.digest }, prepared[i]!);
    });
    row('fallback-index update only', 'signet (reused client)', indexOnly);
    if (withTools) {
      await execFile(join(TOOLS, 'cosign'), ['generate-key-pair'], { cwd: dir, env });
      const image = `${proxy.host}/bench/subject@${subject.digest}`;
      row(
        'attach referrer + fallback-index update',
        'cosign sign (key, no tlog)',
        await measure(bed, runs, async () => {
          await execFile(
            join(TOOLS, 'cosign'),
            [
              'sign',
              '--key',
              'cosign.key',
              '--tlog-upload=false',
              '--use-signing-config=false',
              '--allow-http-registry',
              '-y',
              image,
            ],
            { cwd: dir, env },
          );
        }),
      );
    }
    const final = await warm.listReferrers({ ...subjectRepo, digest: subject.digest });
    const expected = runs * (withTools ? 4 : 3);
    if (final.referrers.length !== expected) {
      throw new Error(
        `bench: expected ${expected} referrers in the fallback index, found ${final.referrers.length}`,
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
    '| registry | operation | tool | requests | connections | ms (median) |',
    '|---|---|---|---:|---:|---:|',
  ];
  for (const r of rows)
    lines.push(`| ${r.flavour} | ${r.operation} | ${r.tool} | ${r.requests} | ${r.connections} | ${r.ms} |`);
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
