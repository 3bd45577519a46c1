// The storage encoders reproduce what the real cosign v3.1.3 wrote (test/fixtures/cosign-v3.1.3).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSimpleSigningPayload, parseSimpleSigningPayload } from '../../../src/sign/simple-signing.ts';
import { buildLegacyConfig, buildLegacyImage, hasIdenticalLayer } from '../../../src/storage/legacy-image.ts';
import { buildBundleReferrer, rfc3339Seconds } from '../../../src/storage/bundle-referrer.ts';
import { toLegacyAnnotations, toRekorBundleAnnotation } from '../../../src/sign/legacy-annotations.ts';
import { toStatement } from '../../../src/sign/statement.ts';
import { decodePemBlocks, encodePem } from '../../../src/sign/pem.ts';
import type { Digest } from '../../../src/registry/name.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/cosign-v3.1.3/${name}`, import.meta.url));
const json = (name: string) => JSON.parse(fixture(name).toString('utf8'));
const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const SUBJECT = 'sha256:b7e17a713480d3c62a739c26fbcde7e941c1e0a262a1a66cab2e376269009c3a' as Digest;

describe('toSimpleSigningPayload', () => {
  it('produces the bytes cosign signed', () => {
    const payload = toSimpleSigningPayload({ dockerReference: '127.0.0.1:43659/app', digest: SUBJECT });
    expect(payload.equals(fixture('legacy-simplesigning-payload.json'))).toBe(true);
  });

  it('puts annotations under optional with sorted keys and Go escaping', () => {
    const payload = toSimpleSigningPayload({
      dockerReference: 'ghcr.io/acme/app',
      digest: SUBJECT,
      annotations: { z: '1', a: '<&>' },
    });
    expect(payload.toString()).toContain('"optional":{"a":"\\u003c\\u0026\\u003e","z":"1"}');
  });

  it('round-trips through the parser', () => {
    const parsed = parseSimpleSigningPayload(fixture('legacy-simplesigning-payload.json'));
    expect(parsed).toEqual({
      dockerReference: '127.0.0.1:43659/app',
      digest: SUBJECT,
      type: 'cosign container image signature',
      optional: null,
    });
  });

  it('rejects a payload without the critical section', () => {
    expect(() => parseSimpleSigningPayload(Buffer.from('{"optional":null}'))).toThrow(/lacks critical/);
  });
});

describe('buildLegacyImage', () => {
  const payload = fixture('legacy-simplesigning-payload.json');
  const cosignManifest = json('legacy-sig-manifest-key.json');
  const signature = cosignManifest.layers[0].annotations['dev.cosignproject.cosign/signature'];
  const image = buildLegacyImage([
    {
      mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
      payload,
      annotations: { 'dev.cosignproject.cosign/signature': signature },
    },
  ]);

  it('writes the config cosign writes, byte for byte', () => {
    expect(image.config.equals(fixture('legacy-sig-config.json'))).toBe(true);
    expect(buildLegacyConfig([payload]).equals(image.config)).toBe(true);
  });

  it('writes a manifest equal to cosign’s', () => {
    expect(image.manifest).toEqual(cosignManifest);
    expect(image.manifestBytes.equals(fixture('legacy-sig-manifest-key.json'))).toBe(true);
  });

  it('lists every blob it references under its digest', () => {
    for (const [digest, bytes] of image.blobs) expect(sha256(bytes)).toBe(digest);
    expect([...image.blobs.keys()].sort()).toEqual(
      [image.manifest.config.digest, ...image.manifest.layers.map((l) => l.digest)].sort(),
    );
  });

  it('one history entry and diff_id per layer', () => {
    const two = buildLegacyImage([
      { mediaType: 'x', payload: Buffer.from('a'), annotations: {} },
      { mediaType: 'x', payload: Buffer.from('b'), annotations: {} },
    ]);
    const config = JSON.parse(two.config.toString());
    expect(config.history).toHaveLength(2);
    expect(config.rootfs.diff_ids).toEqual([sha256(Buffer.from('a')), sha256(Buffer.from('b'))]);
  });

  it('detects an identical layer and only an identical one', () => {
    const layer = { mediaType: 'x', payload: Buffer.from('p'), annotations: { s: '1', c: '2' } };
    expect(hasIdenticalLayer([layer], { ...layer, annotations: { c: '2', s: '1' } })).toBe(true);
    expect(hasIdenticalLayer([layer], { ...layer, annotations: { s: '2', c: '2' } })).toBe(false);
    expect(hasIdenticalLayer([layer], { ...layer, payload: Buffer.from('q') })).toBe(false);
    expect(hasIdenticalLayer([], layer)).toBe(false);
  });
});

describe('buildBundleReferrer', () => {
  const cosign = json('bundle-referrer-manifest-key.json');
  const bundleJSON = fixture('bundle-v03-dsse-key-no-tlog.json');
  const referrer = buildBundleReferrer({
    bundleJSON,
    subject: cosign.subject,
    content: 'dsse-envelope',
    predicateType: 'https://sigstore.dev/cosign/sign/v1',
    created: new Date('2026-11-23T04:43:24.512Z'),
  });

  it('matches cosign’s manifest (less cosign’s non-standard artifactType on the config)', () => {
    const { artifactType: _, ...config } = cosign.config;
    expect(referrer.manifest).toEqual({ ...cosign, config });
  });

  it('names its own digest and carries the empty config and the bundle as blobs', () => {
    expect(referrer.digest).toBe(sha256(referrer.manifestBytes));
    expect(referrer.blobs.get(cosign.config.digest)?.toString()).toBe('{}');
    expect(referrer.blobs.get(cosign.layers[0].digest)?.equals(bundleJSON)).toBe(true);
  });

  it('stamps created without fractional seconds', () => {
    expect(rfc3339Seconds(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05Z');
  });
});

describe('toLegacyAnnotations', () => {
  it('refuses a DSSE bundle: legacy signatures sign the simple-signing payload', () => {
    const bundle = bundleFromJSON(json('bundle-v03-dsse-key-no-tlog.json'));
    expect(() => toLegacyAnnotations(bundle)).toThrow(/message-signature bundle/);
  });

  it('maps signature, certificate, chain, Rekor entry and timestamp', () => {
    const cert = Buffer.from('leaf-der');
    const chain = Buffer.from('ca-der');
    const bundle = bundleFromJSON({
      mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
      verificationMaterial: {
        x509CertificateChain: {
          certificates: [{ rawBytes: cert.toString('base64') }, { rawBytes: chain.toString('base64') }],
        },
        tlogEntries: [
          {
            logIndex: '42',
            logId: { keyId: Buffer.from([0xab, 0xcd]).toString('base64') },
            kindVersion: { kind: 'hashedrekord', version: '0.0.1' },
            integratedTime: '1700000000',
            inclusionPromise: { signedEntryTimestamp: Buffer.from('set').toString('base64') },
            canonicalizedBody: Buffer.from('{"body":1}').toString('base64'),
          },
        ],
        timestampVerificationData: {
          rfc3161Timestamps: [{ signedTimestamp: Buffer.from('tsr').toString('base64') }],
        },
      },
      messageSignature: {
        messageDigest: { algorithm: 'SHA2_256', digest: Buffer.alloc(32).toString('base64') },
        signature: Buffer.from('sig').toString('base64'),
      },
    });
    const a = toLegacyAnnotations(bundle);
    expect(a['dev.cosignproject.cosign/signature']).toBe(Buffer.from('sig').toString('base64'));
    expect(decodePemBlocks(a['dev.sigstore.cosign/certificate']!, 'CERTIFICATE')).toEqual([cert]);
    expect(decodePemBlocks(a['dev.sigstore.cosign/chain']!, 'CERTIFICATE')).toEqual([chain]);
    expect(JSON.parse(a['dev.sigstore.cosign/bundle']!)).toEqual({
      SignedEntryTimestamp: Buffer.from('set').toString('base64'),
      Payload: {
        body: Buffer.from('{"body":1}').toString('base64'),
        integratedTime: 1700000000,
        logIndex: 42,
        logID: 'abcd',
      },
    });
    expect(JSON.parse(a['dev.sigstore.cosign/rfc3161timestamp']!)).toEqual({
      SignedRFC3161Timestamp: Buffer.from('tsr').toString('base64'),
    });
    expect(() =>
      toRekorBundleAnnotation({
        ...bundle.verificationMaterial.tlogEntries[0]!,
        inclusionPromise: undefined,
      }),
    ).toThrow(/no inclusion promise/);
  });
});

describe('toStatement', () => {
  it('makes the digest the only subject', () => {
    expect(toStatement(SUBJECT, 'https://sigstore.dev/cosign/sign/v1', {})).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { sha256: SUBJECT.slice(7) } }],
      predicateType: 'https://sigstore.dev/cosign/sign/v1',
      predicate: {},
    });
  });
});

describe('encodePem and decodePemBlocks', () => {
  it('wraps at 64 columns and round-trips', () => {
    const der = Buffer.alloc(100, 7);
    const pem = encodePem('CERTIFICATE', der);
    expect(pem.split('\n')[1]).toHaveLength(64);
    expect(decodePemBlocks(pem + pem, 'CERTIFICATE')).toEqual([der, der]);
  });
});
