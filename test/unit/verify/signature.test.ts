// The verifier accepts what the real cosign v3.1.3 wrote (keyless and key, legacy and bundle) and
// rejects each kind of forgery with the code of the check that caught it.
import { readFileSync } from 'node:fs';
import {
  verifySignature,
  type SignatureCandidate,
  type SignatureCheck,
} from '../../../src/verify/signature.ts';
import { parseIdentityPolicy } from '../../../src/verify/identity.ts';
import { buildTrustMaterial, parsePublicKey, parseTrustedRoot } from '../../../src/verify/trust.ts';
import type { Digest } from '../../../src/registry/name.ts';
import { VerifyError } from '../../../src/verify/errors.ts';

const read = (dir: string, name: string) =>
  readFileSync(new URL(`../../fixtures/${dir}/${name}`, import.meta.url));
const json = (dir: string, name: string) => JSON.parse(read(dir, name).toString('utf8'));

const KL = 'cosign-v3.1.3-keyless';
const facts = json(KL, 'facts.json') as {
  digest: Digest;
  repository: string;
  identity: string;
  issuer: string;
};
const root = parseTrustedRoot(json(KL, 'trusted_root.json'), 'trusted_root.json');
const keylessPolicy = parseIdentityPolicy({
  certificateIdentity: facts.identity,
  certificateOidcIssuer: facts.issuer,
});
const keyless: SignatureCheck = {
  digest: facts.digest,
  repository: facts.repository,
  trust: buildTrustMaterial(root),
  signer: { kind: 'keyless', policy: keylessPolicy },
  requireTlog: true,
};
const legacyLayer = json(KL, 'legacy-sig-manifest-keyless.json').layers[0];
const legacyKeyless = (
  over: Partial<{ payload: Buffer; annotations: Record<string, string> }> = {},
): SignatureCandidate => ({
  format: 'legacy',
  location: 'app:sha256-….sig[0]',
  payload: read(KL, 'legacy-simplesigning-payload.json'),
  annotations: { ...legacyLayer.annotations },
  ...over,
});
const bundleKeyless = (
  bundleJSON: unknown = json(KL, 'bundle-v03-dsse-keyless.json'),
): SignatureCandidate => ({
  format: 'bundle',
  location: 'app@referrer',
  bundleJSON,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof VerifyError) return err.code;
    throw err;
  }
  return 'passed';
};

describe('verifySignature, keyless', () => {
  it('accepts cosign’s legacy signature and reads the signer identity, tlog entry and timestamp', () => {
    const v = verifySignature(legacyKeyless(), keyless);
    expect(v.identity?.subjectAlternativeName).toBe(facts.identity);
    expect(v.identity?.issuer).toBe(facts.issuer);
    expect(v.identity?.claims.sourceRepositoryURI).toBe('https://github.com/signet-bed/app');
    expect(v.tlog?.logIndex).toBeGreaterThanOrEqual(0);
    expect(v.timestampAuthorities).toBe(1);
  });

  it('accepts cosign’s bundle', () => {
    const v = verifySignature(bundleKeyless(), keyless);
    expect(v.format).toBe('bundle');
    expect(v.identity?.subjectAlternativeName).toBe(facts.identity);
  });

  it.each([
    [
      'another identity',
      { certificateIdentity: 'https://github.com/other/repo/.github/workflows/x.yml@refs/heads/main' },
    ],
    ['another issuer', { certificateOidcIssuer: 'https://gitlab.com' }],
    [
      'an identity regexp that does not match',
      {
        certificateIdentity: undefined,
        certificateIdentityRegexp:
          'https://github\\.com/other/app/\\.github/workflows/release\\.yml@refs/heads/.+',
      },
    ],
    [
      'a partial match (regexps are anchored)',
      { certificateIdentity: undefined, certificateIdentityRegexp: 'https://github\\.com/signet-bed' },
    ],
    ['another source repository claim', { claims: { sourceRepositoryURI: 'https://github.com/other/app' } }],
  ])('rejects %s with VERIFY_IDENTITY_MISMATCH', (_, flags) => {
    const policy = parseIdentityPolicy({
      certificateIdentity: facts.identity,
      certificateOidcIssuer: facts.issuer,
      ...flags,
    });
    const check = { ...keyless, signer: { kind: 'keyless' as const, policy } };
    expect(codeOf(() => verifySignature(legacyKeyless(), check))).toBe('VERIFY_IDENTITY_MISMATCH');
    expect(codeOf(() => verifySignature(bundleKeyless(), check))).toBe('VERIFY_IDENTITY_MISMATCH');
  });

  it('accepts an anchored regexp that matches the whole identity', () => {
    const policy = parseIdentityPolicy({
      certificateIdentityRegexp:
        'https://github\\.com/signet-bed/app/\\.github/workflows/(build|release)\\.yml@refs/heads/main',
      certificateOidcIssuer: facts.issuer,
    });
    expect(
      codeOf(() => verifySignature(legacyKeyless(), { ...keyless, signer: { kind: 'keyless', policy } })),
    ).toBe('passed');
  });

  it('rejects a tampered payload with VERIFY_SIGNATURE', () => {
    const payload = Buffer.from(
      read(KL, 'legacy-simplesigning-payload.json').toString().replace('"optional":null', '"optional":{}'),
    );
    expect(codeOf(() => verifySignature(legacyKeyless({ payload }), keyless))).toBe('VERIFY_SIGNATURE');
    const b = json(KL, 'bundle-v03-dsse-keyless.json');
    const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
    statement.predicate = { tampered: true };
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    expect(['VERIFY_SIGNATURE', 'VERIFY_TLOG']).toContain(
      codeOf(() => verifySignature(bundleKeyless(b), keyless)),
    );
  });

  it('rejects a signature moved from another digest with VERIFY_SUBJECT_MISMATCH', () => {
    const moved = { ...keyless, digest: `sha256:${'0'.repeat(64)}` as Digest };
    expect(codeOf(() => verifySignature(legacyKeyless(), moved))).toBe('VERIFY_SUBJECT_MISMATCH');
    expect(codeOf(() => verifySignature(bundleKeyless(), moved))).toBe('VERIFY_SUBJECT_MISMATCH');
  });

  it('rejects a legacy signature naming another repository unless told to ignore it', () => {
    const other = { ...keyless, repository: 'ghcr.io/acme/app' };
    expect(codeOf(() => verifySignature(legacyKeyless(), other))).toBe('VERIFY_SUBJECT_MISMATCH');
    expect(codeOf(() => verifySignature(legacyKeyless(), { ...other, ignoreDockerReference: true }))).toBe(
      'passed',
    );
  });

  it('rejects a certificate from an untrusted CA with VERIFY_CERTIFICATE', () => {
    const untrusted = parseTrustedRoot(
      { ...json(KL, 'trusted_root.json'), certificateAuthorities: [] },
      'root',
    );
    const check = { ...keyless, trust: buildTrustMaterial(untrusted) };
    expect(codeOf(() => verifySignature(legacyKeyless(), check))).toBe('VERIFY_CERTIFICATE');
    expect(codeOf(() => verifySignature(bundleKeyless(), check))).toBe('VERIFY_CERTIFICATE');
  });

  it('checks an SCT the certificate carries even when the trusted root lists no CT log (fail closed)', () => {
    // A root without CT logs (GitHub's instance) asks for no SCT; a certificate that carries one anyway
    // must still have it verified, so a root that cannot check it refuses.
    const noCtlog = parseTrustedRoot({ ...json(KL, 'trusted_root.json'), ctlogs: [] }, 'root');
    const check = { ...keyless, trust: buildTrustMaterial(noCtlog) };
    expect(codeOf(() => verifySignature(bundleKeyless(), check))).toBe('VERIFY_CERTIFICATE');
  });

  it('rejects a missing tlog entry when one is required with VERIFY_TLOG', () => {
    const annotations = { ...legacyLayer.annotations };
    delete annotations['dev.sigstore.cosign/bundle'];
    expect(codeOf(() => verifySignature(legacyKeyless({ annotations }), keyless))).toBe('VERIFY_TLOG');
    // Without the tlog requirement the RFC 3161 timestamp proves the signing time.
    expect(
      codeOf(() => verifySignature(legacyKeyless({ annotations }), { ...keyless, requireTlog: false })),
    ).toBe('passed');
  });

  it('rejects an untrusted timestamp authority when the timestamp is the only proof of time', () => {
    const annotations = { ...legacyLayer.annotations };
    delete annotations['dev.sigstore.cosign/bundle'];
    const noTsa = parseTrustedRoot({ ...json(KL, 'trusted_root.json'), timestampAuthorities: [] }, 'root');
    const check = { ...keyless, requireTlog: false, trust: buildTrustMaterial(noTsa) };
    expect(codeOf(() => verifySignature(legacyKeyless({ annotations }), check))).toBe('VERIFY_TIMESTAMP');
  });

  it('rejects a key-signed bundle in keyless mode', () => {
    const b = json('cosign-v3.1.3', 'bundle-v03-dsse-key-no-tlog.json');
    expect(codeOf(() => verifySignature(bundleKeyless(b), keyless))).toBe('VERIFY_CERTIFICATE');
  });

  it('rejects malformed annotations with VERIFY_MALFORMED', () => {
    const annotations = { ...legacyLayer.annotations, 'dev.sigstore.cosign/bundle': '{not json' };
    expect(codeOf(() => verifySignature(legacyKeyless({ annotations }), keyless))).toBe('VERIFY_MALFORMED');
    expect(codeOf(() => verifySignature(bundleKeyless({ mediaType: 'nope' }), keyless))).toBe(
      'VERIFY_MALFORMED',
    );
  });
});

describe('verifySignature, key', () => {
  const K = 'cosign-v3.1.3';
  const key = parsePublicKey(read(K, 'cosign.pub').toString(), 'cosign.pub');
  const subject = json(K, 'bundle-referrer-manifest-key.json').subject.digest as Digest;
  const check: SignatureCheck = {
    digest: subject,
    repository: '127.0.0.1:43659/app',
    trust: buildTrustMaterial(undefined, key),
    signer: { kind: 'key' },
    requireTlog: false,
  };
  const legacy: SignatureCandidate = {
    format: 'legacy',
    location: 'sig[0]',
    payload: read(K, 'legacy-simplesigning-payload.json'),
    annotations: json(K, 'legacy-sig-manifest-key.json').layers[0].annotations,
  };
  const bundle: SignatureCandidate = {
    format: 'bundle',
    location: 'ref',
    bundleJSON: json(K, 'bundle-v03-dsse-key-no-tlog.json'),
  };

  it('accepts cosign’s key signatures in both formats', () => {
    expect(verifySignature(legacy, check).format).toBe('legacy');
    expect(verifySignature(bundle, check).format).toBe('bundle');
  });

  it('rejects them under another key with VERIFY_SIGNATURE', () => {
    const other = parsePublicKey(
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+TRtgfkM5QZdRWbimAH6cwNRU4xELwwFXVuEyJxn6An39cPo397Pd0+ai7gQ2v+8Q76YS075+9sBuvNow+kQiA==\n-----END PUBLIC KEY-----\n',
      'other.pub',
    );
    const wrong = { ...check, trust: buildTrustMaterial(undefined, other) };
    expect(codeOf(() => verifySignature(legacy, wrong))).toBe('VERIFY_SIGNATURE');
    expect(codeOf(() => verifySignature(bundle, wrong))).toBe('VERIFY_SIGNATURE');
  });

  it('requires a tlog entry unless --insecure-ignore-tlog', () => {
    expect(codeOf(() => verifySignature(legacy, { ...check, requireTlog: true }))).toBe('VERIFY_TLOG');
  });

  describe('with --insecure-ignore-tlog and a tlog entry the trust root does not know', () => {
    // The key signatures carrying a tlog entry from another log (the keyless fixture's Rekor): valid
    // signatures, with an entry nothing here can check.
    const foreignEntries = json(KL, 'bundle-v03-dsse-keyless.json').verificationMaterial.tlogEntries;
    const bundleJSON = json(K, 'bundle-v03-dsse-key-no-tlog.json');
    bundleJSON.verificationMaterial.tlogEntries = foreignEntries;
    const withEntry: SignatureCandidate = { format: 'bundle', location: 'ref', bundleJSON };
    const legacyWithEntry: SignatureCandidate = {
      ...legacy,
      annotations: {
        ...(legacy as { annotations: Record<string, string> }).annotations,
        'dev.sigstore.cosign/bundle': legacyLayer.annotations['dev.sigstore.cosign/bundle'],
      },
    } as SignatureCandidate;

    it('ignores the entry entirely, as cosign does, in both formats and with or without a trusted root', () => {
      for (const trust of [buildTrustMaterial(undefined, key), buildTrustMaterial(root, key)]) {
        for (const candidate of [withEntry, legacyWithEntry]) {
          const v = verifySignature(candidate, { ...check, trust, requireTlog: false });
          expect({ format: v.format, tlog: v.tlog }).toEqual({ format: candidate.format, tlog: undefined });
        }
      }
    });

    it('still checks the entry when the tlog is not ignored', () => {
      for (const candidate of [withEntry, legacyWithEntry]) {
        expect(
          codeOf(() =>
            verifySignature(candidate, { ...check, trust: buildTrustMaterial(root, key), requireTlog: true }),
          ),
        ).toBe('VERIFY_SIGNATURE');
      }
    });
  });
});

describe('parseIdentityPolicy', () => {
  it.each([
    [{ certificateOidcIssuer: 'x' }, /certificate-identity or --certificate-identity-regexp is required/],
    [{ certificateIdentity: 'x' }, /certificate-oidc-issuer or --certificate-oidc-issuer-regexp is required/],
    [{ certificateIdentity: 'x', certificateIdentityRegexp: 'x', certificateOidcIssuer: 'y' }, /not both/],
    [{ certificateIdentityRegexp: '.*', certificateOidcIssuer: 'y' }, /too broad/],
    [{ certificateIdentityRegexp: '.+|', certificateOidcIssuer: 'y' }, /too broad/],
    [
      { certificateIdentity: 'x', certificateOidcIssuerRegexp: '(.*)' },
      /--certificate-oidc-issuer-regexp "\(\.\*\)" is too broad/,
    ],
    [{ certificateIdentityRegexp: '(', certificateOidcIssuer: 'y' }, /not a valid regular expression/],
    [{ certificateIdentity: ' ', certificateOidcIssuer: 'y' }, /is empty/],
  ])('refuses %j', (flags, message) => {
    expect(() => parseIdentityPolicy(flags)).toThrow(message);
  });

  it('allows a match-anything regexp only when asked', () => {
    expect(
      parseIdentityPolicy({
        certificateIdentityRegexp: '.*',
        certificateOidcIssuer: 'y',
        allowAnyIdentity: true,
      }).subject.kind,
    ).toBe('regexp');
  });
});
