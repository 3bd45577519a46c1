// Where `policy` and `record-policy` send the admission objects they make, as CLUSTER_OUTPUT_FLAGS
// say: --output-dir writes one GitOps file per object, --apply applies them server-side and reports
// each object (and each one pruned), and with neither the objects go to stdout as YAML.
import { isAbsolute, join } from 'node:path';
import { stringify } from 'yaml';
import { applyObjects, connectKube, toGitOpsFiles, type KubeObject } from '../../cluster/index.ts';
import type { Host } from '../common/host.ts';
import { bool, str, type FlagValues } from '../common/values.ts';
import { kubeSource } from './kube-source.ts';

const path = (host: Host, p: string) => (isAbsolute(p) ? p : join(host.cwd, p));

/** Writes, applies or prints `objects` (and Connaisseur's Helm values, when given) as the flags say. */
export async function outputClusterObjects(
  flags: FlagValues,
  host: Host,
  out: {
    objects: KubeObject[];
    policyName: string;
    connaisseurValues?: Record<string, unknown>;
    forceConflicts?: boolean;
    prune: boolean;
  },
): Promise<void> {
  const outDir = str(flags, 'output-dir');
  if (outDir) {
    const files = toGitOpsFiles(out.objects, { connaisseurValues: out.connaisseurValues });
    for (const f of files)
      await host.writeFile(join(path(host, outDir), f.path), f.content, { mode: 0o644, overwrite: true });
    host.stderr(`wrote ${files.length} files to ${outDir}\n`);
  }
  if (bool(flags, 'apply')) {
    const kube = await connectKube(await kubeSource(flags, host));
    const result = await applyObjects(
      {
        objects: out.objects,
        policyName: out.policyName,
        dryRun: bool(flags, 'dry-run'),
        forceConflicts: out.forceConflicts === true,
        prune: out.prune,
      },
      { kube },
    );
    for (const a of result.applied) {
      host.stdout(`${a.object} ${a.action}${result.dryRun ? ' (dry run)' : ''}\n`);
    }
    for (const p of result.pruned) host.stdout(`${p} pruned${result.dryRun ? ' (dry run)' : ''}\n`);
  } else if (!outDir) {
    host.stdout(out.objects.map((o) => stringify(o)).join('---\n'));
    if (out.connaisseurValues)
      host.stdout(`# connaisseur helm values\n---\n${stringify(out.connaisseurValues)}`);
  }
}
