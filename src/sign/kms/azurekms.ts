// azurekms://VAULT.vault.azure.net/KEY[/VERSION]: an Azure Key Vault (or Managed HSM) key, used as
// sigstore/sigstore's azure provider uses it (pkg/signature/kms/azure): GET the key (a JWK), sign the
// digest with ES256/ES384/ES512 (EC) or RS256 (RSA); EC signatures come back as r||s and are re-encoded
// as ASN.1 DER, as sigstore does. Credentials follow DefaultAzureCredential's order, workload identity
// federation first (how CI jobs authenticate):
//   1. AZURE_CLIENT_ID + AZURE_TENANT_ID with the CI's OIDC token: AZURE_FEDERATED_TOKEN_FILE, or on
//      GitHub Actions an ID token for audience api://AzureADTokenExchange (needs id-token: write);
//   2. AZURE_CLIENT_ID + AZURE_TENANT_ID + AZURE_CLIENT_SECRET (a service principal).
// Tokens come from AZURE_AUTHORITY_HOST (default https://login.microsoftonline.com), scope
// https://vault.azure.net/.default. Written by hand over fetch rather than with @azure/keyvault-keys and
// @azure/identity: three JSON calls, against two SDKs that bring msal and their own HTTP pipelines.
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import type { SigningAlgorithm } from '../keys/signature.ts';
import { KmsError } from './errors.ts';
import { bearerKmsRequest, kmsRequest, type KmsReply, type KmsRequest } from './http.ts';
import { CachedKmsKey } from './cached-kms-key.ts';

const API_VERSION = '7.4';
const SCOPE = 'https://vault.azure.net/.default';
const AUTHORITY = 'https://login.microsoftonline.com';
const EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

interface Jwk {
  kid?: string;
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
  key_ops?: string[];
}

/** An Azure Key Vault key. */
export class AzureKmsKey extends CachedKmsKey<
  'azurekms',
  { version: string; key: KeyObject; alg: string; size: number }
> {
  #token: Promise<string> | undefined;

  override async sign(data: Buffer, algorithm: SigningAlgorithm): Promise<Buffer> {
    const { version, alg, size } = await this.resolved();
    const digest = createHash(algorithm.hash ?? 'sha256')
      .update(data)
      .digest('base64url');
    const reply = await this.#vault({
      method: 'POST',
      url: `${this.#base()}/keys/${this.ref.key}/${version}/sign?api-version=${API_VERSION}`,
      json: { alg, value: digest },
    });
    const value = (reply.body as { value?: unknown } | undefined)?.value;
    if (typeof value !== 'string') {
      throw new KmsError('KMS_REQUEST_FAILED', `${this.uri}: Key Vault's sign answer holds no signature`);
    }
    const raw = Buffer.from(value, 'base64url');
    return alg.startsWith('ES') ? toDer(raw, size, this.uri) : raw;
  }

  /** Creates an EC P-256 sign/verify key when the vault has none of that name, as sigstore's azure provider does. */
  async create(): Promise<KeyObject> {
    if (this.ref.version) {
      throw new KmsError(
        'KMS_CREATE_UNSUPPORTED',
        `${this.uri}: Key Vault names versions itself: drop /${this.ref.version} from the URI`,
      );
    }
    try {
      return await this.publicKey();
    } catch (err) {
      if ((err as KmsError).code !== 'KMS_KEY_NOT_FOUND') throw err;
    }
    await this.#vault({
      method: 'POST',
      url: `${this.#base()}/keys/${this.ref.key}/create?api-version=${API_VERSION}`,
      json: {
        kty: 'EC',
        crv: 'P-256',
        key_ops: ['sign', 'verify'],
        attributes: { enabled: true },
        tags: { 'created-by': 'signet' },
      },
    });
    this.forget();
    return this.publicKey();
  }

  protected override async resolve(): Promise<{
    version: string;
    key: KeyObject;
    alg: string;
    size: number;
  }> {
    const path = `keys/${this.ref.key}${this.ref.version ? `/${this.ref.version}` : ''}`;
    const body = (
      await this.#vault({ method: 'GET', url: `${this.#base()}/${path}?api-version=${API_VERSION}` })
    ).body as { key?: Jwk; attributes?: { enabled?: boolean } } | undefined;
    const jwk = body?.key;
    if (body?.attributes?.enabled === false) {
      throw new KmsError(
        'KMS_KEY_DISABLED',
        `${this.uri}: the key is disabled: enable it (az keyvault key set-attributes --enabled true)`,
      );
    }
    const version = jwk?.kid?.split('/').pop();
    if (!jwk || !version || !/^[A-Za-z0-9]+$/.test(version)) {
      throw new KmsError('KMS_REQUEST_FAILED', `${this.uri}: Key Vault answered without a key id`);
    }
    if (jwk.key_ops && !jwk.key_ops.includes('sign')) {
      throw new KmsError(
        'KMS_UNSUPPORTED_KEY',
        `${this.uri}: the key does not allow sign (key_ops ${jwk.key_ops.join(',')}): create it with --ops sign verify`,
      );
    }
    const kty = jwk.kty?.replace(/-HSM$/, '');
    let key: KeyObject;
    let alg: string;
    let size = 0;
    try {
      if (kty === 'EC') {
        alg =
          ({ 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' } as Record<string, string>)[
            jwk.crv ?? ''
          ] ?? '';
        size = ({ ES256: 32, ES384: 48, ES512: 66 } as Record<string, number>)[alg] ?? 0;
        key = createPublicKey({ key: { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
      } else if (kty === 'RSA') {
        alg = 'RS256';
        key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
      } else {
        alg = '';
        key = undefined as never;
      }
    } catch (cause) {
      throw new KmsError('KMS_REQUEST_FAILED', `${this.uri}: the key Key Vault returned cannot be read`, {
        cause,
      });
    }
    if (!alg) {
      throw new KmsError(
        'KMS_UNSUPPORTED_KEY',
        `${this.uri}: the key is ${jwk.kty ?? '?'} ${jwk.crv ?? ''}, not an EC P-256/P-384/P-521 or RSA key: create one with az keyvault key create --kty EC --curve P-256`,
      );
    }
    return { version, key, alg, size };
  }

  #base(): string {
    return `https://${this.ref.vaultHost}`;
  }

  async #vault(req: KmsRequest): Promise<KmsReply> {
    const token = await (this.#token ??= this.#accessToken());
    return bearerKmsRequest(this.deps.fetch, this.uri, 'Azure Key Vault', token, req, {
      name: 'Key Vault',
      denied: `give the job's identity the "Key Vault Crypto User" role (keys/get and keys/sign) on the vault`,
      notFoundIn: ' in the vault',
    });
  }

  /** An Entra ID access token for Key Vault: workload identity federation first, then a client secret. */
  async #accessToken(): Promise<string> {
    const env = this.deps.env;
    const clientId = env.AZURE_CLIENT_ID;
    const tenant = env.AZURE_TENANT_ID;
    if (!clientId || !tenant) {
      throw new KmsError(
        'KMS_CONFIG',
        `${this.uri}: no Azure credentials: set AZURE_CLIENT_ID and AZURE_TENANT_ID of an app with a federated credential for this CI (or AZURE_CLIENT_SECRET)`,
      );
    }
    if (!/^[A-Za-z0-9.-]+$/.test(tenant)) {
      throw new KmsError('KMS_CONFIG', `${this.uri}: AZURE_TENANT_ID is not a tenant ID or domain`);
    }
    const authority = (env.AZURE_AUTHORITY_HOST || AUTHORITY).replace(/\/+$/, '');
    const form: Record<string, string> = {
      client_id: clientId,
      grant_type: 'client_credentials',
      scope: SCOPE,
    };
    const assertion = await this.#federatedToken();
    if (assertion) {
      form.client_assertion_type = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
      form.client_assertion = assertion;
    } else if (env.AZURE_CLIENT_SECRET) {
      form.client_secret = env.AZURE_CLIENT_SECRET;
    } else {
      throw new KmsError(
        'KMS_CONFIG',
        `${this.uri}: no Azure credential for AZURE_CLIENT_ID: set AZURE_FEDERATED_TOKEN_FILE to the CI's ID token file, add "permissions: id-token: write" on GitHub Actions, or set AZURE_CLIENT_SECRET`,
      );
    }
    const reply = await kmsRequest(this.deps.fetch, this.uri, 'Entra ID', {
      method: 'POST',
      url: `${authority}/${tenant}/oauth2/v2.0/token`,
      form,
    });
    const token = (reply.body as { access_token?: unknown } | undefined)?.access_token;
    if (reply.status !== 200 || typeof token !== 'string' || token === '') {
      const b = reply.body as { error?: unknown } | undefined;
      throw new KmsError(
        'KMS_DENIED',
        `${this.uri}: Entra ID refused the credentials (${reply.status}${typeof b?.error === 'string' ? `: ${b.error}` : ''}): check the app's federated credential (issuer, subject) or secret`,
      );
    }
    return token;
  }

  /** The CI's OIDC token for the token exchange, or undefined when this CI offers none. */
  async #federatedToken(): Promise<string | undefined> {
    const env = this.deps.env;
    if (env.AZURE_FEDERATED_TOKEN_FILE) {
      try {
        const data = await this.deps.readFile(env.AZURE_FEDERATED_TOKEN_FILE);
        const token = (typeof data === 'string' ? data : Buffer.from(data).toString('utf8')).trim();
        if (token) return token;
      } catch {
        // reported below
      }
      throw new KmsError(
        'KMS_CONFIG',
        `${this.uri}: AZURE_FEDERATED_TOKEN_FILE ${env.AZURE_FEDERATED_TOKEN_FILE} cannot be read or is empty: write the CI's ID token there`,
      );
    }
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) return undefined;
    const u = new URL(url);
    u.searchParams.set('audience', EXCHANGE_AUDIENCE);
    const reply = await kmsRequest(this.deps.fetch, this.uri, "GitHub's OIDC token service", {
      method: 'GET',
      url: u.toString(),
      headers: { authorization: `Bearer ${bearer}` },
    });
    const value = (reply.body as { value?: unknown } | undefined)?.value;
    if (reply.status !== 200 || typeof value !== 'string') {
      throw new KmsError(
        'KMS_DENIED',
        `${this.uri}: GitHub's OIDC token service answered ${reply.status}: add "permissions: id-token: write" to the job`,
      );
    }
    return value;
  }
}

/** An r||s ECDSA signature (JWS form) as ASN.1 DER, as cosign stores ECDSA signatures. */
function toDer(raw: Buffer, size: number, uri: string): Buffer {
  if (size === 0 || raw.length !== 2 * size) {
    throw new KmsError(
      'KMS_REQUEST_FAILED',
      `${uri}: the EC signature Key Vault returned is ${raw.length} bytes, not ${2 * size}`,
    );
  }
  const int = (b: Buffer) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    const v = b.subarray(i);
    return (v[0]! & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), v]) : v;
  };
  const len = (n: number) => (n < 0x80 ? Buffer.from([n]) : Buffer.from([0x81, n]));
  const r = int(raw.subarray(0, size));
  const s = int(raw.subarray(size));
  const body = Buffer.concat([Buffer.from([0x02]), len(r.length), r, Buffer.from([0x02]), len(s.length), s]);
  return Buffer.concat([Buffer.from([0x30]), len(body.length), body]);
}
