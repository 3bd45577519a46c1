// What verify prints: the one-line verdict, a line per signature, and the stable `--output json` shape.
import type { Bundle } from '@sigstore/bundle';
import type { Digest } from '../../../src/registry/index.ts';
import {
  formatBlobVerdict,
  formatDetails,
  formatVerdict,
  toVerifyBlobJSON,
  toVerifyJSON,
  type VerifiedSignature,
  type VerifyResult,
} from '../../../src/verify/index.ts';

const digest = `sha256:${'ab'.repeat(32)}` as Digest;
const keyless: VerifiedSignature = {
  format: 'legacy',
  location: `ghcr.io/acme/app:sha256-${'ab'.repeat(32)}.sig[0]`,
  identity: {
    subjectAlternativeName: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    issuer: 'https://token.actions.githubusercontent.com',
    claims: { sourceRepositoryURI: 'https://github.com/acme/app' },
  },
  tlog: { logIndex: 42, integratedTime: new Date('2026-01-02T03:04:05Z') },
  timestampAuthorities: 1,
  bundle: {} as Bundle,
};
const byKey: VerifiedSignature = {
  format: 'bundle',
  location: `ghcr.io/acme/app@sha256:${'cd'.repeat(32)}`,
  timestampAuthorities: 0,
  bundle: {} as Bundle,
};
const result = (over: Partial<VerifyResult> = {}): VerifyResult => ({
  image: { registry: 'ghcr.io', repository: 'acme/app', tag: 'v1' },
  digest,
  signatureRepository: { registry: 'ghcr.io', repository: 'acme/app' },
  formats: 'both',
  verified: true,
  signatures: [keyless],
  rejected: [
    {
      format: 'bundle',
      location: 'ghcr.io/acme/app@sha256:ef',
      code: 'VERIFY_IDENTITY_MISMATCH',
      message: 'ghcr.io/acme/app@sha256:ef: certificate identity "x" does not match "y"',
    },
  ],
  warnings: [],
  ...over,
});

describe('formatVerdict', () => {
  it('names the image, the count and the signers when verified', () => {
    expect(formatVerdict(result())).toBe(
      `verified ghcr.io/acme/app:v1@${digest}: 1 of 2 signatures passed, signed by https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main (issuer https://token.actions.githubusercontent.com)`,
    );
  });

  it('names the failed checks when not verified', () => {
    expect(formatVerdict(result({ verified: false, signatures: [] }))).toBe(
      `NOT verified ghcr.io/acme/app:v1@${digest}: none of 1 signature passed (VERIFY_IDENTITY_MISMATCH)`,
    );
  });
});

describe('formatDetails', () => {
  it('gives one line per signature, passed first, then warnings', () => {
    expect(formatDetails(result({ signatures: [keyless, byKey], warnings: ['careful'] }))).toEqual([
      `passed  legacy  ${keyless.location}; signer https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main (issuer https://token.actions.githubusercontent.com); tlog #42 at 2026-01-02T03:04:05.000Z; 1 timestamp`,
      `passed  bundle  ${byKey.location}; signer the given key; no tlog entry; 0 timestamps`,
      'failed  bundle  ghcr.io/acme/app@sha256:ef; VERIFY_IDENTITY_MISMATCH: certificate identity "x" does not match "y"',
      'warning: careful',
    ]);
  });
});

describe('toVerifyJSON', () => {
  it('has the documented, stable shape', () => {
    expect(JSON.parse(JSON.stringify(toVerifyJSON(result({ signatures: [keyless, byKey] }))))).toEqual({
      schema: 'signet.verify/v1',
      verified: true,
      image: 'ghcr.io/acme/app:v1',
      digest,
      signatureRepository: 'ghcr.io/acme/app',
      formats: 'both',
      signatures: [
        {
          format: 'legacy',
          location: keyless.location,
          signer: {
            kind: 'keyless',
            identity: keyless.identity?.subjectAlternativeName,
            issuer: 'https://token.actions.githubusercontent.com',
            claims: { sourceRepositoryURI: 'https://github.com/acme/app' },
          },
          tlog: { logIndex: 42, integratedTime: '2026-01-02T03:04:05.000Z' },
          timestampAuthorities: 1,
        },
        {
          format: 'bundle',
          location: byKey.location,
          signer: { kind: 'key' },
          tlog: null,
          timestampAuthorities: 0,
        },
      ],
      rejected: result().rejected,
      warnings: [],
    });
  });

  it('describes a verified blob the same way', () => {
    const blob = { ...keyless, format: 'blob' as const, location: 'artifact.sigstore.json' };
    expect(toVerifyBlobJSON(digest, blob, [])).toMatchObject({
      schema: 'signet.verify-blob/v1',
      verified: true,
      digest,
      signature: { format: 'blob', signer: { kind: 'keyless' } },
    });
    expect(formatBlobVerdict(digest, byKey)).toBe(`verified blob ${digest}: signed by the given key`);
  });
});
