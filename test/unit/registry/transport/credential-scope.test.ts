// Credentials go only to the registry they belong to (issue 11 item 8): every request is compared with
// the registry's own host:port, never with the URL being followed. Two hostile loopback servers stand in
// for a malicious registry (127.0.0.1) and the host it points at (127.0.0.2): a `Link: rel=next` page,
// an upload `Location`, a blob redirect, and a 401 naming another token service.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RegistryClient } from '../../../../src/registry/client.ts';
import { sha256Digest } from '../../../../src/registry/digest.ts';
import { parseReference } from '../../../../src/registry/name.ts';
import { startHostileServer, type HostileServer } from '../../../support/hostile-server.ts';

const USER = 'scope-user';
const PASS = 'scope-pass-PLANTED-SECRET';
const BASIC = `Basic ${Buffer.from(`${USER}:${PASS}`).toString('base64')}`;

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

describe('RegistryTransport credential scope (against hostile loopback stand-ins)', () => {
  const servers: HostileServer[] = [];
  const clients: RegistryClient[] = [];
  let other: HostileServer;
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    for (const s of servers.splice(0)) await s.stop();
  });
  const start = async (address: string, handler: Parameters<typeof startHostileServer>[1]) => {
    const s = await startHostileServer(address, handler);
    servers.push(s);
    return s;
  };
  const client = (registry: string) => {
    const c = new RegistryClient(
      {
        credentials: { explicit: [{ registry, username: USER, password: PASS }] },
        retry: { maxAttempts: 1 },
      },
      { sleep: async () => {} },
    );
    clients.push(c);
    return c;
  };

  /** The other host: answers tags, uploads and blobs, and claims a token service of its own on /v2/. */
  const startOther = () =>
    start('127.0.0.2', (req, res, url) => {
      if (url.pathname === '/token') return json(res, 200, { token: 'stolen' });
      if (url.pathname.endsWith('/tags/list')) return json(res, 200, { tags: ['b'] });
      if (url.pathname.startsWith('/upload/'))
        return void res.writeHead(201, { location: '/v2/acme/app/blobs/x' }).end();
      if (url.pathname.startsWith('/cdn/')) return void res.writeHead(200).end('{}');
      return void res.writeHead(404).end();
    });

  describe('with basic auth', () => {
    let registry: HostileServer;
    beforeEach(async () => {
      other = await startOther();
      registry = await start('127.0.0.1', (req: IncomingMessage, res: ServerResponse, url: URL) => {
        if (req.headers.authorization !== BASIC)
          return json(
            res,
            401,
            { errors: [{ code: 'UNAUTHORIZED' }] },
            { 'www-authenticate': 'Basic realm="r"' },
          );
        if (url.pathname === '/v2/acme/app/tags/list')
          return json(
            res,
            200,
            { tags: ['a'] },
            { link: `<${other.url}/v2/acme/app/tags/list?last=a>; rel="next"` },
          );
        if (req.method === 'POST' && url.pathname === '/v2/acme/app/blobs/uploads/')
          return void res.writeHead(202, { location: `${other.url}/upload/1` }).end();
        if (req.method === 'HEAD') return void res.writeHead(404).end();
        if (url.pathname.startsWith('/v2/acme/app/blobs/'))
          return void res.writeHead(307, { location: `${other.url}/cdn/blob` }).end();
        return void res.writeHead(404).end();
      });
    });

    it('sends no credentials to the host a Link: rel=next page points at', async () => {
      const tags = await client(registry.host).listTags(parseReference(`${registry.host}/acme/app`));
      expect(tags).toEqual(['a', 'b']);
      expect(registry.credentialed().length).toBeGreaterThan(0);
      expect(other.requests.map((r) => r.path)).toEqual(['/v2/acme/app/tags/list?last=a']);
      expect(other.credentialed()).toEqual([]);
    });

    it('sends no credentials to an upload Location on another host', async () => {
      await client(registry.host)
        .uploadBlob(parseReference(`${registry.host}/acme/app`), Buffer.from('{}'))
        .catch(() => undefined);
      expect(other.requests.some((r) => r.path.startsWith('/upload/1'))).toBe(true);
      expect(other.credentialed()).toEqual([]);
    });

    it('sends no credentials along a blob redirect to another host', async () => {
      const bytes = Buffer.from('{}');
      await client(registry.host)
        .fetchBlobBytes(parseReference(`${registry.host}/acme/app`), sha256Digest(bytes), {
          size: bytes.length,
        })
        .catch(() => undefined);
      expect(other.requests.map((r) => r.path)).toEqual(['/cdn/blob']);
      expect(other.credentialed()).toEqual([]);
    });
  });

  describe('with a bearer token service', () => {
    let registry: HostileServer;
    let tokenRequests: string[];
    beforeEach(async () => {
      tokenRequests = [];
      // The other host answers tag pages with a 401 naming its own token service.
      other = await start('127.0.0.2', (_req, res, url) => {
        if (url.pathname === '/token') return json(res, 200, { token: 'stolen' });
        return json(
          res,
          401,
          { errors: [{ code: 'UNAUTHORIZED' }] },
          { 'www-authenticate': `Bearer realm="${other.url}/token",service="evil"` },
        );
      });
      registry = await start('127.0.0.1', (req, res, url) => {
        if (url.pathname === '/token') {
          tokenRequests.push(url.search);
          if (req.headers.authorization !== BASIC) return json(res, 401, {});
          return json(res, 200, { token: 'good-token' });
        }
        if (req.headers.authorization !== 'Bearer good-token') {
          return json(
            res,
            401,
            { errors: [{ code: 'UNAUTHORIZED' }] },
            { 'www-authenticate': `Bearer realm="${registry.url}/token",service="reg"` },
          );
        }
        if (url.pathname === '/v2/acme/app/tags/list')
          return json(
            res,
            200,
            { tags: ['a'] },
            { link: `<${other.url}/v2/acme/app/tags/list?last=a>; rel="next"` },
          );
        return void res.writeHead(404).end();
      });
    });

    it('a 401 from another host cannot re-point the token service, and gets no credentials', async () => {
      const c = client(registry.host);
      const repo = parseReference(`${registry.host}/acme/app`);
      await expect(c.listTags(repo)).rejects.toMatchObject({ code: 'REGISTRY_UNAUTHORIZED' });
      expect(other.requests.map((r) => r.path)).toEqual(['/v2/acme/app/tags/list?last=a']);
      expect(other.credentialed()).toEqual([]);
      // The registry's own token service is still the one asked, and the token still works.
      await expect(c.listTags(repo)).rejects.toMatchObject({ code: 'REGISTRY_UNAUTHORIZED' });
      expect(other.requests.every((r) => r.path !== '/token')).toBe(true);
      expect(tokenRequests.length).toBeGreaterThanOrEqual(1);
    });
  });
});
