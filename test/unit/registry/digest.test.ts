import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DigestVerifier, sha256Digest, verifyBytes } from '../../../src/registry/digest.ts';

const hello = Buffer.from('hello');
const HELLO = sha256Digest(hello);

describe('verifyBytes', () => {
  it('accepts matching bytes', () => {
    expect(() => verifyBytes(hello, HELLO, 'blob', 5)).not.toThrow();
  });
  it('refuses other bytes with expected and found digests', () => {
    expect(() => verifyBytes(Buffer.from('hellO'), HELLO, 'blob x')).toThrow(
      expect.objectContaining({
        code: 'REGISTRY_DIGEST_MISMATCH',
        message: expect.stringContaining(`expected digest ${HELLO}, got sha256:`),
      }),
    );
  });
  it('refuses a wrong size', () => {
    expect(() => verifyBytes(hello, HELLO, 'blob', 6)).toThrow(/expected 6 bytes, got 5/);
  });
});

describe('DigestVerifier', () => {
  const drain = async (chunks: Buffer[], v: DigestVerifier) => {
    const out: Buffer[] = [];
    await pipeline(Readable.from(chunks), v, async (src: AsyncIterable<Buffer>) => {
      for await (const c of src) out.push(c);
    });
    return Buffer.concat(out);
  };
  it('passes matching bytes through', async () => {
    await expect(
      drain([Buffer.from('hel'), Buffer.from('lo')], new DigestVerifier(HELLO, 'b', 5)),
    ).resolves.toEqual(hello);
  });
  it('fails at the end when the digest differs', async () => {
    await expect(drain([Buffer.from('jello')], new DigestVerifier(HELLO, 'b'))).rejects.toMatchObject({
      code: 'REGISTRY_DIGEST_MISMATCH',
    });
  });
  it('fails as soon as there are more bytes than the size', async () => {
    await expect(drain([Buffer.from('hello!')], new DigestVerifier(HELLO, 'b', 5))).rejects.toThrow(
      /expected 5 bytes, got more/,
    );
  });
  it('fails when bytes are missing', async () => {
    await expect(drain([Buffer.from('hell')], new DigestVerifier(HELLO, 'b', 5))).rejects.toThrow(
      /expected 5 bytes, got 4/,
    );
  });
});
