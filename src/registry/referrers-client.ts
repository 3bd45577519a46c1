// Referrers over the distribution API: the referrers API when the registry has it, else the
// `sha256-<hex>` fallback tag index (referrers.ts has its schema), kept race-safe for concurrent writers
// by a conditional PUT and write-then-verify-and-merge. Part of RegistryClient (client.ts).
// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers
import { OCI_FILTERS_APPLIED_HEADER, OCI_INDEX_MEDIA_TYPE } from './constants.ts';
import type { Limits } from '../limits.ts';
import { RegistryError, isRegistryError, redactUrl } from './errors.ts';
import { limitExceeded, type ReadBudget } from './limits.ts';
import { normaliseMediaType, parseManifest, type Descriptor, type ImageIndex } from './manifest.ts';
import type { FetchedManifest, ManifestClient, PutManifestResult, ReadOptions } from './manifests.ts';
import { formatReference, type Digest, type ImageRef } from './name.ts';
import {
  buildReferrersIndex,
  filterByArtifactType,
  listsAll,
  serialiseIndex,
  toFallbackTag,
  toReferrerDescriptor,
} from './referrers.ts';
import { nextLink, pull, repoOf, repoPath } from './request-paths.ts';
import { SettleBatch } from './settle.ts';
import type { RegistryTransport } from './transport/transport.ts';

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

/** How hard the fallback-index update tries against concurrent writers. */
export interface ReferrersSettle {
  /** Shortest wait before checking that a fallback-index write survived concurrent writers. */
  settleMs: number;
  /** Read-merge-write rounds before giving up. */
  maxRounds: number;
}

/** Lists and adds referrers. */
export class ReferrersClient {
  /** Per registry: whether it has the referrers API (unknown until asked or a PUT answers). */
  private readonly referrersApi = new Map<string, boolean>();
  private readonly settleMs: number;
  private readonly maxRounds: number;

  private readonly transport: RegistryTransport;
  private readonly limits: Readonly<Limits>;
  private readonly manifests: ManifestClient;

  constructor(
    transport: RegistryTransport,
    limits: Readonly<Limits>,
    manifests: ManifestClient,
    settle: ReferrersSettle,
  ) {
    this.transport = transport;
    this.limits = limits;
    this.manifests = manifests;
    this.settleMs = settle.settleMs;
    this.maxRounds = settle.maxRounds;
  }

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
      const bytes = await this.manifests.readManifestBody(res, `${what} page ${page + 1}`, budget);
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
      m = await this.manifests.getManifest(tagRef, {
        accept: [OCI_INDEX_MEDIA_TYPE],
        ...(budget ? { budget } : {}),
      });
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
    opts: { mediaType?: string; settle?: SettleBatch } = {},
  ): Promise<PutManifestResult & AddReferrerResult> {
    const descriptor = toReferrerDescriptor(manifestBytes, opts.mediaType);
    const { manifest } = parseManifest(manifestBytes, opts.mediaType);
    if (!manifest.subject) {
      throw new RegistryError(
        'REGISTRY_INVALID_MANIFEST',
        `referrer for ${repoOf(repo)}: the manifest has no subject`,
      );
    }
    const put = await this.manifests.putManifest(
      { registry: repo.registry, repository: repo.repository, digest: descriptor.digest },
      manifestBytes,
      { mediaType: opts.mediaType },
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
      opts.settle ? { settle: opts.settle } : {},
    );
    return { ...put, ...added };
  }

  /**
   * Records `descriptor` as a referrer of `subject` in the fallback tag index, keeping what concurrent
   * writers add. With ETags the PUT is conditional (If-Match); where the registry honours it the write
   * is exact and done. Registries that ignore If-Match (Distribution 2.8) are covered by
   * write-then-verify-and-merge: after each write, wait longer than a read-modify-write takes, read
   * again, and merge back anything missing; finish only when one read shows every entry this writer
   * has seen. Without compare-and-swap no client protocol is exact; the settle window covers writers
   * whose read-modify-write overlaps ours. With `settle`, the read-back is deferred to that batch
   * (one wait per run, settle.ts); without, it is waited for here. `rounds` counts the writes made
   * before returning.
   */
  async addReferrer(
    subject: ImageRef,
    descriptor: Descriptor,
    opts: { settle?: SettleBatch } = {},
  ): Promise<AddReferrerResult> {
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
    const batch = opts.settle ?? new SettleBatch(deps);
    let round = 0;
    // Write rounds until one write lands; then done (compare-and-swap) or a read-back is deferred.
    const write = async (): Promise<void> => {
      for (;;) {
        if (++round > this.maxRounds) {
          throw new RegistryError(
            'REGISTRY_CONFLICT',
            `updating ${formatReference(tagRef)}: concurrent writers kept replacing the referrers index for ${this.maxRounds} rounds; retry the step`,
          );
        }
        const started = deps.now();
        for (const d of current?.index.manifests ?? []) if (!seen.has(d.digest)) seen.set(d.digest, d);
        const merged = buildReferrersIndex([...(current?.index.manifests ?? []), ...seen.values()]);
        let put: PutManifestResult;
        try {
          put = await this.manifests.putManifest(tagRef, serialiseIndex(merged), {
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
        if (put.compareAndSwap) return;
        const took = deps.now() - started;
        batch.defer(deps.now() + Math.round(Math.max(this.settleMs, 2 * took) * (1 + deps.random())), check);
        return;
      }
    };
    const check = async (): Promise<void> => {
      current = await this.readFallbackIndex(subject, digest);
      if (current && listsAll(current.index.manifests, seen.keys())) return;
      await write();
    };
    await write();
    if (!opts.settle) await batch.settle();
    return { source: 'fallback', rounds: round };
  }
}
