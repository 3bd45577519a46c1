// The password envelope inside a cosign private key: go-securesystemslib's `encrypted` package, which
// cosign calls for every key it writes (sigstore/cosign pkg/cosign/keys.go; secure-systems-lab/
// go-securesystemslib encrypted/encrypted.go). The envelope is the compact JSON Go's json.Marshal makes
// of
//   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<std b64>"},
//    "cipher":{"name":"nacl/secretbox","nonce":"<std b64>"},"ciphertext":"<std b64>"}
// with fields in that order, standard padded base64 for the byte fields (Go's []byte encoding), a
// 32-byte random salt, a 24-byte random nonce, the 32-byte key from scrypt(password, salt, N, r, p),
// and ciphertext = nacl secretbox Seal = Poly1305 tag (16 bytes) followed by XSalsa20 ciphertext.
//
// scrypt comes from node:crypto. nacl/secretbox (XSalsa20-Poly1305) is not in node:crypto, and we do not
// write our own cipher: it comes from @noble/ciphers, an audited (Cure53), dependency-free, maintained
// TypeScript implementation whose `xsalsa20poly1305` is byte-compatible with NaCl/libsodium secretbox.
// tweetnacl would do too but has been unmaintained since 2020 and ships CommonJS only.
import { randomBytes as nodeRandomBytes, scrypt as nodeScrypt, type ScryptOptions } from 'node:crypto';
import { xsalsa20poly1305 } from '@noble/ciphers/salsa.js';
import {
  CIPHER_NACL_SECRETBOX,
  KDF_SCRYPT,
  SCRYPT_ACCEPTED_N,
  SCRYPT_DEFAULT,
  SCRYPT_SALT_BYTES,
  SECRETBOX_KEY_BYTES,
  SECRETBOX_NONCE_BYTES,
  SECRETBOX_TAG_BYTES,
  PASSWORD_ENV,
  type ScryptN,
} from './constants.ts';
import { KeyError } from './errors.ts';

/** A key password: cosign passes the bytes of COSIGN_PASSWORD as they are; a string is taken as UTF-8. */
export type Password = string | Uint8Array;

/** How to seal an envelope; tests pin the randomness and pick the scrypt cost. */
export interface SealOptions {
  /** scrypt cost; default 65536 as cosign writes today. */
  N?: ScryptN;
  /** Source of salt and nonce bytes; default node:crypto randomBytes. */
  randomBytes?: (size: number) => Uint8Array;
}

/** The decoded envelope, before the password is applied. */
export interface Envelope {
  kdf: { name: typeof KDF_SCRYPT; params: { N: ScryptN; r: 8; p: 1 }; salt: Buffer };
  cipher: { name: typeof CIPHER_NACL_SECRETBOX; nonce: Buffer };
  ciphertext: Buffer;
}

/** Encrypts `plaintext` under `password` into the envelope's JSON bytes, as go-securesystemslib Encrypt. */
export async function sealEnvelope(
  plaintext: Uint8Array,
  password: Password,
  opts: SealOptions = {},
): Promise<Buffer> {
  const random = opts.randomBytes ?? nodeRandomBytes;
  const params = { N: opts.N ?? SCRYPT_DEFAULT.N, r: SCRYPT_DEFAULT.r, p: SCRYPT_DEFAULT.p };
  if (!SCRYPT_ACCEPTED_N.includes(params.N)) {
    throw new KeyError(
      'KEY_UNSUPPORTED_KDF',
      `scrypt N=${params.N} is not one cosign reads: use 32768, 65536 or 131072`,
    );
  }
  const salt = Buffer.from(random(SCRYPT_SALT_BYTES));
  const nonce = Buffer.from(random(SECRETBOX_NONCE_BYTES));
  const key = await deriveKey(password, salt, params.N);
  const ciphertext = Buffer.from(xsalsa20poly1305(key, nonce).encrypt(plaintext));
  key.fill(0);
  // Key order matters to byte-identical output: it is the Go struct field order.
  const json = {
    kdf: {
      name: KDF_SCRYPT,
      params: { N: params.N, r: params.r, p: params.p },
      salt: salt.toString('base64'),
    },
    cipher: { name: CIPHER_NACL_SECRETBOX, nonce: nonce.toString('base64') },
    ciphertext: ciphertext.toString('base64'),
  };
  return Buffer.from(JSON.stringify(json), 'utf8');
}

/**
 * Decrypts the envelope JSON `data` with `password`, as go-securesystemslib Decrypt: checks the KDF and
 * cipher names, accepts only the three scrypt parameter sets it writes, then opens the secretbox.
 * `source` names the key (as the user typed its ref) in error messages.
 */
export async function openEnvelope(data: Uint8Array, password: Password, source: string): Promise<Buffer> {
  const env = parseEnvelope(data, source);
  const key = await deriveKey(password, env.kdf.salt, env.kdf.params.N);
  try {
    return Buffer.from(xsalsa20poly1305(key, env.cipher.nonce).decrypt(env.ciphertext));
  } catch (cause) {
    // Poly1305 cannot tell a wrong password from damaged bytes; the password is by far the likelier.
    throw new KeyError(
      'KEY_WRONG_PASSWORD',
      `wrong password for ${source}: decryption failed (check ${PASSWORD_ENV}; if it is right, the key file is damaged)`,
      { cause },
    );
  } finally {
    key.fill(0);
  }
}

/** Parses and checks the envelope JSON without decrypting it. */
export function parseEnvelope(data: Uint8Array, source: string): Envelope {
  const bad = (what: string): KeyError =>
    new KeyError(
      'KEY_INVALID_JSON',
      `${source}: encrypted key ${what}: the key file is damaged or not a cosign key`,
    );
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(data).toString('utf8'));
  } catch (cause) {
    throw new KeyError(
      'KEY_INVALID_JSON',
      `${source}: encrypted key is not JSON: the key file is damaged or not a cosign key`,
      {
        cause,
      },
    );
  }
  if (!isObject(json)) throw bad('is not a JSON object');
  const { kdf, cipher, ciphertext } = json;
  if (!isObject(kdf)) throw bad('has no "kdf" object');
  if (!isObject(cipher)) throw bad('has no "cipher" object');
  if (kdf.name !== KDF_SCRYPT) {
    throw new KeyError(
      'KEY_UNSUPPORTED_KDF',
      `${source}: unknown kdf ${JSON.stringify(kdf.name)}, expected "${KDF_SCRYPT}": regenerate the key with cosign generate-key-pair`,
    );
  }
  if (cipher.name !== CIPHER_NACL_SECRETBOX) {
    throw new KeyError(
      'KEY_UNSUPPORTED_CIPHER',
      `${source}: unknown cipher ${JSON.stringify(cipher.name)}, expected "${CIPHER_NACL_SECRETBOX}": regenerate the key with cosign generate-key-pair`,
    );
  }
  const params = kdf.params;
  if (!isObject(params)) throw bad('has no "kdf.params" object');
  const { N, r, p } = params;
  if (!SCRYPT_ACCEPTED_N.includes(N as ScryptN) || r !== 8 || p !== 1) {
    throw new KeyError(
      'KEY_UNSUPPORTED_KDF',
      `${source}: scrypt parameters N=${String(N)}, r=${String(r)}, p=${String(p)} are not ones cosign writes ` +
        `(N 32768, 65536 or 131072 with r=8, p=1): regenerate the key with cosign generate-key-pair`,
    );
  }
  const salt = decodeBase64Field(kdf.salt, 'kdf.salt', bad);
  const nonce = decodeBase64Field(cipher.nonce, 'cipher.nonce', bad);
  if (nonce.length !== SECRETBOX_NONCE_BYTES) {
    throw bad(`has a ${nonce.length}-byte cipher.nonce, expected ${SECRETBOX_NONCE_BYTES}`);
  }
  const box = decodeBase64Field(ciphertext, 'ciphertext', bad);
  if (box.length < SECRETBOX_TAG_BYTES) {
    throw bad(`ciphertext is ${box.length} bytes, shorter than the ${SECRETBOX_TAG_BYTES}-byte tag`);
  }
  return {
    kdf: { name: KDF_SCRYPT, params: { N: N as ScryptN, r: 8, p: 1 }, salt },
    cipher: { name: CIPHER_NACL_SECRETBOX, nonce },
    ciphertext: box,
  };
}

/** scrypt(password, salt, N, r=8, p=1) → 32-byte secretbox key, off the main thread (node's libuv pool). */
function deriveKey(password: Password, salt: Uint8Array, N: ScryptN): Promise<Buffer> {
  const pw = typeof password === 'string' ? Buffer.from(password, 'utf8') : password;
  // node:crypto refuses to use more than 32 MiB by default; scrypt needs about 128·N·r bytes
  // (64 MiB at N=65536, 128 MiB at N=131072), so raise the cap to twice that.
  const options: ScryptOptions = {
    N,
    r: SCRYPT_DEFAULT.r,
    p: SCRYPT_DEFAULT.p,
    maxmem: 256 * N * SCRYPT_DEFAULT.r,
  };
  return new Promise((resolve, reject) => {
    nodeScrypt(pw, salt, SECRETBOX_KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes a Go []byte JSON field: standard, padded base64 (Go ignores CR and LF inside it). */
function decodeBase64Field(value: unknown, field: string, bad: (what: string) => KeyError): Buffer {
  if (typeof value !== 'string') throw bad(`has no "${field}" string`);
  const text = value.replace(/[\r\n]/g, '');
  if (!STD_BASE64.test(text)) throw bad(`field "${field}" is not standard base64`);
  return Buffer.from(text, 'base64');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
