// A small in-process OCI registry for unit tests (the idea of ggcr `pkg/registry` under httptest):
// manifests with ETags and optional If-Match, blobs with monolithic/chunked uploads and mounts, tags
// with pagination, an optional referrers API, basic or bearer auth, and hooks to misbehave. Every
// behaviour Signet relies on is also proven against the real Distribution registry in
// test/integration; this stand-in only makes the unit tests fast and lets them reach corners
// (conditional PUT, lying registries) the real one cannot show.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the stub behaves. */
export interface StubOptions {
  auth?: 'none' | 'basic' | 'bearer';
  username?: string;
  password?: string;
  /** Serve GET /v2/<name>/referrers/<digest> and answer manifest PUTs with OCI-Subject. */
  referrersApi?: boolean;
  /** Honour If-Match on manifest PUT (412 when the ETag differs). */
  conditionalPuts?: boolean;
  /** Answer manifest GETs with an ETag header. */
  etags?: boolean;
  /** Called first for every request; return true when it answered. */
  intercept?: (req: IncomingMessage, res: ServerResponse, body: Buffer) => boolean | Promise<boolean>;
  /** Rewrites manifest and blob bodies on GET (a lying registry). */
  tamper?: (kind: 'manifest' | 'blob', bytes: Buffer) => Buffer;
  /** Redirect blob GETs to this base URL (a CDN). */
  blobRedirect?: string;
  /** Tags per page of tags/list when the client does not ask for fewer. */
  tagsPageSize?: number;
}

/** One request the stub saw. */
export interface SeenRequest {
  method: string;
  path: string;
  authorization?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A running stub. */
export interface RegistryStub {
  url: string;
  host: string;
  requests: SeenRequest[];
  manifests: Map<string, { bytes: Buffer; mediaType: string }>;
  tags: Map<string, string>;
  blobs: Map<string, Buffer>;
  tokenRequests: number;
  /** Replaces `intercept` while the stub runs. */
  intercept: StubOptions['intercept'];
  stop(): Promise<void>;
}

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function ociError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  const body = JSON.stringify({ errors: [{ code, message }] });
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

/** Starts the stub on a free loopback port. */
export async function startRegistryStub(opts: StubOptions = {}): Promise<RegistryStub> {
  const manifests = new Map<string, { bytes: Buffer; mediaType: string }>(); // key: repo@digest
  const tags = new Map<string, string>(); // key: repo:tag → digest
  const blobs = new Map<string, Buffer>(); // key: repo@digest
  const uploads = new Map<string, { repo: string; data: Buffer[]; size: number }>();
  const requests: SeenRequest[] = [];
  const tokens = new Set<string>();
  const state = { tokenRequests: 0 };
  let host = '';
  const api: RegistryStub = {
    url: '',
    host: '',
    requests,
    manifests,
    tags,
    blobs,
    intercept: opts.intercept,
    get tokenRequests() {
      return state.tokenRequests;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const authorized = (req: IncomingMessage): boolean => {
    const auth = req.headers.authorization ?? '';
    if (!opts.auth || opts.auth === 'none') return true;
    if (opts.auth === 'basic') {
      return auth === `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`;
    }
    return auth.startsWith('Bearer ') && tokens.has(auth.slice(7));
  };
  const challenge = (res: ServerResponse, scope: string) => {
    const header =
      opts.auth === 'basic'
        ? 'Basic realm="stub"'
        : `Bearer realm="http://${host}/token",service="stub",scope="${scope}"`;
    ociError(res, 401, 'UNAUTHORIZED', 'authentication required', { 'www-authenticate': header });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', `http://${host}`);
    requests.push({
      method: req.method ?? '',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      headers: req.headers,
    });
    if (api.intercept && (await api.intercept(req, res, body))) return;
    if (url.pathname === '/token') {
      state.tokenRequests++;
      const auth = req.headers.authorization ?? '';
      if (auth !== `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`) {
        return ociError(res, 401, 'UNAUTHORIZED', 'bad credentials');
      }
      const token = randomUUID();
      tokens.add(token);
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ token, expires_in: 300 }));
    }
    if (url.pathname === '/v2/' || url.pathname === '/v2') {
      if (!authorized(req)) return challenge(res, '');
      res.writeHead(200).end('{}');
      return;
    }
    const m = /^\/v2\/(.+?)\/(manifests|blobs\/uploads|blobs|tags\/list|referrers)\/?(.*)$/.exec(
      url.pathname,
    );
    if (!m) return ociError(res, 404, 'NOT_FOUND', 'no route');
    const [, repo, kind, rest] = m as unknown as [string, string, string, string];
    const method = req.method ?? 'GET';
    const needsPush = !['GET', 'HEAD'].includes(method);
    if (!authorized(req)) return challenge(res, `repository:${repo}:${needsPush ? 'pull,push' : 'pull'}`);

    if (kind === 'manifests') {
      const digest = rest.startsWith('sha256:') ? rest : tags.get(`${repo}:${rest}`);
      if (method === 'PUT') {
        const mediaType = req.headers['content-type'] ?? '';
        const d = sha(body);
        if (rest.startsWith('sha256:') && rest !== d)
          return ociError(res, 400, 'DIGEST_INVALID', 'digest mismatch');
        if (opts.conditionalPuts && req.headers['if-match'] !== undefined) {
          const current = digest ? `"${digest}"` : undefined;
          if (req.headers['if-match'] !== current)
            return ociError(res, 412, 'PRECONDITION_FAILED', 'etag mismatch');
        }
        manifests.set(`${repo}@${d}`, { bytes: body, mediaType });
        if (!rest.startsWith('sha256:')) tags.set(`${repo}:${rest}`, d);
        const headers: Record<string, string> = {
          'docker-content-digest': d,
          location: `/v2/${repo}/manifests/${d}`,
        };
        const parsed = JSON.parse(body.toString('utf8')) as { subject?: { digest: string } };
        if (opts.referrersApi && parsed.subject) headers['oci-subject'] = parsed.subject.digest;
        res.writeHead(201, headers).end();
        return;
      }
      const stored = digest ? manifests.get(`${repo}@${digest}`) : undefined;
      if (!stored || !digest) return ociError(res, 404, 'MANIFEST_UNKNOWN', 'manifest unknown');
      if (method === 'DELETE') {
        manifests.delete(`${repo}@${digest}`);
        for (const [k, v] of tags) if (v === digest && k.startsWith(`${repo}:`)) tags.delete(k);
        res.writeHead(202).end();
        return;
      }
      const bytes = opts.tamper ? opts.tamper('manifest', stored.bytes) : stored.bytes;
      const headers: Record<string, string> = {
        'content-type': stored.mediaType,
        'content-length': String(bytes.length),
        'docker-content-digest': digest,
      };
      if (opts.etags || opts.conditionalPuts) headers.etag = `"${digest}"`;
      res.writeHead(200, headers);
      res.end(method === 'HEAD' ? undefined : bytes);
      return;
    }
    if (kind === 'blobs') {
      const stored = blobs.get(`${repo}@${rest}`);
      if (!stored) return ociError(res, 404, 'BLOB_UNKNOWN', 'blob unknown');
      if (method === 'GET' && opts.blobRedirect && !url.searchParams.has('redirected')) {
        res.writeHead(307, { location: `${opts.blobRedirect}/v2/${repo}/blobs/${rest}?redirected=1` }).end();
        return;
      }
      const bytes = opts.tamper && method === 'GET' ? opts.tamper('blob', stored) : stored;
      res.writeHead(200, {
        'content-length': String(bytes.length),
        'docker-content-digest': rest,
        'content-type': 'application/octet-stream',
      });
      res.end(method === 'HEAD' ? undefined : bytes);
      return;
    }
    if (kind === 'blobs/uploads') {
      if (method === 'POST' && rest === '') {
        const mount = url.searchParams.get('mount');
        const from = url.searchParams.get('from');
        if (mount && from && blobs.has(`${from}@${mount}`)) {
          blobs.set(`${repo}@${mount}`, blobs.get(`${from}@${mount}`)!);
          res
            .writeHead(201, { location: `/v2/${repo}/blobs/${mount}`, 'docker-content-digest': mount })
            .end();
          return;
        }
        const id = randomUUID();
        uploads.set(id, { repo, data: [], size: 0 });
        res
          .writeHead(202, { location: `/v2/${repo}/blobs/uploads/${id}?_state=secret-${id}`, range: '0-0' })
          .end();
        return;
      }
      const up = uploads.get(rest);
      if (!up) return ociError(res, 404, 'BLOB_UPLOAD_UNKNOWN', 'upload unknown');
      if (method === 'PATCH') {
        const range = req.headers['content-range'];
        if (range && !String(range).startsWith(`${up.size}-`))
          return ociError(res, 416, 'BLOB_UPLOAD_INVALID', 'bad range');
        up.data.push(body);
        up.size += body.length;
        res
          .writeHead(202, {
            location: `/v2/${repo}/blobs/uploads/${rest}?_state=secret-${up.size}`,
            range: `0-${up.size - 1}`,
          })
          .end();
        return;
      }
      if (method === 'PUT') {
        up.data.push(body);
        const all = Buffer.concat(up.data);
        const want = url.searchParams.get('digest');
        if (want !== sha(all)) return ociError(res, 400, 'DIGEST_INVALID', 'digest mismatch');
        blobs.set(`${repo}@${want}`, all);
        uploads.delete(rest);
        res.writeHead(201, { location: `/v2/${repo}/blobs/${want}`, 'docker-content-digest': want }).end();
        return;
      }
      if (method === 'DELETE') {
        uploads.delete(rest);
        res.writeHead(204).end();
        return;
      }
    }
    if (kind === 'tags/list') {
      const all = [...tags.keys()]
        .filter((k) => k.startsWith(`${repo}:`))
        .map((k) => k.slice(repo.length + 1))
        .sort();
      const n = Math.min(Number(url.searchParams.get('n') ?? 1e9), opts.tagsPageSize ?? 1e9);
      const last = url.searchParams.get('last');
      const from = last ? all.filter((t) => t > last) : all;
      const page = from.slice(0, n);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (from.length > n)
        headers.link = `</v2/${repo}/tags/list?n=${n}&last=${page[page.length - 1]}>; rel="next"`;
      res.writeHead(200, headers).end(JSON.stringify({ name: repo, tags: page }));
      return;
    }
    if (kind === 'referrers' && opts.referrersApi) {
      const list = [...manifests.entries()]
        .filter(([k]) => k.startsWith(`${repo}@`))
        .map(([k, v]) => ({
          digest: k.slice(repo.length + 1),
          ...v,
          doc: JSON.parse(v.bytes.toString('utf8')),
        }))
        .filter((e) => e.doc.subject?.digest === rest)
        .map((e) => ({
          mediaType: e.mediaType,
          digest: e.digest,
          size: e.bytes.length,
          artifactType: e.doc.artifactType ?? e.doc.config?.mediaType,
        }));
      const at = url.searchParams.get('artifactType');
      const headers: Record<string, string> = { 'content-type': 'application/vnd.oci.image.index.v1+json' };
      if (at) headers['oci-filters-applied'] = 'artifactType';
      res.writeHead(200, headers).end(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: at ? list.filter((d) => d.artifactType === at) : list,
        }),
      );
      return;
    }
    ociError(res, 404, 'NOT_FOUND', 'no route');
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      if (!res.headersSent) ociError(res, 500, 'UNKNOWN', err.message);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.url = `http://${host}`;
  api.host = host;
  return api;
}
