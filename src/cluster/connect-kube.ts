// The Kubernetes API for a cluster, loaded when a command reaches one: @kubernetes/client-node is most
// of Signet's JavaScript (18 MB of source, 19 MB of the bundle), and only applying objects, writing
// pre-flight records and k8s:// keys need it, so the cluster stage's index does not load it.
import type { KubeApi, KubeConfigSource } from './kube-client.ts';

/** The production KubeApi for `source`; throws CLUSTER_KUBECONFIG when the kubeconfig is unusable. */
export async function connectKube(source: KubeConfigSource): Promise<KubeApi> {
  const { createKubeApi } = await import('./kube-client.ts');
  return createKubeApi(source);
}
