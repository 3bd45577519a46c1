// A real Kubernetes control plane for tests: Debian's etcd and kube-apiserver v1.37.2 (both linked into
// .cache/tools/bin by `npm run tools`), on loopback with free ports, in a temp folder, stopped by PID.
// RBAC is on and anonymous access off. Identities (static tokens, plus one client certificate):
//   - `admin` (group system:masters): the bed's own setup and the tests' checks;
//   - `signet`: the least-privilege CI identity, bound by the caller to exactly what the README lists;
//   - `other`: a second identity with the same rights, to provoke field-manager conflicts and to show
//     that only `signet` may write pre-flight records;
//   - a client certificate `signet-cert` (group `signet-certs`), for the client-certificate kubeconfig.
// No controller-manager or scheduler runs: Pods are stored (admission decides), never scheduled.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { parseAllDocuments, stringify } from 'yaml';
import { freePort, startProcess, type Service } from './proc.ts';
import { REPO_ROOT, toolPath } from './tools.ts';
import { TestCa, type IssuedCert } from '../support/test-ca.ts';

const run = promisify(execFile);

/** The identities the bed's API server knows. */
export type KubeUser = 'admin' | 'signet' | 'other';

/** A running API server with its etcd. */
export interface KubeBed {
  /** `https://127.0.0.1:<port>` */
  url: string;
  caPem: string;
  dir: string;
  /** Milliseconds: etcd up, then the API server's /readyz. */
  startMs: { etcd: number; apiserver: number };
  /** A kubeconfig (YAML) authenticating with the static token of `user` (or with `token`, known or not). */
  kubeconfig(user: KubeUser, token?: string): string;
  /** A kubeconfig authenticating with the client certificate of `signet-cert`. */
  certKubeconfig(): string;
  /** A kubeconfig whose exec plugin (a node script) prints the `signet` token as an ExecCredential. */
  execKubeconfig(): string;
  /** Writes `kubeconfig(user)` (or given text) to a file in the bed's folder and returns its path. */
  kubeconfigFile(name: string, text: string): string;
  /** An authenticated request as `user`; JSON in and out. */
  request(
    user: KubeUser,
    method: string,
    path: string,
    body?: unknown,
    contentType?: string,
  ): Promise<{ status: number; body: any; warnings: string[] }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Applies (server-side, field manager `signet-bed`, as admin) each object, failing on any error. */
  applyAll(objects: object[]): Promise<void>;
  /** Waits until every named CRD is Established. */
  waitForCrds(names: string[], timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

async function openssl(args: string[], cwd: string): Promise<void> {
  await run('openssl', args, { cwd });
}

/** A CA, a serving certificate for 127.0.0.1/localhost, a client certificate, service account keys. */
async function makeCerts(dir: string): Promise<void> {
  const ca = await TestCa.create({ name: 'CN=signet-bed-ca' });
  writeFileSync(join(dir, 'ca.crt'), ca.certPem);
  writeFileSync(join(dir, 'ca.key'), ca.keyPem, { mode: 0o600 });
  const leaf = async (name: string, cert: Promise<IssuedCert>) => {
    const issued = await cert;
    writeFileSync(join(dir, `${name}.crt`), issued.certPem);
    writeFileSync(join(dir, `${name}.key`), issued.keyPem, { mode: 0o600 });
  };
  await leaf(
    'apiserver',
    ca.issue({
      subject: 'CN=kube-apiserver',
      serverHosts: ['127.0.0.1', 'localhost', 'kubernetes.default.svc'],
    }),
  );
  await leaf('signet-cert', ca.issue({ subject: 'O=signet-certs, CN=signet-cert', clientAuth: true }));
  await openssl(['genrsa', '-out', 'sa.key', '2048'], dir);
  await openssl(['rsa', '-in', 'sa.key', '-pubout', '-out', 'sa.pub'], dir);
}

/** Starts etcd and kube-apiserver; throws naming the log when either does not come up. */
export async function startKube(opts: {
  dir: string;
  logDir: string;
  /** Fixed tokens (tests that plant recognisable secrets); random otherwise. */
  tokens?: Partial<Record<KubeUser, string>>;
}): Promise<KubeBed> {
  const dir = opts.dir;
  mkdirSync(dir, { recursive: true });
  const services: Service[] = [];
  const stopAll = async () => {
    for (const s of services.reverse()) await s.stop().catch(() => undefined);
  };
  try {
    const certs = join(dir, 'pki');
    mkdirSync(certs, { recursive: true });
    await makeCerts(certs);
    const tokens: Record<KubeUser, string> = {
      admin: randomBytes(24).toString('hex'),
      signet: randomBytes(24).toString('hex'),
      other: randomBytes(24).toString('hex'),
      ...opts.tokens,
    };
    // token,user,uid,"group1,group2"
    writeFileSync(
      join(certs, 'tokens.csv'),
      [
        `${tokens.admin},admin,admin,"system:masters"`,
        `${tokens.signet},signet,signet,"signet-ci"`,
        `${tokens.other},other,other,"signet-others"`,
      ].join('\n') + '\n',
    );

    const t0 = Date.now();
    const [clientPort, peerPort, apiPort] = [await freePort(), await freePort(), await freePort()];
    const etcdURL = `http://127.0.0.1:${clientPort}`;
    services.push(
      await startProcess(
        'etcd',
        [
          toolPath('etcd'),
          '--name=bed',
          `--data-dir=${join(dir, 'etcd')}`,
          `--listen-client-urls=${etcdURL}`,
          `--advertise-client-urls=${etcdURL}`,
          `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
          `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
          `--initial-cluster=bed=http://127.0.0.1:${peerPort}`,
          '--unsafe-no-fsync',
        ],
        {
          logDir: opts.logDir,
          env: { ...process.env, ETCD_UNSUPPORTED_ARCH: process.arch === 'x64' ? '' : process.arch },
          ready: async () => (await fetch(`${etcdURL}/health`)).ok,
          readyTimeoutMs: 30_000,
        },
      ),
    );
    const t1 = Date.now();
    const url = `https://127.0.0.1:${apiPort}`;
    const caPem = readFileSync(join(certs, 'ca.crt'), 'utf8');
    const agent = new HttpsAgent({ ca: caPem, keepAlive: true });
    const request: KubeBed['request'] = (user, method, path, body, contentType) =>
      new Promise((resolve, reject) => {
        const data = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
        const req = httpsRequest(
          `${url}${path}`,
          {
            method,
            agent,
            timeout: 30_000,
            headers: {
              authorization: `Bearer ${tokens[user]}`,
              accept: 'application/json',
              ...(data !== undefined ? { 'content-type': contentType ?? 'application/json' } : {}),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let parsed: unknown = text;
              try {
                parsed = JSON.parse(text);
              } catch {
                /* plain text (readyz) */
              }
              // Admission warnings arrive as `Warning: 299 - "text"` headers.
              const w = res.headers.warning;
              const warnings = (Array.isArray(w) ? w : w ? [w] : []).map((x) =>
                x.replace(/^\d{3} \S+ "(.*)"$/, '$1'),
              );
              resolve({ status: res.statusCode ?? 0, body: parsed, warnings });
            });
          },
        );
        req.on('error', reject);
        req.on('timeout', () => req.destroy(new Error(`bed: ${method} ${path} timed out`)));
        req.end(data);
      });
    services.push(
      await startProcess(
        'kube-apiserver',
        [
          toolPath('kube-apiserver'),
          `--etcd-servers=${etcdURL}`,
          `--etcd-prefix=/signet-bed`,
          '--bind-address=127.0.0.1',
          '--advertise-address=127.0.0.1',
          `--secure-port=${apiPort}`,
          '--endpoint-reconciler-type=none',
          `--cert-dir=${join(dir, 'apiserver-certs')}`,
          `--tls-cert-file=${join(certs, 'apiserver.crt')}`,
          `--tls-private-key-file=${join(certs, 'apiserver.key')}`,
          `--client-ca-file=${join(certs, 'ca.crt')}`,
          `--token-auth-file=${join(certs, 'tokens.csv')}`,
          '--authorization-mode=RBAC',
          '--anonymous-auth=false',
          '--disable-admission-plugins=ServiceAccount',
          '--service-account-issuer=https://kubernetes.default.svc',
          `--service-account-key-file=${join(certs, 'sa.pub')}`,
          `--service-account-signing-key-file=${join(certs, 'sa.key')}`,
          '--service-cluster-ip-range=10.96.0.0/24',
          // The webhooks run on this host: let the API server call them on loopback.
          '--enable-aggregator-routing=false',
        ],
        {
          logDir: opts.logDir,
          ready: async () => (await request('admin', 'GET', '/readyz')).status === 200,
          readyTimeoutMs: 90_000,
        },
      ),
    );
    const t2 = Date.now();

    const kubeconfig = (name: string, user: Record<string, unknown>) =>
      stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [
          {
            name: 'bed',
            cluster: { server: url, 'certificate-authority-data': Buffer.from(caPem).toString('base64') },
          },
        ],
        users: [{ name, user }],
        contexts: [{ name, context: { cluster: 'bed', user: name } }],
        'current-context': name,
      });
    const execScript = join(certs, 'exec-credential.mjs');
    writeFileSync(join(certs, 'exec-token'), tokens.signet, { mode: 0o600 });
    writeFileSync(
      execScript,
      `import { readFileSync } from 'node:fs';\n` +
        `const token = readFileSync(${JSON.stringify(join(certs, 'exec-token'))}, 'utf8');\n` +
        `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token } }));\n`,
    );
    const bed: KubeBed = {
      url,
      caPem,
      dir,
      startMs: { etcd: t1 - t0, apiserver: t2 - t1 },
      kubeconfig: (user, token) => kubeconfig(user, { token: token ?? tokens[user] }),
      certKubeconfig: () =>
        kubeconfig('signet-cert', {
          'client-certificate-data': readFileSync(join(certs, 'signet-cert.crt')).toString('base64'),
          'client-key-data': readFileSync(join(certs, 'signet-cert.key')).toString('base64'),
        }),
      execKubeconfig: () =>
        kubeconfig('signet-exec', {
          exec: {
            apiVersion: 'client.authentication.k8s.io/v1',
            command: process.execPath,
            args: [execScript],
            interactiveMode: 'Never',
          },
        }),
      kubeconfigFile(name, text) {
        const p = join(dir, name);
        writeFileSync(p, text, { mode: 0o600 });
        return p;
      },
      request,
      async applyAll(objects) {
        for (const o of objects as {
          apiVersion: string;
          kind: string;
          metadata: { name: string; namespace?: string };
        }[]) {
          const path = await resourcePath(request, o);
          const r = await request(
            'admin',
            'PATCH',
            `${path}?fieldManager=signet-bed&force=true`,
            o,
            'application/apply-patch+yaml',
          );
          if (r.status >= 300)
            throw new Error(
              `bed: applying ${o.kind} ${o.metadata.name}: ${r.status} ${JSON.stringify(r.body)}`,
            );
        }
      },
      async waitForCrds(names, timeoutMs = 60_000) {
        const deadline = Date.now() + timeoutMs;
        for (const n of names) {
          for (;;) {
            const r = await request(
              'admin',
              'GET',
              `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${n}`,
            );
            const conds: { type: string; status: string }[] = r.body?.status?.conditions ?? [];
            if (conds.some((c) => c.type === 'Established' && c.status === 'True')) break;
            if (Date.now() > deadline) throw new Error(`bed: CRD ${n} not established`);
            await new Promise((res) => setTimeout(res, 100));
          }
        }
      },
      async stop() {
        agent.destroy();
        await stopAll();
      },
    };
    return bed;
  } catch (err) {
    await stopAll();
    throw err;
  }
}

const plurals = new Map<string, { plural: string; namespaced: boolean }>();

/** The REST path of an object, from discovery (cached per apiVersion/kind). */
async function resourcePath(
  request: KubeBed['request'],
  o: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } },
): Promise<string> {
  const key = `${o.apiVersion}/${o.kind}`;
  let r = plurals.get(key);
  if (!r) {
    const base = o.apiVersion.includes('/') ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`;
    const res = await request('admin', 'GET', base);
    const found = (res.body?.resources ?? []).find(
      (x: { kind: string; name: string }) => x.kind === o.kind && !x.name.includes('/'),
    );
    if (!found) throw new Error(`bed: the API server does not serve ${key}`);
    r = { plural: found.name, namespaced: found.namespaced };
    plurals.set(key, r);
  }
  const base = o.apiVersion.includes('/') ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`;
  return `${base}${r.namespaced ? `/namespaces/${o.metadata.namespace ?? 'default'}` : ''}/${r.plural}/${o.metadata.name}`;
}

/** `.cache/tools/share`: the upstream configuration `npm run tools` links (policy-controller, Kyverno). */
export const TOOLS_SHARE = join(REPO_ROOT, '.cache', 'tools', 'share');

/** A parsed manifest: the bed edits upstream documents freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Manifest = Record<string, any>;

/** Reads every YAML document of `files`, skipping empty ones. */
export function readManifests(files: string[]): Manifest[] {
  const docs: Manifest[] = [];
  for (const f of files) {
    if (!existsSync(f)) throw new Error(`bed: ${f} is missing: run npm run tools`);
    for (const d of parseAllDocuments(readFileSync(f, 'utf8'))) {
      const js = d.toJS();
      if (js && typeof js === 'object') docs.push(js);
    }
  }
  return docs;
}

/** The CRDs of the kinds Signet writes: policy-controller's two and Kyverno's four. */
export const SIGNET_CRD_FILES = [
  'policy-controller-config/300-clusterimagepolicy.yaml',
  'policy-controller-config/300-trustroot.yaml',
  'kyverno-crds/kyverno/kyverno.io_clusterpolicies.yaml',
  'kyverno-crds/kyverno/kyverno.io_policyexceptions.yaml',
  'kyverno-crds/policies.kyverno.io/policies.kyverno.io_imagevalidatingpolicies.yaml',
  'kyverno-crds/policies.kyverno.io/policies.kyverno.io_policyexceptions.yaml',
].map((f) => join(TOOLS_SHARE, f));

/** Installs CRDs from files and waits until each is Established. */
export async function installCrds(kube: KubeBed, files: string[]): Promise<void> {
  const crds = readManifests(files).filter((d) => d.kind === 'CustomResourceDefinition');
  await kube.applyAll(crds);
  await kube.waitForCrds(crds.map((c) => c.metadata.name as string));
}
