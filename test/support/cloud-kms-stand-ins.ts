// Loopback STAND-INS for Google Cloud KMS and Azure Key Vault (no cloud KMS can run here), speaking the
// documented REST shapes Signet's clients use, with real P-256 keys:
// - Google: Cloud KMS v1 (cryptoKeys.get, cryptoKeyVersions.list/get/getPublicKey/asymmetricSign), the
//   STS token exchange (sts.googleapis.com/v1/token) and IAM generateAccessToken (impersonation). Every
//   KMS call must carry the access token the exchange issued; the exchange accepts only the configured
//   OIDC subject token and audience.
// - Azure: Entra ID's v2.0 token endpoint (client_credentials with a client assertion or secret) and Key
//   Vault 7.4 keys get/sign (EC signatures as r||s, as Key Vault returns them), over TLS.
// Each server records the requests it received for assertions. They are stand-ins, not conformance
// tested; Signet's client code is checked against the providers' documentation and sigstore's clients.
import { createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { p256 } from '@noble/curves/nist.js';

/** A P-256 key the stand-ins sign with. */
export interface StandInKey {
  secret: Uint8Array;
  publicKey: KeyObject;
  jwk: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
}

export function newP256Key(): StandInKey {
  const secret = p256.utils.randomSecretKey();
  const point = p256.getPublicKey(secret, false); // 0x04 || X || Y
  const jwk = {
    kty: 'EC' as const,
    crv: 'P-256' as const,
    x: Buffer.from(point.subarray(1, 33)).toString('base64url'),
    y: Buffer.from(point.subarray(33)).toString('base64url'),
  };
  return { secret, jwk, publicKey: createPublicKey({ key: jwk, format: 'jwk' }) };
}

/** Signs a SHA-256 digest (no second hash) as r||s or DER. */
function signDigest(key: StandInKey, digest: Buffer, format: 'compact' | 'der'): Buffer {
  return Buffer.from(p256.sign(digest, key.secret, { prehash: false, format }));
}

export interface Recorded {
  method: string;
  path: string;
  authorization?: string;
  body: string;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * GitHub's OIDC token service as Actions exposes it (ACTIONS_ID_TOKEN_REQUEST_URL, bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, ?audience=): answers `{value}` with `token` for `audience` only.
 */
function githubOidc(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  o: { requestToken: string; audience: string; token: string },
): boolean {
  if (url.pathname !== '/github-oidc') return false;
  if (req.headers.authorization !== `Bearer ${o.requestToken}`)
    send(res, 401, { message: 'bad request token' });
  else if (url.searchParams.get('audience') !== o.audience)
    send(res, 400, { message: 'unexpected audience' });
  else send(res, 200, { count: 1, value: o.token });
  return true;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A Google Cloud KMS key version in the stand-in. */
export interface GcpVersion {
  state: 'ENABLED' | 'DISABLED';
  algorithm: string;
  key: StandInKey;
}

/** A running Google stand-in: KMS at `url`, STS at `${url}/sts/v1/token`, IAM at `${url}/iam/…`. */
export interface GcpStandIn {
  url: string;
  requests: Recorded[];
  /** cryptoKey name → purpose and versions (1-based). */
  keys: Map<string, { purpose: string; versions: GcpVersion[] }>;
  stop(): Promise<void>;
}

/** Starts the Google stand-in; `oidcToken` and `audience` are what its STS accepts. */
export async function startGcpStandIn(opts: {
  oidcToken: string;
  audience: string;
  /** The bearer a GitHub-style OIDC request at /github-oidc must carry. */
  githubRequestToken: string;
}): Promise<GcpStandIn> {
  const requests: Recorded[] = [];
  const keys: GcpStandIn['keys'] = new Map();
  const rings = new Set<string>();
  const stsToken = `sts-${randomBytes(8).toString('hex')}`;
  const saToken = `sa-${randomBytes(8).toString('hex')}`;
  const server = createHttpServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    requests.push({
      method: req.method ?? '',
      path: url.pathname,
      authorization: req.headers.authorization,
      body,
    });
    const gh = { requestToken: opts.githubRequestToken, audience: opts.audience, token: opts.oidcToken };
    if (githubOidc(req, res, url, gh)) return;
    if (url.pathname === '/sts/v1/token' && req.method === 'POST') {
      const form = new URLSearchParams(body);
      if (
        form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange' ||
        form.get('requested_token_type') !== 'urn:ietf:params:oauth:token-type:access_token' ||
        form.get('subject_token_type') !== 'urn:ietf:params:oauth:token-type:jwt'
      )
        return send(res, 400, { error: 'invalid_request', error_description: 'bad token exchange request' });
      if (form.get('audience') !== opts.audience || form.get('subject_token') !== opts.oidcToken)
        return send(res, 400, {
          error: 'invalid_grant',
          error_description: 'The audience or token is not valid',
        });
      return send(res, 200, { access_token: stsToken, token_type: 'Bearer', expires_in: 3600 });
    }
    const impersonate = /^\/iam\/v1\/projects\/-\/serviceAccounts\/[^/]+:generateAccessToken$/.exec(
      url.pathname,
    );
    if (impersonate && req.method === 'POST') {
      if (req.headers.authorization !== `Bearer ${stsToken}`)
        return send(res, 401, { error: { message: 'unauthenticated' } });
      return send(res, 200, { accessToken: saToken, expireTime: new Date(Date.now() + 3.6e6).toISOString() });
    }
    // Cloud KMS v1: the impersonated service account's token (or the STS one when no impersonation).
    if (
      req.headers.authorization !== `Bearer ${saToken}` &&
      req.headers.authorization !== `Bearer ${stsToken}`
    )
      return send(res, 401, {
        error: {
          code: 401,
          message: 'Request had invalid authentication credentials.',
          status: 'UNAUTHENTICATED',
        },
      });
    // keyRings.get / keyRings.create / cryptoKeys.create (generate-key-pair --kms).
    const ringPath =
      /^\/v1\/(projects\/[^/]+\/locations\/[^/]+)\/keyRings(?:\/([^/]+))?(?:\/cryptoKeys)?$/.exec(
        url.pathname,
      );
    if (ringPath) {
      const hasRing = (r: string) =>
        rings.has(r) || [...keys.keys()].some((k) => k.startsWith(`${r}/cryptoKeys/`));
      if (req.method === 'GET' && ringPath[2] && !url.pathname.endsWith('/cryptoKeys')) {
        const r = `${ringPath[1]}/keyRings/${ringPath[2]}`;
        return hasRing(r)
          ? send(res, 200, { name: r })
          : send(res, 404, { error: { code: 404, message: 'NOT_FOUND', status: 'NOT_FOUND' } });
      }
      if (req.method === 'POST' && !ringPath[2] && url.searchParams.get('keyRingId')) {
        const r = `${ringPath[1]}/keyRings/${url.searchParams.get('keyRingId')}`;
        if (hasRing(r))
          return send(res, 409, {
            error: { code: 409, message: 'ALREADY_EXISTS', status: 'ALREADY_EXISTS' },
          });
        rings.add(r);
        return send(res, 200, { name: r });
      }
      if (req.method === 'POST' && ringPath[2] && url.pathname.endsWith('/cryptoKeys')) {
        const r = `${ringPath[1]}/keyRings/${ringPath[2]}`;
        const k = `${r}/cryptoKeys/${url.searchParams.get('cryptoKeyId')}`;
        const spec = JSON.parse(body) as { purpose?: string; versionTemplate?: { algorithm?: string } };
        if (!hasRing(r))
          return send(res, 404, { error: { code: 404, message: 'KeyRing not found', status: 'NOT_FOUND' } });
        if (keys.has(k))
          return send(res, 409, {
            error: { code: 409, message: 'ALREADY_EXISTS', status: 'ALREADY_EXISTS' },
          });
        keys.set(k, {
          purpose: spec.purpose ?? '',
          versions: [
            { state: 'ENABLED', algorithm: spec.versionTemplate?.algorithm ?? '', key: newP256Key() },
          ],
        });
        return send(res, 200, { name: k, purpose: spec.purpose });
      }
    }
    const m =
      /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/:]+)(?:\/cryptoKeyVersions(?:\/(\d+))?)?(\/publicKey|:asymmetricSign)?$/.exec(
        url.pathname,
      );
    const key = m ? keys.get(m[1]!) : undefined;
    if (!m || !key)
      return send(res, 404, { error: { code: 404, message: 'NOT_FOUND', status: 'NOT_FOUND' } });
    const versionJson = (n: number) => ({
      name: `${m[1]}/cryptoKeyVersions/${n}`,
      state: key.versions[n - 1]!.state,
      algorithm: key.versions[n - 1]!.algorithm,
    });
    if (url.pathname === `/v1/${m[1]}`) return send(res, 200, { name: m[1], purpose: key.purpose });
    if (url.pathname === `/v1/${m[1]}/cryptoKeyVersions`) {
      const enabledOnly = url.searchParams.get('filter') === 'state=ENABLED';
      const list = key.versions
        .map((_, i) => versionJson(i + 1))
        .filter((v) => !enabledOnly || v.state === 'ENABLED')
        .reverse(); // orderBy name desc
      return send(res, 200, list.length ? { cryptoKeyVersions: list, totalSize: list.length } : {});
    }
    const n = Number(m[2]);
    const version = key.versions[n - 1];
    if (!version) return send(res, 404, { error: { code: 404, message: 'NOT_FOUND', status: 'NOT_FOUND' } });
    if (m[3] === undefined && req.method === 'GET') return send(res, 200, versionJson(n));
    if (m[3] === '/publicKey') {
      return send(res, 200, {
        pem: version.key.publicKey.export({ type: 'spki', format: 'pem' }),
        algorithm: version.algorithm,
        name: `${m[1]}/cryptoKeyVersions/${n}`,
      });
    }
    if (m[3] === ':asymmetricSign' && req.method === 'POST') {
      if (version.state !== 'ENABLED')
        return send(res, 400, {
          error: {
            code: 400,
            message: `${m[1]}/cryptoKeyVersions/${n} is not in state ENABLED`,
            status: 'FAILED_PRECONDITION',
          },
        });
      const digest = (JSON.parse(body) as { digest?: { sha256?: string } }).digest?.sha256;
      if (!digest) return send(res, 400, { error: { code: 400, message: 'digest.sha256 is required' } });
      const sig = signDigest(version.key, Buffer.from(digest, 'base64'), 'der');
      return send(res, 200, { signature: sig.toString('base64'), name: `${m[1]}/cryptoKeyVersions/${n}` });
    }
    return send(res, 405, { error: { code: 405, message: 'method not allowed' } });
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    keys,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An Azure Key Vault key in the stand-in. */
export interface AzureKey {
  version: string;
  enabled: boolean;
  ops: string[];
  key: StandInKey;
}

/** A running Azure stand-in: vault host `host` (HOST:PORT) and authority `authority`, over TLS. */
export interface AzureStandIn {
  host: string;
  authority: string;
  requests: Recorded[];
  keys: Map<string, AzureKey>;
  stop(): Promise<void>;
}

/**
 * Starts the Azure stand-in over TLS. Its token endpoint accepts `clientId` in `tenant` with either a
 * client assertion equal to `federatedToken` or the client secret `clientSecret`.
 */
export async function startAzureStandIn(opts: {
  cert: string;
  key: string;
  tenant: string;
  clientId: string;
  federatedToken: string;
  clientSecret: string;
  githubRequestToken: string;
}): Promise<AzureStandIn> {
  const requests: Recorded[] = [];
  const keys: AzureStandIn['keys'] = new Map();
  const accessToken = `kv-${randomBytes(8).toString('hex')}`;
  const server = createHttpsServer({ cert: opts.cert, key: opts.key }, async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'https://stand-in');
    requests.push({
      method: req.method ?? '',
      path: url.pathname,
      authorization: req.headers.authorization,
      body,
    });
    const gh = {
      requestToken: opts.githubRequestToken,
      audience: 'api://AzureADTokenExchange',
      token: opts.federatedToken,
    };
    if (githubOidc(req, res, url, gh)) return;
    if (url.pathname === `/${opts.tenant}/oauth2/v2.0/token` && req.method === 'POST') {
      const form = new URLSearchParams(body);
      const assertionOk =
        form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
        form.get('client_assertion') === opts.federatedToken;
      const secretOk = form.get('client_secret') === opts.clientSecret;
      if (
        form.get('grant_type') !== 'client_credentials' ||
        form.get('scope') !== 'https://vault.azure.net/.default'
      )
        return send(res, 400, { error: 'invalid_request' });
      if (form.get('client_id') !== opts.clientId || !(assertionOk || secretOk))
        return send(res, 401, {
          error: 'invalid_client',
          error_description: 'AADSTS700213: No matching federated identity record found',
        });
      return send(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 3599 });
    }
    if (url.searchParams.get('api-version') !== '7.4')
      return send(res, 400, { error: { code: 'BadParameter', message: 'api-version' } });
    if (req.headers.authorization !== `Bearer ${accessToken}`)
      return send(res, 401, {
        error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' },
      });
    const created = /^\/keys\/([A-Za-z0-9-]+)\/create$/.exec(url.pathname);
    if (created && req.method === 'POST') {
      const spec = JSON.parse(body) as { kty?: string; crv?: string; key_ops?: string[] };
      if (spec.kty !== 'EC' || spec.crv !== 'P-256')
        return send(res, 400, {
          error: { code: 'BadParameter', message: 'the stand-in creates EC P-256 keys' },
        });
      const k = {
        version: randomBytes(4).toString('hex'),
        enabled: true,
        ops: spec.key_ops ?? [],
        key: newP256Key(),
      };
      keys.set(created[1]!, k);
      return send(res, 200, {
        key: {
          kid: `https://stand-in.vault.azure.net/keys/${created[1]}/${k.version}`,
          ...k.key.jwk,
          key_ops: k.ops,
        },
        attributes: { enabled: true },
      });
    }
    const m = /^\/keys\/([A-Za-z0-9-]+)(?:\/([A-Za-z0-9]+))?(\/sign)?$/.exec(url.pathname);
    const key = m ? keys.get(m[1]!) : undefined;
    if (!m || !key || (m[2] !== undefined && m[2] !== key.version))
      return send(res, 404, {
        error: {
          code: 'KeyNotFound',
          message: `A key with (name/id) ${m?.[1] ?? '?'} was not found in this key vault.`,
        },
      });
    const kid = `https://stand-in.vault.azure.net/keys/${m[1]}/${key.version}`;
    if (!m[3] && req.method === 'GET') {
      return send(res, 200, {
        key: { kid, ...key.key.jwk, key_ops: key.ops },
        attributes: { enabled: key.enabled },
      });
    }
    if (m[3] && req.method === 'POST') {
      if (!key.enabled)
        return send(res, 403, {
          error: { code: 'Forbidden', message: 'Operation get is not allowed on a disabled key.' },
        });
      const { alg, value } = JSON.parse(body) as { alg?: string; value?: string };
      if (alg !== 'ES256' || !value)
        return send(res, 400, { error: { code: 'BadParameter', message: 'alg' } });
      const sig = signDigest(key.key, Buffer.from(value, 'base64url'), 'compact');
      return send(res, 200, { kid, value: sig.toString('base64url') });
    }
    return send(res, 405, { error: { code: 'MethodNotAllowed', message: 'method' } });
  });
  const port = await listen(server);
  return {
    host: `127.0.0.1:${port}`,
    authority: `https://127.0.0.1:${port}`,
    requests,
    keys,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
