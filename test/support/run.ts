// Runs a command from an argv array (never a shell string) and collects its output, for tests that
// drive real tools (cosign, crane, docker, the built CLI).
import { spawn } from 'node:child_process';

/** What a finished command printed and how it ended. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the command outlived `timeoutMs` and was stopped (SIGTERM, then SIGKILL). */
  timedOut?: true;
}

/** Runs `argv` with `env` merged over the process environment; never throws on a non-zero exit. */
export function run(
  argv: string[],
  opts: {
    env?: Record<string, string | undefined>;
    input?: string;
    cwd?: string;
    timeoutMs?: number;
    /** How long a timed-out command gets to end on SIGTERM before SIGKILL (default 5 s). */
    killGraceMs?: number;
  } = {},
): Promise<RunResult> {
  const [cmd, ...args] = argv;
  if (!cmd) throw new Error('run: empty argv');
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: { ...process.env, ...opts.env },
      cwd: opts.cwd,
      // No input: stdin is /dev/null, as in CI.
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    // spawn's own `timeout` sends SIGTERM once and never escalates: a tool that ignores it would hang
    // the suite. SIGTERM first, then SIGKILL after the grace period.
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      kill = setTimeout(() => child.kill('SIGKILL'), opts.killGraceMs ?? 5_000);
    }, opts.timeoutMs ?? 120_000);
    const clearTimers = () => {
      clearTimeout(timer);
      clearTimeout(kill);
    };
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => {
      clearTimers();
      reject(e);
    });
    child.on('close', (code) => {
      clearTimers();
      resolve({ code, stdout, stderr, ...(timedOut ? { timedOut: true as const } : {}) });
    });
    if (child.stdin) {
      child.stdin.on('error', () => {}); // a command may exit without reading its input
      child.stdin.end(opts.input);
    }
  });
}

/** Like `run`, but throws with the command's output when it exits non-zero. */
export async function runOk(argv: string[], opts: Parameters<typeof run>[1] = {}): Promise<RunResult> {
  const r = await run(argv, opts);
  if (r.code !== 0) {
    const how = r.timedOut ? `timed out after ${opts.timeoutMs ?? 120_000} ms` : `exited ${r.code}`;
    throw new Error(`${argv.slice(0, 3).join(' ')} … ${how}\n${r.stderr}\n${r.stdout}`);
  }
  return r;
}
