// The trust and signer policy of verify: which flag combinations are refused and why, and how a
// failed fetch of the public-good trusted root (TUF) becomes one clear error.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TUFError } from '@sigstore/tuf';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  buildVerifyPolicy,
  fetchPublicGoodTrustedRoot,
  parseTrustedRoot,
  PUBLIC_GOOD_TUF_URL,
} from '../../../src/verify/index.ts';

const rootJSON = JSON.parse(
  readFileSync(new URL('../../fixtures/cosign-v3.1.3-keyless/trusted_root.json', import.meta.url), 'utf8'),
);
const root = parseTrustedRoot(rootJSON, 'trusted_root.json');
const publicKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
const identity = { certificateIdentity: 'https://x/y', certificateOidcIssuer: 'https://issuer' };

describe('buildVerifyPolicy', () => {
  it('builds a keyless policy that requires a tlog entry by default', () => {
    const p = buildVerifyPolicy({ trustedRoot: root, identity });
    expect(p.signer.kind).toBe('keyless');
    expect(p.requireTlog).toBe(true);
    expect(p.warnings).toEqual([]);
  });

  it('builds a key policy, and warns when tlog checks are off', () => {
    const p = buildVerifyPolicy({ publicKey, insecureIgnoreTlog: true });
    expect(p).toMatchObject({ signer: { kind: 'key' }, requireTlog: false });
    expect(p.warnings).toEqual([expect.stringContaining('--insecure-ignore-tlog')]);
  });

  it.each([
    [
      '--key together with identity flags',
      { publicKey, trustedRoot: root, identity },
      'VERIFY_INVALID_POLICY',
      /not both/,
    ],
    [
      '--key needing the Rekor key without a trusted root',
      { publicKey },
      'VERIFY_INVALID_TRUST',
      /--insecure-ignore-tlog/,
    ],
    ['keyless without a trusted root', { identity }, 'VERIFY_INVALID_TRUST', /trusted root/],
    [
      'neither --key nor an identity',
      { trustedRoot: root },
      'VERIFY_INVALID_POLICY',
      /--certificate-identity/,
    ],
  ])('refuses %s', (_, input, code, message) => {
    expect(() => buildVerifyPolicy(input)).toThrow(message);
    expect(() => buildVerifyPolicy(input)).toThrow(expect.objectContaining({ code }));
  });
});

describe('fetchPublicGoodTrustedRoot', () => {
  it('hands @sigstore/tuf the public-good mirror and the cache folder, and returns its root', async () => {
    const seen: unknown[] = [];
    const got = await fetchPublicGoodTrustedRoot(
      { cachePath: '/cache/sigstore' },
      {
        getTrustedRoot: async (options) => {
          seen.push(options);
          return TrustedRoot.fromJSON(rootJSON);
        },
      },
    );
    expect(got.tlogs).toHaveLength(root.tlogs.length);
    expect(seen).toEqual([
      expect.objectContaining({ mirrorURL: PUBLIC_GOOD_TUF_URL, cachePath: '/cache/sigstore' }),
    ]);
  });

  it('turns a TUF failure into VERIFY_INVALID_TRUST that says what failed and how to go on', async () => {
    const offline = new TUFError({
      code: 'TUF_REFRESH_METADATA_ERROR',
      message: 'error refreshing TUF metadata',
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND tuf-repo-cdn.sigstore.dev'), {
        code: 'ENOTFOUND',
      }),
    });
    const err = await fetchPublicGoodTrustedRoot(
      {},
      {
        getTrustedRoot: async () => {
          throw offline;
        },
      },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VERIFY_INVALID_TRUST', cause: offline });
    const message = (err as Error).message;
    expect(message).toContain(`cannot fetch the Sigstore trusted root from ${PUBLIC_GOOD_TUF_URL}`);
    expect(message).toContain('TUF_REFRESH_METADATA_ERROR');
    expect(message).toContain('ENOTFOUND');
    expect(message).toContain('pass --trusted-root');
  });
});
