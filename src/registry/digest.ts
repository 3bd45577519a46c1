// Content addressing: compute digests and refuse bytes that do not hash to the digest that was asked
// for (ggcr `internal/verify`, oras-go `content.FetchAll`). A registry or proxy that returns other
// bytes must never get them used.
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { RegistryError } from './errors.ts';
import type { Digest } from './name.ts';

/** The sha256 digest of `bytes`. */
export function sha256Digest(bytes: Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The digest of `bytes` with the algorithm of `like` (sha256 or sha512). */
export function digestWithAlgorithm(bytes: Uint8Array, like: Digest): Digest {
  const alg = like.slice(0, like.indexOf(':'));
  return `${alg}:${createHash(alg).update(bytes).digest('hex')}` as Digest;
}

/** Throws REGISTRY_DIGEST_MISMATCH unless `bytes` hash to `expected` (and have `size`, when given). */
export function verifyBytes(bytes: Uint8Array, expected: Digest, what: string, size?: number): void {
  if (size !== undefined && bytes.length !== size) {
    throw new RegistryError(
      'REGISTRY_DIGEST_MISMATCH',
      `${what}: expected ${size} bytes, got ${bytes.length}; the registry returned other content than was asked for`,
    );
  }
  const found = digestWithAlgorithm(bytes, expected);
  if (found !== expected) {
    throw new RegistryError(
      'REGISTRY_DIGEST_MISMATCH',
      `${what}: expected digest ${expected}, got ${found}; the registry returned other content than was asked for`,
    );
  }
}

/** A pass-through stream that fails at its end unless the bytes hash to `expected` (and match `size`). */
export class DigestVerifier extends Transform {
  private readonly hash: Hash;
  private readonly expected: Digest;
  private readonly size: number | undefined;
  private readonly what: string;
  private seen = 0;
  constructor(expected: Digest, what: string, size?: number) {
    super();
    this.expected = expected;
    this.size = size;
    this.what = what;
    this.hash = createHash(expected.slice(0, expected.indexOf(':')));
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.seen += chunk.length;
    if (this.size !== undefined && this.seen > this.size) {
      cb(this.mismatch(`expected ${this.size} bytes, got more`));
      return;
    }
    this.hash.update(chunk);
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    if (this.size !== undefined && this.seen !== this.size) {
      cb(this.mismatch(`expected ${this.size} bytes, got ${this.seen}`));
      return;
    }
    const found = `${this.expected.slice(0, this.expected.indexOf(':'))}:${this.hash.digest('hex')}`;
    if (found !== this.expected) {
      cb(this.mismatch(`expected digest ${this.expected}, got ${found}`));
      return;
    }
    cb();
  }
  private mismatch(detail: string): RegistryError {
    return new RegistryError(
      'REGISTRY_DIGEST_MISMATCH',
      `${this.what}: ${detail}; the registry returned other content than was asked for`,
    );
  }
}
