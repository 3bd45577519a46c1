// `signet attest` and `signet verify-attestation` (the built CLI) against the test bed and the real
// cosign v3.1.3: cosign verify-attestation accepts what Signet attests (keyless and key, legacy `.att`
// and bundle referrers, cyclonedx/spdxjson/slsaprovenance1), cosign download attestation returns the
// predicate as given, Signet verifies what cosign attests, and another identity is rejected.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run, runOk } from '../support/run.ts';
import { signet } from '../support/cli.ts';
import { pushImageWithCrane } from '../support/push-image.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const OTHER_IDENTITY = 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main';
const CYCLONEDX = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  version: 1,
  components: [{ type: 'library', name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' }],
};
const SPDX = { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'app', dataLicense: 'CC0-1.0' };
const PROVENANCE = {
  buildDefinition: {
    buildType: 'https://actions.github.io/buildtypes/workflow/v1',
    externalParameters: {
      workflow: {
        ref: 'refs/heads/main',
        repository: 'https://github.com/signet-bed/app',
        path: '.github/workflows/release.yml',
      },
    },
    internalParameters: { github: { event_name: 'push' } },
    resolvedDependencies: [
      { uri: 'git+https://github.com/signet-bed/app@refs/heads/main', digest: { gitCommit: 'a'.repeat(40) } },
    ],
  },
  runDetails: {
    builder: { id: IDENTITY },
    metadata: { invocationId: 'https://github.com/signet-bed/app/actions/runs/1/attempts/1' },
  },
};

let bed: Bed;
let work: string;

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous'], sigstore: true, oidc: true });
  work = mkdtempSync(join(bed.dir, 'e2e-attest-'));
});
afterAll(async () => {
  await bed?.stop();
});

const reg = (): BedRegistry => bed.registries.anonymous!;
/** Pushes a fresh one-layer image with crane and returns `host/repo@digest`. */
const pushImage = (repo = 'e2e/attest') => pushImageWithCrane(reg(), repo, work);

const envFor = (extra: Record<string, string> = {}) => ({
  DOCKER_CONFIG: reg().dockerConfigDir,
  HOME: work,
  TUF_ROOT: join(work, 'tuf'),
  ...extra,
});
const keylessFlags = () => [
  `--identity-token=${bed.oidc!.githubToken()}`,
  `--fulcio-url=${bed.sigstore!.fulcioURL}`,
  `--rekor-url=${bed.sigstore!.rekorURL}`,
  `--timestamp-server-url=${bed.sigstore!.tsaURL}`,
];
const identityFlags = (identity = IDENTITY) => [
  `--certificate-identity=${identity}`,
  `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
  `--trusted-root=${bed.sigstore!.trustedRootPath}`,
];
const cosign = (args: string[], env: Record<string, string>) =>
  run([toolPath('cosign'), ...args], { env, cwd: work });
const predicateFile = (name: string, predicate: unknown): string => {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(predicate, null, 2));
  return path;
};
/** The predicates of the statements in `cosign download attestation` output (DSSE envelopes, one a line). */
const downloadedPredicates = (stdout: string, predicateType: string): unknown[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { payload?: string; dsseEnvelope?: { payload: string } })
    .map((doc) => doc.payload ?? doc.dsseEnvelope?.payload ?? '')
    .map(
      (p) =>
        JSON.parse(Buffer.from(p, 'base64').toString('utf8')) as {
          predicateType: string;
          predicate: unknown;
        },
    )
    .filter((s) => s.predicateType === predicateType)
    .map((s) => s.predicate);

describe('signet attest (keyless, both formats)', () => {
  it('cosign verify-attestation accepts each format, download returns the predicate, another identity fails', async () => {
    const image = await pushImage();
    const env = envFor();
    const attested = await signet(
      [
        'attest',
        ...keylessFlags(),
        '--predicate',
        predicateFile('bom.json', CYCLONEDX),
        '--type',
        'cyclonedx',
        image,
      ],
      { env },
    );
    expect(attested.stderr).toMatch(/attested sha256:[0-9a-f]{64} \[legacy\] -> .*\.att/);
    expect(attested.stderr).toMatch(/attested sha256:[0-9a-f]{64} \[bundle\]/);
    expect(attested).toMatchObject({ code: 0, stdout: `${image}\n` });

    const verify = [
      'verify-attestation',
      '--allow-http-registry',
      '--type',
      'cyclonedx',
      ...identityFlags(),
      image,
    ];
    const bundle = await cosign(verify, env);
    expect(bundle.stderr).toContain('The cosign claims were validated');
    expect(bundle.code).toBe(0);
    const legacy = await cosign(['verify-attestation', '--new-bundle-format=false', ...verify.slice(1)], env);
    expect(legacy.stderr).toContain('The cosign claims were validated');
    expect(legacy.code).toBe(0);

    const download = await cosign(['download', 'attestation', '--allow-http-registry', image], env);
    expect(download.code).toBe(0);
    const predicates = downloadedPredicates(download.stdout, 'https://cyclonedx.org/bom');
    expect(predicates.length).toBeGreaterThanOrEqual(1);
    for (const p of predicates) expect(p).toEqual(CYCLONEDX);

    const mine = await signet(['verify-attestation', '--type', 'cyclonedx', ...identityFlags(), image], {
      env,
    });
    expect(mine.code).toBe(0);
    const statements = mine.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(statements).toHaveLength(2);
    for (const s of statements) {
      expect(s).toMatchObject({ predicateType: 'https://cyclonedx.org/bom', predicate: CYCLONEDX });
      expect(s.subject[0].digest.sha256).toBe(image.split(':').pop());
    }
    // Another predicate type is not there.
    const spdx = await signet(['verify-attestation', '--type', 'spdxjson', ...identityFlags(), image], {
      env,
    });
    expect(spdx.code).toBe(1);
    expect(spdx.stderr).toContain('ATTEST_NOT_FOUND');

    const other = await signet(
      ['verify-attestation', '--type', 'cyclonedx', ...identityFlags(OTHER_IDENTITY), image],
      { env },
    );
    expect(other.code).toBe(1);
    expect(other.stdout).toBe('');
    expect(other.stderr).toContain('VERIFY_IDENTITY_MISMATCH');
    const cosignOther = await cosign(
      [
        'verify-attestation',
        '--allow-http-registry',
        '--type',
        'cyclonedx',
        ...identityFlags(OTHER_IDENTITY),
        image,
      ],
      env,
    );
    expect(cosignOther.code).not.toBe(0);
  });

  it('spdxjson in the legacy format and slsaprovenance1 as a bundle verify with cosign', async () => {
    const image = await pushImage();
    const env = envFor();
    const spdx = await signet(
      [
        'attest',
        ...keylessFlags(),
        '--attestation-format=legacy',
        '--predicate',
        predicateFile('spdx.json', SPDX),
        '--type',
        'spdxjson',
        image,
      ],
      { env },
    );
    expect(spdx.code).toBe(0);
    const slsa = await signet(
      [
        'attest',
        ...keylessFlags(),
        '--attestation-format=bundle',
        '--predicate',
        predicateFile('slsa.json', PROVENANCE),
        '--type',
        'slsaprovenance1',
        image,
      ],
      { env },
    );
    expect(slsa.code).toBe(0);
    const v1 = await cosign(
      [
        'verify-attestation',
        '--new-bundle-format=false',
        '--allow-http-registry',
        '--type',
        'spdxjson',
        ...identityFlags(),
        image,
      ],
      env,
    );
    expect(v1.code).toBe(0);
    const v2 = await cosign(
      ['verify-attestation', '--allow-http-registry', '--type', 'slsaprovenance1', ...identityFlags(), image],
      env,
    );
    expect(v2.code).toBe(0);
    const download = await cosign(['download', 'attestation', '--allow-http-registry', image], env);
    expect(downloadedPredicates(download.stdout, 'https://spdx.dev/Document')).toEqual([SPDX]);
    const mine = await signet(
      ['verify-attestation', '--type', 'slsaprovenance1', ...identityFlags(), image],
      { env },
    );
    expect(mine.code).toBe(0);
    expect(JSON.parse(mine.stdout.trim())).toMatchObject({ predicate: PROVENANCE });
  });
});

describe('signet attest --key', () => {
  it('cosign verify-attestation --key accepts both formats', async () => {
    const dir = mkdtempSync(join(work, 'key-'));
    const env = envFor({ COSIGN_PASSWORD: 'e2e' });
    expect((await signet(['generate-key-pair'], { cwd: dir, env })).code).toBe(0);
    const image = await pushImage();
    const attested = await signet(
      [
        'attest',
        '--key',
        join(dir, 'cosign.key'),
        '--tlog-upload=false',
        '--predicate',
        predicateFile('bom-key.json', CYCLONEDX),
        '--type',
        'cyclonedx',
        image,
      ],
      { env },
    );
    expect(attested.code).toBe(0);
    for (const legacy of [[], ['--new-bundle-format=false']]) {
      const v = await cosign(
        [
          'verify-attestation',
          ...legacy,
          '--allow-http-registry',
          '--type',
          'cyclonedx',
          '--key',
          join(dir, 'cosign.pub'),
          '--insecure-ignore-tlog=true',
          image,
        ],
        env,
      );
      expect(v.stderr).toContain('The cosign claims were validated');
      expect(v.code).toBe(0);
    }
    const mine = await signet(
      [
        'verify-attestation',
        '--type',
        'cyclonedx',
        '--key',
        join(dir, 'cosign.pub'),
        '--insecure-ignore-tlog',
        image,
      ],
      { env },
    );
    expect(mine.code).toBe(0);
    expect(mine.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('signet verify-attestation', () => {
  it('accepts what cosign attest writes in both formats', async () => {
    const image = await pushImage();
    const env = envFor();
    const predicate = predicateFile('bom-cosign.json', CYCLONEDX);
    await runOk(
      [
        toolPath('cosign'),
        'attest',
        '--yes',
        '--allow-http-registry',
        `--identity-token=${bed.oidc!.githubToken()}`,
        `--signing-config=${bed.sigstore!.signingConfigPath}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        '--type',
        'cyclonedx',
        '--predicate',
        predicate,
        image,
      ],
      { env, cwd: work },
    );
    const bundleOnly = await signet(
      ['verify-attestation', '--attestation-format=bundle', '--type', 'cyclonedx', ...identityFlags(), image],
      { env },
    );
    expect(bundleOnly.code).toBe(0);
    expect(JSON.parse(bundleOnly.stdout.trim())).toMatchObject({ predicate: CYCLONEDX });

    await runOk(
      [
        toolPath('cosign'),
        'attest',
        '--yes',
        '--allow-http-registry',
        '--new-bundle-format=false',
        '--use-signing-config=false',
        `--identity-token=${bed.oidc!.githubToken()}`,
        `--fulcio-url=${bed.sigstore!.fulcioURL}`,
        `--rekor-url=${bed.sigstore!.rekorURL}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        '--type',
        'cyclonedx',
        '--predicate',
        predicate,
        image,
      ],
      { env, cwd: work },
    );
    const legacyOnly = await signet(
      ['verify-attestation', '--attestation-format=legacy', '--type', 'cyclonedx', ...identityFlags(), image],
      { env },
    );
    expect(legacyOnly.code).toBe(0);
    expect(JSON.parse(legacyOnly.stdout.trim())).toMatchObject({ predicate: CYCLONEDX });

    const other = await signet(
      ['verify-attestation', '--type', 'cyclonedx', ...identityFlags(OTHER_IDENTITY), image],
      { env },
    );
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('VERIFY_IDENTITY_MISMATCH');
  });
});
