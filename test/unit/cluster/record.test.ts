// The pre-flight record target's pure parts and writeRecord's decisions, with an in-memory KubeApi
// passed through deps. The real Kyverno controller judging these objects is in
// test/integration/cluster-webhook-kyverno.itg.test.ts.
import {
  buildRecordPolicy,
  toRecord,
  toRecordName,
  writeRecord,
  type KubeApi,
  type KubeObject,
  type RecordInput,
} from '../../../src/cluster/index.ts';
import { parseReference } from '../../../src/registry/index.ts';
import type { VerifyResult } from '../../../src/verify/index.ts';
import { crdValidator } from './crds.ts';
import { DIGEST_A } from './fixtures.ts';

const verification = (verified: boolean): VerifyResult =>
  ({
    image: parseReference(`ghcr.io/acme/app:v1`),
    digest: DIGEST_A,
    signatureRepository: parseReference('ghcr.io/acme/app'),
    formats: { legacy: true, bundle: true },
    verified,
    signatures: verified
      ? [
          {
            format: 'legacy',
            location: 'x',
            identity: { subjectAlternativeName: 'https://ci', issuer: 'i', claims: {} },
          },
        ]
      : [],
    rejected: [],
    warnings: [],
  }) as unknown as VerifyResult;

function memoryKube(): KubeApi & { store: Map<string, KubeObject>; applies: number } {
  const store = new Map<string, KubeObject>();
  const key = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;
  const api = {
    store,
    applies: 0,
    async read(o: KubeObject) {
      return structuredClone(store.get(key(o)));
    },
    async apply(o: KubeObject, opts: { dryRun: boolean }) {
      api.applies++;
      if (!opts.dryRun) store.set(key(o), structuredClone(o));
      return o;
    },
    async list() {
      return [];
    },
    async delete() {},
  };
  return api;
}

const input = (level: RecordInput['level'], verified = true): RecordInput => ({
  verification: verification(verified),
  level,
  verifiedAt: '2026-12-05T00:00:00Z',
});

describe('toRecordName', () => {
  it('names a record after its sha256 digest, and refuses anything else', () => {
    expect(toRecordName(DIGEST_A)).toBe(`sha256-${'a'.repeat(64)}`);
    expect(() => toRecordName('sha256:abc')).toThrow(
      expect.objectContaining({ code: 'POLICY_INVALID_INPUT' }),
    );
    expect(() => toRecordName(`sha512:${'a'.repeat(128)}`)).toThrow();
  });
});

describe('toRecord', () => {
  it('records the digest, the repository without tag, the level label and who signed', () => {
    const r = toRecord(input('development')) as KubeObject & { data: Record<string, string> };
    expect(r.metadata).toMatchObject({
      namespace: 'signet-records',
      labels: { 'signet.dev/level': 'development', 'app.kubernetes.io/managed-by': 'signet' },
    });
    expect(r.data.digest).toBe(DIGEST_A);
    expect(r.data.repository).toBe('ghcr.io/acme/app');
    expect(JSON.parse(r.data.development!)).toEqual({
      verifiedAt: '2026-12-05T00:00:00Z',
      signers: ['https://ci'],
    });
  });
});

describe('writeRecord', () => {
  it('refuses to record a verification that did not pass, writing nothing', async () => {
    const kube = memoryKube();
    await expect(writeRecord(input('production', false), { kube })).rejects.toMatchObject({
      code: 'POLICY_UNVERIFIED',
      message: expect.stringContaining('not recording ghcr.io/acme/app:v1'),
    });
    expect(kube.applies).toBe(0);
  });

  it('creates, upgrades (keeping the development entry), refreshes, and never downgrades', async () => {
    const kube = memoryKube();
    expect(await writeRecord(input('development'), { kube })).toMatchObject({
      action: 'created',
      level: 'development',
    });
    expect(await writeRecord(input('development'), { kube })).toMatchObject({
      action: 'refreshed',
      level: 'development',
    });
    expect(await writeRecord(input('production'), { kube })).toMatchObject({
      action: 'upgraded',
      level: 'production',
    });
    expect(await writeRecord(input('development'), { kube })).toMatchObject({
      action: 'kept',
      level: 'production',
    });
    const stored = [...kube.store.values()][0] as KubeObject & { data: Record<string, string> };
    expect(stored.metadata.labels?.['signet.dev/level']).toBe('production');
    expect(Object.keys(stored.data).sort()).toEqual(['development', 'digest', 'production', 'repository']);
  });

  it('writes nothing with dryRun', async () => {
    const kube = memoryKube();
    expect(await writeRecord({ ...input('production'), dryRun: true }, { kube })).toMatchObject({
      action: 'created',
    });
    expect(kube.store.size).toBe(0);
  });
});

describe('buildRecordPolicy', () => {
  const objects = buildRecordPolicy({
    name: 'acme',
    writer: { kind: 'ServiceAccount', name: 'ci', namespace: 'ci' },
  });
  const policy = objects.find((o) => o.kind === 'ClusterPolicy') as KubeObject & { spec: { rules: any[] } }; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('is a valid Kyverno ClusterPolicy by the upstream CRD', () => {
    expect(crdValidator()(policy)).toEqual([]);
  });

  it('grants the writer get, create and patch on ConfigMaps in the records namespace only', () => {
    const writer = objects.find(
      (o) => o.kind === 'Role' && o.metadata.name === 'acme-record-writer',
    ) as KubeObject & {
      rules: unknown[];
    };
    expect(writer.metadata.namespace).toBe('signet-records');
    expect(writer.rules).toEqual([
      { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'create', 'patch'] },
    ]);
    const binding = objects.find(
      (o) => o.kind === 'RoleBinding' && o.metadata.name === 'acme-record-writer',
    ) as KubeObject & {
      subjects: unknown[];
    };
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'ci', namespace: 'ci' }]);
  });

  it('matches namespaces by exact level label, every container list, and denies missing records', () => {
    expect(policy.spec.rules.map((r) => r.name)).toEqual(['record-development', 'record-production']);
    for (const r of policy.spec.rules) {
      expect(r.match.any[0].resources.kinds).toEqual(['Pod', 'Pod/ephemeralcontainers']);
      expect(r.exclude.any[0].resources.namespaces).toEqual(
        expect.arrayContaining(['kube-system', 'signet-records']),
      );
      const each = r.validate.foreach[0];
      expect(each.list).toBe('request.object.spec.[containers, initContainers, ephemeralContainers][]');
      expect(each.context[0].apiCall.default).toBe('none');
      expect(r.validate.failureAction).toBe('Enforce');
    }
    const prod = policy.spec.rules[1].validate.foreach[0].deny.conditions.any;
    expect(prod).toContainEqual({ key: '{{ recordLevel }}', operator: 'AnyNotIn', value: ['production'] });
    expect(policy.spec.rules[0].match.any[0].resources.namespaceSelector).toEqual({
      matchLabels: { 'signet.dev/trust-level': 'development' },
    });
  });
});
