// A token failure (expired, wrong audience) reaches the user as its own one-line cause, not as
// sigstore-js's "error retrieving identity token" with the cause hidden (issue 11 item 9).
import { OidcError } from '../../../src/oidc/errors.ts';
import { ReusableCertificateSigner } from '../../../src/sign/reusable-certificate-signer.ts';

describe('ReusableCertificateSigner', () => {
  it('throws the token error itself, before any request to Fulcio', async () => {
    const expired = new OidcError('OIDC_INVALID_TOKEN', 'identity token expired at 1970-01-01T00:16:40.000Z');
    const signer = new ReusableCertificateSigner({
      fulcioURL: 'http://127.0.0.1:9',
      getToken: () => Promise.reject(expired),
    });
    await expect(signer.sign(Buffer.from('x'))).rejects.toBe(expired);
  });
});
