// createKubeApi without a server. Everything applyObjects does against an API server (server-side
// apply, dry run, prune, 401/403/404/409/500, client-certificate and exec kubeconfigs) is proven against
// a real kube-apiserver in test/integration/cluster-apply.itg.test.ts.
import { ApiException } from '@kubernetes/client-node';
import { createKubeApi, toClusterError } from '../../../src/cluster/kube-client.ts';

describe('applyObjects', () => {
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

  describe('toClusterError', () => {
    const pe = {
      apiVersion: 'kyverno.io/v2',
      kind: 'PolicyException',
      metadata: { name: 'x', namespace: 'kyverno' },
    };
    const cip = {
      apiVersion: 'policy.sigstore.dev/v1beta1',
      kind: 'ClusterImagePolicy',
      metadata: { name: 'x' },
    };
    // Bodies as the real kube-apiserver v1.37.2 sent them (test/integration/cluster-apply.itg.test.ts).
    it('names a missing namespace as such, not as a missing CRD', () => {
      const err = new ApiException(
        404,
        'HTTP-Code: 404',
        {
          kind: 'Status',
          message: 'namespaces "kyverno" not found',
          reason: 'NotFound',
          details: { name: 'kyverno', kind: 'namespaces' },
        },
        {},
      );
      expect(toClusterError(err, 'patch', pe)).toMatchObject({
        code: 'CLUSTER_NAMESPACE_MISSING',
        message:
          'patch PolicyException kyverno/x: namespace "kyverno" does not exist: install the controller that creates it, or create it before applying',
      });
    });

    it('names the controller whose webhook is down on a 500 from a conversion or admission webhook', () => {
      for (const message of [
        'conversion webhook for policy.sigstore.dev/v1beta1, Kind=ClusterImagePolicy failed: Post "https://webhook.cosign-system.svc:443/?timeout=30s": service "webhook" not found',
        'Internal error occurred: failed calling webhook "defaulting.clusterimagepolicy.sigstore.dev": failed to call webhook: connection refused',
      ]) {
        const err = new ApiException(500, 'HTTP-Code: 500', { kind: 'Status', message }, {});
        expect(toClusterError(err, 'patch', cip)).toMatchObject({
          code: 'CLUSTER_WEBHOOK',
          status: 500,
          message: expect.stringContaining(
            'the sigstore policy-controller (helm chart sigstore/policy-controller) must be running',
          ),
        });
      }
      const other = new ApiException(
        500,
        'HTTP-Code: 500',
        { kind: 'Status', message: 'etcdserver: request timed out' },
        {},
      );
      expect(toClusterError(other, 'patch', cip)).toMatchObject({ code: 'CLUSTER_API' });
    });
  });
});
