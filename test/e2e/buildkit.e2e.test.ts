// `signet run` on the real BuildKit: buildkitd (OCI worker on runc) registered with buildx as a remote
// builder, building FROM scratch for three platforms with BuildKit's own provenance (mode=max) and SBOM
// (the bed's generator image: .ci/buildkit-scanner around syft, pushed to the bed registry). Signet
// signs the index and every platform (never BuildKit's attestation manifests), attests each platform's
// SBOM read from BuildKit's attestations, attests provenance and verifies; the real cosign checks the
// index and each platform in both storage formats.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { pushScannerImage } from '../bed/buildkit.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { signetFromSource } from '../support/cli.ts';
import { run, type RunResult } from '../support/run.ts';
import { bedRegistryClient } from '../support/push-image.ts';
import { parseReference, type RegistryClient } from '../../src/registry/index.ts';
import { readBuildkitProvenance } from '../support/buildkit-provenance.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/s390x'];
const timings: Record<string, number> = {};

let bed: Bed;
let reg: BedRegistry;
let work: string;
let scanner: string;
let ok = false;
const clients: RegistryClient[] = [];

beforeAll(async () => {
  let t = Date.now();
  bed = await startBed({ registries: ['anonymous', 'basic'], sigstore: true, oidc: true, buildkit: true });
  timings.bedStartMs = Date.now() - t;
  reg = bed.registries.anonymous!;
  work = mkdtempSync(join(bed.dir, 'bk-e2e-'));
  t = Date.now();
  scanner = pushScannerImage(bed.buildkit!, `${reg.host}/bed/sbom-scanner`, work);
  timings.scannerImageMs = Date.now() - t;
}, 120_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await bed?.stop({ keepLogs: !ok });
  console.log(`buildkit e2e timings: ${JSON.stringify(timings)}`);
});

/** A context with an npm package, so both SBOM generators have something to find. */
function writeContext(dir: string): string {
  mkdirSync(join(dir, 'node_modules', 'left-pad'), { recursive: true });
  writeFileSync(
    join(dir, 'node_modules', 'left-pad', 'package.json'),
    JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
  );
  writeFileSync(join(dir, 'hello.txt'), `hello ${Date.now()}\n`);
  writeFileSync(
    join(dir, 'Dockerfile'),
    'FROM scratch\nCOPY hello.txt /hello.txt\nCOPY node_modules /app/node_modules\n',
  );
  return dir;
}

const GITHUB_ENV = {
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

function cosign(args: string[]): Promise<RunResult> {
  const home = join(work, 'cosign-home');
  return run([toolPath('cosign'), ...args], {
    env: { HOME: home, TUF_ROOT: join(home, 'tuf'), DOCKER_CONFIG: bed.buildkit!.dockerConfigDir },
  });
}

const keyless = () => [
  '--allow-http-registry',
  `--trusted-root=${bed.sigstore!.trustedRootPath}`,
  `--certificate-identity=${IDENTITY}`,
  `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
];

/** The in-toto statements `cosign verify-attestation` printed. */
function statements(stdout: string): { predicateType: string; predicate: Record<string, unknown> }[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(Buffer.from(JSON.parse(l).payload, 'base64').toString('utf8')));
}

interface RunOutputs {
  image: string;
  digest: string;
  'platform-digests': string;
  signatures: string;
  verified: string;
  images?: string;
}

async function signetRun(args: string[], env: Record<string, string | undefined> = {}) {
  const s = bed.sigstore!;
  const out = mkdtempSync(join(work, 'out-'));
  const t = Date.now();
  const r = await signetFromSource(
    [
      'run',
      '--build=buildx',
      `--identity-token=${bed.oidc!.githubToken()}`,
      `--fulcio-url=${s.fulcioURL}`,
      `--rekor-url=${s.rekorURL}`,
      `--trusted-root=${s.trustedRootPath}`,
      `--certificate-identity=${IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--output-dir=${out}`,
      '--output=json',
      ...args,
    ],
    { env: { ...bed.buildkit!.env, ...GITHUB_ENV, TUF_ROOT: join(work, 'tuf'), ...env }, cwd: work },
  );
  const ms = Date.now() - t;
  if (r.code !== 0) throw new Error(`signet run failed (${r.code}):\n${r.stderr.slice(-4000)}`);
  return { outputs: JSON.parse(r.stdout) as RunOutputs, out, stderr: r.stderr, ms };
}

describe('signet run on the real BuildKit (remote buildx builder)', () => {
  it('three platforms with BuildKit provenance and SBOM: signs index and platforms, not attestation manifests; cosign verifies each in both formats', async () => {
    const ctx = writeContext(join(work, 'ctx-multi'));
    const tag = `${reg.host}/bk/app:1`;
    const r = await signetRun([
      `--builder=${bed.buildkit!.builder}`,
      `--tags=${tag}`,
      `--platforms=${PLATFORMS.join(',')}`,
      '--provenance=mode=max',
      `--sbom=generator=${scanner}`,
      '--sbom-source=buildkit',
      ctx,
    ]);
    timings.runMultiPlatformMs = r.ms;
    const o = r.outputs;
    expect(o.verified).toBe('true');
    const platforms = JSON.parse(o['platform-digests']) as Record<string, string>;
    expect(Object.keys(platforms).sort()).toEqual([...PLATFORMS].sort());

    // The index BuildKit pushed holds one attestation manifest per platform.
    const client = bedRegistryClient(reg);
    clients.push(client);
    const index = JSON.parse((await client.getManifest(parseReference(o.image))).bytes.toString('utf8')) as {
      manifests: { digest: string; annotations?: Record<string, string> }[];
    };
    const attestationManifests = index.manifests.filter(
      (m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
    );
    expect(attestationManifests).toHaveLength(3);

    // Signed: the index and the three platforms, in both formats; never an attestation manifest.
    const signatures = JSON.parse(o.signatures) as { subject: string; format: string }[];
    const signed = new Set(signatures.map((s) => s.subject));
    expect([...signed].sort()).toEqual([o.digest, ...Object.values(platforms)].sort());
    for (const a of attestationManifests) expect(signed.has(a.digest)).toBe(false);

    const repo = `${reg.host}/bk/app`;
    for (const digest of [o.digest, ...Object.values(platforms)]) {
      const ref = `${repo}@${digest}`;
      expect(await cosign(['verify', ...keyless(), ref])).toMatchObject({ code: 0 });
      expect(await cosign(['verify', '--new-bundle-format=false', ...keyless(), ref])).toMatchObject({
        code: 0,
      });
    }
    // Each platform's SBOM is BuildKit's own (SPDX from the generator image), attested per platform.
    for (const [platform, digest] of Object.entries(platforms)) {
      const att = await cosign(['verify-attestation', '--type=spdxjson', ...keyless(), `${repo}@${digest}`]);
      expect(att.code).toBe(0);
      const spdx = statements(att.stdout)[0]!.predicate as {
        spdxVersion: string;
        packages: { name: string; versionInfo?: string }[];
      };
      expect(spdx.spdxVersion).toMatch(/^SPDX-2/);
      expect(spdx.packages).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'left-pad', versionInfo: '1.3.0' })]),
      );
      expect(platform).toMatch(/^linux\//);
    }
    // Signet's provenance on the index, verified by cosign.
    const slsa = await cosign(['verify-attestation', '--type=slsaprovenance1', ...keyless(), o.image]);
    expect(slsa.code).toBe(0);
    // BuildKit's own provenance is readable through Signet: one per platform, naming BuildKit's build type.
    const bk = await readBuildkitProvenance(client, parseReference(o.image));
    expect(bk.map((p) => p.platform).sort()).toEqual([...PLATFORMS].sort());
    for (const p of bk) expect(p.predicateType).toMatch(/^https:\/\/slsa\.dev\/provenance\//);
    // The SBOM files Signet wrote are BuildKit's, one per platform.
    const written = readdirSync(r.out).filter((f) => /\.spdx\.json$/.test(f));
    expect(written).toHaveLength(3);
    const buildkitNames = (
      JSON.parse(readFileSync(join(r.out, written[0]!), 'utf8')) as { packages: { name: string }[] }
    ).packages.map((p) => p.name);

    // Signet's own generator on the same platform manifest finds the same package.
    const amd64 = `${repo}@${platforms['linux/amd64']!}`;
    const genDir = join(work, 'generated');
    const t = Date.now();
    const gen = await signetFromSource(['sbom', '--source=generate', '--output-dir', genDir, amd64], {
      env: { ...bed.buildkit!.env },
    });
    timings.signetGenerateMs = Date.now() - t;
    expect(gen.code).toBe(0);
    const bom = JSON.parse(readFileSync(join(genDir, readdirSync(genDir)[0]!), 'utf8')) as {
      components: { name: string; version: string }[];
    };
    const generated = bom.components.map((c) => `${c.name}@${c.version}`);
    expect(generated).toContain('left-pad@1.3.0');
    expect(buildkitNames).toContain('left-pad');
  }, 300_000);

  it('two repositories, injected login, a builder made before the step under DOCKER_CONFIG: each repository signed and verified', async () => {
    const basic = bed.registries.basic!;
    // The user's docker config as docker/setup-buildx-action leaves it: the plugin, the builder
    // instance under $DOCKER_CONFIG/buildx (no BUILDX_CONFIG), no credentials for the basic registry.
    const user = mkdtempSync(join(work, 'user-docker-'));
    mkdirSync(join(user, 'cli-plugins'));
    symlinkSync(toolPath('buildx'), join(user, 'cli-plugins', 'docker-buildx'));
    writeFileSync(join(user, 'config.json'), '{}\n');
    const builder = `signet-e2e-made-before-${process.pid}`;
    const userEnv = { PATH: process.env.PATH ?? '', HOME: work, DOCKER_CONFIG: user };
    const made = await run(
      ['docker', 'buildx', 'create', '--name', builder, '--driver', 'remote', bed.buildkit!.host],
      {
        env: userEnv,
      },
    );
    expect(made.code).toBe(0);

    const ctx = writeContext(join(work, 'ctx-two'));
    const first = `${basic.host}/bk/app:2`;
    const second = `${reg.host}/mirror/app:2`;
    const cache = `${reg.host}/bk/cache:buildcache`;
    const r = await signetRun(
      [
        `--builder=${builder}`,
        `--tags=${first},${second}`,
        '--platforms=linux/amd64,linux/arm64',
        `--cache-to=type=registry,ref=${cache},mode=max`,
        `--cache-from=type=registry,ref=${cache}`,
        '--annotations=index:org.opencontainers.image.title=signet-bk',
        `--registry-username=${basic.username!}`,
        `--registry-password=${basic.password!}`,
        '--sbom-source=generate',
        ctx,
      ],
      { ...userEnv, BUILDX_CONFIG: undefined },
    );
    timings.runTwoRepositoriesMs = r.ms;
    const o = r.outputs;
    expect(o.verified).toBe('true');
    const images = JSON.parse(o.images!) as string[];
    expect(images).toEqual([`${basic.host}/bk/app@${o.digest}`, `${reg.host}/mirror/app@${o.digest}`]);
    const platforms = Object.values(JSON.parse(o['platform-digests']) as Record<string, string>);
    expect(platforms).toHaveLength(2);
    const signatures = JSON.parse(o.signatures) as { location: string }[];
    expect(signatures.some((s) => s.location.startsWith(`${reg.host}/mirror/app`))).toBe(true);
    // The basic registry's login reached cosign only through this file.
    const creds = mkdtempSync(join(work, 'cosign-creds-'));
    writeFileSync(
      join(creds, 'config.json'),
      JSON.stringify({
        auths: {
          [basic.host]: { auth: Buffer.from(`${basic.username!}:${basic.password!}`).toString('base64') },
        },
      }),
    );
    for (const image of images) {
      const repo = image.slice(0, image.indexOf('@'));
      for (const digest of [o.digest, ...platforms]) {
        for (const legacy of [false, true]) {
          const v = await run(
            [
              toolPath('cosign'),
              'verify',
              ...(legacy ? ['--new-bundle-format=false'] : []),
              ...keyless(),
              `${repo}@${digest}`,
            ],
            { env: { HOME: work, TUF_ROOT: join(work, 'tuf-c'), DOCKER_CONFIG: creds } },
          );
          expect({ image: `${repo}@${digest}`, legacy, code: v.code }).toMatchObject({ code: 0 });
        }
      }
      const cdx = await run(
        [
          toolPath('cosign'),
          'verify-attestation',
          '--type=cyclonedx',
          ...keyless(),
          `${repo}@${platforms[0]!}`,
        ],
        { env: { HOME: work, TUF_ROOT: join(work, 'tuf-c'), DOCKER_CONFIG: creds } },
      );
      expect(cdx.code).toBe(0);
    }
    // The registry cache and the index annotation reached the registry; the user's config is untouched.
    const client = bedRegistryClient(reg);
    clients.push(client);
    expect((await client.getManifest(parseReference(cache))).digest).toMatch(/^sha256:/);
    const index = JSON.parse(
      (await client.getManifest(parseReference(images[1]!))).bytes.toString('utf8'),
    ) as {
      annotations?: Record<string, string>;
    };
    expect(index.annotations?.['org.opencontainers.image.title']).toBe('signet-bk');
    expect(readFileSync(join(user, 'config.json'), 'utf8')).toBe('{}\n');
  }, 300_000);

  it('leaves the bed clean', () => {
    ok = true;
  });
});
