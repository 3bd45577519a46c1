// Admission decided by the real sigstore policy-controller webhook (v0.13.1) registered with a real
// kube-apiserver (test/bed/kube.ts, kube-webhooks.ts): Signet signs images in the bed's registry
// (keyless, against the bed's Fulcio and Rekor), `signet policy --apply` writes the ClusterImagePolicies
// and TrustRoot as the least-privilege identity, then real Pods are created. policy-controller binds port
// 8443 host-wide: the bed takes a file lock, so this suite waits for any other holder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubeOf, startBed, type Bed, type KubeBed, type WebhookService } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { POLICY_CONTROLLER_INCLUDE } from '../bed/kube-webhooks.ts';
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
const NS = 'apps';

let bed: Bed;
let kube: KubeBed;
let pc: WebhookService | undefined;
let dir: string;
let kit: AdmissionKit;
const images = {
  signed: '',
  buildOnly: '',
  unsigned: '',
  other: '',
  cosigned: '',
  attested: '',
  unattested: '',
  warned: '',
};
const pod = (ns: string, name: string, image: string) =>
  kit.createPod(ns, name, { containers: [{ name: 'app', image }] });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signet-pc-'));
  const t0 = Date.now();
  bed = await startBed({
    registries: ['anonymous'],
    sigstore: true,
    kube: { webhook: 'policy-controller' },
  });
  kube = kubeOf(bed);
  pc = bed.policyController!;
  const ready = Date.now() - t0;
  kit = admissionKit(bed, kube, dir, 'pc');

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
  // Both signed by build and release; only one carries a CycloneDX SBOM attestation by the build identity.
  images.attested = await kit.push('attested');
  images.unattested = await kit.push('unattested');
  for (const img of [images.attested, images.unattested]) {
    await kit.signetSign(img);
    await kit.signetSign(img, RELEASE_REF);
  }
  await kit.signetAttest(images.attested, 'cyclonedx', {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    components: [],
  });

  // Signet applies as the least-privilege identity holding the README's ClusterRole.
  const role = readmeClusterRole();
  await kube.applyAll([
    role,
    bindClusterRole('signet-apply', role.metadata.name, { kind: 'User', name: 'signet' }),
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: NS, labels: { [POLICY_CONTROLLER_INCLUDE]: 'true' } },
    },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'not-opted-in' } },
  ]);
  writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(bed.sigstore!.trustedRoot));
  const applied = await signetFromSource(
    [
      'policy',
      '--name=bed-app',
      ...['app', 'dev', 'unsigned', 'other', 'cosigned'].map((n) => `--repository=${kit.host}/pc/${n}`),
      `--certificate-identity=${BUILD_IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--release-certificate-identity-regexp=${RELEASE_RE}`,
      `--release-certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--trusted-root=${join(dir, 'trusted_root.json')}`,
      '--target=policy-controller',
      '--apply',
      `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`,
    ],
    { env: kit.env },
  );
  if (applied.code !== 0) throw new Error(`signet policy --apply: ${applied.stderr}`);
  expect(applied.stdout).toMatch(/ClusterImagePolicy bed-app-build created/);
  const withSbom = await signetFromSource(
    [
      'policy',
      '--name=bed-att',
      ...['attested', 'unattested'].map((n) => `--repository=${kit.host}/pc/${n}`),
      `--certificate-identity=${BUILD_IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--release-certificate-identity-regexp=${RELEASE_RE}`,
      `--release-certificate-oidc-issuer=${GITHUB_ISSUER}`,
      '--attestation=sbom=https://cyclonedx.org/bom',
      `--trusted-root=${join(dir, 'trusted_root.json')}`,
      '--target=policy-controller',
      '--apply',
      `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`,
    ],
    { env: kit.env },
  );
  if (withSbom.code !== 0) throw new Error(`signet policy --apply (attestation): ${withSbom.stderr}`);
  // A policy in warn mode over its own repository: policy-controller admits and warns.
  images.warned = await kit.push('warned');
  const warn = await signetFromSource(
    [
      'policy',
      '--name=bed-warn',
      `--repository=${kit.host}/pc/warned`,
      `--certificate-identity=${BUILD_IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--trusted-root=${join(dir, 'trusted_root.json')}`,
      '--mode=warn',
      '--target=policy-controller',
      '--apply',
      `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`,
    ],
    { env: kit.env },
  );
  if (warn.code !== 0) throw new Error(`signet policy --apply (warn): ${warn.stderr}`);
  // policy-controller compiles a policy a moment after it is stored.
  await new Promise((r) => setTimeout(r, 2000));
  console.log(
    `policy-controller suite: bed + API server + webhook ready in ${ready} ms (webhook ${pc.startMs} ms)`,
  );
});

afterAll(async () => {
  await bed?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the real policy-controller webhook', () => {
  it('admits a Pod whose image Signet signed as the build and the release identity (by digest)', async () => {
    const r = await pod(NS, 'signed', images.signed);
    expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
    expect(r.images).toEqual([images.signed]);
  });

  it('admits a Pod with an image signed by the real cosign as the same identities', async () => {
    const r = await pod(NS, 'cosigned', images.cosigned);
    expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
  });

  it('admits by tag and pins the Pod to the digest (policy-controller keeps the tag: `repo:tag@digest`)', async () => {
    const tag = images.signed.replace(/@sha256:.*/, ':v1');
    const r = await pod(NS, 'by-tag', tag);
    expect(r.status).toBe(201);
    expect(r.images).toEqual([`${tag}@${images.signed.split('@')[1]}`]);
  });

  it('denies an unsigned image', async () => {
    const r = await pod(NS, 'unsigned', images.unsigned);
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/admission webhook "policy\.sigstore\.dev" denied the request/);
    expect(r.message).toContain('bed-app-build');
    expect(r.message).toMatch(/no signatures found|no matching signatures/);
  });

  it('denies an image signed by another identity', async () => {
    const r = await pod(NS, 'other', images.other);
    expect(r.status).toBe(400);
    expect(r.message).toContain('none of the expected identities matched');
  });

  it('denies a build-only image: build AND release are both required', async () => {
    const r = await pod(NS, 'build-only', images.buildOnly);
    expect(r.status).toBe(400);
    expect(r.message).toContain('bed-app-release');
    expect(r.message).not.toMatch(/bed-app-build:/);
  });

  it('checks init containers too', async () => {
    const r = await kit.createPod(NS, 'init-unsigned', {
      initContainers: [{ name: 'init', image: images.unsigned }],
      containers: [{ name: 'app', image: images.signed }],
    });
    expect(r.status).toBe(400);
  });

  it('does not judge namespaces that have not opted in', async () => {
    const r = await pod('not-opted-in', 'unsigned-elsewhere', images.unsigned);
    expect(r.status).toBe(201);
  });

  it('admits an image with the required SBOM attestation, and denies one without it', async () => {
    const ok = await pod(NS, 'attested', images.attested);
    expect({ status: ok.status, message: ok.message }).toEqual({ status: 201, message: '' });
    const missing = await pod(NS, 'unattested', images.unattested);
    expect(missing.status).toBe(400);
    expect(missing.message).toContain('bed-att-build');
    expect(missing.message).toMatch(/attestation|sbom/i);
  });

  it('in warn mode admits an unsigned image, with the failure as an admission warning', async () => {
    const r = await pod(NS, 'warned', images.warned);
    expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
    expect(r.warnings.join('\n')).toMatch(/bed-warn-build/);
    expect(r.warnings.join('\n')).toMatch(/no signatures found|no matching signatures/);
  });
});

// Sigstore bundles (OCI 1.1 referrers, as cosign v3 writes image signatures): policy-controller v0.13.1
// reads image signatures only from cosign's `.sig` tags, so Signet refuses to write a bundle-format
// ClusterImagePolicy, an image signed only as bundles is denied under the legacy policy (fail closed),
// and an image signed in both formats is admitted. The last test proves the refusal's reason on the real
// webhook with a hand-edited `signatureFormat: bundle` policy.
describe('the real policy-controller webhook and Sigstore bundles', () => {
  const bundled = { only: '', both: '', proof: '' };
  const bundlePolicy = (repos: string[], extra: string[]) =>
    signetFromSource(
      [
        'policy',
        '--name=bed-bundle',
        ...repos.map((n) => `--repository=${kit.host}/pc/${n}`),
        `--certificate-identity=${BUILD_IDENTITY}`,
        `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
        `--trusted-root=${join(dir, 'trusted_root.json')}`,
        '--target=policy-controller',
        ...extra,
      ],
      { env: kit.env },
    );

  beforeAll(async () => {
    bundled.only = await kit.push('bundled');
    bundled.both = await kit.push('both');
    bundled.proof = await kit.push('proof');
    await kit.signetSign(bundled.only, undefined, 'bundle');
    await kit.signetSign(bundled.both, undefined, 'both');
    await kit.signetSign(bundled.proof, undefined, 'bundle');
    const applied = await bundlePolicy(
      ['bundled', 'both'],
      ['--apply', `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`],
    );
    expect({ code: applied.code, err: applied.code ? applied.stderr : '' }).toEqual({ code: 0, err: '' });
    await new Promise((r) => setTimeout(r, 2000));
  });

  it('refuses to write a bundle-format ClusterImagePolicy, saying what to do instead', async () => {
    const r = await bundlePolicy(['bundled'], ['--signature-format=bundle']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('policy-controller (v0.13) cannot verify bundle-format image signatures');
    expect(r.stdout).toBe('');
  });

  it('denies an image signed only as Sigstore bundles, and admits one signed in both formats', async () => {
    const only = await pod(NS, 'bundle-only', bundled.only);
    expect(only.status).toBe(400);
    expect(only.message).toContain('bed-bundle-build');
    expect(only.message).toMatch(/no signatures found|no matching signatures/);
    const both = await pod(NS, 'bundle-both', bundled.both);
    expect({ status: both.status, message: both.message }).toEqual({ status: 201, message: '' });
  });

  it('denies a bundle-only image even under a hand-edited signatureFormat: bundle policy (why Signet refuses)', async () => {
    // Only this policy governs pc/proof; its TrustRoot is the one the applied bed-bundle policy wrote.
    const printed = await bundlePolicy(['proof'], []);
    expect(printed.code).toBe(0);
    const cip = parseAllDocuments(printed.stdout)
      .map((d) => d.toJS())
      .find((d) => d.kind === 'ClusterImagePolicy' && d.metadata.name === 'bed-bundle-build');
    cip.metadata.name = 'proof-bundle';
    cip.metadata.labels = {};
    for (const a of cip.spec.authorities) a.signatureFormat = 'bundle';
    await kube.applyAll([cip]);
    await new Promise((r) => setTimeout(r, 2000));
    const r = await pod(NS, 'bundle-proof', bundled.proof);
    console.log(`policy-controller on a signatureFormat: bundle policy: ${r.status} ${r.message}`);
    expect(r.status).toBe(400);
    expect(r.message).toContain('proof-bundle');
    expect(r.message).toContain('bundle support for image signatures is not yet implemented');
  });
});
