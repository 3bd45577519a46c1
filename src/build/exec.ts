// The one place Signet starts processes (STYLE §4): argv arrays, never a shell, so no argument is
// ever interpreted. Callers parse the output with pure functions tested against recorded output.
import { spawn } from 'node:child_process';
import { BuildError } from './errors.ts';

/** What a finished process left behind. */
export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when Signet stopped the process because it outlived its timeout. */
  timedOut?: true;
}

/** Options for one process run. */
export interface ExecOptions {
  /** Written to stdin, then stdin is closed. */
  input?: string;
  /**
   * The whole environment of the child, with Signet's secrets always removed (withoutSecrets), whoever
   * calls. When absent the child inherits this process's environment: src/ci, which alone reads the
   * environment, always passes one (the builder's, the credential helpers').
   */
  env?: Record<string, string | undefined>;
  /** Stop the process after this long (default 60 s): SIGTERM, then SIGKILL after `killGraceMs`. */
  timeoutMs?: number;
  /** How long a timed-out process gets to end on SIGTERM before SIGKILL (default 5 s). */
  killGraceMs?: number;
}

/**
 * Variables that hold Signet's own secrets, which no child process needs: the key password, OIDC tokens
 * and what requests them, the GitHub and GitLab API tokens, and CI registry passwords (builders get
 * registry credentials only through the private docker config Signet writes). Credential helpers keep
 * their own settings (AWS_*, GOOGLE_*, …): only these names are removed.
 */
export const SECRET_ENV_NAMES: readonly string[] = [
  'COSIGN_PASSWORD',
  'COSIGN_PRIVATE_KEY',
  'COSIGN_KEY',
  'SIGSTORE_ID_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITLAB_TOKEN',
  'CI_JOB_TOKEN',
  'CI_JOB_JWT',
  'CI_JOB_JWT_V1',
  'CI_JOB_JWT_V2',
  'CI_REGISTRY_PASSWORD',
  'CI_DEPENDENCY_PROXY_PASSWORD',
  'SIGNET_REGISTRY_PASSWORD',
  // hashivault:// keys (no registry credential helper reads these)
  'VAULT_TOKEN',
  'BAO_TOKEN',
];

/**
 * `env` without Signet's secrets: the names above, and every `INPUT_*` variable (the GitHub runner
 * passes each `with:` input, key-password and github-token included, to the Action's process as one).
 */
export function withoutSecrets(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    if (SECRET_ENV_NAMES.includes(name) || name.startsWith('INPUT_')) continue;
    out[name] = value;
  }
  return out;
}

/** How stages run processes; tests pass a fake. */
export type ExecFile = (argv: string[], opts?: ExecOptions) => Promise<ExecResult>;

/** Runs `argv[0]` with `argv.slice(1)`; resolves with the exit code (start failures reject). */
export const execFile: ExecFile = async (argv, opts = {}) => {
  const [cmd, ...args] = argv;
  if (!cmd) throw new BuildError('BUILD_INVALID_INPUT', 'exec: empty argv');
  return await new Promise<ExecResult>((resolve, reject) => {
    const env = opts.env === undefined ? undefined : withoutSecrets(opts.env);
    const child = spawn(cmd, args, { env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    // Our own timers, cleared however the child ends: spawn's `timeout` option keeps its timer (and the
    // event loop) alive after a start failure such as ENOENT, and never escalates: a child that ignores
    // SIGTERM would hold the run forever. SIGTERM first, SIGKILL after the grace period.
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      kill = setTimeout(() => child.kill('SIGKILL'), opts.killGraceMs ?? 5_000);
    }, opts.timeoutMs ?? 60_000);
    const clearTimers = () => {
      clearTimeout(timer);
      clearTimeout(kill);
    };
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      clearTimers();
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimers();
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ...(timedOut ? { timedOut: true as const } : {}),
      });
    });
    child.stdin.on('error', () => {
      // The child may exit without reading stdin; its exit code tells the story.
    });
    child.stdin.end(opts.input ?? '');
  });
};
