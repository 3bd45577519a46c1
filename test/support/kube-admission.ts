// Shared steps of the admission suites that run the real webhooks: images pushed to the bed's registry,
// signed by Signet (from src/) or by the real cosign, the README's ClusterRole bound to the
// least-privilege identity, and Pods created as admin against the real API server.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { registryOf, type Bed } from '../bed/index.ts';
import type { KubeBed, KubeUser, Manifest } from '../bed/kube.ts';
import { REPO_ROOT, toolPath } from '../bed/tools.ts';
import { signetFromSource } from './cli.ts';
import { runOk } from './run.ts';

/** The ClusterRole the README lists under "Permissions Signet needs to apply", read from the README. */
export function readmeClusterRole(): Manifest {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.split('### Permissions Signet needs to apply')[1] ?? '';
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README: no ClusterRole under "Permissions Signet needs to apply"');
  return parse(block);
}

/** A ClusterRoleBinding of `role` to a user or group. */
export function bindClusterRole(
  name: string,
  role: string,
  subject: { kind: 'User' | 'Group'; name: string },
) {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', ...subject }],
  };
}

/** What the admission suites do in the bed. */
export interface AdmissionKit {
  env: Record<string, string | undefined>;
  host: string;
  /** Pushes a one-layer image `<host>/<repo>/<name>:<tag>` (default v1); returns it by digest. */
  push(name: string, tag?: string): Promise<string>;
  /**
   * `signet sign` keyless as the workflow `jobWorkflowRef` (default the bed's build workflow), in
   * `format` (default both: cosign's `.sig` tag and a Sigstore bundle referrer).
   */
  /** `signet sign` keyless; through `signingConfig` (a file) instead of the bed's Fulcio and Rekor v1 URLs. */
  signetSign(
    image: string,
    jobWorkflowRef?: string,
    format?: 'legacy' | 'bundle' | 'both',
    signingConfig?: string,
  ): Promise<void>;
  /** `signet attest` keyless as the build workflow, with a predicate of `type` (cosign's short names or a URI). */
  signetAttest(image: string, type: string, predicate: unknown): Promise<void>;
  /** The real cosign signs keyless (legacy `.sig` storage). */
  cosignSign(image: string, jobWorkflowRef?: string): Promise<void>;
  /** A cosign key pair (empty password) in `dir/keys-<name>`. */
  keyPair(name: string): Promise<{ key: string; pub: string }>;
  /** The real cosign signs with a key, no tlog (legacy `.sig` storage). */
  cosignKeySign(image: string, key: string): Promise<void>;
  /** Creates a Pod; the status, the API server's message when refused, and the stored images. */
  createPod(
    ns: string,
    name: string,
    spec: Record<string, unknown>,
    user?: KubeUser,
  ): Promise<{ status: number; message: string; images: string[]; warnings: string[] }>;
}

/** The kit for `repo` in the bed's anonymous registry. */
export function admissionKit(bed: Bed, kube: KubeBed, dir: string, repo: string): AdmissionKit {
  const reg = registryOf(bed, 'anonymous');
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  const env = { HOME: home, TUF_ROOT: join(home, '.sigstore'), DOCKER_CONFIG: reg.dockerConfigDir };
  const token = (ref?: string) =>
    ref ? bed.oidc!.githubToken({ job_workflow_ref: ref }) : bed.oidc!.githubToken();
  return {
    env,
    host: reg.host,
    async push(name, version = 'v1') {
      const src = join(dir, `layer-${repo}-${name}-${version}`);
      mkdirSync(src);
      writeFileSync(join(src, 'hello.txt'), `image ${repo}/${name}:${version}\n`);
      const tar = join(dir, `${repo}-${name}-${version}.tar`);
      await runOk(['tar', '-cf', tar, '-C', src, 'hello.txt']);
      const tag = `${reg.host}/${repo}/${name}:${version}`;
      await runOk([toolPath('crane'), 'append', '--insecure', `--new_layer=${tar}`, `--new_tag=${tag}`], {
        env,
      });
      const digest = (await runOk([toolPath('crane'), 'digest', '--insecure', tag], { env })).stdout.trim();
      return `${reg.host}/${repo}/${name}@${digest}`;
    },
    async signetSign(image, ref, format = 'both', signingConfig) {
      const s = bed.sigstore!;
      const services = signingConfig
        ? [`--signing-config=${signingConfig}`]
        : [`--fulcio-url=${s.fulcioURL}`, `--rekor-url=${s.rekorURL}`];
      const r = await signetFromSource(
        ['sign', `--signature-format=${format}`, `--identity-token=${token(ref)}`, ...services, image],
        { env },
      );
      if (r.code !== 0) throw new Error(`signet sign ${image}: ${r.stderr}`);
    },
    async signetAttest(image, type, predicate) {
      const s = bed.sigstore!;
      const file = join(dir, `predicate-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(file, JSON.stringify(predicate));
      const r = await signetFromSource(
        [
          'attest',
          `--identity-token=${token()}`,
          `--fulcio-url=${s.fulcioURL}`,
          `--rekor-url=${s.rekorURL}`,
          `--type=${type}`,
          `--predicate=${file}`,
          image,
        ],
        { env },
      );
      if (r.code !== 0) throw new Error(`signet attest ${image}: ${r.stderr}`);
    },
    async cosignSign(image, ref) {
      const s = bed.sigstore!;
      await runOk(
        [
          toolPath('cosign'),
          'sign',
          '--yes',
          `--identity-token=${token(ref)}`,
          '--use-signing-config=false',
          '--new-bundle-format=false',
          `--fulcio-url=${s.fulcioURL}`,
          `--rekor-url=${s.rekorURL}`,
          `--trusted-root=${s.trustedRootPath}`,
          '--allow-http-registry',
          image,
        ],
        { env },
      );
    },
    async keyPair(name) {
      const d = join(dir, `keys-${name}`);
      mkdirSync(d);
      await runOk([toolPath('cosign'), 'generate-key-pair'], {
        env: { ...env, COSIGN_PASSWORD: '' },
        cwd: d,
      });
      return { key: join(d, 'cosign.key'), pub: join(d, 'cosign.pub') };
    },
    async cosignKeySign(image, key) {
      await runOk(
        [
          toolPath('cosign'),
          'sign',
          `--key=${key}`,
          '--use-signing-config=false',
          '--tlog-upload=false',
          '--new-bundle-format=false',
          '--allow-http-registry',
          '--yes',
          image,
        ],
        { env: { ...env, COSIGN_PASSWORD: '' } },
      );
    },
    async createPod(ns, name, spec, user = 'admin') {
      const r = await kube.request(user, 'POST', `/api/v1/namespaces/${ns}/pods`, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name },
        spec,
      });
      const s = r.body?.spec ?? {};
      const images = ['initContainers', 'containers', 'ephemeralContainers'].flatMap((k) =>
        ((s[k] ?? []) as { image: string }[]).map((c) => c.image),
      );
      return { status: r.status, message: String(r.body?.message ?? ''), images, warnings: r.warnings };
    },
  };
}
