// Pre-flight benchmark: wall time to verify N image references from Kubernetes manifests with
// `preflight` (Signet's verifier, bounded parallelism, one tag resolution per reference) next to a
// shell-style loop of `cosign verify` over the same references. The images are pushed to the bed's
// Distribution registry with crane and signed keylessly by the real cosign in the legacy `.sig`
// format against the bed's Fulcio, Rekor and TSA; every reference is a distinct tag.
//
//   node bench/preflight.ts [--refs 200] [--images 50] [--concurrency 8] [--json out.json]
import { execFile as execFileCb } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parsePreflightPolicy, preflight, type PreflightDeps } from '../src/cluster/index.ts';
import { RegistryClient } from '../src/registry/index.ts';
import { buildVerifyPolicy, parseTrustedRoot, verifyImage } from '../src/verify/index.ts';
import { registryOf, startBed } from '../test/bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../test/bed/oidc.ts';
import { toolPath } from '../test/bed/tools.ts';

const execFile = promisify(execFileCb);
const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;

/** One measured way of verifying the references. */
export interface PreflightBenchRow {
  tool: string;
  refs: number;
  ms: number;
  perRefMs: number;
  verified: number;
}

/** Runs the benchmark; returns one row per tool. */
export async function runPreflightBench(opts: {
  refs: number;
  images: number;
  concurrency: number;
}): Promise<PreflightBenchRow[]> {
  const cosign = toolPath('cosign');
  const crane = toolPath('crane');
  const dir = mkdtempSync(join(tmpdir(), 'signet-bench-preflight-'));
  const bed = await startBed({ registries: ['anonymous'], sigstore: true });
  try {
    const reg = registryOf(bed, 'anonymous');
    const s = bed.sigstore;
    const o = bed.oidc;
    if (!s || !o) throw new Error('bench: the bed has no sigstore');
    const home = join(dir, 'home');
    mkdirSync(home);
    const env = {
      ...process.env,
      HOME: home,
      TUF_ROOT: join(home, '.sigstore'),
      DOCKER_CONFIG: reg.dockerConfigDir,
      NO_PROXY: '127.0.0.1,localhost',
    };
    const refs: string[] = [];
    const tagsPerImage = Math.ceil(opts.refs / opts.images);
    for (let i = 0; i < opts.images; i++) {
      const src = join(dir, `l${i}`);
      mkdirSync(src);
      writeFileSync(join(src, 'f.txt'), `image ${i}\n`);
      await execFile('tar', ['-cf', join(dir, `l${i}.tar`), '-C', src, 'f.txt']);
      const repo = `${reg.host}/bench/app${i}`;
      await execFile(
        crane,
        ['append', '--insecure', `--new_layer=${join(dir, `l${i}.tar`)}`, `--new_tag=${repo}:t0`],
        { env },
      );
      const digest = (await execFile(crane, ['digest', '--insecure', `${repo}:t0`], { env })).stdout.trim();
      for (let t = 1; t < tagsPerImage; t++)
        await execFile(crane, ['tag', '--insecure', `${repo}:t0`, `t${t}`], { env });
      for (let t = 0; t < tagsPerImage && refs.length < opts.refs; t++) refs.push(`${repo}:t${t}`);
      await execFile(
        cosign,
        [
          'sign',
          '--yes',
          `--identity-token=${o.githubToken()}`,
          '--use-signing-config=false',
          '--new-bundle-format=false',
          `--fulcio-url=${s.fulcioURL}`,
          `--rekor-url=${s.rekorURL}`,
          `--timestamp-server-url=${s.tsaURL}`,
          `--trusted-root=${s.trustedRootPath}`,
          '--allow-http-registry',
          `${repo}@${digest}`,
        ],
        { env },
      );
    }
    const manifest = refs
      .map(
        (r, i) =>
          `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: c\n      image: ${r}\n`,
      )
      .join('---\n');
    const policy = parsePreflightPolicy(
      `rules:\n  - images: ["${reg.host}/bench/*"]\n    signers:\n      - issuer: ${GITHUB_ISSUER}\n        subject: ${IDENTITY}\n`,
    );
    const trustedRoot = parseTrustedRoot(s.trustedRoot, 'bed');
    const rows: PreflightBenchRow[] = [];

    for (const [concurrency, resolveFirst] of [
      [opts.concurrency, true],
      [opts.concurrency, false],
      [1, false],
    ] as const) {
      const registry = new RegistryClient({ insecureRegistries: [reg.host] });
      const vp = buildVerifyPolicy({
        trustedRoot,
        identity: { certificateIdentity: IDENTITY, certificateOidcIssuer: GITHUB_ISSUER },
      });
      const deps: PreflightDeps = {
        async verify(image) {
          const r = await verifyImage({ image, policy: vp, formats: 'legacy' }, { registry });
          return { digest: r.digest, verified: r.verified };
        },
      };
      if (resolveFirst) {
        deps.resolve = async (image) => {
          const head = await registry.headManifest(image);
          if (!head) throw new Error(`bench: ${image.repository} not found`);
          return head.digest;
        };
      }
      const t0 = performance.now();
      const result = await preflight(
        { files: [{ path: 'bench.yaml', text: manifest }], policy, concurrency },
        deps,
      );
      const ms = performance.now() - t0;
      registry.close();
      if (!result.ok) throw new Error(`bench: preflight failed: ${result.error?.message}`);
      rows.push({
        tool: `signet preflight (concurrency ${concurrency}${resolveFirst ? ', tags resolved first' : ''})`,
        refs: refs.length,
        ms,
        perRefMs: ms / refs.length,
        verified: result.images.filter((i) => i.status === 'verified').length,
      });
    }

    const t0 = performance.now();
    let verified = 0;
    for (const r of refs) {
      await execFile(
        cosign,
        [
          'verify',
          '--allow-http-registry',
          `--trusted-root=${s.trustedRootPath}`,
          `--certificate-identity=${IDENTITY}`,
          `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
          r,
        ],
        { env },
      );
      verified++;
    }
    const ms = performance.now() - t0;
    rows.push({ tool: 'cosign verify loop', refs: refs.length, ms, perRefMs: ms / refs.length, verified });
    return rows;
  } finally {
    await bed.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Markdown table of the rows. */
export function formatPreflightBench(rows: PreflightBenchRow[]): string {
  const lines = ['| tool | refs | verified | wall ms | ms per ref |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const r of rows)
    lines.push(`| ${r.tool} | ${r.refs} | ${r.verified} | ${r.ms.toFixed(0)} | ${r.perRefMs.toFixed(1)} |`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  if (process.argv.includes('--help')) {
    console.log('node bench/preflight.ts [--refs 200] [--images 50] [--concurrency 8] [--json out.json]');
    process.exit(0);
  }
  const rows = await runPreflightBench({
    refs: Number(arg('refs') ?? 200),
    images: Number(arg('images') ?? 50),
    concurrency: Number(arg('concurrency') ?? 8),
  });
  console.log(formatPreflightBench(rows));
  const out = arg('json');
  if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
}
