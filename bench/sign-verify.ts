// Sign and verify benchmark: the `signet` binary (dist/cli/index.js) against the real cosign v3.1.3,
// both whole processes from their CLI doing the same work on the same loopback bed (same format, same
// tlog: none with a key, the bed's Fulcio + Rekor v1 + TSA through the same signing config keyless),
// interleaved run by run, alternating who goes first, so machine noise hits both alike. Reports per
// operation the medians of wall time, CPU (user+sys of the process) and peak RSS of each, the medians
// of the per-pair ratios signet/cosign, and the registry requests each made (counted by a loopback
// proxy in front of the Distribution registry; Sigstore requests are not registry ones).
//
//   node bench/sign-verify.ts [--runs 5] [--only WORD,…] [--sigstore real|stand-in] [--json out.json]
//
// Targets (issue 18): with a key ≤ 1.0× cosign; keyless ≤ 1.5× cosign, each format.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBed } from '../test/bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../test/bed/oidc.ts';
import { toolPath } from '../test/bed/tools.ts';
import { startFaultProxy } from '../test/support/fault-proxy.ts';
import { runOk } from '../test/support/run.ts';
import { measure, median, type Measured } from './lib/measure.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('runs') ?? 5);
const SIGNET = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;

/** One operation measured for both tools: medians, and medians of the per-pair ratios signet/cosign. */
interface Row {
  operation: string;
  signetMs: number;
  cosignMs: number;
  ratio: number;
  signetCpuMs: number;
  cosignCpuMs: number;
  cpuRatio: number;
  signetRssMiB: number;
  cosignRssMiB: number;
  signetRequests: number;
  cosignRequests: number;
}

// --only WORDS: the operations whose name contains one of the comma-separated words (e.g. `key,` or
// `keyless`); the bed's Sigstore starts only when a keyless operation is selected.
const only = arg('only')?.split(',').filter(Boolean);
const selected = (name: string) => !only || only.some((w) => name.includes(w));
const withKeyless = selected('sign keyless') || selected('verify keyless');
// --sigstore stand-in: @sigstore/mock's Fulcio, Rekor and TSA instead of the bed's real services (both
// tools use the same ones either way), where the real services are not built yet.
const SIGSTORE = arg('sigstore') === 'stand-in' ? 'stand-in' : true;
const bed = await startBed({
  registries: ['anonymous'],
  ...(withKeyless ? { sigstore: SIGSTORE, oidc: true } : {}),
});
const proxy = await startFaultProxy({ target: bed.registries.anonymous!.url });
const work = mkdtempSync(join(bed.dir, 'bench-'));
const env = { HOME: work, TUF_ROOT: join(work, 'tuf'), COSIGN_PASSWORD: 'bench', CI: 'true' };
const sigstore = bed.sigstore ?? { signingConfigPath: '', trustedRootPath: '', fulcioURL: '', rekorURL: '' };
let images = 0;

async function pushImage(): Promise<string> {
  const dir = mkdtempSync(join(work, 'img-'));
  writeFileSync(join(dir, 'f.txt'), `bench image ${++images}\n`);
  await runOk(['tar', 'cf', join(dir, 'l.tar'), '-C', dir, 'f.txt']);
  const tag = `${proxy.host}/bench/app:v${images}`;
  await runOk(
    [toolPath('crane'), 'append', '--insecure', `--new_layer=${join(dir, 'l.tar')}`, `--new_tag=${tag}`],
    { env },
  );
  const digest = (await runOk([toolPath('crane'), 'digest', '--insecure', tag], { env })).stdout.trim();
  return `${proxy.host}/bench/app@${digest}`;
}

async function timed(argv: string[]): Promise<Measured & { requests: number }> {
  proxy.reset();
  const m = await measure(argv, { env, cwd: work });
  return { ...m, requests: proxy.requests.length };
}

const token = () => bed.oidc!.githubToken();
const signetCmd = (...a: string[]) => [process.execPath, SIGNET, ...a];
const cosignCmd = (...a: string[]) => [toolPath('cosign'), ...a];
// The same signing config for both: Fulcio, the Rekor v1 log and the TSA of the bed.
const keyless = () => [`--identity-token=${token()}`, `--signing-config=${sigstore.signingConfigPath}`];
const cosignKeyless = () => [
  `--identity-token=${token()}`,
  `--signing-config=${sigstore.signingConfigPath}`,
  `--trusted-root=${sigstore.trustedRootPath}`,
];
// cosign signs the legacy format keyless only with the URL flags (no signing config): both tools get
// Fulcio and the Rekor v1 log by URL there.
const legacyKeyless = () => [
  `--identity-token=${token()}`,
  `--fulcio-url=${sigstore.fulcioURL}`,
  `--rekor-url=${sigstore.rekorURL}`,
];
const cosignLegacyKeyless = () => [
  ...legacyKeyless(),
  '--use-signing-config=false',
  '--new-bundle-format=false',
  `--trusted-root=${sigstore.trustedRootPath}`,
];
const verifyIdentity = [
  `--certificate-identity=${IDENTITY}`,
  `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
  `--trusted-root=${sigstore.trustedRootPath}`,
];

await runOk(signetCmd('generate-key-pair'), { env, cwd: work });

/** The same operation for both tools; `prepare` makes what each run works on. */
interface Operation {
  name: string;
  prepare: () => Promise<string>;
  signet: (image: string) => string[];
  cosign: (image: string) => string[];
}

const verifyTargets: Record<string, string> = {};
const operations: Operation[] = [
  {
    name: 'sign with a key, legacy .sig, no tlog',
    prepare: pushImage,
    signet: (i) =>
      signetCmd('sign', '--key', 'cosign.key', '--tlog-upload=false', '--signature-format=legacy', i),
    cosign: (i) =>
      cosignCmd(
        'sign',
        '--key',
        'cosign.key',
        '--tlog-upload=false',
        '--use-signing-config=false',
        '--new-bundle-format=false',
        '--yes',
        i,
      ),
  },
  {
    name: 'sign with a key, bundle referrer, no tlog',
    prepare: pushImage,
    signet: (i) =>
      signetCmd('sign', '--key', 'cosign.key', '--tlog-upload=false', '--signature-format=bundle', i),
    cosign: (i) =>
      cosignCmd(
        'sign',
        '--key',
        'cosign.key',
        '--tlog-upload=false',
        '--use-signing-config=false',
        '--yes',
        i,
      ),
  },
  ...(['bundle', 'legacy'] as const).map((format): Operation => ({
    name:
      format === 'bundle'
        ? 'sign keyless, bundle referrer (signing config: Fulcio, Rekor, TSA)'
        : 'sign keyless, legacy .sig (Fulcio and Rekor by URL)',
    prepare: pushImage,
    signet: (i) =>
      format === 'bundle'
        ? signetCmd('sign', ...keyless(), '--signature-format=bundle', i)
        : signetCmd('sign', ...legacyKeyless(), '--signature-format=legacy', i),
    cosign: (i) =>
      format === 'bundle'
        ? cosignCmd('sign', '--yes', '--allow-http-registry', ...cosignKeyless(), i)
        : cosignCmd('sign', '--yes', '--allow-http-registry', ...cosignLegacyKeyless(), i),
  })),
  ...(['bundle', 'legacy'] as const).map((format): Operation => ({
    name: `verify keyless, ${format === 'bundle' ? 'bundle referrer' : 'legacy .sig'}`,
    prepare: async () => {
      const k = `keyless-${format}`;
      if (!verifyTargets[k]) {
        const image = await pushImage();
        await runOk(
          cosignCmd(
            'sign',
            '--yes',
            '--allow-http-registry',
            ...(format === 'legacy' ? cosignLegacyKeyless() : cosignKeyless()),
            image,
          ),
          { env, cwd: work },
        );
        verifyTargets[k] = image;
      }
      return verifyTargets[k];
    },
    signet: (i) => signetCmd('verify', `--signature-format=${format}`, ...verifyIdentity, i),
    cosign: (i) =>
      cosignCmd(
        'verify',
        '--allow-http-registry',
        ...(format === 'legacy' ? ['--new-bundle-format=false'] : []),
        ...verifyIdentity,
        i,
      ),
  })),
  ...(['legacy', 'bundle'] as const).map((format): Operation => ({
    name: `verify with a key, ${format === 'bundle' ? 'bundle referrer' : 'legacy .sig'}, no tlog`,
    prepare: async () => {
      const k = `key-${format}`;
      if (!verifyTargets[k]) {
        const image = await pushImage();
        await runOk(
          signetCmd(
            'sign',
            '--key',
            'cosign.key',
            '--tlog-upload=false',
            `--signature-format=${format}`,
            image,
          ),
          { env, cwd: work },
        );
        verifyTargets[k] = image;
      }
      return verifyTargets[k];
    },
    signet: (i) =>
      signetCmd('verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', `--signature-format=${format}`, i),
    cosign: (i) =>
      cosignCmd(
        'verify',
        '--key',
        'cosign.pub',
        '--insecure-ignore-tlog=true',
        ...(format === 'legacy' ? ['--new-bundle-format=false'] : []),
        '--allow-http-registry',
        i,
      ),
  })),
];

const rows: Row[] = [];
try {
  for (const op of operations.filter((o) => selected(o.name))) {
    const s: (Measured & { requests: number })[] = [];
    const c: (Measured & { requests: number })[] = [];
    // One untimed warm-up each (page cache, first-run costs of both binaries).
    await timed(op.signet(await op.prepare()));
    await timed(op.cosign(await op.prepare()));
    for (let i = 0; i < RUNS; i++) {
      // Alternate who goes first, so neither always gets the warmer machine.
      const first = i % 2 === 0 ? 'signet' : 'cosign';
      for (const who of first === 'signet' ? ['signet', 'cosign'] : ['cosign', 'signet']) {
        const image = await op.prepare();
        (who === 'signet' ? s : c).push(await timed(who === 'signet' ? op.signet(image) : op.cosign(image)));
      }
    }
    rows.push({
      operation: op.name,
      signetMs: median(s.map((x) => x.wallMs)),
      cosignMs: median(c.map((x) => x.wallMs)),
      ratio: median(s.map((x, i) => x.wallMs / c[i]!.wallMs)),
      signetCpuMs: median(s.map((x) => x.cpuMs)),
      cosignCpuMs: median(c.map((x) => x.cpuMs)),
      cpuRatio: median(s.map((x, i) => x.cpuMs / Math.max(c[i]!.cpuMs, 10))),
      signetRssMiB: median(s.map((x) => x.peakRssMiB)),
      cosignRssMiB: median(c.map((x) => x.peakRssMiB)),
      signetRequests: median(s.map((x) => x.requests)),
      cosignRequests: median(c.map((x) => x.requests)),
    });
  }
} finally {
  await proxy.stop();
  await bed.stop();
}

const fmt = (n: number, d = 0) => n.toFixed(d);
console.log(
  `sign/verify: signet (node ${process.versions.node}) vs cosign v3.1.3, ${RUNS} interleaved runs, medians\n`,
);
console.log(
  '| operation | runs | signet ms | cosign ms | wall ratio | signet CPU ms | cosign CPU ms | CPU ratio | signet peak RSS MiB | cosign peak RSS MiB | signet requests | cosign requests |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.operation} | ${RUNS} | ${fmt(r.signetMs)} | ${fmt(r.cosignMs)} | ${fmt(r.ratio, 2)} | ${fmt(r.signetCpuMs)} | ${fmt(r.cosignCpuMs)} | ${fmt(r.cpuRatio, 2)} | ${fmt(r.signetRssMiB)} | ${fmt(r.cosignRssMiB)} | ${r.signetRequests} | ${r.cosignRequests} |`,
  );
}
const target = (r: Row) => (r.operation.includes('keyless') ? 1.5 : 1.0);
console.log('\ntargets (wall ratio): with a key ≤ 1.0×, keyless ≤ 1.5×, each format');
for (const r of rows)
  console.log(
    `  ${r.operation}: ${fmt(r.ratio, 2)} ≤ ${target(r)} → ${r.ratio <= target(r) ? 'met' : 'not met'}`,
  );
const out = arg('json');
if (out) writeFileSync(out, JSON.stringify({ runs: RUNS, rows }, null, 2));
