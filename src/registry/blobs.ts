// Blobs over the distribution API: existence (HEAD), cross-repository mounts, uploads (one PUT, or
// chunked PATCHes that never hold more than one chunk) and digest-verified downloads. Part of
// RegistryClient (client.ts).
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-blobs
import { createHash } from 'node:crypto';
import { Readable, pipeline } from 'node:stream';
import { DOCKER_CONTENT_DIGEST_HEADER } from './constants.ts';
import { DigestVerifier, digestWithAlgorithm, sha256Digest } from './digest.ts';
import type { Limits } from '../limits.ts';
import { RegistryError, isRegistryError } from './errors.ts';
import { limitExceeded } from './limits.ts';
import type { Descriptor } from './manifest.ts';
import type { ReadOptions } from './manifests.ts';
import { parseDigest, type Digest, type ImageRef } from './name.ts';
import { pull, push, repoOf, repoPath, withQuery } from './request-paths.ts';
import type { Scope } from './transport/challenge.ts';
import type { HttpResponse } from './transport/http.ts';
import { withRetry } from './transport/retry.ts';
import type { RegistryTransport } from './transport/transport.ts';

/** Blob content: bytes, a stream read once, or a function that opens the stream again for retries. */
export type BlobSource = Uint8Array | Readable | (() => Readable);

/** Options of a blob upload. */
export interface UploadOptions {
  /** The expected digest: checked before anything is committed; skips the upload if the blob exists. */
  digest?: Digest;
  size?: number;
  mediaType?: string;
  /** Try a cross-repository mount from this repository of the same registry first. */
  mountFrom?: ImageRef;
  /** Use chunked upload (PATCH per chunk) even for bytes. */
  chunked?: boolean;
  /**
   * Skip the existence check (HEAD): for small blobs that are almost never there yet (signature
   * payloads, their configs) uploading again costs no more than asking, and saves a round trip.
   */
  skipExistenceCheck?: boolean;
}

/** What a blob upload did. */
export interface UploadResult extends Descriptor {
  /** How the blob got there: it already existed, was mounted, or was uploaded. */
  how: 'existed' | 'mounted' | 'uploaded';
}

const BLOB_BYTES_LIMIT = 64 * 1024 * 1024;

/** Uploads and downloads blobs. */
export class BlobClient {
  private readonly transport: RegistryTransport;
  private readonly chunkSize: number;

  constructor(transport: RegistryTransport, chunkSize: number) {
    this.transport = transport;
    this.chunkSize = chunkSize;
  }

  /** True when the repository has the blob. */
  async blobExists(repo: ImageRef, digest: Digest): Promise<boolean> {
    return (await this.headBlob(repo, digest, [pull(repo.repository)])) !== undefined;
  }

  /** The size of a blob the repository has (HEAD), or undefined. */
  private async headBlob(repo: ImageRef, digest: Digest, scopes: Scope[]): Promise<number | undefined> {
    parseDigest(digest);
    const res = await this.transport.request({
      method: 'HEAD',
      registry: repo.registry,
      path: repoPath(repo, `blobs/${digest}`),
      scopes,
      expect: [200, 404],
      idempotent: true,
      followRedirects: true,
    });
    await res.discard();
    if (res.status !== 200) return undefined;
    const size = Number(res.header('content-length'));
    if (!Number.isSafeInteger(size) || size < 0) {
      throw new RegistryError(
        'REGISTRY_PROTOCOL',
        `HEAD blob ${repoOf(repo)}@${digest}: no valid Content-Length`,
      );
    }
    return size;
  }

  /** Mounts a blob from another repository of the same registry; false when the registry declined. */
  async mountBlob(repo: ImageRef, digest: Digest, from: ImageRef): Promise<boolean> {
    const location = await this.mountOrStart(repo, digest, from);
    if (location === true) return true;
    await this.cancelUpload(repo, location);
    return false;
  }

  /**
   * Uploads a blob unless the repository has it. Bytes up to the chunk size go in one PUT; bigger
   * bytes and streams go in chunks, never holding more than one chunk in memory. Bytes and stream
   * factories are retried from the start after a temporary failure; a plain stream cannot be.
   */
  async uploadBlob(repo: ImageRef, source: BlobSource, opts: UploadOptions = {}): Promise<UploadResult> {
    const mediaType = opts.mediaType ?? 'application/octet-stream';
    const scopes = [push(repo.repository)];
    let digest = opts.digest;
    if (digest) parseDigest(digest);
    if (source instanceof Uint8Array) {
      const computed = digest ? digestWithAlgorithm(source, digest) : sha256Digest(source);
      if (digest && computed !== digest) {
        throw new RegistryError(
          'REGISTRY_DIGEST_MISMATCH',
          `blob for ${repoOf(repo)}: expected digest ${digest}, the content hashes to ${computed}; nothing was uploaded`,
        );
      }
      if (opts.size !== undefined && opts.size !== source.length) {
        throw new RegistryError(
          'REGISTRY_DIGEST_MISMATCH',
          `blob for ${repoOf(repo)}: expected ${opts.size} bytes, got ${source.length}; nothing was uploaded`,
        );
      }
      digest = computed;
    }
    const existing =
      digest && !opts.skipExistenceCheck ? await this.headBlob(repo, digest, scopes) : undefined;
    if (digest && existing !== undefined) return { mediaType, digest, size: existing, how: 'existed' };
    let started: URL | undefined;
    if (
      digest &&
      opts.mountFrom &&
      opts.mountFrom.registry === repo.registry &&
      opts.mountFrom.repository !== repo.repository
    ) {
      const r = await this.mountOrStart(repo, digest, opts.mountFrom);
      if (r === true) {
        const size = opts.size ?? (await this.headBlob(repo, digest, scopes));
        return { mediaType, digest, size: size ?? 0, how: 'mounted' };
      }
      started = r;
    }
    const rewindable = source instanceof Uint8Array || typeof source === 'function';
    const once = async (): Promise<UploadResult> => {
      const location = started ?? (await this.startUpload(repo));
      started = undefined;
      try {
        if (source instanceof Uint8Array && !opts.chunked && source.length <= this.chunkSize) {
          return await this.finishUpload(repo, location, digest!, source, source.length, mediaType);
        }
        const stream =
          source instanceof Uint8Array
            ? Readable.from(chunksOf(source, this.chunkSize))
            : typeof source === 'function'
              ? source()
              : source;
        return await this.uploadChunks(repo, location, stream, { ...opts, digest, mediaType });
      } catch (err) {
        await this.cancelUpload(repo, location).catch(() => undefined);
        if (!rewindable && isRegistryError(err) && err.temporary) {
          throw new RegistryError(
            err.code,
            `${err.message}; the source stream cannot be read again, so the upload was not retried (pass bytes or a function that reopens the stream)`,
            { ...err, ociCodes: [...err.ociCodes], temporary: false, cause: err },
          );
        }
        throw err;
      }
    };
    const { policy, deps, onRetry } = this.transport.retrying;
    return await withRetry(once, policy, deps, onRetry);
  }

  private async startUpload(repo: ImageRef): Promise<URL> {
    const res = await this.transport.request({
      method: 'POST',
      registry: repo.registry,
      path: repoPath(repo, 'blobs/uploads/'),
      scopes: [push(repo.repository)],
      expect: [202],
      // Retried with the whole upload (a second POST only opens a second session).
      idempotent: false,
    });
    await res.discard();
    return this.location(repo, res);
  }

  private location(repo: ImageRef, res: HttpResponse): URL {
    const loc = res.header('location');
    if (!loc) {
      throw new RegistryError(
        'REGISTRY_PROTOCOL',
        `upload to ${repoOf(repo)}: the registry answered ${res.status} without a Location header`,
      );
    }
    return new URL(loc, this.transport.url(repo.registry, '/'));
  }

  /** POST with mount: true when mounted, else the upload session the registry opened instead. */
  private async mountOrStart(repo: ImageRef, digest: Digest, from: ImageRef): Promise<true | URL> {
    const res = await this.transport.request({
      method: 'POST',
      registry: repo.registry,
      path: `${repoPath(repo, 'blobs/uploads/')}?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.repository)}`,
      scopes: [push(repo.repository), pull(from.repository)],
      expect: [201, 202],
      idempotent: true,
    });
    await res.discard();
    return res.status === 201 ? true : this.location(repo, res);
  }

  private async cancelUpload(repo: ImageRef, location: URL): Promise<void> {
    try {
      const res = await this.transport.request({
        method: 'DELETE',
        registry: repo.registry,
        path: location,
        scopes: [push(repo.repository)],
        expect: [200, 202, 204, 404],
        idempotent: false,
      });
      await res.discard();
    } catch {
      // Abandoned sessions are purged by the registry; cancelling is a courtesy.
    }
  }

  private async finishUpload(
    repo: ImageRef,
    location: URL,
    digest: Digest,
    body: Uint8Array | undefined,
    size: number,
    mediaType: string,
  ): Promise<UploadResult> {
    const headers: Record<string, string> = {};
    if (body) headers['content-type'] = 'application/octet-stream';
    const res = await this.transport.request({
      method: 'PUT',
      registry: repo.registry,
      path: withQuery(location, { digest }),
      headers,
      body,
      scopes: [push(repo.repository)],
      expect: [201],
      // The session's state changes with this request: the whole upload is retried instead.
      idempotent: false,
    });
    await res.discard();
    const stored = res.header(DOCKER_CONTENT_DIGEST_HEADER);
    if (stored && stored !== digest) {
      throw new RegistryError(
        'REGISTRY_DIGEST_MISMATCH',
        `blob upload to ${repoOf(repo)}: sent ${digest}, the registry stored ${stored}`,
      );
    }
    return { mediaType, digest, size, how: 'uploaded' };
  }

  private async uploadChunks(
    repo: ImageRef,
    start: URL,
    stream: Readable,
    opts: UploadOptions & { mediaType: string },
  ): Promise<UploadResult> {
    const alg = opts.digest ? opts.digest.slice(0, opts.digest.indexOf(':')) : 'sha256';
    const hash = createHash(alg);
    let location = start;
    let offset = 0;
    const send = async (chunk: Buffer) => {
      hash.update(chunk);
      const res = await this.transport.request({
        method: 'PATCH',
        registry: repo.registry,
        path: location,
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `${offset}-${offset + chunk.length - 1}`,
        },
        body: chunk,
        scopes: [push(repo.repository)],
        expect: [202],
        idempotent: false,
      });
      await res.discard();
      offset += chunk.length;
      location = this.location(repo, res);
    };
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const c of stream) {
      const buf = Buffer.isBuffer(c) ? c : Buffer.from(c as Uint8Array);
      pending.push(buf);
      pendingBytes += buf.length;
      while (pendingBytes >= this.chunkSize) {
        const all = Buffer.concat(pending);
        await send(all.subarray(0, this.chunkSize));
        pending = [all.subarray(this.chunkSize)];
        pendingBytes = all.length - this.chunkSize;
      }
    }
    if (pendingBytes > 0) await send(Buffer.concat(pending));
    const computed = `${alg}:${hash.digest('hex')}` as Digest;
    if (opts.digest && computed !== opts.digest) {
      throw new RegistryError(
        'REGISTRY_DIGEST_MISMATCH',
        `blob for ${repoOf(repo)}: expected digest ${opts.digest}, the stream hashed to ${computed}; the upload was cancelled`,
      );
    }
    if (opts.size !== undefined && offset !== opts.size) {
      throw new RegistryError(
        'REGISTRY_DIGEST_MISMATCH',
        `blob for ${repoOf(repo)}: expected ${opts.size} bytes, the stream had ${offset}; the upload was cancelled`,
      );
    }
    return await this.finishUpload(repo, location, computed, undefined, offset, opts.mediaType);
  }

  /**
   * Streams a blob; the stream errors with REGISTRY_DIGEST_MISMATCH at its end unless the bytes hash to
   * `digest` (and have `size`, when given). Nothing of a layer is buffered.
   */
  async fetchBlob(
    repo: ImageRef,
    digest: Digest,
    opts: { size?: number; retry?: boolean } = {},
  ): Promise<Readable> {
    parseDigest(digest);
    const res = await this.transport.request({
      method: 'GET',
      registry: repo.registry,
      path: repoPath(repo, `blobs/${digest}`),
      scopes: [pull(repo.repository)],
      expect: [200],
      idempotent: opts.retry ?? true,
      followRedirects: true,
    });
    const verifier = new DigestVerifier(digest, `blob ${repoOf(repo)}@${digest}`, opts.size);
    pipeline(res.body, verifier, () => {
      // Errors reach the reader through `verifier`.
    });
    return verifier;
  }

  /**
   * Reads a small blob (config, bundle, payload) into memory, verified; at most `maxBytes`. With `cap`,
   * going over is REGISTRY_LIMIT_EXCEEDED naming that cap (a user-raisable limit); every byte is
   * charged to `budget`.
   */
  async fetchBlobBytes(
    repo: ImageRef,
    digest: Digest,
    opts: { size?: number; maxBytes?: number; cap?: keyof Limits } & ReadOptions = {},
  ): Promise<Buffer> {
    const limit = opts.maxBytes ?? BLOB_BYTES_LIMIT;
    const what = `blob ${repoOf(repo)}@${digest}`;
    const tooBig = (found: string) =>
      opts.cap
        ? limitExceeded(opts.cap, limit, found, what)
        : new RegistryError(
            'REGISTRY_PROTOCOL',
            `${what}: ${found}, more than the ${limit} allowed in memory; refusing to hold it`,
          );
    if (opts.size !== undefined && opts.size > limit) throw tooBig(`${opts.size} bytes`);
    const step = async () => {
      const stream = await this.fetchBlob(repo, digest, { size: opts.size, retry: false });
      const chunks: Buffer[] = [];
      let n = 0;
      for await (const c of stream) {
        const chunk = c as Buffer;
        n += chunk.length;
        try {
          if (n > limit) throw tooBig(`more than ${limit} bytes`);
          opts.budget?.charge(chunk.length);
        } catch (err) {
          stream.destroy();
          throw err;
        }
        chunks.push(chunk);
      }
      return Buffer.concat(chunks);
    };
    const { policy, deps, onRetry } = this.transport.retrying;
    return await withRetry(step, policy, deps, onRetry);
  }
}

function* chunksOf(bytes: Uint8Array, size: number): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += size)
    yield Buffer.from(bytes.subarray(i, Math.min(bytes.length, i + size)));
}
