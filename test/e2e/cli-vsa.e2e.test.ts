// `signet verify --vsa` and `signet verify-attestation --type vsa` (the built CLI) against the test bed
// and the real cosign v3.1.3: a passing verification signs and attaches a VSA that cosign
// verify-attestation accepts; `--type vsa` checks the signer, result, level and age; a failed
// verification writes a FAILED summary only with --vsa-on-failure and still exits non-zero; bad flag
// combinations are refused before anything is written.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run } from '../support/run.ts';
import { signet } from '../support/cli.ts';
import { pushImageWithCrane } from '../support/push-image.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const VSA = 'https://slsa.dev/verification_summary/v1';

let bed: Bed;
let work: string;

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous'], sigstore: true, oidc: true });
  work = mkdtempSync(join(bed.dir, 'e2e-vsa-'));
});
afterAll(async () => {
  await bed?.stop();
});

const reg = (): BedRegistry => bed.registries.anonymous!;
const pushImage = (repo = 'e2e/vsa') => pushImageWithCrane(reg(), repo, work);

const env = () => ({ DOCKER_CONFIG: reg().dockerConfigDir, HOME: work, TUF_ROOT: join(work, 'tuf') });
const keylessFlags = () => [
  `--identity-token=${bed.oidc!.githubToken()}`,
  `--fulcio-url=${bed.sigstore!.fulcioURL}`,
  `--rekor-url=${bed.sigstore!.rekorURL}`,
  `--timestamp-server-url=${bed.sigstore!.tsaURL}`,
];
const identityFlags = () => [
  `--certificate-identity=${IDENTITY}`,
  `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
  `--trusted-root=${bed.sigstore!.trustedRootPath}`,
];
const verifyVsa = (image: string, extra: string[] = []) =>
  signet(['verify-attestation', '--type', 'vsa', ...identityFlags(), ...extra, image], { env: env() });

describe('signet verify --vsa', () => {
  let image: string;
  beforeAll(async () => {
    image = await pushImage();
    const s = await signet(['sign', ...keylessFlags(), image], { env: env() });
    expect({ code: s.code, err: s.code === 0 ? '' : s.stderr }).toEqual({ code: 0, err: '' });
  });

  it('verifies, then signs and attaches a PASSED VSA in both formats', async () => {
    const r = await signet(
      ['verify', '--vsa', `--vsa-verifier-id=${IDENTITY}`, ...keylessFlags(), ...identityFlags(), image],
      { env: env() },
    );
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    expect(r.stderr).toMatch(/vsa PASSED sha256:[0-9a-f]{64} \[legacy\]/);
    expect(r.stderr).toMatch(/vsa PASSED sha256:[0-9a-f]{64} \[bundle\]/);
  });

  it('cosign verify-attestation --type https://slsa.dev/verification_summary/v1 accepts it (both formats)', async () => {
    for (const legacy of [false, true]) {
      const r = await run(
        [
          toolPath('cosign'),
          'verify-attestation',
          '--allow-http-registry',
          ...(legacy ? ['--new-bundle-format=false'] : []),
          `--type=${VSA}`,
          ...identityFlags(),
          image,
        ],
        { env: env() },
      );
      expect({ legacy, code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({
        legacy,
        code: 0,
        err: '',
      });
    }
  });

  it('verify-attestation --type vsa checks result, level and age', async () => {
    const ok = await verifyVsa(image, [
      '--vsa-level=SLSA_BUILD_LEVEL_0',
      '--max-age=1h',
      `--vsa-verifier=${IDENTITY}`,
    ]);
    expect({ code: ok.code, err: ok.code === 0 ? '' : ok.stderr }).toEqual({ code: 0, err: '' });
    const statements = ok.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { predicateType: string; predicate: { verificationResult: string } });
    expect(statements.map((s) => [s.predicateType, s.predicate.verificationResult])).toEqual([
      [VSA, 'PASSED'],
      [VSA, 'PASSED'],
    ]);
    // Signatures alone are build level 0: a demand for level 2 is refused.
    const level = await verifyVsa(image, ['--vsa-level=SLSA_BUILD_LEVEL_2']);
    expect(level.code).toBe(1);
    expect(level.stderr).toContain('ATTEST_VSA_MISMATCH');
    expect(level.stderr).toContain('expected verifiedLevels to meet SLSA_BUILD_LEVEL_2');
    // Another verifier id is refused.
    const verifier = await verifyVsa(image, ['--vsa-verifier=https://ci.example/other']);
    expect(verifier.code).toBe(1);
    // Another signer's policy finds the summaries but accepts none.
    const other = await signet(
      [
        'verify-attestation',
        '--type',
        'vsa',
        '--certificate-identity=https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main',
        `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        image,
      ],
      { env: env() },
    );
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('VERIFY_IDENTITY_MISMATCH');
  });
});

describe('signet preflight --vsa', () => {
  it('verifies the manifests’ images and attaches a PASSED VSA to each verified digest', async () => {
    const image = await pushImage('e2e/vsa-preflight');
    const s = await signet(['sign', ...keylessFlags(), image], { env: env() });
    expect(s.code).toBe(0);
    const dir = mkdtempSync(join(work, 'preflight-'));
    writeFileSync(
      join(dir, 'policy.yaml'),
      `rules:\n  - images: ["${image.replace(/@.*/, '')}"]\n    signers:\n      - issuer: ${GITHUB_ISSUER}\n        subject: ${IDENTITY}\n`,
    );
    mkdirSync(join(dir, 'k8s'));
    writeFileSync(
      join(dir, 'k8s', 'pod.yaml'),
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: ${image}\n`,
    );
    const r = await signet(
      [
        'preflight',
        `--policy=${join(dir, 'policy.yaml')}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        '--vsa',
        `--vsa-verifier-id=${IDENTITY}`,
        ...keylessFlags(),
        join(dir, 'k8s'),
      ],
      { env: env() },
    );
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    expect(r.stderr).toMatch(/vsa PASSED sha256:[0-9a-f]{64} \[bundle\]/);
    const v = await verifyVsa(image, [`--vsa-verifier=${IDENTITY}`]);
    expect({ code: v.code, err: v.code === 0 ? '' : v.stderr }).toEqual({ code: 0, err: '' });
  });
});

describe('a failed verification', () => {
  it('writes a FAILED VSA only with --vsa-on-failure, and still fails', async () => {
    const image = await pushImage();
    const without = await signet(
      ['verify', '--vsa', `--vsa-verifier-id=${IDENTITY}`, ...keylessFlags(), ...identityFlags(), image],
      { env: env() },
    );
    expect(without.code).not.toBe(0);
    expect(without.stderr).toContain('VERIFY_NO_SIGNATURES');
    expect((await verifyVsa(image, ['--vsa-result=FAILED'])).stderr).toContain('ATTEST_NOT_FOUND');

    const withFailure = await signet(
      [
        'verify',
        '--vsa',
        '--vsa-on-failure',
        `--vsa-verifier-id=${IDENTITY}`,
        ...keylessFlags(),
        ...identityFlags(),
        image,
      ],
      { env: env() },
    );
    expect(withFailure.code).not.toBe(0);
    expect(withFailure.stderr).toMatch(/vsa FAILED sha256:[0-9a-f]{64} \[legacy\]/);
    // The summary is there, signed, and says FAILED: accepted only when FAILED is what is asked for.
    expect((await verifyVsa(image)).code).toBe(1);
    const failed = await verifyVsa(image, ['--vsa-result=FAILED']);
    expect({ code: failed.code, err: failed.code === 0 ? '' : failed.stderr }).toEqual({ code: 0, err: '' });
  });
});

describe('flag checks', () => {
  it.each([
    [['verify', '--vsa-on-failure'], '--vsa-on-failure needs --vsa'],
    [['verify', '--vsa'], '--vsa-verifier-id'],
    [['verify-attestation', '--type', 'cyclonedx', '--max-age=1h'], '--max-age applies to --type vsa only'],
    [
      ['verify-attestation', '--type', 'vsa', '--vsa', '--vsa-verifier-id=https://ci.example/x'],
      'cannot summarise',
    ],
  ])('signet %j is refused before anything runs', async (args, message) => {
    const r = await signet([...args, ...identityFlags(), `${reg().host}/e2e/vsa@sha256:${'0'.repeat(64)}`], {
      env: env(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
