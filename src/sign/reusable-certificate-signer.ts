// Keyless signing that asks Fulcio once per run: the first signature goes through sigstore-js's
// FulcioSigner (ephemeral key, proof of possession, certificate); later ones reuse that certificate and
// key while it is comfortably valid. One image signed in two formats, or an index with N platforms,
// thus costs one certificate (one CT log entry) instead of 2N, as cosign does per invocation.
import { generateKeyPairSync } from 'node:crypto';
import { KeySigner } from './key-signer.ts';
import type { Signature, Signer } from './signer.ts';
import { SignError } from './errors.ts';

/** Where to get a certificate, and how long one may be reused. */
export interface FulcioOptions {
  fulcioURL: string;
  /** Returns the OIDC token (audience `sigstore`). Called once per certificate. */
  getToken: () => Promise<string>;
  timeoutMs?: number;
  retries?: number;
  /** Fulcio certificates live 10 minutes; stop reusing one after this long (default 8 minutes). */
  reuseForMs?: number;
  now?: () => number;
}

/** Signs with an ephemeral key certified by Fulcio, reusing the certificate within a run. */
export class ReusableCertificateSigner implements Signer {
  readonly #options: FulcioOptions;
  #current: { keyHolder: KeySigner; certificate: string; issuedAt: number } | undefined;
  /** The certificate being requested: concurrent signatures (many images at once) wait for this one. */
  #pending: Promise<unknown> | undefined;

  constructor(options: FulcioOptions) {
    this.#options = options;
  }

  async sign(data: Buffer): Promise<Signature> {
    const now = this.#options.now ?? Date.now;
    for (;;) {
      const current = this.#current;
      if (current && now() - current.issuedAt < (this.#options.reuseForMs ?? 8 * 60_000)) {
        const sig = await current.keyHolder.sign(data);
        return {
          signature: sig.signature,
          key: { $case: 'x509Certificate', certificate: current.certificate },
        };
      }
      if (!this.#pending) break;
      // Another signature is getting the certificate: wait for it, then reuse it (or, if it failed, try).
      await this.#pending.catch(() => undefined);
    }
    const request = this.#certify(data, now);
    this.#pending = request;
    try {
      return await request;
    } finally {
      this.#pending = undefined;
    }
  }

  async #certify(data: Buffer, now: () => number): Promise<Signature> {
    // The token first, outside sigstore-js: its FulcioSigner wraps a token failure (expired, wrong
    // audience) into "error retrieving identity token" and hides the cause that says what to fix.
    const token = await this.#options.getToken();
    const keyHolder = new KeySigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
    // sigstore-js's signing stack (its HTTP client among it) loads only when a certificate is asked for.
    const { FulcioSigner } = await import('@sigstore/sign');
    const fulcio = new FulcioSigner({
      fulcioBaseURL: this.#options.fulcioURL,
      identityProvider: { getToken: async () => token },
      keyHolder,
      timeout: this.#options.timeoutMs ?? 30_000,
      retry: { retries: this.#options.retries ?? 2 },
    });
    const sig = await fulcio.sign(data);
    if (sig.key.$case !== 'x509Certificate')
      throw new SignError('SIGN_FAILED', 'fulcio returned no certificate');
    this.#current = { keyHolder, certificate: sig.key.certificate, issuedAt: now() };
    return sig;
  }
}
