// Keyless admission by the real Kyverno admission controller (v1.19.1) against the bed's real Sigstore
// services (Fulcio, CT log, TSA, Rekor: test/bed/sigstore-real.ts) and a real kube-apiserver, for what the
// main Kyverno suite does not cover: Sigstore bundles (OCI referrers, ClusterPolicy `SigstoreBundle`) and
// the ImageValidatingPolicy (CEL) with keyless attestors. Kyverno reads keyless trust through TUF (the
// ClusterPolicy's bundle verifier from its process-wide TUF client, each ImageValidatingPolicy attestor
// from the mirror it names), so the bed serves the real services' trusted_root.json from a loopback TUF
// repository with real signed metadata (test/support/tuf-repo.ts), a stand-in only for the TUF CDN a
// private Sigstore would run: Kyverno starts with `--enableTuf`, and `signet policy --tuf-mirror` points
// the ImageValidatingPolicy at it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubeOf, realSigstoreOf, startBed, type Bed, type KubeBed } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { signetFromSource } from '../support/cli.ts';
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
let dir: string;
let kit: AdmissionKit;
const pod = (ns: string, name: string, image: string) =>
  kit.createPod(ns, name, { containers: [{ name: 'app', image }] });
const identities = [
  `--certificate-identity=${BUILD_IDENTITY}`,
  `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
  `--release-certificate-identity-regexp=${RELEASE_RE}`,
  `--release-certificate-oidc-issuer=${GITHUB_ISSUER}`,
];

async function applyPolicy(args: string[]): Promise<string> {
  const r = await signetFromSource(
    [
      'policy',
      ...identities,
      `--trusted-root=${bed.sigstore!.trustedRootPath}`,
      ...args,
      '--apply',
      `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`,
    ],
    { env: kit.env },
  );
  expect({ code: r.code, err: r.code ? r.stderr : '' }).toEqual({ code: 0, err: '' });
  return r.stdout;
}

/** Waits until `policy` refuses a dry-run Pod with `image` in `ns`: the policy's webhook is live. */
async function waitDenies(ns: string, image: string, policy: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const r = await kube.request('admin', 'POST', `/api/v1/namespaces/${ns}/pods?dryRun=All`, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'probe' },
      spec: { containers: [{ name: 'app', image }] },
    });
    if (r.status === 400 && String(r.body?.message).includes(policy)) return;
    if (Date.now() > deadline)
      throw new Error(`a Pod with ${image} is still ${r.status}: ${JSON.stringify(r.body)}`);
    await new Promise((res) => setTimeout(res, 500));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signet-kyverno-sigstore-'));
  const t0 = Date.now();
  bed = await startBed({
    registries: ['anonymous'],
    sigstore: true,
    kube: { webhook: 'kyverno', tuf: true },
  });
  kube = kubeOf(bed);
  kit = admissionKit(bed, kube, dir, 'kys');
  const role = readmeClusterRole();
  await kube.applyAll([
    role,
    bindClusterRole('signet-apply', role.metadata.name, { kind: 'User', name: 'signet' }),
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'prod', labels: { [LEVEL]: 'production' } } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev', labels: { [LEVEL]: 'development' } } },
  ]);
  console.log(`kyverno sigstore suite: bed + API server + TUF + Kyverno ready in ${Date.now() - t0} ms`);
});

afterAll(async () => {
  await bed?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the real Kyverno admission controller with the real Sigstore services', () => {
  // Signatures stored only as Sigstore bundles (OCI 1.1 referrers), as cosign v3 writes them.
  describe('ClusterPolicy, Sigstore bundle format (keyless)', () => {
    const images = { both: '', buildOnly: '', legacyOnly: '', unsigned: '', other: '' };
    beforeAll(async () => {
      images.both = await kit.push('bundled');
      images.buildOnly = await kit.push('bundled-dev');
      images.legacyOnly = await kit.push('legacy');
      images.unsigned = await kit.push('unsigned');
      images.other = await kit.push('bundled-other');
      await kit.signetSign(images.both, undefined, 'bundle');
      await kit.signetSign(images.both, RELEASE_REF, 'bundle');
      await kit.signetSign(images.buildOnly, undefined, 'bundle');
      await kit.signetSign(images.legacyOnly, undefined, 'legacy');
      await kit.signetSign(images.legacyOnly, RELEASE_REF, 'legacy');
      await kit.signetSign(images.other, OTHER_REF, 'bundle');
      await kit.signetSign(images.other, RELEASE_REF, 'bundle');
      const out = await applyPolicy([
        '--name=bed-bundle',
        ...['bundled', 'bundled-dev', 'legacy', 'unsigned', 'bundled-other'].map(
          (n) => `--repository=${kit.host}/kys/${n}`,
        ),
        '--signature-format=bundle',
        '--target=kyverno',
      ]);
      expect(out).toMatch(/^ClusterPolicy bed-bundle created$/m);
      await waitDenies('prod', images.unsigned, 'bed-bundle');
    });

    it('admits the image whose bundles the build and the release identity signed, by digest and by tag', async () => {
      const r = await pod('prod', 'bundled', images.both);
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
      const tag = await pod('prod', 'bundled-tag', images.both.replace(/@sha256:.*/, ':v1'));
      expect({ status: tag.status, message: tag.message }).toEqual({ status: 201, message: '' });
      expect(tag.images).toEqual([images.both.replace('@', ':v1@')]);
    });

    it('denies a build-only bundle, legacy-only signatures, another identity and an unsigned image', async () => {
      for (const [name, image] of [
        ['build-only', images.buildOnly],
        ['legacy-only', images.legacyOnly],
        ['other', images.other],
        ['unsigned', images.unsigned],
      ] as const) {
        const r = await pod('prod', `b-${name}`, image);
        expect({ name, status: r.status }).toEqual({ name, status: 400 });
        expect(r.message).toContain('bed-bundle');
      }
    });

    it('only audits in development', async () => {
      expect((await pod('dev', 'b-unsigned', images.unsigned)).status).toBe(201);
    });
  });

  // Keyless ImageValidatingPolicies: each attestor names the bed's TUF mirror and carries the trusted root.
  describe('ImageValidatingPolicy (keyless, TUF mirror)', () => {
    const images = { both: '', buildOnly: '', other: '', unsigned: '' };
    beforeAll(async () => {
      const gone = await kube.request('admin', 'DELETE', '/apis/kyverno.io/v1/clusterpolicies/bed-bundle');
      expect(gone.status).toBe(200);
      images.both = await kit.push('ivp');
      images.buildOnly = await kit.push('ivp-dev');
      images.other = await kit.push('ivp-other');
      images.unsigned = await kit.push('ivp-unsigned');
      await kit.signetSign(images.both);
      await kit.signetSign(images.both, RELEASE_REF);
      await kit.signetSign(images.buildOnly);
      await kit.signetSign(images.other, OTHER_REF);
      await kit.signetSign(images.other, RELEASE_REF);
      const out = await applyPolicy([
        '--name=bed-ivp',
        ...['ivp', 'ivp-dev', 'ivp-other', 'ivp-unsigned'].map((n) => `--repository=${kit.host}/kys/${n}`),
        `--tuf-mirror=${bed.tuf!.url}`,
        `--tuf-root=${bed.tuf!.rootPath}`,
        '--target=kyverno-ivp',
      ]);
      expect(out).toMatch(/^ImageValidatingPolicy bed-ivp-production created$/m);
      await waitDenies('prod', images.unsigned, 'bed-ivp-production');
    });

    // Signed through Rekor v1 without a TSA: the policy must not name the TSA chain, or Kyverno requires a
    // signed timestamp these signatures do not have ("threshold not met for verified signed timestamps").
    it('admits the image signed keyless by the build and the release identity, and pins a tag to its digest', async () => {
      const r = await pod('prod', 'ivp-both', images.both);
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
      const tag = await pod('prod', 'ivp-tag', images.both.replace(/@sha256:.*/, ':v1'));
      expect({ status: tag.status, message: tag.message }).toEqual({ status: 201, message: '' });
      expect(tag.images[0]).toMatch(new RegExp(`@${images.both.split('@')[1]}$`));
    });

    it('denies build-only, another identity and unsigned in production, naming the policy', async () => {
      for (const [name, image] of [
        ['build-only', images.buildOnly],
        ['other', images.other],
        ['unsigned', images.unsigned],
      ] as const) {
        const r = await pod('prod', `ivp-${name}`, image);
        expect({ name, status: r.status }).toEqual({ name, status: 400 });
        expect(r.message).toContain('bed-ivp-production');
      }
    });

    it('admits the build-only image in development (Audit)', async () => {
      expect((await pod('dev', 'ivp-build-only', images.buildOnly)).status).toBe(201);
    });
  });
  // Rekor v2 entries carry no integrated time: the signing time is the TSA's, so the policy is generated
  // with --use-signed-timestamps (the pipeline sets it itself when it signed through Rekor v2).
  describe('ImageValidatingPolicy, Rekor v2 entries timed by the TSA (keyless, bundle format)', () => {
    const images = { both: '', buildOnly: '', unsigned: '' };
    beforeAll(async () => {
      const gone = await kube.request(
        'admin',
        'DELETE',
        '/apis/policies.kyverno.io/v1/imagevalidatingpolicies/bed-ivp-production',
      );
      expect(gone.status).toBe(200);
      const v2 = realSigstoreOf(bed).signingConfigs.rekorV2;
      images.both = await kit.push('ivp2');
      images.buildOnly = await kit.push('ivp2-dev');
      images.unsigned = await kit.push('ivp2-unsigned');
      await kit.signetSign(images.both, undefined, 'bundle', v2);
      await kit.signetSign(images.both, RELEASE_REF, 'bundle', v2);
      await kit.signetSign(images.buildOnly, undefined, 'bundle', v2);
      const out = await applyPolicy([
        '--name=bed-ivp2',
        ...['ivp2', 'ivp2-dev', 'ivp2-unsigned'].map((n) => `--repository=${kit.host}/kys/${n}`),
        `--tuf-mirror=${bed.tuf!.url}`,
        `--tuf-root=${bed.tuf!.rootPath}`,
        '--use-signed-timestamps',
        '--target=kyverno-ivp',
      ]);
      expect(out).toMatch(/^ImageValidatingPolicy bed-ivp2-production created$/m);
      await waitDenies('prod', images.unsigned, 'bed-ivp2-production');
    });

    it('admits the image whose Rekor v2 bundles the build and the release identity signed', async () => {
      const r = await pod('prod', 'ivp2-both', images.both);
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
    });

    it('denies a build-only image and an unsigned one in production', async () => {
      for (const [name, image] of [
        ['build-only', images.buildOnly],
        ['unsigned', images.unsigned],
      ] as const) {
        const r = await pod('prod', `ivp2-${name}`, image);
        expect({ name, status: r.status }).toEqual({ name, status: 400 });
        expect(r.message).toContain('bed-ivp2-production');
      }
    });

    it('the ClusterPolicy (SigstoreBundle) admits and denies the same Rekor v2 images', async () => {
      const gone = await kube.request(
        'admin',
        'DELETE',
        '/apis/policies.kyverno.io/v1/imagevalidatingpolicies/bed-ivp2-production',
      );
      expect(gone.status).toBe(200);
      const out = await applyPolicy([
        '--name=bed-bundle2',
        ...['ivp2', 'ivp2-dev', 'ivp2-unsigned'].map((n) => `--repository=${kit.host}/kys/${n}`),
        '--signature-format=bundle',
        '--use-signed-timestamps',
        '--target=kyverno',
      ]);
      expect(out).toMatch(/^ClusterPolicy bed-bundle2 created$/m);
      await waitDenies('prod', images.unsigned, 'bed-bundle2');
      const r = await pod('prod', 'cp2-both', images.both);
      expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
      const dev = await pod('prod', 'cp2-build-only', images.buildOnly);
      expect(dev.status).toBe(400);
      expect(dev.message).toContain('bed-bundle2');
    });
  });
});
