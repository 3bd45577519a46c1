// The HTTP layer under the registry client: node:http/https with keep-alive agents so a push reuses
// connections, an inactivity timeout on every request (headers and body alike), and counters the
// benchmarks read (requests sent, connections opened). Failures become temporary RegistryErrors so the
// retry layer can decide. Nothing here knows about auth or the registry API.
import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { RegistryError, redactUrl } from '../errors.ts';
import { SignetError } from '../../errors.ts';

/** One HTTP request. A Readable body is sent once and cannot be replayed. */
export interface HttpRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: Uint8Array | Readable;
  /** Fail when the connection is idle this long (waiting for headers or for body bytes). */
  timeoutMs?: number;
}

/** A response whose body has not been read yet. */
export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Readable;
  /** A header value (first one when repeated), lowercase name. */
  header(name: string): string | undefined;
  /** The whole body, refusing more than `limit` bytes. */
  bytes(limit: number): Promise<Buffer>;
  /** Reads and drops the body so the connection can be reused. */
  discard(): Promise<void>;
}

/** What the client has done so far. */
export interface HttpCounters {
  requests: number;
  connections: number;
}

/** Sends HTTP requests; one per RegistryClient, closed with it. */
export interface HttpClient {
  send(req: HttpRequest): Promise<HttpResponse>;
  readonly counters: HttpCounters;
  close(): void;
}

/** Options for the node:http client. */
export interface HttpClientOptions {
  timeoutMs?: number;
  maxSocketsPerHost?: number;
  /** Extra CA certificates (PEM) for registries with a private CA. */
  ca?: string | string[];
}

const DEFAULT_TIMEOUT_MS = 60_000;

function networkError(req: HttpRequest, err: NodeJS.ErrnoException, timedOut: boolean): RegistryError {
  const url = redactUrl(req.url);
  if (timedOut) {
    return new RegistryError(
      'REGISTRY_TIMEOUT',
      `${req.method} ${url}: no answer for ${req.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms; the registry is slow or unreachable`,
      { method: req.method, url, temporary: true, cause: err },
    );
  }
  const code = err.code ?? err.message;
  return new RegistryError('REGISTRY_UNAVAILABLE', `${req.method} ${url}: connection failed (${code})`, {
    method: req.method,
    url,
    temporary: true,
    cause: err,
  });
}

/** A node:http(s) client with keep-alive, timeouts and counters. */
export function createHttpClient(opts: HttpClientOptions = {}): HttpClient {
  const agentOpts = { keepAlive: true, maxSockets: opts.maxSocketsPerHost ?? 32, keepAliveMsecs: 1000 };
  const httpAgent = new http.Agent(agentOpts);
  const httpsAgent = new https.Agent({ ...agentOpts, ca: opts.ca });
  const counters: HttpCounters = { requests: 0, connections: 0 };
  const seen = new WeakSet<Socket>();

  const send = (req: HttpRequest): Promise<HttpResponse> =>
    new Promise<HttpResponse>((resolve, reject) => {
      const isHttps = req.url.protocol === 'https:';
      const headers: Record<string, string> = { 'user-agent': 'signet', ...req.headers };
      const body = req.body;
      if (body instanceof Uint8Array) headers['content-length'] = String(body.length);
      else if (body === undefined && ['PUT', 'POST', 'PATCH'].includes(req.method))
        headers['content-length'] = '0';
      const timeoutMs = req.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      let timedOut = false;
      let settled = false;
      counters.requests++;
      const r = (isHttps ? https : http).request(req.url, {
        method: req.method,
        headers,
        agent: isHttps ? httpsAgent : httpAgent,
      });
      r.on('socket', (s: Socket) => {
        if (!seen.has(s)) {
          seen.add(s);
          counters.connections++;
        }
      });
      r.setTimeout(timeoutMs, () => {
        timedOut = true;
        // networkError reads `timedOut`; the code is a socket's, as Node's own timeouts carry.
        r.destroy(new SignetError('ETIMEDOUT', 'timeout'));
      });
      r.on('error', (err: NodeJS.ErrnoException) => {
        if (!settled) {
          settled = true;
          // A failing request body (e.g. a digest check on the way out) keeps its own error.
          reject(err instanceof RegistryError ? err : networkError({ ...req, timeoutMs }, err, timedOut));
        }
      });
      r.on('response', (res) => {
        settled = true;
        // Errors while the body streams (reset, timeout) reach the body's reader as RegistryErrors.
        const bodyStream = new PassThrough();
        const bodyFailed = (err: NodeJS.ErrnoException) =>
          err instanceof RegistryError ? err : networkError({ ...req, timeoutMs }, err, timedOut);
        res.on('error', (err: NodeJS.ErrnoException) => bodyStream.destroy(bodyFailed(err)));
        r.on('error', (err: NodeJS.ErrnoException) => bodyStream.destroy(bodyFailed(err)));
        // A reader that stops early (size limit, digest failure) releases the connection.
        bodyStream.on('close', () => {
          if (!res.complete) res.destroy();
        });
        res.pipe(bodyStream);
        const out: HttpResponse = {
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: bodyStream,
          header(name) {
            const v = res.headers[name.toLowerCase()];
            return Array.isArray(v) ? v[0] : v;
          },
          async bytes(limit) {
            const chunks: Buffer[] = [];
            let n = 0;
            for await (const c of bodyStream) {
              n += (c as Buffer).length;
              if (n > limit) {
                bodyStream.destroy();
                throw new RegistryError(
                  'REGISTRY_PROTOCOL',
                  `${req.method} ${redactUrl(req.url)}: response larger than ${limit} bytes; refusing it`,
                  { method: req.method, url: redactUrl(req.url), status: res.statusCode },
                );
              }
              chunks.push(c as Buffer);
            }
            return Buffer.concat(chunks);
          },
          async discard() {
            try {
              for await (const _ of bodyStream) {
                // drain
              }
            } catch {
              // The body of a response being thrown away does not matter.
            }
          },
        };
        resolve(out);
      });
      if (body === undefined) r.end();
      else if (body instanceof Uint8Array) r.end(body);
      else {
        body.on('error', (err) => r.destroy(err));
        body.pipe(r);
      }
    });

  return {
    send,
    counters,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
