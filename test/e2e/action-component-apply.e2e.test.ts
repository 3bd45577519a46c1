// The Action's and the component's `apply` against a real cluster: the bundle (dist/index.js, as the
// GitHub runner and the component's job run it) signs an image with a cosign key, reads the signature back,
// and server-side applies the generated Kyverno objects to a real kube-apiserver v1.37.2 (etcd, RBAC on)
// as `signet`, the least-privilege identity bound to the ClusterRole the README lists. The real Kyverno
// v1.19.1 admission controller then decides Pods: the signed image is admitted, an unsigned one denied.
//
// Real: the Action bundle on Node 24, the Distribution registry, kube-apiserver, etcd, Kyverno, cosign
// (the key pair). Stand-ins: none — with a key and no tlog the run needs no Sigstore service, and the
// GitHub and GitLab runners are replaced by the environment they give a step/job (INPUT_* and
// GITHUB_OUTPUT; SIGNET_INPUT_* and a KUBECONFIG file variable).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kubeOf, startBed, type Bed, type KubeBed } from '../bed/index.ts';
import { REPO_ROOT } from '../bed/tools.ts';
import {
  admissionKit,
  bindClusterRole,
  readmeClusterRole,
  type AdmissionKit,
} from '../support/kube-admission.ts';
import { run, type RunResult } from '../support/run.ts';

const BUNDLE = join(REPO_ROOT, 'dist', 'index.js');
/** Whatever the test runner's environment holds that would pick another adapter, cluster or key. */
const ISOLATED = Object.fromEntries(
  Object.keys(process.env)
    .filter((k) =>
      /^(GITHUB_|GITLAB_|CI_|INPUT_|SIGNET_|ACTIONS_|RUNNER_|KUBECONFIG$|COSIGN_|SIGSTORE_)/.test(k),
    )
    .map((k) => [k, undefined]),
);

let bed: Bed;
let kube: KubeBed;
let dir: string;
let kit: AdmissionKit;
let key: { key: string; pub: string };
let kubeconfigText: string;
const images = { signed: '', unsigned: '' };

/** The inputs every run here shares: the pushed image by digest, a key, no tlog, Kyverno, apply. */
const common = (policyName: string): Record<string, string> => ({
  build: 'none',
  tags: images.signed.replace(/@sha256:.*/, ':v1'),
  digest: images.signed.split('@')[1]!,
  key: key.key,
  'tlog-upload': 'false',
  'attest-sbom': 'false',
  'attest-provenance': 'false',
  'allow-insecure-registry': 'true',
  verify: 'true',
  admission: 'kyverno',
  'policy-name': policyName,
  apply: 'true',
});

/** Runs the bundle as a GitHub Actions step: inputs as INPUT_*, outputs to GITHUB_OUTPUT. */
async function runAction(inputs: Record<string, string>): Promise<RunResult & { outputs: string }> {
  const work = mkdtempSync(join(dir, 'gh-'));
  const outputFile = join(work, 'output');
  writeFileSync(outputFile, '');
  writeFileSync(join(work, 'summary'), ''); // the runner creates both files before the step
  const env: Record<string, string | undefined> = {
    ...ISOLATED,
    HOME: kit.env.HOME,
    DOCKER_CONFIG: kit.env.DOCKER_CONFIG,
    COSIGN_PASSWORD: '',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
    GITHUB_REPOSITORY: 'signet-bed/app',
    GITHUB_SERVER_URL: 'https://github.com',
  };
  for (const [k, v] of Object.entries({ ...inputs, kubeconfig: kubeconfigText }))
    env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await run([process.execPath, BUNDLE], { env, cwd: work });
  return { ...r, outputs: readFileSync(outputFile, 'utf8') };
}

/** Runs the bundle as the component's job: inputs as SIGNET_INPUT_*, the kubeconfig as a file variable. */
async function runComponent(inputs: Record<string, string>): Promise<RunResult> {
  const work = mkdtempSync(join(dir, 'gl-'));
  const kubeconfig = join(work, 'kubeconfig');
  writeFileSync(kubeconfig, kubeconfigText, { mode: 0o600 });
  const env: Record<string, string | undefined> = {
    ...ISOLATED,
    HOME: kit.env.HOME,
    DOCKER_CONFIG: kit.env.DOCKER_CONFIG,
    COSIGN_PASSWORD: '',
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: work,
    CI_PROJECT_PATH: 'signet-bed/app',
    CI_SERVER_URL: 'https://gitlab.com',
    KUBECONFIG: kubeconfig,
  };
  for (const [k, v] of Object.entries(inputs)) env[`SIGNET_INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
  return run([process.execPath, BUNDLE], { env, cwd: work });
}

const clusterPolicy = (name: string) =>
  kube.request('admin', 'GET', `/apis/kyverno.io/v1/clusterpolicies/${name}`);
const pod = (name: string, image: string) =>
  kit.createPod('prod', name, { containers: [{ name: 'app', image }] });

/** Waits until Kyverno refuses a dry-run Pod with the unsigned image under `policy`: its webhook is live. */
async function waitDenies(policy: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const r = await kube.request('admin', 'POST', '/api/v1/namespaces/prod/pods?dryRun=All', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'probe' },
      spec: { containers: [{ name: 'app', image: images.unsigned }] },
    });
    if (r.status === 400 && String(r.body?.message).includes(policy)) return;
    if (Date.now() > deadline)
      throw new Error(`the unsigned image is still ${r.status}: ${JSON.stringify(r.body)}`);
    await new Promise((res) => setTimeout(res, 500));
  }
}

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: npm run build');
  bed = await startBed({ registries: ['anonymous'], kube: { webhook: 'kyverno' } });
  kube = kubeOf(bed);
  dir = mkdtempSync(join(bed.dir, 'apply-e2e-'));
  mkdirSync(join(dir, 'kit'));
  kit = admissionKit(bed, kube, join(dir, 'kit'), 'ci');
  const role = readmeClusterRole();
  await kube.applyAll([
    role,
    bindClusterRole('signet-apply', role.metadata.name, { kind: 'User', name: 'signet' }),
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'prod', labels: { 'signet.dev/trust-level': 'production' } },
    },
  ]);
  kubeconfigText = kube.kubeconfig('signet');
  key = await kit.keyPair('ci');
  images.signed = await kit.push('app');
  images.unsigned = await kit.push('app', 'v2');
});

afterAll(async () => {
  await bed?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the GitHub Action with apply: true, against the real API server and Kyverno', () => {
  let first: RunResult & { outputs: string };
  let version: string;

  beforeAll(async () => {
    first = await runAction(common('gh-app'));
  });

  it('signs, verifies and applies the ClusterPolicy as signet', async () => {
    expect({ code: first.code, stderr: first.code ? first.stderr + first.stdout : '' }).toEqual({
      code: 0,
      stderr: '',
    });
    expect(first.outputs).toMatch(/^verified<<.*\ntrue\n/m);
    const cp = await clusterPolicy('gh-app');
    expect(cp.status).toBe(200);
    expect(cp.body.metadata.managedFields.map((f: { manager: string }) => f.manager)).toContain('signet');
    version = cp.body.metadata.resourceVersion;
  });

  it('Kyverno admits the signed image by digest and denies an unsigned one, naming the policy', async () => {
    await waitDenies('gh-app');
    const ok = await pod('signed', images.signed);
    expect({ status: ok.status, message: ok.message }).toEqual({ status: 201, message: '' });
    const denied = await pod('unsigned', images.unsigned);
    expect(denied.status).toBe(400);
    expect(denied.message).toContain('gh-app');
  });

  it('a second run changes nothing (server-side apply is idempotent)', async () => {
    const again = await runAction(common('gh-app'));
    expect(again.code).toBe(0);
    expect((await clusterPolicy('gh-app')).body.metadata.resourceVersion).toBe(version);
  });

  it('dry-run validates on the server and stores nothing', async () => {
    const dry = await runAction({ ...common('gh-app'), 'audit-unsigned': 'true', 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect((await clusterPolicy('gh-app')).body.metadata.resourceVersion).toBe(version);
    expect((await clusterPolicy('gh-app-audit')).status).toBe(404);
    // The same inputs without dry-run store it: the dry run did reach the object it would have written.
    const wet = await runAction({ ...common('gh-app'), 'audit-unsigned': 'true' });
    expect(wet.code).toBe(0);
    expect((await clusterPolicy('gh-app-audit')).status).toBe(200);
  });

  it('applies nothing when the read-back verification fails', async () => {
    const other = await kit.keyPair('other');
    const failed = await runAction({
      ...common('gh-bad'),
      sign: 'false',
      key: other.key,
      tags: images.unsigned,
    });
    expect(failed.code).toBe(1);
    expect((await clusterPolicy('gh-bad')).status).toBe(404);
  });
});

describe('the GitLab component with apply: true and a KUBECONFIG file variable', () => {
  // gh-app and its audit companion (gh-app-audit) are applied too by now: a signed image must pass all.
  it('applies its ClusterPolicy, and Kyverno admits the signed image under it and the earlier ones', async () => {
    expect((await clusterPolicy('gh-app-audit')).status).toBe(200);
    const r = await runComponent(common('gl-app'));
    expect({ code: r.code, stderr: r.code ? r.stderr + r.stdout : '' }).toEqual({ code: 0, stderr: '' });
    const cp = await clusterPolicy('gl-app');
    expect(cp.status).toBe(200);
    expect(cp.body.metadata.managedFields.map((f: { manager: string }) => f.manager)).toContain('signet');
    const ok = await pod('signed-gl', images.signed);
    expect({ status: ok.status, message: ok.message }).toEqual({ status: 201, message: '' });
  });
});
