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

  it('asks for one certificate at a time: concurrent signatures wait for the one being requested', async () => {
    // A token request that fails on demand stands in for Fulcio (no network in unit tests): what counts
    // is that the second signature does not start a certificate request of its own while one is pending.
    const calls: (() => void)[] = [];
    const signer = new ReusableCertificateSigner({
      fulcioURL: 'http://127.0.0.1:9',
      getToken: () =>
        new Promise<string>((_resolve, reject) => {
          calls.push(() => reject(new OidcError('OIDC_INVALID_TOKEN', `token ${calls.length} refused`)));
        }),
    });
    const first = signer.sign(Buffer.from('a'));
    const second = signer.sign(Buffer.from('b'));
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toHaveLength(1);
    calls[0]!();
    await expect(first).rejects.toThrow('token 1 refused');
    // The first request failed: the waiting signature now asks for a certificate itself.
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toHaveLength(2);
    calls[1]!();
    await expect(second).rejects.toThrow('token 2 refused');
  });
});
