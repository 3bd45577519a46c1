// `signet record-policy`: the pre-flight record target (a Kyverno policy admitting the digests Signet
// verified and recorded, and its RBAC): printed, written for GitOps, or applied.
import { buildRecordPolicy, type RecordWriter } from '../../../cluster/index.ts';
import { list, str, UsageError } from '../../common/values.ts';
import type { Command } from '../command.ts';
import { CLUSTER_OUTPUT_FLAGS } from '../flags.ts';
import { outputClusterObjects } from '../cluster-output.ts';

/** `--record-writer`: `User:NAME`, `Group:NAME` or `ServiceAccount:NAMESPACE/NAME`. */
function parseRecordWriter(value: string | undefined): RecordWriter {
  const m = /^(User|Group|ServiceAccount):(.+)$/.exec(value ?? '');
  if (!m) {
    throw new UsageError(
      '--record-writer is required: User:NAME, Group:NAME or ServiceAccount:NAMESPACE/NAME (the CI identity that runs signet verify --record)',
    );
  }
  const kind = m[1] as RecordWriter['kind'];
  if (kind !== 'ServiceAccount') return { kind, name: m[2]! };
  const [namespace, name, ...rest] = m[2]!.split('/');
  if (!namespace || !name || rest.length > 0)
    throw new UsageError(`--record-writer ServiceAccount takes NAMESPACE/NAME, got ${JSON.stringify(m[2])}`);
  return { kind, name, namespace };
}

/** `signet record-policy`: the pre-flight record target's objects (src/cluster/record.ts). */
export const recordPolicyCommand: Command = {
  name: 'record-policy',
  usage:
    'signet record-policy --name N --record-writer KIND:NAME [--exclude-namespace NS] [--output-dir DIR | --apply [--dry-run]]',
  flags: {
    name: { type: 'string', value: 'NAME', description: 'base name of the objects (DNS-1123)' },
    'record-writer': {
      type: 'string',
      value: 'KIND:NAME',
      description:
        'the only identity allowed to write records: User:NAME, Group:NAME or ServiceAccount:NS/NAME',
    },
    'kyverno-service-account': {
      type: 'string',
      value: 'NS/NAME',
      description: "Kyverno's admission controller, granted read access to the records",
      default: 'kyverno/kyverno-admission-controller',
    },
    'exclude-namespace': { type: 'list', value: 'NS', description: 'never checked (beyond the system ones)' },
    ...CLUSTER_OUTPUT_FLAGS,
  },
  async run({ flags, positionals }, host) {
    if (positionals.length > 0) throw new UsageError('signet record-policy takes no arguments, only flags');
    const name = str(flags, 'name');
    if (!name || !/^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/.test(name))
      throw new UsageError('--name is required: a DNS-1123 label of at most 40 characters');
    const writer = parseRecordWriter(str(flags, 'record-writer'));
    const [readerNs, readerName] = (str(flags, 'kyverno-service-account') ?? '').split('/');
    if (!readerNs || !readerName) throw new UsageError('--kyverno-service-account takes NAMESPACE/NAME');
    const objects = buildRecordPolicy({
      name,
      writer,
      reader: { namespace: readerNs, name: readerName },
      excludeNamespaces: list(flags, 'exclude-namespace'),
    });
    await outputClusterObjects(flags, host, { objects, policyName: name, prune: false });
    return 0;
  },
};
