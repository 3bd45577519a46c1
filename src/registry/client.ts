// Signet's one registry client. No Node library does push + OCI 1.1 referrers + cosign's legacy tags
// together (@sigstore/oci writes bundles only and reads credentials only from ~/.docker/config.json),
// so this client is Signet's own, and everything else in Signet talks to registries only through it.
// Layered like go-containerregistry: `name.ts` parses references, `transport/` does auth, retries and
// errors, and the distribution API is spoken by three parts this class puts behind one face:
// manifests.ts (manifests and tags), blobs.ts (uploads and downloads) and referrers-client.ts
// (the referrers API and the fallback tag index).
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md
import type { Readable } from 'node:stream';
import { DEFAULT_CHUNK_BYTES } from './constants.ts';
import { toLimits, type Limits } from '../limits.ts';
import { BlobClient, type BlobSource, type UploadOptions, type UploadResult } from './blobs.ts';
import type { Descriptor } from './manifest.ts';
import {
  ManifestClient,
  type FetchedManifest,
  type PutManifestResult,
  type ReadOptions,
} from './manifests.ts';
import type { Digest, ImageRef } from './name.ts';
import type { SettleBatch } from './settle.ts';
import { ReferrersClient, type AddReferrerResult, type ReferrersResult } from './referrers-client.ts';
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

/** Dependencies of a RegistryClient (see TransportDeps); a `transport` may be shared. */
export interface RegistryClientDeps extends TransportDeps {
  transport?: RegistryTransport;
}

/** Talks the OCI distribution API to any registry: manifests, blobs, tags and referrers. */
export class RegistryClient {
  readonly transport: RegistryTransport;
  /** The caps this client enforces on what a registry makes it read. */
  readonly limits: Readonly<Limits>;
  private readonly manifests: ManifestClient;
  private readonly blobs: BlobClient;
  private readonly referrers: ReferrersClient;

  constructor(options: RegistryClientOptions = {}, deps: RegistryClientDeps = {}) {
    this.transport = deps.transport ?? new RegistryTransport(options, deps);
    this.limits = Object.freeze(toLimits(options.limits));
    this.manifests = new ManifestClient(this.transport, this.limits);
    this.blobs = new BlobClient(this.transport, options.chunkSize ?? DEFAULT_CHUNK_BYTES);
    this.referrers = new ReferrersClient(this.transport, this.limits, this.manifests, {
      settleMs: options.referrersSettleMs ?? 100,
      maxRounds: options.referrersMaxAttempts ?? 10,
    });
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

  /** Fetches a manifest by tag or digest; the bytes must hash to the digest asked for (fail closed). */
  getManifest(ref: ImageRef, opts?: { accept?: readonly string[] } & ReadOptions): Promise<FetchedManifest> {
    return this.manifests.getManifest(ref, opts);
  }

  /** The descriptor of a manifest (HEAD), or undefined when there is none. */
  headManifest(ref: ImageRef, opts?: { accept?: readonly string[] }): Promise<Descriptor | undefined> {
    return this.manifests.headManifest(ref, opts);
  }

  /** Stores a manifest at a tag or at its digest; `ifMatch` makes the write conditional on the ETag. */
  putManifest(
    ref: ImageRef,
    bytes: Uint8Array,
    opts?: { mediaType?: string; ifMatch?: string },
  ): Promise<PutManifestResult> {
    return this.manifests.putManifest(ref, bytes, opts);
  }

  /** Deletes a manifest by digest (registries delete by digest; a tag-only reference is refused). */
  deleteManifest(ref: ImageRef): Promise<void> {
    return this.manifests.deleteManifest(ref);
  }

  /** Every tag of a repository, following pagination. */
  listTags(repo: ImageRef): Promise<string[]> {
    return this.manifests.listTags(repo);
  }

  /** True when the repository has the blob. */
  blobExists(repo: ImageRef, digest: Digest): Promise<boolean> {
    return this.blobs.blobExists(repo, digest);
  }

  /** Mounts a blob from another repository of the same registry; false when the registry declined. */
  mountBlob(repo: ImageRef, digest: Digest, from: ImageRef): Promise<boolean> {
    return this.blobs.mountBlob(repo, digest, from);
  }

  /** Uploads a blob unless the repository has it (blobs.ts: one PUT, or chunks). */
  uploadBlob(repo: ImageRef, source: BlobSource, opts?: UploadOptions): Promise<UploadResult> {
    return this.blobs.uploadBlob(repo, source, opts);
  }

  /** Streams a blob that errors at its end unless the bytes hash to `digest` (and have `size`). */
  fetchBlob(repo: ImageRef, digest: Digest, opts?: { size?: number; retry?: boolean }): Promise<Readable> {
    return this.blobs.fetchBlob(repo, digest, opts);
  }

  /** Reads a small blob into memory, verified and capped (blobs.ts). */
  fetchBlobBytes(
    repo: ImageRef,
    digest: Digest,
    opts?: { size?: number; maxBytes?: number; cap?: keyof Limits } & ReadOptions,
  ): Promise<Buffer> {
    return this.blobs.fetchBlobBytes(repo, digest, opts);
  }

  /** Lists the referrers of `subject` (API, else fallback tag), filtered by `artifactType`. */
  listReferrers(subject: ImageRef, opts?: { artifactType?: string } & ReadOptions): Promise<ReferrersResult> {
    return this.referrers.listReferrers(subject, opts);
  }

  /** Pushes a referrer manifest by digest and lists it in the fallback index when the registry does not. */
  pushReferrer(
    repo: ImageRef,
    manifestBytes: Uint8Array,
    opts?: { mediaType?: string; settle?: SettleBatch },
  ): Promise<PutManifestResult & AddReferrerResult> {
    return this.referrers.pushReferrer(repo, manifestBytes, opts);
  }

  /** Records `descriptor` as a referrer of `subject` in the fallback tag index, race-safe. */
  addReferrer(
    subject: ImageRef,
    descriptor: Descriptor,
    opts?: { settle?: SettleBatch },
  ): Promise<AddReferrerResult> {
    return this.referrers.addReferrer(subject, descriptor, opts);
  }
}
