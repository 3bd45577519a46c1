// The pure pieces of the sign stage: DSSE PAE, the `.sig` tag name, which registry failures the
// `.sig` update retries, and reading log indexes back from stored signatures.
import { RegistryError } from '../../../src/registry/index.ts';
import { bundleLogIndex, legacyLogIndex, toPAE } from '../../../src/sign/duplicates.ts';
import {
  toAttestationTag,
  toCosignTag,
  toReferrersFallbackTag,
  toSignatureTag,
} from '../../../src/storage/cosign-tags.ts';
import { isRetryableWrite } from '../../../src/storage/signature-image.ts';

describe('toPAE', () => {
  it('encodes the DSSE spec example', () => {
    expect(toPAE('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
  });
  it('counts bytes, not characters', () => {
    expect(toPAE('t', Buffer.from('é')).toString()).toBe('DSSEv1 1 t 2 é');
  });
});

describe('cosign tags', () => {
  const repo = { registry: 'ghcr.io', repository: 'acme/app', tag: 'v1' };
  const digest = `sha256:${'ab'.repeat(32)}` as const;
  const hex = 'ab'.repeat(32);
  it('names the .sig tag as cosign does, in the repository given (its tag dropped)', () => {
    expect(toSignatureTag(repo, digest)).toEqual({
      registry: 'ghcr.io',
      repository: 'acme/app',
      tag: `sha256-${hex}.sig`,
    });
  });
  it('names the .att and .sbom tags and the referrers fallback tag', () => {
    expect(toAttestationTag(repo, digest).tag).toBe(`sha256-${hex}.att`);
    expect(toCosignTag(repo, digest, 'sbom').tag).toBe(`sha256-${hex}.sbom`);
    expect(toReferrersFallbackTag(repo, digest).tag).toBe(`sha256-${hex}`);
  });
});

describe('isRetryableWrite', () => {
  const err = (
    code: ConstructorParameters<typeof RegistryError>[0],
    status: number,
    ociCodes: string[] = [],
    temporary = false,
  ) => new RegistryError(code, 'x', { status, ociCodes, temporary });
  it.each([
    ['a failed If-Match (412)', err('REGISTRY_CONFLICT', 412), true],
    ['a temporary 503', err('REGISTRY_UNAVAILABLE', 503, [], true), true],
    [
      'a concurrent commit of the same blob (DIGEST_INVALID)',
      err('REGISTRY_DIGEST_MISMATCH', 400, ['DIGEST_INVALID']),
      true,
    ],
    [
      'a manifest naming a blob another writer is committing',
      err('REGISTRY_INVALID_MANIFEST', 400, ['MANIFEST_BLOB_UNKNOWN']),
      true,
    ],
    ['a denied push', err('REGISTRY_DENIED', 403, ['DENIED']), false],
    ['an invalid manifest', err('REGISTRY_INVALID_MANIFEST', 400, ['MANIFEST_INVALID']), false],
    ['not a registry error', new Error('boom'), false],
  ])('%s → %s', (_what, e, want) => {
    expect(isRetryableWrite(e)).toBe(want);
  });
});

describe('log indexes of stored signatures', () => {
  it('reads the Rekor bundle annotation of a legacy layer', () => {
    const layer = {
      mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
      payload: Buffer.from('{}'),
      annotations: {
        'dev.sigstore.cosign/bundle': JSON.stringify({ SignedEntryTimestamp: '', Payload: { logIndex: 42 } }),
      },
    };
    expect(legacyLogIndex(layer)).toBe(42);
    expect(legacyLogIndex({ ...layer, annotations: {} })).toBeUndefined();
    expect(
      legacyLogIndex({ ...layer, annotations: { 'dev.sigstore.cosign/bundle': 'not json' } }),
    ).toBeUndefined();
  });
  it('reads the first tlog entry of bundle JSON (a string there)', () => {
    expect(bundleLogIndex({ verificationMaterial: { tlogEntries: [{ logIndex: '7' }] } })).toBe(7);
    expect(bundleLogIndex({ verificationMaterial: { tlogEntries: [] } })).toBeUndefined();
  });
});
