// Pre-flight benchmark: verifying the images of Kubernetes manifests, both tools as whole processes from
// their CLI doing the same work. `signet preflight` reads one manifest file naming N images (one tag
// each), resolves each tag and verifies each digest with up to P in flight; the cosign side is what a
// workflow runs, `xargs -P P cosign verify` over the same N references (N tag resolutions, N
// verifications, P at a time). The images are pushed to the bed's Distribution registry with crane and
// signed keylessly by the real cosign in the legacy `.sig` format against the bed's Fulcio, Rekor and
// TSA; both sides verify against the same trusted root and identity. P defaults to the machine's cores
// (os.availableParallelism()), and P = 1 is measured too. Wall, CPU (user+sys of the whole process
// tree) and peak RSS, interleaved runs, medians, ratios.
//
//   node bench/preflight.ts [--images 50] [--concurrency P] [--runs 3] [--sigstore real|stand-in] [--json out.json]
import { execFile as execFileCb } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { registryOf, startBed } from '../test/bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../test/bed/oidc.ts';
import { toolPath } from '../test/bed/tools.ts';
import { compare, measure, table, type Compared } from './lib/measure.ts';

const execFile = promisify(execFileCb);
const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const SIGNET = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

/** Runs the benchmark; returns one comparison per parallelism. */
export async function runPreflightBench(opts: {
  images: number;
  concurrency: number;
  runs: number;
  /** The bed's real Sigstore services (default) or the @sigstore/mock stand-ins. */
  sigstore?: true | 'stand-in';
}): Promise<Compared[]> {
  const cosign = toolPath('cosign');
  const crane = toolPath('crane');
  const dir = mkdtempSync(join(tmpdir(), 'signet-bench-preflight-'));
  const bed = await startBed({ registries: ['anonymous'], sigstore: opts.sigstore ?? true });
  try {
    const reg = registryOf(bed, 'anonymous');
    const s = bed.sigstore;
    const o = bed.oidc;
    if (!s || !o) throw new Error('bench: the bed has no sigstore');
    const home = join(dir, 'home');
    mkdirSync(home);
    const env = {
      HOME: home,
      TUF_ROOT: join(home, '.sigstore'),
      DOCKER_CONFIG: reg.dockerConfigDir,
      NO_PROXY: '127.0.0.1,localhost',
    };
    const refs: string[] = [];
    for (let i = 0; i < opts.images; i++) {
      const src = join(dir, `l${i}`);
      mkdirSync(src);
      writeFileSync(join(src, 'f.txt'), `image ${i}\n`);
      await execFile('tar', ['-cf', join(dir, `l${i}.tar`), '-C', src, 'f.txt']);
      const repo = `${reg.host}/bench/app${i}`;
      await execFile(
        crane,
        ['append', '--insecure', `--new_layer=${join(dir, `l${i}.tar`)}`, `--new_tag=${repo}:t0`],
        { env: { ...process.env, ...env } },
      );
      const digest = (
        await execFile(crane, ['digest', '--insecure', `${repo}:t0`], { env: { ...process.env, ...env } })
      ).stdout.trim();
      refs.push(`${repo}:t0`);
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
        { env: { ...process.env, ...env } },
      );
    }
    const manifest = refs
      .map(
        (r, i) =>
          `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: c\n      image: ${r}\n`,
      )
      .join('---\n');
    const manifestPath = join(dir, 'bench.yaml');
    writeFileSync(manifestPath, manifest);
    const policyPath = join(dir, 'policy.yaml');
    writeFileSync(
      policyPath,
      `rules:\n  - images: ["${reg.host}/bench/*"]\n    signers:\n      - issuer: ${GITHUB_ISSUER}\n        subject: ${IDENTITY}\n`,
    );
    const refsPath = join(dir, 'refs.txt');
    writeFileSync(refsPath, refs.join('\n') + '\n');
    const rows: Compared[] = [];
    for (const p of [...new Set([opts.concurrency, 1])]) {
      rows.push(
        await compare(`verify ${refs.length} images, ${p} in flight`, opts.runs, {
          signet: () =>
            measure(
              [
                process.execPath,
                SIGNET,
                'preflight',
                `--policy=${policyPath}`,
                `--trusted-root=${s.trustedRootPath}`,
                `--concurrency=${p}`,
                `--output-dir=${join(dir, 'pinned')}`,
                manifestPath,
              ],
              { env, cwd: dir },
            ),
          other: () =>
            measure(
              [
                'xargs',
                '-a',
                refsPath,
                '-P',
                String(p),
                '-n',
                '1',
                '--',
                cosign,
                'verify',
                '--allow-http-registry',
                '--new-bundle-format=false',
                `--trusted-root=${s.trustedRootPath}`,
                `--certificate-identity=${IDENTITY}`,
                `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
              ],
              { env, cwd: dir },
            ),
        }),
      );
    }
    return rows;
  } finally {
    await bed.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  if (process.argv.includes('--help')) {
    console.log('node bench/preflight.ts [--images 50] [--concurrency P] [--runs 3] [--json out.json]');
    process.exit(0);
  }
  const rows = await runPreflightBench({
    images: Number(arg('images') ?? 50),
    concurrency: Number(arg('concurrency') ?? availableParallelism()),
    runs: Number(arg('runs') ?? 3),
    sigstore: arg('sigstore') === 'stand-in' ? 'stand-in' : true,
  });
  console.log(
    `preflight: signet preflight vs xargs -P cosign verify (both resolve and verify every image once), medians\n`,
  );
  console.log(table(rows, 'cosign'));
  const out = arg('json');
  if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
}
