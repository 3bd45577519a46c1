// hashivault://KEY and openbao://KEY: a key of the Vault (or OpenBao) transit secrets engine, used as
// sigstore/sigstore's hashivault provider uses it (pkg/signature/kms/hashivault/client.go):
//   address  VAULT_ADDR (or BAO_ADDR)        token      VAULT_TOKEN (or BAO_TOKEN), else ~/.vault-token
//   namespace VAULT_NAMESPACE (or BAO_NAMESPACE), sent as X-Vault-Namespace (Vault Enterprise / HCP)
//   mount    TRANSIT_SECRET_ENGINE_PATH, default "transit"
//   public key  GET  /v1/MOUNT/keys/KEY → data.keys[latest_version].public_key (PEM; Ed25519: base64)
//   sign        POST /v1/MOUNT/sign/KEY/sha2-256 {input: base64(digest), prehashed: true} → "vault:vN:…"
//   create      POST /v1/MOUNT/keys/KEY {type: "ecdsa-p256"} (cosign's default algorithm)
// Written by hand over fetch, not with a Vault SDK: it is three JSON calls, HashiCorp publishes no
// Node client, and the community ones (node-vault) pull in request libraries for no gain.
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { signingAlgorithmOf, type SigningAlgorithm } from '../keys/signature.ts';
import { KmsError } from './errors.ts';
import { kmsRequest, providerMessage, redactedOrigin, type KmsReply } from './http.ts';
import type { KmsDeps, KmsKey } from './kms-key.ts';
import type { KmsRef } from './kms-ref.ts';

const HASH_PATH = { sha256: 'sha2-256', sha384: 'sha2-384', sha512: 'sha2-512' } as const;
const SIGNATURE = /^vault:v[0-9]+:([A-Za-z0-9+/]+={0,2})$/;

/** A Vault/OpenBao transit key. */
export class HashiVaultKey implements KmsKey {
  readonly uri: string;
  readonly #key: string;
  readonly #deps: KmsDeps;
  #config: Promise<{ base: string; headers: Record<string, string> }> | undefined;
  #public: Promise<KeyObject> | undefined;

  constructor(ref: Extract<KmsRef, { provider: 'hashivault' }>, deps: KmsDeps) {
    this.uri = ref.uri;
    this.#key = ref.key;
    this.#deps = deps;
  }

  publicKey(): Promise<KeyObject> {
    this.#public ??= this.#fetchPublicKey();
    return this.#public;
  }

  async sign(data: Buffer, algorithm: SigningAlgorithm): Promise<Buffer> {
    const { base, headers } = await this.#configured();
    // Ed25519 transit keys sign the message itself (sigstore sends prehashed=false for them).
    const path = algorithm.hash ? `sign/${this.#key}/${HASH_PATH[algorithm.hash]}` : `sign/${this.#key}`;
    const input = algorithm.hash ? createHash(algorithm.hash).update(data).digest() : data;
    const reply = await this.#call(base, headers, 'POST', path, {
      input: input.toString('base64'),
      prehashed: algorithm.hash !== null,
      signature_algorithm: 'pkcs1v15',
    });
    const signature = (reply.body as { data?: { signature?: unknown } } | undefined)?.data?.signature;
    const m = typeof signature === 'string' ? SIGNATURE.exec(signature) : null;
    if (!m) {
      throw new KmsError(
        'KMS_REQUEST_FAILED',
        `${this.uri}: Vault's sign answer holds no "vault:vN:…" signature: check that VAULT_ADDR is a Vault or OpenBao server`,
      );
    }
    return Buffer.from(m[1]!, 'base64');
  }

  async create(): Promise<KeyObject> {
    const { base, headers } = await this.#configured();
    await this.#call(base, headers, 'POST', `keys/${this.#key}`, { type: 'ecdsa-p256' });
    this.#public = undefined;
    return this.publicKey();
  }

  async #fetchPublicKey(): Promise<KeyObject> {
    const { base, headers } = await this.#configured();
    const reply = await this.#call(base, headers, 'GET', `keys/${this.#key}`);
    const data = (reply.body as { data?: Record<string, unknown> } | undefined)?.data;
    const type = typeof data?.type === 'string' ? data.type : 'unknown';
    const latest = data?.latest_version;
    const version = (data?.keys as Record<string, unknown> | undefined)?.[String(latest)];
    const pem = (version as { public_key?: unknown } | undefined)?.public_key;
    if (data?.supports_signing === false || typeof pem !== 'string' || pem === '') {
      throw new KmsError(
        'KMS_UNSUPPORTED_KEY',
        `${this.uri}: transit key "${this.#key}" is of type ${type}, not a signing key: create an ecdsa-p256 key (vault write transit/keys/${this.#key} type=ecdsa-p256)`,
      );
    }
    let key: KeyObject;
    try {
      key =
        type === 'ed25519'
          ? createPublicKey({
              key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(pem, 'base64').toString('base64url') },
              format: 'jwk',
            })
          : createPublicKey(pem);
    } catch (cause) {
      throw new KmsError(
        'KMS_REQUEST_FAILED',
        `${this.uri}: the public key Vault returned for "${this.#key}" cannot be read`,
        { cause },
      );
    }
    try {
      signingAlgorithmOf(key, this.uri);
    } catch {
      throw new KmsError(
        'KMS_UNSUPPORTED_KEY',
        `${this.uri}: transit key "${this.#key}" is of type ${type}, which cosign does not sign with: use ecdsa-p256, ecdsa-p384, ecdsa-p521, rsa-2048/3072/4096 or ed25519`,
      );
    }
    return key;
  }

  /** The base URL and headers from the environment (and ~/.vault-token); read once. */
  #configured(): Promise<{ base: string; headers: Record<string, string> }> {
    this.#config ??= (async () => {
      const env = this.#deps.env;
      const address = env.VAULT_ADDR || env.BAO_ADDR;
      if (!address) {
        throw new KmsError(
          'KMS_CONFIG',
          `${this.uri}: VAULT_ADDR is not set: set it to the Vault or OpenBao address (e.g. https://vault.example.com:8200)`,
        );
      }
      const url = URL.canParse(address) ? new URL(address) : undefined;
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
        throw new KmsError(
          'KMS_CONFIG',
          `${this.uri}: VAULT_ADDR is not an http(s) URL without credentials: set it to e.g. https://vault.example.com:8200`,
        );
      }
      let token = env.VAULT_TOKEN || env.BAO_TOKEN;
      if (!token && env.HOME) {
        try {
          const t = await this.#deps.readFile(`${env.HOME}/.vault-token`);
          token = (typeof t === 'string' ? t : Buffer.from(t).toString('utf8')).trim() || undefined;
        } catch {
          token = undefined;
        }
      }
      if (!token) {
        throw new KmsError(
          'KMS_CONFIG',
          `${this.uri}: no Vault token: set VAULT_TOKEN (or log in with vault login, which writes ~/.vault-token)`,
        );
      }
      if (/[\r\n]/.test(token)) {
        throw new KmsError(
          'KMS_CONFIG',
          `${this.uri}: VAULT_TOKEN holds a line break: set it to the token alone`,
        );
      }
      const headers: Record<string, string> = { 'x-vault-token': token };
      const namespace = env.VAULT_NAMESPACE || env.BAO_NAMESPACE;
      if (namespace) headers['x-vault-namespace'] = namespace;
      const mount = (env.TRANSIT_SECRET_ENGINE_PATH || 'transit').replace(/^\/+|\/+$/g, '');
      if (!/^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/.test(mount)) {
        throw new KmsError(
          'KMS_CONFIG',
          `${this.uri}: TRANSIT_SECRET_ENGINE_PATH ${JSON.stringify(mount)} is not a mount path: use e.g. transit`,
        );
      }
      return { base: `${url.origin}${url.pathname.replace(/\/+$/, '')}/v1/${mount}`, headers };
    })();
    return this.#config;
  }

  async #call(
    base: string,
    headers: Record<string, string>,
    method: 'GET' | 'POST',
    path: string,
    json?: unknown,
  ): Promise<KmsReply> {
    const reply = await kmsRequest(this.#deps.fetch, this.uri, 'Vault', {
      method,
      url: `${base}/${path}`,
      headers,
      ...(json !== undefined && { json }),
    });
    if (reply.status >= 200 && reply.status < 300) return reply;
    const said = providerMessage(reply.body);
    const detail = said ? ` (${said})` : '';
    const mount = base.slice(base.lastIndexOf('/v1/') + 4);
    if (reply.status === 401 || reply.status === 403) {
      throw new KmsError(
        'KMS_DENIED',
        `${this.uri}: Vault denied the request${detail}: give VAULT_TOKEN a policy allowing read on ${mount}/keys/${this.#key} and update on ${mount}/sign/${this.#key} (and check VAULT_NAMESPACE)`,
      );
    }
    if (reply.status === 404) {
      throw new KmsError(
        'KMS_KEY_NOT_FOUND',
        `${this.uri}: no transit key "${this.#key}" at ${redactedOrigin(base)} (mount ${mount})${detail}: create it with signet generate-key-pair --kms ${this.uri}, or set TRANSIT_SECRET_ENGINE_PATH`,
      );
    }
    if (reply.status === 400 && said && /not support|unsupported|signing/i.test(said)) {
      throw new KmsError(
        'KMS_UNSUPPORTED_KEY',
        `${this.uri}: Vault cannot sign with "${this.#key}"${detail}: use an ecdsa-p256 transit key`,
      );
    }
    throw new KmsError(
      'KMS_REQUEST_FAILED',
      `${this.uri}: Vault answered ${reply.status} to ${method} ${mount}/${path.split('/')[0]}${detail}`,
    );
  }
}
