// `sigstore-instance: github`: GitHub's trusted root fetched through TUF with @sigstore/tuf, from a
// loopback TUF repository standing in for https://tuf-repo.github.com (unreachable here; test/support/
// tuf-repo.ts signs real TUF metadata), and a private repository's release file signed the way GitHub's
// instance signs (Fulcio and a timestamp authority, no Rekor) with the bed's Fulcio and TSA in place of
// GitHub's. The trusted root Signet writes to its outputs is what gh and cosign then verify the file with.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { startBed, type Bed } from '../bed/index.ts';
import { GITHUB_JOB_WORKFLOW_REF, GITHUB_REPOSITORY } from '../bed/oidc.ts';
import { processHost, type Host } from '../../src/ci/common/host.ts';
import { INPUTS } from '../../src/ci/common/inputs.ts';
import { githubProvenance } from '../../src/ci/common/provenance-context.ts';
import { runCi } from '../../src/ci/common/run-ci.ts';
import { resolveSigstoreInstance } from '../../src/ci/common/sigstore-instance.ts';
import { fetchGitHubTrustedRoot } from '../../src/verify/index.ts';
import { toolPath } from '../bed/tools.ts';
import { ghAttestationVerify, verifiedPredicateTypes } from '../support/gh.ts';
import { run } from '../support/run.ts';
import { startTufRepoStandIn, type TufRepoStandIn } from '../support/tuf-repo.ts';

let bed: Bed;
let tuf: TufRepoStandIn;
let dir: string;
let rootPath: string;
/** The bed's trust, shaped like GitHub's instance: Fulcio and a TSA, no Rekor, no CT log. */
let githubShaped: Record<string, unknown>;

beforeAll(async () => {
  bed = await startBed({ registries: [], sigstore: true, oidc: true });
  dir = join(bed.dir, 'github-instance');
  mkdirSync(join(dir, 'home'), { recursive: true });
  githubShaped = { ...bed.sigstore!.trustedRoot, tlogs: [], ctlogs: [] };
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

describe('runCi with sigstore-instance github, for a private repository', () => {
  it("signs without Rekor, writes GitHub's trusted root to the outputs, and gh verifies with it", async () => {
    const file = join(dir, 'private-tool');
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
    // GitHub's Fulcio and TSA cannot be reached: the bed's stand in (a set fulcio-url/tsa-url wins).
    const values: Record<string, string> = {
      'sigstore-instance': 'auto',
      'fulcio-url': bed.sigstore!.fulcioURL,
      'tsa-url': bed.sigstore!.tsaURL,
      'subject-path': 'private-tool',
      'push-to-github': 'false',
    };
    const notes: string[] = [];
    // auto with fulcio-url/tsa-url set is custom: Rekor stays the public one, and the refusal stands.
    await expect(
      runCi({
        name: 'github',
        host,
        input: (n) => values[n] ?? INPUTS.find((i) => i.name === n)!.default.replace(/^\$\{\{.*\}\}$/, ''),
        log: { info: (m) => notes.push(m), notice: (m) => notes.push(m), warning: (m) => notes.push(m) },
        mask: () => {},
        outputDir: join(dir, 'out'),
        runIdentity: () => undefined,
        provenance: (claims) => githubProvenance(env, claims),
        visibility: 'private',
      }),
    ).rejects.toThrow(/repository is private: keyless signing would publish/);
    values['sigstore-instance'] = 'github';
    notes.length = 0;
    const gh = await runCi({
      name: 'github',
      host,
      input: (n) => values[n] ?? INPUTS.find((i) => i.name === n)!.default.replace(/^\$\{\{.*\}\}$/, ''),
      log: { info: (m) => notes.push(m), notice: (m) => notes.push(m), warning: (m) => notes.push(m) },
      mask: () => {},
      outputDir: join(dir, 'out'),
      runIdentity: () => undefined,
      provenance: (claims) => githubProvenance(env, claims),
      visibility: 'private',
    });
    expect(notes.join('\n')).toContain("signing with GitHub's Sigstore instance");
    const trusted = gh.outputs['trusted-root-path']!;
    expect(JSON.parse(readFileSync(trusted, 'utf8'))).toEqual(
      TrustedRoot.toJSON(TrustedRoot.fromJSON(githubShaped)),
    );
    const bundle = JSON.parse(readFileSync(`${file}.sigstore.json`, 'utf8')) as {
      verificationMaterial: {
        tlogEntries: unknown[];
        timestampVerificationData: { rfc3161Timestamps: unknown[] };
      };
    };
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    const r = await ghAttestationVerify(
      [
        file,
        '--bundle',
        `${file}.sigstore.json`,
        '--repo',
        GITHUB_REPOSITORY,
        '--custom-trusted-root',
        trusted,
      ],
      { dir: join(dir, 'gh') },
    );
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
    const other = await ghAttestationVerify(
      [file, '--bundle', `${file}.sigstore.json`, '--repo', 'evil/app', '--custom-trusted-root', trusted],
      { dir: join(dir, 'gh') },
    );
    expect(other.code).not.toBe(0);
  });
});
