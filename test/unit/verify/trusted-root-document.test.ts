import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseTrustedRoot } from '../../../src/verify/trust.ts';
import type { VerifyError } from '../../../src/verify/errors.ts';

// A trusted root the real cosign v3.1.3 made (test/fixtures/cosign-v3.1.3-keyless).
const good = () =>
  JSON.parse(
    readFileSync(new URL('../../fixtures/cosign-v3.1.3-keyless/trusted_root.json', import.meta.url), 'utf8'),
  ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const refusal = (mutate: (r: ReturnType<typeof good>) => void): [string, string] => {
  const root = good();
  mutate(root);
  try {
    parseTrustedRoot(root, 'root.json');
  } catch (err) {
    return [(err as VerifyError).code, (err as Error).message];
  }
  return ['none', ''];
};

describe('parseTrustedRoot (strict)', () => {
  it('accepts the trusted root cosign wrote', () => {
    expect(parseTrustedRoot(good(), 'root.json').tlogs.length).toBeGreaterThan(0);
  });

  it("accepts public-good's trusted root (the copy @sigstore/tuf embeds: Rekor v1 and v2, CT logs, TSA)", () => {
    const seeds = JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('@sigstore/tuf/seeds.json'), 'utf8'),
    ) as Record<string, { targets: Record<string, string> }>;
    const text = Buffer.from(
      seeds['https://tuf-repo-cdn.sigstore.dev']!.targets['trusted_root.json']!,
      'base64',
    );
    const root = parseTrustedRoot(JSON.parse(text.toString('utf8')), 'public-good');
    expect(root.certificateAuthorities.length).toBeGreaterThan(0);
    expect(root.ctlogs.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a log key without a validity start',
      (r) => delete r.tlogs[0].publicKey.validFor,
      'tlogs[0].publicKey.validFor',
    ],
    [
      'a CA without a validity start',
      (r) => (r.certificateAuthorities[0].validFor = {}),
      'certificateAuthorities[0].validFor.start',
    ],
    [
      'a log key that is not SPKI',
      (r) => (r.tlogs[0].publicKey.rawBytes = 'AAAA'),
      'tlogs[0].publicKey.rawBytes',
    ],
    [
      'an unknown key type',
      (r) => (r.tlogs[0].publicKey.keyDetails = 'PKIX_MD5'),
      'tlogs[0].publicKey.keyDetails',
    ],
    ['an unknown hash', (r) => (r.tlogs[0].hashAlgorithm = 'MD5'), 'tlogs[0].hashAlgorithm'],
    ['a log without a URL', (r) => (r.tlogs[0].baseUrl = 'rekor'), 'tlogs[0].baseUrl'],
    [
      'a CA certificate that is not DER',
      (r) => (r.certificateAuthorities[0].certChain.certificates[0].rawBytes = 'AAAA'),
      'certificateAuthorities[0].certChain.certificates[0].rawBytes',
    ],
    [
      'an empty chain',
      (r) => (r.certificateAuthorities[0].certChain.certificates = []),
      'certificateAuthorities[0].certChain.certificates',
    ],
    ['a wrong media type', (r) => (r.mediaType = 'application/json'), 'mediaType'],
    [
      'a key type that is not the key (an ECDSA key called Ed25519)',
      (r) => (r.tlogs[0].publicKey.keyDetails = 'PKIX_ED25519'),
      'tlogs[0].publicKey.keyDetails is PKIX_ED25519 but publicKey.rawBytes holds a ECDSA P-256 key',
    ],
    [
      'a CT log key with the wrong curve',
      (r) => (r.ctlogs[0].publicKey.keyDetails = 'PKIX_ECDSA_P384_SHA_384'),
      'ctlogs[0].publicKey.keyDetails',
    ],
    [
      'a TSA chain root first (not leaf-most first)',
      (r) => r.timestampAuthorities[0].certChain.certificates.reverse(),
      'timestampAuthorities[0].certChain.certificates[0] is not issued by certificates[1]',
    ],
    [
      'a TSA without a validity start',
      (r) => delete r.timestampAuthorities[0].validFor.start,
      'timestampAuthorities[0].validFor.start',
    ],
    [
      'a TSA URL that is not http(s)',
      (r) => (r.timestampAuthorities[0].uri = 'ftp://tsa'),
      'timestampAuthorities[0].uri',
    ],
    ['a log ID that is not base64', (r) => (r.tlogs[0].logId.keyId = 'not base64!'), 'tlogs[0].logId.keyId'],
  ] as [string, (r: ReturnType<typeof good>) => void, string][])(
    'refuses %s, naming the field',
    (_w, mutate, field) => {
      const [code, message] = refusal(mutate);
      expect(code).toBe('VERIFY_INVALID_TRUST');
      expect(message).toContain(`root.json: ${field}`);
      expect(message.split('\n')).toHaveLength(1);
    },
  );
});
