// sign-blob / verify-blob interoperate with the real cosign v3.1.3 over the bed's Fulcio, Rekor and
// TSA: Signet accepts `cosign sign-blob --bundle` output (from the file or its sha256 digest alone),
// cosign `verify-blob --bundle` accepts Signet's bundles, and the wrong file or signer is rejected.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { run, runOk } from '../support/run.ts';
import { signBlob, toBlobDigest, verifyBlob, parseBlobDigest } from '../../src/blob/index.ts';
import { createWitnesses } from '../../src/sign/bundler.ts';
import { KeySigner } from '../../src/sign/key-signer.ts';
import { ReusableCertificateSigner } from '../../src/sign/reusable-certificate-signer.ts';
import { buildVerifyPolicy, parsePublicKey, parseTrustedRoot } from '../../src/verify/index.ts';
import { generateKeyPairSync } from 'node:crypto';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;

let bed: Bed;
let dir: string;
let env: Record<string, string>;
const timings: Record<string, number> = {};
beforeAll(async () => {
  bed = await startBed({ registries: [], sigstore: true, oidc: true });
  dir = join(bed.dir, 'blob');
  mkdirSync(join(dir, 'home'), { recursive: true });
  env = {
    HOME: join(dir, 'home'),
    TUF_ROOT: join(dir, 'home', '.sigstore'),
    NO_PROXY: '127.0.0.1,localhost',
  };
});
afterAll(async () => {
  await bed?.stop();
  console.log(`blob timings: ${JSON.stringify(timings)}`);
});

const path = (name: string) => join(dir, name);
const keyless = (identity = IDENTITY, issuer = GITHUB_ISSUER) =>
  buildVerifyPolicy({
    trustedRoot: parseTrustedRoot(bed.sigstore!.trustedRoot, 'bed trusted root'),
    identity: { certificateIdentity: identity, certificateOidcIssuer: issuer },
  });
const cosignVerifyBlob = (bundle: string, blob: string, identity = IDENTITY) =>
  run(
    [
      toolPath('cosign'),
      'verify-blob',
      `--bundle=${bundle}`,
      `--trusted-root=${bed.sigstore!.trustedRootPath}`,
      `--certificate-identity=${identity}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      blob,
    ],
    { env, cwd: dir },
  );

describe('verifyBlob with cosign sign-blob’s bundle', () => {
  const blob = Buffer.from('release artefact signed by cosign\n');
  let bundleJSON: unknown;

  beforeAll(async () => {
    writeFileSync(path('cosign-artifact'), blob);
    const t0 = Date.now();
    await runOk(
      [
        toolPath('cosign'),
        'sign-blob',
        '--yes',
        `--identity-token=${bed.oidc!.githubToken()}`,
        `--signing-config=${bed.sigstore!.signingConfigPath}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        `--bundle=${path('cosign-artifact.sigstore.json')}`,
        path('cosign-artifact'),
      ],
      { env, cwd: dir },
    );
    timings.cosignSignBlobMs = Date.now() - t0;
    bundleJSON = JSON.parse(readFileSync(path('cosign-artifact.sigstore.json'), 'utf8'));
  });

  it('accepts it for the file and reads the signer, tlog entry and timestamp', () => {
    const t0 = Date.now();
    const r = verifyBlob({ blob: { bytes: blob }, bundleJSON, policy: keyless() });
    timings.signetVerifyBlobMs = Date.now() - t0;
    expect(r.digest).toBe(toBlobDigest(blob));
    expect(r.signature.identity).toMatchObject({ subjectAlternativeName: IDENTITY, issuer: GITHUB_ISSUER });
    expect(r.signature.tlog?.logIndex).toBeGreaterThanOrEqual(0);
    expect(r.signature.timestampAuthorities).toBe(1);
  });

  it('accepts it for the file’s sha256:<hex> digest alone', () => {
    const digest = parseBlobDigest(toBlobDigest(blob));
    expect(digest).toBeDefined();
    const r = verifyBlob({ blob: { digest: digest! }, bundleJSON, policy: keyless() });
    expect(r.signature.identity?.subjectAlternativeName).toBe(IDENTITY);
  });

  it('rejects another file with VERIFY_SUBJECT_MISMATCH, by bytes and by digest', () => {
    const other = Buffer.from('another file\n');
    for (const b of [{ bytes: other }, { digest: toBlobDigest(other) }]) {
      expect(() => verifyBlob({ blob: b, bundleJSON, policy: keyless() })).toThrow(
        expect.objectContaining({ code: 'VERIFY_SUBJECT_MISMATCH' }),
      );
    }
  });

  it('rejects another identity with VERIFY_IDENTITY_MISMATCH', () => {
    const policy = keyless('https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main');
    expect(() => verifyBlob({ blob: { bytes: blob }, bundleJSON, policy })).toThrow(
      expect.objectContaining({ code: 'VERIFY_IDENTITY_MISMATCH' }),
    );
  });
});

describe('signBlob', () => {
  it('writes a keyless bundle v0.3 that cosign verify-blob accepts, and Signet too', async () => {
    const blob = Buffer.from('release artefact signed by signet\n');
    const t0 = Date.now();
    const signed = await signBlob(blob, {
      signer: new ReusableCertificateSigner({
        fulcioURL: bed.sigstore!.fulcioURL,
        getToken: async () => bed.oidc!.githubToken(),
      }),
      witnesses: createWitnesses(
        { rekorURL: bed.sigstore!.rekorURL, tsaURL: bed.sigstore!.tsaURL },
        'hashedrekord',
      ),
    });
    timings.signetSignBlobMs = Date.now() - t0;
    expect(signed.bundleJSON.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(signed.bundleJSON.verificationMaterial.certificate).toBeDefined();
    writeFileSync(path('signet-artifact'), blob);
    writeFileSync(path('signet-artifact.sigstore.json'), JSON.stringify(signed.bundleJSON));

    const t1 = Date.now();
    const ok = await cosignVerifyBlob(path('signet-artifact.sigstore.json'), path('signet-artifact'));
    timings.cosignVerifyBlobMs = Date.now() - t1;
    expect(ok.stderr).toContain('Verified OK');
    expect(ok.code).toBe(0);
    writeFileSync(path('wrong-artifact'), 'not what was signed\n');
    const wrongFile = await cosignVerifyBlob(path('signet-artifact.sigstore.json'), path('wrong-artifact'));
    expect(wrongFile.code).not.toBe(0);
    const wrongSigner = await cosignVerifyBlob(
      path('signet-artifact.sigstore.json'),
      path('signet-artifact'),
      'https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main',
    );
    expect(wrongSigner.code).not.toBe(0);

    const r = verifyBlob({
      blob: { digest: signed.digest },
      bundleJSON: signed.bundleJSON,
      policy: keyless(),
    });
    expect(r.signature.identity?.subjectAlternativeName).toBe(IDENTITY);
  });

  it('writes a key bundle without a tlog entry that cosign verify-blob --key accepts', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const blob = Buffer.from('signed with a key\n');
    const signed = await signBlob(blob, { signer: new KeySigner(privateKey), witnesses: [] });
    writeFileSync(path('key-artifact'), blob);
    writeFileSync(path('key-artifact.sigstore.json'), JSON.stringify(signed.bundleJSON));
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    writeFileSync(path('key.pub'), pem);
    const r = await run(
      [
        toolPath('cosign'),
        'verify-blob',
        `--bundle=${path('key-artifact.sigstore.json')}`,
        `--key=${path('key.pub')}`,
        '--insecure-ignore-tlog',
        path('key-artifact'),
      ],
      { env, cwd: dir },
    );
    expect(r.stderr).toContain('Verified OK');
    expect(r.code).toBe(0);
    const policy = buildVerifyPolicy({ publicKey: parsePublicKey(pem, 'key.pub'), insecureIgnoreTlog: true });
    expect(
      verifyBlob({ blob: { bytes: blob }, bundleJSON: signed.bundleJSON, policy }).signature.identity,
    ).toBeUndefined();
  });
});

describe('verifyBlob with cosign attest-blob’s bundle (an attestation is not a blob signature)', () => {
  const blob = Buffer.from('release artefact attested by cosign\n');
  const PROVENANCE = 'https://slsa.dev/provenance/v1';
  let bundleJSON: unknown;

  beforeAll(async () => {
    writeFileSync(path('attested-artifact'), blob);
    writeFileSync(path('predicate.json'), JSON.stringify({ buildDefinition: { buildType: 'x' } }));
    await runOk(
      [
        toolPath('cosign'),
        'attest-blob',
        '--yes',
        `--identity-token=${bed.oidc!.githubToken()}`,
        `--signing-config=${bed.sigstore!.signingConfigPath}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        `--predicate=${path('predicate.json')}`,
        '--type=slsaprovenance1',
        `--bundle=${path('attested-artifact.sigstore.json')}`,
        path('attested-artifact'),
      ],
      { env, cwd: dir },
    );
    bundleJSON = JSON.parse(readFileSync(path('attested-artifact.sigstore.json'), 'utf8'));
  });

  it('is refused as a blob signature, naming the --type to verify it as an attestation', () => {
    expect(() => verifyBlob({ blob: { bytes: blob }, bundleJSON, policy: keyless() })).toThrow(
      expect.objectContaining({
        code: 'VERIFY_SUBJECT_MISMATCH',
        message: expect.stringContaining(
          `not a blob signature: verify it as an attestation with --type ${PROVENANCE}`,
        ),
      }),
    );
  });

  it('is accepted with its --type, and refused with another, as cosign verify-blob-attestation does', async () => {
    expect(
      verifyBlob({ blob: { bytes: blob }, bundleJSON, policy: keyless(), predicateType: PROVENANCE }).digest,
    ).toBe(toBlobDigest(blob));
    expect(() =>
      verifyBlob({
        blob: { bytes: blob },
        bundleJSON,
        policy: keyless(),
        predicateType: 'https://cyclonedx.org/bom',
      }),
    ).toThrow(expect.objectContaining({ code: 'VERIFY_SUBJECT_MISMATCH' }));
    const cosignAttestation = (type: string) =>
      run(
        [
          toolPath('cosign'),
          'verify-blob-attestation',
          `--bundle=${path('attested-artifact.sigstore.json')}`,
          `--trusted-root=${bed.sigstore!.trustedRootPath}`,
          `--certificate-identity=${IDENTITY}`,
          `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
          `--type=${type}`,
          path('attested-artifact'),
        ],
        { env, cwd: dir },
      );
    expect((await cosignAttestation('slsaprovenance1')).code).toBe(0);
    const other = await cosignAttestation('cyclonedx');
    expect(other.code).not.toBe(0);
    expect(other.stderr).toContain('invalid predicate type');
  });
});

describe('verifyBlob --key --insecure-ignore-tlog with cosign’s key bundle that carries a tlog entry', () => {
  it('ignores the entry the (absent) trust root cannot check, as cosign verify-blob does', async () => {
    const keys = join(dir, 'tlog-keys');
    mkdirSync(keys, { recursive: true });
    await runOk([toolPath('cosign'), 'generate-key-pair'], {
      env: { ...env, COSIGN_PASSWORD: '' },
      cwd: keys,
    });
    const blob = Buffer.from('key-signed, logged in the bed Rekor\n');
    writeFileSync(path('logged-artifact'), blob);
    await runOk(
      [
        toolPath('cosign'),
        'sign-blob',
        '--yes',
        `--key=${join(keys, 'cosign.key')}`,
        `--signing-config=${bed.sigstore!.signingConfigPath}`,
        `--trusted-root=${bed.sigstore!.trustedRootPath}`,
        `--bundle=${path('logged-artifact.sigstore.json')}`,
        path('logged-artifact'),
      ],
      { env: { ...env, COSIGN_PASSWORD: '' }, cwd: dir },
    );
    const bundleJSON = JSON.parse(readFileSync(path('logged-artifact.sigstore.json'), 'utf8')) as {
      verificationMaterial: { tlogEntries: unknown[] };
    };
    expect(bundleJSON.verificationMaterial.tlogEntries).toHaveLength(1);
    const cosign = await run(
      [
        toolPath('cosign'),
        'verify-blob',
        `--bundle=${path('logged-artifact.sigstore.json')}`,
        `--key=${join(keys, 'cosign.pub')}`,
        '--insecure-ignore-tlog',
        path('logged-artifact'),
      ],
      { env, cwd: dir },
    );
    expect({ code: cosign.code, err: cosign.stderr }).toEqual({
      code: 0,
      err: expect.stringContaining('Verified OK'),
    });
    const publicKey = parsePublicKey(readFileSync(join(keys, 'cosign.pub'), 'utf8'), 'cosign.pub');
    const r = verifyBlob({
      blob: { bytes: blob },
      bundleJSON,
      policy: buildVerifyPolicy({ publicKey, insecureIgnoreTlog: true }),
    });
    expect({ digest: r.digest, tlog: r.signature.tlog }).toEqual({
      digest: toBlobDigest(blob),
      tlog: undefined,
    });
    // Not ignored, the same entry is checked against the bed's Rekor key and passes.
    const checked = verifyBlob({
      blob: { bytes: blob },
      bundleJSON,
      policy: buildVerifyPolicy({
        publicKey,
        trustedRoot: parseTrustedRoot(bed.sigstore!.trustedRoot, 'bed trusted root'),
      }),
    });
    expect(checked.signature.tlog?.logIndex).toEqual(expect.any(Number));
  });
});
