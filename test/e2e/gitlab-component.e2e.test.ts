// The GitLab CI/CD component end to end: a temporary git repository holding the component project as
// the work tree has it now (templates/, gitlab/, dist/, action.yml, package.json) plus an app and its
// pipelines, each of which includes a component of the repository itself at HEAD
// (`component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/signet@$CI_COMMIT_SHA`). gitlab-ci-local runs them on
// the host shell executor; the component's job fetches the component project at `component.sha` with
// git (from the temp repository, named by SIGNET_COMPONENT_URL as a mirror would be) and runs its
// dist/index.js.
//
// Real: gitlab-ci-local 4.75.1 (the runner), git, the CNCF Distribution registry, the Docker engine
// (classic builder), cosign. Stand-ins: Sigstore (the bed's Fulcio and Rekor, with their trusted root)
// and the OIDC provider (the bed mints a gitlab.com-shaped ID token; gitlab-ci-local ignores
// `id_tokens:`, so the token reaches the job as SIGSTORE_ID_TOKEN through --variable).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITLAB_CI_CONFIG_REF_URI, GITLAB_ISSUER } from '../bed/oidc.ts';
import { REPO_ROOT, toolPath } from '../bed/tools.ts';
import {
  initGitRepo,
  localComponent,
  runGitlabCiLocal,
  type GitlabCiLocalOptions,
  type GitlabCiLocalResult,
} from '../support/gitlab-ci-local.ts';
import { run, runOk } from '../support/run.ts';

/** The identity Fulcio certifies for the bed's GitLab token (the component's default), and its issuer. */
const IDENTITY = `https://${GITLAB_CI_CONFIG_REF_URI}`;
const OTHER_IDENTITY = 'https://gitlab.com/someone/else//.gitlab-ci.yml@refs/heads/main';

// Shell metacharacters, none of them a `$NAME` (GitLab expands those in the job's variables, as text):
// command substitution, backticks, both quotes, `;`, `&&`, and newlines.
const ONE_LINE = 'x$(touch pwned-1)`touch pwned-2`\'a"b; touch pwned-3 && touch pwned-4';
const MULTI_LINE = `${ONE_LINE}\nsecond $(touch pwned-5)\n'"\`touch pwned-6\``;
/** KEY=VALUE lines (what `labels` and `build-args` take) whose values are the payloads. */
const KEY_VALUES = `A=${ONE_LINE}\nB=second $(touch pwned-5)\nC='"\`touch pwned-6\``;

let bed: Bed;
let reg: BedRegistry;
let tmp: string;
let repo: string;
let home: string;
let sha: string;
const timings: Record<string, number> = {};
/** What the first pipeline pushed and signed, for the tests that look at it afterwards. */
let signed: { image: string; digest: string } | undefined;

const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
  const t0 = Date.now();
  try {
    return await f();
  } finally {
    timings[name] = Date.now() - t0;
  }
};

const TAG = () => `${reg.host}/e2e/app:1`;
const UNSIGNED_TAG = () => `${reg.host}/e2e/app:unsigned`;

/** One `include:` entry: a component of the repository itself at HEAD, with inputs. */
const include = (name: 'signet' | 'verify', inputs: Record<string, unknown>) =>
  `  - component: ${localComponent(name)}\n    inputs: ${JSON.stringify(inputs)}\n`;

/** The component project's files as the work tree holds them now: what git tracks under these paths,
 *  plus what is new there and not ignored (a rebuilt dist/ has new chunk names), minus what is deleted. */
async function componentProjectFiles(): Promise<string[]> {
  const paths = ['templates', 'gitlab', 'dist', 'action.yml', 'package.json'];
  const r = await runOk([
    'git',
    '-C',
    REPO_ROOT,
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
    '--',
    ...paths,
  ]);
  return [...new Set(r.stdout.split('\0'))].filter((f) => f && existsSync(join(REPO_ROOT, f)));
}

/** The pipelines of the app, each a file of its own (`--file`). */
function pipelineFiles(): Record<string, string> {
  const s = bed.sigstore!;
  const sigstore = { 'fulcio-url': s.fulcioURL, 'rekor-url': s.rekorURL, 'trusted-root': s.trustedRootPath };
  const cosign = toolPath('cosign');
  const identity = `--trusted-root=${s.trustedRootPath} --certificate-identity=${IDENTITY} --certificate-oidc-issuer=${GITLAB_ISSUER}`;
  const full = { build: 'docker', context: 'app', tags: TAG(), ...sigstore, admission: 'policy-controller' };
  return {
    // (a) the whole pipeline, then a job of the project's own that reads the dotenv outputs and runs
    // the real cosign on them, in both signature formats
    '.gitlab-ci.yml': [
      'stages: [build, test]',
      'include:',
      include('signet', full),
      'cosign-verify:',
      '  stage: test',
      '  needs: [signet]',
      '  script:',
      '    - echo "image=[$SIGNET_IMAGE] verified=[$SIGNET_VERIFIED] bundle=[$SIGNET_BUNDLE_PATH]"',
      '    - test "$SIGNET_VERIFIED" = true',
      '    - test -f "signet/$(basename "$SIGNET_BUNDLE_PATH")"',
      `    - ${cosign} verify --allow-http-registry ${identity} "$SIGNET_IMAGE"`,
      `    - ${cosign} verify --allow-http-registry --new-bundle-format=false ${identity} "$SIGNET_IMAGE"`,
      '',
    ].join('\n'),
    // (b) verify only, by tag, with this pipeline's own identity as the default
    'verify.gitlab-ci.yml':
      'include:\n' + include('verify', { tags: TAG(), 'trusted-root': s.trustedRootPath }),
    // (c) payloads in inputs whose spec lets them through (they reach signet as text) …
    'inject.gitlab-ci.yml':
      'include:\n' +
      include('signet', {
        build: 'docker',
        context: ONE_LINE,
        tags: `${reg.host}/e2e/inject:1`,
        labels: KEY_VALUES,
        'build-args': KEY_VALUES,
        'certificate-identity': ONE_LINE,
        ...sigstore,
      }),
    // … and in inputs whose spec refuses them: a newline in a one-line input, shell syntax in tags
    'inject-newline.gitlab-ci.yml':
      'include:\n' + include('signet', { build: 'docker', context: MULTI_LINE, tags: TAG(), ...sigstore }),
    'inject-tags.gitlab-ci.yml':
      'include:\n' + include('signet', { build: 'docker', tags: MULTI_LINE, ...sigstore }),
    // (e) keyless on public-good Sigstore (the defaults)
    'private.gitlab-ci.yml':
      'include:\n' +
      include('signet', { build: 'docker', context: 'app', tags: `${reg.host}/e2e/private:1` }),
    // an input holding a CI/CD variable, as `tags: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA` would
    'variable-input.gitlab-ci.yml':
      'include:\n' + include('signet', { ...full, tags: '$E2E_REGISTRY/e2e/app:var', admission: '' }),
    // the full component, then the verify-only one on another image of the same repository
    'two-components.gitlab-ci.yml': [
      'stages: [build, test]',
      'include:',
      include('signet', { ...full, admission: '' }),
      include('verify', {
        'job-name': 'verify-unsigned',
        tags: UNSIGNED_TAG(),
        'trusted-root': s.trustedRootPath,
      }),
    ].join('\n'),
  };
}

beforeAll(async () => {
  bed = await timed('bed', () =>
    startBed({ registries: ['anonymous'], docker: true, sigstore: true, oidc: true }),
  );
  reg = bed.registries.anonymous!;
  tmp = mkdtempSync(join(tmpdir(), 'signet-gcl-e2e-'));
  repo = join(tmp, 'repo');
  home = join(tmp, 'home');
  mkdirSync(home, { recursive: true });
  for (const f of await componentProjectFiles()) {
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    copyFileSync(join(REPO_ROOT, f), join(repo, f));
  }
  sha = await initGitRepo(repo, {
    // the app: one file and a package the SBOM generator finds in the layer
    'app/Dockerfile': 'FROM scratch\nCOPY . /app/\n',
    'app/node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
    ...pipelineFiles(),
  });
});

afterAll(async () => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  await bed?.stop();
  console.log(`gitlab component e2e timings (ms): ${JSON.stringify(timings)}`);
});

/** What every pipeline gets: the bed's token, Docker engine and registry, and the mirror to fetch from. */
function baseVariables(): Record<string, string> {
  return {
    GITLAB_CI: 'true', // gitlab-ci-local says false; dist/index.js picks its adapter by it
    SIGSTORE_ID_TOKEN: bed.oidc!.gitlabToken(),
    SIGNET_COMPONENT_URL: repo,
    ...bed.docker!.env,
    DOCKER_CONFIG: reg.dockerConfigDir,
    DOCKER_BUILDKIT: '0',
  };
}

/** Runs one pipeline file of the temp repository. */
function pipeline(
  opts: Partial<GitlabCiLocalOptions> & { variables?: Record<string, string> } = {},
): Promise<GitlabCiLocalResult> {
  return runGitlabCiLocal({
    repoDir: repo,
    timeoutMs: 240_000,
    ...opts,
    env: { HOME: home, ...opts.env },
    variables: opts.variables ?? baseVariables(),
  });
}

/** Files and folders named pwned* anywhere under the temp folder (repo, builds dirs, artifacts, HOME). */
const pwned = () =>
  readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter((p) => basename(p).startsWith('pwned'));

/** The lines signet printed as its error (`signet: …` on stderr), from a job log. */
const errorLines = (log: string) => log.split('\n').filter((l) => l.startsWith('signet: '));

/** A dotenv file as GitLab parses it (`^(.*?)=(.*)$` per line), checked against GitLab's limits. */
function parseDotenv(text: string): Record<string, string> {
  expect(Buffer.byteLength(text)).toBeLessThan(5 * 1024); // GitLab's default dotenv size limit
  const lines = text.replace(/\n$/, '').split('\n');
  expect(lines.length).toBeLessThanOrEqual(20); // the default limit of variables on self-managed
  const out: Record<string, string> = {};
  for (const line of lines) {
    const m = /^([A-Za-z0-9_]+)=(.*)$/.exec(line); // no empty lines, no comments, no quoting
    expect(m).not.toBeNull();
    out[m![1]!] = m![2]!;
  }
  return out;
}

async function tagExists(repository: string): Promise<boolean> {
  const res = await fetch(`${reg.url}/v2/${repository}/tags/list`);
  return res.ok;
}

describe('templates/signet.yml, included at HEAD', () => {
  it('builds, pushes, signs, attests the SBOM, verifies and writes policies; a later job reads the dotenv outputs and cosign verifies both formats', async () => {
    const r = await timed('(a) signet + cosign pipeline', () => pipeline());
    expect(r.jobs).toEqual({ signet: 'PASS', 'cosign-verify': 'PASS' });
    expect(r.code).toBe(0);

    // The job fetched the component project at component.sha (HEAD here) and ran its dist/.
    const log = r.jobLog('signet');
    expect(log).toContain('$ node .signet-component/dist/index.js');
    expect(log).toMatch(/verification +✅ verified/);
    expect(errorLines(log)).toEqual([]);
    const checkout = join(r.stateDir, 'builds', 'signet', '.signet-component');
    expect((await runOk(['git', '-C', checkout, 'rev-parse', 'HEAD'])).stdout.trim()).toBe(sha);

    // Outputs: dotenv variables GitLab accepts, and the files under output-dir (signet/).
    const art = join(r.artifactsDir('signet'), 'signet');
    const envText = readFileSync(join(art, 'signet.env'), 'utf8');
    expect(
      readFileSync(
        join(r.artifactsDir('signet'), '.gitlab-ci-reports', 'dotenv', 'signet', 'signet.env'),
        'utf8',
      ),
    ).toBe(envText);
    const env = parseDotenv(envText);
    expect(env.SIGNET_IMAGE).toMatch(new RegExp(`^${reg.host}/e2e/app@sha256:[0-9a-f]{64}$`));
    expect(env.SIGNET_DIGEST).toBe(env.SIGNET_IMAGE!.split('@')[1]);
    expect(env.SIGNET_VERIFIED).toBe('true');
    expect(
      JSON.parse(env.SIGNET_SIGNATURES!)
        .map((s: { format: string }) => s.format)
        .sort(),
    ).toEqual(['bundle', 'legacy']);
    for (const k of ['SIGNET_BUNDLE_PATH', 'SIGNET_SBOM_PATH', 'SIGNET_REPORT_PATH', 'SIGNET_POLICY_PATH']) {
      expect(existsSync(join(art, basename(env[k]!)))).toBe(true);
    }
    const bom = JSON.parse(readFileSync(join(art, 'sbom-linux-amd64.cyclonedx.json'), 'utf8'));
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.components.map((c: { purl: string }) => c.purl)).toContain('pkg:npm/left-pad@1.3.0');
    expect(JSON.parse(readFileSync(join(art, 'verify-report.json'), 'utf8'))).toMatchObject({
      verified: true,
    });
    const policies = readdirSync(join(art, 'policy')).sort();
    expect(policies).toContain('kustomization.yaml');
    expect(policies.filter((p) => p.startsWith('clusterimagepolicy-'))).toHaveLength(2);
    expect(
      readFileSync(
        join(
          art,
          'policy',
          policies.find((p) => p.startsWith('clusterimagepolicy-app-build'))!,
        ),
        'utf8',
      ),
    ).toContain(IDENTITY);

    // The later job got the dotenv variables and the files, and cosign accepted both formats.
    const later = r.jobLog('cosign-verify');
    expect(later).toContain(`image=[${env.SIGNET_IMAGE}] verified=[true]`);
    expect(later.match(/^Verification for /gm)).toHaveLength(2);
    signed = { image: env.SIGNET_IMAGE!, digest: env.SIGNET_DIGEST! };
  });

  it('cosign verify-attestation accepts the SBOM and the GitLab provenance attestations; cosign rejects another identity', async () => {
    expect(signed).toBeDefined();
    const s = bed.sigstore!;
    const env = { HOME: home, TUF_ROOT: join(home, '.sigstore') };
    const cosign = (identity: string, ...args: string[]) =>
      run(
        [
          toolPath('cosign'),
          ...args,
          '--allow-http-registry',
          `--trusted-root=${s.trustedRootPath}`,
          `--certificate-identity=${identity}`,
          `--certificate-oidc-issuer=${GITLAB_ISSUER}`,
          signed!.image,
        ],
        { env },
      );
    const attestation = await cosign(IDENTITY, 'verify-attestation', '--type=cyclonedx');
    expect(attestation.code).toBe(0);
    expect(
      JSON.parse(
        Buffer.from(JSON.parse(attestation.stdout.trim().split('\n')[0]!).payload, 'base64').toString(),
      ).predicateType,
    ).toBe('https://cyclonedx.org/bom');
    // SLSA provenance of the GitLab job, built from its ID token (Signet's gitlab-ci/v1 build type).
    const provenance = await cosign(IDENTITY, 'verify-attestation', '--type=slsaprovenance1');
    expect(provenance.code).toBe(0);
    const statement = JSON.parse(
      Buffer.from(JSON.parse(provenance.stdout.trim().split('\n')[0]!).payload, 'base64').toString(),
    );
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(
      statement.subject.map((s: { digest: { sha256: string } }) => `sha256:${s.digest.sha256}`),
    ).toContain(signed!.digest);
    expect(statement.predicate.buildDefinition.buildType).toBe('https://signet.dev/buildtypes/gitlab-ci/v1');
    expect(statement.predicate.runDetails.builder.id).toBe(IDENTITY);
    expect(statement.predicate.buildDefinition.externalParameters.pipeline.config).toBe(IDENTITY);
    for (const args of [
      ['verify'],
      ['verify', '--new-bundle-format=false'],
      ['verify-attestation', '--type=cyclonedx'],
      ['verify-attestation', '--type=slsaprovenance1'],
    ]) {
      const other = await cosign(OTHER_IDENTITY, ...args);
      expect(other.code).not.toBe(0);
      expect(other.stderr).toMatch(
        /none of the expected identities matched|no matching (signatures|attestations)/,
      );
    }
  });
});

describe('templates/verify.yml, included at HEAD', () => {
  it('verifies the image signed above by its tag, against the pipeline identity', async () => {
    expect(signed).toBeDefined();
    const r = await timed('(b) verify pipeline', () => pipeline({ file: 'verify.gitlab-ci.yml' }));
    expect(r.jobs).toEqual({ 'signet-verify': 'PASS' });
    expect(r.code).toBe(0);
    const log = r.jobLog('signet-verify');
    expect(log).toContain(`signet verify: ${signed!.image}`);
    expect(log).toMatch(/verification +✅ verified/);
    const env = parseDotenv(
      readFileSync(join(r.artifactsDir('signet-verify'), 'signet', 'signet.env'), 'utf8'),
    );
    expect(env).toMatchObject({ SIGNET_IMAGE: signed!.image, SIGNET_VERIFIED: 'true' });
  });

  it('fails the job with one line when the certificate identity is not the signer', async () => {
    const r = await timed('(b) verify, wrong identity', () =>
      pipeline({
        file: 'verify.gitlab-ci.yml',
        inputs: { 'certificate-identity': OTHER_IDENTITY, 'certificate-oidc-issuer': GITLAB_ISSUER },
      }),
    );
    expect(r.jobs).toEqual({ 'signet-verify': 'FAIL' });
    expect(r.code).toBe(1);
    const errors = errorLines(r.jobLog('signet-verify'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`signet: ${signed!.image}: none of its 2 signatures passed (`);
    expect(errors[0]).toMatch(/\[VERIFY_IDENTITY_MISMATCH\]$/);
  });
});

describe('inputs', () => {
  it('runs nothing a hostile input holds: $(…), backticks, quotes and newlines reach signet as text, and the job fails in one line', async () => {
    const r = await timed('(c) injection', () => pipeline({ file: 'inject.gitlab-ci.yml' }));
    expect(r.jobs).toEqual({ signet: 'FAIL' });
    const errors = errorLines(r.jobLog('signet'));
    expect(errors).toHaveLength(1);
    // the context, as text: no such folder
    expect(errors[0]).toMatch(
      /^signet: docker build failed .*\[BUILD_FAILED\].*unable to prepare context: path .* not found/,
    );
    expect(errors[0]).toContain('x$(touch pwned-1)`touch pwned-2`');
    expect(errors[0]).toContain('; touch pwned-3 && touch pwned-4');
    expect(pwned()).toEqual([]);
    expect(await tagExists('e2e/inject')).toBe(false);
  });

  it.each([
    ['inject-newline.gitlab-ci.yml', 'a newline in a one-line input', '`context` input'],
    ['inject-tags.gitlab-ci.yml', 'shell syntax in tags', '`tags` input'],
  ])('refuses %s (%s) before any job runs', async (file, _what, input) => {
    const r = await timed(`(c) ${file}`, () => pipeline({ file }));
    expect(r.code).toBe(1);
    expect(r.jobs).toEqual({});
    expect(r.stderr).toContain(
      `This GitLab CI configuration is invalid: \`templates/signet.yml\`: ${input}: \``,
    );
    expect(r.stderr).toContain('does not match required regex');
    expect(r.stdout).not.toContain('signet starting');
    expect(pwned()).toEqual([]);
  });

  it('refuses a value outside an input’s options before any job runs', async () => {
    const r = await timed('(d) bad option', () => pipeline({ inputs: { 'signature-format': 'foo' } }));
    expect(r.code).toBe(1);
    expect(r.jobs).toEqual({});
    expect(r.stderr).toContain(
      '`signature-format` input: `foo` cannot be used because it is not in the list of allowed options',
    );
    expect(r.stdout).not.toContain('signet starting');
  });

  it('expands CI/CD variables in inputs, as in any job variable ($CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA)', async () => {
    const r = await timed('$VAR input', () =>
      pipeline({
        file: 'variable-input.gitlab-ci.yml',
        variables: { ...baseVariables(), E2E_REGISTRY: reg.host },
      }),
    );
    expect(r.jobs).toEqual({ signet: 'PASS' });
    const env = parseDotenv(readFileSync(join(r.artifactsDir('signet'), 'signet', 'signet.env'), 'utf8'));
    expect(env.SIGNET_IMAGE).toMatch(new RegExp(`^${reg.host}/e2e/app@sha256:`));
    const tags = (await (await fetch(`${reg.url}/v2/e2e/app/tags/list`)).json()) as { tags: string[] };
    expect(tags.tags).toContain('var');
  });
});

describe('a private project', () => {
  it('refuses keyless signing on public-good Sigstore with the ways out, before anything is built or pushed', async () => {
    const r = await timed('(e) private project', () =>
      pipeline({
        file: 'private.gitlab-ci.yml',
        variables: { ...baseVariables(), CI_PROJECT_VISIBILITY: 'private' },
      }),
    );
    expect(r.jobs).toEqual({ signet: 'FAIL' });
    const errors = errorLines(r.jobLog('signet'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('this repository is private: keyless signing would publish its name');
    for (const way of [
      'sign with a key',
      'use a private Sigstore (fulcio-url, rekor-url, trusted-root)',
      'tlog-upload: false, tsa-url',
      'allow-public-logs: true',
    ]) {
      expect(errors[0]).toContain(way);
    }
    expect(r.jobLog('signet')).not.toContain('signet build:');
    expect(await tagExists('e2e/private')).toBe(false);
  });
});

describe('gitlab/release.gitlab-ci.yml, the component project’s own pipeline', () => {
  const list = async (variables: Record<string, string>) => {
    const r = await pipeline({ file: 'gitlab/release.gitlab-ci.yml', variables, extraArgs: ['--list'] });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('json schema validated'); // against GitLab's CI schema (release: included)
    // `--list`: a header line, then one line per job: name, description, stage, when, allow_failure, needs
    return r.stdout
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(/\s+/)[0])
      .filter(Boolean);
  };

  it('is valid, tests both components at this commit on every pipeline, and releases only for a MAJOR.MINOR.PATCH tag', async () => {
    const branch = await timed('(3) --list branch', () => list({}));
    expect(branch.sort()).toEqual(['self-test-image', 'self-test-sign', 'self-test-verify']);
    const tag = await timed('(3) --list tag', () => list({ CI_COMMIT_TAG: '1.2.3' }));
    expect(tag.sort()).toEqual(['release', 'self-test-image', 'self-test-sign', 'self-test-verify']);
    for (const notSemver of ['v1.2.3', '1.2', '1.2.3-rc.1']) {
      expect(await list({ CI_COMMIT_TAG: notSemver })).not.toContain('release');
    }
  });

  it('runs its self-test on the bed: crane pushes an image, the full component signs it (build: none), the verify component verifies it', async () => {
    const s = bed.sigstore!;
    const r = await timed('(3) self-test pipeline', () =>
      pipeline({
        file: 'gitlab/release.gitlab-ci.yml',
        variables: {
          ...baseVariables(),
          // the project's registry, as GitLab describes it to every job
          CI_REGISTRY: reg.host,
          CI_REGISTRY_USER: 'gitlab-ci-token',
          CI_REGISTRY_PASSWORD: 'job-token-e2e',
        },
        // the bed's Sigstore instead of public-good's, for each component
        inputs: {
          'signet:fulcio-url': s.fulcioURL,
          'signet:rekor-url': s.rekorURL,
          'signet:trusted-root': s.trustedRootPath,
          'verify:trusted-root': s.trustedRootPath,
        },
      }),
    );
    expect(r.jobs).toEqual({
      'self-test-image': 'PASS',
      'self-test-sign': 'PASS',
      'self-test-verify': 'PASS',
    });
    const image = `${reg.host}/group/signet/self-test`;
    const sign = r.jobLog('self-test-sign');
    expect(sign).toContain('signet build: none → group/signet/self-test');
    expect(sign).toMatch(/verification +✅ verified/);
    const env = parseDotenv(
      readFileSync(join(r.artifactsDir('self-test-sign'), 'signet', 'signet.env'), 'utf8'),
    );
    expect(env.SIGNET_IMAGE).toMatch(new RegExp(`^${image}@sha256:[0-9a-f]{64}$`));
    expect(r.jobLog('self-test-verify')).toContain(`signet verify: ${env.SIGNET_IMAGE}`);
  });
});

describe('the component project and other jobs', () => {
  it('fetches the component from component-project on the instance with the job token when no mirror is set', async () => {
    // The temp repository plays the component project at gitlab.example.com/group/signet (its remote):
    // git maps that address, as the job builds it, to the temp repository.
    const { SIGNET_COMPONENT_URL: _mirror, ...variables } = baseVariables();
    // (with the port GitLab gives in CI_SERVER_PORT, or without it as CI_SERVER_URL has it)
    const mapped = ['gitlab.example.com:443', 'gitlab.example.com'].map(
      (host) => `https://gitlab-ci-token:job-token-e2e@${host}/group/signet.git`,
    );
    const r = await timed('default component URL', () =>
      pipeline({
        jobs: ['signet'],
        inputs: { 'component-project': 'group/signet' },
        variables: {
          ...variables,
          CI_JOB_TOKEN: 'job-token-e2e',
          GIT_CONFIG_COUNT: '2',
          GIT_CONFIG_KEY_0: `url.${repo}.insteadOf`,
          GIT_CONFIG_VALUE_0: mapped[0]!,
          GIT_CONFIG_KEY_1: `url.${repo}.insteadOf`,
          GIT_CONFIG_VALUE_1: mapped[1]!,
        },
      }),
    );
    expect(r.jobs).toEqual({ signet: 'PASS' });
    const checkout = join(r.stateDir, 'builds', 'signet', '.signet-component');
    expect((await runOk(['git', '-C', checkout, 'rev-parse', 'HEAD'])).stdout.trim()).toBe(sha);
  });

  it('a verify-only job after the full one checks the digest of its own tag, not the dotenv SIGNET_DIGEST of the full one', async () => {
    // An image nobody signed, in the repository of the signed one.
    const ctx = join(tmp, 'unsigned');
    mkdirSync(ctx, { recursive: true });
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY unsigned.txt /\n');
    writeFileSync(join(ctx, 'unsigned.txt'), 'nobody signed this\n');
    const docker = { ...bed.docker!.env, DOCKER_CONFIG: reg.dockerConfigDir, DOCKER_BUILDKIT: '0' };
    await runOk(['docker', 'build', '-q', '-t', UNSIGNED_TAG(), ctx], { env: docker });
    await runOk(['docker', 'push', '-q', UNSIGNED_TAG()], { env: docker });
    const inspect = ['docker', 'inspect', '--format', '{{index .RepoDigests 0}}', UNSIGNED_TAG()];
    const unsigned = (await runOk(inspect, { env: docker })).stdout.trim().split('@')[1]!;
    expect(unsigned).toMatch(/^sha256:[0-9a-f]{64}$/);

    const r = await timed('two components', () => pipeline({ file: 'two-components.gitlab-ci.yml' }));
    expect(r.jobs).toEqual({ signet: 'PASS', 'verify-unsigned': 'FAIL' });
    const log = r.jobLog('verify-unsigned');
    expect(log).toContain(`signet verify: ${reg.host}/e2e/app@${unsigned}`);
    const errors = errorLines(log);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^signet: no signatures found for ${reg.host}/e2e/app@${unsigned}: .*\\[VERIFY_NO_SIGNATURES\\]$`,
      ),
    );
  });
});
