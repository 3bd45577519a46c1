// The caps on what a registry can make Signet read (src/limits.ts), proven against a STAND-IN registry
// that injects hostile behaviour (test/support/hostile-registry.ts): endless referrers pages, a `.sig`
// image with 100,000 layers, a manifest that never ends, indexes nested without end, a layer that
// claims 1 KB and streams 1 GB. Each must end with REGISTRY_LIMIT_EXCEEDED naming the cap (or the
// digest check) after a bounded number of requests and bytes. Time and memory are measured in
// bench/hostile-registry.ts, never asserted here.
import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS, parseLimits, toLimits, LimitSyntaxError, type Limits } from '../../../src/limits.ts';
import { RegistryClient, RegistryError, type Digest, type ImageRef } from '../../../src/registry/index.ts';
import { resolveTargets } from '../../../src/sign/resolve-targets.ts';
import { readSignatureImage } from '../../../src/storage/signature-image.ts';
import { limitsFrom } from '../../../src/ci/common/context.ts';
import { UsageError } from '../../../src/ci/common/values.ts';
import { verifyAttestations } from '../../../src/attest/verify-attestations.ts';
import { buildVerifyPolicy, parsePublicKey, verifyImage } from '../../../src/verify/index.ts';
import {
  startHostileRegistry,
  type HostileOptions,
  type HostileRegistry,
} from '../../support/hostile-registry.ts';

const publicKey = parsePublicKey(
  readFileSync(new URL('../../fixtures/cosign-v3.1.3/cosign.pub', import.meta.url), 'utf8'),
  'cosign.pub',
);
const policy = buildVerifyPolicy({ publicKey, insecureIgnoreTlog: true });

let reg: HostileRegistry | undefined;
let client: RegistryClient | undefined;
afterEach(async () => {
  client?.close();
  await reg?.stop();
  reg = undefined;
  client = undefined;
});

async function hostile(opts: HostileOptions, limits: Partial<Limits> = {}) {
  reg = await startHostileRegistry(opts);
  client = new RegistryClient({ limits, retry: { maxAttempts: 1 } });
  const image: ImageRef = { registry: reg.host, repository: reg.repository, digest: reg.subject as Digest };
  return { reg, client, image };
}

async function failure(p: Promise<unknown>): Promise<RegistryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RegistryError);
  return err as RegistryError;
}

describe('caps on what a registry can make Signet read', () => {
  describe('a referrers API serving 1,000 pages of 15,000 referrers', () => {
    it('stops at the first page with REGISTRY_LIMIT_EXCEEDED (referrers), naming how to raise it', async () => {
      const { reg, client, image } = await hostile({ referrers: { pages: 1000, perPage: 15_000 } });
      const err = await failure(verifyImage({ image, policy, formats: 'bundle' }, { registry: client }));
      expect(err.code).toBe('REGISTRY_LIMIT_EXCEEDED');
      expect(err.limit).toBe('referrers');
      expect(err.message).toContain('--limit referrers=N');
      expect(err.message).toContain('SIGNET_LIMITS');
      expect(reg.requests.filter((r) => r.path.includes('/referrers/'))).toHaveLength(1);
    });

    it('with the entries cap raised, stops at the pages cap instead of following every Link', async () => {
      const { reg, client, image } = await hostile(
        { referrers: { pages: 1000, perPage: 10 } },
        { referrers: 1_000_000 },
      );
      const err = await failure(verifyImage({ image, policy, formats: 'bundle' }, { registry: client }));
      expect(err.limit).toBe('referrersPages');
      expect(reg.requests.filter((r) => r.path.includes('/referrers/'))).toHaveLength(
        DEFAULT_LIMITS.referrersPages,
      );
    });

    it('with every count cap raised, stops at the verification byte budget', async () => {
      const { reg, client, image } = await hostile(
        { referrers: { pages: 1000, perPage: 2_000 } },
        { referrers: 1e9, referrersPages: 1e9, verificationBytes: 4 * 1024 * 1024 },
      );
      const err = await failure(verifyImage({ image, policy, formats: 'bundle' }, { registry: client }));
      expect(err.limit).toBe('verificationBytes');
      // Each page is ~190 KB: the 4 MiB budget is spent within ~23 pages.
      expect(reg.requests.filter((r) => r.path.includes('/referrers/')).length).toBeLessThan(30);
    });
  });

  it('a fallback index of 15,000 referrers is refused (referrers)', async () => {
    const { client, image } = await hostile({ fallbackEntries: 15_000 });
    const err = await failure(verifyImage({ image, policy, formats: 'bundle' }, { registry: client }));
    expect(err.limit).toBe('referrers');
  });

  describe('a .sig image with 100,000 layers', () => {
    it('is refused by the manifest-bytes cap before it is parsed', async () => {
      const { reg, client, image } = await hostile({ sigLayers: 100_000 });
      const err = await failure(verifyImage({ image, policy, formats: 'legacy' }, { registry: client }));
      expect(err.limit).toBe('manifestBytes');
      expect(reg.requests.filter((r) => r.path.includes('/blobs/'))).toHaveLength(0);
    });

    it('with the manifest cap raised, is refused by the attachment-layers cap, fetching no layer', async () => {
      const { reg, client, image } = await hostile(
        { sigLayers: 100_000 },
        { manifestBytes: 64 * 1024 * 1024 },
      );
      const err = await failure(verifyImage({ image, policy, formats: 'legacy' }, { registry: client }));
      expect(err.limit).toBe('attachmentLayers');
      expect(err.message).toContain('100000 exceeds the attachment-layers limit of 1000');
      expect(reg.requests.filter((r) => r.path.includes('/blobs/'))).toHaveLength(0);
    });

    it('signing next to it refuses to read every layer of the existing .sig image', async () => {
      const { reg, client, image } = await hostile(
        { sigLayers: 100_000 },
        { manifestBytes: 64 * 1024 * 1024 },
      );
      const tag: ImageRef = { ...image, digest: undefined, tag: `${image.digest!.replace(':', '-')}.sig` };
      const err = await failure(readSignatureImage(client, tag));
      expect(err.limit).toBe('attachmentLayers');
      expect(reg.requests.filter((r) => r.path.includes('/blobs/'))).toHaveLength(0);
    });

    it('verify-attestation refuses a .att image the same way', async () => {
      const { client, image } = await hostile({ sigLayers: 100_000 }, { manifestBytes: 64 * 1024 * 1024 });
      const err = await failure(
        verifyAttestations(
          { image, policy, predicateType: 'https://slsa.dev/provenance/v1', formats: 'legacy' },
          { registry: client },
        ),
      );
      expect(err.limit).toBe('attachmentLayers');
    });
  });

  describe('a manifest that never ends', () => {
    it('is cut off at the manifest-bytes cap when streamed without a length', async () => {
      const { reg, client, image } = await hostile({ oversizeManifest: 1024 * 1024 * 1024 });
      const err = await failure(verifyImage({ image, policy, formats: 'legacy' }, { registry: client }));
      expect(err.limit).toBe('manifestBytes');
      // Stopped after ~4 MiB; what sat in socket buffers is all the stand-in got out beyond that.
      expect(reg.bytesSent).toBeLessThan(64 * 1024 * 1024);
    });

    it('is refused from its Content-Length before the body is read', async () => {
      const { reg, client, image } = await hostile({
        oversizeManifest: 1024 * 1024 * 1024,
        declareLength: true,
      });
      const err = await failure(verifyImage({ image, policy, formats: 'legacy' }, { registry: client }));
      expect(err.limit).toBe('manifestBytes');
      expect(err.message).toContain('1073741824 bytes (Content-Length)');
      expect(reg.bytesSent).toBeLessThan(64 * 1024 * 1024);
    });
  });

  it('an index nested without end is refused at the index-depth cap when signing recursively', async () => {
    const { reg, client, image } = await hostile({ nestedIndexes: 1000 });
    const err = await failure(resolveTargets(client, { image, recursive: true }, 'signed'));
    expect(err.limit).toBe('indexDepth');
    expect(reg.requests.filter((r) => r.method === 'GET' && r.path.includes('/manifests/'))).toHaveLength(
      DEFAULT_LIMITS.indexDepth,
    );
  });

  it('a signature layer that claims 1 KB but streams 1 GB is stopped after the first chunk', async () => {
    const { reg, client, image } = await hostile({
      sigLayers: 1,
      layerClaims: 1024,
      layerStreams: 1024 * 1024 * 1024,
    });
    const r = await verifyImage({ image, policy, formats: 'legacy' }, { registry: client });
    expect(r.verified).toBe(false);
    expect(r.rejected).toEqual([expect.objectContaining({ code: 'REGISTRY_DIGEST_MISMATCH' })]);
    expect(reg.bytesSent).toBeLessThan(64 * 1024 * 1024);
  });

  it('a signature layer that claims more than the attachment-bytes cap is not fetched', async () => {
    const { reg, client, image } = await hostile({
      sigLayers: 1,
      layerClaims: 1024 * 1024 * 1024,
      layerStreams: 1,
    });
    // One oversized signature fails the verification as a whole, with the cap named.
    const err = await failure(verifyImage({ image, policy, formats: 'legacy' }, { registry: client }));
    expect(err.limit).toBe('attachmentBytes');
    expect(reg.requests.filter((r) => r.path.includes('/blobs/'))).toHaveLength(0);
  });
});

describe('parseLimits', () => {
  it.each([
    [['referrers=20000'], { referrers: 20_000 }],
    [
      ['manifest-bytes=8MiB,attachment-layers=5000'],
      { manifestBytes: 8 * 1024 * 1024, attachmentLayers: 5000 },
    ],
    [['sbom-layer-bytes=2GiB', 'index-depth=2'], { sbomLayerBytes: 2 * 1024 ** 3, indexDepth: 2 }],
    [[''], {}],
  ])('%j → %j', (items, expected) => {
    expect(parseLimits(items)).toEqual(expected);
  });

  it.each([
    'referrers=0',
    'referrers=-1',
    'referrers=ten',
    'referrer=10',
    'referrers',
    '=5',
    'referrers=5TB',
  ])('refuses %j', (item) => {
    expect(() => parseLimits([item])).toThrow(LimitSyntaxError);
  });

  it('toLimits keeps the defaults for caps not given', () => {
    expect(toLimits({ referrers: 5 })).toEqual({ ...DEFAULT_LIMITS, referrers: 5 });
  });
});

describe('limitsFrom (src/ci)', () => {
  it('applies SIGNET_LIMITS, then each --limit', () => {
    const host = { env: { SIGNET_LIMITS: 'referrers=3,index-depth=2' } };
    expect(limitsFrom({ limit: ['referrers=5'] }, host)).toEqual({ referrers: 5, indexDepth: 2 });
  });

  it('turns a malformed cap into a usage error (exit 2), never a silent default', () => {
    expect(() => limitsFrom({ limit: ['referrers=lots'] }, { env: {} })).toThrow(UsageError);
    expect(() => limitsFrom({}, { env: { SIGNET_LIMITS: 'nope=1' } })).toThrow(/SIGNET_LIMITS/);
  });
});
