// Sign and verify benchmark: the `signet` binary (dist/cli/index.js) against the real cosign v3.1.3,
// doing the same work on the same loopback bed, interleaved run by run (signet, cosign, signet, …) so
// machine noise hits both alike. Reports per operation the median wall time of each, the median of
// the per-pair ratios signet/cosign, and the registry requests each made (counted by a loopback proxy
// in front of the Distribution registry; token requests of the bed's Sigstore are not registry ones).
//
//   node bench/sign-verify.ts [--runs 5] [--json out.json]
//
// Targets (issue #4): ratio ≤ 0.5; ≤ 5 registry requests for a legacy key signature.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBed } from '../test/bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../test/bed/oidc.ts';
import { toolPath } from '../test/bed/tools.ts';
import { startFaultProxy } from '../test/support/fault-proxy.ts';
import { run, runOk } from '../test/support/run.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('runs') ?? 5);
const SIGNET = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** One operation measured for both tools. */
interface Row {
  operation: string;
  signetMs: number;
  cosignMs: number;
  /** Median of signet/cosign over the interleaved pairs. */
  ratio: number;
  signetRequests: number;
  cosignRequests: number;
}

const bed = await startBed({ registries: ['anonymous'], sigstore: true, oidc: true });
const proxy = await startFaultProxy({ target: bed.registries.anonymous!.url });
const work = mkdtempSync(join(bed.dir, 'bench-'));
const env = { HOME: work, TUF_ROOT: join(work, 'tuf'), COSIGN_PASSWORD: 'bench', CI: 'true' };
const sigstore = bed.sigstore!;
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

async function timed(argv: string[]): Promise<{ ms: number; requests: number }> {
  proxy.reset();
  const t0 = performance.now();
  const r = await run(argv, { env, cwd: work });
  const ms = performance.now() - t0;
  if (r.code !== 0) throw new Error(`${argv.slice(0, 3).join(' ')} failed:\n${r.stderr}`);
  return { ms, requests: proxy.requests.length };
}

const token = () => bed.oidc!.githubToken();
const signetCmd = (...a: string[]) => [process.execPath, SIGNET, ...a];
const cosignCmd = (...a: string[]) => [toolPath('cosign'), ...a];
const keyless = () => [
  `--identity-token=${token()}`,
  `--fulcio-url=${sigstore.fulcioURL}`,
  `--rekor-url=${sigstore.rekorURL}`,
];
const cosignKeyless = () => [
  `--identity-token=${token()}`,
  `--signing-config=${sigstore.signingConfigPath}`,
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
  {
    name: 'sign keyless, bundle referrer (Fulcio + Rekor)',
    prepare: pushImage,
    signet: (i) => signetCmd('sign', ...keyless(), '--signature-format=bundle', i),
    cosign: (i) => cosignCmd('sign', '--yes', '--allow-http-registry', ...cosignKeyless(), i),
  },
  {
    name: 'verify keyless, bundle referrer',
    prepare: async () => {
      if (!verifyTargets.keyless) {
        const image = await pushImage();
        await runOk(cosignCmd('sign', '--yes', '--allow-http-registry', ...cosignKeyless(), image), {
          env,
          cwd: work,
        });
        verifyTargets.keyless = image;
      }
      return verifyTargets.keyless;
    },
    signet: (i) => signetCmd('verify', '--signature-format=bundle', ...verifyIdentity, i),
    cosign: (i) => cosignCmd('verify', '--allow-http-registry', ...verifyIdentity, i),
  },
  {
    name: 'verify with a key, legacy .sig',
    prepare: async () => {
      if (!verifyTargets.key) {
        const image = await pushImage();
        await runOk(
          signetCmd('sign', '--key', 'cosign.key', '--tlog-upload=false', '--signature-format=legacy', image),
          {
            env,
            cwd: work,
          },
        );
        verifyTargets.key = image;
      }
      return verifyTargets.key;
    },
    signet: (i) =>
      signetCmd('verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', '--signature-format=legacy', i),
    cosign: (i) =>
      cosignCmd(
        'verify',
        '--key',
        'cosign.pub',
        '--insecure-ignore-tlog=true',
        '--new-bundle-format=false',
        '--allow-http-registry',
        i,
      ),
  },
];

const rows: Row[] = [];
try {
  for (const op of operations) {
    const s: { ms: number; requests: number }[] = [];
    const c: { ms: number; requests: number }[] = [];
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
      signetMs: median(s.map((x) => x.ms)),
      cosignMs: median(c.map((x) => x.ms)),
      ratio: median(s.map((x, i) => x.ms / c[i]!.ms)),
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
  '| operation | signet ms | cosign ms | ratio signet/cosign | signet registry requests | cosign registry requests |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.operation} | ${fmt(r.signetMs)} | ${fmt(r.cosignMs)} | ${fmt(r.ratio, 2)} | ${r.signetRequests} | ${r.cosignRequests} |`,
  );
}
const legacyKey = rows[0]!;
console.log(
  `\ntargets: ratio ≤ 0.5 → ${rows.filter((r) => r.ratio <= 0.5).length}/${rows.length} operations meet it; ` +
    `legacy key signature ≤ 5 registry requests → ${legacyKey.signetRequests} (${legacyKey.signetRequests <= 5 ? 'met' : 'not met'})`,
);
const out = arg('json');
if (out) writeFileSync(out, JSON.stringify({ runs: RUNS, rows }, null, 2));
