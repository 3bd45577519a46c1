// k8s://NAMESPACE/SECRET keys: cosign's secret layout (cosign.key, cosign.pub, cosign.password, as
// `cosign generate-key-pair k8s://…` writes it), read through the cluster stage's Kubernetes client from
// the API-server STAND-IN (test/support/kube-apiserver-stub.ts; the same client runs against a real
// kube-apiserver). The key pair is made by the real cosign; cosign verifies what Signet signs with it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBed, type Bed, type BedRegistry } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { signetFromSource } from '../support/cli.ts';
import {
  SIGNET_RESOURCES,
  startKubeApiserverStub,
  type KubeApiserverStub,
} from '../support/kube-apiserver-stub.ts';
import { run, runOk, type RunResult } from '../support/run.ts';
import { RegistryClient } from '../../src/registry/client.ts';
import { OCI_EMPTY_MEDIA_TYPE, OCI_MANIFEST_MEDIA_TYPE } from '../../src/registry/constants.ts';
import { parseReference } from '../../src/registry/name.ts';

const KUBE_TOKEN = 'planted-KUBE-token-k8s-key-7d2a';
const PASSWORD = 'planted-SECRET-password-19cf';

let bed: Bed;
let reg: BedRegistry;
let kube: KubeApiserverStub;
let dir: string;
let image: string;

const cosignEnv = () => ({
  HOME: dir,
  TUF_ROOT: join(dir, 'tuf'),
  DOCKER_CONFIG: reg.dockerConfigDir,
  NO_PROXY: '127.0.0.1',
});
const signet = (args: string[], env: Record<string, string> = {}): Promise<RunResult> =>
  signetFromSource(args, {
    env: {
      PATH: process.env.PATH!,
      HOME: dir,
      DOCKER_CONFIG: reg.dockerConfigDir,
      KUBECONFIG: join(dir, 'kubeconfig'),
      ...env,
    },
    cwd: dir,
    timeoutMs: 120_000,
  });

beforeAll(async () => {
  bed = await startBed({ registries: ['basic'] });
  reg = bed.registries.basic!;
  dir = join(bed.dir, 'k8s-key');
  mkdirSync(dir, { recursive: true });
  await runOk([toolPath('cosign'), 'generate-key-pair'], {
    env: { ...cosignEnv(), COSIGN_PASSWORD: PASSWORD },
    cwd: dir,
  });
  const pair = {
    'cosign.key': readFileSync(join(dir, 'cosign.key'), 'utf8'),
    'cosign.pub': readFileSync(join(dir, 'cosign.pub'), 'utf8'),
    'cosign.password': PASSWORD,
  };
  kube = await startKubeApiserverStub({
    resources: SIGNET_RESOURCES,
    token: KUBE_TOKEN,
    secrets: {
      'release/cosign': pair,
      'release/no-pub': { 'cosign.key': pair['cosign.key'], 'cosign.password': PASSWORD },
    },
  });
  writeFileSync(join(dir, 'kubeconfig'), kube.kubeconfig());
  writeFileSync(join(dir, 'wrong-kubeconfig'), kube.kubeconfig('planted-WRONG-kube-token'));
  const client = new RegistryClient({
    credentials: { explicit: [{ registry: reg.host, username: reg.username!, password: reg.password! }] },
  });
  try {
    const r = parseReference(`${reg.host}/k8s/app`);
    const config = await client.uploadBlob(r, Buffer.from('{}'));
    const layer = await client.uploadBlob(r, Buffer.from(`k8s ${Date.now()}`));
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST_MEDIA_TYPE,
        config: { mediaType: OCI_EMPTY_MEDIA_TYPE, digest: config.digest, size: config.size },
        layers: [
          { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer.digest, size: layer.size },
        ],
      }),
    );
    image = `${reg.host}/k8s/app@${(await client.putManifest({ ...r, tag: 'v1' }, manifest)).digest}`;
  } finally {
    client.close();
  }
}, 120_000);
afterAll(async () => {
  await kube?.stop();
  await bed?.stop();
});

describe('k8s://NAMESPACE/SECRET', () => {
  it('signs with the secret cosign made (its password from cosign.password); cosign and Signet verify', async () => {
    const signed = await signet(['sign', '--key', 'k8s://release/cosign', '--tlog-upload=false', image]);
    expect({ code: signed.code, err: signed.code ? signed.stderr : '' }).toEqual({ code: 0, err: '' });
    for (const legacy of [[], ['--new-bundle-format=false']]) {
      const v = await run(
        [
          toolPath('cosign'),
          'verify',
          ...legacy,
          '--key',
          'cosign.pub',
          '--insecure-ignore-tlog=true',
          '--allow-http-registry',
          image,
        ],
        { env: cosignEnv(), cwd: dir },
      );
      expect({ code: v.code, err: v.code ? v.stderr : '' }).toEqual({ code: 0, err: '' });
    }
    const v = await signet(['verify', '--key', 'k8s://release/cosign', '--insecure-ignore-tlog', image]);
    expect(v.code).toBe(0);
    const pub = await signet(['public-key', '--key', 'k8s://release/cosign']);
    expect(pub.stdout).toBe(readFileSync(join(dir, 'cosign.pub'), 'utf8'));
    // Only reads reached the API server.
    expect(kube.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  }, 240_000);

  it("generate-key-pair k8s://NS/SECRET writes cosign's layout; cosign reads the key; a second run refuses to replace it", async () => {
    const made = await signet(['generate-key-pair', 'k8s://release/made', '--output-key-prefix', 'made'], {
      COSIGN_PASSWORD: PASSWORD,
    });
    expect({ code: made.code, err: made.code ? made.stderr : '' }).toEqual({ code: 0, err: '' });
    // cosign's layout, the key encrypted as cosign encrypts it (cosign reads it: see the previous test's
    // reverse direction for the format; cosign's client-go is refused by the stand-in's auth here).
    const stored = await signet(['public-key', '--key', 'k8s://release/made']);
    expect({ code: stored.code, err: stored.code ? stored.stderr : '' }).toEqual({ code: 0, err: '' });
    expect(stored.stdout).toBe(readFileSync(join(dir, 'made.pub'), 'utf8'));
    const theirs = await run([toolPath('cosign'), 'public-key', '--key', 'env://MADE_KEY'], {
      env: {
        ...cosignEnv(),
        COSIGN_PASSWORD: PASSWORD,
        MADE_KEY: kube.secret('release/made')!['cosign.key']!,
      },
      cwd: dir,
    });
    expect({ code: theirs.code, err: theirs.code ? theirs.stderr : '' }).toEqual({ code: 0, err: '' });
    expect(theirs.stdout).toBe(stored.stdout);
    const again = await signet(['generate-key-pair', 'k8s://release/made'], { COSIGN_PASSWORD: PASSWORD });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /k8s:\/\/release\/made already exists: delete the secret or choose another name/,
    );
  }, 120_000);

  it.each([
    [
      'a missing secret',
      ['public-key', '--key', 'k8s://release/gone'],
      {},
      /^signet public-key: k8s:\/\/release\/gone: no secret gone in namespace release: create it .*\[KEY_NOT_FOUND\]$/,
    ],
    [
      'a secret without cosign.pub',
      ['verify', '--key', 'k8s://release/no-pub', '--insecure-ignore-tlog', 'IMAGE'],
      {},
      /^signet verify: k8s:\/\/release\/no-pub: the secret has no cosign\.pub: .*\[KEY_NOT_FOUND\]$/,
    ],
    [
      'a refused token',
      ['public-key', '--key', 'k8s://release/cosign'],
      { KUBECONFIG: 'wrong-kubeconfig' },
      /^signet public-key: k8s:\/\/release\/cosign: get Secret .*401 unauthorized.*\[KEY_READ_FAILED\]$/,
    ],
  ])('refuses %s in one line, without tokens or the password', async (_n, args, env, error) => {
    const r = await signet(
      args.map((a) => (a === 'IMAGE' ? image : a)),
      Object.fromEntries(Object.entries(env).map(([k, v]) => [k, join(dir, v)])),
    );
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(error)]);
    for (const s of [KUBE_TOKEN, 'planted-WRONG-kube-token', PASSWORD])
      expect(r.stdout + r.stderr).not.toContain(s);
  });
});
