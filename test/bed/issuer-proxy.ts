// Serves the exact production OIDC issuers (`https://token.actions.githubusercontent.com`,
// `https://gitlab.com`) on loopback, for the real Fulcio only. Fulcio discovers an issuer's keys from
// `<issuer>/.well-known/openid-configuration` over HTTPS and keys its CI-provider mappings on the issuer
// URL, so its certificates only carry GitHub's or GitLab's SAN and OID extensions for those exact URLs.
//
// How: an HTTP proxy that answers `CONNECT` for those hosts alone, terminates TLS with a leaf issued by a
// throwaway CA made here, and answers discovery and JWKS with the OIDC bed's key. Only Fulcio's process
// gets `HTTPS_PROXY` (this proxy) and `SSL_CERT_FILE` (the throwaway CA): nothing system-wide changes, and
// any other host is refused with 403.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import { writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { freePort, type Service } from './proc.ts';
import { TestCa } from '../support/test-ca.ts';

/** A running issuer proxy: what to give Fulcio's environment, and how to stop it. */
export interface IssuerProxy extends Service {
  /** `http://127.0.0.1:PORT`, for `HTTPS_PROXY`. */
  proxyURL: string;
  /** PEM file of the throwaway CA, for `SSL_CERT_FILE`. */
  caFile: string;
  /** Discovery requests answered, per host. */
  counters: Record<string, number>;
}

export interface IssuerProxyOptions {
  /** Hosts to serve as issuers (`token.actions.githubusercontent.com`, `gitlab.com`). */
  hosts: string[];
  /** The OIDC bed's JWKS URL: the keys every served issuer publishes. */
  jwksURL: string;
  /** Where to write the CA PEM. */
  caFile: string;
}

async function makeTlsMaterial(hosts: string[]): Promise<{ caPem: string; certPem: string; keyPem: string }> {
  const ca = await TestCa.create({ name: 'CN=signet bed issuer proxy CA' });
  const leaf = await ca.issue({ subject: `CN=${hosts[0]}`, serverHosts: hosts });
  return { caPem: ca.certPem, certPem: leaf.certPem, keyPem: leaf.keyPem };
}

/** Starts the proxy on a free loopback port. */
export async function startIssuerProxy(opts: IssuerProxyOptions): Promise<IssuerProxy> {
  const { caPem, certPem, keyPem } = await makeTlsMaterial(opts.hosts);
  writeFileSync(opts.caFile, caPem);
  const counters: Record<string, number> = {};
  const allowed = new Set(opts.hosts);

  // The issuer endpoints, answered for whichever allowed host the TLS client named (SNI).
  const issuer: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:443$/, '');
    const base = `https://${host}`;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!allowed.has(host)) return send(403, { message: `issuer proxy: ${host} is not served` });
    if (req.url === '/.well-known/openid-configuration') {
      counters[host] = (counters[host] ?? 0) + 1;
      return send(200, {
        issuer: base,
        jwks_uri: `${base}/.well-known/jwks`,
        subject_types_supported: ['public'],
        response_types_supported: ['id_token'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (req.url === '/.well-known/jwks') {
      try {
        const r = await fetch(opts.jwksURL, { signal: AbortSignal.timeout(5000) });
        return send(r.status, await r.json());
      } catch (err) {
        return send(502, { message: `issuer proxy: jwks: ${(err as Error).message}` });
      }
    }
    return send(404, { message: `issuer proxy: no route for ${req.url}` });
  });
  const tls = createTlsServer({ cert: certPem, key: keyPem }, (socket: TLSSocket) => {
    issuer.emit('connection', socket);
  });

  const sockets = new Set<Socket>();
  const proxy: Server = createServer((_req, res) => {
    res.writeHead(405);
    res.end('issuer proxy: CONNECT only\n');
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const [host, port] = (req.url ?? '').split(':');
    if (!host || !allowed.has(host) || (port ?? '443') !== '443') {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    name: 'issuer-proxy',
    pid: undefined,
    logPath: undefined,
    proxyURL: `http://127.0.0.1:${port}`,
    caFile: opts.caFile,
    counters,
    async stop() {
      for (const s of sockets) s.destroy();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
