// Admission decided by the real Kyverno admission controller (v1.19.1, out of cluster with its own
// webhook certificate, test/bed/kube-webhooks.ts) registered with a real kube-apiserver: Signet and the
// real cosign sign images in the bed's registry, `signet policy --apply --target kyverno` writes the
// ClusterPolicy and the PolicyException as the least-privilege identity, then real Pods are created in
// namespaces that choose their trust level by label.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubeOf, startBed, type Bed, type KubeBed, type KyvernoService } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { signetFromSource } from '../support/cli.ts';
import { RECORD_NAMESPACE } from '../../src/cluster/index.ts';
import {
  admissionKit,
  bindClusterRole,
  readmeClusterRole,
  type AdmissionKit,
} from '../support/kube-admission.ts';

const BUILD_IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const RELEASE_REF = 'signet-bed/app/.github/workflows/release.yml@refs/tags/v1.0.0';
const RELEASE_RE = '^https://github\\.com/signet-bed/app/\\.github/workflows/release\\.yml@refs/tags/v.+$';
const OTHER_REF = 'someone/else/.github/workflows/build.yml@refs/heads/main';
const LEVEL = 'signet.dev/trust-level';

let bed: Bed;
let kube: KubeBed;
let kyverno: KyvernoService | undefined;
let dir: string;
let kit: AdmissionKit;
const images = { signed: '', buildOnly: '', unsigned: '', other: '', cosigned: '' };
const pod = (ns: string, name: string, image: string) =>
  kit.createPod(ns, name, { containers: [{ name: 'app', image }] });
const ns = (name: string, level?: string) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, ...(level ? { labels: { [LEVEL]: level } } : {}) },
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signet-kyverno-'));
  const t0 = Date.now();
  bed = await startBed({ registries: ['anonymous'], sigstore: true, kube: { webhook: 'kyverno' } });
  kube = kubeOf(bed);
  kyverno = bed.kyverno!;
  const ready = Date.now() - t0;
  kit = admissionKit(bed, kube, dir, 'ky');

  images.signed = await kit.push('app');
  images.buildOnly = await kit.push('dev');
  images.unsigned = await kit.push('unsigned');
  images.other = await kit.push('other');
  images.cosigned = await kit.push('cosigned');
  await kit.signetSign(images.signed);
  await kit.signetSign(images.signed, RELEASE_REF);
  await kit.signetSign(images.buildOnly);
  await kit.signetSign(images.other, OTHER_REF);
  await kit.cosignSign(images.cosigned);
  await kit.cosignSign(images.cosigned, RELEASE_REF);

  const role = readmeClusterRole();
  await kube.applyAll([
    role,
    bindClusterRole('signet-apply', role.metadata.name, { kind: 'User', name: 'signet' }),
    ns('prod', 'production'),
    ns('dev', 'development'),
    ns('plain'),
    ns('incident-1', 'production'),
    ns('incident-2', 'production'),
  ]);
  // kube-system asks for production too: system namespaces are excluded whatever their labels say.
  await kube.request(
    'admin',
    'PATCH',
    '/api/v1/namespaces/kube-system',
    { metadata: { labels: { [LEVEL]: 'production' } } },
    'application/merge-patch+json',
  );
  const applied = await signetFromSource(
    [
      'policy',
      '--name=bed-app',
      ...['app', 'dev', 'unsigned', 'other', 'cosigned'].map((n) => `--repository=${kit.host}/ky/${n}`),
      `--certificate-identity=${BUILD_IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--release-certificate-identity-regexp=${RELEASE_RE}`,
      `--release-certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--trusted-root=${bed.sigstore!.trustedRootPath}`,
      '--bypass-namespace=incident-1',
      '--bypass-reason=INC-1 approved by the bed',
      '--target=kyverno',
      '--apply',
      `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`,
    ],
    { env: kit.env },
  );
  if (applied.code !== 0) throw new Error(`signet policy --apply: ${applied.stderr}`);
  expect(applied.stdout).toMatch(/ClusterPolicy bed-app created/);
  // Kyverno registers the policy's resource webhooks when it reports the policy ready.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const p = await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/bed-app');
    const ready = (p.body?.status?.conditions ?? []).some(
      (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
    );
    const v = await kube.request(
      'admin',
      'GET',
      '/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations/kyverno-resource-mutating-webhook-cfg',
    );
    if (ready && (v.body?.webhooks ?? []).length > 0) break;
    if (Date.now() > deadline)
      throw new Error(`kyverno: policy not ready: ${JSON.stringify(p.body?.status)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(
    `kyverno suite: bed + API server + Kyverno ready in ${ready} ms (CRDs ${kyverno.crdMs} ms, Kyverno ${kyverno.startMs} ms)`,
  );
});

afterAll(async () => {
  await bed?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the real Kyverno admission controller', () => {
  describe('in a production namespace (Enforce)', () => {
    it('admits the image Signet signed as build and release, by digest', async () => {
      const r = await pod('prod', 'signed', images.signed);
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
      expect(r.images).toEqual([images.signed]);
    });

    it('admits by tag and mutates the Pod to the digest (mutateDigest)', async () => {
      const r = await pod('prod', 'by-tag', images.signed.replace(/@sha256:.*/, ':v1'));
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
      expect(r.images).toEqual([images.signed.replace('@', ':v1@')]);
    });

    it('admits the image the real cosign signed as the same identities', async () => {
      const r = await pod('prod', 'cosigned', images.cosigned);
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
    });

    it('denies an unsigned image, one signed by another identity, and a build-only image', async () => {
      for (const [name, image, why] of [
        ['unsigned', images.unsigned, 'no signatures found'],
        ['other', images.other, 'received https://github.com/someone/else/'],
        ['build-only', images.buildOnly, '.attestors[0].entries[1].keyless: subject mismatch'],
      ] as const) {
        const r = await pod('prod', name, image);
        expect({ name, status: r.status }).toEqual({ name, status: 400 });
        expect(r.message).toContain(`resource Pod/prod/${name} was blocked`);
        expect(r.message).toMatch(/bed-app:\n\s+verify-production: 'failed to verify image/);
        expect(r.message).toContain(why);
      }
    });

    it('checks init containers too', async () => {
      const r = await kit.createPod('prod', 'init-unsigned', {
        initContainers: [{ name: 'init', image: images.unsigned }],
        containers: [{ name: 'app', image: images.signed }],
      });
      expect(r.status).toBe(400);
    });
  });

  describe('elsewhere', () => {
    it('audits, not blocks, in a development namespace: build-only and unsigned are admitted', async () => {
      expect((await pod('dev', 'build-only', images.buildOnly)).status).toBe(201);
      expect((await pod('dev', 'unsigned', images.unsigned)).status).toBe(201);
    });

    it('leaves namespaces without a trust-level label alone', async () => {
      expect((await pod('plain', 'unsigned', images.unsigned)).status).toBe(201);
    });

    it('excludes system namespaces even when labelled production', async () => {
      expect((await pod('kube-system', 'unsigned', images.unsigned)).status).toBe(201);
    });

    it('lets the PolicyException bypass exactly the listed namespace', async () => {
      expect((await pod('incident-1', 'unsigned', images.unsigned)).status).toBe(201);
      expect((await pod('incident-2', 'unsigned', images.unsigned)).status).toBe(400);
    });
  });

  // Through the pipeline: `signet run` signs the pushed digest, reads it back, verifies it, generates the
  // Kyverno policy and applies it (only after the verification passed); the controller then decides.
  describe('signet run --apply', () => {
    let piped = '';
    let stranger = '';
    beforeAll(async () => {
      piped = await kit.push('pipe');
      const digest = piped.split('@')[1]!;
      // Another digest in the same repository, never signed.
      stranger = await kit.push('pipe', 'v2');
      const s = bed.sigstore!;
      const run = await signetFromSource(
        [
          'run',
          '--build=none',
          `--tags=${kit.host}/ky/pipe:v1`,
          `--digest=${digest}`,
          `--identity-token=${bed.oidc!.githubToken()}`,
          `--fulcio-url=${s.fulcioURL}`,
          `--rekor-url=${s.rekorURL}`,
          `--trusted-root=${s.trustedRootPath}`,
          `--certificate-identity=${BUILD_IDENTITY}`,
          `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
          '--attest-sbom=false',
          '--attest-provenance=false',
          '--admission=kyverno',
          '--policy-name=pipe',
          '--apply',
        ],
        {
          env: {
            ...kit.env,
            KUBECONFIG: kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet')),
          },
          // The run writes its outputs (signet/…) below its working directory.
          cwd: dir,
          timeoutMs: 120_000,
        },
      );
      expect({ code: run.code, err: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, err: '' });
      const deadline = Date.now() + 60_000;
      for (;;) {
        const p = await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/pipe');
        const ok = (p.body?.status?.conditions ?? []).some(
          (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
        );
        if (ok) break;
        if (Date.now() > deadline)
          throw new Error(`pipe policy not ready: ${p.status} ${JSON.stringify(p.body)}`);
        await new Promise((res) => setTimeout(res, 250));
      }
      await new Promise((res) => setTimeout(res, 1000));
    });

    it('admits the digest the run signed, by digest and by tag (mutated to the digest)', async () => {
      const byDigest = await pod('prod', 'pipe', piped);
      expect({ status: byDigest.status, message: byDigest.message }).toEqual({ status: 201, message: '' });
      const byTag = await pod('prod', 'pipe-tag', `${kit.host}/ky/pipe:v1`);
      expect(byTag.status).toBe(201);
      expect(byTag.images).toEqual([piped.replace('@', ':v1@')]);
    });

    it('denies another digest of the same repository, never signed', async () => {
      const r = await pod('prod', 'pipe-stranger', stranger);
      expect(r.status).toBe(400);
      expect(r.message).toContain('no signatures found');
    });
  });

  // The CEL form: ImageValidatingPolicies for key-signed images (Kyverno 1.19 initialises TUF for keyless
  // attestors, which a private Sigstore does not serve here). The ClusterPolicy is removed first.
  describe('ImageValidatingPolicy (keys)', () => {
    const keyed = { both: '', buildOnly: '' };
    beforeAll(async () => {
      const r = await kube.request('admin', 'DELETE', '/apis/kyverno.io/v1/clusterpolicies/bed-app');
      expect(r.status).toBe(200);
      const buildKey = await kit.keyPair('build');
      const releaseKey = await kit.keyPair('release');
      keyed.both = await kit.push('keyed');
      keyed.buildOnly = await kit.push('keyed-dev');
      await kit.cosignKeySign(keyed.both, buildKey.key);
      await kit.cosignKeySign(keyed.both, releaseKey.key);
      await kit.cosignKeySign(keyed.buildOnly, buildKey.key);
      const applied = await signetFromSource(
        [
          'policy',
          '--name=bed-keys',
          ...['keyed', 'keyed-dev', 'unsigned'].map((n) => `--repository=${kit.host}/ky/${n}`),
          `--key=${buildKey.pub}`,
          `--release-key=${releaseKey.pub}`,
          '--insecure-ignore-tlog',
          '--target=kyverno-ivp',
          '--apply',
          `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`,
        ],
        { env: kit.env },
      );
      expect({ code: applied.code, err: applied.stderr }).toEqual({ code: 0, err: expect.any(String) });
      expect(applied.stdout).toMatch(/^ImageValidatingPolicy bed-keys-production created$/m);
      const deadline = Date.now() + 60_000;
      for (;;) {
        const p = await kube.request(
          'admin',
          'GET',
          '/apis/policies.kyverno.io/v1/imagevalidatingpolicies/bed-keys-production',
        );
        const ok = (p.body?.status?.conditionStatus?.conditions ?? p.body?.status?.conditions ?? []).some(
          (c: { type: string; status: string }) =>
            /Ready|WebhookConfigured/.test(c.type) && c.status === 'True',
        );
        const gone =
          (await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/bed-app')).status === 404;
        if (ok && gone) break;
        if (Date.now() > deadline) throw new Error(`IVP not ready: ${JSON.stringify(p.body?.status)}`);
        await new Promise((res) => setTimeout(res, 250));
      }
      await new Promise((res) => setTimeout(res, 1000));
    });

    it('admits the image signed by both keys in production, and pins a tag to its digest', async () => {
      const r = await pod('prod', 'ivp-both', keyed.both);
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
      const tag = await pod('prod', 'ivp-tag', keyed.both.replace(/@sha256:.*/, ':v1'));
      expect(tag.status).toBe(201);
      expect(tag.images[0]).toMatch(new RegExp(`@${keyed.both.split('@')[1]}$`));
    });

    it('denies the build-only and the unsigned image in production, naming the policy', async () => {
      for (const [name, image] of [
        ['ivp-build-only', keyed.buildOnly],
        ['ivp-unsigned', images.unsigned],
      ] as const) {
        const r = await pod('prod', name, image);
        expect({ name, status: r.status }).toEqual({ name, status: 400 });
        expect(r.message).toContain('bed-keys-production');
        expect(r.message).toContain(
          'every image must be signed by the build identity and the release identity',
        );
      }
    });

    it('only audits in development', async () => {
      expect((await pod('dev', 'ivp-unsigned', images.unsigned)).status).toBe(201);
    });
  });

  // The pre-flight record target (src/cluster/record.ts): CI verifies with Signet and records the digest;
  // Kyverno's apiCall rule admits only recorded digests at the namespace's level. The signature policy
  // above is removed first so that only the record policy decides.
  describe('pre-flight records', () => {
    const recordName = (image: string) => image.split('@')[1]!.replace(':', '-');
    const verifyAndRecord = (image: string, level: string, identity: string[]) =>
      signetFromSource(
        [
          'verify',
          ...identity,
          `--trusted-root=${bed.sigstore!.trustedRootPath}`,
          `--record=${level}`,
          `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`,
          image,
        ],
        { env: kit.env },
      );
    const build = [`--certificate-identity=${BUILD_IDENTITY}`, `--certificate-oidc-issuer=${GITHUB_ISSUER}`];
    const release = [
      `--certificate-identity-regexp=${RELEASE_RE}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
    ];

    beforeAll(async () => {
      for (const path of [
        '/apis/policies.kyverno.io/v1/imagevalidatingpolicies/bed-keys-production',
        '/apis/policies.kyverno.io/v1/imagevalidatingpolicies/bed-keys-development',
        '/apis/kyverno.io/v2/namespaces/kyverno/policyexceptions/bed-app-bypass',
      ]) {
        const r = await kube.request('admin', 'DELETE', path);
        expect(r.status).toBe(200);
      }
      // The cluster admin installs the target (namespace, RBAC, policy); CI then only writes records.
      const installed = await signetFromSource(
        [
          'record-policy',
          '--name=bed-app',
          '--record-writer=User:signet',
          '--apply',
          `--kubeconfig=${kube.kubeconfigFile('admin.kubeconfig', kube.kubeconfig('admin'))}`,
        ],
        { env: kit.env },
      );
      expect({ code: installed.code, err: installed.stderr }).toEqual({ code: 0, err: '' });
      expect(installed.stdout).toMatch(/^ClusterPolicy bed-app-records created$/m);
      expect(installed.stdout).toMatch(/^RoleBinding signet-records\/bed-app-record-writer created$/m);
      const deadline = Date.now() + 60_000;
      for (;;) {
        const p = await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/bed-app-records');
        const ok = (p.body?.status?.conditions ?? []).some(
          (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
        );
        const ivp = await kube.request(
          'admin',
          'GET',
          '/apis/policies.kyverno.io/v1/imagevalidatingpolicies/bed-keys-production',
        );
        if (ok && ivp.status === 404) break;
        if (Date.now() > deadline)
          throw new Error(`record policy not ready: ${JSON.stringify(p.body?.status)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      // A release run records the image signed by both at production; a build run the build-only one.
      const prod = await verifyAndRecord(images.signed, 'production', release);
      expect({ code: prod.code, err: prod.stderr }).toEqual({
        code: 0,
        err: expect.stringContaining(
          `record ${RECORD_NAMESPACE}/${recordName(images.signed)} created (production)`,
        ),
      });
      const dev = await verifyAndRecord(images.buildOnly, 'development', build);
      expect(dev.stderr).toContain(
        `record ${RECORD_NAMESPACE}/${recordName(images.buildOnly)} created (development)`,
      );
      await new Promise((r) => setTimeout(r, 1000));
    });

    it("writes no record when Signet's verification fails", async () => {
      const r = await verifyAndRecord(images.unsigned, 'production', build);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('record ');
      const other = await verifyAndRecord(images.other, 'development', build);
      expect(other.code).toBe(1);
      for (const img of [images.unsigned, images.other]) {
        const got = await kube.request(
          'admin',
          'GET',
          `/api/v1/namespaces/${RECORD_NAMESPACE}/configmaps/${recordName(img)}`,
        );
        expect(got.status).toBe(404);
      }
    });

    it('admits a recorded digest at its level, and denies a lower level or no record', async () => {
      expect((await pod('prod', 'rec-signed', images.signed)).status).toBe(201);
      expect((await pod('dev', 'rec-signed', images.signed)).status).toBe(201);
      expect((await pod('dev', 'rec-build-only', images.buildOnly)).status).toBe(201);
      const lower = await pod('prod', 'rec-build-only', images.buildOnly);
      expect(lower.status).toBe(400);
      expect(lower.message).toContain('bed-app-records');
      expect(lower.message).toContain('recorded at level production');
      for (const ns of ['prod', 'dev']) {
        const none = await pod(ns, 'rec-unsigned', images.unsigned);
        expect({ ns, status: none.status }).toEqual({ ns, status: 400 });
      }
    });

    it('refuses tag references (records are per digest), and checks init and ephemeral containers', async () => {
      const tag = await pod('prod', 'rec-tag', images.signed.replace(/@sha256:.*/, ':v1'));
      expect(tag.status).toBe(400);
      const init = await kit.createPod('prod', 'rec-init', {
        initContainers: [{ name: 'init', image: images.unsigned }],
        containers: [{ name: 'app', image: images.signed }],
      });
      expect(init.status).toBe(400);
      // Ephemeral containers arrive through the pods/ephemeralcontainers subresource.
      const base = await pod('prod', 'rec-debug', images.signed);
      expect(base.status).toBe(201);
      const current = await kube.request('admin', 'GET', '/api/v1/namespaces/prod/pods/rec-debug');
      const debug = await kube.request(
        'admin',
        'PUT',
        '/api/v1/namespaces/prod/pods/rec-debug/ephemeralcontainers',
        {
          ...current.body,
          spec: {
            ...current.body.spec,
            ephemeralContainers: [{ name: 'debug', image: images.unsigned, targetContainerName: 'app' }],
          },
        },
      );
      expect(debug.status).toBe(400);
      expect(String(debug.body?.message)).toContain('bed-app-records');
      const recorded = await kube.request(
        'admin',
        'PUT',
        '/api/v1/namespaces/prod/pods/rec-debug/ephemeralcontainers',
        {
          ...current.body,
          spec: {
            ...current.body.spec,
            ephemeralContainers: [{ name: 'debug', image: images.signed, targetContainerName: 'app' }],
          },
        },
      );
      expect(recorded.status).toBe(200);
    });

    it('upgrades a development record to production, and never downgrades one', async () => {
      const first = await verifyAndRecord(images.cosigned, 'development', build);
      expect(first.stderr).toContain('created (development)');
      expect((await pod('prod', 'rec-cosigned', images.cosigned)).status).toBe(400);
      const up = await verifyAndRecord(images.cosigned, 'production', release);
      expect(up.stderr).toContain('upgraded (production)');
      const rec = await kube.request(
        'admin',
        'GET',
        `/api/v1/namespaces/${RECORD_NAMESPACE}/configmaps/${recordName(images.cosigned)}`,
      );
      expect(rec.body.metadata.labels['signet.dev/level']).toBe('production');
      expect(Object.keys(rec.body.data).sort()).toEqual([
        'development',
        'digest',
        'production',
        'repository',
      ]);
      const down = await verifyAndRecord(images.cosigned, 'development', build);
      expect(down.stderr).toContain('kept (production)');
      await new Promise((r) => setTimeout(r, 500));
      expect((await pod('prod', 'rec-cosigned', images.cosigned)).status).toBe(201);
    });

    it('lets only the CI identity write records (RBAC)', async () => {
      const forged = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: recordName(images.unsigned),
          namespace: RECORD_NAMESPACE,
          labels: { 'signet.dev/level': 'production' },
        },
      };
      const r = await kube.request(
        'other',
        'POST',
        `/api/v1/namespaces/${RECORD_NAMESPACE}/configmaps`,
        forged,
      );
      expect(r.status).toBe(403);
      expect(r.body.message).toContain('User "other" cannot create resource "configmaps"');
      // The writer may not delete records or write elsewhere either.
      const del = await kube.request(
        'signet',
        'DELETE',
        `/api/v1/namespaces/${RECORD_NAMESPACE}/configmaps/${recordName(images.signed)}`,
      );
      expect(del.status).toBe(403);
      const elsewhere = await kube.request('signet', 'POST', '/api/v1/namespaces/prod/configmaps', {
        ...forged,
        metadata: { ...forged.metadata, namespace: 'prod' },
      });
      expect(elsewhere.status).toBe(403);
      expect((await pod('prod', 'rec-unsigned-2', images.unsigned)).status).toBe(400);
    });
  });
});
