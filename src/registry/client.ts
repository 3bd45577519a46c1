// Signet's one registry client. No Node library does push + OCI 1.1 referrers + cosign's legacy tags
// together (@sigstore/oci writes bundles only and reads credentials only from ~/.docker/config.json),
// so this client is Signet's own, and everything else in Signet talks to registries only through it.
// Layered like go-containerregistry: `name.ts` parses references, `transport/` does auth, retries and
// errors, this file speaks the distribution API: manifests, blobs, tags and referrers.
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md
import { createHash } from 'node:crypto';
import { Readable, pipeline } from 'node:stream';
import {
  DEFAULT_CHUNK_BYTES,
  DOCKER_CONTENT_DIGEST_HEADER,
  MANIFEST_MEDIA_TYPES,
  MAX_MANIFEST_BYTES,
  OCI_FILTERS_APPLIED_HEADER,
  OCI_INDEX_MEDIA_TYPE,
  OCI_SUBJECT_HEADER,
} from './constants.ts';
import { DigestVerifier, digestWithAlgorithm, sha256Digest, verifyBytes } from './digest.ts';
import { toLimits, type Limits } from '../limits.ts';
import { RegistryError, isRegistryError, redactUrl } from './errors.ts';
import { limitExceeded, type ReadBudget } from './limits.ts';
import { normaliseMediaType, parseManifest, type Descriptor, type ImageIndex } from './manifest.ts';
import {
  formatReference,
  formatRepository,
  isDigest,
  parseDigest,
  toIdentifier,
  type Digest,
  type ImageRef,
} from './name.ts';
import {
  buildReferrersIndex,
  filterByArtifactType,
  listsAll,
  serialiseIndex,
  toFallbackTag,
  toReferrerDescriptor,
} from './referrers.ts';
import type { Scope } from './transport/challenge.ts';
import type { HttpResponse } from './transport/http.ts';
import { withRetry } from './transport/retry.ts';
import {
  RegistryTransport,
  type TransportCounters,
  type TransportDeps,
  type TransportOptions,
} from './transport/transport.ts';

/** Options of a RegistryClient. */
export interface RegistryClientOptions extends TransportOptions {
  /** Chunk size of chunked uploads, and the most of a blob held in memory at once. */
  chunkSize?: number;
  /** Shortest wait before checking that a fallback-index write survived concurrent writers. */
  referrersSettleMs?: number;
  /** Read-merge-write rounds before giving up on the fallback index. */
  referrersMaxAttempts?: number;
  /** Caps on what a registry can make the client read (src/limits.ts); defaults for those not given. */
  limits?: Partial<Limits>;
}

/** Options of the reads a verification makes: the byte budget they draw from. */
export interface ReadOptions {
  /** Charged with every byte read (manifests, referrers pages, blobs); see ReadBudget. */
  budget?: ReadBudget;
}

/** Dependencies of a RegistryClient (see TransportDeps); a `transport` may be shared. */
export interface RegistryClientDeps extends TransportDeps {
  transport?: RegistryTransport;
}

/** A manifest fetched and checked against the digest asked for. */
export interface FetchedManifest {
  bytes: Buffer;
  mediaType: string;
  digest: Digest;
  size: number;
  /** The registry's ETag, when it sent one (used for conditional updates). */
  etag?: string;
}

/** What a manifest PUT did. */
export interface PutManifestResult {
  digest: Digest;
  size: number;
  mediaType: string;
  /** The registry said it indexed the manifest's subject (OCI-Subject header): it has the referrers API. */
  subjectIndexed: boolean;
}

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

/** Referrers of a subject and where the list came from. */
export interface ReferrersResult {
  referrers: Descriptor[];
  source: 'api' | 'fallback';
}

/** What adding a referrer to the fallback index took. */
export interface AddReferrerResult {
  source: 'api' | 'fallback';
  /** Read-merge-write rounds (0 when the registry maintains referrers itself or it was listed already). */
  rounds: number;
}

const BLOB_BYTES_LIMIT = 64 * 1024 * 1024;

function repoOf(ref: ImageRef): string {
  return formatRepository(ref);
}

function pull(repo: string): Scope {
  return { repository: repo, actions: ['pull'] };
}
function push(repo: string): Scope {
  return { repository: repo, actions: ['pull', 'push'] };
}
function repoPath(ref: ImageRef, rest: string): string {
  return `/v2/${ref.repository}/${rest}`;
}
function withQuery(url: URL, params: Record<string, string>): URL {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u;
}
function nextLink(res: HttpResponse, base: URL): URL | undefined {
  const link = res.header('link');
  const m = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link) : null;
  return m?.[1] ? new URL(m[1], base) : undefined;
}

/** Talks the OCI distribution API to any registry: manifests, blobs, tags and referrers. */
export class RegistryClient {
  readonly transport: RegistryTransport;
  private readonly chunkSize: number;
  private readonly settleMs: number;
  private readonly maxRounds: number;
  private readonly referrersApi = new Map<string, boolean>();
  /** The caps this client enforces on what a registry makes it read. */
  readonly limits: Readonly<Limits>;

  constructor(options: RegistryClientOptions = {}, deps: RegistryClientDeps = {}) {
    this.transport = deps.transport ?? new RegistryTransport(options, deps);
    this.limits = Object.freeze(toLimits(options.limits));
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_BYTES;
    this.settleMs = options.referrersSettleMs ?? 100;
    this.maxRounds = options.referrersMaxAttempts ?? 10;
  }

  /** HTTP requests sent so far (token requests included): what the benchmarks report. */
  get requestCount(): number {
    return this.transport.counters.requests;
  }

  /** Requests, connections opened, retries and token requests so far. */
  get counters(): TransportCounters {
    return this.transport.counters;
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.transport.close();
  }

  // ---- manifests ----

  /** Fetches a manifest by tag or digest; the bytes must hash to the digest asked for (fail closed). */
  async getManifest(
    ref: ImageRef,
    opts: { accept?: readonly string[] } & ReadOptions = {},
  ): Promise<FetchedManifest> {
    const id = toIdentifier(ref);
    const what = `manifest ${formatReference(ref)}`;
    const step = async () => {
      const res = await this.transport.request({
        method: 'GET',
        registry: ref.registry,
        path: repoPath(ref, `manifests/${id}`),
        headers: { accept: (opts.accept ?? MANIFEST_MEDIA_TYPES).join(', ') },
        scopes: [pull(ref.repository)],
        expect: [200],
        // Retried below as one step with reading the body, so a reset mid-body is retried too.
        idempotent: false,
      });
      return { res, bytes: await this.readManifestBody(res, what, opts.budget) };
    };
    const { res, bytes } = await withRetry(
      step,
      this.transport.retrying.policy,
      this.transport.retrying.deps,
      this.transport.retrying.onRetry,
    );
    let digest: Digest;
    if (ref.digest) {
      verifyBytes(bytes, ref.digest, what);
      digest = ref.digest;
    } else {
      digest = sha256Digest(bytes);
      const claimed = res.header(DOCKER_CONTENT_DIGEST_HEADER);
      if (claimed && isDigest(claimed) && digestWithAlgorithm(bytes, claimed) !== claimed) {
        throw new RegistryError(
          'REGISTRY_DIGEST_MISMATCH',
          `${what}: the registry said ${claimed}, the bytes hash to ${digestWithAlgorithm(bytes, claimed)}; refusing content that does not match its digest`,
        );
      }
    }
    const { mediaType } = parseManifest(bytes, res.header('content-type'), what);
    const out: FetchedManifest = { bytes, mediaType, digest, size: bytes.length };
    const etag = res.header('etag');
    if (etag) out.etag = etag;
    return out;
  }

  /**
   * A manifest-sized response body: refused as soon as its Content-Length or the bytes streamed pass
   * the manifest-bytes cap, and charged to `budget` as the bytes arrive.
   */
  private async readManifestBody(res: HttpResponse, what: string, budget?: ReadBudget): Promise<Buffer> {
    const cap = this.limits.manifestBytes;
    const declared = Number(res.header('content-length'));
    if (Number.isSafeInteger(declared) && declared > cap) {
      res.body.destroy();
      throw limitExceeded('manifestBytes', cap, `${declared} bytes (Content-Length)`, what);
    }
    const chunks: Buffer[] = [];
    let n = 0;
    for await (const c of res.body) {
      const chunk = c as Buffer;
      n += chunk.length;
      try {
        if (n > cap) throw limitExceeded('manifestBytes', cap, `more than ${cap} bytes`, what);
        budget?.charge(chunk.length);
      } catch (err) {
        res.body.destroy();
        throw err;
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  /** The descriptor of a manifest (HEAD), or undefined when there is none. */
  async headManifest(
    ref: ImageRef,
    opts: { accept?: readonly string[] } = {},
  ): Promise<Descriptor | undefined> {
    const res = await this.transport.request({
      method: 'HEAD',
      registry: ref.registry,
      path: repoPath(ref, `manifests/${toIdentifier(ref)}`),
      headers: { accept: (opts.accept ?? MANIFEST_MEDIA_TYPES).join(', ') },
      scopes: [pull(ref.repository)],
      expect: [200, 404],
      idempotent: true,
    });
    await res.discard();
    if (res.status === 404) return undefined;
    const claimed = res.header(DOCKER_CONTENT_DIGEST_HEADER);
    const size = Number(res.header('content-length'));
    const mediaType = normaliseMediaType(res.header('content-type'));
    if (ref.digest) {
      if (claimed && claimed !== ref.digest) {
        throw new RegistryError(
          'REGISTRY_DIGEST_MISMATCH',
          `manifest ${formatReference(ref)}: asked for ${ref.digest}, the registry answered for ${claimed}`,
        );
      }
      if (MANIFEST_MEDIA_TYPES.includes(mediaType) && Number.isSafeInteger(size))
        return { mediaType, digest: ref.digest, size };
    } else if (
      claimed &&
      isDigest(claimed) &&
      MANIFEST_MEDIA_TYPES.includes(mediaType) &&
      Number.isSafeInteger(size)
    ) {
      return { mediaType, digest: claimed, size };
    }
    // Some registries omit the digest or media type on HEAD: GET and compute them instead.
    const m = await this.getManifest(ref, opts);
    return { mediaType: m.mediaType, digest: m.digest, size: m.size };
  }

  /**
   * Stores a manifest at a tag or at its digest. A digest in `ref` must be the bytes' digest (checked
   * before sending). `ifMatch` makes the write conditional on the registry's current ETag.
   */
  async putManifest(
    ref: ImageRef,
    bytes: Uint8Array,
    opts: { mediaType?: string; ifMatch?: string } = {},
  ): Promise<PutManifestResult> {
    const what = `manifest for ${formatReference(ref)}`;
    if (bytes.length > MAX_MANIFEST_BYTES) {
      throw new RegistryError(
        'REGISTRY_INVALID_MANIFEST',
        `${what}: ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} registries accept`,
      );
    }
    const { mediaType } = parseManifest(bytes, opts.mediaType, what);
    if (ref.digest) verifyBytes(bytes, ref.digest, `${what}: the manifest to push`);
    const digest = sha256Digest(bytes);
    const headers: Record<string, string> = { 'content-type': mediaType };
    if (opts.ifMatch) headers['if-match'] = opts.ifMatch;
    const res = await this.transport.request({
      method: 'PUT',
      registry: ref.registry,
      path: repoPath(ref, `manifests/${ref.digest ?? ref.tag ?? 'latest'}`),
      headers,
      body: bytes,
      scopes: [push(ref.repository)],
      expect: [200, 201, 202],
      idempotent: !opts.ifMatch,
    });
    await res.discard();
    const stored = res.header(DOCKER_CONTENT_DIGEST_HEADER);
    if (stored && isDigest(stored) && stored !== digestWithAlgorithm(bytes, stored)) {
      throw new RegistryError(
        'REGISTRY_DIGEST_MISMATCH',
        `${what}: pushed ${digest}, the registry stored ${stored}; it rewrote the manifest`,
      );
    }
    return {
      digest,
      size: bytes.length,
      mediaType,
      subjectIndexed: res.header(OCI_SUBJECT_HEADER) !== undefined,
    };
  }

  /** Deletes a manifest by digest (registries delete by digest; a tag-only reference is refused). */
  async deleteManifest(ref: ImageRef): Promise<void> {
    if (!ref.digest) {
      throw new RegistryError(
        'REGISTRY_INVALID_REFERENCE',
        `deleting ${formatReference(ref)}: expected a reference with @sha256:…, got a tag; resolve the tag first`,
      );
    }
    const res = await this.transport.request({
      method: 'DELETE',
      registry: ref.registry,
      path: repoPath(ref, `manifests/${ref.digest}`),
      scopes: [{ repository: ref.repository, actions: ['delete'] }],
      expect: [200, 202],
      idempotent: true,
    });
    await res.discard();
  }

  /** Every tag of a repository, following pagination. */
  async listTags(repo: ImageRef): Promise<string[]> {
    const tags: string[] = [];
    let url: URL | undefined = this.transport.url(repo.registry, repoPath(repo, 'tags/list?n=1000'));
    for (let page = 0; url && page < 1000; page++) {
      const current: URL = url;
      const res = await this.transport.request({
        method: 'GET',
        registry: repo.registry,
        path: current,
        scopes: [pull(repo.repository)],
        expect: [200],
        idempotent: true,
      });
      const body = JSON.parse((await res.bytes(16 * 1024 * 1024)).toString('utf8')) as {
        tags?: string[] | null;
      };
      tags.push(...(body.tags ?? []));
      url = nextLink(res, current);
    }
    return tags;
  }

  // ---- blobs ----

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

  // ---- referrers ----

  /**
   * Lists the referrers of `subject` (a reference with a digest): the referrers API when the registry
   * has it, else the `sha256-<hex>` fallback tag. Filtered by `artifactType` either way.
   */
  async listReferrers(
    subject: ImageRef,
    opts: { artifactType?: string } & ReadOptions = {},
  ): Promise<ReferrersResult> {
    const digest = this.subjectDigest(subject, 'listing referrers of');
    if (this.referrersApi.get(subject.registry) !== false) {
      const api = await this.referrersFromApi(subject, digest, opts.artifactType, opts.budget);
      if (api) return { referrers: api, source: 'api' };
    }
    const index = await this.readFallbackIndex(subject, digest, opts.budget);
    const listed = index?.index.manifests.length ?? 0;
    if (listed > this.limits.referrers) {
      throw limitExceeded(
        'referrers',
        this.limits.referrers,
        listed,
        `referrers of ${formatReference(subject)} (fallback tag ${toFallbackTag(digest)})`,
      );
    }
    return {
      referrers: filterByArtifactType(index?.index.manifests ?? [], opts.artifactType),
      source: 'fallback',
    };
  }

  private subjectDigest(subject: ImageRef, doing: string): Digest {
    if (!subject.digest) {
      throw new RegistryError(
        'REGISTRY_INVALID_REFERENCE',
        `${doing} ${formatReference(subject)}: expected a reference with @sha256:…, got none; referrers are keyed by digest`,
      );
    }
    return subject.digest;
  }

  /** The referrers API answer, or undefined when the registry does not have the API. */
  private async referrersFromApi(
    subject: ImageRef,
    digest: Digest,
    artifactType?: string,
    budget?: ReadBudget,
  ): Promise<Descriptor[] | undefined> {
    const out: Descriptor[] = [];
    const what = `referrers of ${formatReference(subject)}`;
    const { referrersPages, referrers: maxReferrers } = this.limits;
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let url: URL | undefined = this.transport.url(
      subject.registry,
      repoPath(subject, `referrers/${digest}${query}`),
    );
    let filtered = true;
    for (let page = 0; url; page++) {
      // A registry that keeps linking a next page is cut off, never followed for ever.
      if (page >= referrersPages)
        throw limitExceeded('referrersPages', referrersPages, `more than ${referrersPages} pages`, what);
      const current: URL = url;
      const res = await this.transport.request({
        method: 'GET',
        registry: subject.registry,
        path: current,
        headers: { accept: OCI_INDEX_MEDIA_TYPE },
        scopes: [pull(subject.repository)],
        expect: [200, 404, 400, 405, 406],
        idempotent: true,
      });
      if (res.status !== 200 || normaliseMediaType(res.header('content-type')) !== OCI_INDEX_MEDIA_TYPE) {
        await res.discard();
        if (page > 0)
          throw new RegistryError(
            'REGISTRY_PROTOCOL',
            `GET ${redactUrl(current)}: referrers page ${page + 1} answered ${res.status}`,
          );
        this.referrersApi.set(subject.registry, false);
        return undefined;
      }
      this.referrersApi.set(subject.registry, true);
      const bytes = await this.readManifestBody(res, `${what} page ${page + 1}`, budget);
      const { manifest } = parseManifest(bytes, OCI_INDEX_MEDIA_TYPE, what);
      const entries = (manifest as ImageIndex).manifests;
      if (out.length + entries.length > maxReferrers) {
        throw limitExceeded('referrers', maxReferrers, out.length + entries.length, what);
      }
      out.push(...entries);
      if (
        !(res.header(OCI_FILTERS_APPLIED_HEADER) ?? '')
          .split(',')
          .map((s) => s.trim())
          .includes('artifactType')
      )
        filtered = false;
      url = nextLink(res, current);
    }
    return filtered ? out : filterByArtifactType(out, artifactType);
  }

  private async readFallbackIndex(
    subject: ImageRef,
    digest: Digest,
    budget?: ReadBudget,
  ): Promise<{ index: ImageIndex; etag?: string; digest: Digest } | undefined> {
    const tagRef: ImageRef = {
      registry: subject.registry,
      repository: subject.repository,
      tag: toFallbackTag(digest),
    };
    let m: FetchedManifest;
    try {
      m = await this.getManifest(tagRef, { accept: [OCI_INDEX_MEDIA_TYPE], ...(budget ? { budget } : {}) });
    } catch (err) {
      if (isRegistryError(err, 'REGISTRY_NOT_FOUND')) return undefined;
      throw err;
    }
    if (m.mediaType !== OCI_INDEX_MEDIA_TYPE) {
      throw new RegistryError(
        'REGISTRY_INVALID_MANIFEST',
        `fallback tag ${formatReference(tagRef)}: expected an OCI image index, got ${m.mediaType}; something other than a referrers index uses that tag`,
      );
    }
    const { manifest } = parseManifest(m.bytes, m.mediaType, `fallback tag ${formatReference(tagRef)}`);
    return { index: manifest as ImageIndex, etag: m.etag, digest: m.digest };
  }

  /**
   * Pushes a referrer manifest (one with a `subject`) by digest and, when the registry does not index
   * subjects itself, records it in the subject's fallback tag index.
   */
  async pushReferrer(
    repo: ImageRef,
    manifestBytes: Uint8Array,
    opts: { mediaType?: string } = {},
  ): Promise<PutManifestResult & AddReferrerResult> {
    const descriptor = toReferrerDescriptor(manifestBytes, opts.mediaType);
    const { manifest } = parseManifest(manifestBytes, opts.mediaType);
    if (!manifest.subject) {
      throw new RegistryError(
        'REGISTRY_INVALID_MANIFEST',
        `referrer for ${repoOf(repo)}: the manifest has no subject`,
      );
    }
    const put = await this.putManifest(
      { registry: repo.registry, repository: repo.repository, digest: descriptor.digest },
      manifestBytes,
      opts,
    );
    if (put.subjectIndexed) {
      this.referrersApi.set(repo.registry, true);
      return { ...put, source: 'api', rounds: 0 };
    }
    // No OCI-Subject header: the spec says to assume there is no referrers API and use the fallback tag.
    this.referrersApi.set(repo.registry, false);
    const added = await this.addReferrer(
      { ...repo, tag: undefined, digest: manifest.subject.digest },
      descriptor,
    );
    return { ...put, ...added };
  }

  /**
   * Records `descriptor` as a referrer of `subject` in the fallback tag index, keeping what concurrent
   * writers add. With ETags the PUT is conditional (If-Match). Registries that ignore If-Match
   * (Distribution 2.8) are covered by write-then-verify-and-merge: after each write, wait longer than a
   * read-modify-write takes, read again, and merge back anything missing; finish only when one read
   * shows every entry this writer has seen. Without compare-and-swap no client protocol is exact; the
   * settle window covers writers whose read-modify-write overlaps ours.
   */
  async addReferrer(subject: ImageRef, descriptor: Descriptor): Promise<AddReferrerResult> {
    const digest = this.subjectDigest(subject, 'adding a referrer to');
    if (this.referrersApi.get(subject.registry) === undefined) {
      await this.referrersFromApi(subject, digest);
    }
    if (this.referrersApi.get(subject.registry) === true) return { source: 'api', rounds: 0 };
    const { deps } = this.transport.retrying;
    const tagRef: ImageRef = {
      registry: subject.registry,
      repository: subject.repository,
      tag: toFallbackTag(digest),
    };
    const seen = new Map<string, Descriptor>([[descriptor.digest, descriptor]]);
    let current = await this.readFallbackIndex(subject, digest);
    if (current?.index.manifests.some((d) => d.digest === descriptor.digest))
      return { source: 'fallback', rounds: 0 };
    for (let round = 1; round <= this.maxRounds; round++) {
      const started = deps.now();
      for (const d of current?.index.manifests ?? []) if (!seen.has(d.digest)) seen.set(d.digest, d);
      const merged = buildReferrersIndex([...(current?.index.manifests ?? []), ...seen.values()]);
      try {
        await this.putManifest(tagRef, serialiseIndex(merged), {
          mediaType: OCI_INDEX_MEDIA_TYPE,
          ifMatch: current?.etag,
        });
      } catch (err) {
        if (!isRegistryError(err, 'REGISTRY_CONFLICT')) throw err;
        // Someone wrote since we read (If-Match failed): read again and merge.
        await deps.sleep(Math.round(this.settleMs * deps.random()));
        current = await this.readFallbackIndex(subject, digest);
        continue;
      }
      const took = deps.now() - started;
      await deps.sleep(Math.round(Math.max(this.settleMs, 2 * took) * (1 + deps.random())));
      current = await this.readFallbackIndex(subject, digest);
      if (current && listsAll(current.index.manifests, seen.keys()))
        return { source: 'fallback', rounds: round };
    }
    throw new RegistryError(
      'REGISTRY_CONFLICT',
      `updating ${formatReference(tagRef)}: concurrent writers kept replacing the referrers index for ${this.maxRounds} rounds; retry the step`,
    );
  }
}

function* chunksOf(bytes: Uint8Array, size: number): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += size)
    yield Buffer.from(bytes.subarray(i, Math.min(bytes.length, i + size)));
}
