// `npm run demo`: the pipeline on loopback. Starts the test bed, builds a FROM scratch image with the
// bed's Docker engine, pushes it to the token-auth registry, signs its digest keyless with the built
// `signet` CLI against the bed's Fulcio, Rekor and TSA (GitHub-shaped OIDC token) in both storage
// formats, verifies it with signet and with the real cosign, generates its SBOM and attests it
// (cosign verify-attestation checks it), writes the admission objects, and prints what happened,
// how long it took and how to check it by hand.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBed } from './index.ts';
import { toolPath } from './tools.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from './oidc.ts';
import { runOk } from '../support/run.ts';

const t0 = Date.now();
const step = (what: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);
const bed = await startBed({ registries: ['token'], docker: true, sigstore: true, oidc: true });
let failed = false;
try {
  step(`test bed up in ${bed.startMs} ms (logs: ${bed.logDir})`);
  const registry = bed.registries.token!;
  const ctx = mkdtempSync(join(bed.dir, 'ctx-'));
  writeFileSync(join(ctx, 'hello.txt'), `hello from signet ${new Date().toISOString()}\n`);
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
  const tag = `${registry.host}/demo/hello:latest`;
  const dockerEnv = { ...bed.docker!.env, DOCKER_CONFIG: registry.dockerConfigDir, DOCKER_BUILDKIT: '0' };
  await runOk(['docker', 'build', '-q', '-t', tag, ctx], { env: dockerEnv });
  const push = await runOk(['docker', 'push', tag], { env: dockerEnv });
  const digest = /digest: (sha256:[0-9a-f]{64})/.exec(push.stdout)?.[1];
  if (!digest) throw new Error(`docker push printed no digest:\n${push.stdout}`);
  const image = `${registry.host}/demo/hello@${digest}`;
  step(`built and pushed ${image}`);

  const cosign = toolPath('cosign');
  const signetCli = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
  const home = join(bed.dir, 'home');
  const env = { HOME: home, TUF_ROOT: join(home, '.sigstore'), DOCKER_CONFIG: registry.dockerConfigDir };
  const sigstore = bed.sigstore!;
  const token = readFileSync(bed.oidc!.tokenFile, 'utf8').trim();
  const signed = await runOk(
    [
      process.execPath,
      signetCli,
      'sign',
      `--identity-token=${token}`,
      `--fulcio-url=${sigstore.fulcioURL}`,
      `--rekor-url=${sigstore.rekorURL}`,
      `--timestamp-server-url=${sigstore.tsaURL}`,
      image,
    ],
    { env },
  );
  process.stdout.write(signed.stderr.trimEnd().replace(/^/gm, '    ') + '\n');
  step('signet signed the digest keyless: Fulcio certificate, Rekor entry, RFC 3161 timestamp, both formats');
  const identity = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
  const identityArgs = [
    `--trusted-root=${sigstore.trustedRootPath}`,
    `--certificate-identity=${identity}`,
    `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
  ];
  const verdict = await runOk([process.execPath, signetCli, 'verify', ...identityArgs, image], { env });
  step(`signet verify: ${verdict.stdout.trim()}`);
  await runOk([cosign, 'verify', '--allow-http-registry', ...identityArgs, image], { env });
  await runOk(
    [cosign, 'verify', '--allow-http-registry', '--new-bundle-format=false', ...identityArgs, image],
    { env },
  );
  step('cosign verify accepts both the bundle referrer and the legacy .sig');

  const sbomDir = join(bed.dir, 'sbom');
  const sbom = await runOk(
    [process.execPath, signetCli, 'sbom', '--source=generate', '--output-dir', sbomDir, image],
    { env },
  );
  const sbomFile = join(sbomDir, sbom.stderr.trim().split('\t').pop()!);
  await runOk(
    [
      process.execPath,
      signetCli,
      'attest',
      `--identity-token=${token}`,
      `--fulcio-url=${sigstore.fulcioURL}`,
      `--rekor-url=${sigstore.rekorURL}`,
      '--type=cyclonedx',
      `--predicate=${sbomFile}`,
      image,
    ],
    { env },
  );
  await runOk(
    [cosign, 'verify-attestation', '--allow-http-registry', '--type=cyclonedx', ...identityArgs, image],
    { env },
  );
  step(
    'signet generated the SBOM from the pushed layers and attested it; cosign verify-attestation accepts it',
  );

  const policyDir = join(bed.dir, 'policy');
  await runOk(
    [
      process.execPath,
      signetCli,
      'policy',
      '--name=demo',
      `--repository=${registry.host}/demo/hello`,
      `--certificate-identity=${identity}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--trusted-root=${sigstore.trustedRootPath}`,
      `--output-dir=${policyDir}`,
    ],
    { env },
  );
  step(
    `signet wrote ${readdirSync(policyDir).length} GitOps files of admission objects (policy-controller, Kyverno, Connaisseur)`,
  );
  console.log(
    `\ndemo passed in ${((Date.now() - t0) / 1000).toFixed(1)} s. To verify by hand while a bed runs (npm run bed):`,
  );
  console.log(
    `  DOCKER_CONFIG=<registries.token.dockerConfig> signet verify --trusted-root=<sigstore.trustedRoot> ` +
      `--certificate-identity=${identity} --certificate-oidc-issuer=${GITHUB_ISSUER} <image>\n` +
      `  (or the same flags with cosign verify --allow-http-registry [--new-bundle-format=false])`,
  );
} catch (err) {
  failed = true;
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await bed.stop({ keepLogs: failed });
}
process.exit(failed ? 1 : 0);
