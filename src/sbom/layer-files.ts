// Streams an image's layers once, in order, and keeps only what the package catalogers need: parsed
// records of a few small files (package databases, package.json, METADATA, os-release), never file
// contents in bulk, so memory follows the number of packages, not the size of the layers. Whiteouts
// are honoured as the OCI image-spec `layer.md` says: `.wh.<name>` removes `<name>` and everything
// under it from the layers below, `.wh..wh..opq` removes everything below its folder.
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import tar from 'tar-stream';
import { parseApkInstalled, type ApkRecord } from './apk.ts';
import { MAX_DATABASE_BYTES, MAX_MANIFEST_FILE_BYTES } from './constants.ts';
import { parseDpkgStatus, type DpkgRecord } from './dpkg.ts';
import { SbomError } from './errors.ts';
import { isNpmPackageJsonPath, parsePackageJson, type NpmRecord } from './npm.ts';
import { parseOsRelease, type OsRelease } from './os-release.ts';
import { isPythonMetadataPath, parsePythonMetadata, type PythonRecord } from './python.ts';

/** One layer to read: its descriptor and a way to open its (compressed) bytes, digest-checked. */
export interface LayerSource {
  digest: string;
  mediaType: string;
  size?: number;
  open(): Promise<Readable>;
}

/** A file the catalogers read, parsed; `record` is undefined when the file was unreadable. */
export type CatalogedFile =
  | { kind: 'dpkg'; path: string; layer: string; record?: DpkgRecord[] }
  | { kind: 'apk'; path: string; layer: string; record?: ApkRecord[] }
  | { kind: 'os-release'; path: string; layer: string; record?: OsRelease }
  | { kind: 'npm'; path: string; layer: string; record?: NpmRecord }
  | { kind: 'python'; path: string; layer: string; record?: PythonRecord }
  | { kind: 'symlink'; path: string; layer: string; target: string };

type Kind = Exclude<CatalogedFile['kind'], 'symlink'>;

const OS_RELEASE_PATHS = new Set(['etc/os-release', 'usr/lib/os-release']);

/** Which cataloger wants the file at `path` (relative to the image root), if any. */
export function classifyPath(path: string): Kind | undefined {
  if (path === 'var/lib/dpkg/status') return 'dpkg';
  if (path.startsWith('var/lib/dpkg/status.d/') && !path.slice(22).includes('/')) {
    // distroless keeps one control file per package here, next to its `.md5sums`.
    return path.endsWith('.md5sums') ? undefined : 'dpkg';
  }
  if (path === 'lib/apk/db/installed') return 'apk';
  if (OS_RELEASE_PATHS.has(path)) return 'os-release';
  if (isNpmPackageJsonPath(path)) return 'npm';
  if (isPythonMetadataPath(path)) return 'python';
  return undefined;
}

function parseAs(kind: Kind, text: string) {
  switch (kind) {
    case 'dpkg':
      return parseDpkgStatus(text);
    case 'apk':
      return parseApkInstalled(text);
    case 'os-release':
      return parseOsRelease(text);
    case 'npm':
      return parsePackageJson(text);
    case 'python':
      return parsePythonMetadata(text);
  }
}

/** `./a/b/`, `/a/b` → `a/b`. */
export function normaliseTarPath(name: string): string {
  let p = name.replace(/^(?:\.\/|\/)+/, '').replace(/\/+$/, '');
  if (p === '.') p = '';
  return p;
}

/** How a layer's bytes are compressed, from its media type. */
export function toCompression(mediaType: string): 'gzip' | 'zstd' | 'none' {
  const mt = mediaType.toLowerCase();
  if (mt.endsWith('+gzip') || mt.endsWith('.tar.gzip')) return 'gzip';
  if (mt.endsWith('+zstd')) return 'zstd';
  if (mt.endsWith('.tar') || mt.endsWith('.v1.tar') || mt === 'application/x-tar') return 'none';
  throw new SbomError(
    'SBOM_INVALID_IMAGE',
    `layer media type ${mediaType} is not a tar layer (expected tar, tar+gzip or tar+zstd)`,
  );
}

/** Layer changes seen while reading one layer, applied to the layers below when it ends. */
interface LayerChanges {
  added: Map<string, CatalogedFile>;
  /** Paths removed with everything under them. */
  removed: string[];
  /** Folders whose lower content is hidden. */
  opaque: string[];
}

function removeUnder(files: Map<string, CatalogedFile>, dir: string, self: boolean): void {
  const prefix = dir === '' ? '' : `${dir}/`;
  for (const p of files.keys()) {
    if ((self && p === dir) || p.startsWith(prefix)) files.delete(p);
  }
}

async function readEntry(stream: AsyncIterable<unknown>, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of stream) {
    n += (c as Buffer).length;
    if (n <= limit) chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one layer's tar stream and returns what it adds and removes; drains every other entry. */
export async function readLayerChanges(
  source: Readable,
  layer: string,
  warnings: string[],
  transforms: Transform[] = [],
): Promise<LayerChanges> {
  const changes: LayerChanges = { added: new Map(), removed: [], opaque: [] };
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const handle = async () => {
      const path = normaliseTarPath(header.name);
      const slash = path.lastIndexOf('/');
      const base = path.slice(slash + 1);
      const dir = slash < 0 ? '' : path.slice(0, slash);
      if (base === '.wh..wh..opq') {
        changes.opaque.push(dir);
        stream.resume();
        return;
      }
      if (base.startsWith('.wh.')) {
        changes.removed.push(dir === '' ? base.slice(4) : `${dir}/${base.slice(4)}`);
        stream.resume();
        return;
      }
      const kind = classifyPath(path);
      if (kind && header.type === 'symlink' && header.linkname) {
        changes.added.set(path, { kind: 'symlink', path, layer, target: header.linkname });
      } else if (kind && header.type === 'link' && header.linkname) {
        // A hard link to a file earlier in this layer: same content, so the same record.
        const target = changes.added.get(normaliseTarPath(header.linkname));
        if (target) changes.added.set(path, { ...target, path });
      } else if (kind && (header.type === 'file' || header.type === 'contiguous-file')) {
        const limit = kind === 'dpkg' || kind === 'apk' ? MAX_DATABASE_BYTES : MAX_MANIFEST_FILE_BYTES;
        if ((header.size ?? 0) > limit) {
          warnings.push(`${path} in layer ${layer}: ${header.size} bytes is more than ${limit}; skipped`);
          stream.resume();
        } else {
          const text = await readEntry(stream, limit);
          changes.added.set(path, { kind, path, layer, record: parseAs(kind, text) } as CatalogedFile);
          return;
        }
      } else {
        stream.resume();
      }
    };
    handle().then(
      () => next(),
      (err: unknown) => next(err as Error),
    );
  });
  // One pipeline: an error anywhere (digest mismatch at the blob's end, bad gzip, bad tar) fails it,
  // and it ends only when the whole blob was read, so the digest check always runs.
  const streams: (NodeJS.ReadableStream | NodeJS.WritableStream)[] = [source, ...transforms, extract];
  await pipeline(streams);
  return changes;
}

/**
 * Reads every layer in order and returns the cataloged files of the final filesystem, keyed by path.
 * Each layer is streamed once and decompressed on the fly.
 */
export async function readImageFiles(
  layers: readonly LayerSource[],
  warnings: string[] = [],
): Promise<Map<string, CatalogedFile>> {
  const files = new Map<string, CatalogedFile>();
  for (const layer of layers) {
    const compression = toCompression(layer.mediaType);
    const transforms: Transform[] = [];
    if (compression === 'gzip') transforms.push(createGunzip());
    if (compression === 'zstd') transforms.push(createZstdDecompress());
    const body = await layer.open();
    let changes: LayerChanges;
    try {
      changes = await readLayerChanges(body, layer.digest, warnings, transforms);
    } catch (err) {
      body.destroy();
      if (err instanceof SbomError || (err as { code?: string }).code === 'REGISTRY_DIGEST_MISMATCH')
        throw err;
      throw new SbomError('SBOM_INVALID_IMAGE', `layer ${layer.digest}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    for (const dir of changes.opaque) removeUnder(files, dir, false);
    for (const p of changes.removed) removeUnder(files, p, true);
    for (const [p, f] of changes.added) files.set(p, f);
  }
  return files;
}
