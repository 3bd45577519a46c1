// Where the cluster is, for the commands that reach one (`policy --apply`, `record-policy --apply`,
// `verify --record`): read from the flags, the environment and the files they name.
import { isAbsolute, join } from 'node:path';
import type { KubeConfigSource } from '../../cluster/index.ts';
import type { Host } from '../common/host.ts';
import { str, UsageError, type FlagValues } from '../common/values.ts';

const path = (host: Host, p: string) => (isAbsolute(p) ? p : join(host.cwd, p));

/** Where the cluster is: --kubeconfig, $KUBECONFIG, in-cluster facts, or ~/.kube/config. */
export async function kubeSource(flags: FlagValues, host: Host): Promise<KubeConfigSource> {
  const file = str(flags, 'kubeconfig') ?? host.env.KUBECONFIG?.split(':')[0];
  const context = str(flags, 'context');
  if (file)
    return { kind: 'kubeconfig', text: (await host.readFile(path(host, file))).toString('utf8'), context };
  const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
  if (host.env.KUBERNETES_SERVICE_HOST) {
    return {
      kind: 'in-cluster',
      host: host.env.KUBERNETES_SERVICE_HOST,
      port: host.env.KUBERNETES_SERVICE_PORT ?? '443',
      token: (await host.readFile(`${sa}/token`)).toString('utf8').trim(),
      caPem: (await host.readFile(`${sa}/ca.crt`)).toString('utf8'),
    };
  }
  if (host.env.HOME) {
    return {
      kind: 'kubeconfig',
      text: (await host.readFile(join(host.env.HOME, '.kube', 'config'))).toString('utf8'),
      context,
    };
  }
  throw new UsageError('no cluster: pass --kubeconfig, set KUBECONFIG, or run in a pod');
}
