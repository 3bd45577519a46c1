// `npm run demo` (until the Signet pipeline lands in the CLI): a smoke run of the whole test bed.
// Starts every service, builds a FROM scratch image with the bed's Docker engine, pushes it to the
// token-auth registry, signs its digest keyless with the real cosign against the bed's Fulcio, Rekor
// and TSA using a GitHub-shaped OIDC token, verifies it, and prints what happened and how long it took.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const home = join(bed.dir, 'home');
  const env = { HOME: home, TUF_ROOT: join(home, '.sigstore'), DOCKER_CONFIG: registry.dockerConfigDir };
  const sigstore = bed.sigstore!;
  const token = readFileSync(bed.oidc!.tokenFile, 'utf8').trim();
  await runOk(
    [
      cosign,
      'sign',
      '--yes',
      '--allow-http-registry',
      `--identity-token=${token}`,
      `--signing-config=${sigstore.signingConfigPath}`,
      `--trusted-root=${sigstore.trustedRootPath}`,
      image,
    ],
    { env },
  );
  step('signed keyless (bed Fulcio certificate, Rekor entry, RFC 3161 timestamp)');
  const identity = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
  const verifyArgs = [
    'verify',
    '--allow-http-registry',
    `--trusted-root=${sigstore.trustedRootPath}`,
    `--certificate-identity=${identity}`,
    `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
    image,
  ];
  await runOk([cosign, ...verifyArgs], { env });
  step(`verified: signed by ${identity}`);
  console.log(
    `\nsmoke run passed in ${((Date.now() - t0) / 1000).toFixed(1)} s. To verify by hand while a bed runs (npm run bed):`,
  );
  console.log(
    `  DOCKER_CONFIG=<registries.token.dockerConfig> cosign verify --allow-http-registry --trusted-root=<sigstore.trustedRoot> ` +
      `--certificate-identity=${identity} --certificate-oidc-issuer=${GITHUB_ISSUER} <image>`,
  );
} catch (err) {
  failed = true;
  console.error(`smoke run failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await bed.stop({ keepLogs: failed });
}
process.exit(failed ? 1 : 0);
