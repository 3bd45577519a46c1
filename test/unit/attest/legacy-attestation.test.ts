// attestationLayerToBundleJSON: cosign `.att` layers (DSSE envelope + annotations) read back into a
// bundle, and the malformed layers it refuses with VERIFY_MALFORMED.
import { readFileSync } from 'node:fs';
import { bundleFromJSON } from '@sigstore/bundle';
import { attestationLayerToBundleJSON, toAttestationLayer } from '../../../src/attest/legacy-attestation.ts';
import { VerifyError } from '../../../src/verify/index.ts';

const envelope = Buffer.from(
  JSON.stringify({
    payload: Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}').toString('base64'),
    payloadType: 'application/vnd.in-toto+json',
    signatures: [{ sig: Buffer.from('sig').toString('base64') }],
  }),
);
const base = { 'dev.cosignproject.cosign/signature': '', predicateType: 'https://cyclonedx.org/bom' };

describe('attestationLayerToBundleJSON', () => {
  it('reads a key-signed layer without tlog entry as a v0.3 public-key DSSE bundle', () => {
    expect(attestationLayerToBundleJSON(envelope, base, 'x.att[0]')).toMatchObject({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint: '' }, tlogEntries: [] },
      dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', signatures: [{ keyid: '', sig: 'c2ln' }] },
    });
  });

  it.each([
    ['not JSON', Buffer.from('nope'), base, /not JSON/],
    ['not an envelope', Buffer.from('{"payload":1}'), base, /not a DSSE envelope/],
    [
      'a certificate annotation without PEM',
      envelope,
      { ...base, 'dev.sigstore.cosign/certificate': 'junk' },
      /holds no PEM certificate/,
    ],
    [
      'a Rekor bundle that is not JSON',
      envelope,
      { ...base, 'dev.sigstore.cosign/bundle': '{' },
      /is not JSON/,
    ],
    [
      'a Rekor bundle without its fields',
      envelope,
      { ...base, 'dev.sigstore.cosign/bundle': '{"Payload":{}}' },
      /lacks SignedEntryTimestamp/,
    ],
    [
      'a timestamp annotation of the wrong shape',
      envelope,
      { ...base, 'dev.sigstore.cosign/rfc3161timestamp': '{}' },
      /SignedRFC3161Timestamp/,
    ],
  ])('refuses %s with VERIFY_MALFORMED', (_what, payload, annotations, message) => {
    let err: unknown;
    try {
      attestationLayerToBundleJSON(payload, annotations, 'x.att[0]');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(VerifyError);
    expect((err as VerifyError).code).toBe('VERIFY_MALFORMED');
    expect((err as VerifyError).message).toMatch(message);
    expect((err as VerifyError).message).toMatch(/^x\.att\[0\]: /);
  });
});

describe('toAttestationLayer', () => {
  // cosign v3.1.3's keyless DSSE bundle: a tlog entry and an RFC 3161 timestamp over the signature.
  const bundle = bundleFromJSON(
    JSON.parse(
      readFileSync(
        new URL('../../fixtures/cosign-v3.1.3-keyless/bundle-v03-dsse-keyless.json', import.meta.url),
        'utf8',
      ),
    ),
  );

  it('leaves the signature timestamp off when a tlog entry proves the time (cosign checks it over the envelope)', () => {
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    const layer = toAttestationLayer(bundle, 'https://slsa.dev/verification_summary/v1');
    expect(Object.keys(layer.annotations ?? {}).sort()).toEqual([
      'dev.cosignproject.cosign/signature',
      'dev.sigstore.cosign/bundle',
      'dev.sigstore.cosign/certificate',
      'dev.sigstore.cosign/chain',
      'predicateType',
    ]);
  });

  it('keeps it when there is no tlog entry (the timestamp is the only proof of time)', () => {
    const noTlog = { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: [] } };
    const layer = toAttestationLayer(noTlog, 'https://slsa.dev/verification_summary/v1');
    expect(layer.annotations).toHaveProperty(['dev.sigstore.cosign/rfc3161timestamp']);
  });
});
