// SLSA verification summaries: the predicate Signet builds (checked against the VSA v1 field table in
// test/fixtures/slsa, with ajv), the policy digest, the levels, checkVsa's refusals, and a VSA signed,
// stored in both formats and read back through verifyAttestations (in-process registry stand-in, local
// key signers). The same against the real registry, Sigstore bed and cosign is
// test/integration/vsa.itg.test.ts.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import {
  AttestError,
  attestVsa,
  buildVsa,
  canonicalJSON,
  checkVsa,
  combineVsaEvidence,
  parseMaxAge,
  SLSA_VSA_V1,
  toPolicyDocument,
  toVerifiedLevels,
  toVsaEvidence,
  verifyAttestations,
  type VsaExpectation,
  type VsaInput,
} from '../../../src/attest/index.ts';
import { RegistryClient, sha256Digest, type Digest, type ImageRef } from '../../../src/registry/index.ts';
import type { Clock } from '../../../src/sign/index.ts';
import { KeySigner } from '../../../src/sign/key-signer.ts';
import { buildVerifyPolicy, parseTrustedRoot, type VerifyResult } from '../../../src/verify/index.ts';
import { startRegistryStub, type RegistryStub } from '../../support/registry-stub.ts';
import { pushImage as pushTestImage } from '../../support/push-image.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../fixtures/slsa/verification_summary_v1.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(schema);

const newKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const DIGEST = `sha256:${'ab'.repeat(32)}` as Digest;
const IMAGE = { registry: 'ghcr.io', repository: 'acme/app' };
const CI = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const NOW = new Date('2026-12-04T18:00:00.000Z');
const keyPolicy = (key = newKey()) =>
  buildVerifyPolicy({ publicKey: key.publicKey, insecureIgnoreTlog: true });

const root = parseTrustedRoot(
  JSON.parse(
    readFileSync(new URL('../../fixtures/cosign-v3.1.3-keyless/trusted_root.json', import.meta.url), 'utf8'),
  ),
  'trusted_root.json',
);
const keylessPolicy = (identity = CI) =>
  buildVerifyPolicy({
    trustedRoot: root,
    identity: {
      certificateIdentity: identity,
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
    },
  });

const input = (over: Partial<VsaInput> = {}): VsaInput => ({
  verifierId: CI,
  verifierVersion: '0.1.0',
  timeVerified: NOW,
  image: IMAGE,
  digest: DIGEST,
  policy: toPolicyDocument(keylessPolicy(), ['https://sigstore.dev/cosign/sign/v1']),
  inputAttestations: [
    { uri: 'oci://ghcr.io/acme/app@sha256:' + 'cd'.repeat(32), digest: { sha256: 'ef'.repeat(32) } },
  ],
  result: 'PASSED',
  verifiedLevels: ['SLSA_BUILD_LEVEL_2'],
  ...over,
});

describe('buildVsa', () => {
  it('writes a predicate valid against the VSA v1 field table, naming the image by digest', () => {
    const vsa = buildVsa(input());
    expect(validate(vsa) ? [] : validate.errors).toEqual([]);
    expect(vsa).toMatchObject({
      verifier: { id: CI, version: { signet: '0.1.0' } },
      timeVerified: '2026-12-04T18:00:00.000Z',
      resourceUri: `oci://ghcr.io/acme/app@${DIGEST}`,
      policy: {
        uri: 'https://signet.dev/verify-policy/v1',
        digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
      verificationResult: 'PASSED',
      verifiedLevels: ['SLSA_BUILD_LEVEL_2'],
      slsaVersion: '1.0',
    });
  });

  it('writes a FAILED summary that is valid too, and records a given policy URI', () => {
    const vsa = buildVsa(
      input({
        result: 'FAILED',
        verifiedLevels: ['FAILED'],
        inputAttestations: [],
        policyUri: 'https://git.example/p.yaml',
      }),
    );
    expect(validate(vsa) ? [] : validate.errors).toEqual([]);
    expect(vsa.policy.uri).toBe('https://git.example/p.yaml');
  });

  it('the schema refuses what the spec forbids (a check that the check can fail)', () => {
    const vsa = buildVsa(input()) as unknown as Record<string, unknown>;
    for (const broken of [
      { ...vsa, verificationResult: 'OK' },
      { ...vsa, verifiedLevels: ['SLSA_CUSTOM'] },
      { ...vsa, policy: { digest: { sha256: 'ab' } } },
      { ...vsa, timeVerified: 'yesterday' },
      Object.fromEntries(Object.entries(vsa).filter(([k]) => k !== 'resourceUri')),
    ]) {
      expect(validate(broken)).toBe(false);
    }
  });

  it('refuses a verifier id that is not a URI (ATTEST_INVALID_INPUT)', () => {
    expect(() => buildVsa(input({ verifierId: 'my laptop' }))).toThrow(
      expect.objectContaining({ code: 'ATTEST_INVALID_INPUT' }),
    );
  });
});

describe('toPolicyDocument', () => {
  it('digests the same policy to the same bytes, and another signer or type to others', () => {
    const a = canonicalJSON(toPolicyDocument(keylessPolicy(), ['t2', 't1']));
    const b = canonicalJSON(toPolicyDocument(keylessPolicy(), ['t1', 't2', 't1']));
    expect(a).toBe(b);
    expect(canonicalJSON(toPolicyDocument(keylessPolicy(CI + 'x'), ['t1', 't2']))).not.toBe(a);
    expect(canonicalJSON(toPolicyDocument(keylessPolicy(), ['t1']))).not.toBe(a);
    expect(JSON.parse(a)).toMatchObject({
      signer: { kind: 'keyless', subject: { exact: CI } },
      requireTlog: true,
    });
  });

  it('names a key signer by the SHA-256 of its public key', () => {
    const key = newKey();
    const doc = toPolicyDocument(keyPolicy(key), []);
    const spki = key.publicKey.export({ type: 'spki', format: 'der' });
    expect(doc.signer).toEqual({
      kind: 'key',
      publicKeySha256: sha256Hex(spki),
    });
  });
});

function sha256Hex(b: Buffer): string {
  return sha256Digest(b).slice('sha256:'.length);
}

describe('toVerifiedLevels', () => {
  it.each([
    [{ passed: false }, ['FAILED']],
    [{ passed: false, provenance: { keyless: true } }, ['FAILED']],
    [{ passed: true }, ['SLSA_BUILD_LEVEL_0']],
    [{ passed: true, provenance: { keyless: false } }, ['SLSA_BUILD_LEVEL_1']],
    [{ passed: true, provenance: { keyless: true } }, ['SLSA_BUILD_LEVEL_2']],
  ])('%j → %j', (facts, levels) => {
    expect(toVerifiedLevels(facts)).toEqual(levels);
  });
});

describe('toVsaEvidence', () => {
  const verify = (verified: boolean): VerifyResult => ({
    image: IMAGE,
    digest: DIGEST,
    signatureRepository: IMAGE,
    formats: 'both',
    verified,
    signatures: [],
    rejected: [],
    warnings: [],
  });
  it('is FAILED when the signature check failed, PASSED (L0) when it passed', () => {
    const policy = keyPolicy();
    expect(toVsaEvidence({ policy, signatures: verify(false) })).toMatchObject({
      result: 'FAILED',
      verifiedLevels: ['FAILED'],
    });
    expect(toVsaEvidence({ policy, signatures: verify(true) })).toMatchObject({
      result: 'PASSED',
      verifiedLevels: ['SLSA_BUILD_LEVEL_0'],
      policy: { predicateTypes: ['https://sigstore.dev/cosign/sign/v1'] },
    });
  });
  it('is FAILED when nothing at all was checked', () => {
    expect(toVsaEvidence({ policy: keyPolicy() }).result).toBe('FAILED');
  });
});

describe('combineVsaEvidence', () => {
  const e = (result: 'PASSED' | 'FAILED', level: string, n: number) => ({
    policy: toPolicyDocument(keyPolicy(), [`t${n}`]),
    inputAttestations: [{ uri: `oci://r/x@sha256:${n}`, digest: { sha256: String(n) } }],
    result,
    verifiedLevels: [level],
  });
  it('passes only when every check passed, at the lowest level, with every input and policy', () => {
    const both = combineVsaEvidence([
      e('PASSED', 'SLSA_BUILD_LEVEL_2', 1),
      e('PASSED', 'SLSA_BUILD_LEVEL_0', 2),
    ]);
    expect(both).toMatchObject({ result: 'PASSED', verifiedLevels: ['SLSA_BUILD_LEVEL_0'] });
    expect(both.inputAttestations).toHaveLength(2);
    expect(both.policy).toMatchObject({ kind: 'https://signet.dev/verify-policy/v1#all' });
    expect((both.policy as { all: unknown[] }).all).toHaveLength(2);
    expect(
      combineVsaEvidence([e('PASSED', 'SLSA_BUILD_LEVEL_2', 1), e('FAILED', 'FAILED', 2)]),
    ).toMatchObject({
      result: 'FAILED',
      verifiedLevels: ['FAILED'],
    });
  });
  it('is the one evidence itself when there is one', () => {
    const one = e('PASSED', 'SLSA_BUILD_LEVEL_0', 1);
    expect(combineVsaEvidence([one])).toBe(one);
  });
});

describe('checkVsa', () => {
  const expectation = (over: Partial<VsaExpectation> = {}): VsaExpectation => ({
    image: IMAGE,
    digest: DIGEST,
    now: NOW,
    ...over,
  });
  const statement = (over: Partial<VsaInput> = {}) => ({
    predicateType: SLSA_VSA_V1,
    predicate: buildVsa(input(over)),
  });

  it('accepts a PASSED summary of this digest, levels met by a higher one of the same track', () => {
    expect(
      checkVsa(
        statement(),
        expectation({ levels: ['SLSA_BUILD_LEVEL_1'], verifierIds: [CI], maxAgeMs: 60_000 }),
      ),
    ).toMatchObject({ verificationResult: 'PASSED' });
  });

  it.each([
    ['another digest', {}, { digest: `sha256:${'cd'.repeat(32)}` as Digest }, /expected resourceUri/],
    [
      'another repository',
      {},
      { image: { registry: 'ghcr.io', repository: 'acme/other' } },
      /expected resourceUri/,
    ],
    [
      'a FAILED verdict',
      { result: 'FAILED' as const, verifiedLevels: ['FAILED'] },
      {},
      /expected verificationResult PASSED/,
    ],
    [
      'a lower level',
      { verifiedLevels: ['SLSA_BUILD_LEVEL_1'] },
      { levels: ['SLSA_BUILD_LEVEL_2'] },
      /meet SLSA_BUILD_LEVEL_2/,
    ],
    [
      'another verifier',
      { verifierId: 'https://evil.example/v' },
      { verifierIds: [CI] },
      /expected verifier.id/,
    ],
    [
      'an old summary',
      { timeVerified: new Date(NOW.getTime() - 3_600_001) },
      { maxAgeMs: 3_600_000 },
      /older than the maximum age/,
    ],
    ['a summary from the future', { timeVerified: new Date(NOW.getTime() + 3_600_000) }, {}, /in the future/],
  ])('refuses %s (ATTEST_VSA_MISMATCH)', (_what, over, expectOver, message) => {
    let caught: unknown;
    try {
      checkVsa(statement(over), expectation(expectOver));
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AttestError);
    expect(caught).toMatchObject({ code: 'ATTEST_VSA_MISMATCH', message: expect.stringMatching(message) });
  });

  it('refuses another predicate type', () => {
    expect(() =>
      checkVsa({ predicateType: 'https://slsa.dev/provenance/v1', predicate: {} }, expectation()),
    ).toThrow(/expected predicate type/);
  });
});

describe('parseMaxAge', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
  ])('%s → %d ms', (text, ms) => expect(parseMaxAge(text)).toBe(ms));
  it.each(['', '24', '1w', '-1h', '1.5h'])('refuses %j', (text) => {
    expect(() => parseMaxAge(text)).toThrow(expect.objectContaining({ code: 'ATTEST_INVALID_INPUT' }));
  });
});

describe('attestVsa', () => {
  const clock: Clock = { now: () => NOW.getTime(), sleep: async () => {}, random: () => 0 };
  let stub: RegistryStub;
  let client: RegistryClient;
  beforeEach(async () => {
    stub = await startRegistryStub();
    client = new RegistryClient({ retry: { baseDelayMs: 1, maxAttempts: 3 } });
  });
  afterEach(async () => {
    client.close();
    await stub.stop();
  });

  const pushImage = async (repo: ImageRef, text: string): Promise<Digest> =>
    (await pushTestImage(client, repo, text, { layer: false })).digest;

  it('stores the signed summary in both formats on the digest; verifyAttestations and checkVsa read it back', async () => {
    const repo: ImageRef = { registry: stub.host, repository: 'app' };
    const digest = await pushImage(repo, 'one');
    const key = newKey();
    const policy = keyPolicy(key);
    const res = await attestVsa(
      { ...input({ policy: toPolicyDocument(policy, []) }), image: repo, digest },
      {
        registry: client,
        signer: new KeySigner(key.privateKey),
        witnesses: {},
        clock,
        settle: { settleMs: 1 },
      },
    );
    expect(res.attestations.map((a) => [a.format, a.subject.digest])).toEqual([
      ['legacy', digest],
      ['bundle', digest],
    ]);
    expect(validate(res.predicate) ? [] : validate.errors).toEqual([]);

    const read = await verifyAttestations(
      { image: { ...repo, digest }, predicateType: SLSA_VSA_V1, policy },
      { registry: client },
    );
    expect(read.attestations.map((a) => a.format).sort()).toEqual(['bundle', 'legacy']);
    for (const a of read.attestations) {
      expect(a.statement.subject).toEqual([
        { name: `${stub.host}/app`, digest: { sha256: digest.slice(7) } },
      ]);
      expect(checkVsa(a.statement, { image: repo, digest, now: NOW })).toEqual(res.predicate);
    }
    // The summary of this verification lists both as its inputs, each with a digest.
    const evidence = toVsaEvidence({ policy, attestations: [read] });
    expect(evidence.inputAttestations).toEqual([
      expect.objectContaining({
        uri: expect.stringMatching(/^oci:\/\/.*\.att#0$/),
        digest: { sha256: expect.any(String) },
      }),
      expect.objectContaining({
        uri: expect.stringMatching(/^oci:\/\/.*@sha256:/),
        digest: { sha256: expect.any(String) },
      }),
    ]);

    // Another key's policy finds the summary but does not accept it.
    const other = await verifyAttestations(
      { image: { ...repo, digest }, predicateType: SLSA_VSA_V1, policy: keyPolicy() },
      { registry: client },
    );
    expect(other.verified).toBe(false);
    expect(other.rejected).toHaveLength(2);
  });
});
