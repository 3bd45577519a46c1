// The Vault transit client's requests and its error lines, through a fake fetch that records what it
// is asked and answers as Vault documents (/v1/{mount}/keys/{key}, /v1/{mount}/sign/{key}/{hash}).
// Behaviour against a real Vault is in test/integration/kms-keys.itg.test.ts.
import { createHash } from 'node:crypto';
import { p256 } from '@noble/curves/nist.js';
import { newP256Key, type StandInKey } from '../../support/cloud-kms-stand-ins.ts';
import { HashiVaultKey } from '../../../src/sign/kms/hashivault.ts';
import { KmsError } from '../../../src/sign/kms/errors.ts';
import type { KmsFetch } from '../../../src/sign/kms/http.ts';
import { parseKmsRef } from '../../../src/sign/kms/kms-ref.ts';
import { KmsSigner } from '../../../src/sign/kms-signer.ts';
import { verifyWithKey } from '../../../src/sign/keys/index.ts';

const TOKEN = 'hvs.PLANTED-vault-token-6c1e';
const KEY = newP256Key();
const publicKey = KEY.publicKey;
const PEM = publicKey.export({ type: 'spki', format: 'pem' }) as string;

interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function fakeVault(over: { status?: number; body?: unknown; signWith?: StandInKey } = {}) {
  const calls: Call[] = [];
  const fetch: KmsFetch = async (url, init) => {
    calls.push({ method: init.method, url, headers: init.headers, ...(init.body && { body: init.body }) });
    const reply = (status: number, body: unknown) => ({ status, text: async () => JSON.stringify(body) });
    if (over.status) return reply(over.status, over.body ?? { errors: ['permission denied'] });
    if (init.method === 'GET') {
      return reply(200, {
        data: {
          type: 'ecdsa-p256',
          latest_version: 2,
          keys: { '1': { public_key: 'old' }, '2': { public_key: PEM } },
        },
      });
    }
    // Vault signs a prehashed input as the digest itself (no second hash), ASN.1 DER.
    const input = Buffer.from(JSON.parse(init.body!).input, 'base64');
    const sig = Buffer.from(
      p256.sign(input, (over.signWith ?? KEY).secret, { prehash: false, format: 'der' }),
    );
    return reply(200, { data: { signature: `vault:v2:${sig.toString('base64')}`, key_version: 2 } });
  };
  return { calls, fetch };
}

const key = (env: Record<string, string | undefined>, fetch: KmsFetch, files: Record<string, string> = {}) =>
  new HashiVaultKey(parseKmsRef('hashivault://release') as never, {
    env,
    fetch,
    readFile: async (p: string) => {
      if (p in files) return files[p]!;
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
  });

describe('HashiVaultKey', () => {
  it('reads the latest version of the transit key and signs the SHA-256 digest, prehashed, at sha2-256', async () => {
    const vault = fakeVault();
    const k = key(
      {
        VAULT_ADDR: 'https://vault.example:8200/',
        VAULT_TOKEN: TOKEN,
        VAULT_NAMESPACE: 'team-a',
        TRANSIT_SECRET_ENGINE_PATH: 'ci-transit',
      },
      vault.fetch,
    );
    const signer = await KmsSigner.open(k);
    const sig = await signer.sign(Buffer.from('payload'));
    expect(verifyWithKey(publicKey, Buffer.from('payload'), sig.signature)).toBe(true);
    expect(sig.key).toMatchObject({ $case: 'publicKey', publicKey: PEM });
    expect(vault.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET https://vault.example:8200/v1/ci-transit/keys/release',
      'POST https://vault.example:8200/v1/ci-transit/sign/release/sha2-256',
    ]);
    for (const c of vault.calls) {
      expect(c.headers['x-vault-token']).toBe(TOKEN);
      expect(c.headers['x-vault-namespace']).toBe('team-a');
    }
    const body = JSON.parse(vault.calls[1]!.body!);
    expect(body).toMatchObject({ prehashed: true });
    expect(Buffer.from(body.input, 'base64').toString('hex')).toBe(
      createHash('sha256').update('payload').digest('hex'),
    );
  });

  it('takes BAO_ADDR/BAO_TOKEN, or the token `vault login` left in ~/.vault-token', async () => {
    const a = fakeVault();
    await key({ BAO_ADDR: 'http://127.0.0.1:8200', BAO_TOKEN: TOKEN }, a.fetch).publicKey();
    expect(a.calls[0]).toMatchObject({ url: 'http://127.0.0.1:8200/v1/transit/keys/release' });
    expect(a.calls[0]!.headers['x-vault-token']).toBe(TOKEN);
    const b = fakeVault();
    await key({ VAULT_ADDR: 'http://127.0.0.1:8200', HOME: '/home/ci' }, b.fetch, {
      '/home/ci/.vault-token': `${TOKEN}\n`,
    }).publicKey();
    expect(b.calls[0]!.headers['x-vault-token']).toBe(TOKEN);
  });

  it('refuses a signature that does not verify under the key (KMS_BAD_SIGNATURE)', async () => {
    const signer = await KmsSigner.open(
      key({ VAULT_ADDR: 'http://v:1', VAULT_TOKEN: TOKEN }, fakeVault({ signWith: newP256Key() }).fetch),
    );
    await expect(signer.sign(Buffer.from('x'))).rejects.toMatchObject({ code: 'KMS_BAD_SIGNATURE' });
  });

  it.each([
    [{}, 'KMS_CONFIG', /^hashivault:\/\/release: VAULT_ADDR is not set: set it/],
    [{ VAULT_ADDR: 'http://v:1' }, 'KMS_CONFIG', /no Vault token: set VAULT_TOKEN/],
    [{ VAULT_ADDR: 'ftp://v', VAULT_TOKEN: TOKEN }, 'KMS_CONFIG', /VAULT_ADDR is not an http\(s\) URL/],
    [{ VAULT_ADDR: 'https://u:p@v', VAULT_TOKEN: TOKEN }, 'KMS_CONFIG', /without credentials/],
  ])('fails on configuration %j with %s', async (env, code, message) => {
    const err = await key(env, fakeVault().fetch)
      .publicKey()
      .catch((e: KmsError) => e);
    expect(err).toMatchObject({ code });
    expect((err as Error).message).toMatch(message);
  });

  it.each([
    [
      403,
      { errors: ['permission denied'] },
      'KMS_DENIED',
      /Vault denied the request \(permission denied\): give VAULT_TOKEN a policy/,
    ],
    [404, {}, 'KMS_KEY_NOT_FOUND', /no transit key "release" at https:\/\/v \(mount transit\)/],
    [
      500,
      { errors: ['internal\nerror'] },
      'KMS_REQUEST_FAILED',
      /Vault answered 500 to GET transit\/keys \(internal error\)$/,
    ],
  ])('turns a %d into %s, one line, never the token', async (status, body, code, message) => {
    const err = (await key({ VAULT_ADDR: 'https://v', VAULT_TOKEN: TOKEN }, fakeVault({ status, body }).fetch)
      .publicKey()
      .catch((e: KmsError) => e)) as KmsError;
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
    expect(err.message).not.toContain(TOKEN);
  });

  it('names an unreachable Vault (KMS_UNREACHABLE)', async () => {
    const refused: KmsFetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    };
    const err = (await key({ VAULT_ADDR: 'https://vault.example:8200', VAULT_TOKEN: TOKEN }, refused)
      .publicKey()
      .catch((e: KmsError) => e)) as KmsError;
    expect(err.code).toBe('KMS_UNREACHABLE');
    expect(err.message).toBe(
      'hashivault://release: cannot reach Vault at https://vault.example:8200: connection refused; check the address and that it is up',
    );
  });

  it('refuses a transit key that cannot sign (an aes key has no public key)', async () => {
    const aes: KmsFetch = async () => ({
      status: 200,
      text: async () =>
        JSON.stringify({
          data: {
            type: 'aes256-gcm96',
            latest_version: 1,
            keys: { '1': 1700000000 },
            supports_signing: false,
          },
        }),
    });
    const err = (await key({ VAULT_ADDR: 'https://v', VAULT_TOKEN: TOKEN }, aes)
      .publicKey()
      .catch((e) => e)) as KmsError;
    expect(err.code).toBe('KMS_UNSUPPORTED_KEY');
    expect(err.message).toMatch(/is of type aes256-gcm96, not a signing key/);
  });
});
