// pkcs11: keys against a real PKCS#11 token: SoftHSM2 2.6.1 from Debian (unpacked by .ci/install-tools.sh),
// a fresh token per run in the bed's folder, through the pkcs11js binding (an optional native dependency).
// Signet creates the key on the token (generate-key-pair --kms), signs images (both storage formats),
// attestations and blobs with the URI, and the real cosign (v3.1.3) verifies with the public key Signet
// exported. cosign itself cannot use the token here: its PKCS#11 support needs CGO and the `pkcs11key`
// build tag, and the pinned cosign is built with CGO_ENABLED=0 (it answers "unimplemented").
// The bad-input rows (wrong PIN, no PIN, unknown token or key, no module) run against the same token.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { TOOLS_BIN, toolPath } from '../bed/tools.ts';
import { signetFromSource } from '../support/cli.ts';
import { run, type RunResult } from '../support/run.ts';
import { pushBedImage } from '../support/push-image.ts';

const MODULE = join(TOOLS_BIN, '..', 'share', 'softhsm2', 'libsofthsm2.so');
const PIN = '246810';

let bed: Bed;
let reg: BedRegistry;
let dir: string;
let env: Record<string, string>;
let slot: string;
const uri = (object = 'release', pin = PIN) =>
  `pkcs11:token=signet;object=${object}?module-path=${MODULE}&pin-value=${pin}`;

beforeAll(async () => {
  bed = await startBed({ registries: ['basic'] });
  reg = bed.registries.basic!;
  dir = join(bed.dir, 'pkcs11');
  mkdirSync(join(dir, 'tokens'), { recursive: true });
  writeFileSync(
    join(dir, 'softhsm2.conf'),
    `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  env = {
    HOME: dir,
    TUF_ROOT: join(dir, 'tuf'),
    DOCKER_CONFIG: reg.dockerConfigDir,
    NO_PROXY: '127.0.0.1,localhost',
    SOFTHSM2_CONF: join(dir, 'softhsm2.conf'),
  };
  const init = await run(
    [
      toolPath('softhsm2-util'),
      '--module',
      MODULE,
      '--init-token',
      '--free',
      '--label',
      'signet',
      '--pin',
      PIN,
      '--so-pin',
      '13579',
    ],
    { env, cwd: dir },
  );
  if (init.code !== 0) throw new Error(`softhsm2-util --init-token: ${init.stderr}${init.stdout}`);
  slot = /reassigned to slot (\d+)/.exec(init.stdout)?.[1] ?? '';
  if (!slot) throw new Error(`softhsm2-util printed no slot: ${init.stdout}`);
  writeFileSync(join(dir, 'blob.txt'), 'a release\n');
  const made = await signet(['generate-key-pair', '--kms', uri()]);
  if (made.code !== 0) throw new Error(`generate-key-pair --kms: ${made.stderr}`);
}, 120_000);
afterAll(async () => {
  await bed?.stop();
});

const cosign = (args: string[]): Promise<RunResult> =>
  run([toolPath('cosign'), ...args], { env, cwd: dir, timeoutMs: 120_000 });
const signet = (args: string[], extra: Record<string, string> = {}): Promise<RunResult> =>
  signetFromSource(args, {
    env: { PATH: process.env.PATH!, ...env, ...extra },
    cwd: dir,
    timeoutMs: 120_000,
  });
let refused = 0;
const ok = (r: RunResult) => ({ code: r.code, err: r.code === 0 ? '' : `${r.stderr}${r.stdout}` });

const pushImage = (repo: string) => pushBedImage(reg, repo, 'pkcs11');

describe('pkcs11: keys on SoftHSM2', () => {
  it('generate-key-pair --kms made a P-256 key on the token; public-key prints the same cosign.pub', async () => {
    const pub = readFileSync(join(dir, 'cosign.pub'), 'utf8');
    expect(pub).toMatch(/^-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE/); // P-256 SPKI
    const printed = await signet(['public-key', '--key', uri()]);
    expect(ok(printed)).toEqual({ code: 0, err: '' });
    expect(printed.stdout).toBe(pub);
    // The same key by slot-id and the environment variables cosign reads.
    const byEnv = await signet(['public-key', '--key', `pkcs11:slot-id=${slot};object=release`], {
      COSIGN_PKCS11_MODULE_PATH: MODULE,
      COSIGN_PKCS11_PIN: PIN,
    });
    expect(ok(byEnv)).toEqual({ code: 0, err: '' });
    expect(byEnv.stdout).toBe(pub);
    // A second create with the same label is refused: Signet never replaces a key.
    const again = await signet(['generate-key-pair', '--kms', uri()]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a key with this label.*\[KMS_REQUEST_FAILED\]$/m);
  }, 120_000);

  it('Signet signs an image in both formats with the URI; cosign verify --key cosign.pub accepts each', async () => {
    const image = await pushImage('pkcs11/sign');
    const signed = await signet(['sign', '--key', uri(), '--tlog-upload=false', image]);
    expect(ok(signed)).toEqual({ code: 0, err: '' });
    expect(signed.stderr).toMatch(/\[legacy\]/);
    expect(signed.stderr).toMatch(/\[bundle\]/);
    for (const legacy of [[], ['--new-bundle-format=false']]) {
      const v = await cosign([
        'verify',
        ...legacy,
        '--key',
        'cosign.pub',
        '--insecure-ignore-tlog=true',
        '--allow-http-registry',
        image,
      ]);
      expect(ok(v)).toEqual({ code: 0, err: '' });
    }
    const ours = await signet([
      'verify',
      '--key',
      uri(),
      '--insecure-ignore-tlog',
      '--output',
      'json',
      image,
    ]);
    expect(ok(ours)).toEqual({ code: 0, err: '' });
    expect((JSON.parse(ours.stdout) as { verified: boolean }).verified).toBe(true);
  }, 240_000);

  it('attest with the URI; cosign verify-attestation --key cosign.pub accepts both formats', async () => {
    const image = await pushImage('pkcs11/attest');
    writeFileSync(
      join(dir, 'bom.json'),
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components: [] }),
    );
    const attested = await signet([
      'attest',
      '--key',
      uri(),
      '--tlog-upload=false',
      '--type',
      'cyclonedx',
      '--predicate',
      'bom.json',
      image,
    ]);
    expect(ok(attested)).toEqual({ code: 0, err: '' });
    for (const legacy of [[], ['--new-bundle-format=false']]) {
      const v = await cosign([
        'verify-attestation',
        ...legacy,
        '--key',
        'cosign.pub',
        '--type',
        'cyclonedx',
        '--insecure-ignore-tlog=true',
        '--allow-http-registry',
        image,
      ]);
      expect(ok(v)).toEqual({ code: 0, err: '' });
    }
  }, 240_000);

  it('sign-blob with the URI; cosign verify-blob and Signet verify-blob accept it, and refuse another file', async () => {
    writeFileSync(join(dir, 'other.txt'), 'another release\n');
    const signed = await signet([
      'sign-blob',
      '--key',
      uri(),
      '--tlog-upload=false',
      '--bundle',
      'blob.sigstore.json',
      'blob.txt',
    ]);
    expect(ok(signed)).toEqual({ code: 0, err: '' });
    const v = await cosign([
      'verify-blob',
      '--key',
      'cosign.pub',
      '--insecure-ignore-tlog=true',
      '--bundle',
      'blob.sigstore.json',
      'blob.txt',
    ]);
    expect(ok(v)).toEqual({ code: 0, err: '' });
    const ours = await signet([
      'verify-blob',
      '--key',
      uri(),
      '--insecure-ignore-tlog',
      '--bundle',
      'blob.sigstore.json',
      'blob.txt',
    ]);
    expect(ok(ours)).toEqual({ code: 0, err: '' });
    const wrong = await signet([
      'verify-blob',
      '--key',
      uri(),
      '--insecure-ignore-tlog',
      '--bundle',
      'blob.sigstore.json',
      'other.txt',
    ]);
    expect(wrong.code).toBe(1);
  }, 120_000);

  it.each([
    ['a wrong PIN', () => uri('release', '999999'), {}, /the token refused the PIN.*\[KMS_DENIED\]$/],
    [
      'no PIN',
      () => `pkcs11:token=signet;object=release?module-path=${MODULE}`,
      {},
      /the token needs its user PIN: add pin-value=… .*or set COSIGN_PKCS11_PIN \[KMS_CONFIG\]$/,
    ],
    [
      'a key the token lacks',
      () => uri('missing'),
      {},
      /the token holds no public key.*\[KMS_KEY_NOT_FOUND\]$/,
    ],
    [
      'a token the module lacks',
      () => `pkcs11:token=nope;object=release?module-path=${MODULE}&pin-value=${PIN}`,
      {},
      /no token labelled "nope" in .*\[KMS_KEY_NOT_FOUND\]$/,
    ],
    [
      'a module that does not exist',
      () => `pkcs11:token=signet;object=release?module-path=/nonexistent/pkcs11.so&pin-value=${PIN}`,
      {},
      /cannot load the PKCS#11 module \/nonexistent\/pkcs11\.so.*\[KMS_CONFIG\]$/,
    ],
  ])(
    'sign-blob with %s fails in one line, writes nothing, never prints the PIN',
    async (_, key, extra, error) => {
      const out = `refused-${refused++}.sigstore.json`;
      const r = await signet(
        ['sign-blob', '--key', key(), '--tlog-upload=false', '--bundle', out, 'blob.txt'],
        extra,
      );
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(error);
      expect(r.stderr + r.stdout).not.toContain(PIN);
      expect(r.stderr + r.stdout).not.toContain('999999');
      expect(() => readFileSync(join(dir, out))).toThrow();
    },
    60_000,
  );
});
