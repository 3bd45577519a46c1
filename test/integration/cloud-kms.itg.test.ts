// gcpkms:// and azurekms:// keys, signed with by the Signet CLI (from src/) against loopback STAND-INS
// of Google Cloud KMS + STS + IAM and of Azure Key Vault + Entra ID (test/support/cloud-kms-stand-ins.ts;
// no cloud KMS can run here), authenticated by workload identity federation from a CI OIDC token, the
// way CI jobs authenticate. The real cosign then verifies Signet's signatures with the public key Signet
// printed (cosign's gcpkms/azurekms clients cannot be pointed at a loopback stand-in), in both formats.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { signetFromSource } from '../support/cli.ts';
import {
  newP256Key,
  startAzureStandIn,
  startGcpStandIn,
  type AzureStandIn,
  type GcpStandIn,
} from '../support/cloud-kms-stand-ins.ts';
import { makeTestTls } from '../support/kms-servers.ts';
import { run, type RunResult } from '../support/run.ts';
import { pushBedImage } from '../support/push-image.ts';

const OIDC_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvYXBwIn0.planted-CI-OIDC-sig';
const GITHUB_REQUEST_TOKEN = 'planted-ACTIONS-request-token-9f3e';
const AZURE_SECRET = 'planted-AZURE-client-secret-41aa';
const KEY = 'projects/acme/locations/global/keyRings/release/cryptoKeys/cosign';

let bed: Bed;
let reg: BedRegistry;
let dir: string;

beforeAll(async () => {
  bed = await startBed({ registries: ['basic'] });
  reg = bed.registries.basic!;
  dir = join(bed.dir, 'cloud-kms');
  const other = await signetFromSource(['generate-key-pair', '--output-key-prefix', 'other'], {
    env: { COSIGN_PASSWORD: '', PATH: process.env.PATH },
    cwd: bed.dir,
  });
  if (other.code !== 0) throw new Error(other.stderr);
  (await import('node:fs')).mkdirSync(dir, { recursive: true });
}, 120_000);
afterAll(async () => {
  await bed?.stop();
});

const pushImage = (repo: string) => pushBedImage(reg, repo, 'cloud kms');

const signet = (args: string[], env: Record<string, string>): Promise<RunResult> =>
  signetFromSource(args, {
    env: { PATH: process.env.PATH!, HOME: dir, DOCKER_CONFIG: reg.dockerConfigDir, ...env },
    cwd: dir,
    timeoutMs: 120_000,
  });
const cosign = (args: string[]): Promise<RunResult> =>
  run([toolPath('cosign'), ...args], {
    env: { HOME: dir, TUF_ROOT: join(dir, 'tuf'), DOCKER_CONFIG: reg.dockerConfigDir, NO_PROXY: '127.0.0.1' },
    cwd: dir,
  });
const ok = (r: RunResult) => ({ code: r.code, err: r.code === 0 ? '' : `${r.stderr}${r.stdout}` });
const noSecrets = (r: RunResult) =>
  [OIDC_TOKEN, GITHUB_REQUEST_TOKEN, AZURE_SECRET].filter((s) => (r.stdout + r.stderr).includes(s));

/** Signet signs `image` with `uri`; cosign verifies both formats with the printed public key; Signet too. */
async function signAndCrossVerify(uri: string, env: Record<string, string>, name: string): Promise<void> {
  const pub = await signet(['public-key', '--key', uri, '--outfile', `${name}.pub`], env);
  expect(ok(pub)).toEqual({ code: 0, err: '' });
  const image = await pushImage(`cloud/${name}`);
  const signed = await signet(['sign', '--key', uri, '--tlog-upload=false', image], env);
  expect(ok(signed)).toEqual({ code: 0, err: '' });
  expect(noSecrets(signed)).toEqual([]);
  for (const legacy of [[], ['--new-bundle-format=false']]) {
    const v = await cosign([
      'verify',
      ...legacy,
      '--key',
      `${name}.pub`,
      '--insecure-ignore-tlog=true',
      '--allow-http-registry',
      image,
    ]);
    expect(ok(v)).toEqual({ code: 0, err: '' });
  }
  const v = await signet(['verify', '--key', uri, '--insecure-ignore-tlog', '--output', 'json', image], env);
  expect(ok(v)).toEqual({ code: 0, err: '' });
  expect(
    JSON.parse(v.stdout)
      .signatures.map((s: { format: string }) => s.format)
      .sort(),
  ).toEqual(['bundle', 'legacy']);
  const other = await signet(
    ['verify', '--key', join(bed.dir, 'other.pub'), '--insecure-ignore-tlog', image],
    env,
  );
  expect(other.code).toBe(1);
}

describe('gcpkms:// with the Google stand-in (workload identity federation)', () => {
  let gcp: GcpStandIn;
  const audience = '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/ci/providers/gh';
  const credentials = (source: object, impersonate: boolean) => {
    const file = join(dir, `gcp-${impersonate}-${Object.keys(source).join('')}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        type: 'external_account',
        audience,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${gcp.url}/sts/v1/token`,
        credential_source: source,
        ...(impersonate && {
          service_account_impersonation_url: `${gcp.url}/iam/v1/projects/-/serviceAccounts/signer@acme.iam.gserviceaccount.com:generateAccessToken`,
        }),
      }),
    );
    return file;
  };
  let tokenFile: string;

  beforeAll(async () => {
    gcp = await startGcpStandIn({
      oidcToken: OIDC_TOKEN,
      audience,
      githubRequestToken: GITHUB_REQUEST_TOKEN,
    });
    gcp.keys.set(KEY, {
      purpose: 'ASYMMETRIC_SIGN',
      versions: [
        { state: 'ENABLED', algorithm: 'EC_SIGN_P256_SHA256', key: newP256Key() },
        { state: 'ENABLED', algorithm: 'EC_SIGN_P256_SHA256', key: newP256Key() },
        { state: 'DISABLED', algorithm: 'EC_SIGN_P256_SHA256', key: newP256Key() },
      ],
    });
    gcp.keys.set(`${KEY}-enc`, { purpose: 'ENCRYPT_DECRYPT', versions: [] });
    tokenFile = join(dir, 'gcp-oidc-token');
    writeFileSync(tokenFile, `${OIDC_TOKEN}\n`);
  });
  afterAll(async () => {
    await gcp?.stop();
  });

  it('signs with the newest ENABLED version (OIDC token file, STS, impersonation); cosign and Signet verify', async () => {
    const env = {
      GOOGLE_APPLICATION_CREDENTIALS: credentials({ file: tokenFile }, true),
      SIGNET_GCPKMS_ENDPOINT: gcp.url,
    };
    const before = gcp.requests.length;
    await signAndCrossVerify(`gcpkms://${KEY}`, env, 'gcp-latest');
    const calls = gcp.requests.slice(before);
    // The token exchange came first, then impersonation, then KMS calls with the impersonated token.
    expect(calls[0]!.path).toBe('/sts/v1/token');
    expect(calls[1]!.path).toMatch(/:generateAccessToken$/);
    // Every signature (one per storage format written) came from version 2, the newest enabled.
    const signs = calls.filter((c) => c.path.endsWith(':asymmetricSign')).map((c) => c.path);
    expect(signs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(signs)).toEqual(new Set([`/v1/${KEY}/cryptoKeyVersions/2:asymmetricSign`]));
    expect(readFileSync(join(dir, 'gcp-latest.pub'), 'utf8')).toBe(
      gcp.keys.get(KEY)!.versions[1]!.key.publicKey.export({ type: 'spki', format: 'pem' }),
    );
  }, 240_000);

  it('signs with a named version, the OIDC token fetched from a GitHub-style URL, no impersonation', async () => {
    const env = {
      GOOGLE_APPLICATION_CREDENTIALS: credentials(
        {
          url: `${gcp.url}/github-oidc?audience=${encodeURIComponent(audience)}`,
          headers: { Authorization: `Bearer ${GITHUB_REQUEST_TOKEN}` },
          format: { type: 'json', subject_token_field_name: 'value' },
        },
        false,
      ),
      SIGNET_GCPKMS_ENDPOINT: gcp.url,
    };
    await signAndCrossVerify(`gcpkms://${KEY}/cryptoKeyVersions/1`, env, 'gcp-v1');
    expect(readFileSync(join(dir, 'gcp-v1.pub'), 'utf8')).toBe(
      gcp.keys.get(KEY)!.versions[0]!.key.publicKey.export({ type: 'spki', format: 'pem' }),
    );
  }, 240_000);

  it('generate-key-pair --kms creates the key ring and key, writes its cosign.pub, and signs with it', async () => {
    const env = {
      GOOGLE_APPLICATION_CREDENTIALS: credentials({ file: tokenFile }, true),
      SIGNET_GCPKMS_ENDPOINT: gcp.url,
    };
    const uri = 'gcpkms://projects/acme/locations/global/keyRings/new-ring/cryptoKeys/made';
    const made = await signet(['generate-key-pair', '--kms', uri, '--output-key-prefix', 'gcp-made'], env);
    expect(ok(made)).toEqual({ code: 0, err: '' });
    const key = gcp.keys.get('projects/acme/locations/global/keyRings/new-ring/cryptoKeys/made');
    expect(key).toMatchObject({
      purpose: 'ASYMMETRIC_SIGN',
      versions: [{ algorithm: 'EC_SIGN_P256_SHA256' }],
    });
    expect(readFileSync(join(dir, 'gcp-made.pub'), 'utf8')).toBe(
      key!.versions[0]!.key.publicKey.export({ type: 'spki', format: 'pem' }),
    );
    // Again: the key exists, nothing is created, the same public key is written.
    const again = await signet(['generate-key-pair', '--kms', uri, '--output-key-prefix', 'gcp-made2'], env);
    expect(ok(again)).toEqual({ code: 0, err: '' });
    expect(readFileSync(join(dir, 'gcp-made2.pub'), 'utf8')).toBe(
      readFileSync(join(dir, 'gcp-made.pub'), 'utf8'),
    );
    await signAndCrossVerify(uri, env, 'gcp-made-sign');
  }, 240_000);

  it.each([
    [
      'a disabled version',
      `gcpkms://${KEY}/cryptoKeyVersions/3`,
      {},
      /is DISABLED, not ENABLED.*\[KMS_KEY_DISABLED\]/,
    ],
    [
      'a key for encryption',
      `gcpkms://${KEY}-enc`,
      {},
      /purpose is ENCRYPT_DECRYPT, not ASYMMETRIC_SIGN.*\[KMS_UNSUPPORTED_KEY\]/,
    ],
    ['a missing key', `gcpkms://${KEY}-gone`, {}, /no such key or version.*\[KMS_KEY_NOT_FOUND\]/],
    [
      'an OIDC token the pool does not accept',
      `gcpkms://${KEY}`,
      { wrongToken: true },
      /refused the credentials \(400: The audience or token is not valid\).*\[KMS_DENIED\]/,
    ],
  ])('refuses %s, in one line naming the URI', async (_name, uri, o, error) => {
    const file = join(dir, 'wrong-token');
    writeFileSync(file, 'eyJ.wrong.token');
    const env = {
      GOOGLE_APPLICATION_CREDENTIALS: credentials({ file: 'wrongToken' in o ? file : tokenFile }, true),
      SIGNET_GCPKMS_ENDPOINT: gcp.url,
    };
    const r = await signet(['public-key', '--key', uri], env);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringContaining(`signet public-key: ${uri}: `),
    ]);
    expect(r.stderr).toMatch(error);
    expect(noSecrets(r)).toEqual([]);
  });
});

describe('azurekms:// with the Azure stand-in (workload identity federation, TLS)', () => {
  let az: AzureStandIn;
  let caEnv: Record<string, string>;
  const base = () => ({
    ...caEnv,
    AZURE_CLIENT_ID: 'client-1',
    AZURE_TENANT_ID: 'tenant-1',
    AZURE_AUTHORITY_HOST: az.authority,
  });

  beforeAll(async () => {
    const tls = await makeTestTls(join(dir, 'azure-tls'));
    az = await startAzureStandIn({
      cert: readFileSync(tls.certPath, 'utf8'),
      key: readFileSync(tls.keyPath, 'utf8'),
      tenant: 'tenant-1',
      clientId: 'client-1',
      federatedToken: OIDC_TOKEN,
      clientSecret: AZURE_SECRET,
      githubRequestToken: GITHUB_REQUEST_TOKEN,
    });
    caEnv = { NODE_EXTRA_CA_CERTS: tls.caPath };
    az.keys.set('cosign', { version: 'a1b2c3', enabled: true, ops: ['sign', 'verify'], key: newP256Key() });
    az.keys.set('off', { version: 'd4e5', enabled: false, ops: ['sign', 'verify'], key: newP256Key() });
    az.keys.set('wrap', { version: 'f6', enabled: true, ops: ['wrapKey'], key: newP256Key() });
    writeFileSync(join(dir, 'azure-token'), OIDC_TOKEN);
  });
  afterAll(async () => {
    await az?.stop();
  });

  it('signs with a federated token file (EC r||s re-encoded as DER); cosign and Signet verify', async () => {
    const before = az.requests.length;
    await signAndCrossVerify(
      `azurekms://${az.host}/cosign`,
      { ...base(), AZURE_FEDERATED_TOKEN_FILE: join(dir, 'azure-token') },
      'azure-file',
    );
    const calls = az.requests.slice(before);
    expect(calls[0]!.path).toBe('/tenant-1/oauth2/v2.0/token');
    expect(new URLSearchParams(calls[0]!.body).get('client_assertion')).toBe(OIDC_TOKEN);
    const signs = calls.filter((c) => c.path.endsWith('/sign')).map((c) => c.path);
    expect(signs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(signs)).toEqual(new Set(['/keys/cosign/a1b2c3/sign']));
  }, 240_000);

  it('signs with the GitHub Actions OIDC token (audience api://AzureADTokenExchange) and a named version', async () => {
    await signAndCrossVerify(
      `azurekms://${az.host}/cosign/a1b2c3`,
      {
        ...base(),
        ACTIONS_ID_TOKEN_REQUEST_URL: `${az.authority}/github-oidc?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: GITHUB_REQUEST_TOKEN,
      },
      'azure-gh',
    );
  }, 240_000);

  it('signs with a client secret when no federated token is available', async () => {
    const r = await signet(['public-key', '--key', `azurekms://${az.host}/cosign`], {
      ...base(),
      AZURE_CLIENT_SECRET: AZURE_SECRET,
    });
    expect(ok(r)).toEqual({ code: 0, err: '' });
    expect(r.stdout).toBe(az.keys.get('cosign')!.key.publicKey.export({ type: 'spki', format: 'pem' }));
  });

  it('generate-key-pair --kms creates an EC P-256 key, writes its cosign.pub, and signs with it', async () => {
    const env = { ...base(), AZURE_FEDERATED_TOKEN_FILE: join(dir, 'azure-token') };
    const uri = `azurekms://${az.host}/made`;
    const made = await signet(['generate-key-pair', '--kms', uri, '--output-key-prefix', 'azure-made'], env);
    expect(ok(made)).toEqual({ code: 0, err: '' });
    expect(readFileSync(join(dir, 'azure-made.pub'), 'utf8')).toBe(
      az.keys.get('made')!.key.publicKey.export({ type: 'spki', format: 'pem' }),
    );
    await signAndCrossVerify(uri, env, 'azure-made-sign');
  }, 240_000);

  it.each([
    ['a disabled key', '/off', {}, /the key is disabled.*\[KMS_KEY_DISABLED\]/],
    ['a key that may not sign', '/wrap', {}, /does not allow sign .*\[KMS_UNSUPPORTED_KEY\]/],
    ['a missing key', '/gone', {}, /no such key or version.*\[KMS_KEY_NOT_FOUND\]/],
    [
      'a federated token Entra ID rejects',
      '/cosign',
      { AZURE_CLIENT_ID: 'client-2' },
      /Entra ID refused the credentials \(401: invalid_client\).*\[KMS_DENIED\]/,
    ],
    [
      'no federated token or secret',
      '/cosign',
      { AZURE_FEDERATED_TOKEN_FILE: '' },
      /no Azure credential.*\[KMS_CONFIG\]/,
    ],
  ])('refuses %s, in one line naming the URI', async (_name, path, over, error) => {
    const uri = `azurekms://${az.host}${path}`;
    const env: Record<string, string> = {
      ...base(),
      AZURE_FEDERATED_TOKEN_FILE: join(dir, 'azure-token'),
      ...over,
    };
    const r = await signet(['public-key', '--key', uri], env);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringContaining(`signet public-key: ${uri}: `),
    ]);
    expect(r.stderr).toMatch(error);
    expect(noSecrets(r)).toEqual([]);
  });
});
