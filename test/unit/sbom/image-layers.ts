// Builds small image layers in memory (tar-stream pack, gzip or zstd) and an in-memory SbomRegistry
// serving them, for the generator's unit tests.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import tar from 'tar-stream';
import type { SbomRegistry } from '../../../src/sbom/sbom-registry.ts';
import type { Digest, FetchedManifest, ImageRef } from '../../../src/registry/index.ts';

/** One tar entry: a file with content, a symlink, or a folder. */
export type Entry = { path: string; content?: string; symlink?: string; dir?: boolean; hardlink?: string };

/** The bytes of a tar archive holding `entries`, in order. */
export async function tarOf(entries: Entry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer);
  });
  const done = new Promise<void>((r) => pack.on('end', () => r()));
  for (const e of entries) {
    if (e.dir) pack.entry({ name: e.path, type: 'directory' });
    else if (e.symlink) pack.entry({ name: e.path, type: 'symlink', linkname: e.symlink });
    else if (e.hardlink) pack.entry({ name: e.path, type: 'link', linkname: e.hardlink });
    else pack.entry({ name: e.path }, e.content ?? '');
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

export const sha = (b: Uint8Array): Digest => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** An in-memory registry of blobs and manifests keyed by digest; counts how often each is fetched. */
export class MemoryRegistry implements SbomRegistry {
  readonly blobs = new Map<string, Buffer>();
  readonly manifests = new Map<string, { bytes: Buffer; mediaType: string }>();
  readonly fetches = new Map<string, number>();

  addBlob(bytes: Buffer): Digest {
    const d = sha(bytes);
    this.blobs.set(d, bytes);
    return d;
  }

  addManifest(doc: unknown, mediaType: string): Digest {
    const bytes = Buffer.from(JSON.stringify(doc));
    const d = sha(bytes);
    this.manifests.set(d, { bytes, mediaType });
    return d;
  }

  /** Pushes an image of `layers` (each `{ bytes, mediaType }`) and returns its manifest digest. */
  addImage(
    layers: { bytes: Buffer; mediaType: string }[],
    platform = { os: 'linux', architecture: 'amd64' },
  ): Digest {
    const config = Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] } }));
    return this.addManifest(
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: this.addBlob(config),
          size: config.length,
        },
        layers: layers.map((l) => ({
          mediaType: l.mediaType,
          digest: this.addBlob(l.bytes),
          size: l.bytes.length,
        })),
      },
      'application/vnd.oci.image.manifest.v1+json',
    );
  }

  async getManifest(ref: ImageRef): Promise<FetchedManifest> {
    const m = this.manifests.get(ref.digest ?? '');
    if (!m) throw Object.assign(new Error(`manifest ${ref.digest} unknown`), { code: 'REGISTRY_NOT_FOUND' });
    return { bytes: m.bytes, mediaType: m.mediaType, digest: ref.digest!, size: m.bytes.length };
  }

  async fetchBlob(_repo: ImageRef, digest: Digest): Promise<Readable> {
    const b = this.blobs.get(digest);
    if (!b) throw new Error(`blob ${digest} unknown`);
    this.fetches.set(digest, (this.fetches.get(digest) ?? 0) + 1);
    // Small chunks, so entries straddle chunk boundaries as they do over the network.
    const chunks: Buffer[] = [];
    for (let i = 0; i < b.length; i += 1000) chunks.push(b.subarray(i, i + 1000));
    return Readable.from(chunks);
  }

  async fetchBlobBytes(_repo: ImageRef, digest: Digest): Promise<Buffer> {
    const b = this.blobs.get(digest);
    if (!b) throw new Error(`blob ${digest} unknown`);
    return b;
  }
}

export const GZIP_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';
export const ZSTD_LAYER = 'application/vnd.oci.image.layer.v1.tar+zstd';
export const TAR_LAYER = 'application/vnd.docker.image.rootfs.diff.tar';

export const gz = async (entries: Entry[]) => ({
  bytes: gzipSync(await tarOf(entries)),
  mediaType: GZIP_LAYER,
});
export const zst = async (entries: Entry[]) => ({
  bytes: zstdCompressSync(await tarOf(entries)),
  mediaType: ZSTD_LAYER,
});
export const raw = async (entries: Entry[]) => ({ bytes: await tarOf(entries), mediaType: TAR_LAYER });
