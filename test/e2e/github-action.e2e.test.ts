// The GitHub Action end to end: the repository's own workflows (.github/workflows/signet-e2e.yml and
// release.yml) run by nektos/act on the host runner, offline, `uses: ./` on dist/index.js as the working
// tree has it (snapshotted once per suite), against one test bed shared by every test.
//
// Real: act (v0.2.89, its host runner, checkout and expression engine), the Action bundle on Node 24,
// the CNCF Distribution registry (token auth), the Docker engine that builds and pushes, and cosign and
// crane, which check from outside what the Action left in the registry.
// Real too: Fulcio, its CT log, the TSA and Rekor v1 on Trillian (test/bed/sigstore-real.ts).
// Stand-ins: GitHub's OIDC token
// service (the bed's loopback endpoint, or one minting tag-ref claims for the release test).
//
// What each run gets the way GitHub gives it: inputs only through `with:` (the e2e workflow maps an
// environment variable to each input, so one left out arrives as '' and the Action applies its default),
// secrets through `secrets.*`, the event through its payload, the ID token through
// ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, present only when the job has `id-token: write` and is no fork's
// pull request. Outputs and the job summary are read back from act's log.
import {
  existsSync,
  type Dirent,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF, GITHUB_REPOSITORY } from '../bed/oidc.ts';
import { REPO_ROOT, toolPath } from '../bed/tools.ts';
import {
  runAct,
  snapshotRepo,
  startIdTokenEndpoint,
  type ActLogEntry,
  type ActOptions,
  type ActResult,
} from '../support/act.ts';
import { signet } from '../support/cli.ts';
import { run, runOk, type RunResult } from '../support/run.ts';

const E2E_WORKFLOW = '.github/workflows/signet-e2e.yml';
const RELEASE_WORKFLOW = '.github/workflows/release.yml';
const CONTEXT = 'test/fixtures/act/app';
const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;

let bed: Bed;
let reg: BedRegistry;
let work: string;
let repo: string;
let cosignEnv: Record<string, string>;

beforeAll(async () => {
  bed = await startBed({ registries: ['token'], docker: true, sigstore: true, oidc: true });
  reg = bed.registries.token!;
  work = mkdtempSync(join(bed.dir, 'act-e2e-'));
  // What the workflows' checkout and `uses: ./` see: this repository's Action, workflows and fixture, as
  // they are now (one tree for the whole suite, whatever rebuilds dist/ meanwhile).
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.js')))
    throw new Error('dist/index.js is missing: npm run build');
  repo = await snapshotRepo(
    REPO_ROOT,
    ['action.yml', 'dist', '.github/workflows', CONTEXT],
    join(work, 'repo'),
  );
  const home = join(work, 'cosign-home');
  mkdirSync(home);
  cosignEnv = { HOME: home, TUF_ROOT: join(home, 'tuf'), DOCKER_CONFIG: reg.dockerConfigDir };
});

afterAll(async () => {
  await bed?.stop();
});

// ---------------------------------------------------------------------------------------------------
// Running the workflows

/** What every run of the e2e workflow shares: the bed's Docker engine and registry credentials. */
function runnerEnv(): Record<string, string> {
  return {
    GITHUB_REPOSITORY,
    GITHUB_WORKFLOW_REF: GITHUB_JOB_WORKFLOW_REF,
    ...bed.docker!.env,
    DOCKER_CONFIG: reg.dockerConfigDir,
    DOCKER_BUILDKIT: '0',
  };
}

/** The bed's Sigstore as the Action's inputs (a private Sigstore, as far as the Action knows). */
function sigstoreInputs(): Record<string, string> {
  const s = bed.sigstore!;
  return {
    SIGNET_FULCIO_URL: s.fulcioURL,
    SIGNET_REKOR_URL: s.rekorURL,
    SIGNET_TRUSTED_ROOT: s.trustedRootPath,
  };
}

/** The ID token endpoint of a job with `id-token: write` (the bed's: the default push-to-main claims). */
function idToken(): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: bed.oidc!.requestURL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: bed.oidc!.requestToken,
  };
}

/** Runs signet-e2e.yml with `inputs` (SIGNET_* variables) over the runner's environment. */
function runE2e(inputs: Record<string, string>, opts: Partial<ActOptions> = {}): Promise<ActResult> {
  return runAct({
    repoDir: repo,
    workflow: E2E_WORKFLOW,
    vars: { SIGNET_E2E: 'true' },
    ...opts,
    env: {
      ...runnerEnv(),
      SIGNET_BUILD: 'docker',
      // build: none refuses a build context (nothing is built), so runs that sign a pushed digest get none.
      SIGNET_CONTEXT: inputs.SIGNET_BUILD === 'none' ? '' : CONTEXT,
      ...inputs,
      ...opts.env,
    },
  });
}

const commands = (r: ActResult, command: string): string[] =>
  r.entries.filter((e) => e.command === command).map((e) => String(e.arg ?? ''));

/** The job's error annotations (`::error::`, what core.setFailed writes). */
const errorsOf = (r: ActResult) => commands(r, 'error');

/** The one `::error::` the job printed; fails with act's log when there is not exactly one. */
function oneError(r: ActResult): string {
  const errors = errorsOf(r);
  if (errors.length !== 1) {
    throw new Error(
      `expected one error annotation, got ${JSON.stringify(errors)} (job ${r.jobResult}, act exit ${r.code})\n` +
        `${r.log.slice(-4000)}\n${r.stderr.slice(-2000)}`,
    );
  }
  return errors[0]!;
}

/** Fails with act's log, so a failing run shows why. */
function expectJob(r: ActResult, result: 'success' | 'failure'): void {
  if (r.jobResult !== result) {
    throw new Error(
      `expected the job to end in ${result}, got ${r.jobResult} (act exit ${r.code})\n` +
        `errors: ${JSON.stringify(errorsOf(r))}\n${r.log.slice(-4000)}\n${r.stderr.slice(-2000)}`,
    );
  }
  expect(r.code === 0).toBe(result === 'success');
}

// ---------------------------------------------------------------------------------------------------
// Looking at the registry from outside

function cosign(args: string[]): Promise<RunResult> {
  return run([toolPath('cosign'), ...args], { env: cosignEnv });
}

function crane(args: string[]): Promise<RunResult> {
  return run([toolPath('crane'), '--insecure', ...args], { env: cosignEnv });
}

/** The tags of `repository` in the bed registry, or undefined when the repository does not exist. */
async function tagsOf(repository: string): Promise<string[] | undefined> {
  const r = await crane(['ls', `${reg.host}/${repository}`]);
  if (r.code === 0) return r.stdout.split('\n').filter(Boolean);
  if (/NAME_UNKNOWN|repository name not known/i.test(r.stderr)) return undefined;
  throw new Error(`crane ls ${repository}: ${r.stderr}`);
}

/**
 * True when the bed's Docker engine has an image named `ref`, false when it says it has none; throws for
 * any other answer (an engine that cannot be reached must not pass as "nothing was built").
 */
async function localImageExists(ref: string): Promise<boolean> {
  const r = await run(['docker', 'image', 'inspect', '--format', '{{.Id}}', ref], { env: bed.docker!.env });
  if (r.code === 0) return true;
  if (/no such image/i.test(r.stderr)) return false;
  throw new Error(`docker image inspect ${ref}: exit ${r.code}: ${r.stderr.trim()}`);
}

function keylessArgs(identity: string): string[] {
  return [
    '--allow-http-registry',
    `--trusted-root=${bed.sigstore!.trustedRootPath}`,
    `--certificate-identity=${identity}`,
    `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
  ];
}

/** The in-toto statements `cosign verify-attestation` printed (one JSON envelope per line). */
function statements(stdout: string): { predicateType: string; predicate: Record<string, unknown> }[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(Buffer.from(JSON.parse(l).payload, 'base64').toString('utf8')));
}

// ---------------------------------------------------------------------------------------------------

describe('the Action under act, on the test bed', () => {
  it('push to main: builds, pushes, signs keyless in both formats, attests, verifies, writes policies; cosign agrees', async () => {
    const out = join(work, 'out-main');
    const tag = `${reg.host}/e2e/app:1`;
    const r = await runE2e({
      ...idToken(),
      ...sigstoreInputs(),
      SIGNET_TAGS: tag,
      SIGNET_ADMISSION: 'policy-controller,kyverno',
      SIGNET_OUTPUT_DIR: out,
    });
    expectJob(r, 'success');
    expect(r.steps.map((s) => `${s.id}:${s.result}`)).toEqual([
      '0:success',
      'signet:success',
      'outputs:success',
    ]);

    // Outputs: present and consistent with each other, the files and the registry.
    const o = r.outputs.signet!;
    expect(o.digest).toMatch(DIGEST_RE);
    expect(o.image).toBe(`${reg.host}/e2e/app@${o.digest}`);
    expect(o.verified).toBe('true');
    expect(JSON.parse(o['platform-digests']!)).toEqual({ 'linux/amd64': o.digest });
    const sigs = JSON.parse(o.signatures!) as { subject: string; format: string; logIndex: number }[];
    expect(sigs.map((s) => s.format).sort()).toEqual(['bundle', 'legacy']);
    expect(sigs.every((s) => s.subject === o.digest && Number.isInteger(s.logIndex))).toBe(true);
    expect(sigs.map((s) => String(s.logIndex))).toContain(o['rekor-log-index']);
    const bundle = JSON.parse(readFileSync(o['bundle-path']!, 'utf8'));
    expect(bundle.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle/);
    expect(bundle.verificationMaterial.tlogEntries[0].logIndex).toBe(o['rekor-log-index']);
    const sbom = JSON.parse(readFileSync(o['sbom-path']!, 'utf8'));
    expect(sbom.bomFormat).toBe('CycloneDX');
    expect(sbom.components.map((c: { purl: string }) => c.purl)).toContain('pkg:pypi/signet-demo@1.0.0');
    const report = JSON.parse(readFileSync(o['report-path']!, 'utf8'));
    expect(report.verified).toBe(true);
    const policies = readdirSync(o['policy-path']!);
    expect(policies.some((f) => f.startsWith('clusterimagepolicy-'))).toBe(true);
    expect(policies.some((f) => f.startsWith('clusterpolicy-'))).toBe(true);
    for (const f of [o['bundle-path'], o['sbom-path'], o['report-path'], o['policy-path']]) {
      expect(f!.startsWith(out + '/')).toBe(true);
    }
    // A later step reads them through the steps context.
    expect(r.outputs.outputs).toEqual({ 'seen-image': o.image });
    expect(r.log).toContain(`VERIFIED=true`);

    // The job summary: the table, with the image by digest and the verdict against this run's identity.
    expect(r.summary).toContain('<table>');
    expect(r.summary).toContain(`<h3>Signet: ${o.image}</h3>`);
    expect(r.summary).toContain(`<code>${o.image}</code>`);
    expect(r.summary).toMatch(/✅ verified: \d+ signature\(s\) read back from the registry/);
    expect(r.summary).toContain(`expected <code>${IDENTITY}</code>`);

    // The tag points at the digest the outputs name.
    expect((await crane(['digest', tag])).stdout.trim()).toBe(o.digest);

    // The real cosign: the bundle referrer, the legacy .sig, and both attestations.
    const bundleFormat = await cosign(['verify', ...keylessArgs(IDENTITY), o.image!]);
    expect(bundleFormat).toMatchObject({ code: 0 });
    const legacy = await cosign(['verify', '--new-bundle-format=false', ...keylessArgs(IDENTITY), o.image!]);
    expect(legacy).toMatchObject({ code: 0 });
    const cdx = await cosign(['verify-attestation', '--type=cyclonedx', ...keylessArgs(IDENTITY), o.image!]);
    expect(cdx.code).toBe(0);
    expect(statements(cdx.stdout)[0]!.predicate.bomFormat).toBe('CycloneDX');
    const slsa = await cosign([
      'verify-attestation',
      '--type=slsaprovenance1',
      ...keylessArgs(IDENTITY),
      o.image!,
    ]);
    expect(slsa.code).toBe(0);
    const provenance = statements(slsa.stdout)[0]!.predicate as {
      buildDefinition: { externalParameters: { workflow: { ref: string; path: string } } };
      runDetails: { builder: { id: string } };
    };
    expect(provenance.runDetails.builder.id).toBe(IDENTITY);
    expect(provenance.buildDefinition.externalParameters.workflow).toMatchObject({ ref: 'refs/heads/main' });

    // …and no other identity passes.
    const otherIdentity = `https://github.com/${GITHUB_REPOSITORY}/.github/workflows/other.yml@refs/heads/main`;
    for (const format of [[], ['--new-bundle-format=false']]) {
      const other = await cosign(['verify', ...format, ...keylessArgs(otherIdentity), o.image!]);
      expect(other.code).not.toBe(0);
      // bundle: `expected SAN value "<other>", got "<ours>"`; legacy: `none of the expected identities…`
      expect(other.stderr).toMatch(/expected SAN value|none of the expected identities matched/);
      expect(other.stderr).toContain(IDENTITY);
    }
  });

  it('release.yml on tag v1.2.3: keyless as the tag-ref workflow identity, plus a maintainer key signature', async () => {
    const ref = 'refs/tags/v1.2.3';
    const workflowRef = `${GITHUB_REPOSITORY}/${RELEASE_WORKFLOW}@${ref}`;
    const tagIdentity = `https://github.com/${workflowRef}`;
    // GitHub's token for this run: the tag's ref and workflow ref (the bed's endpoint only mints main's).
    const tokens = await startIdTokenEndpoint((audience) =>
      bed.oidc!.githubToken(
        {
          sub: `repo:${GITHUB_REPOSITORY}:ref:${ref}`,
          ref,
          ref_type: 'tag',
          workflow_ref: workflowRef,
          job_workflow_ref: workflowRef,
        },
        audience,
      ),
    );
    const keys = mkdtempSync(join(work, 'keys-'));
    // Quotes and `$(…)` in the password too: it is only ever data.
    const password = `maintainer "pw" $(touch pwned) ${Date.now()}`;
    const generated = await signet(['generate-key-pair'], { cwd: keys, env: { COSIGN_PASSWORD: password } });
    expect(generated.code).toBe(0);
    const image = `${reg.host}/release/app`;
    let r: ActResult;
    try {
      r = await runAct({
        repoDir: repo,
        workflow: RELEASE_WORKFLOW,
        eventPayload: { ref, repository: { full_name: GITHUB_REPOSITORY, private: false } },
        env: { ...runnerEnv(), GITHUB_REF: ref, GITHUB_WORKFLOW_REF: workflowRef, ...tokens.env },
        vars: {
          SIGNET_IMAGE: image,
          SIGNET_CONTEXT: CONTEXT,
          SIGNET_BUILDER: 'docker',
          SIGNET_FULCIO_URL: bed.sigstore!.fulcioURL,
          SIGNET_REKOR_URL: bed.sigstore!.rekorURL,
          SIGNET_TRUSTED_ROOT: bed.sigstore!.trustedRootPath,
        },
        secrets: {
          COSIGN_PRIVATE_KEY: readFileSync(join(keys, 'cosign.key'), 'utf8'),
          COSIGN_PASSWORD: password,
        },
      });
    } finally {
      await tokens.stop();
    }
    expectJob(r, 'success');
    expect(tokens.issued).toBeGreaterThan(0);
    expect(r.steps.map((s) => `${s.id}:${s.result}`)).toEqual([
      '0:success',
      'release:success',
      'maintainer:success',
      '3:success',
    ]);
    const keyless = r.outputs.release!;
    const maintainer = r.outputs.maintainer!;
    expect(keyless.digest).toMatch(DIGEST_RE);
    expect(keyless.image).toBe(`${image}@${keyless.digest}`);
    expect(maintainer.image).toBe(keyless.image);
    expect(keyless.verified).toBe('true');
    expect(maintainer.verified).toBe('true');
    // The tag is the git tag's name, and the labels carry it.
    expect((await crane(['digest', `${image}:v1.2.3`])).stdout.trim()).toBe(keyless.digest);
    const config = JSON.parse((await crane(['config', keyless.image!])).stdout);
    expect(config.config.Labels).toMatchObject({
      'org.opencontainers.image.version': 'v1.2.3',
      'org.opencontainers.image.source': `https://github.com/${GITHUB_REPOSITORY}`,
    });
    expect(r.summary).toContain(`expected <code>${tagIdentity}</code>`);
    expect(r.summary).toContain('expected the signing key');
    expect(r.summary).toContain(`### Released ${keyless.image}`);
    expect(r.summary).toMatch(/clusterimagepolicy-app-build\.yaml/);

    // cosign: the keyless identity is the workflow at the tag, in both formats; main's is refused.
    for (const format of [[], ['--new-bundle-format=false']]) {
      expect(await cosign(['verify', ...format, ...keylessArgs(tagIdentity), keyless.image!])).toMatchObject({
        code: 0,
      });
    }
    expect((await cosign(['verify', ...keylessArgs(IDENTITY), keyless.image!])).code).not.toBe(0);
    const slsa = await cosign([
      'verify-attestation',
      '--type=slsaprovenance1',
      ...keylessArgs(tagIdentity),
      keyless.image!,
    ]);
    expect(slsa.code).toBe(0);
    expect(
      (
        statements(slsa.stdout)[0]!.predicate as {
          buildDefinition: { resolvedDependencies: { uri: string }[] };
        }
      ).buildDefinition.resolvedDependencies[0]!.uri,
    ).toBe(`git+https://github.com/${GITHUB_REPOSITORY}@${ref}`);
    // …and the maintainer's key, in both formats.
    const keyArgs = [
      '--allow-http-registry',
      `--key=${join(keys, 'cosign.pub')}`,
      `--trusted-root=${bed.sigstore!.trustedRootPath}`,
    ];
    for (const format of [[], ['--new-bundle-format=false']]) {
      expect(await cosign(['verify', ...format, ...keyArgs, keyless.image!])).toMatchObject({ code: 0 });
    }
    // The key's password was a secret: act masks it, and the Action printed it nowhere else either.
    expect(r.stdout).not.toContain(password);
    expect(r.stderr).not.toContain(password);
  });

  describe('a pull request from a fork (no ID token: GitHub gives forks none)', () => {
    const payload = {
      number: 7,
      pull_request: {
        number: 7,
        head: { ref: 'feature', repo: { fork: true, full_name: 'mallory/app' } },
        base: { ref: 'main', repo: { full_name: GITHUB_REPOSITORY } },
      },
      repository: { full_name: GITHUB_REPOSITORY, private: false },
    };

    it('builds only, with a notice: nothing is pushed or signed', async () => {
      const tag = `${reg.host}/fork/app:pr-7`;
      const r = await runE2e(
        { ...sigstoreInputs(), SIGNET_TAGS: tag },
        { event: 'pull_request', eventPayload: payload },
      );
      expectJob(r, 'success');
      expect(commands(r, 'notice')).toEqual([
        expect.stringMatching(/fork.*building only; nothing is pushed, signed or verified/),
      ]);
      expect(errorsOf(r)).toEqual([]);
      const o = r.outputs.signet!;
      expect(o.verified).toBe('false');
      expect(o.image).toBe('');
      expect(o.digest).toBe('');
      expect(r.summary).toContain('built (not pushed or signed)');
      // It was built (into the runner's engine), and the registry has neither image nor signature tag.
      expect(await localImageExists(tag)).toBe(true);
      expect(await tagsOf('fork/app')).toBeUndefined();
    });

    it('fails with fork-pull-requests: fail, before building', async () => {
      const tag = `${reg.host}/fork-fail/app:pr-7`;
      const r = await runE2e(
        { ...sigstoreInputs(), SIGNET_TAGS: tag, SIGNET_FORK_PULL_REQUESTS: 'fail' },
        { event: 'pull_request', eventPayload: payload },
      );
      expectJob(r, 'failure');
      expect(errorsOf(r)).toEqual([expect.stringMatching(/^this pull request comes from a fork\b/)]);
      expect(await localImageExists(tag)).toBe(false);
      expect(await tagsOf('fork-fail/app')).toBeUndefined();
    });
  });

  it('a job without id-token: write fails before building, showing the permissions block to add', async () => {
    const tag = `${reg.host}/no-id-token/app:1`;
    const r = await runE2e({ ...sigstoreInputs(), SIGNET_TAGS: tag });
    expectJob(r, 'failure');
    const error = oneError(r);
    expect(error).toContain('keyless signing needs an OIDC token');
    expect(error).toContain('permissions:\n    id-token: write\n');
    expect(error).toContain('[OIDC_NO_TOKEN]');
    expect(r.steps.find((s) => s.id === 'signet')?.result).toBe('failure');
    expect(await localImageExists(tag)).toBe(false);
    expect(await tagsOf('no-id-token/app')).toBeUndefined();
  });

  it('a private repository is refused before building or any network call, with the choices', async () => {
    const tag = `${reg.host}/private/app:1`;
    const before = {
      tokens: bed.oidc!.counters.issued,
      sigstore: { ...bed.sigstore!.counters },
      registry: JSON.stringify(reg.tokenIssuer?.counters),
    };
    // The public-good defaults: no fulcio-url, rekor-url or trusted-root, and no allow-public-logs.
    // (`sigstore-instance: auto` would sign with GitHub's own instance here, as actions/attest does.)
    const r = await runE2e(
      { ...idToken(), SIGNET_TAGS: tag, SIGNET_SIGSTORE_INSTANCE: 'public-good' },
      {
        eventPayload: { ref: 'refs/heads/main', repository: { full_name: GITHUB_REPOSITORY, private: true } },
      },
    );
    expectJob(r, 'failure');
    const error = oneError(r);
    expect(error).toContain('this repository is private');
    for (const choice of [
      'sign with a key (key + key-password)',
      'use a private Sigstore (fulcio-url, rekor-url, trusted-root)',
      'tlog-upload: false, tsa-url',
      'allow-public-logs: true',
    ]) {
      expect(error).toContain(choice);
    }
    // Not even a token was asked for, nor the registry's token service, nor the (bed) Sigstore (read
    // before crane below asks the token service itself).
    expect(bed.oidc!.counters.issued).toBe(before.tokens);
    expect(bed.sigstore!.counters).toEqual(before.sigstore);
    expect(JSON.stringify(reg.tokenIssuer?.counters)).toBe(before.registry);
    expect(await localImageExists(tag)).toBe(false);
    expect(await tagsOf('private/app')).toBeUndefined();
  });

  describe('hostile input values', () => {
    // Each payload would create a file in `canary` if any shell ever evaluated it (an absolute path: a
    // file created relative to a step's folder would vanish with act's folder after a successful job).
    let canary: string;
    beforeAll(() => {
      canary = mkdtempSync(join(work, 'canary-'));
    });
    const dollar = (name: string) => `$(touch ${canary}/${name})`;
    const backtick = (name: string) => `\`touch ${canary}/${name}\``;

    /** Files named pwned* where a shell would have run: the canary, act's folders, the checkout, cwd. */
    function pwnedFiles(r: ActResult): string[] {
      const found: string[] = [];
      const walk = (dir: string, depth: number) => {
        let names: Dirent[];
        try {
          names = readdirSync(dir, { withFileTypes: true });
        } catch {
          return;
        }
        for (const d of names) {
          if (d.name.startsWith('pwned')) found.push(join(dir, d.name));
          if (d.isDirectory() && depth > 0) walk(join(dir, d.name), depth - 1);
        }
      };
      walk(canary, 0);
      walk(r.tempDir!, 12); // act's HOME: the workspace, RUNNER_TEMP, the action's copy
      walk(repo, 8);
      for (const dir of [REPO_ROOT, process.cwd(), tmpdir(), work, bed.dir]) walk(dir, 0);
      rmSync(r.tempDir!, { recursive: true, force: true });
      return found;
    }

    it('build-args and labels reach the image verbatim, nothing runs', async () => {
      const buildArg = `${dollar('pwned-arg')} ${backtick('pwned-arg-bt')} "dq" 'sq' ; touch ${canary}/pwned-arg-semi`;
      const labels = {
        'org.example.dollar': dollar('pwned-label'),
        'org.example.backtick': backtick('pwned-label-bt'),
        'org.example.quotes': `"double" 'single' \\back & | ; > ${canary}/pwned-label-redirect`,
      };
      const r = await runE2e(
        {
          ...idToken(),
          ...sigstoreInputs(),
          SIGNET_TAGS: `${reg.host}/inject/app:verbatim`,
          SIGNET_BUILD_ARGS: `SIGNET_E2E_ARG=${buildArg}`,
          SIGNET_LABELS: Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n'),
        },
        { keepTemp: true },
      );
      expect(pwnedFiles(r)).toEqual([]);
      expectJob(r, 'success');
      const config = JSON.parse((await crane(['config', r.outputs.signet!.image!])).stdout);
      expect(config.config.Labels).toEqual({ ...labels, 'org.example.build-arg': buildArg });
    });

    // [input, its variable in signet-e2e.yml, the value (made once the bed and the canary exist), what the
    // one-line error says].
    const invalid: [string, string, (host: string) => string, RegExp][] = [
      [
        'tags',
        'SIGNET_TAGS',
        (host) => `${host}/inject/app:${dollar('pwned-tag')}`,
        /^input tags: invalid image reference ".*\$\(touch .*\[REGISTRY_INVALID_REFERENCE\]$/,
      ],
      [
        'tags',
        'SIGNET_TAGS',
        (host) => `${host}/inject/app:1\n${host}/inject/app:${backtick('pwned-tag-bt')}`,
        /^input tags: invalid image reference ".*`touch .*\[REGISTRY_INVALID_REFERENCE\]$/,
      ],
      [
        'tags',
        'SIGNET_TAGS',
        (host) => `${host}/inject/app:1"; touch ${canary}/pwned-tag-quote; echo "`,
        /^input tags: invalid image reference ".*"; touch .*\[REGISTRY_INVALID_REFERENCE\]$/,
      ],
      [
        'certificate-identity',
        'SIGNET_CERTIFICATE_IDENTITY',
        () => `https://x/${dollar('pwned-id')}\n${backtick('pwned-id-bt')}`,
        /^input certificate-identity must be one line/,
      ],
      [
        'labels',
        'SIGNET_LABELS',
        () => `org.example.ok=1\n${dollar('pwned-label-nokey')}`,
        /^input labels: expected KEY=VALUE, got "\$\(touch /,
      ],
    ];
    it.each(invalid)(
      'an invalid %s value fails the job with one line; nothing runs, is built or pushed (%#)',
      async (_input, variable, value, says) => {
        const before = await tagsOf('inject/app');
        const tag = `${reg.host}/inject/app:invalid`;
        const r = await runE2e(
          { ...idToken(), ...sigstoreInputs(), SIGNET_TAGS: tag, [variable]: value(reg.host) },
          { keepTemp: true },
        );
        expect(pwnedFiles(r)).toEqual([]);
        expectJob(r, 'failure');
        const errors = errorsOf(r);
        expect(errors).toHaveLength(1);
        expect(errors[0]!.split('\n')).toHaveLength(1);
        expect(errors[0]).toMatch(says);
        expect(await localImageExists(tag)).toBe(false);
        expect(await tagsOf('inject/app')).toEqual(before);
      },
    );

    it('the error for an invalid tags value names the input', async () => {
      const r = await runE2e({ ...idToken(), ...sigstoreInputs(), SIGNET_TAGS: `${reg.host}/inject/App:1` });
      expectJob(r, 'failure');
      expect(errorsOf(r)).toEqual([expect.stringMatching(/^input tags\b/)]);
    });
  });

  describe('secrets given as plain inputs (not `secrets.*`, which act masks itself)', () => {
    let keys: string;
    let image: { tag: string; digest: string };
    const keyPassword = `key pw ${Date.now().toString(36)} "quoted"`;
    beforeAll(async () => {
      keys = mkdtempSync(join(work, 'mask-keys-'));
      expect(
        (await signet(['generate-key-pair'], { cwd: keys, env: { COSIGN_PASSWORD: keyPassword } })).code,
      ).toBe(0);
      // An image pushed by another step: `build: none` below signs it.
      const tag = `${reg.host}/masked/app:1`;
      const env = { ...bed.docker!.env, DOCKER_CONFIG: reg.dockerConfigDir, DOCKER_BUILDKIT: '0' };
      await runOk(['docker', 'build', '-q', '-t', tag, join(REPO_ROOT, CONTEXT)], { env });
      const pushed = await runOk(['docker', 'push', tag], { env });
      image = { tag, digest: /digest: (sha256:[0-9a-f]{64})/.exec(pushed.stdout)![1]! };
    });

    /** Everything act printed, but for the `::add-mask::` commands themselves (act's JSON log keeps the
     *  masked value in their `arg`/`raw` fields; GitHub shows no such line). */
    function shown(r: ActResult): string {
      const kept = r.stdout.split('\n').filter((line) => {
        if (!line.startsWith('{')) return true;
        try {
          return (JSON.parse(line) as ActLogEntry).command !== 'add-mask';
        } catch {
          return true;
        }
      });
      return `${kept.join('\n')}\n${r.stderr}`;
    }

    /** Signs `image` with the key, the registry's credentials given only as inputs (no docker config). */
    function signWithKey(password: string, registryPassword: string): Promise<ActResult> {
      const noConfig = mkdtempSync(join(work, 'no-docker-config-'));
      writeFileSync(join(noConfig, 'config.json'), '{}');
      return runE2e({
        ...sigstoreInputs(),
        DOCKER_CONFIG: noConfig,
        SIGNET_BUILD: 'none',
        SIGNET_TAGS: image.tag,
        SIGNET_DIGEST: image.digest,
        SIGNET_KEY: join(keys, 'cosign.key'),
        SIGNET_KEY_PASSWORD: password,
        SIGNET_REGISTRY_USERNAME: reg.username!,
        SIGNET_REGISTRY_PASSWORD: registryPassword,
      });
    }

    it('key-password and registry-password work and never appear in the log', async () => {
      const r = await signWithKey(keyPassword, reg.password!);
      expectJob(r, 'success');
      expect(r.outputs.signet).toMatchObject({
        image: `${reg.host}/masked/app@${image.digest}`,
        verified: 'true',
      });
      expect(r.summary).toContain('expected the signing key');
      // The Action registered both with the runner, which then masks them wherever they would appear…
      expect(commands(r, 'add-mask')).toEqual(expect.arrayContaining([keyPassword, reg.password!]));
      // …and nothing printed either.
      expect(shown(r)).not.toContain(keyPassword);
      expect(shown(r)).not.toContain(reg.password!);
      const verified = await cosign([
        'verify',
        '--allow-http-registry',
        `--key=${join(keys, 'cosign.pub')}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        `${reg.host}/masked/app@${image.digest}`,
      ]);
      expect(verified.code).toBe(0);
    });

    it('registry-username/-password also reach the builder: docker pushes with them (no docker config)', async () => {
      const noConfig = mkdtempSync(join(work, 'no-docker-config-'));
      writeFileSync(join(noConfig, 'config.json'), '{}');
      const r = await runE2e({
        ...sigstoreInputs(),
        DOCKER_CONFIG: noConfig,
        SIGNET_BUILD: 'docker',
        SIGNET_TAGS: `${reg.host}/masked/built:1`,
        SIGNET_KEY: join(keys, 'cosign.key'),
        SIGNET_KEY_PASSWORD: keyPassword,
        SIGNET_REGISTRY_USERNAME: reg.username!,
        SIGNET_REGISTRY_PASSWORD: reg.password!,
      });
      expectJob(r, 'success');
      expect(r.outputs.signet).toMatchObject({ verified: 'true' });
      expect(r.outputs.signet!.image).toMatch(new RegExp(`^${reg.host}/masked/built@sha256:[0-9a-f]{64}$`));
      expect(shown(r)).not.toContain(reg.password!);
      // The user's own docker config is left as it was.
      expect(readFileSync(join(noConfig, 'config.json'), 'utf8')).toBe('{}');
    });

    it('a wrong key password or registry password fails without printing either', async () => {
      const wrongKey = `wrong key pw ${Date.now().toString(36)}`;
      const r1 = await signWithKey(wrongKey, reg.password!);
      expectJob(r1, 'failure');
      expect(errorsOf(r1)).toEqual([expect.stringMatching(/^wrong password for .*\[KEY_WRONG_PASSWORD\]$/)]);
      expect(shown(r1)).not.toContain(wrongKey);
      expect(shown(r1)).not.toContain(reg.password!);

      const wrongRegistry = `wrong-registry-pw-${Date.now().toString(36)}`;
      const r2 = await signWithKey(keyPassword, wrongRegistry);
      expectJob(r2, 'failure');
      expect(errorsOf(r2)).toEqual([
        expect.stringMatching(/refused the credentials.*\[REGISTRY_UNAUTHORIZED\]$/),
      ]);
      expect(shown(r2)).not.toContain(wrongRegistry);
      expect(shown(r2)).not.toContain(keyPassword);
    });
  });
});
