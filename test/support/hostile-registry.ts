// A STAND-IN registry that injects hostile behaviour no real registry shows on purpose: a referrers API
// that answers page after page of thousands of entries, signature images with a hundred thousand
// layers, manifests that never end, indexes nested without end, and layers that claim a kilobyte but
// stream a gigabyte. A node:http server on a free loopback port; it counts every request and every
// byte it manages to send, so tests assert that Signet stops early (error code, bounded requests and
// bytes), never on time. Used by test/unit/registry/limits.test.ts and bench/hostile-registry.ts.
import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';

/** What the stand-in serves besides 404s. */
export interface HostileOptions {
  /** The referrers API of the subject: `pages` pages of `perPage` entries, each linking the next. */
  referrers?: { pages: number; perPage: number };
  /** The subject's `sha256-<hex>` fallback index, with this many entries (no referrers API then). */
  fallbackEntries?: number;
  /** The subject's `.sig` image (and `.att` image), with this many layers. */
  sigLayers?: number;
  /** The subject's `.sig` image's layers claim this many bytes each ... */
  layerClaims?: number;
  /** ... and their blobs stream this many (zeros; chunked, no Content-Length). */
  layerStreams?: number;
  /** The `.sig` tag answers with a manifest this many bytes long (streamed, never complete JSON). */
  oversizeManifest?: number;
  /** Declare the oversize manifest's length in Content-Length (else chunked). */
  declareLength?: boolean;
  /** The subject is an index whose one child is an index, and so on, this many levels deep. */
  nestedIndexes?: number;
}

/** A running stand-in. */
export interface HostileRegistry {
  /** host:port, for ImageRefs. */
  host: string;
  repository: string;
  /** The digest every hostile answer is about. */
  subject: string;
  requests: { method: string; path: string }[];
  /** Body bytes written to sockets so far (including what the client then dropped). */
  bytesSent: number;
  stop(): Promise<void>;
}

function descriptor(i: number, mediaType: string, size: number, artifactType?: string) {
  const d: Record<string, unknown> = { mediaType, size, digest: sha(`entry-${i}`) };
  if (artifactType) d.artifactType = artifactType;
  return d;
}

/** Starts the stand-in on a free loopback port. */
export async function startHostileRegistry(opts: HostileOptions): Promise<HostileRegistry> {
  const repository = 'hostile/app';
  const manifests = new Map<string, { bytes: Buffer; mediaType: string }>();
  // The subject: a plain image manifest, or the top of a chain of nested indexes.
  let subject = sha('subject');
  if (opts.nestedIndexes) {
    let below = { mediaType: OCI_MANIFEST, size: 2, digest: sha('leaf') };
    for (let level = opts.nestedIndexes; level >= 1; level--) {
      const bytes = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX,
          manifests: [below],
          annotations: { level: String(level) },
        }),
      );
      const digest = sha(bytes);
      manifests.set(digest, { bytes, mediaType: OCI_INDEX });
      below = { mediaType: OCI_INDEX, size: bytes.length, digest };
    }
    subject = below.digest;
  }
  const tagHex = subject.replace(':', '-');

  // One referrers page, built once and served for every page number.
  const page = opts.referrers
    ? Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX,
          manifests: Array.from({ length: opts.referrers.perPage }, (_, i) =>
            descriptor(i, OCI_MANIFEST, 1000, BUNDLE),
          ),
        }),
      )
    : undefined;
  if (opts.fallbackEntries !== undefined) {
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: Array.from({ length: opts.fallbackEntries }, (_, i) =>
          descriptor(i, OCI_MANIFEST, 1000, BUNDLE),
        ),
      }),
    );
    manifests.set(tagHex, { bytes, mediaType: OCI_INDEX });
  }
  if (opts.sigLayers !== undefined) {
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: 2, digest: sha('{}') },
        layers: Array.from({ length: opts.sigLayers }, (_, i) =>
          descriptor(i, SIMPLE_SIGNING, opts.layerClaims ?? 250),
        ),
      }),
    );
    manifests.set(`${tagHex}.sig`, { bytes, mediaType: OCI_MANIFEST });
    manifests.set(`${tagHex}.att`, { bytes, mediaType: OCI_MANIFEST });
  }

  const state: HostileRegistry = {
    host: '',
    repository,
    subject,
    requests: [],
    bytesSent: 0,
    stop: async () => undefined,
  };
  const send = (res: ServerResponse, status: number, body: Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-length': String(body.length), ...headers });
    state.bytesSent += body.length;
    res.end(body);
  };
  // Streams `total` bytes of `fill` as fast as the client reads, stopping when it hangs up.
  const stream = (res: ServerResponse, total: number, headers: Record<string, string>, fill: number) => {
    res.writeHead(200, headers);
    const chunk = Buffer.alloc(64 * 1024, fill);
    let left = total;
    const pump = () => {
      while (left > 0 && !res.destroyed) {
        const n = Math.min(left, chunk.length);
        left -= n;
        state.bytesSent += n;
        if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      if (left <= 0) res.end();
    };
    res.on('close', () => {
      left = 0;
    });
    pump();
  };
  const notFound = (res: ServerResponse) =>
    send(
      res,
      404,
      Buffer.from(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'unknown' }] })),
      {
        'content-type': 'application/json',
      },
    );

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    state.requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search });
    req.resume();
    const prefix = `/v2/${repository}/`;
    if (url.pathname === '/v2/') return send(res, 200, Buffer.from('{}'));
    if (!url.pathname.startsWith(prefix)) return notFound(res);
    const [kind, ...rest] = url.pathname.slice(prefix.length).split('/');
    const id = rest.join('/');
    if (kind === 'referrers' && id === subject && page && opts.referrers) {
      const n = Number(url.searchParams.get('page') ?? '1');
      const headers: Record<string, string> = { 'content-type': OCI_INDEX };
      if (n < opts.referrers.pages)
        headers.link = `<${prefix}referrers/${subject}?page=${n + 1}>; rel="next"`;
      return send(res, 200, page, headers);
    }
    if (kind === 'manifests') {
      if (id === `${tagHex}.sig` && opts.oversizeManifest !== undefined) {
        const headers: Record<string, string> = { 'content-type': OCI_MANIFEST };
        if (opts.declareLength) headers['content-length'] = String(opts.oversizeManifest);
        if (req.method === 'HEAD') return send(res, 200, Buffer.alloc(0), headers);
        return stream(res, opts.oversizeManifest, headers, 0x20);
      }
      const m = manifests.get(id);
      if (!m) return notFound(res);
      const headers = { 'content-type': m.mediaType, 'docker-content-digest': sha(m.bytes) };
      if (req.method === 'HEAD') {
        res.writeHead(200, { ...headers, 'content-length': String(m.bytes.length) });
        return res.end();
      }
      return send(res, 200, m.bytes, headers);
    }
    if (kind === 'blobs' && opts.layerStreams !== undefined) {
      return stream(res, opts.layerStreams, { 'content-type': 'application/octet-stream' }, 0);
    }
    return notFound(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
