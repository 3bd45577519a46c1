// The BuildKit part of the test bed: the real `buildkitd` (github.com/moby/buildkit, pinned, built by
// .ci/install-tools.sh) on a private socket, root and state folder, with the OCI worker on Debian's runc
// and the native snapshotter (no overlayfs or containerd needed), and the bed's loopback registries
// marked plain-HTTP in its buildkitd.toml. `docker buildx create --driver remote` registers it as a
// buildx builder in a private BUILDX_CONFIG, so the user's buildx state is never touched.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startProcess, type Service } from './proc.ts';
import { toolPath } from './tools.ts';

/** A running buildkitd registered as a buildx remote builder. */
export interface BedBuildkit {
  /** `unix:///…/buildkitd.sock`, for BUILDKIT_HOST or `buildkit-host`. */
  host: string;
  socketPath: string;
  /** The buildx builder instance name, registered in `buildxConfigDir`. */
  builder: string;
  /** BUILDX_CONFIG holding the builder instance. */
  buildxConfigDir: string;
  /** A DOCKER_CONFIG with the buildx plugin under cli-plugins (and no credentials). */
  dockerConfigDir: string;
  /** Environment for `docker buildx` against this builder (BUILDX_CONFIG, DOCKER_CONFIG, PATH). */
  env: Record<string, string>;
  logPath: string | undefined;
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface BuildkitOptions {
  /** A fresh, short folder (the socket path must stay under 108 bytes). */
  dir: string;
  logDir: string;
  /** Registries (`127.0.0.1:PORT`) BuildKit reaches over plain HTTP. */
  insecureRegistries: string[];
  /** Builder instance name (default `signet-bed-<pid>`). */
  builder?: string;
}

const RUNC = '/usr/sbin/runc';

function socketAnswers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    if (!existsSync(path)) return resolve(false);
    const s = connect(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** buildkitd.toml: the OCI worker on runc with the native snapshotter, loopback registries over HTTP. */
export function buildkitdToml(opts: { root: string; insecureRegistries: readonly string[] }): string {
  const lines = [
    `root = ${JSON.stringify(opts.root)}`,
    '[worker.oci]',
    '  enabled = true',
    '  snapshotter = "native"',
    `  binary = ${JSON.stringify(RUNC)}`,
    '  gc = false',
    '[worker.containerd]',
    '  enabled = false',
  ];
  for (const r of opts.insecureRegistries) {
    lines.push(`[registry.${JSON.stringify(r)}]`, '  http = true', '  insecure = true');
  }
  return lines.join('\n') + '\n';
}

/** Starts buildkitd (root only: the OCI worker runs runc) and registers it with buildx. */
export async function startBuildkit(opts: BuildkitOptions): Promise<BedBuildkit> {
  if (process.getuid?.() !== 0) throw new Error('test bed: buildkitd needs root (run the tests as root)');
  if (!existsSync(RUNC)) throw new Error(`test bed: ${RUNC} not found: apt-get install runc`);
  const bin = toolPath('buildkitd');
  const root = join(opts.dir, 'root');
  mkdirSync(root, { recursive: true });
  const socketPath = join(opts.dir, 'buildkitd.sock');
  const configPath = join(opts.dir, 'buildkitd.toml');
  writeFileSync(configPath, buildkitdToml({ root, insecureRegistries: opts.insecureRegistries }));
  const host = `unix://${socketPath}`;
  const proc: Service = await startProcess(
    'buildkitd',
    [
      bin,
      `--config=${configPath}`,
      `--root=${root}`,
      `--addr=${host}`,
      '--oci-worker=true',
      '--containerd-worker=false',
      '--oci-worker-snapshotter=native',
      `--oci-worker-binary=${RUNC}`,
    ],
    { logDir: opts.logDir, ready: () => socketAnswers(socketPath), readyTimeoutMs: 30_000 },
  );
  const dockerConfigDir = join(opts.dir, 'docker-config');
  const buildxConfigDir = join(opts.dir, 'buildx');
  mkdirSync(join(dockerConfigDir, 'cli-plugins'), { recursive: true });
  mkdirSync(buildxConfigDir, { recursive: true });
  writeFileSync(join(dockerConfigDir, 'config.json'), '{}\n');
  const plugin = join(dockerConfigDir, 'cli-plugins', 'docker-buildx');
  if (!existsSync(plugin)) symlinkSync(toolPath('buildx'), plugin);
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: opts.dir,
    DOCKER_CONFIG: dockerConfigDir,
    BUILDX_CONFIG: buildxConfigDir,
  };
  const builder = opts.builder ?? `signet-bed-${process.pid}`;
  const created = spawnSync('docker', ['buildx', 'create', '--name', builder, '--driver', 'remote', host], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (created.status !== 0) {
    await proc.stop();
    throw new Error(
      `test bed: docker buildx create --driver remote failed: ${created.stderr || created.stdout}`,
    );
  }
  return {
    host,
    socketPath,
    builder,
    buildxConfigDir,
    dockerConfigDir,
    env,
    logPath: proc.logPath,
    pid: proc.pid,
    stop: () => proc.stop(),
  };
}

/**
 * Builds the bed's BuildKit SBOM generator image (`.ci/buildkit-scanner` and the pinned static syft,
 * FROM scratch) on this builder and pushes it to `repository` (`127.0.0.1:PORT/name`); returns its
 * reference by digest, for `--attest type=sbom,generator=…` / `--sbom=generator=…`.
 */
export function pushScannerImage(bk: BedBuildkit, repository: string, dir: string): string {
  const ctx = join(dir, 'scanner-ctx');
  mkdirSync(ctx, { recursive: true });
  copyFileSync(realpathSync(toolPath('buildkit-scanner')), join(ctx, 'buildkit-scanner'));
  copyFileSync(realpathSync(toolPath('syft')), join(ctx, 'syft'));
  writeFileSync(
    join(ctx, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY buildkit-scanner /bin/buildkit-scanner',
      'COPY syft /bin/syft',
      'CMD ["/bin/buildkit-scanner"]',
      '',
    ].join('\n'),
  );
  const metadata = join(dir, 'scanner-metadata.json');
  const built = spawnSync(
    'docker',
    [
      'buildx',
      'build',
      `--builder=${bk.builder}`,
      '--platform=linux/amd64',
      '--provenance=false',
      `--tag=${repository}:latest`,
      `--metadata-file=${metadata}`,
      '--push',
      ctx,
    ],
    { env: bk.env, encoding: 'utf8', timeout: 120_000 },
  );
  if (built.status !== 0) throw new Error(`test bed: scanner image build failed: ${built.stderr}`);
  const digest = (JSON.parse(readFileSync(metadata, 'utf8')) as Record<string, string>)[
    'containerimage.digest'
  ];
  if (!digest) throw new Error('test bed: scanner image build reported no digest');
  return `${repository}@${digest}`;
}
