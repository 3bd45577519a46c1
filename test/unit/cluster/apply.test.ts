// createKubeApi without a server. Everything applyObjects does against an API server (server-side
// apply, dry run, prune, 401/403/404/409/500, client-certificate and exec kubeconfigs) is proven against
// a real kube-apiserver in test/integration/cluster-apply.itg.test.ts.
import { createKubeApi } from '../../../src/cluster/index.ts';

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
});
