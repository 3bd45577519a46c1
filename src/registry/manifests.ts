// Manifests and tags over the distribution API: GET (digest-checked, capped), HEAD, PUT (optionally
// conditional on the ETag), DELETE and the tag list. Part of RegistryClient (client.ts); getParsedManifest
// fetches and parses one for callers holding only a getManifest.
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests
import {
  DOCKER_CONTENT_DIGEST_HEADER,
  MANIFEST_MEDIA_TYPES,
  MAX_MANIFEST_BYTES,
  OCI_SUBJECT_HEADER,
} from './constants.ts';
import { digestWithAlgorithm, sha256Digest, verifyBytes } from './digest.ts';
import type { Limits } from '../limits.ts';
import { RegistryError, isRegistryError } from './errors.ts';
import { limitExceeded, type ReadBudget } from './limits.ts';
import { normaliseMediaType, parseManifest, type Descriptor, type Manifest } from './manifest.ts';
import { formatReference, isDigest, toIdentifier, type Digest, type ImageRef } from './name.ts';
import { nextLink, pull, push, repoPath } from './request-paths.ts';
import type { HttpResponse } from './transport/http.ts';
import { withRetry } from './transport/retry.ts';
import type { RegistryTransport } from './transport/transport.ts';

/** Options of the reads a verification makes: the byte budget they draw from. */
export interface ReadOptions {
  /** Charged with every byte read (manifests, referrers pages, blobs); see ReadBudget. */
  budget?: ReadBudget;
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

/**
 * Fetches the manifest at `ref` through `registry` (anything with RegistryClient's getManifest) and parses
 * it; a malformed one is an error naming `${what} REF`.
 */
export async function getParsedManifest(
  registry: { getManifest(ref: ImageRef): Promise<FetchedManifest> },
  ref: ImageRef,
  what = 'manifest',
): Promise<{ manifest: Manifest; mediaType: string; size: number }> {
  const fetched = await registry.getManifest(ref);
  const { manifest, mediaType } = parseManifest(
    fetched.bytes,
    fetched.mediaType,
    `${what} ${formatReference(ref)}`,
  );
  return { manifest, mediaType, size: fetched.size };
}

/** What a manifest PUT did. */
export interface PutManifestResult {
  digest: Digest;
  size: number;
  mediaType: string;
  /** The registry said it indexed the manifest's subject (OCI-Subject header): it has the referrers API. */
  subjectIndexed: boolean;
  /**
   * The write was conditional (If-Match) and the registry honours If-Match: nobody wrote the tag
   * between the read that gave the ETag and this write, so it needs no read-back.
   */
  compareAndSwap: boolean;
}

/** Reads and writes manifests and tags. */
export class ManifestClient {
  private readonly transport: RegistryTransport;
  private readonly limits: Readonly<Limits>;
  /** Per registry: whether it honours If-Match (412 on a stale ETag), learnt on the first conditional PUT. */
  private readonly honoursIfMatch = new Map<string, boolean>();

  constructor(transport: RegistryTransport, limits: Readonly<Limits>) {
    this.transport = transport;
    this.limits = limits;
  }

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
  async readManifestBody(res: HttpResponse, what: string, budget?: ReadBudget): Promise<Buffer> {
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
    let compareAndSwap = false;
    if (opts.ifMatch && this.honoursIfMatch.get(ref.registry) === undefined) {
      // Whether the registry honours If-Match, learnt once: the first conditional PUT carries an ETag
      // no manifest has. A registry that honours it answers 412 and stores nothing (then the real PUT
      // follows); one that ignores it stores the manifest, which is the write asked for anyway.
      try {
        const probed = await this.sendManifest(ref, bytes, mediaType, `"signet-probe-${digest}"`);
        this.honoursIfMatch.set(ref.registry, false);
        return this.toPutResult(probed, what, bytes, digest, mediaType, false);
      } catch (err) {
        if (!isRegistryError(err, 'REGISTRY_CONFLICT')) throw err;
        this.honoursIfMatch.set(ref.registry, true);
      }
    }
    if (opts.ifMatch) compareAndSwap = this.honoursIfMatch.get(ref.registry) === true;
    const res = await this.sendManifest(ref, bytes, mediaType, opts.ifMatch);
    return this.toPutResult(res, what, bytes, digest, mediaType, compareAndSwap);
  }

  private async sendManifest(
    ref: ImageRef,
    bytes: Uint8Array,
    mediaType: string,
    ifMatch: string | undefined,
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { 'content-type': mediaType };
    if (ifMatch) headers['if-match'] = ifMatch;
    const res = await this.transport.request({
      method: 'PUT',
      registry: ref.registry,
      path: repoPath(ref, `manifests/${ref.digest ?? ref.tag ?? 'latest'}`),
      headers,
      body: bytes,
      scopes: [push(ref.repository)],
      expect: [200, 201, 202],
      idempotent: !ifMatch,
    });
    await res.discard();
    return res;
  }

  private toPutResult(
    res: HttpResponse,
    what: string,
    bytes: Uint8Array,
    digest: Digest,
    mediaType: string,
    compareAndSwap: boolean,
  ): PutManifestResult {
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
      compareAndSwap,
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
}
