// The one place Signet starts processes (STYLE §4): argv arrays, never a shell, so no argument is
// ever interpreted. Callers parse the output with pure functions tested against recorded output.
import { spawn } from 'node:child_process';

/** What a finished process left behind. */
export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for one process run. */
export interface ExecOptions {
  /** Written to stdin, then stdin is closed. */
  input?: string;
  /** The whole environment of the child (nothing is inherited when given). */
  env?: Record<string, string | undefined>;
  /** Kill the process after this long (default 60 s). */
  timeoutMs?: number;
}

/** How stages run processes; tests pass a fake. */
export type ExecFile = (argv: string[], opts?: ExecOptions) => Promise<ExecResult>;

/** Runs `argv[0]` with `argv.slice(1)`; resolves with the exit code (start failures reject). */
export const execFile: ExecFile = async (argv, opts = {}) => {
  const [cmd, ...args] = argv;
  if (!cmd) throw new Error('exec: empty argv');
  return await new Promise<ExecResult>((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    // Our own timer, cleared however the child ends: spawn's `timeout` option keeps its timer (and the
    // event loop) alive after a start failure such as ENOENT.
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs ?? 60_000);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.on('error', () => {
      // The child may exit without reading stdin; its exit code tells the story.
    });
    child.stdin.end(opts.input ?? '');
  });
};
