// The apply stage against a real kube-apiserver v1.37.2 with etcd (test/bed/kube.ts), RBAC on, the
// upstream CRDs installed, and the real policy-controller webhook running (its conversion webhook serves
// policy.sigstore.dev/v1beta1). Signet applies as `signet`, a least-privilege identity bound to exactly
// the ClusterRole the README lists; `other` is a second identity (no delete) for conflicts and denials.
import { parse, stringify } from 'yaml';
import { applyObjects, generateAdmission, type KubeObject } from '../../src/cluster/index.ts';
import { createKubeApi } from '../../src/cluster/kube-client.ts';
import { freePort } from '../bed/proc.ts';
import { bindClusterRole, readmeClusterRole } from '../support/kube-admission.ts';
import {
  kubeOf,
  startBed,
  type Bed,
  type KubeBed,
  type KubeUser,
  type WebhookService,
} from '../bed/index.ts';
import { DIGEST_A, DIGEST_B, fullInput } from '../unit/cluster/fixtures.ts';

const objects = (digests = [DIGEST_A]) => generateAdmission(fullInput({ digests })).objects;
const POLICY = 'acme-app';

let bed: Bed;
let kube: KubeBed;
let pc: WebhookService | undefined;
const api = (user: KubeUser = 'signet') => createKubeApi({ kind: 'kubeconfig', text: kube.kubeconfig(user) });
const cipPath = (name: string, version = 'v1alpha1') =>
  `/apis/policy.sigstore.dev/${version}/clusterimagepolicies/${name}`;

async function cleanup(): Promise<void> {
  for (const [path, kind] of [
    ['/apis/policy.sigstore.dev/v1alpha1/clusterimagepolicies', 'cip'],
    ['/apis/policy.sigstore.dev/v1alpha1/trustroots', 'tr'],
    ['/apis/kyverno.io/v1/clusterpolicies', 'cp'],
    ['/apis/policies.kyverno.io/v1/imagevalidatingpolicies', 'ivp'],
    ['/apis/kyverno.io/v2/namespaces/kyverno/policyexceptions', 'pe'],
    ['/apis/policies.kyverno.io/v1/namespaces/kyverno/policyexceptions', 'pe1'],
  ] as const) {
    void kind;
    const r = await kube.request('admin', 'DELETE', path);
    if (r.status >= 300) throw new Error(`cleanup ${path}: ${r.status}`);
  }
}

beforeAll(async () => {
  const t0 = Date.now();
  bed = await startBed({ registries: [], kube: { crds: true, webhook: 'policy-controller' } });
  kube = kubeOf(bed);
  pc = bed.policyController!;
  const role = readmeClusterRole();
  const noDelete = {
    ...role,
    metadata: { name: 'signet-apply-no-delete' },
    rules: role.rules.map((r: { verbs: string[] }) => ({
      ...r,
      verbs: r.verbs.filter((v) => v !== 'delete'),
    })),
  };
  const bind = (name: string, roleName: string, subject: { kind: 'User' | 'Group'; name: string }) =>
    bindClusterRole(name, roleName, subject);
  await kube.applyAll([
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kyverno' } },
    role,
    noDelete,
    bind('signet-apply', role.metadata.name, { kind: 'User', name: 'signet' }),
    bind('signet-apply-certs', role.metadata.name, { kind: 'Group', name: 'signet-certs' }),
    bind('other-apply', 'signet-apply-no-delete', { kind: 'User', name: 'other' }),
  ]);
  console.log(
    `kube bed: etcd ${kube.startMs.etcd} ms, kube-apiserver ${kube.startMs.apiserver} ms, policy-controller ${pc.startMs} ms, all ${Date.now() - t0} ms`,
  );
});
afterAll(async () => {
  await bed?.stop();
});
afterEach(cleanup);

describe('applyObjects against a real API server', () => {
  it('creates every object as field manager signet, with only the README permissions, at the stored version', async () => {
    const result = await applyObjects({ objects: objects(), policyName: POLICY }, { kube: api() });
    expect(result.applied.map((a) => a.action)).toEqual(objects().map(() => 'created'));
    expect(result.applied.map((a) => a.object)).toContain('PolicyException kyverno/acme-app-bypass');
    const stored = await kube.request('admin', 'GET', cipPath('acme-app-release'));
    expect(stored.status).toBe(200);
    expect(stored.body.metadata.managedFields).toContainEqual(
      expect.objectContaining({ manager: 'signet', operation: 'Apply' }),
    );
    // Signet sent v1beta1; policy-controller's conversion webhook stored it as v1alpha1, and the
    // signer survived the round trip.
    const crd = await kube.request(
      'admin',
      'GET',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/clusterimagepolicies.policy.sigstore.dev',
    );
    expect(crd.body.status.storedVersions).toEqual(['v1alpha1']);
    const sent = objects().find((o) => o.metadata.name === 'acme-app-build') as KubeObject;
    const beta = await kube.request('admin', 'GET', cipPath('acme-app-build', 'v1beta1'));
    expect(beta.body.spec.authorities).toEqual((sent as { spec: { authorities: unknown } }).spec.authorities);
  });

  it('is idempotent: a second apply reports unchanged and stores nothing new', async () => {
    await applyObjects({ objects: objects(), policyName: POLICY }, { kube: api() });
    const rv = (await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/acme-app')).body
      .metadata.resourceVersion;
    const second = await applyObjects({ objects: objects(), policyName: POLICY }, { kube: api() });
    expect(second.applied.every((a) => a.action === 'unchanged')).toBe(true);
    expect(second.pruned).toEqual([]);
    const after = await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/acme-app');
    expect(after.body.metadata.resourceVersion).toBe(rv);
  });

  it('changes nothing with --dry-run, but reports what it would do', async () => {
    const dry = await applyObjects({ objects: objects(), policyName: POLICY, dryRun: true }, { kube: api() });
    expect(dry.applied.every((a) => a.action === 'created')).toBe(true);
    expect((await kube.request('admin', 'GET', cipPath('acme-app-build'))).status).toBe(404);
    expect((await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/acme-app')).status).toBe(
      404,
    );

    await applyObjects({ objects: objects([DIGEST_A]), policyName: POLICY }, { kube: api() });
    const wouldPrune = await applyObjects(
      { objects: objects([DIGEST_B]), policyName: POLICY, dryRun: true },
      { kube: api() },
    );
    expect(wouldPrune.pruned).toEqual(['ClusterImagePolicy acme-app-aaaaaaaaaaaa']);
    expect((await kube.request('admin', 'GET', cipPath('acme-app-aaaaaaaaaaaa'))).status).toBe(200);
    expect((await kube.request('admin', 'GET', cipPath('acme-app-bbbbbbbbbbbb'))).status).toBe(404);
  });

  it("prunes only this policy's superseded per-digest objects", async () => {
    await applyObjects({ objects: objects([DIGEST_A]), policyName: POLICY }, { kube: api() });
    // Another policy's per-digest object, and an object of the same name prefix not made by Signet.
    const otherPolicy = generateAdmission(
      fullInput({ name: 'other-app', digests: [DIGEST_A] }),
    ).objects.filter((o) => o.kind === 'ClusterImagePolicy');
    await applyObjects({ objects: otherPolicy, policyName: 'other-app' }, { kube: api() });
    const handMade = structuredClone(otherPolicy.find((o) => o.metadata.name === 'other-app-build')!);
    handMade.metadata = { name: 'acme-app-cccccccccccc', labels: { team: 'sre' } };
    await kube.applyAll([handMade]);

    const result = await applyObjects({ objects: objects([DIGEST_B]), policyName: POLICY }, { kube: api() });
    expect(result.pruned).toEqual(['ClusterImagePolicy acme-app-aaaaaaaaaaaa']);
    expect(result.applied).toContainEqual({
      object: 'ClusterImagePolicy acme-app-bbbbbbbbbbbb',
      action: 'created',
    });
    const names = (
      await kube.request('admin', 'GET', '/apis/policy.sigstore.dev/v1alpha1/clusterimagepolicies')
    ).body.items
      .map((i: KubeObject) => i.metadata.name)
      .sort();
    expect(names).toEqual([
      'acme-app-bbbbbbbbbbbb',
      'acme-app-build',
      'acme-app-cccccccccccc',
      'acme-app-release',
      'other-app-aaaaaaaaaaaa',
      'other-app-build',
      'other-app-release',
    ]);
  });

  it('reports a second field manager as a real 409, and takes the field over with forceConflicts', async () => {
    const cip = objects().find((o) => o.metadata.name === 'acme-app-build') as KubeObject & {
      spec: Record<string, unknown>;
    };
    await applyObjects({ objects: [cip], policyName: POLICY }, { kube: api() });
    const theirs = { ...cip, spec: { ...cip.spec, mode: 'warn' } };
    const r = await kube.request(
      'other',
      'PATCH',
      `${cipPath('acme-app-build', 'v1beta1')}?fieldManager=kubectl&force=true`,
      theirs,
      'application/apply-patch+yaml',
    );
    expect(r.status).toBe(200);
    await expect(applyObjects({ objects: [cip], policyName: POLICY }, { kube: api() })).rejects.toMatchObject(
      {
        code: 'CLUSTER_CONFLICT',
        status: 409,
        message: expect.stringMatching(
          /^patch ClusterImagePolicy acme-app-build: 409 conflict: .*kubectl.*--force-conflicts/,
        ),
      },
    );
    const forced = await applyObjects(
      { objects: [cip], policyName: POLICY, forceConflicts: true },
      { kube: api() },
    );
    expect(forced.applied).toEqual([{ object: 'ClusterImagePolicy acme-app-build', action: 'configured' }]);
    expect((await kube.request('admin', 'GET', cipPath('acme-app-build'))).body.spec.mode).toBe('enforce');
  });

  it('names the missing verb and resource when RBAC refuses', async () => {
    // `other` holds the README role without delete: its apply works, its prune does not.
    await applyObjects({ objects: objects([DIGEST_A]), policyName: POLICY }, { kube: api('other') });
    const err = await applyObjects(
      { objects: objects([DIGEST_B]), policyName: POLICY },
      { kube: api('other') },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CLUSTER_FORBIDDEN', status: 403 });
    expect((err as Error).message).toMatch(
      /^delete ClusterImagePolicy acme-app-aaaaaaaaaaaa: 403 forbidden: .*User "other" cannot delete resource "clusterimagepolicies" in API group "policy\.sigstore\.dev".*grant the identity "delete" on ClusterImagePolicy/,
    );
    // An identity with no binding at all is refused on its first read.
    const none = createKubeApi({
      kind: 'kubeconfig',
      text: kube.kubeconfig('admin').replace(/token: .*/, 'token: not-a-token'),
    });
    await expect(
      applyObjects({ objects: objects(), policyName: POLICY }, { kube: none }),
    ).rejects.toMatchObject({
      code: 'CLUSTER_UNAUTHORIZED',
      status: 401,
    });
  });

  it('works with a kubeconfig holding client certificates, and with an exec credential plugin', async () => {
    const cert = createKubeApi({ kind: 'kubeconfig', text: kube.certKubeconfig() });
    const first = await applyObjects({ objects: objects(), policyName: POLICY }, { kube: cert });
    expect(first.applied.every((a) => a.action === 'created')).toBe(true);
    const stored = await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/acme-app');
    expect(stored.body.metadata.managedFields).toContainEqual(expect.objectContaining({ manager: 'signet' }));
    const exec = createKubeApi({ kind: 'kubeconfig', text: kube.execKubeconfig() });
    const again = await applyObjects({ objects: objects(), policyName: POLICY }, { kube: exec });
    expect(again.applied.every((a) => a.action === 'unchanged')).toBe(true);
  });

  it('names a namespace that does not exist, and a CRD that is not installed', async () => {
    const pe = objects().find((o) => o.metadata.name === 'acme-app-bypass') as KubeObject;
    const elsewhere = { ...pe, metadata: { ...pe.metadata, namespace: 'no-such-namespace' } };
    await expect(
      applyObjects({ objects: [elsewhere], policyName: POLICY }, { kube: api('admin') }),
    ).rejects.toMatchObject({
      code: 'CLUSTER_NAMESPACE_MISSING',
      message: expect.stringContaining('namespace "no-such-namespace" does not exist'),
    });
    const uninstalled = {
      apiVersion: 'policies.kyverno.io/v1',
      kind: 'ValidatingPolicy',
      metadata: { name: 'acme-app-vp', labels: pe.metadata.labels },
      spec: {},
    } as KubeObject;
    await expect(
      applyObjects({ objects: [uninstalled], policyName: POLICY }, { kube: api('admin') }),
    ).rejects.toMatchObject({
      code: 'CLUSTER_CRD_MISSING',
      message: expect.stringContaining('install Kyverno'),
    });
  });

  it('reports an unreachable API server', async () => {
    const port = await freePort();
    const text = stringify({
      ...parse(kube.kubeconfig('signet')),
      clusters: [
        { name: 'bed', cluster: { server: `https://127.0.0.1:${port}`, 'insecure-skip-tls-verify': true } },
      ],
    });
    await expect(
      applyObjects(
        { objects: objects(), policyName: POLICY },
        { kube: createKubeApi({ kind: 'kubeconfig', text }) },
      ),
    ).rejects.toMatchObject({ code: 'CLUSTER_UNREACHABLE' });
  });
});

describe('when policy-controller is not running', () => {
  it('reports CLUSTER_WEBHOOK for a v1beta1 ClusterImagePolicy (the API server answers 500)', async () => {
    await pc?.stop();
    pc = undefined;
    const cip = objects().find((o) => o.metadata.name === 'acme-app-build') as KubeObject;
    const err = await applyObjects({ objects: [cip], policyName: POLICY }, { kube: api() }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'CLUSTER_WEBHOOK', status: 500 });
    expect((err as Error).message).toMatch(
      /failed calling webhook "defaulting\.clusterimagepolicy\.sigstore\.dev".*the sigstore policy-controller .* must be running/,
    );
    // Kyverno's objects have no conversion webhook: they still apply.
    const cp = objects().filter((o) => o.kind === 'ClusterPolicy');
    const ok = await applyObjects({ objects: cp, policyName: POLICY }, { kube: api() });
    expect(ok.applied).toEqual([{ object: 'ClusterPolicy acme-app', action: 'created' }]);
  });
});
