// The attestation store's pure parts: which bundles of a run go to GitHub, and the retry schedule.
import { generateKeyPairSync } from 'node:crypto';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { isRetryableStatus, toBundlesToStore, toRetryDelay } from '../../../src/attestation-store/index.ts';
import { toFileStatement } from '../../../src/attest/index.ts';
import { signMessage, signStatement } from '../../../src/sign/bundler.ts';
import { KeySigner } from '../../../src/sign/key-signer.ts';

let dsse: SerializedBundle;
let dsse2: SerializedBundle;
let message: SerializedBundle;
beforeAll(async () => {
  const signer = new KeySigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
  const st = toFileStatement(
    [{ name: 'a', digest: `sha256:${'a'.repeat(64)}` }],
    'https://example.com/p',
    {},
  );
  dsse = bundleToJSON(await signStatement(st, { signer, witnesses: [] }));
  dsse2 = bundleToJSON(await signStatement(st, { signer, witnesses: [] }));
  message = bundleToJSON(await signMessage(Buffer.from('x'), { signer, witnesses: [] }));
});

describe('toBundlesToStore', () => {
  it('keeps one statement per subject and kind, the bundle-format copy first, and no message signatures', () => {
    const out = toBundlesToStore([
      { subject: 'img@sha256:1', kind: 'signature', format: 'legacy', bundle: message },
      { subject: 'img@sha256:1', kind: 'signature', format: 'bundle', bundle: dsse },
      { subject: 'img@sha256:1', kind: 'provenance', format: 'legacy', bundle: dsse2 },
      { subject: 'img@sha256:1', kind: 'provenance', format: 'bundle', bundle: dsse },
      { subject: 'img@sha256:2', kind: 'provenance', format: 'bundle', bundle: undefined },
    ]);
    expect(out.map((b) => [b.label, b.bundle === dsse])).toEqual([
      ['signature of img@sha256:1', true],
      ['provenance of img@sha256:1', true],
    ]);
  });
});

describe('the retry schedule', () => {
  const opts = { baseDelayMs: 1000, maxDelayMs: 30_000 };
  it('retries 5xx, 429 and no answer; not other 4xx', () => {
    expect([500, 502, 503, 429, undefined].map(isRetryableStatus)).toEqual([true, true, true, true, true]);
    expect([400, 401, 403, 404, 422].map(isRetryableStatus)).toEqual([false, false, false, false, false]);
  });

  it('doubles with up to 50% jitter, honours Retry-After, and caps the wait', () => {
    expect([1, 2, 3].map((n) => toRetryDelay(n, undefined, 0, opts))).toEqual([1000, 2000, 4000]);
    expect(toRetryDelay(1, undefined, 1, opts)).toBe(1500);
    expect(toRetryDelay(1, '7', 0, opts)).toBe(7000);
    expect(toRetryDelay(1, '3600', 0, opts)).toBe(30_000);
    expect(toRetryDelay(9, undefined, 0, opts)).toBe(30_000);
  });
});
