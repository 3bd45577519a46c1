// Signatures as cosign makes them: Signet verifies what the real cosign signed (test/fixtures/keys/
// *.payload.sig) and signs in the same algorithm for every key type cosign writes; generated key pairs
// are cosign-shaped.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  KEY_FILES,
  KeyError,
  SIGSTORE_PRIVATE_KEY_PEM_TYPE,
  decryptPrivateKey,
  generateKeyPair,
  parsePublicKey,
  publicKeyPem,
  signWithKey,
  signingAlgorithmOf,
  verifyWithKey,
} from '../../../src/sign/keys/index.ts';
import { encodePem } from '../../../src/sign/pem.ts';
import { syncRejection as syncRejectionOf } from '../../support/rejection.ts';

const fixtureBytes = (name: string): Buffer =>
  readFileSync(new URL(`../../fixtures/keys/${name}`, import.meta.url));
const fixture = (name: string): string => fixtureBytes(name).toString('utf8');
const PAYLOAD = fixtureBytes('payload.txt');

const syncRejection = (f: () => unknown) => syncRejectionOf(KeyError, f);

const KEYS = [
  ['cosign-password', 'signet-fixture-password', 'PKIX_ECDSA_P256_SHA_256'],
  ['cosign-empty-password', '', 'PKIX_ECDSA_P256_SHA_256'],
  ['cosign-import-p384', 'signet-fixture-password', 'PKIX_ECDSA_P384_SHA_384'],
  ['cosign-import-rsa', 'signet-fixture-password', 'PKIX_RSA_PKCS1V15_2048_SHA256'],
  ['cosign-import-ed', 'signet-fixture-password', 'PKIX_ED25519'],
] as const;

describe('verifyWithKey', () => {
  it.each(KEYS)("accepts cosign's own signature made with %s.key", (name, _pw, algorithm) => {
    const pub = fixture(`${name}.pub`);
    const sig = Buffer.from(fixture(`${name}.payload.sig`), 'base64');
    expect(signingAlgorithmOf(parsePublicKey(pub)).name).toBe(algorithm);
    expect(verifyWithKey(pub, PAYLOAD, sig)).toBe(true);
    expect(verifyWithKey(pub, Buffer.concat([PAYLOAD, Buffer.from('!')]), sig)).toBe(false);
  });

  it('rejects a signature by another key, and garbage, without throwing', () => {
    const sig = Buffer.from(fixture('cosign-password.payload.sig'), 'base64');
    expect(verifyWithKey(fixture('cosign-empty-password.pub'), PAYLOAD, sig)).toBe(false);
    expect(verifyWithKey(fixture('cosign-password.pub'), PAYLOAD, Buffer.from('not a signature'))).toBe(
      false,
    );
    expect(verifyWithKey(fixture('cosign-password.pub'), PAYLOAD, Buffer.alloc(0))).toBe(false);
  });

  it.each([
    [
      'a private key',
      () => fixture('cosign-password.key'),
      'KEY_INVALID_PEM',
      /it is a private key: give the public key/,
    ],
    [
      'a certificate',
      () => encodePem('CERTIFICATE', Buffer.from('x')),
      'KEY_INVALID_PEM',
      /PEM block "CERTIFICATE", expected "PUBLIC KEY"/,
    ],
    [
      'garbage DER',
      () => encodePem('PUBLIC KEY', Buffer.from('nope')),
      'KEY_INVALID_KEY',
      /does not hold a valid PKIX public key/,
    ],
    ['no PEM', () => 'ssh-ed25519 AAAA…', 'KEY_INVALID_PEM', /holds no PEM block/],
  ])('throws for %s given as the public key', (_case, pem, code, message) => {
    const err = syncRejection(() => verifyWithKey(pem(), PAYLOAD, Buffer.alloc(64)));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });
});

describe('signWithKey', () => {
  it.each(KEYS)('signs with %s.key so that its .pub verifies', async (name, password) => {
    const key = await decryptPrivateKey(fixture(`${name}.key`), password, `${name}.key`);
    const sig = signWithKey(key, PAYLOAD);
    expect(verifyWithKey(fixture(`${name}.pub`), PAYLOAD, sig)).toBe(true);
  });

  it('makes an ASN.1 DER ECDSA signature for a P-256 key, as cosign does', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const sig = signWithKey(privateKey, PAYLOAD);
    expect(sig[0]).toBe(0x30); // SEQUENCE
    expect(sig[1]).toBe(sig.length - 2);
    expect(sig.length).toBeGreaterThanOrEqual(8);
    expect(sig.length).toBeLessThanOrEqual(72);
    expect(verifyWithKey(publicKey, PAYLOAD, sig)).toBe(true);
  });

  it('makes a pure Ed25519 signature, as cosign 3.1.3 sign-blob does', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const sig = signWithKey(privateKey, PAYLOAD);
    expect(sig).toHaveLength(64);
    expect(verifyWithKey(publicKey, PAYLOAD, sig)).toBe(true);
  });

  it('refuses a key cosign does not sign with', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const err = syncRejection(() => signWithKey(privateKey, PAYLOAD));
    expect(err.code).toBe('KEY_UNSUPPORTED_ALGORITHM');
  });
});

describe('generateKeyPair', () => {
  it('makes an encrypted ECDSA P-256 key and its cosign.pub text', async () => {
    const pair = await generateKeyPair('pw');
    expect(pair.privateKeyPem.startsWith(`-----BEGIN ${SIGSTORE_PRIVATE_KEY_PEM_TYPE}-----\n`)).toBe(true);
    expect(pair.publicKeyPem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/]{64}\n[A-Za-z0-9+/=]{60}\n-----END PUBLIC KEY-----\n$/,
    );
    const key = await decryptPrivateKey(pair.privateKeyPem, 'pw');
    expect(signingAlgorithmOf(key).name).toBe('PKIX_ECDSA_P256_SHA_256');
    expect(publicKeyPem(key)).toBe(pair.publicKeyPem);
    expect(publicKeyPem(createPublicKey(key))).toBe(pair.publicKeyPem);
  });

  it('accepts the empty password', async () => {
    const pair = await generateKeyPair('');
    await expect(decryptPrivateKey(pair.privateKeyPem, '')).resolves.toBeDefined();
  });

  it('tells the CLI the file names and modes cosign uses', () => {
    expect(KEY_FILES).toEqual({
      privateKey: { name: 'cosign.key', mode: 0o600 },
      publicKey: { name: 'cosign.pub', mode: 0o644 },
    });
  });
});
