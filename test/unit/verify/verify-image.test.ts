// verifyImage and triangulate over an in-memory registry holding what the real cosign v3.1.3 wrote
// (test/fixtures): both formats are collected, each signature is checked, and every kind of forgery is
// reported with the code of the check that caught it. The same paths run against the bed registry and
// the real cosign in test/integration/verify-image.itg.test.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  RegistryError,
  parseReference,
  toFallbackTag,
  type Descriptor,
  type Digest,
  type FetchedManifest,
  type ImageRef,
  type ReferrersResult,
} from '../../../src/registry/index.ts';
import {
  buildVerifyPolicy,
  parsePublicKey,
  parseTrustedRoot,
  toVerifyFailure,
  triangulate,
  verifyImage,
  VerifyError,
  type SignatureStore,
  type VerifyInput,
} from '../../../src/verify/index.ts';
import { mapLimit } from '../../../src/map-limit.ts';

const read = (dir: string, name: string) =>
  readFileSync(new URL(`../../fixtures/${dir}/${name}`, import.meta.url));
const json = (dir: string, name: string) => JSON.parse(read(dir, name).toString('utf8'));
const sha = (b: Buffer): Digest => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** A registry in memory: manifests by digest, tags, blobs; referrers through the fallback tag. */
class MemoryRegistry implements SignatureStore {
  manifests = new Map<string, Buffer>();
  tags = new Map<string, Digest>();
  blobs = new Map<string, Buffer>();
  calls = { head: 0, getManifest: 0, blob: 0, referrers: 0 };
  inFlight = 0;
  maxInFlight = 0;
  blobDelayMs = 0;

  private key(ref: ImageRef) {
    return `${ref.registry}/${ref.repository}`;
  }
  putManifest(repo: ImageRef, bytes: Buffer, tag?: string): Digest {
    const digest = sha(bytes);
    this.manifests.set(`${this.key(repo)}@${digest}`, bytes);
    if (tag) this.tags.set(`${this.key(repo)}:${tag}`, digest);
    return digest;
  }
  putBlob(repo: ImageRef, bytes: Buffer, digest: Digest = sha(bytes)): Digest {
    this.blobs.set(`${this.key(repo)}@${digest}`, bytes);
    return digest;
  }
  private find(ref: ImageRef): { digest: Digest; bytes: Buffer } | undefined {
    const digest = ref.digest ?? this.tags.get(`${this.key(ref)}:${ref.tag ?? 'latest'}`);
    const bytes = digest && this.manifests.get(`${this.key(ref)}@${digest}`);
    return digest && bytes ? { digest, bytes } : undefined;
  }
  async headManifest(ref: ImageRef): Promise<Descriptor | undefined> {
    this.calls.head++;
    const m = this.find(ref);
    return (
      m && { mediaType: JSON.parse(m.bytes.toString()).mediaType, digest: m.digest, size: m.bytes.length }
    );
  }
  async getManifest(ref: ImageRef): Promise<FetchedManifest> {
    this.calls.getManifest++;
    const m = this.find(ref);
    if (!m) throw new RegistryError('REGISTRY_NOT_FOUND', `manifest ${ref.tag ?? ref.digest} not found`);
    const mediaType = JSON.parse(m.bytes.toString()).mediaType as string;
    return { bytes: m.bytes, mediaType, digest: m.digest, size: m.bytes.length };
  }
  async fetchBlobBytes(repo: ImageRef, digest: Digest): Promise<Buffer> {
    this.calls.blob++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.blobDelayMs) await new Promise((r) => setTimeout(r, this.blobDelayMs));
      const bytes = this.blobs.get(`${this.key(repo)}@${digest}`);
      if (!bytes) throw new RegistryError('REGISTRY_NOT_FOUND', `blob ${digest} not found`);
      // As the real client: content that does not hash to its digest is refused.
      if (sha(bytes) !== digest) {
        throw new RegistryError(
          'REGISTRY_DIGEST_MISMATCH',
          `blob ${digest}: the bytes hash to ${sha(bytes)}`,
        );
      }
      return bytes;
    } finally {
      this.inFlight--;
    }
  }
  async listReferrers(subject: ImageRef, opts: { artifactType?: string } = {}): Promise<ReferrersResult> {
    this.calls.referrers++;
    const index = this.find({ ...subject, digest: undefined, tag: toFallbackTag(subject.digest!) });
    const all = index ? (JSON.parse(index.bytes.toString()).manifests as Descriptor[]) : [];
    return {
      referrers: all.filter((d) => !opts.artifactType || d.artifactType === opts.artifactType),
      source: 'fallback',
    };
  }
}

const KL = 'cosign-v3.1.3-keyless';
const K = 'cosign-v3.1.3';
const facts = json(KL, 'facts.json') as {
  digest: Digest;
  repository: string;
  identity: string;
  issuer: string;
};
const root = parseTrustedRoot(json(KL, 'trusted_root.json'), 'trusted_root.json');
const keylessPolicy = (identity = facts.identity, issuer = facts.issuer) =>
  buildVerifyPolicy({
    trustedRoot: root,
    identity: { certificateIdentity: identity, certificateOidcIssuer: issuer },
  });

/** Stores an image and what cosign wrote for it: a `.sig` image and/or a bundle referrer. */
function storeCosignArtefacts(
  reg: MemoryRegistry,
  dir: string,
  opts: {
    legacyManifest: string;
    bundle: string;
    bundleManifest: string;
    repo: ImageRef;
    sigRepo?: ImageRef;
    formats?: ('legacy' | 'bundle')[];
  },
) {
  const sigRepo = opts.sigRepo ?? opts.repo;
  const digest = reg.putManifest(opts.repo, read(dir, 'subject-manifest.json'), 'v1');
  const formats = opts.formats ?? ['legacy', 'bundle'];
  if (formats.includes('legacy')) {
    reg.putBlob(sigRepo, read(dir, 'legacy-simplesigning-payload.json'));
    reg.putManifest(sigRepo, read(dir, opts.legacyManifest), `${toFallbackTag(digest)}.sig`);
  }
  if (formats.includes('bundle')) {
    reg.putBlob(sigRepo, read(dir, opts.bundle));
    reg.putManifest(sigRepo, read(dir, opts.bundleManifest));
    reg.putManifest(sigRepo, read(dir, 'referrers-fallback-index.json'), toFallbackTag(digest));
  }
  return digest;
}

const keylessRepo = parseReference(facts.repository);
function keylessRegistry(opts: { sigRepo?: ImageRef; formats?: ('legacy' | 'bundle')[] } = {}) {
  const reg = new MemoryRegistry();
  const digest = storeCosignArtefacts(reg, KL, {
    legacyManifest: 'legacy-sig-manifest-keyless.json',
    bundle: 'bundle-v03-dsse-keyless.json',
    bundleManifest: 'bundle-referrer-manifest.json',
    repo: keylessRepo,
    ...opts,
  });
  expect(digest).toBe(facts.digest);
  return reg;
}
const input = (over: Partial<VerifyInput> = {}): VerifyInput => ({
  image: { ...keylessRepo, tag: 'v1' },
  policy: keylessPolicy(),
  ...over,
});

describe('verifyImage', () => {
  describe('with cosign’s keyless signatures in both formats', () => {
    it('resolves the tag once and verifies the legacy signature and the bundle', async () => {
      const reg = keylessRegistry();
      const r = await verifyImage(input(), { registry: reg });
      expect(r).toMatchObject({ verified: true, digest: facts.digest, formats: 'both', rejected: [] });
      expect(r.signatures.map((s) => s.format).sort()).toEqual(['bundle', 'legacy']);
      for (const s of r.signatures) {
        expect(s.identity).toMatchObject({ subjectAlternativeName: facts.identity, issuer: facts.issuer });
        expect(s.tlog?.logIndex).toBeGreaterThanOrEqual(0);
        expect(s.timestampAuthorities).toBe(1);
      }
      expect(r.signatures.find((s) => s.format === 'legacy')?.location).toBe(
        `${facts.repository}:${toFallbackTag(facts.digest)}.sig[0]`,
      );
      expect(reg.calls.head).toBe(1);
      expect(r.warnings).toEqual([]);
      expect(toVerifyFailure(r)).toBeUndefined();
    });

    it.each([
      ['legacy', ['legacy']],
      ['bundle', ['bundle']],
    ] as const)('reads only the %s format when asked', async (formats, found) => {
      const reg = keylessRegistry();
      const r = await verifyImage(input({ formats }), { registry: reg });
      expect(r.signatures.map((s) => s.format)).toEqual(found);
      if (formats === 'legacy') expect(reg.calls.referrers).toBe(0);
    });

    it('uses a digest reference as it is, without asking the registry', async () => {
      const reg = keylessRegistry();
      const r = await verifyImage(input({ image: { ...keylessRepo, digest: facts.digest } }), {
        registry: reg,
      });
      expect(r.verified).toBe(true);
      expect(reg.calls.head).toBe(0);
    });

    it('finds signatures in the signature repository (COSIGN_REPOSITORY)', async () => {
      const sigRepo = parseReference(`${keylessRepo.registry}/signatures/app`);
      const reg = keylessRegistry({ sigRepo });
      const r = await verifyImage(input({ signatureRepository: sigRepo }), { registry: reg });
      expect(r.verified).toBe(true);
      expect(r.signatures).toHaveLength(2);
      expect(r.signatureRepository).toEqual({ registry: sigRepo.registry, repository: 'signatures/app' });
      await expect(verifyImage(input(), { registry: reg })).rejects.toMatchObject({
        code: 'VERIFY_NO_SIGNATURES',
      });
    });
  });

  describe('when a signature does not pass', () => {
    it.each([
      [
        'another identity',
        keylessPolicy('https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main'),
      ],
      ['another issuer', keylessPolicy(undefined, 'https://gitlab.com')],
    ])('rejects %s with VERIFY_IDENTITY_MISMATCH on every signature', async (_, policy) => {
      const r = await verifyImage(input({ policy }), { registry: keylessRegistry() });
      expect(r.verified).toBe(false);
      expect(r.rejected.map((x) => x.code)).toEqual(['VERIFY_IDENTITY_MISMATCH', 'VERIFY_IDENTITY_MISMATCH']);
      const failure = toVerifyFailure(r);
      expect(failure?.code).toBe('VERIFY_IDENTITY_MISMATCH');
      expect(failure?.message).toMatch(/none of its 2 signatures passed/);
    });

    it('rejects a rewritten payload (new blob, manifest updated) with VERIFY_SIGNATURE', async () => {
      const reg = keylessRegistry({ formats: ['legacy'] });
      const payload = Buffer.from(
        read(KL, 'legacy-simplesigning-payload.json')
          .toString()
          .replace('"optional":null', '"optional":{"x":"y"}'),
      );
      const manifest = json(KL, 'legacy-sig-manifest-keyless.json');
      manifest.layers[0].digest = reg.putBlob(keylessRepo, payload);
      manifest.layers[0].size = payload.length;
      reg.putManifest(
        keylessRepo,
        Buffer.from(JSON.stringify(manifest)),
        `${toFallbackTag(facts.digest)}.sig`,
      );
      const r = await verifyImage(input(), { registry: reg });
      expect(r.verified).toBe(false);
      expect(r.rejected).toEqual([expect.objectContaining({ format: 'legacy', code: 'VERIFY_SIGNATURE' })]);
    });

    it('rejects a payload blob that does not match its digest with the registry’s REGISTRY_DIGEST_MISMATCH', async () => {
      const reg = keylessRegistry({ formats: ['legacy'] });
      const layer = json(KL, 'legacy-sig-manifest-keyless.json').layers[0];
      reg.putBlob(keylessRepo, Buffer.from('{"tampered":true}'), layer.digest);
      const r = await verifyImage(input(), { registry: reg });
      expect(r.rejected).toEqual([expect.objectContaining({ code: 'REGISTRY_DIGEST_MISMATCH' })]);
      expect(toVerifyFailure(r)?.code).toBe('VERIFY_FAILED');
    });

    it('rejects a signature copied to another image’s .sig tag with VERIFY_SUBJECT_MISMATCH', async () => {
      const reg = keylessRegistry({ formats: ['legacy'] });
      const other = reg.putManifest(
        keylessRepo,
        Buffer.from(
          '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}',
        ),
        'other',
      );
      reg.putManifest(
        keylessRepo,
        read(KL, 'legacy-sig-manifest-keyless.json'),
        `${toFallbackTag(other)}.sig`,
      );
      const r = await verifyImage(input({ image: { ...keylessRepo, tag: 'other' } }), { registry: reg });
      expect(r.rejected).toEqual([expect.objectContaining({ code: 'VERIFY_SUBJECT_MISMATCH' })]);
      expect(r.rejected[0]?.message).toMatch(/copied from another image/);
    });

    it('rejects a bundle referrer listed for another image with VERIFY_SUBJECT_MISMATCH', async () => {
      const reg = keylessRegistry({ formats: ['bundle'] });
      const other = reg.putManifest(
        keylessRepo,
        Buffer.from(
          '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}',
        ),
        'other',
      );
      reg.putManifest(keylessRepo, read(KL, 'referrers-fallback-index.json'), toFallbackTag(other));
      const r = await verifyImage(input({ image: { ...keylessRepo, tag: 'other' } }), { registry: reg });
      expect(r.rejected).toEqual([
        expect.objectContaining({ format: 'bundle', code: 'VERIFY_SUBJECT_MISMATCH' }),
      ]);
    });

    it('rejects certificates from an untrusted CA with VERIFY_CERTIFICATE', async () => {
      const untrusted = parseTrustedRoot(
        { ...json(KL, 'trusted_root.json'), certificateAuthorities: [] },
        'x',
      );
      const policy = buildVerifyPolicy({
        trustedRoot: untrusted,
        identity: { certificateIdentity: facts.identity, certificateOidcIssuer: facts.issuer },
      });
      const r = await verifyImage(input({ policy }), { registry: keylessRegistry() });
      expect(toVerifyFailure(r)?.code).toBe('VERIFY_CERTIFICATE');
    });

    it('keeps the good signature when another one is broken', async () => {
      const reg = keylessRegistry();
      const manifest = json(KL, 'legacy-sig-manifest-keyless.json');
      manifest.layers.push({
        ...manifest.layers[0],
        annotations: {
          ...manifest.layers[0].annotations,
          'dev.cosignproject.cosign/signature': Buffer.alloc(70, 1).toString('base64'),
        },
      });
      reg.putManifest(
        keylessRepo,
        Buffer.from(JSON.stringify(manifest)),
        `${toFallbackTag(facts.digest)}.sig`,
      );
      const r = await verifyImage(input(), { registry: reg });
      expect(r.verified).toBe(true);
      expect(r.signatures).toHaveLength(2);
      expect(r.rejected).toEqual([
        expect.objectContaining({ location: expect.stringMatching(/\.sig\[1\]$/) }),
      ]);
      // The RFC 3161 timestamp covers the signature, and @sigstore/verify checks it first.
      expect(r.rejected[0]?.code).toBe('VERIFY_TIMESTAMP');
    });

    it('skips bundle referrers of other predicates (attestations): they are not signatures', async () => {
      const reg = keylessRegistry({ formats: ['bundle'] });
      const m = json(KL, 'bundle-referrer-manifest.json');
      m.annotations['dev.sigstore.bundle.predicateType'] = 'https://slsa.dev/provenance/v1';
      const d = reg.putManifest(keylessRepo, Buffer.from(JSON.stringify(m)));
      const index = json(KL, 'referrers-fallback-index.json');
      index.manifests = [{ ...index.manifests[0], digest: d, size: JSON.stringify(m).length }];
      reg.putManifest(keylessRepo, Buffer.from(JSON.stringify(index)), toFallbackTag(facts.digest));
      await expect(verifyImage(input(), { registry: reg })).rejects.toMatchObject({
        code: 'VERIFY_NO_SIGNATURES',
      });
    });
  });

  describe('when nothing is stored', () => {
    it('throws VERIFY_NO_SIGNATURES naming where it looked', async () => {
      const reg = new MemoryRegistry();
      reg.putManifest(keylessRepo, read(KL, 'subject-manifest.json'), 'v1');
      const err = await verifyImage(input(), { registry: reg }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(VerifyError);
      expect(err).toMatchObject({ code: 'VERIFY_NO_SIGNATURES' });
      expect((err as Error).message).toContain(`${facts.repository}:${toFallbackTag(facts.digest)}.sig`);
      expect((err as Error).message).toContain('bundle referrers');
      expect((err as Error).message).toContain('--signature-repository');
    });

    it('throws REGISTRY_NOT_FOUND for an unknown tag', async () => {
      await expect(verifyImage(input(), { registry: new MemoryRegistry() })).rejects.toMatchObject({
        code: 'REGISTRY_NOT_FOUND',
      });
    });
  });

  describe('with cosign’s key signatures (no tlog entry)', () => {
    const key = parsePublicKey(read(K, 'cosign.pub').toString(), 'cosign.pub');
    const repo = parseReference('127.0.0.1:43659/app');
    const keyRegistry = () => {
      const reg = new MemoryRegistry();
      storeCosignArtefacts(reg, K, {
        legacyManifest: 'legacy-sig-manifest-key.json',
        bundle: 'bundle-v03-dsse-key-no-tlog.json',
        bundleManifest: 'bundle-referrer-manifest-key.json',
        repo,
      });
      return reg;
    };

    it('accepts both formats with --insecure-ignore-tlog, and warns', async () => {
      const policy = buildVerifyPolicy({ publicKey: key, insecureIgnoreTlog: true });
      const r = await verifyImage({ image: { ...repo, tag: 'v1' }, policy }, { registry: keyRegistry() });
      expect(r.verified).toBe(true);
      expect(r.signatures.map((s) => [s.format, s.identity, s.tlog])).toEqual([
        ['legacy', undefined, undefined],
        ['bundle', undefined, undefined],
      ]);
      expect(r.warnings).toEqual([expect.stringContaining('--insecure-ignore-tlog')]);
    });

    it('rejects them with VERIFY_TLOG when a tlog entry is required', async () => {
      const policy = buildVerifyPolicy({ publicKey: key, trustedRoot: root });
      const r = await verifyImage({ image: { ...repo, tag: 'v1' }, policy }, { registry: keyRegistry() });
      expect(r.rejected.map((x) => x.code)).toEqual(['VERIFY_TLOG', 'VERIFY_TLOG']);
      expect(toVerifyFailure(r)?.code).toBe('VERIFY_TLOG');
    });
  });

  describe('fetching', () => {
    it('keeps at most `concurrency` blob fetches in flight', async () => {
      const reg = keylessRegistry({ formats: ['legacy'] });
      const manifest = json(KL, 'legacy-sig-manifest-keyless.json');
      manifest.layers = Array.from({ length: 9 }, () => manifest.layers[0]);
      reg.putManifest(
        keylessRepo,
        Buffer.from(JSON.stringify(manifest)),
        `${toFallbackTag(facts.digest)}.sig`,
      );
      reg.blobDelayMs = 5;
      const r = await verifyImage(input({ concurrency: 2 }), { registry: reg });
      expect(r.signatures).toHaveLength(9);
      expect(reg.maxInFlight).toBe(2);
    });

    it('mapLimit keeps the order of its items', async () => {
      const out = await mapLimit([30, 10, 20, 0], 3, async (ms, i) => {
        await new Promise((r) => setTimeout(r, ms));
        return i;
      });
      expect(out).toEqual([0, 1, 2, 3]);
      expect(await mapLimit([], 4, async () => 1)).toEqual([]);
    });
  });
});

describe('triangulate', () => {
  it('lists the .sig/.att/.sbom tags and the referrers with their artifactTypes', async () => {
    const reg = keylessRegistry();
    const t = await triangulate({ image: { ...keylessRepo, tag: 'v1' } }, { registry: reg });
    const hex = facts.digest.slice('sha256:'.length);
    expect(t.digest).toBe(facts.digest);
    expect(t.tags).toEqual([
      {
        kind: 'signature',
        reference: `${facts.repository}:sha256-${hex}.sig`,
        exists: true,
        digest: sha(read(KL, 'legacy-sig-manifest-keyless.json')),
        layers: 1,
      },
      { kind: 'attestation', reference: `${facts.repository}:sha256-${hex}.att`, exists: false },
      { kind: 'sbom', reference: `${facts.repository}:sha256-${hex}.sbom`, exists: false },
    ]);
    expect(t.referrers).toEqual({
      source: 'fallback',
      fallbackTag: `${facts.repository}:sha256-${hex}`,
      items: [
        expect.objectContaining({
          reference: `${facts.repository}@${sha(read(KL, 'bundle-referrer-manifest.json'))}`,
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        }),
      ],
    });
  });

  it('looks in the signature repository when given one', async () => {
    const sigRepo = parseReference(`${keylessRepo.registry}/signatures/app`);
    const t = await triangulate(
      { image: { ...keylessRepo, tag: 'v1' }, signatureRepository: sigRepo },
      { registry: keylessRegistry({ sigRepo }) },
    );
    expect(t.tags[0]).toMatchObject({ exists: true, reference: expect.stringContaining('/signatures/app:') });
    expect(t.referrers.items).toHaveLength(1);
  });
});
