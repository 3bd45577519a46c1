// gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K[/cryptoKeyVersions/N]: a Cloud KMS
// asymmetric signing key, used as sigstore/sigstore's gcp provider uses it (pkg/signature/kms/gcp):
// the named version, else the newest ENABLED one; its public key; asymmetricSign over the digest.
// Credentials, in order (the usual Google chain, workload identity federation first, as CI jobs use it):
//   1. GOOGLE_APPLICATION_CREDENTIALS naming an external_account file (what google-github-actions/auth
//      and GitLab's GCP WIF recipe write): the CI's OIDC token (credential_source file or url) exchanged
//      at its token_url (STS), then service account impersonation when the file names one;
//   2. the same variable naming a service_account key file (a signed JWT grant) or an authorized_user
//      file (a refresh-token grant);
//   3. the metadata server (GCE, GKE, Cloud Run; GCE_METADATA_HOST overrides its address).
// Written by hand over fetch (the v1 REST API) rather than with @google-cloud/kms: that client is built
// on gRPC and protobufjs, which would add megabytes to dist/ for four JSON calls.
// SIGNET_GCPKMS_ENDPOINT points the KMS calls at another endpoint (private service connect, tests).
import { createHash, createPublicKey, createSign, type KeyObject } from 'node:crypto';
import type { SigningAlgorithm } from '../keys/signature.ts';
import { KmsError } from './errors.ts';
import { bearerKmsRequest, kmsRequest, providerMessage, type KmsReply, type KmsRequest } from './http.ts';
import { CachedKmsKey } from './cached-kms-key.ts';

const KMS_ENDPOINT = 'https://cloudkms.googleapis.com';
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const METADATA_HOST = 'metadata.google.internal';
// Cloud KMS algorithms whose signatures cosign.pub-style verification checks (PSS and RSA-SHA512 are not).
const ALGORITHMS = new Set([
  'EC_SIGN_P256_SHA256',
  'EC_SIGN_P384_SHA384',
  'RSA_SIGN_PKCS1_2048_SHA256',
  'RSA_SIGN_PKCS1_3072_SHA256',
  'RSA_SIGN_PKCS1_4096_SHA256',
]);

interface Version {
  name: string;
  state?: string;
  algorithm?: string;
}

/** A Cloud KMS key (version). */
export class GcpKmsKey extends CachedKmsKey<'gcpkms', { version: string; key: KeyObject }> {
  #token: Promise<string> | undefined;

  override async sign(data: Buffer, algorithm: SigningAlgorithm): Promise<Buffer> {
    const { version } = await this.resolved();
    const hash = algorithm.hash ?? 'sha256';
    const digest = createHash(hash).update(data).digest('base64');
    const reply = await this.#kms({
      method: 'POST',
      url: `${this.#endpoint()}/v1/${version}:asymmetricSign`,
      json: { digest: { [hash]: digest } },
    });
    const signature = (reply.body as { signature?: unknown } | undefined)?.signature;
    if (typeof signature !== 'string') {
      throw new KmsError('KMS_REQUEST_FAILED', `${this.uri}: Cloud KMS asymmetricSign returned no signature`);
    }
    return Buffer.from(signature, 'base64');
  }

  /**
   * Creates the key ring (if missing) and an EC_SIGN_P256_SHA256 signing key (if missing), as
   * sigstore's gcp provider does for `generate-key-pair --kms`; waits for its first version.
   */
  async create(): Promise<KeyObject> {
    if (this.ref.version) {
      throw new KmsError(
        'KMS_CREATE_UNSUPPORTED',
        `${this.uri}: Cloud KMS numbers versions itself: drop /cryptoKeyVersions/${this.ref.version} from the URI`,
      );
    }
    const base = `${this.#endpoint()}/v1`;
    const ring = this.ref.cryptoKey.slice(0, this.ref.cryptoKey.indexOf('/cryptoKeys/'));
    const keyId = this.ref.cryptoKey.slice(ring.length + '/cryptoKeys/'.length);
    const missing = async (url: string) =>
      this.#kms({ method: 'GET', url }).then(
        () => false,
        (err: KmsError) => {
          if (err.code === 'KMS_KEY_NOT_FOUND') return true;
          throw err;
        },
      );
    if (await missing(`${base}/${ring}`)) {
      const parent = ring.slice(0, ring.indexOf('/keyRings/'));
      const ringId = ring.slice(parent.length + '/keyRings/'.length);
      await this.#kms({ method: 'POST', url: `${base}/${parent}/keyRings?keyRingId=${ringId}`, json: {} });
    }
    if (await missing(`${base}/${this.ref.cryptoKey}`)) {
      await this.#kms({
        method: 'POST',
        url: `${base}/${ring}/cryptoKeys?cryptoKeyId=${keyId}`,
        json: { purpose: 'ASYMMETRIC_SIGN', versionTemplate: { algorithm: 'EC_SIGN_P256_SHA256' } },
      });
    }
    // A new key's first version is PENDING_GENERATION for a moment.
    for (let attempt = 1; ; attempt++) {
      this.forget();
      try {
        return await this.publicKey();
      } catch (err) {
        if ((err as KmsError).code !== 'KMS_KEY_DISABLED' || attempt >= 20) throw err;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  protected override async resolve(): Promise<{ version: string; key: KeyObject }> {
    const base = `${this.#endpoint()}/v1`;
    const cryptoKey = (await this.#kms({ method: 'GET', url: `${base}/${this.ref.cryptoKey}` })).body as
      { purpose?: string } | undefined;
    if (cryptoKey?.purpose !== 'ASYMMETRIC_SIGN') {
      throw new KmsError(
        'KMS_UNSUPPORTED_KEY',
        `${this.uri}: the key's purpose is ${cryptoKey?.purpose ?? 'unknown'}, not ASYMMETRIC_SIGN: create a key with --purpose asymmetric-signing --default-algorithm ec-sign-p256-sha256`,
      );
    }
    let version: Version | undefined;
    if (this.ref.version) {
      version = (
        await this.#kms({
          method: 'GET',
          url: `${base}/${this.ref.cryptoKey}/cryptoKeyVersions/${this.ref.version}`,
        })
      ).body as Version | undefined;
    } else {
      const list = (
        await this.#kms({
          method: 'GET',
          url: `${base}/${this.ref.cryptoKey}/cryptoKeyVersions?filter=${encodeURIComponent('state=ENABLED')}&orderBy=${encodeURIComponent('name desc')}`,
        })
      ).body as { cryptoKeyVersions?: Version[] } | undefined;
      version = list?.cryptoKeyVersions?.[0];
      if (!version) {
        throw new KmsError(
          'KMS_KEY_DISABLED',
          `${this.uri}: the key has no ENABLED version: enable one, or name one with /cryptoKeyVersions/N`,
        );
      }
    }
    if (
      typeof version?.name !== 'string' ||
      !version.name.startsWith(`${this.ref.cryptoKey}/cryptoKeyVersions/`)
    ) {
      throw new KmsError('KMS_REQUEST_FAILED', `${this.uri}: Cloud KMS answered with another key's version`);
    }
    if (version.state !== 'ENABLED') {
      throw new KmsError(
        'KMS_KEY_DISABLED',
        `${this.uri}: the key version is ${version.state ?? 'in an unknown state'}, not ENABLED: enable it (gcloud kms keys versions enable)`,
      );
    }
    if (!ALGORITHMS.has(version.algorithm ?? '')) {
      throw new KmsError(
        'KMS_UNSUPPORTED_KEY',
        `${this.uri}: the key version's algorithm is ${version.algorithm ?? 'unknown'}: use EC_SIGN_P256_SHA256 (or P384, or RSA_SIGN_PKCS1_*_SHA256)`,
      );
    }
    const pub = (await this.#kms({ method: 'GET', url: `${base}/${version.name}/publicKey` })).body as
      { pem?: unknown } | undefined;
    let key: KeyObject;
    try {
      key = createPublicKey(String(pub?.pem));
    } catch (cause) {
      throw new KmsError(
        'KMS_REQUEST_FAILED',
        `${this.uri}: the public key Cloud KMS returned cannot be read`,
        {
          cause,
        },
      );
    }
    return { version: version.name, key };
  }

  #endpoint(): string {
    return (this.deps.env.SIGNET_GCPKMS_ENDPOINT || KMS_ENDPOINT).replace(/\/+$/, '');
  }

  async #kms(req: KmsRequest): Promise<KmsReply> {
    const token = await (this.#token ??= this.#accessToken());
    return bearerKmsRequest(this.deps.fetch, this.uri, 'Cloud KMS', token, req, {
      name: 'Cloud KMS',
      denied: "grant the job's identity roles/cloudkms.signerVerifier and roles/cloudkms.viewer on the key",
      notFoundIn: '',
      other: (status, said, detail) =>
        status === 400 && said && /state|disabled|destroy/i.test(said)
          ? new KmsError('KMS_KEY_DISABLED', `${this.uri}: the key version cannot sign${detail}: enable it`)
          : undefined,
    });
  }

  /** An OAuth access token for Cloud KMS from the credential chain. */
  async #accessToken(): Promise<string> {
    const env = this.deps.env;
    const file = env.GOOGLE_APPLICATION_CREDENTIALS;
    if (file) {
      const creds = await this.#readJson(file, 'GOOGLE_APPLICATION_CREDENTIALS');
      switch (creds.type) {
        case 'external_account':
          return this.#federatedToken(creds);
        case 'service_account':
          return this.#serviceAccountToken(creds);
        case 'authorized_user':
          return this.#token2(String(creds.token_uri ?? 'https://oauth2.googleapis.com/token'), {
            grant_type: 'refresh_token',
            client_id: String(creds.client_id ?? ''),
            client_secret: String(creds.client_secret ?? ''),
            refresh_token: String(creds.refresh_token ?? ''),
          });
        default:
          throw new KmsError(
            'KMS_CONFIG',
            `${this.uri}: GOOGLE_APPLICATION_CREDENTIALS ${file} is of type ${JSON.stringify(creds.type)}: use an external_account (workload identity federation), service_account or authorized_user file`,
          );
      }
    }
    const host = env.GCE_METADATA_HOST || METADATA_HOST;
    let reply: KmsReply;
    try {
      reply = await kmsRequest(this.deps.fetch, this.uri, 'the GCE metadata server', {
        method: 'GET',
        url: `http://${host}/computeMetadata/v1/instance/service-accounts/default/token?scopes=${encodeURIComponent(SCOPE)}`,
        headers: { 'metadata-flavor': 'Google' },
      });
    } catch {
      throw new KmsError(
        'KMS_CONFIG',
        `${this.uri}: no Google credentials: set GOOGLE_APPLICATION_CREDENTIALS to a workload identity federation config (google-github-actions/auth writes one) or a service account key file`,
      );
    }
    return this.#tokenFrom(reply, 'the GCE metadata server', 'access_token');
  }

  /** Workload identity federation: the CI's OIDC token for a Google access token (STS), then impersonation. */
  async #federatedToken(creds: Record<string, unknown>): Promise<string> {
    const source = (creds.credential_source ?? {}) as {
      file?: string;
      url?: string;
      headers?: Record<string, string>;
      format?: { type?: string; subject_token_field_name?: string };
    };
    let raw: string;
    if (source.file) {
      try {
        const data = await this.deps.readFile(source.file);
        raw = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
      } catch {
        throw new KmsError(
          'KMS_CONFIG',
          `${this.uri}: the OIDC token file ${source.file} named by the credential config cannot be read: write the CI's ID token there`,
        );
      }
    } else if (source.url) {
      const reply = await kmsRequest(this.deps.fetch, this.uri, 'the OIDC token URL', {
        method: 'GET',
        url: source.url,
        headers: source.headers ?? {},
      });
      if (reply.status !== 200) {
        throw new KmsError(
          'KMS_DENIED',
          `${this.uri}: the CI's OIDC token URL answered ${reply.status}: on GitHub Actions add "permissions: id-token: write"`,
        );
      }
      raw = JSON.stringify(reply.body ?? '');
    } else {
      throw new KmsError(
        'KMS_CONFIG',
        `${this.uri}: the external_account config has no credential_source file or url: regenerate it (gcloud iam workload-identity-pools create-cred-config)`,
      );
    }
    let subject = raw.trim();
    if (source.format?.type === 'json') {
      try {
        subject = String(
          (JSON.parse(raw) as Record<string, unknown>)[source.format.subject_token_field_name ?? ''] ?? '',
        );
      } catch {
        subject = '';
      }
    }
    if (!subject) {
      throw new KmsError(
        'KMS_CONFIG',
        `${this.uri}: the CI's OIDC token is empty: check the credential config`,
      );
    }
    const sts = await this.#token2(String(creds.token_url ?? 'https://sts.googleapis.com/v1/token'), {
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: String(creds.audience ?? ''),
      scope: SCOPE,
      requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      subject_token_type: String(creds.subject_token_type ?? 'urn:ietf:params:oauth:token-type:jwt'),
      subject_token: subject,
    });
    const impersonate = creds.service_account_impersonation_url;
    if (typeof impersonate !== 'string' || impersonate === '') return sts;
    const reply = await kmsRequest(this.deps.fetch, this.uri, 'IAM credentials', {
      method: 'POST',
      url: impersonate,
      headers: { authorization: `Bearer ${sts}` },
      json: { scope: [SCOPE] },
    });
    return this.#tokenFrom(reply, 'IAM service account impersonation', 'accessToken');
  }

  /** A service account key file: a JWT signed with its key, exchanged at its token_uri. */
  async #serviceAccountToken(creds: Record<string, unknown>): Promise<string> {
    const tokenUri = String(creds.token_uri ?? 'https://oauth2.googleapis.com/token');
    const now = Math.floor(Date.now() / 1000);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'RS256', typ: 'JWT', kid: creds.private_key_id })}.${b64({
      iss: creds.client_email,
      scope: SCOPE,
      aud: tokenUri,
      iat: now,
      exp: now + 3600,
    })}`;
    let signature: string;
    try {
      signature = createSign('RSA-SHA256').update(unsigned).sign(String(creds.private_key), 'base64url');
    } catch {
      throw new KmsError(
        'KMS_CONFIG',
        `${this.uri}: the service account key in GOOGLE_APPLICATION_CREDENTIALS cannot sign: download a new JSON key`,
      );
    }
    return this.#token2(tokenUri, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion: `${unsigned}.${signature}`,
    });
  }

  async #token2(url: string, form: Record<string, string>): Promise<string> {
    const reply = await kmsRequest(this.deps.fetch, this.uri, 'the Google token endpoint', {
      method: 'POST',
      url,
      form,
    });
    return this.#tokenFrom(reply, 'the Google token endpoint', 'access_token');
  }

  #tokenFrom(reply: KmsReply, what: string, field: string): string {
    const token = (reply.body as Record<string, unknown> | undefined)?.[field];
    if (reply.status !== 200 || typeof token !== 'string' || token === '') {
      const b = reply.body as { error_description?: unknown; error?: unknown } | undefined;
      const said = typeof b?.error_description === 'string' ? b.error_description : providerMessage(b);
      throw new KmsError(
        'KMS_DENIED',
        `${this.uri}: ${what} refused the credentials (${reply.status}${said ? `: ${said.slice(0, 200)}` : ''}): check the workload identity pool's provider and attribute conditions`,
      );
    }
    return token;
  }

  async #readJson(file: string, name: string): Promise<Record<string, unknown>> {
    try {
      const data = await this.deps.readFile(file);
      const parsed: unknown = JSON.parse(
        typeof data === 'string' ? data : Buffer.from(data).toString('utf8'),
      );
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        return parsed as Record<string, unknown>;
    } catch {
      // reported below, without quoting the file (it may hold a private key)
    }
    throw new KmsError('KMS_CONFIG', `${this.uri}: ${name} ${file} is not a readable JSON credential file`);
  }
}
