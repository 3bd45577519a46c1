// The apply stage: server-side apply of the generated objects (field manager `signet`), reporting for
// each whether it was created, changed or already as asked (a second apply changes nothing), then
// pruning the per-digest objects of this policy that the new set no longer contains.
import { isDeepStrictEqual } from 'node:util';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE, POLICY_LABEL, SCOPE_LABEL } from './constants.ts';
import type { KubeApi } from './kube-client.ts';
import type { KubeObject } from './types.ts';

/** What to apply. */
export interface ApplyInput {
  objects: KubeObject[];
  /** The policy name the objects were generated for (their `signet.dev/policy` label): what pruning selects. */
  policyName: string;
  /** Send everything with `dryRun=All`: the API server validates, nothing is stored. */
  dryRun?: boolean;
  /** Take over fields another field manager owns (server-side apply `force=true`). */
  forceConflicts?: boolean;
  /** Delete per-digest objects of this policy that are not in `objects` (default true). */
  prune?: boolean;
}

/** The apply stage's dependencies. */
export interface ApplyDeps {
  kube: KubeApi;
}

/** What happened to one object. */
export interface AppliedObject {
  /** `Kind name` or `Kind namespace/name`. */
  object: string;
  action: 'created' | 'configured' | 'unchanged';
}

/** The outcome of an apply. */
export interface ApplyResult {
  applied: AppliedObject[];
  /** Superseded per-digest objects deleted (or, with dryRun, that would be). */
  pruned: string[];
  dryRun: boolean;
}

const ref = (o: Pick<KubeObject, 'kind' | 'metadata'>) =>
  `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

/** The parts of an object Signet sets: comparing them before and after tells whether anything changed. */
function managedView(o: KubeObject): unknown {
  const { apiVersion: _a, kind: _k, metadata, status: _s, ...rest } = o;
  return { labels: metadata.labels ?? {}, annotations: metadata.annotations ?? {}, ...rest };
}

/** The label selector of the per-digest objects of `policyName`. */
export function toPruneSelector(policyName: string): string {
  return `${MANAGED_BY_LABEL}=${MANAGED_BY_VALUE},${POLICY_LABEL}=${policyName},${SCOPE_LABEL}=digest`;
}

/** Applies the objects in order, then prunes; throws the first ClusterError. */
export async function applyObjects(input: ApplyInput, deps: ApplyDeps): Promise<ApplyResult> {
  const dryRun = input.dryRun === true;
  const applied: AppliedObject[] = [];
  for (const obj of input.objects) {
    const before = await deps.kube.read(obj);
    const after = await deps.kube.apply(obj, { dryRun, force: input.forceConflicts === true });
    const action = !before
      ? 'created'
      : isDeepStrictEqual(managedView(before), managedView(after))
        ? 'unchanged'
        : 'configured';
    applied.push({ object: ref(obj), action });
  }
  const pruned: string[] = [];
  if (input.prune !== false) {
    const keep = new Set(input.objects.map(ref));
    const kinds = new Map<string, KubeObject>();
    for (const o of input.objects) kinds.set(`${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ''}`, o);
    for (const o of kinds.values()) {
      const existing = await deps.kube.list(
        o.apiVersion,
        o.kind,
        toPruneSelector(input.policyName),
        o.metadata.namespace,
      );
      for (const e of existing.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))) {
        if (keep.has(ref(e))) continue;
        await deps.kube.delete(e, { dryRun });
        pruned.push(ref(e));
      }
    }
  }
  return { applied, pruned, dryRun };
}
