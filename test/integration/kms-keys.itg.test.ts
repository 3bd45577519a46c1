// Signet and the real cosign (v3.1.3) sign and verify with the same KMS key URIs, both ways, in both
// storage formats, against:
// - awskms://: moto's KMS server (a STAND-IN for AWS KMS that holds real keys), behind the
//   fault-correcting wrapper test/support/moto-kms-digest.py (moto ignores MessageType=DIGEST), over TLS
//   with a test CA, as cosign reaches awskms://ENDPOINT/… only over https;
// - hashivault://: a loopback STAND-IN of the Vault transit API (test/support/vault-transit-stand-in.ts),
//   because neither Vault nor OpenBao builds here from the Go module proxy (the exact refusals are in
//   that file's header and in .ci/install-tools.sh). cosign's own Vault client talks to it too.
// Signet runs as the CLI from src/ with exactly the environment given; cosign runs offline (fresh HOME
// and TUF_ROOT). The key's failures (missing, disabled, wrong type) are checked against the same servers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { signetFromSource } from '../support/cli.ts';
import { makeTestTls, startMotoKms, type MotoKms, type TestTls } from '../support/kms-servers.ts';
import { run, type RunResult } from '../support/run.ts';
import { startVaultTransitStandIn, type VaultTransitStandIn } from '../support/vault-transit-stand-in.ts';
import { pushBedImage } from '../support/push-image.ts';

let bed: Bed;
let reg: BedRegistry;
let tls: TestTls;

beforeAll(async () => {
  bed = await startBed({ registries: ['basic'] });
  reg = bed.registries.basic!;
  tls = await makeTestTls(join(bed.dir, 'kms-tls'));
}, 120_000);
afterAll(async () => {
  await bed?.stop();
});

/** Pushes one small image with Signet's registry client; returns it by digest. */
const pushImage = (repo: string) => pushBedImage(reg, repo, 'kms');

/** The environment both tools get: registry auth, offline cosign, plus the KMS's own variables. */
function baseEnv(dir: string, extra: Record<string, string>): Record<string, string> {
  return {
    HOME: dir,
    TUF_ROOT: join(dir, 'tuf'),
    DOCKER_CONFIG: reg.dockerConfigDir,
    NO_PROXY: '127.0.0.1,localhost',
    ...extra,
  };
}

const cosign = (args: string[], env: Record<string, string>, cwd: string): Promise<RunResult> =>
  run([toolPath('cosign'), ...args], { env, cwd, timeoutMs: 120_000 });
const signet = (args: string[], env: Record<string, string>, cwd: string): Promise<RunResult> =>
  signetFromSource(args, { env: { PATH: process.env.PATH!, ...env }, cwd, timeoutMs: 120_000 });

const ok = (r: RunResult) => ({ code: r.code, err: r.code === 0 ? '' : `${r.stderr}${r.stdout}` });
const COSIGN_KEY_VERIFIED = 'The signatures were verified against the specified public key';

/** The interop checks every KMS provider that cosign also reaches here must pass. */
function interop(name: string, setup: () => { uri: string; env: Record<string, string>; dir: string }) {
  describe(`${name}: Signet and cosign`, () => {
    it('generate-key-pair --kms creates the key and writes the same cosign.pub cosign prints', async () => {
      const { uri, env, dir } = setup();
      const made = await signet(['generate-key-pair', '--kms', uri], env, dir);
      expect(ok(made)).toEqual({ code: 0, err: '' });
      const ours = readFileSync(join(dir, 'cosign.pub'), 'utf8');
      expect(ours).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
      const theirs = await cosign(['public-key', '--key', uri], env, dir);
      expect(ok(theirs)).toEqual({ code: 0, err: '' });
      expect(theirs.stdout).toBe(ours);
      const printed = await signet(['public-key', '--key', uri], env, dir);
      expect(printed.stdout).toBe(ours);
    }, 120_000);

    it('Signet signs in both formats; cosign verify --key with the same URI accepts each', async () => {
      const { uri, env, dir } = setup();
      const image = await pushImage(`kms/${name}-signet`);
      const signed = await signet(['sign', '--key', uri, '--tlog-upload=false', image], env, dir);
      expect(ok(signed)).toEqual({ code: 0, err: '' });
      expect(signed.stderr).toMatch(/\[legacy\]/);
      expect(signed.stderr).toMatch(/\[bundle\]/);
      for (const legacy of [[], ['--new-bundle-format=false']]) {
        const v = await cosign(
          ['verify', ...legacy, '--key', uri, '--insecure-ignore-tlog=true', '--allow-http-registry', image],
          env,
          dir,
        );
        expect(ok(v)).toEqual({ code: 0, err: '' });
        expect(v.stderr + v.stdout).toContain(COSIGN_KEY_VERIFIED);
      }
      // And with the public key file: the signature is an ordinary cosign key signature.
      const byFile = await cosign(
        ['verify', '--key', 'cosign.pub', '--insecure-ignore-tlog=true', '--allow-http-registry', image],
        env,
        dir,
      );
      expect(ok(byFile)).toEqual({ code: 0, err: '' });
    }, 240_000);

    it('cosign signs in both formats; Signet verify --key with the same URI accepts each', async () => {
      const { uri, env, dir } = setup();
      for (const format of ['bundle', 'legacy'] as const) {
        const image = await pushImage(`kms/${name}-cosign-${format}`);
        const signed = await cosign(
          [
            'sign',
            '--key',
            uri,
            '--use-signing-config=false',
            '--tlog-upload=false',
            '--allow-http-registry',
            ...(format === 'legacy' ? ['--new-bundle-format=false'] : []),
            '--yes',
            image,
          ],
          env,
          dir,
        );
        expect(ok(signed)).toEqual({ code: 0, err: '' });
        const v = await signet(
          ['verify', '--key', uri, '--insecure-ignore-tlog', '--output', 'json', image],
          env,
          dir,
        );
        expect(ok(v)).toEqual({ code: 0, err: '' });
        const json = JSON.parse(v.stdout) as { verified: boolean; signatures: { format: string }[] };
        expect(json.verified).toBe(true);
        expect(json.signatures.map((s) => s.format)).toEqual([format]);
        // A key that did not sign is refused: fail closed.
        const other = await signet(
          ['verify', '--key', join(dir, 'other.pub'), '--insecure-ignore-tlog', image],
          env,
          dir,
        );
        expect(other.code).toBe(1);
      }
    }, 240_000);

    it('attest: Signet attests with the URI in both formats; cosign verify-attestation --key with the URI accepts each', async () => {
      const { uri, env, dir } = setup();
      const image = await pushImage(`kms/${name}-attest`);
      writeFileSync(
        join(dir, 'bom.json'),
        JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components: [] }),
      );
      const attested = await signet(
        [
          'attest',
          '--key',
          uri,
          '--tlog-upload=false',
          '--type',
          'cyclonedx',
          '--predicate',
          'bom.json',
          image,
        ],
        env,
        dir,
      );
      expect(ok(attested)).toEqual({ code: 0, err: '' });
      for (const legacy of [[], ['--new-bundle-format=false']]) {
        const v = await cosign(
          [
            'verify-attestation',
            ...legacy,
            '--key',
            uri,
            '--type',
            'cyclonedx',
            '--insecure-ignore-tlog=true',
            '--allow-http-registry',
            image,
          ],
          env,
          dir,
        );
        expect(ok(v)).toEqual({ code: 0, err: '' });
      }
      const v = await signet(
        ['verify-attestation', '--key', uri, '--type', 'cyclonedx', '--insecure-ignore-tlog', image],
        env,
        dir,
      );
      expect(ok(v)).toEqual({ code: 0, err: '' });
    }, 240_000);

    it('sign-blob: Signet signs a bundle with the URI; cosign verify-blob --key with the URI accepts it', async () => {
      const { uri, env, dir } = setup();
      writeFileSync(join(dir, 'blob.txt'), `a release ${name}\n`);
      const signed = await signet(
        ['sign-blob', '--key', uri, '--tlog-upload=false', '--bundle', 'blob.sigstore.json', 'blob.txt'],
        env,
        dir,
      );
      expect(ok(signed)).toEqual({ code: 0, err: '' });
      const v = await cosign(
        [
          'verify-blob',
          '--key',
          uri,
          '--insecure-ignore-tlog=true',
          '--bundle',
          'blob.sigstore.json',
          'blob.txt',
        ],
        env,
        dir,
      );
      expect(ok(v)).toEqual({ code: 0, err: '' });
    }, 120_000);
  });
}

describe('awskms:// with moto (a stand-in for AWS KMS with real keys; DIGEST-correcting wrapper)', () => {
  let moto: MotoKms;
  let dir: string;
  let env: Record<string, string>;
  const uri = () => `awskms://${moto.endpoint}/alias/signet-itg`;

  beforeAll(async () => {
    moto = await startMotoKms(join(bed.dir, 'moto'), tls);
    dir = join(bed.dir, 'moto');
    env = baseEnv(dir, moto.env);
    // A second key pair for the fail-closed check: a key file that did not sign.
    const other = await signet(
      ['generate-key-pair', '--output-key-prefix', 'other'],
      { ...env, COSIGN_PASSWORD: '' },
      dir,
    );
    if (other.code !== 0) throw new Error(other.stderr);
  }, 120_000);
  afterAll(async () => {
    await moto?.stop();
  });

  interop('awskms', () => ({ uri: uri(), env, dir }));

  describe('refuses, naming the key URI', () => {
    const sdk = async () => {
      const { KMSClient, ...cmds } = await import('@aws-sdk/client-kms');
      const https = await import('node:https');
      const client = new KMSClient({
        region: 'us-east-1',
        endpoint: `https://${moto.endpoint}`,
        credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
        requestHandler: { httpsAgent: new https.Agent({ ca: readFileSync(tls.caPath) }) },
      });
      return { client, cmds };
    };

    it('a missing alias: KMS_KEY_NOT_FOUND', async () => {
      const r = await signet(['public-key', '--key', `awskms://${moto.endpoint}/alias/missing`], env, dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^signet public-key: awskms:\/\/127\.0\.0\.1:\d+\/alias\/missing: no such key .*\[KMS_KEY_NOT_FOUND\]\n$/,
      );
    });

    it('a disabled key: KMS_KEY_DISABLED, and nothing is signed', async () => {
      const { client, cmds } = await sdk();
      const key = await client.send(
        new cmds.CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }),
      );
      await client.send(new cmds.DisableKeyCommand({ KeyId: key.KeyMetadata!.KeyId! }));
      const image = await pushImage('kms/aws-disabled');
      const r = await signet(
        [
          'sign',
          '--key',
          `awskms://${moto.endpoint}/${key.KeyMetadata!.KeyId!}`,
          '--tlog-upload=false',
          image,
        ],
        env,
        dir,
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/is Disabled, not Enabled: enable it .*\[KMS_KEY_DISABLED\]\n$/);
      const tree = await cosign(['tree', '--allow-http-registry', image], env, dir);
      expect(tree.stdout).not.toMatch(/Signatures for an image tag|signature/i);
    });

    it('an RSA key: KMS_UNSUPPORTED_KEY (cosign would sign it with RSASSA-PSS)', async () => {
      const { client, cmds } = await sdk();
      const key = await client.send(
        new cmds.CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
      );
      const r = await signet(
        ['public-key', '--key', `awskms://${moto.endpoint}/${key.KeyMetadata!.KeyId!}`],
        env,
        dir,
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/RSA_2048 for SIGN_VERIFY, not an ECC_NIST_P256.*\[KMS_UNSUPPORTED_KEY\]\n$/);
    });

    it('an endpoint whose certificate is not trusted: KMS_UNREACHABLE naming AWS_CA_BUNDLE', async () => {
      const { AWS_CA_BUNDLE: _, ...untrusted } = env;
      const r = await signet(['public-key', '--key', uri()], untrusted, dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /TLS certificate .* not trusted: add its CA with AWS_CA_BUNDLE.*\[KMS_UNREACHABLE\]\n$/,
      );
    });
  });
});

describe('hashivault:// with a stand-in of the Vault transit API (in a namespace)', () => {
  let vault: VaultTransitStandIn;
  let dir: string;
  let env: Record<string, string>;
  const uri = 'hashivault://signet-itg';

  beforeAll(async () => {
    vault = await startVaultTransitStandIn();
    vault.addKey('team-a/transit', 'aes', 'aes256-gcm96');
    dir = join(bed.dir, 'vault');
    (await import('node:fs')).mkdirSync(dir, { recursive: true });
    env = baseEnv(dir, { VAULT_ADDR: vault.addr, VAULT_TOKEN: vault.token, VAULT_NAMESPACE: 'team-a' });
    const other = await signet(
      ['generate-key-pair', '--output-key-prefix', 'other'],
      { ...env, COSIGN_PASSWORD: '' },
      dir,
    );
    if (other.code !== 0) throw new Error(other.stderr);
  }, 120_000);
  afterAll(async () => {
    await vault?.stop();
  });

  interop('hashivault', () => ({ uri, env, dir }));

  it('sent every call of both tools with the token and the namespace', () => {
    expect(vault.requests.length).toBeGreaterThan(10);
    expect(vault.requests.filter((r) => r.namespace !== 'team-a' || r.token !== vault.token)).toEqual([]);
    // cosign verified remotely (transit/verify), Signet signed through transit/sign.
    expect(vault.requests.some((r) => r.path === '/v1/transit/verify/signet-itg/sha2-256')).toBe(true);
    expect(vault.requests.some((r) => r.path === '/v1/transit/sign/signet-itg/sha2-256')).toBe(true);
  });

  describe('refuses, naming the key URI, never the token', () => {
    it.each([
      [
        'a missing key',
        'hashivault://missing',
        {},
        /no transit key "missing" at http:\/\/127\.0\.0\.1:\d+ \(mount transit\).*\[KMS_KEY_NOT_FOUND\]$/,
      ],
      [
        'an aes key',
        'hashivault://aes',
        {},
        /transit key "aes" is of type aes256-gcm96, not a signing key.*\[KMS_UNSUPPORTED_KEY\]$/,
      ],
      [
        'the key outside the namespace',
        uri,
        { VAULT_NAMESPACE: 'team-b' },
        /no transit key "signet-itg".*\[KMS_KEY_NOT_FOUND\]$/,
      ],
      [
        'a token without the sign permission',
        uri,
        { READ_ONLY: '1' },
        // Refused at the sign call itself: the sign stage adds the image and its own code.
        /^signet sign: signing [^ ]+@sha256:[0-9a-f]{64}: hashivault:\/\/signet-itg: Vault denied the request \(1 error occurred: \* permission denied\): give VAULT_TOKEN a policy .*\[SIGN_FAILED\]$/,
      ],
      [
        'a wrong token',
        uri,
        { VAULT_TOKEN: 'hvs.planted-WRONG-token' },
        /Vault denied the request \(permission denied\).*\[KMS_DENIED\]$/,
      ],
    ])('%s', async (_n, key, over, error) => {
      const { READ_ONLY, ...rest } = over as Record<string, string>;
      const image = await pushImage('kms/vault-refused');
      const e = { ...env, ...rest, ...(READ_ONLY && { VAULT_TOKEN: vault.readOnlyToken }) };
      const r = await signet(['sign', '--key', key, '--tlog-upload=false', image], e, dir);
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(error)]);
      for (const s of [vault.token, vault.readOnlyToken, 'hvs.planted-WRONG-token']) {
        expect(r.stdout + r.stderr).not.toContain(s);
      }
      const tree = await cosign(['tree', '--allow-http-registry', image], env, dir);
      expect(tree.stdout).not.toMatch(/signature/i);
    });
  });
});
