// A loopback token service for Distribution's `auth: token` mode: a stand-in for the token services
// of ghcr.io and the GitLab registry (the registry itself is the real CNCF Distribution).
//
// Protocol: https://distribution.github.io/distribution/spec/auth/token/ — the registry answers 401 with
// `WWW-Authenticate: Bearer realm=…,service=…,scope=…`; the client asks the realm for a token with Basic
// credentials (GET) or an OAuth2 password grant (POST). Tokens are JWS (ES256) whose header carries an
// `x5c` chain that the registry checks against its `rootcertbundle`.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHash, generateKeyPairSync, sign, webcrypto, type KeyObject } from 'node:crypto';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/** A user of the token service and what it may do. */
export interface TokenUser {
  username: string;
  password: string;
  /** Actions granted on every repository: e.g. ['pull'] or ['pull', 'push', 'delete']. */
  actions: string[];
}

export interface TokenIssuer {
  realm: string;
  service: string;
  issuer: string;
  /** PEM of the CA certificate the registry must trust (`rootcertbundle`). */
  rootCertPem: string;
  /** Token requests served, by outcome: the bench and the tests read it. */
  counters: { issued: number; refused: number };
  stop(): Promise<void>;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

interface SigningMaterial {
  key: KeyObject;
  x5c: string[];
  rootCertPem: string;
}

async function makeSigningMaterial(): Promise<SigningMaterial> {
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
  const caKeys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const now = new Date(Date.now() - 60_000);
  const notAfter = new Date(Date.now() + 24 * 3600_000);
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=signet bed token CA',
    notBefore: now,
    notAfter,
    keys: caKeys,
    signingAlgorithm: alg,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true),
    ],
  });
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const leafPub = await webcrypto.subtle.importKey(
    'spki',
    publicKey.export({ format: 'der', type: 'spki' }),
    alg,
    true,
    ['verify'],
  );
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    subject: 'CN=signet bed token signer',
    issuer: ca.subject,
    notBefore: now,
    notAfter,
    publicKey: leafPub,
    signingKey: caKeys.privateKey,
    signingAlgorithm: alg,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)],
  });
  return {
    key: privateKey,
    x5c: [Buffer.from(leaf.rawData).toString('base64'), Buffer.from(ca.rawData).toString('base64')],
    rootCertPem: ca.toString('pem') + '\n',
  };
}

/** Parses `repository:name:pull,push` scopes (several may be given, space or repeated-param separated). */
export function parseScopes(values: string[]): { type: string; name: string; actions: string[] }[] {
  const out: { type: string; name: string; actions: string[] }[] = [];
  for (const value of values.flatMap((v) => v.split(' ')).filter(Boolean)) {
    const first = value.indexOf(':');
    const last = value.lastIndexOf(':');
    if (first < 0 || last === first) continue;
    out.push({
      type: value.slice(0, first),
      name: value.slice(first + 1, last),
      actions: value.slice(last + 1).split(','),
    });
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the token service on 127.0.0.1:`port` for the given users. */
export async function startTokenIssuer(opts: { port: number; users: TokenUser[] }): Promise<TokenIssuer> {
  const material = await makeSigningMaterial();
  const service = 'signet-bed-registry';
  const issuer = 'signet-bed-token-issuer';
  const counters = { issued: 0, refused: 0 };

  const mint = (account: string, access: { type: string; name: string; actions: string[] }[]) => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: material.x5c };
    const claims = {
      iss: issuer,
      sub: account,
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: createHash('sha256').update(`${now}${Math.random()}`).digest('hex').slice(0, 16),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const sig = sign('sha256', Buffer.from(input), { key: material.key, dsaEncoding: 'ieee-p1363' });
    return `${input}.${b64url(sig)}`;
  };

  const authenticate = (username: string | undefined, password: string | undefined) =>
    opts.users.find((u) => u.username === username && u.password === password);

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/token') {
      res.writeHead(404).end();
      return;
    }
    let username: string | undefined;
    let password: string | undefined;
    let scopes = url.searchParams.getAll('scope');
    if (req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      if (form.get('grant_type') === 'password') {
        username = form.get('username') ?? undefined;
        password = form.get('password') ?? undefined;
      }
      scopes = form.getAll('scope');
    } else {
      const auth = req.headers.authorization ?? '';
      if (auth.startsWith('Basic ')) {
        const decoded = Buffer.from(auth.slice(6), 'base64').toString('utf8');
        const i = decoded.indexOf(':');
        username = decoded.slice(0, i);
        password = decoded.slice(i + 1);
      }
    }
    const user = authenticate(username, password);
    if (!user) {
      counters.refused++;
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] }),
      );
      return;
    }
    // Grant the intersection of what was asked and what the user may do, as real token services do.
    const access = parseScopes(scopes)
      .filter((s) => s.type === 'repository')
      .map((s) => ({ ...s, actions: s.actions.filter((a) => user.actions.includes(a) || a === '*') }))
      .filter((s) => s.actions.length > 0);
    const token = mint(user.username, access);
    counters.issued++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }),
    );
  });
  // The realm names `localhost`, not an IP literal: go-containerregistry (and so cosign) refuses realms
  // on private or loopback IP literals unless they equal the registry's host:port (ggcr #2258), just
  // as a real registry's token service lives on a named host (ghcr.io/token, gitlab.com/jwt/auth).
  // `localhost` may resolve to ::1 first, so the service listens on both loopback addresses.
  await new Promise<void>((resolve) => server.listen(opts.port, '127.0.0.1', resolve));
  const v6 = createServer((req, res) => server.emit('request', req, res));
  await new Promise<void>((resolve) => {
    v6.once('error', () => resolve()); // no IPv6 loopback here: 127.0.0.1 alone serves `localhost`
    v6.listen(opts.port, '::1', resolve);
  });
  return {
    realm: `http://localhost:${opts.port}/token`,
    service,
    issuer,
    rootCertPem: material.rootCertPem,
    counters,
    async stop() {
      for (const srv of [server, v6]) {
        srv.closeAllConnections();
        if (srv.listening) await new Promise<void>((resolve) => srv.close(() => resolve()));
      }
    },
  };
}
