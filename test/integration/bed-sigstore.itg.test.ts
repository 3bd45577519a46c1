// The Sigstore stand-ins are faithful: the real cosign (v3, pinned by `npm run tools`) signs keylessly
// against the @sigstore/mock Fulcio, Rekor and TSA of test/bed/sigstore.ts (`startBed({ sigstore:
// 'stand-in' })`) and verifies the result with nothing but their trusted_root.json. Every keyless test now
// runs on the real services (test/bed/sigstore-real.ts, Rekor v1 included); the stand-ins remain for tests
// that inject a fault the real services cannot produce, and this suite keeps them honest.
import { execFile } from 'node:child_process';
import { X509Certificate, createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { join } from 'node:path';
import {
  startOidc,
  GITHUB_ISSUER,
  GITHUB_JOB_WORKFLOW_REF,
  GITLAB_CI_CONFIG_REF_URI,
  GITLAB_ISSUER,
  type OidcBed,
} from '../bed/oidc.ts';
import { startRegistry, type BedRegistry } from '../bed/registry.ts';
import { startSigstore, type SigstoreBed } from '../bed/sigstore.ts';
import { toolPath } from '../bed/tools.ts';

const GITHUB_IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const GITLAB_IDENTITY = `https://${GITLAB_CI_CONFIG_REF_URI}`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the sigstore bed', () => {
  let dir: string;
  let cosign: string;
  let crane: string;
  let oidc: OidcBed | undefined;
  let sigstore: SigstoreBed | undefined;
  let registry: BedRegistry | undefined;
  let env: NodeJS.ProcessEnv;
  const timings: Record<string, number> = {};

  const run = (cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        cmd,
        args,
        { env: { ...env, ...extraEnv }, cwd: dir, timeout: 60_000 },
        (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });
  const ok = async (cmd: string, args: string[], extraEnv?: NodeJS.ProcessEnv): Promise<Run> => {
    const r = await run(cmd, args, extraEnv);
    if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}:\n${r.stderr}${r.stdout}`);
    return r;
  };
  const bed = () => {
    if (!sigstore || !oidc) throw new Error('test bed: sigstore or oidc did not start');
    return { sigstore, oidc };
  };
  // The flags cosign v3.1.3 needs to sign keylessly against a private Sigstore without reaching TUF.
  const signFlags = (token: string) => [
    '--yes',
    `--identity-token=${token}`,
    `--signing-config=${bed().sigstore.signingConfigPath}`,
    `--trusted-root=${bed().sigstore.trustedRootPath}`,
  ];
  const identityFlags = (identity: string, issuer: string) => [
    `--trusted-root=${bed().sigstore.trustedRootPath}`,
    `--certificate-identity=${identity}`,
    `--certificate-oidc-issuer=${issuer}`,
  ];
  const bundleCert = (bundlePath: string) => {
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as {
      verificationMaterial: { certificate: { rawBytes: string } };
    };
    return new X509Certificate(Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'));
  };

  beforeAll(async () => {
    cosign = toolPath('cosign');
    crane = toolPath('crane');
    dir = mkdtempSync(join(tmpdir(), 'signet-bed-sigstore-'));
    const home = join(dir, 'home');
    mkdirSync(home);
    // cosign must never reach public Sigstore or TUF: a fresh HOME and TUF_ROOT, and no ambient tokens.
    env = {
      PATH: process.env.PATH,
      HOME: home,
      TUF_ROOT: join(home, '.sigstore'),
      DOCKER_CONFIG: join(home, '.docker'),
      NO_PROXY: '127.0.0.1,localhost',
    };
    const t0 = Date.now();
    oidc = await startOidc({ dir: join(dir, 'oidc') });
    sigstore = await startSigstore({
      dir: join(dir, 'sigstore'),
      logDir: join(dir, 'logs'),
      oidcJwksURL: oidc.jwksURL,
    });
    timings.startSigstoreAndOidcMs = Date.now() - t0;
  });

  afterAll(async () => {
    const t0 = Date.now();
    await Promise.allSettled([oidc?.stop(), sigstore?.stop(), registry?.stop()]);
    timings.stopMs = Date.now() - t0;
    console.log(`bed-sigstore timings: ${JSON.stringify(timings)}`);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('the bed OIDC endpoint', () => {
    it('answers GitHub’s ID token request with a token for the audience, signed by its published key', async () => {
      const { oidc: o } = bed();
      const res = await fetch(`${o.requestURL}&audience=sigstore`, {
        headers: { authorization: `Bearer ${o.requestToken}` },
      });
      expect(res.status).toBe(200);
      const { value } = (await res.json()) as { value: string };
      const [h, p, sig] = value.split('.');
      const claims = JSON.parse(Buffer.from(p ?? '', 'base64url').toString('utf8'));
      expect(claims).toMatchObject({
        aud: 'sigstore',
        iss: GITHUB_ISSUER,
        job_workflow_ref: GITHUB_JOB_WORKFLOW_REF,
      });
      const config = (await (await fetch(`${o.issuerURL}/.well-known/openid-configuration`)).json()) as {
        jwks_uri: string;
      };
      const { keys } = (await (await fetch(config.jwks_uri)).json()) as { keys: JsonWebKey[] };
      const key = createPublicKey({ key: keys[0] as JsonWebKey, format: 'jwk' });
      expect(verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(sig ?? '', 'base64url'))).toBe(true);
    });

    it('answers 401 to a wrong request token', async () => {
      const res = await fetch(`${bed().oidc.requestURL}&audience=sigstore`, {
        headers: { authorization: 'Bearer wrong' },
      });
      expect(res.status).toBe(401);
    });
  });

  describe('cosign sign-blob against the bed', () => {
    const blob = () => join(dir, 'artifact.txt');
    const bundle = () => join(dir, 'artifact.sigstore.json');

    beforeAll(async () => {
      writeFileSync(blob(), 'signet bed artifact\n');
      const t0 = Date.now();
      await ok(cosign, ['sign-blob', ...signFlags(bed().oidc.githubToken()), `--bundle=${bundle()}`, blob()]);
      timings.signBlobMs = Date.now() - t0;
    });

    it('writes a bundle with a Fulcio certificate, a Rekor entry and an RFC 3161 timestamp', () => {
      const b = JSON.parse(readFileSync(bundle(), 'utf8'));
      expect(b.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
      expect(b.verificationMaterial.tlogEntries).toHaveLength(1);
      expect(b.verificationMaterial.tlogEntries[0].kindVersion).toEqual({
        kind: 'hashedrekord',
        version: '0.0.1',
      });
      expect(b.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
      expect(bed().sigstore.counters).toMatchObject({ certificates: 1, entries: 1, timestamps: 1 });
    });

    it('gives the certificate the SAN and extensions real Fulcio gives a GitHub workflow', () => {
      const cert = bundleCert(bundle());
      expect(cert.subjectAltName).toBe(`URI:${GITHUB_IDENTITY}`);
      expect(cert.checkIssued(new X509Certificate(bed().sigstore.fulcioRootPem))).toBe(true);
      // Fulcio's v2 extensions are DER UTF8Strings (tag 0x0c, short length for these values).
      const ext = (oid: string) => {
        const raw = new x509.X509Certificate(cert.raw).getExtension(oid)?.value;
        return raw ? Buffer.from(raw).subarray(2).toString('utf8') : undefined;
      };
      expect(ext('1.3.6.1.4.1.57264.1.8')).toBe(GITHUB_ISSUER);
      expect(ext('1.3.6.1.4.1.57264.1.9')).toBe(GITHUB_IDENTITY);
      expect(ext('1.3.6.1.4.1.57264.1.12')).toBe('https://github.com/signet-bed/app');
      expect(ext('1.3.6.1.4.1.57264.1.14')).toBe('refs/heads/main');
      expect(ext('1.3.6.1.4.1.57264.1.20')).toBe('push');
    });

    it('is accepted by cosign verify-blob with the bed trusted root and the workflow identity', async () => {
      const t0 = Date.now();
      // The --certificate-github-workflow-* flags make cosign check the legacy GitHub extensions too.
      const r = await run(cosign, [
        'verify-blob',
        `--bundle=${bundle()}`,
        ...identityFlags(GITHUB_IDENTITY, GITHUB_ISSUER),
        '--certificate-github-workflow-repository=signet-bed/app',
        '--certificate-github-workflow-ref=refs/heads/main',
        '--certificate-github-workflow-trigger=push',
        '--certificate-github-workflow-name=release',
        blob(),
      ]);
      timings.verifyBlobMs = Date.now() - t0;
      expect(r).toMatchObject({ code: 0 });
      expect(r.stderr).toContain('Verified OK');
    });

    it('is rejected by cosign verify-blob for another identity', async () => {
      const r = await run(cosign, [
        'verify-blob',
        `--bundle=${bundle()}`,
        ...identityFlags(
          'https://github.com/someone/else/.github/workflows/release.yml@refs/heads/main',
          GITHUB_ISSUER,
        ),
        blob(),
      ]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('no matching CertificateIdentity');
    });

    it('is rejected by cosign verify-blob for another issuer', async () => {
      const r = await run(cosign, [
        'verify-blob',
        `--bundle=${bundle()}`,
        ...identityFlags(GITHUB_IDENTITY, GITLAB_ISSUER),
        blob(),
      ]);
      expect(r.code).not.toBe(0);
    });

    it('has its timestamp checked against the bed TSA (cosign rejects it when the TSA is not trusted)', async () => {
      const trusted = JSON.parse(readFileSync(bed().sigstore.trustedRootPath, 'utf8'));
      const noTsa = join(dir, 'trusted_root-no-tsa.json');
      writeFileSync(noTsa, JSON.stringify({ ...trusted, timestampAuthorities: [] }));
      const args = (root: string) => [
        'verify-blob',
        `--bundle=${bundle()}`,
        `--trusted-root=${root}`,
        `--certificate-identity=${GITHUB_IDENTITY}`,
        `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
        // Only the TSA may vouch for the signing time here.
        '--insecure-ignore-tlog=true',
        '--use-signed-timestamps',
        blob(),
      ];
      expect(await run(cosign, args(bed().sigstore.trustedRootPath))).toMatchObject({ code: 0 });
      const r = await run(cosign, args(noTsa));
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('verified signed timestamps');
    });
  });

  describe('cosign sign-blob with a GitLab token', () => {
    it('gets the GitLab SAN and issuer, and cosign verify-blob accepts them', async () => {
      const blob = join(dir, 'gitlab.txt');
      const bundle = join(dir, 'gitlab.sigstore.json');
      writeFileSync(blob, 'signed on gitlab\n');
      await ok(cosign, ['sign-blob', ...signFlags(bed().oidc.gitlabToken()), `--bundle=${bundle}`, blob]);
      expect(bundleCert(bundle).subjectAltName).toBe(`URI:${GITLAB_IDENTITY}`);
      const r = await run(cosign, [
        'verify-blob',
        `--bundle=${bundle}`,
        ...identityFlags(GITLAB_IDENTITY, GITLAB_ISSUER),
        blob,
      ]);
      expect(r).toMatchObject({ code: 0 });
    });
  });

  describe('the bed Fulcio', () => {
    it('refuses a token whose signature is not the bed issuer’s, so cosign sign-blob fails', async () => {
      const [h, p] = bed().oidc.githubToken().split('.');
      const forged = `${h}.${p}.${Buffer.from('not a signature').toString('base64url')}`;
      const blob = join(dir, 'forged.txt');
      writeFileSync(blob, 'forged\n');
      const r = await run(cosign, [
        'sign-blob',
        ...signFlags(forged),
        `--bundle=${join(dir, 'forged.json')}`,
        blob,
      ]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('token signature does not verify');
    });
  });

  describe('cosign sign of an image in the bed registry', () => {
    let image: string;

    beforeAll(async () => {
      registry = await startRegistry({
        flavour: 'anonymous',
        dir: join(dir, 'registry'),
        logDir: join(dir, 'logs'),
      });
      env.DOCKER_CONFIG = registry.dockerConfigDir;
      const layerDir = join(dir, 'layer');
      mkdirSync(layerDir);
      writeFileSync(join(layerDir, 'hello.txt'), 'hello from the signet bed\n');
      await ok('tar', ['-cf', join(dir, 'layer.tar'), '-C', layerDir, 'hello.txt']);
      const tag = `${registry.host}/bed/app:v1`;
      await ok(crane, ['append', '--insecure', `--new_layer=${join(dir, 'layer.tar')}`, `--new_tag=${tag}`]);
      const digest = (await ok(crane, ['digest', '--insecure', tag])).stdout.trim();
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      image = `${registry.host}/bed/app@${digest}`;
      const t0 = Date.now();
      await ok(cosign, ['sign', ...signFlags(bed().oidc.githubToken()), '--allow-http-registry', image]);
      timings.signImageMs = Date.now() - t0;
    });

    it('is accepted by cosign verify with the bed trusted root and the workflow identity', async () => {
      const t0 = Date.now();
      const r = await run(cosign, [
        'verify',
        '--allow-http-registry',
        ...identityFlags(GITHUB_IDENTITY, GITHUB_ISSUER),
        image,
      ]);
      timings.verifyImageMs = Date.now() - t0;
      expect(r).toMatchObject({ code: 0 });
      const [first] = JSON.parse(r.stdout) as { critical: { image: { 'docker-manifest-digest': string } } }[];
      expect(first?.critical.image['docker-manifest-digest']).toBe(image.split('@')[1]);
    });

    it('logged a dsse entry that the bed Rekor finds by the image digest', async () => {
      const rekor = bed().sigstore.rekorURL;
      const res = await fetch(`${rekor}/api/v1/index/retrieve`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ hash: image.split('@')[1] }),
      });
      const uuids = (await res.json()) as string[];
      expect(uuids).toHaveLength(1);
      const entry = (await (await fetch(`${rekor}/api/v1/log/entries/${uuids[0]}`)).json()) as Record<
        string,
        { body: string }
      >;
      const body = JSON.parse(Buffer.from(Object.values(entry)[0]?.body ?? '', 'base64').toString('utf8'));
      expect(body).toMatchObject({ kind: 'dsse', apiVersion: '0.0.1' });
    });

    it('is rejected by cosign verify for another identity', async () => {
      const r = await run(cosign, [
        'verify',
        '--allow-http-registry',
        ...identityFlags(
          'https://github.com/someone/else/.github/workflows/release.yml@refs/heads/main',
          GITHUB_ISSUER,
        ),
        image,
      ]);
      expect(r.code).not.toBe(0);
    });
  });

  // cosign v2's storage (`.sig` tags with the Rekor bundle and RFC 3161 annotations): what Kyverno's
  // `Cosign` type, policy-controller `legacy` and Connaisseur read. cosign v3 still writes it when told to
  // use the service URLs directly; its own Fulcio, Rekor and TSA clients then talk to the bed.
  describe('cosign sign of an image in the legacy .sig format', () => {
    let image: string;

    beforeAll(async () => {
      if (!registry) throw new Error('test bed: the registry did not start');
      const layerDir = join(dir, 'layer-legacy');
      mkdirSync(layerDir);
      writeFileSync(join(layerDir, 'legacy.txt'), 'legacy format\n');
      await ok('tar', ['-cf', join(dir, 'layer-legacy.tar'), '-C', layerDir, 'legacy.txt']);
      const tag = `${registry.host}/bed/legacy:v1`;
      await ok(crane, [
        'append',
        '--insecure',
        `--new_layer=${join(dir, 'layer-legacy.tar')}`,
        `--new_tag=${tag}`,
      ]);
      image = `${registry.host}/bed/legacy@${(await ok(crane, ['digest', '--insecure', tag])).stdout.trim()}`;
      const { sigstore: s, oidc: o } = bed();
      await ok(cosign, [
        'sign',
        '--yes',
        `--identity-token=${o.githubToken()}`,
        '--use-signing-config=false',
        '--new-bundle-format=false',
        `--fulcio-url=${s.fulcioURL}`,
        `--rekor-url=${s.rekorURL}`,
        `--timestamp-server-url=${s.tsaURL}`,
        `--trusted-root=${s.trustedRootPath}`,
        '--allow-http-registry',
        image,
      ]);
    });

    it('writes the .sig tag with certificate, Rekor bundle and timestamp annotations', async () => {
      const digest = image.split('@')[1] ?? '';
      const sigTag = `${image.split('@')[0]}:${digest.replace(':', '-')}.sig`;
      const manifest = JSON.parse((await ok(crane, ['manifest', '--insecure', sigTag])).stdout);
      const annotations = manifest.layers[0].annotations as Record<string, string>;
      expect(Object.keys(annotations)).toEqual(
        expect.arrayContaining([
          'dev.cosignproject.cosign/signature',
          'dev.sigstore.cosign/certificate',
          'dev.sigstore.cosign/bundle',
          'dev.sigstore.cosign/rfc3161timestamp',
        ]),
      );
    });

    it('is accepted by cosign verify with the bed trusted root and the workflow identity', async () => {
      const r = await run(cosign, [
        'verify',
        '--allow-http-registry',
        '--new-bundle-format=false',
        ...identityFlags(GITHUB_IDENTITY, GITHUB_ISSUER),
        image,
      ]);
      expect(r).toMatchObject({ code: 0 });
    });

    it('is rejected by cosign verify for another identity', async () => {
      const r = await run(cosign, [
        'verify',
        '--allow-http-registry',
        '--new-bundle-format=false',
        ...identityFlags(
          'https://github.com/someone/else/.github/workflows/release.yml@refs/heads/main',
          GITHUB_ISSUER,
        ),
        image,
      ]);
      expect(r.code).not.toBe(0);
    });
  });
});
