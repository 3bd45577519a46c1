// Process and port helpers for the test bed. Every service the bed starts is a child process (or an
// in-process node:http server) that it stops itself, by PID: nothing else on the machine is touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';

/** A service the bed started; `stop()` ends it and only it. */
export interface Service {
  readonly name: string;
  readonly pid: number | undefined;
  readonly logPath: string | undefined;
  stop(): Promise<void>;
}

/** Returns a free TCP port on 127.0.0.1 (the OS picks it; the socket is closed before returning). */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      if (addr === null || typeof addr === 'string') return reject(new Error('no port'));
      srv.close(() => resolve(addr.port));
    });
  });
}

/** Fails with a message naming what to install when a required executable is not on PATH. */
export function requireTool(name: string, hint: string): string {
  const dirs = (process.env.PATH ?? '').split(':');
  for (const dir of dirs) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  throw new Error(`test bed: ${name} not found on PATH: ${hint}`);
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  logDir: string;
  /** Polled until it resolves true; the process is stopped and an error thrown if it never does. */
  ready: () => Promise<boolean>;
  readyTimeoutMs?: number;
  /** How long `stop()` waits after SIGTERM before SIGKILL (default 10 s). */
  stopGraceMs?: number;
}

/** Starts `argv` with its output in `<logDir>/<name>.log` and waits until `ready()` holds. */
export async function startProcess(name: string, argv: string[], opts: StartOptions): Promise<Service> {
  mkdirSync(opts.logDir, { recursive: true });
  const logPath = join(opts.logDir, `${name}.log`);
  const log = createWriteStream(logPath);
  const [cmd, ...args] = argv;
  if (!cmd) throw new Error(`test bed: empty command for ${name}`);
  const child = spawn(cmd, args, {
    env: opts.env ?? process.env,
    cwd: opts.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = `exited with ${signal ?? code}`;
  });
  child.on('error', (err) => {
    exited = `failed to start: ${err.message}`;
  });
  const service = processService(name, child, logPath, opts.stopGraceMs);
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 20_000);
  for (;;) {
    if (exited) {
      await service.stop();
      throw new Error(`test bed: ${name} ${exited} before it was ready (log: ${logPath})`);
    }
    if (await opts.ready().catch(() => false)) return service;
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(
        `test bed: ${name} not ready after ${opts.readyTimeoutMs ?? 20_000} ms (log: ${logPath})`,
      );
    }
    await sleep(50);
  }
}

function processService(name: string, child: ChildProcess, logPath: string, graceMs = 10_000): Service {
  return {
    name,
    pid: child.pid,
    logPath,
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

/** True when an HTTP GET of `url` answers at all (any status). */
export async function httpAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}
