// applyObjects over the real @kubernetes/client-node against a loopback STAND-IN API server
// (test/support/kube-apiserver-stub.ts): no API server can run on these machines.
import {
  applyObjects,
  createKubeApi,
  generateAdmission,
  ClusterError,
  type KubeObject,
} from '../../../src/cluster/index.ts';
import {
  SIGNET_RESOURCES,
  startKubeApiserverStub,
  type KubeApiserverStub,
} from '../../support/kube-apiserver-stub.ts';
import { DIGEST_A, DIGEST_B, fullInput } from './fixtures.ts';

const objects = (digests = [DIGEST_A]) => generateAdmission(fullInput({ digests })).objects;

describe('applyObjects', () => {
  let stub: KubeApiserverStub;
  beforeEach(async () => {
    stub = await startKubeApiserverStub({ resources: SIGNET_RESOURCES });
  });
  afterEach(() => stub.stop());
  const kube = (token?: string) => createKubeApi({ kind: 'kubeconfig', text: stub.kubeconfig(token) });

  describe('on an empty cluster', () => {
    it('creates every object with server-side apply as field manager signet', async () => {
      const result = await applyObjects({ objects: objects(), policyName: 'acme-app' }, { kube: kube() });
      expect(result.applied.every((a) => a.action === 'created')).toBe(true);
      expect(result.applied.map((a) => a.object)).toContain('PolicyException kyverno/acme-app-bypass');
      const patches = stub.requests.filter((r) => r.method === 'PATCH');
      expect(patches).toHaveLength(objects().length);
      for (const p of patches) {
        expect(p.contentType).toBe('application/apply-patch+yaml');
        expect(p.query).toMatchObject({ fieldManager: 'signet', force: 'false' });
        expect(p.query.dryRun).toBeUndefined();
      }
      expect(patches.map((p) => p.path)).toContain(
        '/apis/policy.sigstore.dev/v1beta1/clusterimagepolicies/acme-app-build',
      );
      expect(patches.map((p) => p.path)).toContain(
        '/apis/kyverno.io/v2/namespaces/kyverno/policyexceptions/acme-app-bypass',
      );
      expect(
        stub.get('policy.sigstore.dev', 'clusterimagepolicies', 'acme-app-release')?.metadata.managedFields,
      ).toEqual([expect.objectContaining({ manager: 'signet', operation: 'Apply' })]);
    });
  });

  describe('when applied twice', () => {
    it('changes nothing the second time', async () => {
      await applyObjects({ objects: objects(), policyName: 'acme-app' }, { kube: kube() });
      const rv = stub.get('kyverno.io', 'clusterpolicies', 'acme-app')?.metadata.resourceVersion;
      const second = await applyObjects({ objects: objects(), policyName: 'acme-app' }, { kube: kube() });
      expect(second.applied.every((a) => a.action === 'unchanged')).toBe(true);
      expect(second.pruned).toEqual([]);
      expect(stub.get('kyverno.io', 'clusterpolicies', 'acme-app')?.metadata.resourceVersion).toBe(rv);
    });
  });

  describe('with --dry-run', () => {
    it('sends dryRun=All and stores nothing', async () => {
      const result = await applyObjects(
        { objects: objects(), policyName: 'acme-app', dryRun: true },
        { kube: kube() },
      );
      expect(result.dryRun).toBe(true);
      expect(stub.requests.filter((r) => r.method === 'PATCH').every((r) => r.query.dryRun === 'All')).toBe(
        true,
      );
      expect(stub.get('kyverno.io', 'clusterpolicies', 'acme-app')).toBeUndefined();
    });
  });

  describe('when a new digest supersedes the old one', () => {
    it('prunes the old per-digest policy by label and keeps everything else', async () => {
      await applyObjects({ objects: objects([DIGEST_A]), policyName: 'acme-app' }, { kube: kube() });
      const result = await applyObjects(
        { objects: objects([DIGEST_B]), policyName: 'acme-app' },
        { kube: kube() },
      );
      expect(result.pruned).toEqual(['ClusterImagePolicy acme-app-aaaaaaaaaaaa']);
      expect(result.applied).toContainEqual({
        object: 'ClusterImagePolicy acme-app-bbbbbbbbbbbb',
        action: 'created',
      });
      expect(
        stub.get('policy.sigstore.dev', 'clusterimagepolicies', 'acme-app-aaaaaaaaaaaa'),
      ).toBeUndefined();
      expect(stub.get('policy.sigstore.dev', 'clusterimagepolicies', 'acme-app-build')).toBeDefined();
      const list = stub.requests.find(
        (r) => r.method === 'GET' && r.path === '/apis/policy.sigstore.dev/v1beta1/clusterimagepolicies',
      );
      expect(list?.query.labelSelector).toBe(
        'app.kubernetes.io/managed-by=signet,signet.dev/policy=acme-app,signet.dev/scope=digest',
      );
    });

    it('only reports what it would prune with --dry-run', async () => {
      await applyObjects({ objects: objects([DIGEST_A]), policyName: 'acme-app' }, { kube: kube() });
      const result = await applyObjects(
        { objects: objects([DIGEST_B]), policyName: 'acme-app', dryRun: true },
        { kube: kube() },
      );
      expect(result.pruned).toEqual(['ClusterImagePolicy acme-app-aaaaaaaaaaaa']);
      expect(stub.get('policy.sigstore.dev', 'clusterimagepolicies', 'acme-app-aaaaaaaaaaaa')).toBeDefined();
    });
  });

  describe('when the API server refuses', () => {
    it('turns 401 into CLUSTER_UNAUTHORIZED', async () => {
      await expect(
        applyObjects({ objects: objects(), policyName: 'acme-app' }, { kube: kube('wrong') }),
      ).rejects.toMatchObject({
        code: 'CLUSTER_UNAUTHORIZED',
        message: expect.stringContaining('refresh the token'),
      });
    });

    it('turns 403 into CLUSTER_FORBIDDEN naming the verb and kind', async () => {
      await stub.stop();
      stub = await startKubeApiserverStub({
        resources: SIGNET_RESOURCES,
        forbid: ['patch clusterimagepolicies'],
      });
      const err = await applyObjects({ objects: objects(), policyName: 'acme-app' }, { kube: kube() }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ClusterError);
      expect(err).toMatchObject({ code: 'CLUSTER_FORBIDDEN', status: 403 });
      expect((err as Error).message).toMatch(
        /^patch ClusterImagePolicy acme-app-build: 403 forbidden: .*grant the identity "patch" on ClusterImagePolicy/,
      );
    });

    it('turns a missing CRD into CLUSTER_CRD_MISSING naming the controller to install', async () => {
      await stub.stop();
      stub = await startKubeApiserverStub({
        resources: SIGNET_RESOURCES.filter((r) => r.group !== 'policy.sigstore.dev'),
      });
      await expect(
        applyObjects({ objects: objects(), policyName: 'acme-app' }, { kube: kube() }),
      ).rejects.toMatchObject({
        code: 'CLUSTER_CRD_MISSING',
        message: expect.stringContaining('install the sigstore policy-controller'),
      });
    });

    it('turns a field-manager conflict into CLUSTER_CONFLICT, and takes the field over with forceConflicts', async () => {
      const cip = objects().find((o) => o.metadata.name === 'acme-app-build') as KubeObject;
      const resource = SIGNET_RESOURCES.find(
        (r) => r.kind === 'ClusterImagePolicy' && r.version === 'v1beta1',
      );
      if (!resource) throw new Error('no resource');
      stub.applyAs('kubectl', resource, { ...cip, spec: { mode: 'warn' } });
      const err = await applyObjects({ objects: [cip], policyName: 'acme-app' }, { kube: kube() }).catch(
        (e: unknown) => e,
      );
      expect(err).toMatchObject({
        code: 'CLUSTER_CONFLICT',
        message: expect.stringContaining('--force-conflicts'),
      });
      const forced = await applyObjects(
        { objects: [cip], policyName: 'acme-app', forceConflicts: true },
        { kube: kube() },
      );
      expect(forced.applied).toEqual([{ object: 'ClusterImagePolicy acme-app-build', action: 'configured' }]);
      expect(stub.get('policy.sigstore.dev', 'clusterimagepolicies', 'acme-app-build')?.spec.mode).toBe(
        'enforce',
      );
    });

    it('turns a refused connection into CLUSTER_UNREACHABLE', async () => {
      const text = stub.kubeconfig();
      await stub.stop();
      await expect(
        applyObjects(
          { objects: objects(), policyName: 'acme-app' },
          { kube: createKubeApi({ kind: 'kubeconfig', text }) },
        ),
      ).rejects.toMatchObject({
        code: 'CLUSTER_UNREACHABLE',
      });
      stub = await startKubeApiserverStub({ resources: SIGNET_RESOURCES });
    });
  });

  describe('createKubeApi', () => {
    it('refuses a kubeconfig without a cluster with CLUSTER_KUBECONFIG', () => {
      expect(() => createKubeApi({ kind: 'kubeconfig', text: 'apiVersion: v1\nkind: Config\n' })).toThrow(
        expect.objectContaining({ code: 'CLUSTER_KUBECONFIG' }),
      );
    });

    it('builds an in-cluster config from the service account facts', () => {
      expect(() =>
        createKubeApi({
          kind: 'in-cluster',
          host: '10.0.0.1',
          port: '443',
          token: 't',
          caPem: '-----BEGIN CERTIFICATE-----\n',
        }),
      ).not.toThrow();
    });
  });
});
