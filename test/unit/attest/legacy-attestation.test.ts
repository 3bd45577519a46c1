// attestationLayerToBundleJSON: cosign `.att` layers (DSSE envelope + annotations) read back into a
// bundle, and the malformed layers it refuses with VERIFY_MALFORMED.
import { attestationLayerToBundleJSON } from '../../../src/attest/legacy-attestation.ts';
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
