// Runs a command from an argv array (never a shell string) and collects its output, for tests that
// drive real tools (cosign, crane, docker, the built CLI).
import { spawn } from 'node:child_process';

/** What a finished command printed and how it ended. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `argv` with `env` merged over the process environment; never throws on a non-zero exit. */
export function run(
  argv: string[],
  opts: { env?: Record<string, string | undefined>; input?: string; cwd?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  const [cmd, ...args] = argv;
  if (!cmd) throw new Error('run: empty argv');
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: { ...process.env, ...opts.env },
      cwd: opts.cwd,
      // No input: stdin is /dev/null, as in CI.
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      timeout: opts.timeoutMs ?? 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
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
    throw new Error(`${argv.slice(0, 3).join(' ')} … exited ${r.code}\n${r.stderr}\n${r.stdout}`);
  }
  return r;
}
