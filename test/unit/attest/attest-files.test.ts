// Files as subjects: the pure parsers of actions/attest's subject inputs, the statement, and attestFiles'
// limits and grouping, signed with a cosign-style key and no witnesses (no network).
import { generateKeyPairSync } from 'node:crypto';
import {
  attestFiles,
  dedupeSubjects,
  MAX_SUBJECTS_PER_STATEMENT,
  parseSubjectChecksums,
  toDigestSubject,
  toFileStatement,
} from '../../../src/attest/index.ts';
import { KeySigner } from '../../../src/sign/key-signer.ts';
import type { Signer } from '../../../src/sign/signer.ts';

const hex = (c: string) => c.repeat(64);
const key = () => new KeySigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);

describe('parseSubjectChecksums', () => {
  it('reads sha256sum text and binary lines, skipping blanks and comments', () => {
    const text = `# release\n${hex('a')}  app.tar.gz\n\n${hex('B')} *app.zip\r\n`;
    expect(parseSubjectChecksums(text, 'SUMS')).toEqual([
      { name: 'app.tar.gz', digest: `sha256:${hex('a')}` },
      { name: 'app.zip', digest: `sha256:${hex('b')}` },
    ]);
  });

  it.each([
    [`${hex('a')} app`, /SUMS line 1: expected "<sha256 hex> {2}<name>"/],
    [`${'a'.repeat(40)}  app`, /line 1/],
    [`ok\n${hex('a')}  app`, /line 1/],
  ])('refuses %j with ATTEST_INVALID_INPUT naming the line', (text, message) => {
    expect(() => parseSubjectChecksums(text, 'SUMS')).toThrow(
      expect.objectContaining({ code: 'ATTEST_INVALID_INPUT', message: expect.stringMatching(message) }),
    );
  });
});

describe('toDigestSubject and dedupeSubjects', () => {
  it('takes sha256:<hex> with a name', () => {
    expect(toDigestSubject(`sha256:${hex('c')}`, 'x')).toEqual({ name: 'x', digest: `sha256:${hex('c')}` });
    expect(() => toDigestSubject('sha512:abc', 'x')).toThrow(/expected sha256:<64 hex>/);
    expect(() => toDigestSubject(`sha256:${hex('c')}`, ' ')).toThrow(/needs a subject name/);
  });

  it('drops repeats and refuses one name with two digests', () => {
    const a = { name: 'a', digest: `sha256:${hex('1')}` };
    expect(dedupeSubjects([a, a])).toEqual([a]);
    expect(() => dedupeSubjects([a, { name: 'a', digest: `sha256:${hex('2')}` }])).toThrow(
      /subject a is given twice with different digests/,
    );
  });
});

describe('toFileStatement', () => {
  it('names every subject with its sha256, as in-toto Statement v1', () => {
    expect(
      toFileStatement([{ name: 'a', digest: `sha256:${hex('d')}` }], 'https://example.com/p', { x: 1 }),
    ).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'a', digest: { sha256: hex('d') } }],
      predicateType: 'https://example.com/p',
      predicate: { x: 1 },
    });
  });
});

describe('attestFiles', () => {
  const subjects = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      name: `f${i}`,
      digest: `sha256:${i.toString(16).padStart(64, '0')}`,
    }));

  it('makes one attestation for all subjects, or one per subject', async () => {
    const one = await attestFiles(
      { subjects: subjects(3), predicateType: 'https://example.com/p', predicate: {} },
      { signer: key(), witnesses: {} },
    );
    expect(one.attestations.map((a) => a.subjects.length)).toEqual([3]);
    const payload = JSON.parse(
      Buffer.from(one.attestations[0]!.bundleJSON.dsseEnvelope!.payload, 'base64').toString('utf8'),
    );
    expect(payload.subject.map((s: { name: string }) => s.name)).toEqual(['f0', 'f1', 'f2']);
    const each = await attestFiles(
      { subjects: subjects(3), predicateType: 'https://example.com/p', predicate: {}, perSubject: true },
      { signer: key(), witnesses: {} },
    );
    expect(each.attestations.map((a) => a.subjects.map((s) => s.name))).toEqual([['f0'], ['f1'], ['f2']]);
  });

  it(`refuses more than ${MAX_SUBJECTS_PER_STATEMENT} subjects in one attestation before signing`, async () => {
    let signed = 0;
    const counting: Signer = { sign: async (d) => (signed++, key().sign(d)) };
    await expect(
      attestFiles(
        {
          subjects: subjects(MAX_SUBJECTS_PER_STATEMENT + 1),
          predicateType: 'https://example.com/p',
          predicate: {},
        },
        { signer: counting, witnesses: {} },
      ),
    ).rejects.toMatchObject({
      code: 'ATTEST_INVALID_INPUT',
      message: expect.stringContaining('expected at most 1024 subjects in one attestation, got 1025'),
    });
    expect(signed).toBe(0);
  });

  it('refuses keyless signing with neither Rekor nor a TSA', async () => {
    const keyless: Signer = {
      sign: async () => ({ signature: Buffer.alloc(0), key: { $case: 'x509Certificate', certificate: '' } }),
    };
    await expect(
      attestFiles(
        { subjects: subjects(1), predicateType: 'https://example.com/p', predicate: {} },
        { signer: keyless, witnesses: {} },
      ),
    ).rejects.toMatchObject({
      code: 'ATTEST_INVALID_INPUT',
      message: expect.stringContaining('needs a timestamp authority'),
    });
  });

  it('refuses no subjects', async () => {
    await expect(
      attestFiles({ subjects: [], predicateType: 'p', predicate: {} }, { signer: key(), witnesses: {} }),
    ).rejects.toThrow(/no subjects/);
  });
});
