// The Docker engine of the test bed: Debian's `docker.io` dockerd on a private socket, data root and
// exec root, with the vfs storage driver and no iptables/bridge, so it runs as root inside a sandbox
// without touching the host's networking. Loopback registries are insecure by default for dockerd.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { requireTool, startProcess, type Service } from './proc.ts';

/** A running dockerd; point the docker CLI at it with `env` (DOCKER_HOST). */
export interface BedDocker {
  /** `unix:///…/docker.sock` */
  host: string;
  socketPath: string;
  env: { DOCKER_HOST: string };
  logPath: string | undefined;
  /** PID of dockerd (it stops the containerd it started itself). */
  pid: number | undefined;
  stop(): Promise<void>;
}

function pingSocket(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Starts dockerd under `dir` (keep it short: containerd's socket path must stay under 108 bytes). */
export async function startDocker(opts: { dir: string; logDir: string }): Promise<BedDocker> {
  const bin = requireTool('dockerd', 'apt-get install docker.io (or run `npm run tools`)');
  if (process.getuid?.() !== 0) throw new Error('test bed: dockerd needs root (run the tests as root)');
  const socketPath = join(opts.dir, 'docker.sock');
  mkdirSync(opts.dir, { recursive: true });
  const proc: Service = await startProcess(
    'dockerd',
    [
      bin,
      '--storage-driver=vfs',
      '--iptables=false',
      '--ip-masq=false',
      '--bridge=none',
      '--userland-proxy=false',
      `--data-root=${join(opts.dir, 'data')}`,
      `--exec-root=${join(opts.dir, 'x')}`,
      `--pidfile=${join(opts.dir, 'dockerd.pid')}`,
      `--host=unix://${socketPath}`,
    ],
    { logDir: opts.logDir, ready: () => pingSocket(socketPath), readyTimeoutMs: 40_000 },
  );
  const host = `unix://${socketPath}`;
  return {
    host,
    socketPath,
    env: { DOCKER_HOST: host },
    logPath: proc.logPath,
    pid: proc.pid,
    stop: () => proc.stop(),
  };
}
