// The GitHub Action on the real BuildKit, under act (issue 15's end-to-end workflow): the e2e workflow
// (.github/workflows/signet-e2e.yml, `uses: ./` on dist/) builds two platforms on a remote buildx builder
// the workflow set up before the step (as docker/setup-buildx-action leaves it: the instance under
// $DOCKER_CONFIG/buildx, the plugin under cli-plugins), with BuildKit's provenance (mode=max) and SBOM
// (the bed's generator image), an index annotation and a second exporter (`outputs`), and pushes to two
// repositories in two registries, the first with a login the Action injects (registry-username/-password).
// Every repository gets the signatures of the index and each platform, the attestations, a VSA, and is
// governed by the admission objects. Checked from outside with the real cosign (each digest, both
// storage formats, each repository), the policy-controller `tester` and the Kyverno CLI (each platform
// digest in each repository).
//
// Real: act (host runner), the Action bundle on Node 24, buildkitd (OCI worker on runc) and buildx (no
// Docker daemon), the CNCF Distribution registries (anonymous and basic auth), Fulcio, its CT log, the TSA
// and Rekor v2, Rekor v1 (rekor-server v1.5.4 on Trillian and MariaDB), cosign, the policy-controller
// tester and the Kyverno CLI.
// Stand-ins: GitHub's OIDC token service (the bed's loopback endpoint).
//
// Platforms: linux/amd64 and linux/arm64 from `FROM scratch` + `COPY`, which BuildKit assembles without
// running anything for the foreign platform: this machine has no binfmt_misc handlers (no qemu), so a
// `RUN` step for arm64 could not execute here.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { pushScannerImage } from '../bed/buildkit.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF, GITHUB_REPOSITORY } from '../bed/oidc.ts';
import { REPO_ROOT, toolPath } from '../bed/tools.ts';
import { runAct, snapshotRepo, type ActResult } from '../support/act.ts';
import { run, type RunResult } from '../support/run.ts';

const E2E_WORKFLOW = '.github/workflows/signet-e2e.yml';
const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const VSA = 'https://slsa.dev/verification_summary/v1';

let bed: Bed;
let anon: BedRegistry;
let basic: BedRegistry;
let work: string;
let repo: string;
let scanner: string;
/** A docker config holding both registries' logins, for the checks from outside. */
let creds: string;
let ok = false;
const timings: Record<string, number> = {};

beforeAll(async () => {
  let t = Date.now();
  bed = await startBed({
    registries: ['anonymous', 'basic'],
    sigstore: true,
    oidc: true,
    buildkit: true,
  });
  timings.bedStartMs = Date.now() - t;
  anon = bed.registries.anonymous!;
  basic = bed.registries.basic!;
  work = mkdtempSync(join(bed.dir, 'act-bk-'));
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.js')))
    throw new Error('dist/index.js is missing: npm run build');
  repo = await snapshotRepo(REPO_ROOT, ['action.yml', 'dist', '.github/workflows'], join(work, 'repo'));
  t = Date.now();
  scanner = pushScannerImage(bed.buildkit!, `${anon.host}/bed/sbom-scanner`, work);
  timings.scannerImageMs = Date.now() - t;
  creds = mkdtempSync(join(work, 'creds-'));
  writeFileSync(
    join(creds, 'config.json'),
    JSON.stringify({
      auths: {
        [basic.host]: { auth: Buffer.from(`${basic.username!}:${basic.password!}`).toString('base64') },
      },
    }),
  );
}, 180_000);

afterAll(async () => {
  await bed?.stop({ keepLogs: !ok });
  console.log(`act on BuildKit e2e timings (ms): ${JSON.stringify(timings)}`);
});

/** A context with an npm package (for the SBOMs) and a unique file (a new digest per run). */
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

function tool(name: string, args: string[]): Promise<RunResult> {
  const home = join(work, 'tool-home');
  return run([toolPath(name), ...args], {
    env: { HOME: home, TUF_ROOT: join(home, 'tuf'), DOCKER_CONFIG: creds, NO_PROXY: '127.0.0.1,localhost' },
    timeoutMs: 120_000,
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

function expectSuccess(r: ActResult): void {
  if (r.jobResult !== 'success') {
    const errors = r.entries.filter((e) => e.command === 'error').map((e) => e.arg);
    throw new Error(
      `expected success, got ${r.jobResult} (act exit ${r.code})\nerrors: ${JSON.stringify(errors)}\n` +
        `${r.log.slice(-6000)}\n${r.stderr.slice(-2000)}`,
    );
  }
}

/** The admission objects the Action wrote, by kind. */
function readPolicies(
  dir: string,
): { file: string; kind: string; name: string; doc: Record<string, unknown> }[] {
  const out: { file: string; kind: string; name: string; doc: Record<string, unknown> }[] = [];
  for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && n !== 'kustomization.yaml')) {
    for (const d of parseAllDocuments(readFileSync(join(dir, f), 'utf8'))) {
      const doc = d.toJS() as { kind: string; metadata: { name: string } };
      if (doc?.kind) out.push({ file: join(dir, f), kind: doc.kind, name: doc.metadata.name, doc });
    }
  }
  return out;
}

describe('the Action under act on the remote BuildKit builder', () => {
  it('two platforms, two repositories: each digest signed and attested in each repository, VSA and admission per repository; cosign, the tester and the Kyverno CLI agree', async () => {
    // The builder the workflow set up before the step, as docker/setup-buildx-action leaves it.
    const user = mkdtempSync(join(work, 'user-docker-'));
    mkdirSync(join(user, 'cli-plugins'));
    symlinkSync(toolPath('buildx'), join(user, 'cli-plugins', 'docker-buildx'));
    writeFileSync(join(user, 'config.json'), '{}\n');
    const builder = `signet-act-${process.pid}`;
    const made = await run(
      ['docker', 'buildx', 'create', '--name', builder, '--driver', 'remote', bed.buildkit!.host],
      { env: { PATH: process.env.PATH ?? '', HOME: work, DOCKER_CONFIG: user } },
    );
    expect(made.code).toBe(0);

    const ctx = writeContext(join(work, 'ctx'));
    const out = join(work, 'out');
    const local = join(work, 'local-export');
    const first = `${basic.host}/act/app`;
    const second = `${anon.host}/act-mirror/app`;
    const t = Date.now();
    const r = await runAct({
      repoDir: repo,
      workflow: E2E_WORKFLOW,
      vars: { SIGNET_E2E: 'true' },
      timeoutMs: 480_000,
      env: {
        GITHUB_REPOSITORY,
        GITHUB_WORKFLOW_REF: GITHUB_JOB_WORKFLOW_REF,
        ACTIONS_ID_TOKEN_REQUEST_URL: bed.oidc!.requestURL,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: bed.oidc!.requestToken,
        DOCKER_CONFIG: user,
        SIGNET_BUILD: 'buildx',
        SIGNET_BUILDER: builder,
        SIGNET_CONTEXT: ctx,
        SIGNET_TAGS: `${first}:1\n${second}:1`,
        SIGNET_PLATFORMS: PLATFORMS.join(','),
        SIGNET_PROVENANCE: 'mode=max',
        SIGNET_SBOM: `generator=${scanner}`,
        SIGNET_SBOM_SOURCE: 'buildkit',
        SIGNET_ANNOTATIONS: 'index:org.opencontainers.image.title=signet-act',
        SIGNET_OUTPUTS: `type=local,dest=${local}`,
        SIGNET_REGISTRY_USERNAME: basic.username!,
        SIGNET_REGISTRY_PASSWORD: basic.password!,
        SIGNET_FULCIO_URL: bed.sigstore!.fulcioURL,
        SIGNET_REKOR_URL: bed.sigstore!.rekorURL,
        SIGNET_TRUSTED_ROOT: bed.sigstore!.trustedRootPath,
        SIGNET_ADMISSION: 'policy-controller,kyverno',
        SIGNET_VSA: 'true',
        SIGNET_OUTPUT_DIR: out,
      },
    });
    timings.actRunMs = Date.now() - t;
    expectSuccess(r);
    const o = r.outputs.signet!;
    expect(o.verified).toBe('true');
    const images = JSON.parse(o.images!) as string[];
    expect(images).toEqual([`${first}@${o.digest}`, `${second}@${o.digest}`]);
    const platforms = JSON.parse(o['platform-digests']!) as Record<string, string>;
    expect(Object.keys(platforms).sort()).toEqual(PLATFORMS);
    const digests = [o.digest!, ...Object.values(platforms)];
    // Signed in each repository: the index and both platforms, never BuildKit's attestation manifests.
    const signatures = JSON.parse(o.signatures!) as { subject: string; format: string; location: string }[];
    for (const repository of [first, second]) {
      const here = signatures.filter((s) => s.location.startsWith(`${repository}`));
      expect([...new Set(here.map((s) => s.subject))].sort()).toEqual([...digests].sort());
    }
    // The second exporter (`outputs`) ran beside the push: BuildKit's local export, per platform.
    expect(readdirSync(local).sort()).toEqual(['linux_amd64', 'linux_arm64']);
    expect(existsSync(join(local, 'linux_arm64', 'hello.txt'))).toBe(true);
    // The login was injected through a private config: the user's docker config is untouched.
    expect(readFileSync(join(user, 'config.json'), 'utf8')).toBe('{}\n');
    // (masking of registry-password is github-action.e2e.test.ts's: act's own add-mask line holds it)

    // cosign: each digest in each repository, in both storage formats.
    let t2 = Date.now();
    for (const repository of [first, second]) {
      for (const digest of digests) {
        for (const format of [[], ['--new-bundle-format=false']]) {
          const v = await tool('cosign', ['verify', ...format, ...keyless(), `${repository}@${digest}`]);
          expect({ ref: `${repository}@${digest}`, format, code: v.code }).toMatchObject({ code: 0 });
        }
      }
      // BuildKit's SBOM of each platform, attested to that platform in this repository.
      for (const digest of Object.values(platforms)) {
        const sbom = await tool('cosign', [
          'verify-attestation',
          '--type=spdxjson',
          ...keyless(),
          `${repository}@${digest}`,
        ]);
        expect({ ref: `${repository}@${digest}`, code: sbom.code }).toMatchObject({ code: 0 });
        expect(JSON.stringify(statements(sbom.stdout)[0]!.predicate)).toContain('left-pad');
      }
      // Provenance, and a VSA naming this repository as its resource.
      const slsa = await tool('cosign', [
        'verify-attestation',
        '--type=slsaprovenance1',
        ...keyless(),
        `${repository}@${o.digest}`,
      ]);
      expect(slsa.code).toBe(0);
      const vsa = await tool('cosign', [
        'verify-attestation',
        `--type=${VSA}`,
        ...keyless(),
        `${repository}@${o.digest}`,
      ]);
      expect({ repository, code: vsa.code, err: vsa.stderr.slice(-400) }).toMatchObject({ code: 0 });
      expect(statements(vsa.stdout).map((s) => s.predicate.resourceUri)).toContain(
        `oci://${repository}@${o.digest}`,
      );
      expect(statements(vsa.stdout)[0]!.predicate.verificationResult).toBe('PASSED');
    }
    timings.cosignChecksMs = Date.now() - t2;

    // Admission: the objects govern both repositories; each platform digest of each is admitted.
    const policies = readPolicies(o['policy-path']!);
    const cips = policies.filter((p) => p.kind === 'ClusterImagePolicy' && p.name.endsWith('-build'));
    expect(cips).toHaveLength(1);
    const globs = (cips[0]!.doc as { spec: { images: { glob: string }[] } }).spec.images.map((g) => g.glob);
    expect(globs).toEqual(
      expect.arrayContaining([expect.stringContaining(first), expect.stringContaining(second)]),
    );
    const trustRoot = policies.find((p) => p.kind === 'TrustRoot')!;
    expect(trustRoot).toBeDefined();
    t2 = Date.now();
    for (const repository of [first, second]) {
      for (const digest of Object.values(platforms)) {
        const admitted = await tool('tester', [
          `--policy=${cips[0]!.file}`,
          `--image=${repository}@${digest}`,
          `--trustroot=${trustRoot.file}`,
          '--log-level=error',
        ]);
        expect({
          image: `${repository}@${digest}`,
          code: admitted.code,
          out: admitted.code ? admitted.stdout + admitted.stderr : '',
        }).toEqual({
          image: `${repository}@${digest}`,
          code: 0,
          out: '',
        });
      }
    }
    timings.testerMs = Date.now() - t2;
    // Kyverno: the signature ClusterPolicy, a Pod in a development namespace (the build identity's
    // level) running each platform digest of each repository.
    const verifyImages = [
      ...new Set(
        policies
          .filter((p) => p.kind === 'ClusterPolicy' && JSON.stringify(p.doc).includes('verifyImages'))
          .map((p) => p.file),
      ),
    ];
    expect(verifyImages.length).toBeGreaterThan(0);
    const values = join(work, 'values.yaml');
    writeFileSync(
      values,
      stringify({
        apiVersion: 'cli.kyverno.io/v1alpha1',
        kind: 'Value',
        metadata: { name: 'values' },
        namespaceSelector: [{ name: 'dev', labels: { 'signet.dev/trust-level': 'development' } }],
      }),
    );
    const pod = join(work, 'pod.yaml');
    writeFileSync(
      pod,
      stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'app', namespace: 'dev' },
        spec: {
          containers: [first, second].flatMap((repository, i) =>
            Object.values(platforms).map((digest, j) => ({
              name: `c${i}${j}`,
              image: `${repository}@${digest}`,
            })),
          ),
        },
      }),
    );
    t2 = Date.now();
    const kyverno = await tool('kubectl-kyverno', [
      'apply',
      ...verifyImages,
      `--resource=${pod}`,
      `--values-file=${values}`,
      '--registry',
      '--remove-color',
    ]);
    timings.kyvernoMs = Date.now() - t2;
    expect({ code: kyverno.code, out: kyverno.stdout + kyverno.stderr }).toMatchObject({ code: 0 });
    expect(kyverno.stdout).toMatch(/pass: [1-9]\d*, fail: 0,/);
  }, 600_000);

  it('leaves the bed clean', () => {
    ok = true;
  });
});
