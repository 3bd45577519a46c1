// Signet and the real cosign (v3.1.3 from `npm run tools`) read each other's key files and accept each
// other's signatures. Every test runs cosign in its own temporary directory, with HOME and TUF_ROOT there
// and a dead proxy, so cosign can neither use the network nor leave anything behind.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COSIGN_PRIVATE_KEY_PEM_TYPE,
  KEY_FILES,
  decryptPrivateKey,
  generateKeyPair,
  loadSigningKey,
  parseKeyRef,
  publicKeyPem,
  signWithKey,
  verifyWithKey,
  type ScryptN,
} from '../../src/sign/keys/index.ts';
import { toolPath } from '../bed/tools.ts';
import { run, runOk } from '../support/run.ts';

const cosign = toolPath('cosign');
const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/keys/${name}`, import.meta.url), 'utf8');
const PAYLOAD = Buffer.from('{"critical":{"type":"cosign container image signature"},"signet":"keys.itg"}\n');

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'signet-keys-itg-'));
  writeFileSync(join(dir, 'payload'), PAYLOAD);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs cosign in the test's directory, offline, with COSIGN_PASSWORD set (or unset when undefined). */
function cosignRun(args: string[], password: string | undefined, extraEnv: Record<string, string> = {}) {
  return run([cosign, ...args], {
    cwd: dir,
    env: {
      HOME: dir,
      TUF_ROOT: join(dir, 'tuf'),
      COSIGN_PASSWORD: password,
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      NO_PROXY: '',
      no_proxy: '',
      ...extraEnv,
    },
    timeoutMs: 60_000,
  });
}

async function cosignOk(args: string[], password: string | undefined, extraEnv: Record<string, string> = {}) {
  const r = await cosignRun(args, password, extraEnv);
  if (r.code !== 0) throw new Error(`cosign ${args.join(' ')} exited ${r.code}\n${r.stderr}\n${r.stdout}`);
  return r;
}

const file = (name: string): string => join(dir, name);

/** cosign verify-blob of a raw base64 signature with a public key file; resolves to cosign's verdict. */
async function cosignVerifiesSignature(pubFile: string, signature: Buffer): Promise<boolean> {
  writeFileSync(file('payload.sig'), signature.toString('base64'));
  const r = await cosignRun(
    ['verify-blob', '--key', pubFile, '--signature', 'payload.sig', '--insecure-ignore-tlog=true', 'payload'],
    undefined,
  );
  return r.code === 0 && r.stderr.includes('Verified OK');
}

describe('cosign', () => {
  it('is the pinned v3.1.3', async () => {
    const r = await runOk([cosign, 'version', '--json']);
    expect(JSON.parse(r.stdout).gitVersion).toBe('v3.1.3');
  });
});

describe('a key pair cosign generated', () => {
  it.each([
    ['a password', 'correct horse battery staple'],
    ['the empty password', ''],
  ])(
    'with %s: Signet decrypts it, and cosign verify-blob accepts Signet’s signature',
    async (_case, password) => {
      await cosignOk(['generate-key-pair'], password);
      const pem = readFileSync(file('cosign.key'), 'utf8');
      expect(pem.startsWith('-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n')).toBe(true);

      const key = await decryptPrivateKey(pem, password, 'cosign.key');
      expect(publicKeyPem(key)).toBe(readFileSync(file('cosign.pub'), 'utf8'));
      expect(await cosignVerifiesSignature('cosign.pub', signWithKey(key, PAYLOAD))).toBe(true);
      // and the check has teeth: a signature over other bytes is refused
      expect(await cosignVerifiesSignature('cosign.pub', signWithKey(key, Buffer.from('other')))).toBe(false);
    },
  );

  it('is read through an env:// ref like cosign reads it', async () => {
    await cosignOk(['generate-key-pair'], 'pw');
    const pem = readFileSync(file('cosign.key'), 'utf8');
    const signing = await loadSigningKey(parseKeyRef('env://SIGNING_KEY'), {
      env: { SIGNING_KEY: pem, COSIGN_PASSWORD: 'pw' },
      readFile: async () => {
        throw new Error('unexpected readFile');
      },
      fetch: async () => {
        throw new Error('unexpected fetch');
      },
    });
    expect(signing.publicKeyPem).toBe(readFileSync(file('cosign.pub'), 'utf8'));
    const r = await cosignOk(['public-key', '--key', 'env://SIGNING_KEY'], 'pw', { SIGNING_KEY: pem });
    expect(r.stdout).toBe(signing.publicKeyPem);
  });

  // cosign 3.1.3 signs with a P-384 key using SHA-384 (sigstore's default for the key) but verify-blob
  // --key checks with SHA-256, so it refuses its own P-384 signatures, bundle or raw. Signet signs as
  // cosign signs, and so gets the same verdict; the test pins that, and that cosign's own signature
  // fares no better.
  it.each([
    ['legacy-cosign', 'legacy-fixture', true],
    ['cosign-import-rsa', 'signet-fixture-password', true],
    ['cosign-import-ed', 'signet-fixture-password', true],
    ['cosign-import-p384', 'signet-fixture-password', false],
  ])(
    '(fixture %s.key): cosign still reads it, and judges Signet’s signature as its own',
    async (name, password, accepted) => {
      writeFileSync(file('k.key'), fixture(`${name}.key`));
      writeFileSync(file('k.pub'), fixture(`${name}.pub`));
      const r = await cosignOk(['public-key', '--key', 'k.key'], password);
      expect(r.stdout).toBe(fixture(`${name}.pub`));
      const key = await decryptPrivateKey(fixture(`${name}.key`), password, `${name}.key`);
      expect(await cosignVerifiesSignature('k.pub', signWithKey(key, PAYLOAD))).toBe(accepted);
      await cosignOk(
        [
          'sign-blob',
          '--key',
          'k.key',
          '--tlog-upload=false',
          '--use-signing-config=false',
          '--bundle',
          'b.json',
          'payload',
        ],
        password,
      );
      const own = Buffer.from(
        JSON.parse(readFileSync(file('b.json'), 'utf8')).messageSignature.signature,
        'base64',
      );
      expect(verifyWithKey(fixture(`${name}.pub`), PAYLOAD, own)).toBe(true);
      expect(await cosignVerifiesSignature('k.pub', own)).toBe(accepted);
    },
  );
});

describe('a key pair Signet generated', () => {
  async function writeSignetPair(password: string, opts: Parameters<typeof generateKeyPair>[1] = {}) {
    const pair = await generateKeyPair(password, opts);
    writeFileSync(file('signet.key'), pair.privateKeyPem, { mode: KEY_FILES.privateKey.mode });
    writeFileSync(file('signet.pub'), pair.publicKeyPem, { mode: KEY_FILES.publicKey.mode });
    chmodSync(file('signet.key'), KEY_FILES.privateKey.mode);
    return pair;
  }

  it.each([
    ['a password', 'signet password'],
    ['the empty password', ''],
  ])(
    'with %s: cosign derives the same public key, signs with it, and both sides verify',
    async (_case, password) => {
      const pair = await writeSignetPair(password);

      const pub = await cosignOk(['public-key', '--key', 'signet.key'], password);
      expect(pub.stdout).toBe(pair.publicKeyPem);

      // cosign 3 writes a bundle by default; with a key, --tlog-upload=false and --use-signing-config=false it
      // needs no service at all.
      await cosignOk(
        [
          'sign-blob',
          '--key',
          'signet.key',
          '--tlog-upload=false',
          '--use-signing-config=false',
          '--bundle',
          'b.json',
          'payload',
        ],
        password,
      );
      const bundle = JSON.parse(readFileSync(file('b.json'), 'utf8'));
      const signature = Buffer.from(bundle.messageSignature.signature, 'base64');
      expect(verifyWithKey(pair.publicKeyPem, PAYLOAD, signature)).toBe(true);
      const verified = await cosignOk(
        [
          'verify-blob',
          '--key',
          'signet.pub',
          '--bundle',
          'b.json',
          '--insecure-ignore-tlog=true',
          'payload',
        ],
        undefined,
      );
      expect(verified.stderr).toContain('Verified OK');

      // and the older raw-signature output
      await cosignOk(
        [
          'sign-blob',
          '--key',
          'signet.key',
          '--tlog-upload=false',
          '--use-signing-config=false',
          '--new-bundle-format=false',
          '--output-signature',
          'raw.sig',
          'payload',
        ],
        password,
      );
      const raw = Buffer.from(readFileSync(file('raw.sig'), 'utf8'), 'base64');
      expect(verifyWithKey(pair.publicKeyPem, PAYLOAD, raw)).toBe(true);

      // Signet's own signature passes cosign too
      const key = await decryptPrivateKey(pair.privateKeyPem, password, 'signet.key');
      expect(await cosignVerifiesSignature('signet.pub', signWithKey(key, PAYLOAD))).toBe(true);
    },
  );

  it.each<[ScryptN, string]>([
    [32768, 'ENCRYPTED SIGSTORE PRIVATE KEY'],
    [131072, 'ENCRYPTED SIGSTORE PRIVATE KEY'],
    [65536, COSIGN_PRIVATE_KEY_PEM_TYPE],
  ])('with scrypt N=%d under %s: cosign reads it', async (N, pemType) => {
    const pair = await writeSignetPair('pw', { N, pemType: pemType as typeof COSIGN_PRIVATE_KEY_PEM_TYPE });
    const pub = await cosignOk(['public-key', '--key', 'signet.key'], 'pw');
    expect(pub.stdout).toBe(pair.publicKeyPem);
  });

  it('with a wrong COSIGN_PASSWORD: cosign refuses it too', async () => {
    await writeSignetPair('right');
    const r = await cosignRun(['public-key', '--key', 'signet.key'], 'wrong');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/decrypt/);
  });
});
