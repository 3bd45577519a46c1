// A stand-in that injects hostile behaviour: a small node:http server on a chosen loopback address
// (127.0.0.1, 127.0.0.2 …, so that two of them are two different hosts) whose every answer the test
// scripts. It plays a malicious registry (a `Link: rel=next` page, an upload `Location` or a redirect
// that points at another host, a 401 that names another token service) or a malicious GitLab, and it
// records every request with its headers, so a test can assert that no credential ever reached it.
// No real registry or GitLab can be made to misbehave like this, hence the stand-in.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the server saw. */
export interface HostileRequest {
  method: string;
  /** Path and query. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A running hostile server. */
export interface HostileServer {
  /** `http://ADDRESS:PORT` */
  url: string;
  /** `ADDRESS:PORT`, the registry part of image references. */
  host: string;
  requests: HostileRequest[];
  /** Requests that carried an Authorization or PRIVATE-TOKEN header. */
  credentialed(): HostileRequest[];
  stop(): Promise<void>;
}

/** Answers one request; `url` is the full request URL. */
export type HostileHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

/** Starts the server on `address` (a loopback address) and a free port. */
export async function startHostileServer(
  address: string,
  handler: HostileHandler = (_req, res) => void res.writeHead(404).end(),
): Promise<HostileServer> {
  const requests: HostileRequest[] = [];
  let host = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${host}`);
      requests.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers });
      handler(req, res, url);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, address, resolve);
  });
  host = `${address}:${(server.address() as AddressInfo).port}`;
  return {
    url: `http://${host}`,
    host,
    requests,
    credentialed: () =>
      requests.filter(
        (r) => r.headers.authorization !== undefined || r.headers['private-token'] !== undefined,
      ),
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
