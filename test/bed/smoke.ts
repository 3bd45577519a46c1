// `npm run demo`: the whole pipeline on loopback, in one `signet run` — the same code the GitHub Action
// and the GitLab component run. Starts the test bed (a throwaway token-auth Distribution registry, the
// Docker engine, the Sigstore and OIDC stand-ins: no Go builds), writes a tiny FROM scratch image, and runs the built
// `signet run`: build and push, keyless signature of the digest (Fulcio certificate, Rekor entry) in both
// storage formats, the generated SBOM attested, verification read back from the registry against the
// token's own identity, and admission objects. Then the real cosign checks the result (when `npm run tools`
// has built it: the demo itself installs only the registry and the Docker engine), and the demo
// prints the summary and the exact commands to check it by hand (`npm run demo -- --keep` keeps the bed
// running for that; Ctrl-C stops it).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBed } from './index.ts';
import { toolPath } from './tools.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from './oidc.ts';
import { runOk } from '../support/run.ts';

const keep = process.argv.includes('--keep');
const t0 = Date.now();
const step = (what: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);
/** The pinned cosign when `npm run tools` built it; SIGNET_DEMO_WITHOUT_COSIGN=1 shows a newcomer's run. */
function findCosign(): string | undefined {
  if (process.env.SIGNET_DEMO_WITHOUT_COSIGN === '1') return undefined;
  try {
    return toolPath('cosign');
  } catch {
    return undefined;
  }
}

// The Sigstore stand-ins (@sigstore/mock's Fulcio, Rekor and TSA, an npm package): the real services
// of the bed are Go builds the demo does not install (`npm run tools` does; `npm run bed` uses them).
const bed = await startBed({ registries: ['token'], docker: true, sigstore: 'stand-in', oidc: true });
let failed = false;
try {
  step(`test bed up in ${bed.startMs} ms (logs: ${bed.logDir})`);
  const registry = bed.registries.token!;
  const work = mkdtempSync(join(bed.dir, 'demo-'));
  const ctx = join(work, 'app');
  await runOk(['mkdir', '-p', join(ctx, 'node_modules', 'left-pad')]);
  writeFileSync(join(ctx, 'hello.txt'), `hello from signet ${new Date().toISOString()}\n`);
  writeFileSync(
    join(ctx, 'node_modules', 'left-pad', 'package.json'),
    JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
  );
  writeFileSync(
    join(ctx, 'Dockerfile'),
    'FROM scratch\nCOPY hello.txt /hello.txt\nCOPY node_modules /app/node_modules\n',
  );

  const signetCli = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
  const home = join(work, 'home');
  const env = {
    HOME: home,
    TUF_ROOT: join(home, '.sigstore'),
    DOCKER_CONFIG: registry.dockerConfigDir,
    ...bed.docker!.env,
    DOCKER_BUILDKIT: '0',
  };
  const sigstore = bed.sigstore!;
  const token = readFileSync(bed.oidc!.tokenFile, 'utf8').trim();
  const run = await runOk(
    [
      process.execPath,
      signetCli,
      'run',
      '--build=docker',
      `--tags=${registry.host}/demo/hello:latest`,
      `--identity-token=${token}`,
      `--fulcio-url=${sigstore.fulcioURL}`,
      `--rekor-url=${sigstore.rekorURL}`,
      `--trusted-root=${sigstore.trustedRootPath}`,
      '--admission=policy-controller,kyverno,connaisseur',
      // SLSA provenance is built from a GitHub Actions run's context, which a laptop has not.
      '--attest-provenance=false',
      `--output-dir=${join(work, 'out')}`,
      ctx,
    ],
    { env, cwd: work },
  );
  process.stdout.write(run.stderr.trimEnd().replace(/^/gm, '    ') + '\n');
  step(
    'signet run: built, pushed, signed keyless (both formats), attested the SBOM, verified, wrote policies',
  );
  console.log(run.stdout.trimEnd().replace(/^/gm, '    '));
  const image = /^image\s+(\S+)$/m.exec(run.stdout)?.[1];
  if (!image) throw new Error(`signet run printed no image:\n${run.stdout}`);

  const identity = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
  const cosign = findCosign() ?? 'cosign';
  const check = [
    [
      cosign,
      'verify',
      '--allow-http-registry',
      `--trusted-root=${sigstore.trustedRootPath}`,
      `--certificate-identity=${identity}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      image,
    ],
    [
      cosign,
      'verify',
      '--allow-http-registry',
      '--new-bundle-format=false',
      `--trusted-root=${sigstore.trustedRootPath}`,
      `--certificate-identity=${identity}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      image,
    ],
    [
      cosign,
      'verify-attestation',
      '--allow-http-registry',
      '--type=cyclonedx',
      `--trusted-root=${sigstore.trustedRootPath}`,
      `--certificate-identity=${identity}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      image,
    ],
  ];
  if (findCosign()) {
    for (const argv of check) await runOk(argv, { env });
    step(
      'cosign verify accepts both the bundle referrer and the legacy .sig, and verify-attestation the SBOM',
    );
  } else {
    // The demo installs only what it needs; cosign is a Go build (~4 min), made by `npm run tools`.
    step('cosign is not installed, so the cross-check with cosign did not run: `npm run tools` builds it');
  }

  console.log(
    `\ndemo passed in ${((Date.now() - t0) / 1000).toFixed(1)} s. Check it by hand${keep ? '' : ' (run `npm run demo -- --keep` to keep the bed up)'}:`,
  );
  console.log(`  export DOCKER_CONFIG=${registry.dockerConfigDir}`);
  for (const argv of check) console.log(`  ${argv.join(' ')}`);
  if (keep) {
    console.log('\nthe bed keeps running: Ctrl-C stops it');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  }
} catch (err) {
  failed = true;
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await bed.stop({ keepLogs: failed });
}
process.exit(failed ? 1 : 0);
