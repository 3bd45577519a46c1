// The GitLab component in one job (issue 20) and its file subjects (issue 12), under gitlab-ci-local:
//
// (1) Build in the component: the `signet` component alone, with `build: buildx` and `buildkit-host`
//     naming the bed's real buildkitd (GitLab's `services:` pattern, reached here on a unix socket),
//     builds two platforms, pushes, signs the index and each platform, attests each platform's SBOM and
//     the job's GitLab SLSA provenance, and verifies; a later job of the project and this test check it
//     with the real cosign (`cosign verify`, `cosign verify-attestation --type slsaprovenance1` and
//     `--type cyclonedx`) against the GitLab identity the real Fulcio certified.
// (2) Files as subjects: `subject-path` (a glob), `subject-digest` + `subject-name` and
//     `subject-checksums` in one component job attest release files with the job's GitLab provenance;
//     the bundles are written beside the files (`<file>.sigstore.json`) or, for subjects without a file,
//     in the output folder; the real cosign (`verify-blob-attestation`) verifies each.
//
// Real: gitlab-ci-local (the runner, host shell executor), git, the CNCF Distribution registry,
// buildkitd (OCI worker on runc) registered by Signet itself as a buildx remote builder, docker CLI +
// buildx (no Docker daemon), Fulcio, its CT log, the TSA and Rekor v2 (test/bed/sigstore-real.ts; Fulcio
// certifies the production gitlab.com issuer's claims), cosign, the policy-controller tester and the
// Kyverno CLI (admission with a GitLab provenance requirement).
// Stand-ins: the OIDC provider (the bed mints a gitlab.com-shaped ID token that Fulcio checks against the
// bed's JWKS; gitlab-ci-local ignores `id_tokens:`, so it reaches the job as SIGSTORE_ID_TOKEN). Rekor v1
// is real too (rekor-server v1.5.4 on Trillian and MariaDB).
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITLAB_CI_CONFIG_REF_URI, GITLAB_ISSUER } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import {
  copyComponentProject,
  initGitRepo,
  localComponent,
  runGitlabCiLocal,
  type GitlabCiLocalResult,
} from '../support/gitlab-ci-local.ts';
import { signetFromSource } from '../support/cli.ts';
import { run, type RunResult } from '../support/run.ts';

/** The identity Fulcio certifies for the bed's GitLab token, and another one. */
const IDENTITY = `https://${GITLAB_CI_CONFIG_REF_URI}`;
const OTHER_IDENTITY = 'https://gitlab.com/someone/else//.gitlab-ci.yml@refs/heads/main';
const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const GITLAB_BUILD_TYPE = 'https://signet.dev/buildtypes/gitlab-ci/v1';

let bed: Bed;
let reg: BedRegistry;
let tmp: string;
let repo: string;
let ok = false;
const timings: Record<string, number> = {};

/** The release file given by digest only (`subject-digest`): the test keeps its bytes to verify. */
const SOURCE_TARBALL = 'the source tarball, published elsewhere\n';
const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
/** Files given only through `subject-checksums` (built by other jobs, published elsewhere). */
const CHECKSUMS_ONLY: Record<string, string> = {
  'app-darwin-arm64': 'darwin binary\n',
  'app-windows-amd64.exe': 'windows binary\n',
};

const include = (inputs: Record<string, unknown>) =>
  `  - component: ${localComponent('signet')}\n    inputs: ${JSON.stringify(inputs)}\n`;

const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
  const t0 = Date.now();
  try {
    return await f();
  } finally {
    timings[name] = Date.now() - t0;
  }
};

/** The flags that pin cosign to the bed's trusted root and an identity. */
const keyless = (identity = IDENTITY) => [
  `--trusted-root=${bed.sigstore!.trustedRootPath}`,
  `--certificate-identity=${identity}`,
  `--certificate-oidc-issuer=${GITLAB_ISSUER}`,
];

/** Runs one of the pinned tools (cosign, the policy-controller tester, the Kyverno CLI) from outside. */
function cosignLike(tool: string, args: string[]): Promise<RunResult> {
  const home = join(tmp, 'cosign-home');
  return run([toolPath(tool), ...args], {
    env: { HOME: home, TUF_ROOT: join(home, 'tuf'), DOCKER_CONFIG: bed.buildkit!.dockerConfigDir },
    timeoutMs: 120_000,
  });
}

const cosign = (args: string[]) => cosignLike('cosign', args);

/** The in-toto statements `cosign verify-attestation` printed. */
function statements(stdout: string): {
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
  predicate: Record<string, unknown>;
}[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(Buffer.from(JSON.parse(l).payload, 'base64').toString('utf8')));
}

/** The pipelines of the app. */
function pipelineFiles(): Record<string, string> {
  const s = bed.sigstore!;
  const sigstore = { 'fulcio-url': s.fulcioURL, 'rekor-url': s.rekorURL, 'trusted-root': s.trustedRootPath };
  const identity = keyless().join(' ');
  const cosignBin = toolPath('cosign');
  return {
    // (1) the component alone builds on BuildKit; a job of the project reads its dotenv and runs cosign
    '.gitlab-ci.yml': [
      'stages: [build, test]',
      'include:',
      include({
        build: 'buildx',
        'buildkit-host': bed.buildkit!.host,
        context: 'app',
        tags: `${reg.host}/gl/app:1`,
        platforms: PLATFORMS.join(','),
        provenance: 'mode=max',
        ...sigstore,
      }),
      'cosign-verify:',
      '  stage: test',
      '  needs: [signet]',
      '  script:',
      '    - test "$SIGNET_VERIFIED" = true',
      `    - ${cosignBin} verify --allow-http-registry ${identity} "$SIGNET_IMAGE"`,
      `    - ${cosignBin} verify-attestation --allow-http-registry --type=slsaprovenance1 ${identity} "$SIGNET_IMAGE"`,
      '',
    ].join('\n'),
    // (2) release files: built by an earlier job, attested by the component with the job's provenance
    'files.gitlab-ci.yml': [
      'stages: [build, release]',
      'include:',
      include({
        stage: 'release',
        'subject-path': 'release/app-linux-*',
        'subject-digest': `sha256:${sha256(SOURCE_TARBALL)}`,
        'subject-name': 'app-src.tar.gz',
        'subject-checksums': 'release/other-platforms.sha256',
        ...sigstore,
      }),
      'build-files:',
      '  stage: build',
      '  script:',
      '    - mkdir -p release',
      '    - printf "linux amd64 binary\\n" > release/app-linux-amd64',
      '    - printf "linux arm64 binary\\n" > release/app-linux-arm64',
      ...Object.entries(CHECKSUMS_ONLY).map(
        ([name, text]) =>
          `    - printf '%s  %s\\n' ${sha256(text)} ${name} >> release/other-platforms.sha256`,
      ),
      '  artifacts:',
      '    paths: [release/]',
      // The project keeps the files and their bundles as artifacts of the component's job.
      'signet:',
      '  artifacts:',
      '    paths: [signet/, release/]',
      '',
    ].join('\n'),
    // bad subject inputs: one the spec refuses before any job runs, one only the job can find out
    'bad-digest.gitlab-ci.yml':
      'include:\n' + include({ 'subject-digest': 'sha256:abc', 'subject-name': 'app', ...sigstore }),
    'no-match.gitlab-ci.yml':
      'include:\n' + include({ 'subject-path': 'release/nothing-*.tar.gz', ...sigstore }),
  };
}

beforeAll(async () => {
  bed = await timed('bed', () =>
    startBed({ registries: ['anonymous'], sigstore: true, oidc: true, buildkit: true }),
  );
  reg = bed.registries.anonymous!;
  tmp = mkdtempSync(join(bed.dir, 'gcl-bk-'));
  repo = join(tmp, 'repo');
  mkdirSync(repo, { recursive: true });
  await copyComponentProject(repo);
  await initGitRepo(repo, {
    // FROM scratch + COPY: no emulation needed for the arm64 platform (the bed has no binfmt handlers)
    'app/Dockerfile': 'FROM scratch\nCOPY . /app/\n',
    'app/node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
    ...pipelineFiles(),
  });
}, 180_000);

afterAll(async () => {
  await bed?.stop({ keepLogs: !ok });
  console.log(`gitlab component (BuildKit, files) e2e timings (ms): ${JSON.stringify(timings)}`);
});

/** Runs one pipeline file with the bed's token, buildx plugin (no daemon) and component mirror. */
function pipeline(file: string): Promise<GitlabCiLocalResult> {
  const home = join(tmp, 'home');
  mkdirSync(home, { recursive: true });
  return runGitlabCiLocal({
    repoDir: repo,
    file,
    timeoutMs: 300_000,
    env: { HOME: home },
    variables: {
      GITLAB_CI: 'true', // gitlab-ci-local says false; dist/index.js picks its adapter by it
      SIGSTORE_ID_TOKEN: bed.oidc!.gitlabToken(),
      SIGNET_COMPONENT_URL: repo,
      // the job image's docker CLI with the buildx plugin; no DOCKER_HOST: there is no Docker daemon
      DOCKER_CONFIG: bed.buildkit!.dockerConfigDir,
      BUILDX_CONFIG: mkdtempSync(join(tmp, 'buildx-')),
      TUF_ROOT: join(home, 'tuf'),
    },
  });
}

/** Fails with the job logs, so a failing run shows why. */
function expectJobs(r: GitlabCiLocalResult, jobs: Record<string, 'PASS'>): void {
  if (JSON.stringify(r.jobs) !== JSON.stringify(jobs)) {
    const logs = Object.keys(jobs)
      .map((j) => {
        try {
          return `--- ${j}\n${r.jobLog(j).slice(-4000)}`;
        } catch {
          return `--- ${j}: no log`;
        }
      })
      .join('\n');
    throw new Error(
      `expected ${JSON.stringify(jobs)}, got ${JSON.stringify(r.jobs)}\n${r.stderr.slice(-2000)}\n${logs}`,
    );
  }
}

describe('the signet component alone, building on BuildKit (buildkit-host)', () => {
  it('builds two platforms, pushes, signs, attests SBOM and GitLab provenance, verifies; cosign agrees for the index and each platform', async () => {
    const r = await timed('(1) one-job pipeline', () => pipeline('.gitlab-ci.yml'));
    expectJobs(r, { signet: 'PASS', 'cosign-verify': 'PASS' });
    expect(r.code).toBe(0);
    const log = r.jobLog('signet');
    expect(log).toContain('signet build: buildx → gl/app');
    expect(log).toMatch(/verification +✅ verified/);
    // The later job's cosign runs passed: the signature and the GitLab provenance of the index.
    const later = r.jobLog('cosign-verify');
    expect(later.match(/^Verification for /gm)?.length).toBeGreaterThanOrEqual(2);

    const outputs = JSON.parse(
      readFileSync(join(r.artifactsDir('signet'), 'signet', 'outputs.json'), 'utf8'),
    ) as Record<string, string>;
    expect(outputs.verified).toBe('true');
    expect(outputs.image).toMatch(new RegExp(`^${reg.host}/gl/app@sha256:[0-9a-f]{64}$`));
    const platforms = JSON.parse(outputs['platform-digests']!) as Record<string, string>;
    expect(Object.keys(platforms).sort()).toEqual(PLATFORMS);
    // Signed: the index and both platforms (BuildKit's attestation manifests, from mode=max, are not).
    const signed = new Set((JSON.parse(outputs.signatures!) as { subject: string }[]).map((s) => s.subject));
    expect([...signed].sort()).toEqual([outputs.digest!, ...Object.values(platforms)].sort());

    const repository = `${reg.host}/gl/app`;
    for (const digest of [outputs.digest!, ...Object.values(platforms)]) {
      const ref = `${repository}@${digest}`;
      for (const format of [[], ['--new-bundle-format=false']]) {
        const v = await cosign(['verify', '--allow-http-registry', ...format, ...keyless(), ref]);
        expect({ ref, format, code: v.code, err: v.code ? v.stderr.slice(-500) : '' }).toMatchObject({
          code: 0,
        });
      }
      // The GitLab provenance of this job, on the index and on each platform.
      const slsa = await cosign([
        'verify-attestation',
        '--allow-http-registry',
        '--type=slsaprovenance1',
        ...keyless(),
        ref,
      ]);
      expect({ ref, code: slsa.code, err: slsa.stderr.slice(-500) }).toMatchObject({ code: 0 });
      const st = statements(slsa.stdout)[0]!;
      expect(st.predicateType).toBe('https://slsa.dev/provenance/v1');
      const p = st.predicate as {
        buildDefinition: { buildType: string; externalParameters: { pipeline: { config: string } } };
        runDetails: { builder: { id: string } };
      };
      expect(p.buildDefinition.buildType).toBe(GITLAB_BUILD_TYPE);
      expect(p.runDetails.builder.id).toBe(IDENTITY);
      expect(p.buildDefinition.externalParameters.pipeline.config).toBe(IDENTITY);
      expect(st.subject.map((s) => `sha256:${s.digest.sha256}`)).toContain(digest);
    }
    // Each platform's SBOM (Signet's generator on the platform's layers) is attested to that platform.
    for (const digest of Object.values(platforms)) {
      const cdx = await cosign([
        'verify-attestation',
        '--allow-http-registry',
        '--type=cyclonedx',
        ...keyless(),
        `${repository}@${digest}`,
      ]);
      expect(cdx.code).toBe(0);
      const bom = statements(cdx.stdout)[0]!.predicate as { components: { purl: string }[] };
      expect(bom.components.map((c) => c.purl)).toContain('pkg:npm/left-pad@1.3.0');
    }
    // The policy generators take a provenance requirement for the GitLab identity: the real
    // policy-controller tester and Kyverno CLI admit each digest on the signature AND the GitLab provenance,
    // and refuse a requirement the image does not meet (an attestation type nobody wrote).
    const policy = async (name: string, attestation: string) => {
      const dir = join(tmp, `policy-${name}`);
      const made = await signetFromSource(
        [
          'policy',
          `--name=${name}`,
          `--repository=${repository}`,
          `--certificate-identity=${IDENTITY}`,
          `--certificate-oidc-issuer=${GITLAB_ISSUER}`,
          `--attestation=${attestation}`,
          `--trusted-root=${bed.sigstore!.trustedRootPath}`,
          '--target=policy-controller',
          '--target=kyverno',
          `--output-dir=${dir}`,
        ],
        { env: { HOME: join(tmp, 'home') } },
      );
      expect({ code: made.code, err: made.stderr }).toMatchObject({ code: 0 });
      const file = (prefix: string) => {
        const f = readdirSync(dir).find((n) => n.startsWith(prefix));
        if (!f) throw new Error(`no ${prefix}* in ${readdirSync(dir).join(', ')}`);
        return join(dir, f);
      };
      return {
        cip: file(`clusterimagepolicy-${name}-build`),
        trustRoot: file('trustroot-'),
        kyverno: file(`clusterpolicy-${name}.`),
      };
    };
    const admit = (p: { cip: string; trustRoot: string }, image: string) =>
      cosignLike('tester', [
        `--policy=${p.cip}`,
        `--image=${image}`,
        `--trustroot=${p.trustRoot}`,
        '--log-level=error',
      ]);
    const withProvenance = await policy('gl', 'provenance=https://slsa.dev/provenance/v1');
    for (const digest of [outputs.digest!, ...Object.values(platforms)]) {
      const a = await admit(withProvenance, `${repository}@${digest}`);
      expect({ digest, code: a.code, out: a.code ? a.stdout + a.stderr : '' }).toEqual({
        digest,
        code: 0,
        out: '',
      });
    }
    const values = join(tmp, 'values.yaml');
    writeFileSync(
      values,
      JSON.stringify({
        apiVersion: 'cli.kyverno.io/v1alpha1',
        kind: 'Value',
        metadata: { name: 'values' },
        namespaceSelector: [{ name: 'dev', labels: { 'signet.dev/trust-level': 'development' } }],
      }),
    );
    const pod = join(tmp, 'pod.yaml');
    writeFileSync(
      pod,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'app', namespace: 'dev' },
        spec: {
          containers: Object.values(platforms).map((d, i) => ({
            name: `c${i}`,
            image: `${repository}@${d}`,
          })),
        },
      }),
    );
    const kyverno = await cosignLike('kubectl-kyverno', [
      'apply',
      withProvenance.kyverno,
      `--resource=${pod}`,
      `--values-file=${values}`,
      '--registry',
      '--remove-color',
    ]);
    expect({ code: kyverno.code, out: kyverno.stdout + kyverno.stderr }).toEqual({
      code: 0,
      out: expect.stringMatching(/pass: [1-9]\d*, fail: 0,/),
    });
    const withVuln = await policy('gl-vuln', 'vuln=https://cosign.sigstore.dev/attestation/vuln/v1');
    const refused = await admit(withVuln, `${repository}@${Object.values(platforms)[0]!}`);
    expect(refused.code).not.toBe(0);

    // Another GitLab identity is refused for the signature and the provenance.
    for (const args of [['verify'], ['verify-attestation', '--type=slsaprovenance1']]) {
      const other = await cosign([
        ...args,
        '--allow-http-registry',
        ...keyless(OTHER_IDENTITY),
        outputs.image!,
      ]);
      expect(other.code).not.toBe(0);
      expect(other.stderr).toMatch(/expected SAN value|none of the expected identities matched|no matching/);
    }
  }, 420_000);
});

describe('files as subjects in the component (subject-path, subject-digest + subject-name, subject-checksums)', () => {
  it('writes <file>.sigstore.json beside each file (the output folder for files it has not), and cosign verifies each', async () => {
    const r = await timed('(2) files pipeline', () => pipeline('files.gitlab-ci.yml'));
    expectJobs(r, { 'build-files': 'PASS', signet: 'PASS' });
    const log = r.jobLog('signet');
    // One attestation naming the five subjects: two files, one digest, two checksums lines.
    expect(log).toContain('signet provenance: 5 file subject(s) (https://slsa.dev/provenance/v1)');
    const art = r.artifactsDir('signet');
    const files: [string, string][] = [
      ['release/app-linux-amd64', 'release/app-linux-amd64.sigstore.json'],
      ['release/app-linux-arm64', 'release/app-linux-arm64.sigstore.json'],
    ];
    // Subjects without a file here: their bundles are in the output folder, named after them; cosign
    // gets their bytes from this test (what the other jobs published).
    const elsewhere = mkdtempSync(join(tmp, 'published-'));
    const published: Record<string, string> = { 'app-src.tar.gz': SOURCE_TARBALL, ...CHECKSUMS_ONLY };
    for (const [name, text] of Object.entries(published)) {
      writeFileSync(join(elsewhere, name), text);
      files.push([join(elsewhere, name), `signet/${name}.sigstore.json`]);
    }
    const abs = (p: string) => (p.startsWith('/') ? p : join(art, p));
    for (const [file, bundle] of files) {
      expect({ bundle, exists: existsSync(abs(bundle)) }).toEqual({ bundle, exists: true });
      const v = await cosign([
        'verify-blob-attestation',
        `--bundle=${abs(bundle)}`,
        '--type=slsaprovenance1',
        ...keyless(),
        abs(file),
      ]);
      expect({ file, code: v.code, err: v.code ? v.stderr.slice(-500) : '' }).toMatchObject({ code: 0 });
    }
    // The statement names every subject, with the digest of its bytes, and the job's GitLab provenance.
    const bundle = JSON.parse(readFileSync(abs('release/app-linux-amd64.sigstore.json'), 'utf8')) as {
      dsseEnvelope: { payload: string };
    };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      subject: { name: string; digest: { sha256: string } }[];
      predicate: { buildDefinition: { buildType: string } };
    };
    expect(Object.fromEntries(statement.subject.map((s) => [s.name, s.digest.sha256]))).toEqual({
      'app-linux-amd64': sha256('linux amd64 binary\n'),
      'app-linux-arm64': sha256('linux arm64 binary\n'),
      'app-src.tar.gz': sha256(SOURCE_TARBALL),
      ...Object.fromEntries(Object.entries(CHECKSUMS_ONLY).map(([n, t]) => [n, sha256(t)])),
    });
    expect(statement.predicate.buildDefinition.buildType).toBe(GITLAB_BUILD_TYPE);

    // cosign refuses a changed file, and another identity.
    const changed = join(elsewhere, 'app-linux-amd64');
    writeFileSync(changed, 'linux amd64 binary, changed\n');
    const tampered = await cosign([
      'verify-blob-attestation',
      `--bundle=${abs('release/app-linux-amd64.sigstore.json')}`,
      '--type=slsaprovenance1',
      ...keyless(),
      changed,
    ]);
    expect(tampered.code).not.toBe(0);
    const other = await cosign([
      'verify-blob-attestation',
      `--bundle=${abs('release/app-linux-amd64.sigstore.json')}`,
      '--type=slsaprovenance1',
      ...keyless(OTHER_IDENTITY),
      abs('release/app-linux-amd64'),
    ]);
    expect(other.code).not.toBe(0);
    rmSync(elsewhere, { recursive: true, force: true });
  }, 420_000);

  it('refuses a malformed subject-digest before any job runs (the spec regex)', async () => {
    const r = await timed('(2) bad subject-digest', () => pipeline('bad-digest.gitlab-ci.yml'));
    expect(r.code).toBe(1);
    expect(r.jobs).toEqual({});
    expect(r.stderr).toContain('`subject-digest` input: `sha256:abc`');
    expect(r.stderr).toContain('does not match required regex');
  });

  it('fails the job in one line when subject-path matches no file, writing no bundle', async () => {
    const r = await timed('(2) subject-path matching nothing', () => pipeline('no-match.gitlab-ci.yml'));
    expect(r.jobs).toEqual({ signet: 'FAIL' });
    const errors = r
      .jobLog('signet')
      .split('\n')
      .filter((l) => l.startsWith('signet: '));
    expect(errors).toEqual([
      expect.stringMatching(
        /^signet: input subject-path release\/nothing-\*\.tar\.gz matches no file: check the path \(relative to the working directory\) and that the files were built first \[USAGE_INVALID_INPUT\]$/,
      ),
    ]);
    const build = join(r.stateDir, 'builds', 'signet');
    const bundles = readdirSync(build, { recursive: true, encoding: 'utf8' }).filter(
      (p) => p.endsWith('.sigstore.json') && !p.startsWith('.signet-component'),
    );
    expect(bundles).toEqual([]);
  });

  it('leaves the bed clean', () => {
    ok = true;
  });
});
