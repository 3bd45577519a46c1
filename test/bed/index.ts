// The Signet test bed: real services on loopback with free ports, started per test run and torn down by
// PID, with their logs kept when something failed. Integration tests, `npm run bed` and the demo use it.
//
// What is real and what is a stand-in:
//   - registry: the real CNCF Distribution (Debian docker-registry), three auth flavours;
//     the token issuer of the `token` flavour is a loopback stand-in for ghcr/GitLab token services;
//   - docker: the real Docker engine (Debian docker.io) on a private socket;
//   - sigstore: the real Fulcio, CT log (TesseraCT), timestamp authority, Rekor v2 and Rekor v1 (on
//     Trillian and MariaDB: rekor-v1.ts), with a generated trusted_root.json and signing configs
//     (sigstore-real.ts). `sigstore: 'stand-in'` starts the all-mock
//     services of sigstore.ts instead, for tests that inject a fault and say so;
//   - githubSigstore: a second instance shaped like GitHub's: the real Fulcio (CA "GitHub, Inc.", no CT
//     log) and TSA, no Rekor, with its own trusted root and signing config (sigstore-github.ts);
//   - buildkit: the real buildkitd (OCI worker on runc, native snapshotter) on a private socket,
//     registered with buildx as a remote builder; the bed's registries are plain HTTP in its config;
//   - oidc: a loopback endpoint speaking GitHub's ACTIONS_ID_TOKEN_REQUEST_URL protocol (stand-in);
//   - kube: a real kube-apiserver with Debian's etcd (kube.ts), optionally with the upstream CRDs of the
//     kinds Signet writes and one real admission controller (policy-controller or Kyverno, with Kyverno's
//     reports controller when asked), kube-webhooks.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BedBuildkit } from './buildkit.ts';
import { startDocker, type BedDocker } from './dockerd.ts';
import type { OidcBed } from './oidc.ts';
import { startRegistry, type BedRegistry, type RegistryFlavour } from './registry.ts';
import type { SigstoreBed } from './sigstore.ts';
import type { RealSigstoreBed } from './sigstore-real.ts';
import type { GitHubSigstoreBed } from './sigstore-github.ts';
import type { KubeBed, KubeUser } from './kube.ts';
import type { KyvernoService, WebhookService } from './kube-webhooks.ts';

export type {
  BedBuildkit,
  BedDocker,
  BedRegistry,
  GitHubSigstoreBed,
  KubeBed,
  KubeUser,
  KyvernoService,
  OidcBed,
  RealSigstoreBed,
  RegistryFlavour,
  SigstoreBed,
  WebhookService,
};

/** The cluster part of the bed: a real API server, and what to install or run against it. */
export interface KubeOptions {
  /** Fixed tokens (tests that plant recognisable secrets); random otherwise. */
  tokens?: Partial<Record<KubeUser, string>>;
  /** Install the upstream CRDs of the kinds Signet writes (policy-controller's and Kyverno's). */
  crds?: boolean;
  /** Run a real admission controller registered with the API server. */
  webhook?: 'policy-controller' | 'kyverno';
  /** With `webhook: 'kyverno'`: admission reports on, and Kyverno's reports controller running. */
  reports?: boolean;
  /** With `webhook: 'kyverno'`: its Prometheus metrics on a loopback port (`kyverno.metricsURL`). */
  metrics?: boolean;
  /**
   * With `webhook: 'kyverno'` and the real Sigstore services: a TUF repository whose target is their
   * trusted_root.json (test/support/tuf-repo.ts, real TUF metadata), served on loopback, which Kyverno
   * trusts process-wide (`--enableTuf`); `bed.tuf` names it for policies that point at it.
   */
  tuf?: boolean;
}

/** A TUF repository distributing the bed's trusted root. */
export interface BedTuf {
  url: string;
  rootJSON: string;
  /** root.json written to a file (for `--tuf-root`). */
  rootPath: string;
}

/** Which parts of the bed to start; registries default to all three flavours. */
export interface BedOptions {
  registries?: RegistryFlavour[];
  docker?: boolean;
  /**
   * Fulcio, Rekor and TSA; implies `oidc` (Fulcio checks tokens against its JWKS). `true` or `'real'`: the
   * real services; `'stand-in'`: the @sigstore/mock stand-ins, for a test that injects a fault they allow.
   */
  sigstore?: boolean | 'real' | 'stand-in';
  /**
   * A second, GitHub-shaped instance (sigstore-github.ts): the real Fulcio with a CA named "GitHub, Inc."
   * and no CT log, the real TSA, no Rekor. Implies `oidc`.
   */
  githubSigstore?: boolean;
  oidc?: boolean;
  /** buildkitd registered as a buildx remote builder (started once the registries answer). */
  buildkit?: boolean;
  /** A real kube-apiserver with etcd (`true`: nothing installed in it). */
  kube?: boolean | KubeOptions;
}

/** A running test bed. `stop()` ends every service it started, and only those. */
export interface Bed {
  dir: string;
  logDir: string;
  registries: Partial<Record<RegistryFlavour, BedRegistry>>;
  docker?: BedDocker;
  sigstore?: SigstoreBed;
  githubSigstore?: GitHubSigstoreBed;
  oidc?: OidcBed;
  buildkit?: BedBuildkit;
  /** The API server (`kube` option), with the admission controller asked for. */
  kube?: KubeBed;
  policyController?: WebhookService;
  kyverno?: KyvernoService;
  tuf?: BedTuf;
  /** Milliseconds it took to start everything. */
  startMs: number;
  /** Stops everything; keeps the folder (with logs) when `keepLogs` is true, else removes it. */
  stop(opts?: { keepLogs?: boolean }): Promise<void>;
}

/** Returns the registry of `flavour`, failing clearly if that flavour was not started. */
export function registryOf(bed: Bed, flavour: RegistryFlavour): BedRegistry {
  const r = bed.registries[flavour];
  if (!r) throw new Error(`test bed: no ${flavour} registry was started`);
  return r;
}

async function startIdentity(
  opts: BedOptions,
  dir: string,
  logDir: string,
  track: <T extends { stop(): Promise<void> }>(p: Promise<T>) => Promise<T>,
): Promise<{ sigstore?: SigstoreBed; githubSigstore?: GitHubSigstoreBed; oidc?: OidcBed }> {
  const oidc =
    opts.oidc || opts.sigstore || opts.githubSigstore
      ? await track(import('./oidc.ts').then((m) => m.startOidc({ dir: join(dir, 'oidc') })))
      : undefined;
  const github =
    opts.githubSigstore && oidc
      ? track(
          import('./sigstore-github.ts').then((m) =>
            m.startGitHubSigstore({ dir: join(dir, 'sigstore-github'), logDir, oidcJwksURL: oidc.jwksURL }),
          ),
        )
      : undefined;
  // Awaited below; a failure of the other start must not leave this rejection unhandled.
  github?.catch(() => undefined);
  const sigstore =
    opts.sigstore === 'stand-in'
      ? await track(
          import('./sigstore.ts').then((m) =>
            m.startSigstore({ dir: join(dir, 'sigstore'), logDir, oidcJwksURL: oidc?.jwksURL }),
          ),
        )
      : opts.sigstore && oidc
        ? await track(
            import('./sigstore-real.ts').then((m) =>
              m.startRealSigstore({ dir: join(dir, 'sigstore'), logDir, oidcJwksURL: oidc.jwksURL }),
            ),
          )
        : undefined;
  return { sigstore, githubSigstore: await github, oidc };
}

/** The API server and, in order, the CRDs and the admission controller; stopped controller first. */
async function startCluster(
  opts: KubeOptions,
  dir: string,
  logDir: string,
  identity: Promise<{ sigstore?: SigstoreBed }>,
): Promise<{
  kube: KubeBed;
  policyController?: WebhookService;
  kyverno?: KyvernoService;
  tuf?: BedTuf;
  stop(): Promise<void>;
}> {
  const { startKube, installCrds, SIGNET_CRD_FILES } = await import('./kube.ts');
  const kube = await startKube({ dir: join(dir, 'kube'), logDir, tokens: opts.tokens });
  let policyController: WebhookService | undefined;
  let kyverno: KyvernoService | undefined;
  let tufRepo: { url: string; rootJSON: string; stop(): Promise<void> } | undefined;
  let tuf: BedTuf | undefined;
  const stop = async () => {
    await policyController?.stop().catch(() => undefined);
    await kyverno?.stop().catch(() => undefined);
    await tufRepo?.stop().catch(() => undefined);
    await kube.stop();
  };
  try {
    if (opts.crds) await installCrds(kube, SIGNET_CRD_FILES);
    if (opts.tuf) {
      const s = (await identity).sigstore as Partial<RealSigstoreBed> | undefined;
      if (!s?.real) throw new Error('test bed: kube.tuf needs the real Sigstore services (sigstore: true)');
      const { startTufRepoStandIn } = await import('../support/tuf-repo.ts');
      tufRepo = await startTufRepoStandIn(s.trustedRoot);
      const rootPath = join(dir, 'kube', 'tuf-root.json');
      writeFileSync(rootPath, tufRepo.rootJSON);
      tuf = { url: tufRepo.url, rootJSON: tufRepo.rootJSON, rootPath };
    }
    const webhooks = opts.webhook ? await import('./kube-webhooks.ts') : undefined;
    if (opts.webhook === 'policy-controller')
      policyController = await webhooks!.startPolicyController(kube, { logDir });
    if (opts.webhook === 'kyverno')
      kyverno = await webhooks!.startKyverno(kube, {
        logDir,
        reports: opts.reports,
        metrics: opts.metrics,
        tuf: tuf ? { mirror: tuf.url, rootPath: tuf.rootPath } : undefined,
      });
  } catch (err) {
    await stop();
    throw err;
  }
  return { kube, policyController, kyverno, tuf, stop };
}

/** Starts the requested services in parallel; if any fails, stops the others and rethrows. */
export async function startBed(opts: BedOptions = {}): Promise<Bed> {
  const t0 = Date.now();
  // Short base path: containerd's socket lives below it and unix socket paths are limited to 108 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'signet-bed-'));
  const logDir = join(dir, 'logs');
  const started: { stop(): Promise<void> }[] = [];
  const track = <T extends { stop(): Promise<void> }>(p: Promise<T>): Promise<T> =>
    p.then((s) => {
      started.push(s);
      return s;
    });

  const flavours = opts.registries ?? ['anonymous', 'basic', 'token'];
  const identityStart = startIdentity(opts, dir, logDir, track);
  const results = await Promise.allSettled([
    Promise.all(
      flavours.map((flavour) => track(startRegistry({ flavour, dir: join(dir, `reg-${flavour}`), logDir }))),
    ),
    opts.docker ? track(startDocker({ dir: join(dir, 'd'), logDir })) : undefined,
    // Loaded only when asked for: the Sigstore stand-ins pull in @sigstore/mock. With the OIDC endpoint
    // up first, Fulcio checks token signatures against its JWKS as the real one does.
    identityStart,
    opts.kube
      ? track(startCluster(opts.kube === true ? {} : opts.kube, dir, logDir, identityStart))
      : undefined,
  ]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.allSettled(started.map((s) => s.stop()));
    throw new Error(`test bed: start failed (logs kept in ${logDir}): ${String(failed.reason)}`, {
      cause: failed.reason,
    });
  }
  const value = <T>(i: number) => (results[i] as PromiseFulfilledResult<T>).value;
  const registryList = value<BedRegistry[]>(0);
  const identity = value<{ sigstore?: SigstoreBed; githubSigstore?: GitHubSigstoreBed; oidc?: OidcBed }>(2);
  const cluster = value<Awaited<ReturnType<typeof startCluster>> | undefined>(3);
  const registries: Bed['registries'] = {};
  for (const r of registryList) registries[r.flavour] = r;
  let buildkit: BedBuildkit | undefined;
  if (opts.buildkit) {
    try {
      buildkit = await track<BedBuildkit>(
        import('./buildkit.ts').then((m) =>
          m.startBuildkit({
            dir: join(dir, 'bk'),
            logDir,
            insecureRegistries: registryList.map((r) => r.host),
          }),
        ),
      );
    } catch (err) {
      await Promise.allSettled(started.map((s) => s.stop()));
      throw new Error(`test bed: start failed (logs kept in ${logDir}): ${String(err)}`, { cause: err });
    }
  }

  return {
    dir,
    logDir,
    registries,
    docker: value<BedDocker | undefined>(1),
    sigstore: identity.sigstore,
    githubSigstore: identity.githubSigstore,
    oidc: identity.oidc,
    buildkit,
    kube: cluster?.kube,
    policyController: cluster?.policyController,
    kyverno: cluster?.kyverno,
    tuf: cluster?.tuf,
    startMs: Date.now() - t0,
    async stop({ keepLogs = false } = {}) {
      await Promise.allSettled(started.map((s) => s.stop()));
      if (keepLogs) console.error(`test bed: logs kept in ${logDir}`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Returns the bed's real Sigstore services, failing clearly if the stand-ins (or nothing) were started. */
export function realSigstoreOf(bed: Bed): RealSigstoreBed {
  const s = bed.sigstore as Partial<RealSigstoreBed> | undefined;
  if (!s?.real) throw new Error('test bed: the real Sigstore services were not started (sigstore: true)');
  return s as RealSigstoreBed;
}

/** Returns the bed's API server, failing clearly if the bed was started without `kube`. */
export function kubeOf(bed: Bed): KubeBed {
  if (!bed.kube) throw new Error('test bed: no API server was started (kube: true)');
  return bed.kube;
}
