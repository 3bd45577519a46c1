// Encrypted cosign private keys: Signet reads what the real cosign wrote (test/fixtures/keys, see its
// README), decrypts go-securesystemslib's own test vectors, round-trips what it writes, and refuses every
// malformed or unsupported file with a one-line KeyError that names the key and never the password.
import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  COSIGN_PRIVATE_KEY_PEM_TYPE,
  KeyError,
  SIGSTORE_PRIVATE_KEY_PEM_TYPE,
  decryptPrivateKey,
  encryptPrivateKey,
  publicKeyPem,
  signingAlgorithmOf,
  type KeyErrorCode,
  type ScryptN,
} from '../../../src/sign/keys/index.ts';
import { openEnvelope, parseEnvelope, sealEnvelope } from '../../../src/sign/keys/encrypted.ts';
import { decodePem, encodePem } from '../../../src/sign/pem.ts';
import { rejection as rejectionOf } from '../../support/rejection.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/keys/${name}`, import.meta.url), 'utf8');

const PASSWORD = 'signet-fixture-password';

const rejection = (p: Promise<unknown>) => rejectionOf(KeyError, p);

/** The JSON envelope inside a cosign key fixture, to mutate. */
function envelopeOf(pem: string): Record<string, Record<string, unknown>> {
  return JSON.parse(decodePem(pem, 'fixture').bytes.toString('utf8')) as Record<
    string,
    Record<string, unknown>
  >;
}

function pemOf(json: unknown, label: string = SIGSTORE_PRIVATE_KEY_PEM_TYPE): string {
  return encodePem(label, Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)));
}

describe('decryptPrivateKey', () => {
  describe('with keys the real cosign wrote', () => {
    it.each([
      ['cosign-password', PASSWORD, SIGSTORE_PRIVATE_KEY_PEM_TYPE, 65536, 'PKIX_ECDSA_P256_SHA_256'],
      ['cosign-empty-password', '', SIGSTORE_PRIVATE_KEY_PEM_TYPE, 65536, 'PKIX_ECDSA_P256_SHA_256'],
      ['legacy-cosign', 'legacy-fixture', COSIGN_PRIVATE_KEY_PEM_TYPE, 32768, 'PKIX_ECDSA_P256_SHA_256'],
      ['cosign-import-rsa', PASSWORD, SIGSTORE_PRIVATE_KEY_PEM_TYPE, 65536, 'PKIX_RSA_PKCS1V15_2048_SHA256'],
      ['cosign-import-p384', PASSWORD, SIGSTORE_PRIVATE_KEY_PEM_TYPE, 65536, 'PKIX_ECDSA_P384_SHA_384'],
      ['cosign-import-ed', PASSWORD, SIGSTORE_PRIVATE_KEY_PEM_TYPE, 65536, 'PKIX_ED25519'],
    ])('%s.key decrypts to the key of its .pub', async (name, password, label, N, algorithm) => {
      const pem = fixture(`${name}.key`);
      expect(decodePem(pem, name).type).toBe(label);
      expect(envelopeOf(pem).kdf?.params).toEqual({ N, r: 8, p: 1 });
      const key = await decryptPrivateKey(pem, password, `${name}.key`);
      expect(publicKeyPem(key)).toBe(fixture(`${name}.pub`));
      expect(signingAlgorithmOf(key).name).toBe(algorithm);
    });
  });

  describe("with go-securesystemslib's own test vectors", () => {
    // secure-systems-lab/go-securesystemslib encrypted/encrypted_test.go: passphrase "supersecret",
    // plaintext "reallyimportant", one vector per accepted scrypt N.
    it.each([
      [
        32768,
        '{"kdf":{"name":"scrypt","params":{"N":32768,"r":8,"p":1},"salt":"WO3mVvyTwJ9vwT5/Tk5OW5WPIBUofMjcpEfrLnfY4uA="},"cipher":{"name":"nacl/secretbox","nonce":"tCy7HcTFr4uxv4Nrg/DWmncuZ148U1MX"},"ciphertext":"08n43p5G5yviPEZpO7tPPF4aZQkWiWjkv4taFdhDBA0tamKH4nw="}',
      ],
      [
        65536,
        '{"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"FhzPOt9/bJG4PTq6lQ6ecG6GzaOuOy/ynG5+yRiFlNs="},"cipher":{"name":"nacl/secretbox","nonce":"aw1ng1jHaDz/tQ7V2gR9O2+IGQ8xJEuE"},"ciphertext":"HycvuLZL4sYH0BrYTh4E/H20VtAW6u5zL5Pr+IBjYLYnCPzDkq8="}',
      ],
      [
        131072,
        '{"kdf":{"name":"scrypt","params":{"N":131072,"r":8,"p":1},"salt":"m38E3kouJTtiheLQN22NQ8DTito5hrjpUIskqcd375k="},"cipher":{"name":"nacl/secretbox","nonce":"Y6PM13yA+o44pE/W1ZBwczeGnTV/m9Zc"},"ciphertext":"6H8sqj1K6B6yDjtH5AQ6lbFigg/C2yDDJc4rYJ79w9aVPImFIPI="}',
      ],
    ])('opens the N=%d vector', async (_n, json) => {
      // The vectors were made with encrypted.Marshal, so the plaintext is Go's JSON of a []byte.
      const plain = await openEnvelope(Buffer.from(json), 'supersecret', 'vector');
      expect(Buffer.from(JSON.parse(plain.toString()) as string, 'base64').toString()).toBe(
        'reallyimportant',
      );
    });
  });

  describe('when the password is', () => {
    it('not set, throws KEY_PASSWORD_MISSING telling to set COSIGN_PASSWORD', async () => {
      const err = await rejection(decryptPrivateKey(fixture('cosign-password.key'), undefined, 'cosign.key'));
      expect(err.code).toBe('KEY_PASSWORD_MISSING');
      expect(err.message).toBe(
        "cosign.key is encrypted but COSIGN_PASSWORD is not set: set it to the key's password (an empty value is allowed)",
      );
    });

    it.each([
      ['wrong', 'cosign-password', 'hunter2'],
      ['empty for a key that has one', 'cosign-password', ''],
      ['not empty for a key that has none', 'cosign-empty-password', 'x'],
    ])('%s, throws KEY_WRONG_PASSWORD naming the key, not the password', async (_case, name, password) => {
      const err = await rejection(decryptPrivateKey(fixture(`${name}.key`), password, 'cosign.key'));
      expect(err.code).toBe('KEY_WRONG_PASSWORD');
      expect(err.message).toMatch(
        /^wrong password for cosign\.key: decryption failed \(check COSIGN_PASSWORD/,
      );
      expect(err.message).not.toContain('\n');
      if (password) expect(err.message).not.toContain(password);
    });

    it('given as bytes, works like the same UTF-8 string', async () => {
      const key = await decryptPrivateKey(
        fixture('cosign-password.key'),
        Buffer.from(PASSWORD),
        'cosign.key',
      );
      expect(publicKeyPem(key)).toBe(fixture('cosign-password.pub'));
    });
  });

  describe('when the file is malformed', () => {
    const good = envelopeOf(fixture('cosign-password.key'));
    const ct = Buffer.from(good.ciphertext as unknown as string, 'base64');
    const flipped = Buffer.from(ct);
    flipped[20] = (flipped[20] as number) ^ 0x01;
    const cases: [string, string, KeyErrorCode, RegExp][] = [
      ['empty', '', 'KEY_INVALID_PEM', /^cosign\.key is empty: expected a cosign key file$/],
      ['not PEM', 'hello', 'KEY_INVALID_PEM', /holds no PEM block/],
      [
        'truncated PEM',
        fixture('cosign-password.key').split('\n').slice(0, 4).join('\n'),
        'KEY_INVALID_PEM',
        /has no "-----END ENCRYPTED SIGSTORE PRIVATE KEY-----" line/,
      ],
      [
        'PEM with bad base64',
        '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n@@@@\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n',
        'KEY_INVALID_PEM',
        /is not valid base64/,
      ],
      [
        'an unencrypted PKCS#8 key',
        generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
          type: 'pkcs8',
          format: 'pem',
        }) as string,
        'KEY_INVALID_PEM',
        /unencrypted key.*cosign import-key-pair --key cosign\.key$/,
      ],
      [
        'a public key',
        fixture('cosign-password.pub'),
        'KEY_INVALID_PEM',
        /is a public key.*signing needs the private key/,
      ],
      [
        'another PEM type',
        encodePem('CERTIFICATE', Buffer.from('x')),
        'KEY_INVALID_PEM',
        /unsupported PEM block "CERTIFICATE"/,
      ],
      ['not JSON inside', pemOf('not json'), 'KEY_INVALID_JSON', /^cosign\.key: encrypted key is not JSON/],
      ['a JSON array inside', pemOf([1]), 'KEY_INVALID_JSON', /is not a JSON object/],
      ['no kdf', pemOf({ ...good, kdf: undefined }), 'KEY_INVALID_JSON', /has no "kdf" object/],
      [
        'an unknown kdf',
        pemOf({ ...good, kdf: { ...good.kdf, name: 'pbkdf2' } }),
        'KEY_UNSUPPORTED_KDF',
        /^cosign\.key: unknown kdf "pbkdf2", expected "scrypt": regenerate the key with cosign generate-key-pair$/,
      ],
      [
        'an unknown cipher',
        pemOf({ ...good, cipher: { ...good.cipher, name: 'aes-256-gcm' } }),
        'KEY_UNSUPPORTED_CIPHER',
        /unknown cipher "aes-256-gcm", expected "nacl\/secretbox"/,
      ],
      [
        'scrypt N=16384',
        pemOf({ ...good, kdf: { ...good.kdf, params: { N: 16384, r: 8, p: 1 } } }),
        'KEY_UNSUPPORTED_KDF',
        /scrypt parameters N=16384, r=8, p=1 are not ones cosign writes/,
      ],
      [
        'scrypt r=16',
        pemOf({ ...good, kdf: { ...good.kdf, params: { N: 65536, r: 16, p: 1 } } }),
        'KEY_UNSUPPORTED_KDF',
        /N=65536, r=16, p=1/,
      ],
      [
        'a salt that is not base64',
        pemOf({ ...good, kdf: { ...good.kdf, salt: 'not base64!' } }),
        'KEY_INVALID_JSON',
        /field "kdf\.salt" is not standard base64/,
      ],
      [
        'a 12-byte nonce',
        pemOf({ ...good, cipher: { ...good.cipher, nonce: randomBytes(12).toString('base64') } }),
        'KEY_INVALID_JSON',
        /has a 12-byte cipher\.nonce, expected 24/,
      ],
      [
        'a ciphertext shorter than the tag',
        pemOf({ ...good, ciphertext: randomBytes(8).toString('base64') }),
        'KEY_INVALID_JSON',
        /ciphertext is 8 bytes, shorter than the 16-byte tag/,
      ],
      [
        'a corrupt ciphertext',
        pemOf({ ...good, ciphertext: flipped.toString('base64') }),
        'KEY_WRONG_PASSWORD',
        /^wrong password for cosign\.key: decryption failed \(check COSIGN_PASSWORD; if it is right, the key file is damaged\)$/,
      ],
    ];
    it.each(cases.map(([name, pem, code, message]) => ({ name, pem, code, message })))(
      '($name) throws $code',
      async ({ pem, code, message }) => {
        const err = await rejection(decryptPrivateKey(pem, PASSWORD, 'cosign.key'));
        expect(err.code).toBe(code);
        expect(err.message).toMatch(message);
        expect(err.message).not.toContain('\n');
        expect(err.message).not.toContain(PASSWORD);
      },
    );
  });

  describe('when the decrypted bytes are', () => {
    it('not PKCS#8, throws KEY_INVALID_KEY', async () => {
      const pem = await encryptPrivateKey(Buffer.from('not a key'), 'pw', { N: 32768 });
      const err = await rejection(decryptPrivateKey(pem, 'pw', 'cosign.key'));
      expect(err.code).toBe('KEY_INVALID_KEY');
      expect(err.message).toBe(
        'cosign.key: decrypted bytes are not a PKCS#8 private key: the key file is damaged',
      );
    });

    it.each([
      [
        'ECDSA P-224',
        () => generateKeyPairSync('ec', { namedCurve: 'P-224' }).privateKey,
        /^cosign\.key: ECDSA secp224r1 keys are not ones cosign signs with/,
      ],
      [
        'RSA 1024',
        () => generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey,
        /RSA 1024-bit keys are not/,
      ],
      ['X25519', () => generateKeyPairSync('x25519').privateKey, /x25519 keys are not/],
    ])('a %s key, throws KEY_UNSUPPORTED_ALGORITHM', async (_case, make, message) => {
      const der = make().export({ type: 'pkcs8', format: 'der' });
      const pem = await encryptPrivateKey(der, 'pw', { N: 32768 });
      const err = await rejection(decryptPrivateKey(pem, 'pw', 'cosign.key'));
      expect(err.code).toBe('KEY_UNSUPPORTED_ALGORITHM');
      expect(err.message).toMatch(message);
      expect(err.message).toMatch(/use ECDSA P-256 \(cosign generate-key-pair\)/);
    });
  });
});

describe('encryptPrivateKey', () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });

  it.each<[ScryptN, typeof SIGSTORE_PRIVATE_KEY_PEM_TYPE | typeof COSIGN_PRIVATE_KEY_PEM_TYPE, string]>([
    [32768, COSIGN_PRIVATE_KEY_PEM_TYPE, 'a password'],
    [65536, SIGSTORE_PRIVATE_KEY_PEM_TYPE, 'a password'],
    [131072, SIGSTORE_PRIVATE_KEY_PEM_TYPE, 'a password'],
    [65536, SIGSTORE_PRIVATE_KEY_PEM_TYPE, ''],
  ])(
    'round-trips with scrypt N=%d under %s and password %j',
    async (N, pemType, password) => {
      const pem = await encryptPrivateKey(der, password, { N, pemType });
      expect(decodePem(pem, 'k').type).toBe(pemType);
      expect(envelopeOf(pem).kdf?.params).toEqual({ N, r: 8, p: 1 });
      const key = await decryptPrivateKey(pem, password, 'k');
      expect(key.export({ type: 'pkcs8', format: 'der' })).toEqual(der);
      // scrypt at N=131072 is seconds of CPU on a loaded 2-core machine: jest's 5 s default is too short.
    },
    60_000,
  );

  it('writes what cosign writes: same label, PEM lines, JSON shape and field order, N=65536', async () => {
    const shape = (pem: string): string =>
      decodePem(pem, 'k')
        .bytes.toString()
        .replace(/"(salt|nonce|ciphertext)":"[A-Za-z0-9+/=]+"/g, '"$1":"…"');
    const ours = await encryptPrivateKey(der, PASSWORD);
    const cosign = fixture('cosign-password.key');
    expect(shape(ours)).toBe(shape(cosign));
    expect(shape(ours)).toBe(
      '{"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"…"},"cipher":{"name":"nacl/secretbox","nonce":"…"},"ciphertext":"…"}',
    );
    expect(ours.split('\n')[0]).toBe(cosign.split('\n')[0]);
    for (const line of ours.trimEnd().split('\n').slice(1, -1)) expect(line.length).toBeLessThanOrEqual(64);
    expect(
      ours
        .split('\n')
        .slice(1, -3)
        .every((l) => l.length === 64),
    ).toBe(true);
    expect(ours.endsWith('-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n')).toBe(true);
    const env = parseEnvelope(decodePem(ours, 'k').bytes, 'k');
    expect(env.kdf.salt).toHaveLength(32);
    expect(env.cipher.nonce).toHaveLength(24);
    expect(env.ciphertext).toHaveLength(der.length + 16);
  });

  it('draws salt and nonce from the given randomness, fresh for every key', async () => {
    const seen: number[] = [];
    const random = (n: number): Buffer => {
      seen.push(n);
      return Buffer.alloc(n, seen.length);
    };
    const sealed = JSON.parse(
      (await sealEnvelope(Buffer.from('x'), 'pw', { N: 32768, randomBytes: random })).toString(),
    );
    expect(seen).toEqual([32, 24]);
    expect(sealed.kdf.salt).toBe(Buffer.alloc(32, 1).toString('base64'));
    expect(sealed.cipher.nonce).toBe(Buffer.alloc(24, 2).toString('base64'));
    const a = envelopeOf(await encryptPrivateKey(der, 'pw', { N: 32768 }));
    const b = envelopeOf(await encryptPrivateKey(der, 'pw', { N: 32768 }));
    expect(a.kdf?.salt).not.toBe(b.kdf?.salt);
    expect(a.cipher?.nonce).not.toBe(b.cipher?.nonce);
  });

  it('refuses a scrypt N cosign does not read', async () => {
    const err = await rejection(encryptPrivateKey(der, 'pw', { N: 1024 as ScryptN }));
    expect(err.code).toBe('KEY_UNSUPPORTED_KDF');
  });

  it('keeps the key usable by node:crypto after encryption (no shared buffers zeroed)', async () => {
    const copy = Buffer.from(der);
    await encryptPrivateKey(copy, 'pw', { N: 32768 });
    expect(() => createPrivateKey({ key: copy, format: 'der', type: 'pkcs8' })).not.toThrow();
  });
});
