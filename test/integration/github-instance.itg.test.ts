// `sigstore-instance: github`: GitHub's trusted root fetched through TUF with @sigstore/tuf, from a
// loopback TUF repository standing in for https://tuf-repo.github.com (unreachable here; test/support/
// tuf-repo.ts signs real TUF metadata), and a private repository's release file signed by the bed's
// GitHub-shaped instance (test/bed/sigstore-github.ts: the real Fulcio with a CA named "GitHub, Inc." and
// no CT log, the real TSA, no Rekor) in place of GitHub's own. The trusted root Signet writes to its
// outputs is what gh (which picks its GitHub policy by that CA name) and cosign then verify the file with.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { startBed, type Bed, type GitHubSigstoreBed } from '../bed/index.ts';
import { GITHUB_JOB_WORKFLOW_REF, GITHUB_REPOSITORY } from '../bed/oidc.ts';
import { processHost, type Host } from '../../src/ci/common/host.ts';
import { INPUTS } from '../../src/ci/common/inputs.ts';
import { githubProvenance } from '../../src/ci/common/provenance-context.ts';
import { runCi } from '../../src/ci/common/run-ci.ts';
import { resolveSigstoreInstance } from '../../src/ci/common/sigstore-instance.ts';
import { fetchGitHubTrustedRoot } from '../../src/verify/index.ts';
import { toolPath } from '../bed/tools.ts';
import { ghAttestationVerify, verifiedPredicateTypes, writeGhTrustedRoot } from '../support/gh.ts';
import { run } from '../support/run.ts';
import { signetFromSource } from '../support/cli.ts';
import { startTufRepoStandIn, type TufRepoStandIn } from '../support/tuf-repo.ts';

let bed: Bed;
let github: GitHubSigstoreBed;
let tuf: TufRepoStandIn;
let dir: string;
let rootPath: string;
/** The GitHub-shaped instance's trust: Fulcio and a TSA, no Rekor, no CT log. */
let githubShaped: Record<string, unknown>;

beforeAll(async () => {
  bed = await startBed({ registries: [], githubSigstore: true });
  github = bed.githubSigstore!;
  dir = join(bed.dir, 'github-instance');
  mkdirSync(join(dir, 'home'), { recursive: true });
  githubShaped = github.trustedRoot;
  tuf = await startTufRepoStandIn(githubShaped);
  rootPath = join(dir, 'tuf-root.json');
  writeFileSync(rootPath, tuf.rootJSON);
});
afterAll(async () => {
  await tuf?.stop();
  await bed?.stop();
});

describe('resolveSigstoreInstance', () => {
  it.each([
    ['auto', 'private', false, false, 'github'],
    ['auto', 'internal', false, false, 'github'],
    ['auto', 'public', false, false, 'public-good'],
    ['auto', undefined, false, false, 'public-good'],
    ['auto', 'private', true, false, 'custom'],
    ['auto', 'private', false, true, 'custom'],
    ['public-good', 'private', false, false, 'public-good'],
    ['github', 'public', false, false, 'github'],
  ] as const)(
    '%s for a %s repository (custom inputs %s, key %s) is %s',
    (choice, visibility, custom, key, want) => {
      expect(resolveSigstoreInstance(choice, { visibility, custom, key })).toBe(want);
    },
  );

  it('refuses another value in one line', () => {
    expect(() => resolveSigstoreInstance('staging', { custom: false, key: false })).toThrow(
      'input sigstore-instance takes auto, public-good, github or custom, got "staging"',
    );
  });
});

describe('fetchGitHubTrustedRoot through TUF', () => {
  it('returns the trusted root the repository signs for', async () => {
    const root = await fetchGitHubTrustedRoot({
      cachePath: join(dir, 'tuf-cache-1'),
      rootPath,
      mirrorURL: tuf.url,
    });
    expect(TrustedRoot.toJSON(root)).toEqual(TrustedRoot.toJSON(TrustedRoot.fromJSON(githubShaped)));
    expect(tuf.requests).toEqual(
      expect.arrayContaining([
        'timestamp.json',
        'snapshot.json',
        'targets.json',
        'targets/trusted_root.json',
      ]),
    );
  });

  it('fails closed with VERIFY_INVALID_TRUST for a root of trust the repository is not signed by', async () => {
    const other = await startTufRepoStandIn(githubShaped);
    try {
      await expect(
        fetchGitHubTrustedRoot({ cachePath: join(dir, 'tuf-cache-2'), rootPath, mirrorURL: other.url }),
      ).rejects.toMatchObject({ code: 'VERIFY_INVALID_TRUST', message: expect.stringContaining(other.url) });
    } finally {
      await other.stop();
    }
  });
});

/** Runs the Action's pipeline for a private repository's release file with `values` as its inputs. */
function runPrivate(name: string, values: Record<string, string>) {
  const file = join(dir, name);
  writeFileSync(file, `private ${Math.random()}`);
  const env = {
    ...process.env,
    HOME: join(dir, 'home'),
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY,
    GITHUB_WORKFLOW_REF: GITHUB_JOB_WORKFLOW_REF,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_RUN_ID: '9',
    SIGSTORE_ID_TOKEN: bed.oidc!.githubToken({ repository_visibility: 'private' }),
    SIGNET_GITHUB_TUF_URL: tuf.url,
    SIGNET_GITHUB_TUF_ROOT: rootPath,
  };
  const host: Host = { ...processHost(), env, cwd: dir };
  const all = { 'subject-path': name, 'push-to-github': 'false', ...values };
  const notes: string[] = [];
  const result = runCi({
    name: 'github',
    host,
    input: (n) =>
      all[n as keyof typeof all] ?? INPUTS.find((i) => i.name === n)!.default.replace(/^\$\{\{.*\}\}$/, ''),
    log: { info: (m) => notes.push(m), notice: (m) => notes.push(m), warning: (m) => notes.push(m) },
    mask: () => {},
    outputDir: join(dir, `out-${name}`),
    runIdentity: () => undefined,
    provenance: (claims) => githubProvenance(env, claims),
    visibility: 'private',
  });
  return { file, notes, result };
}

interface BundleJSON {
  verificationMaterial: {
    certificate: { rawBytes: string };
    tlogEntries?: unknown[];
    timestampVerificationData: { rfc3161Timestamps: unknown[] };
  };
}

/** Checks the bundle is what GitHub's instance makes: a "GitHub, Inc." certificate without SCT, a TSA timestamp, no tlog entry. */
function expectGitHubShaped(bundlePath: string): void {
  const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as BundleJSON;
  expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
  expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
  const cert = new x509.X509Certificate(
    Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'),
  );
  expect(cert.issuerName.getField('O')).toEqual(['GitHub, Inc.']);
  // No CT log: no embedded SCT list (RFC 6962 OID 1.3.6.1.4.1.11129.2.4.2).
  expect(cert.extensions.map((e) => e.type)).not.toContain('1.3.6.1.4.1.11129.2.4.2');
}

/** gh attestation verify of `file` with the trusted root at `trusted`, and `extra` flags. */
const ghVerify = (file: string, trusted: string, extra: string[]) =>
  ghAttestationVerify(
    [file, '--bundle', `${file}.sigstore.json`, '--custom-trusted-root', trusted, ...extra],
    {
      dir: join(dir, 'gh'),
    },
  );

describe('runCi with sigstore-instance github, for a private repository', () => {
  it("signs without Rekor, writes GitHub's trusted root to the outputs, and gh verifies with it", async () => {
    // GitHub's Fulcio and TSA cannot be reached: the bed's GitHub-shaped ones stand in (a set fulcio-url/tsa-url wins).
    const values: Record<string, string> = {
      'sigstore-instance': 'auto',
      'fulcio-url': github.fulcioURL,
      'tsa-url': github.tsaURL,
    };
    // auto with fulcio-url/tsa-url set is custom: Rekor stays the public one, and the refusal stands.
    await expect(runPrivate('private-tool', values).result).rejects.toThrow(
      /repository is private: keyless signing would publish/,
    );
    const before = { ...github.counters };
    const { file, notes, result } = runPrivate('private-tool', {
      ...values,
      'sigstore-instance': 'github',
    });
    const gh = await result;
    expect(notes.join('\n')).toContain("signing with GitHub's Sigstore instance");
    expect([
      github.counters.certificates - before.certificates,
      github.counters.timestamps - before.timestamps,
    ]).toEqual([1, 1]);
    const trusted = gh.outputs['trusted-root-path']!;
    expect(JSON.parse(readFileSync(trusted, 'utf8'))).toEqual(
      TrustedRoot.toJSON(TrustedRoot.fromJSON(githubShaped)),
    );
    expectGitHubShaped(`${file}.sigstore.json`);
    const r = await ghVerify(file, trusted, ['--repo', GITHUB_REPOSITORY]);
    expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(verifiedPredicateTypes(r)).toEqual(['https://slsa.dev/provenance/v1']);
    // cosign with the same trusted root, the way GitHub's instance is verified: no tlog, no CT log,
    // the signing time from the TSA.
    const cosign = (identity: string) =>
      run(
        [
          toolPath('cosign'),
          'verify-blob-attestation',
          '--bundle',
          `${file}.sigstore.json`,
          '--trusted-root',
          trusted,
          '--type',
          'slsaprovenance1',
          '--insecure-ignore-tlog=true',
          '--insecure-ignore-sct=true',
          '--use-signed-timestamps=true',
          '--certificate-identity',
          identity,
          '--certificate-oidc-issuer',
          'https://token.actions.githubusercontent.com',
          file,
        ],
        { env: { HOME: join(dir, 'home'), TUF_ROOT: join(dir, 'home', 'tuf') } },
      );
    const ok = await cosign(`https://github.com/${GITHUB_JOB_WORKFLOW_REF}`);
    expect({ code: ok.code, stderr: ok.code === 0 ? '' : ok.stderr }).toEqual({ code: 0, stderr: '' });
    expect(
      (await cosign('https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main')).code,
    ).not.toBe(0);
    expect((await ghVerify(file, trusted, ['--repo', 'evil/app'])).code).not.toBe(0);
  });

  it("signs with the instance's signing config (no public log) and gh verifies it on GitHub's policy path", async () => {
    // sigstore-instance auto with a signing config is `custom`: the public-logs check reads the config,
    // which names no Rekor, so the private repository may sign.
    const before = { ...github.counters };
    const { file, notes, result } = runPrivate('private-tool-config', {
      'sigstore-instance': 'auto',
      'signing-config': github.signingConfigPath,
      'trusted-root': github.trustedRootPath,
    });
    await result;
    expect(notes.join('\n')).not.toMatch(/public (Sigstore|Rekor|logs)/);
    expect([
      github.counters.certificates - before.certificates,
      github.counters.timestamps - before.timestamps,
    ]).toEqual([1, 1]);
    expectGitHubShaped(`${file}.sigstore.json`);
    // Signet verifies it with the instance's trusted root: no tlog entry (TSA time), no SCT (no CT log).
    const mine = await signetFromSource(
      [
        'verify-blob',
        `--bundle=${file}.sigstore.json`,
        '--type=slsaprovenance1',
        `--certificate-identity=https://github.com/${GITHUB_JOB_WORKFLOW_REF}`,
        '--certificate-oidc-issuer=https://token.actions.githubusercontent.com',
        `--trusted-root=${github.trustedRootPath}`,
        '--insecure-ignore-tlog',
        file,
      ],
      { env: { HOME: join(dir, 'home') }, cwd: dir, timeoutMs: 60_000 },
    );
    expect({ code: mine.code, stderr: mine.stderr }).toEqual({
      code: 0,
      stderr: expect.stringMatching(/^warning: --insecure-ignore-tlog: .*\n$/),
    });
    const trusted = writeGhTrustedRoot(join(dir, 'gh-root'), github.trustedRoot);
    const workflow = GITHUB_JOB_WORKFLOW_REF.replace(/@.*$/, '');
    const ok = await ghVerify(file, trusted, [
      '--owner',
      GITHUB_REPOSITORY.split('/')[0]!,
      '--signer-workflow',
      workflow,
    ]);
    expect({ code: ok.code, stderr: ok.code === 0 ? '' : ok.stderr }).toEqual({ code: 0, stderr: '' });
    expect(verifiedPredicateTypes(ok)).toEqual(['https://slsa.dev/provenance/v1']);
    // gh read the issuer it chose its policy by from the certificate (sigstore-go's certificate summary).
    expect(ok.verified[0]?.verificationResult?.signature?.certificate?.certificateIssuer).toMatch(
      /GitHub\\?, Inc\./,
    );
    // Fails closed: another owner, another workflow, and the public-good policy's trust (a root without
    // this CA) each refuse it.
    expect((await ghVerify(file, trusted, ['--owner', 'evil'])).code).not.toBe(0);
    const otherWorkflow = await ghVerify(file, trusted, [
      '--repo',
      GITHUB_REPOSITORY,
      '--signer-workflow',
      `${GITHUB_REPOSITORY}/.github/workflows/other.yml`,
    ]);
    // Refused by the verification, not by gh's flag parsing.
    expect({
      code: otherWorkflow.code === 0,
      usage: /unknown flag|flags in the group|Usage:/.test(otherWorkflow.stderr),
    }).toEqual({ code: false, usage: false });
    const noCa = writeGhTrustedRoot(join(dir, 'gh-root-no-ca'), {
      ...github.trustedRoot,
      certificateAuthorities: [],
    });
    expect((await ghVerify(file, noCa, ['--repo', GITHUB_REPOSITORY])).code).not.toBe(0);
  });
});
