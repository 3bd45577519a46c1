// The whole job, side by side: one `signet run` (SBOM generated from the pushed layers, sign, attest the
// SBOM and SLSA provenance, verify the signature and read back both attestations) against the chain a
// workflow runs with syft and cosign doing the same work: `syft scan` → `cosign sign` → `cosign attest`
// (SBOM) → `cosign attest` (provenance) → `cosign verify` → `cosign verify-attestation` × 2. Every
// command is a whole process from its CLI; the chain's figures are the sums of its seven processes
// (wall, user+sys CPU) and the largest peak RSS among them. Same work on both sides: the same image
// (a fresh one per tool per run, so nobody verifies the other's signatures), the same signature
// format, the same key (or keyless against the bed's Fulcio, Rekor v1 and TSA with the same signing
// config), one verification of the signature and one per predicate type.
//
//   node bench/whole-job.ts [--runs 5] [--mode key|keyless] [--format bundle|legacy] [--base debian|npm]
//                           [--sigstore real|stand-in] [--cpu-prof DIR] [--json out.json]
//
// --base: the image's base layer, what both SBOM generators catalogue: `debian` (default) a debootstrap
// minbase tree (dpkg packages; `npm run tools` makes it), `npm` a few of the repository's node_modules.
// --cpu-prof DIR: a V8 CPU profile of the one signet run timed stage by stage (after the comparison).
//
// Target (issue 18): the whole job ≤ 0.3× the chain.
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBed } from '../test/bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../test/bed/oidc.ts';
import { toolPath } from '../test/bed/tools.ts';
import { DEBIAN_ROOTFS_TAR } from '../test/support/build-images.ts';
import { runOk } from '../test/support/run.ts';
import { compare, measure, sumOf, table, timeline, type Measured } from './lib/measure.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
if (process.argv.includes('--help')) {
  console.log(
    'node bench/whole-job.ts [--runs 5] [--mode key|keyless] [--format bundle|legacy] [--json out.json]',
  );
  process.exit(0);
}
const RUNS = Number(arg('runs', '5'));
const MODE = arg('mode', 'key');
const FORMAT = arg('format', 'bundle');
const BASE = arg('base', 'debian');
if (!['key', 'keyless'].includes(MODE) || !['bundle', 'legacy'].includes(FORMAT))
  throw new Error('--mode takes key or keyless, --format bundle or legacy');
const SIGNET = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
if (!existsSync(SIGNET)) throw new Error('bench: dist/cli/index.js is missing: run npm run build');
if (BASE === 'debian' && !existsSync(DEBIAN_ROOTFS_TAR))
  throw new Error(`bench: ${DEBIAN_ROOTFS_TAR} is missing: run npm run tools (or --base npm)`);
const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;

const bed = await startBed({
  registries: ['anonymous'],
  ...(MODE === 'keyless' ? { sigstore: arg('sigstore', 'real') === 'stand-in' ? 'stand-in' : true } : {}),
});
const reg = bed.registries.anonymous!;
const work = mkdtempSync(join(bed.dir, 'whole-job-'));
// The GitHub Actions run context both sides build provenance from (Signet from these variables; the
// chain from the same predicate Signet's `attest --type slsaprovenance1` would write, saved once).
const github = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'signet-bed/app',
  GITHUB_WORKFLOW_REF: GITHUB_JOB_WORKFLOW_REF,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
};
const env = {
  HOME: work,
  TUF_ROOT: join(work, 'tuf'),
  DOCKER_CONFIG: reg.dockerConfigDir,
  COSIGN_PASSWORD: 'bench',
  SYFT_CHECK_FOR_APP_UPDATE: 'false',
  SYFT_REGISTRY_INSECURE_USE_HTTP: 'true',
  TMPDIR: work,
  ...github,
};
const s = bed.sigstore;
const token = () => bed.oidc!.githubToken();
const signet = (...a: string[]) => [process.execPath, SIGNET, ...a];
const cosign = (...a: string[]) => [toolPath('cosign'), ...a];

await runOk(signet('generate-key-pair'), { env, cwd: work });

// The base image: a Debian rootfs (what syft and Signet's generator both catalogue), pushed once.
const base = `${reg.host}/bench/job:base`;
let baseTar = DEBIAN_ROOTFS_TAR;
if (BASE === 'npm') {
  baseTar = join(work, 'npm-base.tar');
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const packages = ['@sigstore', 'ajv', 'yaml', '@actions', 'tar-stream'];
  await runOk(['tar', '-cf', baseTar, '-C', repo, ...packages.map((p) => `node_modules/${p}`)]);
}
await runOk([toolPath('crane'), 'append', '--insecure', `--new_layer=${baseTar}`, `--new_tag=${base}`], {
  env,
});
let images = 0;
/** A fresh image on the base (one small layer more): its digest reference. */
async function freshImage(): Promise<{ tag: string; ref: string; digest: string }> {
  const dir = mkdtempSync(join(work, 'img-'));
  writeFileSync(join(dir, 'run.txt'), `whole job ${++images}\n`);
  await runOk(['tar', 'cf', join(dir, 'l.tar'), '-C', dir, 'run.txt']);
  const tag = `${reg.host}/bench/job:r${images}`;
  await runOk(
    [
      toolPath('crane'),
      'append',
      '--insecure',
      `--base=${base}`,
      `--new_layer=${join(dir, 'l.tar')}`,
      `--new_tag=${tag}`,
    ],
    { env },
  );
  const digest = (await runOk([toolPath('crane'), 'digest', '--insecure', tag], { env })).stdout.trim();
  return { tag, ref: `${reg.host}/bench/job@${digest}`, digest };
}

// The provenance predicate the chain attests: Signet's own, for the same run context.
const provenancePath = join(work, 'provenance.json');
{
  const probe = await freshImage();
  const r = await runOk(
    signet(
      'attest',
      '--key=cosign.key',
      '--tlog-upload=false',
      '--type=slsaprovenance1',
      '--output=json',
      probe.ref,
    ),
    { env, cwd: work },
  );
  void r;
  const v = await runOk(
    signet(
      'verify-attestation',
      '--key=cosign.pub',
      '--insecure-ignore-tlog',
      '--type=slsaprovenance1',
      probe.ref,
    ),
    { env, cwd: work },
  );
  const statement = JSON.parse(v.stdout.trim().split('\n')[0]!) as { predicate: unknown };
  writeFileSync(provenancePath, JSON.stringify(statement.predicate));
}

const keyless = () =>
  MODE === 'key'
    ? ['--key=cosign.key', '--tlog-upload=false']
    : [
        `--identity-token=${token()}`,
        `--signing-config=${s!.signingConfigPath}`,
        `--trusted-root=${s!.trustedRootPath}`,
      ];
const cosignSigning = () =>
  MODE === 'key'
    ? ['--key=cosign.key', '--tlog-upload=false', '--use-signing-config=false']
    : [
        `--identity-token=${token()}`,
        `--signing-config=${s!.signingConfigPath}`,
        `--trusted-root=${s!.trustedRootPath}`,
      ];
const cosignVerifying = () =>
  MODE === 'key'
    ? ['--key=cosign.pub', '--insecure-ignore-tlog=true']
    : [
        `--certificate-identity=${IDENTITY}`,
        `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
        `--trusted-root=${s!.trustedRootPath}`,
      ];
const legacy = FORMAT === 'legacy' ? ['--new-bundle-format=false'] : [];

const signetArgv = (image: { tag: string; digest: string }) =>
  signet(
    'run',
    '--build=none',
    `--tags=${image.tag}`,
    `--digest=${image.digest}`,
    ...keyless(),
    ...(MODE === 'keyless'
      ? [`--certificate-identity=${IDENTITY}`, `--certificate-oidc-issuer=${GITHUB_ISSUER}`]
      : []),
    `--signature-format=${FORMAT}`,
    '--attest-sbom',
    '--attest-provenance',
    '--sbom-source=generate',
    '--verify',
    '--allow-insecure-registry',
    `--output-dir=${join(work, `out-${images}`)}`,
    '--output=json',
  );

async function signetJob(image: { tag: string; digest: string }): Promise<Measured> {
  const m = await measure(signetArgv(image), { env, cwd: work });
  const out = JSON.parse(m.stdout) as Record<string, string>;
  const attested = JSON.parse(out['verified-attestations'] ?? '[]') as { predicateType: string }[];
  if (out.verified !== 'true' || new Set(attested.map((a) => a.predicateType)).size !== 2)
    throw new Error(`signet run did not verify the signature and both attestations: ${m.stdout}`);
  return m;
}

/** The chain's seven commands, each measured: [name, figures]. */
async function chainSteps(image: { ref: string }): Promise<[string, Measured][]> {
  const sbom = join(work, `sbom-${images}.json`);
  const parts: [string, Measured][] = [];
  const step = async (name: string, argv: string[]) =>
    parts.push([name, await measure(argv, { env, cwd: work })]);
  await step('syft scan', [
    toolPath('syft'),
    'scan',
    `registry:${image.ref}`,
    '-q',
    '-o',
    `cyclonedx-json=${sbom}`,
  ]);
  await step(
    'cosign sign',
    cosign('sign', '--yes', '--allow-http-registry', ...cosignSigning(), ...legacy, image.ref),
  );
  for (const [type, predicate] of [
    ['cyclonedx', sbom],
    ['slsaprovenance1', provenancePath],
  ] as const)
    await step(
      `cosign attest --type ${type}`,
      cosign(
        'attest',
        '--yes',
        '--allow-http-registry',
        ...cosignSigning(),
        ...legacy,
        `--type=${type}`,
        `--predicate=${predicate}`,
        image.ref,
      ),
    );
  await step(
    'cosign verify',
    cosign('verify', '--allow-http-registry', ...cosignVerifying(), ...legacy, image.ref),
  );
  for (const type of ['cyclonedx', 'slsaprovenance1'])
    await step(
      `cosign verify-attestation --type ${type}`,
      cosign(
        'verify-attestation',
        '--allow-http-registry',
        ...cosignVerifying(),
        ...legacy,
        `--type=${type}`,
        image.ref,
      ),
    );
  return parts;
}

const chain = async (image: { ref: string }): Promise<Measured> =>
  sumOf((await chainSteps(image)).map(([, m]) => m));

try {
  // One untimed warm-up each (page cache, first-run costs of all binaries).
  await signetJob(await freshImage());
  await chain(await freshImage());
  const row = await compare(`whole job, ${MODE}, ${FORMAT} format, ${BASE} base`, RUNS, {
    prepare: async () => ({ mine: await freshImage(), theirs: await freshImage() }),
    signet: (c) => signetJob(c.mine),
    other: (c) => chain(c.theirs),
  });
  console.log(
    `whole job: signet run (node ${process.versions.node}) vs syft + cosign ×6, ${RUNS} interleaved runs, medians\n`,
  );
  console.log(table([row], 'chain'));
  console.log(
    `\ntarget ≤ 0.3× the chain (wall): ${row.ratio.wall.toFixed(2)} → ${row.ratio.wall <= 0.3 ? 'met' : 'not met'}`,
  );
  // Where Signet's wall time goes: one more run, each stage line with its time since the start.
  console.log('\nsignet run timeline (ms since start, by stage line):');
  const profile = arg('cpu-prof', '');
  const profEnv = profile ? { ...env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profile}` } : env;
  for (const l of await timeline(signetArgv(await freshImage()), { env: profEnv, cwd: work }))
    if (/^signet \w+:|\(exit\)/.test(l.line))
      console.log(`  ${l.ms.toFixed(0).padStart(6)}  ${l.line.slice(0, 110)}`);
  // And the chain's, per command.
  const parts: string[] = [];
  const theirs = await freshImage();
  for (const [argv, m] of await chainSteps(theirs))
    parts.push(`${argv}: ${m.wallMs.toFixed(0)} ms wall, ${m.cpuMs.toFixed(0)} ms CPU`);
  console.log(`\nchain, per command:\n  ${parts.join('\n  ')}`);
  const out = arg('json', '');
  if (out) writeFileSync(out, JSON.stringify(row, null, 2));
} finally {
  await bed.stop();
}
