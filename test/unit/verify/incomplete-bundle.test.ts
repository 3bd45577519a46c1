// Bundles that lack a part verification needs fail with a VERIFY_* code and one line saying what is
// missing, never with an exception from inside a library (issue 16). Each bundle is crafted from the real
// cosign v3.1.3 keyless bundle (test/fixtures/cosign-v3.1.3-keyless) by removing that one part.
import { readFileSync } from 'node:fs';
import {
  verifySignature,
  type SignatureCandidate,
  type SignatureCheck,
} from '../../../src/verify/signature.ts';
import { parseIdentityPolicy } from '../../../src/verify/identity.ts';
import { buildTrustMaterial, parseTrustedRoot } from '../../../src/verify/trust.ts';
import type { Digest } from '../../../src/registry/name.ts';
import { VerifyError } from '../../../src/verify/errors.ts';

const KL = 'cosign-v3.1.3-keyless';
const json = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${KL}/${name}`, import.meta.url), 'utf8'));
const facts = json('facts.json') as { digest: Digest; repository: string; identity: string; issuer: string };
const check: SignatureCheck = {
  digest: facts.digest,
  repository: facts.repository,
  trust: buildTrustMaterial(parseTrustedRoot(json('trusted_root.json'), 'trusted_root.json')),
  signer: {
    kind: 'keyless',
    policy: parseIdentityPolicy({ certificateIdentity: facts.identity, certificateOidcIssuer: facts.issuer }),
  },
  requireTlog: true,
};

interface BundleJSON {
  mediaType: string;
  verificationMaterial: {
    certificate?: unknown;
    x509CertificateChain?: unknown;
    tlogEntries: Record<string, unknown>[];
    timestampVerificationData?: unknown;
  };
}
const bundle = (): BundleJSON => json('bundle-v03-dsse-keyless.json');
const candidate = (b: unknown): SignatureCandidate => ({
  format: 'bundle',
  location: 'app@referrer',
  bundleJSON: b,
});

/** The VerifyError verifySignature throws (anything else fails the test). */
function failure(b: unknown, c: SignatureCheck = check): VerifyError {
  try {
    verifySignature(candidate(b), c);
  } catch (err) {
    if (err instanceof VerifyError) return err;
    throw new Error(`expected a VerifyError, got ${String(err)}`, { cause: err });
  }
  throw new Error('expected the bundle to fail');
}

describe('verifySignature with a bundle that lacks a part verification needs', () => {
  it('the untouched bundle verifies (the crafted ones below differ by one part)', () => {
    expect(verifySignature(candidate(bundle()), check).identity?.subjectAlternativeName).toBe(facts.identity);
  });

  it('an inclusion proof without a checkpoint: VERIFY_MALFORMED naming the checkpoint', () => {
    const b = bundle();
    delete (b.verificationMaterial.tlogEntries[0]!.inclusionProof as Record<string, unknown>).checkpoint;
    const err = failure(b);
    expect(err.code).toBe('VERIFY_MALFORMED');
    expect(err.message).toMatch(/^app@referrer: .*checkpoint/);
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('a v0.1 bundle without an inclusion promise: VERIFY_MALFORMED naming the inclusion promise', () => {
    const b = bundle();
    b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
    b.verificationMaterial.x509CertificateChain = { certificates: [b.verificationMaterial.certificate] };
    delete b.verificationMaterial.certificate;
    const entry = b.verificationMaterial.tlogEntries[0]!;
    delete entry.inclusionPromise;
    delete entry.inclusionProof;
    const err = failure(b);
    expect(err.code).toBe('VERIFY_MALFORMED');
    expect(err.message).toMatch(/^app@referrer: .*inclusionPromise/);
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('a Rekor v2 entry with no timestamp: VERIFY_TIMESTAMP saying a TSA timestamp is needed', () => {
    const b = bundle();
    const entry = b.verificationMaterial.tlogEntries[0]!;
    // Rekor v2 (rekor-tiles) entries: kind version 0.0.2, no integrated time, no signed entry timestamp.
    entry.kindVersion = { kind: 'dsse', version: '0.0.2' };
    entry.integratedTime = '0';
    delete entry.inclusionPromise;
    delete b.verificationMaterial.timestampVerificationData;
    const err = failure(b, { ...check, requireTlog: false });
    expect(err.code).toBe('VERIFY_TIMESTAMP');
    expect(err.message).toMatch(
      /^app@referrer: the bundle has a Rekor v2 entry .* and no RFC 3161 timestamp/,
    );
    expect(err.message.split('\n')).toHaveLength(1);
  });
});
