// A loopback HTTP proxy that stands between a client and a registry and misbehaves on request:
// error statuses (500, 429 with Retry-After), connection resets in the middle of a request or
// response body, slow answers. It also counts requests and connections and records which
// Authorization headers arrived, so tests and the bench can see exactly what a client sent.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What to do to a matching request. */
export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'reset-request'; afterBytes: number }
  | { kind: 'reset-response'; afterBytes: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'replace-body'; body: Buffer };

/** A fault and the requests it applies to. */
export interface FaultRule {
  method?: string;
  path?: RegExp;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  fault: Fault;
}

/** One request the proxy saw. */
export interface ProxiedRequest {
  method: string;
  path: string;
  authorization?: string;
  status?: number;
  fault?: Fault['kind'];
}

/** A running proxy. */
export interface FaultProxy {
  url: string;
  host: string;
  requests: ProxiedRequest[];
  connections: number;
  addRule(rule: FaultRule): void;
  clearRules(): void;
  /** Forgets the recorded requests and connection count. */
  reset(): void;
  stop(): Promise<void>;
}

/** Starts a proxy on a free loopback port forwarding to `target` (`http://host:port`). */
export async function startFaultProxy(opts: { target: string }): Promise<FaultProxy> {
  const target = new URL(opts.target);
  const rules: (FaultRule & { left: number })[] = [];
  const requests: ProxiedRequest[] = [];
  const state = { connections: 0 };
  const sockets = new Set<Socket>();

  const take = (req: IncomingMessage): Fault | undefined => {
    for (const r of rules) {
      if (r.left <= 0) continue;
      if (r.method && r.method !== req.method) continue;
      if (r.path && !r.path.test(req.url ?? '')) continue;
      r.left--;
      return r.fault;
    }
    return undefined;
  };

  const forward = (
    req: IncomingMessage,
    res: ServerResponse,
    seen: ProxiedRequest,
    fault: Fault | undefined,
  ) => {
    const up = httpRequest({
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    });
    let sent = 0;
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    up.on('response', async (ures) => {
      seen.status = ures.statusCode;
      if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
      if (fault?.kind === 'replace-body') {
        for await (const _ of ures) {
          // drop the real body
        }
        const headers = { ...ures.headers, 'content-length': String(fault.body.length) };
        res.writeHead(ures.statusCode ?? 502, headers).end(fault.body);
        return;
      }
      res.writeHead(ures.statusCode ?? 502, ures.headers);
      if (fault?.kind === 'reset-response') {
        let n = 0;
        ures.on('data', (c: Buffer) => {
          if (n + c.length >= fault.afterBytes) {
            res.write(c.subarray(0, Math.max(0, fault.afterBytes - n)));
            res.socket?.destroy();
            ures.destroy();
          } else res.write(c);
          n += c.length;
        });
        ures.on('end', () => res.end());
        return;
      }
      ures.pipe(res);
    });
    req.on('data', (c: Buffer) => {
      if (fault?.kind === 'reset-request' && sent + c.length > fault.afterBytes) {
        up.write(c.subarray(0, Math.max(0, fault.afterBytes - sent)));
        sent = fault.afterBytes;
        // The client sees its connection die mid-upload; the registry sees the upload stop.
        req.socket.destroy();
        up.destroy();
        return;
      }
      sent += c.length;
      up.write(c);
    });
    req.on('end', () => up.end());
  };

  const server: Server = createServer((req, res) => {
    const seen: ProxiedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      authorization: req.headers.authorization,
    };
    requests.push(seen);
    const fault = take(req);
    if (fault) seen.fault = fault.kind;
    if (fault?.kind === 'status') {
      seen.status = fault.status;
      req.resume();
      req.on('end', () => {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(
          fault.body ??
            JSON.stringify({ errors: [{ code: 'UNKNOWN', message: `injected ${fault.status}` }] }),
        );
      });
      return;
    }
    forward(req, res, seen, fault);
  });
  server.on('connection', (s: Socket) => {
    state.connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `http://${host}`,
    host,
    requests,
    get connections() {
      return state.connections;
    },
    addRule(rule) {
      rules.push({ ...rule, left: rule.times ?? 1 });
    },
    clearRules() {
      rules.length = 0;
    },
    reset() {
      requests.length = 0;
      state.connections = 0;
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
