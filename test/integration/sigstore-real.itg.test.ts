// Signet against the real Sigstore services of the bed (Fulcio v1.8.8, TesseraCT, the timestamp authority
// v2.1.3, Rekor v2 = rekor-tiles v2.3.0, Rekor v1 = rekor-server v1.5.4 on Trillian v1.8.0 and MariaDB) with each of the bed's
// signing configs, checked both ways against the real cosign v3.1.3 and sigstore-python 4.5.1:
//   - the real Fulcio puts GitHub's and GitLab's SAN and OID extensions in its certificates;
//   - `--signing-config` with Rekor v2 makes hashedrekord v0.0.2 entries (DSSE attestations too, logged
//     over the PAE as cosign does) with a TSA timestamp; Signet, cosign and sigstore-python verify them;
//   - the legacy `.sig` format with a Rekor v2-only config is refused before anything is written;
//   - what cosign signs with each signing config, Signet verifies;
//   - a malformed signing config is refused with one line naming the field.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realSigstoreOf, startBed, type Bed, type BedRegistry, type RealSigstoreBed } from '../bed/index.ts';
import {
  GITHUB_ISSUER,
  GITHUB_JOB_WORKFLOW_REF,
  GITLAB_CI_CONFIG_REF_URI,
  GITLAB_ISSUER,
} from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { signetFromSource } from '../support/cli.ts';
import { run, runOk } from '../support/run.ts';
import { pushImageWithCrane } from '../support/push-image.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
let bed: Bed;
let s: RealSigstoreBed;
let reg: BedRegistry;
let work: string;
const timings: Record<string, number> = {};

beforeAll(async () => {
  const t0 = Date.now();
  bed = await startBed({ registries: ['anonymous'], sigstore: true, oidc: true });
  timings.bedStartMs = Date.now() - t0;
  s = realSigstoreOf(bed);
  reg = bed.registries.anonymous!;
  work = mkdtempSync(join(bed.dir, 'real-'));
});
afterAll(async () => {
  await bed?.stop();
  console.log(`sigstore-real timings: ${JSON.stringify({ ...timings, services: s?.startTimes })}`);
});

const env = () => ({
  HOME: work,
  TUF_ROOT: join(work, 'tuf'),
  DOCKER_CONFIG: reg.dockerConfigDir,
  NO_PROXY: '127.0.0.1,localhost',
});
const signet = (args: string[]) => signetFromSource(args, { env: env(), cwd: work, timeoutMs: 60_000 });
const cosign = (args: string[]) => run([toolPath('cosign'), ...args], { env: env(), cwd: work });
const identityFlags = (identity = IDENTITY, issuer = GITHUB_ISSUER) => [
  `--certificate-identity=${identity}`,
  `--certificate-oidc-issuer=${issuer}`,
  `--trusted-root=${s.trustedRootPath}`,
];

const pushImage = (repo = 'real/app') => pushImageWithCrane(reg, repo, work);

interface BundleJSON {
  verificationMaterial: {
    certificate: { rawBytes: string };
    tlogEntries: { logIndex?: string; kindVersion: { kind: string; version: string } }[];
    timestampVerificationData?: { rfc3161Timestamps?: unknown[] };
  };
}
const readBundle = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as BundleJSON;
const certOf = (b: BundleJSON) =>
  new X509Certificate(Buffer.from(b.verificationMaterial.certificate.rawBytes, 'base64'));
/** The DER UTF8String value of Fulcio extension `oid` in `cert` (found by its encoded OID bytes). */
function extensionValue(cert: X509Certificate, arc: number): string | undefined {
  // 1.3.6.1.4.1.57264.1.<arc>: 06 0a 2b 06 01 04 01 83 bf 30 01 <arc>
  const oid = Buffer.from([0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xbf, 0x30, 0x01, arc]);
  const raw = cert.raw;
  const at = raw.indexOf(oid);
  if (at < 0) return undefined;
  // OCTET STRING (04 len) wrapping UTF8String (0c len value).
  let p = at + oid.length;
  if (raw[p] === 0x01) p += 3; // critical BOOLEAN
  if (raw[p] !== 0x04) return undefined;
  p += 2;
  if (raw[p] !== 0x0c) return undefined;
  const len = raw[p + 1] ?? 0;
  return raw.subarray(p + 2, p + 2 + len).toString('utf8');
}

describe('the real Fulcio', () => {
  it('issues GitHub Actions certificates with the workflow SAN and the OID extensions', async () => {
    writeFileSync(join(work, 'gh.txt'), 'github\n');
    const r = await signet([
      'sign-blob',
      `--identity-token=${bed.oidc!.githubToken()}`,
      `--signing-config=${s.signingConfigs.rekorV2}`,
      `--bundle=${join(work, 'gh.sigstore.json')}`,
      join(work, 'gh.txt'),
    ]);
    expect(r.stderr).not.toContain('warning');
    expect(r.code).toBe(0);
    const cert = certOf(readBundle(join(work, 'gh.sigstore.json')));
    expect(cert.subjectAltName).toBe(`URI:${IDENTITY}`);
    expect(extensionValue(cert, 8)).toBe(GITHUB_ISSUER);
    expect(extensionValue(cert, 12)).toBe('https://github.com/signet-bed/app');
    expect(extensionValue(cert, 21)).toBe(
      'https://github.com/signet-bed/app/actions/runs/3000003/attempts/1',
    );
    expect(cert.issuer).toContain('signet bed fulcio intermediate');
  });

  it('issues gitlab.com certificates with the pipeline SAN, and refuses a token for an unknown issuer', async () => {
    writeFileSync(join(work, 'gl.txt'), 'gitlab\n');
    const r = await signet([
      'sign-blob',
      `--identity-token=${bed.oidc!.gitlabToken()}`,
      `--signing-config=${s.signingConfigs.rekorV2}`,
      `--bundle=${join(work, 'gl.sigstore.json')}`,
      join(work, 'gl.txt'),
    ]);
    expect(r.code).toBe(0);
    const cert = certOf(readBundle(join(work, 'gl.sigstore.json')));
    expect(cert.subjectAltName).toBe(`URI:https://${GITLAB_CI_CONFIG_REF_URI}`);
    expect(extensionValue(cert, 8)).toBe(GITLAB_ISSUER);
    expect(extensionValue(cert, 20)).toBe('push');

    const evil = await signet([
      'sign-blob',
      `--identity-token=${bed.oidc!.githubToken({ iss: 'https://evil.example' })}`,
      `--signing-config=${s.signingConfigs.rekorV2}`,
      `--bundle=${join(work, 'evil.sigstore.json')}`,
      join(work, 'gl.txt'),
    ]);
    expect(evil.code).not.toBe(0);
    expect(evil.stderr).toMatch(/fulcio|certificate/i);
  });
});

describe('sign-blob with the Rekor v2 signing config', () => {
  const blob = () => join(work, 'v2.txt');
  const bundle = () => join(work, 'v2.sigstore.json');
  beforeAll(async () => {
    writeFileSync(blob(), 'signed through rekor v2\n');
    const t0 = Date.now();
    const r = await signet([
      'sign-blob',
      `--identity-token=${bed.oidc!.githubToken()}`,
      `--signing-config=${s.signingConfigs.rekorV2}`,
      `--bundle=${bundle()}`,
      blob(),
    ]);
    timings.signetSignBlobRekorV2Ms = Date.now() - t0;
    expect(r.code).toBe(0);
  });

  it('writes a hashedrekord v0.0.2 entry past index 0 and an RFC 3161 timestamp', () => {
    const b = readBundle(bundle());
    expect(b.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(b.verificationMaterial.tlogEntries[0]!.kindVersion).toEqual({
      kind: 'hashedrekord',
      version: '0.0.2',
    });
    expect(Number(b.verificationMaterial.tlogEntries[0]!.logIndex)).toBeGreaterThan(0);
    expect(b.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
  });

  it('Signet and cosign verify it, and both refuse another file', async () => {
    const mine = await signet(['verify-blob', `--bundle=${bundle()}`, ...identityFlags(), blob()]);
    expect(mine.stderr).toBe('');
    expect(mine.code).toBe(0);
    const theirs = await cosign(['verify-blob', `--bundle=${bundle()}`, ...identityFlags(), blob()]);
    expect(theirs.stderr).toContain('Verified OK');
    expect(theirs.code).toBe(0);
    writeFileSync(join(work, 'other.txt'), 'another file\n');
    expect(
      (await signet(['verify-blob', `--bundle=${bundle()}`, ...identityFlags(), join(work, 'other.txt')]))
        .code,
    ).not.toBe(0);
    expect(
      (await cosign(['verify-blob', `--bundle=${bundle()}`, ...identityFlags(), join(work, 'other.txt')]))
        .code,
    ).not.toBe(0);
  });

  it('sigstore-python verifies it with the bed as its trust config', async () => {
    const trustConfig = join(work, 'client-trust-config.json');
    writeFileSync(
      trustConfig,
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json',
        trustedRoot: s.trustedRoot,
        signingConfig: JSON.parse(readFileSync(s.signingConfigs.rekorV2, 'utf8')),
      }),
    );
    const py = (file: string) =>
      run(
        [
          toolPath('sigstore'),
          '--trust-config',
          trustConfig,
          'verify',
          'identity',
          '--bundle',
          bundle(),
          '--cert-identity',
          IDENTITY,
          '--cert-oidc-issuer',
          GITHUB_ISSUER,
          file,
        ],
        { env: env(), cwd: work },
      );
    const ok = await py(blob());
    expect(ok.stderr + ok.stdout).toContain('OK');
    expect(ok.code).toBe(0);
    writeFileSync(join(work, 'v2-copy.txt'), 'tampered\n');
    expect((await py(join(work, 'v2-copy.txt'))).code).not.toBe(0);
  });
});

describe('images with the Rekor v2 signing config', () => {
  it('signet sign --signature-format bundle: cosign and Signet verify the referrer bundle', async () => {
    const image = await pushImage();
    const t0 = Date.now();
    const r = await signet([
      'sign',
      '--allow-http-registry',
      `--identity-token=${bed.oidc!.githubToken()}`,
      `--signing-config=${s.signingConfigs.rekorV2}`,
      '--signature-format=bundle',
      image,
    ]);
    timings.signetSignImageRekorV2Ms = Date.now() - t0;
    expect(r.code).toBe(0);
    expect((await cosign(['verify', '--allow-http-registry', ...identityFlags(), image])).code).toBe(0);
    const v = await signet([
      'verify',
      '--allow-http-registry',
      ...identityFlags(),
      '--output',
      'json',
      image,
    ]);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ verified: true });
  });

  it('refuses the legacy .sig format (the default both) before writing anything', async () => {
    const image = await pushImage();
    const before = s.counters.certificates;
    const r = await signet([
      'sign',
      '--allow-http-registry',
      `--identity-token=${bed.oidc!.githubToken()}`,
      `--signing-config=${s.signingConfigs.rekorV2}`,
      image,
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('SIGN_UNSUPPORTED_COMBINATION');
    expect(r.stderr.trim().split('\n')[0]).toMatch(/Rekor v2/);
    expect(s.counters.certificates).toBe(before);
    const tags = await run([toolPath('crane'), 'ls', '--insecure', image.split('@')[0]!], { env: env() });
    expect(tags.stdout).not.toMatch(/\.sig$/m);
  });

  it('signet attest --attestation-format bundle: the DSSE envelope is logged as hashedrekord v0.0.2 and cosign verifies it', async () => {
    const image = await pushImage();
    writeFileSync(join(work, 'pred.json'), JSON.stringify({ result: 'ok' }));
    const r = await signet([
      'attest',
      '--allow-http-registry',
      `--identity-token=${bed.oidc!.githubToken()}`,
      `--signing-config=${s.signingConfigs.rekorV2}`,
      '--attestation-format=bundle',
      '--predicate',
      join(work, 'pred.json'),
      '--type',
      'https://example.com/custom/v1',
      image,
    ]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const c = await cosign([
      'verify-attestation',
      '--allow-http-registry',
      '--type',
      'https://example.com/custom/v1',
      ...identityFlags(),
      image,
    ]);
    expect(c.code).toBe(0);
    const v = await signet([
      'verify-attestation',
      '--allow-http-registry',
      '--type',
      'https://example.com/custom/v1',
      ...identityFlags(),
      image,
    ]);
    expect(v.code).toBe(0);
  });
});

describe('what cosign signs with each signing config, Signet verifies', () => {
  it.each(['rekorV2', 'rekorV1', 'noTlog'] as const)('cosign sign with the %s config', async (config) => {
    const image = await pushImage();
    const t0 = Date.now();
    await runOk(
      [
        toolPath('cosign'),
        'sign',
        '--yes',
        '--allow-http-registry',
        `--identity-token=${bed.oidc!.githubToken()}`,
        `--signing-config=${s.signingConfigs[config]}`,
        `--trusted-root=${s.trustedRootPath}`,
        image,
      ],
      { env: env(), cwd: work },
    );
    timings[`cosignSignImage_${config}Ms`] = Date.now() - t0;
    const v = await signet([
      'verify',
      '--allow-http-registry',
      ...identityFlags(),
      ...(config === 'noTlog' ? ['--insecure-ignore-tlog'] : []),
      image,
    ]);
    expect(v.stderr).not.toContain('VERIFY_');
    expect(v.code).toBe(0);
    const other = await signet([
      'verify',
      '--allow-http-registry',
      ...identityFlags('https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main'),
      ...(config === 'noTlog' ? ['--insecure-ignore-tlog'] : []),
      image,
    ]);
    expect(other.code).not.toBe(0);
    expect(other.stderr).toContain('VERIFY_IDENTITY_MISMATCH');
  });
});

describe('signet sign with the Rekor v1 and no-log configs (both formats)', () => {
  it.each(['rekorV1', 'noTlog'] as const)('%s: cosign verifies the .sig and the bundle', async (config) => {
    const image = await pushImage();
    const r = await signet([
      'sign',
      '--allow-http-registry',
      `--identity-token=${bed.oidc!.githubToken()}`,
      `--signing-config=${s.signingConfigs[config]}`,
      image,
    ]);
    expect(r.code).toBe(0);
    const ignore = config === 'noTlog' ? ['--insecure-ignore-tlog=true', '--use-signed-timestamps'] : [];
    const bundleFormat = await cosign([
      'verify',
      '--allow-http-registry',
      ...ignore,
      ...identityFlags(),
      image,
    ]);
    expect(bundleFormat.code).toBe(0);
    if (config === 'rekorV1') {
      const legacy = await cosign([
        'verify',
        '--new-bundle-format=false',
        '--allow-http-registry',
        ...identityFlags(),
        image,
      ]);
      expect(legacy.code).toBe(0);
    }
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document the cases mutate freely
type Cfg = Record<string, any>;

describe('a malformed signing config', () => {
  it.each([
    ['no validity start', (c: Cfg) => delete c.caUrls[0].validFor.start, 'caUrls[0].validFor'],
    ['a wrong selector', (c: Cfg) => (c.rekorTlogConfig = { selector: 'SOME' }), 'rekorTlogConfig.selector'],
    [
      'EXACT without a count',
      (c: Cfg) => (c.rekorTlogConfig = { selector: 'EXACT' }),
      'rekorTlogConfig.count',
    ],
    ['a non-URL', (c: Cfg) => (c.tsaUrls[0].url = 'not a url'), 'tsaUrls[0].url'],
    [
      'the v0.1 media type',
      (c: Cfg) => (c.mediaType = 'application/vnd.dev.sigstore.signingconfig.v0.1+json'),
      'mediaType',
    ],
  ])('with %s is refused naming the field, before a token is asked for', async (_what, mutate, field) => {
    const c = JSON.parse(readFileSync(s.signingConfigs.rekorV2, 'utf8')) as Cfg;
    mutate(c);
    const path = join(work, `bad-${field.replace(/\W/g, '')}.json`);
    writeFileSync(path, JSON.stringify(c));
    writeFileSync(join(work, 'x.txt'), 'x\n');
    const before = bed.oidc!.counters.issued + s.counters.certificates;
    const r = await signet([
      'sign-blob',
      `--signing-config=${path}`,
      `--bundle=${join(work, 'x.json')}`,
      join(work, 'x.txt'),
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(field);
    expect(r.stderr).toContain('SIGN_INVALID_INPUT');
    expect(bed.oidc!.counters.issued + s.counters.certificates).toBe(before);
  });
});
