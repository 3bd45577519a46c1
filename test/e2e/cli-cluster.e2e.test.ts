// `signet policy` and `signet preflight` as a binary: objects printed, written for GitOps and applied
// to a real kube-apiserver with etcd (test/bed/kube.ts) as the least-privilege identity the README
// describes, and pre-flight against images the CLI signed in the test bed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { kubeOf, startBed, type Bed, type KubeBed } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { toolPath } from '../bed/tools.ts';
import { bindClusterRole, readmeClusterRole } from '../support/kube-admission.ts';
import { runOk } from '../support/run.ts';
import { signet } from '../support/cli.ts';

const IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const signer = ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer', GITHUB_ISSUER];
let bed: Bed;
let kube: KubeBed;
let work: string;

beforeAll(async () => {
  bed = await startBed({ registries: ['anonymous'], sigstore: true, oidc: true, kube: { crds: true } });
  work = mkdtempSync(join(bed.dir, 'cluster-'));
  kube = kubeOf(bed);
  const role = readmeClusterRole();
  await kube.applyAll([
    role,
    bindClusterRole('signet-apply', role.metadata.name, { kind: 'User', name: 'signet' }),
  ]);
});
afterAll(async () => {
  await bed?.stop();
});

describe('signet policy', () => {
  it('prints ClusterImagePolicies pinned to the signer, AND-ing build and release in separate policies', async () => {
    const r = await signet([
      'policy',
      '--name=acme',
      '--repository=ghcr.io/acme/app',
      ...signer,
      '--release-certificate-identity-regexp',
      '^https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/tags/v.+$',
      '--release-certificate-oidc-issuer',
      GITHUB_ISSUER,
      '--target=policy-controller',
    ]);
    expect(r.code).toBe(0);
    const docs = parseAllDocuments(r.stdout).map((d) => d.toJS());
    expect(docs.map((d) => d.metadata.name)).toEqual(['acme-build', 'acme-release']);
    for (const d of docs) {
      expect(d.apiVersion).toBe('policy.sigstore.dev/v1beta1');
      expect(d.spec.authorities).toHaveLength(1); // two authorities in one policy would be an OR
    }
    expect(docs[0].spec.authorities[0].keyless.identities).toEqual([
      { issuer: GITHUB_ISSUER, subject: IDENTITY },
    ]);
  });

  it('writes one file per object for GitOps, and applies idempotently with server-side apply', async () => {
    const out = join(work, 'gitops');
    const args = ['policy', '--name=acme', '--repository=ghcr.io/acme/app', ...signer];
    expect((await signet([...args, '--output-dir', out])).code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toContain('kustomization.yaml');
    expect(files.length).toBeGreaterThan(2);

    // Kyverno's kinds: policy-controller's would need its conversion webhook running
    // (test/integration/cluster-webhook-policy-controller.itg.test.ts applies those through the CLI).
    const kyverno = [...args, '--target=kyverno', '--target=kyverno-ivp'];
    const kubeconfig = kube.kubeconfigFile('kubeconfig', kube.kubeconfig('signet'));
    const first = await signet([...kyverno, '--apply', '--kubeconfig', kubeconfig]);
    expect({ code: first.code, err: first.stderr }).toEqual({ code: 0, err: '' });
    expect(first.stdout).toMatch(/^ClusterPolicy acme created$/m);
    const dry = await signet([
      ...kyverno,
      '--name=acme-dry',
      '--apply',
      '--dry-run',
      '--kubeconfig',
      kubeconfig,
    ]);
    expect(dry.stdout).toMatch(/^ClusterPolicy acme-dry created \(dry run\)$/m);
    expect((await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/acme-dry')).status).toBe(
      404,
    );
    const stored = await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/acme');
    expect(stored.body.metadata.managedFields).toEqual([
      expect.objectContaining({ manager: 'signet', operation: 'Apply' }),
    ]);
    const second = await signet([...kyverno, '--apply', '--kubeconfig', kubeconfig]);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/created|configured/);
    expect(second.stdout).toMatch(/unchanged/);
    const again = await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies/acme');
    expect(again.body.metadata.resourceVersion).toBe(stored.body.metadata.resourceVersion);
  });

  it('fails with one line on a bad kubeconfig, touching nothing', async () => {
    const bad = join(work, 'bad-kubeconfig');
    writeFileSync(bad, 'apiVersion: v1\nkind: Config\n');
    const before = (await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies')).body.items
      .length;
    const r = await signet([
      'policy',
      '--name=acme',
      '--repository=ghcr.io/acme/app',
      ...signer,
      '--apply',
      '--kubeconfig',
      bad,
    ]);
    expect(r.code).toBe(1);
    const errors = r.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('warning: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('CLUSTER_KUBECONFIG');
    expect(
      (await kube.request('admin', 'GET', '/apis/kyverno.io/v1/clusterpolicies')).body.items.length,
    ).toBe(before);
  });
});

describe('signet preflight', () => {
  it('pins a signed image, and fails naming an unsigned one', async () => {
    const reg = bed.registries.anonymous!;
    const env = { HOME: work, DOCKER_CONFIG: reg.dockerConfigDir };
    const push = async (tag: string) => {
      const dir = mkdtempSync(join(work, 'img-'));
      writeFileSync(join(dir, 'f'), tag);
      await runOk(['tar', 'cf', join(dir, 'l.tar'), '-C', dir, 'f']);
      await runOk(
        [
          toolPath('crane'),
          'append',
          '--insecure',
          `--new_layer=${join(dir, 'l.tar')}`,
          `--new_tag=${reg.host}/pf/${tag}:v1`,
        ],
        { env },
      );
      return `${reg.host}/pf/${tag}:v1`;
    };
    const signed = await push('signed');
    const unsigned = await push('unsigned');
    const s = bed.sigstore!;
    await runOk(
      [
        process.execPath,
        join(import.meta.dirname, '../../dist/cli/index.js'),
        'sign',
        `--identity-token=${bed.oidc!.githubToken()}`,
        `--fulcio-url=${s.fulcioURL}`,
        `--rekor-url=${s.rekorURL}`,
        signed,
      ],
      { env },
    );
    writeFileSync(
      join(work, 'policy.yaml'),
      `rules:\n  - images: ["${reg.host}/pf/**"]\n    signers:\n      - issuer: ${GITHUB_ISSUER}\n        subject: ${IDENTITY}\n`,
    );
    const manifests = join(work, 'manifests');
    const deploy = (image: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;
    await runOk(['mkdir', '-p', manifests]);
    writeFileSync(join(manifests, 'ok.yaml'), deploy(signed));
    const ok = await signet(
      [
        'preflight',
        '--policy',
        join(work, 'policy.yaml'),
        `--trusted-root=${s.trustedRootPath}`,
        '--output-dir',
        join(work, 'pinned'),
        '--report',
        join(work, 'report'),
        manifests,
      ],
      { env },
    );
    expect(ok.code).toBe(0);
    const pinned = readFileSync(join(work, 'pinned', manifests, 'ok.yaml'), 'utf8');
    expect(pinned).toMatch(new RegExp(`image: ${reg.host}/pf/signed@sha256:[0-9a-f]{64}`));
    expect(JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'))).toMatchObject({ ok: true });

    writeFileSync(join(manifests, 'bad.yaml'), deploy(unsigned));
    const bad = await signet(
      ['preflight', '--policy', join(work, 'policy.yaml'), `--trusted-root=${s.trustedRootPath}`, manifests],
      { env },
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${reg.host}/pf/unsigned:v1`);
    expect(bad.stderr).toContain('POLICY_UNVERIFIED');

    // A .json manifest is read too (kubectl applies it), and a failed run writes nothing to --output-dir.
    rmSync(join(manifests, 'bad.yaml'));
    writeFileSync(
      join(manifests, 'bad.json'),
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'sneaky' },
        spec: { containers: [{ name: 'app', image: unsigned }] },
      }),
    );
    const json = await signet(
      [
        'preflight',
        '--policy',
        join(work, 'policy.yaml'),
        `--trusted-root=${s.trustedRootPath}`,
        '--output-dir',
        join(work, 'pinned-after-failure'),
        manifests,
      ],
      { env },
    );
    expect({ code: json.code, named: json.stderr.includes(`image ${unsigned} at`) }).toEqual({
      code: 1,
      named: true,
    });
    expect(json.stderr).toContain('bad.json:1 Pod/sneaky container app');
    expect(existsSync(join(work, 'pinned-after-failure'))).toBe(false);
  });
});
