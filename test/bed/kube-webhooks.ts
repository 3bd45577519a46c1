// The real admission webhooks, run as ordinary processes against the bed's real API server:
//   - sigstore policy-controller v0.13.1 (`policy-controller-webhook`), configured from its upstream
//     config/ (.cache/tools/share/policy-controller-config): its namespace, ConfigMaps, CRDs and webhook
//     configurations as published, with one change: Service cosign-system/webhook is an ExternalName for
//     `localhost` on port 8443, which is how an API server outside a pod network reaches a webhook on
//     its own host (policy-controller refuses `url` webhooks: it reconciles Service references itself).
//     It binds 8443 and 8080 on all interfaces whatever its flags say, so only one can run per host:
//     `startPolicyController` holds a file lock (/tmp/signet-bed-policy-controller.lock, owner PID in
//     it; a dead owner's lock is taken over) so suites in parallel jest workers take turns.
//   - Kyverno v1.19.1 (`kyverno`), out of cluster with `--kubeconfig`, registering `url` webhooks on a
//     free loopback port with its own certificate; reports and metrics off unless asked for
//     (controller-runtime's metrics server always off: it would take :8080, policy-controller's port).
//     With `reports`, admission reports are on and Kyverno's reports controller (`kyverno-reports-controller`,
//     built from the same module) aggregates them into wgpolicyk8s.io PolicyReports; with `metrics`, its
//     Prometheus endpoint answers on a free loopback port.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdirSync } from 'node:fs';
import { freePort, type Service } from './proc.ts';
import { toolPath } from './tools.ts';
import { installCrds, readManifests, TOOLS_SHARE, type KubeBed } from './kube.ts';

const LOCK = '/tmp/signet-bed-policy-controller.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the host-wide policy-controller lock (a directory, created atomically), waiting up to `ms`. */
async function takeLock(ms: number): Promise<() => void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        /* being written */
      }
      if (Number.isInteger(owner) && owner > 0 && !alive(owner))
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(`bed: ${LOCK} held by PID ${owner} for ${ms} ms`, { cause: err });
      await sleep(250);
    }
  }
}

/** A child process ended by SIGTERM, then SIGKILL after `graceMs` (policy-controller ignores SIGTERM). */
function spawnService(
  name: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
  logDir: string,
  graceMs: number,
): Service & { exited: () => string | undefined } {
  mkdirSync(logDir, { recursive: true });
  const logPath = join(logDir, `${name}.log`);
  const log = createWriteStream(logPath);
  const [cmd, ...args] = argv;
  const child = spawn(cmd!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));
  child.on('error', (err) => (exited = `failed to start: ${err.message}`));
  return {
    name,
    pid: child.pid,
    logPath,
    exited: () => exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = new AbortController();
      const late = await Promise.race([
        gone.then(() => false),
        sleep(graceMs, true, { signal: timer.signal }).catch(() => false),
      ]);
      timer.abort();
      if (late) {
        child.kill('SIGKILL');
        await gone;
      }
    },
  };
}

/** A running admission controller. */
export interface WebhookService extends Service {
  startMs: number;
}

/** The namespace label policy-controller's webhooks select (upstream's opt-in). */
export const POLICY_CONTROLLER_INCLUDE = 'policy.sigstore.dev/include';

/**
 * Installs policy-controller's upstream configuration into `kube` and starts its webhook; resolves when
 * it has reconciled its webhook configurations (their caBundle is set) and a ClusterImagePolicy can be
 * applied through its conversion and validation webhooks.
 */
export async function startPolicyController(
  kube: KubeBed,
  opts: { logDir: string; lockWaitMs?: number },
): Promise<WebhookService> {
  const release = await takeLock(opts.lockWaitMs ?? 300_000);
  const t0 = Date.now();
  let svc: (Service & { exited: () => string | undefined }) | undefined;
  try {
    const dir = join(TOOLS_SHARE, 'policy-controller-config');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') && !/^(200|201|kustomization|webhook)/.test(f))
      .sort()
      .map((f) => join(dir, f));
    const docs = readManifests(files).filter((d) => d.kind !== 'CustomResourceDefinition');
    for (const d of docs) {
      if (d.kind === 'Service' && d.metadata.name === 'webhook') {
        d.spec = { type: 'ExternalName', externalName: 'localhost', ports: [{ port: 8443 }] };
      }
      for (const w of d.webhooks ?? []) {
        if (w.clientConfig?.service) w.clientConfig.service.port = 8443;
      }
    }
    // The conversion webhook of the CRD goes through the same Service.
    const crds = readManifests(files).filter((d) => d.kind === 'CustomResourceDefinition');
    for (const c of crds) {
      const s = c.spec?.conversion?.webhook?.clientConfig?.service;
      if (s) s.port = 8443;
    }
    await kube.applyAll([...docs.filter((d) => d.kind === 'Namespace'), ...crds]);
    await kube.waitForCrds(crds.map((c) => c.metadata.name as string));
    await kube.applyAll(docs.filter((d) => d.kind !== 'Namespace'));

    const home = join(kube.dir, 'policy-controller-home');
    mkdirSync(home, { recursive: true });
    const kubeconfig = kube.kubeconfigFile('policy-controller.kubeconfig', kube.kubeconfig('admin'));
    svc = spawnService(
      'policy-controller',
      [toolPath('policy-controller-webhook'), '--disable-tuf'],
      {
        PATH: process.env.PATH,
        HOME: home,
        KUBECONFIG: kubeconfig,
        SYSTEM_NAMESPACE: 'cosign-system',
        WEBHOOK_NAME: 'webhook',
        POD_NAME: 'webhook-bed',
        CONFIG_LOGGING_NAME: 'config-logging',
        METRICS_DOMAIN: 'sigstore.dev/policy',
        KUBERNETES_MIN_VERSION: '1.21.0',
      },
      opts.logDir,
      3_000,
    );
    // Ready when all four webhook configurations carry a caBundle (policy-controller reconciled them).
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ex = svc.exited();
      if (ex) throw new Error(`bed: policy-controller ${ex} (log: ${svc.logPath})`);
      const [v, m] = await Promise.all([
        kube.request('admin', 'GET', '/apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurations'),
        kube.request('admin', 'GET', '/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations'),
      ]);
      const items = [...(v.body?.items ?? []), ...(m.body?.items ?? [])].filter((i) =>
        /sigstore\.dev$/.test(i.metadata.name),
      );
      const crd = await kube.request(
        'admin',
        'GET',
        '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/clusterimagepolicies.policy.sigstore.dev',
      );
      const ready =
        items.length >= 4 &&
        items.every((i) =>
          (i.webhooks ?? []).every((w: { clientConfig?: { caBundle?: string } }) => w.clientConfig?.caBundle),
        ) &&
        crd.body?.spec?.conversion?.webhook?.clientConfig?.caBundle;
      if (ready) break;
      if (Date.now() > deadline)
        throw new Error(`bed: policy-controller not ready in 60 s (log: ${svc.logPath})`);
      await sleep(200);
    }
    const running = svc;
    return {
      name: running.name,
      pid: running.pid,
      logPath: running.logPath,
      startMs: Date.now() - t0,
      async stop() {
        try {
          await running.stop();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    await svc?.stop();
    release();
    throw err;
  }
}

/** A running Kyverno admission controller (and its reports controller, when asked for). */
export interface KyvernoService extends WebhookService {
  crdMs: number;
  /** `http://127.0.0.1:<port>/metrics` when started with `metrics`. */
  metricsURL?: string;
  /** The reports controller, when started with `reports`. */
  reports?: Service;
}

/** Starts Kyverno's admission controller against `kube` after installing all of its CRDs. */
export async function startKyverno(
  kube: KubeBed,
  opts: {
    logDir: string;
    reports?: boolean;
    metrics?: boolean;
    /** A private Sigstore's TUF repository: Kyverno's process-wide trust (ClusterPolicy bundles, keyless). */
    tuf?: { mirror: string; rootPath: string };
  },
): Promise<KyvernoService> {
  const t0 = Date.now();
  const root = join(TOOLS_SHARE, 'kyverno-crds');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(root, f));
  await installCrds(kube, files);
  await kube.applyAll([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kyverno' } }]);
  const crdMs = Date.now() - t0;
  const port = await freePort();
  const metricsPort = await freePort();
  const kubeconfig = kube.kubeconfigFile('kyverno.kubeconfig', kube.kubeconfig('admin'));
  const env = {
    PATH: process.env.PATH,
    HOME: join(kube.dir),
    KYVERNO_NAMESPACE: 'kyverno',
    KYVERNO_SERVICEACCOUNT_NAME: 'kyverno-admission-controller',
    KYVERNO_DEPLOYMENT: 'kyverno-admission-controller',
    KYVERNO_POD_NAME: 'kyverno-admission-controller-bed',
    INIT_CONFIG: 'kyverno',
    METRICS_CONFIG: 'kyverno-metrics',
  };
  const svc = spawnService(
    'kyverno',
    [
      toolPath('kyverno'),
      `--kubeconfig=${kubeconfig}`,
      `--serverIP=127.0.0.1:${port}`,
      '--webhookServerHost=127.0.0.1',
      `--webhookServerPort=${port}`,
      // Kyverno keeps its self-made CA and serving pair in these Secrets (names as the Helm chart sets them).
      '--caSecretName=kyverno-svc.kyverno.svc.kyverno-tls-ca',
      '--tlsSecretName=kyverno-svc.kyverno.svc.kyverno-tls-pair',
      '--backgroundServiceAccountName=system:serviceaccount:kyverno:kyverno-background-controller',
      '--reportsServiceAccountName=system:serviceaccount:kyverno:kyverno-reports-controller',
      ...(opts.metrics ? ['--metricsHost=127.0.0.1'] : ['--disableMetrics']),
      // controller-runtime's own metrics server defaults to :8080 on all interfaces, where
      // policy-controller listens too: off, so both controllers can run at once on one host.
      '--controllerRuntimeMetricsAddress=0',
      `--metricsPort=${metricsPort}`,
      ...(opts.reports ? ['--admissionReports=true'] : ['--admissionReports=false', '--enableReporting=']),
      '--enablePolicyException',
      '--exceptionNamespace=kyverno',
      // The bed's registry is plain HTTP on loopback.
      '--allowInsecureRegistry',
      '--registryCredentialHelpers=',
      '--imageVerifyCacheEnabled=false',
      ...(opts.tuf
        ? ['--enableTuf', `--tufMirror=${opts.tuf.mirror}`, `--tufRoot=${opts.tuf.rootPath}`]
        : []),
      '--v=2',
    ],
    env,
    opts.logDir,
    10_000,
  );
  let reports: (Service & { exited: () => string | undefined }) | undefined;
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const ex = svc.exited();
      if (ex) throw new Error(`bed: kyverno ${ex} (log: ${svc.logPath})`);
      // Kyverno publishes its resource webhook configurations (empty until a policy exists) once its
      // health lease is fresh; the policy webhooks must carry its CA.
      const names = [
        'validatingwebhookconfigurations/kyverno-resource-validating-webhook-cfg',
        'mutatingwebhookconfigurations/kyverno-resource-mutating-webhook-cfg',
        'validatingwebhookconfigurations/kyverno-policy-validating-webhook-cfg',
      ];
      const got = await Promise.all(
        names.map((n) => kube.request('admin', 'GET', `/apis/admissionregistration.k8s.io/v1/${n}`)),
      );
      if (
        got.every((g) => g.status === 200) &&
        (got[2]?.body?.webhooks ?? []).some(
          (w: { clientConfig?: { caBundle?: string } }) => w.clientConfig?.caBundle,
        )
      )
        break;
      if (Date.now() > deadline) throw new Error(`bed: kyverno not ready in 120 s (log: ${svc.logPath})`);
      await sleep(250);
    }
    // The configurations carry the CA a moment before the webhook server serves its certificate (the API
    // server then gets "tls: internal error", a 500): wait until a policy passes Kyverno's own webhooks.
    for (;;) {
      const probe = await kube.request('admin', 'POST', '/apis/kyverno.io/v1/clusterpolicies?dryRun=All', {
        apiVersion: 'kyverno.io/v1',
        kind: 'ClusterPolicy',
        metadata: { name: 'bed-readiness-probe' },
        spec: {
          background: false,
          rules: [
            {
              name: 'probe',
              match: { any: [{ resources: { kinds: ['ConfigMap'] } }] },
              validate: { message: 'probe', pattern: { metadata: { name: '?*' } } },
            },
          ],
        },
      });
      if (probe.status === 201) break;
      const ex = svc.exited();
      if (ex) throw new Error(`bed: kyverno ${ex} (log: ${svc.logPath})`);
      if (Date.now() > deadline)
        throw new Error(
          `bed: kyverno's policy webhooks still answer ${probe.status} after 120 s (log: ${svc.logPath})`,
        );
      await sleep(250);
    }
    if (opts.reports) reports = await startReportsController(kube, kubeconfig, env, opts.logDir);
  } catch (err) {
    await svc.stop();
    throw err;
  }
  return {
    name: svc.name,
    pid: svc.pid,
    logPath: svc.logPath,
    crdMs,
    startMs: Date.now() - t0,
    metricsURL: opts.metrics ? `http://127.0.0.1:${metricsPort}/metrics` : undefined,
    reports,
    async stop() {
      await reports?.stop();
      await svc.stop();
    },
  };
}

/**
 * Kyverno's reports controller: turns the admission controller's EphemeralReports into PolicyReports.
 * Ready when it holds its leader lease (it runs its controllers only as the leader).
 */
async function startReportsController(
  kube: KubeBed,
  kubeconfig: string,
  env: NodeJS.ProcessEnv,
  logDir: string,
): Promise<Service & { exited: () => string | undefined }> {
  const svc = spawnService(
    'kyverno-reports-controller',
    [
      toolPath('kyverno-reports-controller'),
      `--kubeconfig=${kubeconfig}`,
      '--disableMetrics',
      `--metricsPort=${await freePort()}`,
      // Only what admission produced: no background scans of the bed's objects.
      '--backgroundScan=false',
      '--validatingAdmissionPolicyReports=false',
      '--admissionReports=true',
      '--aggregateReports=true',
      '--policyReports=true',
      '--enablePolicyException',
      '--exceptionNamespace=kyverno',
      '--allowInsecureRegistry',
      '--registryCredentialHelpers=',
      '--v=2',
    ],
    {
      ...env,
      KYVERNO_SERVICEACCOUNT_NAME: 'kyverno-reports-controller',
      KYVERNO_DEPLOYMENT: 'kyverno-reports-controller',
      KYVERNO_POD_NAME: 'kyverno-reports-controller-bed',
    },
    logDir,
    10_000,
  );
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const ex = svc.exited();
      if (ex) throw new Error(`bed: kyverno-reports-controller ${ex} (log: ${svc.logPath})`);
      const lease = await kube.request(
        'admin',
        'GET',
        '/apis/coordination.k8s.io/v1/namespaces/kyverno/leases/kyverno-reports-controller',
      );
      if (lease.status === 200 && lease.body?.spec?.holderIdentity === 'kyverno-reports-controller-bed')
        break;
      if (Date.now() > deadline)
        throw new Error(`bed: kyverno-reports-controller not leading in 120 s (log: ${svc.logPath})`);
      await sleep(250);
    }
  } catch (err) {
    await svc.stop();
    throw err;
  }
  return svc;
}
