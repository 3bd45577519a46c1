// Reads a Kubernetes secret for k8s://NAMESPACE/SECRET key refs, through the cluster stage's one
// Kubernetes client. The cluster is found as kubectl finds it: the first file in KUBECONFIG, the pod's
// service account, or ~/.kube/config.
import { join } from 'node:path';
import type { KubeConfigSource } from '../../cluster/kube-client.ts';
import { KeyError } from '../../sign/keys/index.ts';
import type { Host } from './host.ts';

async function kubeSource(host: Host, source: string): Promise<KubeConfigSource> {
  const read = async (file: string) => (await host.readFile(file)).toString('utf8');
  const file = host.env.KUBECONFIG?.split(':')[0];
  try {
    if (file) return { kind: 'kubeconfig', text: await read(file) };
    if (host.env.KUBERNETES_SERVICE_HOST) {
      const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
      return {
        kind: 'in-cluster',
        host: host.env.KUBERNETES_SERVICE_HOST,
        port: host.env.KUBERNETES_SERVICE_PORT ?? '443',
        token: (await read(`${sa}/token`)).trim(),
        caPem: await read(`${sa}/ca.crt`),
      };
    }
    if (host.env.HOME)
      return { kind: 'kubeconfig', text: await read(join(host.env.HOME, '.kube', 'config')) };
  } catch (cause) {
    throw new KeyError(
      'KEY_READ_FAILED',
      `${source}: cannot read the kubeconfig${file ? ` ${file}` : ''}: set KUBECONFIG to a readable kubeconfig`,
      { cause },
    );
  }
  throw new KeyError('KEY_READ_FAILED', `${source}: no cluster: set KUBECONFIG or run in a pod`);
}

/** The `readKubernetesSecret` of the key-ref deps: the secret's data, base64-decoded. */
export function kubeSecretReader(host: Host) {
  return async (namespace: string, name: string): Promise<Record<string, string> | undefined> => {
    const source = `k8s://${namespace}/${name}`;
    const { readSecretData } = await import('../../cluster/kube-client.ts');
    const where = await kubeSource(host, source);
    try {
      return await readSecretData(where, namespace, name);
    } catch (cause) {
      const why = (cause as Error).message.split('\n')[0]!.slice(0, 300);
      throw new KeyError('KEY_READ_FAILED', `${source}: ${why}`, { cause });
    }
  };
}

/** Creates cosign's key secret for `generate-key-pair k8s://NAMESPACE/SECRET`; 'exists' if there is one. */
export function kubeSecretCreator(host: Host) {
  return async (
    namespace: string,
    name: string,
    data: Record<string, string>,
  ): Promise<'created' | 'exists'> => {
    const source = `k8s://${namespace}/${name}`;
    const { createSecretData } = await import('../../cluster/kube-client.ts');
    const where = await kubeSource(host, source);
    try {
      return await createSecretData(where, namespace, name, data);
    } catch (cause) {
      const why = (cause as Error).message.split('\n')[0]!.slice(0, 300);
      throw new KeyError('KEY_READ_FAILED', `${source}: ${why}`, { cause });
    }
  };
}
