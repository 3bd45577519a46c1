// signBlob packs a bundle v0.3; verifyBlob checks it against the file's bytes or only its digest, for
// message signatures and DSSE statements, and rejects another file with VERIFY_SUBJECT_MISMATCH.
// Keyless blob bundles (real cosign, bed Fulcio/Rekor) are covered in test/integration/blob.itg.test.ts.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { DSSEBundleBuilder } from '@sigstore/sign';
import { bundleToJSON } from '@sigstore/bundle';
import { parseBlobDigest, signBlob, toBlobDigest, verifyBlob } from '../../../src/blob/index.ts';
import { KeySigner } from '../../../src/sign/key-signer.ts';
import { buildVerifyPolicy } from '../../../src/verify/index.ts';
import { prehashUnsupported, verifyPrehashed } from '../../../src/verify/prehashed.ts';

const blob = Buffer.from('release binary\n');
const other = Buffer.from('another binary\n');

function keyPair(curve: 'P-256' | 'P-384' = 'P-256') {
  return generateKeyPairSync('ec', { namedCurve: curve });
}
const policyFor = (publicKey: KeyObject) => buildVerifyPolicy({ publicKey, insecureIgnoreTlog: true });

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'passed';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
};

describe('signBlob', () => {
  it('writes a bundle v0.3 message signature over the blob, with the key hint', async () => {
    const { privateKey } = keyPair();
    const r = await signBlob(blob, { signer: new KeySigner(privateKey), witnesses: [] });
    expect(r.digest).toBe(toBlobDigest(blob));
    expect(r.bundleJSON.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(r.bundleJSON.messageSignature?.messageDigest).toEqual({
      algorithm: 'SHA2_256',
      digest: Buffer.from(r.digest.slice(7), 'hex').toString('base64'),
    });
    expect(r.bundleJSON.verificationMaterial.publicKey?.hint).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });
});

describe('verifyBlob', () => {
  describe('with a message signature', () => {
    it.each(['P-256'] as const)(
      'accepts the file’s bytes and its sha256 digest alone (%s)',
      async (curve) => {
        const { privateKey, publicKey } = keyPair(curve);
        const { bundleJSON } = await signBlob(blob, { signer: new KeySigner(privateKey), witnesses: [] });
        const policy = policyFor(publicKey);
        const byBytes = verifyBlob({ blob: { bytes: blob }, bundleJSON, policy });
        expect(byBytes).toMatchObject({ digest: toBlobDigest(blob), signature: { format: 'blob' } });
        expect(byBytes.warnings).toEqual([expect.stringContaining('--insecure-ignore-tlog')]);
        const byDigest = verifyBlob({ blob: { digest: toBlobDigest(blob) }, bundleJSON, policy });
        expect(byDigest.digest).toBe(toBlobDigest(blob));
      },
    );

    it('rejects another file, by bytes or by digest, with VERIFY_SUBJECT_MISMATCH', async () => {
      const { privateKey, publicKey } = keyPair();
      const { bundleJSON } = await signBlob(blob, { signer: new KeySigner(privateKey), witnesses: [] });
      const policy = policyFor(publicKey);
      expect(codeOf(() => verifyBlob({ blob: { bytes: other }, bundleJSON, policy }))).toBe(
        'VERIFY_SUBJECT_MISMATCH',
      );
      expect(() => verifyBlob({ blob: { digest: toBlobDigest(other) }, bundleJSON, policy })).toThrow(
        /another file/,
      );
    });

    it('rejects a forged signature and another key with VERIFY_SIGNATURE, from bytes or digest', async () => {
      const { privateKey } = keyPair();
      const { bundleJSON } = await signBlob(blob, { signer: new KeySigner(privateKey), witnesses: [] });
      const wrongKey = policyFor(keyPair().publicKey);
      expect(codeOf(() => verifyBlob({ blob: { bytes: blob }, bundleJSON, policy: wrongKey }))).toBe(
        'VERIFY_SIGNATURE',
      );
      expect(() =>
        verifyBlob({ blob: { digest: toBlobDigest(blob) }, bundleJSON, policy: wrongKey }),
      ).toThrow(/ECDSA P-256\/P-384 keys only/);
    });

    it.each(['P-256', 'P-384'] as const)('checks ECDSA %s signatures over a bare sha256 digest', (curve) => {
      const { privateKey, publicKey } = keyPair(curve);
      const signature = sign('sha256', blob, privateKey);
      const digest = createHash('sha256').update(blob).digest();
      expect(verifyPrehashed(publicKey, digest, signature)).toBe(true);
      expect(verifyPrehashed(publicKey, createHash('sha256').update(other).digest(), signature)).toBe(false);
      expect(verifyPrehashed(keyPair(curve).publicKey, digest, signature)).toBe(false);
    });

    it('cannot check an Ed25519 signature from a digest alone, and says to give the file', () => {
      const { publicKey } = generateKeyPairSync('ed25519');
      expect(prehashUnsupported(publicKey)).toBe('ed25519 keys');
      expect(prehashUnsupported(keyPair().publicKey)).toBeUndefined();
      expect(verifyPrehashed(publicKey, Buffer.alloc(32), Buffer.alloc(64))).toBe(false);
    });
  });

  describe('with a DSSE statement about the blob', () => {
    const statementBundle = async (privateKey: KeyObject, subjectOf: Buffer) => {
      const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'release', digest: { sha256: toBlobDigest(subjectOf).slice(7) } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {},
      };
      const bundle = await new DSSEBundleBuilder({
        signer: new KeySigner(privateKey),
        witnesses: [],
        certificateChain: false,
      }).create({ data: Buffer.from(JSON.stringify(statement)), type: 'application/vnd.in-toto+json' });
      return bundleToJSON(bundle);
    };

    it('is not a blob signature: refused without --type, naming the predicate type to give', async () => {
      const { privateKey, publicKey } = keyPair();
      const bundleJSON = await statementBundle(privateKey, blob);
      const policy = policyFor(publicKey);
      for (const b of [{ bytes: blob }, { digest: toBlobDigest(blob) }]) {
        expect(() => verifyBlob({ blob: b, bundleJSON, policy })).toThrow(
          expect.objectContaining({
            code: 'VERIFY_SUBJECT_MISMATCH',
            message: expect.stringContaining(
              'not a blob signature: verify it as an attestation with --type https://slsa.dev/provenance/v1',
            ),
          }),
        );
      }
    });

    it('accepts the blob named in the subject with its --type, from bytes or digest; refuses another type', async () => {
      const { privateKey, publicKey } = keyPair();
      const bundleJSON = await statementBundle(privateKey, blob);
      const policy = policyFor(publicKey);
      const predicateType = 'https://slsa.dev/provenance/v1';
      expect(
        verifyBlob({ blob: { digest: toBlobDigest(blob) }, bundleJSON, policy, predicateType }).digest,
      ).toBe(toBlobDigest(blob));
      expect(verifyBlob({ blob: { bytes: blob }, bundleJSON, policy, predicateType }).digest).toBe(
        toBlobDigest(blob),
      );
      for (const wrong of ['https://sigstore.dev/cosign/sign/v1', 'https://cyclonedx.org/bom']) {
        expect(() => verifyBlob({ blob: { bytes: blob }, bundleJSON, policy, predicateType: wrong })).toThrow(
          expect.objectContaining({
            code: 'VERIFY_SUBJECT_MISMATCH',
            message: expect.stringContaining(`expected ${JSON.stringify(wrong)}`),
          }),
        );
      }
    });

    it('with --type, refuses a blob signature (a message signature is no attestation)', async () => {
      const { privateKey, publicKey } = keyPair();
      const { bundleJSON } = await signBlob(blob, { signer: new KeySigner(privateKey), witnesses: [] });
      expect(() =>
        verifyBlob({
          blob: { bytes: blob },
          bundleJSON,
          policy: policyFor(publicKey),
          predicateType: 'https://slsa.dev/provenance/v1',
        }),
      ).toThrow(
        expect.objectContaining({
          code: 'VERIFY_SUBJECT_MISMATCH',
          message: expect.stringContaining('drop --type'),
        }),
      );
    });

    it('rejects a blob the statement is not about with VERIFY_SUBJECT_MISMATCH', async () => {
      const { privateKey, publicKey } = keyPair();
      const bundleJSON = await statementBundle(privateKey, blob);
      expect(
        codeOf(() =>
          verifyBlob({
            blob: { bytes: other },
            bundleJSON,
            policy: policyFor(publicKey),
            predicateType: 'https://slsa.dev/provenance/v1',
          }),
        ),
      ).toBe('VERIFY_SUBJECT_MISMATCH');
    });
  });

  it('rejects a file that is not a bundle with VERIFY_MALFORMED', () => {
    const policy = policyFor(keyPair().publicKey);
    expect(codeOf(() => verifyBlob({ blob: { bytes: blob }, bundleJSON: { hello: 1 }, policy }))).toBe(
      'VERIFY_MALFORMED',
    );
  });
});

describe('parseBlobDigest', () => {
  it.each([
    [`sha256:${'a'.repeat(64)}`, `sha256:${'a'.repeat(64)}`],
    [`sha256:${'A'.repeat(64)}`, undefined],
    ['sha256:abc', undefined],
    ['./release.tar.gz', undefined],
  ])('reads %s as %s', (arg, want) => {
    expect(parseBlobDigest(arg)).toBe(want);
  });
});
