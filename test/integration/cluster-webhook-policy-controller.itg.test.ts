// Admission decided by the real sigstore policy-controller webhook (v0.13.1) registered with a real
// kube-apiserver (test/bed/kube.ts, kube-webhooks.ts): Signet signs images in the bed's registry
// (keyless, against the bed's Fulcio and Rekor), `signet policy --apply` writes the ClusterImagePolicies
// and TrustRoot as the least-privilege identity, then real Pods are created. policy-controller binds port
// 8443 host-wide: the bed takes a file lock, so this suite waits for any other holder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startBed, registryOf, type Bed } from '../bed/index.ts';
import { GITHUB_ISSUER, GITHUB_JOB_WORKFLOW_REF } from '../bed/oidc.ts';
import { REPO_ROOT, toolPath } from '../bed/tools.ts';
import { startKube, type KubeBed } from '../bed/kube.ts';
import {
  POLICY_CONTROLLER_INCLUDE,
  startPolicyController,
  type WebhookService,
} from '../bed/kube-webhooks.ts';
import { signetFromSource } from '../support/cli.ts';
import { runOk } from '../support/run.ts';

const BUILD_IDENTITY = `https://github.com/${GITHUB_JOB_WORKFLOW_REF}`;
const RELEASE_REF = 'signet-bed/app/.github/workflows/release.yml@refs/tags/v1.0.0';
const RELEASE_RE = '^https://github\\.com/signet-bed/app/\\.github/workflows/release\\.yml@refs/tags/v.+$';
const OTHER_REF = 'someone/else/.github/workflows/build.yml@refs/heads/main';
const NS = 'apps';

let bed: Bed;
let kube: KubeBed;
let pc: WebhookService | undefined;
let dir: string;
let env: Record<string, string | undefined>;
let host: string;
const images = { signed: '', buildOnly: '', unsigned: '', other: '', cosigned: '' };

async function push(name: string): Promise<string> {
  const src = join(dir, `layer-${name}`);
  mkdirSync(src);
  writeFileSync(join(src, 'hello.txt'), `image ${name}\n`);
  await runOk(['tar', '-cf', join(dir, `${name}.tar`), '-C', src, 'hello.txt']);
  const tag = `${host}/pc/${name}:v1`;
  await runOk(
    [
      toolPath('crane'),
      'append',
      '--insecure',
      `--new_layer=${join(dir, `${name}.tar`)}`,
      `--new_tag=${tag}`,
    ],
    {
      env,
    },
  );
  const digest = (await runOk([toolPath('crane'), 'digest', '--insecure', tag], { env })).stdout.trim();
  return `${host}/pc/${name}@${digest}`;
}

/** `signet sign` keyless as the given workflow (default: the build workflow), legacy `.sig` storage. */
async function signetSign(image: string, jobWorkflowRef?: string): Promise<void> {
  const s = bed.sigstore!;
  const o = bed.oidc!;
  const token = jobWorkflowRef ? o.githubToken({ job_workflow_ref: jobWorkflowRef }) : o.githubToken();
  const r = await signetFromSource(
    ['sign', `--identity-token=${token}`, `--fulcio-url=${s.fulcioURL}`, `--rekor-url=${s.rekorURL}`, image],
    { env },
  );
  if (r.code !== 0) throw new Error(`signet sign ${image}: ${r.stderr}`);
}

/** Creates a Pod as admin; returns the status and, when refused, the API server's message. */
async function createPod(name: string, image: string, ns = NS) {
  const r = await kube.request('admin', 'POST', `/api/v1/namespaces/${ns}/pods`, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { containers: [{ name: 'app', image }] },
  });
  return {
    status: r.status,
    message: String(r.body?.message ?? ''),
    image: r.body?.spec?.containers?.[0]?.image,
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signet-pc-'));
  const t0 = Date.now();
  bed = await startBed({ registries: ['anonymous'], sigstore: true });
  kube = await startKube({ dir: join(dir, 'kube'), logDir: join(dir, 'logs') });
  pc = await startPolicyController(kube, { logDir: join(dir, 'logs') });
  const ready = Date.now() - t0;
  host = registryOf(bed, 'anonymous').host;
  const home = join(dir, 'home');
  mkdirSync(home);
  env = {
    HOME: home,
    TUF_ROOT: join(home, '.sigstore'),
    DOCKER_CONFIG: registryOf(bed, 'anonymous').dockerConfigDir,
  };

  images.signed = await push('app');
  images.buildOnly = await push('dev');
  images.unsigned = await push('unsigned');
  images.other = await push('other');
  images.cosigned = await push('cosigned');
  await signetSign(images.signed);
  await signetSign(images.signed, RELEASE_REF);
  await signetSign(images.buildOnly);
  await signetSign(images.other, OTHER_REF);
  // The real cosign signs as the build and the release workflow (legacy `.sig` format).
  for (const ref of [undefined, RELEASE_REF]) {
    const s = bed.sigstore!;
    await runOk(
      [
        toolPath('cosign'),
        'sign',
        '--yes',
        `--identity-token=${ref ? bed.oidc!.githubToken({ job_workflow_ref: ref }) : bed.oidc!.githubToken()}`,
        '--use-signing-config=false',
        '--new-bundle-format=false',
        `--fulcio-url=${s.fulcioURL}`,
        `--rekor-url=${s.rekorURL}`,
        `--trusted-root=${s.trustedRootPath}`,
        '--allow-http-registry',
        images.cosigned,
      ],
      { env },
    );
  }

  // Signet applies as the least-privilege identity holding the README's ClusterRole.
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const role = parse(
    /```yaml\n([\s\S]*?)```/.exec(readme.split('### Permissions Signet needs to apply')[1] ?? '')![1]!,
  );
  await kube.applyAll([
    role,
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'signet-apply' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role.metadata.name },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'signet' }],
    },
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
      ...['app', 'dev', 'unsigned', 'other', 'cosigned'].map((n) => `--repository=${host}/pc/${n}`),
      `--certificate-identity=${BUILD_IDENTITY}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--release-certificate-identity-regexp=${RELEASE_RE}`,
      `--release-certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--trusted-root=${join(dir, 'trusted_root.json')}`,
      '--target=policy-controller',
      '--apply',
      `--kubeconfig=${kube.kubeconfigFile('signet.kubeconfig', kube.kubeconfig('signet'))}`,
    ],
    { env },
  );
  if (applied.code !== 0) throw new Error(`signet policy --apply: ${applied.stderr}`);
  expect(applied.stdout).toMatch(/ClusterImagePolicy bed-app-build created/);
  // policy-controller compiles a policy a moment after it is stored.
  await new Promise((r) => setTimeout(r, 2000));
  console.log(
    `policy-controller suite: bed + API server + webhook ready in ${ready} ms (webhook ${pc.startMs} ms)`,
  );
});

afterAll(async () => {
  await pc?.stop();
  await kube?.stop();
  await bed?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the real policy-controller webhook', () => {
  it('admits a Pod whose image Signet signed as the build and the release identity (by digest)', async () => {
    const r = await createPod('signed', images.signed);
    expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
    expect(r.image).toBe(images.signed);
  });

  it('admits a Pod with an image signed by the real cosign as the same identities', async () => {
    const r = await createPod('cosigned', images.cosigned);
    expect({ status: r.status, message: r.message }).toEqual({ status: 201, message: '' });
  });

  it('admits by tag and pins the Pod to the digest (policy-controller keeps the tag: `repo:tag@digest`)', async () => {
    const tag = images.signed.replace(/@sha256:.*/, ':v1');
    const r = await createPod('by-tag', tag);
    expect(r.status).toBe(201);
    expect(r.image).toBe(`${tag}@${images.signed.split('@')[1]}`);
  });

  it('denies an unsigned image', async () => {
    const r = await createPod('unsigned', images.unsigned);
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/admission webhook "policy\.sigstore\.dev" denied the request/);
    expect(r.message).toContain('bed-app-build');
    expect(r.message).toMatch(/no signatures found|no matching signatures/);
  });

  it('denies an image signed by another identity', async () => {
    const r = await createPod('other', images.other);
    expect(r.status).toBe(400);
    expect(r.message).toContain('none of the expected identities matched');
  });

  it('denies a build-only image: build AND release are both required', async () => {
    const r = await createPod('build-only', images.buildOnly);
    expect(r.status).toBe(400);
    expect(r.message).toContain('bed-app-release');
    expect(r.message).not.toMatch(/bed-app-build:/);
  });

  it('does not judge namespaces that have not opted in', async () => {
    const r = await createPod('unsigned-elsewhere', images.unsigned, 'not-opted-in');
    expect(r.status).toBe(201);
  });
});
