// The admission companions (allowed registries, pull policy, cluster-wide audit, alerting) decided by the
// real Kyverno admission controller (v1.19.1, out of cluster, test/bed/kube-webhooks.ts) registered with
// a real kube-apiserver, with Kyverno's real reports controller turning admission results into
// PolicyReports and Kyverno's real Prometheus endpoint counting them. `signet policy --apply` writes the
// objects as the least-privilege identity holding the README's ClusterRole; the PrometheusRule CRD is the
// upstream copy in test/fixtures/crds (attribution in its README). Pods are stored, never scheduled: no
// image is pulled, so hosts like ghcr.io.evil.com need not exist.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubeOf, startBed, type Bed, type KubeBed, type KyvernoService } from '../bed/index.ts';
import { installCrds } from '../bed/kube.ts';
import { REPO_ROOT } from '../bed/tools.ts';
import { signetFromSource } from '../support/cli.ts';
import {
  admissionKit,
  bindClusterRole,
  readmeClusterRole,
  type AdmissionKit,
} from '../support/kube-admission.ts';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NS = 'apps';
let bed: Bed;
let kube: KubeBed;
let kyverno: KyvernoService;
let dir: string;
let kit: AdmissionKit;
let pub = '';
const images = { signed: '', unsigned: '' };
let podCount = 0;

/** Creates a Pod as admin; the status, the refusal message and the stored spec. */
async function createPod(spec: Any, ns = NS, dryRun = false) {
  const name = `p${++podCount}`;
  const r = await kube.request(
    'admin',
    'POST',
    `/api/v1/namespaces/${ns}/pods${dryRun ? '?dryRun=All' : ''}`,
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name },
      spec,
    },
  );
  return {
    name,
    status: r.status,
    message: String(r.body?.message ?? ''),
    spec: (r.body?.spec ?? {}) as Any,
  };
}
const containers = (...list: string[]) => list.map((image, i) => ({ name: `c${i}`, image }));

/** Adds an ephemeral container through the pods/ephemeralcontainers subresource, as `kubectl debug` does. */
async function addEphemeral(pod: string, image: string) {
  const current = await kube.request('admin', 'GET', `/api/v1/namespaces/${NS}/pods/${pod}`);
  const r = await kube.request('admin', 'PUT', `/api/v1/namespaces/${NS}/pods/${pod}/ephemeralcontainers`, {
    ...current.body,
    spec: {
      ...current.body.spec,
      ephemeralContainers: [{ name: 'debug', image, targetContainerName: 'c0' }],
    },
  });
  return { status: r.status, message: String(r.body?.message ?? ''), spec: (r.body?.spec ?? {}) as Any };
}

/** `signet policy --apply` as the least-privilege identity, for the repository `acme/app` signed by `pub`. */
async function applyPolicy(args: string[]): Promise<string> {
  const r = await signetFromSource(
    [
      'policy',
      '--name=acme',
      `--repository=${kit.host}/acme/app`,
      `--key=${pub}`,
      '--insecure-ignore-tlog',
      ...args,
      '--apply',
      `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`,
    ],
    { env: kit.env },
  );
  expect({ code: r.code, err: r.code ? r.stderr : '' }).toEqual({ code: 0, err: '' });
  return r.stdout;
}

/** Waits until Kyverno reports the policy at `path` ready (ClusterPolicy conditions or CEL conditionStatus). */
async function waitReady(path: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const p = await kube.request('admin', 'GET', path);
    const st = p.body?.status ?? {};
    const conds: { type: string; status: string }[] = st.conditions ?? st.conditionStatus?.conditions ?? [];
    if (
      st.conditionStatus?.ready === true ||
      conds.some((c) => /^(Ready|WebhookConfigured)$/.test(c.type) && c.status === 'True')
    )
      return;
    if (Date.now() > deadline) throw new Error(`${path} not ready: ${p.status} ${JSON.stringify(st)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Waits until `policy` refuses a dry-run Pod with `image`: its webhook configuration reached the API server. */
async function waitDenies(image: string, policy: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const r = await createPod({ containers: containers(image) }, NS, true);
    if (r.status === 400 && r.message.includes(policy)) return;
    if (Date.now() > deadline) throw new Error(`a Pod with ${image} is still ${r.status}: ${r.message}`);
    await new Promise((res) => setTimeout(res, 500));
  }
}

/** Waits until a dry-run Pod with `image` is admitted: a removed policy no longer decides. */
async function waitAdmits(image: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const r = await createPod({ containers: containers(image) }, NS, true);
    if (r.status === 201) return;
    if (Date.now() > deadline) throw new Error(`a Pod with ${image} is still ${r.status}: ${r.message}`);
    await new Promise((res) => setTimeout(res, 500));
  }
}

async function remove(paths: string[]): Promise<void> {
  for (const path of paths) {
    const r = await kube.request('admin', 'DELETE', path);
    expect({ path, status: r.status }).toEqual({ path, status: 200 });
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signet-companions-'));
  const t0 = Date.now();
  bed = await startBed({
    registries: ['anonymous'],
    kube: { webhook: 'kyverno', reports: true, metrics: true },
  });
  kube = kubeOf(bed);
  kyverno = bed.kyverno!;
  await installCrds(kube, [join(REPO_ROOT, 'test/fixtures/crds/monitoring.coreos.com_prometheusrules.yaml')]);
  kit = admissionKit(bed, kube, dir, 'acme');
  const keys = await kit.keyPair('build');
  pub = keys.pub;
  images.signed = await kit.push('app');
  images.unsigned = await kit.push('app', 'v2');
  await kit.cosignKeySign(images.signed, keys.key);
  const role = readmeClusterRole();
  await kube.applyAll([
    role,
    bindClusterRole('signet-apply', role.metadata.name, { kind: 'User', name: 'signet' }),
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'monitoring' } },
  ]);
  console.log(
    `companions suite: bed + API server + Kyverno (+ reports controller) ready in ${Date.now() - t0} ms (Kyverno ${kyverno.startMs} ms)`,
  );
});

afterAll(async () => {
  await bed?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the companions under the real Kyverno admission controller', () => {
  describe('ClusterPolicy forms: allowed registries and pull policy', () => {
    beforeAll(async () => {
      const out = await applyPolicy([
        '--target=kyverno',
        `--allowed-registry=${kit.host}/acme`,
        '--allowed-registry=ghcr.io/acme',
        '--pull-policy-always',
      ]);
      expect(out).toMatch(/^ClusterPolicy acme-registries created$/m);
      expect(out).toMatch(/^ClusterPolicy acme-pull-always created$/m);
      await waitReady('/apis/kyverno.io/v1/clusterpolicies/acme-registries');
      await waitReady('/apis/kyverno.io/v1/clusterpolicies/acme-pull-always');
      await waitDenies('quay.io/acme/app:1', 'acme-registries');
    });

    it('admits images from the allowed registry and repository, and sets imagePullPolicy: Always everywhere', async () => {
      const r = await createPod({
        initContainers: [{ name: 'init', image: images.signed, imagePullPolicy: 'Never' }],
        containers: [
          { name: 'c0', image: images.signed, imagePullPolicy: 'IfNotPresent' },
          { name: 'c1', image: `${kit.host}/acme/app:v1` },
          { name: 'c2', image: 'ghcr.io/acme/tools/x:1' },
        ],
      });
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
      const policies = [...r.spec.initContainers, ...r.spec.containers].map(
        (c: Any) => `${c.name}=${c.imagePullPolicy}`,
      );
      expect(policies).toEqual(['init=Always', 'c0=Always', 'c1=Always', 'c2=Always']);
    });

    it.each([
      ['a foreign registry', 'quay.io/acme/app:1'],
      ['a look-alike host', 'ghcr.io.evil.com/acme/app:1'],
      ['a look-alike organisation', 'ghcr.io/acmeevil/app:1'],
      ['another port of the allowed host', 'ghcr.io:8443/acme/app:1'],
      ['a Docker Hub short name', 'acme/app:1'],
    ])('refuses %s', async (_what, image) => {
      const r = await createPod({ containers: containers(images.signed, image) });
      expect(r.status).toBe(400);
      expect(r.message).toContain('acme-registries');
      expect(r.message).toContain('every image must come from an allowed registry or repository');
    });

    it('refuses a foreign image in an init container', async () => {
      const r = await createPod({
        initContainers: [{ name: 'init', image: 'ghcr.io.evil.com/acme/x:1' }],
        containers: containers(images.signed),
      });
      expect(r.status).toBe(400);
      expect(r.message).toContain('acme-registries');
    });

    it('refuses a look-alike ephemeral container, and pulls an allowed one Always', async () => {
      const base = await createPod({ containers: containers(images.signed) });
      expect(base.status).toBe(201);
      const evil = await addEphemeral(base.name, 'ghcr.io/acmeevil/debug:1');
      expect(evil.status).toBe(400);
      expect(evil.message).toContain('acme-registries');
      const ok = await addEphemeral(base.name, `${kit.host}/acme/app:v1`);
      expect({ status: ok.status, message: ok.message }).toEqual({ status: 200, message: '' });
      expect(ok.spec.ephemeralContainers.map((c: Any) => c.imagePullPolicy)).toEqual(['Always']);
    });

    it('leaves the system namespaces alone', async () => {
      const r = await createPod({ containers: containers('quay.io/x/y:1') }, 'kube-system');
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
    });
  });

  describe('CEL form: the ValidatingPolicy allow-list', () => {
    beforeAll(async () => {
      await remove(['/apis/kyverno.io/v1/clusterpolicies/acme-registries']);
      await waitAdmits('ghcr.io.evil.com/acme/app:1');
      const out = await applyPolicy([
        '--target=kyverno-ivp',
        `--allowed-registry=${kit.host}/acme`,
        '--allowed-registry=ghcr.io/acme',
      ]);
      expect(out).toMatch(/^ValidatingPolicy acme-registries created$/m);
      await waitReady('/apis/policies.kyverno.io/v1/validatingpolicies/acme-registries');
      await waitDenies('ghcr.io.evil.com/acme/app:1', 'acme-registries');
    });

    it('admits the allowed registry and repository', async () => {
      const r = await createPod({ containers: containers(images.signed, 'ghcr.io/acme/tools/x:1') });
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
    });

    it.each([
      ['a foreign registry', 'quay.io/acme/app:1'],
      ['a look-alike host', 'ghcr.io.evil.com/acme/app:1'],
      ['a look-alike organisation', 'ghcr.io/acmeevil/app:1'],
    ])('refuses %s, naming the policy', async (_what, image) => {
      const r = await createPod({ containers: containers(images.signed, image) });
      expect(r.status).toBe(400);
      expect(r.message).toContain('acme-registries');
      expect(r.message).toContain('every image must come from an allowed registry or repository');
    });

    it('refuses a look-alike ephemeral container', async () => {
      const base = await createPod({ containers: containers(images.signed) });
      expect(base.status).toBe(201);
      const evil = await addEphemeral(base.name, 'ghcr.io.evil.com/acme/debug:1');
      expect(evil.status).not.toBe(200);
      expect(evil.message).toContain('acme-registries');
    });
  });

  describe('the cluster-wide audit, its PolicyReport and the PrometheusRule', () => {
    const reported = { unsigned: '', signed: '' };
    beforeAll(async () => {
      await remove([
        '/apis/policies.kyverno.io/v1/validatingpolicies/acme-registries',
        '/apis/kyverno.io/v1/clusterpolicies/acme-pull-always',
      ]);
      const out = await applyPolicy(['--target=kyverno', '--audit-unsigned', '--alert']);
      expect(out).toMatch(/^ClusterPolicy acme-audit created$/m);
      expect(out).toMatch(/^PrometheusRule monitoring\/acme-alerts created$/m);
      await waitReady('/apis/kyverno.io/v1/clusterpolicies/acme-audit');
      await new Promise((r) => setTimeout(r, 1000));
    });

    it('admits an unsigned image (audit does not block)', async () => {
      const unsigned = await createPod({ containers: containers(images.unsigned) });
      expect({ status: unsigned.status, message: unsigned.message }).toEqual({ status: 201, message: '' });
      reported.unsigned = unsigned.name;
      const signed = await createPod({ containers: containers(images.signed) });
      expect(signed.status).toBe(201);
      reported.signed = signed.name;
    });

    it('reports the unsigned image as a failure of acme-audit in a PolicyReport, and the signed one as a pass', async () => {
      expect(reported.unsigned).not.toBe('');
      // The reports controller aggregates the admission controller's EphemeralReports asynchronously.
      const deadline = Date.now() + 180_000;
      let results: Any[] = [];
      for (;;) {
        const list = await kube.request(
          'admin',
          'GET',
          `/apis/wgpolicyk8s.io/v1alpha2/namespaces/${NS}/policyreports`,
        );
        results = (list.body?.items ?? []).flatMap((rep: Any) =>
          (rep.results ?? []).map((x: Any) => ({ ...x, pod: rep.scope?.name })),
        );
        const done = [reported.unsigned, reported.signed].every((p) =>
          results.some((x) => x.pod === p && x.policy === 'acme-audit'),
        );
        if (done) break;
        if (Date.now() > deadline)
          throw new Error(
            `no PolicyReport entries for ${JSON.stringify(reported)}: ${JSON.stringify(list.body)}`,
          );
        await new Promise((r) => setTimeout(r, 1000));
      }
      const of = (pod: string) => results.filter((x) => x.pod === pod && x.policy === 'acme-audit');
      expect(of(reported.unsigned)).toEqual([
        expect.objectContaining({
          rule: 'audit-signatures',
          result: 'fail',
          message: expect.stringContaining(images.unsigned.split('@')[0]!),
        }),
      ]);
      expect(of(reported.signed).map((x) => x.result)).toEqual(['pass']);
    });

    it("is counted by Kyverno's metrics under exactly the names the PrometheusRule's expression selects", async () => {
      const rule = await kube.request(
        'admin',
        'GET',
        '/apis/monitoring.coreos.com/v1/namespaces/monitoring/prometheusrules/acme-alerts',
      );
      expect(rule.status).toBe(200);
      const exprs: string[] = rule.body.spec.groups.flatMap((g: Any) =>
        g.rules.map((r: Any) => String(r.expr)),
      );
      // Every policy the expressions name exists in the cluster as a Kyverno ClusterPolicy.
      const named = new Set(
        exprs.flatMap((e) => [...e.matchAll(/policy_name="([^"]+)"/g)].map((m) => m[1]!)),
      );
      expect([...named].sort()).toEqual(['acme', 'acme-audit']);
      for (const n of named)
        expect({
          n,
          status: (await kube.request('admin', 'GET', `/apis/kyverno.io/v1/clusterpolicies/${n}`)).status,
        }).toEqual({ n, status: 200 });
      // The admission controller's Prometheus endpoint has the failing series the alert selects.
      const metrics = await (await fetch(kyverno.metricsURL!)).text();
      const series = metrics
        .split('\n')
        .filter(
          (l) => l.startsWith('kyverno_policy_results_total{') && l.includes('policy_name="acme-audit"'),
        );
      const failing = series.filter((l) => l.includes('rule_result="fail"'));
      expect(failing.length).toBeGreaterThan(0);
      expect(failing.join('\n')).toContain('rule_name="audit-signatures"');
      expect(failing.join('\n')).toContain(`resource_namespace="${NS}"`);
      expect(exprs.join('\n')).toContain(
        'kyverno_policy_results_total{rule_result="fail", policy_name="acme-audit"}',
      );
    });

    it('is validated by the real API server against the upstream PrometheusRule CRD', async () => {
      const bad = await kube.request(
        'admin',
        'POST',
        '/apis/monitoring.coreos.com/v1/namespaces/monitoring/prometheusrules',
        {
          apiVersion: 'monitoring.coreos.com/v1',
          kind: 'PrometheusRule',
          metadata: { name: 'mistyped' },
          spec: { groups: [{ name: 'g', rules: [{ alert: 'A' }] }] },
        },
      );
      expect(bad.status).toBe(422);
      expect(String(bad.body.message)).toContain('expr');
    });
  });
});
