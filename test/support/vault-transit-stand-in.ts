// A loopback STAND-IN for the Vault / OpenBao transit secrets engine, used because neither server
// builds here from the Go module proxy (see .ci/install-tools.sh, "Vault"): OpenBao's module versions
// are refused (403 "This module version is not available"), and Vault v1.14.10's module zip lacks the
// nested api/ and sdk/ modules its go.mod replaces with ./api and ./sdk, while the sdk at that commit is
// refused by the proxy and the published sdk versions around it do not compile with it.
// It speaks the documented HTTP API the way the real server answers it (https://developer.hashicorp.com/
// vault/api-docs/secret/transit): X-Vault-Token on every call (403 "permission denied" otherwise, and for
// a token whose policy lacks the path), X-Vault-Namespace prefixing the mount, PUT or POST for writes as
// Vault's Go client sends them, keys/NAME read and create, sign/NAME[/HASH] and verify/NAME[/HASH] with
// prehashed digests, "vault:vN:" signatures, ASN.1 ECDSA. Keys are real P-256 keys. Not a Vault.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { p256 } from '@noble/curves/nist.js';
import { newP256Key, type StandInKey } from './cloud-kms-stand-ins.ts';

/** One request as received, for assertions. */
export interface VaultRequest {
  method: string;
  path: string;
  namespace?: string;
  token?: string;
}

/** A running transit stand-in. */
export interface VaultTransitStandIn {
  addr: string;
  /** The root token: every path. */
  token: string;
  /** A token whose policy allows only `read` on keys (no sign, no create). */
  readOnlyToken: string;
  requests: VaultRequest[];
  /** Adds a key of another type (e.g. aes256-gcm96, which cannot sign). */
  addKey(mountPath: string, name: string, type: string): void;
  stop(): Promise<void>;
}

type Key = { type: string; versions: StandInKey[] };

const HASHES = new Set(['sha2-256']);

export async function startVaultTransitStandIn(): Promise<VaultTransitStandIn> {
  const token = `hvs.root-${randomBytes(6).toString('hex')}`;
  const readOnlyToken = `hvs.ro-${randomBytes(6).toString('hex')}`;
  const keys = new Map<string, Key>(); // "mount/name"
  const requests: VaultRequest[] = [];
  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const errors = (res: ServerResponse, status: number, ...msgs: string[]) =>
    send(res, status, { errors: msgs });
  const keyJson = (name: string, k: Key) => ({
    request_id: randomBytes(8).toString('hex'),
    data: {
      name,
      type: k.type,
      latest_version: k.versions.length || 1,
      min_decryption_version: 1,
      supports_signing: k.type.startsWith('ecdsa'),
      keys: Object.fromEntries(
        k.type.startsWith('ecdsa')
          ? k.versions.map((v, i) => [
              String(i + 1),
              {
                name: 'P-256',
                creation_time: new Date().toISOString(),
                public_key: v.publicKey.export({ type: 'spki', format: 'pem' }),
              },
            ])
          : [['1', 1700000000]],
      ),
    },
  });

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const c of req) body += c;
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const t = req.headers['x-vault-token'] as string | undefined;
    const ns = req.headers['x-vault-namespace'] as string | undefined;
    requests.push({
      method: req.method ?? '',
      path: url.pathname,
      ...(ns && { namespace: ns }),
      ...(t && { token: t }),
    });
    if (t !== token && t !== readOnlyToken) return errors(res, 403, 'permission denied');
    const m = /^\/v1\/(.+)\/(keys|sign|verify)\/([\w.-]+)(?:\/([\w-]+))?$/.exec(url.pathname);
    if (!m)
      return errors(res, 404, `no handler for route "${url.pathname.slice(4)}". route entry not found.`);
    const mount = `${ns ? `${ns.replace(/\/+$/, '')}/` : ''}${m[1]}`;
    const [op, name, hash] = [m[2]!, m[3]!, m[4]];
    const k = keys.get(`${mount}/${name}`);
    const write = req.method === 'PUT' || req.method === 'POST';
    if (t === readOnlyToken && !(op === 'keys' && req.method === 'GET'))
      return errors(res, 403, '1 error occurred:\n\t* permission denied\n\n');
    if (op === 'keys' && req.method === 'GET')
      return k ? send(res, 200, keyJson(name, k)) : send(res, 404, { errors: [] });
    if (op === 'keys' && write) {
      const type = (JSON.parse(body || '{}') as { type?: string }).type ?? 'aes256-gcm96';
      if (type !== 'ecdsa-p256' && type !== 'aes256-gcm96')
        return errors(res, 400, `unknown key type "${type}"`);
      if (!k) keys.set(`${mount}/${name}`, { type, versions: type === 'ecdsa-p256' ? [newP256Key()] : [] });
      return send(res, 200, keyJson(name, keys.get(`${mount}/${name}`)!));
    }
    if (!write) return errors(res, 405, 'unsupported operation');
    if (!k) return errors(res, 400, 'signing key not found');
    if (!k.type.startsWith('ecdsa')) return errors(res, 400, `key type ${k.type} does not support signing`);
    if (hash !== undefined && !HASHES.has(hash))
      return errors(res, 400, `unsupported hash algorithm ${hash}`);
    const req2 = JSON.parse(body || '{}') as { input?: string; prehashed?: boolean; signature?: string };
    if (!req2.prehashed) return errors(res, 400, 'the stand-in only signs prehashed input');
    const digest = Buffer.from(req2.input ?? '', 'base64');
    if (digest.length !== 32) return errors(res, 400, 'input must be a SHA-256 digest');
    const latest = k.versions[k.versions.length - 1]!;
    if (op === 'sign') {
      const sig = Buffer.from(p256.sign(digest, latest.secret, { prehash: false, format: 'der' }));
      return send(res, 200, {
        data: {
          signature: `vault:v${k.versions.length}:${sig.toString('base64')}`,
          key_version: k.versions.length,
        },
      });
    }
    const sm = /^vault:v(\d+):(.+)$/.exec(req2.signature ?? '');
    const v = sm ? k.versions[Number(sm[1]) - 1] : undefined;
    if (!sm || !v) return errors(res, 400, 'invalid signature');
    let valid: boolean;
    try {
      valid = p256.verify(Buffer.from(sm[2]!, 'base64'), digest, p256.getPublicKey(v.secret), {
        prehash: false,
        format: 'der',
      });
    } catch {
      valid = false;
    }
    return send(res, 200, { data: { valid } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    addr: `http://127.0.0.1:${port}`,
    token,
    readOnlyToken,
    requests,
    addKey: (mountPath, name, type) => keys.set(`${mountPath}/${name}`, { type, versions: [] }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
