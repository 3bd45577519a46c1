// k8s://NAMESPACE/SECRET keys against the bed's real kube-apiserver (test/bed/kube.ts, RBAC on): the real
// cosign writes its secret layout (cosign.key, cosign.pub, cosign.password) with
// `cosign generate-key-pair k8s://…`, Signet reads it through the cluster stage's Kubernetes client as an
// identity that may only `get` Secrets in that namespace, and cosign verifies what Signet signs with it;
// in the other direction cosign reads the secret Signet's `generate-key-pair k8s://…` wrote.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kubeOf, startBed, type Bed, type BedRegistry, type KubeBed } from '../bed/index.ts';
import { toolPath } from '../bed/tools.ts';
import { signetFromSource } from '../support/cli.ts';
import { run, runOk, type RunResult } from '../support/run.ts';
import { pushBedImage } from '../support/push-image.ts';

const KUBE_TOKEN = 'planted-KUBE-token-k8s-key-7d2a';
const PASSWORD = 'planted-SECRET-password-19cf';

let bed: Bed;
let reg: BedRegistry;
let kube: KubeBed;
let publicKey: string;
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

/** A Role in `release` with `verbs` on Secrets, bound to `user`. */
const secretRole = (name: string, user: string, verbs: string[]) => [
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name, namespace: 'release' },
    rules: [{ apiGroups: [''], resources: ['secrets'], verbs }],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name, namespace: 'release' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
  },
];

/** A Secret's data as the API server stores it, decoded. */
async function secretData(name: string): Promise<Record<string, string>> {
  const r = await kube.request('admin', 'GET', `/api/v1/namespaces/release/secrets/${name}`);
  if (r.status !== 200) throw new Error(`GET secret ${name}: ${r.status}`);
  return Object.fromEntries(
    Object.entries(r.body.data as Record<string, string>).map(([k, v]) => [
      k,
      Buffer.from(v, 'base64').toString(),
    ]),
  );
}

beforeAll(async () => {
  // `signet` (the planted token) may only read Secrets in `release`; `other` may read and create them.
  bed = await startBed({ registries: ['basic'], kube: { tokens: { signet: KUBE_TOKEN } } });
  reg = bed.registries.basic!;
  kube = kubeOf(bed);
  dir = join(bed.dir, 'k8s-key');
  mkdirSync(dir, { recursive: true });
  await kube.applyAll([
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'release' } },
    ...secretRole('key-reader', 'signet', ['get']),
    ...secretRole('key-maker', 'other', ['get', 'create']),
  ]);
  writeFileSync(join(dir, 'kubeconfig'), kube.kubeconfig('signet'));
  writeFileSync(join(dir, 'maker-kubeconfig'), kube.kubeconfig('other'));
  writeFileSync(join(dir, 'admin-kubeconfig'), kube.kubeconfig('admin'));
  writeFileSync(join(dir, 'wrong-kubeconfig'), kube.kubeconfig('signet', 'planted-WRONG-kube-token'));
  // The real cosign writes its key secret to the real API server (client-go, the admin kubeconfig).
  await runOk([toolPath('cosign'), 'generate-key-pair', 'k8s://release/cosign'], {
    env: { ...cosignEnv(), COSIGN_PASSWORD: PASSWORD, KUBECONFIG: join(dir, 'admin-kubeconfig') },
    cwd: dir,
  });
  const pair = await secretData('cosign');
  publicKey = pair['cosign.pub']!;
  writeFileSync(join(dir, 'cosign.pub'), publicKey);
  const noPub = await kube.request('admin', 'POST', '/api/v1/namespaces/release/secrets', {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'no-pub' },
    stringData: { 'cosign.key': pair['cosign.key'], 'cosign.password': PASSWORD },
  });
  if (noPub.status !== 201) throw new Error(`creating release/no-pub: ${noPub.status}`);
  image = await pushBedImage(reg, 'k8s/app', 'k8s', { tag: 'v1' });
}, 120_000);
afterAll(async () => {
  await bed?.stop();
});

describe('k8s://NAMESPACE/SECRET', () => {
  it('signs with the secret cosign made (its password from cosign.password), needing only get; cosign and Signet verify', async () => {
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
    expect(pub.stdout).toBe(publicKey);
    // The identity holds only `get` on Secrets in release (RBAC would refuse anything else).
    const canList = await kube.request('signet', 'GET', '/api/v1/namespaces/release/secrets');
    expect(canList.status).toBe(403);
  }, 240_000);

  it("generate-key-pair k8s://NS/SECRET writes cosign's layout; the real cosign reads it from the API server; a second run refuses to replace it", async () => {
    const maker = { COSIGN_PASSWORD: PASSWORD, KUBECONFIG: join(dir, 'maker-kubeconfig') };
    const made = await signet(
      ['generate-key-pair', 'k8s://release/made', '--output-key-prefix', 'made'],
      maker,
    );
    expect({ code: made.code, err: made.code ? made.stderr : '' }).toEqual({ code: 0, err: '' });
    const stored = await signet(['public-key', '--key', 'k8s://release/made']);
    expect({ code: stored.code, err: stored.code ? stored.stderr : '' }).toEqual({ code: 0, err: '' });
    expect(stored.stdout).toBe(readFileSync(join(dir, 'made.pub'), 'utf8'));
    const data = await secretData('made');
    expect(Object.keys(data).sort()).toEqual(['cosign.key', 'cosign.password', 'cosign.pub']);
    // cosign reads the secret itself (client-go, the reader's kubeconfig) and decrypts the key with the
    // stored password.
    const theirs = await run([toolPath('cosign'), 'public-key', '--key', 'k8s://release/made'], {
      env: { ...cosignEnv(), KUBECONFIG: join(dir, 'kubeconfig') },
      cwd: dir,
    });
    expect({ code: theirs.code, err: theirs.code ? theirs.stderr : '' }).toEqual({ code: 0, err: '' });
    expect(theirs.stdout).toBe(stored.stdout);
    const again = await signet(['generate-key-pair', 'k8s://release/made'], maker);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /k8s:\/\/release\/made already exists: delete the secret or choose another name/,
    );
    // The reader may not create secrets: the real API server's RBAC refusal, in one line.
    const denied = await signet(['generate-key-pair', 'k8s://release/denied'], { COSIGN_PASSWORD: PASSWORD });
    expect(denied.code).not.toBe(0);
    expect(denied.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/k8s:\/\/release\/denied: .*403.*\[KEY_READ_FAILED\]$/),
    ]);
    expect(denied.stderr).toContain('cannot create resource "secrets"');
    expect((await kube.request('admin', 'GET', '/api/v1/namespaces/release/secrets/denied')).status).toBe(
      404,
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
