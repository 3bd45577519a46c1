// The CI adapters' own rules: each CI's default identity, fork pull requests, dotenv outputs, how input
// text is typed, and the refusal to sign a private project keyless on the public logs (made before
// anything is built, pushed or requested).
import { isForkPullRequest } from '../../../src/ci/github/action.ts';
import { DOTENV_MAX_BYTES, toDotenv, toDotenvLine } from '../../../src/ci/gitlab/component.ts';
import { githubIssuer, githubRunIdentity, gitlabRunIdentity } from '../../../src/ci/common/identity.ts';
import { readCiInputs, runCi, type CiAdapter } from '../../../src/ci/common/run-ci.ts';
import { INPUTS, parseInputList, toGitLabInputVariable } from '../../../src/ci/common/inputs.ts';
import type { Host } from '../../../src/ci/common/host.ts';

describe('the GitHub run identity', () => {
  const env = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/ci.yml@refs/heads/main',
  };

  it("is the token's job_workflow_ref (a reusable workflow's own file) and issuer", () => {
    expect(
      githubRunIdentity(env, {
        iss: 'https://token.actions.githubusercontent.com',
        job_workflow_ref: 'acme/shared/.github/workflows/release.yml@refs/tags/v2',
      }),
    ).toEqual({
      identity: 'https://github.com/acme/shared/.github/workflows/release.yml@refs/tags/v2',
      issuer: 'https://token.actions.githubusercontent.com',
    });
  });

  it('falls back to GITHUB_WORKFLOW_REF without a token, with the issuer of this GitHub', () => {
    expect(githubRunIdentity(env, undefined)).toEqual({
      identity: 'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
    });
    expect(githubIssuer('https://ghes.example.com/')).toBe('https://ghes.example.com/_services/token');
    expect(githubRunIdentity({}, undefined)).toBeUndefined();
  });
});

describe('a fork pull request', () => {
  const repository = { full_name: 'acme/app' };
  it.each([
    [
      'a fork',
      'pull_request',
      { repository, pull_request: { head: { repo: { fork: true, full_name: 'eve/app' } } } },
      true,
    ],
    ['a deleted fork', 'pull_request', { repository, pull_request: { head: { repo: null } } }, true],
    [
      'a branch of the repository',
      'pull_request',
      { repository, pull_request: { head: { repo: { fork: false, full_name: 'acme/app' } } } },
      false,
    ],
    ['a push', 'push', { repository }, false],
  ] as const)('%s', (_name, event, payload, fork) => {
    expect(isForkPullRequest(event, payload)).toBe(fork);
  });
});

describe('the GitLab run identity', () => {
  it("is https:// + the token's ci_config_ref_uri and its issuer", () => {
    expect(
      gitlabRunIdentity(
        {},
        { iss: 'https://gitlab.com', ci_config_ref_uri: 'gitlab.com/g/p//.gitlab-ci.yml@refs/heads/main' },
      ),
    ).toEqual({
      identity: 'https://gitlab.com/g/p//.gitlab-ci.yml@refs/heads/main',
      issuer: 'https://gitlab.com',
    });
  });

  it('is built from CI_* without a token: heads for branches, tags for tags', () => {
    const env = {
      CI_PROJECT_URL: 'https://gitlab.example.com/g/p',
      CI_CONFIG_PATH: '.gitlab-ci.yml',
      CI_COMMIT_REF_NAME: 'v1.2.3',
      CI_SERVER_URL: 'https://gitlab.example.com',
    };
    expect(gitlabRunIdentity(env, undefined)?.identity).toBe(
      'https://gitlab.example.com/g/p//.gitlab-ci.yml@refs/heads/v1.2.3',
    );
    expect(gitlabRunIdentity({ ...env, CI_COMMIT_TAG: 'v1.2.3' }, undefined)).toEqual({
      identity: 'https://gitlab.example.com/g/p//.gitlab-ci.yml@refs/tags/v1.2.3',
      issuer: 'https://gitlab.example.com',
    });
  });
});

it('dotenv outputs are SIGNET_<NAME>=value lines and refuse newlines', () => {
  expect(toDotenvLine('platform-digests', '{"linux/amd64":"sha256:ab"}')).toBe(
    'SIGNET_PLATFORM_DIGESTS={"linux/amd64":"sha256:ab"}',
  );
  expect(() => toDotenvLine('image', 'a\nSIGNET_VERIFIED=true')).toThrow(/newline/);
  expect(toGitLabInputVariable('certificate-oidc-issuer')).toBe('SIGNET_INPUT_CERTIFICATE_OIDC_ISSUER');
});

describe('input text', () => {
  const adapter = (values: Record<string, string>) => ({
    name: 'github' as const,
    input: (n: string) => values[n] ?? INPUTS.find((i) => i.name === n)!.default,
  });

  it('types booleans, choices and lists (commas split names, not build args)', () => {
    const flags = readCiInputs(
      adapter({ tags: 'r/a:1, r/a:2\nr/a:3', 'build-args': 'A=1,2\nB=3', 'tlog-upload': 'False' }),
    );
    expect(flags.tags).toEqual(['r/a:1', 'r/a:2', 'r/a:3']);
    expect(flags['build-args']).toEqual(['A=1,2', 'B=3']);
    expect(flags['tlog-upload']).toBe(false);
    expect(flags['signature-format']).toBe('both');
    expect(parseInputList('# comment\n\nx', false)).toEqual(['x']);
  });

  it.each([
    ['sign', 'yes', 'input sign takes true or false, got "yes"'],
    ['signature-format', 'cosign', 'input signature-format takes both, legacy, bundle, got "cosign"'],
    ['certificate-identity', 'a\n$(touch pwned)', 'input certificate-identity must be one line'],
  ])('refuses %s: %j with one line naming the input', (name, value, message) => {
    expect(() => readCiInputs(adapter({ [name]: value }))).toThrow(message);
  });

  it('reads an input marked for one surface only there (the CLI takes the registry login too)', () => {
    const values = { 'key-password': ' secret ', 'registry-username': 'u', secrets: 'A=1' };
    const read = (name: 'github' | 'gitlab' | 'cli') =>
      readCiInputs({
        name,
        input: (n) => values[n as keyof typeof values] ?? INPUTS.find((i) => i.name === n)!.default,
      });
    // A secret is taken as given (a password may end in a space).
    expect(read('github')).toMatchObject({
      'key-password': ' secret ',
      'registry-username': 'u',
      secrets: ['A=1'],
    });
    expect(read('gitlab')).toMatchObject({
      'key-password': undefined,
      'registry-username': undefined,
      secrets: [],
    });
    expect(read('cli')).toMatchObject({ 'key-password': undefined, 'registry-username': 'u', secrets: [] });
  });
});

describe('a private repository signed keyless', () => {
  const host: Host = {
    env: {},
    cwd: '/nonexistent',
    readFile: () => Promise.reject(new Error('no file reads expected')),
    readDir: () => Promise.reject(new Error('no reads expected')),
    writeFile: () => Promise.reject(new Error('no writes expected')),
    stdout: () => {},
    stderr: () => {},
    interactive: false,
    promptSecret: () => Promise.reject(new Error('no prompts')),
    fetch: () => Promise.reject(new Error('no network expected')),
  };
  const run = (values: Record<string, string>, visibility: CiAdapter['visibility']) => {
    const stages: string[] = [];
    const warnings: string[] = [];
    const adapter: CiAdapter = {
      name: 'github',
      host,
      // public-good explicitly: `auto` picks GitHub's own instance for a non-public repository.
      input: (n) =>
        ({ 'sigstore-instance': 'public-good', ...values })[n] ?? INPUTS.find((i) => i.name === n)!.default,
      log: { info: () => {}, notice: () => {}, warning: (m) => warnings.push(m) },
      mask: () => {},
      outputDir: '/nonexistent/out',
      runIdentity: () => undefined,
      provenance: () => ({ missing: 'test' }),
      visibility,
      onStage: (s) => stages.push(s),
    };
    return { promise: runCi(adapter), stages, warnings };
  };

  it('is refused before anything runs, with every way out named', async () => {
    const { promise, stages } = run({ tags: '127.0.0.1:1/acme/app:1' }, 'private');
    await expect(promise).rejects.toThrow(
      /repository is private: keyless signing would publish.*sign with a key.*private Sigstore.*timestamp authority instead of Rekor.*allow-public-logs: true/,
    );
    expect(stages).toEqual([]);
  });

  // Every keyless signature counts: SBOM attestations and provenance publish the names as well.
  it.each([
    ['SBOM attestations only', { sign: 'false', 'attest-sbom': 'true', 'attest-provenance': 'false' }],
    ['provenance only', { sign: 'false', 'attest-sbom': 'false', 'attest-provenance': 'true' }],
    ['signatures only', { sign: 'true', 'attest-sbom': 'false', 'attest-provenance': 'false' }],
  ])('is refused when signing %s keyless', async (_what, values) => {
    const { promise, stages } = run({ tags: '127.0.0.1:1/acme/app:1', ...values }, 'private');
    await expect(promise).rejects.toThrow(/repository is private: keyless signing would publish/);
    expect(stages).toEqual([]);
  });

  it('is not asked when nothing is signed keyless', async () => {
    const none = run(
      {
        tags: '127.0.0.1:1/acme/app:1',
        build: 'none',
        digest: `sha256:${'a'.repeat(64)}`,
        sign: 'false',
        'attest-sbom': 'false',
        'attest-provenance': 'false',
      },
      'private',
    );
    await expect(none.promise).rejects.not.toThrow(/keyless signing would publish/);
    expect(none.stages).toEqual(['build']);
  });

  it('internal repositories too; public ones are not asked', async () => {
    await expect(run({ tags: '127.0.0.1:1/acme/app:1' }, 'internal').promise).rejects.toThrow(/is internal/);
    // A public repository goes on to the build (which fails here: no Docker, no registry). A loopback
    // rekor-url keeps the default signing config (public-good's, from TUF) out of this offline test.
    const pub = run(
      {
        tags: '127.0.0.1:1/acme/app:1',
        build: 'none',
        digest: `sha256:${'a'.repeat(64)}`,
        'rekor-url': 'http://127.0.0.1:1',
      },
      'public',
    );
    await expect(pub.promise).rejects.not.toThrow(/keyless signing would publish/);
    expect(pub.stages).toEqual(['build']);
  });
});

describe('a private repository signed keyless with a signing config', () => {
  const svc = (url: string, majorApiVersion = 1) => ({
    url,
    majorApiVersion,
    validFor: { start: '2025-01-01T00:00:00Z' },
    operator: 'x',
  });
  const config = (rekorTlogUrls: unknown[], caUrl = 'https://fulcio.internal.example') =>
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [svc(caUrl)],
      rekorTlogUrls,
      tsaUrls: [svc('https://tsa.internal.example/api/v1/timestamp')],
      rekorTlogConfig: { selector: 'ANY' },
      tsaConfig: { selector: 'ANY' },
    });
  const run = (text: string, values: Record<string, string> = {}) => {
    const stages: string[] = [];
    const warnings: string[] = [];
    const host: Host = {
      env: {},
      cwd: '/nonexistent',
      readFile: (p) =>
        p === '/cfg/signing_config.json'
          ? Promise.resolve(Buffer.from(text))
          : Promise.reject(new Error(`no ${p}`)),
      readDir: () => Promise.reject(new Error('no reads expected')),
      writeFile: () => Promise.reject(new Error('no writes expected')),
      stdout: () => {},
      stderr: () => {},
      interactive: false,
      promptSecret: () => Promise.reject(new Error('no prompts')),
      fetch: () => Promise.reject(new Error('no network expected')),
    };
    const all: Record<string, string> = {
      tags: '127.0.0.1:1/acme/app:1',
      build: 'none',
      digest: `sha256:${'a'.repeat(64)}`,
      'signing-config': '/cfg/signing_config.json',
      ...values,
    };
    const adapter: CiAdapter = {
      name: 'github',
      host,
      input: (n) => all[n] ?? INPUTS.find((i) => i.name === n)!.default,
      log: { info: () => {}, notice: () => {}, warning: (m) => warnings.push(m) },
      mask: () => {},
      outputDir: '/nonexistent/out',
      runIdentity: () => undefined,
      provenance: () => ({ missing: 'test' }),
      visibility: 'private',
      onStage: (s) => stages.push(s),
    };
    return { promise: runCi(adapter), stages, warnings };
  };

  it('is refused when the config uploads to public-good Rekor v2, naming the log', async () => {
    const { promise, stages } = run(config([svc('https://log2025-1.rekor.sigstore.dev', 2)]));
    await expect(promise).rejects.toThrow(
      /repository is private: keyless signing would publish .* \(signing config \/cfg\/signing_config\.json uploads to https:\/\/log2025-1\.rekor\.sigstore\.dev\)/,
    );
    expect(stages).toEqual([]);
  });

  it('is refused when only the legacy format could reach public Rekor v1', async () => {
    const { promise } = run(
      config([svc('https://rekor.internal.example', 2), svc('https://rekor.sigstore.dev', 1)]),
    );
    await expect(promise).rejects.toThrow(/uploads to https:\/\/rekor\.sigstore\.dev\)/);
  });

  it('goes on with a private Rekor and Fulcio in the config (the build fails later: no registry here)', async () => {
    const r = run(
      config([svc('https://rekor.internal.example', 2), svc('https://rekor-v1.internal.example')]),
    );
    await expect(r.promise).rejects.not.toThrow(/keyless signing would publish/);
    expect(r.stages).toEqual(['build']);
    expect(r.warnings).toEqual([]);
  });

  it('goes on with a TSA-only config, warning that the public Fulcio still logs the certificate', async () => {
    const r = run(config([], 'https://fulcio.sigstore.dev'));
    await expect(r.promise).rejects.not.toThrow(/keyless signing would publish/);
    expect(r.warnings.join('\n')).toContain('the public Fulcio still logs the signing certificate');
  });

  it('is refused when a rekor-url override names public Rekor, whatever the config says', async () => {
    const { promise } = run(config([svc('https://rekor.internal.example', 2)]), {
      'rekor-url': 'https://rekor.sigstore.dev/',
    });
    await expect(promise).rejects.toThrow(/keyless signing would publish/);
  });
});

describe('the dotenv report', () => {
  it("writes paths inside the project relative to it (artifacts land in a later job's own folder)", () => {
    const { lines } = toDotenv(
      {
        digest: 'sha256:ab',
        'sbom-path': '/builds/g/p/signet/sbom-linux-amd64.cyclonedx.json',
        'policy-path': '/elsewhere/policy',
      },
      '/builds/g/p',
    );
    expect(lines).toEqual([
      'SIGNET_DIGEST=sha256:ab',
      'SIGNET_SBOM_PATH=signet/sbom-linux-amd64.cyclonedx.json',
      'SIGNET_POLICY_PATH=/elsewhere/policy',
    ]);
  });

  it('leaves out the big JSON outputs rather than exceed what GitLab accepts', () => {
    const signatures = JSON.stringify(
      Array.from({ length: 80 }, (_, i) => ({ subject: `sha256:${String(i).repeat(64).slice(0, 64)}` })),
    );
    const { lines, dropped } = toDotenv({ digest: 'sha256:ab', signatures, verified: 'true' }, '/p');
    expect(dropped).toEqual(['signatures']);
    expect(lines).toEqual(['SIGNET_DIGEST=sha256:ab', 'SIGNET_VERIFIED=true']);
    expect(lines.join('\n').length).toBeLessThanOrEqual(DOTENV_MAX_BYTES);
  });
});
