// The pre-flight record admission target: CI verifies an image with Signet, then records the verified
// digest in the cluster; a Kyverno `apiCall` rule admits a Pod only when every container's digest has a
// record at the namespace's trust level, so admission does no cryptography.
//
// What it trusts: whoever may write records (RBAC on one namespace), not signatures. So records are
// written only from a passed `VerifyResult`, one ConfigMap per digest (`sha256-<hex>`) with a level
// label; a production run upgrades a development record (merging, not replacing, what each level
// recorded) and a development run never downgrades a production one. The generated RBAC lets only the
// named CI identity write records and Kyverno read them.
import { formatReference, type ImageRef } from '../registry/index.ts';
import type { VerifyResult } from '../verify/index.ts';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE, SYSTEM_NAMESPACES, TRUST_LEVEL_LABEL } from './constants.ts';
import { PolicyError } from './errors.ts';
import { toLabels } from './input.ts';
import type { KubeApi } from './kube-client.ts';
import type { KubeObject, TrustLevel } from './types.ts';

/** The namespace holding the records (its own, so RBAC can grant exactly it). */
export const RECORD_NAMESPACE = 'signet-records';
/** The record's level label: `development` or `production`. */
export const RECORD_LEVEL_LABEL = 'signet.dev/level';
const LEVELS: readonly TrustLevel[] = ['development', 'production'];

/** Who writes records: the CI identity (a user, a group or a ServiceAccount). */
export interface RecordWriter {
  kind: 'User' | 'Group' | 'ServiceAccount';
  name: string;
  /** For a ServiceAccount. */
  namespace?: string;
}

/** What the record policy needs. */
export interface RecordPolicyInput {
  name: string;
  writer: RecordWriter;
  /** Kyverno's admission controller ServiceAccount (default kyverno/kyverno-admission-controller). */
  reader?: { name: string; namespace: string };
  /** Namespaces never checked beyond the system ones. */
  excludeNamespaces?: string[];
}

/** The ConfigMap name of a digest's record. */
export function toRecordName(digest: string): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new PolicyError('POLICY_INVALID_INPUT', `record: ${digest} is not a sha256 digest`);
  }
  return digest.replace(':', '-');
}

const subjectOf = (w: RecordWriter): Record<string, string> =>
  w.kind === 'ServiceAccount'
    ? { kind: 'ServiceAccount', name: w.name, namespace: w.namespace ?? 'default' }
    : { apiGroup: 'rbac.authorization.k8s.io', kind: w.kind, name: w.name };

/** One rule per level: every container list, digests only, and a record at (or above) the level. */
function recordRule(level: TrustLevel, exclude: string[]): Record<string, unknown> {
  const accepted = level === 'production' ? ['production'] : ['development', 'production'];
  return {
    name: `record-${level}`,
    match: {
      any: [
        {
          resources: {
            kinds: ['Pod', 'Pod/ephemeralcontainers'],
            operations: ['CREATE', 'UPDATE'],
            // Exact label values: namespaceSelector cannot glob, so levels are labels, not name patterns.
            namespaceSelector: { matchLabels: { [TRUST_LEVEL_LABEL]: level } },
          },
        },
      ],
    },
    exclude: { any: [{ resources: { namespaces: exclude } }] },
    validate: {
      failureAction: 'Enforce',
      message: `every image must be pinned by digest and recorded at level ${accepted.join(' or ')} in ${RECORD_NAMESPACE} by Signet's verification`,
      foreach: [
        {
          list: 'request.object.spec.[containers, initContainers, ephemeralContainers][]',
          context: [
            {
              name: 'recordLevel',
              apiCall: {
                // A reference without a digest looks up `none`, which never exists: denied below anyway.
                urlPath: `/api/v1/namespaces/${RECORD_NAMESPACE}/configmaps/{{ replace_all(split(element.image, '@')[1] || 'none', ':', '-') }}`,
                jmesPath: `metadata.labels."${RECORD_LEVEL_LABEL}" || 'none'`,
                // No record (404): the variable is `none`, and the Pod is denied, not errored.
                default: 'none',
              },
            },
          ],
          deny: {
            conditions: {
              any: [
                { key: "{{ contains(element.image, '@sha256:') }}", operator: 'Equals', value: false },
                { key: '{{ recordLevel }}', operator: 'AnyNotIn', value: accepted },
              ],
            },
          },
        },
      ],
    },
  };
}

/** The record target's objects: namespace, RBAC for the writer and for Kyverno, and the ClusterPolicy. */
export function buildRecordPolicy(input: RecordPolicyInput): KubeObject[] {
  const labels = toLabels(input.name);
  const reader = input.reader ?? { name: 'kyverno-admission-controller', namespace: 'kyverno' };
  const exclude = [
    ...new Set([...SYSTEM_NAMESPACES, RECORD_NAMESPACE, ...(input.excludeNamespaces ?? [])]),
  ].sort();
  const role = (name: string, verbs: string[]) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name, namespace: RECORD_NAMESPACE, labels },
    rules: [{ apiGroups: [''], resources: ['configmaps'], verbs }],
  });
  const binding = (name: string, subject: Record<string, string>) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name, namespace: RECORD_NAMESPACE, labels },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
    subjects: [subject],
  });
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: RECORD_NAMESPACE, labels } },
    // get: read the record to upgrade it; create + patch: server-side apply. No delete, no list.
    role(`${input.name}-record-writer`, ['get', 'create', 'patch']),
    binding(`${input.name}-record-writer`, subjectOf(input.writer)),
    role(`${input.name}-record-reader`, ['get']),
    binding(`${input.name}-record-reader`, {
      kind: 'ServiceAccount',
      name: reader.name,
      namespace: reader.namespace,
    }),
    {
      apiVersion: 'kyverno.io/v1',
      kind: 'ClusterPolicy',
      metadata: {
        name: `${input.name}-records`,
        labels,
        annotations: {
          'policies.kyverno.io/description':
            'Admits Pods whose every image digest Signet verified and recorded at the namespace trust level. Trusts the record writer, not signatures.',
        },
      },
      spec: {
        background: false,
        webhookConfiguration: { failurePolicy: 'Fail', timeoutSeconds: 15 },
        rules: LEVELS.map((l) => recordRule(l, exclude)),
      },
    },
  ] as KubeObject[];
}

/** What to record. */
export interface RecordInput {
  /** The outcome of Signet's own verification of the image; nothing is written unless it passed. */
  verification: VerifyResult;
  level: TrustLevel;
  /** When the verification ran (ISO 8601). */
  verifiedAt: string;
  dryRun?: boolean;
}

/** What happened to the record. */
export interface RecordResult {
  record: string;
  /** created; upgraded (development → production); refreshed (same level again); kept (a production record
   * is not downgraded by a development run, which only adds its own entry). */
  action: 'created' | 'upgraded' | 'refreshed' | 'kept';
  /** The level the record has now. */
  level: TrustLevel;
}

const rank = (l: string | undefined) => (l === 'production' ? 2 : l === 'development' ? 1 : 0);

/** The record ConfigMap of a verification at `level`, merged with what `existing` recorded. */
export function toRecord(input: RecordInput, existing?: KubeObject): KubeObject {
  const v = input.verification;
  const keep = rank(existing?.metadata.labels?.[RECORD_LEVEL_LABEL]) > rank(input.level);
  const level = keep ? (existing!.metadata.labels![RECORD_LEVEL_LABEL] as TrustLevel) : input.level;
  const old = ((existing as { data?: Record<string, string> } | undefined)?.data ?? {}) as Record<
    string,
    string
  >;
  const data: Record<string, string> = { digest: v.digest, repository: repositoryOf(v.image) };
  for (const l of LEVELS) if (old[l]) data[l] = old[l];
  data[input.level] = JSON.stringify({
    verifiedAt: input.verifiedAt,
    signers: v.signatures.map((s) => s.identity?.subjectAlternativeName ?? 'key').sort(),
  });
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: toRecordName(v.digest),
      namespace: RECORD_NAMESPACE,
      labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [RECORD_LEVEL_LABEL]: level },
    },
    data,
  } as KubeObject;
}

function repositoryOf(image: ImageRef): string {
  return `${image.registry}/${image.repository}`;
}

/** Writes (or upgrades) the record of a passed verification; throws POLICY_UNVERIFIED otherwise. */
export async function writeRecord(input: RecordInput, deps: { kube: KubeApi }): Promise<RecordResult> {
  const v = input.verification;
  if (!v.verified || v.signatures.length === 0) {
    throw new PolicyError(
      'POLICY_UNVERIFIED',
      `not recording ${formatReference(v.image)}: Signet's verification did not pass; records are written only for verified digests`,
    );
  }
  const probe = toRecord(input);
  const existing = await deps.kube.read(probe);
  const record = toRecord(input, existing);
  const level = record.metadata.labels![RECORD_LEVEL_LABEL] as TrustLevel;
  const was = existing?.metadata.labels?.[RECORD_LEVEL_LABEL];
  const name = `${RECORD_NAMESPACE}/${record.metadata.name}`;
  await deps.kube.apply(record, { dryRun: input.dryRun === true, force: false });
  const action = !existing
    ? 'created'
    : rank(was) > rank(input.level)
      ? 'kept'
      : rank(was) < rank(input.level)
        ? 'upgraded'
        : 'refreshed';
  return { record: name, action, level };
}
