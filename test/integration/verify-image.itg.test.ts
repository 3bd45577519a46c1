// verifyImage and triangulate against what the real cosign v3.1.3 writes to the bed's Distribution
// registry (no referrers API: the sha256-<hex> fallback tag), signed keylessly through the bed's
// Fulcio/Rekor/TSA and with a cosign key, in both storage formats, beside the image and in a
// COSIGN_REPOSITORY; then each kind of forgery is made with the registry client and rejected with the
// code of the check that caught it.
import type { KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry, type RegistryFlavour } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { runOk } from '../support/run.ts';
import {
  RegistryClient,
  parseReference,
  serialiseIndex,
  buildReferrersIndex,
  toFallbackTag,
  type ImageRef,
} from '../../src/registry/index.ts';
import {
  buildVerifyPolicy,
  parsePublicKey,
  parseTrustedRoot,
  toVerifyFailure,
  toVerifyJSON,
  triangulate,
  verifyImage,
  type VerifyInput,
  type VerifyPolicy,
} from '../../src/verify/index.ts';
import { pushImage as pushTestImage } from '../support/push-image.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const FLAVOURS: RegistryFlavour[] = ['anonymous', 'token'];
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

let bed: Bed;
const timings: Record<string, number> = {};
beforeAll(async () => {
  const t0 = Date.now();
  bed = await startBed({ registries: FLAVOURS, sigstore: true, oidc: true });
  timings.bedStartMs = Date.now() - t0;
});
afterAll(async () => {
  await bed?.stop();
  console.log(`verify-image timings: ${JSON.stringify(timings)}`);
});

const sigstore = () => bed.sigstore!;
const keyless = (
  identity = IDENTITY,
  issuer = GITHUB_ISSUER,
  trustedRoot: unknown = sigstore().trustedRoot,
) =>
  buildVerifyPolicy({
    trustedRoot: parseTrustedRoot(trustedRoot, 'bed trusted root'),
    identity: { certificateIdentity: identity, certificateOidcIssuer: issuer },
  });

describe.each(FLAVOURS)('verifyImage against cosign’s signatures (%s registry)', (flavour) => {
  let reg: BedRegistry;
  let client: RegistryClient;
  let dir: string;
  let env: Record<string, string>;
  let publicKey: KeyObject;
  const repo = (name: string): ImageRef => parseReference(`${reg.host}/${flavour}/${name}`);
  const sigRepo = () => repo('signatures');

  /** Pushes a one-layer image to `repo(name)`, tagged `tag`; returns its digest reference. */
  const pushImage = async (name: string, tag: string): Promise<ImageRef> =>
    (await pushTestImage(client, repo(name), `${tag} ${flavour}`, { tag })).ref;
  const ref = (image: ImageRef) => `${image.registry}/${image.repository}@${image.digest}`;
  const cosign = (args: string[], extra: Record<string, string> = {}) =>
    runOk([toolPath('cosign'), ...args], { env: { ...env, ...extra }, cwd: dir });
  const signKeylessBundle = (image: ImageRef, extra?: Record<string, string>) =>
    cosign(
      [
        'sign',
        '--yes',
        '--allow-http-registry',
        `--identity-token=${bed.oidc!.githubToken()}`,
        `--signing-config=${sigstore().signingConfigPath}`,
        `--trusted-root=${sigstore().trustedRootPath}`,
        ref(image),
      ],
      extra,
    );
  const signKeylessLegacy = (image: ImageRef, extra?: Record<string, string>) =>
    cosign(
      [
        'sign',
        '--yes',
        '--allow-http-registry',
        `--identity-token=${bed.oidc!.githubToken()}`,
        '--use-signing-config=false',
        '--new-bundle-format=false',
        `--fulcio-url=${sigstore().fulcioURL}`,
        `--rekor-url=${sigstore().rekorURL}`,
        `--timestamp-server-url=${sigstore().tsaURL}`,
        `--trusted-root=${sigstore().trustedRootPath}`,
        ref(image),
      ],
      extra,
    );
  const signKey = (image: ImageRef, format: 'legacy' | 'bundle', extra?: Record<string, string>) =>
    cosign(
      [
        'sign',
        '--key=cosign.key',
        '--use-signing-config=false',
        '--tlog-upload=false',
        '--allow-http-registry',
        ...(format === 'legacy' ? ['--new-bundle-format=false'] : []),
        '--yes',
        ref(image),
      ],
      extra,
    );
  const verify = (image: ImageRef, policy: VerifyPolicy, over: Partial<VerifyInput> = {}) =>
    verifyImage({ image, policy, ...over }, { registry: client });
  const keyPolicy = (insecureIgnoreTlog: boolean) =>
    buildVerifyPolicy({
      publicKey,
      insecureIgnoreTlog,
      trustedRoot: parseTrustedRoot(sigstore().trustedRoot, 'bed'),
    });

  let signed: ImageRef; // keyless, both formats
  let keySigned: ImageRef; // key, both formats, no tlog
  let inSigRepo: ImageRef; // keyless + key, both formats, in COSIGN_REPOSITORY

  beforeAll(async () => {
    reg = bed.registries[flavour]!;
    dir = join(bed.dir, `verify-${flavour}`);
    mkdirSync(join(dir, 'home'), { recursive: true });
    const configPath = join(reg.dockerConfigDir, 'config.json');
    client = new RegistryClient({
      credentials: { dockerConfigJson: readFileSync(configPath, 'utf8'), dockerConfigPath: configPath },
    });
    // cosign must never reach public Sigstore or TUF: a fresh HOME and TUF_ROOT, no ambient tokens.
    env = {
      HOME: join(dir, 'home'),
      TUF_ROOT: join(dir, 'home', '.sigstore'),
      DOCKER_CONFIG: reg.dockerConfigDir,
      COSIGN_PASSWORD: 'bed-password',
      NO_PROXY: '127.0.0.1,localhost',
    };
    await cosign(['generate-key-pair']);
    publicKey = parsePublicKey(readFileSync(join(dir, 'cosign.pub'), 'utf8'), 'cosign.pub');

    const t0 = Date.now();
    [signed, keySigned, inSigRepo] = await Promise.all([
      pushImage('app', 'keyless'),
      pushImage('app', 'key'),
      pushImage('app', 'sig-repo'),
    ]);
    // Sequential per image: cosign appends to the .sig image without locking.
    await Promise.all([
      signKeylessBundle(signed).then(() => signKeylessLegacy(signed)),
      signKey(keySigned, 'bundle').then(() => signKey(keySigned, 'legacy')),
      (async () => {
        const extra = { COSIGN_REPOSITORY: `${sigRepo().registry}/${sigRepo().repository}` };
        await signKeylessBundle(inSigRepo, extra);
        await signKeylessLegacy(inSigRepo, extra);
        await signKey(inSigRepo, 'legacy', extra);
      })(),
    ]);
    timings[`${flavour}CosignSignMs`] = Date.now() - t0;
  });
  afterAll(() => client?.close());

  describe('accepts', () => {
    it('cosign’s keyless signatures in both formats, from the tag', async () => {
      const t0 = Date.now();
      const byTag = await verify({ ...repo('app'), tag: 'keyless' }, keyless(), { formats: 'both' });
      timings[`${flavour}VerifyMs`] = Date.now() - t0;
      expect(byTag).toMatchObject({ verified: true, digest: signed.digest, rejected: [] });
      const byDigest = await verify(signed, keyless());
      expect(byDigest).toMatchObject({
        verified: true,
        digest: signed.digest,
        rejected: [],
        referrersSource: 'fallback',
      });
      expect(byDigest.signatures.map((s) => s.format).sort()).toEqual(['bundle', 'legacy']);
      for (const s of byDigest.signatures) {
        expect(s.identity?.subjectAlternativeName).toBe(IDENTITY);
        expect(s.identity?.issuer).toBe(GITHUB_ISSUER);
        expect(s.tlog?.logIndex).toBeGreaterThanOrEqual(0);
        expect(s.timestampAuthorities).toBe(1);
      }
      const json = toVerifyJSON(byDigest);
      expect(json).toMatchObject({ schema: 'signet.verify/v1', verified: true, digest: signed.digest });
    });

    it.each(['legacy', 'bundle'] as const)('cosign’s keyless %s signature alone', async (formats) => {
      const r = await verify(signed, keyless(), { formats });
      expect(r.signatures.map((s) => s.format)).toEqual([formats]);
    });

    it('cosign’s key signatures in both formats with --insecure-ignore-tlog', async () => {
      const r = await verify(keySigned, keyPolicy(true));
      expect(r.verified).toBe(true);
      expect(r.signatures.map((s) => s.format).sort()).toEqual(['bundle', 'legacy']);
      expect(r.warnings).toEqual([expect.stringContaining('--insecure-ignore-tlog')]);
    });

    it('signatures stored in COSIGN_REPOSITORY, given as the signature repository', async () => {
      const r = await verify(inSigRepo, keyless(), { signatureRepository: sigRepo() });
      expect(r.verified).toBe(true);
      expect(r.signatures.map((s) => s.format).sort()).toEqual(['bundle', 'legacy']);
      // The key signature in the same .sig image fails the keyless policy, as it should.
      expect(r.rejected).toEqual([expect.objectContaining({ format: 'legacy', code: 'VERIFY_CERTIFICATE' })]);
      const byKey = await verify(inSigRepo, keyPolicy(true), {
        signatureRepository: sigRepo(),
        formats: 'legacy',
      });
      expect(byKey.signatures).toHaveLength(1);
      await expect(verify(inSigRepo, keyless())).rejects.toMatchObject({ code: 'VERIFY_NO_SIGNATURES' });
    });
  });

  describe('rejects', () => {
    it('another identity and another issuer with VERIFY_IDENTITY_MISMATCH', async () => {
      for (const policy of [
        keyless('https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main'),
        keyless(IDENTITY, 'https://gitlab.com'),
      ]) {
        const r = await verify(signed, policy);
        expect(r.verified).toBe(false);
        expect(r.rejected.map((x) => x.code)).toEqual([
          'VERIFY_IDENTITY_MISMATCH',
          'VERIFY_IDENTITY_MISMATCH',
        ]);
        expect(toVerifyFailure(r)?.code).toBe('VERIFY_IDENTITY_MISMATCH');
      }
    });

    it('a tampered payload (blob and manifest rewritten) with VERIFY_SIGNATURE', async () => {
      const image = await pushImage('tampered', 'tampered');
      await signKeylessLegacy(image);
      const sigTag = { ...repo('tampered'), tag: `${toFallbackTag(image.digest!)}.sig` };
      const manifest = JSON.parse((await client.getManifest(sigTag)).bytes.toString('utf8'));
      const layer = manifest.layers[0];
      const payload = (await client.fetchBlobBytes(repo('tampered'), layer.digest)).toString('utf8');
      const forged = Buffer.from(payload.replace('"optional":null', '"optional":{"approved":"yes"}'));
      expect(forged.toString()).not.toBe(payload);
      const up = await client.uploadBlob(repo('tampered'), forged);
      manifest.layers[0] = { ...layer, digest: up.digest, size: forged.length };
      await client.putManifest(sigTag, Buffer.from(JSON.stringify(manifest)));
      const r = await verify(image, keyless(), { formats: 'legacy' });
      expect(r.rejected).toEqual([expect.objectContaining({ format: 'legacy', code: 'VERIFY_SIGNATURE' })]);
    });

    it('signatures moved from another digest with VERIFY_SUBJECT_MISMATCH (.sig tag and referrers index)', async () => {
      const unsigned = await pushImage('app', 'unsigned');
      const from = await client.getManifest({ ...repo('app'), tag: `${toFallbackTag(signed.digest!)}.sig` });
      await client.putManifest({ ...repo('app'), tag: `${toFallbackTag(unsigned.digest!)}.sig` }, from.bytes);
      const { referrers } = await client.listReferrers(signed, { artifactType: BUNDLE_TYPE });
      expect(referrers).toHaveLength(1);
      await client.putManifest(
        { ...repo('app'), tag: toFallbackTag(unsigned.digest!) },
        serialiseIndex(buildReferrersIndex(referrers)),
      );
      const r = await verify(unsigned, keyless());
      expect(r.verified).toBe(false);
      expect(r.rejected.map((x) => [x.format, x.code]).sort()).toEqual([
        ['bundle', 'VERIFY_SUBJECT_MISMATCH'],
        ['legacy', 'VERIFY_SUBJECT_MISMATCH'],
      ]);
    });

    it('certificates from an untrusted CA (another bed’s Fulcio) with VERIFY_CERTIFICATE', async () => {
      const other = JSON.parse(
        readFileSync(new URL('../fixtures/cosign-v3.1.3-keyless/trusted_root.json', import.meta.url), 'utf8'),
      );
      const root = { ...sigstore().trustedRoot, certificateAuthorities: other.certificateAuthorities };
      const r = await verify(signed, keyless(IDENTITY, GITHUB_ISSUER, root));
      expect(r.rejected.map((x) => x.code)).toEqual(['VERIFY_CERTIFICATE', 'VERIFY_CERTIFICATE']);
    });

    it('key signatures without a tlog entry when one is required, with VERIFY_TLOG', async () => {
      const r = await verify(keySigned, keyPolicy(false));
      expect(r.rejected.map((x) => x.code)).toEqual(['VERIFY_TLOG', 'VERIFY_TLOG']);
      expect(toVerifyFailure(r)?.code).toBe('VERIFY_TLOG');
    });

    it('an image with no signatures with VERIFY_NO_SIGNATURES', async () => {
      const image = await pushImage('lonely', 'lonely');
      await expect(verify(image, keyless())).rejects.toMatchObject({ code: 'VERIFY_NO_SIGNATURES' });
    });
  });

  describe('triangulate', () => {
    it('lists what cosign wrote, as cosign triangulate names it', async () => {
      const t = await triangulate({ image: signed }, { registry: client });
      const sig = (await cosign(['triangulate', '--allow-http-registry', ref(signed)])).stdout.trim();
      expect(t.tags[0]).toMatchObject({ kind: 'signature', reference: sig, exists: true, layers: 1 });
      expect(t.tags.slice(1).map((x) => [x.kind, x.exists])).toEqual([
        ['attestation', false],
        ['sbom', false],
      ]);
      expect(t.referrers.source).toBe('fallback');
      expect(t.referrers.items.map((i) => i.artifactType)).toEqual([BUNDLE_TYPE]);
    });

    it('looks in the signature repository', async () => {
      const t = await triangulate({ image: inSigRepo, signatureRepository: sigRepo() }, { registry: client });
      const sig = (
        await cosign(['triangulate', '--allow-http-registry', ref(inSigRepo)], {
          COSIGN_REPOSITORY: `${sigRepo().registry}/${sigRepo().repository}`,
        })
      ).stdout.trim();
      expect(t.tags[0]).toMatchObject({ reference: sig, exists: true, layers: 2 });
      expect(t.referrers.items.map((i) => i.artifactType)).toEqual([BUNDLE_TYPE]);
    });
  });
});
