// The `signet` binary (dist/cli/index.js) signing and verifying images and blobs in the test bed
// (real Distribution registry, the real Fulcio, TSA and Rekor v1, loopback OIDC), checked both ways
// against the real cosign v3.1.3: what Signet writes cosign verifies, and what cosign writes Signet
// verifies.
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run, runOk } from '../support/run.ts';
import { signet } from '../support/cli.ts';
import { pushImageWithCrane } from '../support/push-image.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
let bed: Bed;
let work: string;

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous', 'token'], sigstore: true, oidc: true });
  work = mkdtempSync(join(bed.dir, 'e2e-'));
});
afterAll(async () => {
  await bed?.stop();
});

/** Pushes a fresh one-layer image with crane and returns `host/repo@digest`. */
const pushImage = (r: BedRegistry, repo = 'e2e/app') => pushImageWithCrane(r, repo, work);

const envFor = (r: BedRegistry, extra: Record<string, string> = {}) => ({
  DOCKER_CONFIG: r.dockerConfigDir,
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

describe.each(['anonymous', 'token'] as const)('on the %s registry', (flavour) => {
  const reg = () => bed.registries[flavour]!;

  it('signet sign (keyless) writes both formats; cosign verify accepts each; signet verify agrees', async () => {
    const image = await pushImage(reg());
    const env = envFor(reg());
    const signed = await signet(['sign', ...keylessFlags(), image], { env });
    expect(signed.stderr).toMatch(/signed sha256:[0-9a-f]{64} \[legacy\]/);
    expect(signed.stderr).toMatch(/signed sha256:[0-9a-f]{64} \[bundle\]/);
    expect(signed).toMatchObject({ code: 0, stdout: `${image}\n` });

    const cosignVerify = ['verify', '--allow-http-registry', ...identityFlags(), image];
    expect((await cosign(cosignVerify, env)).code).toBe(0);
    expect((await cosign(['verify', '--new-bundle-format=false', ...cosignVerify.slice(1)], env)).code).toBe(
      0,
    );

    const verified = await signet(['verify', ...identityFlags(), '--output', 'json', image], { env });
    expect(verified.code).toBe(0);
    const json = JSON.parse(verified.stdout);
    expect(json).toMatchObject({ schema: 'signet.verify/v1', verified: true, digest: image.split('@')[1] });
    expect(json.signatures.map((s: { format: string }) => s.format).sort()).toEqual(['bundle', 'legacy']);
    expect(json.signatures[0].signer).toMatchObject({
      kind: 'keyless',
      identity: IDENTITY,
      issuer: GITHUB_ISSUER,
    });
  });

  it('signet verify accepts what cosign signed keyless, and names the failed check for another identity', async () => {
    const image = await pushImage(reg());
    const env = envFor(reg());
    const token = bed.oidc!.githubToken();
    await runOk(
      [
        toolPath('cosign'),
        'sign',
        '--yes',
        '--allow-http-registry',
        `--identity-token=${token}`,
        `--signing-config=${bed.sigstore!.signingConfigPath}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        image,
      ],
      { env, cwd: work },
    );
    const ok = await signet(['verify', ...identityFlags(), image], { env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^verified .*1 signature/m);
    const other = await signet(
      [
        'verify',
        ...identityFlags('https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main'),
        image,
      ],
      { env },
    );
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('VERIFY_IDENTITY_MISMATCH');
  });
});

describe('keys', () => {
  it('signet signs with its key, cosign verifies; cosign signs with the same key, signet verifies', async () => {
    const r = bed.registries.anonymous!;
    const dir = mkdtempSync(join(work, 'key-'));
    const env = { ...envFor(r), COSIGN_PASSWORD: 'e2e' };
    await signet(['generate-key-pair'], { cwd: dir, env });
    const mine = await pushImage(r);
    expect(
      (await signet(['sign', '--key', join(dir, 'cosign.key'), '--tlog-upload=false', mine], { env })).code,
    ).toBe(0);
    for (const legacy of [[], ['--new-bundle-format=false']]) {
      const v = await cosign(
        ['verify', ...legacy, '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog=true', mine],
        env,
      );
      expect(v.stderr + v.stdout).toContain('The signatures were verified against the specified public key');
      expect(v.code).toBe(0);
    }
    const theirs = await pushImage(r);
    await runOk(
      [
        toolPath('cosign'),
        'sign',
        '--key',
        join(dir, 'cosign.key'),
        '--use-signing-config=false',
        '--tlog-upload=false',
        '--yes',
        theirs,
      ],
      { env, cwd: work },
    );
    const v = await signet(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog', theirs], {
      env,
    });
    expect(v.code).toBe(0);
    expect(v.stderr).toContain('--insecure-ignore-tlog');
    // Without --insecure-ignore-tlog a tlog entry is required, and a key needs a trusted root to check one.
    const strict = await signet(
      ['verify', '--key', join(dir, 'cosign.pub'), `--trusted-root=${bed.sigstore!.trustedRootPath}`, theirs],
      { env },
    );
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('VERIFY_TLOG');
  });

  it('COSIGN_REPOSITORY stores signatures in another repository that cosign finds', async () => {
    const r = bed.registries.anonymous!;
    const image = await pushImage(r, 'e2e/third-party');
    const env = envFor(r, { COSIGN_REPOSITORY: `${r.host}/e2e/signatures` });
    expect((await signet(['sign', ...keylessFlags(), image], { env })).code).toBe(0);
    const v = await cosign(['verify', '--allow-http-registry', ...identityFlags(), image], env);
    expect(v.code).toBe(0);
    const tri = await signet(['triangulate', image], { env });
    expect(tri.stdout).toContain(
      `signature\t${r.host}/e2e/signatures:sha256-${image.split(':').pop()}.sig\tpresent`,
    );
    const ctri = await cosign(['triangulate', image], env);
    expect(tri.stdout).toContain(ctri.stdout.trim());
  });
});

describe('blobs', () => {
  it('sign-blob bundles verify with cosign, cosign bundles verify with signet, also by sha256', async () => {
    const env = envFor(bed.registries.anonymous!);
    const file = join(work, 'release.bin');
    writeFileSync(file, 'a release binary\n');
    expect(
      (await signet(['sign-blob', ...keylessFlags(), '--bundle', join(work, 'signet.bundle'), file], { env }))
        .code,
    ).toBe(0);
    const v = await cosign(
      ['verify-blob', `--bundle=${join(work, 'signet.bundle')}`, ...identityFlags(), file],
      env,
    );
    expect(v.stderr).toContain('Verified OK');

    await runOk(
      [
        toolPath('cosign'),
        'sign-blob',
        '--yes',
        `--identity-token=${bed.oidc!.githubToken()}`,
        `--signing-config=${bed.sigstore!.signingConfigPath}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        `--bundle=${join(work, 'cosign.bundle')}`,
        file,
      ],
      { env, cwd: work },
    );
    const mine = await signet(
      ['verify-blob', '--bundle', join(work, 'cosign.bundle'), ...identityFlags(), file],
      { env },
    );
    expect(mine.code).toBe(0);
    const digest = `sha256:${(await runOk(['sha256sum', file])).stdout.split(' ')[0]}`;
    expect(
      (
        await signet(['verify-blob', '--bundle', join(work, 'cosign.bundle'), ...identityFlags(), digest], {
          env,
        })
      ).code,
    ).toBe(0);
    writeFileSync(join(work, 'other.bin'), 'another binary\n');
    const wrong = await signet(
      ['verify-blob', '--bundle', join(work, 'cosign.bundle'), ...identityFlags(), join(work, 'other.bin')],
      { env },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('VERIFY_SUBJECT_MISMATCH');
    expect(readFileSync(join(work, 'signet.bundle'), 'utf8')).toContain(
      '"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"',
    );
  });
});

describe('failures', () => {
  it.each([
    [['sign', '--key', 'k', 'Not A Ref'], 1, /invalid|reference/i],
    [
      [
        'verify',
        '--certificate-identity-regexp',
        '.*',
        '--certificate-oidc-issuer',
        'x',
        'a/b@sha256:' + '0'.repeat(64),
      ],
      1,
      /is too broad: it also matches ""/,
    ],
    [
      [
        'verify',
        '--certificate-identity-regexp',
        'https://github\\.com/acme/.*',
        '--certificate-oidc-issuer',
        'x',
        'a/b@sha256:' + '0'.repeat(64),
      ],
      1,
      /is too broad: it also matches "https:\/\/github\.com\/acme\/attacker"/,
    ],
    [
      [
        'verify',
        '--certificate-identity-regexp',
        '(?i)https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/heads/main',
        '--certificate-oidc-issuer',
        'x',
        'a/b@sha256:' + '0'.repeat(64),
      ],
      1,
      /has inline flags such as \(\?i\)/,
    ],
    [['verify', 'a/b:1'], 1, /--certificate-identity or --certificate-identity-regexp is required/],
    [['sign', '--signature-format', 'xml', 'a/b:1'], 2, /--signature-format takes legacy, bundle or both/],
  ])('signet %j exits %i with a one-line error', async (args, code, message) => {
    const r = await signet(args as string[], { env: { HOME: work } });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('writes nothing when Fulcio is down', async () => {
    const r = bed.registries.anonymous!;
    const image = await pushImage(r, 'e2e/fulcio-down');
    const env = envFor(r);
    const before = await runOk([toolPath('crane'), 'ls', '--insecure', image.split('@')[0]!], { env });
    const flags = keylessFlags().map((f) =>
      f.startsWith('--fulcio-url=') ? '--fulcio-url=http://127.0.0.1:9' : f,
    );
    const signed = await signet(['sign', ...flags, image], { env });
    expect(signed.code).toBe(1);
    expect(signed.stderr.trim().split('\n')).toHaveLength(1);
    const after = await runOk([toolPath('crane'), 'ls', '--insecure', image.split('@')[0]!], { env });
    expect(after.stdout).toBe(before.stdout);
  });
});
